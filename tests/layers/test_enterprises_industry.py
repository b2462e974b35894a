"""Industry codes and names -> producer-service category through one crosswalk."""

from __future__ import annotations

import pandas as pd
import pytest

import resources
from layers.enterprises.importer import ImportOptions, prepare_import
from layers.enterprises.industry import resolve_industry
from tests.layers.enterprises_fixtures import truth


@pytest.mark.parametrize(
    ("value", "category"),
    [
        ("金融业", "04"),  # section J: every division is financial services
        ("软件和信息技术服务业", "03"),
        ("专业技术服务业", "01"),
        ("商务服务业", "07"),
        ("科学研究和技术服务业", "01"),
        ("信息传输、软件和信息技术服务业", "03"),
        ("交通运输、仓储和邮政业", "02"),
        ("人力资源服务", "08"),
        ("职业技能培训", "08"),
        ("批发业", "09"),
        ("J6621", "04"),
        ("I6510 软件开发", "03"),
        ("6510", "03"),  # group 651 written with a trailing 0
        ("A0500", "10"),
    ],
)
def test_industry_names_and_codes_map(value, category) -> None:
    m = resolve_industry(value)
    assert (m.category, m.problem) == (category, "")


@pytest.mark.parametrize(
    ("code", "category"),
    [
        # Rows that put whole divisions in one category, now split as the
        # producer-service classification splits them:
        ("6631", "06"),  # 融资租赁 is producer leasing, not 04 finance
        ("6621", "04"),
        ("7721", "05"),  # 772 环境治理 -> 05 ...
        ("771", ""),  # ... 771 生态保护 is no producer service
        ("7271", "10"),  # 727 安全保护 -> 10, not 07
        ("7292", "10"),  # 包装服务 -> 10
        ("7241", "07"),
        ("7291", ""),  # 旅行社 serves households
        ("6431", "03"),  # 互联网生产服务平台 -> 03 ...
        ("6432", ""),  # ... 互联网生活服务平台 is no producer service
        ("6422", ""),  # 互联网游戏服务
        ("7111", "06"),
        ("7121", ""),  # 711 only: 712/713 rent to households
        ("5320", "02"),
        ("5311", ""),  # passengers are not freight
        ("7514", "05"),
        ("7519", "01"),
        ("5191", "05"),
        ("5181", "09"),
    ],
)
def test_industry_crosswalk_splits_divisions(code, category) -> None:
    m = resolve_industry(code)
    assert m.category == category
    assert bool(m.problem) == (category == "")


def test_industry_crosswalk_rows_name_real_codes() -> None:
    names = resources.load_csv("reference", "gbt4754_names.csv")
    walk = resources.load_csv("reference", "gbt4754_to_ps.csv")
    by_code = dict(zip(names["code"], names["name_zh"], strict=True))
    for code, name in zip(walk["gbt4754_code"], walk["name_zh"], strict=True):
        assert by_code.get(code) == name, code
    assert set(names["level"]) == {"section", "division", "group", "class"}
    assert len(names[names["level"] == "division"]) == 97


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("租赁和商务服务业", "spans several producer-service categories (06, 07)"),
        ("批发和零售业", "only partly producer services (09)"),
        ("房地产业", "not a producer-service industry (GB/T 4754 70 房地产业)"),
        ("计算机、通信和其他电子设备制造业", "not a producer-service industry"),
        ("互联网生活服务平台", "GB/T 4754 6432 互联网生活服务平台"),
        ("高科技", "not a GB/T 4754-2017 industry code or name"),
        ("99", "not a GB/T 4754-2017 industry code or name"),
    ],
)
def test_industry_unmapped_names_say_why(value, words) -> None:
    m = resolve_industry(value)
    assert m.category == "" and words in m.problem


def test_industry_column_import_reports_rows_and_shows_mapping(tmp_path) -> None:
    t = truth().iloc[:5]
    df = pd.DataFrame(
        {
            "企业名称": t["name"],
            "统一社会信用代码": t["credit_code"],
            "经度": t["lon"],
            "纬度": t["lat"],
            "所属行业": [
                "软件和信息技术服务业",
                "金融业",
                "房地产业",
                "租赁和商务服务业",
                "金融业",
            ],
        }
    )
    path = tmp_path / "names.csv"
    df.to_csv(path, index=False)
    r = prepare_import(path, ImportOptions(coords="wgs84"))
    assert r.mapping["industry"] == "所属行业"
    assert r.frame["category"].tolist() == ["03", "04", "04"]
    assert r.frame["gbt4754"].tolist() == ["65", "J", "J"]
    probs = r.problems.set_index("row")
    assert probs.loc[4, "field"] == "industry" and probs.loc[4, "value"] == "房地产业"
    assert probs.loc[4, "name"] == t["name"].iloc[2]
    assert "06, 07" in probs.loc[5, "reason"]
    shown = r.industries.set_index("value")
    assert shown.loc["金融业", "category"] == "04" and shown.loc["金融业", "rows"] == 2
    assert shown.loc["房地产业", "category"] == ""
    assert any("splits" in n for n in r.notes)  # 金融业 and 65 are split below
