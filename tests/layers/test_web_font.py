"""The web map carries its own subset of the bundled CJK font, with its licence."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import layers.web
import resources
from layers.web import web_font
from layers.web.page_elements import LEGEND_HEADING
from layers.web.web_font import (
    BASE_CHARS,
    FONT_FAMILY,
    FONT_SLOT,
    FontEmbedError,
    embed_font,
    licence_text,
    page_chars,
    subset_woff,
)
from layers.web.web_map import export_web_map
from tests.factories.web_page import (
    cmap_chars,
    embedded_faces,
    font_style,
    is_wide,
    open_face,
    shown_text,
)
from tests.factories.web_sample import sample_project

#: Rare in the sample otherwise: an enterprise, a zone and a title carry them.
RARE_NAME = "燊犇鑫垚科技有限公司"
RARE_ZONE = "亦庄㐀新城"
TITLE = "北京经济技术开发区规划图"


def _page(tmp_path: Path, **kwargs: object) -> str:
    project = sample_project(300)
    project.find("enterprises").gdf.loc[1, "name"] = RARE_NAME
    project.find("functional_areas").gdf.loc[0, "name_zh"] = RARE_ZONE
    out = tmp_path / "map.html"
    export_web_map(project, out, title=TITLE, **kwargs)  # type: ignore[arg-type]
    return out.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> str:
    # Tianditu tiles: their attribution and layer names reach the page only as
    # JSON \u escapes, so the font must decode those too.
    return _page(
        tmp_path_factory.mktemp("web_font"),
        basemap="tianditu",
        tianditu_key="abc123def456",
    )


def test_web_font_page_declares_and_uses_the_embedded_font(page: str) -> None:
    faces = embedded_faces(page)
    assert sorted(faces) == [400, 700]
    assert {family for family, _ in faces.values()} == {FONT_FAMILY}
    # the page's own rules name the embedded family first in their font stacks
    for selector in (r"\.leaflet-container", r"\.zp-panel"):
        first = rf'{selector} \{{[^}}]*font(-family)?: (12px/1\.4 )?"{FONT_FAMILY}"'
        assert re.search(first, page), selector
    for _, data in faces.values():
        font = open_face(data)
        assert font.flavor == "woff"
        assert font["name"].getDebugName(1) == FONT_FAMILY


def test_web_font_covers_every_cjk_character_of_the_page(page: str) -> None:
    text = shown_text(page)
    wide = {c for c in text if is_wide(c)}
    # the page really shows the rare names, the tiles' attribution and title
    assert set(RARE_NAME + RARE_ZONE + TITLE + "天地图国家地理信息公共服务平台") <= wide
    regular = cmap_chars(embedded_faces(page)[400][1])
    assert wide - regular == set()
    # exactly the page's characters: an ideograph the page never shows is left out
    assert "龘" not in regular and "龘" in cmap_chars(_bundled("Regular"))


def test_web_font_bold_face_covers_the_bold_text_only(page: str) -> None:
    bold = cmap_chars(embedded_faces(page)[700][1])
    headings = TITLE + LEGEND_HEADING + "生产性服务业企业功能区、新区与科学城"
    assert set(headings) <= bold
    # popup values are regular weight; the Bold face does not carry them
    assert "燊" not in bold and "燊" in cmap_chars(embedded_faces(page)[400][1])


def test_web_font_keeps_latin_and_cjk_punctuation(page: str) -> None:
    wanted = set("AZaz09,.()°²·×é，。、；：？！（）《》【】“”…—￥")
    for _, data in embedded_faces(page).values():
        assert wanted <= cmap_chars(data)
    assert wanted <= BASE_CHARS


def test_web_font_is_much_smaller_than_the_bundled_font(page: str) -> None:
    for weight, (_, data) in embedded_faces(page).items():
        full = resources.path("fonts", web_font.FONT_FILES[_NAMES[weight]])
        assert len(data) < full.stat().st_size / 20, weight


def test_web_font_carries_the_ofl_licence(page: str) -> None:
    style = font_style(page)
    licence = licence_text()
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert licence.strip() in style
    assert style.index(licence.strip()) < style.index("@font-face")
    for _, data in embedded_faces(page).values():
        names = open_face(data)["name"]
        assert "Open Font License" in (names.getDebugName(13) or "")
        assert "Adobe" in (names.getDebugName(0) or "")


def test_web_font_failure_leaves_the_existing_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "map.html"
    out.write_text("old page", encoding="utf-8")
    subset_woff.cache_clear()
    monkeypatch.setitem(web_font.FONT_FILES, "Regular", "NotoSansSC-Missing.otf")
    try:
        with pytest.raises(FileNotFoundError, match="NotoSansSC-Missing"):
            export_web_map(sample_project(20), out)
    finally:
        subset_woff.cache_clear()
    assert out.read_text(encoding="utf-8") == "old page"
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]


def test_web_font_subset_is_cached_per_character_set() -> None:
    chars = frozenset("金融街")
    first = subset_woff("Regular", chars)
    assert subset_woff("Regular", frozenset("街融金")) is first
    assert subset_woff("Regular", frozenset("金融")) is not first


def test_web_font_page_chars_decodes_escapes() -> None:
    text = (
        "<p>北京&amp;&#x5929;&#27941;&middot;</p>"
        '<script>var a = "\\u5317\\u4eac", b = "\\ud842\\udfb7", c = "\\u{4e2d}";</script>'
    )
    chars = page_chars(text)
    assert set("北京天津·中\U00020bb7") <= chars
    assert not chars & set("<>abcp")


def test_web_font_page_without_slot_is_refused() -> None:
    with pytest.raises(FontEmbedError):
        embed_font("<html><head></head><body>北京</body></html>", ["北京"])
    page = embed_font(f"<html><head>{FONT_SLOT}</head><body>北京</body></html>", [])
    assert FONT_SLOT not in page and page.count('<style id="zp-font">') == 1


@pytest.mark.parametrize(
    "name",
    sorted(i.name for i in pkgutil.iter_modules(layers.web.__path__, "layers.web.")),
)
def test_web_doctests_pass(name: str) -> None:
    result = doctest.testmod(
        importlib.import_module(name), optionflags=doctest.ELLIPSIS
    )
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"


_NAMES = {400: "Regular", 700: "Bold"}


def _bundled(weight: str) -> bytes:
    return resources.path("fonts", web_font.FONT_FILES[weight]).read_bytes()
