"""Defensive handling of files planners import: sizes, archives, XML, encodings.

Stated limits (also in ``--help`` of ``import-zones``):

- an input file (or archive) is at most :data:`MAX_INPUT_BYTES` (512 MiB);
- an archive (zip, KMZ) holds at most :data:`MAX_MEMBERS` members, expands to
  at most :data:`MAX_UNCOMPRESSED` bytes (1 GiB) in total, and no member may
  expand more than :data:`MAX_RATIO` times (200:1) — checked on the declared
  sizes first and again while extracting, because declared sizes can lie;
- archive member names must stay inside the extraction folder (no absolute
  paths, ``..``, drive letters or links: zip-slip);
- KML, and every XML part of an XLSX workbook, must not contain a DOCTYPE or
  ENTITY declaration (entity expansion and external entities); there is no
  safe reason for either in KML or in a workbook. XLSX parts are scanned
  while they are decompressed, under the same size and ratio limits, before
  openpyxl sees them (and openpyxl then parses through defusedxml).

Archives are extracted into a private temporary folder, never next to the
user's file. Every refusal is an :class:`InputFileError` whose text is one
line naming the file (zone and enterprise importers share them).
"""

from __future__ import annotations

import codecs
import re
import stat
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path, PurePosixPath

MAX_INPUT_BYTES = 512 * 1024**2
MAX_UNCOMPRESSED = 1024**3
MAX_MEMBERS = 2000
MAX_RATIO = 200
_RATIO_MIN_BYTES = 1024**2  # tiny members compress oddly; ratio applies above 1 MiB
_CHUNK = 1024**2


class InputFileError(Exception):
    """An input cannot be imported; ``str()`` is one line naming the file."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path.name}: {problem}")


#: The zone importer's name for the same error.
ZoneImportError = InputFileError


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


def _member_path(path: Path, name: str) -> PurePosixPath:
    """Return an archive member's relative path; raise on a zip-slip name."""
    member = _safe_member(name)
    if member is None:
        raise ZoneImportError(path, f"unsafe member path {name!r} (zip-slip refused)")
    return member


def check_members(path: Path, zf: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """Return the archive's members after the count, path, link and size checks.

    Declared sizes are checked here; :func:`read_member` checks them again
    while decompressing, because declared sizes can lie.
    """
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ZoneImportError(path, f"{len(infos)} members; the limit is {MAX_MEMBERS}")
    total = 0
    for info in infos:
        _member_path(path, info.filename)
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
    return infos


def open_zip(path: Path, what: str = "a readable zip archive") -> zipfile.ZipFile:
    """Return the open zip archive at ``path`` or raise naming the damage."""
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ZoneImportError(path, f"not {what} ({exc})") from None


def extract_archive(path: Path, dest: Path | None = None) -> Path:
    """Extract a zip/KMZ safely into a new temporary folder; return that folder.

    The caller deletes the folder (``shutil.rmtree``) when done.
    """
    with open_zip(path) as zf:
        infos = check_members(path, zf)
        out = dest or Path(tempfile.mkdtemp(prefix="zp-import-"))
        written = 0
        for info in infos:
            target = out.joinpath(*_member_path(path, info.filename).parts)
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "wb") as dst:
                written += _copy_member(
                    zf, info, dst.write, path, MAX_UNCOMPRESSED - written
                )
    return out


def _check_ratio(path: Path, name: str, size: int, packed: int) -> None:
    if size > _RATIO_MIN_BYTES and size > MAX_RATIO * max(packed, 1):
        raise ZoneImportError(
            path,
            f"member {name!r} expands {size / max(packed, 1):,.0f}:1; the limit is "
            f"{MAX_RATIO}:1 (zip bomb?)",
        )


