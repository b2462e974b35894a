"""Embed the bundled CJK font in the exported page, cut to the page's characters.

The page must read right on a computer with no Chinese font (locked-down bureau
images, phones, other departments), so it carries its own copy of the bundled
Noto Sans CJK SC face ("ZonePlanner Sans SC", resources/fonts/, SIL OFL 1.1):
the Regular face subset to every character of the rendered page plus ASCII,
Latin-1 and common CJK punctuation, and the Bold face subset to the text the
page sets in bold. Both are WOFF (zlib; WOFF2 would need brotli, which the
project does not depend on), inlined as ``data:`` URIs in one ``<style>`` that
also carries the OFL text, because the page is one self-contained file.

fontTools is imported inside the functions that need it.
"""

from __future__ import annotations

import base64
import html
import io
import re
from collections.abc import Iterable
from functools import lru_cache

import resources

#: The family name the page's CSS uses; the bundled faces' own name (name ID 1).
FONT_FAMILY = "ZonePlanner Sans SC"
#: Placed in the page head by the exporter; replaced by the font's ``<style>``.
FONT_SLOT = "<!-- zp:font -->"
FONT_FILES = {"Regular": "NotoSansSC-Regular.otf", "Bold": "NotoSansSC-Bold.otf"}
_WEIGHTS = {"Regular": 400, "Bold": 700}
# Horizontal text only; the bundled faces carry nothing else ('palt' is
# applied only on request, never by this page).
_LAYOUT_FEATURES = ["kern", "liga", "ccmp", "mark", "mkmk", "calt"]

_BASE_RANGES = (
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 Supplement (° ² ³ · × ©)
    (0x2010, 0x2027),  # dashes, quotes “ ” ‘ ’, ellipsis
    (0x2030, 0x203B),  # ‰ ′ ″ ※
    (0x2212, 0x2212),  # minus sign (Leaflet's zoom-out button)
    (0x3000, 0x303F),  # CJK symbols and punctuation (、 。 《 》 【 】)
    (0xFF01, 0xFF20),  # fullwidth punctuation and digits (， ： （ ） ！ ？ ０-９)
    (0xFF3B, 0xFF40),  # fullwidth ［ ］ ＿
    (0xFF5B, 0xFF5E),  # fullwidth ｛ ｝ ～
    (0xFFE0, 0xFFE6),  # fullwidth ￥ ￡ ￠
)
#: Characters every embedded face keeps, whatever the page's text.
BASE_CHARS = frozenset(
    chr(c) for first, last in _BASE_RANGES for c in range(first, last + 1)
)

_ASCII_RUN_RE = re.compile(r"[\x00-\x7f]+")
_ENTITY_RE = re.compile(
    r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?"
)
# JSON / JavaScript escapes: a surrogate pair, one BMP unit, or \u{...}.
_JS_ESCAPE_RE = re.compile(
    r"\\u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})"
    r"|\\u([0-9a-fA-F]{4})|\\u\{([0-9a-fA-F]{1,6})\}"
)


class FontEmbedError(RuntimeError):
    """The page has no place for the font (a bug in the exporter)."""


def page_chars(page_text: str) -> frozenset[str]:
    """Return the non-ASCII characters a page can show, decoding escapes.

    The page's text sits in HTML (literal or ``&…;`` references), in JSON data
    blocks and in script strings (literal or ``\\uXXXX``, as folium's
    ``tojson`` writes them). The result is a superset: characters of code and
    markup are included too, which costs a few glyphs at most. ASCII is left
    out (every embedded face keeps it, :data:`BASE_CHARS`), so the scan of a
    100 MB page only looks at its non-ASCII runs.

    Parameters
    ----------
    page_text : str
        The whole HTML page.

    Returns
    -------
    frozenset of str
        Single characters (ASCII ones only where an escape produced them).

    Examples
    --------
    >>> sorted(page_chars('<b>图例</b>&#x2212;"\\\\u5929"'))[-4:]
    ['−', '例', '图', '天']
    """
    chars = set(_ASCII_RUN_RE.sub("", page_text))
    for ref in set(_ENTITY_RE.findall(page_text)):
        chars.update(html.unescape(ref))
    for hi, lo, unit, braced in set(_JS_ESCAPE_RE.findall(page_text)):
        if hi:
            pair = (int(hi, 16) - 0xD800) * 0x400 + int(lo, 16) - 0xDC00 + 0x10000
            chars.add(chr(pair))
        elif unit:
            chars.add(chr(int(unit, 16)))
        elif int(braced, 16) <= 0x10FFFF:
            chars.add(chr(int(braced, 16)))
    return frozenset(chars)


