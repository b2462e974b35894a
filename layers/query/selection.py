"""Select features by attribute expression and by location, vectorised.

Expressions are parsed by :mod:`layers.query.expression` (no ``eval``, no SQL) and
evaluated here with pandas over a layer's attribute table, using SQL's
three-valued logic: a comparison with NULL is unknown, and unknown rows are not
selected (also under NOT).

Examples
--------
>>> import pandas as pd
>>> df = pd.DataFrame({"category": ["04", "01"], "employees": [150, 20]})
>>> evaluate_expression("category = '04' and employees >= 100", df).tolist()
[True, False]
"""

from __future__ import annotations

import re
from typing import Any, Literal

import numpy as np
import pandas as pd
import shapely

from layers.query.expression import ExpressionError, Node, field_names, parse_expression
from layers.vector_layer import VectorLayer

__all__ = [
    "ExpressionError",
    "evaluate_expression",
    "fids_at_point",
    "parse_expression",
    "select_by_expression",
    "select_within",
]


def _like_regex(pattern: str) -> str:
    out = []
    for ch in pattern:
        out.append(".*" if ch == "%" else "." if ch == "_" else re.escape(ch))
    return "".join(out)


class _Evaluator:
    """Evaluate a tree against a DataFrame.

    Values are Series or Python scalars; conditions are nullable ``boolean``
    Series, whose ``&``, ``|`` and ``~`` follow SQL's three-valued logic.
    """

    def __init__(self, frame: pd.DataFrame, fields: dict[str, str]) -> None:
        self.frame = frame
        self.fields = fields

    def value(self, node: Node) -> Any:
        op = node.op
        if op == "lit":
            return node.args[0]
        if op == "field":
            return self.frame[self.fields[node.args[0]]]
        if op in ("and", "or"):
            a, b = (self.cond(x) for x in node.args)
            return a & b if op == "and" else a | b
        if op == "not":
            return ~self.cond(node.args[0])
        if op == "isnull":
            v = self.value(node.args[0])
            isna = v.isna() if isinstance(v, pd.Series) else v is None
            return self._bool(isna, False)
        if op in ("like", "ilike"):
            return self._like(node)
        if op == "in":
            return self._in(node)
        if op == "between":
            v, lo, hi = (self.value(a) for a in node.args)
            return self._cmp(">=", v, lo, node) & self._cmp("<=", v, hi, node)
        if op in ("=", "!=", "<", "<=", ">", ">="):
            a, b = (self.value(x) for x in node.args)
            return self._cmp(op, a, b, node)
        return self._arith(node)

    def _bool(self, values: Any, na: Any) -> pd.Series:
        """Return a nullable boolean Series, NA where ``na`` is true."""
        n = len(self.frame)
        arr = np.broadcast_to(np.asarray(values, dtype=bool), (n,))
        mask = np.broadcast_to(np.asarray(na, dtype=bool), (n,))
        data = pd.arrays.BooleanArray(arr.copy(), mask.copy())
        return pd.Series(data, index=self.frame.index)

    def cond(self, node: Node) -> pd.Series:
        v = self.value(node)
        if isinstance(v, pd.Series) and (v.dtype == bool or str(v.dtype) == "boolean"):
            return v.astype("boolean")
        if isinstance(v, bool):
            return self._bool(v, False)
        raise ExpressionError("this part is a value, not a condition", node.pos)

    def _numeric(self, v: Any, node: Node) -> Any:
        if isinstance(v, pd.Series):
            if pd.api.types.is_numeric_dtype(v) and v.dtype != bool:
                return v.astype(float)
            return pd.to_numeric(v, errors="coerce").astype(float)
        if v is None or isinstance(v, (int, float)):
            return v
        try:
            return float(v)
        except ValueError:
            raise ExpressionError(f"'{v}' is not a number", node.pos) from None

    def _is_num(self, x: Any) -> bool:
        if isinstance(x, pd.Series):
            return pd.api.types.is_numeric_dtype(x) and x.dtype != bool
        return isinstance(x, (int, float)) and not isinstance(x, bool)

    def _cmp(self, op: str, a: Any, b: Any, node: Node) -> pd.Series:
        if a is None or b is None:
            return self._bool(False, True)  # comparing with NULL is unknown
        if self._is_num(a) or self._is_num(b):
            a, b = self._numeric(a, node), self._numeric(b, node)
            na = _isna(a) | _isna(b)
            a, b = _plain(a), _plain(b)
        else:
            na = _isna(a) | _isna(b)
            a, b = _text(a), _text(b)
        with np.errstate(invalid="ignore"):
            res = _OPS[op](a, b)
        return self._bool(res, na)

    def _like(self, node: Node) -> pd.Series:
        v, pat = (self.value(a) for a in node.args)
        if not isinstance(pat, str):
            raise ExpressionError("LIKE needs a 'pattern' string", node.args[1].pos)
        if not isinstance(v, pd.Series):
            v = pd.Series([v] * len(self.frame), index=self.frame.index)
        flags = re.IGNORECASE if node.op == "ilike" else 0
        s = v.astype("string")
        return s.str.fullmatch(_like_regex(pat), flags=flags).astype("boolean")

    def _in(self, node: Node) -> pd.Series:
        v = self.value(node.args[0])
        items = [self.value(a) for a in node.args[1:]]
        if any(isinstance(x, pd.Series) for x in items):
            raise ExpressionError("IN (…) takes literal values only", node.pos)
        items = [x for x in items if x is not None]
        if not isinstance(v, pd.Series):
            return self._bool(v in items, v is None)
        if self._is_num(v):
            hit = v.isin([self._numeric(x, node) for x in items])
        else:
            hit = v.fillna("").astype(str).isin([str(x) for x in items])
        return self._bool(hit.to_numpy(), v.isna().to_numpy())

    def _arith(self, node: Node) -> Any:
        vals = [self._numeric(self.value(a), a) for a in node.args]
        if any(x is None for x in vals):
            return None
        if node.op == "neg":
            return -vals[0]
        a, b = vals
        if node.op == "/":
            if isinstance(b, (int, float)) and b == 0:
                raise ExpressionError("division by zero", node.pos)
            with np.errstate(divide="ignore", invalid="ignore"):
                return a / b
        if node.op == "+":
            return a + b
        return a - b if node.op == "-" else a * b


