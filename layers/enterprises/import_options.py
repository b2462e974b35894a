"""What the user chose for an enterprise import, and how an import can end early."""

from __future__ import annotations

from dataclasses import dataclass


class ImportCancelledError(Exception):
    """The user cancelled; nothing was written."""


class ImportRejectedError(Exception):
    """The input cannot be imported as asked (one-line reason in ``str()``)."""


@dataclass
class ImportOptions:
    """What the user chose (None = detect/guess)."""

    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    header_row: int | None = None  # index into the raw grid
    mapping: dict[str, str] | None = None  # field -> header
    coords: str | None = None  # per-file system; None: the file's, else WGS84
    layer: str | None = None  # layer of a multi-layer GIS file
    revenue_unit: str | None = None  # 万元 | 元 | 千元 | 亿元; None = from header
    fix_swapped: bool = False  # swap lon/lat where that puts them in the region
    duplicates: str = "skip"  # skip | update (vs the project)
    ps_edition: str | None = None  # 2015 | 2019 for the file; a mapped column wins
