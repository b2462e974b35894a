"""The pages of the enterprise import wizard: widgets and their labels only.

Every control sits in a form row with a label (or carries its own text), so a
planner always knows what a box is for; the wizard wires the behaviour.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from gui.enterprises.frame_model import DataFrameModel


#: Coordinate systems as planners know them: (label, spec for the importer).
def coordinate_choices() -> list[tuple[str, str]]:
    """Return the coordinate-system choices, named as planners know them."""
    gk = QCoreApplication.translate(
        "ImportWizard", "Gauss–Krüger CGCS2000 3° zone, CM %1°E (EPSG:%2)"
    )
    return [
        (
            QCoreApplication.translate(
                "ImportWizard", "WGS84 / GPS (GPS devices, Google Earth, 天地图)"
            ),
            "wgs84",
        ),
        (
            QCoreApplication.translate(
                "ImportWizard", "GCJ-02 — 高德 AMap / 腾讯 Tencent (火星坐标)"
            ),
            "gcj02",
        ),
        (QCoreApplication.translate("ImportWizard", "BD-09 — 百度 Baidu"), "bd09"),
        (
            QCoreApplication.translate(
                "ImportWizard", "CGCS2000 longitude/latitude (2000国家大地坐标系)"
            ),
            "cgcs2000",
        ),
        (gk.replace("%1", "117").replace("%2", "4548"), "EPSG:4548"),
        (gk.replace("%1", "114").replace("%2", "4547"), "EPSG:4547"),
        (gk.replace("%1", "120").replace("%2", "4549"), "EPSG:4549"),
        (
            QCoreApplication.translate(
                "ImportWizard", "Gauss–Krüger 3° zone 39 with zone prefix (EPSG:4527)"
            ),
            "EPSG:4527",
        ),
    ]


def field_labels() -> dict[str, str]:
    """Return the importer's fields as the planner reads them."""
    return {
        "name": QCoreApplication.translate("ImportWizard", "Enterprise name"),
        "credit_code": QCoreApplication.translate(
            "ImportWizard", "Unified social credit code"
        ),
        "address": QCoreApplication.translate("ImportWizard", "Address"),
        "lon": QCoreApplication.translate("ImportWizard", "Longitude/X"),
        "lat": QCoreApplication.translate("ImportWizard", "Latitude/Y"),
        "category": QCoreApplication.translate(
            "ImportWizard", "Producer-service category"
        ),
        "gbt4754": QCoreApplication.translate(
            "ImportWizard", "Industry code (GB/T 4754)"
        ),
        "industry": QCoreApplication.translate(
            "ImportWizard", "Industry name (GB/T 4754)"
        ),
        "employees": QCoreApplication.translate("ImportWizard", "Employees"),
        "revenue": QCoreApplication.translate("ImportWizard", "Revenue"),
        "founded": QCoreApplication.translate("ImportWizard", "Founded"),
        "coord_source": QCoreApplication.translate(
            "ImportWizard", "Coordinate system (per row)"
        ),
        "ps_edition": QCoreApplication.translate(
            "ImportWizard", "Classification edition (2015/2019)"
        ),
        "lon/lat": QCoreApplication.translate("ImportWizard", "Longitude/latitude"),
        "geometry": QCoreApplication.translate("ImportWizard", "Geometry"),
    }


#: Widest a column grows to fit its content (px); longer text shows a tooltip.
MAX_COLUMN_PX = 240


def fit_columns(view: QTableView, wrap_last: bool = False) -> None:
    """Size columns to their content (at most :data:`MAX_COLUMN_PX`).

    With ``wrap_last`` the last column takes the width that is left and its
    text wraps (the problem list: a reason is never cut off).
    """
    header = view.horizontalHeader()
    n = header.count()
    if n == 0:
        return
    last = n - 1 if wrap_last else n
    for i in range(last):
        header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
        view.resizeColumnToContents(i)
        if header.sectionSize(i) > MAX_COLUMN_PX:
            header.resizeSection(i, MAX_COLUMN_PX)
    if wrap_last:
        header.setSectionResizeMode(n - 1, QHeaderView.ResizeMode.Stretch)
        view.resizeRowsToContents()


