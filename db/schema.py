"""SQLAlchemy models of the project GeoPackage (schema head).

Column types are spelled the way the GeoPackage spec wants them (TEXT, INTEGER,
REAL, DOUBLE, TINYINT, DATETIME, and the geometry type name for ``geom``), so
GDAL's validator and QGIS read the file as a plain GeoPackage. These models are
used for Core statements inside db/ only; ORM rows never leave the package.
The DDL that creates a file lives in the Alembic migrations (frozen per
revision); tests compare the migrated file against these models.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    INTEGER,
    REAL,
    TEXT,
    CheckConstraint,
    Column,
    ForeignKey,
    MetaData,
    Table,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import UserDefinedType


class SqlType(UserDefinedType[Any]):
    """A column type rendered verbatim (``DOUBLE``, ``TINYINT``, ``POINT``...)."""

    cache_ok = True

    def __init__(self, name: str) -> None:
        self.name = name

    def get_col_spec(self, **kw: Any) -> str:
        return self.name


DOUBLE = SqlType("DOUBLE")
TINYINT = SqlType("TINYINT")
DATETIME = SqlType("DATETIME")
NOW_ISO = text("strftime('%Y-%m-%dT%H:%M:%fZ','now')")

#: Spatial layers: table -> geometry type name in gpkg_geometry_columns.
SPATIAL_TABLES: dict[str, str] = {
    "basemap": "MULTIPOLYGON",
    "zones": "MULTIPOLYGON",
    "enterprises": "POINT",
    "conversion_cases": "MULTIPOLYGON",
    "regulatory_parcels": "MULTIPOLYGON",  # revision 0003
    "facilities": "POINT",  # revision 0004
}
#: Attribute tables registered in gpkg_contents as data_type 'attributes'.
ATTRIBUTE_TABLES = ("evaluations",)
#: Tables whose rows carry row_version / updated_at / updated_by.
VERSIONED_TABLES = (
    "zones",
    "enterprises",
    "conversion_cases",
    "regulatory_parcels",
    "facilities",
)
BOOKKEEPING = ("row_version", "updated_at", "updated_by")

CASE_STATUSES = ("received", "under_review", "approved", "rejected", "withdrawn")
BOUNDARY_STATUSES = ("indicative", "official")
LOCATION_STATUSES = ("indicative", "surveyed")
OVERALL_OUTCOMES = ("PASS", "REVIEW", "FAIL")
CATALOGUE_STATUSES = ("sample", "authoritative")
CATALOGUE_LEVELS = ("禁止", "限制", "不列入")


class Base(DeclarativeBase):
    """Declarative base with its own metadata (one per schema head)."""

    metadata = MetaData()


def _in(col: str, values: tuple[str, ...]) -> str:
    return f"{col} IN ({', '.join(repr(v) for v in values)})"


def _text(**kw: Any) -> Column[Any]:
    return Column(TEXT, **kw)


def _versioning() -> list[Column[Any]]:
    return [
        Column("row_version", INTEGER, nullable=False, server_default=text("1")),
        _text(name="updated_at"),
        _text(name="updated_by"),
    ]


# --- GeoPackage core (exact column spelling checked by validate_gpkg.py) ------
class GpkgSpatialRefSys(Base):
    __tablename__ = "gpkg_spatial_ref_sys"
    srs_name = Column(TEXT, nullable=False)
    srs_id = Column(INTEGER, primary_key=True, autoincrement=False)
    organization = Column(TEXT, nullable=False)
    organization_coordsys_id = Column(INTEGER, nullable=False)
    definition = Column(TEXT, nullable=False)
    description = Column(TEXT)


class GpkgContents(Base):
    __tablename__ = "gpkg_contents"
    table_name = Column(TEXT, primary_key=True, nullable=False)
    data_type = Column(TEXT, nullable=False)
    identifier = Column(TEXT, unique=True)
    description = Column(TEXT, server_default=text("''"))
    last_change = Column(DATETIME, nullable=False, server_default=NOW_ISO)
    min_x = Column(DOUBLE)
    min_y = Column(DOUBLE)
    max_x = Column(DOUBLE)
    max_y = Column(DOUBLE)
    srs_id = Column(INTEGER, ForeignKey("gpkg_spatial_ref_sys.srs_id"))


class GpkgGeometryColumns(Base):
    __tablename__ = "gpkg_geometry_columns"
    __table_args__ = (UniqueConstraint("table_name", name="uk_gc_table_name"),)
    table_name = Column(
        TEXT, ForeignKey("gpkg_contents.table_name"), primary_key=True, nullable=False
    )
    column_name = Column(TEXT, primary_key=True, nullable=False)
    geometry_type_name = Column(TEXT, nullable=False)
    srs_id = Column(INTEGER, ForeignKey("gpkg_spatial_ref_sys.srs_id"), nullable=False)
    z = Column(TINYINT, nullable=False)
    m = Column(TINYINT, nullable=False)


class GpkgExtensions(Base):
    __tablename__ = "gpkg_extensions"
    __table_args__ = (
        UniqueConstraint("table_name", "column_name", "extension_name", name="ge_tce"),
    )
    # The spec's table has no primary key; the ORM needs one, SQLite has rowid.
    rowid = Column(INTEGER, primary_key=True, key="rowid", system=True)
    table_name = Column(TEXT)
    column_name = Column(TEXT)
    extension_name = Column(TEXT, nullable=False)
    definition = Column(TEXT, nullable=False)
    scope = Column(TEXT, nullable=False)


# --- Layers -----------------------------------------------------------------
class Basemap(Base):
    __tablename__ = "basemap"
    __table_args__ = {"sqlite_autoincrement": True}
    fid = Column(INTEGER, primary_key=True)
    adcode = _text()
    name_zh = _text()
    name_en = _text()
    level = _text()
    parent_adcode = _text()
    geom = Column(SqlType("MULTIPOLYGON"))


class Zone(Base):
    __tablename__ = "zones"
    __table_args__ = (
        CheckConstraint(_in("boundary_status", BOUNDARY_STATUSES), "ck_zones_status"),
        {"sqlite_autoincrement": True},
    )
    fid = Column(INTEGER, primary_key=True)
    code = _text(nullable=False, unique=True)
    name_zh = _text(nullable=False)
    name_en = _text()
    kind = _text(nullable=False)
    parent_code = _text()
    district_adcodes = _text()
    boundary_status = _text(nullable=False, server_default=text("'indicative'"))
    source = _text()
    source_date = _text()
    focus_categories = _text()
    published_area_km2 = Column(REAL)
    remarks = _text()
    row_version, updated_at, updated_by = _versioning()
    geom = Column(SqlType("MULTIPOLYGON"))
    # revision 0004: 4+N platform (seed 十), effective dates, extent year and
    # their basis, where each focus category comes from in the seed's text
    platform_4n = _text()
    effective_from = _text()
    effective_to = _text()
    extent_year = Column(INTEGER)
    date_basis = _text()
    focus_source = _text()


class Enterprise(Base):
    __tablename__ = "enterprises"
    __table_args__ = {"sqlite_autoincrement": True}
    fid = Column(INTEGER, primary_key=True)
    credit_code = _text(unique=True)
    name = _text(nullable=False)
    address = _text()
    category = _text()  # producer-service category '01'..'10'
    gbt4754 = _text()
    employees = Column(INTEGER)
    revenue_wan = Column(REAL)  # 万元
    founded = _text()  # ISO date
    district_adcode = _text()
    zone_codes = _text()  # ';'-joined; recomputed by the app (revision 0002)
    coord_source = _text(nullable=False, server_default=text("'cgcs2000'"))
    synthetic = Column(INTEGER, nullable=False, server_default=text("0"))
    row_version, updated_at, updated_by = _versioning()
    geom = Column(SqlType("POINT"))
    ps_edition = _text()  # classification edition '2015' / '2019' (revision 0004)


class Facility(Base):
    """A place the seed names that is a point, not an area (示意, revision 0004)."""

    __tablename__ = "facilities"
    __table_args__ = (
        CheckConstraint(
            _in("location_status", LOCATION_STATUSES), "ck_facilities_status"
        ),
        {"sqlite_autoincrement": True},
    )
    fid = Column(INTEGER, primary_key=True)
    code = _text(nullable=False, unique=True)
    name_zh = _text(nullable=False)
    name_en = _text()
    clause = _text()
    quote = _text()
    sector = _text()
    zone_code = _text()
    district_adcode = _text()
    location_status = _text(nullable=False, server_default=text("'indicative'"))
    location_basis = _text()
    coord_source = _text()
    confidence = _text()
    source = _text()
    source_date = _text()
    remarks = _text()
    row_version, updated_at, updated_by = _versioning()
    geom = Column(SqlType("POINT"))


class ConversionCase(Base):
    __tablename__ = "conversion_cases"
    __table_args__ = (
        CheckConstraint(_in("status", CASE_STATUSES), "ck_cases_status"),
        {"sqlite_autoincrement": True},
    )
    fid = Column(INTEGER, primary_key=True)
    case_no = _text(nullable=False, unique=True)
    applicant_name = _text()
    applicant_credit_code = _text()
    enterprise_fid = Column(
        INTEGER, ForeignKey("enterprises.fid", ondelete="SET NULL"), index=True
    )
    current_landuse_code = _text()
    current_landuse_system = _text()
    proposed_landuse_code = _text()
    proposed_landuse_system = _text()
    land_owned = Column(INTEGER)
    self_operated = Column(INTEGER)
    relocating_unit = Column(INTEGER)
    current_building_use = _text()
    site_area_m2 = Column(REAL)
    site_area_override_reason = _text()
    existing_gfa_m2 = Column(REAL)
    proposed_gfa_m2 = Column(REAL)
    far = Column(REAL)
    building_density = Column(REAL)
    green_ratio = Column(REAL)
    height_m = Column(REAL)
    proposed_category = _text()
    proposed_gbt4754 = _text()
    shortfalls_filled = _text()
    documents = _text()  # JSON list
    status = _text(nullable=False, server_default=text("'received'"))
    status_date = _text()
    status_by = _text()
    received_date = _text()
    remarks = _text()
    row_version, updated_at, updated_by = _versioning()
    geom = Column(SqlType("MULTIPOLYGON"))
    # revision 0003: rule inputs, land title, control indicators typed on the case
    applicant_is_industrial = Column(INTEGER)
    in_plan = Column(INTEGER)
    project_facilities = _text()
    manufacturing_stage = _text()
    heritage_area = Column(INTEGER)
    location_clause = _text()
    land_right_type = _text()
    remaining_term_years = Column(REAL)
    title_cert_no = _text()
    parcel_code = _text()
    indicator_far_max = Column(REAL)
    indicator_building_density_max = Column(REAL)
    indicator_green_ratio_min = Column(REAL)
    indicator_height_max_m = Column(REAL)
    indicator_source = _text()


class RegulatoryParcel(Base):
    """A regulatory-plan (控规) parcel and its control indicators (revision 0003)."""

    __tablename__ = "regulatory_parcels"
    __table_args__ = {"sqlite_autoincrement": True}
    fid = Column(INTEGER, primary_key=True)
    parcel_code = _text()
    plan_name = _text()
    approval_date = _text()
    landuse_code = _text()
    landuse_system = _text()
    far_max = Column(REAL)
    building_density_max = Column(REAL)
    green_ratio_min = Column(REAL)
    height_max_m = Column(REAL)
    source = _text()
    synthetic = Column(INTEGER, nullable=False, server_default=text("0"))
    remarks = _text()
    row_version, updated_at, updated_by = _versioning()
    geom = Column(SqlType("MULTIPOLYGON"))


class Evaluation(Base):
    __tablename__ = "evaluations"
    __table_args__ = (
        CheckConstraint(_in("overall", OVERALL_OUTCOMES), "ck_evaluations_overall"),
        {"sqlite_autoincrement": True},
    )
    id = Column(INTEGER, primary_key=True)
    case_fid = Column(
        INTEGER, ForeignKey("conversion_cases.fid", ondelete="CASCADE"), index=True
    )
    rules_version = _text()
    inputs_json = _text()
    outcomes_json = _text()
    overall = _text()
    evaluated_at = _text()
    evaluated_by = _text()


# --- App tables (not layers) ---------------------------------------------------
class Setting(Base):
    __tablename__ = "zp_settings"
    key = _text(primary_key=True)
    value_json = _text()


class AuditLog(Base):
    __tablename__ = "zp_audit_log"
    __table_args__ = {"sqlite_autoincrement": True}
    id = Column(INTEGER, primary_key=True)
    at = _text(nullable=False)
    user = _text()
    action = _text(nullable=False)
    table_name = _text()
    row_fid = Column(INTEGER)
    before_json = _text()
    after_json = _text()


class Layout(Base):
    __tablename__ = "zp_layouts"
    name = _text(primary_key=True)
    layout_json = _text()
    updated_at = _text()


class RulesVersion(Base):
    __tablename__ = "zp_rules_versions"
    version = _text(primary_key=True)
    created_at = _text()
    created_by = _text()
    note = _text()  # revision 0002
    rules_json = _text()


class CatalogueEdition(Base):
    """One loaded version of a catalogue edition (seed 一(二)); revision 0003."""

    __tablename__ = "zp_catalogue_editions"
    __table_args__ = (
        CheckConstraint(_in("status", CATALOGUE_STATUSES), "ck_catalogue_status"),
        {"sqlite_autoincrement": True},
    )
    id = Column(INTEGER, primary_key=True)
    edition = _text(nullable=False)
    title = _text()
    in_force_from = _text(nullable=False)
    in_force_to = _text()
    status = _text(nullable=False)
    source = _text()
    file_name = _text()
    file_sha256 = _text()
    row_count = Column(INTEGER)
    loaded_at = _text()
    loaded_by = _text()
    note = _text()


class CatalogueRow(Base):
    """One row of a loaded catalogue edition; revision 0003."""

    __tablename__ = "zp_catalogue_rows"
    __table_args__ = (
        CheckConstraint(_in("level", CATALOGUE_LEVELS), "ck_catalogue_level"),
        {"sqlite_autoincrement": True},
    )
    id = Column(INTEGER, primary_key=True)
    edition_id = Column(
        INTEGER,
        ForeignKey("zp_catalogue_editions.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    )
    row_no = Column(INTEGER)
    row_key = _text()
    area_name = _text()
    area_adcodes = _text()
    area_wkt = _text()
    area_indicative = Column(INTEGER)
    gbt4754_prefix = _text()
    conditions = _text()
    level = _text(nullable=False)
    text_zh = _text()
    text_en = _text()
    valid_from = _text()
    valid_to = _text()
    source = _text()
    verified = Column(INTEGER, nullable=False, server_default=text("0"))


class SchemaVersion(Base):
    __tablename__ = "zp_schema_version"
    version = Column(INTEGER, primary_key=True, autoincrement=False)
    applied_at = _text()


def table(name: str) -> Table:
    """Return the Core table of a project table name; KeyError if unknown."""
    return Base.metadata.tables[name]


def attribute_columns(name: str) -> list[str]:
    """Return a table's columns except the primary key and ``geom``."""
    t = table(name)
    return [c.name for c in t.columns if not c.primary_key and c.name != "geom"]


