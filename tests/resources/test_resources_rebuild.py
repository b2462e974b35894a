"""The build scripts in tools/ reproduce the shipped reference data byte for byte.

Each script runs from the repository's own inputs (resources/reference/sources,
resources/policy) into a temporary folder; the output must equal what ships.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tools import build_facilities, build_reference, build_zones

ROOT = Path(__file__).resolve().parents[2]
RES = ROOT / "resources"


def _same(a: Path, b: Path) -> None:
    assert a.read_bytes() == b.read_bytes(), f"{a.name} differs from the shipped file"


def test_rebuild_zones_reproduces_zones_and_focus_table(tmp_path: Path) -> None:
    build_zones.main(["--out", str(tmp_path), "--table", str(tmp_path / "t.md")])
    _same(tmp_path / "zones.geojson", RES / "zones" / "zones.geojson")
    _same(tmp_path / "focus_categories.csv", RES / "zones" / "focus_categories.csv")


def test_rebuild_facilities_reproduces_the_shipped_layer(tmp_path: Path) -> None:
    build_facilities.main(["--out", str(tmp_path)])
    _same(tmp_path / "facilities.geojson", RES / "facilities" / "facilities.geojson")


def test_rebuild_reference_reproduces_reference_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_reference, "REF_DIR", tmp_path / "reference")
    monkeypatch.setattr(build_reference, "ROOT", tmp_path)
    build_reference.main([])
    for name in (
        "producer_services.csv",
        "ps_sectors.csv",
        "ps_sector_crosswalk.csv",
        "gbt4754_to_ps.csv",
        "landuse_codes.csv",
    ):
        _same(tmp_path / "reference" / name, RES / "reference" / name)


def test_rebuild_fails_on_a_quote_not_in_the_seed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "seed.txt"
    fake.write_text("这不是那份政策文件。", encoding="utf-8")
    with pytest.raises(SystemExit, match="not verbatim"):
        build_zones.build(build_zones.DEFAULT_REFERENCE, tmp_path, seed=fake)
    assert not (tmp_path / "zones.geojson").exists()


def test_repository_sources_are_the_shared_domain_files() -> None:
    shared = ROOT.parent / "shared" / "domain"
    if not shared.exists():  # a clone without ../shared still builds from the copies
        pytest.skip("../shared/domain not beside the repository")
    for name in (
        "zones_reference.csv",
        "producer_services_2019.csv",
        "landuse_codes.csv",
    ):
        _same(RES / "reference" / "sources" / name, shared / name)
    _same(RES / "policy" / "seed_policy_2016.txt", shared / "seed_policy_2016.txt")
