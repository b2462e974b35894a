"""Point layers for the register: GeoJSON, GeoPackage, Shapefile (+zip, GBK), KML/KMZ."""

from __future__ import annotations

import zipfile
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import shapely
from pyproj import Geod

import main
from geo.crs import transform_xy
from geo.offsets import wgs84_to_gcj02
from layers.enterprises.importer import ImportOptions, prepare_import
from layers.zones.safe_input import InputFileError
from tests.layers.enterprises_fixtures import sha256, truth

GEOD = Geod(ellps="WGS84")
# GDAL reports shortening Chinese shapefile field names in GBK bytes it cannot
# print; the fixtures expect that shortening.
pytestmark = pytest.mark.filterwarnings("ignore:Could not decode error message")


def _points(crs: int = 4326, xy=None) -> gpd.GeoDataFrame:
    t = truth()
    x, y = (t["lon"].to_numpy(), t["lat"].to_numpy()) if xy is None else xy
    return gpd.GeoDataFrame(
        {
            "企业名称": t["name"],
            "统一社会信用代码": t["credit_code"],
            "行业": [
                "软件和信息技术服务业",
                "货币金融服务",
                "商务服务业",
                "装卸搬运和仓储业",
                "研究和试验发展",
                "商务服务业",
                "资本市场服务",
            ],
            "从业人员": t["employees"],
        },
        geometry=shapely.points(x, y),
        crs=f"EPSG:{crs}",
    )


def _check(r, max_m: float = 1.0) -> None:
    t = truth().set_index("credit_code").loc[r.frame["credit_code"]]
    assert len(r.bad_rows) == 0, r.problems.to_string()
    assert r.n_good == len(t) == 7
    _, _, d = GEOD.inv(r.frame.geometry.x, r.frame.geometry.y, t["lon"], t["lat"])
    assert np.abs(d).max() < max_m
    assert r.frame["category"].tolist() == t["category"].tolist()  # from 行业 names
    assert r.frame["employees"].tolist() == t["employees"].tolist()


def _shp(tmp_path: Path, encoding: str = "GBK") -> Path:
    shp = tmp_path / "名录.shp"
    _points().to_file(shp, driver="ESRI Shapefile", engine="pyogrio", encoding=encoding)
    return shp


def test_points_geojson(tmp_path) -> None:
    path = tmp_path / "firms.geojson"
    _points().to_file(path, driver="GeoJSON", engine="pyogrio")
    r = prepare_import(path)
    _check(r)
    assert r.raw.kind == "gis" and r.assumptions == []
    assert "coordinate system from the file: WGS84 / GPS" in r.notes
    assert r.problems.empty


def test_points_geopackage_projected_gk(tmp_path) -> None:
    t = truth()
    x, y = transform_xy(t["lon"].to_numpy(), t["lat"].to_numpy(), 4490, 4548)
    path = tmp_path / "firms.gpkg"
    _points(4548, (x, y)).to_file(path, layer="enterprises", engine="pyogrio")
    _points().to_file(path, layer="other", engine="pyogrio", mode="a")
    r = prepare_import(path)  # "enterprises" is picked among two point layers
    _check(r, 0.01)
    assert (r.frame["coord_source"] == "EPSG:4548").all()


def test_points_shapefile_gbk_with_cpg_and_zipped(tmp_path) -> None:
    shp = _shp(tmp_path)
    assert shp.with_suffix(".cpg").read_text().strip().upper() == "GBK"
    _check(prepare_import(shp))
    zipped = tmp_path / "名录.zip"
    with zipfile.ZipFile(zipped, "w") as zf:
        for p in tmp_path.glob("名录.*"):
            if p.suffix != ".zip":
                zf.write(p, f"data/{p.name}")
    _check(prepare_import(zipped))


def test_points_shapefile_gbk_without_cpg_is_detected(tmp_path) -> None:
    shp = _shp(tmp_path)
    shp.with_suffix(".cpg").unlink()
    r = prepare_import(shp)
    _check(r)
    assert r.raw.encoding == "gbk"


def test_points_kml_and_kmz(tmp_path) -> None:
    kml = tmp_path / "firms.kml"
    _points().to_file(kml, driver="LIBKML", engine="pyogrio")
    _check(prepare_import(kml))
    kmz = tmp_path / "firms.kmz"
    with zipfile.ZipFile(kmz, "w") as zf:
        zf.write(kml, "doc.kml")
    _check(prepare_import(kmz))


def test_points_gcj02_data_declared_wgs84_read_as_chosen(tmp_path) -> None:
    t = truth()
    gx, gy = wgs84_to_gcj02(t["lon"].to_numpy(), t["lat"].to_numpy())
    path = tmp_path / "高德导出.geojson"
    _points(4326, (gx, gy)).to_file(path, driver="GeoJSON", engine="pyogrio")
    r = prepare_import(path, ImportOptions(coords="gcj02"))
    _check(r)
    assert (
        "the file says EPSG:4326; coordinates read as GCJ-02 (高德/腾讯) (chosen)"
        in (r.notes)
    )


def test_points_non_point_feature_is_a_row_problem(tmp_path) -> None:
    g = _points()
    g.loc[2, "geometry"] = shapely.box(116.3, 39.9, 116.31, 39.91)
    g.loc[4, "geometry"] = None
    path = tmp_path / "mixed.gpkg"
    g.to_file(path, engine="pyogrio")
    r = prepare_import(path)
    probs = r.problems.set_index("row")
    assert r.bad_rows.tolist() == [3, 5]  # feature numbers
    assert probs.loc[3, "reason"] == "not a point (Polygon)"
    assert probs.loc[5, "reason"] == "no geometry"
    assert probs.loc[3, "name"] == g.loc[2, "企业名称"]


def test_points_polygon_layer_refused_whole(tmp_path) -> None:
    g = _points()
    g["geometry"] = shapely.buffer(g.geometry.values, 0.001)
    path = tmp_path / "zones.geojson"
    g.to_file(path, driver="GeoJSON", engine="pyogrio")
    with pytest.raises(InputFileError, match="holds no point features"):
        prepare_import(path)


@pytest.mark.parametrize("fmt", ["geojson", "gpkg", "shp", "kml"])
def test_points_cli_import_all_or_nothing(tmp_path, capsys, fmt) -> None:
    project = tmp_path / "p.gpkg"
    assert main.main(["demo", str(project), "--enterprises", "0"]) == 0
    g = _points()
    g.loc[1, "统一社会信用代码"] = "91110102MA000002X0"  # wrong check digit
    driver = {
        "geojson": "GeoJSON",
        "gpkg": "GPKG",
        "shp": "ESRI Shapefile",
        "kml": "LIBKML",
    }[fmt]
    path = tmp_path / f"firms.{fmt}"
    # Chinese shapefiles are GBK (10-byte field names hold 5 characters).
    kw = {"encoding": "GBK"} if fmt == "shp" else {}
    g.to_file(path, driver=driver, engine="pyogrio", **kw)
    before = sha256(project)
    capsys.readouterr()
    assert main.main(["import-enterprises", str(project), str(path)]) == 2
    err = capsys.readouterr().err
    assert "row 2 credit_code" in err and err.count("\n") == 1
    assert sha256(project) == before
    report = tmp_path / "report.csv"
    args = [
        "import-enterprises",
        str(project),
        str(path),
        "--skip-bad",
        "--report",
        str(report),
    ]
    assert main.main(args) == 0
    assert "6 to write" in capsys.readouterr().out
    assert report.exists()
