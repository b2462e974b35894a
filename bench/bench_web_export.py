"""Benchmark the web-map export: time and size, and Chromium load time.

Prints, for the demo project (db.demo_project when present, else a synthetic project of
20,000 enterprises) and for 100,000 synthetic enterprises: export seconds and
file size; then the time headless Chromium takes to open the 100k page offline
(navigation to every layer built) and to redraw it after a pan and a zoom.

Run: ``.venv/bin/python bench/bench_web_export.py``
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from layers.web.web_map import export_web_map
from tests.factories.web_sample import sample_project

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
REDRAW_JS = """async (action) => {
  const t0 = performance.now();
  await new Promise(res => {
    zpMap.once('moveend', () => requestAnimationFrame(() => requestAnimationFrame(res)));
    if (action === 'pan') zpMap.panBy([300, 150], {animate: false});
    else zpMap.setZoom(zpMap.getZoom() + 1, {animate: false});
  });
  return performance.now() - t0;
}"""


def _demo_project(tmp: Path):
    """Return (label, project): the db demo project if db/ provides it."""
    try:
        from db.demo_project import write_demo_project
        from db.project_io import load_project
        from db.store import ProjectStore
    except ImportError as exc:
        return (
            f"synthetic 20k (db.demo_project unavailable: {exc.name})",
            sample_project(20000),
        )
    path = tmp / "demo.gpkg"
    write_demo_project(path)
    store = ProjectStore.open(path, read_only=True)
    return "db.demo_project project", load_project(store)


def _export(label: str, project, out: Path) -> None:
    r = export_web_map(project, out)
    counts = ", ".join(f"{k}={v:,}" for k, v in r.n_features.items())
    print(f"{label:<42} export {r.seconds:6.2f} s  {r.bytes / 1e6:7.2f} MB  ({counts})")


def _open_once(browser, html: Path, errors: list[str]) -> tuple[float, object]:
    """Return (seconds to load, build every layer and draw once, page)."""
    page = browser.new_page(viewport={"width": 1280, "height": 860})
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.route(
        "**/*",
        lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort(),
    )
    t0 = time.perf_counter()
    page.goto(html.as_uri(), wait_until="load", timeout=120_000)
    page.wait_for_function("window.zpReady === true", timeout=120_000)
    page.evaluate(
        "new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"
    )
    return time.perf_counter() - t0, page


def _browser_load(html: Path, runs: int = 3) -> None:
    if not CHROMIUM.exists():
        print("chromium load: skipped (/usr/bin/chromium missing)")
        return
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        loads: list[float] = []
        errors: list[str] = []
        for _ in range(runs):
            seconds, page = _open_once(browser, html, errors)
            loads.append(seconds)
            if len(loads) < runs:
                page.close()
        n = page.evaluate("zpLayers.enterprises.geo.getLayers().length")
        pan = page.evaluate(REDRAW_JS, "pan")
        zoom = page.evaluate(REDRAW_JS, "zoom")
        t1 = time.perf_counter()
        page.mouse.click(640, 430)
        page.wait_for_timeout(50)
        click_ms = (time.perf_counter() - t1) * 1000 - 50
        heap = page.evaluate(
            "performance.memory ? performance.memory.usedJSHeapSize : 0"
        )
        browser.close()
    loads.sort()
    print(
        f"chromium 100k page: load+first draw median {loads[len(loads) // 2]:.2f} s "
        f"(min {loads[0]:.2f}, {runs} runs), {n:,} points, pan redraw {pan:.0f} ms, "
        f"zoom redraw {zoom:.0f} ms, click ~{click_ms:.0f} ms, "
        f"JS heap {heap / 1e6:.0f} MB, console/page errors {len(errors)}"
    )


def main() -> None:
    """Run the benchmark and print one line per measurement."""
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        label, demo = _demo_project(tmp)
        _export(label, demo, tmp / "demo.html")
        big = sample_project(100_000)
        _export("synthetic 100,000 enterprises", big, tmp / "big.html")
        _browser_load(tmp / "big.html")


if __name__ == "__main__":
    main()
