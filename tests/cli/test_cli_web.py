"""The headless export-web command: arguments, exit codes, one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

import main
from cli.errors import ExitCode

EXIT_OK, EXIT_USAGE, EXIT_PROJECT = 0, ExitCode.BAD_INPUT, ExitCode.PROJECT


def _run(argv: list[str]) -> int:
    return main.main(argv)


@pytest.fixture(scope="module")
def project_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from db.demo_project import write_demo_project

    return write_demo_project(
        tmp_path_factory.mktemp("web") / "demo.gpkg", n_enterprises=50
    )


def test_cli_web_writes_page(project_file: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "map.html"
    argv = [
        "export-web",
        str(project_file),
        "--out",
        str(out),
        "--title",
        "T",
        "--layers",
        "enterprises,cases",
    ]
    assert _run(argv) == EXIT_OK
    text = out.read_text(encoding="utf-8")
    assert "zp-data-enterprises" in text and "zp-data-cases" in text
    assert "zp-data-basemap" not in text
    assert capsys.readouterr().out.startswith("wrote ")


@pytest.mark.parametrize(
    ("extra", "code", "needle"),
    [
        (["--layers", "nope"], EXIT_USAGE, "no layer 'nope'"),
        (["--basemap", "tianditu"], EXIT_USAGE, "密钥"),
        (["--extent", "117,40,116,41"], EXIT_USAGE, "--extent"),
    ],
)
def test_cli_web_usage_errors(
    project_file: Path, tmp_path: Path, capsys, extra, code, needle
) -> None:
    argv = ["export-web", str(project_file), "--out", str(tmp_path / "m.html"), *extra]
    assert _run(argv) == code
    err = capsys.readouterr().err
    assert needle in err and err.count("\n") == 1
    assert not (tmp_path / "m.html").exists()


def test_cli_web_missing_project(tmp_path: Path, capsys) -> None:
    argv = [
        "export-web",
        str(tmp_path / "absent.gpkg"),
        "--out",
        str(tmp_path / "m.html"),
    ]
    assert _run(argv) == EXIT_PROJECT
    assert "no such project file" in capsys.readouterr().err


def test_cli_web_unreadable_project(tmp_path: Path, capsys) -> None:
    junk = tmp_path / "junk.gpkg"
    junk.write_bytes(b"not a GeoPackage at all")
    argv = ["export-web", str(junk), "--out", str(tmp_path / "m.html")]
    assert _run(argv) == EXIT_PROJECT
    err = capsys.readouterr().err
    assert err.startswith("error: junk.gpkg: ") and err.count("\n") == 1
    assert not (tmp_path / "m.html").exists()


def test_cli_web_unwritable_output(project_file: Path, tmp_path: Path, capsys) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    argv = ["export-web", str(project_file), "--out", str(blocker / "m.html")]
    assert _run(argv) == EXIT_USAGE
    assert "cannot write" in capsys.readouterr().err
    missing = tmp_path / "no" / "such" / "m.html"
    assert _run(["export-web", str(project_file), "--out", str(missing)]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "no").exists()


def test_cli_web_help_lists_options(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        _run(["export-web", "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for opt in ("--out", "--layers", "--title", "--basemap", "--tianditu-key"):
        assert opt in out