def _table(model: DataFrameModel, name: str, wrap_last: bool = False) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.verticalHeader().hide()  # the file's own row numbers are a column
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(wrap_last)
    view.horizontalHeader().setStretchLastSection(True)
    model.modelReset.connect(lambda: fit_columns(view, wrap_last))
    return view


class FilePage(QWizardPage):
    """Choose the file and, for workbooks and GIS files, the sheet or layer."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(QCoreApplication.translate("ImportWizard", "File"))
        self.setSubTitle(
            QCoreApplication.translate(
                "ImportWizard",
                "CSV/TXT, Excel (.xlsx) or a point layer: GeoPackage, "
                "GeoJSON, Shapefile (also zipped), KML/KMZ.",
            )
        )
        self.path_edit = QLineEdit()
        self.browse = QPushButton(QCoreApplication.translate("ImportWizard", "Browse…"))
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        self.sheet_combo = QComboBox()
        self.info = QLabel()
        self.info.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("ImportWizard", "File"), row)
        form.addRow(
            QCoreApplication.translate("ImportWizard", "Worksheet or layer"),
            self.sheet_combo,
        )
        form.addRow(self.info)
        self.path_edit.setAccessibleName(
            QCoreApplication.translate("ImportWizard", "File")
        )
        self.sheet_combo.setAccessibleName(
            QCoreApplication.translate("ImportWizard", "Worksheet or layer")
        )


class PreviewPage(QWizardPage):
    """Encoding, delimiter and header row, with the file as it reads."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(
            QCoreApplication.translate(
                "ImportWizard", "Encoding, delimiter and header row"
            )
        )
        self.setSubTitle(
            QCoreApplication.translate(
                "ImportWizard",
                "Check that the Chinese text reads right; row numbers "
                "are those of the file.",
            )
        )
        self.encoding_combo = QComboBox()
        self.delim_combo = QComboBox()
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, 1000)
        self.preview_model = DataFrameModel(parent=self)
        self.preview = _table(
            self.preview_model,
            QCoreApplication.translate("ImportWizard", "File preview"),
        )
        form = QFormLayout()
        form.addRow(
            QCoreApplication.translate("ImportWizard", "Encoding"), self.encoding_combo
        )
        form.addRow(
            QCoreApplication.translate("ImportWizard", "Delimiter"), self.delim_combo
        )
        form.addRow(
            QCoreApplication.translate("ImportWizard", "Header row"), self.header_spin
        )
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(
            QLabel(QCoreApplication.translate("ImportWizard", "The file as read:"))
        )
        lay.addWidget(self.preview, 1)
        for w, name in (
            (
                self.encoding_combo,
                QCoreApplication.translate("ImportWizard", "Encoding"),
            ),
            (self.delim_combo, QCoreApplication.translate("ImportWizard", "Delimiter")),
            (
                self.header_spin,
                QCoreApplication.translate("ImportWizard", "Header row"),
            ),
        ):
            w.setAccessibleName(name)


class HookedPage(QWizardPage):
    """A wizard page that runs the wizard's ``on_initialize`` each time it is shown."""

    def __init__(self) -> None:
        super().__init__()
        self.on_initialize: Callable[[], object] = lambda: None

    def initializePage(self) -> None:  # noqa: N802 - Qt's virtual
        """Fill the page from the wizard's state (Qt calls this on Next)."""
        self.on_initialize()


