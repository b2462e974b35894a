"""EditBuffer: the unsaved edits of one layer's editing session (QGIS's edit buffer).

A layer in edit mode has one buffer with its own undo stack. Feature edits go
there and nowhere else; Save writes them and empties the buffer, Cancel undoes
them all and empties it, so no undo ever reaches past a save or into another
session (DESIGN.md "Saved data is sacred"). Style and layer-tree commands live
on the project's own stack.
"""

from __future__ import annotations

from layers.events import Event
from layers.undo import Command, UndoStack
from layers.vector_layer import VectorLayer


class EditBuffer:
    """The edit buffer of one layer in edit mode.

    Events: ``changed(buffer)`` after every push, undo, redo, save or discard.
    """

    def __init__(self, layer: VectorLayer) -> None:
        self.layer = layer
        self.undo_stack = UndoStack()
        self.changed = Event()
        self.undo_stack.index_changed.connect(self._on_stack_index_changed)

    def __repr__(self) -> str:
        return f"EditBuffer({self.layer.id!r}, {self.undo_stack.count()} command(s))"

    @property
    def modified(self) -> bool:
        """Return True if the layer holds edits not yet saved."""
        return not self.undo_stack.is_clean()

    def push(self, cmd: Command) -> None:
        """Apply ``cmd`` (it must edit this layer's features only) and record it."""
        others = cmd.feature_layer_ids() - {self.layer.id}
        if others:
            raise ValueError(
                f"{cmd.text!r} edits layers {sorted(others)} outside this buffer"
            )
        self.undo_stack.push(cmd)

    def discard(self) -> None:
        """Undo every edit of the session, then forget them (Cancel edits)."""
        stack = self.undo_stack
        while stack.can_undo():
            stack.undo()
        stack.clear()

    def committed(self) -> None:
        """Forget the edits once they are saved: nothing to undo past a save."""
        self.undo_stack.clear()

    def _on_stack_index_changed(self, _stack: UndoStack) -> None:
        self.changed.emit(self)
