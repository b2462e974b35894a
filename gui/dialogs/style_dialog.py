"""StyleDialog: single, categorised or graduated symbols, applied live and undoable.

Every change pushes :class:`layers.layer_commands.SetLayerStyleCommand`; consecutive
pushes for one layer merge on the undo stack, so one Undo reverts the whole
session of edits, and Cancel reverts it by undoing that one command.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.docks.layer_tree_model import swatch_icon
from layers.layer_commands import SetLayerStyleCommand
from layers.style import (
    CATEGORY_COLORS,
    KIND_COLORS,
    Category,
    GradClass,
    LayerStyle,
    categorized_style,
    density_settings,
    graduated_style,
    with_density,
)
from layers.undo import UndoStack
from layers.vector_layer import VectorLayer

MODES = ("single", "categorized", "graduated")
METHODS = ("equal", "quantile", "jenks")


class ColorButton(QPushButton):
    """A push button that shows a colour and picks a new one with QColorDialog."""

    def __init__(self, color: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.color = color
        self._paint()

    def set_color(self, color: str) -> None:
        """Show ``color`` ('#rrggbb')."""
        self.color = color
        self._paint()

    def _paint(self) -> None:
        self.setText(self.color)
        self.setStyleSheet(
            f"background-color: {self.color}; color: {_contrast(self.color)}"
        )

    def pick(self) -> bool:
        """Open the colour dialog; return True if the colour changed."""
        chosen = QColorDialog.getColor(QColor(self.color), self)
        if chosen.isValid() and chosen.name() != self.color:
            self.set_color(chosen.name())
            return True
        return False


def _contrast(color: str) -> str:
    c = QColor(color)
    return "#000000" if c.lightness() > 140 else "#ffffff"


class StyleDialog(QDialog):
    """Edit ``layer``'s style; each change is pushed onto ``undo_stack`` at once."""

    def __init__(
        self, layer: VectorLayer, undo_stack: UndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("StyleDialog")
        self.layer = layer
        self.undo_stack = undo_stack
        self._start_index = undo_stack.index
        self._start_style = layer.style
        self._loading = True
        st = layer.style
        self.mode = QComboBox(self)
        self.field = QComboBox(self)
        self.method = QComboBox(self)
        self.classes = QSpinBox(self)
        self.classes.setRange(2, 7)
        self.classes.setValue(max(2, min(7, len(st.classes) or 5)))
        self.fill = ColorButton(st.fill_color, self)
        self.alpha = QSlider(Qt.Orientation.Horizontal, self)
        self.alpha.setRange(0, 100)
        self.alpha.setValue(round(st.fill_alpha * 100))
        self.outline = ColorButton(st.outline_color, self)
        self.outline_width = _dspin(0.0, 10.0, st.outline_width, self)
        self.point_size = _dspin(1.0, 30.0, st.point_size, self)
        self.density_scale = _density_spin(st, self)
        self.label_field = QComboBox(self)
        self.label_size = _dspin(4.0, 48.0, st.label_size, self)
        self.class_list = QTreeWidget(self)
        self.class_list.setHeaderHidden(True)
        self.class_list.setRootIsDecorated(False)
        self.class_list.itemDoubleClicked.connect(
            self._on_class_list_item_double_clicked
        )
        self.form = QFormLayout()
        fields = (
            self.mode,
            self.field,
            self.method,
            self.classes,
            self.fill,
            self.alpha,
            self.outline,
            self.outline_width,
            self.point_size,
            self.density_scale,
            self.label_field,
            self.label_size,
        )
        # Real QLabel objects: addRow("", w) creates none, and retranslate_ui
        # sets the texts on these.
        self._row_labels = [QLabel(self) for _ in fields]
        for label, w in zip(self._row_labels, fields, strict=True):
            label.setBuddy(w)
            self.form.addRow(label, w)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.class_list)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._fill_fields()
        self._loading = False
        self._update_enabled()
        self._show_classes()
        self._connect()

    def _connect(self) -> None:
        for combo in (self.mode, self.field, self.method, self.label_field):
            combo.currentIndexChanged.connect(self._on_control_changed)
        for spin in (
            self.classes,
            self.outline_width,
            self.point_size,
            self.density_scale,
            self.label_size,
        ):
            spin.valueChanged.connect(self._on_control_changed)
        self.alpha.valueChanged.connect(self._on_control_changed)
        self.fill.clicked.connect(self._on_fill_clicked)
        self.outline.clicked.connect(self._on_outline_clicked)

    def _on_fill_clicked(self) -> None:
        if self.fill.pick():
            self._on_control_changed()

    def _on_outline_clicked(self) -> None:
        if self.outline.pick():
            self._on_control_changed()

    def _fill_fields(self) -> None:
        st = self.layer.style
        self.mode.setCurrentIndex(MODES.index(st.mode) if st.mode in MODES else 0)
        self.method.setCurrentIndex(
            METHODS.index(st.method) if st.method in METHODS else 0
        )
        geom = getattr(self.layer.gdf, "_geometry_column_name", "geometry")
        names = [str(c) for c in self.layer.gdf.columns if c != geom]
        self.field.clear()
        for n in names:
            self.field.addItem(self._field_text(n), n)
            self.field.setItemData(
                self.field.count() - 1, n, Qt.ItemDataRole.ToolTipRole
            )
        if st.field in names:
            self.field.setCurrentIndex(self.field.findData(st.field))
        self.label_field.clear()
        self.label_field.addItem(self.tr("(no labels)"), None)
        for n in names:
            self.label_field.addItem(self._field_text(n), n)
        i = self.label_field.findData(st.label_field) if st.label_field else 0
        self.label_field.setCurrentIndex(max(i, 0))

    def _field_text(self, name: str) -> str:
        """Return "alias (name)" for a field with an alias, else its name."""
        from gui import i18n
        from layers.fields import field_label

        label = field_label(
            self.layer.source.table, name, i18n.current_language() or "en"
        )
        return name if label == name else f"{label} ({name})"

    def retranslate_ui(self) -> None:
        """Set every visible string (again after a language change)."""
        self.setWindowTitle(self.tr("Style: {name}").format(name=self.layer.name))
        labels = [
            self.tr("Symbology"),
            self.tr("Field"),
            self.tr("Classification"),
            self.tr("Classes"),
            self.tr("Fill colour"),
            self.tr("Fill opacity"),
            self.tr("Outline colour"),
            self.tr("Outline width (pt)"),
            self.tr("Point size (px)"),
            self.tr("Points from scale"),
            self.tr("Label field"),
            self.tr("Label size (pt)"),
        ]
        for label, text in zip(self._row_labels, labels, strict=True):
            label.setText(text)
        _set_items(
            self.mode,
            [self.tr("Single symbol"), self.tr("Categorised"), self.tr("Graduated")],
        )
        _set_items(
            self.method,
            [
                self.tr("Equal interval"),
                self.tr("Quantiles"),
                self.tr("Natural breaks (Jenks)"),
            ],
        )
        if self.label_field.count():
            self.label_field.setItemText(0, self.tr("(no labels)"))
        self.class_list.setToolTip(self.tr("Double-click a class to change its colour"))
        self.density_scale.setSpecialValueText(self.tr("always points"))
        self.density_scale.setToolTip(
            self.tr(
                "At smaller scales (zoomed out further) the points are drawn "
                "as a density map under the zones."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- building the style ----------------------------------------------------
    def current_style(self) -> LayerStyle:
        """Return the style the controls describe."""
        base = self.layer.style.with_(
            fill_color=self.fill.color,
            fill_alpha=self.alpha.value() / 100.0,
            outline_color=self.outline.color,
            outline_width=float(self.outline_width.value()),
            point_size=float(self.point_size.value()),
            label_field=self.label_field.currentData(),
            label_size=float(self.label_size.value()),
        )
        if self.layer.geometry_type == "point":
            n = int(self.density_scale.value())
            base = with_density(base, float(n) if n > 0 else None)
        mode = MODES[max(self.mode.currentIndex(), 0)]
        field = self.field.currentData() or None
        if mode == "single" or field is None:
            return base.with_(mode="single")
        values: pd.Series = self.layer.gdf[field]
        if mode == "categorized":
            if base.mode == "categorized" and base.field == field:
                return base
            colors = {**CATEGORY_COLORS, **KIND_COLORS}
            colors.update({c.value: c.color for c in base.categories})
            return self._decoded_labels(categorized_style(base, field, values, colors))
        method = METHODS[max(self.method.currentIndex(), 0)]
        n = int(self.classes.value())
        same = (
            base.mode == "graduated" and base.field == field and base.method == method
        )
        if same and len(base.classes) == n:
            return base
        return graduated_style(base, field, values, n, method)

    def _decoded_labels(self, style: LayerStyle) -> LayerStyle:
        """Name coded categories (04 -> 04 金融服务) in the legend."""
        from gui import i18n
        from layers.fields import display_value, has_decoder

        table = self.layer.source.table
        if not style.field or not has_decoder(table, style.field):
            return style
        lang = i18n.current_language() or "en"
        cats = tuple(
            Category(c.value, c.color, display_value(table, style.field, c.value, lang))
            for c in style.categories
        )
        return style.with_(categories=cats)

    def apply(self) -> None:
        """Push the controls' style onto the undo stack (merging with the last)."""
        style = self.current_style()
        if style != self.layer.style:
            self.undo_stack.push(SetLayerStyleCommand(self.layer, style))
        self._show_classes()

    def _on_control_changed(self, *_args: Any) -> None:
        if self._loading:
            return
        self._update_enabled()
        self.apply()

    def _update_enabled(self) -> None:
        mode = MODES[max(self.mode.currentIndex(), 0)]
        self.field.setEnabled(mode != "single")
        self.method.setEnabled(mode == "graduated")
        self.classes.setEnabled(mode == "graduated")
        self.point_size.setEnabled(self.layer.geometry_type == "point")
        self.density_scale.setEnabled(self.layer.geometry_type == "point")

    def _show_classes(self) -> None:
        self.class_list.clear()
        st = self.layer.style
        for label, color in st.legend_entries():
            item = QTreeWidgetItem([label])
            item.setIcon(
                0, swatch_icon(color, self.layer.geometry_type, st.outline_color)
            )
            self.class_list.addTopLevelItem(item)

    def _on_class_list_item_double_clicked(
        self, item: QTreeWidgetItem, _col: int
    ) -> None:
        row = self.class_list.indexOfTopLevelItem(item)
        st = self.layer.style
        entries = st.categories if st.mode == "categorized" else st.classes
        if not 0 <= row < len(entries):
            return
        chosen = QColorDialog.getColor(QColor(entries[row].color), self)
        if chosen.isValid():
            self.set_class_color(row, chosen.name())

    def set_class_color(self, row: int, color: str) -> None:
        """Give class ``row`` of the current style a new colour (undoable)."""
        st = self.layer.style
        if st.mode == "categorized":
            cats: list[Category] = list(st.categories)
            c = cats[row]
            cats[row] = Category(c.value, color, c.label)
            new = st.with_(categories=tuple(cats))
        elif st.mode == "graduated":
            grads: list[GradClass] = list(st.classes)
            g = grads[row]
            grads[row] = GradClass(g.lower, g.upper, color, g.label)
            new = st.with_(classes=tuple(grads))
        else:
            return
        self.undo_stack.push(SetLayerStyleCommand(self.layer, new))
        self._show_classes()

    def reject(self) -> None:
        """Cancel: undo the style edits made in this dialog."""
        stack = self.undo_stack
        if self.layer.style != self._start_style:
            top = stack.commands()[stack.index - 1] if stack.can_undo() else None
            own = isinstance(top, SetLayerStyleCommand) and top.layer is self.layer
            if own and stack.index == self._start_index + 1:
                stack.undo()
            else:  # merged into an older command: restore by a new one
                stack.push(SetLayerStyleCommand(self.layer, self._start_style))
        super().reject()


def _dspin(lo: float, hi: float, value: float, parent: QWidget) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(lo, hi)
    spin.setSingleStep(0.2 if hi <= 10 else 1.0)
    spin.setDecimals(1)
    spin.setValue(value)
    return spin


def _density_spin(style: LayerStyle, parent: QWidget) -> QSpinBox:
    """Return a 1:N box for the density threshold (0: always points)."""
    spin = QSpinBox(parent)
    spin.setObjectName("density_scale")
    spin.setRange(0, 10_000_000)
    spin.setSingleStep(5000)
    spin.setPrefix("1:")
    spin.setGroupSeparatorShown(True)
    spin.setKeyboardTracking(False)
    settings = density_settings(style)
    spin.setValue(int(settings["points_from_scale"]) if settings else 0)
    return spin


def _set_items(combo: QComboBox, texts: list[str]) -> None:
    """Replace item texts in place (keeps the current index, emits nothing)."""
    combo.blockSignals(True)
    if combo.count() != len(texts):
        i = combo.currentIndex()
        combo.clear()
        combo.addItems(texts)
        combo.setCurrentIndex(max(i, 0))
    else:
        for i, t in enumerate(texts):
            combo.setItemText(i, t)
    combo.blockSignals(False)
