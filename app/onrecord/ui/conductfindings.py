"""The list of possible issues, grouped by rule: each rule with its citation and how sure it
is, each finding with its local time(s), edge cases marked, and the contacts it is about.

A row that stands for one contact can be clicked (or activated with Enter) to show that
contact in the timeline (:attr:`FindingsTree.event_activated`).

Its texts are the possible issues panel's: they are translated in the ConductPanel context.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from ..conduct import CheckResult, Finding
from ..conduct.when import finding_span
from ..timefmt import zone_text
from . import localefmt, placenames

EVENT_ROLE = Qt.ItemDataRole.UserRole + 1  # the event id a row stands for
MarkMoments = Mapping[int, dt.datetime]  # mark id → its moment in its call


def by_rule(result: CheckResult) -> dict[str, list[Finding]]:
    """The findings of ``result`` grouped by their rule, in the order found."""
    groups: dict[str, list[Finding]] = {}
    for finding in result.findings:
        groups.setdefault(finding.rule_id, []).append(finding)
    return groups


class FindingsTree(QTreeWidget):
    """The findings of one check. Call :meth:`show_findings`; connect
    :attr:`event_activated`."""

    event_activated = Signal(int)  # a contact event the user clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: CheckResult | None = None
        #: each mark's moment in its call, read with the check (``conduct.when``)
        self.marks: MarkMoments = {}
        #: the offset every time of the issues shown has, stated once above them; None:
        #: each time gives its own
        self._plain: dt.timedelta | None = None
        self.setColumnCount(2)
        self.setHeaderLabels(
            [
                QCoreApplication.translate("ConductPanel", "When (local time)"),
                QCoreApplication.translate("ConductPanel", "What happened"),
            ]
        )
        self.setAccessibleName(
            QCoreApplication.translate("ConductPanel", "Possible issues, grouped by rule")
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(True)
        # A click shows the event; so does Enter (activation). Where the style already
        # activates on a single click, listening to clicks too would emit twice.
        single_click = self.style().styleHint(
            QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick, None, self
        )
        if not single_click:
            self.itemClicked.connect(self._item_clicked)
        self.itemActivated.connect(self._item_clicked)

    def show_findings(self, result: CheckResult, marks: MarkMoments) -> str:
        """Show the findings of ``result`` (``marks``: the moments of the marks they name);
        return the zone as the line above them must name it (``_zone_stated``)."""
        self.clear()
        self.result = result
        self.marks = marks
        zone = self._zone_stated(result)
        bold = QFont(self.font())
        bold.setBold(True)
        for rule_id, findings in by_rule(result).items():
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
            self.addTopLevelItem(group)
            for finding in findings:
                group.addChild(self._finding_item(finding))
            group.setFirstColumnSpanned(True)
            group.setExpanded(True)
        self.resizeColumnToContents(0)
        return zone

    def _confidence_text(self, finding: Finding) -> str:
        words = {
            # Says where the rule was read, never "confirmed": that read as "a violation is
            # confirmed" to a user in a walk-through.
            "C": QCoreApplication.translate("ConductPanel", "rule read in the law's own text"),
            "C2": QCoreApplication.translate(
                "ConductPanel", "rule read in a source quoting the law"
            ),
            "U": QCoreApplication.translate("ConductPanel", "rule UNCONFIRMED"),
        }
        text = words.get(finding.confidence, finding.confidence)
        if finding.user_set:
            text += " · " + QCoreApplication.translate("ConductPanel", "uses your own setting")
        elif finding.confidence == "U":
            text += " · " + QCoreApplication.translate(
                "ConductPanel", "starting values (you can change them)"
            )
        return text

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
            detail = QCoreApplication.translate(
                "ConductPanel", "EDGE CASE (exactly at the limit): %1"
            ).replace("%1", detail)
        item = QTreeWidgetItem([when, detail])
        # Wrapped, and the user's words shown as typed (a "<" in a note is not markup).
        item.setToolTip(1, f"<p>{html.escape(finding.detail)}</p>")
        if len(finding.event_ids) == 1:
            item.setData(0, EVENT_ROLE, finding.event_ids[0])
            item.setToolTip(
                0,
                QCoreApplication.translate(
                    "ConductPanel", "Click to show this contact in the timeline"
                ),
            )
            return item
        for event_id, local_time in zip(finding.event_ids, times, strict=False):
            child = QTreeWidgetItem(
                [
                    local_time,
                    QCoreApplication.translate(
                        "ConductPanel", "Contact no. %1 — click to show it"
                    ).replace("%1", str(event_id)),
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

        for i in range(self.topLevelItemCount()):
            walk(self.topLevelItem(i))
        return found

    def _item_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        event_id = item.data(0, EVENT_ROLE)
        if event_id is None:
            return
        self.event_activated.emit(int(event_id))
