"""QApplication set-up: bundled CJK font, names, settings; run and screenshot.

The bundled Noto Sans SC font is registered before any widget exists and made
the application's default family, so Chinese text never shows as empty boxes
on machines without Chinese fonts (DESIGN.md "The window").
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

import resources

ORGANIZATION = "ZonePlanner"
APPLICATION = "ZonePlanner"
#: Family used when the bundled font cannot be registered (no GUI app yet).
FALLBACK_FAMILY = "ZonePlanner Sans SC"

_families: list[str] = []


def register_fonts() -> list[str]:
    """Register the bundled fonts once; return their families, regular first.

    Needs a QGuiApplication. Safe to call many times.
    """
    if _families or QGuiApplication.instance() is None:
        return list(_families)
    for path in resources.font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in _families:
                _families.append(family)
    return list(_families)


def cjk_family() -> str:
    """Return the family name of the bundled CJK font (registering it if needed)."""
    families = register_fonts()
    return families[0] if families else FALLBACK_FAMILY


def ensure_app(argv: list[str] | None = None) -> QApplication:
    """Return the QApplication, creating and configuring it on first call."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    family = cjk_family()
    font = QFont(app.font())
    font.setFamilies([family, *font.families()])
    app.setFont(font)
    return app  # type: ignore[return-value]


def settings() -> QSettings:
    """Return the application's QSettings (INI format, per user)."""
    return QSettings()


def _last_project() -> Path | None:
    recent = settings().value("recent_projects", [], type=list) or []
    for item in recent:
        if Path(str(item)).exists():
            return Path(str(item))
    return None


def run_gui(
    project_path: Path | None,
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
        QTimer.singleShot(0, lambda: window.open_project(Path(path)))
    return int(app.exec())


def take_screenshot(
    project_path: Path,
    out_png: Path,
    size: tuple[int, int] = (1600, 1000),
    language: str | None = None,
) -> Path:
    """Open ``project_path`` in a window, wait for the map, save a PNG.

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
    """
    ensure_app()
    from gui.i18n import install_translator
    from gui.main_window import screenshot

    install_translator(language)

    return screenshot(Path(out_png), Path(project_path), size=size)
