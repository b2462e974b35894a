"""A safe attribute expression language for selections: tokenizer and parser.

The expression language is a small SQL-like subset parsed here into a tree and
evaluated vectorised with pandas on a layer's attribute table. Nothing the user
types is passed to ``eval`` or to the database: every token must be a literal,
a field name, or one of the keywords and operators below.

Grammar (keywords are case-insensitive)::

    expr      := or
    or        := and ("or" and)*
    and       := not ("and" not)*
    not       := "not" not | predicate
    predicate := sum [ cmp sum
                     | ["not"] "like" sum | ["not"] "ilike" sum
                     | ["not"] "in" "(" sum ("," sum)* ")"
                     | ["not"] "between" sum "and" sum
                     | "is" ["not"] "null" ]
    cmp       := "=" | "==" | "!=" | "<>" | "<" | "<=" | ">" | ">="
    sum       := product (("+" | "-") product)*
    product   := unary (("*" | "/") unary)*
    unary     := "-" unary | atom
    atom      := number | 'string' | field | "quoted field" | "(" expr ")"
                 | "true" | "false" | "null"

Examples
--------
>>> parse_expression("employees >= 100").op
'>='
>>> try:
...     parse_expression("1; DROP TABLE zones")
... except ExpressionError as exc:
...     print(exc)
unexpected character ';' (at position 2)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

KEYWORDS = frozenset(
    {
        "and",
        "or",
        "not",
        "like",
        "ilike",
        "in",
        "between",
        "is",
        "null",
        "true",
        "false",
    }
)
_CMP = ("<=", ">=", "<>", "!=", "==", "=", "<", ">")
_TOKEN_RE = re.compile(
    r"""(?P<ws>\s+)
      |(?P<num>(?:\d+\.\d*|\.\d+|\d+)(?:[eE][+-]?\d+)?)
      |(?P<str>'(?:[^']|'')*')
      |(?P<qid>"(?:[^"]|"")+")
      |(?P<id>[^\W\d]\w*)
      |(?P<op><=|>=|<>|!=|==|=|<|>|\(|\)|,|\+|-|\*|/)""",
    re.VERBOSE,
)


class ExpressionError(ValueError):
    """A syntax or semantic error in a selection expression.

    Attributes
    ----------
    position : int
        0-based character offset of the problem in the expression text.
    """

    def __init__(self, message: str, position: int) -> None:
        super().__init__(f"{message} (at position {position + 1})")
        self.message = message
        self.position = position


@dataclass(frozen=True)
class Token:
    """One lexical token: kind is num, str, id, kw, op or end."""

    kind: str
    value: Any
    pos: int


@dataclass(frozen=True)
class Node:
    """A node of the expression tree: ``op`` names it, ``args`` are children."""

    op: str
    args: tuple[Any, ...]
    pos: int


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens; raise ExpressionError on a stray character."""
    out: list[Token] = []
    pos = 0
    while pos < len(text):
        m = _TOKEN_RE.match(text, pos)
        if m is None:
            ch = text[pos]
            if ch == "'":
                raise ExpressionError("unterminated string", pos)
            raise ExpressionError(f"unexpected character {ch!r}", pos)
        kind = m.lastgroup or ""
        raw = m.group()
        if kind == "num":
            out.append(
                Token(
                    "num", float(raw) if any(c in raw for c in ".eE") else int(raw), pos
                )
            )
        elif kind == "str":
            out.append(Token("str", raw[1:-1].replace("''", "'"), pos))
        elif kind == "qid":
            out.append(Token("id", raw[1:-1].replace('""', '"'), pos))
        elif kind == "id":
            low = raw.lower()
            out.append(
                Token("kw", low, pos) if low in KEYWORDS else Token("id", raw, pos)
            )
        elif kind == "op":
            out.append(Token("op", raw, pos))
        pos = m.end()
    out.append(Token("end", None, len(text)))
    return out


