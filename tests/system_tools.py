"""System tools some tests need (chromium, pdftoppm, PostgreSQL): found, or skipped loudly."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

#: .ci/run sets this: there a missing system tool is a failure, not a skip.
REQUIRE_TOOLS_ENV = "ZP_REQUIRE_SYSTEM_TOOLS"


def require_tool(path_or_name: str, package: str) -> str:
    """Return the path of a system tool the test needs, or skip loudly.

    Under ``.ci/run`` (``ZP_REQUIRE_SYSTEM_TOOLS=1``) a missing tool fails the
    test, because CI installs it and a skip there would hide breakage.
    """
    import shutil

    found = (
        path_or_name
        if Path(path_or_name).is_absolute() and Path(path_or_name).exists()
        else shutil.which(path_or_name)
    )
    if found:
        return found
    msg = (
        f"system tool {path_or_name!r} is missing: install the Debian package "
        f"{package!r} (.ci/run does)"
    )
    if os.environ.get(REQUIRE_TOOLS_ENV) == "1":
        pytest.fail(msg)
    pytest.skip(msg)
    raise AssertionError("unreachable: pytest.skip raises")
