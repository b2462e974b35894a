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


@pytest.fixture(autouse=True)
def _model_event_errors_fail_the_test():
    """A model event handler that raises fails the test (it is never hidden).

    Tests that provoke such an error on purpose install their own reporter
    with ``layers.events.set_error_reporter``.
    """
    from layers import events

    seen: list[str] = []

    def collect(exc: BaseException, handler: object) -> None:
        seen.append(f"{handler!r}: {type(exc).__name__}: {exc}")

    old = events.set_error_reporter(collect)
    yield
    current = events.set_error_reporter(old)
    if current is collect and seen:
        pytest.fail("model event handler(s) raised:\n" + "\n".join(seen))
