"""import-zones keeps the stored zone membership of enterprises in step."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import main
from db.store import ProjectStore


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("zones_membership") / "demo.gpkg"
    assert main.main(["demo", str(path), "--enterprises", "400"]) == 0
    return path


def _members(path: Path, code: str) -> int:
    with ProjectStore.open(path, read_only=True) as store:
        codes = store.read_table("enterprises")["zone_codes"].fillna("")
    return int(codes.str.split(";").apply(lambda c: code in c).sum())


def _geojson(path: Path, code: str, ring: list[list[float]]) -> Path:
    feature = {
        "type": "Feature",
        "properties": {"code": code, "name_zh": code, "kind": "zgc_park"},
        "geometry": {"type": "Polygon", "coordinates": [ring]},
    }
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    return path


def test_cli_import_zones_replacing_a_boundary_updates_membership(
    template, tmp_path
) -> None:
    # A replaced boundary used to leave every enterprise's stored zone_codes
    # as before: `stats` then counted 7,698 firms inside a 1 m² ZGC-00.
    project = Path(shutil.copy(template, tmp_path / "p.gpkg"))
    assert _members(project, "ZGC-00") > 0
    tiny = [[116.3, 39.98], [116.30001, 39.98], [116.30001, 39.98001], [116.3, 39.98]]
    src = _geojson(tmp_path / "tiny.geojson", "ZGC-00", tiny)
    assert (
        main.main(["import-zones", str(project), str(src), "--replace-matching"]) == 0
    )
    assert _members(project, "ZGC-00") == 0


def test_cli_import_zones_new_zone_gets_its_members(template, tmp_path) -> None:
    project = Path(shutil.copy(template, tmp_path / "p.gpkg"))
    big = [[116.0, 39.6], [116.9, 39.6], [116.9, 40.4], [116.0, 40.4], [116.0, 39.6]]
    src = _geojson(tmp_path / "big.geojson", "NEW-1", big)
    assert main.main(["import-zones", str(project), str(src)]) == 0
    assert _members(project, "NEW-1") > 0
