"""LayerTreeModel: the project's layers (top = drawn last) with legend children.

Layer rows carry a visibility checkbox and can be dragged to a new place; a
drop pushes :class:`layers.layer_commands.MoveLayerCommand`, and the model rebuilds
itself from the project's ``layers_changed`` event, so the undo stack stays
the only writer of the layer order. Legend rows (one per category or class)
show the style's colour swatches.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap

from layers.layer_commands import MoveLayerCommand
from layers.project import Project
from layers.vector_layer import VectorLayer

MIME_TYPE = "application/x-zoneplanner-layer-id"
LAYER_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
_Index = QModelIndex | QPersistentModelIndex
_TOP = 0  # internalId of layer rows; legend rows use layer row + 1


@lru_cache(maxsize=512)
def swatch_icon(
    color: str,
    geometry_type: str,
    outline: str = "#333333",
    hollow: bool = False,
    dashed: bool = False,
) -> QIcon:
    """Return a 16 px legend swatch: a square for polygons, a dot for points.

    ``hollow`` draws an outline-only polygon (the ZGC umbrella zone) in the
    class colour, 2 px, dashed when the style's outline is.
    """
    pm = QPixmap(16, 16)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(QColor(outline), 1))
    p.setBrush(QColor(color))
    if hollow and geometry_type == "polygon":
        pen = QPen(QColor(color), 2)
        if dashed:
            pen.setDashPattern([2.0, 1.0])
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
    if geometry_type == "point":
        p.drawEllipse(4, 4, 8, 8)
    elif geometry_type == "line":
        p.setPen(QPen(QColor(color), 3))
        p.drawLine(2, 12, 14, 4)
    else:
        p.drawRect(2, 2, 12, 12)
    p.end()
    return QIcon(pm)


#: Name colour of a layer in edit mode (the editing sketch's red, darker).
EDITING_COLOR = "#b71c1c"


def editing_icon() -> QIcon:
    """Return the pencil shown beside a layer in edit mode."""
    from gui import icons

    return icons.icon("pencil")


class LayerTreeModel(QAbstractItemModel):
    """Tree of the project's layers and their legend entries."""

    def __init__(self, project: Project, parent: Any = None) -> None:
        super().__init__(parent)
        self.project = project
        self._watched: list[VectorLayer] = []
        project.layers_changed.connect(self._on_project_layers_changed)
        project.edits_changed.connect(self._on_project_edits_changed)
        self._watch()

    def detach(self) -> None:
        """Stop observing the project and its layers."""
        self.project.layers_changed.disconnect(self._on_project_layers_changed)
        self.project.edits_changed.disconnect(self._on_project_edits_changed)
        self._unwatch()

    def is_edited(self, layer: VectorLayer) -> bool:
        """Return True while ``layer`` is in edit mode (it has an edit buffer)."""
        return layer.id in self.project.edit_buffers

    def refresh_marks(self) -> None:
        """Redraw every row's marks (edited, read-only) without resetting the tree."""
        if self.project.layers:
            last = self.index(len(self.project.layers) - 1, 0)
            self.dataChanged.emit(self.index(0, 0), last)

    def _on_project_edits_changed(self, _project: Project) -> None:
        self.refresh_marks()

    def _watch(self) -> None:
        self._watched = list(self.project.layers)
        for lyr in self._watched:
            lyr.visibility_changed.connect(self._on_layer_changed)
            lyr.style_changed.connect(self._on_layer_style_changed)
            lyr.features_changed.connect(self._on_layer_changed)

    def _unwatch(self) -> None:
        for lyr in self._watched:
            lyr.visibility_changed.disconnect(self._on_layer_changed)
            lyr.style_changed.disconnect(self._on_layer_style_changed)
            lyr.features_changed.disconnect(self._on_layer_changed)
        self._watched = []

    # --- lookups -----------------------------------------------------------
    def layer_at(self, index: _Index) -> VectorLayer | None:
        """Return the layer of a layer row or of a legend row."""
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == _TOP else index.internalId() - 1
        return self.project.layers[row] if 0 <= row < len(self.project.layers) else None

    def index_of_layer(self, layer_id: str) -> QModelIndex:
        """Return the index of the row showing ``layer_id`` (invalid if absent)."""
        for row, lyr in enumerate(self.project.layers):
            if lyr.id == layer_id:
                return self.index(row, 0)
        return QModelIndex()

    # --- Qt model API ------------------------------------------------------------
    def index(
        self,
        row: int,
        column: int,
        parent: _Index = QModelIndex(),  # noqa: B008
    ) -> QModelIndex:
        """Return the index of a layer row (no parent) or legend row."""
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            ok = row < len(self.project.layers)
            return self.createIndex(row, 0, _TOP) if ok else QModelIndex()
        if parent.internalId() != _TOP:
            return QModelIndex()
        lyr = self.project.layers[parent.row()]
        if row >= len(lyr.style.legend_entries()):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, index: _Index) -> QModelIndex: ...
    def parent(self, index: _Index | None = None) -> QObject | QModelIndex | None:
        """Return the layer row of a legend row, else an invalid index.

        Without an index this is QObject.parent(): Qt gives both one name.
        """
        if index is None:
            return super().parent()
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Return layer count at the root, legend entries under a layer."""
        if not parent.isValid():
            return len(self.project.layers)
        if parent.internalId() == _TOP and parent.row() < len(self.project.layers):
            return len(self.project.layers[parent.row()].style.legend_entries())
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Return 1."""
        return 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return names, check states, swatches and tooltips."""
        lyr = self.layer_at(index)
        if lyr is None:
            return None
        if index.internalId() != _TOP:
            label, color = lyr.style.legend_entries()[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return label
            if role == Qt.ItemDataRole.DecorationRole:
                st = lyr.style
                cats = st.categories if st.mode == "categorized" else ()
                value = cats[index.row()].value if index.row() < len(cats) else None
                hollow = st.fill_alpha <= 0 or value in st.extra.get("outline_only", ())
                return swatch_icon(
                    color,
                    lyr.geometry_type,
                    st.outline_color,
                    hollow,
                    bool(st.extra.get("outline_dash")),
                )
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return lyr.name
        if role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole):
            return self._edit_mark(lyr, role)
        if role == Qt.ItemDataRole.DecorationRole and self.is_edited(lyr):
            return editing_icon()
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if lyr.visible else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and lyr.style.mode == "single":
            return swatch_icon(
                lyr.style.fill_color, lyr.geometry_type, lyr.style.outline_color
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(lyr)
        if role == LAYER_ID_ROLE:
            return lyr.id
        return None

    def _edit_mark(self, lyr: VectorLayer, role: int) -> Any:
        """Return the bold, coloured name of a layer in edit mode (else None)."""
        if not self.is_edited(lyr):
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(EDITING_COLOR)
        font = QFont()
        font.setBold(True)
        return font

    def _tooltip(self, lyr: VectorLayer) -> str:
        parts = [lyr.name, self.tr("%n feature(s)", "", lyr.feature_count)]
        buf = self.project.edit_buffers.get(lyr.id)
        if buf is not None:
            parts.append(
                self.tr("Being edited – unsaved changes")
                if buf.modified
                else self.tr("Being edited")
            )
        if lyr.source.path:
            parts.append(lyr.source.path)
        if lyr.read_only:
            parts.append(self.tr("read-only"))
        return "\n".join(parts)

    def setData(
        self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        """Toggle a layer's visibility from its checkbox."""
        lyr = self.layer_at(index)
        if lyr is None or index.internalId() != _TOP:
            return False
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            lyr.set_visible(checked)
            return True
        return False

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Layer rows are checkable and draggable; the root accepts drops."""
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        if index.internalId() == _TOP:
            return (
                base | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled
            )
        return base

    # --- drag and drop --------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        """Return MoveAction: layers are only reordered."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        """Return the layer-id MIME type."""
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """Encode the dragged layer's id."""
        data = QMimeData()
        layers = [self.layer_at(i) for i in indexes if i.internalId() == _TOP]
        ids = [lyr.id for lyr in layers if lyr is not None]
        data.setData(MIME_TYPE, QByteArray(",".join(ids[:1]).encode()))
        return data

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: _Index,
    ) -> bool:
        """Move the dropped layer to the drop row by pushing MoveLayerCommand.

        Returns False so the view does not remove the source row itself: the
        model is rebuilt from the project's ``layers_changed`` event.
        """
        if not data.hasFormat(MIME_TYPE):
            return False
        layer_id = bytes(data.data(MIME_TYPE).data()).decode()
        if parent.isValid():  # dropped onto a row: take its place
            row = (
                parent.row() if parent.internalId() == _TOP else parent.internalId() - 1
            )
        if row < 0:
            row = len(self.project.layers)
        self.move_layer(layer_id, row)
        return False

    def move_layer(self, layer_id: str, drop_row: int) -> None:
        """Move ``layer_id`` so it is inserted before the row ``drop_row``."""
        ids = [lyr.id for lyr in self.project.layers]
        if layer_id not in ids:
            return
        old = ids.index(layer_id)
        new = drop_row if drop_row <= old else drop_row - 1
        new = max(0, min(new, len(ids) - 1))
        if new != old:
            self.project.undo_stack.push(MoveLayerCommand(self.project, layer_id, new))

    # --- model events -----------------------------------------------------------------
    def _on_project_layers_changed(self, _project: Project) -> None:
        self.beginResetModel()
        self._unwatch()
        self._watch()
        self.endResetModel()

    def _on_layer_changed(self, layer: VectorLayer) -> None:
        idx = self.index_of_layer(layer.id)
        if idx.isValid():
            self.dataChanged.emit(idx, idx)

    def _on_layer_style_changed(self, layer: VectorLayer) -> None:
        # Legend rows change in number: a reset is simplest and cheap (few rows).
        self.beginResetModel()
        self.endResetModel()
