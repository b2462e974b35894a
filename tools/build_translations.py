"""Extract UI strings, fill Chinese translations, compile the .qm files.

Usage::

    .venv/bin/python tools/build_translations.py          # lupdate + fill + lrelease
    .venv/bin/python tools/build_translations.py --check  # fail if a zh_CN string is missing

Runs ``pyside6-lupdate`` over every ``gui/**/*.py`` into
``resources/i18n/zoneplanner_{zh_CN,en}.ts``, fills unfinished zh_CN messages
from tools/translations_zh_cn.py, then ``pyside6-lrelease`` writes the .qm
files that ship with the app (so run time needs no Qt tool). English is the
source language, so its .ts only records the strings.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGS = ("zh_CN", "en")
sys.path.insert(0, str(ROOT))

from tools.translations_zh_cn import ZH_CN  # noqa: E402


def qt_tool(name: str) -> str:
    """Return the path of pyside6-<name> (venv bin, PySide6 package, or PATH)."""
    venv = Path(sys.executable).parent / f"pyside6-{name}"
    if venv.exists():
        return str(venv)
    import PySide6

    bundled = Path(PySide6.__file__).parent / name
    if bundled.exists():
        return str(bundled)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if not found:
        raise SystemExit(f"pyside6-{name} not found; install PySide6")
    return found


def sources() -> list[str]:
    """Return the GUI source files, relative to the repository root."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "gui").rglob("*.py"))


def fill(ts: Path) -> list[str]:
    """Fill unfinished messages of a zh_CN .ts; return sources still missing."""
    tree = ET.parse(ts)
    missing = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            if tr is None or tr.get("type") not in ("unfinished", None):
                continue
            if tr.get("type") is None and (tr.text or len(tr)):
                continue  # finished by a translator
            text = ZH_CN.get((name, source), ZH_CN.get(source))
            if text is None:
                if any("\u4e00" <= ch <= "\u9fff" for ch in source):
                    continue  # already Chinese in the source
                missing.append(f"{name}: {source}")
                continue
            forms = tr.findall("numerusform")
            if forms:
                for form in forms:
                    form.text = text
            else:
                tr.text = text
            tr.attrib.pop("type", None)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
        encoding="utf-8",
    )
    return missing


def main(argv: list[str] | None = None) -> int:
    """Run lupdate, fill zh_CN, run lrelease; return an exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="fail on missing zh_CN strings"
    )
    args = parser.parse_args(argv)
    I18N.mkdir(parents=True, exist_ok=True)
    files = sources()
    for lang in LANGS:
        ts = I18N / f"zoneplanner_{lang}.ts"
        cmd = [qt_tool("lupdate"), *files, "-no-obsolete", "-target-language", lang]
        subprocess.run(
            [*cmd, "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True
        )
    missing = fill(I18N / "zoneplanner_zh_CN.ts")
    for lang in LANGS:
        ts, qm = I18N / f"zoneplanner_{lang}.ts", I18N / f"zoneplanner_{lang}.qm"
        subprocess.run(
            [qt_tool("lrelease"), str(ts), "-qm", str(qm)],
            check=True,
            capture_output=True,
        )
    for ts in sorted(I18N.glob("qt_supplement_*.ts")):
        subprocess.run(
            [qt_tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
            capture_output=True,
        )
    for line in missing:
        print(f"untranslated: {line}")
    print(f"{len(files)} source files; {len(missing)} zh_CN strings missing")
    return 1 if (args.check and missing) else 0


if __name__ == "__main__":
    raise SystemExit(main())
