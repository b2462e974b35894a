"""Bundled CJK font: opens, covers the labels the app draws, stays small."""

from __future__ import annotations

from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
LABELS = "北京市海淀区中关村科学城金融街丽泽新首钢曹妃甸张承范围示意²·亩"


@pytest.mark.parametrize("weight", ["Regular", "Bold"])
def test_font_covers_map_labels(weight):
    path = FONTS / f"NotoSansSC-{weight}.otf"
    assert path.stat().st_size < 12_000_000
    font = TTFont(path, lazy=True)
    cmap = font.getBestCmap()
    assert [ch for ch in LABELS if ord(ch) not in cmap] == []
    assert font["name"].getDebugName(1) == "ZonePlanner Sans SC"


def test_font_ships_its_licence():
    text = (FONTS / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in text
