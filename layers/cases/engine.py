"""Evaluate a conversion case against the rules R1-R7 (seed 二十二, 一(二), 九).

:func:`evaluate` is pure: a case row (mapping of ``conversion_cases`` columns),
the parcel's :class:`~layers.cases.facts.SiteFacts` and a
:class:`~layers.cases.rules.RuleSet` in, an :class:`Evaluation` out. Every rule
reports the numbers it used and its clause; a missing input gives REVIEW naming
the field; a rule that raises is reported as REVIEW, never as a crash or a PASS.
The per-rule checks live in :mod:`layers.cases.checks`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from layers.cases.catalogue_model import Catalogue
from layers.cases.check_base import RuleOutcome
from layers.cases.facts import SiteFacts
from layers.cases.rules import RuleSet

log = logging.getLogger(__name__)

ORDER = {"N/A": -1, "PASS": 0, "REVIEW": 1, "FAIL": 2}
OUTCOME_ZH = {"PASS": "通过", "REVIEW": "需复核", "FAIL": "不通过", "N/A": "不适用"}


@dataclass
class Evaluation:
    """All rule outcomes of one case under one rules version on one date."""

    case_no: str
    rules_version: str
    as_of: str
    outcomes: list[RuleOutcome]
    overall: str

    def outcome(self, rule_id: str) -> RuleOutcome:
        """Return the outcome of ``rule_id``; KeyError if absent."""
        for o in self.outcomes:
            if o.rule_id == rule_id:
                return o
        raise KeyError(rule_id)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return asdict(self)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Evaluation:
        """Rebuild an evaluation from :meth:`to_dict` output."""
        known = set(RuleOutcome.__dataclass_fields__)
        return cls(
            case_no=d["case_no"],
            rules_version=d["rules_version"],
            as_of=d["as_of"],
            outcomes=[
                RuleOutcome(**{k: v for k, v in o.items() if k in known})
                for o in d["outcomes"]
            ],
            overall=d["overall"],
        )

    def review_items(self) -> list[tuple[str, str]]:
        """Return (rule id, question) for everything a person must supply."""
        return [
            (o.rule_id, q)
            for o in self.outcomes
            if o.outcome == "REVIEW"
            for q in o.questions_zh
        ]


def worst(outcomes: list[RuleOutcome]) -> str:
    """Return the overall outcome: the worst of the rules that apply.

    >>> o = RuleOutcome("R1", "", "", "", "", "REVIEW", "", "")
    >>> worst([o])
    'REVIEW'
    """
    counted = [
        o.outcome
        for o in outcomes
        if o.outcome != "N/A" and not (o.informational and o.outcome == "PASS")
    ]
    return max(counted, key=ORDER.__getitem__, default="PASS")


def evaluation_day(value: dt.date | str | None) -> str:
    """Return the evaluation date as ISO text (today when None).

    >>> evaluation_day("2026-03-01T10:00")
    '2026-03-01'
    """
    if value is None:
        return dt.date.today().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return dt.date.fromisoformat(str(value)[:10]).isoformat()


def evaluate(
    case_row: Mapping[str, Any],
    facts: SiteFacts,
    rules: RuleSet,
    as_of: dt.date | str | None = None,
    catalogue: Catalogue | None = None,
) -> Evaluation:
    """Evaluate one case; never raises for bad or missing case data.

    Parameters
    ----------
    case_row : mapping
        ``conversion_cases`` columns (a dict, or a pandas row).
    facts : SiteFacts
        Spatial facts of the parcel (:class:`~layers.cases.facts.FactsContext`).
    rules : RuleSet
        The rules version to apply; its version is recorded in the result.
    as_of : date or ISO str, optional
        Evaluation date; default today. The catalogue edition follows the
        case's application date (``received_date``), this date when empty.
    catalogue : Catalogue, optional
        The catalogue editions on file (R4); without one R4 asks for it.

    Returns
    -------
    Evaluation
        Outcomes in rule-file order and the overall (worst) outcome.
    """
    from layers.cases import checks
    from layers.cases.check_base import CheckContext, Result, UndeclaredInputError

    day = evaluation_day(as_of)
    outcomes = []
    for rule in rules.rules:
        fn = checks.CHECKS.get(rule["id"])
        ctx = CheckContext(
            dict(case_row), facts, rules, day, catalogue, frozenset(rule["inputs"])
        )
        try:
            if fn is None:
                res = Result(
                    "REVIEW",
                    "本程序未实现该规则，需人工复核",
                    "Rule not implemented by this program; review",
                )
            else:
                res = fn(ctx, rule.get("thresholds") or {})
        except UndeclaredInputError:
            raise  # a program error: the rules file must declare what a check reads
        except Exception as exc:  # a rule must never crash the evaluation
            log.exception("rule %s failed", rule["id"])
            res = Result(
                "REVIEW",
                f"规则计算出错，需人工复核：{exc}",
                f"Rule could not be computed ({exc}); review",
                questions=[
                    (f"规则 {rule['id']} 计算出错（{exc}），需人工核查", str(exc))
                ],
            )
        outcomes.append(checks.to_outcome(rule, res))
    return Evaluation(
        str(case_row.get("case_no") or ""),
        rules.version,
        day,
        outcomes,
        worst(outcomes),
    )


def review_counts(evaluations: list[Evaluation]) -> dict[str, int]:
    """Return, per rule id, how many evaluations gave REVIEW (rule-file order).

    >>> o = RuleOutcome("R1", "", "", "", "", "REVIEW", "", "")
    >>> review_counts([Evaluation("A", "v", "2026-01-01", [o], "REVIEW")] * 2)
    {'R1': 2}
    """
    counts: dict[str, int] = {}
    for ev in evaluations:
        for o in ev.outcomes:
            counts[o.rule_id] = counts.get(o.rule_id, 0) + (o.outcome == "REVIEW")
    return counts
