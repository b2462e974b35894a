"""Count, over the whole test run, how often each rule returned REVIEW.

Every rule outcome the engine builds passes through
``layers.cases.checks.to_outcome``; wrapping it tallies outcomes per rule, and
the terminal summary prints the REVIEW counts next to the totals, so a rule that
falls back to REVIEW too often shows up in every run.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from layers.cases import checks

TALLY: dict[str, Counter[str]] = {}
_original = checks.to_outcome


def _counting(rule: dict[str, Any], res: Any) -> Any:
    out = _original(rule, res)
    TALLY.setdefault(out.rule_id, Counter())[out.outcome] += 1
    return out


checks.to_outcome = _counting  # engine.evaluate looks it up on each call


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Print REVIEW / all outcomes per rule seen during the run."""
    if not TALLY:
        return
    parts = [
        f"{rid} {c['REVIEW']}/{sum(c.values())}" for rid, c in sorted(TALLY.items())
    ]
    terminalreporter.write_line("rule outcomes that were REVIEW: " + ", ".join(parts))


@pytest.fixture
def review_tally() -> dict[str, Counter[str]]:
    """Return the run's tally (rule id -> outcome counts)."""
    return TALLY
