"""Benchmark printing: A3 exhibit to PDF and 300-dpi PNG, and a 30-page atlas.

The demo project (db.demo_project) is written with 100,000 enterprises to a temp file
and loaded like the app does. Printed: the A3 meeting exhibit to PDF (cold:
first print after load, with projection caches to build; warm: the median of
three later prints, as from an open window), to a 300-dpi PNG and to SVG;
then a 30-page atlas (30 district pages, A4 case-map template) into one PDF,
and the 16 ZGC parks atlas.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_print.py``
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

N_ENTERPRISES = 100_000


def _timed(fn):
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def main() -> None:
    from cli.printing import ensure_gui_app

    ensure_gui_app()
    from db.demo_project import write_demo_project
    from db.project_io import load_project
    from db.store import ProjectStore
    from gui.printing.atlas import AtlasSpec, run_atlas
    from gui.printing.exporters import export_pdf, export_png, export_svg
    from layers.printing.layout import load_template

    tmp = Path(tempfile.mkdtemp(prefix="zp_bench_print_"))
    t_write, path = _timed(
        lambda: write_demo_project(tmp / "demo.gpkg", n_enterprises=N_ENTERPRISES)
    )
    store = ProjectStore.open(path, read_only=True)
    project = load_project(store)
    store.close()
    print(f"demo project with {N_ENTERPRISES:,} enterprises written in {t_write:.1f} s")
    a3 = load_template("A3 landscape meeting exhibit")
    cold, _ = _timed(lambda: export_pdf(a3, project, tmp / "a3.pdf"))
    warm = [
        _timed(lambda: export_pdf(a3, project, tmp / "a3.pdf"))[0] for _ in range(3)
    ]
    mb = (tmp / "a3.pdf").stat().st_size / 1e6
    print(
        f"A3 exhibit PDF (300 dpi logical): cold {cold:.2f} s, warm "
        f"{statistics.median(warm):.2f} s, {mb:.1f} MB"
    )
    for dpi in (600,):
        t, _ = _timed(
            lambda d=dpi: export_pdf(a3, project, tmp / "a3_hi.pdf", resolution=d)
        )
        print(f"A3 exhibit PDF ({dpi} dpi logical): {t:.2f} s")
    t, _ = _timed(lambda: export_png(a3, project, tmp / "a3.png", dpi=300))
    print(
        f"A3 exhibit PNG 300 dpi (4961 x 3508): {t:.2f} s, "
        f"{(tmp / 'a3.png').stat().st_size / 1e6:.1f} MB"
    )
    t, _ = _timed(lambda: export_svg(a3, project, tmp / "a3.svg"))
    print(f"A3 exhibit SVG 150 dpi: {t:.2f} s")
    a4 = load_template("A4 portrait case map")
    a4.item("title").props["text"] = "{name_zh}"
    spec = AtlasSpec("basemap", where={"level": ["district"]}, limit=30)
    t, res = _timed(lambda: run_atlas(a4, project, spec, tmp / "atlas30.pdf"))
    print(
        f"atlas 30 pages (districts, A4, 300 dpi): {t:.2f} s "
        f"({t / len(res.pages):.2f} s/page), {len(res.pages)} pages"
    )
    t, res = _timed(
        lambda: run_atlas(a4, project, AtlasSpec("zgc_parks"), tmp / "parks.pdf")
    )
    print(f"atlas 16 ZGC parks: {t:.2f} s, {len(res.pages)} pages")
    print(f"outputs in {tmp}")


if __name__ == "__main__":
    main()
