"""Hand-curated reference data written out by build_reference.py.

Sources: GB/T 4754-2017 division names (from the standard's published list;
the mapping to producer-service categories is a working mapping to verify).
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

# (code, level, name_zh, ps_code, match, confidence, notes). Longest prefix wins.
GBT4754_TO_PS: list[tuple[str, str, str, str, str, str, str]] = [
    ("05", "division", "农、林、牧、渔专业及辅助性活动", "10", "partial", "low", ""),
    ("11", "division", "开采专业及辅助性活动", "10", "partial", "low", ""),
    ("42", "division", "废弃资源综合利用业", "05", "partial", "low", "recycling"),
    ("43", "division", "金属制品、机械和设备修理业", "10", "whole", "medium", "维修"),
    ("51", "division", "批发业", "09", "whole", "medium", "incl. 518 贸易经纪与代理"),
    ("53", "division", "铁路运输业", "02", "partial", "medium", "freight only"),
    ("54", "division", "道路运输业", "02", "partial", "medium", "freight only"),
    ("55", "division", "水上运输业", "02", "partial", "medium", "freight only"),
    (
        "56",
        "division",
        "航空运输业",
        "02",
        "partial",
        "medium",
        "freight; 562 通用航空",
    ),
    ("57", "division", "管道运输业", "02", "whole", "medium", ""),
    ("58", "division", "多式联运和运输代理业", "02", "whole", "medium", ""),
    ("59", "division", "装卸搬运和仓储业", "02", "whole", "high", ""),
    ("60", "division", "邮政业", "02", "whole", "high", "incl. express"),
    ("63", "division", "电信、广播电视和卫星传输服务", "03", "whole", "high", ""),
    ("64", "division", "互联网和相关服务", "03", "whole", "high", ""),
    ("65", "division", "软件和信息技术服务业", "03", "whole", "high", ""),
    ("66", "division", "货币金融服务", "04", "whole", "high", ""),
    ("67", "division", "资本市场服务", "04", "whole", "high", ""),
    ("68", "division", "保险业", "04", "whole", "high", ""),
    ("69", "division", "其他金融业", "04", "whole", "high", ""),
    ("71", "division", "租赁业", "06", "partial", "medium", "producer leasing"),
    ("72", "division", "商务服务业", "07", "whole", "high", ""),
    ("726", "group", "人力资源服务", "08", "whole", "medium", "overrides 72"),
    ("73", "division", "研究和试验发展", "01", "whole", "high", ""),
    ("74", "division", "专业技术服务业", "01", "whole", "high", ""),
    ("75", "division", "科技推广和应用服务业", "01", "whole", "high", ""),
    ("7514", "class", "节能技术推广服务", "05", "whole", "medium", "overrides 75"),
    ("7515", "class", "新能源技术推广服务", "05", "whole", "medium", "overrides 75"),
    ("7516", "class", "环保技术推广服务", "05", "whole", "medium", "overrides 75"),
    ("77", "division", "生态保护和环境治理业", "05", "whole", "medium", ""),
    ("81", "division", "机动车、电子产品和日用产品修理业", "10", "partial", "low", ""),
    ("8391", "class", "职业技能培训", "08", "whole", "low", ""),
]
