"""Shipped rules file and reference tables agree with the seed policy."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "resources" / "rules" / "conversion_rules_v1.json"
REF = ROOT / "resources" / "reference"
SEED = ROOT.parent / "shared" / "domain" / "seed_policy_2016.txt"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def rules() -> dict:
    return json.loads(RULES.read_text(encoding="utf-8"))


def test_rules_file_has_r1_to_r7_with_outcomes(rules):
    assert rules["version"] == "2016.1"
    assert [r["id"] for r in rules["rules"]] == [f"R{i}" for i in range(1, 8)]
    for rule in rules["rules"]:
        assert rule["title_zh"] and rule["title_en"] and rule["inputs"]
        assert {"PASS", "REVIEW"} <= set(rule["outcomes"])
        assert rule["clause"].endswith(")")
    assert rules["rules"][1]["thresholds"]["hard_cap_increment_pct"] is None


def test_rules_clause_texts_are_verbatim_from_the_seed(rules):
    if not SEED.exists():
        pytest.skip("shared/domain/seed_policy_2016.txt not beside the repo")
    seed = SEED.read_text(encoding="utf-8")
    for rule in rules["rules"]:
        assert rule["clause_text_zh"] in seed, rule["id"]
        for extra in rule.get("related_clauses", []):
            assert extra["text_zh"] in seed, rule["id"]


def test_rules_industrial_codes_exist_in_landuse_table(rules):
    codes = {(r["system"], r["code"]): r for r in _rows(REF / "landuse_codes.csv")}
    for system, listed in rules["industrial_codes"].items():
        for code in listed:
            assert codes[(system, code)]["conversion_role"] == "conversion_source"


def test_reference_tables_are_consistent():
    ps_codes = {r["code"] for r in _rows(REF / "producer_services.csv")}
    assert ps_codes == {f"{i:02d}" for i in range(1, 11)}
    mapping = _rows(REF / "gbt4754_to_ps.csv")
    assert {r["ps_code"] for r in mapping if r["match"] != "excluded"} <= ps_codes
    assert all(r["ps_code"] == "" for r in mapping if r["match"] == "excluded")
    assert len({r["gbt4754_code"] for r in mapping}) == len(mapping)
    catalogue = _rows(ROOT / "resources" / "rules" / "catalogue.csv")
    assert {r["edition"] for r in catalogue} == {"2015", "2018"}
    assert {r["level"] for r in catalogue} <= {"禁止", "限制", "不列入"}
    assert {r["confidence"] for r in catalogue} == {"to verify"}
