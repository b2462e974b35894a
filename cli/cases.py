"""Headless ``evaluate`` command: one case with a PDF report, or all with a CSV.

::

    python main.py evaluate PROJECT --case ZH-2026-001 --report out.pdf
    python main.py evaluate PROJECT --all --summary summary.csv [--report DIR]

Exit codes are the table in :mod:`cli.errors` (2 bad arguments: unknown case,
nothing selected, an output that cannot be written; 3 the project cannot be
opened; 4 locked). Reports and the summary appear only when complete.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cli.errors import (
    CommandError,
    ExitCode,
    error,
    open_store,
    require_input,
    warn,
)
from geo.units import M2_PER_MU

if TYPE_CHECKING:
    from layers.cases.evaluations import ReportData
    from layers.permissions import Permissions

EXIT_OK = 0


def add_evaluate_parser(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    """Add the ``evaluate`` sub-command to an argparse ``subparsers`` object."""
    p = subparsers.add_parser(
        "evaluate",
        help="evaluate conversion cases against the rules (R1-R7)",
        description="Evaluate industrial-land conversion cases against the 2016 "
        "policy rules; write a PDF report per case and/or a summary CSV.",
    )
    p.add_argument(
        "project", help="project GeoPackage (*.gpkg) or database URL / service=NAME"
    )
    sel = p.add_mutually_exclusive_group(required=True)
    sel.add_argument("--case", help="case number (ZH-2026-001) or fid")
    sel.add_argument("--all", action="store_true", help="evaluate every case")
    p.add_argument(
        "--report",
        type=Path,
        help="PDF file (with --case) or directory of PDFs (with --all)",
    )
    p.add_argument(
        "--summary",
        type=Path,
        help="summary CSV (default with --all: evaluation_summary.csv)",
    )
    p.add_argument(
        "--status",
        action="append",
        help="with --all: only cases in this status (repeatable)",
    )
    p.add_argument(
        "--as-of",
        help="evaluation date YYYY-MM-DD (default today); a case without an "
        "application date takes its catalogue edition and zones from it",
    )
    p.add_argument("--rules-version", help="a rules version recorded in the project")
    p.add_argument("--user", default="cli", help="evaluator name recorded")
    p.add_argument(
        "--no-save",
        action="store_true",
        help="do not store the evaluations in the project (read-only)",
    )
    p.set_defaults(func=evaluate_cmd, command="evaluate")
    return p


def _select(cases: Any, args: argparse.Namespace) -> Any:
    if args.all:
        if args.status:
            return cases[cases["status"].isin(args.status)]
        return cases
    key = str(args.case).strip()
    hit = cases[cases["case_no"].astype(str) == key]
    if hit.empty and key.isdigit() and int(key) in cases.index:
        hit = cases.loc[[int(key)]]
    return hit


def _permissions(store: Any) -> Permissions:
    """Return what the signed-in role may do (a file's owner: everything)."""
    from layers.permissions import Permissions

    role = store.role()
    return Permissions(role, role)


def _saves_evaluations(
    store: Any, args: argparse.Namespace, rules: Any, perms: Permissions
) -> bool:
    """Return True if evaluations are saved; say why not when the rules forbid it."""
    from layers.cases.evaluations import is_recorded
    from layers.permissions import Capability

    if args.no_save or store.read_only or not perms.can(Capability.EDIT):
        return False
    if perms.can(Capability.RULES) or is_recorded(store, rules.version):
        return True
    warn(
        f"evaluate: rules {rules.version} are not recorded in the project and only "
        "an administrator may record them; the evaluations are not saved"
    )
    return False


def _rules(store: Any, args: argparse.Namespace, perms: Permissions) -> Any:
    from layers.cases.evaluations import current_rules, rules_versions
    from layers.cases.rules import load_rules
    from layers.permissions import Capability

    if args.rules_version:
        versions = rules_versions(store)
        if args.rules_version not in versions:
            raise KeyError(
                f"rules version {args.rules_version!r} not in the project "
                f"(have: {', '.join(sorted(versions)) or 'none'})"
            )
        return versions[args.rules_version]
    if store.read_only:
        versions = rules_versions(store)
        return versions[max(versions)] if versions else load_rules()
    return current_rules(store, args.user, record=perms.can(Capability.RULES))


def _summary_row(fid: Any, rd: ReportData, report: Path | None) -> dict[str, Any]:
    ev, f = rd.evaluation, rd.facts
    row = {
        "fid": fid,
        "case_no": ev.case_no,
        "applicant": rd.case.get("applicant_name"),
        "status": rd.case.get("status"),
        "districts": ";".join(f"{d.name_zh}:{d.share:.0%}" for d in f.districts),
        "site_area_m2": round(f.site_area_m2, 1),
        "site_area_ha": round(f.site_area_m2 / 1e4, 2),
        "site_area_mu": round(f.site_area_m2 / M2_PER_MU, 1),
        "overall": ev.overall,
    }
    row |= {o.rule_id: o.outcome for o in ev.outcomes}
    row |= {
        "rules_version": ev.rules_version,
        "as_of": ev.as_of,
        # the zones in force on this day counted (application date, else as_of)
        "zones_date": f.zones_date,
        "zones_left_out": ";".join(z.key for z in f.zones_left_out),
        "report": str(report) if report else "",
    }
    return row


def evaluate_cmd(args: argparse.Namespace) -> int:
    """Run the ``evaluate`` command; return the process exit code."""
    from geo.atomic_write import check_target

    for out in (args.summary, None if args.all else args.report):
        if out is not None:
            check_target(out)
    store = open_store(args.project, read_only=args.no_save)
    try:
        return _evaluate(store, args)
    finally:
        store.close()


def _evaluate(store: Any, args: argparse.Namespace) -> int:
    from db.catalogue_store import project_catalogue
    from db.project_io import load_project
    from layers.cases.engine import review_counts
    from layers.cases.evaluations import ReportData, facts_context, run, save_evaluation
    from layers.cases.facts import SiteFacts
    from layers.permissions import Capability

    cases = store.read_table("conversion_cases")
    chosen = _select(cases, args)
    if chosen.empty:
        what = "no case matches" if args.all else f"case {args.case!r} not found"
        raise CommandError(f"evaluate: {what}")
    perms = _permissions(store)
    try:
        rules = _rules(store, args, perms)
    except KeyError as exc:
        raise CommandError(f"evaluate: {exc.args[0]}") from exc
    project = load_project(store)
    ctx = facts_context(project)
    may_record = perms.can(Capability.RULES)
    catalogue = project_catalogue(
        store, rules.inputs("R4"), args.user, perms.can(Capability.CATALOGUE)
    )
    saving = _saves_evaluations(store, args, rules, perms)
    if args.report:
        from gui.cases.report import write_report  # Qt: only when a PDF is asked for
    if args.all and args.report:
        args.report.mkdir(parents=True, exist_ok=True)
    rows, evs = [], []
    for fid, case in chosen.iterrows():
        row = {**case.to_dict(), "fid": int(fid)}
        ev, inputs = run(row, ctx, rules, args.as_of, catalogue)
        evs.append(ev)
        if saving:
            record = rules if may_record else None
            save_evaluation(store, int(fid), ev, inputs, args.user, record)
        facts = SiteFacts.from_dict(inputs["facts"])
        rd = ReportData(row, facts, ev, args.user, store.now())
        out = None
        if args.report:
            out = args.report / f"{ev.case_no}.pdf" if args.all else args.report
            write_report(out, rd, project)
        rows.append(_summary_row(fid, rd, out))
        print(
            f"{ev.case_no}\t{ev.overall}\t"
            + " ".join(f"{o.rule_id}:{o.outcome}" for o in ev.outcomes)
        )
    counts = review_counts(evs)
    print(
        "REVIEW per rule: "
        + " ".join(f"{rid}:{n}" for rid, n in counts.items())
        + f" ({len(evs)} case(s))"
    )
    summary = args.summary or (Path("evaluation_summary.csv") if args.all else None)
    if summary is not None:
        from geo.atomic_write import atomic_write

        with (
            atomic_write(summary) as tmp,
            open(tmp, "w", newline="", encoding="utf-8-sig") as fh,
        ):
            w = csv.DictWriter(fh, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)
        print(f"summary: {summary} ({len(rows)} cases)")
    return EXIT_OK


# --- catalogue and 控规 imports ---------------------------------------------------
def add_import_parsers(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    """Add ``import-catalogue`` and ``import-regulatory`` to main.py's parser."""
    p = subparsers.add_parser(
        "import-catalogue",
        help="load a prohibited/restricted catalogue file (CSV/XLSX) into a project",
        description="Validate a catalogue file (schema: README 'Catalogue files') "
        "and store its editions as a new, audited version; nothing is stored "
        "unless every row is valid.",
    )
    p.add_argument(
        "project", help="project GeoPackage (*.gpkg) or database URL / service=NAME"
    )
    p.add_argument("file", type=Path, help="catalogue .csv or .xlsx")
    p.add_argument(
        "--status",
        choices=("authoritative", "sample"),
        default="authoritative",
        help="what the file is (a sample is shown as 待核实)",
    )
    p.add_argument("--note", default="", help="why it is loaded (kept with it)")
    p.add_argument("--user", default="cli", help="name recorded in the audit log")
    p.set_defaults(func=import_catalogue_cmd, command="import-catalogue")
    r = subparsers.add_parser(
        "import-regulatory",
        help="import a regulatory-plan (控规) parcel layer with control indicators",
        description="Read 控规 parcels from any format the zone importer reads, "
        "map the limit columns, store them all or nothing.",
    )
    r.add_argument(
        "project", help="project GeoPackage (*.gpkg) or database URL / service=NAME"
    )
    r.add_argument("file", type=Path, help="GPKG, SHP/zip, GeoJSON, KML/KMZ, DXF, CSV")
    r.add_argument("--crs", help="source CRS when the file does not say (EPSG:4548…)")
    r.add_argument("--encoding", help="text encoding of DBF/CSV (gbk…)")
    r.add_argument("--layer", help="layer of a multi-layer file")
    r.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help="map a field (far_max, building_density_max, green_ratio_min, "
        "height_max_m, parcel_code, plan_name, approval_date, landuse_code…) "
        "to a source column; repeatable",
    )
    r.add_argument("--plan-name", help="plan name for rows without one")
    r.add_argument("--approval-date", help="approval date for rows without one")
    r.add_argument("--source", help="source reference for rows without one")
    r.add_argument(
        "--replace-matching",
        action="store_true",
        help="replace stored parcels with the same plan name and parcel code",
    )
    r.add_argument("--user", default="cli", help="name recorded in the audit log")
    r.set_defaults(func=import_regulatory_cmd, command="import-regulatory")


def import_catalogue_cmd(args: argparse.Namespace) -> int:
    """Run ``import-catalogue``; return the exit code (2 = rejected file)."""
    from db.catalogue_store import save_editions
    from layers.cases.catalogue_io import parse_catalogue
    from layers.cases.evaluations import current_rules

    require_input(args.file, "catalogue file")
    store = open_store(args.project)
    try:
        rules = current_rules(store, args.user, record=False)  # nothing written yet
        parsed = parse_catalogue(args.file, rules.inputs("R4"), args.status, args.note)
        if not parsed.ok:
            for line in parsed.errors or [f"{args.file.name}: no rows"]:
                error(f"import-catalogue: {line}")
            return int(ExitCode.BAD_INPUT)
        ids = save_editions(store, parsed.editions, args.user)
    finally:
        store.close()
    for ed, eid in zip(parsed.editions, ids, strict=True):
        print(
            f"edition {ed.edition} ({ed.status}, in force from {ed.in_force_from}): "
            f"{len(ed.rows)} rows stored as load #{eid}"
        )
    return EXIT_OK


def _mapping(pairs: list[str]) -> dict[str, str] | None:
    if not pairs:
        return None
    out = {}
    for p in pairs:
        field, sep, column = p.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise ValueError(f"--map {p!r}: write FIELD=COLUMN")
        out[field.strip()] = column.strip()
    return out


def import_regulatory_cmd(args: argparse.Namespace) -> int:
    """Run ``import-regulatory``; return the exit code (2 = rejected file)."""
    from layers.cases.regulatory_import import matching_parcels, read_regulatory
    from layers.zones.safe_input import ZoneImportError
    from layers.zones.zone_import import ImportOptions

    try:
        mapping = _mapping(args.map)
        opts = ImportOptions(args.crs, args.encoding, args.layer, mapping)
        defaults = {
            "plan_name": args.plan_name,
            "approval_date": args.approval_date,
            "source": args.source,
        }
        imp = read_regulatory(args.file, opts, defaults)
    except (ZoneImportError, ValueError) as exc:
        raise CommandError(f"import-regulatory: {exc}") from exc
    store = open_store(args.project)
    try:
        existing = store.read_table("regulatory_parcels")
        matches = matching_parcels(existing, imp)
        if matches and not args.replace_matching:
            raise CommandError(
                f"import-regulatory: {len(matches)} parcel(s) with the same plan "
                "name and parcel code are already stored; pass --replace-matching"
            )
        with store.action(args.user, f"Import 控规 parcels from {imp.path.name}"):
            if matches:
                store.delete_features("regulatory_parcels", matches, args.user)
            store.insert_features(
                "regulatory_parcels", imp.gdf, args.user, source=imp.path.name
            )
    finally:
        store.close()
    print(imp.summary() + (f"; {len(matches)} replaced" if matches else ""))
    for note in imp.notes:
        print(f"note: {note}")
    return EXIT_OK
