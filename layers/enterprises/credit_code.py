"""GB 32100-2015 unified social credit code (统一社会信用代码): check and validate.

The code has 18 characters from a 31-character alphabet (digits and upper-case
letters without I, O, Z, S, V). Character 18 is a check character computed from
the first 17 with weights ``3**i mod 31``::

    check = 31 - (sum(value(c_i) * w_i) mod 31); 31 -> 0

Examples
--------
>>> check_digit("91110108551385082")
'Q'
>>> validate("91110108551385082Q") is None
True
>>> validate("91110108551385082A")
'wrong check digit (expected Q)'
"""

from __future__ import annotations

import numpy as np
import pandas as pd

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
_LUT = np.full(256, -1, dtype=np.int16)
for _c, _v in _VALUE.items():
    _LUT[ord(_c)] = _v
_W = np.array(WEIGHTS, dtype=np.int64)


def check_digit(code17: str) -> str:
    """Return the check character for the first 17 characters of a code.

    Raises ``ValueError`` if ``code17`` is not 17 characters of the alphabet.
    """
    code17 = code17.strip().upper()
    if len(code17) != 17:
        raise ValueError(f"need 17 characters, got {len(code17)}")
    try:
        total = sum(_VALUE[c] * w for c, w in zip(code17, WEIGHTS, strict=True))
    except KeyError as exc:
        raise ValueError(f"bad character {exc.args[0]!r}") from None
    return ALPHABET[(31 - total % 31) % 31]


def normalize(code: object) -> str:
    """Return ``code`` stripped and upper-cased ('' for None/NaN)."""
    if code is None or (isinstance(code, float) and np.isnan(code)):
        return ""
    return str(code).strip().upper()


def validate(code: object) -> str | None:
    """Return None if ``code`` is a valid credit code, else the reason.

    Reasons: ``empty``, ``length N (need 18)``, ``bad character 'X' at
    position N`` (1-based), ``wrong check digit (expected X)``.
    """
    s = normalize(code)
    if not s:
        return "empty"
    if len(s) != 18:
        return f"length {len(s)} (need 18)"
    for i, c in enumerate(s, start=1):
        if c not in _VALUE:
            return f"bad character {c!r} at position {i}"
    expected = check_digit(s[:17])
    if s[17] != expected:
        return f"wrong check digit (expected {expected})"
    return None


def validate_many(codes: pd.Series) -> pd.Series:
    """Return a Series of reasons (None where valid), aligned with ``codes``.

    Vectorised: the common case (18 ASCII characters) is checked with numpy;
    only failing rows fall back to :func:`validate` to word the reason.
    """
    s = codes.astype("string").fillna("").str.strip().str.upper()
    out = pd.Series([None] * len(s), index=codes.index, dtype=object)
    if len(s) == 0:
        return out
    arr = s.to_numpy(dtype=str)
    lens = np.char.str_len(arr) if arr.size else np.empty(0, int)
    ok_len = lens == 18
    good = np.zeros(len(arr), dtype=bool)
    idx = np.flatnonzero(ok_len)
    if idx.size:
        raw = np.array([a.encode("ascii", "replace") for a in arr[idx]], dtype="S18")
        b = np.frombuffer(raw.tobytes(), dtype=np.uint8).reshape(-1, 18)
        vals = _LUT[b].astype(np.int64)
        chars_ok = (vals >= 0).all(axis=1)
        total = (vals[:, :17] * _W).sum(axis=1)
        chk = (31 - total % 31) % 31
        good[idx] = chars_ok & (chk == vals[:, 17])
    bad = np.flatnonzero(~good)
    if bad.size:
        out.iloc[bad] = [validate(c) for c in arr[bad]]
    return out


def make_code(prefix2: str, region6: str, org9: str) -> str:
    """Return an 18-character code from its parts with the check digit appended.

    ``prefix2`` is the registering department and organisation type (``"91"``
    for an enterprise registered with market regulation), ``region6`` the
    administrative division code, ``org9`` the organisation body.
    """
    body = f"{prefix2}{region6}{org9}".upper()
    return body + check_digit(body)


def make_codes(
    region6: np.ndarray, serial: np.ndarray, prefix2: str = "91"
) -> np.ndarray:
    """Return codes (object array) for district codes and unique serial numbers.

    Vectorised for demo data: the 9-character body is ``serial`` written in the
    code's 31-character alphabet, so distinct serials give distinct codes.
    """
    serial = np.asarray(serial, dtype=np.int64)
    n = serial.size
    digits = np.empty((n, 9), dtype=np.int64)
    rem = serial.copy()
    for k in range(8, -1, -1):
        digits[:, k] = rem % 31
        rem //= 31
    pre = np.array([[_VALUE[c] for c in prefix2]] * n, dtype=np.int64).reshape(n, 2)
    reg = np.array([[_VALUE[c] for c in str(r)] for r in region6], dtype=np.int64)
    reg = reg.reshape(n, 6)
    vals = np.concatenate([pre, reg, digits], axis=1)
    chk = (31 - (vals * _W).sum(axis=1) % 31) % 31
    full = np.concatenate([vals, chk[:, None]], axis=1)
    alpha = np.frombuffer(ALPHABET.encode(), dtype=np.uint8)
    chars = alpha[full].astype(np.uint8)
    return np.array(chars.view("S18").ravel().astype(str), dtype=object)
