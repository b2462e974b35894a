"""Find features by name: Chinese, full pinyin or pinyin initials.

"hdy" finds 海淀园, "jrj" 金融街, "haidian" 海淀区. Each layer's index is built
lazily on the first search and rebuilt when the layer's revision changes; a
GUI builds large layers' indexes ahead of time on a worker thread from a
:class:`NameSnapshot` (:func:`snapshot_names`, :func:`build_indexes`) and hands
them to :meth:`NameIndex.adopt`.
Small layers (zones, districts, cases) get phrase-aware pinyin from pypinyin;
large ones (a million enterprises) get pinyin through a per-character table
applied with ``str.translate``, so building stays about a second per million
names and every query is a vectorised pandas substring test.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from layers.vector_layer import VectorLayer

#: Attribute fields tried, in order, as a feature's display name.
NAME_FIELDS = ("name_zh", "name", "名称", "case_no", "name_en")
#: Layers up to this size get phrase-aware pinyin (slower, better heteronyms).
PHRASE_PINYIN_LIMIT = 5000
#: Layers above this size are searched by Chinese/English substring only.
PINYIN_LIMIT = 2_000_000


@dataclass(frozen=True)
class SearchHit:
    """One search result; ``fid`` is the feature's index value in its layer."""

    layer_id: str
    layer_name: str
    fid: int
    name: str
    score: int


def name_field(layer: VectorLayer) -> str | None:
    """Return the attribute that names ``layer``'s features, or None."""
    for f in NAME_FIELDS:
        if f in layer.gdf.columns:
            return f
    return None


def _char_tables(names: pd.Series) -> tuple[dict[int, str], dict[int, str]]:
    """Return str.translate tables: char -> initial, char -> full pinyin."""
    from pypinyin import lazy_pinyin

    chars = set("".join(names.tolist()))
    initials: dict[int, str] = {}
    full: dict[int, str] = {}
    for ch in chars:
        if ch.isascii():
            keep = ch.lower() if ch.isalnum() else ""
            initials[ord(ch)] = full[ord(ch)] = keep
        elif "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf":
            py = lazy_pinyin(ch)[0]
            full[ord(ch)] = py
            initials[ord(ch)] = py[:1]
        else:
            initials[ord(ch)] = full[ord(ch)] = ""
    return initials, full


