"""The exported page's own font in Chromium, on a machine without a Chinese font.

The CI image has no CJK font (``fc-list :lang=zh`` is empty), so without the
embedded font every ideograph is a tofu box. The tests look at real pixels:
a map label and large probe glyphs, with the font and after removing it from
the live page, and check that every piece of text is in the face that draws it.
Screenshots: build/web_map_font.png and build/web_map_font_removed.png.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from layers.web.web_font import FONT_FAMILY
from layers.web.web_map import export_web_map
from tests.factories.web_page import cmap_chars, embedded_faces, is_wide
from tests.factories.web_sample import sample_project
from tests.system_tools import require_tool

CHROMIUM = Path("/usr/bin/chromium")
REPO = Path(__file__).resolve().parents[2]
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
LABEL = "金融街"

pytestmark = [pytest.mark.browser]

ZOOM_TO_LABEL_JS = """(text) => {
  let hit = null;
  zpLayers.functional_areas.labels.eachLayer(t => {
    if (t.getContent().includes(text)) hit = t;
  });
  zpMap.setView(hit.getLatLng(), 12, {animate: false});
}"""
PROBE_JS = """([text, family]) => {
  let el = document.getElementById('zp-probe');
  if (!el) {
    el = document.createElement('div');
    el.id = 'zp-probe';
    el.style.cssText = 'position:fixed;left:20px;top:120px;z-index:9999;' +
      'background:#fff;color:#000;padding:4px;font:48px/1 ' + family;
    document.body.appendChild(el);
  }
  el.textContent = text;
  return el.getBoundingClientRect().toJSON();
}"""
OPEN_POPUP_JS = """(key) => {
  const z = zpLayers[key], l = z.geo.getLayers()[1];
  const ll = l.getLatLng ? l.getLatLng() : l.getBounds().getCenter();
  zpMap.setView(ll, 13, {animate: false});
  z.geo.fire('click', {latlng: ll, layer: l});
}"""
# Every text node of the page with the weight and family it is drawn in.
TEXT_NODES_JS = """() => {
  const out = [];
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const el = n.parentElement;
    if (!el || el.closest('script, style') || !n.data.trim()) continue;
    const cs = getComputedStyle(el);
    out.push([n.data, parseInt(cs.fontWeight, 10), cs.fontFamily]);
  }
  return out;
}"""


@pytest.fixture(autouse=True)
def _chromium() -> None:
    require_tool(str(CHROMIUM), "chromium")


@pytest.fixture(scope="module")
def page_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("web_font") / "map.html"
    export_web_map(sample_project(300), out, title="测试地图")
    return out


def _gray(png: bytes) -> np.ndarray:
    from PySide6.QtGui import QImage

    img = QImage.fromData(png).convertToFormat(QImage.Format.Format_Grayscale8)
    rows = np.frombuffer(img.constBits(), np.uint8).reshape(
        img.height(), img.bytesPerLine()
    )
    return rows[:, : img.width()].astype(float)


def _shot(page, box: dict) -> np.ndarray:
    return _gray(page.screenshot(clip=box))


def _open(browser, html: Path):
    page = browser.new_page(viewport={"width": 1280, "height": 860})
    page.route(
        "**/*",
        lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort(),
    )
    page.goto(html.as_uri())
    page.wait_for_function("window.zpReady === true", timeout=20000)
    page.evaluate("document.fonts.ready.then(() => true)")
    return page


def _probe(page, text: str, family: str) -> np.ndarray:
    box = page.evaluate(PROBE_JS, [text, family])
    page.wait_for_timeout(50)
    return _shot(page, box)


def test_web_font_chromium_draws_glyphs_not_tofu(page_file: Path) -> None:
    from playwright.sync_api import sync_playwright

    family = f'"{FONT_FAMILY}", sans-serif'
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = _open(browser, page_file)
            assert page.evaluate(
                f"document.fonts.check('12px \"{FONT_FAMILY}\"', '{LABEL}')"
            )
            page.evaluate(ZOOM_TO_LABEL_JS, LABEL)
            page.wait_for_timeout(200)
            label = page.locator(".zp-label span", has_text=LABEL).first
            box = label.bounding_box()
            size = float(
                label.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
            )
            with_font = _shot(page, box)
            jin, jie = _probe(page, "金", family), _probe(page, "街", family)
            page.evaluate("document.getElementById('zp-probe').remove()")
            page.screenshot(path=str(REPO / "build" / "web_map_font.png"))

            page.evaluate("document.getElementById('zp-font').remove()")
            page.wait_for_timeout(200)
            page.screenshot(path=str(REPO / "build" / "web_map_font_removed.png"))
            box_removed = label.bounding_box()
            without_font = _shot(page, box_removed)
            tofu_jin, tofu_jie = _probe(page, "金", family), _probe(page, "街", family)
        finally:
            browser.close()
    # Ideographs are one em wide each; tofu boxes are narrower.
    assert box["width"] >= len(LABEL) * size * 0.95
    assert box_removed["width"] < len(LABEL) * size * 0.7
    # The label has real strokes: far more ink than the boxes drawn without the font.
    assert (with_font < 128).sum() > 4 * (without_font < 128).sum() > 0
    # Two different characters look different with the font; without it both
    # are the same tofu box, which shows the probe would catch tofu.
    assert jin.shape == jie.shape and tofu_jin.shape == tofu_jie.shape
    assert np.abs(jin - jie).mean() > 10 * max(np.abs(tofu_jin - tofu_jie).mean(), 0.1)
    assert (tofu_jin < 128).sum() > 0


def test_web_font_chromium_text_is_in_the_face_that_draws_it(page_file: Path) -> None:
    from playwright.sync_api import sync_playwright

    faces = embedded_faces(page_file.read_text(encoding="utf-8"))
    regular, bold = cmap_chars(faces[400][1]), cmap_chars(faces[700][1])
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = _open(browser, page_file)
            for key in ("functional_areas", "enterprises"):
                page.evaluate(OPEN_POPUP_JS, key)
                page.locator(".leaflet-popup-content").last.wait_for(timeout=5000)
                page.wait_for_timeout(300)  # the previous popup fades out
                nodes = page.evaluate(TEXT_NODES_JS)
                texts = " ".join(t for t, _, _ in nodes)
                assert "名称" in texts and "图例" in texts
                missing = {
                    (c, w, fam)
                    for text, w, fam in nodes
                    for c in text
                    if is_wide(c)
                    and (
                        not fam.startswith(f'"{FONT_FAMILY}"')
                        or c not in (bold if w >= 600 else regular)
                    )
                }
                assert missing == set(), key
            bold_text = "".join(t for t, w, _ in nodes if w >= 600)
            assert "测试地图" in bold_text and "图例" in bold_text
        finally:
            browser.close()
