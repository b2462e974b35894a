"""File > Export web map…: the options dialog and the worker thread that exports.

The GUI only gathers options and a path (STYLE.md "Web"); the page is made by
:func:`layers.web.web_map.export_web_map` on a worker thread, from a snapshot of
the chosen layers taken on the GUI thread, so edits made meanwhile cannot race
with the export.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from layers.project import Project

BASEMAP_KEYS = (None, "osm", "tianditu", "amap")


def basemap_labels() -> dict[str | None, str]:
    """Return basemap key -> label in the UI language."""
    return {
        None: QCoreApplication.translate("WebExport", "None (offline, recommended)"),
        "osm": QCoreApplication.translate("WebExport", "OpenStreetMap (online)"),
        "tianditu": QCoreApplication.translate(
            "WebExport", "Tianditu (online, needs a key)"
        ),
        "amap": QCoreApplication.translate(
            "WebExport", "AMap (online; data will be shifted to GCJ-02)"
        ),
    }


@dataclass(frozen=True)
class WebExportOptions:
    """What the user chose in :class:`WebExportDialog`."""

    layer_ids: tuple[str, ...]
    title: str
    out_path: str
    basemap: str | None
    tianditu_key: str | None
    extent_ll: tuple[float, float, float, float] | None


class WebExportDialog(QDialog):
    """Choose layers (default: visible), title, output file and online basemap."""

    def __init__(
        self,
        project: Project,
        view_extent_ll: tuple[float, float, float, float] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        from layers.web.web_map import DEFAULT_TITLE

        super().__init__(parent)
        self.setWindowTitle(self.tr("Export web map"))
        self._view_extent_ll = view_extent_ll
        self.layer_list = QListWidget(self)
        for lyr in project.layers:
            item = QListWidgetItem(f"{lyr.name}  ({lyr.feature_count:,})")
            item.setData(Qt.ItemDataRole.UserRole, lyr.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = Qt.CheckState.Checked if lyr.visible else Qt.CheckState.Unchecked
            item.setCheckState(on)
            self.layer_list.addItem(item)
        self.title_edit = QLineEdit(DEFAULT_TITLE, self)
        self.path_edit = QLineEdit(self._default_path(project), self)
        # Show the whole default path (folder and file), up to a sensible width.
        advance = self.path_edit.fontMetrics().horizontalAdvance(self.path_edit.text())
        self.path_edit.setMinimumWidth(min(600, max(320, advance + 24)))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._on_browse_clicked)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit)
        path_row.addWidget(browse)
        self.view_only = QCheckBox(self.tr("Export only the current view extent"), self)
        self.view_only.setEnabled(view_extent_ll is not None)
        self.basemap_combo = QComboBox(self)
        for key, label in basemap_labels().items():
            self.basemap_combo.addItem(label, key)
        self.key_edit = QLineEdit(self)
        self.key_edit.setPlaceholderText(self.tr("Tianditu developer key (tk)"))
        self.basemap_note = QLabel(self)
        self.basemap_note.setWordWrap(True)
        self.basemap_combo.currentIndexChanged.connect(self._on_basemap_changed)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Output file"), path_row)
        form.addRow(self.tr("Online basemap"), self.basemap_combo)
        form.addRow(self.tr("Key"), self.key_edit)
        form.addRow("", self.basemap_note)
        form.addRow("", self.view_only)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(QLabel(self.tr("Layers (default: the visible layers)"), self))
        box.addWidget(self.layer_list)
        box.addLayout(form)
        box.addWidget(self.buttons)
        self._on_basemap_changed()

    @staticmethod
    def _default_path(project: Project) -> str:
        base = Path(project.meta.path) if project.meta.path else Path.home() / "map"
        return str(base.with_suffix(".html"))

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export web map"),
            self.path_edit.text(),
            "HTML (*.html *.htm)",
        )
        if path:
            self.path_edit.setText(path)

    def _on_basemap_changed(self) -> None:
        key = self.basemap_combo.currentData()
        self.key_edit.setEnabled(key == "tianditu")
        notes = {
            None: self.tr(
                "The page is fully offline: it references no network resource."
            ),
            "osm": self.tr(
                "The page loads basemap tiles from OpenStreetMap (its only network "
                "reference)."
            ),
            "tianditu": self.tr(
                "The page loads basemap tiles from Tianditu; the key is written "
                "into the page, visible to its recipients."
            ),
            "amap": self.tr(
                "AMap tiles use shifted GCJ-02 coordinates; to match them, all data "
                "in the page is shifted to GCJ-02: indicative only, not for "
                "measuring."
            ),
        }
        self.basemap_note.setText(notes[key])

    def checked_layer_ids(self) -> tuple[str, ...]:
        """Return the ids of the checked layers, in tree order."""
        items = (self.layer_list.item(i) for i in range(self.layer_list.count()))
        return tuple(
            it.data(Qt.ItemDataRole.UserRole)
            for it in items
            if it.checkState() == Qt.CheckState.Checked
        )

    def options(self) -> WebExportOptions:
        """Return the chosen options."""
        key = self.basemap_combo.currentData()
        return WebExportOptions(
            layer_ids=self.checked_layer_ids(),
            title=self.title_edit.text().strip(),
            out_path=self.path_edit.text().strip(),
            basemap=key,
            tianditu_key=self.key_edit.text().strip() or None,
            extent_ll=self._view_extent_ll if self.view_only.isChecked() else None,
        )

    def _on_accept(self) -> None:
        opts = self.options()
        problem = ""
        if not opts.layer_ids:
            problem = self.tr("Choose at least one layer.")
        elif not opts.out_path:
            problem = self.tr("Choose an output file.")
        elif opts.basemap == "tianditu" and not opts.tianditu_key:
            problem = self.tr("The Tianditu basemap needs a developer key.")
        if problem:
            QMessageBox.warning(self, self.tr("Export web map"), problem)
            return
        self.accept()


class WebExportWorker(QThread):
    """Run one export; signals arrive on the GUI thread."""

    progressed = Signal(float, str)
    succeeded = Signal(object)  # ExportResult
    failed = Signal(str)

    def __init__(self, project: Project, opts: WebExportOptions) -> None:
        super().__init__()
        self._project, self._opts = project, opts
        self._cancelled = False

    def cancel(self) -> None:
        """Ask the export to stop at its next progress report."""
        self._cancelled = True

    def _progress(self, frac: float, msg: str) -> bool:
        self.progressed.emit(frac, msg)
        return not self._cancelled

    def run(self) -> None:
        from layers.web.web_map import ExportCancelledError, export_web_map

        o = self._opts
        try:
            result = export_web_map(
                self._project,
                o.out_path,
                layer_ids=list(o.layer_ids),
                title=o.title,
                basemap=o.basemap,
                tianditu_key=o.tianditu_key,
                extent_ll=o.extent_ll,
                progress=self._progress,
            )
        except ExportCancelledError:
            self.failed.emit(self.tr("Cancelled."))
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.failed.emit(f"{exc}")
        else:
            self.succeeded.emit(result)
