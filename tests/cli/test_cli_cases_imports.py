"""End to end: load a catalogue file and a 控规 layer, evaluate, read the report.

A bureau's own catalogue (CSV and XLSX) and a 控规 GeoJSON in Gauss-Krueger
metres with Chinese headers go in through the CLI; the evaluation then cites
their rows, and the report PDF's text shows them (pypdf).
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pyogrio
import pytest
import shapely

import main
from db.store import ProjectStore
from geo.crs import transform_geometry
from layers.demo.case_register import build_demo_cases
from tests.db.db_fixtures import sha256

BUREAU_ROWS = [
    {
        "版本": "2018",
        "施行日期": "2018-09-26",
        "目录名称": "测试局目录（2018年版）",
        "条目编号": "BJ-18-021",
        "区域": "全市",
        "区县代码": "110115",
        "行业代码": "7320",
        "条件": "",
        "类别": "限制",
        "条目内容": "测试条目：限制新设工程和技术研究试验发展机构",
        "来源": "测试局文件第21条",
        "已核实": "1",
    },
    {
        "版本": "2018",
        "施行日期": "2018-09-26",
        "目录名称": "测试局目录（2018年版）",
        "条目编号": "BJ-18-022",
        "区域": "全市",
        "区县代码": "110105;110115",
        "行业代码": "7010",
        "条件": "far < 1.0; heritage_area = 0",
        "类别": "禁止",
        "条目内容": "禁止容积率低于1.0的房地产开发项目",
        "来源": "测试局文件第22条",
        "已核实": "1",
    },
]


def _run(*argv: str) -> int:
    return main.main(list(argv))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "cases.gpkg"
    with ProjectStore.create(path) as s:
        s.insert_features(
            "conversion_cases", build_demo_cases(None, None, None), "tester"
        )
    return path


def _catalogue_csv(path: Path, rows=BUREAU_ROWS) -> Path:
    with path.open("w", encoding="gbk", newline="") as f:  # a bureau's GBK export
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return path


def _regulatory_geojson(project: Path, path: Path) -> Path:
    with ProjectStore.open(project, read_only=True) as s:
        cases = s.read_table("conversion_cases")
    parcel = cases.geometry[cases["case_no"] == "ZH-2026-001"].iloc[0]
    box = shapely.buffer(parcel.envelope, 0.0005).envelope
    gk = transform_geometry(box, 4490, 4548)
    feature = {
        "type": "Feature",
        "properties": {
            "地块编码": "YZ-07-12",
            "控规名称": "亦庄新城某片区控规",
            "批复日期": "2019/05/20",
            "用地性质": "B29",
            "容积率": "2.0",
            "建筑密度": "40%",
            "绿地率": 25,
            "限高": 50,
        },
        "geometry": shapely.geometry.mapping(gk),
    }
    doc = {
        "type": "FeatureCollection",
        "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4548"}},
        "features": [feature],
    }
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _pdf_text(path: Path) -> str:
    import pypdf

    raw = "".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    return re.sub(r"\s+", "", raw)


def test_cli_imports_end_to_end_rows_cited_in_report(project, tmp_path, capsys, qapp):
    cat = _catalogue_csv(tmp_path / "bureau.csv")
    assert _run("import-catalogue", str(project), str(cat), "--note", "局发文") == 0
    reg = _regulatory_geojson(project, tmp_path / "kg.geojson")
    assert _run("import-regulatory", str(project), str(reg)) == 0
    out = capsys.readouterr().out
    assert "load #1" in out and "1 控规 parcel(s) from kg.geojson" in out
    assert "percentages read as ratios: building_density_max" in out
    with ProjectStore.open(project, read_only=True) as s:
        parcels = s.read_table("regulatory_parcels")
        assert parcels["building_density_max"].tolist() == [0.4]
        assert parcels["approval_date"].tolist() == ["2019-05-20"]
        assert s.count("zp_catalogue_editions") == 1  # the bureau's; no sample
    assert len(pyogrio.read_dataframe(project, layer="regulatory_parcels")) == 1
    pdf = tmp_path / "r.pdf"
    code = _run("evaluate", str(project), "--case", "ZH-2026-001", "--report", str(pdf))
    assert code == 0
    assert "ZH-2026-001\tREVIEW" in capsys.readouterr().out  # R4 限制 row
    text = _pdf_text(pdf)
    for needle in (
        "BJ-18-021",
        "测试条目：限制新设工程和技术研究试验发展机构",
        "测试局目录（2018年版）（正式目录）",
        "YZ-07-12",
        "亦庄新城某片区控规",
        "容积率≤2",
        "限制类条目",
    ):
        assert needle in text, needle
    assert "[2018-" not in text  # the sample 2018 edition is superseded


def test_cli_import_catalogue_xlsx_and_row_field_messages(project, tmp_path, capsys):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["北京市新增产业的禁止和限制目录"])  # a title row above the header
    ws.append(list(BUREAU_ROWS[0]))
    bad = dict(BUREAU_ROWS[0], 类别="禁", 条件="in_plan ~ 1", 区县代码="120101")
    ws.append(list(bad.values()))
    ws.append(list(BUREAU_ROWS[1].values()))
    xlsx = tmp_path / "bad.xlsx"
    wb.save(xlsx)
    before = sha256(project)
    assert _run("import-catalogue", str(project), str(xlsx)) == 2
    err = capsys.readouterr().err
    assert "bad.xlsx row 3, field level: '禁' is not one of 禁止/限制/不列入" in err
    assert "bad.xlsx row 3, field conditions: cannot read condition" in err
    assert "bad.xlsx row 3, field area_adcodes: 120101 is not a Beijing" in err
    assert sha256(project) == before
    ws.delete_rows(3)
    wb.save(xlsx)
    assert _run("import-catalogue", str(project), str(xlsx), "--status", "sample") == 0


def test_cli_import_regulatory_rejects_bad_values_whole(project, tmp_path, capsys):
    reg = _regulatory_geojson(project, tmp_path / "kg.geojson")
    doc = json.loads(reg.read_text(encoding="utf-8"))
    doc["features"][0]["properties"]["容积率"] = "二点零"
    reg.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    before = sha256(project)
    assert _run("import-regulatory", str(project), str(reg)) == 2
    err = capsys.readouterr().err
    assert (
        "kg.geojson" in err
        and "feature 1, field far_max: '二点零' is not a number" in err
    )
    assert sha256(project) == before
    doc["features"][0]["properties"]["容积率"] = "2.0"
    reg.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert _run("import-regulatory", str(project), str(reg)) == 0
    assert _run("import-regulatory", str(project), str(reg)) == 2  # same parcel again
    assert "--replace-matching" in capsys.readouterr().err
    assert _run("import-regulatory", str(project), str(reg), "--replace-matching") == 0
    with ProjectStore.open(project, read_only=True) as s:
        assert s.count("regulatory_parcels") == 1
