"""What every rule check shares: the context, the result, missing-field texts."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from layers.cases.facts import SiteFacts
from layers.cases.field_labels import FIELD_ZH
from layers.cases.rules import RuleSet

PS_CODES = {f"{i:02d}" for i in range(1, 11)}


@dataclass
class Result:
    """What a check found: outcome, detail texts, numbers used, missing fields."""

    outcome: str
    detail_zh: str = ""
    detail_en: str = ""
    values: dict[str, Any] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    informational: bool = False
    use_template: bool = True


@dataclass
class CheckContext:
    """A case's fields, its facts, the rules and the evaluation date."""

    case: dict[str, Any]
    facts: SiteFacts
    rules: RuleSet
    as_of: str

    def get(self, name: str) -> Any:
        """Return a case field, or None when empty (None, NaN, '', pd.NA)."""
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
        """Return a 0/1 flag as bool, None when unknown."""
        v = self.get(name)
        if v is None:
            return None
        if isinstance(v, str):
            return v.lower() in ("1", "true", "yes", "是", "y")
        return bool(int(v))

    def site_area_m2(self) -> tuple[float | None, str]:
        """Return the site area and where it came from (override needs a reason)."""
        override = self.get("site_area_m2")
        if override is not None and self.get("site_area_override_reason"):
            return float(override), "人工填写（附理由）"
        if self.facts.site_area_m2 > 0:
            return self.facts.site_area_m2, self.facts.area_method
        return None, ""


def missing_text(fields: list[str]) -> tuple[str, str]:
    """Return zh/en texts naming missing fields (label and column name)."""
    zh = "、".join(f"{FIELD_ZH.get(f, f)}({f})" for f in fields)
    return f"缺少输入：{zh}", f"missing input: {', '.join(fields)}"


def _missing_result(fields: list[str], **values: Any) -> Result:
    zh, en = missing_text(fields)
    return Result("REVIEW", zh, en, values=values, missing=fields, use_template=False)


def _code_in(code: str, codes: list[str]) -> bool:
    return any(code == c or code.startswith(c) for c in codes)