def column_kinds(name: str) -> dict[str, str]:
    """Return ``{column: 'int' | 'real' | 'text' | 'geom'}`` for a table."""
    out: dict[str, str] = {}
    for c in table(name).columns:
        if isinstance(c.type, SqlType) and c.name == "geom":
            out[c.name] = "geom"
        elif isinstance(c.type, INTEGER):
            out[c.name] = "int"
        elif isinstance(c.type, REAL | SqlType):
            out[c.name] = "real"
        else:
            out[c.name] = "text"
    return out


def column_defaults(name: str) -> dict[str, Any]:
    """Return ``{column: default}`` of a table's literal server defaults.

    Bulk inserts name every column, so a NULL would override the default;
    the writer fills missing values with these instead.
    """
    out: dict[str, Any] = {}
    for c in table(name).columns:
        d = c.server_default
        if d is None or not hasattr(d, "arg") or c.name == "last_change":
            continue
        raw = str(getattr(d.arg, "text", d.arg))
        if raw.startswith("'") and raw.endswith("'"):
            out[c.name] = raw[1:-1]
        elif raw.lstrip("-").isdigit():
            out[c.name] = int(raw)
    return out


def pk_column(name: str) -> str:
    """Return the primary key column name of a table (``fid`` for layers)."""
    return next(c.name for c in table(name).columns if c.primary_key)
