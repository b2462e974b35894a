"""Chinese labels of case fields, gaps, building uses and control indicators."""

from __future__ import annotations

FIELD_ZH = {
    "current_landuse_code": "现状用地代码",
    "current_landuse_system": "现状用地分类标准",
    "proposed_landuse_code": "规划用地代码",
    "proposed_landuse_system": "规划用地分类标准",
    "land_owned": "是否自有用地",
    "self_operated": "是否自营",
    "relocating_unit": "是否疏解转移单位",
    "current_building_use": "现状建筑用途",
    "existing_gfa_m2": "现状建筑面积",
    "proposed_gfa_m2": "规划建筑面积",
    "far": "容积率",
    "building_density": "建筑密度",
    "green_ratio": "绿地率",
    "height_m": "建筑高度",
    "proposed_category": "生产性服务业类别",
    "proposed_gbt4754": "国民经济行业代码(GB/T 4754)",
    "shortfalls_filled": "补充的城市功能短板",
    "site_area_m2": "用地面积",
    "geometry": "宗地图形",
}
GAP_ZH = {
    "public_service": "公共服务设施",
    "green_space": "绿地",
    "parking": "停车设施",
    "talent_housing": "人才住房",
    "community_service": "社区服务设施",
    "other": "其他",
}
BUILDING_USE_OK = {
    "commercial",
    "warehouse",
    "商业",
    "仓储",
    "老旧商业设施",
    "仓储用房",
}
#: R6 control keys -> (case field, comparison, label zh).
CONTROLS = {
    "far_max": ("far", "<=", "容积率"),
    "building_density_max": ("building_density", "<=", "建筑密度"),
    "green_ratio_min": ("green_ratio", ">=", "绿地率"),
    "height_max_m": ("height_m", "<=", "建筑高度(m)"),
}
STATUS_ZH = {
    "received": "已受理",
    "under_review": "审查中",
    "approved": "已批准",
    "rejected": "不予批准",
    "withdrawn": "已撤回",
}
BUILDING_USE_ZH = {
    "industrial": "工业厂房",
    "warehouse": "仓储用房",
    "commercial": "老旧商业设施",
    "office": "办公",
    "other": "其他",
}
