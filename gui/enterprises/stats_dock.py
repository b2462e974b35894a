"""StatisticsDock: per zone/district/kind tables, charts, comparison, thematic maps."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.enterprises.charts import ChartWidget
from gui.enterprises.frame_model import DataFrameModel
from gui.file_dialogs import remember_folder, start_path
from gui.interface import AppInterface
from gui.widgets.column_fit import ColumnFitter
from layers.enterprises import statistics as st
from layers.enterprises.thematic import choropleth_command, density_command
from layers.zones.zone_fields import KINDS

TABLE_COLUMNS = [
    "name_zh",
    "count",
    "employees",
    "revenue_wan",
    "area_km2",
    "density_per_km2",
    "employees_per_km2",
    "revenue_wan_per_km2",
]
GROUPINGS = ("zone", "district", "kind")
#: Chart height (px) the dock never goes below, docked or floating.
CHART_MIN_HEIGHT = 260


def hidden_zones(project: Any, store: Any) -> Any:
    """Return stored zones of kinds no zone layer shows (None if none/no store)."""
    if store is None:
        return None
    shown: set[str] = set()
    for lyr in project.layers:
        if lyr.source.table == "zones":
            shown |= set(lyr.source.where.get("kind", []))
            if not lyr.source.where:
                return None  # one layer shows every kind
    if shown >= set(KINDS):
        # Every kind the schema allows is on a layer (the default project):
        # no need to read the zones table on each statistics refresh.
        return None
    # No fallback on error: a missing umbrella zone (ZGC-00) would drop it from
    # the statistics and let the zone watcher strip it from enterprises.
    zones = store.read_table("zones")
    return zones[~zones["kind"].isin(shown)]


def project_frames(project: Any, store: Any = None) -> tuple[Any, Any, Any]:
    """Return (enterprises, zones, basemap) frames from a project's layers.

    Zones in the store but on no layer (the ZGC umbrella zone) are added, so
    statistics and zone codes cover every zone; layer rows (with unsaved
    edits) win over stored ones.
    """
    ent_layer = project.find("enterprises")
    ent = ent_layer.gdf if ent_layer is not None else None
    zl = [
        lyr.gdf
        for lyr in project.layers
        if lyr.source.table == "zones" and len(lyr.gdf)
    ]
    hidden = hidden_zones(project, store)
    if hidden is not None:
        zl.append(hidden)
    zones = pd.concat(zl) if zl else None
    if zones is not None and not {"code", "name_zh"} <= set(zones.columns):
        zones = None  # layers not in the project schema: no zone statistics
    if zones is not None:
        zones = zones.drop_duplicates("code")
    base = next(
        (lyr.gdf for lyr in project.layers if lyr.source.table == "basemap"), None
    )
    if base is None or len(base) == 0:
        import resources

        base = resources.load_basemap()
    return ent, zones, base


class StatisticsDock(QDockWidget):
    """Statistics of the register, refreshed when enterprises or zones change."""

    def __init__(self, window: AppInterface) -> None:
        super().__init__(self.tr("Enterprise statistics"), window.main_widget())
        self.setObjectName("dock_enterprise_statistics")
        self.window_ = window
        self.stats: dict[str, pd.DataFrame] = {}
        self._layers: list[Any] = []
        body = QWidget(self)
        lay = QVBoxLayout(body)
        top = QHBoxLayout()
        self.by_combo = QComboBox(body)
        for k in GROUPINGS:
            self.by_combo.addItem(k, k)
        self.chart_combo = QComboBox(body)
        self.chart_combo.addItem(self.tr("Bar by category"), "category")
        self.chart_combo.addItem(self.tr("Stacked by unit"), "stacked")
        # 10 categories, or the policy's five leading sectors (seed (一)/(四))
        self.group_combo = QComboBox(body)
        self.group_combo.setObjectName("stats_grouping")
        self.group_combo.addItem("categories", "categories")
        self.group_combo.addItem("sectors", "sectors")
        self.export_button = QPushButton(self.tr("Export XLSX…"), body)
        top.addWidget(self.by_combo)
        top.addWidget(self.chart_combo)
        top.addWidget(self.group_combo)
        top.addStretch(1)
        top.addWidget(self.export_button)
        lay.addLayout(top)
        split = QSplitter(Qt.Orientation.Vertical, body)
        self.model = DataFrameModel(parent=self)
        self.view = QTableView(split)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.chart = ChartWidget(split)
        # A chart squeezed to a sliver is no chart: docked or floating, it keeps
        # room for bars, axis labels and the category legend.
        self.chart.setMinimumHeight(CHART_MIN_HEIGHT)
        cmp_box = QWidget(split)
        cl = QVBoxLayout(cmp_box)
        crow = QHBoxLayout()
        self.cmp_a, self.cmp_b = QComboBox(cmp_box), QComboBox(cmp_box)
        crow.addWidget(QLabel(self.tr("Compare"), cmp_box))
        crow.addWidget(self.cmp_a)
        crow.addWidget(self.cmp_b)
        cl.addLayout(crow)
        self.cmp_model = DataFrameModel(parent=self, whole_rows=True)
        self.cmp_view = QTableView(cmp_box)
        self.cmp_view.setModel(self.cmp_model)
        cl.addWidget(self.cmp_view)
        for i in range(split.count()):
            split.setCollapsible(i, False)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 1)
        for view in (self.view, self.cmp_view):
            view.setWordWrap(False)
        self._fit_table = ColumnFitter(self.view)
        self._fit_compare = ColumnFitter(self.cmp_view)
        self.view.setMinimumHeight(120)
        lay.addWidget(split, 1)
        trow = QHBoxLayout()
        self.stat_combo = QComboBox(body)
        for k in st.STAT_LABELS:
            self.stat_combo.addItem(k, k)
        self.stat_combo.setCurrentIndex(list(st.STAT_LABELS).index("density_per_km2"))
        self.choropleth_button = QPushButton(self.tr("Choropleth of zones"), body)
        self.cell_combo = QComboBox(body)
        for m in (500, 1000, 2000, 5000):
            self.cell_combo.addItem(f"{m / 1000:g} km", float(m))
        self.cell_combo.setCurrentIndex(1)
        self.density_button = QPushButton(self.tr("Density map"), body)
        for w in (
            self.stat_combo,
            self.choropleth_button,
            self.cell_combo,
            self.density_button,
        ):
            trow.addWidget(w)
        lay.addLayout(trow)
        # Docked under the case panels on a 768 px screen the chart's minimum
        # height would push the window past the screen's bottom edge: the body
        # scrolls instead, keeping the chart its room.
        scroll = QScrollArea(self)
        scroll.setObjectName("statistics_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.refresh)
        self.by_combo.currentIndexChanged.connect(lambda _i: self.show_table())
        self.chart_combo.currentIndexChanged.connect(lambda _i: self.draw_chart())
        self.group_combo.currentIndexChanged.connect(lambda _i: self.draw_chart())
        self.view.clicked.connect(lambda _i: self.draw_chart())
        self.cmp_a.currentIndexChanged.connect(lambda _i: self.show_compare())
        self.cmp_b.currentIndexChanged.connect(lambda _i: self.show_compare())
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.choropleth_button.clicked.connect(lambda: self.apply_choropleth())
        self.density_button.clicked.connect(lambda: self.apply_density())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the combo items and column headers in the UI language."""
        self.setWindowTitle(self.tr("Enterprise statistics"))
        by = {
            "zone": self.tr("By zone"),
            "district": self.tr("By district"),
            "kind": self.tr("By zone type"),
        }
        for i in range(self.by_combo.count()):
            self.by_combo.setItemText(i, by[self.by_combo.itemData(i)])
        groups = {
            "categories": self.tr("10 categories"),
            "sectors": self.tr("Policy's five sectors"),
        }
        for i in range(self.group_combo.count()):
            self.group_combo.setItemText(i, groups[self.group_combo.itemData(i)])
        stats = {
            "count": self.tr("Enterprises"),
            "employees": self.tr("Employees"),
            "revenue_wan": self.tr("Revenue (10k yuan)"),
            "density_per_km2": self.tr("Enterprise density (per km²)"),
            "employees_per_km2": self.tr("Employee density (per km²)"),
            "revenue_wan_per_km2": self.tr("Revenue density (10k yuan/km²)"),
        }
        for i in range(self.stat_combo.count()):
            key = self.stat_combo.itemData(i)
            self.stat_combo.setItemText(i, stats.get(key, key))
        self.model.labels = {
            "name_zh": self.tr("Name"),
            "count": self.tr("Enterprises"),
            "employees": self.tr("Employees"),
            "revenue_wan": self.tr("Revenue (10k yuan)"),
            "area_km2": self.tr("Area (km²)"),
            "density_per_km2": self.tr("Enterprises/km²"),
            "employees_per_km2": self.tr("Persons/km²"),
            "revenue_wan_per_km2": self.tr("10k yuan/km²"),
            "key": self.tr("Code"),
        }
        n = self.model.columnCount()
        if n:
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, n - 1)
        if self.stats:
            self.draw_chart()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- data -----------------------------------------------------------------
    def set_project(self, project: Any) -> None:
        """Observe ``project``'s enterprise and zone layers and compute."""
        for lyr in self._layers:
            lyr.features_changed.disconnect(self._on_layer_features_changed)
        self._layers = [
            lyr
            for lyr in project.layers
            if lyr.source.table in ("enterprises", "zones")
        ]
        for lyr in self._layers:
            lyr.features_changed.connect(self._on_layer_features_changed)
        self.refresh()

    def _on_layer_features_changed(self, _layer: Any) -> None:
        self._timer.start()

    def showEvent(self, event: Any) -> None:
        """Catch up on changes made while the dock was hidden."""
        super().showEvent(event)
        if getattr(self, "_stale", True):
            self.refresh()

    def refresh(self) -> None:
        """Recompute all groupings from the layers (in-memory edits included).

        A hidden dock only marks itself stale: with a million enterprises the
        statistics cost about a second, which start-up should not pay.
        """
        if self.isHidden():
            self._stale = True
            return
        self._stale = False
        project = self.window_.project
        ent, zones, base = project_frames(project, self.window_.store)
        if ent is not None and not {"category", "zone_codes"} <= set(ent.columns):
            ent = None  # not the register's schema: nothing to count
        if ent is None or zones is None:
            self.stats = {}
        else:
            self.stats = {
                by: st.compute_stats(ent, by, zones, base) for by in GROUPINGS
            }
        self._zones = zones
        self.show_table()

    def current(self) -> pd.DataFrame:
        """Return the table of the chosen grouping (empty if none)."""
        return self.stats.get(self.by_combo.currentData(), pd.DataFrame())

    def show_table(self) -> None:
        t = self.current()
        cols = [c for c in TABLE_COLUMNS if c in t.columns]
        self.model.set_frame(t[cols] if len(t) else pd.DataFrame())
        self._fit_table.fit()
        for combo in (self.cmp_a, self.cmp_b):
            combo.blockSignals(True)
            combo.clear()
            for key, name in t["name_zh"].items() if len(t) else []:
                combo.addItem(f"{name}", key)
            combo.blockSignals(False)
        if self.cmp_b.count() > 1:
            self.cmp_b.setCurrentIndex(1)
        self.show_compare()
        self.draw_chart()

    def show_compare(self) -> None:
        t = self.current()
        a, b = self.cmp_a.currentData(), self.cmp_b.currentData()
        if not len(t) or a is None or b is None:
            self.cmp_model.set_frame(pd.DataFrame())
            return
        table = st.compare_units(t, a, b)
        table.index = [self._metric_label(m) for m in table.index]
        table.index.name = self.tr("Measure")
        table.columns = [
            str(t.loc[a, "name_zh"]),
            str(t.loc[b, "name_zh"]),
            self.tr("Difference"),
        ]
        if table.columns[0] == table.columns[1]:
            table.columns = [
                f"{table.columns[0]} ({a})",
                f"{table.columns[1]} ({b})",
                table.columns[2],
            ]
        self.cmp_model.set_frame(table)
        self._fit_compare.fit()

    def _metric_label(self, metric: str) -> str:
        """Return a comparison row's label (share_04 -> Share: 04 金融服务)."""
        from gui import i18n
        from layers.fields.decoders import ps_category

        if metric.startswith("share_"):
            lang = i18n.current_language() or "en"
            return self.tr("Share: %1").replace(
                "%1", ps_category(metric.removeprefix("share_"), lang)
            )
        return self.model.labels.get(metric, metric)

    def draw_chart(self) -> None:
        t = self.current()
        if not len(t):
            return
        if self.chart_combo.currentData() == "stacked":
            titles = {
                "zone": self.tr("Enterprise categories of each zone"),
                "district": self.tr("Enterprise categories of each district"),
                "kind": self.tr("Enterprise categories of each zone type"),
            }
            table, colors = self.grouped(st.category_table(t))
            self.chart.plot_stacked(
                table, t["name_zh"], titles[self.by_combo.currentData()], colors=colors
            )
            return
        rows = (
            self.view.selectionModel().selectedRows()
            if self.view.selectionModel()
            else []
        )
        if rows:
            key = self.model.key_at(rows[0].row())
            counts, title = (
                st.category_table(t).loc[key],
                self.tr("%1 enterprise categories").replace(
                    "%1", str(t.loc[key, "name_zh"])
                ),
            )
        else:
            ent = self.window_.project.layer("enterprises").gdf
            counts, title = (
                st.category_totals(ent)["count"],
                self.tr("All enterprises by category"),
            )
        counts, colors = self.grouped(counts.to_frame().T)
        self.chart.plot_categories(counts.iloc[0], title, colors=colors)

    def grouped(self, counts: pd.DataFrame) -> tuple[pd.DataFrame, Any]:
        """Return category counts (units x '01'..'10') in the chosen grouping.

        For the policy's five sectors: columns named in Chinese, with colours.
        """
        if self.group_combo.currentData() != "sectors":
            return counts, None
        from layers.enterprises.ps_categories import sector_names
        from layers.layer_specs import SECTOR_COLORS

        names = sector_names()
        table = st.regroup_to_sectors(counts).rename(columns=names)
        return table, {names[k]: SECTOR_COLORS[k] for k in names}

    # --- actions -----------------------------------------------------------------
    def export(self, path: str | Path) -> Path:
        """Export all groupings (and the comparison) to one XLSX file."""
        from layers.enterprises.register_export import ExportMeta, export_stats
        from layers.enterprises.statistics import source_note

        project = self.window_.project
        ent, zones, _ = project_frames(project, self.window_.store)
        meta = ExportMeta(
            "生产性服务业企业统计 Producer-service enterprise statistics",
            source=source_note(ent, getattr(project, "settings", {})),
            boundary=st.boundary_note(zones),
            notes=["面积为CGCS2000椭球面积 (geodesic area, CGCS2000 ellipsoid)"],
        )
        tables = {f"by_{k}": v for k, v in self.stats.items()}
        if len(self.cmp_model.frame):
            tables["compare"] = self.cmp_model.frame
        return export_stats(path, tables, meta)

    def _on_export_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export statistics"),
            start_path(self.window_.project.meta.path, "statistics.xlsx"),
            "Excel (*.xlsx)",
        )
        if path:
            remember_folder(path)
            try:
                self.export(path)
            except OSError as exc:
                from gui.write_failure import show_write_failure

                show_write_failure(self, path, exc)

    def apply_choropleth(self, stat: str | None = None) -> Any:
        """Style every zone layer graduated by ``stat`` (one undo step)."""
        stat = stat or self.stat_combo.currentData()
        zone_stats = self.stats.get("zone")
        if zone_stats is None:
            return None
        layers = [
            lyr for lyr in self.window_.project.layers if lyr.source.table == "zones"
        ]
        cmd = choropleth_command(layers, zone_stats, stat)
        self.window_.project.undo_stack.push(cmd)
        return cmd

    def apply_density(self, cell_m: float | None = None) -> Any:
        """Add the enterprise density grid layer (one undo step)."""
        project = self.window_.project
        ent = project.find("enterprises")
        if ent is None:
            return None
        cmd = density_command(project, ent, cell_m or self.cell_combo.currentData())
        project.undo_stack.push(cmd)
        return cmd
