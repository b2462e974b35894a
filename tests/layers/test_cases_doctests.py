"""The doctest examples of the layers/cases modules run and hold."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import layers.cases

MODULES = sorted(
    info.name
    for info in pkgutil.iter_modules(layers.cases.__path__, prefix="layers.cases.")
)


@pytest.mark.parametrize("name", MODULES)
def test_cases_doctests_pass(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"
