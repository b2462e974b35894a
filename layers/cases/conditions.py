"""Catalogue-row conditions over case fields, evaluated with three values.

A condition reads ``field op value``; a row's conditions are joined with ``;``::

    far < 1.0
    in_plan = 0
    project_facilities has trading_market
    manufacturing_stage in (rd, pilot, design, tech_service)

:meth:`Condition.test` returns True or False when the case says, and None when
the field is empty: the catalogue row then neither fails nor passes the case,
and the question (:meth:`Condition.question`) goes to a person (REVIEW).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from layers.cases.case_fields import FACILITY_KINDS, MANUFACTURING_STAGES, split_codes
from layers.cases.field_labels import FIELD_EN, FIELD_ZH

NUMERIC_OPS = ("<", "<=", ">", ">=")
OPS = (*NUMERIC_OPS, "=", "!=", "in", "has")
_PATTERN = re.compile(
    r"^\s*(?P<field>[a-z_][a-z0-9_]*)\s*"
    r"(?P<op><=|>=|!=|<|>|=|\bin\b|\bhas\b)\s*(?P<value>.+?)\s*$"
)
VALUE_ZH = {**FACILITY_KINDS, **MANUFACTURING_STAGES, "0": "否", "1": "是"}


class ConditionError(ValueError):
    """A condition text that cannot be parsed."""


@dataclass(frozen=True)
class Condition:
    """One ``field op value`` test (values are strings; numbers parsed on use)."""

    field: str
    op: str
    values: tuple[str, ...]
    text: str

    def test(self, value: Any) -> bool | None:
        """Return whether the case value meets the condition; None if unknown.

        >>> parse_condition("far < 1.0").test(0.8)
        True
        >>> parse_condition("in_plan = 0").test(None) is None
        True
        >>> parse_condition("project_facilities has hotel").test("none")
        False
        """
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return None
        if self.op in NUMERIC_OPS:
            try:
                x, lim = float(value), float(self.values[0])
            except (TypeError, ValueError):
                return None
            return {
                "<": x < lim,
                "<=": x <= lim,
                ">": x > lim,
                ">=": x >= lim,
            }[self.op]
        if self.op == "has":
            items = split_codes(value)
            return None if not items else self.values[0] in items
        text = _plain(value)
        if self.op == "in":
            return text in self.values
        return (text == self.values[0]) == (self.op == "=")

    def describe_zh(self) -> str:
        """Return the condition in Chinese words, e.g. ``容积率 < 1.0``."""
        label = FIELD_ZH.get(self.field, self.field)
        vals = "、".join(VALUE_ZH.get(v, v) for v in self.values)
        if self.op == "has":
            return f"{label}包括“{vals}”"
        if self.op == "in":
            return f"{label}属于（{vals}）"
        if self.field in _FLAG_WORDS and self.op in ("=", "!="):
            yes = (self.values[0] == "1") == (self.op == "=")
            return _FLAG_WORDS[self.field][0 if yes else 1]
        return f"{label} {self.op} {vals}"

    def question_zh(self) -> str:
        """Return what a person must answer when the field is empty."""
        label = FIELD_ZH.get(self.field, self.field)
        if self.op == "has":
            return (
                f"{label}：是否包括“{VALUE_ZH.get(self.values[0], self.values[0])}”？"
            )
        if self.field in _FLAG_WORDS:
            return _FLAG_WORDS[self.field][2]
        return f"{label}？（条件：{self.describe_zh()}）"

    def question_en(self) -> str:
        """Return the English question for the same missing answer."""
        label = FIELD_EN.get(self.field, self.field)
        return f"{label}? (condition: {self.text})"


#: Flag fields: (holds-text, fails-text, question) in Chinese.
_FLAG_WORDS = {
    "in_plan": ("已列入规划", "未列入规划", "列入规划？"),
    "heritage_area": (
        "位于历史文化保护区",
        "不在历史文化保护区",
        "是否位于历史文化保护区？",
    ),
}


def _plain(value: Any) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int | float) and float(value).is_integer():
        return str(int(value))
    return str(value).strip().lower()


def parse_condition(text: str) -> Condition:
    """Parse one condition; raise :class:`ConditionError` naming the problem.

    >>> parse_condition("manufacturing_stage in (rd, pilot)").values
    ('rd', 'pilot')
    """
    m = _PATTERN.match(text or "")
    if not m:
        raise ConditionError(f"cannot read condition {text!r} (want: field op value)")
    field, op, raw = m.group("field"), m.group("op"), m.group("value")
    if op == "in":
        if not (raw.startswith("(") and raw.endswith(")")):
            raise ConditionError(f"{text!r}: 'in' needs a list in parentheses")
        values = tuple(v.strip().lower() for v in raw[1:-1].split(",") if v.strip())
    else:
        values = (raw.strip().lower(),)
    if not values or not all(values):
        raise ConditionError(f"{text!r}: no value")
    if op in NUMERIC_OPS:
        try:
            float(values[0])
        except ValueError:
            raise ConditionError(f"{text!r}: {values[0]!r} is not a number") from None
    return Condition(field, op, values, text.strip())


def parse_conditions(text: str | None) -> tuple[Condition, ...]:
    """Parse ``;``-joined conditions (empty text -> no condition)."""
    parts = [p for p in re.split(r"[;；]", text or "") if p.strip()]
    return tuple(parse_condition(p) for p in parts)
