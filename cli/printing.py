"""Headless ``print`` and ``atlas`` subcommands (registered by main.py).

Both run without a display and without Chinese system fonts: Qt is started
with the offscreen platform (unless QT_QPA_PLATFORM says otherwise) and all
text uses the bundled font. Exit codes are the table in :mod:`cli.errors`:
2 bad input (unknown layout or layer, unsupported or unwritable output, and
``--strict`` when the preflight finds characters the font cannot draw), 3 the
project cannot be opened. Output files appear only when complete.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from cli.errors import CommandError, fail, open_store, warn


def add_parsers(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    """Add ``print`` and ``atlas`` to main.py's subparsers."""
    p = subparsers.add_parser(
        "print",
        help="print a layout to PDF/PNG/SVG",
        description="Print a saved layout (or a template by name) of PROJECT.",
    )
    _common(p)
    p.add_argument("--out", required=True, help="exhibit.pdf | .png | .svg")
    p.set_defaults(func=cmd_print)
    p = subparsers.add_parser(
        "atlas",
        help="one page per feature of a layer",
        description="Print one page per feature: the map follows the feature, "
        "texts take its fields ({name_zh}), the other features are muted.",
    )
    _common(p)
    p.add_argument(
        "--layer", required=True, help="zones | zgc_parks | cases | a layer id"
    )
    p.add_argument(
        "--out", required=True, help="atlas.pdf, or a name pattern with --per-file"
    )
    p.add_argument("--per-file", action="store_true", help="one file per page")
    p.add_argument("--name-field", help="field naming per-file pages (e.g. code)")
    p.add_argument("--scale", type=float, help="fixed scale 1:N instead of fitting")
    p.add_argument("--limit", type=int, help="at most this many pages")
    p.set_defaults(func=cmd_atlas)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("project", help="project .gpkg or database URL / service=NAME")
    p.add_argument("--layout", required=True, help="saved layout or template name")
    p.add_argument("--dpi", type=int, help="PNG/SVG dpi; PDF logical resolution (300)")
    p.add_argument("--strict", action="store_true", help="fail if glyphs are missing")


def ensure_gui_app() -> Any:
    """Return a QGuiApplication, starting an offscreen one when none runs."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    from gui.fonts import cjk_family

    cjk_family()
    return app


def _load(args: argparse.Namespace) -> tuple[Any, Any]:
    """Return (project, layout) or raise CommandError with a user message."""
    from db.project_io import load_project
    from layers.printing.layout import PrintLayout, load_template, template_names

    store = open_store(args.project, read_only=True)
    try:
        project = load_project(store)
    finally:
        store.close()
    if args.layout in project.layouts:
        return project, PrintLayout.from_dict(project.layouts[args.layout], args.layout)
    try:
        return project, load_template(args.layout)
    except KeyError:
        known = sorted(project.layouts) + template_names()
        raise CommandError(
            f"no layout or template {args.layout!r}; known: {known}"
        ) from None


def _check(layout: Any, ctx: Any, strict: bool) -> int:
    from gui.printing.preflight import describe, preflight

    issues = preflight(layout, ctx)
    return _report_missing(issues, describe(issues), strict)


def _report_missing(issues: list[Any], described: str, strict: bool) -> int:
    if not issues:
        return 0
    what = f"{len(issues)} character(s) missing from the font: {described}"
    if strict:
        return fail(f"{what} (--strict)")
    warn(what)
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    """Print one layout page; return the exit code."""
    from geo.atomic_write import check_target

    out = Path(args.out)
    if out.suffix.lower() not in (".pdf", ".png", ".svg"):
        return fail(f"unsupported output {out.name!r}; use .pdf, .png or .svg")
    check_target(out)
    project, layout = _load(args)
    ensure_gui_app()
    from gui.printing.exporters import export_layout
    from gui.printing.page_plan import RenderContext

    ctx = RenderContext(project, float(args.dpi or 300))
    code = _check(layout, ctx, args.strict)
    if code:
        return code
    export_layout(layout, project, out, dpi=args.dpi, ctx=ctx)
    print(f"printed {layout.name!r} to {out}")
    return 0


ZONE_LAYER_IDS = ("zgc_parks", "functional_areas", "platforms")


def cmd_atlas(args: argparse.Namespace) -> int:
    """Print an atlas; return the exit code."""
    from geo.atomic_write import check_target

    out = Path(args.out)
    if not args.per_file and out.suffix.lower() != ".pdf":
        return fail("a single-file atlas must be .pdf (use --per-file for .png/.svg)")
    check_target(out)
    project, layout = _load(args)
    layer_ids = list(ZONE_LAYER_IDS) if args.layer == "zones" else [args.layer]
    layer_ids = [i for i in layer_ids if project.find(i) is not None]
    if not layer_ids:
        return fail(
            f"no layer {args.layer!r}; layers: {[lyr.id for lyr in project.layers]}"
        )
    ensure_gui_app()
    from gui.printing.atlas import AtlasSpec, run_atlas

    total = 0
    for layer_id in layer_ids:
        code = _check_atlas_fields(layout, project, layer_id, args.strict)
        if code:
            return code
    for layer_id in layer_ids:
        target = (
            out
            if len(layer_ids) == 1
            else out.with_name(f"{out.stem}_{layer_id}{out.suffix}")
        )
        spec = AtlasSpec(
            layer_id,
            scale=args.scale,
            name_field=args.name_field,
            sort_field=args.name_field,
            limit=args.limit,
        )
        try:
            result = run_atlas(
                layout,
                project,
                spec,
                target,
                per_file=args.per_file,
                dpi=float(args.dpi or 300),
                progress=lambda i, t, lab: print(f"  {i}/{t} {lab}", file=sys.stderr),
            )
        except (KeyError, ValueError) as exc:
            raise CommandError(str(exc).strip("'\"")) from exc
        total += len(result.pages)
    print(f"atlas: {total} page(s) written from {layout.name!r} to {out.parent or '.'}")
    return 0


def _check_atlas_fields(layout: Any, project: Any, layer_id: str, strict: bool) -> int:
    """Preflight the feature values the layout's texts will print."""
    import string

    from gui.printing.preflight import check_texts, describe

    names = set()
    for it in layout.items_of("label"):
        names |= {
            f for _, f, _, _ in string.Formatter().parse(str(it.prop("text"))) if f
        }
    gdf = project.find(layer_id).gdf
    texts = [
        (f"{layer_id}.{n}", str(v)) for n in names if n in gdf for v in gdf[n].dropna()
    ]
    issues = check_texts(texts)
    return _report_missing(issues, describe(issues), strict)
