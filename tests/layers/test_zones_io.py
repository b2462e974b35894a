"""Zone import/export: round trips per format, encodings, replace-matching, CLI."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import numpy as np
import pytest
import shapely
from zones_fixtures import make_project_file, make_zones, sha256

import main
from layers.zones.safe_input import ZoneImportError
from layers.zones.zone_export import export_zones
from layers.zones.zone_import import ImportOptions, read_zones
from layers.zones.zone_plan import plan_import

DATA = Path(__file__).resolve().parents[1] / "data" / "zones"
ATTRS = [
    "code",
    "name_zh",
    "name_en",
    "kind",
    "district_adcodes",
    "boundary_status",
    "source",
    "source_date",
    "focus_categories",
    "remarks",
]


@pytest.mark.parametrize(
    ("name", "crs", "tol"),
    [
        ("z.gpkg", "EPSG:4548", 1e-9),
        ("z.zip", "EPSG:4490", 1e-9),
        ("z.geojson", "EPSG:4490", 1e-7),
        ("z.kml", "EPSG:4490", 1e-7),
        ("z.dxf", "EPSG:4548", 1e-8),
        ("z.geojson", "gcj02", 1e-7),
    ],
)
def test_zones_io_export_reimport_round_trip(tmp_path, name, crs, tol):
    zones = make_zones()
    out = export_zones(zones, tmp_path / name, crs)
    need_crs = crs if name.endswith(".dxf") or crs == "gcj02" else None
    imp = read_zones(out, ImportOptions(crs=need_crs))
    got = imp.gdf.set_index("code").loc[zones["code"]]
    for a, b in zip(got.geometry, zones.geometry, strict=True):
        assert a.hausdorff_distance(b) < tol
        assert len(a.geoms[0].interiors) == len(b.geoms[0].interiors)
    for col in ATTRS[1:]:
        want = zones[col].tolist()
        have = [h if isinstance(h, str) else None for h in got[col].tolist()]
        assert [w if isinstance(w, str) else None for w in want] == have, col
    assert np.allclose(
        got["published_area_km2"], zones["published_area_km2"], equal_nan=True
    )
    assert "海淀园" in got["name_zh"].tolist()


@pytest.mark.parametrize("stem", ["gbk_with_cpg", "gbk_no_cpg"])
def test_zones_io_gbk_shapefile_reads_chinese(stem):
    imp = read_zones(DATA / f"{stem}.shp", ImportOptions(default_kind="zgc_park"))
    assert imp.encoding == "gbk"
    assert imp.encoding_how.startswith(".cpg" if stem == "gbk_with_cpg" else "detected")
    assert imp.gdf["name_zh"].tolist()[:2] == ["海淀园", "西城园"]
    assert imp.preview[0]["name_zh"] == "海淀园"
    assert imp.gdf["remarks"].iloc[0] == "备注：测试"


def test_zones_io_wrong_encoding_choice_is_refused():
    with pytest.raises(
        ZoneImportError, match="gbk_no_cpg.shp: text does not read as utf-8"
    ):
        read_zones(DATA / "gbk_no_cpg.shp", ImportOptions(encoding="utf-8"))


def test_zones_io_csv_wkt_gbk_in_gk_zone(tmp_path):
    ring = shapely.box(447000, 4419000, 448000, 4420000).wkt
    text = f'编码,名称,类型,wkt\nN-1,新平台,协同发展平台,"{ring}"\n'
    path = tmp_path / "n.csv"
    path.write_bytes(text.encode("gbk"))
    imp = read_zones(path, ImportOptions(crs="gk117"))
    row = imp.gdf.iloc[0]
    assert (row["code"], row["name_zh"], row["kind"]) == (
        "N-1",
        "新平台",
        "cooperation_platform",
    )
    assert imp.encoding == "gb18030" and imp.coord_source == "EPSG:4548"
    c = row.geometry.centroid
    assert 116.38 < c.x < 116.40 and 39.90 < c.y < 39.92


def _zones_rows(path: Path) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(
            "SELECT code, boundary_status, row_version FROM zones ORDER BY fid"
        ).fetchall()
    finally:
        con.close()


def test_zones_cli_replace_matching_keeps_history(tmp_path, capsys):
    proj = make_project_file(tmp_path / "p.gpkg")
    new = make_zones().iloc[[0]].copy()
    new["geometry"] = [
        shapely.MultiPolygon([shapely.box(116.26, 39.94, 116.34, 40.02)])
    ]
    new = new.drop(columns=["boundary_status"])
    src = export_zones(new, tmp_path / "official.geojson")
    before = sha256(proj)
    assert main.main(["import-zones", str(proj), str(src)]) == 2
    assert "--replace-matching" in capsys.readouterr().err
    assert sha256(proj) == before
    assert main.main(["import-zones", str(proj), str(src), "--replace-matching"]) == 0
    rows = _zones_rows(proj)
    assert rows[0] == ("ZGC-HD", "official", 2)
    con = sqlite3.connect(proj)
    before_json, after_json = con.execute(
        "SELECT before_json, after_json FROM zp_audit_log WHERE action='update' AND row_fid=1"
    ).fetchone()
    con.close()
    assert "indicative" in before_json and "official" in after_json
    assert "116.25" in json.dumps(before_json)  # the old boundary is kept in history


def test_zones_cli_import_new_and_export(tmp_path, capsys):
    proj = make_project_file(tmp_path / "p.gpkg")
    new = make_zones().iloc[[2]].copy()
    new["code"], new["name_zh"] = "FA-LZ", "丽泽金融商务区"
    src = export_zones(new, tmp_path / "lz.zip", "EPSG:4548")
    assert main.main(["import-zones", str(proj), str(src)]) == 0
    assert [r[0] for r in _zones_rows(proj)][-1] == "FA-LZ"
    out = tmp_path / "all.kml"
    assert main.main(["export-zones", str(proj), "--out", str(out)]) == 0
    assert len(read_zones(out).gdf) == 5
    assert (
        main.main(
            [
                "export-zones",
                str(proj),
                "--out",
                str(tmp_path / "x.kml"),
                "--crs",
                "EPSG:4548",
            ]
        )
        == 2
    )
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "KML is always lon/lat" in err[0]
    assert not (tmp_path / "x.kml").exists()


def test_zones_plan_import_rejects_duplicate_codes_and_bad_kind(tmp_path):
    zones = make_zones()
    zones.index.name = "fid"
    path = export_zones(
        zones.iloc[[0, 0]].assign(code="N-1", name_zh="甲"), tmp_path / "d.geojson"
    )
    with pytest.raises(ZoneImportError, match="appears more than once"):
        plan_import(zones.assign(row_version=1), read_zones(path))
    path = export_zones(
        zones.iloc[[0]].assign(code="N-2", name_zh="乙", kind="park"),
        tmp_path / "k.geojson",
    )
    with pytest.raises(ZoneImportError, match="is not a zone kind; one of zgc_park"):
        plan_import(zones.assign(row_version=1), read_zones(path))


def test_zones_io_dxf_keeps_multipart_and_overlapping_kinds(tmp_path):
    zones = make_zones()
    two = shapely.MultiPolygon(
        [
            shapely.box(116.50, 39.80, 116.52, 39.82),
            shapely.box(116.55, 39.80, 116.57, 39.82),
        ]
    )
    around = shapely.MultiPolygon([shapely.box(116.2, 39.9, 116.45, 40.1)])
    zones.loc[2, "geometry"] = two
    extra = zones.iloc[[0]].assign(
        code="ZGC-00", name_zh="中关村示范区", kind="zgc_zone"
    )
    extra["geometry"] = [around]
    import pandas as pd

    both = pd.concat([zones, extra], ignore_index=True)
    out = export_zones(both, tmp_path / "z.dxf", "gk117")
    got = read_zones(out, ImportOptions(crs="gk117")).gdf.set_index("code")
    assert sorted(got.index) == sorted(both["code"])
    assert len(got.loc["FA-CBD"].geometry.geoms) == 2
    assert got.loc["ZGC-00"].geometry.hausdorff_distance(around) < 1e-8
    assert len(got.loc["ZGC-00"].geometry.geoms[0].interiors) == 0
