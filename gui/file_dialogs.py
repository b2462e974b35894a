"""Where file dialogs start: the last folder used, else the project's folder.

Every open/save dialog of the app takes its start folder from
:func:`start_folder` and reports the chosen file to :func:`remember`, so a
dialog never opens in the program's folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

SETTINGS_KEY = "ui/last_folder"


def start_folder(project_path: str | Path | None = None) -> str:
    """Return the folder a file dialog should open in.

    The last folder a file was chosen in (if it still exists), else the folder
    of ``project_path``, else the user's home folder.
    """
    last = str(QSettings().value(SETTINGS_KEY, "") or "")
    if last and Path(last).is_dir():
        return last
    if project_path:
        folder = Path(project_path).expanduser().resolve().parent
        if folder.is_dir():
            return str(folder)
    return str(Path.home())


def start_path(file_name: str, project_path: str | Path | None = None) -> str:
    """Return ``file_name`` inside :func:`start_folder` (for save dialogs)."""
    return str(Path(start_folder(project_path)) / file_name)


def remember(path: str | Path) -> None:
    """Record the folder of a file the user chose (no-op for an empty path)."""
    if str(path):
        p = Path(path)
        folder = p if p.is_dir() else p.parent
        QSettings().setValue(SETTINGS_KEY, str(folder))
