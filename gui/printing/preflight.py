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


def font_supports(ch: str) -> bool:
    """Return True if every bundled face in use has a glyph for ``ch``."""
    fonts = _raw_fonts()
    return bool(fonts) and all(f.supportsCharacter(ord(ch)) for f in fonts)


def check_texts(texts: list[tuple[str, str]]) -> list[MissingGlyph]:
    """Return one :class:`MissingGlyph` per (item, character) not in the fonts.

    Parameters
    ----------
    texts : list of (item id, text)
        What will be printed.
    """
    seen: set[tuple[str, str]] = set()
    supported: dict[str, bool] = {}
    out = []
    for item_id, text in texts:
        for ch in str(text):
            if _ignorable(ch) or (item_id, ch) in seen:
                continue
            ok = supported.get(ch)
            if ok is None:
                ok = supported[ch] = font_supports(ch)
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
    return check_texts(plan.all_texts())


def describe(issues: list[MissingGlyph], limit: int = 12) -> str:
    """Return a short multi-line report for a warning dialog or stderr."""
    lines = [str(i) for i in issues[:limit]]
    if len(issues) > limit:
        lines.append(f"… and {len(issues) - limit} more")
    return "\n".join(lines)
