"""Benchmark case evaluation: facts, rules, a big 控规 layer, a big catalogue.

Run: ``python bench/bench_cases.py`` (prints one line per measurement).
"""

from __future__ import annotations

import csv
import sys
import tempfile
import time
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import resources
from layers.cases import evaluations as evals
from layers.cases.catalogue_io import parse_catalogue, sample_catalogue
from layers.cases.facts import FactsContext
from layers.cases.regulatory_import import read_regulatory
from layers.cases.rules import load_rules
from layers.demo.case_register import build_demo_cases


def timed(label: str, fn, *args, **kw):
    t = time.perf_counter()
    out = fn(*args, **kw)
    print(f"{label:<60s} {time.perf_counter() - t:7.3f} s", flush=True)
    return out


def grid_parcels(n_side: int) -> gpd.GeoDataFrame:
    """Return n_side² square 控规 parcels over central Beijing (EPSG:4490)."""
    xs = np.linspace(116.10, 116.70, n_side + 1)
    ys = np.linspace(39.70, 40.20, n_side + 1)
    boxes = [
        shapely.MultiPolygon([shapely.box(xs[i], ys[j], xs[i + 1], ys[j + 1])])
        for i in range(n_side)
        for j in range(n_side)
    ]
    n = len(boxes)
    rng = np.random.default_rng(1)
    return gpd.GeoDataFrame(
        {
            "地块编码": [f"P{i:06d}" for i in range(n)],
            "控规名称": ["基准测试控规"] * n,
            "容积率": rng.uniform(0.8, 4.0, n).round(2),
            "建筑密度": rng.uniform(20, 50, n).round(1),
            "绿地率": rng.uniform(0.1, 0.4, n).round(2),
            "限高": rng.choice([24, 36, 45, 60, 80], n),
        },
        geometry=boxes,
        crs="EPSG:4490",
    )


def evaluate_all(cases, ctx, rules, cat) -> list:
    return [
        evals.run(row.to_dict(), ctx, rules, "2026-03-01", cat)[0]
        for _, row in cases.iterrows()
    ]


def main() -> None:
    rules = load_rules()
    cat = sample_catalogue(rules.inputs("R4"))
    cases = build_demo_cases(None, None, None)
    basemap, zones = resources.load_basemap(), resources.load_zones()
    ctx = timed("facts context (basemap + zones)", FactsContext, basemap, zones)
    timed(
        "evaluate the 12 demo cases (facts + R1-R7)",
        evaluate_all,
        cases,
        ctx,
        rules,
        cat,
    )
    with tempfile.TemporaryDirectory() as d:
        parcels = grid_parcels(150)  # 22,500 parcels
        path = Path(d) / "kg.gpkg"
        parcels.to_file(path, driver="GPKG")
        imp = timed(
            f"read + check a 控规 GPKG of {len(parcels):,} parcels",
            read_regulatory,
            path,
        )
        big = FactsContext(basemap, zones, imp.gdf)
        timed(
            "evaluate the 12 demo cases with that 控规 layer",
            evaluate_all,
            cases,
            big,
            rules,
            cat,
        )
        rows = list(
            csv.DictReader(
                (resources.ROOT / "rules" / "catalogue_sample.csv").open(
                    encoding="utf-8"
                )
            )
        )
        big_csv = Path(d) / "catalogue.csv"
        with big_csv.open("w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=list(rows[0]))
            w.writeheader()
            for i in range(2000):
                r = dict(rows[i % len(rows)], row_key=f"X-{i:05d}")
                w.writerow(r)
        parsed = timed(
            "parse + validate a 2,000-row catalogue CSV",
            parse_catalogue,
            big_csv,
            rules.inputs("R4"),
        )
        print(
            f"  ({len(parsed.errors)} problems, {sum(len(e.rows) for e in parsed.editions)} rows)"
        )


if __name__ == "__main__":
    main()
