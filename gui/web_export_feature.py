"""File ▸ Export web map…: run the export off the GUI thread, report where it went.

The GUI only gathers options and a path (STYLE.md "Web"); the page is made by
:func:`layers.web.web_map.export_web_map` on a worker thread, from a snapshot of
the chosen layers taken on the GUI thread, so edits made meanwhile cannot race
with the export.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox

from gui.interface import AppInterface, Feature
from gui.web_export_dialog import WebExportDialog, WebExportOptions, WebExportWorker


class WebExportFeature(Feature):
    """The File ▸ Export web map… action and its running export."""

    def __init__(self, iface: AppInterface, parent: QObject | None = None) -> None:
        super().__init__(iface, parent)
        from gui.i18n import Retranslator

        self.worker: WebExportWorker | None = None
        self.action = QAction(iface.main_widget())
        self.action.setObjectName("action_export_web_map")
        Retranslator(
            self.action,
            lambda: self.action.setText(
                QCoreApplication.translate("WebExport", "Export web map…")
            ),
        )
        self.action.triggered.connect(self._on_action_triggered)
        iface.menu("file").addAction(self.action)
        iface.register_action("export_web_map", self.action)

    def _on_action_triggered(self) -> None:
        if self.worker is not None and self.worker.isRunning():
            QMessageBox.information(
                self.iface.main_widget(),
                QCoreApplication.translate("WebExport", "Export web map"),
                QCoreApplication.translate(
                    "WebExport", "The previous export is still running."
                ),
            )
            return
        dlg = WebExportDialog(
            self.iface.project,
            self.iface.canvas.visible_extent_ll(),
            self.iface.main_widget(),
        )
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.run_export(dlg.options())

    def run_export(self, opts: WebExportOptions) -> WebExportWorker:
        """Start an export of the project with ``opts``; return the worker."""
        iface = self.iface
        worker = WebExportWorker(iface.project.snapshot(opts.layer_ids), opts)
        progress = iface.progress()
        progress.start(
            QCoreApplication.translate("WebExport", "Exporting web map…"), worker.cancel
        )
        worker.progressed.connect(lambda f, _m: progress.set(f * 100))
        worker.finished.connect(progress.finish)
        worker.succeeded.connect(self._on_worker_succeeded)
        worker.failed.connect(self._on_worker_failed)
        self.worker = worker  # keep a reference while it runs
        worker.start()
        return worker

    def _on_worker_succeeded(self, result: Any) -> None:
        box = QMessageBox(self.iface.main_widget())
        box.setObjectName("web_export_done")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowTitle(QCoreApplication.translate("WebExport", "Export web map"))
        box.setText(
            QCoreApplication.translate("WebExport", "Exported %1\n%2 MB, %3 s")
            .replace("%1", str(result.path))
            .replace("%2", f"{result.bytes / 1e6:.1f}")
            .replace("%3", f"{result.seconds:.1f}")
        )
        open_btn = box.addButton(
            QCoreApplication.translate("WebExport", "Open in browser"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(QMessageBox.StandardButton.Close)

        def clicked(button: Any) -> None:
            if button is open_btn:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))

        box.buttonClicked.connect(clicked)
        box.open()

    def _on_worker_failed(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("WebExport", "Export web map"),
            QCoreApplication.translate("WebExport", "Export failed: ") + message,
            QMessageBox.StandardButton.Close,
            self.iface.main_widget(),
        )
        box.setObjectName("web_export_failed")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
