"""Load, validate and version the conversion rules (R1-R7) shipped as data.

The rules file (``resources/rules/conversion_rules*.json``) holds one entry per
rule: id, titles, source clause and its verbatim text from the seed, inputs
(case fields, named exactly as the ``conversion_cases`` columns: checked here),
thresholds and outcome texts. The prohibited/restricted catalogue (seed 一(二))
is data of its own, in editions (:mod:`layers.cases.catalogue_model`).

Rules documents carry a ``format``: evaluations use the newest version in the
current format; versions stored by older ZonePlanner releases stay readable for
the record (``strict=False``).

A threshold edit never mutates a rule set: :func:`with_thresholds` returns a new
:class:`RuleSet` with the next version number.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from layers.cases.case_fields import CASE_FIELDS

#: The rules document format this program evaluates with.
RULES_FORMAT = 2
REQUIRED_RULES = ("R1", "R2", "R3", "R4", "R5", "R6", "R7")
RULE_KEYS = (
    "id",
    "title_zh",
    "title_en",
    "clause",
    "clause_text_zh",
    "inputs",
    "thresholds",
    "outcomes",
)
OUTCOMES = ("PASS", "REVIEW", "FAIL")
#: Canonical code-system keys of the rules file and the spellings that map to them.
SYSTEM_ALIASES = {
    "GB 50137-2011": ("50137",),
    "2023 guide": ("2023", "用地用海"),
    "GB/T 21010-2017": ("21010",),
}


class RulesError(ValueError):
    """A rules document that does not validate; ``errors`` lists every problem."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("; ".join(errors))
        self.errors = errors


def canonical_system(name: object) -> str | None:
    """Return the rules file's key for a land-use code system spelling, or None.

    >>> canonical_system("国土空间调查、规划、用途管制用地用海分类指南(2023)")
    '2023 guide'
    >>> canonical_system("GB/T 21010-2017 土地利用现状分类")
    'GB/T 21010-2017'
    """
    text = str(name or "")
    for key, needles in SYSTEM_ALIASES.items():
        if text == key or any(n in text for n in needles):
            return key
    return None


@dataclass(frozen=True)
class RuleSet:
    """One version of the rules: the full JSON document, never mutated.

    Attributes
    ----------
    doc : dict
        The rules document incl. ``catalogue`` rows (treat as read-only).
    """

    doc: dict[str, Any]

    @property
    def version(self) -> str:
        """Return the version string, e.g. ``'2016.1'``."""
        return str(self.doc["version"])

    @property
    def rules(self) -> list[dict[str, Any]]:
        """Return the rule entries in file order."""
        return list(self.doc["rules"])

    def rule(self, rule_id: str) -> dict[str, Any]:
        """Return the rule ``rule_id``; KeyError if absent."""
        for r in self.doc["rules"]:
            if r["id"] == rule_id:
                entry: dict[str, Any] = r
                return entry
        raise KeyError(rule_id)

    def thresholds(self, rule_id: str) -> dict[str, Any]:
        """Return the thresholds of a rule (read-only)."""
        return dict(self.rule(rule_id).get("thresholds") or {})

    @property
    def format(self) -> int:
        """Return the document format (1 for documents without one)."""
        return int(self.doc.get("format") or 1)

    def inputs(self, rule_id: str) -> frozenset[str]:
        """Return the case fields a rule reads (its ``inputs``)."""
        return frozenset(self.rule(rule_id).get("inputs") or ())

    @property
    def industrial_codes(self) -> dict[str, list[str]]:
        """Return industrial land-use codes per canonical code system (R1)."""
        return dict(self.doc.get("industrial_codes") or {})

    def to_json(self) -> str:
        """Return the document as JSON text (UTF-8, stable key order)."""
        return json.dumps(self.doc, ensure_ascii=False, indent=1, sort_keys=True)


