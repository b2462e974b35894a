"""GB 32100-2015 unified social credit codes."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from layers.enterprises.credit_code import (
    check_digit,
    make_code,
    make_codes,
    validate,
    validate_many,
)

# Published codes of well-known companies (each also passes the check digit).
REAL = [
    "91110108551385082Q",  # 小米科技有限责任公司
    "91110000802100433B",  # 北京百度网讯科技有限公司
    "91440300708461136T",  # 深圳市腾讯计算机系统有限公司
    "91330100799655058B",  # 阿里巴巴(中国)有限公司
]


@pytest.mark.parametrize("code", REAL)
def test_credit_code_real_codes_are_valid(code: str) -> None:
    assert validate(code) is None
    assert check_digit(code[:17]) == code[17]


def test_credit_code_check_digit_31_maps_to_0() -> None:
    # Find a body whose weighted sum is 0 mod 31: the check must be '0', not 31.
    body = next(
        b
        for b in (f"9111010800000{i:04d}" for i in range(10000))
        if check_digit(b) == "0"
    )
    assert validate(body + "0") is None


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("91110108551385082A", "wrong check digit (expected Q)"),
        ("9111010855138508", "length 16 (need 18)"),
        ("91110108551385O82Q", "bad character 'O' at position 15"),
        ("91110108I51385082Q", "bad character 'I' at position 9"),
        ("", "empty"),
        (None, "empty"),
    ],
)
def test_credit_code_reasons(code: str | None, reason: str) -> None:
    assert validate(code) == reason


def test_credit_code_lowercase_and_blanks_accepted() -> None:
    assert validate(" 91110108551385082q ") is None


def test_credit_code_validate_many_matches_scalar() -> None:
    rng = np.random.default_rng(1)
    good = list(make_codes(np.array(["110105"] * 50), rng.integers(0, 31**9, 50)))
    bad = [c[:-1] + ("0" if c[-1] != "0" else "1") for c in good[:10]]
    codes = pd.Series(good + bad + ["短", None, "91110108551385082Z"] + REAL)
    got = validate_many(codes)
    assert got.tolist() == [validate(c) for c in codes]
    assert got.iloc[:50].isna().all() and got.iloc[50:60].notna().all()


def test_credit_code_make_code_is_valid() -> None:
    assert validate(make_code("91", "110108", "MA01234X5")) is None
