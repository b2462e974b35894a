"""The evaluations a case dock knows: the latest per case, and what changed.

One evaluation is recorded per Evaluate; the report reuses the latest one
while the case's fields are what that evaluation saw (else it evaluates once).
The latest saved evaluation of a case is read back from the project, so the
difference shows across sessions too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from layers.cases import evaluations as evals
from layers.cases.catalogue_model import Catalogue
from layers.cases.engine import Evaluation
from layers.cases.evaluations import EvaluationDiff
from layers.cases.facts import FactsContext
from layers.cases.rules import RuleSet


@dataclass
class Known:
    """One evaluation of a case and the inputs it saw."""

    evaluation: Evaluation
    inputs: dict[str, Any]
    diff: EvaluationDiff | None = None


class CaseEvaluations:
    """Latest evaluation per case fid, from this session or the project file."""

    def __init__(self) -> None:
        self._known: dict[int, Known] = {}

    def clear(self) -> None:
        """Forget everything (another project was opened)."""
        self._known.clear()

    def latest(self, fid: int, store: Any | None) -> Known | None:
        """Return the latest evaluation of case ``fid`` (session, else saved)."""
        if fid in self._known:
            return self._known[fid]
        if store is None or fid <= 0:
            return None
        saved = evals.load_evaluations(store, fid)
        if saved.empty:
            return None
        row = saved.iloc[-1]
        known = Known(
            Evaluation.from_dict(json.loads(row["outcomes_json"])),
            json.loads(row["inputs_json"]),
        )
        self._known[fid] = known
        return known

    def overall(self, fid: int) -> str | None:
        """Return the overall outcome known for ``fid`` this session, if any."""
        k = self._known.get(fid)
        return k.evaluation.overall if k else None

    def evaluate(
        self,
        fid: int,
        case: dict[str, Any],
        run_args: tuple[FactsContext, RuleSet, Catalogue],
        store: Any | None,
    ) -> Known:
        """Evaluate ``case``; keep it with the difference from the one before."""
        ctx, rules, catalogue = run_args
        before = self.latest(fid, store)
        ev, inputs = evals.run(case, ctx, rules, None, catalogue)
        diff = None
        if before is not None:
            diff = evals.diff_evaluations(before.evaluation, ev, before.inputs, inputs)
        known = Known(ev, inputs, diff)
        self._known[fid] = known
        return known

    def reusable(
        self, fid: int, case: dict[str, Any], store: Any | None
    ) -> Known | None:
        """Return the latest evaluation if the case's fields are still what it saw."""
        k = self.latest(fid, store)
        if k is None:
            return None
        now = evals.case_fields(case)
        saw = k.inputs.get("case", {})
        keys = set(now) | set(saw)
        same = all(_same(now.get(key), saw.get(key)) for key in keys)
        return k if same else None


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, int | float):
        return abs(a - float(b)) < 1e-9
    return a == b or (a in (None, "") and b in (None, ""))
