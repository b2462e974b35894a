"""Make the report's text extract as the characters drawn (copy/paste, search).

Qt's PDF engine writes each font's ToUnicode map from a reverse character map in
which a glyph shared by a CJK radical and its ideograph (⼯/工, ⺠/民) is
attributed to the radical, so extracted text shows radicals. Destinations in
``bfrange``/``bfchar`` blocks are rewritten in place to the unified ideograph;
every token keeps its length, so the file's cross-reference offsets stay valid.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

#: CJK Radicals Supplement forms without an NFKC mapping -> unified ideograph.
SUPPLEMENT = {
    0x2E8B: 0x353E,
    0x2E93: 0x5E7A,
    0x2E9F: 0x6BCD,
    0x2EA0: 0x6C11,
    0x2EA7: 0x725B,
    0x2EAA: 0x758B,
    0x2EAE: 0x7AF9,
    0x2EB3: 0x7F52,
    0x2EB7: 0x7F8A,
    0x2EBB: 0x807F,
    0x2EC0: 0x897F,
    0x2EC4: 0x897F,
    0x2EC5: 0x89C1,
    0x2EC6: 0x89D2,
    0x2EC8: 0x8BA0,
    0x2EC9: 0x8D1D,
    0x2ECB: 0x8F66,
    0x2ED1: 0x9577,
    0x2ED3: 0x957F,
    0x2ED4: 0x95E8,
    0x2ED7: 0x96E8,
    0x2ED8: 0x9752,
    0x2ED9: 0x97E6,
    0x2EDA: 0x9875,
    0x2EDB: 0x98CE,
    0x2EDC: 0x98DE,
    0x2EDD: 0x98DF,
    0x2EDF: 0x98E0,
    0x2EE0: 0x9963,
    0x2EE2: 0x9A6C,
    0x2EE4: 0x9B3C,
    0x2EE5: 0x9C7C,
    0x2EE6: 0x9E1F,
    0x2EE8: 0x9EA6,
    0x2EE9: 0x9EC4,
    0x2EEB: 0x6589,
    0x2EEC: 0x9F50,
    0x2EEE: 0x9F7F,
    0x2EF0: 0x9F99,
    0x2EF3: 0x9F9F,
}
_BLOCK = re.compile(rb"begin(bfrange|bfchar)(.*?)end\1", re.S)
_TOKEN = re.compile(rb"<([0-9A-Fa-f]{4})>")


def unified(cp: int) -> int:
    """Return the unified ideograph for a radical/compatibility code point.

    >>> hex(unified(0x2F2F)), hex(unified(0x2EA0)), hex(unified(0x0041))
    ('0x5de5', '0x6c11', '0x41')
    """
    if cp in SUPPLEMENT:
        return SUPPLEMENT[cp]
    if 0x2F00 <= cp <= 0x2FDF or 0xF900 <= cp <= 0xFAFF:
        norm = unicodedata.normalize("NFKC", chr(cp))
        if len(norm) == 1 and ord(norm) <= 0xFFFF:
            return ord(norm)
    return cp


def fix_to_unicode(data: bytes) -> bytes:
    """Return PDF bytes with radical destinations in ToUnicode maps unified."""
    out = bytearray(data)
    for block in _BLOCK.finditer(data):
        skip = 2 if block.group(1) == b"bfrange" else 1  # source tokens per line
        start = block.start(2)
        for line in re.finditer(rb"[^\r\n]+", block.group(2)):
            for tok in list(_TOKEN.finditer(line.group(0)))[skip:]:
                cp = int(tok.group(1), 16)
                new = unified(cp)
                if new != cp:
                    at = start + line.start() + tok.start(1)
                    out[at : at + 4] = f"{new:04X}".encode()
    return bytes(out)


def fix_pdf_file(path: str | Path) -> None:
    """Rewrite a PDF file's ToUnicode maps in place (see :func:`fix_to_unicode`)."""
    p = Path(path)
    data = p.read_bytes()
    fixed = fix_to_unicode(data)
    if fixed != data:
        p.write_bytes(fixed)