def _copy_member(
    zf: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    sink: Callable[[bytes], object],
    path: Path,
    budget: int,
) -> int:
    """Decompress one member into ``sink`` chunk by chunk, under the limits."""
    n = 0
    try:
        with zf.open(info) as src:
            while chunk := src.read(_CHUNK):
                n += len(chunk)
                if n > info.file_size or n > budget:
                    raise ZoneImportError(
                        path,
                        f"member {info.filename!r} expands beyond its declared size",
                    )
                _check_ratio(path, info.filename, n, info.compress_size)
                sink(chunk)
    except (zipfile.BadZipFile, EOFError, OSError, RuntimeError, zlib.error) as exc:
        raise ZoneImportError(
            path, f"damaged archive member {info.filename!r} ({exc})"
        ) from None
    return n


_XML_DECL = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_XML_REFUSED = (
    "declares a DOCTYPE/ENTITY; entity expansion and external entities are "
    "refused for safety"
)


def _xml_bytes(raw: bytes) -> bytes:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace").encode("utf-8")
    return raw


def check_xml_safe(path: Path, data: bytes | None = None) -> None:
    """Refuse XML with a DOCTYPE/ENTITY declaration (entity expansion, XXE)."""
    raw = _xml_bytes(path.read_bytes() if data is None else data)
    if _XML_DECL.search(raw):
        raise ZoneImportError(path, f"the XML {_XML_REFUSED}")
    if b"<kml" not in raw[:4096].lower() and b"<kml" not in raw.lower():
        raise ZoneImportError(path, "not a KML document (no <kml> element)")


# --- XLSX -------------------------------------------------------------------------
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls (and encrypted .xlsx)
_XLSX_PARTS = ("[Content_Types].xml", "xl/workbook.xml")


class _DeclScanner:
    """Look for ``<!DOCTYPE``/``<!ENTITY`` across chunk boundaries of one part."""

    def __init__(self) -> None:
        self.tail = b""
        self.first = True
        self.found = False

    def __call__(self, chunk: bytes) -> None:
        if self.first:
            chunk = _xml_bytes(chunk)  # a UTF-16 part is small: decode it whole
            self.first = False
        buf = self.tail + chunk
        if _XML_DECL.search(buf):
            self.found = True
        self.tail = buf[-32:]


def _not_xlsx(path: Path, head: bytes) -> ZoneImportError:
    if head.startswith(OLE_MAGIC):
        return ZoneImportError(
            path,
            "is an old Excel 97-2003 (.xls) or password-protected workbook, not "
            "XLSX; save it as .xlsx or .csv in Excel and import that",
        )
    try:
        text = head.decode(detect_text_encoding(head))
    except (UnicodeDecodeError, LookupError):
        text = ""
    if text and "\x00" not in text and re.search(r"[,;\t|]", text):
        return ZoneImportError(
            path,
            "is a text (CSV) file with an .xlsx name; rename it to .csv and "
            "import it again",
        )
    return ZoneImportError(path, "is not an XLSX workbook (not a zip archive)")


def check_xlsx(path: Path) -> None:
    """Refuse an XLSX that is damaged, not a workbook, too big or declares entities.

    Every XML part is decompressed (within :data:`MAX_UNCOMPRESSED` and
    :data:`MAX_RATIO`) and scanned; nothing is written to disk.
    """
    check_file(path)
    with open(path, "rb") as fh:
        head = fh.read(4096)
    if not head.startswith(ZIP_MAGIC):
        raise _not_xlsx(path, head)
    with open_zip(path, "a complete XLSX workbook: damaged or truncated") as zf:
        infos = check_members(path, zf)
        names = {i.filename for i in infos}
        if any(part not in names for part in _XLSX_PARTS):
            raise ZoneImportError(
                path, "is a zip archive but not an Excel workbook (no xl/workbook.xml)"
            )
        budget = MAX_UNCOMPRESSED
        for info in infos:
            if info.is_dir() or not info.filename.endswith((".xml", ".rels", ".vml")):
                continue
            scan = _DeclScanner()
            budget -= _copy_member(zf, info, scan, path, budget)
            if scan.found:
                raise ZoneImportError(path, f"part {info.filename!r} {_XML_REFUSED}")


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
