"""Edit sessions: toggle editing on layers, validate, save or discard.

The edit buffer is the project's undo stack (DESIGN.md "Data safety"): edits
live there until Save, which writes every editable layer in ONE store action
through ``db.project_io.save_project``. Save is refused while topology errors
remain unless the user gives a reason, which is saved with the edits (setting
``editing.topology_overrides``, itself audited). layers/ may not import db/
(STYLE.md section 1), so the store and the saver are handed in by the caller
(the GUI passes ``db.project_io.save_project``).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any

import pandas as pd

from layers.editing import topology
from layers.editing.feature_commands import remap_fids
from layers.editing.recovery import RecoveryJournal, database_journal_path, journal_path
from layers.editing.topology import TopologyIssue, TopologySettings
from layers.events import Event
from layers.project import Project
from layers.vector_layer import VectorLayer

OVERRIDES_KEY = "editing.topology_overrides"
#: Test hook: seconds to pause inside the save transaction, after the rows are
#: written and before COMMIT, so a test can SIGKILL a save mid-way.
PAUSE_ENV = "ZP_TEST_PAUSE_IN_SAVE"

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
    """Which layers are being edited, their validation, and Save/Discard.

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
        self.layers: dict[str, VectorLayer] = {}
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
    def is_editing(self, layer: VectorLayer) -> bool:
        """Return True if ``layer`` is in edit mode."""
        return layer.id in self.layers

    def start(self, layer: VectorLayer) -> None:
        """Put ``layer`` in edit mode; refuse read-only layers."""
        if layer.read_only or self.project.meta.read_only:
            reason = self.project.meta.read_only_reason or f"{layer.name} is read-only"
            raise EditingError(reason)
        if layer.id in self.layers:
            return
        self.layers[layer.id] = layer
        layer.features_changed.connect(self._on_layer_features_changed)
        if self.journal is not None:
            self.journal.attach(layer)
        self.editing_changed.emit(layer)

    def stop(self, layer: VectorLayer) -> None:
        """Leave edit mode (the caller saved or discarded first)."""
        if self.layers.pop(layer.id, None) is None:
            return
        layer.features_changed.disconnect(self._on_layer_features_changed)
        if self.journal is not None:
            self.journal.detach(layer)
        self.editing_changed.emit(layer)

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
    def save(self, override_reason: str | None = None) -> list[Any]:
        """Validate, then write all edits in one action; return the save summaries.

        Raises
        ------
        TopologyBlockedError
            Errors remain and ``override_reason`` is empty.
        Exception
            Anything the store raises (ConflictError, locked...): nothing was
            written and the edit buffer is unchanged.
        """
        issues = self.issues()
        blocked = topology.has_errors(issues)
        reason = (override_reason or "").strip()
        if blocked and not reason:
            raise TopologyBlockedError(issues)
        if self.store is None:
            raise EditingError("no project file to save to")
        if self.saver is None:
            raise EditingError("no saver given: cannot write the edits")
        saver = self.saver
        old_settings = dict(self.project.settings)
        if blocked:
            self._record_override(reason, issues)
        try:
            with self.store.action(self.user, "Save edits"):
                summaries = list(saver(self.project, self.store, self.user) or [])
                _pause_for_tests()
        except BaseException:
            self.project.settings = old_settings
            raise
        self._after_save(summaries)
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

    def _after_save(self, summaries: list[Any]) -> None:
        # Temporary fids are unique per process, so each map can be applied to
        # every layer of its table without knowing which layer it came from.
        for summary in summaries:
            fid_map = getattr(summary, "fid_map", None) or {}
            for lyr in self.project.layers:
                if fid_map and lyr.source.table == getattr(summary, "table", None):
                    remap_fids(self.project.undo_stack, lyr, fid_map)
        self.project.undo_stack.set_clean()
        if self.journal is not None:
            self.journal.clear()
        self._issues.clear()

    def discard(self) -> bool:
        """Undo back to the last saved state; return False if that is impossible.

        The GUI asks the user first. Undone commands stay redoable.
        """
        stack = self.project.undo_stack
        while not stack.is_clean() and stack.can_undo():
            stack.undo()
        while not stack.is_clean() and stack.can_redo():
            stack.redo()
        if stack.is_clean() and self.journal is not None:
            self.journal.clear()
        return stack.is_clean()


def _pause_for_tests() -> None:
    pause = os.environ.get(PAUSE_ENV)
    if pause:
        print("ZP-SAVE-PAUSED", flush=True)
        time.sleep(float(pause))
