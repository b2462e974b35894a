"""Snapshot, save, reproduce and compare evaluations of conversion cases.

Every saved evaluation stores the inputs it saw (the case's fields with the
parcel as WKT, the spatial facts incl. the 控规 parcels, the evaluation date,
the day whose zones in force were used, the ids of the catalogue editions on
file) and the rules version. With the JSON text of that version
(``zp_rules_versions``) and the stored catalogue editions (never changed once
loaded) the same outcomes are computed again, byte for byte, after thresholds
or catalogues have changed: see :func:`reproduce`.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass, field
from typing import Any

from layers.cases.case_fields import application_date
from layers.cases.catalogue_model import Catalogue
from layers.cases.engine import Evaluation, evaluate, evaluation_day
from layers.cases.facts import FactsContext, SiteFacts
from layers.cases.rules import RULES_FORMAT, RuleSet, load_rules, rules_from_json

#: 3 adds ``zones_as_of`` (the zones date used; earlier snapshots lack it).
SNAPSHOT_FORMAT = 3
SKIP_FIELDS = ("geometry", "geom", "row_version", "updated_at", "updated_by")


def _plain(v: Any) -> Any:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    if hasattr(v, "item") and not isinstance(v, str | bytes):
        return v.item()
    try:
        if v != v:  # pd.NA
            return None
    except (TypeError, ValueError):
        pass
    return v


def case_fields(case_row: Any) -> dict[str, Any]:
    """Return a case's plain fields (JSON-safe) with the parcel as ``geometry_wkt``."""
    d = dict(case_row)
    geom = d.get("geometry", d.get("geom"))
    out = {k: _plain(v) for k, v in d.items() if k not in SKIP_FIELDS}
    out["geometry_wkt"] = (
        None if geom is None or getattr(geom, "is_empty", True) else geom.wkt
    )
    return out


def snapshot_inputs(
    case_row: Any, facts: SiteFacts, as_of: str, catalogue: Catalogue | None = None
) -> dict[str, Any]:
    """Return the inputs an evaluation used, ready for ``inputs_json``."""
    eds = list(catalogue.editions) if catalogue is not None else []
    return {
        "format": SNAPSHOT_FORMAT,
        "as_of": as_of,
        "zones_as_of": zones_as_of(facts),
        "case": case_fields(case_row),
        "facts": facts.to_dict(),
        "catalogue": [
            {"id": e.id, "edition": e.edition, "sha256": e.file_sha256} for e in eds
        ],
    }


def zones_as_of(facts: SiteFacts) -> dict[str, Any]:
    """Return which zones the facts used: the day, its basis, the ones left out."""
    return {
        "date": facts.zones_date or None,
        "basis": facts.zones_date_basis or None,
        "geometry": "current",  # valid time only: see layers.cases.facts_zones
        "left_out": [z.key for z in facts.zones_left_out],
    }


def catalogue_polygons(catalogue: Catalogue | None) -> dict[str, str]:
    """Return the polygon areas (key -> WKT) of every catalogue row on file."""
    if catalogue is None:
        return {}
    return {
        r.area_key: r.area_wkt for e in catalogue.editions for r in e.rows if r.area_wkt
    }


def run(
    case_row: Any,
    ctx: FactsContext,
    rules: RuleSet,
    as_of: dt.date | str | None = None,
    catalogue: Catalogue | None = None,
) -> tuple[Evaluation, dict[str, Any]]:
    """Compute facts, evaluate, and return (evaluation, inputs snapshot).

    The facts use the zones in force on the case's application date (the
    evaluation date when it has none), as R4 picks its catalogue edition.
    """
    row = dict(case_row)
    geom = row.get("geometry", row.get("geom"))
    day = evaluation_day(as_of)
    zones_day, basis = application_date(row.get("received_date"), day)
    facts = ctx.compute(geom, catalogue_polygons(catalogue), zones_day, basis)
    ev = evaluate(case_row, facts, rules, day, catalogue)
    return ev, snapshot_inputs(case_row, facts, ev.as_of, catalogue)


def snapshot_catalogue(
    inputs: dict[str, Any], catalogue: Catalogue | None
) -> Catalogue | None:
    """Return the editions a snapshot used, picked from ``catalogue`` by id."""
    if catalogue is None or "catalogue" not in inputs:
        return catalogue
    ids = [e.get("id") for e in inputs["catalogue"]]
    eds = [catalogue.by_id(i) if i is not None else None for i in ids]
    if any(e is None for e in eds):  # shipped sample editions carry no id
        return catalogue
    return Catalogue(tuple(e for e in eds if e is not None))


