"""The headless ``export-web`` command: project file in, offline HTML map out.

``python main.py export-web PROJECT --out map.html [--layers k1,k2] [--title T]
[--basemap osm|tianditu|amap --tianditu-key K] [--extent xmin,ymin,xmax,ymax]``

Exit codes are the table in :mod:`cli.errors`: 2 bad arguments (unknown layer
or basemap, missing key, an output that cannot be written), 3 the project
cannot be opened. Errors are one line on stderr; success one line on stdout.
"""

from __future__ import annotations

import argparse
from typing import Any

from cli.errors import CommandError, open_store


def add_export_web_parser(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    """Add the ``export-web`` subcommand to an argparse subparsers object."""
    p = subparsers.add_parser(
        "export-web",
        help="export an interactive offline web map (HTML)",
        description="Write the project's map as one HTML page that works offline "
        "(Leaflet inlined). Coordinates in the page are EPSG:4490 used as WGS84, "
        "or GCJ-02 with --basemap amap.",
    )
    p.add_argument("project", help="project .gpkg or database URL / service=NAME")
    p.add_argument("--out", required=True, help="HTML file to write")
    p.add_argument(
        "--layers",
        default=None,
        help="comma-separated layer ids or names (default: visible layers)",
    )
    p.add_argument("--title", default=None, help="page title")
    p.add_argument(
        "--basemap",
        choices=("osm", "tianditu", "amap"),
        default=None,
        help="add online tiles (opt-in; the only remote reference)",
    )
    p.add_argument("--tianditu-key", default=None, help="Tianditu key (tk)")
    p.add_argument(
        "--extent", default=None, help="xmin,ymin,xmax,ymax in EPSG:4490 lon/lat"
    )
    p.set_defaults(func=export_web_cmd)
    return p


def load_project_file(path: str) -> Any:
    """Open a project (file or database) read-only and return its Project."""
    from db.project_io import load_project

    store = open_store(path, read_only=True)
    try:
        return load_project(store)
    finally:
        store.close()


def _parse_extent(text: str | None) -> tuple[float, float, float, float] | None:
    if not text:
        return None
    parts = [float(v) for v in text.split(",")]
    if len(parts) != 4 or parts[0] >= parts[2] or parts[1] >= parts[3]:
        raise ValueError("--extent needs xmin,ymin,xmax,ymax with xmin<xmax, ymin<ymax")
    return parts[0], parts[1], parts[2], parts[3]


def export_web_cmd(args: argparse.Namespace) -> int:
    """Run ``export-web``; return the process exit code."""
    from geo.atomic_write import check_target
    from layers.web.web_map import DEFAULT_TITLE, WebExportError, export_web_map

    try:
        extent = _parse_extent(args.extent)
    except ValueError as exc:
        raise CommandError(str(exc)) from exc
    check_target(args.out)
    project = load_project_file(args.project)
    layer_ids = (
        [s.strip() for s in args.layers.split(",") if s.strip()]
        if args.layers
        else None
    )
    try:
        result = export_web_map(
            project,
            args.out,
            layer_ids=layer_ids,
            title=args.title or DEFAULT_TITLE,
            basemap=args.basemap,
            tianditu_key=args.tianditu_key,
            extent_ll=extent,
        )
    except WebExportError as exc:
        raise CommandError(str(exc)) from exc
    n = sum(result.n_features.values())
    print(
        f"wrote {result.path} ({result.bytes / 1e6:.2f} MB, {n} features, "
        f"{len(result.n_features)} layers, {result.seconds:.1f} s)"
    )
    return 0