_OPS = {
    "=": np.equal,
    "!=": np.not_equal,
    "<": np.less,
    "<=": np.less_equal,
    ">": np.greater,
    ">=": np.greater_equal,
}


def _isna(x: Any) -> Any:
    return x.isna().to_numpy() if isinstance(x, pd.Series) else False


def _text(x: Any) -> Any:
    if isinstance(x, pd.Series):
        return x.fillna("").astype(str).to_numpy(dtype=object)
    return str(x)


def _plain(x: Any) -> Any:
    return x.to_numpy(dtype=float, na_value=np.nan) if isinstance(x, pd.Series) else x


def evaluate_expression(expr: str | Node, frame: pd.DataFrame) -> np.ndarray:
    """Return a boolean mask: which rows of ``frame`` match ``expr``.

    Parameters
    ----------
    expr : str or Node
        Expression text or a tree from :func:`parse_expression`.
    frame : pandas.DataFrame
        The attribute table (a layer's GeoDataFrame).

    Raises
    ------
    ExpressionError
        On a syntax error, an unknown field or a type mismatch.
    """
    node = parse_expression(expr) if isinstance(expr, str) else expr
    geom = getattr(frame, "_geometry_column_name", None)
    columns = [c for c in frame.columns if c != geom]
    folded: dict[str, list[str]] = {}
    for c in columns:
        folded.setdefault(str(c).casefold(), []).append(c)
    resolved: dict[str, str] = {}
    for name, pos in field_names(node):
        if name in columns:
            resolved[name] = name
        elif len(folded.get(name.casefold(), ())) == 1:  # SQL names ignore case
            resolved[name] = folded[name.casefold()][0]
        else:
            fields = ", ".join(str(c) for c in columns)
            raise ExpressionError(f"unknown field '{name}' (fields: {fields})", pos)
    cond = _Evaluator(frame, resolved).cond(node)
    return cond.fillna(False).to_numpy(dtype=bool)


def select_by_expression(frame: pd.DataFrame, expr: str) -> np.ndarray:
    """Return the index values (fids) of rows matching ``expr``."""
    mask = evaluate_expression(expr, frame)
    return np.asarray(frame.index.to_numpy()[mask], dtype=np.int64)


