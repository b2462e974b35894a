"""Shipped rules file, sample catalogue and reference tables agree with the seed.

The seed policy is read from the copy the project carries
(resources/policy/seed_policy_2016.txt), so these checks run in any clone.
"""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import pytest

import resources
from db import schema
from layers.cases.case_fields import CASE_FIELDS
from layers.cases.catalogue_io import sample_catalogue
from layers.cases.rules import RULES_FORMAT, default_rules_path, load_rules
from tools.build_rules import quotes

ROOT = Path(__file__).resolve().parents[2]
REF = ROOT / "resources" / "reference"
SHARED_SEED = ROOT.parent / "shared" / "domain" / "seed_policy_2016.txt"
SEED_SHA256 = "ee4e83235294a6295fdd0315b0664d62e189f8635b5c75acc75dd637b6456b73"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def rules() -> dict:
    return json.loads(default_rules_path().read_text(encoding="utf-8"))


def test_rules_file_has_r1_to_r7_with_outcomes(rules):
    assert rules["version"] == "2016.2" and rules["format"] == RULES_FORMAT
    assert [r["id"] for r in rules["rules"]] == [f"R{i}" for i in range(1, 8)]
    for rule in rules["rules"]:
        assert rule["title_zh"] and rule["title_en"] and rule["inputs"]
        assert {"PASS", "REVIEW"} <= set(rule["outcomes"])
        assert rule["clause"].endswith(")")
    assert rules["rules"][1]["thresholds"]["hard_cap_increment_pct"] is None


def test_rules_inputs_are_case_fields_exactly(rules):
    for rule in rules["rules"]:
        unknown = set(rule["inputs"]) - set(CASE_FIELDS)
        assert not unknown, (rule["id"], unknown)
    assert load_rules().version == "2016.2"  # loading validates the same


def test_case_fields_match_the_cases_table():
    assert [*schema.attribute_columns("conversion_cases"), "geometry"] == list(
        CASE_FIELDS
    )


def test_rules_clause_quotes_are_verbatim_in_the_carried_seed(rules):
    seed = resources.policy_text()
    found = quotes(rules)
    assert len(found) >= 10
    for q in found:
        assert q in seed, q


def test_seed_copy_is_the_policy_text():
    data = resources.path("policy", "seed_policy_2016.txt").read_bytes()
    assert hashlib.sha256(data).hexdigest() == SEED_SHA256
    assert "北京市人民政府" in data.decode("utf-8") and "2016年6月29日" in data.decode()
    if SHARED_SEED.exists():  # beside the team's domain folder: still identical
        assert SHARED_SEED.read_bytes() == data


def test_sample_catalogue_is_valid_and_marked_to_verify():
    cat = sample_catalogue(load_rules().inputs("R4"))
    assert [e.edition for e in cat.current()] == ["2015", "2018"]
    assert all(e.sample for e in cat.editions)
    assert all(not r.verified for e in cat.editions for r in e.rows)
    assert {r.level for e in cat.editions for r in e.rows} == {"禁止", "不列入"}


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
