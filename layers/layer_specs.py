"""The default layers of a ZonePlanner project and their default styles.

One zones table feeds four map layers, split by kind, so each layer's
topology rule ("no overlaps within a kind") applies within one layer. The
indicative facilities (places the policy names that are points) are a point
layer of their own. The
ZGC umbrella zone (kind ``zgc_zone``, the union of the 16 parks) is its own
outline-only layer drawn above the parks.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from layers.style import CATEGORY_COLORS, KIND_COLORS, Category, LayerStyle

PS_CATEGORY_NAMES_ZH = {
    "01": "研发设计与其他技术服务",
    "02": "货物运输、通用航空生产、仓储和邮政快递服务",
    "03": "信息服务",
    "04": "金融服务",
    "05": "节能与环保服务",
    "06": "生产性租赁服务",
    "07": "商务服务",
    "08": "人力资源管理与职业教育培训服务",
    "09": "批发与贸易经纪代理服务",
    "10": "生产性支持服务",
}

#: Zone kinds in the seed's own words: (九) names 金融街, 商务中心区, 北京经济技术
#: 开发区, 临空经济区 and 奥林匹克中心区 under 优化提升高端产业功能区, and 新首钢高端
#: 产业综合服务区 and 丽泽金融商务区 as 产业发展新区; (八) the science cities as
#: 协同创新平台; (十) the "4+N" 产业合作 platforms.
KIND_NAMES_ZH = {
    "zgc_zone": "中关村示范区",
    "zgc_park": "中关村园区",
    "functional_area": "高端产业功能区",
    "development_area": "产业发展新区",
    "science_city": "科学城",
    "bonded_zone": "综合保税区",
    "cooperation_platform": "4+N合作平台",
}

#: Sectors of the indicative facilities (the policy's five leading sectors).
SECTOR_NAMES_ZH = {
    "finance": "金融",
    "information": "信息",
    "technology": "科技",
    "business": "商务",
    "circulation": "流通",
    "other": "其他",
}
SECTOR_COLORS = {
    "finance": "#b2182b",
    "information": "#2166ac",
    "technology": "#1b7837",
    "business": "#e08214",
    "circulation": "#762a83",
    "other": "#4d4d4d",
}

CASE_STATUS_NAMES_ZH = {
    "received": "已受理",
    "under_review": "审查中",
    "approved": "已批准",
    "rejected": "不予批准",
    "withdrawn": "已撤回",
}

CASE_STATUS_COLORS = {
    "received": "#6baed6",
    "under_review": "#fd8d3c",
    "approved": "#31a354",
    "rejected": "#de2d26",
    "withdrawn": "#969696",
}


@dataclass(frozen=True)
class LayerSpec:
    """How a project table becomes a map layer."""

    key: str
    name_zh: str
    name_en: str
    table: str
    geometry_type: str
    where: dict[str, list[str]] = field(default_factory=dict)
    style: LayerStyle = LayerStyle()


def _kind_style(kinds: list[str], fill_alpha: float, label: str | None) -> LayerStyle:
    cats = tuple(Category(k, KIND_COLORS[k], KIND_NAMES_ZH[k]) for k in kinds)
    return LayerStyle(
        mode="categorized",
        field="kind",
        categories=cats,
        fill_alpha=fill_alpha,
        outline_color="#333333",
        outline_width=0.6,
        label_field=label,
        label_size=9.0,
    )


#: Kinds drawn on the "functional_areas" layer (the other kinds have their own).
FUNCTIONAL_LAYER_KINDS = (
    "functional_area",
    "development_area",
    "science_city",
    "bonded_zone",
)


def facilities_style() -> LayerStyle:
    """Return the style of the indicative facilities: a dot per sector.

    No labels by default: labels of upper layers win placement, and a dozen
    long facility names would push the zone names off the map (the names are
    one click away in identify; the style dialog turns labels on).
    """
    cats = tuple(
        Category(k, SECTOR_COLORS[k], SECTOR_NAMES_ZH[k]) for k in SECTOR_NAMES_ZH
    )
    return LayerStyle(
        mode="categorized",
        field="sector",
        categories=cats,
        point_size=7.0,
        fill_alpha=0.95,
        outline_color="#ffffff",
        outline_width=1.0,
        label_field=None,
        label_size=8.0,
    )


#: Outline of the ZGC umbrella zone: darker than the parks' fill, dashed.
UMBRELLA_COLOR = "#08519c"


def umbrella_style() -> LayerStyle:
    """Return the outline-only style of the ZGC umbrella zone layer.

    No fill (``fill_alpha`` 0, and ``outline_only`` so legends draw an outline
    swatch), a thick dashed dark-blue outline (``outline_dash``, honoured by
    the map renderer and the web export), no labels: the parks below carry them.
    """
    return LayerStyle(
        mode="categorized",
        field="kind",
        categories=(Category("zgc_zone", UMBRELLA_COLOR, KIND_NAMES_ZH["zgc_zone"]),),
        fill_color=UMBRELLA_COLOR,
        fill_alpha=0.0,
        outline_color=UMBRELLA_COLOR,
        outline_width=1.8,
        label_field=None,
        extra={"outline_only": ["zgc_zone"], "outline_dash": [4.0, 2.0]},
    )


def default_layer_specs() -> list[LayerSpec]:
    """Return the default layers, top of the tree first."""
    ps_cats = tuple(
        Category(code, color, f"{code} {PS_CATEGORY_NAMES_ZH[code]}")
        for code, color in CATEGORY_COLORS.items()
    )
    status_cats = tuple(
        Category(k, c, CASE_STATUS_NAMES_ZH[k]) for k, c in CASE_STATUS_COLORS.items()
    )
    return [
        LayerSpec(
            "cases",
            "工业用地转换案例",
            "Conversion cases",
            "conversion_cases",
            "polygon",
            style=LayerStyle(
                mode="categorized",
                field="status",
                categories=status_cats,
                fill_alpha=0.6,
                outline_color="#000000",
                outline_width=0.8,
                label_field="case_no",
                label_size=8.0,
            ),
        ),
        LayerSpec(
            "facilities",
            "政策点位（示意）",
            "Policy facilities (indicative)",
            "facilities",
            "point",
            style=facilities_style(),
        ),
        LayerSpec(
            "enterprises",
            "生产性服务业企业",
            "Enterprises",
            "enterprises",
            "point",
            style=LayerStyle(
                mode="categorized",
                field="category",
                categories=ps_cats,
                point_size=2.0,
                fill_alpha=0.85,
                outline_width=0.0,
                # City scale: a density surface under the zones (issue 13).
                extra={"density": {"points_from_scale": 75000.0}},
            ),
        ),
        LayerSpec(
            "zgc_zone",
            "中关村示范区范围",
            "Zhongguancun demonstration zone outline",
            "zones",
            "polygon",
            where={"kind": ["zgc_zone"]},
            style=umbrella_style(),
        ),
        LayerSpec(
            "zgc_parks",
            "中关村园区",
            "Zhongguancun parks",
            "zones",
            "polygon",
            where={"kind": ["zgc_park"]},
            style=_kind_style(["zgc_park"], 0.35, "name_zh"),
        ),
        LayerSpec(
            "functional_areas",
            "功能区、新区与科学城",
            "Functional areas, new areas and science cities",
            "zones",
            "polygon",
            where={"kind": list(FUNCTIONAL_LAYER_KINDS)},
            style=_kind_style(list(FUNCTIONAL_LAYER_KINDS), 0.30, "name_zh"),
        ),
        LayerSpec(
            "platforms",
            "4+N协同发展平台",
            "4+N platforms",
            "zones",
            "polygon",
            where={"kind": ["cooperation_platform"]},
            style=_kind_style(["cooperation_platform"], 0.25, "name_zh"),
        ),
        # 控规 parcels (policy issue 12): outlined so the zones below stay visible.
        LayerSpec(
            "regulatory",
            "控规地块",
            "Regulatory plan parcels",
            "regulatory_parcels",
            "polygon",
            style=LayerStyle(
                fill_color="#7b3294",
                fill_alpha=0.08,
                outline_color="#7b3294",
                outline_width=0.7,
                label_field="parcel_code",
                label_size=7.0,
                label_color="#7b3294",
                extra={"outline_dash": [3.0, 2.0]},
            ),
        ),
        LayerSpec(
            "basemap",
            "行政区划底图",
            "Basemap",
            "basemap",
            "polygon",
            style=LayerStyle(
                mode="categorized",
                field="level",
                categories=(
                    Category("province", "#f7f4ec", "省级"),
                    Category("city", "#f2efe6", "地级"),
                    Category("district", "#fbfaf6", "区县"),
                ),
                fill_alpha=1.0,
                outline_color="#8a8a8a",
                outline_width=0.5,
                label_field="name_zh",
                label_size=8.0,
                label_color="#6b6b6b",
            ),
        ),
    ]
