"""Field aliases and decoded values (layers/fields): labels and names planners read."""

from __future__ import annotations

import numpy as np
import pandas as pd

from layers.fields import display_value, field_label, field_unit, has_decoder
from layers.fields.aliases import TABLES


def test_fields_every_project_table_has_zh_and_en_labels() -> None:
    for table, fields in TABLES.items():
        for name, info in fields.items():
            assert info.zh and info.en, (table, name)
            assert any("\u4e00" <= ch <= "\u9fff" for ch in info.zh), (table, name)
            assert info.en.isascii() or "(" in info.en, (table, name)
    assert field_label("zones", "name_zh", "zh_CN") == "名称"
    assert field_label("enterprises", "category", "en") == "Category"
    assert field_label("zones", "district_adcodes", "zh_CN") == "所在区"
    assert field_label("enterprises", "revenue_wan", "zh_CN", with_unit=True) == (
        "营业收入（万元）"
    )
    assert field_unit("enterprises", "revenue_wan", "en") == "10k yuan"
    # A file layer without a table keeps its raw names.
    assert field_label(None, "NAME_1", "zh_CN") == "NAME_1"


def test_fields_decode_coded_values_in_both_languages() -> None:
    cases = [
        ("enterprises", "district_adcode", "110106", "丰台区", "Fengtai District"),
        (
            "zones",
            "district_adcodes",
            "110108;110105",
            "海淀区、朝阳区",
            "Haidian District, Chaoyang District",
        ),
        ("enterprises", "category", "04", "04 金融服务", "04 Financial services"),
        (
            "zones",
            "focus_categories",
            "04;07",
            "04 金融服务、07 商务服务",
            "04 Financial services, 07 Business services",
        ),
        ("conversion_cases", "status", "under_review", "审查中", "under review"),
        ("zones", "boundary_status", "indicative", "示意", "indicative"),
        ("zones", "kind", "zgc_park", "中关村园区", "ZGC park"),
        ("conversion_cases", "land_owned", 1, "是", "yes"),
        ("conversion_cases", "land_owned", 0.0, "否", "no"),
        (
            "enterprises",
            "coord_source",
            "gcj02",
            "GCJ-02（高德/腾讯）",
            "GCJ-02 (AMap/Tencent)",
        ),
        ("basemap", "level", "district", "区县", "district"),
    ]
    for table, field, value, zh, en in cases:
        assert has_decoder(table, field), field
        assert display_value(table, field, value, "zh_CN") == zh, field
        assert display_value(table, field, value, "en") == en, field
    row = {"current_landuse_system": "GB 50137-2011"}
    assert display_value(
        "conversion_cases", "current_landuse_code", "M2", "zh_CN", row
    ) == ("M2 二类工业用地")
    # Without its classification the code is named from the first that has it.
    assert display_value(
        "conversion_cases", "proposed_landuse_code", "B29", "zh_CN"
    ) == ("B29 其他商务用地")


def test_fields_blank_unknown_and_numbers() -> None:
    for blank in (None, np.nan, pd.NA, "", "  "):
        assert display_value("enterprises", "category", blank, "zh_CN") == ""
    assert display_value("enterprises", "category", "99", "zh_CN") == "99"
    assert display_value("enterprises", "revenue_wan", 1243.9, "zh_CN") == "1,243.9"
    assert display_value("enterprises", "employees", np.int64(12000), "en") == "12,000"
    assert display_value("zones", "name_zh", "海淀园", "en") == "海淀园"


def test_fields_land_use_system_2023_guide_is_named() -> None:
    from layers.fields import display_value

    zh = display_value(
        "conversion_cases", "proposed_landuse_system", "2023 guide", "zh_CN"
    )
    en = display_value("regulatory_parcels", "landuse_system", "2023 guide", "en")
    assert zh == "用地用海分类指南(2023)"
    assert en == "Land and sea use classification guide (2023)"
    # GB/T codes read the same in both languages.
    assert (
        display_value(
            "conversion_cases", "current_landuse_system", "GB 50137-2011", "zh_CN"
        )
        == "GB 50137-2011"
    )
