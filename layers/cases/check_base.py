"""What every rule check shares: the context, the result, missing-field texts.

REVIEW always says why: a named input is missing (``missing`` and a question
asking for it) or a named condition needs a person (a question in
``questions``). :func:`layers.cases.checks.to_outcome` refuses a REVIEW that
names neither.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from layers.cases.case_fields import CASE_FIELDS
from layers.cases.catalogue_model import Catalogue
from layers.cases.facts import SiteFacts
from layers.cases.field_labels import FIELD_EN, FIELD_ZH
from layers.cases.rules import RuleSet

PS_CODES = {f"{i:02d}" for i in range(1, 11)}


@dataclass
class RuleOutcome:
    """One rule's result with the numbers it used.

    ``outcome`` is PASS / REVIEW / FAIL, or N/A for an informational rule that
    does not apply (it never counts towards the overall result).
    """

    rule_id: str
    title_zh: str
    title_en: str
    clause: str
    clause_text_zh: str
    outcome: str
    message_zh: str
    message_en: str
    values: dict[str, Any] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    informational: bool = False
    decided_zh: str = ""
    decided_en: str = ""
    questions_zh: list[str] = field(default_factory=list)
    questions_en: list[str] = field(default_factory=list)
    sample: bool = False  # rests on sample data (示例 / 待核实)


@dataclass
class Result:
    """What a check found.

    Attributes
    ----------
    outcome : str
        PASS / REVIEW / FAIL, or N/A for an informational rule that does not
        apply.
    detail_zh, detail_en : str
        The numbers used, in words.
    decided_zh, decided_en : str
        The condition that decided the outcome.
    questions : list of (zh, en)
        What a person must supply or decide (REVIEW).
    """

    outcome: str
    detail_zh: str = ""
    detail_en: str = ""
    values: dict[str, Any] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    informational: bool = False
    use_template: bool = True
    decided_zh: str = ""
    decided_en: str = ""
    questions: list[tuple[str, str]] = field(default_factory=list)
    sample: bool = False  # uses sample (示例 / 待核实) data


class UndeclaredInputError(KeyError):
    """A check read a case field its rule does not list in ``inputs``."""


@dataclass
class CheckContext:
    """A case's fields, its facts, the rules, the catalogue and the dates.

    ``allowed`` is the rule's ``inputs``: reading any other case field raises
    :class:`UndeclaredInputError`, so the rules file says truthfully what each
    rule reads.
    """

    case: dict[str, Any]
    facts: SiteFacts
    rules: RuleSet
    as_of: str
    catalogue: Catalogue | None = None
    allowed: frozenset[str] | None = None

    def get(self, name: str) -> Any:
        """Return a case field, or None when empty (None, NaN, '', pd.NA)."""
        if (
            name in CASE_FIELDS
            and self.allowed is not None
            and name not in self.allowed
        ):
            raise UndeclaredInputError(name)
        v = self.case.get(name)
        if v is None or (isinstance(v, float) and math.isnan(v)):
            return None
        if isinstance(v, str):
            return v.strip() or None
        try:
            if v != v:  # pd.NA / NaT
                return None
        except TypeError:
            return None
        return v

    def flag(self, name: str) -> bool | None:
        """Return a 0/1 flag as bool, None when unknown or unreadable."""
        v = self.get(name)
        if v is None:
            return None
        if isinstance(v, str):
            t = v.lower()
            if t in ("1", "true", "yes", "是", "y"):
                return True
            if t in ("0", "false", "no", "否", "n"):
                return False
            return None
        try:
            return bool(int(v))
        except (TypeError, ValueError):
            return None

    def number(self, name: str) -> float | None:
        """Return a numeric field, None when empty or not a number."""
        v = self.get(name)
        try:
            x = float(v) if v is not None else None
        except (TypeError, ValueError):
            return None
        return None if x is None or math.isnan(x) else x

    def site_area_m2(self) -> tuple[float | None, str]:
        """Return the site area and where it came from (override needs a reason)."""
        override = self.number("site_area_m2")
        if override is not None and self.get("site_area_override_reason"):
            return override, "人工填写（附理由）"
        if self.facts.site_area_m2 > 0:
            return self.facts.site_area_m2, self.facts.area_method
        return None, ""

    def far(self) -> tuple[float | None, str]:
        """Return the proposal's FAR and how it was obtained.

        The FAR field, else planned GFA / site area (容积率 = 地上建筑面积 /
        用地面积; the GFA field is taken as above-ground GFA).
        """
        v = self.number("far")
        if v is not None:
            return v, "填写值"
        gfa = self.number("proposed_gfa_m2")
        area, _ = self.site_area_m2()
        if gfa is not None and area:
            return round(gfa / area, 3), "按规划建筑面积/用地面积计算"
        return None, ""


def label_zh(name: str) -> str:
    """Return a field's Chinese label with its column name."""
    return f"{FIELD_ZH.get(name, name)}({name})"


def missing_text(fields: list[str]) -> tuple[str, str]:
    """Return zh/en texts naming missing fields (label and column name)."""
    zh = "、".join(label_zh(f) for f in fields)
    return f"缺少输入：{zh}", f"missing input: {', '.join(fields)}"


def ask_for(fields: list[str]) -> list[tuple[str, str]]:
    """Return the questions asking a person to fill in ``fields``."""
    return [
        (f"请填写{label_zh(f)}", f"fill in the {FIELD_EN.get(f, f)} ({f})")
        for f in fields
    ]


def missing_result(fields: list[str], **values: Any) -> Result:
    """Return a REVIEW naming the missing inputs."""
    zh, en = missing_text(fields)
    return Result(
        "REVIEW",
        zh,
        en,
        values=values,
        missing=list(fields),
        use_template=False,
        decided_zh=zh,
        decided_en=en,
        questions=ask_for(fields),
    )


def code_in(code: str, codes: list[str]) -> bool:
    """Return whether ``code`` equals or starts with one of ``codes``."""
    return any(code == c or code.startswith(c) for c in codes)
