"""Headless ``import-zones`` and ``export-zones`` (registered by main.py).

Exit codes are the table in :mod:`cli.errors`: a rejected input is one line on
stderr, exit 2, and the project file stays byte-identical.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cli.errors import CommandError, ExitCode, warn
from layers.zones import safe_input

USER = "cli"
LIMITS = (
    f"Limits: input files up to {safe_input.MAX_INPUT_BYTES // 1024**2} MiB; zip/KMZ "
    f"archives up to {safe_input.MAX_MEMBERS} members, "
    f"{safe_input.MAX_UNCOMPRESSED // 1024**2} MiB expanded and "
    f"{safe_input.MAX_RATIO}:1 per member; KML with DOCTYPE/ENTITY is refused."
)


def add_parsers(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    """Add ``import-zones`` and ``export-zones`` to main.py's subparsers."""
    p = subparsers.add_parser(
        "import-zones",
        help="import zone boundaries (GPKG, SHP/zip, GeoJSON, KML/KMZ, DXF, CSV+WKT)",
        description="Import zone polygons into a project, all or nothing. " + LIMITS,
    )
    p.add_argument("project", help="project .gpkg or database URL / service=NAME")
    p.add_argument("file", help="input file")
    p.add_argument(
        "--crs",
        help="source CRS: EPSG:4548, gk117, wgs84, cgcs2000, gcj02, bd09 "
        "(default: from the file; required for DXF)",
    )
    p.add_argument(
        "--encoding", help="text encoding of DBF/CSV (default: .cpg or detect)"
    )
    p.add_argument("--layer", help="layer of a multi-layer file")
    p.add_argument("--kind", help="zone kind for rows without one (e.g. zgc_park)")
    p.add_argument(
        "--replace-matching",
        action="store_true",
        help="replace the boundaries of zones matching by code or name",
    )
    p.add_argument(
        "--code-prefix",
        metavar="PREFIX",
        help="give new zones without a code PREFIX001, PREFIX002, ... (codes "
        "already in the project are skipped)",
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help="map a source column onto a zone field (repeatable)",
    )
    p.set_defaults(func=cmd_import_zones)
    p = subparsers.add_parser(
        "export-zones", help="export zones to GPKG/SHP zip/GeoJSON/KML/DXF"
    )
    p.add_argument("project", help="project .gpkg or database URL / service=NAME")
    p.add_argument(
        "--out", required=True, help="output file; the extension picks the format"
    )
    p.add_argument("--crs", default="EPSG:4490", help="target CRS (default EPSG:4490)")
    p.add_argument(
        "--kind", action="append", help="export only these kinds (repeatable)"
    )
    p.set_defaults(func=cmd_export_zones)


def _mapping(pairs: list[str]) -> dict[str, str] | None:
    split = [m.split("=", 1) for m in pairs]
    if any(len(p) != 2 for p in split):
        raise CommandError("--map takes FIELD=COLUMN")
    return dict(split) if split else None


def cmd_import_zones(args: argparse.Namespace) -> int:
    """Run ``import-zones``; return the exit code."""
    from cli.errors import open_store
    from db.open_store import project_missing
    from layers.zones.safe_input import ZoneImportError
    from layers.zones.zone_import import ImportOptions, default_mapping, read_zones
    from layers.zones.zone_plan import MissingZoneCodesError, apply_plan, plan_import

    project = args.project
    if project_missing(project):
        raise CommandError(f"{project}: no such project file", ExitCode.PROJECT)
    mapping = _mapping(args.map)
    try:
        opts = ImportOptions(
            args.crs,
            args.encoding,
            args.layer,
            None,
            args.kind,
            code_prefix=args.code_prefix,
        )
        imp = read_zones(args.file, opts)
        if mapping:
            opts.mapping = {**default_mapping(imp.source_columns), **mapping}
            imp = read_zones(args.file, opts)
    except ZoneImportError as exc:
        raise CommandError(str(exc)) from exc
    store = open_store(project)
    try:
        before = store.read_table("zones")
        plan = plan_import(before, imp, args.replace_matching)
        with store.action(USER, f"Import zones from {plan.source_name}"):
            inserted, replaced = apply_plan(store, plan, USER)
            moved = refresh_membership(store, zones_after(before, plan), USER)
    except MissingZoneCodesError as exc:
        raise CommandError(
            f"{exc.path.name}: {exc.n_missing} of {exc.n_total} feature(s) have no "
            f"zone code (first: {exc.first}); generate codes with --code-prefix "
            "PREFIX (PREFIX001, PREFIX002, ...) or map a column with --map "
            "code=COLUMN"
        ) from exc
    except ZoneImportError as exc:
        raise CommandError(str(exc)) from exc
    finally:
        store.close()
    for w in imp.warnings:
        warn(w)
    if plan.generated:
        print(
            "codes generated: "
            + ", ".join(
                f"{imp.gdf['name_zh'].iloc[i] or i + 1}={c}" for i, c in plan.generated
            )
        )
    print(
        f"imported {inserted} new zone(s), replaced {replaced} boundary(ies) "
        f"from {Path(args.file).name} ({imp.coord_source}); zone membership of "
        f"{moved} enterprise(s) updated"
    )
    return 0


def zones_after(before: Any, plan: Any) -> Any:
    """Return the zones (code, geometry; EPSG:4490) once ``plan`` is written."""
    import pandas as pd

    after = before[["code", "geometry"]].copy()
    upd = plan.updates
    for column in ("code", "geometry"):
        if len(upd) and column in upd:
            after.loc[upd.index, column] = upd[column].to_numpy()
    if len(plan.inserts):
        new = plan.inserts[["code", "geometry"]].to_crs(after.crs)
        after = pd.concat([after, new], ignore_index=True)
    return after


def refresh_membership(store: Any, zones: Any, user: str) -> int:
    """Rewrite the stored ``zone_codes`` of enterprises against ``zones``.

    Run inside the action that changed the zones (``zones`` is what that
    action writes, EPSG:4490), so the file never holds boundaries and
    memberships that disagree (``stats`` and exports read the stored
    codes). Returns the number of enterprises updated.
    """
    import pandas as pd

    from layers.enterprises.assignment import refresh_zone_codes

    ent = store.read_table("enterprises")
    changed = refresh_zone_codes(ent, zones)
    if len(changed):
        rows = pd.DataFrame(
            {
                "zone_codes": changed,
                "row_version": ent.loc[changed.index, "row_version"],
            }
        )
        store.update_features("enterprises", rows, user)
    return len(changed)


def cmd_export_zones(args: argparse.Namespace) -> int:
    """Run ``export-zones``; return the exit code."""
    from cli.errors import open_store
    from db.open_store import describe_target
    from layers.zones.zone_export import ZoneExportError, export_zones

    store = open_store(args.project, read_only=True)
    try:
        zones = store.read_table(
            "zones", where={"kind": args.kind} if args.kind else None
        )
    finally:
        store.close()
    if len(zones) == 0:
        raise CommandError(f"{describe_target(args.project)}: no zones to export")
    notes: list[str] = []
    try:
        out = export_zones(zones, args.out, args.crs, notes)
    except ZoneExportError as exc:
        raise CommandError(str(exc)) from exc
    for note in notes:
        warn(note)
    print(f"exported {len(zones)} zone(s) to {out} ({args.crs})")
    return 0
