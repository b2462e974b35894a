"""Zone kinds, platforms, focus sources and "as of" views (layers.zones)."""

from __future__ import annotations

import doctest
import importlib
import json
from datetime import date

import geopandas as gpd
import pandas as pd
import pytest
import shapely

from layers.layer_specs import (
    FUNCTIONAL_LAYER_KINDS,
    KIND_NAMES_ZH,
    default_layer_specs,
)
from layers.zones.as_of import VERSION_COLUMN, date_bound, in_force, zones_as_of
from layers.zones.focus import (
    FocusSource,
    focus_problems,
    focus_table,
    format_focus_source,
    parse_focus_source,
    zones_focusing_on,
)
from layers.zones.zone_fields import (
    KINDS,
    PLATFORMS_4N,
    attribute_warnings,
    kind_from_text,
    validate_attributes,
)

VALID = {"code": "X1", "name_zh": "测试", "boundary_status": "official"}


@pytest.mark.parametrize(
    "name",
    [
        "layers.zones.focus",
        "layers.zones.as_of",
        "layers.zones.zone_fields",
        "layers.enterprises.ps_categories",
    ],
)
def test_refdata_doctests_pass(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0 and result.attempted > 0


def test_kind_labels_say_what_the_seed_says() -> None:
    assert KIND_NAMES_ZH["functional_area"] == "高端产业功能区"
    assert KIND_NAMES_ZH["development_area"] == "产业发展新区"
    assert "new_area" not in KINDS and set(KIND_NAMES_ZH) == set(KINDS)
    assert kind_from_text("新区/开发区") == "functional_area"  # old exports
    assert kind_from_text("New industrial development area") == "development_area"


def test_layer_split_by_kind_covers_every_kind_once() -> None:
    specs = [s for s in default_layer_specs() if s.table == "zones"]
    split = [k for s in specs for k in s.where["kind"]]
    assert sorted(split) == sorted(KINDS)
    fa = next(s for s in specs if s.key == "functional_areas")
    assert tuple(fa.where["kind"]) == FUNCTIONAL_LAYER_KINDS
    assert {c.value for c in fa.style.categories} == set(FUNCTIONAL_LAYER_KINDS)
    fac = next(s for s in default_layer_specs() if s.key == "facilities")
    assert fac.table == "facilities" and fac.geometry_type == "point"


def test_platform_is_only_for_cooperation_platforms() -> None:
    plat = {**VALID, "kind": "cooperation_platform"}
    for key in PLATFORMS_4N:
        assert validate_attributes({**plat, "platform_4n": key}) == []
    bad = validate_attributes({**plat, "platform_4n": "five"})
    assert [p.field for p in bad] == ["platform_4n"]
    wrong = validate_attributes({**VALID, "kind": "zgc_park", "platform_4n": "n"})
    assert [p.field for p in wrong] == ["platform_4n"]
    assert [p.field for p in attribute_warnings(plat)] == ["platform_4n"]
    assert attribute_warnings({**plat, "platform_4n": "n"}) == []


@pytest.mark.parametrize(
    ("values", "fields"),
    [
        ({"effective_from": "2012", "effective_to": "2016-06-29"}, []),
        ({"effective_from": "2016-07", "effective_to": "2016-06-29"}, ["effective_to"]),
        ({"effective_from": "June 2012"}, ["effective_from"]),
        ({"extent_year": 2012}, []),
        ({"extent_year": "1850"}, ["extent_year"]),
        ({"extent_year": pd.NA}, []),
    ],
)
def test_zone_dates_are_validated(values: dict, fields: list[str]) -> None:
    got = validate_attributes({**VALID, "kind": "zgc_park", **values})
    assert [p.field for p in got] == fields


def test_focus_source_round_trips_and_names_missing_sources() -> None:
    entries = [
        FocusSource("04", "(八)", "资本运作", "鼓励发展资本运作"),
        FocusSource("07", "(八)", "评估咨询服务", "评估咨询服务等知识型新兴业态"),
    ]
    text = format_focus_source(entries, prefix="via ZGC-00 (八)「推动」: ")
    assert parse_focus_source(text) == entries
    assert focus_problems("04;07", text) == []
    assert focus_problems("04;01", text) == [
        "focus category 01 has no source in focus_source",
        "focus_source names 07, which focus_categories does not list",
    ]
    assert [p.field for p in attribute_warnings({"focus_categories": "04"})] == [
        "focus_source"
    ]


def _zones() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {
            "code": ["A", "B", "C"],
            "kind": ["functional_area", "new_area", "zgc_park"],
            "focus_categories": ["04;07", "04", "01"],
            "focus_source": [
                "04 (九) 金融「提升金融街的金融产业能级」; 07 (九) 商务「现代商务」",
                None,  # listed but unsourced: no fit
                "01 (八) 研发设计「重点发展研发设计」",
            ],
            "effective_from": ["2012", None, "2017-03"],
            "effective_to": [None, "2015-12-31", None],
        },
        geometry=[
            shapely.box(0, 0, 1, 1),
            shapely.box(2, 0, 3, 1),
            shapely.box(4, 0, 5, 1),
        ],
        index=pd.Index([1, 2, 3], name="fid"),
        crs="EPSG:4490",
    )


