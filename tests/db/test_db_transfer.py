"""publish / checkout / checkin between a project file and a PostGIS schema."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
import shapely

import main
from db.open_store import open_store
from db.project_io import load_project
from db.store import ProjectStore
from db.transfer import FEATURE_TABLES, checkin, checkout, publish


def _attrs(frame: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(frame.drop(columns="geometry"))


def test_transfer_publish_copies_layers_with_fids_and_versions(
    project_path: Path, pg_url: str
) -> None:
    with ProjectStore.open(project_path) as f:
        row = f.read_table("zones").iloc[[0]].copy()
        row["remarks"] = "edited in the file"
        f.update_features("zones", row, "alice")  # row_version 2 in the file
        f.write_layouts({"A3": {"page": "A3"}}, "alice")
    report = publish(project_path, pg_url)
    assert report.counts == {t: 0 for t in FEATURE_TABLES} | {
        "zones": 3,
        "enterprises": 50,
        "conversion_cases": 2,
    }
    with ProjectStore.open(project_path) as f, open_store(pg_url) as db:
        for table in ("zones", "enterprises", "conversion_cases"):
            a, b = f.read_table(table), db.read_table(table)
            pd.testing.assert_frame_equal(_attrs(a), _attrs(b))
            assert shapely.equals_exact(a.geometry.values, b.geometry.values, 0).all()
        assert db.read_layouts() == {"A3": {"page": "A3"}}
        history = db.read_table("zp_audit_log")
        assert (history["user"] == "alice").any()  # the file's history came along
        project = load_project(db)
        assert project.meta.backend == "postgis" and project.meta.path is None
        assert len(project.find("enterprises").gdf) == 50
    with pytest.raises(FileExistsError):
        publish(project_path, pg_url)


def _published(project_path: Path, pg_url: str) -> str:
    publish(project_path, pg_url)
    return pg_url


def test_transfer_checkout_chooses_layers_and_area(
    project_path: Path, pg_url: str, tmp_path: Path
) -> None:
    url = _published(project_path, pg_url)
    out = tmp_path / "snap.gpkg"
    report = checkout(url, out, ["zones", "enterprises"], (116.2, 39.8, 116.5, 40.1))
    with ProjectStore.open(out) as snap:
        zones = snap.read_table("zones")
        assert sorted(zones["code"]) == ["FA-CBD", "ZGC-HD"]  # P-CFD lies outside
        assert snap.count("conversion_cases") == 0
        ents = snap.read_table("enterprises")
        assert len(ents) == report.counts["enterprises"] > 0
        inside = shapely.intersects(
            ents.geometry.values, shapely.box(116.2, 39.8, 116.5, 40.1)
        )
        assert inside.all()
        meta = snap.read_settings()["checkout"]
        assert meta["tables"] == ["zones", "enterprises"]
        assert "password" not in json.dumps(meta)
    with pytest.raises(ValueError, match="cannot check out"):
        checkout(url, tmp_path / "x.gpkg", ["zp_audit_log"])


def test_transfer_checkin_sends_edits_and_reports_conflicts(
    project_path: Path, pg_url: str, tmp_path: Path
) -> None:
    url = _published(project_path, pg_url)
    out = tmp_path / "snap.gpkg"
    checkout(url, out)
    with ProjectStore.open(out) as snap:  # offline work
        zones = snap.read_table("zones")
        mine = zones.iloc[[0, 1]].copy()
        mine["remarks"] = "offline edit"
        snap.update_features("zones", mine, "field")
        gone = int(snap.read_table("enterprises").index[5])
        snap.delete_features("enterprises", [gone], "field")
        new = snap.read_table("zones").iloc[[2]].copy().assign(code="NEW-1")
        snap.insert_features("zones", new, "field")
    contested = int(zones.index[1])
    with open_store(url) as db:  # meanwhile, in the office
        theirs = db.read_table("zones").loc[[contested]].copy()
        theirs["remarks"] = "office edit"
        db.update_features("zones", theirs, "office")
    report = checkin(out)
    assert [c.fids for c in report.conflicts] == [[contested]]
    with open_store(url) as db:
        now = db.read_table("zones")
        assert now.loc[int(zones.index[0]), "remarks"] == "offline edit"
        assert now.loc[contested, "remarks"] == "office edit"  # not overwritten
        assert "NEW-1" in now["code"].tolist()
        assert gone not in db.read_table("enterprises").index
        audit_rows = db.count("zp_audit_log")
    with ProjectStore.open(out) as snap:
        assert snap.read_table("zones").loc[contested, "remarks"] == "offline edit"
        assert "NEW-1" in snap.read_table("zones")["code"].tolist()
    again = checkin(out)  # only the conflict is still pending
    assert [c.fids for c in again.conflicts] == [[contested]]
    assert sum(len(v) for v in again.inserted.values()) == 0
    with open_store(url) as db:
        assert db.count("zp_audit_log") == audit_rows


def test_transfer_cli_exit_codes_and_help(
    project_path: Path, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    for cmd in ("publish", "checkout", "checkin", "db-init"):
        with pytest.raises(SystemExit) as done:
            main.main([cmd, "--help"])
        assert done.value.code == 0
    assert main.main(["publish", str(tmp_path / "none.gpkg"), pg_url]) == 3
    assert main.main(["publish", str(project_path), "not-a-url"]) == 2
    assert main.main(["publish", str(project_path), pg_url]) == 0
    assert main.main(["publish", str(project_path), pg_url]) == 4  # exists
    out = tmp_path / "s.gpkg"
    assert main.main(["checkout", pg_url, "--out", str(out), "--bbox", "1,2"]) == 2
    assert main.main(["checkout", pg_url, "--out", str(out)]) == 0
    assert main.main(["checkin", str(project_path), pg_url]) == 2  # not a snapshot
    assert main.main(["checkin", str(out)]) == 0
    dead = pg_url.replace("port=", "port=1")
    assert main.main(["checkout", dead, "--out", str(tmp_path / "t.gpkg")]) == 3
    err = capsys.readouterr().err
    assert "cannot be reached" in err


def test_checkout_failure_leaves_no_snapshot_and_keeps_the_old_one(
    project_path: Path, pg_url: str, tmp_path: Path, monkeypatch
) -> None:
    import db.transfer as transfer

    publish(project_path, pg_url, overwrite=True)
    out = tmp_path / "snap.gpkg"
    out.write_bytes(b"yesterday's snapshot")

    def dies(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(transfer, "_copy_app_tables", dies)
    with pytest.raises(OSError, match="No space left"):
        transfer.checkout(pg_url, out, overwrite=True)
    assert out.read_bytes() == b"yesterday's snapshot"
    assert not list(tmp_path.glob(".zp-write-*"))  # no staging folder left
