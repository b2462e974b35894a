"""ZonePlanner entry point: the window, or a headless subcommand.

Wiring only (STYLE.md section 1): parse arguments, then hand over to the
package that does the work. Heavy modules are imported per subcommand so
``python main.py --help`` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable
from pathlib import Path

APP_NAME = "ZonePlanner"

# (module, parser builder) pairs of the headless commands in cli/. A module
# that is absent in this build simply contributes no subcommand.
_SUBCOMMAND_PROVIDERS: list[tuple[str, str]] = [
    ("cli.zones", "add_parsers"),
    ("cli.enterprises", "add_import_parser"),
    ("cli.enterprises", "add_stats_parser"),
    ("cli.cases", "add_evaluate_parser"),
    ("cli.cases", "add_import_parsers"),
    ("cli.web", "add_export_web_parser"),
    ("cli.printing", "add_parsers"),
    ("cli.database", "add_parsers"),
    ("cli.facilities", "add_parsers"),
]


def user_data_dir() -> Path:
    """Return the per-user folder where the demo project lives."""
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / APP_NAME


def demo_project_path() -> Path:
    """Return the demo project's path, writing it on first use."""
    path = user_data_dir() / "demo.gpkg"
    if not path.exists():
        from db.demo_project import write_demo_project

        path.parent.mkdir(parents=True, exist_ok=True)
        print(f"ZonePlanner: writing the demo project to {path} …", file=sys.stderr)
        write_demo_project(path)
    return path


def _cmd_demo(args: argparse.Namespace) -> int:
    from cli.errors import CommandError
    from db.demo_project import write_demo_project
    from db.project_files import write_project_file
    from geo.atomic_write import check_target

    out = Path(args.path)
    if out.exists() and not args.overwrite:
        raise CommandError(f"{out} exists; pass --overwrite to replace it")
    check_target(out, replace_project=True)  # a missing or unwritable folder: exit 2
    # Written beside the target and renamed in (a failure keeps the old file);
    # the old file's WAL is removed first, never replayed onto the new one.
    write_project_file(
        out,
        lambda tmp: write_demo_project(
            tmp, seed=args.seed, n_enterprises=args.enterprises
        ),
    )
    print(f"demo project written: {out}")
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from cli.errors import CommandError, ExitCode
    from db.check import check_project
    from db.open_store import is_database_target

    if is_database_target(args.project):
        from db.pg_check import check_database
        from db.pg_connect import parse_target

        try:
            report = check_database(parse_target(args.project))
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        for line in report.lines:
            print(line)
        print("OK" if report.ok else "PROBLEMS FOUND")
        return 0 if report.ok else 1
    path = Path(args.project)
    if not path.is_file():
        raise CommandError(f"{path}: no such project file", ExitCode.PROJECT)
    report = check_project(path)
    for line in report.lines:
        print(line)
    print("OK" if report.ok else "PROBLEMS FOUND")
    return 0 if report.ok else int(ExitCode.PROJECT)


def _cmd_screenshot(args: argparse.Namespace) -> int:
    from cli.errors import CommandError, ExitCode
    from geo.atomic_write import check_target

    project = Path(args.project) if args.project else demo_project_path()
    if not project.is_file():
        raise CommandError(f"{project}: no such project file", ExitCode.PROJECT)
    out = Path(args.out)
    if out.parent.exists():  # a developer tool: it creates missing folders
        check_target(out)
    from gui.app import take_screenshot

    out = take_screenshot(project, out, language=args.lang)
    print(f"screenshot written: {out}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser with every available subcommand."""
    parser = argparse.ArgumentParser(
        prog="python main.py",
        description="ZonePlanner. With no COMMAND, open the window on PROJECT.gpkg "
        "(default: the last project, or the demo project on first run). Each "
        "COMMAND runs headless and has its own --help.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # Set after add_subparsers so each subcommand's usage reads
    # "python main.py print ..." rather than repeating this line.
    parser.usage = "python main.py [PROJECT.gpkg] | COMMAND [options]"

    p = sub.add_parser("demo", help="write the demo project to PATH")
    p.add_argument("path")
    p.add_argument("--seed", type=int, default=2016)
    p.add_argument("--enterprises", type=int, default=20000)
    p.add_argument("--overwrite", action="store_true")
    p.set_defaults(func=_cmd_demo)

    p = sub.add_parser("check", help="integrity and GeoPackage conformance report")
    p.add_argument("project")
    p.set_defaults(func=_cmd_check)

    p = sub.add_parser("screenshot", help="render the window offscreen to a PNG")
    p.add_argument("project", nargs="?")
    p.add_argument("--out", default="build/window.png")
    p.add_argument("--lang", choices=["zh_CN", "en"], help="UI language")
    p.set_defaults(func=_cmd_screenshot)

    for module_name, builder in _SUBCOMMAND_PROVIDERS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name and module_name.startswith(exc.name):
                continue
            raise
        add: (
            Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], object]
            | None
        ) = getattr(module, builder, None)
        if add is not None:
            add(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the window or a headless subcommand; return the exit code."""
    argv = sys.argv[1:] if argv is None else argv
    from db.pg_connect import is_database_target

    one = argv[0] if len(argv) == 1 else ""
    if not argv or one.lower().endswith(".gpkg") or is_database_target(one):
        from gui.app import run_gui

        project = (one if is_database_target(one) else Path(one)) if argv else None
        return run_gui(project, demo_factory=demo_project_path)
    args = build_parser().parse_args(argv)  # usage errors exit 2 (argparse)
    if args.command is None:
        build_parser().print_help()
        return 2
    from cli.errors import run

    return run(args.func, args)


if __name__ == "__main__":
    sys.exit(main())
