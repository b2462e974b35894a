"""Regenerate the enterprise import fixtures in this folder (run from repo root).

``python tests/data/enterprises/make_fixtures.py``

truth.csv holds the true WGS84 position of every good row; the CSV/XLSX files
carry the same points forward-converted to GCJ-02 / BD-09 / GK metres.
"""

from __future__ import annotations

import csv
from pathlib import Path

from geo.crs import transform_xy
from geo.offsets import wgs84_to_bd09, wgs84_to_gcj02
from layers.enterprises.credit_code import make_code

HERE = Path(__file__).resolve().parent
TITLE = "北京市生产性服务业企业名录（测试数据，非真实）"
HEADER = [
    "序号",
    "企业名称",
    "统一社会信用代码",
    "注册地址",
    "经度",
    "纬度",
    "生产性服务业类别",
    "从业人员(人)",
    "营业收入(万元)",
    "成立日期",
]
# name, district, lon, lat (true WGS84), category, employees, revenue(万元), founded
GOOD = [
    (
        "京华信息科技有限公司",
        "110108",
        116.3174,
        39.9760,
        "03",
        120,
        5600.5,
        "2012-05-18",
    ),
    (
        "金街投资管理有限公司",
        "110102",
        116.3603,
        39.9115,
        "04",
        45,
        88000.0,
        "2003-11-02",
    ),
    (
        "国贸商务咨询有限公司",
        "110105",
        116.4610,
        39.9140,
        "07",
        30,
        1500.0,
        "2015-03-09",
    ),
    ("空港物流有限公司", "110105", 116.5900, 40.0790, "02", 300, 42000.0, "1999-08-30"),
    (
        "<script>alert(1)</script>科技有限公司",
        "110108",
        116.3050,
        39.9820,
        "01",
        12,
        300.0,
        "2020-01-15",
    ),
    (
        "Robert'); DROP TABLE enterprises;--",
        "110101",
        116.4075,
        39.9040,
        "07",
        8,
        95.0,
        "2021-07-01",
    ),
    (
        '=HYPERLINK("http://x")有限公司',
        "110106",
        116.3200,
        39.8650,
        "04",
        60,
        2300.0,
        "2018-12-12",
    ),
]


def code(i: int, district: str) -> str:
    """Return a valid synthetic credit code for fixture row ``i``."""
    return make_code("91", district, f"MA0{i:05d}X")


def _rows(convert=None, revenue_factor=1.0):
    out = []
    for i, (name, d, lon, lat, cat, emp, rev, day) in enumerate(GOOD, start=1):
        x, y = convert(lon, lat) if convert else (lon, lat)
        out.append(
            [
                str(i),
                name,
                code(i, d),
                f"北京市测试地址{i}号",
                f"{float(x):.8f}",
                f"{float(y):.8f}",
                cat,
                str(emp),
                f"{rev * revenue_factor:g}",
                day,
            ]
        )
    return out


def _bad_rows(start: int) -> list[list[str]]:
    good_code = code(1, "110108")
    wrong = code(90, "110105")[:-1] + ("0" if code(90, "110105")[-1] != "0" else "1")
    return [
        [
            str(start),
            "校验位错误有限公司",
            wrong,
            "北京",
            "116.40",
            "39.90",
            "07",
            "5",
            "10",
            "2010-01-01",
        ],
        [
            str(start + 1),
            "经纬度颠倒有限公司",
            code(91, "110105"),
            "北京",
            "39.9",
            "116.4",
            "07",
            "5",
            "10",
            "2010-01-01",
        ],
        [
            str(start + 2),
            "人数非数字有限公司",
            code(92, "110105"),
            "北京",
            "116.40",
            "39.90",
            "07",
            "很多",
            "10",
            "2010-01-01",
        ],
        [
            str(start + 3),
            "类别未知有限公司",
            code(93, "110105"),
            "北京",
            "116.40",
            "39.90",
            "99",
            "5",
            "10",
            "2010-01-01",
        ],
        [
            str(start + 4),
            "上海企业有限公司",
            code(94, "110105"),
            "上海",
            "121.47",
            "31.23",
            "07",
            "5",
            "10",
            "2010-01-01",
        ],
        [
            str(start + 5),
            "重复代码有限公司",
            good_code,
            "北京",
            "116.40",
            "39.90",
            "07",
            "5",
            "10",
            "2010-01-01",
        ],
    ]


def write_truth() -> None:
    with open(HERE / "truth.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(
            [
                "credit_code",
                "name",
                "district_adcode",
                "lon",
                "lat",
                "category",
                "employees",
                "revenue_wan",
                "founded",
            ]
        )
        for i, (name, d, lon, lat, cat, emp, rev, day) in enumerate(GOOD, start=1):
            w.writerow([code(i, d), name, d, lon, lat, cat, emp, rev, day])


def write_gbk_csv() -> None:
    """GBK, comma, a title row, GCJ-02 coordinates, good + bad rows."""
    rows = [[TITLE], HEADER, *_rows(wgs84_to_gcj02), *_bad_rows(len(GOOD) + 1)]
    with open(HERE / "gbk_gcj02.csv", "w", encoding="gbk", newline="") as fh:
        csv.writer(fh, lineterminator="\r\n").writerows(rows)


def write_bom_csv() -> None:
    """UTF-8 with BOM, semicolons, BD-09 coordinates, revenue in 元."""
    hdr = [*HEADER[:8], "营业收入（元）", HEADER[9]]
    rows = [hdr, *_rows(wgs84_to_bd09, revenue_factor=1e4)]
    with open(HERE / "utf8bom_bd09.csv", "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows(rows)


def write_xlsx() -> None:
    """Title + subtitle merged across the sheet, a blank row, then the table.

    Coordinates are GK metres (EPSG:4548), dates real Excel dates, the
    category given as a GB/T 4754 code only.
    """
    from datetime import date

    from openpyxl import Workbook

    gbt = {"01": "7320", "02": "5810", "03": "6510", "04": "6620", "07": "7211"}
    wb = Workbook()
    ws = wb.active
    ws.title = "名录"
    ws["A1"] = TITLE
    ws.merge_cells("A1:J1")
    ws["A2"] = "数据截至2024年底；坐标：CGCS2000 3度带 117E (EPSG:4548)"
    ws.merge_cells("A2:J2")
    hdr = [
        "序号",
        "单位名称",
        "信用代码",
        "地址",
        "X坐标",
        "Y坐标",
        "国民经济行业代码",
        "从业人数",
        "营收(万元)",
        "成立时间",
    ]
    ws.append([])
    ws.append(hdr)
    for i, (name, d, lon, lat, cat, emp, rev, day) in enumerate(GOOD, start=1):
        x, y = transform_xy(lon, lat, 4490, 4548)
        ws.append(
            [
                i,
                name,
                code(i, d),
                f"地址{i}",
                round(float(x), 3),
                round(float(y), 3),
                gbt[cat],
                emp,
                rev,
                date.fromisoformat(day),
            ]
        )
        ws.cell(ws.max_row, 2).data_type = "s"  # the "=HYPERLINK" name is text
    wb.create_sheet("说明")["A1"] = "第二个工作表"
    wb.save(HERE / "title_merged_gk.xlsx")


if __name__ == "__main__":
    write_truth()
    write_gbk_csv()
    write_bom_csv()
    write_xlsx()
    print("fixtures written to", HERE)
