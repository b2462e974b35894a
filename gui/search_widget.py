"""SearchWidget: a toolbar search box for zones, districts and enterprises by name.

Typing Chinese, full pinyin or pinyin initials ("hdy" -> 海淀园) lists matches
in a completer popup; choosing one emits ``feature_chosen`` and the workspace
flies the map there and selects the feature.

The index (layers.query.name_search) is built on a worker thread (QThreadPool) when the
project loads and, debounced, when a layer's features change: names are copied
on the GUI thread, pinyin is computed on the worker, and the result is adopted
on the GUI thread only if it is the latest build (older builds are dropped, like
the canvas's render request ids). Meanwhile searches use the previous index of
large layers (or skip them) and index small layers (zones, districts) at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QRunnable,
    Qt,
    QThread,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from layers.query.name_search import (
    PHRASE_PINYIN_LIMIT,
    NameIndex,
    NameSnapshot,
    SearchHit,
    build_indexes,
    snapshot_names,
)
from layers.vector_layer import VectorLayer

HIT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
DEBOUNCE_MS = 200
#: Delay between a features change and the index rebuild it triggers.
BUILD_DEBOUNCE_MS = 300
#: Layers up to this size are indexed on the GUI thread when a search needs them.
SYNC_INDEX_LIMIT = PHRASE_PINYIN_LIMIT

#: Signal carriers of running builds, kept alive until their result is delivered.
_LIVE_CARRIERS: set[QObject] = set()


log = logging.getLogger(__name__)


class _BuildCarrier(QObject):
    """Carries a build's result from the pool thread to the GUI thread."""

    built = Signal(int, object, object)  # build id, {layer id: index}, QThread
    failed = Signal(int, str)  # build id, what went wrong


class _IndexBuild(QRunnable):
    """Build name indexes from snapshots on a pool thread."""

    def __init__(
        self,
        build_id: int,
        snaps: list[NameSnapshot],
        latest: list[int],
        carrier: _BuildCarrier,
    ) -> None:
        super().__init__()
        self._id, self._snaps, self._latest = build_id, snaps, latest
        self._carrier = carrier

    def run(self) -> None:
        thread = QThread.currentThread()
        try:
            indexes = build_indexes(self._snaps, lambda: self._latest[0] != self._id)
        except Exception as exc:
            log.warning("search index build %s failed", self._id, exc_info=True)
            try:
                self._carrier.failed.emit(self._id, f"{type(exc).__name__}: {exc}")
            except RuntimeError:
                pass  # shutting down (see below)
            return
        try:
            self._carrier.built.emit(self._id, indexes, thread)
        except RuntimeError:
            # The application is shutting down and deleted the carrier: nobody
            # is left to use this index.
            pass


