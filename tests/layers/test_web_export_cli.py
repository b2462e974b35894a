"""The headless export-web command: arguments, exit codes, one-line errors."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from layers.web.sample import sample_project
from layers.web_cli import (
    EXIT_OK,
    EXIT_PROJECT,
    EXIT_USAGE,
    EXIT_WRITE,
    add_export_web_parser,
)


def _run(argv: list[str], loader=lambda path: sample_project(50)) -> int:
    parser = argparse.ArgumentParser(prog="main.py")
    add_export_web_parser(parser.add_subparsers(dest="command"), loader=loader)
    args = parser.parse_args(argv)
    return args.func(args)


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    p = tmp_path / "demo.gpkg"
    p.write_bytes(b"stand-in; the loader is injected")
    return p


def test_export_web_cmd_writes_page(project_file: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out" / "map.html"
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
    assert out.exists() and "zp-data-enterprises" in out.read_text(encoding="utf-8")
    assert "zp-data-basemap" not in out.read_text(encoding="utf-8")
    assert capsys.readouterr().out.startswith("wrote ")


@pytest.mark.parametrize(
    ("extra", "code", "needle"),
    [
        (["--layers", "nope"], EXIT_USAGE, "no layer 'nope'"),
        (["--basemap", "tianditu"], EXIT_USAGE, "密钥"),
        (["--extent", "117,40,116,41"], EXIT_USAGE, "--extent"),
    ],
)
def test_export_web_cmd_usage_errors(
    project_file: Path, tmp_path: Path, capsys, extra, code, needle
) -> None:
    argv = ["export-web", str(project_file), "--out", str(tmp_path / "m.html"), *extra]
    assert _run(argv) == code
    err = capsys.readouterr().err
    assert needle in err and err.count("\n") == 1
    assert not (tmp_path / "m.html").exists()


def test_export_web_cmd_missing_project(tmp_path: Path, capsys) -> None:
    argv = [
        "export-web",
        str(tmp_path / "absent.gpkg"),
        "--out",
        str(tmp_path / "m.html"),
    ]
    assert _run(argv) == EXIT_PROJECT
    assert "no such project file" in capsys.readouterr().err


def test_export_web_cmd_unreadable_project(
    project_file: Path, tmp_path: Path, capsys
) -> None:
    def broken(path: str):
        raise ValueError("not a GeoPackage")

    argv = ["export-web", str(project_file), "--out", str(tmp_path / "m.html")]
    assert _run(argv, loader=broken) == EXIT_PROJECT
    assert "not a GeoPackage" in capsys.readouterr().err


def test_export_web_cmd_unwritable_output(
    project_file: Path, tmp_path: Path, capsys
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    argv = ["export-web", str(project_file), "--out", str(blocker / "m.html")]
    assert _run(argv) == EXIT_WRITE
    assert "cannot write" in capsys.readouterr().err


def test_export_web_help_lists_options(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        _run(["export-web", "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for opt in ("--out", "--layers", "--title", "--basemap", "--tianditu-key"):
        assert opt in out
