"""The QApplication: names, settings format and the bundled CJK font as default.

Every entry point that paints (the window, headless print/atlas/report, tests)
gets the application from :func:`ensure_app`, so it is configured the same way.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from gui.fonts import cjk_family

ORGANIZATION = "ZonePlanner"
APPLICATION = "ZonePlanner"


def ensure_app(argv: list[str] | None = None) -> QApplication:
    """Return the QApplication, creating and configuring it on first call."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    if not isinstance(app, QApplication):
        raise RuntimeError("a Qt application without widgets is already running")
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    font = QFont(app.font())
    font.setFamilies([cjk_family(), *font.families()])
    app.setFont(font)
    return app
