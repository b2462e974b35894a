"""Actions, menus and toolbars of the layout designer.

Shortcuts follow QGIS's layout designer where it has one (Ctrl+] raise,
Ctrl+[ lower, Ctrl+Shift+] / Ctrl+Shift+[ to front / back, Del delete).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from gui.printing.item_labels import kind_label
from layers.printing.item_props import NEW_ITEM_KINDS
from layers.printing.layout_commands import ALIGN_MODES, Z_MOVES

if TYPE_CHECKING:
    from gui.printing.layout_window import LayoutWindow

SK = QKeySequence.StandardKey


class LayoutActions:
    """Build and keep the designer's actions; set texts and enabled states."""

    def __init__(self, win: LayoutWindow) -> None:
        self.win = win
        self.named: dict[str, QAction] = {}
        a = self._action
        undo = win.undo_stack
        a("save", win.save_to_project, SK.Save)
        a("export", win.export_dialog, "Ctrl+E")
        a("preflight", win.show_preflight)
        a("close", win.close, SK.Close)
        a("undo", undo.undo, SK.Undo)
        a("redo", undo.redo, SK.Redo)
        a("delete", win.delete_selected, SK.Delete)
        a(
            "select_all",
            lambda: win.select([it.id for it in win.print_layout.items]),
            SK.SelectAll,
        )
        z_keys = {
            "raise": "Ctrl+]",
            "lower": "Ctrl+[",
            "front": "Ctrl+Shift+]",
            "back": "Ctrl+Shift+[",
        }
        self.arrange = {m: a(m, partial(win.arrange, m), z_keys[m]) for m in Z_MOVES}
        self.align = {m: a(f"align_{m}", partial(win.align, m)) for m in ALIGN_MODES}
        self.add = {
            e.key: a(f"add_{e.key}", partial(win.start_adding, e.key))
            for e in NEW_ITEM_KINDS
        }
        a("zoom_in", lambda: win.view.scale(1.25, 1.25), SK.ZoomIn)
        a("zoom_out", lambda: win.view.scale(0.8, 0.8), SK.ZoomOut)
        a("zoom_page", win.zoom_to_page, "Ctrl+0")
        self._menus()
        self._toolbars()

    def _action(
        self, key: str, slot: Callable[[], Any], shortcut: Any = None
    ) -> QAction:
        act = QAction(key, self.win)
        act.setObjectName(f"layout_{key}")
        act.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        self.win.addAction(act)
        self.named[key] = act
        return act

    def _menus(self) -> None:
        bar = self.win.menuBar()
        n = self.named
        self.menus: dict[str, QMenu] = {}
        groups: dict[str, list[str | None]] = {
            "layout": ["save", "export", "preflight", None, "close"],
            "edit": ["undo", "redo", None, "delete", "select_all"],
            "add": [f"add_{e.key}" for e in NEW_ITEM_KINDS],
            "arrange": [*Z_MOVES, None, *(f"align_{m}" for m in ALIGN_MODES)],
            "view": ["zoom_in", "zoom_out", "zoom_page"],
        }
        for name, keys in groups.items():
            menu = bar.addMenu(name)
            menu.setObjectName(f"layout_menu_{name}")
            for key in keys:
                if key is None:
                    menu.addSeparator()
                else:
                    menu.addAction(n[key])
            self.menus[name] = menu

    def _toolbars(self) -> None:
        n = self.named
        self.toolbars: dict[str, QToolBar] = {}
        groups: dict[str, list[str | None]] = {
            "main": [
                "save",
                "export",
                None,
                "undo",
                "redo",
                None,
                "zoom_in",
                "zoom_out",
                "zoom_page",
            ],
            "add": [f"add_{e.key}" for e in NEW_ITEM_KINDS],
            "arrange": [
                "delete",
                None,
                *Z_MOVES,
                None,
                *(f"align_{m}" for m in ALIGN_MODES),
            ],
        }
        for name, keys in groups.items():
            tb = self.win.addToolBar(name)
            tb.setObjectName(f"layout_toolbar_{name}")
            for key in keys:
                if key is None:
                    tb.addSeparator()
                else:
                    tb.addAction(n[key])
            self.toolbars[name] = tb
        self.toolbar = self.toolbars["main"]

    def retranslate(self) -> None:
        """Set every action's, menu's and toolbar's text in the UI language."""
        texts = {
            "save": QCoreApplication.translate("LayoutWindow", "Save to project"),
            "export": QCoreApplication.translate("LayoutWindow", "Export…"),
            "preflight": QCoreApplication.translate("LayoutWindow", "Glyph check"),
            "close": QCoreApplication.translate("LayoutWindow", "Close"),
            "undo": QCoreApplication.translate("LayoutWindow", "Undo"),
            "redo": QCoreApplication.translate("LayoutWindow", "Redo"),
            "delete": QCoreApplication.translate("LayoutWindow", "Delete item"),
            "select_all": QCoreApplication.translate(
                "LayoutWindow", "Select all items"
            ),
            "raise": QCoreApplication.translate("LayoutWindow", "Raise"),
            "lower": QCoreApplication.translate("LayoutWindow", "Lower"),
            "front": QCoreApplication.translate("LayoutWindow", "Bring to front"),
            "back": QCoreApplication.translate("LayoutWindow", "Send to back"),
            "align_left": QCoreApplication.translate("LayoutWindow", "Align left"),
            "align_center": QCoreApplication.translate(
                "LayoutWindow", "Center horizontally"
            ),
            "align_right": QCoreApplication.translate("LayoutWindow", "Align right"),
            "align_top": QCoreApplication.translate("LayoutWindow", "Align top"),
            "align_middle": QCoreApplication.translate(
                "LayoutWindow", "Center vertically"
            ),
            "align_bottom": QCoreApplication.translate("LayoutWindow", "Align bottom"),
            "zoom_in": QCoreApplication.translate("LayoutWindow", "Zoom in"),
            "zoom_out": QCoreApplication.translate("LayoutWindow", "Zoom out"),
            "zoom_page": QCoreApplication.translate("LayoutWindow", "Whole page"),
        }
        for e in NEW_ITEM_KINDS:
            texts[f"add_{e.key}"] = kind_label(e.key)
        for key, act in self.named.items():
            act.setText(texts.get(key, key))
            tip = act.text().replace("&", "")
            if key.startswith("add_"):
                tip = QCoreApplication.translate(
                    "LayoutWindow", "Add %1 (drag on the page to place)"
                ).replace("%1", tip)
            act.setToolTip(tip)  # gui.icons adds the shortcut
        menus = {
            "layout": QCoreApplication.translate("LayoutWindow", "&Layout"),
            "edit": QCoreApplication.translate("LayoutWindow", "&Edit"),
            "add": QCoreApplication.translate("LayoutWindow", "&Add item"),
            "arrange": QCoreApplication.translate("LayoutWindow", "A&rrange"),
            "view": QCoreApplication.translate("LayoutWindow", "&View"),
        }
        for name, menu in self.menus.items():
            menu.setTitle(menus[name])
        bars = {
            "main": QCoreApplication.translate("LayoutWindow", "Layout"),
            "add": QCoreApplication.translate("LayoutWindow", "Add item"),
            "arrange": QCoreApplication.translate("LayoutWindow", "Arrange"),
        }
        for name, tb in self.toolbars.items():
            tb.setWindowTitle(bars[name])

    def update(self, selected: list[str]) -> None:
        """Enable what applies to the selection and the undo stack."""
        n, stack = self.named, self.win.undo_stack
        n["undo"].setEnabled(stack.can_undo())
        n["redo"].setEnabled(stack.can_redo())
        for key in ("delete", *Z_MOVES):
            n[key].setEnabled(bool(selected))
        for act in self.align.values():
            act.setEnabled(len(selected) >= 2)
        n["add_grid"].setEnabled(bool(self.win.print_layout.items_of("map")))
