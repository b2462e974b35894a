"""Read an exported web page back: its embedded fonts and the text it shows.

Independent of layers.web.web_font's own scanning: the text comes from an HTML
parser, the JSON data blocks and the string literals of the page's scripts.
"""

from __future__ import annotations

import base64
import html
import io
import json
import re
import unicodedata
from html.parser import HTMLParser

from fontTools.ttLib import TTFont

_FACE_RE = re.compile(
    r'@font-face \{ font-family: "([^"]+)"; font-style: normal; '
    r'font-weight: (\d+); src: url\("data:font/woff;base64,([A-Za-z0-9+/=]+)"\) '
    r'format\("woff"\); \}'
)
_JS_STRING_RE = re.compile(r'"(?:[^"\\\n]|\\.)*"')


def font_style(page_text: str) -> str:
    """Return the body of the page's ``<style id="zp-font">`` (AssertionError if none)."""
    m = re.search(r'<style id="zp-font">(.*?)</style>', page_text, re.S)
    assert m, "the page has no embedded font style"
    return m.group(1)


def embedded_faces(page_text: str) -> dict[int, tuple[str, bytes]]:
    """Return CSS weight -> (family, WOFF bytes) of the page's ``@font-face`` rules."""
    return {
        int(w): (family, base64.b64decode(b64))
        for family, w, b64 in _FACE_RE.findall(font_style(page_text))
    }


def open_face(data: bytes) -> TTFont:
    """Return the font in ``data`` (WOFF) read back with fontTools."""
    return TTFont(io.BytesIO(data))


def cmap_chars(data: bytes) -> set[str]:
    """Return the characters a WOFF font maps to glyphs."""
    return {chr(c) for c in open_face(data).getBestCmap()}


def is_wide(ch: str) -> bool:
    """Return True for CJK ideographs, CJK punctuation and fullwidth forms."""
    return unicodedata.east_asian_width(ch) in ("W", "F")


class _PageText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.strings: list[str] = []
        self._tag: str | None = None
        self._json = False

    def handle_starttag(self, tag, attrs):
        self._tag = tag
        self._json = tag == "script" and dict(attrs).get("type") == "application/json"

    def handle_endtag(self, tag):
        self._tag = None

    def handle_data(self, data):
        if self._tag == "style":
            return
        if self._tag == "script" and self._json:
            self.strings.extend(_json_strings(json.loads(data)))
        elif self._tag == "script":
            for lit in _JS_STRING_RE.findall(data):
                try:
                    self.strings.append(json.loads(lit))
                except json.JSONDecodeError:
                    continue  # a JS-only escape (\x..); such code holds no page text
        else:
            self.strings.append(data)


def _json_strings(obj: object) -> list[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for k, v in obj.items() for s in (k, *_json_strings(v))]
    if isinstance(obj, list):
        return [s for v in obj for s in _json_strings(v)]
    return []


def shown_text(page_text: str) -> str:
    """Return the page's text: HTML text, JSON data and script strings, unescaped."""
    parser = _PageText()
    parser.feed(page_text)
    return "\n".join(html.unescape(s) for s in parser.strings)
