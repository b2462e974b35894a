"""Benchmark the PostGIS backend against the GeoPackage one on the same data.

Prints, for N enterprises (default 1,000,000) plus the demo's zones:

- write: GeoPackage insert / PostGIS insert (COPY) of the same frame;
- open + read the enterprises layer: GeoPackage / PostGIS (Arrow) / PostGIS
  (psycopg, the fallback path);
- draw: snapshot + paint at 1920x1080 of the layer read from each backend;
- one feature save (read row, update, commit), median round trip;
- notification latency: another session commits, until our listener hears it.

Needs PostgreSQL + PostGIS: uses ``ZP_BENCH_PG_URL`` (a database where this
user may create a schema) or starts a throwaway cluster like the test suite.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_postgis.py [--n 1000000]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def timed(label: str, fn, runs: int = 1):
    """Run ``fn`` ``runs`` times; print and return (median seconds, last result)."""
    times, out = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    med = statistics.median(times)
    spread = f" (runs {min(times):.2f}-{max(times):.2f})" if runs > 1 else ""
    print(f"  {label:<48} {med:8.3f} s{spread}", flush=True)
    return med, out


def enterprises(n: int):
    """Return n synthetic enterprises with the register's usual columns."""
    import numpy as np

    from bench.sample_project import synthetic_points

    rng = np.random.default_rng(3)
    pts = synthetic_points(n)
    pts["name"] = [f"企业{i}" for i in range(n)]
    pts["credit_code"] = [f"91110000{i:010d}" for i in range(n)]
    pts["address"] = "北京市海淀区中关村大街1号"
    pts["employees"] = rng.integers(1, 500, n)
    pts["revenue_wan"] = rng.uniform(10, 1e4, n).round(2)
    pts["synthetic"] = 1
    return pts


def draw_seconds(gdf) -> float:
    """Return the median seconds of snapshot + paint of the points at 1920x1080."""
    from gui.application import ensure_app
    from gui.render.map_renderer import BACKGROUND_COLOR
    from gui.render.render_job import paint_to_image
    from gui.render.snapshot import build_snapshot
    from layers.project import Project
    from layers.vector_layer import LayerSource, VectorLayer
    from layers.viewport import Viewport

    ensure_app()
    project = Project()
    project.layers = [
        VectorLayer("企业", gdf, "Point", source=LayerSource("enterprises", {}))
    ]
    from geo.crs import transform_xy

    x0, y0 = transform_xy(115.4, 39.4, 4490, 4548)
    x1, y1 = transform_xy(117.5, 41.1, 4490, 4548)
    vp = Viewport.fit(4548, (float(x0), float(y0), float(x1), float(y1)), 1920, 1080)
    times = []
    for _ in range(4):
        t0 = time.perf_counter()
        paint_to_image(build_snapshot(project, vp), BACKGROUND_COLOR)
        times.append(time.perf_counter() - t0)
    return statistics.median(times[1:])


def database_url(stack: list) -> str:
    """Return ZP_BENCH_PG_URL or the URL of a new throwaway cluster's database."""
    if os.environ.get("ZP_BENCH_PG_URL"):
        return os.environ["ZP_BENCH_PG_URL"]
    import psycopg

    from tests.pg_cluster import create_cluster

    cluster = create_cluster()
    stack.append(cluster)
    with psycopg.connect(cluster.conninfo("postgres"), autocommit=True) as conn:
        conn.execute("CREATE DATABASE zp_bench")
    with psycopg.connect(cluster.conninfo("zp_bench"), autocommit=True) as conn:
        conn.execute("CREATE EXTENSION postgis")
    return cluster.url("zp_bench")


def main() -> int:
    """Run the benchmark and print the figures."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1_000_000)
    args = ap.parse_args()
    from db.open_store import create_store, open_store
    from db.pg_listen import ChangeListener, ChangeQueue

    clusters: list = []
    try:
        url = database_url(clusters) + "&schema=zp_bench"
        ents = enterprises(args.n)
        print(f"PostGIS vs GeoPackage, {args.n:,} enterprises", flush=True)
        with tempfile.TemporaryDirectory() as tmp:
            gpkg = Path(tmp) / "bench.gpkg"
            for label, target in (("GeoPackage", str(gpkg)), ("PostGIS", url)):

                def write(target: str = target) -> None:
                    with create_store(target, overwrite=True) as st:
                        st.insert_features("enterprises", ents, "bench", "bench")

                timed(f"write ({label})", write)
            for label, target in (("GeoPackage", str(gpkg)), ("PostGIS", url)):

                def read(target: str = target):
                    with open_store(target) as st:
                        return st.read_table("enterprises")

                _, frame = timed(f"open + read enterprises ({label})", read, 3)
                print(
                    f"  {'draw all points 1920x1080 (' + label + ')':<48} "
                    f"{draw_seconds(frame):8.3f} s",
                    flush=True,
                )
            from db import pg_read

            with open_store(url) as st:
                old, pg_read.ARROW_MIN_ROWS = pg_read.ARROW_MIN_ROWS, 10**12
                timed(
                    "read enterprises (PostGIS, psycopg path)",
                    lambda: st.read_table("enterprises"),
                )
                pg_read.ARROW_MIN_ROWS = old
                row = st.read_table("enterprises", where={"fid": [1]})

                def save_one() -> None:
                    fresh = st.read_table("enterprises", where={"fid": [1]})
                    fresh["employees"] = fresh["employees"] + 1
                    st.update_features("enterprises", fresh, "bench")

                timed("one feature save, round trip (PostGIS)", save_one, 15)
                with open_store(str(gpkg)) as gp:

                    def save_one_gpkg() -> None:
                        fresh = gp.read_table("enterprises", where={"fid": [1]})
                        fresh["employees"] = fresh["employees"] + 1
                        gp.update_features("enterprises", fresh, "bench")

                    timed(
                        "one feature save, round trip (GeoPackage)", save_one_gpkg, 15
                    )
                with open_store(url) as other:
                    got = ChangeQueue()
                    lat = []
                    with ChangeListener(st.target, got, st.session_id):
                        for _ in range(15):
                            row = other.read_table("enterprises", where={"fid": [2]})
                            row["employees"] = row["employees"] + 1
                            t0 = time.perf_counter()
                            other.update_features("enterprises", row, "bench")
                            got.get(timeout=5)
                            lat.append(time.perf_counter() - t0)
                    print(
                        f"  {'commit by another session -> notification':<48} "
                        f"{statistics.median(lat):8.3f} s (max {max(lat):.3f}; "
                        "includes that session's save)",
                        flush=True,
                    )
    finally:
        for cluster in clusters:
            cluster.destroy()
    return 0


if __name__ == "__main__":
    sys.exit(main())
