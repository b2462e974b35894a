"""IdentifyDock: the features found by the identify tool, with every attribute."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDockWidget, QTreeWidget, QTreeWidgetItem, QWidget

from gui import i18n
from gui.docks.attribute_table_model import format_value
from gui.tools.identify_tool import IdentifyResult


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
        zh = i18n.current_language() == "zh_CN"
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
            if res.area is not None:
                text = res.area.format_zh() if zh else res.area.format_en()
                feat.addChild(QTreeWidgetItem([self.tr("Area"), text]))
                feat.addChild(
                    QTreeWidgetItem([self.tr("Area method"), res.area.method])
                )
            if res.length is not None:
                text = res.length.format_zh() if zh else res.length.format_en()
                feat.addChild(QTreeWidgetItem([self.tr("Length"), text]))
            for key, value in res.attributes.items():
                feat.addChild(QTreeWidgetItem([key, format_value(value)]))
        self.tree.expandToDepth(1)
        self.tree.resizeColumnToContents(0)

    def _on_tree_item_double_clicked(self, item: QTreeWidgetItem, _col: int) -> None:
        data = item.data(0, 256)
        if data:
            self.feature_activated.emit(str(data[0]), int(data[1]))
