"""Zone kinds in the policy's words, 4+N platforms, dates, focus sources,
classification editions and the facilities layer (schema v4).

- zones: ``platform_4n`` (which of the 4+N platforms of seed (十)),
  ``effective_from`` / ``effective_to`` / ``extent_year`` / ``date_basis``,
  ``focus_source`` (clause and words of the seed behind each focus category).
- zone kinds follow seed (九): ``new_area`` (新区/开发区, which held 经开区 and the
  capital-airport zone) becomes ``functional_area`` (高端产业功能区); 新首钢 and
  丽泽 become ``development_area`` (产业发展新区). Rows of kind ``new_area`` that
  are not the shipped ones get a remark asking the planner to check. Saved
  layer styles that categorise by kind follow.
- enterprises: ``ps_edition`` (2015 / 2019 producer-services classification);
  existing rows stay NULL (not recorded).
- facilities: places the seed names that are points (示意), a features table.

Portable Alembic ops for the DDL; the layer is registered through
db.migrations.helpers (GeoPackage metadata, or PostGIS index and triggers).

Revision ID: 0004
Revises: 0003
"""

import json

import sqlalchemy as sa
from alembic import op

from db.migrations.helpers import geometry, record_version, register_layer

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

ZONE_COLUMNS = [
    ("platform_4n", sa.Text()),
    ("effective_from", sa.Text()),
    ("effective_to", sa.Text()),
    ("extent_year", sa.Integer()),
    ("date_basis", sa.Text()),
    ("focus_source", sa.Text()),
]
#: 产业发展新区 of seed (九), by shipped code or by name.
DEVELOPMENT = ("FA-SG", "FA-LZ")
DEVELOPMENT_NAMES = ("%新首钢%", "%丽泽%")
SHIPPED_NEW_AREA = ("NA-BDA", "NA-PEK")
CHECK_NOTE = (
    " | schema v4: kind new_area (新区/开发区) became functional_area "
    "(高端产业功能区, seed (九)); check this zone's kind"
)
#: Default category labels of earlier versions -> today's (saved styles).
LABELS = {"高端功能区": "高端产业功能区", "协同发展平台": "4+N合作平台"}


def _text(name: str, **kw: object) -> sa.Column:
    return sa.Column(name, sa.Text(), **kw)


def upgrade() -> None:
    bind = op.get_bind()
    for name, type_ in ZONE_COLUMNS:
        op.add_column("zones", sa.Column(name, type_))
    op.add_column("enterprises", sa.Column("ps_edition", sa.Text()))
    _migrate_kinds(bind)
    _migrate_styles(bind)
    _create_facilities()
    register_layer(
        "facilities",
        "POINT",
        "Facilities",
        "Places the 2016 policy names as points (indicative)",
        versioned=True,
    )
    record_version(bind, 4)


def _migrate_kinds(bind: sa.engine.Connection) -> None:
    names = " OR ".join(f"name_zh LIKE '{n}'" for n in DEVELOPMENT_NAMES)
    codes = ", ".join(f"'{c}'" for c in DEVELOPMENT)
    bind.execute(
        sa.text(
            "UPDATE zones SET kind = 'development_area' WHERE kind = "
            f"'functional_area' AND (code IN ({codes}) OR {names})"
        )
    )
    shipped = ", ".join(f"'{c}'" for c in SHIPPED_NEW_AREA)
    bind.execute(
        sa.text(
            "UPDATE zones SET remarks = COALESCE(remarks, '') || :note "
            f"WHERE kind = 'new_area' AND code NOT IN ({shipped})"
        ),
        {"note": CHECK_NOTE},
    )
    bind.execute(
        sa.text("UPDATE zones SET kind = 'functional_area' WHERE kind = 'new_area'")
    )
    bind.execute(
        sa.text(
            "UPDATE zones SET platform_4n = 'n' WHERE kind = 'cooperation_platform'"
        )
    )
    platforms = {
        "CP-CFD": "caofeidian", "CP-PKX": "daxing_airport",
        "CP-BHZ": "binhai_zgc", "CP-ZJK": "zhangcheng", "CP-CD": "zhangcheng",
    }
    for code, key in platforms.items():
        bind.execute(
            sa.text(
                "UPDATE zones SET platform_4n = :key "
                "WHERE code = :code AND kind = 'cooperation_platform'"
            ),
            {"key": key, "code": code},
        )


def _migrate_styles(bind: sa.engine.Connection) -> None:
    """Saved layer styles categorised by kind: new_area -> development_area."""
    row = bind.execute(
        sa.text("SELECT value_json FROM zp_settings WHERE \"key\" = 'layers'")
    ).fetchone()
    if row is None or not row[0]:
        return
    layers = json.loads(row[0])
    changed = False
    for entry in layers if isinstance(layers, list) else []:
        style = entry.get("style") or {}
        if style.get("field") != "kind":
            continue
        for cat in style.get("categories") or []:
            if cat.get("value") == "new_area":
                cat["value"], cat["label"] = "development_area", "产业发展新区"
                changed = True
            elif cat.get("label") in LABELS:
                cat["label"] = LABELS[cat["label"]]
                changed = True
    if changed:
        bind.execute(
            sa.text("UPDATE zp_settings SET value_json = :v WHERE \"key\" = 'layers'"),
            {"v": json.dumps(layers, ensure_ascii=False)},
        )


def _create_facilities() -> None:
    op.create_table(
        "facilities",
        sa.Column("fid", sa.Integer(), primary_key=True, autoincrement=True),
        _text("code", nullable=False, unique=True),
        _text("name_zh", nullable=False),
        _text("name_en"), _text("clause"), _text("quote"), _text("sector"),
        _text("zone_code"), _text("district_adcode"),
        _text("location_status", nullable=False, server_default="indicative"),
        _text("location_basis"), _text("coord_source"), _text("confidence"),
        _text("source"), _text("source_date"), _text("remarks"),
        sa.Column("row_version", sa.Integer(), nullable=False, server_default=sa.text("1")),
        _text("updated_at"), _text("updated_by"),
        sa.Column("geom", geometry("POINT")),
        sa.CheckConstraint(
            "location_status IN ('indicative', 'surveyed')",
            name="ck_facilities_status",
        ),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    raise NotImplementedError("schema v4 kinds and facilities are not downgraded")
