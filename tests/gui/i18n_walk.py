"""Walk a widget tree and collect every visible UI string (tests of the
Chinese UI). Imported by tests/gui/test_gui_i18n_walk.py."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabBar,
    QTableView,
    QToolBar,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "zoneplanner_zh_CN.ts"
WORD = re.compile(r"[A-Za-z]{3,}")


def _clean(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


@lru_cache(maxsize=1)
def translatable_sources() -> frozenset[str]:
    """Return every source string of the app's translation file (no '&')."""
    root = ET.parse(TS).getroot()
    return frozenset(_clean(m.findtext("source") or "") for m in root.iter("message"))


def english_leak(text: str) -> bool:
    """Return True for a visible ASCII-only string that is a translatable one."""
    text = _clean(text)
    if not text or not text.isascii() or not WORD.search(text):
        return False
    if text in translatable_sources():
        return True
    # Shortcut suffixes and "…" variants of a translatable string.
    base = re.sub(r"\s*\([^()]*\)$", "", text).rstrip("…:").strip()
    return base in translatable_sources() and bool(WORD.search(base))


def visible_strings(root: QWidget) -> list[tuple[str, str]]:
    """Return (where, text) for the UI strings a planner can see under ``root``."""
    out: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        name = f"{type(w).__name__}:{w.objectName()}"
        if w.isWindow() and w.windowTitle():
            out.append((name + " title", w.windowTitle()))
        if isinstance(w, QLabel | QAbstractButton):
            out.append((name, w.text()))
        if isinstance(w, QAbstractButton | QLabel) and w.toolTip():
            out.append((name + " tip", w.toolTip()))
        if isinstance(w, QGroupBox):
            out.append((name, w.title()))
        if isinstance(w, QDockWidget | QToolBar):
            out.append((name, w.windowTitle()))
        if isinstance(w, QLineEdit):
            out.append((name + " placeholder", w.placeholderText()))
        if isinstance(w, QComboBox):
            out += [(name + " item", w.itemText(i)) for i in range(w.count())]
        if isinstance(w, QTabBar):
            out += [(name + " tab", w.tabText(i)) for i in range(w.count())]
        if isinstance(w, QMenu):
            out.append((name + " menu", w.title()))
        header = (
            w.horizontalHeader()
            if isinstance(w, QTableView)
            else w.header()
            if isinstance(w, QTreeView)
            else None
        )
        if header is not None and not header.isHidden() and w.model() is not None:
            for c in range(header.count()):
                head = w.model().headerData(c, Qt.Orientation.Horizontal)
                if head is not None:
                    out.append((name + " header", str(head)))
        if isinstance(w, QListWidget):
            out += [(name + " row", w.item(i).text()) for i in range(w.count())]
        if isinstance(w, QTreeWidget):
            it = QTreeWidgetItemIterator(w)
            while it.value():
                item = it.value()
                out += [
                    (name + " cell", item.text(c)) for c in range(item.columnCount())
                ]
                it += 1
        for act in w.actions():
            if act.isSeparator():
                continue
            out.append((name + " action " + act.objectName(), act.text()))
            out.append((name + " action tip " + act.objectName(), act.toolTip()))
    return [(where, text) for where, text in out if text]


def leaks(root: QWidget) -> list[tuple[str, str]]:
    """Return the visible strings under ``root`` still in English."""
    return [(w, t) for w, t in visible_strings(root) if english_leak(t)]
