"""The model and the shared actions of the random-session fuzz tests.

tests/gui/test_gui_session_fuzz.py (project files) and
tests/gui/test_gui_session_fuzz_pg.py (a team database) both play seeded
random planner actions on the real window and compare, after every step,
what each store holds and what the window shows with :class:`Model`.
:class:`SessionBase` holds the actions that do not depend on the store
(edit, add, delete, undo/redo, style, cancel, stop editing, close); each
test module adds the store's own (save, Save As, reopen, a colleague's
change) and its checks.
"""

from __future__ import annotations

import random
from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any

import shapely
from PySide6.QtWidgets import QMessageBox

from gui.editing.editing_feature import EditingFeature
from gui.main_window import MainWindow
from layers.editing.feature_commands import (
    AddFeatureCommand,
    ChangeAttributesCommand,
    DeleteFeaturesCommand,
)
from layers.layer_commands import SetLayerStyleCommand

#: The zone layers the sessions edit, with their codes in the fixture project.
LAYERS = {"zgc_parks": ("ZGC-HD", "ZGC-XC"), "functional_areas": ("FA-CBD",)}
State = dict[str, str | None]


def plain(v: object) -> str | None:
    """Return ``v`` as text, None for a missing value (None or NaN)."""
    return None if v is None or (isinstance(v, float) and v != v) else str(v)


def screen_state(w: MainWindow) -> State:
    """Return zone code -> remarks as the window's zone layers show them."""
    out: State = {}
    for lyr in w.project.layers:
        if lyr.source.table == "zones":
            for code, rem in zip(lyr.gdf["code"], lyr.gdf["remarks"], strict=True):
                out[str(code)] = plain(rem)
    return out


@dataclass
class Buffer:
    """The model of one layer's edit buffer: snapshots of its codes and an index.

    ``touched[j]`` holds the codes the command leading to ``states[j]`` set
    (``touched[0]`` is empty): undoing past it restores the value that
    command recorded, whatever was shown since.
    """

    states: list[State]
    index: int = 0
    touched: list[set[str]] = field(default_factory=lambda: [set()])


