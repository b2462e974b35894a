"""LISTEN/NOTIFY: other sessions' committed changes reach a listener quickly."""

from __future__ import annotations

import queue
import time

import pytest

from db.open_store import open_store
from db.pg_listen import ChangeListener, ChangeQueue
from db.pg_store import PostgisStore


@pytest.fixture
def url(project_target: str, backend: str) -> str:
    if backend != "postgis":
        pytest.skip("LISTEN/NOTIFY is a PostGIS feature")
    return project_target


@pytest.mark.parametrize("backend", ["postgis"], indirect=True)
def test_pg_listen_reports_other_sessions_commits_not_ours(url: str) -> None:
    with open_store(url) as mine, open_store(url) as theirs:
        assert isinstance(mine, PostgisStore)
        got = ChangeQueue()
        with ChangeListener(mine.target, got, mine.session_id) as listener:
            assert listener.listening
            zones = mine.read_table("zones")
            row = zones.iloc[[0]].copy()
            row["remarks"] = "mine"
            mine.update_features("zones", row, "me")  # our own: not reported
            with pytest.raises(RuntimeError):
                with theirs.action("them", "rolled back"):
                    theirs.delete_features("zones", [int(zones.index[2])], "them")
                    raise RuntimeError("rolled back: never announced")
            t0 = time.monotonic()
            other = theirs.read_table("zones").iloc[[1]].copy()
            other["remarks"] = "theirs"
            theirs.update_features("zones", other, "them")
            change = got.get(timeout=2.0)
            assert time.monotonic() - t0 < 2.0
            assert change.table == "zones" and change.op == "update"
            assert change.fids == (int(other.index[0]),)
            assert change.user == theirs.current_user()
            theirs.write_setting("display_epsg", 3857)
            assert got.get(timeout=2.0).table == "zp_settings"
            with pytest.raises(queue.Empty):
                got.get(timeout=0.3)
