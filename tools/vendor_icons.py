"""Copy the Tabler icons the app uses from the npm package into resources/icons.

Usage::

    cd /tmp && npm pack @tabler/icons@3.51.0 && tar xzf tabler-icons-3.51.0.tgz
    .venv/bin/python tools/vendor_icons.py /tmp/package

Copies ``icons/outline/<name>.svg`` for every name :func:`gui.icons.all_icon_names`
lists, plus the package's LICENSE (MIT), and writes the version into the
folder's README. Fails if a name is missing from the package.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gui.icons import ICON_DIR, all_icon_names  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Copy the icons; return an exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("package", type=Path, help="the unpacked npm package folder")
    args = parser.parse_args(argv)
    src = args.package / "icons" / "outline"
    version = json.loads((args.package / "package.json").read_text())["version"]
    missing = sorted(n for n in all_icon_names() if not (src / f"{n}.svg").exists())
    if missing:
        print(f"not in @tabler/icons {version}: {', '.join(missing)}", file=sys.stderr)
        return 2
    ICON_DIR.mkdir(parents=True, exist_ok=True)
    for old in ICON_DIR.glob("*.svg"):
        old.unlink()
    for name in sorted(all_icon_names()):
        shutil.copyfile(src / f"{name}.svg", ICON_DIR / f"{name}.svg")
    shutil.copyfile(args.package / "LICENSE", ICON_DIR / "LICENSE")
    (ICON_DIR / "README.md").write_text(
        "# Tabler Icons (outline)\n\n"
        f"From the npm package `@tabler/icons` {version} (https://tabler.io/icons),\n"
        "MIT licence (LICENSE beside this file). Only the icons the app uses are\n"
        "copied, by `tools/vendor_icons.py`; they are drawn through `gui/icons.py`.\n",
        encoding="utf-8",
    )
    print(f"copied {len(all_icon_names())} icons from @tabler/icons {version}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
