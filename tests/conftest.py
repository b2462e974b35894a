"""Suite-wide settings: Qt offscreen and a private HOME for every test run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """Return ../shared (the domain reference), skipping if it is absent."""
    if not SHARED.exists():
        pytest.skip("../shared is not beside the repository")
    return SHARED
