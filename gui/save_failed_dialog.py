"""The dialog after a failed save: what happened and what the planner can do.

Nothing was written (one transaction per save) and the edits are still in the
window, so the planner may retry (after closing the program that holds a lock,
or freeing disk space), save a copy somewhere else, or keep editing. A change
the team database refused for the planner's role is not offered a retry: it
would be refused again (the message says what was refused and the role it
needs, see gui.permissions.refusal_text).
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


def ask_after_failed_save(
    parent: QWidget | None, message: str, *, refused: bool = False
) -> SaveFailedChoice:
    """Show why the save failed and return what the planner wants to do.

    ``refused``: the database refused a change the planner's role may not
    make; the dialog says so and offers no retry.
    """
    box = QMessageBox(parent)
    box.setObjectName("save_failed_dialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(
        QCoreApplication.translate("SaveFailedDialog", "The project was not saved")
    )
    if refused:
        _word_refusal(box, message)
    else:
        _word_failure(box, message)
    retry = None
    if not refused:
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
    box.setDefaultButton(retry or keep)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if retry is not None and clicked is retry:
        return SaveFailedChoice.RETRY
    if clicked is copy:
        return SaveFailedChoice.SAVE_COPY
    return SaveFailedChoice.KEEP_EDITING


def _word_failure(box: QMessageBox, message: str) -> None:
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


def _word_refusal(box: QMessageBox, message: str) -> None:
    box.setText(
        QCoreApplication.translate(
            "SaveFailedDialog",
            "The database refused a change your role may not make. Nothing in "
            "the database was changed.",
        )
    )
    box.setInformativeText(
        message
        + "\n\n"
        + QCoreApplication.translate(
            "SaveFailedDialog",
            "Your edits are still here. Undo the refused change and save again, "
            "ask an administrator for the role, or save a copy to a file.",
        )
    )