def reproduce(
    inputs: dict[str, Any] | str,
    rules: RuleSet | str,
    catalogue: Catalogue | None = None,
) -> Evaluation:
    """Re-run an evaluation from its stored inputs, rules and catalogue editions."""
    snap = json.loads(inputs) if isinstance(inputs, str) else inputs
    rs = rules_from_json(rules) if isinstance(rules, str) else rules
    return evaluate(
        snap["case"],
        SiteFacts.from_dict(snap["facts"]),
        rs,
        snap["as_of"],
        snapshot_catalogue(snap, catalogue),
    )


def canonical(ev: Evaluation) -> str:
    """Return the evaluation as canonical JSON (what ``outcomes_json`` stores)."""
    return json.dumps(ev.to_dict(), ensure_ascii=False, sort_keys=True)


# --- diff ----------------------------------------------------------------------
@dataclass
class RuleChange:
    """One rule whose outcome or message differs between two evaluations."""

    rule_id: str
    before: str
    after: str
    message_before: str
    message_after: str


@dataclass
class EvaluationDiff:
    """What changed between two evaluations of a case."""

    rules_version: tuple[str, str]
    overall: tuple[str, str]
    rules: list[RuleChange] = field(default_factory=list)
    inputs: list[tuple[str, Any, Any]] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """Return True if anything differs."""
        return bool(
            self.rules
            or self.inputs
            or self.overall[0] != self.overall[1]
            or self.rules_version[0] != self.rules_version[1]
        )

    def summary_zh(self) -> str:
        """Return a one-paragraph Chinese summary for the GUI."""
        parts = [
            f"规则版本 {self.rules_version[0]} → {self.rules_version[1]}",
            f"总体结论 {self.overall[0]} → {self.overall[1]}",
        ]
        parts += [f"{c.rule_id}: {c.before} → {c.after}" for c in self.rules]
        parts += [f"输入 {k}: {a!r} → {b!r}" for k, a, b in self.inputs]
        return "；".join(parts)


def diff_evaluations(
    old: Evaluation,
    new: Evaluation,
    old_inputs: dict[str, Any] | None = None,
    new_inputs: dict[str, Any] | None = None,
) -> EvaluationDiff:
    """Return the rule outcomes and (optionally) case inputs that changed."""
    d = EvaluationDiff(
        (old.rules_version, new.rules_version), (old.overall, new.overall)
    )
    before = {o.rule_id: o for o in old.outcomes}
    for o in new.outcomes:
        b = before.get(o.rule_id)
        if b is None or (b.outcome, b.message_zh) != (o.outcome, o.message_zh):
            d.rules.append(
                RuleChange(
                    o.rule_id,
                    b.outcome if b else "—",
                    o.outcome,
                    b.message_zh if b else "",
                    o.message_zh,
                )
            )
    if old_inputs and new_inputs:
        a, b = old_inputs.get("case", {}), new_inputs.get("case", {})
        for k in sorted(set(a) | set(b)):
            if a.get(k) != b.get(k):
                d.inputs.append((k, a.get(k), b.get(k)))
        za = old_inputs.get("zones_as_of") or {}
        zb = new_inputs.get("zones_as_of") or {}
        if za.get("date") != zb.get("date"):
            d.inputs.append(("zones_date", za.get("date"), zb.get("date")))
        if (za.get("left_out") or []) != (zb.get("left_out") or []):
            d.inputs.append(
                ("zones_left_out", za.get("left_out") or [], zb.get("left_out") or [])
            )
    return d


# --- persistence through the db store --------------------------------------------
def _now() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def _rules_rows(store: Any) -> Any:
    """Return zp_rules_versions as a frame with a ``version`` column."""
    return store.read_table("zp_rules_versions").reset_index()


def rules_versions(store: Any) -> dict[str, RuleSet]:
    """Return every rules version recorded in the project, by version string."""
    df = _rules_rows(store)
    return {
        str(v): rules_from_json(t)
        for v, t in zip(df["version"], df["rules_json"], strict=True)
        if t
    }


def is_recorded(store: Any, version: str) -> bool:
    """Return True if rules ``version`` is recorded in the project."""
    return str(version) in {str(v) for v in _rules_rows(store)["version"]}


def record_rules_version(
    store: Any, ruleset: RuleSet, user: str, note: str = ""
) -> None:
    """Record ``ruleset`` in ``zp_rules_versions`` (no-op if already there)."""

    if ruleset.version in set(_rules_rows(store)["version"]):
        return
    # One action, audited like every other change (by the server on PostGIS).
    store.insert_records(
        "zp_rules_versions",
        [
            {
                "version": ruleset.version,
                "created_at": store.now(),
                "created_by": user,
                "note": note,
                "rules_json": ruleset.to_json(),
            }
        ],
        user,
    )


