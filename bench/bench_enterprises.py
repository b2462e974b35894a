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
from layers.enterprises.statistics import compute_stats


def timed(label: str, fn, *args, **kw):
    t = time.perf_counter()
    out = fn(*args, **kw)
    print(f"{label:<55s} {time.perf_counter() - t:7.2f} s", flush=True)
    return out


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
    for by in ("zone", "district", "kind"):
        timed(
            f"statistics refresh by {by} (200,000 rows)",
            compute_stats,
            gdf,
            by,
            zones,
            bm,
        )


if __name__ == "__main__":
    main()
