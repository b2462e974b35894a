"""Defensive handling of files planners import: sizes, archives, XML, encodings.

Stated limits (also in ``--help`` of ``import-zones``):

- an input file (or archive) is at most :data:`MAX_INPUT_BYTES` (512 MiB);
- an archive (zip, KMZ) holds at most :data:`MAX_MEMBERS` members, expands to
  at most :data:`MAX_UNCOMPRESSED` bytes (1 GiB) in total, and no member may
  expand more than :data:`MAX_RATIO` times (200:1) — checked on the declared
  sizes first and again while extracting, because declared sizes can lie;
- archive member names must stay inside the extraction folder (no absolute
  paths, ``..``, drive letters or links: zip-slip);
- KML must not contain a DOCTYPE or ENTITY declaration (entity expansion and
  external entities); there is no safe reason for either in KML.

Archives are extracted into a private temporary folder, never next to the
user's file.
"""

from __future__ import annotations

import codecs
import re
import stat
import tempfile
import zipfile
from pathlib import Path, PurePosixPath

MAX_INPUT_BYTES = 512 * 1024**2
MAX_UNCOMPRESSED = 1024**3
MAX_MEMBERS = 2000
MAX_RATIO = 200
_RATIO_MIN_BYTES = 1024**2  # tiny members compress oddly; ratio applies above 1 MiB
_CHUNK = 1024**2


class ZoneImportError(Exception):
    """An input cannot be imported; ``str()`` is one line naming the file."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path.name}: {problem}")


def check_file(path: Path) -> None:
    """Raise ZoneImportError if ``path`` is missing, empty or too large."""
    if not path.exists():
        raise ZoneImportError(path, "no such file")
    if not path.is_file():
        raise ZoneImportError(path, "not a file")
    size = path.stat().st_size
    if size == 0:
        raise ZoneImportError(path, "the file is empty (0 bytes)")
    if size > MAX_INPUT_BYTES:
        raise ZoneImportError(
            path, f"the file is {size / 1024**2:.0f} MiB; the limit is 512 MiB"
        )


def _safe_member(name: str) -> PurePosixPath | None:
    if "\\" in name or name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return None
    p = PurePosixPath(name)
    if any(part == ".." for part in p.parts):
        return None
    return p


def extract_archive(path: Path, dest: Path | None = None) -> Path:
    """Extract a zip/KMZ safely into a new temporary folder; return that folder.

    The caller deletes the folder (``shutil.rmtree``) when done.
    """
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ZoneImportError(path, f"not a readable zip archive ({exc})") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ZoneImportError(
                path, f"{len(infos)} members; the limit is {MAX_MEMBERS}"
            )
        total = 0
        for info in infos:
            if _safe_member(info.filename) is None:
                raise ZoneImportError(
                    path, f"unsafe member path {info.filename!r} (zip-slip refused)"
                )
            if stat.S_ISLNK(info.external_attr >> 16):
                raise ZoneImportError(path, f"member {info.filename!r} is a link")
            total += info.file_size
            _check_ratio(path, info.filename, info.file_size, info.compress_size)
        if total > MAX_UNCOMPRESSED:
            raise ZoneImportError(
                path,
                f"expands to {total / 1024**2:,.0f} MiB; the limit is "
                f"{MAX_UNCOMPRESSED // 1024**2} MiB (zip bomb?)",
            )
        out = dest or Path(tempfile.mkdtemp(prefix="zp-import-"))
        written = 0
        for info in infos:
            target = out.joinpath(*_safe_member(info.filename).parts)  # type: ignore[union-attr]
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            written += _copy_member(zf, info, target, path, MAX_UNCOMPRESSED - written)
    return out


def _check_ratio(path: Path, name: str, size: int, packed: int) -> None:
    if size > _RATIO_MIN_BYTES and size > MAX_RATIO * max(packed, 1):
        raise ZoneImportError(
            path,
            f"member {name!r} expands {size / max(packed, 1):,.0f}:1; the limit is "
            f"{MAX_RATIO}:1 (zip bomb?)",
        )


def _copy_member(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, path: Path, budget: int
) -> int:
    n = 0
    try:
        with zf.open(info) as src, open(target, "wb") as dst:
            while chunk := src.read(_CHUNK):
                n += len(chunk)
                if n > info.file_size or n > budget:
                    raise ZoneImportError(
                        path,
                        f"member {info.filename!r} expands beyond its declared size",
                    )
                _check_ratio(path, info.filename, n, info.compress_size)
                dst.write(chunk)
    except (zipfile.BadZipFile, EOFError, OSError, RuntimeError) as exc:
        raise ZoneImportError(
            path, f"damaged archive member {info.filename!r} ({exc})"
        ) from None
    return n


_XML_DECL = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def check_xml_safe(path: Path, data: bytes | None = None) -> None:
    """Refuse XML with a DOCTYPE/ENTITY declaration (entity expansion, XXE)."""
    raw = path.read_bytes() if data is None else data
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raw = raw.decode("utf-16", errors="replace").encode("utf-8")
    if _XML_DECL.search(raw):
        raise ZoneImportError(
            path,
            "the XML declares a DOCTYPE/ENTITY; entity expansion and external "
            "entities are refused for safety",
        )
    if b"<kml" not in raw[:4096].lower() and b"<kml" not in raw.lower():
        raise ZoneImportError(path, "not a KML document (no <kml> element)")


# --- encodings ------------------------------------------------------------------
_CPG = {
    "utf8": "utf-8",
    "utf-8": "utf-8",
    "65001": "utf-8",
    "gbk": "gbk",
    "936": "gbk",
    "cp936": "gbk",
    "ansi936": "gbk",
    "gb2312": "gbk",
    "gb18030": "gb18030",
    "54936": "gb18030",
    "big5": "big5",
    "950": "big5",
}
_LDID = {0x4D: "gbk", 0x78: "big5", 0x57: None}  # 0x57: "ANSI": unknown


def normalise_encoding(name: str) -> str:
    """Return a Python codec name for a user/.cpg encoding label."""
    key = re.sub(r"[\s_]", "", name.strip().lower())
    enc = _CPG.get(key, key)
    try:
        codecs.lookup(enc)
    except LookupError:
        raise ValueError(f"unknown encoding {name!r}") from None
    return enc


def detect_text_encoding(raw: bytes) -> str:
    """Return utf-8, gb18030 or charset-normalizer's best guess for ``raw``."""
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        raw.decode("gb18030")
        return "gb18030"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:200_000]).best()
    return best.encoding if best is not None else "latin-1"


