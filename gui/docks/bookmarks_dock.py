"""BookmarksDock: the project's named views: go to, add, rename, delete (undoable)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from layers.layer_commands import SetBookmarksCommand
from layers.project import Bookmark, Project


class BookmarksDock(QDockWidget):
    """List ``project.bookmarks``; double-click flies there.

    Parameters
    ----------
    project : Project
        Whose bookmarks to show.
    current_extent_ll : callable
        Returns the visible extent (EPSG:4490 lon/lat) for a new bookmark.

    Signals
    -------
    bookmark_activated(object)
        The :class:`layers.project.Bookmark` to zoom to.
    """

    bookmark_activated = Signal(object)

    def __init__(
        self,
        project: Project,
        current_extent_ll: Callable[[], tuple[float, float, float, float]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("BookmarksDock")
        self._extent = current_extent_ll
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 2, 2)
        self.list = QListWidget(body)
        self.list.itemDoubleClicked.connect(self._on_list_item_double_clicked)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.add_button = QToolButton(body)
        self.add_button.clicked.connect(lambda: self.add_bookmark())
        self.rename_button = QToolButton(body)
        self.rename_button.clicked.connect(lambda: self.rename_bookmark())
        self.delete_button = QToolButton(body)
        self.delete_button.clicked.connect(self.delete_bookmark)
        for b in (self.add_button, self.rename_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.setWidget(body)
        self.project = project
        self.set_project(project)
        self.retranslate_ui()

    def set_project(self, project: Project) -> None:
        """Show ``project``'s bookmarks."""
        try:
            self.project.undo_stack.index_changed.disconnect(
                self._on_stack_index_changed
            )
        except AttributeError:  # pragma: no cover
            pass
        self.project = project
        project.undo_stack.index_changed.connect(self._on_stack_index_changed)
        self.reload()

    def retranslate_ui(self) -> None:
        """Set every visible string (again after a language change)."""
        self.setWindowTitle(self.tr("Bookmarks"))
        self.add_button.setText(self.tr("Add…"))
        self.add_button.setToolTip(self.tr("Bookmark the current view"))
        self.rename_button.setText(self.tr("Rename…"))
        self.delete_button.setText(self.tr("Delete"))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reload(self) -> None:
        """Refill the list from the project."""
        row = self.list.currentRow()
        self.list.clear()
        for bm in self.project.bookmarks:
            self.list.addItem(QListWidgetItem(bm.name))
        if self.list.count():
            self.list.setCurrentRow(min(max(row, 0), self.list.count() - 1))

    def add_bookmark(self, name: str | None = None) -> Bookmark | None:
        """Bookmark the current view as ``name`` (asks when None)."""
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("Add bookmark"), self.tr("Name:")
            )
            if not ok:
                return None
        name = name.strip()
        if not name:
            return None
        bm = Bookmark(name, *self._extent())
        text = self.tr("Add bookmark {name}").format(name=name)
        self.project.undo_stack.push(
            SetBookmarksCommand(self.project, [*self.project.bookmarks, bm], text)
        )
        return bm

    def rename_bookmark(self, name: str | None = None) -> None:
        """Rename the current bookmark (asks when ``name`` is None)."""
        row = self.list.currentRow()
        if not 0 <= row < len(self.project.bookmarks):
            return
        old = self.project.bookmarks[row]
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("Rename bookmark"), self.tr("Name:"), text=old.name
            )
            if not ok:
                return
        if not name.strip() or name.strip() == old.name:
            return
        marks = list(self.project.bookmarks)
        marks[row] = Bookmark(name.strip(), old.xmin, old.ymin, old.xmax, old.ymax)
        text = self.tr("Rename bookmark {name}").format(name=old.name)
        self.project.undo_stack.push(SetBookmarksCommand(self.project, marks, text))

    def delete_bookmark(self) -> None:
        """Delete the current bookmark (undoable)."""
        row = self.list.currentRow()
        if not 0 <= row < len(self.project.bookmarks):
            return
        marks = list(self.project.bookmarks)
        gone = marks.pop(row)
        text = self.tr("Delete bookmark {name}").format(name=gone.name)
        self.project.undo_stack.push(SetBookmarksCommand(self.project, marks, text))

    def _on_stack_index_changed(self, _stack: object) -> None:
        names = [bm.name for bm in self.project.bookmarks]
        if names != [self.list.item(i).text() for i in range(self.list.count())]:
            self.reload()

    def _on_list_item_double_clicked(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        if 0 <= row < len(self.project.bookmarks):
            self.bookmark_activated.emit(self.project.bookmarks[row])
