"""``load-facilities``: the policy's indicative points into a planner's project."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

import main
from db.store import ProjectStore


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_cli_load_facilities_into_a_new_project(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "new.gpkg"
    ProjectStore.create(path).close()
    assert main.main(["load-facilities", str(path)]) == 0
    assert "loaded 19 facilities" in capsys.readouterr().out
    with ProjectStore.open(path, read_only=True) as store:
        fac = store.read_table("facilities")
        audit = store.read_table("zp_audit_log")
    assert len(fac) == 19 and set(fac["location_status"]) == {"indicative"}
    assert fac["quote"].str.len().min() > 5
    assert (audit["table_name"] == "facilities").sum() == 19  # audited per row


def test_cli_load_facilities_refuses_twice_and_replaces_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "p.gpkg"
    ProjectStore.create(path).close()
    assert main.main(["load-facilities", str(path)]) == 0
    before = _sha(path)
    assert main.main(["load-facilities", str(path)]) == 2
    assert "already has 19 facilities" in capsys.readouterr().err
    assert _sha(path) == before  # nothing written
    assert main.main(["load-facilities", str(path), "--replace"]) == 0
    with ProjectStore.open(path, read_only=True) as store:
        assert len(store.read_table("facilities")) == 19


def test_cli_load_facilities_missing_project(tmp_path: Path) -> None:
    assert main.main(["load-facilities", str(tmp_path / "nope.gpkg")]) == 3
