"""Translated UI labels of case fields, statuses, outcomes, gaps and building uses.

layers/cases/field_labels.py keeps the Chinese labels the PDF report and the rule
messages use (a Chinese document by design); the widgets show these instead,
in the UI language. Functions (not module constants) so each call reads the
translators installed now.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def field_labels() -> dict[str, str]:
    """Return case field -> form label."""
    return {
        "case_no": QCoreApplication.translate("CaseLabels", "Case number"),
        "applicant_name": QCoreApplication.translate("CaseLabels", "Applicant"),
        "applicant_credit_code": QCoreApplication.translate(
            "CaseLabels", "Unified social credit code"
        ),
        "current_landuse_code": QCoreApplication.translate(
            "CaseLabels", "Current land-use code"
        ),
        "current_landuse_system": QCoreApplication.translate(
            "CaseLabels", "Current land-use classification"
        ),
        "proposed_landuse_code": QCoreApplication.translate(
            "CaseLabels", "Planned land-use code"
        ),
        "proposed_landuse_system": QCoreApplication.translate(
            "CaseLabels", "Planned land-use classification"
        ),
        "land_owned": QCoreApplication.translate("CaseLabels", "Land owned"),
        "self_operated": QCoreApplication.translate("CaseLabels", "Self-operated"),
        "relocating_unit": QCoreApplication.translate(
            "CaseLabels", "Relocating (decongestion) unit"
        ),
        "current_building_use": QCoreApplication.translate(
            "CaseLabels", "Current building use"
        ),
        "existing_gfa_m2": QCoreApplication.translate(
            "CaseLabels", "Existing floor area"
        ),
        "proposed_gfa_m2": QCoreApplication.translate(
            "CaseLabels", "Planned floor area"
        ),
        "far": QCoreApplication.translate("CaseLabels", "Floor area ratio"),
        "building_density": QCoreApplication.translate(
            "CaseLabels", "Building density"
        ),
        "green_ratio": QCoreApplication.translate("CaseLabels", "Green ratio"),
        "height_m": QCoreApplication.translate("CaseLabels", "Building height"),
        "proposed_category": QCoreApplication.translate(
            "CaseLabels", "Producer-service category"
        ),
        "proposed_gbt4754": QCoreApplication.translate(
            "CaseLabels", "Industry code (GB/T 4754)"
        ),
        "shortfalls_filled": QCoreApplication.translate(
            "CaseLabels", "Urban-function shortfalls filled"
        ),
        "site_area_m2": QCoreApplication.translate("CaseLabels", "Site area"),
        "received_date": QCoreApplication.translate(
            "CaseLabels", "Application (received) date"
        ),
        "status": QCoreApplication.translate("CaseLabels", "Status"),
        "applicant_is_industrial": QCoreApplication.translate(
            "CaseLabels", "Applicant is an industrial enterprise"
        ),
        "in_plan": QCoreApplication.translate(
            "CaseLabels", "Listed in the plan (列入规划)"
        ),
        "heritage_area": QCoreApplication.translate(
            "CaseLabels", "In a historic conservation area"
        ),
        "project_facilities": QCoreApplication.translate(
            "CaseLabels", "The project builds or operates"
        ),
        "manufacturing_stage": QCoreApplication.translate(
            "CaseLabels", "Manufacturing stage"
        ),
        "location_clause": QCoreApplication.translate(
            "CaseLabels", "Relies on a location-dependent clause"
        ),
        "land_right_type": QCoreApplication.translate("CaseLabels", "Land-right type"),
        "remaining_term_years": QCoreApplication.translate(
            "CaseLabels", "Remaining land-use term (years)"
        ),
        "title_cert_no": QCoreApplication.translate(
            "CaseLabels", "Title certificate (不动产权证) No."
        ),
        "parcel_code": QCoreApplication.translate("CaseLabels", "Parcel code"),
        "indicator_far_max": QCoreApplication.translate("CaseLabels", "Maximum FAR"),
        "indicator_building_density_max": QCoreApplication.translate(
            "CaseLabels", "Maximum building density"
        ),
        "indicator_green_ratio_min": QCoreApplication.translate(
            "CaseLabels", "Minimum green ratio"
        ),
        "indicator_height_max_m": QCoreApplication.translate(
            "CaseLabels", "Maximum height (m)"
        ),
        "indicator_source": QCoreApplication.translate(
            "CaseLabels", "Source of these indicators"
        ),
    }


def status_labels() -> dict[str, str]:
    """Return status code -> label."""
    return {
        "received": QCoreApplication.translate("CaseLabels", "Received"),
        "under_review": QCoreApplication.translate("CaseLabels", "Under review"),
        "approved": QCoreApplication.translate("CaseLabels", "Approved"),
        "rejected": QCoreApplication.translate("CaseLabels", "Rejected"),
        "withdrawn": QCoreApplication.translate("CaseLabels", "Withdrawn"),
    }


def outcome_labels() -> dict[str, str]:
    """Return evaluation outcome -> label."""
    return {
        "PASS": QCoreApplication.translate("CaseLabels", "Pass"),
        "REVIEW": QCoreApplication.translate("CaseLabels", "Needs review"),
        "FAIL": QCoreApplication.translate("CaseLabels", "Fail"),
        "N/A": QCoreApplication.translate("CaseLabels", "Not applicable"),
    }


def gap_labels() -> dict[str, str]:
    """Return urban-function shortfall key -> label."""
    return {
        "public_service": QCoreApplication.translate(
            "CaseLabels", "Public service facilities"
        ),
        "green_space": QCoreApplication.translate("CaseLabels", "Green space"),
        "parking": QCoreApplication.translate("CaseLabels", "Parking"),
        "talent_housing": QCoreApplication.translate("CaseLabels", "Talent housing"),
        "community_service": QCoreApplication.translate(
            "CaseLabels", "Community service facilities"
        ),
        "other": QCoreApplication.translate("CaseLabels", "Other"),
    }


def building_use_labels() -> dict[str, str]:
    """Return current building use -> label."""
    return {
        "industrial": QCoreApplication.translate("CaseLabels", "Industrial building"),
        "warehouse": QCoreApplication.translate("CaseLabels", "Warehouse"),
        "commercial": QCoreApplication.translate(
            "CaseLabels", "Old commercial facility"
        ),
        "office": QCoreApplication.translate("CaseLabels", "Office"),
        "other": QCoreApplication.translate("CaseLabels", "Other"),
    }


def land_right_labels() -> dict[str, str]:
    """Return land-right type -> label (土地权利性质)."""
    return {
        "granted": QCoreApplication.translate("CaseLabels", "Granted (出让)"),
        "allocated": QCoreApplication.translate("CaseLabels", "Allocated (划拨)"),
        "collective": QCoreApplication.translate("CaseLabels", "Collective (集体)"),
    }


def facility_labels() -> dict[str, str]:
    """Return facility kind -> label (R4 catalogue conditions)."""
    return {
        "trading_market": QCoreApplication.translate(
            "CaseLabels", "Commodity trading market"
        ),
        "regional_logistics_centre": QCoreApplication.translate(
            "CaseLabels", "Regional logistics centre"
        ),
        "logistics_warehouse": QCoreApplication.translate(
            "CaseLabels", "Logistics / warehousing facility"
        ),
        "hotel": QCoreApplication.translate("CaseLabels", "New hotel"),
        "office_building": QCoreApplication.translate(
            "CaseLabels", "New office or other large public building"
        ),
        "concentrated_office": QCoreApplication.translate(
            "CaseLabels", "Concentrated office (集中办公区) leasing"
        ),
        "real_estate": QCoreApplication.translate(
            "CaseLabels", "Real-estate development"
        ),
        "none": QCoreApplication.translate("CaseLabels", "None of these"),
    }


def stage_labels() -> dict[str, str]:
    """Return manufacturing stage -> label (2018 catalogue exemption)."""
    return {
        "production": QCoreApplication.translate("CaseLabels", "Production"),
        "rd": QCoreApplication.translate("CaseLabels", "R&D"),
        "pilot": QCoreApplication.translate("CaseLabels", "Pilot"),
        "design": QCoreApplication.translate("CaseLabels", "Design"),
        "tech_service": QCoreApplication.translate("CaseLabels", "Technical service"),
        "not_manufacturing": QCoreApplication.translate(
            "CaseLabels", "Not manufacturing"
        ),
    }