def validate_rules(doc: dict[str, Any], strict: bool = True) -> list[str]:
    """Return every problem in a rules document (empty list when valid).

    ``strict`` also requires the current format and that every ``inputs``
    name is a case field; stored versions of older formats are read with
    ``strict=False``.
    """
    errs: list[str] = []
    if strict and int(doc.get("format") or 1) != RULES_FORMAT:
        errs.append(f"format must be {RULES_FORMAT} (found {doc.get('format')!r})")
    if not str(doc.get("version") or "").strip():
        errs.append("missing 'version'")
    rules = doc.get("rules")
    if not isinstance(rules, list):
        return [*errs, "'rules' must be a list"]
    ids = [r.get("id") for r in rules if isinstance(r, dict)]
    for rid in REQUIRED_RULES:
        if ids.count(rid) != 1:
            errs.append(f"rule {rid} must appear exactly once (found {ids.count(rid)})")
    for r in rules:
        rid = r.get("id", "?")
        errs += [f"{rid}: missing '{k}'" for k in RULE_KEYS if k not in r]
        outcomes = r.get("outcomes") or {}
        for name, text in outcomes.items():
            if name not in OUTCOMES:
                errs.append(f"{rid}: unknown outcome {name!r}")
            elif not isinstance(text, dict) or not text.get("zh"):
                errs.append(f"{rid}: outcome {name} needs a 'zh' text")
        if "PASS" not in outcomes or "REVIEW" not in outcomes:
            errs.append(f"{rid}: needs PASS and REVIEW outcome texts")
        if strict:
            unknown = [i for i in r.get("inputs") or [] if i not in CASE_FIELDS]
            if unknown:
                errs.append(
                    f"{rid}: inputs {', '.join(map(repr, unknown))} are not case "
                    "fields (conversion_cases columns or 'geometry')"
                )
        for key, val in (r.get("thresholds") or {}).items():
            if key.startswith(("hard_cap", "inside_share", "report_min")) and not (
                val is None or isinstance(val, int | float)
            ):
                errs.append(f"{rid}: threshold {key} must be a number or null")
            if isinstance(val, int | float) and not isinstance(val, bool) and val < 0:
                errs.append(f"{rid}: threshold {key} must not be negative")
    for sys_name in doc.get("industrial_codes") or {}:
        if canonical_system(sys_name) is None:
            errs.append(f"industrial_codes: unknown code system {sys_name!r}")
    return errs


def rules_from_doc(doc: dict[str, Any], strict: bool = True) -> RuleSet:
    """Return a validated :class:`RuleSet`; raise :class:`RulesError` if invalid."""
    errs = validate_rules(doc, strict)
    if errs:
        raise RulesError(errs)
    return RuleSet(copy.deepcopy(doc))


def rules_from_json(text: str, strict: bool = False) -> RuleSet:
    """Return the rule set stored as JSON text (e.g. a ``zp_rules_versions`` row).

    Stored versions are read leniently (older formats stay readable); pass
    ``strict=True`` to require the current format.
    """
    return rules_from_doc(json.loads(text), strict)


def default_rules_path() -> Path:
    """Return the shipped rules file: ``conversion_rules.json`` or the newest vN."""
    import resources

    d = resources.ROOT / "rules"
    plain = d / "conversion_rules.json"
    if plain.exists():
        return plain
    found = sorted(
        d.glob("conversion_rules_v*.json"),
        key=lambda p: int(re.sub(r"\D", "", p.stem) or 0),
    )
    if not found:
        raise FileNotFoundError(f"no conversion_rules*.json under {d}")
    return found[-1]


def load_rules(path: str | Path | None = None) -> RuleSet:
    """Load and strictly validate a rules file (default: the shipped one)."""
    p = Path(path) if path else default_rules_path()
    return rules_from_doc(json.loads(p.read_text(encoding="utf-8")))


def next_version(version: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """Return the next free version after ``version`` (last number + 1).

    >>> next_version("2016.1")
    '2016.2'
    >>> next_version("2016.1", {"2016.2"})
    '2016.3'
    >>> next_version("draft")
    'draft.1'
    """
    m = re.match(r"^(.*?)(\d+)$", version)
    head, n = (m.group(1), int(m.group(2))) if m else (version + ".", 0)
    while True:
        n += 1
        cand = f"{head}{n}"
        if cand not in taken:
            return cand


def with_thresholds(
    ruleset: RuleSet,
    changes: dict[str, dict[str, Any]],
    taken: set[str] | frozenset[str] = frozenset(),
    note: str = "",
) -> RuleSet:
    """Return a new rule set with thresholds changed and the next version number.

    Parameters
    ----------
    ruleset : RuleSet
        The version being edited (left untouched).
    changes : dict
        ``{rule_id: {threshold_key: new_value}}``; a value of None clears a cap.
    taken : set of str
        Versions already recorded, so the new number is unique.
    note : str
        Why the thresholds changed; kept in the document's ``history``.
    """
    doc = copy.deepcopy(ruleset.doc)
    changed = {}
    for rid, kv in changes.items():
        th = next(r for r in doc["rules"] if r["id"] == rid).setdefault(
            "thresholds", {}
        )
        for key, val in kv.items():
            if th.get(key) != val:
                changed[f"{rid}.{key}"] = {"from": th.get(key), "to": val}
                th[key] = val
    if not changed:
        return ruleset
    doc["version"] = next_version(ruleset.version, set(taken) | {ruleset.version})
    doc.setdefault("history", []).append(
        {"from_version": ruleset.version, "changes": changed, "note": note}
    )
    return rules_from_doc(doc)


def numeric_thresholds(ruleset: RuleSet) -> list[tuple[str, str, float | None]]:
    """Return (rule id, key, value) of every number-or-null threshold (editable)."""
    out = []
    for r in ruleset.rules:
        for key, val in (r.get("thresholds") or {}).items():
            if val is None or (
                isinstance(val, int | float) and not isinstance(val, bool)
            ):
                out.append((r["id"], key, None if val is None else float(val)))
    return out
