"""QGIS/GDAL see standard PostGIS layers: geometry_columns, primary keys, GiST."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

import main
from db.transfer import publish


def test_pg_qgis_layers_are_standard_postgis_tables(
    project_path: Path, pg_url: str, pg_cluster, capsys: pytest.CaptureFixture
) -> None:
    publish(project_path, pg_url)
    dbname = pg_url.split("/")[3].split("?")[0]
    with psycopg.connect(pg_cluster.conninfo(dbname)) as conn:
        rows = conn.execute(
            "SELECT f_table_name, type, srid, coord_dimension FROM geometry_columns "
            "WHERE f_table_schema = 'zoneplanner' ORDER BY 1"
        ).fetchall()
        assert rows == [
            ("basemap", "MULTIPOLYGON", 4490, 2),
            ("conversion_cases", "MULTIPOLYGON", 4490, 2),
            ("enterprises", "POINT", 4490, 2),
            ("facilities", "POINT", 4490, 2),
            ("regulatory_parcels", "MULTIPOLYGON", 4490, 2),
            ("zones", "MULTIPOLYGON", 4490, 2),
        ]
        # What QGIS's provider asks for: a primary key column per layer.
        keys = conn.execute(
            "SELECT c.relname, a.attname FROM pg_index i "
            "JOIN pg_class c ON c.oid = i.indrelid "
            "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY(i.indkey) "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE i.indisprimary AND n.nspname = 'zoneplanner' "
            "AND c.relname IN ('zones', 'enterprises', 'conversion_cases', 'basemap', "
            "'regulatory_parcels')"
        ).fetchall()
        assert sorted(keys) == [
            ("basemap", "fid"),
            ("conversion_cases", "fid"),
            ("enterprises", "fid"),
            ("regulatory_parcels", "fid"),
            ("zones", "fid"),
        ]
        # An edit from another client (as QGIS or psql would make it) is
        # stamped and audited by the server.
        conn.execute(
            "UPDATE zoneplanner.zones SET remarks = 'from psql' WHERE code = 'FA-CBD'"
        )
        conn.commit()
        row = conn.execute(
            "SELECT row_version, updated_by FROM zoneplanner.zones WHERE code = 'FA-CBD'"
        ).fetchone()
        assert row == (2, "zp_super")
        last = conn.execute(
            'SELECT action, "user", after_json FROM zoneplanner.zp_audit_log '
            "ORDER BY id DESC LIMIT 1"
        ).fetchone()
        assert last[0] == "update" and last[1] == "zp_super" and "from psql" in last[2]
    assert main.main(["check", pg_url]) == 0
    out = capsys.readouterr().out
    assert "enterprises: 50 features, POINT, EPSG:4490, GiST, audited" in out


def test_pg_qgis_gdal_reads_every_layer_if_it_has_the_driver(
    project_path: Path, pg_url: str, pg_cluster
) -> None:
    import pyogrio

    if "PostgreSQL" not in pyogrio.list_drivers():
        pytest.skip("this pyogrio's GDAL was built without the PostgreSQL driver")
    publish(project_path, pg_url)
    dbname = pg_url.split("/")[3].split("?")[0]
    dsn = f"PG:{pg_cluster.conninfo(dbname)} schemas=zoneplanner"
    for layer, n in (("zones", 3), ("enterprises", 50), ("conversion_cases", 2)):
        df = pyogrio.read_dataframe(dsn, layer=layer)
        assert len(df) == n and df.crs.to_epsg() == 4490
