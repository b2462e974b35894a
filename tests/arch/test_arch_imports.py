"""The house rule that geo/, layers/ and db/ never import Qt (STYLE.md §1)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _all_modules(package: str) -> list[str]:
    pkg_dir = REPO / package
    names = [package]
    for info in pkgutil.walk_packages([str(pkg_dir)], prefix=f"{package}."):
        if ".migrations" in info.name:
            continue
        names.append(info.name)
    return names


def test_arch_model_packages_do_not_load_qt() -> None:
    modules = _all_modules("geo") + _all_modules("layers") + _all_modules("db")
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "", f"Qt loaded by model packages: {out.stdout}"


def test_arch_import_linter_contracts_hold() -> None:
    exe = Path(sys.executable).with_name("lint-imports")
    out = subprocess.run(
        [str(exe), "--no-cache"], cwd=REPO, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_arch_ruff_lint_is_clean() -> None:
    exe = Path(sys.executable).with_name("ruff")
    out = subprocess.run(
        [str(exe), "check", "--no-cache", "."], cwd=REPO, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stdout[-3000:]


def test_arch_ruff_format_is_applied() -> None:
    exe = Path(sys.executable).with_name("ruff")
    out = subprocess.run(
        [str(exe), "format", "--check", "--no-cache", "."],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout[-3000:]


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_arch_mypy_is_clean() -> None:
    """mypy with pyproject's [tool.mypy] (strict on geo/, layers/, db/) finds nothing.

    A cold run takes about 20 s; mypy's cache in the repository makes reruns fast.
    """
    exe = Path(sys.executable).with_name("mypy")
    out = subprocess.run(
        [str(exe)], cwd=REPO, capture_output=True, text=True, timeout=800
    )
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-1000:]