def select_within(
    target: pd.DataFrame, zones_ll: Any, predicate: str = "within"
) -> np.ndarray:
    """Return fids of ``target`` features within (or intersecting) any zone.

    Parameters
    ----------
    target : geopandas.GeoDataFrame
        Features to select from, EPSG:4490 lon/lat.
    zones_ll : array_like of shapely geometries
        The selecting polygons in EPSG:4490 lon/lat.
    predicate : {"within", "intersects"}
        For points both mean "inside or on the boundary" (``contains_xy``).

    Notes
    -----
    Points are tested with ``shapely.contains_xy`` per zone after a bbox
    filter (PERFORMANCE_NOTES.md: ~0.09 s for 1M points and 40 zones).
    """
    geoms = np.asarray(target.geometry.values)
    zones = [z for z in np.asarray(zones_ll, dtype=object).ravel() if z is not None]
    if len(geoms) == 0 or not zones:
        return np.empty(0, dtype=np.int64)
    hit = np.zeros(len(geoms), dtype=bool)
    types = shapely.get_type_id(geoms)
    is_point = types == 0
    if is_point.any():
        x = shapely.get_x(geoms[is_point])
        y = shapely.get_y(geoms[is_point])
        sub = np.zeros(len(x), dtype=bool)
        for z in zones:
            xmin, ymin, xmax, ymax = z.bounds
            cand = np.flatnonzero(
                ~sub & (x >= xmin) & (x <= xmax) & (y >= ymin) & (y <= ymax)
            )
            if cand.size:
                shapely.prepare(z)
                sub[cand] = shapely.intersects_xy(z, x[cand], y[cand])
        hit[is_point] = sub
    if (~is_point).any():
        others = geoms[~is_point]
        tree = shapely.STRtree(others)
        idx = np.flatnonzero(~is_point)
        pred = "within" if predicate == "within" else "intersects"
        _, found = tree.query(np.asarray(zones, dtype=object), predicate=_reverse(pred))
        hit[idx[np.unique(found)]] = True
    return np.asarray(target.index.to_numpy()[hit], dtype=np.int64)


def _reverse(pred: str) -> Literal["contains", "intersects"]:
    """Return the tree-side predicate: tree geoms *within* zone = zone *contains*."""
    reverse: dict[str, Literal["contains", "intersects"]] = {
        "within": "contains",
        "intersects": "intersects",
    }
    return reverse[pred]


def fids_at_point(
    layer: VectorLayer,
    x_ll: float,
    y_ll: float,
    box_ll: tuple[float, float, float, float],
    limit: int = 50,
) -> np.ndarray:
    """Return fids of ``layer``'s features under a clicked point.

    Parameters
    ----------
    layer : VectorLayer
        The layer to query (geometry in EPSG:4490).
    x_ll, y_ll : float
        The click in EPSG:4490 lon/lat.
    box_ll : tuple of float
        The click's pixel tolerance as an EPSG:4490 box (xmin, ymin, xmax, ymax).
    limit : int
        At most this many fids, topmost (last drawn) first.

    Notes
    -----
    Polygons are hit when they contain the point; points and lines when they
    touch the tolerance box. Points use the cached coordinate arrays (no
    tree), other geometries an STRtree cached per layer revision.
    """
    gdf = layer.gdf
    if gdf.empty:
        return np.empty(0, dtype=np.int64)
    xmin, ymin, xmax, ymax = box_ll
    if layer.geometry_type == "point":
        x, y = layer.point_xy_ll()
        hit = np.flatnonzero((x >= xmin) & (x <= xmax) & (y >= ymin) & (y <= ymax))
        if hit.size > 1:  # nearest first
            hit = hit[np.argsort(np.hypot(x[hit] - x_ll, y[hit] - y_ll), kind="stable")]
    else:
        tree = layer.cached("strtree", lambda: shapely.STRtree(gdf.geometry.values))
        probe = shapely.box(xmin, ymin, xmax, ymax)
        cand = np.sort(tree.query(probe))
        geoms = np.asarray(gdf.geometry.values)[cand]
        if layer.geometry_type == "polygon":
            keep = shapely.intersects_xy(geoms, x_ll, y_ll)
        else:
            keep = shapely.intersects(geoms, probe)
        hit = cand[keep][::-1]  # later rows draw on top
    return np.asarray(gdf.index.to_numpy()[hit[:limit]], dtype=np.int64)
