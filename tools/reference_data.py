"""Hand-curated reference data written out by build_reference.py.

Sources: shared/domain/landuse_codes.csv (the level-3 industrial codes below).
The GB/T 4754 crosswalk lives in tools/gbt4754_data.py; the rules and the sample
catalogue in tools/rules_data.py (built by tools/build_rules.py).
"""

from __future__ import annotations

# Level-3 codes of 1001 (工业用地) the rules file lists as industrial.
EXTRA_LANDUSE_ROWS = [
    {
        "system": "2023 guide",
        "code": code,
        "level": "3",
        "name_zh": name_zh,
        "name_en": name_en,
        "parent_code": "1001",
        "conversion_role": "conversion_source",
        "role_note": "",
        "confidence": "medium",
        "source": "domain/landuse_codes.csv note on 1001 (from memory, verify)",
        "notes": "added by tools/build_reference.py; verify against the 2023 guide",
    }
    for code, name_zh, name_en in [
        ("100101", "一类工业用地", "Class-1 industrial"),
        ("100102", "二类工业用地", "Class-2 industrial"),
        ("100103", "三类工业用地", "Class-3 industrial"),
    ]
]
