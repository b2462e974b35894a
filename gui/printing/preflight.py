"""Preflight: find characters the page's fonts cannot draw, before export.

Every text a page will print (titles, legend, footnote, scale bar, grid
labels and the map labels of each map item) is checked against the fonts in
use: the bundled Noto Sans CJK SC regular and bold faces, read as
:class:`QRawFont` from the shipped files, so the answer does not depend on
the fonts installed on the machine (Qt would silently fall back to one, or
draw a box where none has the glyph).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtGui import QFont, QRawFont

import resources
from gui.printing.page_plan import PagePlan, RenderContext, plan_page
from layers.printing.layout import PrintLayout


@dataclass(frozen=True)
class MissingGlyph:
    """One character a font in use cannot draw."""

    item_id: str
    char: str
    codepoint: str  # "U+1F600"
    text: str  # the text it occurs in (shortened)

    def __str__(self) -> str:
        name = unicodedata.name(self.char, "unassigned or unnamed")
        return f"{self.item_id}: {self.codepoint} {name} in “{self.text}”"


@lru_cache(maxsize=1)
def _raw_fonts() -> tuple[QRawFont, ...]:
    fonts = []
    for path in resources.font_files():
        raw = QRawFont(str(path), 12.0, QFont.HintingPreference.PreferNoHinting)
        if raw.isValid():
            fonts.append(raw)
    return tuple(fonts)


def _ignorable(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf")


@lru_cache(maxsize=16)
def _family_fonts(family: str) -> tuple[QRawFont, ...]:
    """Return the regular and bold faces of an installed ``family``."""
    fonts = []
    for bold in (False, True):
        font = QFont(family)
        font.setBold(bold)
        raw = QRawFont.fromFont(font)
        if raw.isValid():
            fonts.append(raw)
    return tuple(fonts)


def font_supports(ch: str, family: str = "") -> bool:
    """Return True if every face in use has a glyph for ``ch``.

    ``family`` empty: the bundled faces; else that installed family (a
    label's chosen font).
    """
    fonts = _family_fonts(family) if family else _raw_fonts()
    return bool(fonts) and all(f.supportsCharacter(ord(ch)) for f in fonts)


def check_texts(
    texts: list[tuple[str, str]], families: dict[str, str] | None = None
) -> list[MissingGlyph]:
    """Return one :class:`MissingGlyph` per (item, character) not in the fonts.

    Parameters
    ----------
    texts : list of (item id, text)
        What will be printed.
    families : dict, optional
        Item id -> font family for items that do not use the bundled font.
    """
    families = families or {}
    seen: set[tuple[str, str]] = set()
    supported: dict[tuple[str, str], bool] = {}
    out = []
    for item_id, text in texts:
        family = families.get(item_id, "")
        for ch in str(text):
            if _ignorable(ch) or (item_id, ch) in seen:
                continue
            ok = supported.get((family, ch))
            if ok is None:
                ok = supported[(family, ch)] = font_supports(ch, family)
            if not ok:
                seen.add((item_id, ch))
                short = text if len(text) <= 40 else text[:37] + "…"
                out.append(MissingGlyph(item_id, ch, f"U+{ord(ch):04X}", short))
    return out


def preflight(
    layout: PrintLayout, ctx: RenderContext, plan: PagePlan | None = None
) -> list[MissingGlyph]:
    """Return the glyphs missing from the fonts for everything on the page."""
    plan = plan or plan_page(layout, ctx)
    families = {
        it.id: str(it.prop("font_family"))
        for it in layout.items
        if it.kind == "label" and it.prop("font_family")
    }
    return check_texts(plan.all_texts(), families)


def describe(issues: list[MissingGlyph], limit: int = 12) -> str:
    """Return a short multi-line report for a warning dialog or stderr."""
    lines = [str(i) for i in issues[:limit]]
    if len(issues) > limit:
        lines.append(f"… and {len(issues) - limit} more")
    return "\n".join(lines)
