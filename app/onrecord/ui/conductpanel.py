"""“Possible issues”: the conduct check of one case, grouped by rule, never called advice.

The check (``conduct.service.check_case``) runs off the GUI thread whenever the case, the
jurisdiction or a parameter changes. Each rule shows its title in the UI language, citation
and confidence (unconfirmed rules say so); each finding its local time(s), edge cases marked,
and the events, which can be clicked (:attr:`ConductPanel.event_activated`). Rules whose
parameters are unconfirmed or the user's choice get editors below the list, labelled as the
user's own setting and saved in settings (``Settings.conduct_overrides``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
from collections.abc import Mapping
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import settings as settings_module
from ..conduct import JURISDICTIONS, CheckResult, Finding, RulePack, RulePackError, load_pack
from ..conduct.service import check_case
from ..conduct.when import case_mark_moments, finding_span
from ..store import StoreError, Workspace
from ..timefmt import zone_text
from . import labels, localefmt, placenames
from .errors import error_text
from .export_task import BackgroundJob, content_language

EVENT_ROLE = Qt.ItemDataRole.UserRole + 1  # the event id a row stands for
MarkMoments = Mapping[int, dt.datetime]  # mark id → its moment in its call
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
        #: the offset every time of the issues shown has, stated once above them; None:
        #: each time gives its own
        self._plain: dt.timedelta | None = None
        #: each mark's moment in its call, read with the check (``conduct.when``)
        self.marks: MarkMoments = {}
        self.pack: RulePack | None = None
        self.editors: dict[tuple[str, str], QTimeEdit | QSpinBox] = {}
        self._generation = 0
        self._again = False
        self.job = BackgroundJob(self)
        self.job.finished.connect(self._checked)
        self.job.failed.connect(self._check_failed)
        self._param_timer = QTimer(self)
        self._param_timer.setSingleShot(True)
        self._param_timer.setInterval(400)
        self._param_timer.timeout.connect(self.apply_parameters)

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

        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("When (local time)"), self.tr("What happened")])
        self.tree.setAccessibleName(self.tr("Possible issues, grouped by rule"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        # A click shows the event; so does Enter (activation). Where the style already
        # activates on a single click, listening to clicks too would emit twice.
        single_click = self.tree.style().styleHint(
            QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick, None, self.tree
        )
        if not single_click:
            self.tree.itemClicked.connect(self._item_clicked)
        self.tree.itemActivated.connect(self._item_clicked)

        self.params_box = QGroupBox(self.tr("Your settings for rules that are not certain"))
        self.params_box.setAccessibleName(self.tr("Your settings for unconfirmed rules"))
        self.params_layout = QVBoxLayout(self.params_box)
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

    # ------------------------------------------------------------ overrides
    def overrides(self) -> dict[str, dict[str, Any]]:
        """The saved user values that apply to the current pack (editable parameters only)."""
        if self.pack is None:
            return {}
        saved = settings_module.load(self.workspace.data_dir).conduct_overrides
        kept: dict[str, dict[str, Any]] = {}
        for rule in self.pack.rules:
            values = {k: v for k, v in saved.get(rule.id, {}).items() if k in rule.editable}
            if values:
                kept[rule.id] = values
        return kept

    def _build_editors(self, pack: RulePack | None) -> None:
        while self.params_layout.count():
            item = self.params_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone from view now, not when the event loop next deletes it
                widget.deleteLater()
        self.editors = {}
        rules = [r for r in pack.rules if r.editable] if pack else []
        self.params_box.setVisible(bool(rules))
        if not rules:
            return
        language = content_language(self.workspace)
        saved = self.overrides()
        intro = QLabel(
            self.tr(
                "These values are not settled law or depend on your situation. OnRecord starts "
                "from the values shown; change them if your lawyer or adviser tells you to, and "
                "what you change is marked as <b>your own setting</b>."
            )
        )
        intro.setWordWrap(True)
        self.params_layout.addWidget(intro)
        for rule in rules:
            box = QWidget()
            form = QFormLayout(box)
            form.setContentsMargins(0, 4, 0, 0)
            changed = saved.get(rule.id, {})
            mine = bool(rule.overridden) or any(v != rule.params.get(k) for k, v in changed.items())
            if rule.confidence == "U":
                flag = self.tr("unconfirmed — your setting") if mine else self.tr("unconfirmed")
            else:
                flag = self.tr("your setting") if mine else self.tr("the rule's values")
            heading = QLabel(f"<b>{rule.id}</b> · {rule.title(language)} <i>({flag})</i>")
            heading.setWordWrap(True)
            form.addRow(heading)
            if rule.note(language):
                note = QLabel(rule.note(language))
                note.setWordWrap(True)
                note.setStyleSheet("color:#4a5568;")
                form.addRow(note)
            row = QHBoxLayout()
            for name in rule.editable:
                value = saved.get(rule.id, {}).get(name, rule.params[name])
                editor = self._editor(rule.id, name, value)
                caption = QLabel(self._param_caption(name))
                caption.setBuddy(editor)
                row.addWidget(caption)
                row.addWidget(editor)
            reset = QPushButton(self.tr("Use the rule's values"))
            reset.setAccessibleName(self.tr("Reset %1 to the rule's values").replace("%1", rule.id))
            reset.clicked.connect(lambda _c=False, r=rule.id: self.reset_rule(r))
            row.addStretch(1)
            row.addWidget(reset)
            form.addRow(row)
            self.params_layout.addWidget(box)
        self.param_error = QLabel()
        self.param_error.setStyleSheet("color:#a32020;")
        self.param_error.setWordWrap(True)
        self.param_error.hide()
        self.params_layout.addWidget(self.param_error)

    def _param_caption(self, name: str) -> str:
        captions = {
            "start": self.tr("Calls allowed from"),
            "end": self.tr("until"),
            "max_count": self.tr("At most"),
            "days": self.tr("within"),
        }
        return captions.get(name, name)

    def _unit(self, name: str, value: int) -> str:
        """The word after a number in its box: "3 contacts", "1 day" (so the row reads
        "At most [3 contacts] within [1 day]")."""
        if name == "max_count":
            return self.tr(" contact") if value == 1 else self.tr(" contacts")
        if name == "days":
            return self.tr(" day") if value == 1 else self.tr(" days")
        return ""

    def _editor(self, rule_id: str, name: str, value: Any) -> QTimeEdit | QSpinBox:
        editor: QTimeEdit | QSpinBox
        if isinstance(value, str):
            editor = QTimeEdit()
            editor.setDisplayFormat("HH:mm")
            editor.setTime(QTime.fromString(value, "HH:mm"))
            editor.timeChanged.connect(self._param_timer.start)
        else:
            editor = QSpinBox()
            editor.setRange(1, 1000 if name == "max_count" else 366)
            editor.setValue(int(value))
            editor.setSuffix(self._unit(name, int(value)))
            editor.valueChanged.connect(
                lambda n, e=editor, k=name: e.setSuffix(self._unit(k, int(n)))
            )
            editor.valueChanged.connect(self._param_timer.start)
        editor.setAccessibleName(f"{rule_id} {self._param_caption(name)}")
        self.editors[(rule_id, name)] = editor
        return editor

    def param_editor(self, rule_id: str, name: str) -> QTimeEdit | QSpinBox:
        return self.editors[(rule_id, name)]

    def _editor_value(self, editor: QTimeEdit | QSpinBox) -> str | int:
        if isinstance(editor, QTimeEdit):
            return editor.time().toString("HH:mm")
        return int(editor.value())

    def apply_parameters(self) -> None:
        """Validate the editors, save what differs from the rule pack, check again."""
        self._param_timer.stop()
        if self.pack is None:
            return
        chosen: dict[str, dict[str, Any]] = {}
        for (rule_id, name), editor in self.editors.items():
            value = self._editor_value(editor)
            if value != self.pack.rule(rule_id).params[name]:
                chosen.setdefault(rule_id, {})[name] = value
        try:
            load_pack(self.pack.jurisdiction, chosen)
        except RulePackError as exc:
            self.param_error.setText(self.tr("Not saved: %1").replace("%1", error_text(exc)))
            self.param_error.show()
            return
        self.param_error.hide()
        settings = settings_module.load(self.workspace.data_dir)
        merged = {
            k: v
            for k, v in settings.conduct_overrides.items()
            if k not in {r.id for r in self.pack.rules}
        }
        merged.update(chosen)
        settings.conduct_overrides = merged
        with contextlib.suppress(OSError):
            settings_module.save(self.workspace.data_dir, settings)
        self.run_check()

    def reset_rule(self, rule_id: str) -> None:
        if self.pack is None:
            return
        rule = self.pack.rule(rule_id)
        for name in rule.editable:
            editor = self.editors[(rule_id, name)]
            editor.blockSignals(True)
            if isinstance(editor, QTimeEdit):
                editor.setTime(QTime.fromString(str(rule.params[name]), "HH:mm"))
            else:
                editor.setValue(int(rule.params[name]))
            editor.blockSignals(False)
        self.apply_parameters()

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
    def _confidence_text(self, finding: Finding) -> str:
        words = {
            # Says where the rule was read, never "confirmed": that read as "a violation is
            # confirmed" to a user in a walk-through.
            "C": self.tr("rule read in the law's own text"),
            "C2": self.tr("rule read in a source quoting the law"),
            "U": self.tr("rule UNCONFIRMED"),
        }
        text = words.get(finding.confidence, finding.confidence)
        if finding.user_set:
            text += " · " + self.tr("uses your own setting")
        elif finding.confidence == "U":
            text += " · " + self.tr("starting values (you can change them)")
        return text

    def _fill(self, result: CheckResult) -> None:
        self.tree.clear()
        count = len(result.findings)
        checked = (
            self.tr(
                "Checked %n contact(s) against the rules of %1 (times in %2).",
                "",
                result.events_checked,
            )
            .replace("%1", result.pack_title)
            .replace("%2", self._zone_stated(result))
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
        groups: dict[str, list[Finding]] = {}
        for finding in result.findings:
            groups.setdefault(finding.rule_id, []).append(finding)
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
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for rule_id, findings in groups.items():
            first = findings[0]
            group = QTreeWidgetItem(
                [
                    f"{rule_id} · {first.title}\n"
                    f"{first.citation} · {self._confidence_text(first)} · {first.disclaimer}"
                ]
            )
            group.setFont(0, bold)
            tip = first.rule_note or first.disclaimer
            group.setToolTip(0, tip)
            self.tree.addTopLevelItem(group)
            for finding in findings:
                group.addChild(self._finding_item(finding))
            group.setFirstColumnSpanned(True)
            group.setExpanded(True)
        self.tree.resizeColumnToContents(0)

    def _zone_stated(self, result: CheckResult) -> str:
        """The case's zone as the line above the issues names it, with the offset every
        time below shares, stated once as the report does ("北京时间 UTC+08:00"); where the
        offsets differ (a US case across a change of daylight saving time) each time below
        keeps its own (``_plain``)."""
        zone = ZoneInfo(result.timezone)
        offsets = {
            moment.astimezone(zone).utcoffset()
            for f in result.findings
            for moment in (*f.local_moments, f.first_at, f.last_at)
        }
        offsets |= {
            self.marks[m].astimezone(zone).utcoffset()
            for f in result.findings
            for m in f.mark_ids
            if m in self.marks
        }
        self._plain = offsets.pop() if len(offsets) == 1 else None
        name = placenames.zone_name(result.timezone)
        if self._plain is None:
            return name
        stated = zone_text(dt.datetime(2000, 1, 1, tzinfo=dt.timezone(self._plain)))
        return f"{name} {stated}"

    def _finding_item(self, finding: Finding) -> QTreeWidgetItem:
        # Dates as the timeline words them in this language (the core's text is ISO-like); a
        # letter's date alone (it has no time of day). The zone is named above the issues;
        # a time gives its offset unless it is the one stated there.
        zone = ZoneInfo(self.result.timezone) if self.result is not None else dt.UTC

        def own_offset(local: dt.datetime) -> bool:
            return self._plain is None or local.utcoffset() != self._plain

        def shown(moment: dt.datetime) -> str:
            local = moment.astimezone(zone)
            if finding.date_only_at(moment):
                return localefmt.date_text(local.date())
            return localefmt.wall_text(local, seconds=True, zone=own_offset(local), named=False)

        times = [shown(t) for t in finding.local_moments] or list(finding.local_times)
        # The moments the report's "When (local)" gives (``conduct.when.finding_span``): the
        # tagged moments of an issue found from marks (a threat 7 seconds into the call, not
        # the call's start), else its first to its last contact.
        first, last = finding_span(finding, self.marks)
        when = times[0] if times else ""
        if first is not None and last is not None:
            when = shown(first)
            if last != first:
                end = shown(last)
                start_local, end_local = first.astimezone(zone), last.astimezone(zone)
                if (
                    start_local.date() == end_local.date()
                    and start_local.utcoffset() == end_local.utcoffset()
                    and not finding.date_only_at(last)
                ):  # a span within one day writes its day once, as the report does
                    end = " ".join(
                        p
                        for p in (
                            localefmt.time_text(end_local, seconds=True),
                            zone_text(end_local) if own_offset(end_local) else "",
                        )
                        if p
                    )
                if end != when:  # two letters of one day: one date
                    when += f" … {end}"
        detail = finding.detail
        if finding.edge:
            detail = self.tr("EDGE CASE (exactly at the limit): %1").replace("%1", detail)
        item = QTreeWidgetItem([when, detail])
        # Wrapped, and the user's words shown as typed (a "<" in a note is not markup).
        item.setToolTip(1, f"<p>{html.escape(finding.detail)}</p>")
        if len(finding.event_ids) == 1:
            item.setData(0, EVENT_ROLE, finding.event_ids[0])
            item.setToolTip(0, self.tr("Click to show this contact in the timeline"))
            return item
        for event_id, local_time in zip(finding.event_ids, times, strict=False):
            child = QTreeWidgetItem(
                [
                    local_time,
                    self.tr("Contact no. %1 — click to show it").replace("%1", str(event_id)),
                ]
            )
            child.setData(0, EVENT_ROLE, event_id)
            item.addChild(child)
        return item

    def event_items(self) -> Mapping[int, QTreeWidgetItem]:
        """Every clickable row by event id (for tests and keyboard navigation helpers)."""
        found: dict[int, QTreeWidgetItem] = {}

        def walk(item: QTreeWidgetItem) -> None:
            event_id = item.data(0, EVENT_ROLE)
            if event_id is not None:
                found.setdefault(int(event_id), item)
            for i in range(item.childCount()):
                walk(item.child(i))

        for i in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(i))
        return found

    def _item_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        event_id = item.data(0, EVENT_ROLE)
        if event_id is None:
            return
        self.event_activated.emit(int(event_id))
