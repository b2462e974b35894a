"""Print layouts as data: a page and items placed on it in millimetres.

A :class:`PrintLayout` is what the layout window edits, what the project saves
(``project.layouts[name]`` holds :meth:`PrintLayout.to_dict`) and what the
renderer in ``gui/printing`` paints onto any device. Page coordinates are
millimetres from the top-left corner of the page, x to the right, y down.
Templates are the same JSON: shipped ones live in ``resources/layouts``, the
user's in :func:`user_template_dir`.
"""

from __future__ import annotations

import copy
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from layers.events import Event
from layers.printing.item_kinds import FOLLOWS_MAP, ITEM_DEFAULTS, ITEM_KINDS

#: ISO 216 sizes, portrait (width, height) in millimetres.
PAGE_SIZES_MM: dict[str, tuple[float, float]] = {
    "A4": (210.0, 297.0),
    "A3": (297.0, 420.0),
    "A2": (420.0, 594.0),
    "A1": (594.0, 841.0),
    "A0": (841.0, 1189.0),
}
ORIENTATIONS = ("landscape", "portrait")
#: 2: a map's coordinate grid is its own ``grid`` item (format 1 kept it in
#: the map's props; :meth:`PrintLayout.from_dict` converts).
LAYOUT_FORMAT = 2