class _Parser:
    """Recursive-descent parser over :func:`tokenize` output."""

    def __init__(self, text: str) -> None:
        self.toks = tokenize(text)
        self.i = 0

    @property
    def tok(self) -> Token:
        return self.toks[self.i]

    def _is(self, kind: str, value: Any = None) -> bool:
        t = self.tok
        return t.kind == kind and (value is None or t.value == value)

    def _take(self, kind: str, value: Any = None) -> Token | None:
        if self._is(kind, value):
            self.i += 1
            return self.toks[self.i - 1]
        return None

    def _expect(self, kind: str, value: Any, what: str) -> Token:
        t = self._take(kind, value)
        if t is None:
            raise ExpressionError(
                f"expected {what}, found {_describe(self.tok)}", self.tok.pos
            )
        return t

    def parse(self) -> Node:
        if self._is("end"):
            raise ExpressionError("empty expression", 0)
        node = self._or()
        if not self._is("end"):
            raise ExpressionError(f"unexpected {_describe(self.tok)}", self.tok.pos)
        return node

    def _or(self) -> Node:
        node = self._and()
        while (t := self._take("kw", "or")) is not None:
            node = Node("or", (node, self._and()), t.pos)
        return node

    def _and(self) -> Node:
        node = self._not()
        while (t := self._take("kw", "and")) is not None:
            node = Node("and", (node, self._not()), t.pos)
        return node

    def _not(self) -> Node:
        if (t := self._take("kw", "not")) is not None:
            return Node("not", (self._not(),), t.pos)
        return self._predicate()

    def _predicate(self) -> Node:
        left = self._sum()
        t = self.tok
        if t.kind == "op" and t.value in _CMP:
            self.i += 1
            op = {"==": "=", "<>": "!="}.get(t.value, t.value)
            return Node(op, (left, self._sum()), t.pos)
        if self._take("kw", "is") is not None:
            negate = self._take("kw", "not") is not None
            self._expect("kw", "null", "NULL after IS")
            node = Node("isnull", (left,), t.pos)
            return Node("not", (node,), t.pos) if negate else node
        negate = self._take("kw", "not") is not None
        suffixed = self._suffix(left, t.pos)
        if suffixed is None:
            if negate:
                raise ExpressionError(
                    f"expected LIKE, IN or BETWEEN after NOT, found {_describe(self.tok)}",
                    self.tok.pos,
                )
            return left
        return Node("not", (suffixed,), t.pos) if negate else suffixed

    def _suffix(self, left: Node, pos: int) -> Node | None:
        for kw in ("like", "ilike"):
            if self._take("kw", kw) is not None:
                return Node(kw, (left, self._sum()), pos)
        if self._take("kw", "in") is not None:
            self._expect("op", "(", "'(' after IN")
            items = [self._sum()]
            while self._take("op", ",") is not None:
                items.append(self._sum())
            self._expect("op", ")", "')' to close the IN list")
            return Node("in", (left, *items), pos)
        if self._take("kw", "between") is not None:
            lo = self._sum()
            self._expect("kw", "and", "AND in BETWEEN … AND …")
            return Node("between", (left, lo, self._sum()), pos)
        return None

    def _sum(self) -> Node:
        node = self._product()
        while self.tok.kind == "op" and self.tok.value in ("+", "-"):
            t = self.tok
            self.i += 1
            node = Node(t.value, (node, self._product()), t.pos)
        return node

    def _product(self) -> Node:
        node = self._unary()
        while self.tok.kind == "op" and self.tok.value in ("*", "/"):
            t = self.tok
            self.i += 1
            node = Node(t.value, (node, self._unary()), t.pos)
        return node

    def _unary(self) -> Node:
        if (t := self._take("op", "-")) is not None:
            return Node("neg", (self._unary(),), t.pos)
        return self._atom()

    def _atom(self) -> Node:
        t = self.tok
        if t.kind in ("num", "str"):
            self.i += 1
            return Node("lit", (t.value,), t.pos)
        if t.kind == "kw" and t.value in ("true", "false", "null"):
            self.i += 1
            return Node(
                "lit", ({"true": True, "false": False, "null": None}[t.value],), t.pos
            )
        if t.kind == "id":
            self.i += 1
            if self._is("op", "("):
                raise ExpressionError(
                    f"function calls are not allowed ({t.value}(…))", t.pos
                )
            return Node("field", (t.value,), t.pos)
        if self._take("op", "(") is not None:
            node = self._or()
            self._expect("op", ")", "')'")
            return node
        raise ExpressionError(f"expected a value or field, found {_describe(t)}", t.pos)


def _describe(t: Token) -> str:
    if t.kind == "end":
        return "end of expression"
    if t.kind == "str":
        return f"string '{t.value}'"
    return f"{t.value!r}" if t.kind != "kw" else t.value.upper()


def parse_expression(text: str) -> Node:
    """Parse ``text`` into an expression tree; raise ExpressionError if invalid."""
    return _Parser(text).parse()


def field_names(node: Node) -> list[tuple[str, int]]:
    """Return ``(field, position)`` for every field the tree refers to."""
    if node.op == "field":
        return [(node.args[0], node.pos)]
    return [f for a in node.args if isinstance(a, Node) for f in field_names(a)]
