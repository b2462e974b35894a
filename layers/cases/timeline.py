"""A case's status timeline from its fields, the audit log and its evaluations."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from layers.cases.field_labels import STATUS_ZH


@dataclass(frozen=True)
class TimelineEvent:
    """One dated event in a case's life."""

    at: str
    text: str  # Chinese, for reports; the window words it from kind/value
    by: str = ""
    kind: str = ""  # received | status | evaluation
    value: str = ""  # the status code, or the evaluation's overall outcome
    rules_version: str = ""


def _load(text: Any) -> dict[str, Any]:
    try:
        d = json.loads(text) if text else {}
    except (TypeError, ValueError):
        return {}
    return d if isinstance(d, dict) else {}


def status_timeline(
    case: dict[str, Any], audit: Any = None, evaluations: Any = None
) -> list[TimelineEvent]:
    """Return the case's events, oldest first.

    Parameters
    ----------
    case : dict
        ``conversion_cases`` fields (received_date, status, status_date, status_by).
    audit : DataFrame, optional
        ``zp_audit_log`` rows of this case (at, user, before_json, after_json).
    evaluations : DataFrame, optional
        Saved evaluations of this case (evaluated_at, evaluated_by, overall,
        rules_version).
    """
    ev: list[TimelineEvent] = []
    if case.get("received_date"):
        ev.append(TimelineEvent(str(case["received_date"]), "受理", kind="received"))
    seen_status = False
    if audit is not None and len(audit):
        for _, row in audit.iterrows():
            before, after = _load(row.get("before_json")), _load(row.get("after_json"))
            if "status" in after and after.get("status") != before.get("status"):
                seen_status = True
                st = str(after["status"])
                ev.append(
                    TimelineEvent(
                        str(after.get("status_date") or row["at"]),
                        f"状态 → {STATUS_ZH.get(st, st)}",
                        str(after.get("status_by") or row.get("user") or ""),
                        "status",
                        st,
                    )
                )
    if not seen_status and case.get("status") and case.get("status") != "received":
        st = str(case["status"])
        ev.append(
            TimelineEvent(
                str(case.get("status_date") or ""),
                f"状态 → {STATUS_ZH.get(st, st)}",
                str(case.get("status_by") or ""),
                "status",
                st,
            )
        )
    if evaluations is not None and len(evaluations):
        for _, row in evaluations.iterrows():
            ev.append(
                TimelineEvent(
                    str(row["evaluated_at"]),
                    f"评估 {row['overall']}（规则 {row['rules_version']}）",
                    str(row.get("evaluated_by") or ""),
                    "evaluation",
                    str(row["overall"]),
                    str(row["rules_version"]),
                )
            )
    return sorted(ev, key=lambda e: e.at)
