"""Typed editors for print-layout item properties (one per :class:`PropSpec`).

A choice is a drop-down, a number a spin box with its unit and range, a scale
a ``1:N`` spin box, a colour a colour button, a font a font picker, a date a
line edit that only accepts ``YYYY-MM-DD``. None of them can hold a value the
spec rejects, and each calls ``commit(value)`` only when the user finished
editing (Enter, focus out, a choice picked).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QIcon,
    QPixmap,
    QRegularExpressionValidator,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFontComboBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QWidget,
)

from layers.printing.item_props import PropSpec

Commit = Callable[[Any], None]


def unit_suffix(unit: str) -> str:
    """Return the spin-box suffix for ``unit`` in the UI language."""
    names = {
        "mm": QCoreApplication.translate("LayoutProperties", "mm"),
        "pt": QCoreApplication.translate("LayoutProperties", "pt"),
        "%": "%",
        "×": "×",
        "m": QCoreApplication.translate("LayoutProperties", "m"),
        "°": "°",
    }
    return f" {names[unit]}" if unit in names else ""


@dataclass
class EditorRefs:
    """What reference editors offer: the page's maps and the project's layers."""

    map_ids: list[tuple[str, str]] = field(default_factory=list)  # (id, label)
    layers: list[tuple[str, str]] = field(default_factory=list)  # (id, name)
    picture_dir: str = ""
    choice_label: Callable[[str, str], str] = lambda _key, value: value


class ColorButton(QToolButton):
    """Show a colour swatch; click to pick, the menu clears an optional colour."""

    color_picked = Signal(object)  # "#rrggbb" or None

    def __init__(self, value: str | None, optional: bool) -> None:
        super().__init__()
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.clicked.connect(self.choose)
        if optional:
            menu = QMenu(self)
            menu.addAction(
                QCoreApplication.translate("LayoutProperties", "Choose colour…"),
                self.choose,
            )
            menu.addAction(
                QCoreApplication.translate("LayoutProperties", "No colour"),
                lambda: self.set_value(None, emit=True),
            )
            self.setMenu(menu)
            self.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.set_value(value, emit=False)

    @property
    def value(self) -> str | None:
        """Return the colour as ``#rrggbb`` (None: no colour)."""
        return self._value

    def choose(self) -> None:
        """Open the colour dialog; a valid choice is committed."""
        start = QColor(self._value) if self._value else QColor("#ffffff")
        color = QColorDialog.getColor(
            start, self, QCoreApplication.translate("LayoutProperties", "Choose colour")
        )
        if color.isValid():
            self.set_value(color.name(), emit=True)

    def set_value(self, value: str | None, emit: bool = False) -> None:
        """Show ``value`` (a colour name, or None for none); emit only if asked."""
        self._value = value
        pix = QPixmap(16, 16)
        pix.fill(QColor(value) if value else QColor(0, 0, 0, 0))
        self.setIcon(QIcon(pix))
        self.setText(value or QCoreApplication.translate("LayoutProperties", "none"))
        if emit:
            self.color_picked.emit(value)


