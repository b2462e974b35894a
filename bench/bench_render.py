"""Benchmark the map renderer: full redraw at 1920x1080, and first painted map.

Prints the median seconds of a full redraw (freeze snapshot + paint a QImage,
as the canvas worker does) of the demo layers plus 0 / 10k / 100k / 1,000,000
synthetic enterprise points, at the full Beijing extent and in a 5 km window
over the centre; then the time from process start to the first painted map of
a window opening the demo project.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/render.py [--quick]``
Targets (2 cores): full extent + 1M points < 0.15 s; 5 km window < 0.03 s;
first painted map < 2.5 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

W, H = 1920, 1080
TIANANMEN_LL = (116.3975, 39.9087)


def load_demo(tmp: Path):
    """Return the demo project (db.demo_project) or the resources-based sample."""
    try:
        from db.demo_project import write_demo_project
        from db.project_io import load_project
        from db.store import ProjectStore
    except ImportError:
        from bench.sample_project import build_sample_project

        return build_sample_project(0), None
    path = write_demo_project(tmp / "demo.gpkg")
    store = ProjectStore.open(path)
    return load_project(store), path


def time_frame(project, vp, runs: int) -> tuple[float, float]:
    """Return (cold seconds, median warm seconds) of snapshot + paint."""
    from gui.render.map_renderer import BACKGROUND_COLOR
    from gui.render.render_job import paint_to_image
    from gui.render.snapshot import build_snapshot

    times = []
    for _ in range(runs + 1):
        t0 = time.perf_counter()
        paint_to_image(build_snapshot(project, vp), BACKGROUND_COLOR)
        times.append(time.perf_counter() - t0)
    return times[0], statistics.median(times[1:])


def views(project):
    """Return {name: Viewport} for the full Beijing extent and a 5 km window."""
    from geo.crs import transform_xy
    from gui.canvas_navigation import extent_ll_to_map
    from layers.viewport import Viewport

    basemap = next(lyr for lyr in project.layers if lyr.source.table == "basemap")
    bj = basemap.gdf[basemap.gdf["name_zh"] == "北京市"]
    ext = extent_ll_to_map(tuple(bj.total_bounds), 4548)
    cx, cy = transform_xy(*TIANANMEN_LL, 4490, 4548)
    return {
        "full Beijing": Viewport.fit(4548, ext, W, H),
        "5 km window": Viewport(4548, float(cx), float(cy), 5000.0 / W, W, H),
    }


def set_points(project, n: int) -> None:
    """Replace (or add) the enterprise layer's features: ``n`` synthetic points."""
    from bench.sample_project import synthetic_points
    from layers.layer_specs import default_layer_specs
    from layers.vector_layer import LayerSource, VectorLayer

    layer = next((lyr for lyr in project.layers if lyr.geometry_type == "point"), None)
    gdf = synthetic_points(n)
    if layer is None:
        spec = next(s for s in default_layer_specs() if s.key == "enterprises")
        layer = VectorLayer(
            spec.name_zh,
            gdf,
            "point",
            spec.style,
            LayerSource("enterprises"),
            layer_id="bench_points",
        )
        project.add_layer(layer, 1)
    else:
        layer.set_frame(gdf)


FIRST_PAINT = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, {root!r})
    from pathlib import Path
    from gui.application import ensure_app
    app = ensure_app()
    from PySide6.QtCore import QTimer
    from gui.main_window import MainWindow
    w = MainWindow()
    w.resize(1600, 1000)
    w.show()
    state = {{}}
    w.events().project_opened.connect(lambda p: state.update(loaded=True))
    def on_render(seconds):
        if state.get("loaded"):
            print("PAINTED", time.time() - {t0!r}, flush=True)
            app.quit()
    w.canvas.render_finished.connect(on_render)
    QTimer.singleShot(0, lambda: w.files.open_project(Path({path!r})))
    app.exec()
    """
)


def first_paint(path: Path | None) -> float | None:
    """Return seconds from process start to the first painted project map."""
    if path is None:
        return None
    t0 = time.time()
    code = FIRST_PAINT.format(root=str(ROOT), t0=t0, path=str(path))
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ),
    )
    for line in out.stdout.splitlines():
        if line.startswith("PAINTED"):
            return float(line.split()[1])
    print(out.stderr[-2000:], file=sys.stderr)
    return None


def main() -> int:
    """Run the benchmark and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs, no 1M")
    args = parser.parse_args()
    from gui.application import ensure_app

    ensure_app([])
    runs = 3 if args.quick else 7
    counts = [None, 10_000, 100_000] + ([] if args.quick else [1_000_000])
    with tempfile.TemporaryDirectory() as tmp:
        project, path = load_demo(Path(tmp))
        vps = views(project)
        print(f"{'points':>10} | {'view':<13} | {'cold s':>7} | {'median s':>8}")
        print("-" * 48)
        for n in counts:
            label = "demo" if n is None else f"{n:,}"
            if n is not None:
                set_points(project, n)
            for name, vp in vps.items():
                cold, warm = time_frame(project, vp, runs)
                print(f"{label:>10} | {name:<13} | {cold:7.3f} | {warm:8.4f}")
        fp = first_paint(path)
        print("-" * 48)
        shown = "n/a (no db.demo_project)" if fp is None else f"{fp:.2f} s"
        print(f"first painted map from process start: {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
