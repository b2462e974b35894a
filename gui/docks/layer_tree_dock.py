"""LayerTreeDock: visibility, order, opacity and legend of the project's layers."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSlider,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gui.docks.layer_tree_model import LAYER_ID_ROLE, LayerTreeModel
from layers.layer_commands import RemoveLayerCommand
from layers.project import Project
from layers.vector_layer import VectorLayer

#: Legends with more entries than this start collapsed.
LEGEND_EXPANDED_MAX = 6


class LayerTreeDock(QDockWidget):
    """Dock listing layers top-to-bottom with checkboxes, legend and opacity.

    Signals
    -------
    current_layer_changed(str)
        The active layer's id ('' when none).
    zoom_to_layer_requested(str), style_requested(str),
    attribute_table_requested(str), select_by_expression_requested(str)
        Context-menu requests, handled by the workspace.
    add_layer_requested()
        "Add layer from file…" was chosen.
    """

    current_layer_changed = Signal(str)
    zoom_to_layer_requested = Signal(str)
    style_requested = Signal(str)
    attribute_table_requested = Signal(str)
    select_by_expression_requested = Signal(str)
    add_layer_requested = Signal()

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LayerTreeDock")
        self.project = project
        self.model: LayerTreeModel | None = None
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 2, 2)
        self.view = QTreeView(body)
        self.view.setHeaderHidden(True)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_view_context_menu)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        layout.addWidget(self.view)
        row = QHBoxLayout()
        self.opacity_label = QLabel(body)
        self.opacity_slider = QSlider(Qt.Orientation.Horizontal, body)
        self.opacity_slider.setRange(0, 100)
        self.opacity_slider.valueChanged.connect(self._on_opacity_slider_value_changed)
        self.opacity_value = QLabel("100 %", body)
        self.add_button = QToolButton(body)
        self.add_button.clicked.connect(self.add_layer_requested)
        self.remove_button = QToolButton(body)
        self.remove_button.clicked.connect(self.remove_current_layer)
        for w in (self.opacity_label, self.opacity_slider, self.opacity_value):
            row.addWidget(w)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.setWidget(body)
        self.retranslate_ui()
        self.set_project(project)

    # --- wiring ------------------------------------------------------------
    def set_project(self, project: Project) -> None:
        """Show ``project``'s layers (after a project is loaded)."""
        if self.model is not None:
            self.model.detach()
        self.project = project
        self.model = LayerTreeModel(project, self)
        self.view.setModel(self.model)
        self.model.modelReset.connect(self._on_model_model_reset)
        self.view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        self._on_model_model_reset()

    def retranslate_ui(self) -> None:
        """Set every visible string (again after a language change)."""
        self.setWindowTitle(self.tr("Layers"))
        self.opacity_label.setText(self.tr("Opacity"))
        self.add_button.setText(self.tr("Add…"))
        self.add_button.setToolTip(self.tr("Add layer from file…"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected layer from the map"))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- current layer ---------------------------------------------------------
    def current_layer(self) -> VectorLayer | None:
        """Return the active layer (the tree's current row), or None."""
        assert self.model is not None
        return self.model.layer_at(self.view.currentIndex())

    def set_current_layer(self, layer_id: str) -> None:
        """Make ``layer_id`` the current row."""
        assert self.model is not None
        idx = self.model.index_of_layer(layer_id)
        if idx.isValid():
            self.view.setCurrentIndex(idx)

    def remove_current_layer(self) -> None:
        """Remove the active layer from the map (undoable)."""
        lyr = self.current_layer()
        if lyr is not None:
            self.project.undo_stack.push(RemoveLayerCommand(self.project, lyr.id))

    # --- handlers -----------------------------------------------------------------
    def _on_model_model_reset(self) -> None:
        assert self.model is not None
        for row, lyr in enumerate(self.project.layers):
            # Long legends (ten enterprise categories) start folded.
            short = len(lyr.style.legend_entries()) <= LEGEND_EXPANDED_MAX
            self.view.setExpanded(self.model.index(row, 0), short)
        layer_id = getattr(self, "_current_id", "")
        idx = self.model.index_of_layer(layer_id) if layer_id else QModelIndex()
        if not idx.isValid() and self.project.layers:
            idx = self.model.index(0, 0)
        if idx.isValid():
            self.view.setCurrentIndex(idx)
        self._sync_opacity()

    def _on_view_current_changed(
        self, current: QModelIndex, _prev: QModelIndex
    ) -> None:
        lyr = self.model.layer_at(current) if self.model is not None else None
        new_id = lyr.id if lyr is not None else ""
        self._sync_opacity()
        if new_id != getattr(self, "_current_id", None):
            self._current_id = new_id
            self.current_layer_changed.emit(new_id)

    def _sync_opacity(self) -> None:
        lyr = self.current_layer()
        self.opacity_slider.setEnabled(lyr is not None)
        value = round((lyr.opacity if lyr is not None else 1.0) * 100)
        self.opacity_slider.blockSignals(True)
        self.opacity_slider.setValue(value)
        self.opacity_slider.blockSignals(False)
        self.opacity_value.setText(f"{value} %")

    def _on_opacity_slider_value_changed(self, value: int) -> None:
        lyr = self.current_layer()
        if lyr is not None:
            lyr.set_opacity(value / 100.0)
        self.opacity_value.setText(f"{value} %")

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        layer_id = index.data(LAYER_ID_ROLE)
        if layer_id:
            self.style_requested.emit(layer_id)

    def _on_view_context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu(self.view.indexAt(pos))
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def context_menu(self, index: QModelIndex) -> QMenu:
        """Build the context menu for the row at ``index``."""
        menu = QMenu(self)
        assert self.model is not None
        lyr = self.model.layer_at(index)
        if lyr is not None:
            lid = lyr.id
            menu.addAction(
                self.tr("Zoom to layer"), lambda: self.zoom_to_layer_requested.emit(lid)
            )
            menu.addAction(
                self.tr("Open attribute table"),
                lambda: self.attribute_table_requested.emit(lid),
            )
            menu.addAction(
                self.tr("Select by expression…"),
                lambda: self.select_by_expression_requested.emit(lid),
            )
            menu.addAction(self.tr("Style…"), lambda: self.style_requested.emit(lid))
            menu.addSeparator()
            menu.addAction(
                self.tr("Remove layer"),
                lambda: self.project.undo_stack.push(
                    RemoveLayerCommand(self.project, lid)
                ),
            )
            menu.addSeparator()
        menu.addAction(self.tr("Add layer from file…"), self.add_layer_requested.emit)
        return menu
