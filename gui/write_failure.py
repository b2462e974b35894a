"""Tell the planner that an export was not written, and that nothing changed.

Every exporter writes through :mod:`geo.atomic_write`, so a failure leaves
no partial file and an older file at the target untouched; this box says so
in one place for every dialog that writes a file (statistics, register,
layout export, case report, problem report).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def show_write_failure(
    parent: QWidget | None, target: str | Path, exc: BaseException
) -> QMessageBox:
    """Open a (non-blocking) warning naming ``target`` and the reason."""
    text = (
        QCoreApplication.translate(
            "WriteFailure",
            "%1 was not written:\n%2\n\nNo file was changed; choose another folder or name.",
        )
        .replace("%1", str(target))
        .replace("%2", str(exc))
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("WriteFailure", "Not written"),
        text,
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setObjectName("write_failed")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
