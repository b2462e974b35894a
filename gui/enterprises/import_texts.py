"""The importer's words in the planner's language: problems, notes, choices.

The Qt-free importer words its problems and notes in English from fixed
templates with ``{}`` slots (``duplicate in file (first at row {})``). Every
template is listed here with ``QT_TRANSLATE_NOOP`` so lupdate collects it;
:func:`translate_text` matches a message against the templates and fills the
translated template with the same values (values that are themselves
templates, like ``strict decode``, are translated too). A test checks that
every template the importer can produce is listed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "ImportTexts"

TEMPLATES: tuple[str, ...] = (
    # row problems
    QT_TRANSLATE_NOOP("ImportTexts", "empty"),
    QT_TRANSLATE_NOOP("ImportTexts", "not a number"),
    QT_TRANSLATE_NOOP("ImportTexts", "negative"),
    QT_TRANSLATE_NOOP("ImportTexts", "not a date"),
    QT_TRANSLATE_NOOP("ImportTexts", "length {} (need 18)"),
    QT_TRANSLATE_NOOP("ImportTexts", "bad character {} at position {}"),
    QT_TRANSLATE_NOOP("ImportTexts", "wrong check digit (expected {})"),
    QT_TRANSLATE_NOOP("ImportTexts", "duplicate in file (first at row {})"),
    QT_TRANSLATE_NOOP("ImportTexts", "already in the project (skipped)"),
    QT_TRANSLATE_NOOP(
        "ImportTexts",
        "unknown coordinate system (use WGS84/GPS, GCJ-02 (高德/腾讯), BD-09 (百度), CGCS2000 or EPSG:<code>)",
    ),
    QT_TRANSLATE_NOOP(
        "ImportTexts", "a coordinate system this app cannot convert exactly ({})"
    ),
    QT_TRANSLATE_NOOP("ImportTexts", "longitude and latitude swapped; fixed"),
    QT_TRANSLATE_NOOP(
        "ImportTexts",
        "longitude and latitude look swapped (the values fit the other way round)",
    ),
    QT_TRANSLATE_NOOP(
        "ImportTexts", "outside the study region (Beijing–Tianjin–Hebei)"
    ),
    QT_TRANSLATE_NOOP(
        "ImportTexts",
        "the numbers look like metres of a projected system (e.g. Gauss–Krüger EPSG:4548), not degrees: choose the file's coordinate system",
    ),
    QT_TRANSLATE_NOOP("ImportTexts", "no geometry"),
    QT_TRANSLATE_NOOP("ImportTexts", "several points in one feature"),
    QT_TRANSLATE_NOOP("ImportTexts", "not a point ({})"),
    QT_TRANSLATE_NOOP("ImportTexts", "not a producer-service industry (GB/T 4754 {})"),
    QT_TRANSLATE_NOOP(
        "ImportTexts",
        "spans several producer-service categories ({}): give a division or class",
    ),
    QT_TRANSLATE_NOOP(
        "ImportTexts", "only partly producer services ({}): give a division or class"
    ),
    QT_TRANSLATE_NOOP("ImportTexts", "not a GB/T 4754-2017 industry code or name"),
    QT_TRANSLATE_NOOP("ImportTexts", "unknown producer-service category (01-10)"),
    QT_TRANSLATE_NOOP("ImportTexts", "unknown classification edition (2015 or 2019)"),
    QT_TRANSLATE_NOOP(
        "ImportTexts",
        "no producer-service category (category, industry code and name empty)",
    ),
    # rejections of the whole file
    QT_TRANSLATE_NOOP("ImportTexts", "required columns not found: {} (headers: {})"),
    QT_TRANSLATE_NOOP(
        "ImportTexts",
        "no data rows: the file holds only {} line(s), the last read as the header ({})",
    ),
    # notes and assumptions
    QT_TRANSLATE_NOOP("ImportTexts", "no coordinate-system column: assumed {}"),
    QT_TRANSLATE_NOOP("ImportTexts", "classification edition assumed {} for {} row(s)"),
    QT_TRANSLATE_NOOP(
        "ImportTexts", "classification edition {} (chosen) for {} row(s)"
    ),
    QT_TRANSLATE_NOOP(
        "ImportTexts", "{} row(s) without a coordinate system: assumed {}"
    ),
    QT_TRANSLATE_NOOP("ImportTexts", "coordinates read as {} (chosen)"),
    QT_TRANSLATE_NOOP("ImportTexts", "coordinates per row from column {}: {}"),
    QT_TRANSLATE_NOOP(
        "ImportTexts", "the file says {}; coordinates read as {} (chosen)"
    ),
    QT_TRANSLATE_NOOP("ImportTexts", "coordinate system from the file: {}"),
    QT_TRANSLATE_NOOP(
        "ImportTexts",
        "{} row(s) give only a GB/T 4754 code or name that the producer-service classification splits ({}): mapped to its main category; give a group or class to be exact",
    ),
    QT_TRANSLATE_NOOP("ImportTexts", "encoding {} ({})"),
    QT_TRANSLATE_NOOP("ImportTexts", "{} layer {}"),
    QT_TRANSLATE_NOOP("ImportTexts", "the file says EPSG:{}"),
    QT_TRANSLATE_NOOP("ImportTexts", "the file does not say its coordinate system"),
    QT_TRANSLATE_NOOP("ImportTexts", "the file's CRS ({}) read by PROJ"),
    # values inside the notes
    QT_TRANSLATE_NOOP("ImportTexts", "BOM"),
    QT_TRANSLATE_NOOP("ImportTexts", "strict decode"),
    QT_TRANSLATE_NOOP("ImportTexts", "charset-normalizer"),
    QT_TRANSLATE_NOOP("ImportTexts", "fallback (undecodable bytes replaced)"),
    QT_TRANSLATE_NOOP("ImportTexts", "chosen"),
    QT_TRANSLATE_NOOP("ImportTexts", "detected"),
    QT_TRANSLATE_NOOP("ImportTexts", ".cpg ({})"),
    QT_TRANSLATE_NOOP("ImportTexts", "DBF language driver"),
    QT_TRANSLATE_NOOP("ImportTexts", "ASCII only"),
    # severities
    QT_TRANSLATE_NOOP("ImportTexts", "error"),
    QT_TRANSLATE_NOOP("ImportTexts", "warning"),
    QT_TRANSLATE_NOOP("ImportTexts", "skipped"),
)


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    """Return (compiled template, template) pairs, most specific first."""
    out = []
    for t in sorted(TEMPLATES, key=lambda t: (-len(t.replace("{}", "")), t)):
        rx = "^" + "(.+?)".join(re.escape(p) for p in t.split("{}")) + "$"
        out.append((re.compile(rx, re.DOTALL), t))
    return out


def translate_text(text: str) -> str:
    """Return ``text`` in the UI language if it is one of the templates.

    Text that matches no template (a value, a file name) is returned as is.
    """
    for rx, template in _patterns():
        m = rx.match(text)
        if m is None:
            continue
        translated = QCoreApplication.translate(CONTEXT, template)
        for arg in m.groups():
            translated = translated.replace("{}", translate_text(arg), 1)
        return translated
    return text


def matches_template(text: str) -> bool:
    """Return True if ``text`` is worded by one of the templates."""
    return any(rx.match(text) for rx, _ in _patterns())
