"""Charts: painted from contact_counts (the report's numbers); clicks ask for a filter."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from onrecord.demo import create_demo
from onrecord.evidence.charts import contact_counts
from onrecord.store import Workspace
from onrecord.store.search import timeline_rows
from onrecord.ui.charts import ChartsPanel, collector_counts
from onrecord.ui.timeline import TimelineFilter

pytestmark = pytest.mark.gui


@pytest.fixture
def charts(qtbot, workspace: Workspace) -> ChartsPanel:
    create_demo(workspace)
    panel = ChartsPanel(workspace)
    qtbot.addWidget(panel)
    panel.resize(900, 800)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_case(workspace.cases.case("DEMO-US").id)
    return panel


def test_the_charts_draw_the_numbers_the_report_uses(charts: ChartsPanel, workspace) -> None:
    case = workspace.cases.case("DEMO-US")
    rows = [
        {"kind": e.kind, "direction": e.direction, "started_at": e.started_at}
        for e in workspace.cases.events(case.id)
    ]
    expected = contact_counts(rows, case.timezone, case.jurisdiction)
    assert charts.data == expected
    assert sum(n for _i, _name, n in charts.collectors.items) == sum(expected.per_hour)
    assert "outside 08:00–21:00" in charts.summary.text()
    image = charts.grab().toImage()
    assert not image.isNull() and image.width() > 0


def test_clicks_ask_the_timeline_for_a_filter(qtbot, charts: ChartsPanel) -> None:
    with qtbot.waitSignal(charts.filter_requested) as hour:
        charts.hours.click(21)
    assert hour.args == [TimelineFilter(hour=21)]
    day = charts.calendar.days[3][0]
    with qtbot.waitSignal(charts.filter_requested) as picked:
        charts.calendar.click(3)
    assert picked.args == [TimelineFilter(date_from=day, date_to=day)]
    party, _name, _n = charts.collectors.items[0]
    with qtbot.waitSignal(charts.filter_requested) as who:
        charts.collectors.click(0)
    assert who.args == [TimelineFilter(party_id=party)]


def test_a_mouse_click_on_an_hour_bar(qtbot, charts: ChartsPanel) -> None:
    slot = charts.hours._slot(9)
    with qtbot.waitSignal(charts.filter_requested) as hour:
        qtbot.mouseClick(charts.hours, Qt.MouseButton.LeftButton, pos=slot.center().toPoint())
    assert hour.args == [TimelineFilter(hour=9)]


def test_an_empty_case_draws_calmly(qtbot, workspace: Workspace) -> None:
    case = workspace.cases.create_case("Nothing yet", jurisdiction="cn")
    panel = ChartsPanel(workspace)
    qtbot.addWidget(panel)
    panel.show_case(case.id)
    assert "No contact attempts" in panel.summary.text()
    assert panel.grab().width() > 0


def test_outgoing_contacts_are_not_counted_as_attempts(workspace: Workspace) -> None:
    case = workspace.cases.create_case("Mine", jurisdiction="us")
    zone = ZoneInfo(case.timezone)
    workspace.cases.log_event(case.id, "call", dt.datetime(2026, 3, 2, 10, tzinfo=zone))
    workspace.cases.log_event(
        case.id, "call", dt.datetime(2026, 3, 2, 11, tzinfo=zone), direction="outgoing"
    )
    rows = timeline_rows(workspace.store, case.id)
    assert collector_counts(rows, case.timezone, "us", "?") == [(0, "?", 1)]


def test_the_summary_says_which_logged_contacts_the_charts_leave_out(
    qtbot, workspace: Workspace
) -> None:
    """So the timeline's total and the charts' can be told apart."""
    case = workspace.cases.create_case("Loan", jurisdiction="cn")
    zone = ZoneInfo(case.timezone)
    at = dt.datetime(2026, 3, 2, 10, tzinfo=zone)
    log = workspace.cases.log_event
    log(case.id, "missed_call", at)
    log(case.id, "call", at.replace(hour=11), direction="to_others")  # his mother
    log(case.id, "letter", at.replace(hour=12))
    log(case.id, "call", at.replace(hour=13), direction="outgoing")
    wrong = log(case.id, "missed_call", at.replace(hour=14))
    workspace.corrections.withdraw_event(wrong.id, "logged twice")
    panel = ChartsPanel(workspace)
    qtbot.addWidget(panel)
    panel.show_case(case.id)
    text = panel.summary.text()
    assert text.startswith("<b>1 contact attempt")  # the missed call at 10:00 only
    assert "not in the charts: 1 letter" in text  # "letter(s)" until English is installed
    assert text.endswith(", 1 of yours, 1 with someone else, and 1 withdrawn")  # locale list