def dbf_encoding(shp: Path) -> tuple[str, str]:
    """Return (encoding, how) for a shapefile's DBF: from .cpg, LDID or detection."""
    for cpg in (shp.with_suffix(".cpg"), shp.with_suffix(".CPG")):
        if cpg.exists():
            label = cpg.read_text(encoding="ascii", errors="ignore").strip()
            try:
                return normalise_encoding(label), f".cpg ({label})"
            except ValueError:
                break
    dbf = next(
        (p for p in (shp.with_suffix(".dbf"), shp.with_suffix(".DBF")) if p.exists()),
        None,
    )
    if dbf is None:
        raise ZoneImportError(shp, "the .dbf attribute file is missing beside the .shp")
    raw = dbf.read_bytes()
    if len(raw) < 32:
        raise ZoneImportError(dbf, "the .dbf file is truncated")
    header_len = int.from_bytes(raw[8:10], "little")
    body = raw[header_len:]
    ldid = _LDID.get(raw[29])
    if ldid and not _decodes(body, "utf-8"):
        return ldid, "DBF language driver"
    if body.isascii():
        return "utf-8", "ASCII only"
    return (
        "gbk" if (enc := detect_text_encoding(body)) == "gb18030" else enc
    ), "detected"


def _decodes(raw: bytes, enc: str) -> bool:
    try:
        raw.decode(enc)
        return True
    except UnicodeDecodeError:
        return False
