"""The exported web map in a real browser: Debian's Chromium, network blocked.

Opens the page from a file:// URL with every other request aborted, and checks
what a colleague receiving the file would see: no script errors, every feature
drawn, a popup showing a hostile enterprise name as text (no dialog), the layer
control hiding a layer, and a screenshot (build/web_map.png).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from layers.web.web_map import export_web_map
from tests.factories.web_sample import HOSTILE_NAME, HOSTILE_ZONE, sample_project
from tests.system_tools import require_tool

CHROMIUM = Path("/usr/bin/chromium")
REPO = Path(__file__).resolve().parents[2]
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [pytest.mark.browser]


@pytest.fixture(autouse=True)
def _chromium() -> None:
    require_tool(str(CHROMIUM), "chromium")


def _click_feature(page, layer_key: str, needle: str) -> None:
    """Click on the map at the first feature of ``layer_key`` whose values hold needle."""
    xy = page.evaluate(
        """([key, needle]) => {
          let hit = null;
          const z = zpLayers[key];
          z.geo.eachLayer(l => {
            if (!hit && z.row(l.zpIndex).some(v => v.includes(needle))) hit = l;
          });
          const ll = hit.getLatLng ? hit.getLatLng() : hit.getBounds().getCenter();
          zpMap.setView(ll, 13, {animate: false});
          const p = zpMap.latLngToContainerPoint(ll);
          const r = zpMap.getContainer().getBoundingClientRect();
          return [r.left + p.x, r.top + p.y];
        }""",
        [layer_key, needle],
    )
    page.wait_for_timeout(150)
    page.mouse.click(xy[0], xy[1])


def test_web_map_in_chromium_offline(tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    project = sample_project(2000)
    html_path = tmp_path / "map.html"
    result = export_web_map(project, html_path, title="测试地图")
    errors: list[str] = []
    dialogs: list[str] = []
    blocked: list[str] = []

    def route(r):
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 860})
            page.route("**/*", route)
            page.on("console", lambda m: m.type == "error" and errors.append(m.text))
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(html_path.as_uri())
            page.wait_for_function("window.zpReady === true", timeout=20000)

            counts = page.evaluate(
                "Object.fromEntries(Object.entries(zpLayers)"
                ".map(([k, v]) => [k, v.geo.getLayers().length]))"
            )
            assert counts == result.n_features
            assert page.locator("#zp-legend").is_visible()
            # The legend folds away from the map with a click on its heading.
            first_entry = page.locator("#zp-legend .zp-legend-layer").first
            assert first_entry.is_visible()
            page.locator("#zp-legend summary").click()
            assert not first_entry.is_visible()
            page.locator("#zp-legend summary").click()
            assert first_entry.is_visible()
            assert page.locator(".leaflet-control-scale-line").count() == 1
            assert "示意" in page.locator("#zp-note").inner_text()
            # the hostile zone label is text, not an <img>
            assert page.locator(".zp-label img").count() == 0
            assert HOSTILE_ZONE in page.locator(".zp-label").all_text_contents()
            page.screenshot(path=str(REPO / "build" / "web_map.png"))

            _click_feature(page, "enterprises", "alert(1)")
            popup = page.locator(".leaflet-popup-content")
            popup.wait_for(timeout=5000)
            assert HOSTILE_NAME in popup.text_content()
            assert page.locator(".leaflet-popup-content script").count() == 0
            # The popup fits the window; Chinese and English labels on own lines.
            box = page.locator(".leaflet-popup-content-wrapper").bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= 1280
            assert box["y"] >= 0 and box["y"] + box["height"] <= 860
            assert page.locator(".leaflet-popup-content th .zp-en").count() > 0
            page.wait_for_timeout(300)  # popup fade-in and auto-pan
            # ... and is panned clear of the title panel, which would hide its heading
            box = page.locator(".leaflet-popup-content-wrapper").bounding_box()
            title = page.locator("#zp-title").bounding_box()
            assert box["y"] >= title["y"] + title["height"]
            page.screenshot(path=str(REPO / "build" / "web_map_popup.png"))

            _click_feature(page, "functional_areas", "onerror")
            page.wait_for_function(
                "document.querySelector('.leaflet-popup-content')"
                ".textContent.includes('公顷')",
                timeout=5000,
            )
            text = page.locator(".leaflet-popup-content").text_content()
            assert HOSTILE_ZONE in text and "亩" in text
            assert page.locator(".leaflet-popup-content img").count() == 0

            # Zoomed out, the shown labels do not overlap one another.
            page.evaluate("() => { zpMap.setZoom(9, {animate: false}); }")
            page.wait_for_timeout(150)
            overlaps = page.evaluate(
                """() => {
                  const r = [...document.querySelectorAll('.zp-label')]
                    .filter(e => getComputedStyle(e).visibility !== 'hidden')
                    .map(e => e.getBoundingClientRect());
                  let n = 0;
                  for (let i = 0; i < r.length; i++) for (let j = i + 1; j < r.length; j++)
                    if (r[i].left < r[j].right && r[j].left < r[i].right &&
                        r[i].top < r[j].bottom && r[j].top < r[i].bottom) n++;
                  return [n, r.length];
                }"""
            )
            assert overlaps[0] == 0 and overlaps[1] > 0
            n_labels = page.locator(".zp-label").count()
            page.locator(
                ".leaflet-control-layers-overlays label",
                has_text="功能区、新区与科学城",
            ).locator("input").click()
            assert not page.evaluate("zpMap.hasLayer(zpLayers.functional_areas.group)")
            # labels fade out (Leaflet removes them after a 200 ms animation)
            page.wait_for_function(
                f"document.querySelectorAll('.zp-label').length === {n_labels - 3}",
                timeout=5000,
            )
            assert page.evaluate("zpMap.hasLayer(zpLayers.enterprises.group)")
            page.wait_for_timeout(100)
        finally:
            browser.close()
    assert errors == []
    assert dialogs == []
    assert blocked == []


def test_web_map_legend_starts_folded_on_a_phone(tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    html_path = tmp_path / "map.html"
    export_web_map(sample_project(50), html_path, title="测试地图")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 390, "height": 844})
            page.route(
                "**/*",
                lambda r: (
                    r.continue_() if r.request.url.startswith("file://") else r.abort()
                ),
            )
            page.goto(html_path.as_uri())
            page.wait_for_function("window.zpReady === true", timeout=20000)
            entry = page.locator("#zp-legend .zp-legend-layer").first
            assert page.locator("#zp-legend summary").is_visible()
            assert not entry.is_visible()
            page.locator("#zp-legend summary").click()
            assert entry.is_visible()
        finally:
            browser.close()
