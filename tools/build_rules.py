"""Build the shipped rules file and the sample catalogue from tools/rules_data.py.

Writes:

- resources/rules/conversion_rules_v2.json  (rules version 2016.2, format 2)
- resources/rules/catalogue_sample.csv      (sample rows, 待核实, file schema of
  layers/cases/catalogue_io.py)

Every clause quote is checked to be verbatim in resources/policy/
seed_policy_2016.txt, and the rules and catalogue are validated by the app's own
loaders, before anything is written.

Run::

    .venv/bin/python tools/build_rules.py
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.rules_data import CATALOGUE_FIELDS, CATALOGUE_ROWS, RULES  # noqa: E402

RULES_DIR = ROOT / "resources" / "rules"
SEED = ROOT / "resources" / "policy" / "seed_policy_2016.txt"


def quotes(rules: dict) -> list[str]:
    """Return every clause quote of a rules document."""
    out: list[str] = []
    for rule in rules["rules"]:
        out.append(rule["clause_text_zh"])
        out += [r["text_zh"] for r in rule.get("related_clauses", [])]
        for lc in (rule.get("thresholds") or {}).get("location_clauses", []):
            out.append(lc["text_zh"])
    out += [c["text_zh"] for c in rules.get("informational_clauses", [])]
    return out


def main() -> int:
    from layers.cases.catalogue_io import parse_catalogue
    from layers.cases.rules import rules_from_doc

    seed = SEED.read_text(encoding="utf-8")
    missing = [q for q in quotes(RULES) if q not in seed]
    if missing:
        raise SystemExit("clause text not verbatim in the seed:\n" + "\n".join(missing))
    ruleset = rules_from_doc(RULES)
    RULES_DIR.mkdir(parents=True, exist_ok=True)
    out = RULES_DIR / "conversion_rules_v2.json"
    tmp = out.with_suffix(".tmp")
    tmp.write_text(json.dumps(RULES, ensure_ascii=False, indent=2) + "\n", "utf-8")
    tmp.replace(out)
    print(f"{out.relative_to(ROOT)}: {len(RULES['rules'])} rules")
    cat = RULES_DIR / "catalogue_sample.csv"
    tmp = cat.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=CATALOGUE_FIELDS, lineterminator="\n")
        w.writeheader()
        for row in CATALOGUE_ROWS:
            w.writerow(
                {k: row.get(k, "") for k in CATALOGUE_FIELDS} | {"verified": "0"}
            )
    parsed = parse_catalogue(tmp, ruleset.inputs("R4"), status="sample")
    if not parsed.ok:
        tmp.unlink()
        raise SystemExit("sample catalogue invalid:\n" + "\n".join(parsed.errors))
    tmp.replace(cat)
    print(f"{cat.relative_to(ROOT)}: {parsed.rows} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
