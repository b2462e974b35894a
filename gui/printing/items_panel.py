"""The layout designer's item list: every item, top first, with its visibility.

Selecting a row selects the item on the page (and back); unticking a row hides
the item through an undoable command. Items under others (a grid over its
map, a frame behind a legend) are easy to reach here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from gui.printing.item_labels import kind_label
from layers.printing.layout import PrintLayout
from layers.printing.layout_commands import SetLayoutItemPropertyCommand
from layers.undo import Command

ID_ROLE = Qt.ItemDataRole.UserRole


class LayoutItemsList(QListWidget):
    """List the layout's items top first; tick to show, select to edit."""

    selection_requested = Signal(list)  # item ids

    def __init__(self, layout: PrintLayout, push: Callable[[Command], None]) -> None:
        super().__init__()
        self.setObjectName("layout_items")
        self._layout = layout
        self._push = push
        self._syncing = False
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.itemSelectionChanged.connect(self._on_self_selection_changed)
        self.itemChanged.connect(self._on_self_item_changed)
        self.rebuild([])

    def rebuild(self, selected: list[str]) -> None:
        """Refill the rows from the layout and select ``selected``."""
        self._syncing = True
        try:
            self.clear()
            for it in reversed(self._layout.items):
                text = f"{kind_label(it.kind)}  {it.id}"
                if it.kind == "label":
                    first = str(it.prop("text") or "").splitlines()
                    text += f"  “{first[0][:24]}”" if first else ""
                row = QListWidgetItem(text)
                row.setData(ID_ROLE, it.id)
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(
                    Qt.CheckState.Checked if it.visible else Qt.CheckState.Unchecked
                )
                self.addItem(row)
                row.setSelected(it.id in selected)
        finally:
            self._syncing = False

    def select_ids(self, ids: list[str]) -> None:
        """Select the rows of ``ids`` (following the page's selection)."""
        self._syncing = True
        try:
            for i in range(self.count()):
                row = self.item(i)
                row.setSelected(row.data(ID_ROLE) in ids)
        finally:
            self._syncing = False

    def selected_ids(self) -> list[str]:
        """Return the ids of the selected rows."""
        return [row.data(ID_ROLE) for row in self.selectedItems()]

    def _on_self_selection_changed(self) -> None:
        if not self._syncing:
            self.selection_requested.emit(self.selected_ids())

    def _on_self_item_changed(self, row: QListWidgetItem) -> None:
        if self._syncing:
            return
        item_id = row.data(ID_ROLE)
        shown = row.checkState() == Qt.CheckState.Checked
        if self._layout.item(item_id).visible != shown:
            self._push(
                SetLayoutItemPropertyCommand(self._layout, item_id, "visible", shown)
            )
