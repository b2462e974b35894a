"""Case inputs for the rules, the 控规 parcel layer, catalogue editions (schema v3).

- conversion_cases gains the inputs the rules ask for: whether the applicant is
  an industrial enterprise (R1, seed (二十二)), the catalogue conditions of R4
  (列入规划, facility types, manufacturing stage, historic conservation area),
  the location-dependent clause a proposal relies on (R5), the land title for
  agreement transfer (land-right type, remaining term, 不动产权证 number, parcel
  code) and control indicators typed on the case with their source (R6).
- regulatory_parcels: the regulatory-plan (控规) parcel layer with its limits,
  a GeoPackage features table (registered only where the backend is one).
- zp_catalogue_editions / zp_catalogue_rows: versioned editions of the
  prohibited/restricted new-industry catalogue (seed 一(二)) loaded by planners.

Portable Alembic operations only; the layer registration goes through
db.migrations.helpers (gpkg_meta on a GeoPackage, GiST index and triggers on
PostGIS, where geometry is geometry(MULTIPOLYGON, 4490) and REAL is double).

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from db import gpkg_meta, pg_meta
from db.migrations.helpers import (
    dbapi_cursor,
    forget_version,
    geometry,
    is_postgres,
    pg_schema,
    real,
    record_version,
    register_layer,
)

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

CASE_COLUMNS = [
    ("applicant_is_industrial", sa.INTEGER),  # R1: 工业企业 (seed 二十二)
    ("in_plan", sa.INTEGER),  # R4: 列入规划 (markets, logistics centres)
    ("project_facilities", sa.TEXT),  # R4: ';'-joined facility kinds
    ("manufacturing_stage", sa.TEXT),  # R4: production / rd / pilot / design ...
    ("heritage_area", sa.INTEGER),  # R4: in a historic conservation area
    ("location_clause", sa.TEXT),  # R5: location-dependent clause relied on
    ("land_right_type", sa.TEXT),  # 出让 granted / 划拨 allocated / 集体 collective
    ("remaining_term_years", "real"),
    ("title_cert_no", sa.TEXT),  # 不动产权证号
    ("parcel_code", sa.TEXT),  # 宗地/地块编码
    ("indicator_far_max", "real"),  # R6 indicators typed on the case
    ("indicator_building_density_max", "real"),
    ("indicator_green_ratio_min", "real"),
    ("indicator_height_max_m", "real"),
    ("indicator_source", sa.TEXT),  # e.g. 规划条件通知书 No., 控规 name and date
]

LEVELS = "level IN ('禁止', '限制', '不列入')"


def _regulatory_parcels() -> None:
    op.create_table(
        "regulatory_parcels",
        sa.Column("fid", sa.INTEGER, primary_key=True),
        sa.Column("parcel_code", sa.TEXT),
        sa.Column("plan_name", sa.TEXT),
        sa.Column("approval_date", sa.TEXT),
        sa.Column("landuse_code", sa.TEXT),
        sa.Column("landuse_system", sa.TEXT),
        sa.Column("far_max", real()),
        sa.Column("building_density_max", real()),
        sa.Column("green_ratio_min", real()),
        sa.Column("height_max_m", real()),
        sa.Column("source", sa.TEXT),
        sa.Column("synthetic", sa.INTEGER, nullable=False, server_default=sa.text("0")),
        sa.Column("remarks", sa.TEXT),
        sa.Column("row_version", sa.INTEGER, nullable=False, server_default=sa.text("1")),
        sa.Column("updated_at", sa.TEXT),
        sa.Column("updated_by", sa.TEXT),
        sa.Column("geom", geometry("MULTIPOLYGON")),
        sqlite_autoincrement=True,
    )


def _catalogue_tables() -> None:
    op.create_table(
        "zp_catalogue_editions",
        sa.Column("id", sa.INTEGER, primary_key=True),
        sa.Column("edition", sa.TEXT, nullable=False),
        sa.Column("title", sa.TEXT),
        sa.Column("in_force_from", sa.TEXT, nullable=False),
        sa.Column("in_force_to", sa.TEXT),
        sa.Column("status", sa.TEXT, nullable=False),
        sa.Column("source", sa.TEXT),
        sa.Column("file_name", sa.TEXT),
        sa.Column("file_sha256", sa.TEXT),
        sa.Column("row_count", sa.INTEGER),
        sa.Column("loaded_at", sa.TEXT),
        sa.Column("loaded_by", sa.TEXT),
        sa.Column("note", sa.TEXT),
        sa.CheckConstraint(
            "status IN ('sample', 'authoritative')", name="ck_catalogue_status"
        ),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "zp_catalogue_rows",
        sa.Column("id", sa.INTEGER, primary_key=True),
        sa.Column(
            "edition_id",
            sa.INTEGER,
            sa.ForeignKey("zp_catalogue_editions.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("row_no", sa.INTEGER),
        sa.Column("row_key", sa.TEXT),
        sa.Column("area_name", sa.TEXT),
        sa.Column("area_adcodes", sa.TEXT),
        sa.Column("area_wkt", sa.TEXT),
        sa.Column("area_indicative", sa.INTEGER),
        sa.Column("gbt4754_prefix", sa.TEXT),
        sa.Column("conditions", sa.TEXT),
        sa.Column("level", sa.TEXT, nullable=False),
        sa.Column("text_zh", sa.TEXT),
        sa.Column("text_en", sa.TEXT),
        sa.Column("valid_from", sa.TEXT),
        sa.Column("valid_to", sa.TEXT),
        sa.Column("source", sa.TEXT),
        sa.Column("verified", sa.INTEGER, nullable=False, server_default=sa.text("0")),
        sa.CheckConstraint(LEVELS, name="ck_catalogue_level"),
        sqlite_autoincrement=True,
    )
    op.create_index(
        "ix_zp_catalogue_rows_edition_id", "zp_catalogue_rows", ["edition_id"]
    )


def upgrade() -> None:
    for name, type_ in CASE_COLUMNS:
        op.add_column(
            "conversion_cases", sa.Column(name, real() if type_ == "real" else type_)
        )
    _regulatory_parcels()
    _catalogue_tables()
    bind = op.get_bind()
    register_layer(
        "regulatory_parcels",
        "MULTIPOLYGON",
        "Regulatory plan parcels",
        "控规地块: land use and control indicators per parcel",
        versioned=True,
    )
    if is_postgres(bind):  # audit the catalogue editions like every other table
        cur, schema = dbapi_cursor(bind), pg_schema(bind)
        for table in ("zp_catalogue_editions", "zp_catalogue_rows"):
            pg_meta.register_table(cur, schema, table, "id", versioned=False)
    record_version(bind, 3)


def downgrade() -> None:
    bind = op.get_bind()
    if not is_postgres(bind):
        cur = dbapi_cursor(bind)
        r = gpkg_meta.rtree_name("regulatory_parcels")
        cur.execute(f'DROP TABLE IF EXISTS "{r}"')
        for t in ("gpkg_extensions", "gpkg_geometry_columns", "gpkg_contents"):
            cur.execute(f"DELETE FROM {t} WHERE table_name = 'regulatory_parcels'")
    op.drop_index("ix_zp_catalogue_rows_edition_id", "zp_catalogue_rows")
    op.drop_table("zp_catalogue_rows")
    op.drop_table("zp_catalogue_editions")
    op.drop_table("regulatory_parcels")
    for name, _ in reversed(CASE_COLUMNS):
        op.drop_column("conversion_cases", name)
    forget_version(bind, 3)
