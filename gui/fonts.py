"""The bundled CJK font: registered once, the application's default family.

The bundled Noto Sans SC subset ("ZonePlanner Sans SC", OFL) is registered
before any widget exists and made the default family, so Chinese text never
shows as empty boxes on machines without Chinese fonts (DESIGN.md "The
window"). Painters for PDF, images and the map ask :func:`cjk_family`.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication

import resources

#: Family used when the bundled font cannot be registered (no GUI app yet).
FALLBACK_FAMILY = "ZonePlanner Sans SC"

_families: list[str] = []


def register_fonts() -> list[str]:
    """Register the bundled fonts once; return their families, regular first.

    Needs a QGuiApplication. Safe to call many times.
    """
    if _families or QGuiApplication.instance() is None:
        return list(_families)
    for path in resources.font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in _families:
                _families.append(family)
    return list(_families)


def cjk_family() -> str:
    """Return the family name of the bundled CJK font (registering it if needed)."""
    families = register_fonts()
    return families[0] if families else FALLBACK_FAMILY
