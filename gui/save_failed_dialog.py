"""The dialog after a failed save: what happened and what the planner can do.

Nothing was written (one transaction per save) and the edits are still in the
window, so the planner may retry (after closing the program that holds a lock,
or freeing disk space), save a copy somewhere else, or keep editing.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class SaveFailedChoice(enum.Enum):
    """What the planner chose after a failed save."""

    RETRY = "retry"
    SAVE_COPY = "save_copy"
    KEEP_EDITING = "keep_editing"


def ask_after_failed_save(parent: QWidget | None, message: str) -> SaveFailedChoice:
    """Show why the save failed and return what the planner wants to do."""
    box = QMessageBox(parent)
    box.setObjectName("save_failed_dialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(
        QCoreApplication.translate("SaveFailedDialog", "The project was not saved")
    )
    box.setText(
        QCoreApplication.translate(
            "SaveFailedDialog",
            "The project was not saved. Nothing in the file was changed.",
        )
    )
    box.setInformativeText(
        message
        + "\n\n"
        + QCoreApplication.translate(
            "SaveFailedDialog",
            "Your edits are still here. You can try again (for example after "
            "closing the program that holds the file, or freeing disk space), "
            "save a copy under another name, or keep editing.",
        )
    )
    retry = box.addButton(
        QCoreApplication.translate("SaveFailedDialog", "Try again"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    copy = box.addButton(
        QCoreApplication.translate("SaveFailedDialog", "Save a copy…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("SaveFailedDialog", "Keep editing"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(retry)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is retry:
        return SaveFailedChoice.RETRY
    if clicked is copy:
        return SaveFailedChoice.SAVE_COPY
    return SaveFailedChoice.KEEP_EDITING