@dataclass
class LayoutItem:
    """One item on the page; geometry in page millimetres (top-left origin).

    ``props`` holds the kind-specific settings (see
    :data:`layers.printing.item_kinds.ITEM_DEFAULTS`); every value is JSON-ready so
    :class:`~layers.printing.layout_commands.SetLayoutItemPropertyCommand` can hold
    before/after copies.
    """

    id: str
    kind: str
    x_mm: float
    y_mm: float
    w_mm: float
    h_mm: float
    props: dict[str, Any] = field(default_factory=dict)
    locked: bool = False
    visible: bool = True

    @property
    def rect_mm(self) -> tuple[float, float, float, float]:
        """Return (x, y, width, height) in page millimetres."""
        return (self.x_mm, self.y_mm, self.w_mm, self.h_mm)

    def prop(self, key: str) -> Any:
        """Return ``props[key]``, falling back to the kind's default."""
        if key in self.props:
            return self.props[key]
        return ITEM_DEFAULTS.get(self.kind, {}).get(key)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {
            "id": self.id,
            "kind": self.kind,
            "rect_mm": [self.x_mm, self.y_mm, self.w_mm, self.h_mm],
            "locked": self.locked,
            "visible": self.visible,
            "props": copy.deepcopy(self.props),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> LayoutItem:
        """Build an item from :meth:`to_dict` output."""
        kind = str(d["kind"])
        if kind not in ITEM_KINDS:
            raise ValueError(f"unknown layout item kind {kind!r}; use {ITEM_KINDS}")
        x, y, w, h = (float(v) for v in d["rect_mm"])
        return cls(
            str(d["id"]),
            kind,
            x,
            y,
            w,
            h,
            props=copy.deepcopy(dict(d.get("props", {}))),
            locked=bool(d.get("locked", False)),
            visible=bool(d.get("visible", True)),
        )


class PrintLayout:
    """A page (size, orientation, margins) and its items, bottom to top.

    Events: ``items_changed(layout)`` after an item is added, removed or
    reordered; ``item_changed(item)`` after an item's geometry or props
    changed; ``page_changed(layout)``. Change a layout shown in a window only
    through :mod:`layers.printing.layout_commands`.
    """

    def __init__(
        self,
        name: str = "Layout",
        page: str = "A3",
        orientation: str = "landscape",
        custom_mm: tuple[float, float] | None = None,
        margins_mm: float = 10.0,
    ) -> None:
        self.name = name
        self.page = page
        self.orientation = orientation
        self.custom_mm = custom_mm
        self.margins_mm = margins_mm
        self.print_epsg: int | None = None  # None: the project's display CRS
        self.items: list[LayoutItem] = []
        self.meta: dict[str, Any] = {}
        self.items_changed = Event()
        self.item_changed = Event()
        self.page_changed = Event()
        _check_page(page, orientation, custom_mm)

    # --- page ------------------------------------------------------------
    @property
    def page_size_mm(self) -> tuple[float, float]:
        """Return (width, height) of the page in millimetres, oriented."""
        if self.page == "custom":
            assert self.custom_mm is not None
            return (float(self.custom_mm[0]), float(self.custom_mm[1]))
        w, h = PAGE_SIZES_MM[self.page]
        return (h, w) if self.orientation == "landscape" else (w, h)

    def set_page(
        self, page: str, orientation: str, custom_mm: tuple[float, float] | None = None
    ) -> None:
        """Change the page size; items keep their millimetre positions."""
        _check_page(page, orientation, custom_mm)
        self.page, self.orientation, self.custom_mm = page, orientation, custom_mm
        self.page_changed.emit(self)

    # --- items -----------------------------------------------------------
    def item(self, item_id: str) -> LayoutItem:
        """Return the item with ``item_id``; KeyError if absent."""
        for it in self.items:
            if it.id == item_id:
                return it
        raise KeyError(item_id)

    def items_of(self, kind: str) -> list[LayoutItem]:
        """Return the items of ``kind``, bottom to top."""
        return [it for it in self.items if it.kind == kind]

    def first(self, kind: str) -> LayoutItem | None:
        """Return the first item of ``kind`` or None."""
        found = self.items_of(kind)
        return found[0] if found else None

    def new_id(self, kind: str) -> str:
        """Return an unused item id such as ``map2``."""
        taken = {it.id for it in self.items}
        n = 1
        while f"{kind}{n}" in taken:
            n += 1
        return f"{kind}{n}"

    def add_item(self, item: LayoutItem, index: int | None = None) -> None:
        """Insert ``item`` (on top unless ``index``); ids must be unique."""
        if any(it.id == item.id for it in self.items):
            raise ValueError(f"duplicate layout item id {item.id!r}")
        self.items.insert(len(self.items) if index is None else index, item)
        self._follow_map(item)
        self.items_changed.emit(self)

    def move_item(self, item_id: str, index: int) -> int:
        """Move an item to ``index`` in the stacking order; return its old index.

        Index 0 is the bottom of the page; ``len(items) - 1`` the top.
        """
        it = self.item(item_id)
        old = self.items.index(it)
        index = max(0, min(int(index), len(self.items) - 1))
        if index != old:
            self.items.remove(it)
            self.items.insert(index, it)
            self.items_changed.emit(self)
        return old

    def followers(self, map_id: str) -> list[LayoutItem]:
        """Return the items whose rectangle follows map ``map_id`` (its grids)."""
        return [
            it
            for it in self.items
            if it.kind in FOLLOWS_MAP and it.prop("map_id") == map_id
        ]

    def _follow_map(self, item: LayoutItem) -> bool:
        """Give a grid its map's rectangle; return True if it changed."""
        if item.kind not in FOLLOWS_MAP:
            return False
        try:
            target = self.item(str(item.prop("map_id"))).rect_mm
        except KeyError:
            return False
        if target == item.rect_mm:
            return False
        item.x_mm, item.y_mm, item.w_mm, item.h_mm = target
        return True

    def remove_item(self, item_id: str) -> tuple[LayoutItem, int]:
        """Remove an item; return it and its former index."""
        it = self.item(item_id)
        index = self.items.index(it)
        self.items.remove(it)
        self.items_changed.emit(self)
        return it, index

    def set_item_rect(
        self, item_id: str, rect_mm: tuple[float, float, float, float]
    ) -> None:
        """Move/resize an item (page millimetres); emit ``item_changed``."""
        it = self.item(item_id)
        x, y, w, h = (float(v) for v in rect_mm)
        new = (x, y, max(w, 1.0), max(h, 1.0))
        if new != it.rect_mm:
            it.x_mm, it.y_mm, it.w_mm, it.h_mm = new
            self.item_changed.emit(it)
            # A grid is drawn on its map: it moves with it (and undo with it).
            for follower in self.followers(it.id) if it.kind == "map" else []:
                if self._follow_map(follower):
                    self.item_changed.emit(follower)

    def set_item_prop(self, item_id: str, key: str, value: Any) -> None:
        """Set one property (``locked``/``visible`` are attributes); emit on change."""
        it = self.item(item_id)
        if key in ("locked", "visible"):
            if getattr(it, key) != bool(value):
                setattr(it, key, bool(value))
                self.item_changed.emit(it)
            return
        if key not in it.props or it.props[key] != value:
            if value is None:
                it.props.pop(key, None)
            else:
                it.props[key] = copy.deepcopy(value)
            if key == "map_id":
                self._follow_map(it)
            self.item_changed.emit(it)

    # --- serialisation ---------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready layout (what ``project.layouts`` stores)."""
        return {
            "format": LAYOUT_FORMAT,
            "name": self.name,
            "page": self.page,
            "orientation": self.orientation,
            "custom_mm": list(self.custom_mm) if self.custom_mm else None,
            "margins_mm": self.margins_mm,
            "print_epsg": self.print_epsg,
            "meta": copy.deepcopy(self.meta),
            "items": [it.to_dict() for it in self.items],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any], name: str | None = None) -> PrintLayout:
        """Build a layout from :meth:`to_dict` output (``name`` overrides)."""
        custom = d.get("custom_mm")
        lay = cls(
            name or str(d.get("name", "Layout")),
            str(d.get("page", "A3")),
            str(d.get("orientation", "landscape")),
            tuple(custom) if custom else None,
            float(d.get("margins_mm", 10.0)),
        )
        epsg = d.get("print_epsg")
        lay.print_epsg = int(epsg) if epsg else None
        lay.meta = copy.deepcopy(dict(d.get("meta", {})))
        lay.items = [LayoutItem.from_dict(it) for it in d.get("items", [])]
        if int(d.get("format", 1)) < 2:
            _grids_from_map_props(lay)
        return lay

    def copy(self, name: str | None = None) -> PrintLayout:
        """Return an independent copy (optionally renamed)."""
        return PrintLayout.from_dict(self.to_dict(), name=name)


