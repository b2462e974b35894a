"""Units planners use for areas and lengths, and the one way to format them.

Every place that shows an area or a length (identify, measure, statistics,
reports, web popups) formats it here, so 亩 is defined once and the wording is
the same everywhere. 1 亩 = 10000/15 m² (the 市亩 of the 1990 unit reform),
1 公顷 = 10,000 m². English text says "mu" only next to 亩, because "mu" alone
means nothing to a reader outside China.
"""

from __future__ import annotations

from typing import Literal

M2_PER_MU = 10000 / 15  # 1 亩 ≈ 666.67 m²
M2_PER_HA = 10_000.0  # 1 公顷
M2_PER_KM2 = 1_000_000.0
M_PER_KM = 1000.0

Lang = Literal["zh", "en"]


def area_units(m2: float) -> tuple[float, float, float]:
    """Return an area given in m² as ``(m², 公顷, 亩)``.

    >>> area_units(20000.0)
    (20000.0, 2.0, 30.0)
    """
    return m2, m2 / M2_PER_HA, m2 / M2_PER_MU


def area_lines(m2: float, lang: Lang = "zh") -> list[str]:
    """Return an area as three lines: m², 公顷 and 亩, each on its own.

    >>> area_lines(123456.0)
    ['123,456 m²', '12.35 公顷', '185.2 亩']
    >>> area_lines(123456.0, "en")
    ['123,456 m²', '12.35 ha', '185.2 亩 (mu)']
    """
    _, ha, mu = area_units(m2)
    if lang == "zh":
        return [f"{m2:,.0f} m²", f"{ha:,.2f} 公顷", f"{mu:,.1f} 亩"]
    return [f"{m2:,.0f} m²", f"{ha:,.2f} ha", f"{mu:,.1f} 亩 (mu)"]


def format_area(m2: float, lang: Lang = "zh", method: str | None = None) -> str:
    """Return an area on one line, largest unit first; ``method`` is appended.

    >>> format_area(123456.0)
    '12.35 公顷 / 185.2 亩 / 123,456 m²'
    >>> format_area(123456.0, "en")
    '12.35 ha / 185.2 亩 (mu) / 123,456 m²'
    >>> format_area(123456.0, method="geodesic")
    '12.35 公顷 / 185.2 亩 / 123,456 m²（geodesic）'
    """
    sq, ha, mu = area_lines(m2, lang)
    text = f"{ha} / {mu} / {sq}"
    if method:
        text += f"（{method}）" if lang == "zh" else f" ({method})"
    return text


def format_area_short(m2: float, lang: Lang = "zh") -> str:
    """Return an area in 公顷 and 亩 only (popups, labels).

    >>> format_area_short(123456.0)
    '12.35 公顷 / 185.2 亩'
    """
    _, ha, mu = area_lines(m2, lang)
    return f"{ha} / {mu}"


def format_area_change(m2: float, lang: Lang = "zh") -> str:
    """Return a signed area change in m² and 亩 (history of an edit).

    >>> format_area_change(1234.5)
    '+1,234 m² / +1.9 亩'
    >>> format_area_change(-20000.0, "en")
    '-20,000 m² / -30.0 亩 (mu)'
    """
    _, _, mu = area_units(m2)
    unit = "亩" if lang == "zh" else "亩 (mu)"
    return f"{m2:+,.0f} m² / {mu:+,.1f} {unit}"


def format_length(m: float, lang: Lang = "zh") -> str:
    """Return a length in km and m.

    >>> format_length(12345.6)
    '12.35 公里 / 12,346 米'
    >>> format_length(12345.6, "en")
    '12.35 km / 12,346 m'
    """
    km = m / M_PER_KM
    if lang == "zh":
        return f"{km:,.2f} 公里 / {m:,.0f} 米"
    return f"{km:,.2f} km / {m:,.0f} m"
