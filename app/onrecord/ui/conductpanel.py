"""“Possible issues”: the conduct check of one case, grouped by rule, never called advice.

The check (``conduct.service.check_case``) runs off the GUI thread whenever the case, the
jurisdiction or a parameter changes. Each rule shows its title in the UI language, citation
and confidence (unconfirmed rules say so); each finding its local time(s), edge cases marked,
and the events, which can be clicked (:attr:`ConductPanel.event_activated`). Rules whose
parameters are unconfirmed or the user's choice get editors below the list, labelled as the
user's own setting and saved in settings (``Settings.conduct_overrides``).

The list is ``conductfindings.FindingsTree``, the editors ``conductsettings.RuleSettings``;
here: the panel, which rules, running the check, and the lines above and below the list.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTimeEdit,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..conduct import JURISDICTIONS, CheckResult, RulePack, RulePackError, load_pack
from ..conduct.service import check_case
from ..conduct.when import case_mark_moments
from ..store import StoreError, Workspace
from . import labels, localefmt
from .conductfindings import FindingsTree, MarkMoments, by_rule
from .conductsettings import RuleSettings
from .errors import error_text
from .export_task import BackgroundJob, content_language

BANNER_STYLE = "background:#fff7e6;border:1px solid #f0d9a8;border-radius:4px;padding:6px;"


class ConductPanel(QWidget):
    """Possible issues of one case. Call :meth:`show_case`; connect :attr:`event_activated`."""

    event_activated = Signal(int)  # a contact event the user clicked
    check_finished = Signal(object)  # CheckResult (after each check; for tests and status)

    def __init__(
        self, workspace: Workspace, case_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.case_id: int | None = None
        self.result: CheckResult | None = None
        #: each mark's moment in its call, read with the check (``conduct.when``)
        self.marks: MarkMoments = {}
        self._generation = 0
        self._again = False
        self.job = BackgroundJob(self)
        self.job.finished.connect(self._checked)
        self.job.failed.connect(self._check_failed)

        title = QLabel(self.tr("<b>Possible issues</b>"))
        self.jurisdiction = QComboBox()
        self.jurisdiction.setAccessibleName(self.tr("Whose rules to check against"))
        jurisdiction_label = QLabel(self.tr("Rules &of:"))
        jurisdiction_label.setBuddy(self.jurisdiction)
        for code in JURISDICTIONS:
            self.jurisdiction.addItem(labels.jurisdiction(code), code)
        self.jurisdiction.activated.connect(self._jurisdiction_chosen)
        self.recheck_button = QPushButton(self.tr("Chec&k again"))
        self.recheck_button.setAccessibleName(self.tr("Check the case again"))
        self.recheck_button.clicked.connect(self.run_check)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(jurisdiction_label)
        top.addWidget(self.jurisdiction)
        top.addWidget(self.recheck_button)

        self.banner = QLabel(
            self.tr(
                "Each item below is a <b>possible issue — not legal advice</b>. It shows what "
                "your contact log suggests when compared with the rules; a lawyer or a debt "
                "advice service can tell you whether it matters in your case."
            )
        )
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setAccessibleName(self.tr("Not legal advice"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Check status"))

        self.tree = FindingsTree()
        self.tree.event_activated.connect(self.event_activated)

        self.params_box = RuleSettings(workspace)
        self.params_box.applied.connect(self.run_check)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color:#4a5568;")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.status)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.params_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.notes)
        self.show_case(case_id)

    # ------------------------------------------------------------- the case
    def show_case(self, case_id: int | None) -> None:
        """Show (and check) ``case_id``; None clears the panel."""
        self.case_id = case_id
        self._generation += 1
        self.tree.clear()
        self.result = None
        if case_id is None:
            self.status.setText(self.tr("Choose a case to check."))
            self._build_editors(None)
            self.setEnabled(False)
            return
        self.setEnabled(True)
        case = self.workspace.cases.case(case_id)
        index = self.jurisdiction.findData(case.jurisdiction)
        self.jurisdiction.setCurrentIndex(max(0, index))
        for i in range(self.jurisdiction.count()):
            code = self.jurisdiction.itemData(i)
            name = labels.jurisdiction(code)
            if code == case.jurisdiction:
                name = self.tr("%1 (this case)").replace("%1", name)
            self.jurisdiction.setItemText(i, name)
        self._load_pack()
        self.run_check()

    def current_jurisdiction(self) -> str:
        return str(self.jurisdiction.currentData())

    def _jurisdiction_chosen(self, _index: int) -> None:
        self._load_pack()
        self.run_check()

    def _load_pack(self) -> None:
        try:
            self.pack = load_pack(self.current_jurisdiction())
        except RulePackError as exc:
            self.pack = None
            self.status.setText(error_text(exc))
        self._build_editors(self.pack)

    # ------------------------------------------------------ the user's settings
    @property
    def pack(self) -> RulePack | None:
        """The rules checked against (None: they could not be read)."""
        return self.params_box.pack

    @pack.setter
    def pack(self, pack: RulePack | None) -> None:
        self.params_box.pack = pack

    @property
    def param_error(self) -> QLabel:
        return self.params_box.param_error

    def _build_editors(self, pack: RulePack | None) -> None:
        self.params_box.build(pack)

    def overrides(self) -> dict[str, dict[str, Any]]:
        """The saved user values that apply to the current pack (editable parameters only)."""
        return self.params_box.overrides()

    def param_editor(self, rule_id: str, name: str) -> QTimeEdit | QSpinBox:
        return self.params_box.param_editor(rule_id, name)

    def apply_parameters(self) -> None:
        """Validate the editors, save what differs from the rule pack, check again."""
        self.params_box.apply_parameters()

    def reset_rule(self, rule_id: str) -> None:
        self.params_box.reset_rule(rule_id)

    # ------------------------------------------------------------- checking
    def run_check(self) -> None:
        if self.case_id is None:
            return
        if self.job.running:
            self._again = True
            return
        self._again = False
        self._generation += 1
        generation = self._generation
        ws, case_id = self.workspace, self.case_id
        jurisdiction, overrides = self.current_jurisdiction(), self.overrides()
        language = content_language(self.workspace)
        self.status.setText(self.tr("Checking…"))
        self.recheck_button.setEnabled(False)

        def work(_progress: object, _cancel: object) -> tuple[int, CheckResult, MarkMoments]:
            result = check_case(
                ws, case_id, jurisdiction=jurisdiction, language=language, overrides=overrides
            )
            return generation, result, case_mark_moments(ws, case_id)

        self.job.start(work)

    def _checked(self, outcome: tuple[int, CheckResult, MarkMoments]) -> None:
        self.recheck_button.setEnabled(True)
        generation, result, marks = outcome
        if self._again or generation != self._generation:
            self.run_check()
            return
        self.result = result
        self.marks = marks
        self._fill(result)
        self.check_finished.emit(result)

    def _check_failed(self, exc: BaseException) -> None:
        self.recheck_button.setEnabled(True)
        if self._again:
            self.run_check()
            return
        if isinstance(exc, RulePackError | StoreError):
            self.status.setText(
                self.tr("The check could not run: %1").replace("%1", error_text(exc))
            )
        else:
            self.status.setText(
                self.tr("The check could not run: %1").replace("%1", f"{type(exc).__name__}: {exc}")
            )

    # ------------------------------------------------------------- showing
    def _fill(self, result: CheckResult) -> None:
        zone = self.tree.show_findings(result, self.marks)
        count = len(result.findings)
        checked = (
            self.tr(
                "Checked %n contact(s) against the rules of %1 (times in %2).",
                "",
                result.events_checked,
            )
            .replace("%1", result.pack_title)
            .replace("%2", zone)
        )
        first = last = ""
        if result.oldest and result.newest:  # the issues' dates, not the contacts'
            first = localefmt.moment_date_text(result.oldest, result.timezone)
            last = localefmt.moment_date_text(result.newest, result.timezone)
        if count and first and first == last:
            found = self.tr("%n possible issue(s) found, on %1.", "", count).replace("%1", first)
        elif count and first:
            found = (
                self.tr("%n possible issue(s) found, the first on %1, the last on %2.", "", count)
                .replace("%1", first)
                .replace("%2", last)
            )
        elif count:
            found = self.tr("%n possible issue(s) found.", "", count)
        else:
            found = self.tr("No possible issues found.")
        excluded = ""
        if result.excluded_events:
            excluded = self.tr(
                "%n contact(s) from people these rules do not cover were left out.",
                "",
                len(result.excluded_events),
            )

        def gap(before: str) -> str:  # a space after "." but none after a Chinese "。"
            return "" if before.endswith(("。", "）")) else " "

        text = f"{checked}{gap(checked)}<b>{found}</b>"
        if excluded:
            text += gap(found) + excluded
        self.status.setText(text)
        groups = by_rule(result)
        # What a rule's note says about it (which law it really is, what to ask a lawyer)
        # is read here, not only in a tooltip: one line per note, naming its rules.
        about: dict[str, list[str]] = {}
        for rule_id, findings in groups.items():
            if findings[0].rule_note:
                about.setdefault(findings[0].rule_note, []).append(rule_id)
        lines = [
            *result.notes,
            *(
                self.tr("%1: %2").replace("%1", " · ".join(ids)).replace("%2", note)
                for note, ids in about.items()
            ),
        ]
        self.notes.setText("\n".join(lines))
        self.notes.setVisible(bool(lines))

    def event_items(self) -> Mapping[int, QTreeWidgetItem]:
        """Every clickable row by event id (for tests and keyboard navigation helpers)."""
        return self.tree.event_items()
