"""Every File-menu path on the real window: nothing saved is ever lost or misplaced.

Each test checks the row counts and sha256 of every file involved, and that
later saves go to the file the title names (issue 11).
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

import db.demo_project as db_demo
from db.project_io import load_project
from db.store import ProjectStore
from gui.main_window import MainWindow
from gui.save_failed_dialog import SaveFailedChoice
from layers.editing.feature_commands import (
    ChangeAttributesCommand,
    ChangeGeometryCommand,
)
from layers.editing.recovery import journal_path

TABLES = ("basemap", "zones", "enterprises", "conversion_cases", "evaluations")


def sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        return {
            t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES
        }
    finally:
        con.close()


def remarks_of(path: Path, code: str) -> str | None:
    con = sqlite3.connect(path)
    try:
        row = con.execute(
            "SELECT remarks FROM zones WHERE code = ?", (code,)
        ).fetchone()
        return None if row is None else row[0]
    finally:
        con.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("files") / "demo.gpkg"
    db_demo.write_demo_project(path, n_enterprises=300)
    return path


@pytest.fixture
def project_file(template, tmp_path) -> Path:
    path = tmp_path / "q.gpkg"
    shutil.copy(template, path)
    return path


@pytest.fixture
def window(qtbot, project_file):
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(900, 600)
    w.files.open_project(project_file, background=False)
    yield w
    w.close()


def edit_remarks(w: MainWindow, code: str, text: str) -> None:
    layer = w.project.find("zgc_parks")
    fid = int(layer.gdf.index[layer.gdf["code"] == code][0])
    assert w.push_feature_edit(ChangeAttributesCommand(layer, fid, {"remarks": text}))


def test_files_save_as_onto_the_open_file_is_a_plain_save(window, project_file):
    rows = counts(project_file)
    edit_remarks(window, "ZGC-HD", "same file")
    assert window.files.save_project_as(project_file)
    assert counts(project_file) == rows
    assert remarks_of(project_file, "ZGC-HD") == "same file"
    assert not window.project.dirty


@pytest.mark.parametrize("spelling", ["relative", "dotdot", "symlink"])
def test_files_save_as_same_file_by_another_spelling(
    window, project_file, monkeypatch, spelling
):
    rows = counts(project_file)
    monkeypatch.chdir(project_file.parent)
    other = {
        "relative": Path("./q.gpkg"),
        "dotdot": project_file.parent / "sub" / ".." / "q.gpkg",
        "symlink": project_file.parent / "link.gpkg",
    }[spelling]
    (project_file.parent / "sub").mkdir()
    if spelling == "symlink":
        other.symlink_to(project_file)
    edit_remarks(window, "ZGC-HD", spelling)
    assert window.files.save_project_as(other)
    assert project_file.stat().st_size > 0 and counts(project_file) == rows
    assert remarks_of(project_file, "ZGC-HD") == spelling
    assert (
        sorted(p.name for p in project_file.parent.iterdir() if "tmp" in p.name) == []
    )


def test_files_save_as_new_file_moves_every_writer(window, project_file, tmp_path):
    before, rows = sha(project_file), counts(project_file)
    edit_remarks(window, "ZGC-HD", "only in the copy")
    target = tmp_path / "copy.gpkg"
    assert window.files.save_project_as(target)
    assert sha(project_file) == before  # the source is never written
    assert counts(target) == rows
    assert remarks_of(target, "ZGC-HD") == "only in the copy"
    assert window.windowTitle().startswith("copy.gpkg")
    assert window.project.meta.path == str(target)
    # later saves and the recovery journal go to the file the title names
    edit_remarks(window, "ZGC-HD", "second save")
    assert journal_path(target).exists() and not journal_path(project_file).exists()
    assert window.save_project()
    assert remarks_of(target, "ZGC-HD") == "second save"
    assert sha(project_file) == before
    assert not journal_path(target).exists()


def test_files_save_as_refuses_topology_errors_without_reason(
    window, project_file, tmp_path, monkeypatch
):
    parks = window.project.find("zgc_parks")
    a, b = (int(f) for f in parks.gdf.index[:2])
    overlap = parks.gdf.geometry.loc[a].union(parks.gdf.geometry.loc[b].buffer(0.01))
    assert window.push_feature_edit(ChangeGeometryCommand(parks, {a: overlap}))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    target = tmp_path / "copy.gpkg"
    assert not window.files.save_project_as(target)
    assert not target.exists() and window.project.dirty
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("规划院确认", True))
    assert window.files.save_project_as(target)
    assert target.exists() and not window.project.dirty


def test_files_save_as_from_a_read_only_source(qtbot, project_file, tmp_path):
    before = sha(project_file)
    store = ProjectStore.open(project_file, read_only=True)
    w = MainWindow()
    qtbot.addWidget(w)
    w.show_project(load_project(store), store)
    assert "(read-only)" in w.windowTitle()
    target = tmp_path / "writable.gpkg"
    assert w.files.save_project_as(target)
    assert sha(project_file) == before and counts(target) == counts(project_file)
    assert "(read-only)" not in w.windowTitle() and not w.project.meta.read_only
    edit_remarks(w, "ZGC-HD", "now writable")
    assert w.save_project() and remarks_of(target, "ZGC-HD") == "now writable"
    w.close()


def test_files_save_as_to_a_locked_target_changes_nothing(
    window, project_file, template, tmp_path, dialogs
):
    other = tmp_path / "other.gpkg"
    shutil.copy(template, other)
    before = sha(other)
    lock = sqlite3.connect(other, isolation_level=None)
    lock.execute("BEGIN IMMEDIATE")
    try:
        edit_remarks(window, "ZGC-HD", "x")
        assert not window.files.save_project_as(other)
        assert "locked" in dialogs.texts("critical")[-1]
    finally:
        lock.execute("ROLLBACK")
        lock.close()
    assert sha(other) == before and window.project.dirty
    assert window.project.meta.path == str(project_file)


def test_files_new_never_replaces_the_open_project(window, project_file, dialogs):
    before = sha(project_file)
    assert not window.files.new_project(project_file.parent / "." / "q.gpkg")
    assert "is the project that is open" in dialogs.texts("critical")[-1]
    assert sha(project_file) == before
    assert window.project.meta.path == str(project_file)


def test_files_new_replaces_another_file_only_when_complete(window, template, tmp_path):
    other = tmp_path / "old.gpkg"
    shutil.copy(template, other)
    assert window.files.new_project(other)
    assert counts(other)["zones"] == 0 and window.project.meta.path == str(other)
    assert [p.name for p in tmp_path.iterdir() if "tmp" in p.name] == []


def test_files_close_with_unsaved_edits_cancel_and_discard(
    window, project_file, dialogs, qtbot
):
    before = sha(project_file)
    edit_remarks(window, "ZGC-HD", "dropped")
    assert journal_path(project_file).exists()
    dialogs.answer("warning", QMessageBox.StandardButton.Cancel)
    assert not window.files.close_project()
    assert window.project.meta.path == str(project_file) and window.project.dirty
    assert window.files.close_project()  # default answer: Discard
    assert window.project.meta.path is None and not window.project.layers
    assert not journal_path(project_file).exists()  # discarded means discarded
    assert sha(project_file) == before
    # reopening offers nothing to recover
    assert window.files.open_project(project_file, background=False)
    assert dialogs.texts("question") == []
    assert remarks_of(project_file, "ZGC-HD") != "dropped"


def test_files_close_with_save_writes_then_closes(window, project_file, dialogs):
    edit_remarks(window, "ZGC-HD", "kept")
    dialogs.answer("warning", QMessageBox.StandardButton.Save)
    assert window.files.close_project()
    assert remarks_of(project_file, "ZGC-HD") == "kept"


def test_files_open_another_project_discarding_leaves_the_first(
    window, project_file, template, tmp_path
):
    other = tmp_path / "other.gpkg"
    shutil.copy(template, other)
    before = sha(project_file)
    edit_remarks(window, "ZGC-HD", "not saved")
    assert window.files.open_project(other, background=False)
    assert window.project.meta.path == str(other) and not window.project.dirty
    assert sha(project_file) == before


def test_files_failed_save_keeps_the_edits_and_offers_choices(
    window, project_file, dialogs, tmp_path, monkeypatch
):
    edit_remarks(window, "ZGC-HD", "mine")
    with ProjectStore.open(project_file) as other:  # a colleague saves first
        zones = other.read_table("zones")
        fid = int(zones.index[zones["code"] == "ZGC-HD"][0])
        changed = zones.loc[[fid]].copy()
        changed["remarks"] = "theirs"
        other.update_features("zones", changed, "colleague")
    before = sha(project_file)
    dialogs.answer("save_failed", SaveFailedChoice.RETRY, SaveFailedChoice.KEEP_EDITING)
    assert not window.save_project()
    assert len(dialogs.texts("save_failed")) == 2  # retried once, then kept editing
    assert "changed by someone else" in dialogs.texts("save_failed")[0]
    assert (
        sha(project_file) == before and remarks_of(project_file, "ZGC-HD") == "theirs"
    )
    assert window.project.dirty
    assert window.project.edit_buffers["zgc_parks"].undo_stack.can_undo()
    # "Save a copy…" writes the edits elsewhere
    copy = tmp_path / "mine.gpkg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    dialogs.answer("save_failed", SaveFailedChoice.SAVE_COPY)
    assert window.save_project()
    assert remarks_of(copy, "ZGC-HD") == "mine" and window.windowTitle().startswith(
        "mine.gpkg"
    )
    assert remarks_of(project_file, "ZGC-HD") == "theirs"


def test_files_save_while_locked_then_retry_after_release(
    window, project_file, dialogs
):
    edit_remarks(window, "ZGC-HD", "after the lock")
    lock = sqlite3.connect(project_file, isolation_level=None, timeout=0.1)
    lock.execute("BEGIN IMMEDIATE")

    def release_then_retry(parent, message):
        dialogs.shown.append(("save_failed", "", message))
        lock.execute("ROLLBACK")
        return SaveFailedChoice.RETRY

    import gui.project_files

    original = gui.project_files.ask_after_failed_save
    gui.project_files.ask_after_failed_save = release_then_retry
    try:
        assert window.save_project()
    finally:
        gui.project_files.ask_after_failed_save = original
        lock.close()
    assert "locked by another program" in dialogs.texts("save_failed")[0]
    assert remarks_of(project_file, "ZGC-HD") == "after the lock"


def test_files_save_as_into_a_missing_folder_says_so(
    window, project_file, tmp_path, dialogs
):
    before = sha(project_file)
    assert not window.files.save_project_as(tmp_path / "missing" / "x.gpkg")
    assert "folder not found" in dialogs.texts("critical")[-1]
    assert not (tmp_path / "missing").exists() and sha(project_file) == before
    assert window.project.meta.path == str(project_file)


def test_files_load_policy_facilities_from_the_window(window, project_file, dialogs):
    from PySide6.QtWidgets import QMessageBox

    from gui.workspace_feature import WorkspaceFeature

    ws = window.feature(WorkspaceFeature)
    layer = window.project.find("facilities")
    con = sqlite3.connect(project_file)
    n0 = con.execute("SELECT count(*) FROM facilities").fetchone()[0]
    con.close()
    assert ws.load_facilities() == 0  # the default answer is No: nothing changes
    dialogs.answer("question", QMessageBox.StandardButton.Yes)
    n = ws.load_facilities()
    con = sqlite3.connect(project_file)
    rows = con.execute("SELECT count(*) FROM facilities").fetchone()[0]
    con.close()
    assert n > 10 and rows == n and len(layer.gdf) == n
    assert not window.project.dirty and n0 in (0, n)
    dialogs.answer("question", QMessageBox.StandardButton.Yes)
    assert ws.load_facilities() == n  # replaces, never doubles
    assert "Replace the" in dialogs.texts("question")[-1]
