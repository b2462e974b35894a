"""Size a table's columns to their contents; the last one takes the spare room.

Qt's ``stretchLastSection`` squeezes the last column to the viewport when the
contents are wider, cutting its numbers off. :class:`ColumnFitter` instead
keeps every column at least as wide as its contents (the table scrolls
sideways) and gives only *spare* width to the last column, again whenever the
view is resized.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView


class ColumnFitter(QObject):
    """Keep ``view``'s columns at their content width, the last one stretched."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self._last_content = 0
        view.horizontalHeader().setStretchLastSection(False)
        view.viewport().installEventFilter(self)

    def fit(self) -> None:
        """Size the columns to their contents (after new data), then stretch."""
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        n = header.count()
        self._last_content = header.sectionSize(n - 1) if n else 0
        self.spread()

    def spread(self) -> None:
        """Give the width the columns do not need to the last column."""
        header = self.view.horizontalHeader()
        n = header.count()
        if n == 0:
            return
        last = n - 1
        content = max(self._last_content, header.sectionSizeHint(last))
        others = header.length() - header.sectionSize(last)
        spare = self.view.viewport().width() - others - content
        header.resizeSection(last, content + max(spare, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Spread again when the view's viewport changes size."""
        if event.type() == QEvent.Type.Resize:
            self.spread()
        return False
