"""Producer-service editions (2015/2019) and statistics by the policy's five sectors."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import shapely

from layers.enterprises.assignment import assign_zones
from layers.enterprises.importer import ImportOptions, prepare_import
from layers.enterprises.mapping import parse_category
from layers.enterprises.ps_categories import (
    SECTORS,
    category_names,
    resolve_editions,
    sector_names,
    sector_of_category,
)
from layers.enterprises.statistics import (
    category_table,
    sector_table,
    sector_totals,
    stats_by_zone,
)
from tests.layers.enterprises_fixtures import hand_enterprises, hand_zones

HEADER = "企业名称,统一社会信用代码,经度,纬度,生产性服务业类别,分类版本\n"
ROWS = [
    "京华信息科技有限公司,91110108MA000001X5,116.33011126,39.98307214,{cat},{ed}",
    "金街投资管理有限公司,91110102MA000002XF,116.37301360,39.91880157,{cat2},{ed2}",
]


def _csv(
    tmp_path: Path, cat: str, ed: str, cat2: str, ed2: str, header: str = HEADER
) -> Path:
    path = tmp_path / "firms.csv"
    body = "\n".join(r.format(cat=cat, ed=ed, cat2=cat2, ed2=ed2) for r in ROWS)
    path.write_text(header + body + "\n", encoding="utf-8")
    return path


def test_category_names_of_both_editions_differ_where_the_editions_do() -> None:
    new, old = category_names("2019"), category_names("2015")
    differ = sorted(c for c in new if new[c] != old[c])
    assert differ == ["02", "08", "09"]
    with pytest.raises(ValueError, match="unknown edition"):
        category_names("2017")


def test_parse_category_reads_2015_and_2019_names() -> None:
    got = parse_category(
        pd.Series(
            ["批发经纪代理服务", "批发与贸易经纪代理服务", "人力资源管理与培训服务"]
        )
    )
    assert got.tolist() == ["09", "09", "08"]


def test_import_records_the_edition_from_a_column(tmp_path: Path) -> None:
    path = _csv(tmp_path, "03", "2015版", "04", "2019")
    r = prepare_import(path, ImportOptions(coords="wgs84"))
    assert r.frame["ps_edition"].tolist() == ["2015", "2019"]
    assert not any("edition" in n for n in r.notes)


def test_import_infers_the_edition_from_an_edition_only_name(tmp_path: Path) -> None:
    header = HEADER.replace(",分类版本", "")
    path = tmp_path / "firms.csv"
    body = "\n".join(r.rsplit(",", 1)[0] for r in ROWS)
    body = body.format(cat="批发经纪代理服务", cat2="信息服务")
    path.write_text(header + body + "\n", encoding="utf-8")
    r = prepare_import(path, ImportOptions(coords="wgs84"))
    assert r.frame["category"].tolist() == ["09", "03"]
    assert r.frame["ps_edition"].tolist() == ["2015", "2019"]
    assert "classification edition assumed 2019 for 1 row(s)" in r.notes
    chosen = prepare_import(path, ImportOptions(coords="wgs84", ps_edition="2015"))
    assert chosen.frame["ps_edition"].tolist() == ["2015", "2015"]
    assert "classification edition 2015 (chosen) for 1 row(s)" in chosen.notes


def test_import_reports_an_unreadable_edition_by_row(tmp_path: Path) -> None:
    path = _csv(tmp_path, "03", "2017", "04", "")
    r = prepare_import(path, ImportOptions(coords="wgs84"))
    bad = r.problems[r.problems["field"] == "ps_edition"]
    assert bad["row"].tolist() == [2] and "2015 or 2019" in bad["reason"].iloc[0]
    assert r.frame["credit_code"].tolist() == ["91110102MA000002XF"]


def test_resolve_editions_keeps_explicit_over_inferred() -> None:
    ed, bad, note = resolve_editions(
        pd.Series(["2019", ""]), pd.Series(["批发经纪代理服务", "批发经纪代理服务"])
    )
    assert ed.tolist() == ["2019", "2015"] and not bad.any() and note == ""


def test_crosswalk_puts_every_category_in_one_sector() -> None:
    sector = sector_of_category()
    assert sorted(sector) == [f"{i:02d}" for i in range(1, 11)]
    assert set(sector.values()) <= set(SECTORS)
    assert list(sector_names()) == list(SECTORS)
    assert (
        sector_names()["circulation"] == "流通"
        and sector_names("en")["finance"] == "Finance"
    )


def test_sector_table_regroups_category_counts() -> None:
    ent, zones = hand_enterprises(), hand_zones()
    g = ent.geometry.values
    ent["zone_codes"] = assign_zones(shapely.get_x(g), shapely.get_y(g), zones)
    stats = stats_by_zone(ent, zones)
    sec = sector_table(stats)
    assert list(sec.columns) == list(SECTORS)
    # SMALL holds categories 01, 01, 04: technology 2, finance 1
    assert sec.loc["SMALL"].to_dict() == {
        "finance": 1,
        "information": 0,
        "technology": 2,
        "business": 0,
        "circulation": 0,
        "other": 0,
    }
    assert (sec.sum(axis=1) == category_table(stats).sum(axis=1)).all()
    shares = sector_table(stats, shares=True)
    assert shares.loc["SMALL", "technology"] == pytest.approx(2 / 3)
    assert shares.loc["FAR"].sum() == 0.0  # an empty zone has no shares


def test_sector_totals_over_all_enterprises() -> None:
    tot = sector_totals(hand_enterprises())
    assert tot.loc["technology", "count"] == 2 and tot.loc["business", "count"] == 1
    assert tot.loc["information", "employees"] == 40
    assert list(tot.index) == list(SECTORS)
