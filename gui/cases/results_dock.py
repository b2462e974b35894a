"""EvaluationResultsDock: every rule's outcome beside the case register.

For each rule: the outcome, the numbers used (the rule's message), the
condition that decided it and the clause quote; for a REVIEW, what a person
must supply. Above them: the day whose zones in force the facts used, and any
zone the parcel overlaps that was left out because it was not in force. Re-evaluating shows what changed since the evaluation before.
The PDF report prints the evaluation shown here (no second record).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDockWidget, QTextBrowser, QVBoxLayout, QWidget

from gui import i18n
from gui.cases.report_layout import OUTCOME_COLORS
from gui.cases.ui_labels import outcome_labels
from layers.cases.check_base import RuleOutcome
from layers.cases.engine import Evaluation
from layers.cases.evaluations import EvaluationDiff
from layers.cases.facts import SiteFacts
from layers.cases.facts_zones import left_out_texts, zones_date_text


def _e(text: object) -> str:
    return html.escape(str(text or ""))


class EvaluationResultsDock(QDockWidget):
    """Show one evaluation in full (rich text, selectable, copyable)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dock_case_results")
        self.view = QTextBrowser()
        self.view.setObjectName("case_results")
        self.view.setOpenLinks(False)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addWidget(self.view)
        self.setWidget(body)
        self.evaluation: Evaluation | None = None
        self.diff: EvaluationDiff | None = None
        self.facts: SiteFacts | None = None
        self.context_line = ""
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the title and redraw in the current language."""
        self.setWindowTitle(self.tr("Evaluation results"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_evaluation(
        self,
        ev: Evaluation | None,
        diff: EvaluationDiff | None = None,
        context_line: str = "",
        facts: SiteFacts | None = None,
    ) -> None:
        """Show ``ev`` (None clears), with the changes since the one before.

        ``facts`` are the facts it used (the zones date and zones left out).
        """
        self.evaluation, self.diff, self.context_line = ev, diff, context_line
        self.facts = facts
        self._render()
        if ev is not None:
            self.show()
            self.raise_()

    # --- rendering ------------------------------------------------------------
    def _zh(self) -> bool:
        return i18n.current_language().startswith("zh")

    def _render(self) -> None:
        ev = self.evaluation
        if ev is None:
            self.view.setHtml(
                "<p style='color:#666'>"
                + _e(
                    self.tr("Select a case and press Evaluate to see every rule here.")
                )
                + "</p>"
            )
            return
        parts = [self._header(ev), self._zones(), self._changes(), self._table(ev)]
        self.view.setHtml("".join(parts))

    def _header(self, ev: Evaluation) -> str:
        label = outcome_labels()[ev.overall]
        color = OUTCOME_COLORS[ev.overall]
        items = ev.review_items()
        line = (
            self.tr("Rules version %1 · evaluated %2")
            .replace("%1", ev.rules_version)
            .replace("%2", ev.as_of)
        )
        out = (
            f"<h3 style='margin:2px 0'>{_e(ev.case_no)} — "
            f"<span style='color:{color}'>{_e(label)} ({ev.overall})</span></h3>"
            f"<div style='color:#555'>{_e(line)}"
            + (f" · {_e(self.context_line)}" if self.context_line else "")
            + "</div>"
        )
        if any(o.sample for o in ev.outcomes):
            out += (
                "<div style='color:#c62828'>"
                + _e(
                    self.tr(
                        "Uses sample data: 示例 control indicators or a 待核实 "
                        "(to verify) catalogue edition."
                    )
                )
                + "</div>"
            )
        if items:
            supply = self.tr("A person must supply")
            out += (
                f"<p style='margin:4px 0'><b>{_e(supply)} ({len(items)}):</b></p>"
                "<ul style='margin-top:0'>"
                + "".join(f"<li>{_e(rid)}: {_e(q)}</li>" for rid, q in self._items(ev))
                + "</ul>"
            )
        return out

    def _zones(self) -> str:
        f = self.facts
        if f is None or not f.zones_date:
            return ""
        pick = 0 if self._zh() else 1
        head = zones_date_text(f)[pick]
        left = [t[pick] for t in left_out_texts(f)]
        return f"<div style='color:#555'>{_e(head)}</div>" + "".join(
            f"<div style='color:#8a5a00; margin-left:12px'>{_e(t)}</div>" for t in left
        )

    def _items(self, ev: Evaluation) -> list[tuple[str, str]]:
        out = []
        for o in ev.outcomes:
            if o.outcome != "REVIEW":
                continue
            qs = o.questions_zh if self._zh() or not o.questions_en else o.questions_en
            out += [(o.rule_id, q) for q in qs]
        return out

    def _changes(self) -> str:
        d = self.diff
        if d is None:
            return ""
        if not d.changed:
            return (
                "<p style='color:#555'>"
                + _e(self.tr("No change since the previous evaluation."))
                + "</p>"
            )
        version, overall = self.tr("Rules version"), self.tr("Overall")
        title = self.tr("Changes since the previous evaluation")
        rows = [
            f"{_e(version)}: {_e(d.rules_version[0])} → {_e(d.rules_version[1])}"
            if d.rules_version[0] != d.rules_version[1]
            else "",
            f"{_e(overall)}: {d.overall[0]} → {d.overall[1]}"
            if d.overall[0] != d.overall[1]
            else "",
            *(f"{c.rule_id}: {c.before} → {c.after}" for c in d.rules),
            *(f"{_e(self._input_label(k))}: {_e(a)} → {_e(b)}" for k, a, b in d.inputs),
        ]
        body = "".join(f"<li>{r}</li>" for r in rows if r)
        return (
            f"<p style='margin:4px 0'><b>{_e(title)}</b></p>"
            f"<ul style='margin-top:0'>{body}</ul>"
        )

    def _input_label(self, key: str) -> str:
        if key == "zones_date":
            return self.tr("Zones in force on")
        if key == "zones_left_out":
            return self.tr("Zones left out (not in force)")
        return key

    def _table(self, ev: Evaluation) -> str:
        # One block per rule (not a table): it wraps in a narrow dock.
        return "".join(self._rule_row(o) for o in ev.outcomes)

    def _rule_row(self, o: RuleOutcome) -> str:
        zh = self._zh()
        color = OUTCOME_COLORS.get(o.outcome, "#000")
        title = o.title_zh if zh else o.title_en
        note = self.tr(" (informational)") if o.informational else ""
        message = o.message_zh if zh or not o.message_en else o.message_en
        decided = o.decided_zh if zh or not o.decided_en else o.decided_en
        decided_by, clause = self.tr("Decided by"), self.tr("Clause")
        supply = self.tr("To supply")
        lines = [f"{_e(message) or '—'}"]
        if not zh and o.message_zh and message != o.message_zh:
            lines.append(f"<span style='color:#777'>{_e(o.message_zh)}</span>")
        if decided:
            lines.append(f"<i>{_e(decided_by)}:</i> {_e(decided)}")
        lines.append(f"<i>{_e(clause)} {_e(o.clause)}:</i> “{_e(o.clause_text_zh)}”")
        if o.outcome == "REVIEW":
            qs = o.questions_zh if zh or not o.questions_en else o.questions_en
            lines.append(f"<i>{_e(supply)}:</i> " + "；".join(_e(q) for q in qs))
        if o.sample:
            lines.append(
                "<span style='color:#c62828'>"
                + _e(self.tr("Sample data: 示例 / 待核实"))
                + "</span>"
            )
        label = _e(outcome_labels().get(o.outcome, o.outcome))
        return (
            "<div style='border-top:1px solid #bbb; margin-top:4px; padding-top:2px'>"
            f"<b>{_e(o.rule_id)} {_e(title)}</b>{_e(note)} — "
            f"<b style='color:{color}'>{label} ({o.outcome})</b></div>"
            f"<div style='margin-left:12px'>{'<br/>'.join(lines)}</div>"
        )
