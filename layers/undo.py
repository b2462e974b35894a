"""A Qt-free undo stack of commands.

Two kinds of stacks exist (DESIGN.md "Saved data is sacred"): the project's
stack holds style, layer-tree and bookmark commands and never a feature edit;
each layer in edit mode has its own stack in its
:class:`~layers.edit_buffer.EditBuffer`, emptied on Save or Cancel. The GUI
binds the active one to its Undo/Redo actions; every change goes through
:meth:`UndoStack.push`, which runs the command's :meth:`Command.redo`.
"""

from __future__ import annotations

from collections.abc import Sequence

from layers.events import Event


class Command:
    """Base class of undoable commands, named ``VerbNounCommand``."""

    text = "edit"
    merge_id: int = -1  # commands with the same non-negative id may merge

    def redo(self) -> None:  # pragma: no cover - abstract
        """Apply the change."""
        raise NotImplementedError

    def undo(self) -> None:  # pragma: no cover - abstract
        """Revert the change."""
        raise NotImplementedError

    def merge_with(self, other: Command) -> bool:
        """Absorb ``other`` (already applied) into self; return True if merged."""
        return False

    def feature_layer_ids(self) -> frozenset[str]:
        """Return the ids of the layers whose features this command changes."""
        return frozenset()


class MacroCommand(Command):
    """A group of commands undone and redone as one step."""

    def __init__(self, text: str, children: Sequence[Command] | None = None) -> None:
        self.text = text
        self.children: list[Command] = list(children or [])

    def redo(self) -> None:
        """Apply the children in order; if one fails, take back those applied."""
        done: list[Command] = []
        try:
            for c in self.children:
                c.redo()
                done.append(c)
        except BaseException:
            for c in reversed(done):
                c.undo()
            raise

    def undo(self) -> None:
        """Revert the children in reverse; if one fails, re-apply those reverted."""
        done: list[Command] = []
        try:
            for c in reversed(self.children):
                c.undo()
                done.append(c)
        except BaseException:
            for c in reversed(done):
                c.redo()
            raise

    def feature_layer_ids(self) -> frozenset[str]:
        """Return the layers whose features any child changes."""
        return frozenset().union(*(c.feature_layer_ids() for c in self.children))


class FeatureEditRefusedError(TypeError):
    """A feature edit was pushed onto a stack that does not hold them."""


class UndoStack:
    """Ordered commands with an index and a clean mark.

    Events: ``index_changed(stack)``, ``clean_changed(is_clean)``.
    """

    def __init__(self, accepts_feature_edits: bool = True) -> None:
        self.accepts_feature_edits = accepts_feature_edits
        self._commands: list[Command] = []
        self._index = 0
        self._clean_index: int | None = 0
        self.index_changed = Event()
        self.clean_changed = Event()

    # --- state ---------------------------------------------------------
    @property
    def index(self) -> int:
        """Return how many commands are applied."""
        return self._index

    def count(self) -> int:
        """Return the number of commands on the stack."""
        return len(self._commands)

    def is_clean(self) -> bool:
        """Return True if the model equals what was last saved."""
        return self._clean_index == self._index

    def can_undo(self) -> bool:
        """Return True if there is something to undo."""
        return self._index > 0

    def can_redo(self) -> bool:
        """Return True if there is something to redo."""
        return self._index < len(self._commands)

    def undo_text(self) -> str:
        """Return the text of the command Undo would revert."""
        return self._commands[self._index - 1].text if self.can_undo() else ""

    def redo_text(self) -> str:
        """Return the text of the command Redo would apply."""
        return self._commands[self._index].text if self.can_redo() else ""

    def commands(self) -> list[Command]:
        """Return the applied-and-undone commands (oldest first)."""
        return list(self._commands)

    # --- changing ------------------------------------------------------
    def push(self, cmd: Command) -> None:
        """Apply ``cmd`` and record it (merging with the top when allowed).

        Raises
        ------
        FeatureEditRefusedError
            ``cmd`` edits features and this stack does not hold feature edits
            (the project's stack: they belong in an edit buffer).
        """
        if not self.accepts_feature_edits and cmd.feature_layer_ids():
            raise FeatureEditRefusedError(
                f"{cmd.text!r} edits features: it belongs in the layer's edit buffer"
            )
        was_clean = self.is_clean()
        cmd.redo()
        del self._commands[self._index :]
        if self._clean_index is not None and self._clean_index > self._index:
            self._clean_index = None
        top = self._commands[-1] if self._commands else None
        if (
            top is not None
            and cmd.merge_id >= 0
            and top.merge_id == cmd.merge_id
            and self._clean_index != self._index
            and top.merge_with(cmd)
        ):
            pass
        else:
            self._commands.append(cmd)
            self._index += 1
        self._emit(was_clean)

    def undo(self) -> None:
        """Revert the last applied command.

        The index moves only once the command's undo has succeeded: an undo
        that raises leaves the stack as it was (and the error propagates).
        """
        if self.can_undo():
            was_clean = self.is_clean()
            self._commands[self._index - 1].undo()
            self._index -= 1
            self._emit(was_clean)

    def redo(self) -> None:
        """Re-apply the next undone command."""
        if self.can_redo():
            was_clean = self.is_clean()
            self._commands[self._index].redo()
            self._index += 1
            self._emit(was_clean)

    def set_clean(self) -> None:
        """Mark the current state as saved."""
        was_clean = self.is_clean()
        self._clean_index = self._index
        self._emit(was_clean)

    def clear(self) -> None:
        """Forget all commands (after load or discard)."""
        was_clean = self.is_clean()
        self._commands.clear()
        self._index = 0
        self._clean_index = 0
        self._emit(was_clean)

    def _emit(self, was_clean: bool) -> None:
        self.index_changed.emit(self)
        if was_clean != self.is_clean():
            self.clean_changed.emit(self.is_clean())