@dataclass
class Model:
    """What each store must hold and what the window must show.

    ``files`` maps a store key (a file's Path, a database URL) to zone code
    -> remarks.
    """

    files: dict[Any, State]
    current: Hashable | None
    screen: State
    buffers: dict[str, Buffer] = field(default_factory=dict)
    layer_of: dict[str, str] = field(default_factory=dict)
    #: What the window loaded (or last saved) and the rows a colleague has
    #: changed in the store since that the window still shows as loaded:
    #: saving an edit of those is a conflict.
    baseline: State = field(default_factory=dict)
    stale: set[str] = field(default_factory=set)

    def diff(self) -> set[str]:
        keys = set(self.baseline) | set(self.screen)
        return {c for c in keys if self.baseline.get(c, "∅") != self.screen.get(c, "∅")}

    def conflicts(self) -> bool:
        return bool(self.diff() & self.stale)

    def written(self, onto: State) -> State:
        out = dict(onto)
        for c in self.diff():
            if c in self.screen:
                out[c] = self.screen[c]
            else:
                out.pop(c, None)
        return out

    def portion(self, layer: str) -> State:
        return {c: v for c, v in self.screen.items() if self.layer_of.get(c) == layer}

    def begin(self, layer: str) -> Buffer:
        if layer not in self.buffers:
            self.buffers[layer] = Buffer([self.portion(layer)])
        return self.buffers[layer]

    def apply(self, layer: str, new_portion: State, touched: str) -> None:
        buf = self.begin(layer)
        del buf.states[buf.index + 1 :]
        del buf.touched[buf.index + 1 :]
        buf.states.append(new_portion)
        buf.touched.append({touched})
        buf.index += 1
        self._show(layer, new_portion)

    def _show(self, layer: str, portion: State) -> None:
        self.screen = {
            c: v for c, v in self.screen.items() if self.layer_of.get(c) != layer
        }
        self.screen.update(portion)

    def move(self, layer: str, step: int) -> None:
        buf = self.buffers.get(layer)
        if buf is None or not 0 <= buf.index + step < len(buf.states):
            return
        buf.index += step
        self._show(layer, buf.states[buf.index])

    def saved_to(self, key: Hashable) -> None:
        """Record a save (or Save As onto ``key``) that succeeded."""
        source = self.files[self.current]
        self.files[key] = self.written(source)
        if key != self.current:  # a copy: stale rows now show as the copy holds them
            self.screen = dict(self.files[key])
            self.stale = set()
        self.current = key
        self.baseline = dict(self.screen)
        for layer in self.buffers:
            self.buffers[layer] = Buffer([self.portion(layer)])

    def discard_all(self) -> None:
        for layer, buf in self.buffers.items():
            self._show(layer, buf.states[0])
            self.buffers[layer] = Buffer([buf.states[0]])

    def load(self, key: Hashable | None) -> None:
        self.current = key
        self.screen = dict(self.files[key]) if key is not None else {}
        self.baseline = dict(self.screen)
        self.stale = set()
        self.buffers = {}

    def kept_local(self, code: str) -> bool:
        """Return whether a live refresh keeps the planner's row ``code``.

        It does for a row the planner has changed and not saved, and for one
        an undo or redo in its layer's edit buffer would set.
        """
        buf = self.buffers.get(self.layer_of.get(code, ""))
        in_history = buf is not None and any(code in t for t in buf.touched)
        return code in self.diff() or in_history

    def refreshed(self, code: str, text: str) -> None:
        """Record a live refresh of ``code`` (a colleague saved ``text``).

        A row the planner is editing keeps the planner's value and its
        baseline (saving an edit of it is a conflict); any other row, its
        baseline and the edit buffer's snapshots take ``text``.
        """
        if self.kept_local(code):
            self.stale.add(code)
            return
        self.screen[code] = text
        self.baseline[code] = text
        buf = self.buffers.get(self.layer_of.get(code, ""))
        for state in buf.states if buf is not None else []:
            state[code] = text


