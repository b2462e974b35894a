"""The main window's status bar: cursor, scale, CRS, render time and progress.

Cursor positions arrive in the display CRS and are shown as lon/lat on
CGCS2000 (EPSG:4490, 6 decimals) and as Gauss-Krueger metres (EPSG:4548).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QStatusBar,
    QWidget,
)

from geo.crs import transform_xy
from gui.widgets.scale_edit import ScaleEditWidget

GK_EPSG = 4548
#: Display CRS offered in the selector: EPSG code -> short label.
DISPLAY_CRS = {4548: "EPSG:4548", 3857: "EPSG:3857"}


class ProgressController:
    """Drive the status bar's progress bar and cancel button for long work.

    ``start(text, cancel_cb)``, then ``set(percent)`` (0-100, or None for a
    busy indicator), then ``finish()``.
    """

    def __init__(self, bar: QProgressBar, label: QLabel, cancel: QPushButton) -> None:
        self._bar, self._label, self._cancel = bar, label, cancel
        self._cancel_cb: Callable[[], None] | None = None
        cancel.clicked.connect(self._on_cancel_clicked)
        self.finish()

    @property
    def running(self) -> bool:
        """Return True between :meth:`start` and :meth:`finish`."""
        return not self._bar.isHidden()

    def start(self, text: str, cancel_cb: Callable[[], None] | None = None) -> None:
        """Show ``text`` and a busy bar; show Cancel if ``cancel_cb`` is given."""
        self._cancel_cb = cancel_cb
        self._label.setText(text)
        self._bar.setRange(0, 0)
        for w in (self._bar, self._label):
            w.show()
        self._cancel.setVisible(cancel_cb is not None)
        self._cancel.setEnabled(True)

    def set(self, percent: float | None) -> None:
        """Show progress in percent (0-100); None shows a busy indicator."""
        if percent is None:
            self._bar.setRange(0, 0)
        else:
            self._bar.setRange(0, 100)
            self._bar.setValue(int(max(0.0, min(100.0, percent))))

    def finish(self) -> None:
        """Hide the progress widgets."""
        self._cancel_cb = None
        for w in (self._bar, self._label, self._cancel):
            w.hide()

    def _on_cancel_clicked(self) -> None:
        if self._cancel_cb is not None:
            self._cancel.setEnabled(False)
            self._cancel_cb()


class MapStatusBar(QStatusBar):
    """Status bar with coordinates, scale box, CRS selector, timing and progress.

    Signals
    -------
    scale_entered(float)
        The user typed a scale 1:N.
    crs_selected(int)
        The user picked a display CRS.
    """

    scale_entered = Signal(float)
    crs_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = QLabel()
        self.banner.setStyleSheet("color: #a00; font-weight: bold;")
        self.banner.hide()
        self.lonlat_label = QLabel("—")
        self.lonlat_label.setMinimumWidth(190)
        self.gk_label = QLabel("")
        self.gk_label.setMinimumWidth(190)
        self.scale_edit = ScaleEditWidget()
        self.crs_combo = QComboBox()
        self.crs_combo.setObjectName("crs_combo")
        for epsg, label in DISPLAY_CRS.items():
            self.crs_combo.addItem(label, epsg)
        self.crs_combo.setToolTip(
            QCoreApplication.translate(
                "MapStatusBar",
                "Display CRS: EPSG:4548 CGCS2000 3-degree Gauss-Krüger CM 117E, "
                "or EPSG:3857 Web Mercator",
            )
        )
        self.render_label = QLabel()
        self.render_label.setMinimumWidth(110)
        self.progress_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(160)
        self.cancel_button = QPushButton(
            QCoreApplication.translate("MapStatusBar", "Cancel")
        )
        self.addWidget(self.banner)
        self.addWidget(self.progress_label)
        self.addWidget(self.progress_bar)
        self.addWidget(self.cancel_button)
        for w in (
            self.lonlat_label,
            self.gk_label,
            QLabel(QCoreApplication.translate("MapStatusBar", "Scale")),
            self.scale_edit,
            self.crs_combo,
            self.render_label,
        ):
            self.addPermanentWidget(w)
        self.progress = ProgressController(
            self.progress_bar, self.progress_label, self.cancel_button
        )
        self.scale_edit.scale_entered.connect(self.scale_entered)
        self.crs_combo.activated.connect(self._on_crs_combo_activated)

    def show_cursor(self, x_map: float, y_map: float, epsg: int) -> None:
        """Show a display-CRS point as lon/lat and GK metres."""
        lon, lat = transform_xy(x_map, y_map, epsg, 4490)
        if epsg == GK_EPSG:
            gx, gy = x_map, y_map
        else:
            tx, ty = transform_xy(lon, lat, 4490, GK_EPSG)
            gx, gy = float(tx), float(ty)
        self.lonlat_label.setText(f"{float(lon):.6f}°E {float(lat):.6f}°N")
        self.gk_label.setText(f"X {float(gx):,.1f} m  Y {float(gy):,.1f} m")

    def show_scale(self, denominator: float) -> None:
        """Show the current scale."""
        self.scale_edit.set_scale(denominator)

    def show_crs(self, epsg: int) -> None:
        """Select ``epsg`` in the CRS box (adding it if unknown)."""
        i = self.crs_combo.findData(epsg)
        if i < 0:
            self.crs_combo.addItem(f"EPSG:{epsg}", epsg)
            i = self.crs_combo.count() - 1
        self.crs_combo.setCurrentIndex(i)

    def show_render_time(self, seconds: float) -> None:
        """Show how long the last render took."""
        self.render_label.setText(
            QCoreApplication.translate("MapStatusBar", "Render {0} ms").format(
                round(seconds * 1000)
            )
        )

    def show_banner(self, text: str) -> None:
        """Show a permanent warning (e.g. read-only project); '' hides it."""
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def _on_crs_combo_activated(self, index: int) -> None:
        self.crs_selected.emit(int(self.crs_combo.itemData(index)))
