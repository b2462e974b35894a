"""SelectByExpressionDialog: select features with a safe attribute expression.

The text is parsed by :mod:`layers.query.expression` (no ``eval``, no SQL to the
database) and evaluated vectorised on the layer's table; a syntax error is
shown with its position and the cursor jumps there.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from layers.fields import display_value, field_label, has_decoder
from layers.query.expression import ExpressionError, parse_expression
from layers.query.selection import select_by_expression
from layers.vector_layer import VectorLayer

#: How a new result combines with the current selection.
COMBINE = ("new", "add", "remove", "intersect")


def combine(current: np.ndarray, hits: np.ndarray, how: str) -> np.ndarray:
    """Return ``current`` combined with ``hits`` (new, add, remove, intersect)."""
    if how == "add":
        return np.union1d(current, hits)
    if how == "remove":
        return np.setdiff1d(current, hits)
    if how == "intersect":
        return np.intersect1d(current, hits)
    return np.asarray(hits, dtype=np.int64)


class SelectByExpressionDialog(QDialog):
    """Type an expression such as ``category = '04' and employees >= 100``."""

    def __init__(self, layer: VectorLayer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SelectByExpressionDialog")
        self.layer = layer
        self.editor = QPlainTextEdit(self)
        self.editor.setTabChangesFocus(True)
        self.editor.textChanged.connect(self._on_editor_text_changed)
        self.fields = QListWidget(self)
        self.values = QListWidget(self)
        self.fields.currentItemChanged.connect(self._on_fields_current_item_changed)
        self.fields.itemDoubleClicked.connect(self._on_list_item_double_clicked)
        self.values.itemDoubleClicked.connect(self._on_list_item_double_clicked)
        self.mode = QComboBox(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.select_button = QPushButton(self)
        self.select_button.clicked.connect(self.run)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(
            self.select_button, QDialogButtonBox.ButtonRole.ActionRole
        )
        self.fields_label = QLabel(self)
        self.values_label = QLabel(self)
        lists = QHBoxLayout()
        for label, lst in (
            (self.fields_label, self.fields),
            (self.values_label, self.values),
        ):
            col = QVBoxLayout()
            col.addWidget(label)
            col.addWidget(lst)
            lists.addLayout(col)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addLayout(lists)
        layout.addWidget(self.mode)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every visible string (again after a language change)."""
        self.setWindowTitle(
            self.tr("Select by expression: {name}").format(name=self.layer.name)
        )
        self.editor.setPlaceholderText(
            self.tr("e.g. category = '04' and employees >= 100, name_zh like '%园%'")
        )
        self.fields_label.setText(self.tr("Fields (double-click to insert)"))
        self.values_label.setText(self.tr("Sample values"))
        i = self.mode.currentIndex()
        self.mode.clear()
        self.mode.addItems(
            [
                self.tr("Create new selection"),
                self.tr("Add to current selection"),
                self.tr("Remove from current selection"),
                self.tr("Select within current selection"),
            ]
        )
        self.mode.setCurrentIndex(max(i, 0))
        self.select_button.setText(self.tr("Select features"))
        self._fill_fields()

    def _lang(self) -> str:
        from gui import i18n

        return i18n.current_language() or "en"

    def _fill_fields(self) -> None:
        """List the fields as "label — name"; the name is what is inserted."""
        current = self.fields.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.fields.clear()
        geom = self.layer.gdf.geometry.name
        for c in self.layer.gdf.columns:
            if c == geom:
                continue
            name = str(c)
            label = field_label(self.layer.source.table, name, self._lang())
            item = QListWidgetItem(name if label == name else f"{label} — {name}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(name)
            self.fields.addItem(item)
            if name == keep:
                self.fields.setCurrentItem(item)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_expression(self, text: str) -> None:
        """Replace the expression text."""
        self.editor.setPlainText(text)

    def run(self) -> np.ndarray | None:
        """Select the matching features; return the new selection, None on error."""
        text = self.editor.toPlainText()
        try:
            hits = select_by_expression(self.layer.gdf, text)
        except ExpressionError as exc:
            self._show_error(exc)
            return None
        how = COMBINE[max(self.mode.currentIndex(), 0)]
        self.layer.set_selection(combine(self.layer.selection, hits, how))
        self.message.setStyleSheet("")
        self.message.setText(
            self.tr("{n} features match; {s} selected").format(
                n=f"{hits.size:,}", s=f"{self.layer.selection.size:,}"
            )
        )
        return self.layer.selection

    def _show_error(self, exc: ExpressionError) -> None:
        self.message.setStyleSheet("color: #b00020")
        self.message.setText(str(exc))
        cursor = self.editor.textCursor()
        cursor.setPosition(min(exc.position, len(self.editor.toPlainText())))
        self.editor.setTextCursor(cursor)

    def _on_editor_text_changed(self) -> None:
        text = self.editor.toPlainText()
        if not text.strip():
            self.message.clear()
            return
        try:
            parse_expression(text)
        except ExpressionError as exc:
            self.message.setStyleSheet("color: #b00020")
            self.message.setText(str(exc))
            return
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Expression is valid"))

    def _on_fields_current_item_changed(
        self, item: QListWidgetItem | None, _previous: object = None
    ) -> None:
        self.values.clear()
        name = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not name or name not in self.layer.gdf.columns:
            return
        table = self.layer.source.table
        sample = pd.Series(self.layer.gdf[name]).dropna().unique()[:50]
        for v in sample:
            numeric = isinstance(v, (int, float, np.number))
            literal = str(v) if numeric else "'" + str(v).replace("'", "''") + "'"
            shown = literal
            if has_decoder(table, name):  # '04' — 04 金融服务
                shown = f"{literal} — {display_value(table, name, v, self._lang())}"
            value_item = QListWidgetItem(shown)
            value_item.setData(Qt.ItemDataRole.UserRole, literal)
            self.values.addItem(value_item)

    def _on_list_item_double_clicked(self, item: QListWidgetItem) -> None:
        text = str(item.data(Qt.ItemDataRole.UserRole) or item.text())
        if item.listWidget() is self.fields and not text.isidentifier():
            text = '"' + text.replace('"', '""') + '"'
        self.editor.textCursor().insertText(text + " ")
        self.editor.moveCursor(QTextCursor.MoveOperation.End)
        self.editor.setFocus()
