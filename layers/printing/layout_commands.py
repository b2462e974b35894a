"""Undoable edits of a print layout (VerbNounCommand, STYLE.md §3).

The layout window changes a :class:`~layers.printing.layout.PrintLayout` only by
pushing these on its :class:`~layers.undo.UndoStack`; arrow-key nudges and
live drags of one item merge into one step.
"""

from __future__ import annotations

import copy
from typing import Any

from layers.printing.layout import LayoutItem, PrintLayout
from layers.undo import Command

Rect = tuple[float, float, float, float]


class MoveLayoutItemCommand(Command):
    """Move and/or resize one item (page millimetres); repeated moves merge."""

    merge_id = 700

    def __init__(
        self, layout: PrintLayout, item_id: str, rect_mm: Rect, text: str = ""
    ) -> None:
        self.layout = layout
        self.item_id = item_id
        self.before: Rect = layout.item(item_id).rect_mm
        self.after: Rect = tuple(float(v) for v in rect_mm)  # type: ignore[assignment]
        self.text = text or f"Move {item_id}"

    def redo(self) -> None:
        self.layout.set_item_rect(self.item_id, self.after)

    def undo(self) -> None:
        self.layout.set_item_rect(self.item_id, self.before)

    def merge_with(self, other: Command) -> bool:
        if isinstance(other, MoveLayoutItemCommand) and other.item_id == self.item_id:
            self.after = other.after
            return True
        return False


class SetLayoutItemPropertyCommand(Command):
    """Set one property of an item (``locked``/``visible`` included)."""

    def __init__(self, layout: PrintLayout, item_id: str, key: str, value: Any) -> None:
        self.layout = layout
        self.item_id = item_id
        self.key = key
        item = layout.item(item_id)
        self.before = (
            getattr(item, key)
            if key in ("locked", "visible")
            else copy.deepcopy(item.props.get(key))
        )
        self.after = copy.deepcopy(value)
        self.text = f"Set {key} of {item_id}"

    def redo(self) -> None:
        self.layout.set_item_prop(self.item_id, self.key, self.after)

    def undo(self) -> None:
        self.layout.set_item_prop(self.item_id, self.key, self.before)


class AddLayoutItemCommand(Command):
    """Add an item on top of the page."""

    def __init__(self, layout: PrintLayout, item: LayoutItem) -> None:
        self.layout = layout
        self.item = item
        self.text = f"Add {item.kind}"

    def redo(self) -> None:
        self.layout.add_item(self.item)

    def undo(self) -> None:
        self.layout.remove_item(self.item.id)


class RemoveLayoutItemCommand(Command):
    """Remove an item; undo puts it back at the same depth."""

    def __init__(self, layout: PrintLayout, item_id: str) -> None:
        self.layout = layout
        self.item = layout.item(item_id)
        self.index = layout.items.index(self.item)
        self.text = f"Remove {item_id}"

    def redo(self) -> None:
        self.layout.remove_item(self.item.id)

    def undo(self) -> None:
        self.layout.add_item(self.item, self.index)


ALIGN_MODES = ("left", "center", "right", "top", "middle", "bottom")


def align_rects(rects: dict[str, Rect], mode: str) -> dict[str, Rect]:
    """Return new rects aligned on the selection's bounding box.

    Examples
    --------
    >>> align_rects({"a": (0, 0, 10, 5), "b": (20, 8, 4, 4)}, "right")
    {'a': (14, 0, 10, 5), 'b': (20, 8, 4, 4)}
    """
    if mode not in ALIGN_MODES:
        raise ValueError(f"align mode must be one of {ALIGN_MODES}")
    left = min(r[0] for r in rects.values())
    right = max(r[0] + r[2] for r in rects.values())
    top = min(r[1] for r in rects.values())
    bottom = max(r[1] + r[3] for r in rects.values())
    out = {}
    for key, (x, y, w, h) in rects.items():
        if mode == "left":
            x = left
        elif mode == "center":
            x = (left + right) / 2 - w / 2
        elif mode == "right":
            x = right - w
        elif mode == "top":
            y = top
        elif mode == "middle":
            y = (top + bottom) / 2 - h / 2
        else:
            y = bottom - h
        out[key] = (x, y, w, h)
    return out


def align_items(layout: PrintLayout, item_ids: list[str], mode: str) -> Command | None:
    """Return one macro command aligning unlocked ``item_ids``, or None."""
    from layers.undo import MacroCommand

    ids = [i for i in item_ids if not layout.item(i).locked]
    if len(ids) < 2:
        return None
    new = align_rects({i: layout.item(i).rect_mm for i in ids}, mode)
    children: list[Command] = [
        MoveLayoutItemCommand(layout, i, r)
        for i, r in new.items()
        if r != layout.item(i).rect_mm
    ]
    for c in children:
        c.merge_id = -1
    return MacroCommand(f"Align {mode}", children) if children else None
