"""``check``: every "ok" line comes after its check ran and passed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from db_fixtures import sha256

import main
from db.check import check_project


def _index_out_of_step(path: Path) -> None:
    """Damage a project so quick_check passes but integrity_check fails.

    The index is built on one column and then declared on another: its
    entries no longer match the table (what a torn write of an index page
    looks like to SQLite).
    """
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("CREATE INDEX zz_name ON enterprises(name)")
    conn.commit()
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX zz_name ON enterprises(employees)'"
        " WHERE name = 'zz_name'"
    )
    conn.commit()
    conn.close()


def test_check_sound_file_says_ok_for_each_check(project_path: Path) -> None:
    report = check_project(project_path)
    assert report.ok
    assert "ok: SQLite integrity_check" in report.lines
    assert "ok: foreign keys" in report.lines
    assert not any(line.startswith("ERROR") for line in report.lines)


def test_check_index_damage_shows_no_ok_for_integrity(project_path: Path) -> None:
    _index_out_of_step(project_path)
    before = sha256(project_path)
    report = check_project(project_path)
    assert not report.ok
    assert not any("ok: SQLite integrity" in line for line in report.lines)
    assert any("missing from index zz_name" in line for line in report.lines)
    assert report.lines[0].startswith("ERROR: integrity_check")
    # A damaged file gets no layer counts or GDAL verdicts either.
    assert not any("features," in line for line in report.lines)
    assert sha256(project_path) == before


def test_check_garbage_pages_report_errors_only(project_path: Path, capsys) -> None:
    data = bytearray(project_path.read_bytes())
    mid = len(data) // 2
    data[mid : mid + 8192] = b"\xa5" * 8192
    project_path.write_bytes(bytes(data))
    before = sha256(project_path)
    rc = main.main(["check", str(project_path)])
    out = capsys.readouterr().out.splitlines()
    assert rc == 3
    assert out[-1] == "PROBLEMS FOUND"
    assert not any(line.startswith("ok:") for line in out)
    assert any(line.startswith("ERROR:") for line in out)
    assert sha256(project_path) == before


def test_check_cli_damaged_index_exit_code(project_path: Path, capsys) -> None:
    _index_out_of_step(project_path)
    assert main.main(["check", str(project_path)]) == 3
    out = capsys.readouterr().out
    assert "ok: SQLite integrity" not in out and "PROBLEMS FOUND" in out