def current_rules(
    store: Any | None, user: str = "system", record: bool = True
) -> RuleSet:
    """Return the newest rules version of the project in the current format.

    A project without one (new, or made by an older ZonePlanner whose rules
    documents were format 1) records the shipped rules first; older versions
    stay in the project for the record. Without a store, the shipped rules.
    ``record=False`` never writes (the shipped rules are returned instead).
    """
    if store is None:
        return load_rules()
    df = _rules_rows(store)
    found = newest_current_format(df)
    if found is not None:
        return found
    if not record or store.read_only:
        return load_rules()
    shipped = shipped_rules({str(v) for v in df["version"]})
    record_rules_version(store, shipped, user, SHIPPED_NOTE)
    return shipped


SHIPPED_NOTE = "随程序发布的规则 shipped rules"


def shipped_rules(taken: set[str]) -> RuleSet:
    """Return the shipped rules, renumbered if an older format took their number."""
    shipped = load_rules()
    if shipped.version not in taken:
        return shipped
    return rules_from_json(
        json.dumps({**shipped.doc, "version": _free(shipped.version, taken)})
    )


def newest_current_format(df: Any) -> RuleSet | None:
    """Return the newest rules version of the current format in a versions frame."""
    for _, row in df.sort_values(["created_at", "version"]).iloc[::-1].iterrows():
        if not row["rules_json"]:
            continue
        rs = rules_from_json(row["rules_json"])
        if rs.format == RULES_FORMAT:
            return rs
    return None


def _free(version: str, taken: set[str]) -> str:
    from layers.cases.rules import next_version

    return next_version(version, taken)


def save_evaluation(
    store: Any,
    case_fid: int,
    ev: Evaluation,
    inputs: dict[str, Any],
    user: str,
    rules: RuleSet | None = None,
) -> None:
    """Save an evaluation (and its rules version if not yet recorded)."""
    import pandas as pd

    if rules is not None:
        record_rules_version(store, rules, user)
    row = pd.DataFrame(
        [
            {
                "case_fid": int(case_fid),
                "rules_version": ev.rules_version,
                "inputs_json": json.dumps(inputs, ensure_ascii=False, sort_keys=True),
                "outcomes_json": canonical(ev),
                "overall": ev.overall,
                "evaluated_at": store.now(),
                "evaluated_by": user,
            }
        ]
    )
    with store.action(user, f"评估 {ev.case_no}"):
        store.insert_features("evaluations", row, user)


def load_evaluations(store: Any, case_fid: int | None = None) -> Any:
    """Return saved evaluations (newest last), optionally of one case."""
    df = store.read_table("evaluations").reset_index()
    if case_fid is not None:
        df = df[df["case_fid"] == int(case_fid)]
    return df.sort_values(["evaluated_at", "id"]).reset_index(drop=True)


def reproduce_saved(
    store: Any, row: Any, catalogue: Catalogue | None = None
) -> tuple[Evaluation, bool]:
    """Re-run a saved evaluation row with its own rules version and editions.

    Returns the evaluation and whether it equals what was saved.
    """
    versions = rules_versions(store)
    rs = versions[str(row["rules_version"])]
    ev = reproduce(row["inputs_json"], rs, catalogue)
    return ev, canonical(ev) == row["outcomes_json"]


# --- what a report needs --------------------------------------------------------
@dataclass
class ReportData:
    """Everything the PDF report shows about one evaluated case (no Qt here)."""

    case: dict[str, Any]
    facts: SiteFacts
    evaluation: Evaluation
    evaluator: str
    evaluated_at: str
    rules_note: str = ""
    changes: EvaluationDiff | None = None  # since the evaluation before, if any


def facts_context(
    project: Any | None = None,
    basemap: Any | None = None,
    zones: Any | None = None,
    regulatory: Any | None = None,
) -> FactsContext:
    """Return a :class:`FactsContext` from a project's layers or shipped data.

    The basemap layer (table ``basemap``), every layer of table ``zones`` and
    the 控规 layer (table ``regulatory_parcels``) are used when the project
    has them; otherwise the shipped basemap and zones (and no 控规 parcels).
    """
    import pandas as pd

    import resources

    if project is not None:
        for lyr in project.layers:
            table = getattr(lyr.source, "table", None)
            if table == "basemap" and basemap is None and not lyr.gdf.empty:
                basemap = lyr.gdf
        zone_frames = [
            lyr.gdf
            for lyr in project.layers
            if getattr(lyr.source, "table", None) == "zones" and not lyr.gdf.empty
        ]
        if zones is None and zone_frames:
            zones = pd.concat(zone_frames).drop_duplicates(subset="code")
        reg = [
            lyr.gdf
            for lyr in project.layers
            if getattr(lyr.source, "table", None) == "regulatory_parcels"
        ]
        if regulatory is None and reg:
            regulatory = reg[0]
    if basemap is None:
        basemap = resources.load_basemap()
    if zones is None:
        try:
            zones = resources.load_zones()
        except FileNotFoundError:
            zones = None
    return FactsContext(basemap, zones, regulatory)