class SearchWidget(QLineEdit):
    """Line edit with a completer of :class:`layers.query.name_search.SearchHit` results.

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
    #: A build's index was adopted (its build id).
    index_built = Signal(int)
    #: A build finished after a newer one started and was dropped (its id).
    build_dropped = Signal(int)

    def __init__(
        self, layers: Callable[[], Sequence[VectorLayer]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SearchWidget")
        self._layers = layers
        self._index: NameIndex | None = None
        self._index_ids: tuple[str, ...] = ()
        self._watched: list[VectorLayer] = []
        self._latest = [0]  # id of the newest build, read by the pool threads
        self._pending: set[int] = set()
        #: The thread the last adopted build ran in.
        self.last_build_thread: QThread | None = None
        self._build_timer = QTimer(self)
        self._build_timer.setSingleShot(True)
        self._build_timer.setInterval(BUILD_DEBOUNCE_MS)
        self._build_timer.timeout.connect(self.build_index_now)
        self.hits: list[SearchHit] = []
        self.results = QStandardItemModel(self)
        self.completer_ = QCompleter(self.results, self)
        self.completer_.setCompletionMode(
            QCompleter.CompletionMode.UnfilteredPopupCompletion
        )
        self.completer_.setWidget(self)
        # PySide6's stub does not model choosing an overloaded signal by type.
        activated = self.completer_.activated[QModelIndex]  # type: ignore[index]
        activated.connect(self._on_completer_activated)
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
        self.schedule_index_build()

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
        """Forget the index (a new project was loaded) and rebuild it off-thread."""
        self._index = None
        self._index_ids = ()
        self.index()
        self.schedule_index_build()

    @property
    def building(self) -> bool:
        """True while a build is running or scheduled."""
        return bool(self._pending) or self._build_timer.isActive()

    def schedule_index_build(self) -> None:
        """Rebuild the index on a worker thread after a short quiet time."""
        self._build_timer.start()

    def build_index_now(self) -> int:
        """Start building the stale layers' indexes on a worker; return the id.

        Any build still running becomes stale: it stops early and its result is
        dropped when it arrives.
        """
        self._build_timer.stop()
        index = self.index()
        snaps = [s for s in map(snapshot_names, index.stale_layers()) if s is not None]
        self._latest[0] += 1
        build_id = self._latest[0]
        self._pending.add(build_id)
        carrier = _BuildCarrier()
        _LIVE_CARRIERS.add(carrier)
        carrier.built.connect(self._on_carrier_built)
        carrier.failed.connect(self._on_carrier_failed)
        carrier.built.connect(lambda *_a, c=carrier: _LIVE_CARRIERS.discard(c))
        QThreadPool.globalInstance().start(
            _IndexBuild(build_id, snaps, self._latest, carrier)
        )
        return build_id

    def _on_carrier_built(self, build_id: int, indexes: Any, thread: Any) -> None:
        self._pending.discard(build_id)
        if build_id != self._latest[0] or self._index is None:
            self.build_dropped.emit(build_id)
            return
        self._index.adopt(indexes)
        self.last_build_thread = thread
        self.index_built.emit(build_id)

    def _on_carrier_failed(self, build_id: int, message: str) -> None:
        # The previous index stays in use; the planner sees why names are stale.
        self._pending.discard(build_id)
        self.setToolTip(
            self.tr("The search index could not be updated: %1").replace("%1", message)
        )

    def _watch(self, layers: list[VectorLayer]) -> None:
        for lyr in self._watched:
            lyr.features_changed.disconnect(self._on_layer_features_changed)
        self._watched = list(layers)
        for lyr in self._watched:
            lyr.features_changed.connect(self._on_layer_features_changed)

    def _on_layer_features_changed(self, *_args: object) -> None:
        self.schedule_index_build()

    def index(self) -> NameIndex:
        """Return the name index over the current layers.

        When the layers changed, a new index keeps the indexes already built
        for layers still present, and a rebuild is scheduled.
        """
        layers = list(self._layers())
        ids = tuple(lyr.id for lyr in layers)
        if self._index is None or ids != self._index_ids:
            old = self._index
            self._index = NameIndex(layers)
            if old is not None:
                self._index.adopt(
                    {k: v for k, v in old._indexes.items() if k in ids}  # noqa: SLF001
                )
            self._index_ids = ids
            self._watch(layers)
            if old is not None:
                self.schedule_index_build()
        else:
            self._index.layers = layers
        return self._index

    def search_now(self, text: str, limit: int = 15) -> list[SearchHit]:
        """Search ``text`` at once, fill the completer and return the hits."""
        index = self.index()
        self.hits = index.search(text, limit, SYNC_INDEX_LIMIT) if text.strip() else []
        if not self.building and any(
            lyr.feature_count > SYNC_INDEX_LIMIT for lyr in index.stale_layers()
        ):
            self.schedule_index_build()
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
        popup = self.completer_.popup()
        if popup is not None:
            popup.hide()
        self.choose(0)

    def _on_completer_activated(self, index: QModelIndex) -> None:
        self.choose(index.row())