def test_zones_focusing_on_a_category_cite_the_clause() -> None:
    hit = zones_focusing_on(_zones(), "04")
    assert hit["zone_code"].tolist() == ["A"]
    assert hit.loc[0, "clause"] == "(九)" and "金融街" in hit.loc[0, "quote"]
    assert len(focus_table(_zones())) == 3


def test_in_force_uses_period_bounds() -> None:
    z = _zones()
    assert in_force(z, date(2016, 6, 29)).tolist() == [True, False, False]
    assert in_force(z, date(2015, 12, 31)).tolist() == [True, True, False]
    assert in_force(z, date(2017, 3, 1)).tolist() == [True, False, True]
    assert date_bound("2017-03", end=True) == date(2017, 3, 31)


def _audit(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(
        rows, columns=["at", "action", "row_fid", "before_json", "after_json"]
    )


def _v(code: str, wkt: str, **extra: object) -> str:
    return json.dumps({"code": code, "kind": "functional_area", "geom": wkt, **extra})


def test_zones_as_of_uses_saved_versions_and_deletions() -> None:
    z = _zones()
    old_a = _v("A", "POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0))", effective_from="2012")
    new_a = _v("A", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))", effective_from="2012")
    gone = _v("D", "POLYGON ((9 9, 10 9, 10 10, 9 10, 9 9))")
    history = _audit(
        [
            ("2020-01-01T00:00:00.000Z", "insert", 1, None, old_a),
            ("2021-05-01T08:00:00.000Z", "update", 1, old_a, new_a),
            ("2020-01-01T00:00:00.000Z", "insert", 4, None, gone),
            ("2022-01-01T00:00:00.000Z", "delete", 4, gone, None),
        ]
    )
    mid = zones_as_of(z, "2021-01-01", history)
    assert mid.loc[1].geometry.area == pytest.approx(4.0)  # the 2020 version
    assert mid.loc[1, VERSION_COLUMN].startswith("2020-01-01")
    assert 4 in mid.index  # deleted in 2022, still there in 2021
    late = zones_as_of(z, date(2023, 1, 1), history)
    assert late.loc[1].geometry.area == pytest.approx(1.0)
    assert 4 not in late.index
    early = zones_as_of(z, "2013-06-01", history)  # before the record: first version
    assert early.loc[1].geometry.area == pytest.approx(4.0)
    assert 3 not in early.index  # C starts 2017-03
    assert (
        early.loc[2, "kind"] == "functional_area"
    )  # a legacy kind is read today's way
    with pytest.raises(ValueError, match="not a date"):
        zones_as_of(z, "yesterday")


def test_zones_as_of_an_edit_that_ended_a_zone_counts_from_its_save() -> None:
    z = _zones()
    z.loc[1, "effective_to"] = "2018-12-31"
    before = _v("A", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))")
    after = _v("A", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))", effective_to="2018-12-31")
    history = _audit(
        [
            ("2019-02-01T00:00:00.000Z", "update", 1, before, after),
        ]
    )
    assert 1 in zones_as_of(z, "2019-01-15", history).index  # not ended yet on record
    assert 1 not in zones_as_of(z, "2019-03-01", history).index


def test_refdata_fields_have_aliases_and_decoded_values() -> None:
    from layers.fields import display_value, field_label

    assert field_label("zones", "focus_source", "zh_CN") == "重点产业依据（政策原文）"
    assert field_label("facilities", "quote", "en") == "Policy text"
    assert field_label("enterprises", "ps_edition", "zh_CN") == "分类版本"
    assert display_value("zones", "platform_4n", "n", "zh_CN") == "N：其他合作平台"
    assert display_value("zones", "kind", "development_area", "zh_CN") == "产业发展新区"
    assert (
        display_value("facilities", "location_status", "indicative", "zh_CN") == "示意"
    )
    assert display_value("facilities", "sector", "circulation", "zh_CN") == "流通"
    assert display_value("zones", "extent_year", 2010, "en") == "2010"