@lru_cache(maxsize=8)
def subset_woff(weight: str, chars: frozenset[str]) -> bytes:
    """Return the bundled face ``weight`` cut to ``chars`` (and BASE_CHARS) as WOFF.

    Cached per (weight, character set): re-exporting the same project from the
    window does not subset again.

    Parameters
    ----------
    weight : {'Regular', 'Bold'}
        Which bundled face.
    chars : frozenset of str
        Characters to keep; those the face does not have are ignored.

    Returns
    -------
    bytes
        A WOFF 1.0 (zlib) font keeping every name record, so the copyright,
        trademark and licence entries travel with it.
    """
    from fontTools import subset
    from fontTools.ttLib import TTFont

    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.layout_features = list(_LAYOUT_FEATURES)
    # No bounding-box recalculation on save (it runs every kept glyph's
    # charstring and doubles the time); the full font's boxes still enclose
    # every kept glyph.
    font = TTFont(
        resources.path("fonts", FONT_FILES[weight]), lazy=True, recalcBBoxes=False
    )
    subsetter = subset.Subsetter(opts)
    subsetter.populate(unicodes=sorted(ord(c) for c in chars | BASE_CHARS))
    subsetter.subset(font)
    font.flavor = "woff"
    buf = io.BytesIO()
    font.save(buf)
    return buf.getvalue()


def licence_text() -> str:
    """Return the bundled fonts' copyright lines and the SIL OFL 1.1 text."""
    return resources.path("fonts", "OFL.txt").read_text(encoding="utf-8")


def font_face_css(faces: dict[str, bytes]) -> str:
    """Return ``@font-face`` rules for WOFF ``faces`` (weight -> data) with the OFL.

    The licence goes first, as a CSS comment: the OFL asks that each copy of
    the font carry the copyright notice and the licence, and the page is the
    only file a recipient gets.
    """
    notice = (
        f"{FONT_FAMILY}: the characters of this page from the font bundled with "
        "ZonePlanner (resources/fonts/), a subset of Noto Sans CJK SC, renamed; "
        "made when the page was exported.\n\n" + licence_text()
    ).replace("*/", "* /")
    rules = [f"/*\n{notice}\n*/"]
    for weight, data in faces.items():
        b64 = base64.b64encode(data).decode("ascii")
        rules.append(
            f'@font-face {{ font-family: "{FONT_FAMILY}"; font-style: normal; '
            f"font-weight: {_WEIGHTS[weight]}; "
            f'src: url("data:font/woff;base64,{b64}") format("woff"); }}'
        )
    return "\n".join(rules)


def embed_font(page_text: str, bold_text: Iterable[str]) -> str:
    """Return the page with its font subsets in place of :data:`FONT_SLOT`.

    Parameters
    ----------
    page_text : str
        The rendered page; its head holds :data:`FONT_SLOT` once.
    bold_text : iterable of str
        Plain (unescaped) text the page sets in bold: title, legend headings,
        popup headings. The Bold face keeps these characters only.

    Returns
    -------
    str
        The page with one ``<style id="zp-font">``.

    Raises
    ------
    FontEmbedError
        If the page has no font slot.
    """
    from layers.web.assets import style_tag

    head, slot, body = page_text.partition(FONT_SLOT)
    if not slot:
        raise FontEmbedError("the page has no slot for the font")
    bold = frozenset("".join(bold_text))
    faces = {
        "Regular": subset_woff("Regular", page_chars(page_text)),
        "Bold": subset_woff("Bold", bold),
    }
    return head + style_tag(font_face_css(faces), "zp-font") + body