def pinyin_keys(names: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Return (initials, full pinyin) of ``names``, lowercase, no separators.

    Examples
    --------
    >>> ini, full = pinyin_keys(pd.Series(["海淀园", "金融街"]))
    >>> ini.tolist(), full.tolist()
    (['hdy', 'jrj'], ['haidianyuan', 'jinrongjie'])
    """
    names = names.fillna("").astype(str)
    if len(names) <= PHRASE_PINYIN_LIMIT:
        from pypinyin import Style, lazy_pinyin

        ini = [
            "".join(
                p.lower()
                for p in lazy_pinyin(n, style=Style.FIRST_LETTER)
                if p.isalnum()
            )
            for n in names
        ]
        full = [
            "".join(p.lower() for p in lazy_pinyin(n) if p.isalnum()) for n in names
        ]
        return pd.Series(ini, index=names.index), pd.Series(full, index=names.index)
    t_ini, t_full = _char_tables(names)
    return names.str.translate(t_ini), names.str.translate(t_full)


@dataclass
class _LayerIndex:
    revision: int
    fids: np.ndarray
    names: pd.Series
    lower: pd.Series
    initials: pd.Series | None
    full: pd.Series | None


@dataclass(frozen=True)
class NameSnapshot:
    """A copy of one layer's names, taken on the GUI thread for a worker."""

    layer_id: str
    revision: int
    fids: np.ndarray
    names: pd.Series


def snapshot_names(layer: VectorLayer) -> NameSnapshot | None:
    """Copy ``layer``'s fids and names (None if it has no name field)."""
    field = name_field(layer)
    if field is None:
        return None
    names = layer.gdf[field].fillna("").astype(str).reset_index(drop=True)
    fids = np.array(layer.gdf.index.to_numpy(), dtype=np.int64, copy=True)
    return NameSnapshot(layer.id, layer.revision, fids, names.copy())


def build_layer_index(snap: NameSnapshot) -> _LayerIndex:
    """Build one layer's index from a snapshot (safe on any thread)."""
    names = snap.names
    ini = full = None
    if len(names) <= PINYIN_LIMIT:
        ini, full = pinyin_keys(names)
    return _LayerIndex(snap.revision, snap.fids, names, names.str.lower(), ini, full)


def build_indexes(
    snaps: Sequence[NameSnapshot],
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, _LayerIndex]:
    """Build the indexes of ``snaps`` (layer id -> index); stop early if cancelled."""
    out: dict[str, _LayerIndex] = {}
    for snap in snaps:
        if cancelled is not None and cancelled():
            break
        out[snap.layer_id] = build_layer_index(snap)
    return out


class NameIndex:
    """Search the named features of some layers.

    Parameters
    ----------
    layers : sequence of VectorLayer
        Layers to search, most important first (zones before districts before
        enterprises); ties in score keep this order.
    """

    def __init__(self, layers: Sequence[VectorLayer]) -> None:
        self.layers = list(layers)
        self._indexes: dict[str, _LayerIndex] = {}

    def adopt(self, indexes: dict[str, _LayerIndex]) -> None:
        """Use indexes built elsewhere (e.g. on a worker thread)."""
        self._indexes.update(indexes)

    def stale_layers(self) -> list[VectorLayer]:
        """Return the named layers whose index is missing or out of date."""
        out = []
        for layer in self.layers:
            cached = self._indexes.get(layer.id)
            if name_field(layer) is not None and (
                cached is None or cached.revision != layer.revision
            ):
                out.append(layer)
        return out

    def _index(
        self, layer: VectorLayer, sync_limit: int | None = None
    ) -> _LayerIndex | None:
        cached = self._indexes.get(layer.id)
        if cached is not None and cached.revision == layer.revision:
            return cached
        if sync_limit is not None and layer.feature_count > sync_limit:
            return cached  # the previous index (or none) until a build lands
        snap = snapshot_names(layer)
        if snap is None:
            return None
        idx = build_layer_index(snap)
        self._indexes[layer.id] = idx
        return idx

    def search(
        self, text: str, limit: int = 20, sync_limit: int | None = None
    ) -> list[SearchHit]:
        """Return up to ``limit`` hits for ``text``, best first.

        Scores: 3 exact name, 2 name/pinyin prefix, 1 substring. With
        ``sync_limit``, layers with more features than that are not indexed
        here: their previous index is used (or they are skipped) while a
        worker builds the new one.
        """
        q = text.strip().lower()
        if not q:
            return []
        hits: list[tuple[int, int, int, SearchHit]] = []
        for order, layer in enumerate(self.layers):
            idx = self._index(layer, sync_limit)
            if idx is None:
                continue
            score = _scores(idx, q)
            rows = np.flatnonzero(score > 0)
            if rows.size > limit:
                top = np.argsort(-score[rows], kind="stable")[:limit]
                rows = rows[top]
            for r in rows:
                name = str(idx.names.iat[int(r)])
                hit = SearchHit(
                    layer.id, layer.name, int(idx.fids[r]), name, int(score[r])
                )
                hits.append((-hit.score, order, len(name), hit))
        hits.sort(key=lambda h: h[:3])
        return [h[3] for h in hits[:limit]]


def _scores(idx: _LayerIndex, q: str) -> np.ndarray:
    """Return a score per row of ``idx`` for the lowercase query ``q``."""
    keys = [idx.lower] + [s for s in (idx.initials, idx.full) if s is not None]
    score = np.zeros(len(idx.names), dtype=np.int8)
    for s in keys:
        contains = s.str.contains(q, regex=False).to_numpy(dtype=bool)
        if not contains.any():
            continue
        prefix = np.zeros_like(contains)
        prefix[contains] = s[contains].str.startswith(q).to_numpy(dtype=bool)
        score = np.maximum(score, np.where(prefix, 2, np.where(contains, 1, 0)))
    exact = (idx.lower == q).to_numpy(dtype=bool)
    score[exact] = 3
    return score
