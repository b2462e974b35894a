"""Initial project schema (schema v1): GeoPackage core, layers, app tables.

Frozen DDL: later schema changes go in new revisions, never here.

Revision ID: 0001
Revises:
"""

from alembic import context, op

from db import gpkg_meta
from db.migrations.helpers import dbapi_cursor, record_version

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
    cur = dbapi_cursor(op.get_bind())
    now = context.config.attributes.get("now")
    gpkg_meta.create_core(cur)
    for ddl in TABLES:
        cur.execute(ddl)
    for table, gtype, ident, desc in LAYERS:
        gpkg_meta.register_features(cur, table, gtype, ident, desc, now=now)
    gpkg_meta.register_attributes(cur, "evaluations", "Evaluations", now=now)
    record_version(op.get_bind(), 1)


def downgrade() -> None:
    raise NotImplementedError("the initial schema cannot be downgraded")
