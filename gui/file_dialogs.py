"""Where file dialogs start: the project's folder, else the last folder used.

Never the program's folder (the working directory of whoever started the
app). The last folder is kept in QSettings per user.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

LAST_FOLDER_KEY = "files/last_folder"


def last_folder() -> str:
    """Return the folder a file dialog should start in (home if none is known)."""
    value = str(QSettings().value(LAST_FOLDER_KEY, "") or "")
    if value and Path(value).is_dir():
        return value
    return str(Path.home())


def remember_folder(folder: str | Path) -> None:
    """Remember ``folder`` (or a file's folder) as the last one used."""
    path = Path(folder)
    if path.suffix and not path.is_dir():
        path = path.parent
    QSettings().setValue(LAST_FOLDER_KEY, str(path))


def start_path(project_path: str | None, file_name: str = "") -> str:
    """Return a dialog's start: the project's folder (else the last), plus a name."""
    folder = Path(project_path).parent if project_path else Path(last_folder())
    return str(folder / file_name) if file_name else str(folder)
