"""Zone files without our zone code: generated codes or a mapped column."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import shapely
from zones_fixtures import make_project_file, sha256

import main
from db.store import ProjectStore
from layers.zones.zone_import import ImportOptions, read_zones
from layers.zones.zone_plan import plan_import


def _foreign_file(path: Path) -> Path:
    """Three parks from another bureau: names and their own ids, no zone code."""
    gpd.GeoDataFrame(
        {
            "名称": ["丽泽南区", "丽泽北区", "丽泽东区"],
            "BH": ["A-7", "A-8", "A-9"],
        },
        geometry=[
            shapely.box(116.30 + i * 0.01, 39.86, 116.305 + i * 0.01, 39.865)
            for i in range(3)
        ],
        crs="EPSG:4490",
    ).to_file(path, driver="GeoJSON", engine="pyogrio")
    return path


def test_zone_codes_missing_is_one_message_with_the_way_out(tmp_path, capsys) -> None:
    project = make_project_file(tmp_path / "p.gpkg")
    src = _foreign_file(tmp_path / "lize.geojson")
    before = sha256(project)
    rc = main.main(
        ["import-zones", str(project), str(src), "--kind", "functional_area"]
    )
    err = capsys.readouterr().err.splitlines()
    assert rc == 2 and len(err) == 1
    assert "3 of 3 feature(s) have no zone code (first: 丽泽南区)" in err[0]
    assert "--code-prefix" in err[0] and "--map code=" in err[0]
    assert sha256(project) == before


def test_zone_codes_generated_with_prefix(tmp_path, capsys) -> None:
    project = make_project_file(tmp_path / "p.gpkg")
    src = _foreign_file(tmp_path / "lize.geojson")
    argv = [
        "import-zones",
        str(project),
        str(src),
        "--kind",
        "functional_area",
        "--code-prefix",
        "LZ-",
    ]
    assert main.main(argv) == 0
    out = capsys.readouterr().out
    assert "丽泽南区=LZ-001, 丽泽北区=LZ-002, 丽泽东区=LZ-003" in out
    with ProjectStore.open(project, read_only=True) as store:
        zones = store.read_table("zones").set_index("code")
    assert zones.loc["LZ-002", "name_zh"] == "丽泽北区"


def test_zone_codes_skip_codes_taken_and_show_in_summary(tmp_path) -> None:
    project = make_project_file(tmp_path / "p.gpkg")
    src = _foreign_file(tmp_path / "lize.geojson")
    with ProjectStore.open(project, read_only=True) as store:
        existing = store.read_table("zones")
    existing.loc[existing.index[0], "code"] = "LZ-001"  # already used
    imp = read_zones(
        src, ImportOptions(default_kind="functional_area", code_prefix="LZ-")
    )
    plan = plan_import(existing, imp)
    assert [c for _, c in plan.generated] == ["LZ-002", "LZ-003", "LZ-004"]
    assert plan.inserts["code"].tolist() == ["LZ-002", "LZ-003", "LZ-004"]
    assert "codes generated: LZ-002 … LZ-004 (3)" in plan.summary()


def test_zone_codes_from_a_mapped_column(tmp_path) -> None:
    project = make_project_file(tmp_path / "p.gpkg")
    src = _foreign_file(tmp_path / "lize.geojson")
    argv = [
        "import-zones",
        str(project),
        str(src),
        "--kind",
        "functional_area",
        "--map",
        "code=BH",
    ]
    assert main.main(argv) == 0
    with ProjectStore.open(project, read_only=True) as store:
        assert {"A-7", "A-8", "A-9"} <= set(store.read_table("zones")["code"])