class SessionBase:
    """The store-independent actions of one random session on a window."""

    def __init__(
        self, w: MainWindow, dialogs: Any, rng: random.Random, model: Model
    ) -> None:
        self.w, self.dialogs, self.rng, self.m = w, dialogs, rng, model
        for layer, codes in LAYERS.items():
            for c in codes:
                self.m.layer_of[c] = layer
        self.m.layer_of["P-CFD"] = "platforms"
        self.n_new = 0
        self.log: list[str] = []

    def edit(self) -> None:
        layer = self.rng.choice(list(LAYERS))
        codes = [c for c, lay in self.m.layer_of.items() if lay == layer]
        codes = [c for c in codes if c in self.m.screen]
        if not codes:
            return
        code = self.rng.choice(codes)
        text = f"r{self.rng.randrange(1000)}"
        lyr = self.w.project.find(layer)
        fid = int(lyr.gdf.index[lyr.gdf["code"] == code][0])
        self.m.begin(layer)
        assert self.w.push_feature_edit(
            ChangeAttributesCommand(lyr, fid, {"remarks": text})
        )
        self.m.apply(layer, {**self.m.portion(layer), code: text}, code)
        self.log.append(f"edit {code}={text}")

    def add(self) -> None:
        self.n_new += 1
        code = f"ZGC-T{self.n_new}"
        lyr = self.w.project.find("zgc_parks")
        box = shapely.box(
            116.0 + 0.01 * self.n_new, 40.5, 116.005 + 0.01 * self.n_new, 40.505
        )
        attrs = {
            "code": code,
            "name_zh": f"测试{self.n_new}",
            "kind": "zgc_park",
            "boundary_status": "indicative",
            "remarks": "new",
        }
        self.m.begin("zgc_parks")
        assert self.w.push_feature_edit(AddFeatureCommand(lyr, box, attrs))
        self.m.layer_of[code] = "zgc_parks"
        self.m.apply("zgc_parks", {**self.m.portion("zgc_parks"), code: "new"}, code)
        self.log.append(f"add {code}")

    def delete(self) -> None:
        lyr = self.w.project.find("zgc_parks")
        if lyr.gdf.empty:
            return
        code = str(self.rng.choice(list(lyr.gdf["code"])))
        fid = int(lyr.gdf.index[lyr.gdf["code"] == code][0])
        self.m.begin("zgc_parks")
        assert self.w.push_feature_edit(DeleteFeaturesCommand(lyr, [fid]))
        portion = self.m.portion("zgc_parks")
        portion.pop(code)
        self.m.apply("zgc_parks", portion, code)
        self.log.append(f"delete {code}")

    def undo_redo(self) -> None:
        layer = self.rng.choice([*LAYERS, "platforms"])
        step = self.rng.choice([-1, 1])
        self.w.set_current_layer(layer)
        (self.w.undo if step < 0 else self.w.redo)()
        self.m.move(layer, step)
        self.log.append(f"{'undo' if step < 0 else 'redo'} {layer}")

    def style(self) -> None:
        lyr = self.w.project.find(self.rng.choice(list(LAYERS)))
        self.w.project.undo_stack.push(
            SetLayerStyleCommand(lyr, lyr.style.with_(fill_alpha=self.rng.random()))
        )
        self.w.set_current_layer("basemap")  # not edited: Undo acts on styles
        self.w.undo()  # never touches features
        self.log.append(f"style+undo {lyr.id}")

    def cancel(self) -> None:
        self.w.feature(EditingFeature).controller.cancel_edits()
        self.m.discard_all()
        self.log.append("cancel")

    def stop(self) -> None:
        """Stop editing a layer, answering Save or Discard to its question."""
        layer = self.rng.choice(list(LAYERS))
        lyr = self.w.project.find(layer)
        answer = self.rng.choice(["save", "discard"])
        buttons = QMessageBox.StandardButton
        self.dialogs.answer(
            "question", buttons.Save if answer == "save" else buttons.Discard
        )
        ctl = self.w.feature(EditingFeature).controller
        was = ctl.session.is_editing(lyr)
        modified = was and ctl.session.buffer(lyr).modified
        conflict = modified and answer == "save" and self.m.conflicts()
        failed = len(self.dialogs.texts("save_failed"))
        assert ctl.stop_editing(lyr) != conflict, self.log
        self.dialogs._queued.pop("question", None)
        if conflict:  # reported, never lost: the planner keeps editing
            assert len(self.dialogs.texts("save_failed")) == failed + 1, self.log
            self.log.append(f"stop {layer} save (conflict)")
            return
        if modified and answer == "save":
            self.m.saved_to(self.m.current)
        elif modified:
            buf = self.m.buffers[layer]
            self.m._show(layer, buf.states[0])
        self.m.buffers.pop(layer, None)
        self.log.append(f"stop {layer} {answer if modified else ''}")

    def close(self) -> None:
        assert self.w.files.close_project()
        self.m.load(None)
        self.log.append("close")

    def check_window(self) -> bool:
        """Compare the window's rows and edit buffers with the model.

        Returns whether any buffer holds a change (a recovery journal must exist).
        """
        m, w, log = self.m, self.w, self.log
        assert screen_state(w) == m.screen, log
        modified = False
        for layer, buf in m.buffers.items():
            real = w.project.edit_buffers.get(layer)
            assert real is not None, (layer, log)
            assert real.undo_stack.can_undo() == (buf.index > 0), (layer, log)
            assert real.undo_stack.can_redo() == (buf.index < len(buf.states) - 1), log
            modified |= buf.index != 0
        assert set(w.project.edit_buffers) == set(m.buffers), log
        return modified

    def check_unmodified_matches(self) -> None:
        """Without unsaved changes the window shows what its store holds."""
        m = self.m
        if not self.w.project.dirty:
            shown = {c: v for c, v in m.screen.items() if c not in m.stale}
            stored = {c: v for c, v in m.files[m.current].items() if c not in m.stale}
            assert shown == stored, self.log
