"""The layout designer's properties panel: the selected item's typed editors.

Geometry is edited in millimetres, the kind's properties through the editors
of :mod:`gui.printing.prop_editors`, built from
:data:`layers.printing.item_props.ITEM_PROPS`. Every change is one
:class:`~layers.printing.layout_commands.SetLayoutItemPropertyCommand` or
:class:`~layers.printing.layout_commands.MoveLayoutItemCommand` pushed on the
window's undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from gui.printing.item_labels import choice_label, kind_label, prop_label
from gui.printing.prop_editors import EditorRefs, make_editor, show_value, unit_suffix
from layers.printing.item_kinds import FOLLOWS_MAP
from layers.printing.item_props import ITEM_PROPS, prop_spec
from layers.printing.layout import LayoutItem, PrintLayout
from layers.printing.layout_commands import (
    MoveLayoutItemCommand,
    SetLayoutItemPropertyCommand,
)
from layers.project import Project
from layers.undo import Command

GEOMETRY_KEYS = ("x_mm", "y_mm", "w_mm", "h_mm")


class LayoutItemPropertiesWidget(QWidget):
    """Edit the selected item: geometry in mm, lock, shown, typed properties."""

    def __init__(
        self,
        push: Callable[[Command], None],
        layout: PrintLayout,
        project: Project | None = None,
        picture_dir: Callable[[], str] = lambda: "",
    ) -> None:
        super().__init__()
        self._push = push
        self._layout = layout
        self._project = project
        self._picture_dir = picture_dir
        self._item: LayoutItem | None = None
        self.form = QFormLayout(self)
        # Never squeeze the rows: the panel scrolls instead.
        self.form.setSizeConstraint(QFormLayout.SizeConstraint.SetMinimumSize)
        self.form.setFieldGrowthPolicy(
            QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow
        )
        self.editors: dict[str, QWidget] = {}
        self.errors: list[str] = []  # values the model refused (shown, not kept)

    @property
    def item(self) -> LayoutItem | None:
        """Return the item shown (None when none or several are selected)."""
        return self._item

    def show_item(self, item: LayoutItem | None) -> None:
        """Rebuild the form for ``item`` (or clear it)."""
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors = {}
        self._item = item
        if item is None:
            hint = QLabel(
                QCoreApplication.translate(
                    "LayoutProperties", "Select one item to edit its properties."
                )
            )
            hint.setWordWrap(True)
            self.form.addRow(hint)
            return
        self.form.addRow(QLabel(f"<b>{kind_label(item.kind)}</b>  {item.id}"))
        if item.kind in FOLLOWS_MAP:
            note = QLabel(
                QCoreApplication.translate(
                    "LayoutProperties", "Drawn on the frame of its map; moves with it."
                )
            )
            note.setWordWrap(True)
            self.form.addRow(note)
        else:
            self._geometry_rows(item)
        for key in ("locked", "visible"):
            box = QCheckBox()
            box.setChecked(bool(getattr(item, key)))
            box.toggled.connect(lambda v, k=key: self._set(k, bool(v)))
            self._add(key, box)
        refs = self._refs()
        for spec in ITEM_PROPS.get(item.kind, ()):
            editor = make_editor(
                spec, item.prop(spec.key), refs, partial(self._set, spec.key)
            )
            self._add(spec.key, editor)
        self._unit_for_interval(item)

    def update_values(self) -> None:
        """Show the shown item's current values in place (focus stays put)."""
        item = self._item
        if item is None:
            return
        for key, widget in self.editors.items():
            if key in GEOMETRY_KEYS:
                spin = widget
                assert isinstance(spin, QDoubleSpinBox)
                spin.blockSignals(True)
                spin.setValue(item.rect_mm[GEOMETRY_KEYS.index(key)])
                spin.blockSignals(False)
            elif key in ("locked", "visible"):
                assert isinstance(widget, QCheckBox)
                widget.blockSignals(True)
                widget.setChecked(bool(getattr(item, key)))
                widget.blockSignals(False)
            else:
                spec = prop_spec(item.kind, key)
                if spec is not None:
                    show_value(widget, spec, item.prop(key))
        self._unit_for_interval(item)

    def _geometry_rows(self, item: LayoutItem) -> None:
        page_w, page_h = self._layout.page_size_mm
        limit = max(page_w, page_h) * 2
        for i, key in enumerate(GEOMETRY_KEYS):
            spin = QDoubleSpinBox()
            spin.setObjectName(f"prop_{key}")
            low = 1.0 if key in ("w_mm", "h_mm") else -limit
            spin.setRange(low, limit)
            spin.setDecimals(1)
            spin.setSuffix(unit_suffix("mm"))
            spin.setKeyboardTracking(False)
            spin.setValue(item.rect_mm[i])
            spin.editingFinished.connect(
                lambda k=i, s=spin: self._geometry(k, s.value())
            )
            self._add(key, spin)

    def _unit_for_interval(self, item: LayoutItem) -> None:
        spin = self.editors.get("interval")
        if isinstance(spin, QDoubleSpinBox):
            graticule = item.prop("grid_kind") == "graticule"
            spin.setSuffix(unit_suffix("°" if graticule else "m"))

    def _refs(self) -> EditorRefs:
        maps = [
            (it.id, f"{kind_label('map')} {it.id}")
            for it in self._layout.items_of("map")
        ]
        layers = (
            [(lyr.id, lyr.name) for lyr in self._project.layers]
            if (self._project is not None)
            else []
        )
        return EditorRefs(maps, layers, self._picture_dir(), choice_label)

    def _add(self, key: str, widget: QWidget) -> None:
        self.editors[key] = widget
        label = QLabel(prop_label(key))
        label.setBuddy(widget)
        self.form.addRow(label, widget)

    def _geometry(self, index: int, value: float) -> None:
        if self._item is None:
            return
        rect = list(self._item.rect_mm)
        if abs(rect[index] - value) > 1e-6:
            rect[index] = value
            x, y, w, h = rect
            self._push(MoveLayoutItemCommand(self._layout, self._item.id, (x, y, w, h)))

    def _set(self, key: str, value: Any) -> None:
        if self._item is None:
            return
        current = (
            getattr(self._item, key)
            if key in ("locked", "visible")
            else self._item.prop(key)
        )
        if current == value:
            return
        try:
            cmd = SetLayoutItemPropertyCommand(self._layout, self._item.id, key, value)
        except ValueError as exc:
            # The editors cannot produce such a value; keep the model as it is.
            self.errors.append(str(exc))
            self.update_values()
            return
        self._push(cmd)
