"""Faults on PostGIS: the server dies mid-save; the client keeps its edits and recovers."""

from __future__ import annotations

import time

import pytest

from db import pg_writes
from db.errors import ServerUnreachableError
from db.open_store import open_store
from db.pg_listen import ChangeListener, ChangeQueue
from db.project_io import load_project, save_project
from layers.editing.feature_commands import ChangeAttributesCommand


@pytest.mark.parametrize("backend", ["postgis"], indirect=True)
def test_pg_faults_server_stopped_mid_save_then_restarted(
    project_target: str, pg_cluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(project_target)
    watcher = open_store(project_target)
    got = ChangeQueue()
    listener = ChangeListener(watcher.target, got, watcher.session_id).start()
    try:
        project = load_project(store)
        parks, ents = project.find("zgc_parks"), project.find("enterprises")
        zone_fid, ent_fid = int(parks.gdf.index[0]), int(ents.gdf.index[0])
        project.open_edit_buffer(parks).push(
            ChangeAttributesCommand(
                parks, zone_fid, {"remarks": "edit before the crash"}
            )
        )
        project.open_edit_buffer(ents).push(
            ChangeAttributesCommand(ents, ent_fid, {"name": "改名 after the crash"})
        )
        real_update = pg_writes.update
        calls = []

        def crash_on_second_layer(*args, **kwargs):
            calls.append(args[1])
            if len(calls) == 2:  # the first layer is written in this transaction
                pg_cluster.stop("immediate")
            return real_update(*args, **kwargs)

        monkeypatch.setattr(pg_writes, "update", crash_on_second_layer)
        with pytest.raises(ServerUnreachableError) as info:
            save_project(project, store, "u")
        monkeypatch.undo()
        assert "unreachable" in str(info.value) and "edits are kept" in str(info.value)
        assert (
            len(calls) == 2
            and project.dirty
            and project.open_edit_buffer(parks).undo_stack.can_undo()
        )
        assert parks.gdf.loc[zone_fid, "remarks"] == "edit before the crash"
        with pytest.raises(ServerUnreachableError):  # still down: same message
            store.read_table("zones")
        pg_cluster.start()
        zones = store.read_table("zones")  # the same store reconnects
        assert "edit before the crash" not in zones["remarks"].tolist()  # no partial
        assert (
            "新企业 after the crash"
            not in store.read_table("enterprises")["name"].tolist()
        )
        save_project(project, store, "u")  # retry when asked: all of it lands
        assert not project.dirty
        assert "edit before the crash" in store.read_table("zones")["remarks"].tolist()
        deadline = time.monotonic() + 10
        while not listener.listening and time.monotonic() < deadline:
            time.sleep(0.1)
        assert listener.listening  # the listener reconnected by itself
        other = store.read_table("zones").iloc[[1]].copy()
        other["remarks"] = "after restart"
        store.update_features("zones", other, "u")
        seen = set()
        while "after restart" not in seen:
            change = got.get(timeout=3.0)
            if change.fids == (int(other.index[0]),):
                seen.add("after restart")
    finally:
        if not pg_cluster.is_running():
            pg_cluster.start()
        listener.stop()
        watcher.close()
        store.close()
