"""Other sessions' saves reach an open project; conflicts resolved mine/theirs/merge."""

from __future__ import annotations

import pytest
import shapely

from db.errors import ConflictError
from db.open_store import open_store
from db.project_io import load_project, save_project
from db.remote_changes import describe_conflicts, refresh_rows, resolve
from layers.editing.feature_commands import ChangeAttributesCommand


def _their_edit(target: str, fid: int, **values) -> None:
    with open_store(target) as other:
        row = other.read_table("zones").loc[[fid]].copy()
        for k, v in values.items():
            row[k] = v
        other.update_features("zones", row, "them")


def test_remote_refresh_keeps_my_unsaved_edits(project_target: str) -> None:
    with open_store(project_target) as store:
        project = load_project(store)
        fa = project.find("functional_areas")
        parks = project.find("zgc_parks")
        cbd, hd = int(fa.gdf.index[0]), int(parks.gdf.index[0])
        project.open_edit_buffer(parks).push(
            ChangeAttributesCommand(parks, hd, {"remarks": "mine"})
        )
        _their_edit(project_target, cbd, remarks="theirs", name_en="CBD (new)")
        _their_edit(project_target, hd, remarks="theirs too")
        done = refresh_rows(project, store, "zones", [cbd, hd])
        assert set(done.layers) == {"functional_areas", "zgc_parks"}
        assert done.kept_local == {"zgc_parks": [hd]}
        assert (
            fa.gdf.loc[cbd, "remarks"] == "theirs"
            and fa.gdf.loc[cbd, "row_version"] == 2
        )
        assert parks.gdf.loc[hd, "remarks"] == "mine"  # not lost
        assert project.dirty
        with pytest.raises(ConflictError) as info:  # and not silently overwritten
            save_project(project, store, "me")
        assert info.value.fids == [hd]
        project.open_edit_buffer(fa).push(
            ChangeAttributesCommand(fa, cbd, {"source": "me"})
        )
        # The refreshed row saves cleanly on top of their version.
        [conflict] = describe_conflicts(project, store, info.value)
        assert conflict.theirs["remarks"] == "theirs too"
        assert ("remarks", None, "theirs too", "mine") in conflict.attribute_rows()
        resolve(project, conflict, "mine")
        save_project(project, store, "me")
        now = store.read_table("zones")
        assert now.loc[hd, "remarks"] == "mine" and now.loc[hd, "row_version"] == 3
        assert now.loc[cbd, "source"] == "me" and now.loc[cbd, "name_en"] == "CBD (new)"


@pytest.mark.parametrize("choice", ["theirs", "merge"])
def test_remote_conflict_take_theirs_or_merge(project_target: str, choice: str) -> None:
    with open_store(project_target) as store:
        project = load_project(store)
        parks = project.find("zgc_parks")
        hd = int(parks.gdf.index[0])
        moved = shapely.affinity.translate(parks.gdf.geometry.loc[hd], 0.001, 0)
        project.open_edit_buffer(parks).push(
            ChangeAttributesCommand(parks, hd, {"remarks": "mine", "geometry": moved})
        )
        _their_edit(project_target, hd, name_en="theirs", source="their source")
        with pytest.raises(ConflictError) as info:
            save_project(project, store, "me")
        [conflict] = describe_conflicts(project, store, info.value)
        theirs_g, mine_g = conflict.geometries()
        assert not theirs_g.equals(mine_g)
        resolve(project, conflict, choice)
        save_project(project, store, "me")
        row = store.read_table("zones").loc[hd]
        assert row["name_en"] == "theirs" and row["source"] == "their source"
        if choice == "theirs":
            assert row["remarks"] != "mine" and row["row_version"] == 2
            assert not row.geometry.equals(moved)
        else:
            assert row["remarks"] == "mine" and row["row_version"] == 3
            assert row.geometry.equals(moved)
