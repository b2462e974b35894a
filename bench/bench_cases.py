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
import pandas as pd
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


def many_cases(cases: gpd.GeoDataFrame, copies: int) -> gpd.GeoDataFrame:
    """Return ``copies`` of the demo cases, one application date per copy."""
    days = pd.date_range("2012-01-01", "2025-12-31", periods=copies)
    parts = []
    for i, day in enumerate(days):
        part = cases.copy()
        part["case_no"] = [f"{c}-{i:03d}" for c in part["case_no"]]
        part["received_date"] = day.date().isoformat()
        parts.append(part)
    return gpd.GeoDataFrame(pd.concat(parts, ignore_index=True), crs=cases.crs)


def dated_zones(zones: gpd.GeoDataFrame, n_side: int) -> gpd.GeoDataFrame:
    """Return the shipped zones plus n_side² small dated functional areas."""
    xs = np.linspace(116.10, 116.70, n_side + 1)
    ys = np.linspace(39.70, 40.20, n_side + 1)
    rng = np.random.default_rng(2)
    n = n_side * n_side
    start = pd.Timestamp("2010-01-01") + pd.to_timedelta(rng.integers(0, 5000, n), "D")
    end = start + pd.to_timedelta(rng.integers(365, 4000, n), "D")
    grid = gpd.GeoDataFrame(
        {
            "code": [f"B-{i:05d}" for i in range(n)],
            "name_zh": [f"基准功能区{i}" for i in range(n)],
            "kind": "functional_area",
            "effective_from": [d.date().isoformat() for d in start],
            "effective_to": [
                d.date().isoformat() if k % 3 else None for k, d in enumerate(end)
            ],
        },
        geometry=[
            shapely.box(xs[i], ys[j], xs[i] + 0.004, ys[j] + 0.004)
            for i in range(n_side)
            for j in range(n_side)
        ],
        crs="EPSG:4490",
    )
    return gpd.GeoDataFrame(pd.concat([zones, grid], ignore_index=True), crs=4490)


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
    many = many_cases(cases, 100)
    timed(
        f"evaluate {len(many):,} cases (100 application dates)",
        evaluate_all,
        many,
        ctx,
        rules,
        cat,
    )
    zones_2k = dated_zones(zones, 45)
    ctx_2k = timed(
        f"facts context with {len(zones_2k):,} dated zones",
        FactsContext,
        basemap,
        zones_2k,
    )
    timed(
        f"evaluate {len(many):,} cases against {len(zones_2k):,} dated zones",
        evaluate_all,
        many,
        ctx_2k,
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
