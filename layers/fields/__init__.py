"""Field aliases and decoded values: what the UI shows instead of raw names.

Owns the labels of every project table's fields in Chinese and English
(:mod:`layers.fields.aliases`) and the decoders of coded values
(:mod:`layers.fields.decoders`). Qt-free; imports layers' domain modules and
``resources``, nothing from gui/ or db/. The identify panel, the attribute
table, the style dialog, the expression help, statistics and web popups all
go through these functions, so a field reads the same everywhere.

Examples
--------
>>> field_label("enterprises", "category", "zh_CN")
'类别'
>>> display_value("enterprises", "district_adcode", "110106", "zh_CN")
'丰台区'
>>> display_value("conversion_cases", "current_landuse_code", "M2", "zh_CN",
...               {"current_landuse_system": "GB 50137-2011"})
'M2 二类工业用地'
>>> display_value("zones", "boundary_status", "indicative", "zh_CN")
'示意'
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Mapping
from typing import Any

from layers.fields.aliases import LANDUSE_SYSTEM_FIELDS, TABLES, FieldInfo
from layers.fields.decoders import DECODERS, is_blank, landuse

__all__ = [
    "FieldInfo",
    "display_value",
    "field_info",
    "field_label",
    "field_unit",
    "format_number",
    "has_decoder",
    "is_blank",
]


def field_info(table: str | None, field: str) -> FieldInfo | None:
    """Return how ``field`` of ``table`` is shown (None: no alias known)."""
    return TABLES.get(table or "", {}).get(field)


def _zh(lang: str) -> bool:
    return lang.startswith("zh")


def field_label(
    table: str | None, field: str, lang: str, with_unit: bool = False
) -> str:
    """Return the field's label in ``lang`` ('zh_CN'/'en'); the raw name if none.

    ``with_unit`` appends the unit: "营业收入（万元）", "Revenue (10k yuan)".
    """
    info = field_info(table, field)
    if info is None:
        return field
    label = info.zh if _zh(lang) else info.en
    unit = field_unit(table, field, lang)
    if with_unit and unit:
        return f"{label}（{unit}）" if _zh(lang) else f"{label} ({unit})"
    return label


def field_unit(table: str | None, field: str, lang: str) -> str:
    """Return the field's unit in ``lang`` ('' if it has none)."""
    info = field_info(table, field)
    if info is None:
        return ""
    return info.unit_zh if _zh(lang) else info.unit_en


def has_decoder(table: str | None, field: str) -> bool:
    """Return True if the field's values are codes shown by name."""
    info = field_info(table, field)
    return info is not None and info.decoder is not None


def format_number(value: float) -> str:
    """Return a number with thousands separators and no needless decimals.

    Examples
    --------
    >>> format_number(1243.9), format_number(27.0), format_number(0.35)
    ('1,243.9', '27', '0.35')
    """
    if isinstance(value, bool):
        return str(value)
    if float(value).is_integer() and abs(value) < 1e15:
        return f"{int(value):,}"
    text = f"{value:,.4f}".rstrip("0").rstrip(".")
    return text


def display_value(
    table: str | None,
    field: str,
    value: Any,
    lang: str,
    row: Mapping[str, Any] | None = None,
) -> str:
    """Return ``value`` of ``field`` as shown to planners ('' for blank).

    Coded values are decoded; numbers get thousands separators; a land-use
    code is named in the classification ``row`` records for it.
    """
    if is_blank(value):
        return ""
    info = field_info(table, field)
    if info is not None and info.decoder == "landuse":
        system_field = LANDUSE_SYSTEM_FIELDS.get(field)
        system = row.get(system_field) if row is not None and system_field else None
        return landuse(value, lang, None if is_blank(system) else str(system))
    if info is not None and info.decoder is not None:
        return DECODERS[info.decoder](value, lang)
    if isinstance(value, numbers.Real) and not isinstance(value, bool):
        return format_number(float(value)) if math.isfinite(value) else str(value)
    return str(value)
