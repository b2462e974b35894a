"""Benchmark the enterprise register: import, zone assignment, statistics.

Run: ``python bench/bench_enterprises.py`` (prints one line per measurement).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import shapely

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import resources
from geo.offsets import wgs84_to_gcj02
from layers.demo.enterprise_register import build_demo_enterprises
from layers.enterprises.assignment import assign_districts, assign_zones
from layers.enterprises.importer import (
    ImportOptions,
    apply_import,
    prepare_import,
)
from layers.enterprises.statistics import compute_stats, sector_table, sector_totals


def timed(label: str, fn, *args, **kw):
    t = time.perf_counter()
    out = fn(*args, **kw)
    print(f"{label:<55s} {time.perf_counter() - t:7.2f} s", flush=True)
    return out


#: Per-row coordinate systems as registers write them: (spelling, system).
SPELLINGS = [
    ("GCJ-02", "gcj02"),
    ("高德", "gcj02"),
    ("火星坐标", "gcj02"),
    ("bd09ll", "bd09"),
    ("百度", "bd09"),
    ("WGS-84", "wgs84"),
    ("GPS", "wgs84"),
    ("CGCS2000", "wgs84"),
    ("", "wgs84"),
]
INDUSTRY = {
    "01": "专业技术服务业",
    "02": "装卸搬运和仓储业",
    "03": "软件和信息技术服务业",
    "04": "金融业",
    "05": "生态保护和环境治理业",
    "06": "租赁业",
    "07": "商务服务业",
    "08": "人力资源服务",
    "09": "批发业",
    "10": "金属制品、机械和设备修理业",
}


def coord_column_csv(gdf, path: Path) -> Path:
    """Write the register with a per-row coordinate-system column and industry names."""
    from geo.offsets import wgs84_to_bd09

    rng = np.random.default_rng(7)
    pick = rng.integers(0, len(SPELLINGS), len(gdf))
    x, y = gdf.geometry.x.to_numpy(), gdf.geometry.y.to_numpy()
    gx, gy = wgs84_to_gcj02(x, y)
    bx, by = wgs84_to_bd09(x, y)
    kind = np.array([SPELLINGS[i][1] for i in range(len(SPELLINGS))])[pick]
    lon = np.where(kind == "gcj02", gx, np.where(kind == "bd09", bx, x))
    lat = np.where(kind == "gcj02", gy, np.where(kind == "bd09", by, y))
    df = gdf.drop(columns="geometry")[["name", "credit_code", "employees"]].copy()
    df.columns = ["企业名称", "统一社会信用代码", "从业人员"]
    df["所属行业"] = gdf["category"].map(INDUSTRY).to_numpy()
    df["经度"], df["纬度"] = np.round(lon, 7), np.round(lat, 7)
    df["坐标系"] = np.array([s for s, _ in SPELLINGS], dtype=object)[pick]
    df.to_csv(path, index=False, encoding="gb18030")
    return path


def workbook(gdf, path: Path, n: int) -> Path:
    """Write the first ``n`` rows as an XLSX (title row, then the table)."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("名录")
    ws.append(["北京市企业名录（WGS84）"])
    ws.append(["企业名称", "统一社会信用代码", "经度", "纬度", "类别", "从业人员"])
    sub = gdf.iloc[:n]
    for name, code, x, y, cat, emp in zip(
        sub["name"],
        sub["credit_code"],
        sub.geometry.x,
        sub.geometry.y,
        sub["category"],
        sub["employees"],
        strict=True,
    ):
        ws.append([name, code, round(x, 7), round(y, 7), cat, int(emp)])
    wb.save(path)
    return path


def bench_new_inputs(gdf, bm, d: str) -> None:
    """Coordinate-system column + industry names; a hardened XLSX read."""
    from layers.zones.safe_input import check_xlsx

    csv = coord_column_csv(gdf, Path(d) / "coords.csv")
    print(
        f"  ({csv.stat().st_size / 1e6:.1f} MB CSV, 9 spellings of 3 systems, "
        "industry names)"
    )
    r = timed(
        "import: per-row coordinate systems + industry names, 200,000 rows",
        prepare_import,
        csv,
        ImportOptions(),
        bm,
    )
    print(f"  {r.summary()}")
    xlsx = timed(
        "(write a 50,000-row XLSX for the next two lines)",
        workbook,
        gdf,
        Path(d) / "fifty.xlsx",
        50_000,
    )
    timed("XLSX safety check (limits + entity scan), 50,000 rows", check_xlsx, xlsx)
    r = timed(
        "import: XLSX 50,000 rows (check + openpyxl + validate)",
        prepare_import,
        xlsx,
        ImportOptions(),
        bm,
    )
    print(f"  {r.summary()}")


def main() -> None:
    zones, bm = resources.load_zones(), resources.load_basemap()
    gdf = timed(
        "demo register, 200,000 rows", build_demo_enterprises, zones, bm, n=200_000
    )
    with tempfile.TemporaryDirectory() as d:
        csv = Path(d) / "ent.csv"
        df = gdf.drop(columns="geometry").copy()
        gx, gy = wgs84_to_gcj02(gdf.geometry.x.to_numpy(), gdf.geometry.y.to_numpy())
        df["经度"], df["纬度"] = np.round(gx, 7), np.round(gy, 7)
        df = df.rename(
            columns={
                "name": "企业名称",
                "credit_code": "统一社会信用代码",
                "address": "地址",
                "category": "类别",
                "employees": "从业人员",
                "revenue_wan": "营业收入(万元)",
                "founded": "成立日期",
            }
        )
        df.to_csv(csv, index=False, encoding="gb18030")
        print(f"  ({csv.stat().st_size / 1e6:.1f} MB GB18030 CSV, GCJ-02 coordinates)")
        r = timed(
            "import: read+detect+validate+convert 200,000 rows",
            prepare_import,
            csv,
            ImportOptions(coords="gcj02"),
            bm,
        )
        print(f"  {r.summary()}")
        try:
            from db.store import ProjectStore

            store = ProjectStore.create(Path(d) / "p.gpkg")
            timed(
                "import: write 200,000 rows (one store action)",
                apply_import,
                store,
                r,
                "bench",
                zones,
            )
            store.close()
        except ImportError:
            print("  (db not available: write step skipped)")
        bench_new_inputs(gdf, bm, d)
    rng = np.random.default_rng(1)
    x = rng.uniform(115.4, 117.5, 1_000_000)
    y = rng.uniform(39.4, 41.1, 1_000_000)
    codes = timed(
        f"assign 1,000,000 points to all {len(zones)} zones", assign_zones, x, y, zones
    )
    print(f"  {np.count_nonzero(codes != '')} points in at least one zone")
    timed("assign 1,000,000 points to districts (basemap)", assign_districts, x, y, bm)
    g = gdf.geometry.values
    timed(
        "re-assign zone codes of the 200,000-row register",
        assign_zones,
        shapely.get_x(g),
        shapely.get_y(g),
        zones,
    )
    stats = {}
    for by in ("zone", "district", "kind"):
        stats[by] = timed(
            f"statistics refresh by {by} (200,000 rows)",
            compute_stats,
            gdf,
            by,
            zones,
            bm,
        )
    timed(
        "regroup zone statistics by the policy's five sectors",
        sector_table,
        stats["zone"],
    )
    timed("totals by the five sectors (200,000 rows)", sector_totals, gdf)


if __name__ == "__main__":
    main()