class CommitTextEdit(QPlainTextEdit):
    """A multi-line text box that commits when it loses focus."""

    committed = Signal(str)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Commit the text, then lose focus."""
        self.committed.emit(self.toPlainText())
        super().focusOutEvent(event)


def make_editor(
    spec: PropSpec, value: Any, refs: EditorRefs, commit: Commit
) -> QWidget:
    """Return the editor widget of ``spec`` showing ``value``."""
    build = _BUILDERS[spec.editor]
    widget = build(spec, value, refs, commit)
    widget.setObjectName(f"prop_{spec.key}")
    return widget


def _number(spec: PropSpec, value: Any, refs: EditorRefs, commit: Commit) -> QWidget:
    percent = spec.unit == "%"
    k = 100.0 if percent else 1.0
    spin = QDoubleSpinBox()
    spin.setDecimals(spec.decimals)
    spin.setRange(spec.minimum * k, spec.maximum * k)
    spin.setSuffix(unit_suffix(spec.unit))
    spin.setKeyboardTracking(False)
    spin.setValue(float(value or 0) * k)
    if spec.key == "interval":
        spin.setSpecialValueText(
            QCoreApplication.translate("LayoutProperties", "Automatic")
        )
    spin.editingFinished.connect(lambda: commit(spin.value() / k))
    return spin


def _integer(spec: PropSpec, value: Any, refs: EditorRefs, commit: Commit) -> QWidget:
    spin = QSpinBox()
    spin.setRange(int(spec.minimum), int(spec.maximum))
    spin.setKeyboardTracking(False)
    if spec.editor == "scale":
        spin.setPrefix("1:")
        spin.setGroupSeparatorShown(True)
        spin.setSingleStep(1000)
    spin.setValue(int(value or spec.minimum))
    spin.editingFinished.connect(lambda: commit(spin.value()))
    return spin


def _choice(spec: PropSpec, value: Any, refs: EditorRefs, commit: Commit) -> QWidget:
    items = [(refs.choice_label(spec.key, c), c) for c in spec.choices]
    return _combo(items, value, commit)


def _combo(items: list[tuple[str, Any]], value: Any, commit: Commit) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(False)  # only the listed values can be chosen
    for label, data in items:
        combo.addItem(label, data)
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))
    combo.activated.connect(lambda i: commit(combo.itemData(i)))
    return combo


def _map_ref(spec: PropSpec, value: Any, refs: EditorRefs, commit: Commit) -> QWidget:
    return _combo([(label, i) for i, label in refs.map_ids], value, commit)


def _layer_ref(spec: PropSpec, value: Any, refs: EditorRefs, commit: Commit) -> QWidget:
    items: list[tuple[str, Any]] = (
        [(QCoreApplication.translate("LayoutProperties", "(none)"), None)]
        if spec.optional
        else []
    )
    items += [(name, i) for i, name in refs.layers]
    return _combo(items, value, commit)


def _color(spec: PropSpec, value: Any, refs: EditorRefs, commit: Commit) -> QWidget:
    button = ColorButton(str(value) if value else None, spec.optional)
    button.color_picked.connect(commit)
    return button


def _font(spec: PropSpec, value: Any, refs: EditorRefs, commit: Commit) -> QWidget:
    from gui.fonts import cjk_family

    bundled = cjk_family()
    combo = QFontComboBox()
    combo.setEditable(False)  # a family that exists, or nothing
    combo.setCurrentFont(QFont(str(value) or bundled))
    combo.setToolTip(
        QCoreApplication.translate(
            "LayoutProperties", "Empty boxes in print? Keep the bundled font: %1"
        ).replace("%1", bundled)
    )

    def picked(_index: int) -> None:
        family = combo.currentFont().family()
        commit("" if family == bundled else family)

    combo.activated.connect(picked)
    return combo


def _text(spec: PropSpec, value: Any, refs: EditorRefs, commit: Commit) -> QWidget:
    edit = QLineEdit(str(value or ""))
    edit.editingFinished.connect(lambda: commit(edit.text()))
    return edit


def _multiline(spec: PropSpec, value: Any, refs: EditorRefs, commit: Commit) -> QWidget:
    edit = CommitTextEdit(str(value or ""))
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
    edit.committed.connect(commit)
    return edit


def _date(spec: PropSpec, value: Any, refs: EditorRefs, commit: Commit) -> QWidget:
    edit = QLineEdit(str(value or ""))
    pattern = QRegularExpression(r"^(\d{4}-\d{2}-\d{2})?$")
    edit.setValidator(QRegularExpressionValidator(pattern, edit))
    edit.setPlaceholderText(
        QCoreApplication.translate("LayoutProperties", "day of printing (YYYY-MM-DD)")
    )
    edit.editingFinished.connect(lambda: commit(edit.text()))
    return edit


def _bool(spec: PropSpec, value: Any, refs: EditorRefs, commit: Commit) -> QWidget:
    box = QCheckBox()
    box.setChecked(bool(value))
    box.toggled.connect(lambda v: commit(bool(v)))
    return box


def _path(spec: PropSpec, value: Any, refs: EditorRefs, commit: Commit) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    edit = QLineEdit(str(value or ""))
    edit.setReadOnly(True)
    edit.setToolTip(str(value or ""))
    browse = QPushButton(QCoreApplication.translate("LayoutProperties", "Browse…"))

    def choose() -> None:
        path, _ = QFileDialog.getOpenFileName(
            box,
            QCoreApplication.translate("LayoutProperties", "Picture"),
            str(value or refs.picture_dir),
            image_filter(),
        )
        if path:
            edit.setText(path)
            commit(path)

    browse.clicked.connect(choose)
    row.addWidget(edit, 1)
    row.addWidget(browse)
    return box


def image_filter() -> str:
    """Return the file-dialog filter for pictures."""
    return QCoreApplication.translate(
        "LayoutProperties", "Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif)"
    )


def show_value(widget: QWidget, spec: PropSpec, value: Any) -> None:
    """Show ``value`` in an editor made by :func:`make_editor` (no commit)."""
    widget.blockSignals(True)
    try:
        if isinstance(widget, QDoubleSpinBox):
            widget.setValue(float(value or 0) * (100.0 if spec.unit == "%" else 1.0))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value or spec.minimum))
        elif isinstance(widget, QFontComboBox):
            from gui.fonts import cjk_family

            widget.setCurrentFont(QFont(str(value or "") or cjk_family()))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(widget.findData(value), 0))
        elif isinstance(widget, ColorButton):
            widget.set_value(str(value) if value else None, emit=False)
        elif isinstance(widget, CommitTextEdit):
            if widget.toPlainText() != str(value or ""):
                widget.setPlainText(str(value or ""))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QLineEdit):
            widget.setText(str(value or ""))
        else:
            edit = widget.findChild(QLineEdit)
            if edit is not None:
                edit.setText(str(value or ""))
                edit.setToolTip(str(value or ""))
    finally:
        widget.blockSignals(False)


_BUILDERS: dict[str, Callable[[PropSpec, Any, EditorRefs, Commit], QWidget]] = {
    "number": _number,
    "integer": _integer,
    "scale": _integer,
    "choice": _choice,
    "map": _map_ref,
    "layer": _layer_ref,
    "color": _color,
    "font": _font,
    "text": _text,
    "multiline": _multiline,
    "date": _date,
    "bool": _bool,
    "path": _path,
}
