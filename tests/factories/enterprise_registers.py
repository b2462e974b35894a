"""Registers like the ones other departments send, for importer tests and shots.

GBK, a title row naming 高德, an industry-name column, a per-row
coordinate-system column, GCJ-02 coordinates and three rows a planner must
fix (an unconvertible coordinate system, a non-producer industry, a section
that spans two categories). True WGS84 positions are in
tests/data/enterprises/truth.csv.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd

from geo.offsets import wgs84_to_gcj02

DATA = Path(__file__).resolve().parents[1] / "data" / "enterprises"
TITLE = "北京市生产性服务业企业名录（高德坐标，测试数据）"
HEADER = [
    "企业名称",
    "统一社会信用代码",
    "经度",
    "纬度",
    "所属行业",
    "坐标系",
    "从业人员",
]
INDUSTRIES = [
    "软件和信息技术服务业",
    "金融业",
    "商务服务业",
    "装卸搬运和仓储业",
    "研究和试验发展",
    "房地产业",
    "租赁和商务服务业",
]
SYSTEMS = ["高德", "GCJ-02", "火星坐标", "gcj02", "北京54", "", "腾讯"]
#: File rows (title 1, header 2) a planner must fix, with the field at fault.
BAD_ROWS = {7: "coord_source", 8: "industry", 9: "industry"}


def planner_register(path: Path) -> Path:
    """Write the register (GBK CSV) to ``path``; return it."""
    t = pd.read_csv(DATA / "truth.csv", dtype=str)
    x, y = wgs84_to_gcj02(
        t["lon"].astype(float).to_numpy(), t["lat"].astype(float).to_numpy()
    )
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([TITLE])
    w.writerow(HEADER)
    for i in range(len(t)):
        w.writerow(
            [
                t["name"][i],
                t["credit_code"][i],
                f"{x[i]:.8f}",
                f"{y[i]:.8f}",
                INDUSTRIES[i],
                SYSTEMS[i],
                t["employees"][i],
            ]
        )
    path.write_bytes(buf.getvalue().encode("gbk"))
    return path
