"""Build the reference tables (land-use codes, categories, GB/T 4754 mapping).

Reads the domain files (copies in resources/reference/sources) and writes:

- resources/reference/producer_services.csv
- resources/reference/landuse_codes.csv
- resources/reference/gbt4754_to_ps.csv (rows in tools/gbt4754_data.py)
- resources/reference/ps_sectors.csv, ps_sector_crosswalk.csv (tools/sector_data.py)

The rules file and the sample catalogue are built by tools/build_rules.py.
Every quote of the sector crosswalk is checked to appear verbatim in the seed
(resources/policy/seed_policy_2016.txt); the build fails otherwise. Inputs
default to the repository's copies of the domain files
(resources/reference/sources/), so a clone rebuilds byte for byte.

Run::

    .venv/bin/python tools/build_reference.py [--domain ../shared/domain]
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools import sector_data  # noqa: E402
from tools.gbt4754_data import GBT4754_TO_PS  # noqa: E402
from tools.reference_data import (  # noqa: E402
    EXTRA_LANDUSE_ROWS,
)

DEFAULT_DOMAIN = ROOT / "resources" / "reference" / "sources"
SEED = ROOT / "resources" / "policy" / "seed_policy_2016.txt"
REF_DIR = ROOT / "resources" / "reference"

ROLES = ("conversion_source", "conversion_target", "function_gap_target", "other")
SYSTEM_IDS = {
    "GB 50137-2011": "GB 50137-2011",
    "用地用海分类指南(2023)": "2023 guide",
    "GB/T 21010-2017 土地利用现状分类": "GB/T 21010-2017",
}
SYSTEM_NAMES = {
    "GB 50137-2011": "城市用地分类与规划建设用地标准 GB 50137-2011",
    "2023 guide": "国土空间调查、规划、用途管制用地用海分类指南(2023)",
    "GB/T 21010-2017": "土地利用现状分类 GB/T 21010-2017",
}


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return [
            {k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(f)
        ]


def _write_csv(path: Path, fields: list[str], rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: row.get(k, "") for k in fields})
    print(f"{path.relative_to(ROOT)}: {len(rows)} rows")


def _confidence_word(text: str) -> str:
    word = text.split()[0].lower() if text else "low"
    return word if word in ("high", "medium", "low") else "low"


def _sources(src: dict[str, str]) -> tuple[str, str]:
    """Split the domain row's sources: (2019 names, 2015 names)."""
    urls = [u.strip() for u in src["source_url"].split(";") if u.strip()]
    y2015 = next((u for u in urls if "cndc.net.cn" in u), "")
    y2019 = next((u for u in urls if "nantong" in u), "")
    notes = src["notes"]
    if "from memory" in notes:
        y2019 = "2019 wording from memory, NOT verified (domain notes)"
    elif "assumed unchanged" in notes:
        y2019 = "assumed unchanged from 2015 (not seen in a 2019 text)"
    return y2019, f"{y2015} (2015 scope statement)" if y2015 else ""


def build_producer_services(domain: Path) -> dict[str, str]:
    """Write producer_services.csv (2019 and 2015 names); return {code: name_zh}."""
    rows = []
    for src in _read_csv(domain / "producer_services_2019.csv"):
        source_2019, source_2015 = _sources(src)
        rows.append(
            {
                "code": src["code"].zfill(2),
                "name_zh": src["name_zh_2019"],
                "name_en": src["name_en_working_translation"],
                "name_zh_2015": src["name_zh_2015"],
                "confidence": _confidence_word(src["confidence"]),
                "confidence_2015": "high" if source_2015 else "low",
                "source_2019": source_2019,
                "source_2015": source_2015,
                "notes": src["notes"],
            }
        )
    fields = [
        "code",
        "name_zh",
        "name_en",
        "name_zh_2015",
        "confidence",
        "confidence_2015",
        "source_2019",
        "source_2015",
        "notes",
    ]
    _write_csv(REF_DIR / "producer_services.csv", fields, rows)
    return {r["code"]: r["name_zh"] for r in rows}


def build_sectors(seed_text: str) -> None:
    """Write the five-sector tables after checking their quotes."""
    missing = [q for q in sector_data.quotes() if q not in seed_text]
    if missing:
        raise SystemExit(
            "sector quote not verbatim in the seed:\n" + "\n".join(missing)
        )
    _write_csv(
        REF_DIR / "ps_sectors.csv", sector_data.SECTOR_FIELDS, sector_data.sector_rows()
    )
    _write_csv(
        REF_DIR / "ps_sector_crosswalk.csv",
        sector_data.CROSSWALK_FIELDS,
        sector_data.crosswalk_rows(),
    )


def build_landuse(domain: Path) -> None:
    """Write landuse_codes.csv with one system id per code and a clean role."""
    rows = []
    for src in _read_csv(domain / "landuse_codes.csv"):
        system = SYSTEM_IDS[src["system"]]
        role_raw = src["conversion_role"]
        role = role_raw.split(" ")[0]
        if role not in ROLES:
            raise SystemExit(f"unknown conversion_role {role_raw!r}")
        note = role_raw[len(role) :].strip(" ()")
        rows.append(
            {
                "system": system,
                "system_name": SYSTEM_NAMES[system],
                "code": src["code"],
                "level": src["level"],
                "name_zh": src["name_zh"],
                "name_en": src["name_en"],
                "parent_code": src["parent_code"],
                "conversion_role": role,
                "role_note": note,
                "confidence": _confidence_word(src["confidence"]),
                "source": src["source"],
                "notes": src["notes"],
            }
        )
    for extra in EXTRA_LANDUSE_ROWS:
        rows.append({**extra, "system_name": SYSTEM_NAMES[extra["system"]]})
    fields = [
        "system",
        "system_name",
        "code",
        "level",
        "name_zh",
        "name_en",
        "parent_code",
        "conversion_role",
        "role_note",
        "confidence",
        "source",
        "notes",
    ]
    _write_csv(REF_DIR / "landuse_codes.csv", fields, rows)


def build_gbt4754(ps_names: dict[str, str]) -> None:
    """Write the GB/T 4754-2017 -> producer-service mapping."""
    rows = []
    for code, level, name_zh, ps, match, conf, note in GBT4754_TO_PS:
        rows.append(
            {
                "gbt4754_code": code,
                "level": level,
                "name_zh": name_zh,
                "ps_code": ps,
                "ps_name_zh": ps_names.get(ps, ""),
                "match": match,
                "confidence": conf,
                "notes": note,
            }
        )
    fields = [
        "gbt4754_code",
        "level",
        "name_zh",
        "ps_code",
        "ps_name_zh",
        "match",
        "confidence",
        "notes",
    ]
    _write_csv(REF_DIR / "gbt4754_to_ps.csv", fields, rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--domain", type=Path, default=DEFAULT_DOMAIN)
    args = parser.parse_args(argv)
    ps_names = build_producer_services(args.domain)
    build_landuse(args.domain)
    build_gbt4754(ps_names)
    build_sectors(SEED.read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
