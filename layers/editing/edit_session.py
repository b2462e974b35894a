"""Edit sessions: toggle editing on layers, validate, save or discard.

Each layer in edit mode has its own :class:`~layers.edit_buffer.EditBuffer`
(DESIGN.md "Saved data is sacred"): feature edits live there until Save,
which writes every layer in ONE store action through
``db.project_io.save_project`` and empties the buffers; Cancel undoes them.
Save is refused while topology errors remain unless the user gives a reason,
which is saved with the edits (setting ``editing.topology_overrides``, itself
audited). layers/ may not import db/ (STYLE.md section 1), so the store and the
saver are handed in by the caller (the GUI passes ``db.project_io.save_project``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pandas as pd

from layers.edit_buffer import EditBuffer
from layers.editing import topology
from layers.editing.recovery import RecoveryJournal, database_journal_path, journal_path
from layers.editing.topology import TopologyIssue, TopologySettings
from layers.events import Event
from layers.project import Project
from layers.undo import Command, MacroCommand
from layers.vector_layer import VectorLayer

OVERRIDES_KEY = "editing.topology_overrides"

Saver = Callable[[Project, Any, str], Any]


class EditingError(Exception):
    """Editing cannot start or a save was refused (message fit for a planner)."""


class TopologyBlockedError(EditingError):
    """Save refused: topology errors and no override reason."""

    def __init__(self, issues: list[TopologyIssue]) -> None:
        self.issues = issues
        errors = [i for i in issues if i.severity == topology.ERROR]
        first = errors[0].message if errors else ""
        super().__init__(
            f"{len(errors)} topology error(s), e.g. {first}. Fix them, or save "
            "anyway with a reason that is recorded."
        )


class EditSession:
    """Which layers are in edit mode, their buffers, validation, Save/Discard.

    Events: ``editing_changed(layer)``, ``issues_changed(issues)``.

    Parameters
    ----------
    project : Project
    store : object, optional
        A ``db.store.ProjectStore`` (anything with ``action(user, text)``).
    user : str
        Written to the audit log.
    basemap : DataFrame, optional
        Districts for the "inside its districts" rule (EPSG:4490).
    saver : callable, optional
        ``saver(project, store, user)`` writing the edits in one action
        (``db.project_io.save_project``); required to save.
    """

    def __init__(
        self,
        project: Project,
        store: Any = None,
        user: str = "",
        basemap: pd.DataFrame | None = None,
        saver: Saver | None = None,
        settings: TopologySettings | None = None,
    ) -> None:
        self.project = project
        self.store = store
        self.user = user
        self.basemap = basemap
        self.saver = saver
        self.settings = settings or TopologySettings()
        self.editing_changed = Event()
        self.issues_changed = Event()
        self._issues: dict[str, tuple[int, list[TopologyIssue]]] = {}
        meta = project.meta
        where = (
            journal_path(meta.path)
            if meta.path
            else database_journal_path(meta.location)
            if meta.location
            else None
        )
        self.journal = RecoveryJournal(project, where) if where else None

    # --- editing state ---------------------------------------------------
    @property
    def layers(self) -> dict[str, VectorLayer]:
        """Return the layers in edit mode by id."""
        return {k: b.layer for k, b in self.project.edit_buffers.items()}

    def is_editing(self, layer: VectorLayer) -> bool:
        """Return True if ``layer`` is in edit mode."""
        return layer.id in self.project.edit_buffers

    def buffer(self, layer: VectorLayer) -> EditBuffer | None:
        """Return ``layer``'s edit buffer (None when it is not in edit mode)."""
        return self.project.edit_buffers.get(layer.id)

    def start(self, layer: VectorLayer) -> EditBuffer:
        """Put ``layer`` in edit mode (a new, empty buffer); refuse read-only layers."""
        if layer.read_only or self.project.meta.read_only:
            reason = self.project.meta.read_only_reason or f"{layer.name} is read-only"
            raise EditingError(reason)
        if layer.id in self.project.edit_buffers:
            return self.project.edit_buffers[layer.id]
        buf = self.project.open_edit_buffer(layer)
        layer.features_changed.connect(self._on_layer_features_changed)
        if self.journal is not None:
            self.journal.attach(layer)
        self.editing_changed.emit(layer)
        return buf

    def stop(self, layer: VectorLayer) -> None:
        """Leave edit mode; the caller saved or discarded the layer's edits first."""
        buf = self.project.edit_buffers.get(layer.id)
        if buf is None:
            return
        if buf.modified:
            raise EditingError(f"{layer.name} has unsaved edits: save or discard them")
        self.project.close_edit_buffer(layer.id)
        layer.features_changed.disconnect(self._on_layer_features_changed)
        if self.journal is not None:
            self.journal.detach(layer)
        self.editing_changed.emit(layer)

    def push(self, cmd: Command) -> None:
        """Apply a feature edit and record it in the buffer of the layer it edits.

        A macro spanning several edited layers (topological editing, zone
        import) is split into one step per layer, as QGIS keeps one undo
        stack per layer.

        Raises
        ------
        EditingError
            The command edits a layer that is not in edit mode.
        """
        ids = cmd.feature_layer_ids()
        buffers = self.project.edit_buffers
        missing = sorted(i for i in ids if i not in buffers)
        if not ids or missing:
            names = [self._name(i) for i in missing] or ["(no layer)"]
            raise EditingError(f"{', '.join(names)}: start editing the layer first")
        if len(ids) == 1:
            buffers[next(iter(ids))].push(cmd)
            return
        for layer_id, part in _split_by_layer(cmd).items():
            buffers[layer_id].push(part)

    def _name(self, layer_id: str) -> str:
        layer = self.project.find(layer_id)
        return layer.name if layer is not None else layer_id

    def _on_layer_features_changed(self, layer: VectorLayer) -> None:
        self.issues_changed.emit(self.issues())

    # --- validation --------------------------------------------------------
    def issues(self, layer: VectorLayer | None = None) -> list[TopologyIssue]:
        """Return the issues of one or every edited layer (cached per revision)."""
        out: list[TopologyIssue] = []
        for lyr in [layer] if layer is not None else list(self.layers.values()):
            cached = self._issues.get(lyr.id)
            if cached is None or cached[0] != lyr.revision:
                found = topology.check_layer(
                    lyr, self.basemap, self.settings, self._other_codes(lyr)
                )
                cached = (lyr.revision, found)
                self._issues[lyr.id] = cached
            out += cached[1]
        return out

    def _other_codes(self, layer: VectorLayer) -> set[str]:
        codes: set[str] = set()
        for lyr in self.project.layers:
            if (
                lyr is not layer
                and lyr.source.table == layer.source.table
                and "code" in lyr.gdf
            ):
                codes |= {c for c in lyr.gdf["code"].tolist() if isinstance(c, str)}
        return codes

    # --- save / discard ------------------------------------------------------
    @contextmanager
    def checked_save(self, override_reason: str | None = None) -> Iterator[None]:
        """Run the body (the write) only if topology allows it; tidy up after.

        Records an override reason in the project settings (rolled back if
        the body raises) and, once the body returned, clears the journal.

        Raises
        ------
        TopologyBlockedError
            Errors remain and ``override_reason`` is empty.
        """
        issues = self.issues()
        blocked = topology.has_errors(issues)
        reason = (override_reason or "").strip()
        if blocked and not reason:
            raise TopologyBlockedError(issues)
        old_settings = dict(self.project.settings)
        if blocked:
            self._record_override(reason, issues)
        try:
            yield
        except BaseException:
            self.project.settings = old_settings
            raise
        self.saved()

    def save(self, override_reason: str | None = None) -> list[Any]:
        """Validate, then write all edits in one action; return the save summaries.

        Raises
        ------
        TopologyBlockedError
            Errors remain and ``override_reason`` is empty.
        Exception
            Anything the store raises (ConflictError, locked...): nothing was
            written and the edit buffers are unchanged.
        """
        if self.store is None:
            raise EditingError("no project file to save to")
        if self.saver is None:
            raise EditingError("no saver given: cannot write the edits")
        with self.checked_save(override_reason):
            with self.store.action(self.user, "Save edits"):
                summaries = list(self.saver(self.project, self.store, self.user) or [])
        return summaries

    def _record_override(self, reason: str, issues: list[TopologyIssue]) -> None:
        log = list(self.project.settings.get(OVERRIDES_KEY, []))[-49:]
        log.append(
            {
                "at": time.strftime("%Y-%m-%dT%H:%M:%S"),
                "user": self.user,
                "reason": reason,
                "errors": [i.message for i in issues if i.severity == topology.ERROR][
                    :50
                ],
            }
        )
        self.project.settings[OVERRIDES_KEY] = log

    def saved(self) -> None:
        """Forget what the save made history: buffers, journal, cached issues."""
        self.project.mark_saved()
        if self.journal is not None:
            self.journal.clear()
        self._issues.clear()

    def discard(self, layer: VectorLayer | None = None) -> None:
        """Undo the unsaved edits of ``layer`` (default: every edited layer).

        The GUI asks the user first. The layers stay in edit mode with empty
        buffers; nothing of the discarded edits can be redone.
        """
        buffers = self.project.edit_buffers
        targets = [buffers[layer.id]] if layer is not None else list(buffers.values())
        for buf in targets:
            buf.discard()
        if self.journal is not None and not self.project.has_unsaved_edits:
            self.journal.clear()

    def set_store(self, store: Any, project_path: str | None) -> None:
        """Save into ``store`` from now on, journaling beside ``project_path``."""
        self.store = store
        if self.journal is not None and project_path:
            self.journal.move_to(journal_path(project_path))

    def close(self) -> None:
        """Stop following the project (the window shows another one)."""
        if self.journal is not None:
            self.journal.close()
        for layer in list(self.layers.values()):
            layer.features_changed.disconnect(self._on_layer_features_changed)


def _flatten(cmd: Command) -> list[Command]:
    if isinstance(cmd, MacroCommand) and len(cmd.feature_layer_ids()) > 1:
        return [leaf for child in cmd.children for leaf in _flatten(child)]
    return [cmd]


def _split_by_layer(cmd: Command) -> dict[str, Command]:
    """Return ``cmd`` as one command per edited layer (order kept within each)."""
    parts: dict[str, list[Command]] = {}
    for leaf in _flatten(cmd):
        ids = leaf.feature_layer_ids()
        if len(ids) != 1:
            raise EditingError(f"{cmd.text!r} cannot be split by layer")
        parts.setdefault(next(iter(ids)), []).append(leaf)
    return {lid: MacroCommand(cmd.text, cmds) for lid, cmds in parts.items()}
