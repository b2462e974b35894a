"""Project: ordered layers, display CRS, bookmarks, print layouts, settings."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from layers.edit_buffer import EditBuffer
from layers.events import Event
from layers.undo import UndoStack
from layers.vector_layer import VectorLayer, union_extent_ll

DISPLAY_CRS_CHOICES = (4548, 3857, 4547, 4549)


@dataclass(frozen=True)
class Bookmark:
    """A named view; the extent is in EPSG:4490 lon/lat."""

    name: str
    xmin: float
    ymin: float
    xmax: float
    ymax: float

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return asdict(self)


@dataclass
class ProjectMeta:
    """Where the project lives and how it was opened."""

    path: str | None = None  # the project file; None for a database project
    read_only: bool = False
    read_only_reason: str = ""
    schema_version: int | None = None
    #: What reopens the project (file path, or database URL without password).
    location: str = ""
    #: Short name for titles: the file name, or db@host/schema (user).
    display_name: str = ""
    #: "gpkg" or "postgis".
    backend: str = "gpkg"
    #: What the signed-in user may do: viewer, editor, approver or admin.
    role: str = "admin"


class Project:
    """The model behind one window: layers top-to-bottom as in the layer tree.

    Events: ``layers_changed(project)`` (added, removed, reordered),
    ``crs_changed(epsg)``, ``edits_changed(project)`` (an edit buffer was
    opened, closed, or its content changed).

    ``undo_stack`` holds style, layer-tree and bookmark commands only; feature
    edits live in the per-layer :attr:`edit_buffers` while a layer is edited.
    """

    def __init__(self, display_epsg: int = 4548) -> None:
        self.layers: list[VectorLayer] = []
        self.display_epsg = display_epsg
        self.bookmarks: list[Bookmark] = []
        self.layouts: dict[str, dict[str, Any]] = {}
        self.settings: dict[str, Any] = {}
        self.meta = ProjectMeta()
        self.undo_stack = UndoStack(accepts_feature_edits=False)
        self.edit_buffers: dict[str, EditBuffer] = {}
        self.layers_changed = Event()
        self.crs_changed = Event()
        self.edits_changed = Event()

    # --- layers --------------------------------------------------------
    def layer(self, layer_id: str) -> VectorLayer:
        """Return the layer with ``layer_id``; KeyError if absent."""
        for lyr in self.layers:
            if lyr.id == layer_id:
                return lyr
        raise KeyError(layer_id)

    def find(self, name: str) -> VectorLayer | None:
        """Return the first layer named ``name`` (or whose id is ``name``)."""
        for lyr in self.layers:
            if lyr.name == name or lyr.id == name:
                return lyr
        return None

    def add_layer(self, layer: VectorLayer, index: int = 0) -> None:
        """Insert ``layer`` at ``index`` (0 = top of the tree, drawn last)."""
        self.layers.insert(index, layer)
        self.layers_changed.emit(self)

    def remove_layer(self, layer_id: str) -> VectorLayer:
        """Remove and return the layer with ``layer_id``."""
        lyr = self.layer(layer_id)
        self.layers.remove(lyr)
        self.layers_changed.emit(self)
        return lyr

    def move_layer(self, layer_id: str, new_index: int) -> None:
        """Move a layer to ``new_index`` in the top-to-bottom order."""
        lyr = self.layer(layer_id)
        old = self.layers.index(lyr)
        if old == new_index:
            return
        self.layers.pop(old)
        self.layers.insert(new_index, lyr)
        self.layers_changed.emit(self)

    def draw_order(self) -> list[VectorLayer]:
        """Return layers bottom-to-top (the order to paint them)."""
        return list(reversed(self.layers))

    def set_display_epsg(self, epsg: int) -> None:
        """Switch the display CRS; emit ``crs_changed`` on change."""
        if epsg != self.display_epsg:
            self.display_epsg = epsg
            self.crs_changed.emit(epsg)

    def full_extent_ll(self) -> tuple[float, float, float, float] | None:
        """Return the union of visible layers' extents in EPSG:4490."""
        return union_extent_ll(lyr for lyr in self.layers if lyr.visible)

    def snapshot(self, layer_ids: Sequence[str] | None = None) -> Project:
        """Return a detached read-only copy for work off the GUI thread.

        ``layer_ids`` limits the copy to those layers (tree order kept); meta,
        layouts and settings are deep-copied so later edits cannot race.
        """
        snap = Project(self.display_epsg)
        snap.meta = copy.deepcopy(self.meta)
        snap.layouts = copy.deepcopy(self.layouts)
        snap.settings = copy.deepcopy(self.settings)
        wanted = None if layer_ids is None else set(layer_ids)
        snap.layers = [
            lyr.detached_copy()
            for lyr in self.layers
            if wanted is None or lyr.id in wanted
        ]
        return snap

    # --- edit buffers ------------------------------------------------------
    def open_edit_buffer(self, layer: VectorLayer) -> EditBuffer:
        """Return ``layer``'s edit buffer, opening one if it has none."""
        buf = self.edit_buffers.get(layer.id)
        if buf is None:
            buf = EditBuffer(layer)
            buf.changed.connect(self._on_buffer_changed)
            self.edit_buffers[layer.id] = buf
            self.edits_changed.emit(self)
        return buf

    def close_edit_buffer(self, layer_id: str) -> None:
        """Close a layer's edit buffer; it must hold no unsaved edits."""
        buf = self.edit_buffers.get(layer_id)
        if buf is None:
            return
        if buf.modified:
            raise RuntimeError(f"{buf.layer.name}: save or discard the edits first")
        buf.changed.disconnect(self._on_buffer_changed)
        del self.edit_buffers[layer_id]
        self.edits_changed.emit(self)

    def _on_buffer_changed(self, _buf: EditBuffer) -> None:
        self.edits_changed.emit(self)

    def mark_saved(self) -> None:
        """Record that everything on screen is now in the file (after COMMIT)."""
        self.undo_stack.set_clean()
        for buf in list(self.edit_buffers.values()):
            buf.committed()

    @property
    def has_unsaved_edits(self) -> bool:
        """Return True if an edit buffer holds unsaved feature edits."""
        return any(b.modified for b in self.edit_buffers.values())

    @property
    def dirty(self) -> bool:
        """Return True if there are unsaved edits (features or project state)."""
        return not self.undo_stack.is_clean() or self.has_unsaved_edits
