"""Typed properties of print-layout items and the entries of the "Add item" menu.

Qt-free: the layout window builds one editor per :class:`PropSpec` (a drop-down
for a choice, a spin box with its unit for a number, a colour button, a font
picker …) and :class:`~layers.printing.layout_commands.SetLayoutItemPropertyCommand`
refuses a value :func:`check_prop` rejects, so an invalid value can be neither
typed nor pushed. Geometry (x, y, width, height in mm) is not a prop.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Any

from layers.printing.layout import LayoutItem, PrintLayout

#: Editor kinds: choice, number, integer, scale (1:N), colour (None allowed
#: when ``optional``), font (family, "" = bundled), text, multiline, bool,
#: date (ISO or empty), map (a map item's id), layer (a project layer id),
#: path (an image file).
EDITOR_KINDS = (
    "choice",
    "number",
    "integer",
    "scale",
    "color",
    "font",
    "text",
    "multiline",
    "bool",
    "date",
    "map",
    "layer",
    "path",
)


@dataclass(frozen=True)
class PropSpec:
    """How one property of an item kind is edited and what values it takes."""

    key: str
    editor: str
    choices: tuple[str, ...] = ()
    minimum: float = 0.0
    maximum: float = 0.0
    decimals: int = 1
    unit: str = ""  # mm | pt | % (stored as a fraction) | × | m | °
    optional: bool = False

    def __post_init__(self) -> None:
        if self.editor not in EDITOR_KINDS:
            raise ValueError(f"unknown editor {self.editor!r}")


def _pt(key: str = "size_pt", lo: float = 3.0, hi: float = 200.0) -> PropSpec:
    return PropSpec(key, "number", minimum=lo, maximum=hi, decimals=1, unit="pt")


def _map() -> PropSpec:
    return PropSpec("map_id", "map")


ALIGN_H = ("left", "center", "right")
ALIGN_V = ("top", "middle", "bottom")
MAP_MODES = ("extent", "fixed_scale", "current_view", "fit_features")
GRID_KINDS = ("gk", "graticule")
NORTH_KINDS = ("grid", "true")

ITEM_PROPS: dict[str, tuple[PropSpec, ...]] = {
    "map": (
        PropSpec("mode", "choice", MAP_MODES),
        PropSpec("scale", "scale", minimum=100, maximum=100_000_000),
        PropSpec("fit_layer", "layer", optional=True),
        PropSpec("fit_margin", "number", minimum=0, maximum=0.5, decimals=0, unit="%"),
        PropSpec("nice_scale", "bool"),
        PropSpec("labels", "bool"),
        PropSpec(
            "symbol_scale", "number", minimum=0.2, maximum=5.0, decimals=2, unit="×"
        ),
        PropSpec(
            "frame_width_mm", "number", minimum=0, maximum=5, decimals=2, unit="mm"
        ),
    ),
    "grid": (
        _map(),
        PropSpec("grid_kind", "choice", GRID_KINDS),
        PropSpec("interval", "number", minimum=0, maximum=1_000_000, decimals=3),
        _pt("label_pt", 2.0, 72.0),
        PropSpec("color", "color"),
    ),
    "label": (
        PropSpec("text", "multiline"),
        PropSpec("font_family", "font"),
        _pt(),
        PropSpec("bold", "bool"),
        PropSpec("color", "color"),
        PropSpec("align", "choice", ALIGN_H),
        PropSpec("valign", "choice", ALIGN_V),
        PropSpec("background", "color", optional=True),
        PropSpec("frame", "bool"),
    ),
    "legend": (
        _map(),
        PropSpec("title", "text"),
        PropSpec("columns", "integer", minimum=1, maximum=6),
        _pt(lo=3.0, hi=48.0),
        PropSpec("auto", "bool"),
        PropSpec("frame", "bool"),
    ),
    "scalebar": (
        _map(),
        PropSpec("segments", "integer", minimum=1, maximum=10),
        PropSpec("height_mm", "number", minimum=0.5, maximum=20, decimals=1, unit="mm"),
        _pt(lo=3.0, hi=48.0),
        PropSpec("show_note", "bool"),
    ),
    "north_arrow": (
        _map(),
        PropSpec("north", "choice", NORTH_KINDS),
        _pt(lo=3.0, hi=48.0),
    ),
    "inset": (_map(), PropSpec("title", "text"), _pt(lo=3.0, hi=48.0)),
    "picture": (
        PropSpec("path", "path"),
        PropSpec("keep_aspect", "bool"),
        PropSpec("frame", "bool"),
    ),
    "footnote": (
        _map(),
        PropSpec("source", "multiline"),
        PropSpec("author", "text"),
        PropSpec("date", "date"),
        PropSpec("extra", "multiline"),
        _pt(lo=3.0, hi=48.0),
    ),
    "frame": (
        PropSpec("color", "color"),
        PropSpec("width_mm", "number", minimum=0.05, maximum=10, decimals=2, unit="mm"),
        PropSpec("fill", "color", optional=True),
    ),
}


def prop_spec(kind: str, key: str) -> PropSpec | None:
    """Return the spec of ``key`` for items of ``kind`` (None if not edited)."""
    return next((s for s in ITEM_PROPS.get(kind, ()) if s.key == key), None)


def check_prop(kind: str, key: str, value: Any) -> Any:
    """Return ``value`` checked (and normalised) for ``kind``'s ``key``.

    Keys without a spec pass unchanged (extents, layer lists: set by code).

    Raises
    ------
    ValueError
        If the value is out of range, not one of the choices, not a colour …

    Examples
    --------
    >>> check_prop("label", "align", "center")
    'center'
    >>> check_prop("legend", "columns", 9)
    Traceback (most recent call last):
    ...
    ValueError: columns: 9 is outside 1 … 6
    >>> check_prop("frame", "color", "#12345")
    Traceback (most recent call last):
    ...
    ValueError: color: '#12345' is not a colour like #1a2b3c
    """
    spec = prop_spec(kind, key)
    if spec is None or key in ("locked", "visible"):
        return value
    if value is None and (spec.optional or spec.editor in ("map", "layer")):
        return None
    checker = _CHECKERS.get(spec.editor, _check_text)
    return checker(spec, value)


def _check_number(spec: PropSpec, value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{spec.key}: {value!r} is not a number")
    if value != value or not spec.minimum <= value <= spec.maximum:
        raise ValueError(
            f"{spec.key}: {value:g} is outside {spec.minimum:g} … {spec.maximum:g}"
        )
    return int(value) if spec.editor in ("integer", "scale") else float(value)


def _check_choice(spec: PropSpec, value: Any) -> Any:
    if value not in spec.choices:
        raise ValueError(f"{spec.key}: {value!r} is not one of {spec.choices}")
    return value


def _check_color(spec: PropSpec, value: Any) -> Any:
    text = str(value)
    ok = len(text) in (7, 9) and text[0] == "#"
    if ok:
        try:
            int(text[1:], 16)
        except ValueError:
            ok = False
    if not ok:
        raise ValueError(f"{spec.key}: {value!r} is not a colour like #1a2b3c")
    return text.lower()


def _check_bool(spec: PropSpec, value: Any) -> Any:
    if not isinstance(value, bool):
        raise ValueError(f"{spec.key}: {value!r} is not true or false")
    return value


def _check_date(spec: PropSpec, value: Any) -> Any:
    text = str(value or "")
    if text:
        try:
            _dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"{spec.key}: {text!r} is not a date YYYY-MM-DD") from None
    return text


def _check_text(spec: PropSpec, value: Any) -> Any:
    if not isinstance(value, str):
        raise ValueError(f"{spec.key}: {value!r} is not text")
    return value


_CHECKERS = {
    "number": _check_number,
    "integer": _check_number,
    "scale": _check_number,
    "choice": _check_choice,
    "color": _check_color,
    "bool": _check_bool,
    "date": _check_date,
}


# --- the "Add item" menu ----------------------------------------------------
@dataclass(frozen=True)
class NewItemKind:
    """One entry of the designer's "Add item" menu."""

    key: str  # menu entry: title and text are both label items
    kind: str
    size_mm: tuple[float, float]
    props: tuple[tuple[str, Any], ...] = ()


