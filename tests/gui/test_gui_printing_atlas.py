"""Atlas pages and the headless print/atlas commands."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import numpy as np
import shapely
from printing_fixtures import demo_gpkg_fixture, demo_project_fixture  # noqa: F401

from geo.crs import transform_geometry
from gui.printing.atlas import AtlasSpec, run_atlas
from layers.printing.layout import load_template

REPO = Path(__file__).resolve().parents[2]


def _atlas_layout():
    layout = load_template("A4 portrait case map")
    layout.item("title").props["text"] = "{name_zh}范围示意图"
    layout.item("subtitle").props["text"] = "第 {page}/{pages} 页 · {code}"
    return layout


def test_printing_atlas_16_parks_each_centred(qapp, demo_project, tmp_path) -> None:
    import pypdf

    seen = []
    result = run_atlas(
        _atlas_layout(),
        demo_project,
        AtlasSpec("zgc_parks"),
        tmp_path / "parks.pdf",
        dpi=150,
        progress=lambda i, n, lab: seen.append((i, n)),
    )
    parks = demo_project.find("zgc_parks").gdf
    assert len(result.pages) == 16 and seen[-1] == (16, 16) and not result.cancelled
    cents = shapely.centroid(transform_geometry(parks.geometry.values, 4490, 4548))
    for page in result.pages:
        vp = page.record.viewports["map1"]
        c = cents[parks.index.get_loc(page.fid)]
        size = max(
            np.ptp(
                shapely.get_coordinates(
                    transform_geometry(
                        np.array([parks.geometry.loc[page.fid]]), 4490, 4548
                    )
                ),
                axis=0,
            )
        )
        assert abs(vp.center_x - c.x) < 1.0 and abs(vp.center_y - c.y) < 1.0
        xmin, ymin, xmax, ymax = vp.extent
        assert xmax - xmin >= size * 0.99 or ymax - ymin >= size * 0.99
        assert ("title", f"{page.fields['name_zh']}范围示意图") in page.record.texts
    reader = pypdf.PdfReader(str(tmp_path / "parks.pdf"))
    assert len(reader.pages) == 16
    first = unicodedata.normalize("NFKC", reader.pages[0].extract_text())
    assert f"{result.pages[0].fields['name_zh']}范围示意图" in re.sub(r"\s+", "", first)


def test_printing_atlas_per_file_named_and_cancellable(
    qapp, demo_project, tmp_path
) -> None:
    calls = []
    result = run_atlas(
        _atlas_layout(),
        demo_project,
        AtlasSpec("zgc_parks", name_field="code", sort_field="code"),
        tmp_path / "park.png",
        per_file=True,
        dpi=40,
        cancelled=lambda: len(calls) >= 3,
        progress=lambda i, n, lab: calls.append(lab),
    )
    assert result.cancelled and len(result.pages) == 3
    assert list(tmp_path.glob("park_*")) == []  # cancelled: no page file at all
    result = run_atlas(
        _atlas_layout(),
        demo_project,
        AtlasSpec("zgc_parks", name_field="code", sort_field="code", limit=3),
        tmp_path / "park.png",
        per_file=True,
        dpi=40,
    )
    names = sorted(p.name for p in tmp_path.glob("park_*.png"))
    codes = sorted(demo_project.find("zgc_parks").gdf["code"])[:3]
    assert names == [f"park_{c}.png" for c in codes]
    assert sorted(p.name for p in result.outputs) == names


def _run_cli(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    """Run a command like a server would: no display, no Chinese system fonts."""
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        f'<?xml version="1.0"?><fontconfig><cachedir>{tmp_path}/fc'
        "</cachedir></fontconfig>"
    )
    env = {
        k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")
    }
    env.update(FONTCONFIG_FILE=str(conf), PYTHONPATH=str(REPO))
    code = "import sys, main; sys.exit(main.main(sys.argv[1:]))"
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_printing_cli_print_headless_without_system_fonts(demo_gpkg, tmp_path) -> None:
    import pypdf

    out = tmp_path / "exhibit.pdf"
    run = _run_cli(
        [
            "print",
            str(demo_gpkg),
            "--layout",
            "A3 landscape meeting exhibit",
            "--out",
            str(out),
        ],
        tmp_path,
    )
    assert run.returncode == 0, run.stderr
    text = re.sub(r"\s+", "", pypdf.PdfReader(str(out)).pages[0].extract_text())
    # Exact text, no normalisation: the bundled font's own ToUnicode map.
    assert "北京市中关村示范区园区分布示意图" in text
    assert "海淀园" in text and "EPSG:4548" in text and "范围示意" in text
    bad = _run_cli(
        ["print", str(demo_gpkg), "--layout", "nope", "--out", str(out)], tmp_path
    )
    assert bad.returncode == 2 and bad.stderr.startswith("error: no layout")
    assert bad.stderr.count("\n") == 1


def test_printing_cli_atlas_and_missing_project(demo_gpkg, tmp_path) -> None:
    out = tmp_path / "atlas.pdf"
    run = _run_cli(
        [
            "atlas",
            str(demo_gpkg),
            "--layout",
            "A4 portrait case map",
            "--layer",
            "cases",
            "--out",
            str(out),
            "--limit",
            "2",
            "--dpi",
            "100",
        ],
        tmp_path,
    )
    assert run.returncode == 0, run.stderr
    assert out.exists()
    missing = _run_cli(
        [
            "atlas",
            str(tmp_path / "none.gpkg"),
            "--layout",
            "x",
            "--layer",
            "cases",
            "--out",
            str(out),
        ],
        tmp_path,
    )
    assert missing.returncode == 3 and "no such project" in missing.stderr
