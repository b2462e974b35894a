"""The one atomic-write helper: complete file or none, the old target kept."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from geo.atomic_write import OutputPathError, StagedFiles, atomic_write, check_target


def test_atomic_write_replaces_only_when_complete(tmp_path: Path) -> None:
    out = tmp_path / "map.html"
    out.write_text("old")
    with pytest.raises(RuntimeError), atomic_write(out) as tmp:
        tmp.write_text("half")
        raise RuntimeError("writer failed")
    assert out.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.html"]
    with atomic_write(out) as tmp:
        assert tmp.name == "map.html" and tmp.parent != tmp_path
        tmp.write_text("new")
    assert out.read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.html"]


def test_atomic_write_writer_that_writes_nothing_fails(tmp_path: Path) -> None:
    with pytest.raises(OSError, match="produced no file"), atomic_write(tmp_path / "x"):
        pass
    assert list(tmp_path.iterdir()) == []


CASES = ["missing_dir", "dir_is_file", "target_is_dir"]
if os.geteuid() != 0:  # root writes chmod-read-only places: /proc covers it below
    CASES += ["read_only_dir", "read_only_file"]


@pytest.mark.parametrize("case", CASES)
def test_atomic_write_refuses_bad_targets_before_writing(tmp_path: Path, case) -> None:
    target = {
        "missing_dir": tmp_path / "no" / "x.pdf",
        "dir_is_file": tmp_path / "file" / "x.pdf",
        "target_is_dir": tmp_path / "folder",
        "read_only_dir": tmp_path / "ro" / "x.pdf",
        "read_only_file": tmp_path / "ro.pdf",
    }[case]
    (tmp_path / "file").write_text("x")
    (tmp_path / "folder").mkdir()
    (tmp_path / "ro").mkdir()
    (tmp_path / "ro.pdf").write_text("keep")
    (tmp_path / "ro").chmod(0o555)
    (tmp_path / "ro.pdf").chmod(0o444)
    listing = sorted(p.name for p in tmp_path.rglob("*"))
    try:
        with pytest.raises(OutputPathError, match=f"cannot write {target}"):
            with atomic_write(target) as tmp:
                tmp.write_text("never")
    finally:
        (tmp_path / "ro").chmod(0o755)
    assert sorted(p.name for p in tmp_path.rglob("*")) == listing
    assert (tmp_path / "ro.pdf").read_text() == "keep"


@pytest.mark.parametrize("target", ["/proc/zp_new.pdf", "/proc/version"])
def test_atomic_write_refuses_a_folder_nobody_may_write(target: str) -> None:
    # Root ignores file permissions (CI runs as root), but not /proc: this is the
    # read-only folder and file every user, root included, is refused.
    before = Path("/proc/version").read_text()
    with pytest.raises(OutputPathError, match=f"cannot write {target}"):
        with atomic_write(Path(target)) as tmp:
            tmp.write_text("never")
    assert Path("/proc/version").read_text() == before


def test_check_target_names_the_problem(tmp_path: Path) -> None:
    with pytest.raises(OutputPathError, match="does not exist"):
        check_target(tmp_path / "a" / "b.xlsx")
    with pytest.raises(OutputPathError, match="it is a folder"):
        check_target(tmp_path)


def test_staged_files_move_together_or_not_at_all(tmp_path: Path) -> None:
    with pytest.raises(ValueError), StagedFiles(tmp_path) as staged:
        staged.path_for(tmp_path / "p1.png").write_bytes(b"1")
        staged.path_for(tmp_path / "p2.png").write_bytes(b"2")
        raise ValueError("page 3 failed")
    assert list(tmp_path.iterdir()) == []
    with StagedFiles(tmp_path) as staged:
        for i in range(3):
            staged.path_for(tmp_path / f"p{i}.png").write_bytes(b"x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p0.png", "p1.png", "p2.png"]


def _project(path: Path) -> Path:
    import sqlite3

    con = sqlite3.connect(path)
    con.execute("CREATE TABLE zp_schema_version (version INTEGER)")
    con.execute("INSERT INTO zp_schema_version VALUES (5)")
    con.commit()
    con.close()
    return path


@pytest.mark.parametrize("name", ["p.gpkg", "p.gpkg-wal", "p.gpkg-shm"])
def test_atomic_write_refuses_to_replace_a_project(tmp_path: Path, name: str) -> None:
    project = _project(tmp_path / "p.gpkg")
    before = project.read_bytes()
    with pytest.raises(OutputPathError, match="project"):
        with atomic_write(tmp_path / name) as tmp:
            tmp.write_text("<html>an export</html>")
    assert project.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.gpkg"]


def test_atomic_write_replaces_a_project_only_when_told(tmp_path: Path) -> None:
    project = _project(tmp_path / "p.gpkg")
    with atomic_write(project, replace_project=True) as tmp:
        tmp.write_text("new")
    assert project.read_text() == "new"


def test_atomic_write_still_replaces_a_plain_geopackage(tmp_path: Path) -> None:
    import sqlite3

    export = tmp_path / "zones.gpkg"
    sqlite3.connect(export).execute(
        "CREATE TABLE zones (fid INTEGER)"
    ).connection.close()
    with atomic_write(export) as tmp:
        tmp.write_text("again")
    assert export.read_text() == "again"


def test_atomic_write_refuses_a_file_open_elsewhere(tmp_path: Path) -> None:
    # A GeoPackage renamed in under another program's -wal is damaged when
    # that WAL is replayed onto it (export-zones said "exported", exit 0).
    import sqlite3

    out = tmp_path / "zones.gpkg"
    con = sqlite3.connect(out)
    con.execute("PRAGMA journal_mode=wal")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("CREATE TABLE t (a)")
    con.commit()
    try:
        before = out.read_bytes()
        with pytest.raises(OutputPathError, match="open in another program"):
            with atomic_write(out) as tmp:
                tmp.write_text("new")
        assert out.read_bytes() == before
    finally:
        con.close()
    with atomic_write(out) as tmp:  # closed there: replaced as usual
        tmp.write_text("new")
    assert out.read_text() == "new"
