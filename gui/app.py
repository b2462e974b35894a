"""Start-up: the main window on a project, and offscreen screenshots of it.

Only :mod:`main` imports this module; it is the one place that imports the
main window, so no other gui module depends on the whole window. The
application itself is set up by :mod:`gui.application`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer

from gui.application import ensure_app


def _last_project() -> Path | None:
    recent = QSettings().value("recent_projects", [], type=list) or []
    for item in recent if isinstance(recent, list) else []:
        if Path(str(item)).exists():  # databases are reopened from File ▸ Recent
            return Path(str(item))
    return None


def run_gui(
    project_path: Path | str | None,
    demo_factory: Callable[[], Path] | None = None,
) -> int:
    """Show the main window on ``project_path`` and run the event loop.

    Parameters
    ----------
    project_path : Path or None
        Project to open; None opens the last project, else ``demo_factory()``.
    demo_factory : callable, optional
        Returns the demo project's path (writing it on first use).

    Returns
    -------
    int
        The process exit code.
    """
    app = ensure_app()
    from gui.i18n import install_translator
    from gui.main_window import MainWindow

    # Before any widget exists, so every string starts in the user's language.
    install_translator()

    path = project_path or _last_project()
    if path is None and demo_factory is not None:
        path = demo_factory()
    window = MainWindow()
    window.show()
    if path is not None:
        # Let the empty window paint first, then load off the GUI thread.
        QTimer.singleShot(0, lambda: window.files.open_project(path))
    return int(app.exec())


def take_screenshot(
    project_path: Path,
    out_png: Path,
    size: tuple[int, int] = (1600, 1000),
    language: str | None = None,
) -> Path:
    """Open ``project_path`` in a window offscreen, wait for the map, save a PNG.

    Parameters
    ----------
    project_path : Path
        The project GeoPackage.
    out_png : Path
        Where to write the image (parent folders are created).
    size : tuple of int
        Window size in pixels.
    language : str, optional
        UI language ("zh_CN" or "en"); default: the user's preference.

    Returns
    -------
    Path
        ``out_png``.

    Raises
    ------
    OSError
        The PNG could not be written.
    """
    ensure_app()
    from gui.i18n import install_translator
    from gui.main_window import MainWindow

    install_translator(language)
    window = MainWindow()
    window.resize(*size)
    window.show()
    QCoreApplication.processEvents()
    window.files.open_project_now(Path(project_path))
    QCoreApplication.processEvents()
    window.canvas.render_now()
    window.canvas.wait_for_render()
    QCoreApplication.processEvents()  # deliver the queued result
    out_png = Path(out_png)
    out_png.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out_png)):
        raise OSError(f"cannot write {out_png}")
    window.close()  # the project was only opened: nothing to ask about
    window.deleteLater()
    return out_png
