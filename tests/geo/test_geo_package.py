"""Package-level tests for geo: import hygiene and the doctest examples."""

from __future__ import annotations

import doctest
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODULES = ["geo.crs", "geo.offsets", "geo.measure", "geo.validate", "geo.snapping"]


def test_geo_import_is_light_and_never_loads_qt():
    code = (
        "import sys, geo\n"
        "assert 'pyproj' not in sys.modules and 'shapely' not in sys.modules\n"
        f"for name in {MODULES!r}:\n"
        "    __import__(name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=60)


@pytest.mark.parametrize("name", MODULES)
def test_geo_doctests_pass(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0
