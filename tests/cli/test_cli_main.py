"""main.py's parser: every command registered, and ``--help`` stays light."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
COMMANDS = (
    "import-zones",
    "export-zones",
    "import-enterprises",
    "stats",
    "evaluate",
    "export-web",
    "print",
    "atlas",
)


def test_cli_main_help_lists_commands_without_heavy_imports() -> None:
    code = (
        "import sys, main; main.build_parser().format_help(); "
        "print(*sorted({m.split('.')[0] for m in sys.modules} & "
        "{'pandas', 'numpy', 'sqlalchemy', 'PySide6', 'folium', 'matplotlib'}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""
    help_text = subprocess.run(
        [sys.executable, "main.py", "--help"], cwd=REPO, capture_output=True, text=True
    ).stdout
    for command in COMMANDS:
        assert command in help_text
