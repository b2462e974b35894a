"""GB/T 4754-2017 -> producer-service category crosswalk, written out by build_reference.

Source: 国家统计局《生产性服务业统计分类(2019)》(国统字〔2019〕43号), which
re-classifies GB/T 4754-2017 codes into the ten categories of
shared/domain/producer_services_2019.csv. The session had the ten category
names (domain file) and the GB/T 4754-2017 code list, not the 2019 table's
171 rows, so each row carries a confidence: ``high`` where the category is
the division's plain subject, ``medium``/``low`` where the split follows the
classification's principle (services to producers, not to households) and
the 2015 edition, to verify against the 2019 table.

A row with an empty ``ps_code`` and match ``excluded`` says "not a producer
service" and overrides its division (6432 互联网生活服务平台 inside 64).
Match by **longest prefix**: 6631 -> 06 overrides 66 -> 04. A division whose
rows below it disagree is ``partial``: a register that gives only that
division code is mapped to the division's row and the import says so.
"""

from __future__ import annotations

# (code, level, name_zh, ps_code, match, confidence, notes)
Row = tuple[str, str, str, str, str, str, str]
X = ""  # ps_code of an excluded row: not a producer service

GBT4754_TO_PS: list[Row] = [
    # 01 研发设计与其他技术服务
    ("73", "division", "研究和试验发展", "01", "partial", "high", "731-734"),
    ("735", "group", "社会人文科学研究", X, "excluded", "low", "not in 011 (verify)"),
    ("74", "division", "专业技术服务业", "01", "partial", "high", ""),
    ("746", "group", "环境与生态监测", "05", "partial", "low", "环境监测 -> 05"),
    ("7463", "class", "野生动物疫源疫病防控监测", X, "excluded", "low", ""),
    ("7493", "class", "兽医服务", "10", "whole", "low", "农业生产支持"),
    ("75", "division", "科技推广和应用服务业", "01", "partial", "high", ""),
    ("7514", "class", "节能技术推广服务", "05", "whole", "medium", "overrides 75"),
    ("7515", "class", "新能源技术推广服务", "05", "whole", "medium", "overrides 75"),
    ("7516", "class", "环保技术推广服务", "05", "whole", "medium", "overrides 75"),
    # 02 货物运输、通用航空生产、仓储和邮政快递服务: freight, not passengers
    ("53", "division", "铁路运输业", "02", "partial", "medium", "freight only"),
    ("531", "group", "铁路旅客运输", X, "excluded", "high", "passengers"),
    ("5331", "class", "客运火车站", X, "excluded", "medium", "passengers"),
    ("54", "division", "道路运输业", "02", "partial", "medium", "freight only"),
    ("541", "group", "城市公共交通运输", X, "excluded", "high", "passengers"),
    ("542", "group", "公路旅客运输", X, "excluded", "high", "passengers"),
    ("5441", "class", "客运汽车站", X, "excluded", "medium", "passengers"),
    ("55", "division", "水上运输业", "02", "partial", "medium", "freight only"),
    ("551", "group", "水上旅客运输", X, "excluded", "high", "passengers"),
    ("5531", "class", "客运港口", X, "excluded", "medium", "passengers"),
    ("56", "division", "航空运输业", "02", "partial", "medium", "freight, 通航"),
    ("5611", "class", "航空旅客运输", X, "excluded", "high", "passengers"),
    ("5622", "class", "观光游览航空服务", X, "excluded", "high", "households"),
    ("5623", "class", "体育航空运动服务", X, "excluded", "high", "households"),
    ("57", "division", "管道运输业", "02", "whole", "medium", ""),
    ("58", "division", "多式联运和运输代理业", "02", "partial", "medium", ""),
    ("5822", "class", "旅客票务代理", X, "excluded", "medium", "passengers"),
    ("59", "division", "装卸搬运和仓储业", "02", "whole", "high", ""),
    ("60", "division", "邮政业", "02", "whole", "high", "incl. express"),
    # 03 信息服务
    ("63", "division", "电信、广播电视和卫星传输服务", "03", "whole", "high", ""),
    ("64", "division", "互联网和相关服务", "03", "partial", "high", ""),
    ("6422", "class", "互联网游戏服务", X, "excluded", "medium", "households"),
    ("6432", "class", "互联网生活服务平台", X, "excluded", "high", "households"),
    ("65", "division", "软件和信息技术服务业", "03", "partial", "high", ""),
    ("6572", "class", "动漫、游戏数字内容服务", X, "excluded", "low", "households"),
    # 04 金融服务
    ("66", "division", "货币金融服务", "04", "partial", "high", ""),
    ("6631", "class", "融资租赁服务", "06", "whole", "high", "061 融资租赁"),
    ("6636", "class", "消费金融公司服务", X, "excluded", "low", "households"),
    ("67", "division", "资本市场服务", "04", "whole", "high", ""),
    ("68", "division", "保险业", "04", "partial", "medium", "生产性保险"),
    ("681", "group", "人身保险", X, "excluded", "low", "households (verify)"),
    ("684", "group", "商业养老金", X, "excluded", "low", "households (verify)"),
    ("69", "division", "其他金融业", "04", "whole", "high", ""),
    # 05 节能与环保服务
    ("42", "division", "废弃资源综合利用业", "05", "whole", "low", "回收与利用"),
    ("5191", "class", "再生物资回收与批发", "05", "whole", "medium", "回收与利用"),
    ("77", "division", "生态保护和环境治理业", "05", "partial", "medium", "772 only"),
    ("771", "group", "生态保护", X, "excluded", "medium", "not a producer service"),
    # 06 生产性租赁服务
    ("71", "division", "租赁业", "06", "partial", "medium", "711 only"),
    ("712", "group", "文体设备和用品出租", X, "excluded", "high", "households"),
    ("713", "group", "日用品出租", X, "excluded", "high", "households"),
    # 07 商务服务
    ("72", "division", "商务服务业", "07", "partial", "high", ""),
    ("7244", "class", "健康咨询", X, "excluded", "low", "households"),
    ("7246", "class", "体育咨询", X, "excluded", "low", "households"),
    ("7291", "class", "旅行社及相关服务", X, "excluded", "high", "households"),
    ("7298", "class", "票务代理服务", X, "excluded", "medium", "households"),
    # 08 人力资源管理与职业教育培训服务
    ("726", "group", "人力资源服务", "08", "whole", "medium", "overrides 72"),
    ("8391", "class", "职业技能培训", "08", "whole", "medium", ""),
    # 09 批发与贸易经纪代理服务
    ("51", "division", "批发业", "09", "partial", "medium", "incl. 518; 5191 -> 05"),
    # 10 生产性支持服务
    ("05", "division", "农、林、牧、渔专业及辅助性活动", "10", "whole", "medium", ""),
    ("11", "division", "开采专业及辅助性活动", "10", "whole", "medium", ""),
    ("43", "division", "金属制品、机械和设备修理业", "10", "whole", "medium", "维修"),
    ("727", "group", "安全保护服务", "10", "whole", "medium", "overrides 72"),
    ("7292", "class", "包装服务", "10", "whole", "medium", "overrides 72"),
    ("81", "division", "机动车、电子产品和日用产品修理业", "10", "partial", "low", ""),
    ("813", "group", "家用电器修理", X, "excluded", "medium", "households"),
    ("819", "group", "其他日用产品修理业", X, "excluded", "medium", "households"),
    ("821", "group", "清洁服务", "10", "whole", "low", "生产性保洁"),
]
