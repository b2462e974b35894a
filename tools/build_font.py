"""Build the bundled Simplified-Chinese UI/label font from Debian's Noto Sans CJK.

Extracts the ``Noto Sans CJK SC`` face from the Debian ``fonts-noto-cjk`` TTC
collections, subsets it to what a Simplified-Chinese GIS needs and writes
``resources/fonts/NotoSansSC-{Regular,Bold}.otf`` plus ``OFL.txt``.

Run (tools-only; needs ``apt-get install fonts-noto-cjk``)::

    .venv/bin/python tools/build_font.py

The bundled face is renamed "ZonePlanner Sans SC" (an OFL Modified Version may
rename; Noto CJK declares no Reserved Font Name, see resources/fonts/README.md).
Keeping the upstream name made Qt pick a system-wide copy of Noto Sans CJK SC
when one is installed, so PDFs embedded that font instead of ours and their
text layer mapped ideographs to Kangxi radicals.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "resources" / "fonts"
NOTO_DIR = Path("/usr/share/fonts/opentype/noto")
DEBIAN_COPYRIGHT = Path("/usr/share/doc/fonts-noto-cjk/copyright")
FACE_FAMILY = "Noto Sans CJK SC"
BUNDLED_FAMILY = "ZonePlanner Sans SC"

WEIGHTS = {
    "Regular": NOTO_DIR / "NotoSansCJK-Regular.ttc",
    "Bold": NOTO_DIR / "NotoSansCJK-Bold.ttc",
}

# (first, last) code points, inclusive.
UNICODE_RANGES: list[tuple[int, int]] = [
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1 Supplement (incl. ² ³ ° ± × ÷ µ ·)
    (0x0100, 0x017F),  # Latin Extended-A (pinyin tone vowels ā é ǐ ...)
    (0x01CD, 0x01DC),  # pinyin caron vowels ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ
    (0x02C6, 0x02DD),  # spacing modifiers (tone marks)
    (0x0391, 0x03C9),  # Greek (α, β, Δ, μ in formulas)
    (0x2000, 0x206F),  # General Punctuation
    (0x2070, 0x209F),  # super/subscripts
    (0x20AC, 0x20AC),  # euro sign
    (0x2100, 0x214F),  # letterlike symbols (℃, №, ℡)
    (0x2150, 0x218F),  # number forms (Ⅰ Ⅱ Ⅲ)
    (0x2190, 0x21FF),  # arrows (north arrow, legends)
    (0x2200, 0x22FF),  # mathematical operators (≤ ≥ ≈ ≠)
    (0x2460, 0x24FF),  # enclosed alphanumerics (① ②)
    (0x25A0, 0x25FF),  # geometric shapes (■ □ ▲ ● ○)
    (0x2600, 0x2605),  # ★ ☆ used as map symbols
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0x3200, 0x32FF),  # enclosed CJK (㈠)
    (0x3300, 0x33FF),  # CJK compatibility (㎡ ㎞ ㏊)
    (0x3400, 0x4DBF),  # CJK Unified Ideographs Extension A (rare place names)
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
]

# Horizontal text only; 'locl' would pull in the JP/KR/TC alternates of the
# shared glyph set and roughly double the file.
LAYOUT_FEATURES = ["kern", "palt", "liga", "ccmp", "mark", "mkmk", "calt"]

REQUIRED_TEXT = "北京市海淀区中关村科学城金融街丽泽新首钢曹妃甸张承范围示意²·亩"


def _codepoints() -> list[int]:
    cps: list[int] = []
    for first, last in UNICODE_RANGES:
        cps.extend(range(first, last + 1))
    return cps


def _sc_face(ttc_path: Path) -> TTFont:
    """Return the SC face (proportional, not Mono) of a Noto CJK collection."""
    collection = TTCollection(str(ttc_path), lazy=False)
    for font in collection.fonts:
        if font["name"].getDebugName(1) == FACE_FAMILY:
            return font
    raise SystemExit(f"no '{FACE_FAMILY}' face in {ttc_path}")


def build_weight(weight: str, ttc_path: Path, out_path: Path) -> int:
    """Subset one weight; return the size of the written file in bytes."""
    font = _sc_face(ttc_path)
    options = subset.Options()
    options.layout_features = LAYOUT_FEATURES
    options.hinting = False
    options.glyph_names = False
    options.desubroutinize = False
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["vhea", "vmtx", "VORG", "BASE"]
    subsetter = subset.Subsetter(options=options)
    subsetter.populate(unicodes=_codepoints())
    subsetter.subset(font)
    _rename(font, weight)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(out_path))
    return out_path.stat().st_size


def _rename(font: TTFont, weight: str) -> None:
    """Give the subset its own family name so no system font shadows it."""
    names = {
        1: BUNDLED_FAMILY,
        2: weight,
        3: f"{BUNDLED_FAMILY.replace(' ', '')}-{weight};subset of {FACE_FAMILY}",
        4: f"{BUNDLED_FAMILY} {weight}",
        6: f"{BUNDLED_FAMILY.replace(' ', '')}-{weight}",
        16: BUNDLED_FAMILY,
        17: weight,
    }
    table = font["name"]
    table.names = [r for r in table.names if r.nameID not in names]
    for name_id, text in names.items():
        table.setName(text, name_id, 3, 1, 0x409)
        table.setName(text, name_id, 1, 0, 0)
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [names[6]]
        top = cff.topDictIndex[0]
        top.FullName = names[4]
        top.FamilyName = BUNDLED_FAMILY


def check_font(path: Path) -> None:
    """Open ``path`` again and fail if a required glyph is missing."""
    font = TTFont(str(path))
    cmap = font.getBestCmap()
    missing = [ch for ch in REQUIRED_TEXT if ord(ch) not in cmap]
    if missing:
        raise SystemExit(f"{path.name}: missing glyphs {''.join(missing)}")
    print(f"  {path.name}: {len(cmap)} code points, {font['maxp'].numGlyphs} glyphs")


def write_ofl(out_path: Path, regular: Path) -> None:
    """Write OFL.txt: the font's own copyright line + the OFL 1.1 text from Debian."""
    text = DEBIAN_COPYRIGHT.read_text(encoding="utf-8")
    match = re.search(r"^License: SIL-1\.1\n((?: .*\n)+)", text, re.MULTILINE)
    if not match:
        raise SystemExit("OFL text not found in the Debian copyright file")
    lines = []
    for line in match.group(1).splitlines():
        body = line[1:]
        lines.append("" if body == "." else body)
    copyright_line = TTFont(str(regular))["name"].getDebugName(0)
    header = (
        f"Noto Sans CJK SC (subset bundled as NotoSansSC-*.otf)\n"
        f"{copyright_line}\n"
        "Noto is a trademark of Google Inc.\n\n"
        "This Font Software is licensed under the SIL Open Font License, "
        "Version 1.1.\n"
        "This license is copied below, and is also available with a FAQ at:\n"
        "https://openfontlicense.org\n\n"
    )
    out_path.write_text(header + "\n".join(lines).rstrip() + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    parser.add_argument("--no-bold", action="store_true")
    args = parser.parse_args(argv)
    for weight, ttc in WEIGHTS.items():
        if weight == "Bold" and args.no_bold:
            continue
        out = args.out / f"NotoSansSC-{weight}.otf"
        size = build_weight(weight, ttc, out)
        print(f"{out}: {size / 1e6:.2f} MB")
        check_font(out)
    write_ofl(args.out / "OFL.txt", args.out / "NotoSansSC-Regular.otf")
    return 0


if __name__ == "__main__":
    sys.exit(main())