NEW_ITEM_KINDS: tuple[NewItemKind, ...] = (
    NewItemKind("map", "map", (160.0, 110.0), (("mode", "extent"),)),
    NewItemKind("legend", "legend", (50.0, 60.0)),
    NewItemKind("scalebar", "scalebar", (60.0, 18.0)),
    NewItemKind("north_arrow", "north_arrow", (14.0, 26.0)),
    NewItemKind("inset", "inset", (50.0, 48.0)),
    NewItemKind("grid", "grid", (0.0, 0.0)),
    NewItemKind(
        "title",
        "label",
        (180.0, 12.0),
        (("text", "标题"), ("size_pt", 20.0), ("bold", True), ("align", "center")),
    ),
    NewItemKind("text", "label", (60.0, 20.0), (("text", "文本"), ("size_pt", 10.0))),
    NewItemKind("picture", "picture", (40.0, 30.0)),
    NewItemKind("footnote", "footnote", (180.0, 16.0)),
    NewItemKind("frame", "frame", (80.0, 60.0)),
)


def new_item_kind(key: str) -> NewItemKind:
    """Return the "Add item" entry named ``key`` (KeyError if none)."""
    for entry in NEW_ITEM_KINDS:
        if entry.key == key:
            return entry
    raise KeyError(f"no layout item entry {key!r}")


def new_item(
    layout: PrintLayout,
    key: str,
    at_mm: tuple[float, float] | None = None,
    size_mm: tuple[float, float] | None = None,
    **props: Any,
) -> LayoutItem:
    """Return a new item of menu entry ``key`` for ``layout`` (not yet added).

    ``at_mm`` is its top-left corner (default: centred on the page) and
    ``size_mm`` its size (default: the entry's). Items that name a map take
    the topmost map; a grid takes that map's rectangle.

    Raises
    ------
    ValueError
        For a grid, legend, scale bar … on a page without a map item, or a
        property :func:`check_prop` rejects.
    """
    entry = new_item_kind(key)
    data = dict(entry.props)
    maps = layout.items_of("map")
    if "map_id" in _keys(entry.kind):
        if not maps and entry.kind == "grid":
            raise ValueError("a coordinate grid needs a map item on the page")
        if maps:
            data["map_id"] = maps[-1].id
    data.update(props)
    for k, v in data.items():
        data[k] = check_prop(entry.kind, k, v)
    w, h = size_mm or entry.size_mm
    page_w, page_h = layout.page_size_mm
    x, y = at_mm if at_mm is not None else ((page_w - w) / 2, (page_h - h) / 2)
    prefix = entry.key if entry.kind == "label" else entry.kind
    item = LayoutItem(
        layout.new_id(prefix), entry.kind, x, y, max(w, 1.0), max(h, 1.0), props=data
    )
    if entry.kind == "grid":
        item.x_mm, item.y_mm, item.w_mm, item.h_mm = layout.item(data["map_id"]).rect_mm
    return item


def _keys(kind: str) -> set[str]:
    return {s.key for s in ITEM_PROPS.get(kind, ())}
