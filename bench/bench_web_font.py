"""Benchmark the web map's embedded font: scanning the page and subsetting.

For three pages — the demo project (db.demo_project), 100,000 synthetic
enterprises, and a "many labels" page (2,000 labelled zones and 20,000
enterprises whose names draw on the 3,755 first-level GB 2312 ideographs) —
prints: the export's wall time (after a warm-up export) with the fonts
subset and again with the subsets cached per character set, the page and font sizes, the page's
distinct non-ASCII characters, the time to scan the page for them, and the
Regular and Bold subsets' time and WOFF size beside the bundled OTF.

Run: ``.venv/bin/python bench/bench_web_font.py``
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import shapely

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import resources
from layers.web.web_font import FONT_FILES, page_chars, subset_woff
from layers.web.web_map import DEFAULT_TITLE, export_web_map, select_layers
from tests.factories.web_sample import sample_project

GB2312_LEVEL1 = bytes(
    b for hi in range(0xB0, 0xD8) for lo in range(0xA1, 0xFF) for b in (hi, lo)
).decode("gb2312", errors="ignore")


def _demo_project(tmp: Path):
    from db.demo_project import write_demo_project
    from db.project_io import load_project
    from db.store import ProjectStore

    path = tmp / "demo.gpkg"
    write_demo_project(path)
    return load_project(ProjectStore.open(path, read_only=True))


def _names(rng: np.random.Generator, n: int, lo: int, hi: int) -> list[str]:
    chars = np.array(list(GB2312_LEVEL1))
    lengths = rng.integers(lo, hi + 1, n)
    picks = chars[rng.integers(0, len(chars), int(lengths.sum()))]
    cuts = np.cumsum(lengths)[:-1]
    return ["".join(part) for part in np.split(picks, cuts)]


def _many_labels_project():
    """Return 2,000 labelled zones and 20,000 enterprises with varied names."""
    rng = np.random.default_rng(2016)
    project = sample_project(20_000)
    ent = project.find("enterprises").gdf
    ent["name"] = [f"北京{n}有限公司" for n in _names(rng, len(ent), 2, 6)]
    ent["address"] = [
        f"北京市{n}路{i % 300}号" for i, n in enumerate(_names(rng, len(ent), 2, 4))
    ]
    zones = project.find("functional_areas")
    i, j = np.divmod(np.arange(2000), 50)
    boxes = shapely.box(
        115.9 + 0.02 * j, 39.6 + 0.02 * i, 115.915 + 0.02 * j, 39.615 + 0.02 * i
    )
    gdf = zones.gdf.iloc[np.zeros(2000, dtype=int)].reset_index(drop=True)
    gdf["name_zh"] = [f"{n}产业园" for n in _names(rng, 2000, 2, 4)]
    gdf["code"] = [f"Z{k:04d}" for k in range(2000)]
    zones.gdf = gdf.set_geometry(list(boxes), crs=4490)
    return project


def _measure(label: str, project, out: Path) -> None:
    export_web_map(project, out)  # warm-up: folium import, Leaflet, projections
    subset_woff.cache_clear()
    cold = export_web_map(project, out)
    warm = export_web_map(project, out)  # same characters: the subsets are cached
    text = out.read_text(encoding="utf-8")
    t0 = time.perf_counter()
    chars = page_chars(text)
    scan = time.perf_counter() - t0
    bold = frozenset(
        DEFAULT_TITLE + "图例" + "".join(x.name for x in select_layers(project, None))
    )
    subset_woff.cache_clear()
    times, sizes = {}, {}
    for weight, keep in (("Regular", chars), ("Bold", bold)):
        t0 = time.perf_counter()
        sizes[weight] = len(subset_woff(weight, keep))
        times[weight] = time.perf_counter() - t0
    full = resources.path("fonts", FONT_FILES["Regular"]).stat().st_size
    style = re.search(r'<style id="zp-font">.*?</style>', text, re.S)
    print(
        f"{label}: export {cold.seconds:.2f} s subsetting, {warm.seconds:.2f} s "
        f"with the subsets cached; page {cold.bytes / 1e6:.2f} MB, font style "
        f"{len(style.group(0)) / 1e3:.0f} KB; {len(chars):,} non-ASCII characters"
    )
    print(
        f"    scan {scan * 1000:.0f} ms; Regular subset {times['Regular'] * 1000:.0f} ms"
        f" -> {sizes['Regular'] / 1e3:.0f} KB WOFF ({100 * sizes['Regular'] / full:.1f}%"
        f" of the {full / 1e6:.2f} MB OTF); Bold ({len(bold)} heading characters) "
        f"{times['Bold'] * 1000:.0f} ms -> {sizes['Bold'] / 1e3:.0f} KB"
    )


def main() -> None:
    """Run the benchmark and print the numbers."""
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        _measure("demo project", _demo_project(tmp), tmp / "demo.html")
        _measure(
            "many labels (2,000 zones, 20k varied names)",
            _many_labels_project(),
            tmp / "labels.html",
        )
        _measure(
            "synthetic 100,000 enterprises", sample_project(100_000), tmp / "big.html"
        )


if __name__ == "__main__":
    main()
