"""Edit sessions on a real project file: save, override, conflict, kill, recovery."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pyogrio
import pytest
import shapely
from zones_fixtures import make_project, make_project_file, sha256

from db.errors import ConflictError
from db.open_store import open_store
from db.project_io import load_project, save_project
from layers.editing.edit_session import OVERRIDES_KEY, EditSession, TopologyBlockedError
from layers.editing.feature_commands import AddFeatureCommand, ChangeGeometryCommand
from layers.editing.recovery import journal_path, read_journal, recovered_edits

REPO = Path(__file__).resolve().parents[2]
OVERLAP = shapely.box(116.34, 39.95, 116.37, 39.99)  # overlaps both parks


def _open(path: Path | str):
    store = open_store(path)
    project = load_project(store)
    session = EditSession(project, store, user="tester", saver=save_project)
    layer = project.find("zgc_parks")
    session.start(layer)
    return store, project, session, layer


def _codes(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT code FROM zones ORDER BY fid")]
    finally:
        con.close()


def test_editing_session_save_refused_on_errors_then_overridden(tmp_path):
    path = make_project_file(tmp_path / "p.gpkg")
    store, project, session, layer = _open(path)
    try:
        attrs = {
            "code": "ZGC-NEW",
            "name_zh": "新园",
            "kind": "zgc_park",
            "boundary_status": "indicative",
        }
        session.push(AddFeatureCommand(layer, OVERLAP, attrs))
        assert any(i.rule == "overlap" for i in session.issues())
        before = sha256(path)
        with pytest.raises(TopologyBlockedError, match="topology error"):
            session.save()
        assert sha256(path) == before and project.dirty
        session.save(override_reason="规划院确认：临时重叠")
        assert not project.dirty
        assert _codes(path)[-1] == "ZGC-NEW"
        assert (
            store.read_settings()[OVERRIDES_KEY][-1]["reason"] == "规划院确认：临时重叠"
        )
        assert all(f > 0 for f in layer.gdf.index)
        buf = session.buffer(layer)
        assert buf is not None and not buf.undo_stack.can_undo()  # none past a save
        assert "ZGC-NEW" in layer.gdf["code"].tolist()
    finally:
        store.close()


def test_editing_session_conflict_is_reported_not_overwritten(new_target):
    path = make_project(new_target("p"))
    store, project, session, layer = _open(path)
    other, project2, session2, layer2 = _open(path)
    try:
        g = shapely.affinity.translate(layer.gdf.geometry.loc[1], 0.0, -0.001)
        session2.push(ChangeGeometryCommand(layer2, {1: g}))
        session2.save()
        session.push(ChangeGeometryCommand(layer, {1: g.buffer(0.0)}))
        with pytest.raises(ConflictError) as info:
            session.save()
        assert info.value.fids == [1] and project.dirty
        assert store.read_table("zones").geometry.loc[1].equals(g)  # theirs kept
    finally:
        store.close()
        other.close()


def test_editing_session_discard_returns_to_saved_state(tmp_path):
    path = make_project_file(tmp_path / "p.gpkg")
    store, project, session, layer = _open(path)
    try:
        g0 = layer.gdf.geometry.loc[1]
        session.push(ChangeGeometryCommand(layer, {1: OVERLAP}))
        assert journal_path(path).exists() and project.dirty
        session.discard()
        assert layer.gdf.geometry.loc[1].equals(g0) and not journal_path(path).exists()
        assert not project.dirty and not session.buffer(layer).undo_stack.can_redo()
    finally:
        store.close()


# The child's saver is the real one plus a fault-injection seam of the test's
# own: it pauses inside the transaction, after the rows are written and before
# COMMIT, so the test can SIGKILL a save mid-way.
CHILD = textwrap.dedent(
    """
    import os, signal, sys, time
    import shapely
    from db.store import ProjectStore
    from db.project_io import load_project, save_project
    from layers.editing.feature_commands import AddFeatureCommand, ChangeGeometryCommand
    from layers.editing.edit_session import EditSession

    def pausing_saver(project, store, user):
        out = save_project(project, store, user)
        if len(sys.argv) > 3:
            print("ZP-SAVE-PAUSED", flush=True)
            time.sleep(float(sys.argv[3]))
        return out

    store = ProjectStore.open(sys.argv[1])
    project = load_project(store)
    session = EditSession(project, store, user="child", saver=pausing_saver)
    layer = project.find("zgc_parks")
    session.start(layer)
    g = shapely.affinity.translate(layer.gdf.geometry.loc[2], 0.0, 0.0005)
    session.push(ChangeGeometryCommand(layer, {2: g}))
    session.push(AddFeatureCommand(layer, shapely.box(116.5, 40.1, 116.51, 40.11),
        {"code": "ZGC-K", "name_zh": "新", "kind": "zgc_park", "boundary_status": "indicative"}))
    if sys.argv[2] == "crash":
        print("EDITED", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    session.save()
    print("SAVED", flush=True)
    """
)


def _child(path: Path, mode: str, pause: str | None) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    args = [sys.executable, "-c", CHILD, str(path), mode, *([pause] if pause else [])]
    return subprocess.Popen(args, cwd=REPO, env=env, stdout=subprocess.PIPE, text=True)


def _valid(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    assert len(pyogrio.read_dataframe(path, layer="zones")) >= 4


def test_editing_save_killed_mid_transaction_leaves_all_or_nothing(tmp_path):
    path = make_project_file(tmp_path / "p.gpkg")
    before = _codes(path)
    proc = _child(path, "save", pause="60")
    line = proc.stdout.readline().strip()
    assert line == "ZP-SAVE-PAUSED"  # the rows are written, the commit is not
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    _valid(path)
    assert _codes(path) == before  # none of the change
    proc = _child(path, "save", pause=None)
    assert proc.communicate(timeout=60)[0].strip() == "SAVED"
    _valid(path)
    assert _codes(path) == [*before, "ZGC-K"]  # all of it


def test_editing_recovery_journal_restores_edits_after_crash(tmp_path):
    path = make_project_file(tmp_path / "p.gpkg")
    proc = _child(path, "crash", pause=None)
    assert proc.communicate(timeout=60)[0].strip() == "EDITED"
    assert proc.returncode == -signal.SIGKILL
    doc = read_journal(path)
    assert doc is not None and doc["layers"]["zgc_parks"]["changed"]
    store, project, session, layer = _open(path)
    try:
        commands, conflicts = recovered_edits(project, doc)
        for cmd in commands:
            session.push(cmd)
        assert conflicts == []
        assert "ZGC-K" in layer.gdf["code"].tolist()
        assert layer.gdf.geometry.loc[2].bounds[3] == pytest.approx(40.0305)
        session.save()
        assert "ZGC-K" in _codes(path) and read_journal(path) is None
    finally:
        store.close()
