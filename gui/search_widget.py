"""SearchWidget: a toolbar search box for zones, districts and enterprises by name.

Typing Chinese, full pinyin or pinyin initials ("hdy" -> 海淀园) lists matches
in a completer popup; choosing one emits ``feature_chosen`` and the workspace
flies the map there and selects the feature. The index (layers.search) is
built lazily on the first query and follows layer revisions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from layers.search import NameIndex, SearchHit
from layers.vector_layer import VectorLayer

HIT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
DEBOUNCE_MS = 200


class SearchWidget(QLineEdit):
    """Line edit with a completer of :class:`layers.search.SearchHit` results.

    Parameters
    ----------
    layers : callable
        Returns the layers to search, most important first.

    Signals
    -------
    feature_chosen(str, int)
        Layer id and fid of the chosen hit.
    """

    feature_chosen = Signal(str, int)

    def __init__(
        self, layers: Callable[[], Sequence[VectorLayer]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SearchWidget")
        self._layers = layers
        self._index: NameIndex | None = None
        self._index_ids: tuple[str, ...] = ()
        self.hits: list[SearchHit] = []
        self.results = QStandardItemModel(self)
        self.completer_ = QCompleter(self.results, self)
        self.completer_.setCompletionMode(
            QCompleter.CompletionMode.UnfilteredPopupCompletion
        )
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._on_completer_activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.textEdited.connect(self._on_text_edited)
        self.returnPressed.connect(self._on_return_pressed)
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(220)
        self.setMaximumWidth(360)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the placeholder and tooltip in the current language."""
        self.setPlaceholderText(self.tr("Search zone, district, enterprise…"))
        self.setToolTip(self.tr("Chinese name, pinyin or initials, e.g. hdy → 海淀园"))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reset_index(self) -> None:
        """Forget the index (a new project was loaded)."""
        self._index = None

    def index(self) -> NameIndex:
        """Return the name index over the current layers (rebuilt if they changed)."""
        layers = list(self._layers())
        ids = tuple(lyr.id for lyr in layers)
        if self._index is None or ids != self._index_ids:
            self._index = NameIndex(layers)
            self._index_ids = ids
        else:
            self._index.layers = layers
        return self._index

    def search_now(self, text: str, limit: int = 15) -> list[SearchHit]:
        """Search ``text`` at once, fill the completer and return the hits."""
        self.hits = self.index().search(text, limit) if text.strip() else []
        self.results.clear()
        for hit in self.hits:
            item = QStandardItem(f"{hit.name}  —  {hit.layer_name}")
            item.setData(hit, HIT_ROLE)
            self.results.appendRow(item)
        return self.hits

    def choose(self, row: int) -> None:
        """Emit ``feature_chosen`` for hit ``row``."""
        if 0 <= row < len(self.hits):
            hit = self.hits[row]
            self.setText(hit.name)
            self.feature_chosen.emit(hit.layer_id, hit.fid)

    def _on_text_edited(self, _text: str) -> None:
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        self.search_now(self.text())
        if self.hits and self.hasFocus():
            self.completer_.complete()

    def _on_return_pressed(self) -> None:
        self._timer.stop()
        if not self.hits:
            self.search_now(self.text())
        self.completer_.popup().hide()
        self.choose(0)

    def _on_completer_activated(self, index: QModelIndex) -> None:
        self.choose(index.row())
