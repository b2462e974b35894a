"""Initial project schema (schema v1): GeoPackage core, layers, app tables.

Frozen DDL: later schema changes go in new revisions, never here. On a
GeoPackage the spec's own DDL runs verbatim; on PostgreSQL/PostGIS the same
tables are created with Alembic ops (geometry(…, 4490), double precision for
REAL) and registered with their GiST indexes and triggers (db.pg_meta).

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import context, op

from db import gpkg_meta, pg_meta
from db.migrations.helpers import (
    dbapi_cursor,
    geometry,
    is_postgres,
    pg_schema,
    real,
    record_version,
)

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TABLES = [
    """CREATE TABLE basemap (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  adcode TEXT, name_zh TEXT, name_en TEXT, level TEXT, parent_adcode TEXT,
  geom MULTIPOLYGON
)""",
    """CREATE TABLE zones (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  code TEXT NOT NULL UNIQUE,
  name_zh TEXT NOT NULL,
  name_en TEXT,
  kind TEXT NOT NULL,
  parent_code TEXT,
  district_adcodes TEXT,
  boundary_status TEXT NOT NULL DEFAULT 'indicative',
  source TEXT,
  source_date TEXT,
  focus_categories TEXT,
  published_area_km2 REAL,
  remarks TEXT,
  row_version INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT,
  updated_by TEXT,
  geom MULTIPOLYGON,
  CONSTRAINT ck_zones_status CHECK (boundary_status IN ('indicative', 'official'))
)""",
    """CREATE TABLE enterprises (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  credit_code TEXT UNIQUE,
  name TEXT NOT NULL,
  address TEXT,
  category TEXT,
  gbt4754 TEXT,
  employees INTEGER,
  revenue_wan REAL,
  founded TEXT,
  district_adcode TEXT,
  coord_source TEXT NOT NULL DEFAULT 'cgcs2000',
  synthetic INTEGER NOT NULL DEFAULT 0,
  row_version INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT,
  updated_by TEXT,
  geom POINT
)""",
    """CREATE TABLE conversion_cases (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  case_no TEXT NOT NULL UNIQUE,
  applicant_name TEXT,
  applicant_credit_code TEXT,
  enterprise_fid INTEGER REFERENCES enterprises(fid) ON DELETE SET NULL,
  current_landuse_code TEXT,
  current_landuse_system TEXT,
  proposed_landuse_code TEXT,
  proposed_landuse_system TEXT,
  land_owned INTEGER,
  self_operated INTEGER,
  relocating_unit INTEGER,
  current_building_use TEXT,
  site_area_m2 REAL,
  site_area_override_reason TEXT,
  existing_gfa_m2 REAL,
  proposed_gfa_m2 REAL,
  far REAL,
  building_density REAL,
  green_ratio REAL,
  height_m REAL,
  proposed_category TEXT,
  proposed_gbt4754 TEXT,
  shortfalls_filled TEXT,
  documents TEXT,
  status TEXT NOT NULL DEFAULT 'received',
  status_date TEXT,
  status_by TEXT,
  received_date TEXT,
  remarks TEXT,
  row_version INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT,
  updated_by TEXT,
  geom MULTIPOLYGON,
  CONSTRAINT ck_cases_status CHECK (status IN
    ('received', 'under_review', 'approved', 'rejected', 'withdrawn'))
)""",
    "CREATE INDEX ix_conversion_cases_enterprise_fid ON conversion_cases (enterprise_fid)",
    """CREATE TABLE evaluations (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  case_fid INTEGER REFERENCES conversion_cases(fid) ON DELETE CASCADE,
  rules_version TEXT,
  inputs_json TEXT,
  outcomes_json TEXT,
  overall TEXT,
  evaluated_at TEXT,
  evaluated_by TEXT,
  CONSTRAINT ck_evaluations_overall CHECK (overall IN ('PASS', 'REVIEW', 'FAIL'))
)""",
    "CREATE INDEX ix_evaluations_case_fid ON evaluations (case_fid)",
    'CREATE TABLE zp_settings ("key" TEXT NOT NULL PRIMARY KEY, value_json TEXT)',
    """CREATE TABLE zp_audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  at TEXT NOT NULL,
  "user" TEXT,
  action TEXT NOT NULL,
  table_name TEXT,
  row_fid INTEGER,
  before_json TEXT,
  after_json TEXT
)""",
    "CREATE INDEX ix_zp_audit_log_table_row ON zp_audit_log (table_name, row_fid)",
    """CREATE TABLE zp_layouts (
  name TEXT NOT NULL PRIMARY KEY, layout_json TEXT, updated_at TEXT
)""",
    """CREATE TABLE zp_rules_versions (
  version TEXT NOT NULL PRIMARY KEY, created_at TEXT, created_by TEXT, rules_json TEXT
)""",
    """CREATE TABLE zp_schema_version (
  version INTEGER NOT NULL PRIMARY KEY, applied_at TEXT
)""",
]

LAYERS = [
    ("basemap", "MULTIPOLYGON", "Basemap", "Administrative divisions (CGCS2000)"),
    ("zones", "MULTIPOLYGON", "Zones", "Functional zones and 4+N platforms"),
    ("enterprises", "POINT", "Enterprises", "Producer-service enterprises"),
    ("conversion_cases", "MULTIPOLYGON", "Conversion cases",
     "Industrial-land conversion cases"),
]


def upgrade() -> None:
    if is_postgres():
        _upgrade_postgres()
        return
    cur = dbapi_cursor(op.get_bind())
    now = context.config.attributes.get("now")
    gpkg_meta.create_core(cur)
    for ddl in TABLES:
        cur.execute(ddl)
    for table, gtype, ident, desc in LAYERS:
        gpkg_meta.register_features(cur, table, gtype, ident, desc, now=now)
    gpkg_meta.register_attributes(cur, "evaluations", "Evaluations", now=now)
    record_version(op.get_bind(), 1)


def _text(name: str, **kw) -> sa.Column:
    return sa.Column(name, sa.Text, **kw)


def _versioning() -> list[sa.Column]:
    return [
        sa.Column("row_version", sa.Integer, nullable=False, server_default="1"),
        _text("updated_at"),
        _text("updated_by"),
    ]


def _fid() -> sa.Column:
    return sa.Column("fid", sa.Integer, primary_key=True, autoincrement=True)


def _pg_tables() -> None:
    t = _text
    op.create_table(
        "basemap", _fid(), t("adcode"), t("name_zh"), t("name_en"), t("level"),
        t("parent_adcode"), sa.Column("geom", geometry("MULTIPOLYGON")),
    )
    op.create_table(
        "zones", _fid(), t("code", nullable=False, unique=True),
        t("name_zh", nullable=False), t("name_en"), t("kind", nullable=False),
        t("parent_code"), t("district_adcodes"),
        t("boundary_status", nullable=False, server_default="indicative"),
        t("source"), t("source_date"), t("focus_categories"),
        sa.Column("published_area_km2", real()), t("remarks"), *_versioning(),
        sa.Column("geom", geometry("MULTIPOLYGON")),
        sa.CheckConstraint(
            "boundary_status IN ('indicative', 'official')", name="ck_zones_status"
        ),
    )
    op.create_table(
        "enterprises", _fid(), t("credit_code", unique=True),
        t("name", nullable=False), t("address"), t("category"), t("gbt4754"),
        sa.Column("employees", sa.Integer), sa.Column("revenue_wan", real()),
        t("founded"), t("district_adcode"),
        t("coord_source", nullable=False, server_default="cgcs2000"),
        sa.Column("synthetic", sa.Integer, nullable=False, server_default="0"),
        *_versioning(), sa.Column("geom", geometry("POINT")),
    )
    ints = ("land_owned", "self_operated", "relocating_unit")
    reals = ("site_area_m2", "existing_gfa_m2", "proposed_gfa_m2", "far",
             "building_density", "green_ratio", "height_m")
    op.create_table(
        "conversion_cases", _fid(), t("case_no", nullable=False, unique=True),
        t("applicant_name"), t("applicant_credit_code"),
        sa.Column("enterprise_fid", sa.Integer,
                  sa.ForeignKey("enterprises.fid", ondelete="SET NULL"), index=True),
        t("current_landuse_code"), t("current_landuse_system"),
        t("proposed_landuse_code"), t("proposed_landuse_system"),
        *[sa.Column(c, sa.Integer) for c in ints], t("current_building_use"),
        sa.Column("site_area_m2", real()), t("site_area_override_reason"),
        *[sa.Column(c, real()) for c in reals[1:]],
        t("proposed_category"), t("proposed_gbt4754"), t("shortfalls_filled"),
        t("documents"), t("status", nullable=False, server_default="received"),
        t("status_date"), t("status_by"), t("received_date"), t("remarks"),
        *_versioning(), sa.Column("geom", geometry("MULTIPOLYGON")),
        sa.CheckConstraint(
            "status IN ('received', 'under_review', 'approved', 'rejected', "
            "'withdrawn')", name="ck_cases_status",
        ),
    )
    op.create_table(
        "evaluations", sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_fid", sa.Integer,
                  sa.ForeignKey("conversion_cases.fid", ondelete="CASCADE"),
                  index=True),
        t("rules_version"), t("inputs_json"), t("outcomes_json"), t("overall"),
        t("evaluated_at"), t("evaluated_by"),
        sa.CheckConstraint(
            "overall IN ('PASS', 'REVIEW', 'FAIL')", name="ck_evaluations_overall"
        ),
    )
    op.create_table("zp_settings", t("key", primary_key=True), t("value_json"))
    op.create_table(
        "zp_audit_log", sa.Column("id", sa.BigInteger, primary_key=True),
        t("at", nullable=False), t("user"), t("action", nullable=False),
        t("table_name"), sa.Column("row_fid", sa.BigInteger), t("before_json"),
        t("after_json"),
    )
    op.create_index("ix_zp_audit_log_table_row", "zp_audit_log",
                    ["table_name", "row_fid"])
    op.create_table("zp_layouts", t("name", primary_key=True), t("layout_json"),
                    t("updated_at"))
    op.create_table("zp_rules_versions", t("version", primary_key=True),
                    t("created_at"), t("created_by"), t("rules_json"))
    op.create_table(
        "zp_schema_version",
        sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
        t("applied_at"),
    )


def _upgrade_postgres() -> None:
    bind = op.get_bind()
    _pg_tables()
    cur = dbapi_cursor(bind)
    schema = pg_schema(bind)
    pg_meta.create_functions(cur, schema)
    for table, *_ in LAYERS:
        versioned = table in ("zones", "enterprises", "conversion_cases")
        pg_meta.register_layer(cur, schema, table, "fid", versioned)
    pg_meta.register_table(cur, schema, "evaluations", "id", versioned=False)
    pg_meta.register_keyed(cur, schema, "zp_settings", "key", "settings")
    pg_meta.register_keyed(cur, schema, "zp_rules_versions", "version")
    pg_meta.register_case_decisions(cur, schema)
    record_version(bind, 1)


def downgrade() -> None:
    raise NotImplementedError("the initial schema cannot be downgraded")