class ColumnsPage(HookedPage):
    """Which column holds which field, and the revenue unit."""

    def __init__(self, fields: list[str]) -> None:
        super().__init__()
        self.setTitle(QCoreApplication.translate("ImportWizard", "Columns"))
        self.setSubTitle(
            QCoreApplication.translate(
                "ImportWizard", "Guessed from the headers; change any that are wrong."
            )
        )
        labels = field_labels()
        self.field_combos: dict[str, QComboBox] = {}
        inner = QWidget()
        form = QFormLayout(inner)
        for f in fields:
            combo = QComboBox()
            combo.setAccessibleName(labels[f])
            self.field_combos[f] = combo
            form.addRow(labels[f], combo)
        self.unit_combo = QComboBox()
        self.unit_combo.addItem(
            QCoreApplication.translate("ImportWizard", "from the header (else 万元)"),
            None,
        )
        for u in ("万元", "元", "千元", "亿元"):
            self.unit_combo.addItem(u, u)
        self.unit_combo.setAccessibleName(
            QCoreApplication.translate("ImportWizard", "Revenue unit")
        )
        form.addRow(
            QCoreApplication.translate("ImportWizard", "Revenue unit"), self.unit_combo
        )
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        QVBoxLayout(self).addWidget(scroll)


class CoordinatesPage(HookedPage):
    """The file's coordinate system, swapped axes and existing enterprises."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(QCoreApplication.translate("ImportWizard", "Coordinates"))
        self.setSubTitle(
            QCoreApplication.translate(
                "ImportWizard",
                "Which map or device gave the coordinates? A row's own "
                "coordinate-system column wins over this choice.",
            )
        )
        self.coords_combo = QComboBox()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("coords_hint")
        self.fix_swapped = QCheckBox(
            QCoreApplication.translate(
                "ImportWizard", "Swap lon/lat where that fits the region"
            )
        )
        self.dup_combo = QComboBox()
        self.dup_combo.addItem(
            QCoreApplication.translate(
                "ImportWizard", "Skip enterprises already in the project"
            ),
            "skip",
        )
        self.dup_combo.addItem(
            QCoreApplication.translate("ImportWizard", "Update them"), "update"
        )
        form = QFormLayout(self)
        form.addRow(
            QCoreApplication.translate("ImportWizard", "Coordinate system of the file"),
            self.coords_combo,
        )
        form.addRow(self.hint)
        form.addRow(self.fix_swapped)
        form.addRow(
            QCoreApplication.translate("ImportWizard", "Same credit code"),
            self.dup_combo,
        )
        self.coords_combo.setAccessibleName(
            QCoreApplication.translate("ImportWizard", "Coordinate system of the file")
        )
        self.dup_combo.setAccessibleName(
            QCoreApplication.translate("ImportWizard", "Same credit code")
        )


class ValidationPage(HookedPage):
    """Progress, the summary, every problem, the industry mapping, the choice."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(QCoreApplication.translate("ImportWizard", "Validation"))
        self.bar = QProgressBar()
        self.bar.setAccessibleName(
            QCoreApplication.translate("ImportWizard", "Validation progress")
        )
        self.cancel_button = QPushButton(
            QCoreApplication.translate("ImportWizard", "Cancel validation")
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.problem_model = DataFrameModel(parent=self)
        self.industry_model = DataFrameModel(parent=self)
        self.problems = _table(
            self.problem_model,
            QCoreApplication.translate("ImportWizard", "Problems"),
            wrap_last=True,
        )
        self.industries = _table(
            self.industry_model,
            QCoreApplication.translate("ImportWizard", "Industries"),
            wrap_last=True,
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(
            self.problems, QCoreApplication.translate("ImportWizard", "Problems")
        )
        self.tabs.addTab(
            self.industries,
            QCoreApplication.translate("ImportWizard", "Industry → category"),
        )
        self.good_radio = QRadioButton(
            QCoreApplication.translate(
                "ImportWizard", "Import the good rows (and save the report)"
            )
        )
        self.nothing_radio = QRadioButton(
            QCoreApplication.translate("ImportWizard", "Import nothing")
        )
        self.nothing_radio.setChecked(True)
        top = QHBoxLayout()
        top.addWidget(self.bar, 1)
        top.addWidget(self.cancel_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.good_radio)
        lay.addWidget(self.nothing_radio)
