"""One exit-code table for every command: bad input 2, unopenable 3, locked 4.

Every failure is one ``error:`` line on stderr and leaves the project file
byte-identical.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

import main
from cli.errors import ExitCode, classify
from db.store import ProjectStore

DATA = Path(__file__).resolve().parents[1] / "data"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.gpkg"
    assert main.main(["demo", str(path), "--enterprises", "50"]) == 0
    return path


@pytest.fixture
def project(template, tmp_path) -> Path:
    path = tmp_path / "p.gpkg"
    shutil.copy(template, path)
    return path


@pytest.fixture
def inputs(tmp_path) -> dict[str, Path]:
    import geopandas as gpd
    import shapely

    zones = tmp_path / "zones.geojson"
    gpd.GeoDataFrame(
        {"code": ["T-1"], "name_zh": ["测试区"], "kind": ["functional_area"]},
        geometry=[shapely.box(116.3, 39.9, 116.31, 39.91)],
        crs="EPSG:4490",
    ).to_file(zones, driver="GeoJSON", engine="pyogrio")
    firms = tmp_path / "firms.csv"
    shutil.copy(DATA / "enterprises" / "utf8bom_bd09.csv", firms)
    junk = tmp_path / "junk.gpkg"
    junk.write_bytes(b"not a GeoPackage at all")
    from tests.cli.test_cli_cases_imports import _catalogue_csv

    catalogue = _catalogue_csv(tmp_path / "bureau.csv")
    return {
        "zones": zones,
        "firms": firms,
        "junk": junk,
        "catalogue": catalogue,
        "regulatory": _regulatory(tmp_path / "kg.geojson"),
    }


def _regulatory(path: Path) -> Path:
    """Write one 控规 parcel in Beijing (GeoJSON) for import-regulatory."""
    import json

    doc = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {
                    "地块编码": "KG-01",
                    "用地性质": "B29",
                    "容积率上限": 2.5,
                },
                "geometry": {
                    "type": "Polygon",
                    "coordinates": [
                        [
                            [116.30, 39.90],
                            [116.31, 39.90],
                            [116.31, 39.91],
                            [116.30, 39.91],
                            [116.30, 39.90],
                        ]
                    ],
                },
            }
        ],
    }
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _argv(cmd: str, project: Path, inputs: dict[str, Path], tmp: Path) -> list[str]:
    return {
        "check": ["check", str(project)],
        "import-zones": ["import-zones", str(project), str(inputs["zones"])],
        "export-zones": ["export-zones", str(project), "--out", str(tmp / "z.gpkg")],
        "import-enterprises": [
            "import-enterprises",
            str(project),
            str(inputs["firms"]),
            "--coords",
            "bd09",
        ],
        "stats": ["stats", str(project), "--out", str(tmp / "s.xlsx")],
        "evaluate": ["evaluate", str(project), "--case", "ZH-2026-001"],
        "import-catalogue": [
            "import-catalogue",
            str(project),
            str(inputs["catalogue"]),
        ],
        "import-regulatory": [
            "import-regulatory",
            str(project),
            str(inputs["regulatory"]),
        ],
        "publish": ["publish", str(project), "postgresql://nobody@127.0.0.1:1/none"],
        "checkin": ["checkin", str(project), "postgresql://nobody@127.0.0.1:1/none"],
        "export-web": ["export-web", str(project), "--out", str(tmp / "m.html")],
        "print": [
            "print",
            str(project),
            "--layout",
            "A4 portrait case map",
            "--out",
            str(tmp / "p.pdf"),
            "--dpi",
            "40",
        ],
        "atlas": [
            "atlas",
            str(project),
            "--layout",
            "A4 portrait case map",
            "--layer",
            "cases",
            "--out",
            str(tmp / "a.pdf"),
            "--dpi",
            "30",
            "--limit",
            "1",
        ],
    }[cmd]


COMMANDS = [
    "check",
    "import-zones",
    "export-zones",
    "import-enterprises",
    "stats",
    "evaluate",
    "import-catalogue",
    "import-regulatory",
    "export-web",
    "print",
    "atlas",
    "publish",
    "checkin",
]
BAD_INPUT = {
    "import-zones": lambda a, t: [*a[:2], str(DATA / "broken" / "billion_laughs.kml")],
    "export-zones": lambda a, t: [*a[:2], "--out", str(t / "z.xyz")],
    "import-enterprises": lambda a, t: [*a[:2], str(DATA / "broken" / "bad_wkt.csv")],
    "stats": lambda a, t: [*a[:2], "--out", "/proc/s.xlsx"],
    "evaluate": lambda a, t: [*a[:2], "--case", "ZH-1999-999"],
    "export-web": lambda a, t: [*a[:2], "--out", str(t / "missing" / "m.html")],
    "print": lambda a, t: [*a[:-2], "--out", "/proc/exhibit.pdf"],
    "atlas": lambda a, t: [*a[:4], "--layer", "nope", *a[6:]],
    "import-catalogue": lambda a, t: [*a[:2], str(DATA / "broken" / "bad_wkt.csv")],
    "import-regulatory": lambda a, t: [
        *a[:2],
        str(DATA / "broken" / "billion_laughs.kml"),
    ],
}


def _one_error_line(capsys) -> str:
    err = capsys.readouterr().err
    lines = [ln for ln in err.splitlines() if not ln.startswith("  ")]  # atlas progress
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    return lines[0]


@pytest.mark.parametrize("cmd", sorted(BAD_INPUT))
def test_cli_bad_input_exits_2(cmd, project, inputs, tmp_path, capsys) -> None:
    before = sha(project)
    argv = BAD_INPUT[cmd](_argv(cmd, project, inputs, tmp_path), tmp_path)
    assert main.main(argv) == ExitCode.BAD_INPUT
    line = _one_error_line(capsys)
    assert "unexpected" not in line
    assert sha(project) == before
    assert "printed" not in capsys.readouterr().out


def test_cli_print_to_unwritable_path_is_not_printed(project, inputs, tmp_path, capsys):
    argv = _argv("print", project, inputs, tmp_path)[:-2] + ["--out", "/proc/x.pdf"]
    assert main.main(argv) == 2
    out, err = capsys.readouterr()
    assert "printed" not in out and "cannot write /proc/x.pdf" in err


@pytest.mark.parametrize("cmd", COMMANDS)
@pytest.mark.parametrize("how", ["junk", "missing"])
def test_cli_unopenable_project_exits_3(cmd, how, inputs, tmp_path, capsys) -> None:
    target = inputs["junk"] if how == "junk" else tmp_path / "absent.gpkg"
    assert main.main(_argv(cmd, target, inputs, tmp_path)) == ExitCode.PROJECT
    if cmd == "check" and how == "junk":  # the check report lists what failed
        out = capsys.readouterr().out
        assert "ERROR:" in out and "ok:" not in out and target.name in out
    else:
        assert target.name in _one_error_line(capsys)


@pytest.fixture
def locked(project, monkeypatch):
    """Hold the project's write lock in another connection (another program)."""
    real_open = ProjectStore.open.__func__

    def quick(cls, *a, **k):  # do not wait the 5 s a planner gets
        return real_open(cls, *a, **{**k, "busy_timeout_ms": 50})

    monkeypatch.setattr(ProjectStore, "open", classmethod(quick))
    other = sqlite3.connect(project, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    yield project
    other.execute("ROLLBACK")
    other.close()


@pytest.mark.parametrize(
    "cmd",
    [
        "import-zones",
        "import-enterprises",
        "evaluate",
        "import-catalogue",
        "import-regulatory",
    ],
)
def test_cli_locked_project_exits_4_for_writers(cmd, locked, inputs, tmp_path, capsys):
    before = sha(locked)
    assert main.main(_argv(cmd, locked, inputs, tmp_path)) == ExitCode.CONFLICT
    assert "locked by another program" in _one_error_line(capsys)
    assert sha(locked) == before


@pytest.mark.parametrize(
    "cmd", ["check", "export-zones", "stats", "export-web", "print"]
)
def test_cli_locked_project_still_reads(cmd, locked, inputs, tmp_path) -> None:
    assert main.main(_argv(cmd, locked, inputs, tmp_path)) == ExitCode.OK


@pytest.mark.parametrize(
    "argv",
    [
        ["stats", "p.gpkg", "--by", "nope"],
        ["import-zones"],
        ["no-such-command"],
        ["print", "p.gpkg", "--layout", "x", "--out", "o.pdf", "--dpi", "many"],
    ],
)
def test_cli_argparse_errors_exit_2(argv, capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main.main(argv)
    assert exc.value.code == 2
    assert "error:" in capsys.readouterr().err


def test_cli_demo_refuses_to_overwrite(project, capsys) -> None:
    before = sha(project)
    assert main.main(["demo", str(project)]) == 2
    assert "--overwrite" in _one_error_line(capsys)
    assert sha(project) == before


def test_cli_unexpected_failure_is_one_line_exit_1(project, monkeypatch, capsys):
    import layers.enterprises.statistics as stats

    def bug(*_a, **_k):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(stats, "compute_stats", bug)
    assert main.main(["stats", str(project)]) == ExitCode.UNEXPECTED
    assert "unexpected failure: ZeroDivisionError: a bug" in _one_error_line(capsys)


def test_cli_classify_maps_store_errors() -> None:
    from db.errors import ConflictError, CorruptProjectError, ProjectLockedError
    from geo.atomic_write import OutputPathError
    from layers.zones.safe_input import InputFileError

    assert classify(ConflictError("zones", [1])) == ExitCode.CONFLICT
    assert classify(ProjectLockedError("x")) == ExitCode.CONFLICT
    assert classify(CorruptProjectError("x")) == ExitCode.PROJECT
    assert classify(OutputPathError("x", "y")) == ExitCode.BAD_INPUT
    assert classify(InputFileError("x", "y")) == ExitCode.BAD_INPUT
    assert classify(ValueError("x")) is None


PROJECT_AS_OUTPUT = {
    "export-zones": ["--out", "{P}"],
    "export-web": ["--out", "{P}"],
    "stats": ["--out", "{P}"],
    "import-enterprises": ["{firms}", "--skip-bad", "--report", "{P}"],
}


@pytest.mark.parametrize("spelling", ["same", "dotted"])
@pytest.mark.parametrize("cmd", sorted(PROJECT_AS_OUTPUT))
def test_cli_output_onto_the_project_is_refused(
    cmd, spelling, project, inputs, capsys, monkeypatch
) -> None:
    # export-zones --out p.gpkg used to replace the project with a zones-only
    # GeoPackage (and export-web/stats with HTML/XLSX) and print success.
    monkeypatch.chdir(project.parent)
    out = project.name if spelling == "same" else f"./{project.name}"
    before = sha(project)
    extra = [
        a.replace("{P}", out).replace("{firms}", str(inputs["firms"]))
        for a in PROJECT_AS_OUTPUT[cmd]
    ]
    assert main.main([cmd, str(project), *extra]) == ExitCode.BAD_INPUT
    assert "ZonePlanner project" in _one_error_line(capsys)
    assert sha(project) == before
    assert sorted(
        p.name for p in project.parent.iterdir() if p.name.startswith("p.")
    ) == ["p.gpkg"]


def test_cli_report_onto_the_input_is_refused(project, inputs, capsys) -> None:
    firms = inputs["firms"]
    before, before_project = sha(firms), sha(project)
    argv = ["import-enterprises", str(project), str(firms), "--skip-bad"]
    assert main.main([*argv, "--report", str(firms)]) == ExitCode.BAD_INPUT
    assert "the file being imported" in _one_error_line(capsys)
    assert (sha(firms), sha(project)) == (before, before_project)


def test_cli_demo_overwrite_refuses_a_project_open_elsewhere(project, tmp_path):
    # demo --overwrite onto a project another program had open (its WAL not
    # yet checkpointed) used to rename the new file under the old -wal:
    # the next open replayed it and the project was damaged, after exit 0.
    # Now it is refused and the project (with its WAL) stays whole.
    import subprocess
    import sys

    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            f"c = sqlite3.connect({str(project)!r})\n"
            "c.execute('PRAGMA journal_mode=wal')\n"
            "c.execute('PRAGMA wal_autocheckpoint=0')\n"
            "c.execute('DELETE FROM zp_audit_log')\n"
            "c.commit()\n"
            "print('ready', flush=True)\n"
            "time.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "ready\n"
        assert Path(f"{project}-wal").stat().st_size > 0
        before = counts_of(project)
        argv = ["demo", str(project), "--overwrite", "--enterprises", "10"]
        assert main.main(argv) == ExitCode.BAD_INPUT
    finally:
        holder.kill()
        holder.wait()
    con = sqlite3.connect(project)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        con.close()
    assert counts_of(project) == before


def counts_of(path: Path) -> tuple[int, int]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return tuple(
            con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("zones", "enterprises")
        )
    finally:
        con.close()


def test_cli_export_zones_onto_a_geopackage_open_elsewhere(project, tmp_path) -> None:
    import sqlite3 as sq

    out = tmp_path / "zones.gpkg"
    assert main.main(["export-zones", str(project), "--out", str(out)]) == 0
    con = sq.connect(out)
    con.execute("PRAGMA journal_mode=wal")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("CREATE TABLE scratch (a)")
    con.commit()
    try:
        argv = ["export-zones", str(project), "--out", str(out), "--crs", "EPSG:4548"]
        assert main.main(argv) == ExitCode.BAD_INPUT
    finally:
        con.close()
    check = sq.connect(out)
    try:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        check.close()


def test_cli_demo_into_a_missing_folder_exits_2(tmp_path, capsys) -> None:
    assert main.main(["demo", str(tmp_path / "no" / "d.gpkg")]) == ExitCode.BAD_INPUT
    assert "does not exist" in _one_error_line(capsys)


def test_cli_import_racing_another_import_is_a_conflict(
    project, inputs, monkeypatch, capsys
) -> None:
    # Two imports of one register at once: the second one's check saw none
    # of the codes, its write hit the UNIQUE credit code and it said
    # "unexpected failure: IntegrityError", exit 1.
    import layers.enterprises.importer as importer

    argv = ["import-enterprises", str(project), str(inputs["firms"])]
    assert main.main(argv) == ExitCode.OK
    capsys.readouterr()
    before = sha(project)
    monkeypatch.setattr(importer, "existing_codes", lambda _t: importer._no_existing())
    assert main.main(argv) == ExitCode.CONFLICT
    assert "another program imported" in _one_error_line(capsys)
    assert sha(project) == before