def _grids_from_map_props(layout: PrintLayout) -> None:
    """Turn format-1 map grid props into ``grid`` items just above each map.

    Format 1 drew a GK grid on every map unless ``grid`` was ``"none"``.
    """
    out: list[LayoutItem] = []
    for it in layout.items:
        out.append(it)
        if it.kind != "map":
            continue
        grid_kind = it.props.pop("grid", "gk")
        interval = float(it.props.pop("grid_interval", 0) or 0)
        label_pt = it.props.pop("grid_label_pt", None)
        if grid_kind not in ("gk", "graticule"):
            continue
        props: dict[str, Any] = {"map_id": it.id, "grid_kind": grid_kind}
        if interval:
            props["interval"] = interval
        if label_pt is not None:
            props["label_pt"] = float(label_pt)
        taken = {i.id for i in layout.items} | {i.id for i in out}
        n = 1
        while f"grid{n}" in taken:
            n += 1
        out.append(LayoutItem(f"grid{n}", "grid", *it.rect_mm, props=props))
    layout.items = out


def _check_page(page: str, orientation: str, custom_mm: Any) -> None:
    if page != "custom" and page not in PAGE_SIZES_MM:
        raise ValueError(
            f"unknown page size {page!r}; use {list(PAGE_SIZES_MM)} or custom"
        )
    if orientation not in ORIENTATIONS:
        raise ValueError(f"orientation must be one of {ORIENTATIONS}")
    if page == "custom":
        if not custom_mm or min(float(v) for v in custom_mm) <= 0:
            raise ValueError("a custom page needs a positive (width, height) in mm")


# --- templates -----------------------------------------------------------
SHIPPED_TEMPLATE_FILES: dict[str, str] = {
    "A3 landscape meeting exhibit": "a3_landscape_meeting_exhibit.json",
    "A4 portrait case map": "a4_portrait_case_map.json",
    "A0 wall map": "a0_wall_map.json",
}


def shipped_template_names() -> list[str]:
    """Return the names of the templates the app ships."""
    return list(SHIPPED_TEMPLATE_FILES)


def user_template_dir() -> Path:
    """Return the folder of the user's own templates (created on demand).

    ``ZONEPLANNER_TEMPLATE_DIR`` overrides the default
    ``~/.local/share/ZonePlanner/layouts`` (tests point it at a temp folder).
    """
    env = os.environ.get("ZONEPLANNER_TEMPLATE_DIR")
    base = (
        Path(env)
        if env
        else Path.home() / ".local" / "share" / "ZonePlanner" / "layouts"
    )
    return base


def template_names(folder: Path | None = None) -> list[str]:
    """Return shipped template names followed by the user's, sorted."""
    folder = folder or user_template_dir()
    user = sorted(p.stem for p in folder.glob("*.json")) if folder.exists() else []
    return shipped_template_names() + [
        n for n in user if n not in SHIPPED_TEMPLATE_FILES
    ]


def load_template(name: str, folder: Path | None = None) -> PrintLayout:
    """Return a new layout from a shipped or user template named ``name``.

    Raises
    ------
    KeyError
        If no template has that name.
    """
    if name in SHIPPED_TEMPLATE_FILES:
        import resources

        data = resources.load_json("layouts", SHIPPED_TEMPLATE_FILES[name])
        return PrintLayout.from_dict(copy.deepcopy(data), name=name)
    p = (folder or user_template_dir()) / f"{safe_filename(name)}.json"
    if not p.exists():
        raise KeyError(f"no layout template named {name!r}")
    return PrintLayout.from_dict(json.loads(p.read_text(encoding="utf-8")), name=name)


def save_template(layout: PrintLayout, name: str, folder: Path | None = None) -> Path:
    """Save ``layout`` as a user template ``name``; return the file written."""
    folder = folder or user_template_dir()
    folder.mkdir(parents=True, exist_ok=True)
    d = layout.to_dict()
    d["name"] = name
    p = folder / f"{safe_filename(name)}.json"
    from geo.atomic_write import atomic_write

    with atomic_write(p) as tmp:  # a failed save keeps the old template whole
        tmp.write_text(json.dumps(d, ensure_ascii=False, indent=1), encoding="utf-8")
    return p


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_filename(text: str, fallback: str = "page") -> str:
    """Return ``text`` made safe as a file name on Windows, macOS and Linux.

    Examples
    --------
    >>> safe_filename('海淀园/A:01?')
    '海淀园_A_01'
    >>> safe_filename('  ..  ')
    'page'
    """
    s = _UNSAFE.sub("_", str(text)).strip(" ._")
    s = re.sub(r"_+", "_", s)
    return s[:120] or fallback
