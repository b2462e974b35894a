"""Undoable edits of a print layout (VerbNounCommand, STYLE.md §3).

The layout window changes a :class:`~layers.printing.layout.PrintLayout` only by
pushing these on its :class:`~layers.undo.UndoStack`; arrow-key nudges and
live drags of one item merge into one step.
"""

from __future__ import annotations

import copy
from typing import Any

from layers.printing.layout import LayoutItem, PrintLayout
from layers.project import Project
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
        x, y, w, h = (float(v) for v in rect_mm)
        self.after: Rect = (x, y, w, h)
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
    """Set one property of an item (``locked``/``visible`` included).

    Raises ValueError (before anything changes) for a value the property's
    spec rejects (:func:`layers.printing.item_props.check_prop`).
    """

    def __init__(self, layout: PrintLayout, item_id: str, key: str, value: Any) -> None:
        from layers.printing.item_props import check_prop

        self.layout = layout
        self.item_id = item_id
        self.key = key
        item = layout.item(item_id)
        value = check_prop(item.kind, key, value)
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


class ReorderLayoutItemCommand(Command):
    """Move an item up or down the stacking order (index 0 is the bottom)."""

    def __init__(
        self, layout: PrintLayout, item_id: str, index: int, before: int | None = None
    ) -> None:
        self.layout = layout
        self.item_id = item_id
        # ``before`` is given when this is one step of several (reorder_items).
        self.before = (
            layout.items.index(layout.item(item_id)) if before is None else before
        )
        self.after = max(0, min(int(index), len(layout.items) - 1))
        self.text = f"Reorder {item_id}"

    def redo(self) -> None:
        self.layout.move_item(self.item_id, self.after)

    def undo(self) -> None:
        self.layout.move_item(self.item_id, self.before)


#: Z-order moves: one step up or down, or to the top or the bottom.
Z_MOVES = ("raise", "lower", "front", "back")


def reorder_items(
    layout: PrintLayout, item_ids: list[str], move: str
) -> Command | None:
    """Return one command moving ``item_ids`` in the stacking order, or None.

    Examples
    --------
    >>> from layers.printing.layout import LayoutItem
    >>> lay = PrintLayout()
    >>> for i in "abc":
    ...     lay.items.append(LayoutItem(i, "frame", 0, 0, 1, 1))
    >>> reorder_items(lay, ["a"], "front").redo()
    >>> [it.id for it in lay.items]
    ['b', 'c', 'a']
    """
    if move not in Z_MOVES:
        raise ValueError(f"z-order move must be one of {Z_MOVES}")
    from layers.undo import MacroCommand

    order = [it.id for it in layout.items]
    chosen = [i for i in order if i in set(item_ids)]
    if not chosen:
        return None
    rest = [i for i in order if i not in set(chosen)]
    if move == "front":
        new = rest + chosen
    elif move == "back":
        new = chosen + rest
    else:
        new = list(order)
        step = 1 if move == "raise" else -1
        for i in chosen if step < 0 else reversed(chosen):
            k = new.index(i)
            j = k + step
            if 0 <= j < len(new) and new[j] not in chosen:
                new[k], new[j] = new[j], new[k]
    if new == order:
        return None
    return MacroCommand(f"Reorder ({move})", _moves_to(layout, order, new))


def _moves_to(layout: PrintLayout, order: list[str], new: list[str]) -> list[Command]:
    """Return moves that, applied in turn, turn ``order`` into ``new``."""
    children: list[Command] = []
    current = list(order)
    for index, item_id in enumerate(new):
        if current[index] != item_id:
            before = current.index(item_id)
            children.append(ReorderLayoutItemCommand(layout, item_id, index, before))
            current.remove(item_id)
            current.insert(index, item_id)
    return children


def remove_items(layout: PrintLayout, item_ids: list[str]) -> Command | None:
    """Return one command removing ``item_ids`` (and the grids of removed maps)."""
    from layers.undo import MacroCommand

    ids = [it.id for it in layout.items if it.id in set(item_ids)]
    for it in list(layout.items):
        if it.kind == "map" and it.id in ids:
            ids += [f.id for f in layout.followers(it.id) if f.id not in ids]
    if not ids:
        return None
    # Remove top first so each undo re-inserts at the index it came from.
    ids.sort(key=lambda i: layout.items.index(layout.item(i)), reverse=True)
    children: list[Command] = [RemoveLayoutItemCommand(layout, i) for i in ids]
    return MacroCommand(f"Remove {len(ids)} item(s)", children)


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


class SaveLayoutCommand(Command):
    """Store a layout in ``project.layouts`` (undo restores the previous one)."""

    def __init__(self, project: Project, name: str, data: dict[str, Any]) -> None:
        self.project = project
        self.name = name
        self.before = project.layouts.get(name)
        self.after = data
        self.text = f"Save layout {name}"

    def redo(self) -> None:
        self.project.layouts[self.name] = self.after

    def undo(self) -> None:
        if self.before is None:
            self.project.layouts.pop(self.name, None)
        else:
            self.project.layouts[self.name] = self.before
