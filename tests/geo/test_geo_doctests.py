"""The doctest examples of every geo/ module run and hold (STYLE.md §5)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import geo

MODULES = sorted(
    info.name for info in pkgutil.iter_modules(geo.__path__, prefix="geo.")
)


@pytest.mark.parametrize("name", MODULES)
def test_geo_doctests_pass(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"
