"""Importing into a project file: one action, duplicates, import-nothing, CLI."""

from __future__ import annotations

import pytest

import db.store as db_store
from tests.layers.enterprises_fixtures import DATA, sha256


@pytest.fixture
def project(tmp_path):
    import resources

    path = tmp_path / "p.gpkg"
    store = db_store.ProjectStore.create(path)
    store.insert_features("zones", resources.load_zones(), "test")
    store.close()
    return path


def test_import_nothing_leaves_file_byte_identical(project) -> None:
    from layers.enterprises.importer import ImportOptions, prepare_import

    before = sha256(project)
    store = db_store.ProjectStore.open(project)
    try:
        r = prepare_import(DATA / "gbk_gcj02.csv", ImportOptions(coords="gcj02"))
        assert len(r.bad_rows) > 0  # the user picks "import nothing"
    finally:
        store.close()
    assert sha256(project) == before


@pytest.fixture
def any_project(new_target) -> str:
    """Return a project with the shipped zones, on each backend."""
    import resources
    from db.open_store import create_store

    target = new_target("p")
    with create_store(target) as store:
        store.insert_features("zones", resources.load_zones(), "test")
    return target


def test_import_failure_inside_action_rolls_back(any_project) -> None:
    from db.open_store import open_store
    from layers.enterprises.importer import ImportOptions, apply_import, prepare_import

    is_file = not any_project.startswith("postgresql")
    before = sha256(any_project) if is_file else None
    store = open_store(any_project)
    r = prepare_import(DATA / "utf8bom_bd09.csv", ImportOptions(coords="bd09"))
    r.frame.loc[1, "credit_code"] = r.frame.loc[0, "credit_code"]  # UNIQUE fails
    with pytest.raises(Exception):  # noqa: B017 - any DB error
        apply_import(store, r, "test")
    assert store.count("enterprises") == 0
    store.close()
    if is_file:
        assert sha256(any_project) == before


def test_duplicates_update_or_skip_never_doubled(any_project) -> None:
    from db.open_store import open_store
    from layers.enterprises.importer import (
        ImportOptions,
        apply_import,
        existing_codes,
        prepare_import,
    )

    store = open_store(any_project)
    try:
        zones = store.read_table("zones")
        r = prepare_import(DATA / "utf8bom_bd09.csv", ImportOptions(coords="bd09"))
        assert apply_import(store, r, "t", zones=zones) == {"inserted": 7, "updated": 0}
        ent = store.read_table("enterprises")
        assert (
            ent.loc[ent["name"] == "京华信息科技有限公司", "zone_codes"].iloc[0]
            == "SC-ZGC;ZGC-00;ZGC-HD"
        )
        for mode, want in (
            ("skip", {"inserted": 0, "updated": 0}),
            ("update", {"inserted": 0, "updated": 7}),
        ):
            r = prepare_import(
                DATA / "title_merged_gk.xlsx",
                ImportOptions(coords="EPSG:4548", duplicates=mode),
                existing=existing_codes(store.read_table("enterprises")),
            )
            assert apply_import(store, r, "t", zones=zones) == want
        ent = store.read_table("enterprises")
        assert len(ent) == 7 and ent["credit_code"].is_unique
        assert (ent["coord_source"] == "EPSG:4548").all()
        assert (ent["row_version"] == 2).all()
    finally:
        store.close()


def test_cli_exit_codes_and_nothing_written(project, tmp_path, capsys) -> None:
    import main

    before = sha256(project)
    f = str(DATA / "gbk_gcj02.csv")
    assert main.main(["import-enterprises", str(project), f, "--coords", "gcj02"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "6 of 13 rows have errors" in err[0]
    assert sha256(project) == before
    assert main.main(["import-enterprises", str(project), f, "--coords", "nope"]) == 2
    assert main.main(["import-enterprises", str(project), "missing.csv"]) == 2
    rep = tmp_path / "problems.csv"
    assert (
        main.main(
            [
                "import-enterprises",
                str(project),
                f,
                "--coords",
                "gcj02",
                "--skip-bad",
                "--report",
                str(rep),
            ]
        )
        == 0
    )
    assert "inserted 7" in capsys.readouterr().out
    assert rep.read_text(encoding="utf-8-sig").count("\n") == 7  # header + 6
    out = tmp_path / "stats.xlsx"
    assert main.main(["stats", str(project), "--by", "zone", "--out", str(out)]) == 0
    from openpyxl import load_workbook

    ws = load_workbook(out).active
    text = " ".join(str(c.value) for row in ws.iter_rows(max_row=8) for c in row)
    assert "示意范围" in text and "imported" in text


def test_import_source_recording_failure_writes_nothing(project, monkeypatch) -> None:
    """The import-source list is part of the import: its failure is not swallowed."""
    import sqlite3

    from layers.enterprises.importer import ImportOptions, apply_import, prepare_import

    before = sha256(project)
    store = db_store.ProjectStore.open(project)
    r = prepare_import(DATA / "utf8bom_bd09.csv", ImportOptions(coords="bd09"))

    def broken():
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store, "read_settings", broken)
    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        apply_import(store, r, "tester")
    store.close()
    assert sha256(project) == before


def test_update_keeps_values_the_file_has_no_column_for(project, tmp_path) -> None:
    # --duplicates update from a register without 从业人员/营业收入/地址/成立日期
    # used to clear those values on every matched enterprise, reporting success.
    import pandas as pd

    from layers.enterprises.importer import (
        ImportOptions,
        apply_import,
        existing_codes,
        prepare_import,
    )

    store = db_store.ProjectStore.open(project)
    try:
        r = prepare_import(DATA / "utf8bom_bd09.csv", ImportOptions(coords="bd09"))
        apply_import(store, r, "t")
        before = store.read_table("enterprises").set_index("credit_code")
        slim = pd.DataFrame(
            {
                "企业名称": before["name"],
                "统一社会信用代码": before.index,
                "经度": 116.31,
                "纬度": 39.98,
                "生产性服务业类别": before["category"],
            }
        )
        slim.to_csv(tmp_path / "slim.csv", index=False)
        r = prepare_import(
            tmp_path / "slim.csv",
            ImportOptions(duplicates="update"),
            existing=existing_codes(store.read_table("enterprises")),
        )
        assert apply_import(store, r, "t") == {"inserted": 0, "updated": len(slim)}
        after = store.read_table("enterprises").set_index("credit_code")
    finally:
        store.close()
    kept = ["address", "employees", "revenue_wan", "founded"]
    pd.testing.assert_frame_equal(after[kept], before.loc[after.index, kept])
    assert (after["row_version"] == 2).all()
    assert before["employees"].notna().any() and before["revenue_wan"].notna().any()
