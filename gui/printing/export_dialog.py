"""The layout export dialog: format (PDF, PNG, SVG), resolution and file.

After the export the window says where the file was written and offers to
open it (:func:`confirm_written`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from gui import file_dialogs

FORMATS = (".pdf", ".png", ".svg")
DEFAULT_DPI = {".pdf": 300, ".png": 300, ".svg": 150}


class ExportLayoutDialog(QDialog):
    """Ask for the format, resolution and file of a layout export."""

    def __init__(
        self, layout_name: str, project_path: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export layout"))
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("export_format")
        for suffix, label in (
            (".pdf", self.tr("PDF – vector, text selectable")),
            (".png", self.tr("PNG – image")),
            (".svg", self.tr("SVG – for drawing programs")),
        ):
            self.format_combo.addItem(label, suffix)
        self.dpi_spin = QSpinBox()
        self.dpi_spin.setObjectName("export_dpi")
        self.dpi_spin.setRange(72, 1200)
        self.dpi_spin.setSingleStep(50)
        self.dpi_spin.setSuffix(" dpi")
        self.dpi_spin.setValue(300)
        self.dpi_note = QLabel()
        self.dpi_note.setWordWrap(True)
        self.path_edit = QLineEdit(
            file_dialogs.start_path(project_path, f"{layout_name}.pdf")
        )
        self.path_edit.setObjectName("export_path")
        self.path_edit.setMinimumWidth(380)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Format"), self.format_combo)
        form.addRow(self.tr("Resolution"), self.dpi_spin)
        form.addRow("", self.dpi_note)
        form.addRow(self.tr("File"), row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.format_combo.currentIndexChanged.connect(self._on_format_changed)
        self._on_format_changed()

    @property
    def suffix(self) -> str:
        """Return the chosen format's file suffix (``.pdf``, ``.png``, ``.svg``)."""
        return str(self.format_combo.currentData())

    @property
    def path(self) -> Path:
        """Return the target file, with the chosen format's suffix."""
        p = Path(self.path_edit.text().strip())
        return p if p.suffix.lower() == self.suffix else p.with_suffix(self.suffix)

    @property
    def dpi(self) -> int:
        """Return the chosen resolution in dots per inch."""
        return self.dpi_spin.value()

    def _on_format_changed(self, _index: int = 0) -> None:
        self.dpi_spin.setValue(DEFAULT_DPI[self.suffix])
        notes = {
            ".pdf": self.tr(
                "Lines and text stay vector; the resolution applies "
                "to dense point layers only."
            ),
            ".png": self.tr("150 dpi for screens, 300 for print, 600 for fine print."),
            ".svg": self.tr("Sets the size of one drawing unit."),
        }
        self.dpi_note.setText(notes[self.suffix])
        text = self.path_edit.text().strip()
        if text:
            self.path_edit.setText(str(Path(text).with_suffix(self.suffix)))

    def _browse(self) -> None:
        filters = {".pdf": "PDF (*.pdf)", ".png": "PNG (*.png)", ".svg": "SVG (*.svg)"}
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export layout"), self.path_edit.text(), filters[self.suffix]
        )
        if path:
            self.path_edit.setText(path)

    def accept(self) -> None:
        """Accept only a file in an existing folder."""
        if not self.path_edit.text().strip() or not self.path.parent.is_dir():
            QMessageBox.warning(
                self,
                self.tr("Export layout"),
                self.tr("Choose a file in an existing folder."),
            )
            return
        file_dialogs.remember_folder(self.path)
        super().accept()


def confirm_written(parent: QWidget, path: Path) -> None:
    """Say where the export was written and offer to open it or its folder."""
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("ExportLayoutDialog", "Export layout"))
    box.setText(translate("ExportLayoutDialog", "Written to:") + f"\n{path}")
    open_file = box.addButton(
        translate("ExportLayoutDialog", "Open"), QMessageBox.ButtonRole.AcceptRole
    )
    open_dir = box.addButton(
        translate("ExportLayoutDialog", "Show folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_file:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    elif clicked is open_dir:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
