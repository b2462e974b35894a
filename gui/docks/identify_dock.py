"""IdentifyDock: the features found by the identify tool, with every attribute.

Fields show their aliases (名称, 类别, 所在区 …) and coded values their names
(:mod:`layers.fields`); the raw field name and value are in each row's
tooltip. Polygons list their area in m², 公顷 and 亩, each on its own line.
Columns size to their contents and the value column takes the rest, so no
number is cut off; a long value shows in full in its tooltip.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from geo.measure import GEODESIC_METHOD
from geo.units import Lang, area_lines, format_length
from gui import i18n
from gui.tools.identify_tool import IdentifyResult
from layers.fields import display_value, field_label, field_unit, has_decoder


class IdentifyDock(QDockWidget):
    """Tree: layer -> feature -> (field, value) rows, plus area for polygons.

    Signals
    -------
    feature_activated(str, int)
        A feature row was double-clicked: layer id and fid (to zoom/select).
    """

    feature_activated = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("IdentifyDock")
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setAlternatingRowColors(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.itemDoubleClicked.connect(self._on_tree_item_double_clicked)
        self.setWidget(self.tree)
        self.results: list[IdentifyResult] = []
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every visible string (again after a language change)."""
        self.setWindowTitle(self.tr("Identify results"))
        self.tree.setHeaderLabels([self.tr("Feature / field"), self.tr("Value")])
        self.show_results(self.results)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_results(self, results: list[IdentifyResult]) -> None:
        """Replace the tree with ``results``."""
        self.results = list(results)
        self.tree.clear()
        if not results:
            self.tree.addTopLevelItem(QTreeWidgetItem([self.tr("Nothing found here")]))
            return
        layers: dict[str, QTreeWidgetItem] = {}
        for res in results:
            top = layers.get(res.layer_id)
            if top is None:
                top = QTreeWidgetItem([res.layer_name])
                layers[res.layer_id] = top
                self.tree.addTopLevelItem(top)
            feat = QTreeWidgetItem([res.title, f"fid {res.fid}"])
            feat.setData(0, 256, (res.layer_id, res.fid))
            top.addChild(feat)
            self._measures(feat, res)
            self._attributes(feat, res)
        self.tree.expandToDepth(1)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Size both columns to their contents; the value column takes the rest.

        When the contents are wider than the panel the columns keep their
        content width and the panel scrolls sideways: nothing is cut off.
        """
        header = self.tree.header()
        header.setStretchLastSection(False)
        for col in (0, 1):
            self.tree.resizeColumnToContents(col)
        spare = self.tree.viewport().width() - header.length()
        if spare > 0:
            header.resizeSection(1, header.sectionSize(1) + spare)

    def resizeEvent(self, event: Any) -> None:
        """Let the value column follow the panel's width."""
        super().resizeEvent(event)
        self.fit_columns()

    def _measures(self, feat: QTreeWidgetItem, res: IdentifyResult) -> None:
        lang: Lang = "zh" if i18n.current_language() == "zh_CN" else "en"
        if res.area is not None:
            # m², 公顷 and 亩 each on their own line, as planners quote them.
            for i, line in enumerate(area_lines(res.area.m2, lang)):
                label = self.tr("Area") if i == 0 else ""
                feat.addChild(_row(label, line))
            method = _row(self.tr("Area method"), self._method_text(res.area.method))
            method.setToolTip(1, res.area.method)
            feat.addChild(method)
        if res.length is not None:
            feat.addChild(_row(self.tr("Length"), format_length(res.length.m, lang)))

    def _method_text(self, method: str) -> str:
        """Return how an area was computed, in the UI language (raw: tooltip)."""
        if method == GEODESIC_METHOD:
            return self.tr("geodesic, on the CGCS2000 ellipsoid")
        if method.startswith("planar "):
            return self.tr("planar, in %1").replace(
                "%1", method.removeprefix("planar ")
            )
        return method

    def _attributes(self, feat: QTreeWidgetItem, res: IdentifyResult) -> None:
        lang = i18n.current_language() or "en"
        for key, value in res.attributes.items():
            text = display_value(res.table, key, value, lang, res.attributes)
            unit = field_unit(res.table, key, lang)
            if unit and text and not has_decoder(res.table, key):
                text = f"{text} {unit}"
            item = _row(field_label(res.table, key, lang), text)
            raw = "" if value is None else str(value)
            item.setToolTip(0, key)
            item.setToolTip(1, text if raw == text else f"{text}\n{key} = {raw}")
            feat.addChild(item)

    def _on_tree_item_double_clicked(self, item: QTreeWidgetItem, _col: int) -> None:
        data = item.data(0, 256)
        if data:
            self.feature_activated.emit(str(data[0]), int(data[1]))


#: Text values longer than this show shortened (…) with the whole in a tooltip;
#: numbers are never shortened.
MAX_TEXT_CHARS = 24


def _row(label: str, value: str) -> QTreeWidgetItem:
    """Return a (label, value) row; long text is shortened, never a number."""
    shown = " ".join(value.split())
    if len(shown) > MAX_TEXT_CHARS and not _numeric(shown):
        shown = shown[: MAX_TEXT_CHARS - 1] + "…"
    item = QTreeWidgetItem([label, shown])
    item.setToolTip(1, value)
    return item


def _numeric(text: str) -> bool:
    return text.replace(",", "").replace(".", "").replace(" ", "").isdigit()
