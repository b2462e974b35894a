"""Menus, actions and the navigation toolbar of the main window.

:func:`build_menus` creates the objects once and returns them as
:class:`MainMenus`; :func:`retranslate` sets every visible string, so a
language switch only calls it again. Strings use the "MainWindow" translation
context. The window hands in what the actions call (:class:`MenuHandlers`), so
this module never imports the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

MENU_NAMES = ("file", "edit", "view", "layer", "select", "tools", "help")
CRS_CHOICES = (4548, 3857)


@dataclass(frozen=True)
class MenuHandlers:
    """What the window's own actions call."""

    new: Callable[[], object]
    open: Callable[[], object]
    save: Callable[[], object]
    save_as: Callable[[], object]
    close_project: Callable[[], object]
    quit: Callable[[], object]
    undo: Callable[[], object]
    redo: Callable[[], object]
    zoom_in: Callable[[], object]
    zoom_out: Callable[[], object]
    zoom_full: Callable[[], object]
    zoom_layer: Callable[[], object]
    zoom_selection: Callable[[], object]
    previous_view: Callable[[], object]
    next_view: Callable[[], object]
    set_crs: Callable[[int], object]
    about: Callable[[], object]


@dataclass
class MainMenus:
    """The window's menus, submenus, actions and navigation toolbar."""

    menus: dict[str, QMenu]
    actions: dict[str, QAction]
    recent: QMenu
    bookmarks: QMenu
    crs: QMenu
    panels: QMenu
    crs_actions: dict[int, QAction] = field(default_factory=dict)
    navigation: QToolBar | None = None


Shortcut = str | QKeySequence.StandardKey


def _action(
    parent: QMainWindow,
    actions: dict[str, QAction],
    key: str,
    slot: Callable[[], object],
    shortcut: Shortcut | None = None,
) -> QAction:
    action = QAction(parent)
    action.setObjectName(f"action_{key}")
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _=False: slot())
    actions[key] = action
    return action


def build_menus(window: QMainWindow, h: MenuHandlers) -> MainMenus:
    """Create the menus, actions and the navigation toolbar on ``window``."""
    bar = window.menuBar()
    menus: dict[str, QMenu] = {}
    for name in MENU_NAMES:
        menu = bar.addMenu("")
        menu.setObjectName(f"menu_{name}")
        menus[name] = menu
    acts: dict[str, QAction] = {}
    keys = QKeySequence.StandardKey
    f = menus["file"]
    f.addAction(_action(window, acts, "new", h.new, keys.New))
    f.addAction(_action(window, acts, "open", h.open, keys.Open))
    recent = f.addMenu("")
    recent.setObjectName("menu_recent")
    f.addAction(_action(window, acts, "save", h.save, keys.Save))
    f.addAction(_action(window, acts, "save_as", h.save_as, keys.SaveAs))
    f.addAction(_action(window, acts, "close", h.close_project, keys.Close))
    f.addSeparator()
    f.addAction(_action(window, acts, "quit", h.quit, keys.Quit))
    e = menus["edit"]
    e.addAction(_action(window, acts, "undo", h.undo, keys.Undo))
    e.addAction(_action(window, acts, "redo", h.redo, keys.Redo))
    v = menus["view"]
    views: tuple[tuple[str, Callable[[], object], Shortcut | None], ...] = (
        ("zoom_in", h.zoom_in, keys.ZoomIn),
        ("zoom_out", h.zoom_out, keys.ZoomOut),
        ("zoom_full", h.zoom_full, "Ctrl+Shift+F"),
        ("zoom_layer", h.zoom_layer, None),
        ("zoom_selection", h.zoom_selection, "Ctrl+J"),
        ("previous_view", h.previous_view, "Alt+Left"),
        ("next_view", h.next_view, "Alt+Right"),
    )
    for key, slot, sc in views:
        v.addAction(_action(window, acts, key, slot, sc))
    v.addSeparator()
    bookmarks = v.addMenu("")
    bookmarks.setObjectName("menu_bookmarks")
    crs = v.addMenu("")
    crs.setObjectName("menu_crs")
    group = QActionGroup(window)
    crs_actions: dict[int, QAction] = {}
    for epsg in CRS_CHOICES:
        a = QAction(f"EPSG:{epsg}", window, checkable=True)
        a.setObjectName(f"action_crs_{epsg}")
        a.triggered.connect(lambda _=False, code=epsg: h.set_crs(code))
        group.addAction(a)
        crs.addAction(a)
        crs_actions[epsg] = a
    panels = v.addMenu("")
    panels.setObjectName("menu_panels")
    menus["help"].addAction(_action(window, acts, "about", h.about))
    return MainMenus(menus, acts, recent, bookmarks, crs, panels, crs_actions)


def retranslate(m: MainMenus) -> None:
    """Set every string of the menus and actions in the current language."""
    translate = QCoreApplication.translate
    titles = {
        "file": translate("MainWindow", "&File"),
        "edit": translate("MainWindow", "&Edit"),
        "view": translate("MainWindow", "&View"),
        "layer": translate("MainWindow", "&Layer"),
        "select": translate("MainWindow", "&Select"),
        "tools": translate("MainWindow", "&Tools"),
        "help": translate("MainWindow", "&Help"),
    }
    for name, title in titles.items():
        m.menus[name].setTitle(title)
    texts = {
        "new": translate("MainWindow", "&New…"),
        "open": translate("MainWindow", "&Open…"),
        "save": translate("MainWindow", "&Save"),
        "save_as": translate("MainWindow", "Save &As…"),
        "close": translate("MainWindow", "&Close"),
        "quit": translate("MainWindow", "&Quit"),
        "zoom_in": translate("MainWindow", "Zoom In"),
        "zoom_out": translate("MainWindow", "Zoom Out"),
        "zoom_full": translate("MainWindow", "Zoom Full"),
        "zoom_layer": translate("MainWindow", "Zoom to Layer"),
        "zoom_selection": translate("MainWindow", "Zoom to Selection"),
        "previous_view": translate("MainWindow", "Previous View"),
        "next_view": translate("MainWindow", "Next View"),
        "about": translate("MainWindow", "About ZonePlanner"),
    }
    for key, text in texts.items():
        m.actions[key].setText(text)
    m.recent.setTitle(translate("MainWindow", "Open &Recent"))
    m.bookmarks.setTitle(translate("MainWindow", "&Bookmarks"))
    m.crs.setTitle(translate("MainWindow", "Display CRS"))
    m.panels.setTitle(translate("MainWindow", "Panels"))
    m.crs_actions[4548].setText(
        translate("MainWindow", "EPSG:4548 CGCS2000 / 3-degree GK CM 117E")
    )
    m.crs_actions[3857].setText(translate("MainWindow", "EPSG:3857 Web Mercator"))
