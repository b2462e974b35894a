"""Bench the project file: 1,000,000 enterprises written and read; demo load.

Run: ``.venv/bin/python bench/bench_project_io.py [n]``. Prints seconds.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import geopandas as gpd
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from db import gpkg_geometry
from db.demo_project import write_demo_project
from db.project_io import load_project
from db.store import ProjectStore


def synthetic_enterprises(n: int, seed: int = 1) -> gpd.GeoDataFrame:
    """Return ``n`` random enterprise points in Beijing (EPSG:4490 lon/lat)."""
    rng = np.random.default_rng(seed)
    cats = np.char.zfill(rng.integers(1, 11, n).astype(str), 2)
    return gpd.GeoDataFrame(
        {
            "name": np.char.add("企业", np.arange(n).astype(str)),
            "category": cats,
            "employees": rng.integers(1, 2000, n),
            "revenue_wan": rng.uniform(1, 1e5, n).round(1),
            "synthetic": 1,
        },
        geometry=gpd.points_from_xy(
            rng.uniform(115.42, 117.5, n), rng.uniform(39.44, 41.06, n)
        ),
        crs="EPSG:4490",
    )


def timed(label: str, fn):
    t = time.perf_counter()
    out = fn()
    print(f"{label:<52s} {time.perf_counter() - t:7.2f} s", flush=True)
    return out


def main(n: int = 1_000_000) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        ents = timed(
            f"build {n:,} synthetic points (not db)", lambda: synthetic_enterprises(n)
        )
        geoms = ents.geometry.values
        blobs = timed(
            f"encode {n:,} GeoPackage point blobs", lambda: gpkg_geometry.encode(geoms)
        )
        timed(
            f"decode {n:,} GeoPackage point blobs", lambda: gpkg_geometry.decode(blobs)
        )
        path = Path(tmp) / "big.gpkg"

        def write() -> None:
            with ProjectStore.create(path) as store:
                store.insert_features("enterprises", ents, "bench", source="bench")

        timed(f"create project + insert {n:,} enterprises", write)
        print(f"{'  file size':<52s} {path.stat().st_size / 1e6:7.1f} MB")

        def read() -> int:
            with ProjectStore.open(path) as store:
                return len(store.read_table("enterprises"))

        count = timed("open (checks) + read enterprises layer", read)
        assert count == n, count
        store = ProjectStore.open(path)
        timed(
            "  open only (quick_check, fk check, lock probe)",
            lambda: ProjectStore.open(path).close(),
        )
        timed("  read_table only", lambda: store.read_table("enterprises"))
        store.close()
        demo = Path(tmp) / "demo.gpkg"
        timed(
            "write demo project (20,000 enterprises)", lambda: write_demo_project(demo)
        )

        def load_demo() -> None:
            with ProjectStore.open(demo) as s:
                load_project(s)

        timed("open demo project + load_project (all layers)", load_demo)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
