"""Search every case; a mark result opens the call at the mark."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from onrecord.imports import execute, prepare
from onrecord.store import Workspace
from onrecord.store.search import _tags_matching, search
from onrecord.ui.search import SearchPanel

pytestmark = pytest.mark.gui


@pytest.fixture
def data(workspace: Workspace) -> dict[str, int]:
    us = workspace.cases.create_case("Card debt", jurisdiction="us")
    cn = workspace.cases.create_case("网贷", jurisdiction="cn")
    mike = workspace.cases.add_party(us.id, "Mike Dalton", employee_id="KRS-2291")
    workspace.cases.add_number(us.id, "(212) 555-0142", party_id=mike.id)
    rec = workspace.recordings.begin(
        cn.id, "recordings/x/a.wav", sample_rate=8000, channels=1,
        started_at=dt.datetime(2026, 3, 2, 2, tzinfo=dt.UTC),
    )  # fmt: skip
    workspace.recordings.finalise(rec.id, frames=8000 * 90, sha256="0" * 64, pcm_sha256=None)
    boss = workspace.recordings.add_mark(
        rec.id, 8000 * 42, tag="third_party", text="说要打给我老板"
    )
    old = workspace.recordings.add_mark(rec.id, 8000 * 50, text="wrong note")
    workspace.recordings.retract_mark(old.id)
    workspace.cases.log_event(
        us.id, "sms", dt.datetime(2026, 3, 3, 15, tzinfo=dt.UTC), summary="Final notice, reply PAY"
    )
    return {"us": us.id, "cn": cn.id, "rec": rec.id, "boss": boss.id}


def test_finds_notes_tags_names_and_numbers(workspace: Workspace, data) -> None:
    hits = search(workspace.store, "老板")
    assert [(h.kind, h.recording_id, h.frame) for h in hits] == [("mark", data["rec"], 8000 * 42)]
    # A tag's title in any language finds marks with that tag.
    assert any(h.frame == 8000 * 42 for h in search(workspace.store, "Third party"))
    assert any(h.frame == 8000 * 42 for h in search(workspace.store, "第三方"))
    assert [h.kind for h in search(workspace.store, "KRS-2291")] == ["party"]
    assert [h.kind for h in search(workspace.store, "555 0142")] == ["number"]
    assert [h.kind for h in search(workspace.store, "reply pay")] == ["event"]
    retracted = search(workspace.store, "wrong note")
    assert retracted and retracted[0].retracted
    assert search(workspace.store, "   ") == []
    assert search(workspace.store, "100%") == []


def test_a_result_opens_the_call_at_the_mark(qtbot, workspace: Workspace, data) -> None:
    panel = SearchPanel(workspace)
    qtbot.addWidget(panel)
    panel.show()
    panel.query.setText("老板")
    panel.run_search()
    assert panel.model.rowCount() == 1
    with qtbot.waitSignal(panel.mark_opened) as opened:
        panel.open_result(panel.model.index(0, 0))
    assert opened.args == [data["cn"], data["rec"], 8000 * 42]


def test_enter_opens_the_first_result(qtbot, workspace: Workspace, data) -> None:
    panel = SearchPanel(workspace)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.keyClicks(panel.query, "Mike")
    with qtbot.waitSignal(panel.case_opened) as opened:
        qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    assert opened.args == [data["us"]]


def test_typing_searches_after_a_pause(qtbot, workspace: Workspace, data) -> None:
    panel = SearchPanel(workspace)
    qtbot.addWidget(panel)
    qtbot.keyClicks(panel.query, "Final notice")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert "1 result" in panel.status.text()


# ------------------------------------------------ Simplified and Traditional Chinese
SMS_FIXTURES = Path(__file__).parents[2] / "imports" / "fixtures"
TRADITIONAL_SMS = """<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<smses count="1">
  <sms protocol="0" address="+886912345678" date="1772327400000" type="1" subject="null"
       body="【中信】您的帳戶已逾期，請立即還款，否則將採取法律行動。" toa="null" sc_toa="null"
       service_center="null" read="1" status="-1" locked="0" date_sent="0" sub_id="1"
       readable_date="2026/3/1 09:10:00" contact_name="(Unknown)" />
</smses>
"""


@pytest.fixture
def chinese(workspace: Workspace, tmp_path: Path) -> dict[str, int]:
    """A mainland case typed in Simplified and a Taiwanese one in Traditional, as imported."""
    cn = workspace.cases.create_case("网贷", jurisdiction="cn")
    tw = workspace.cases.create_case("信用卡", jurisdiction="tw")
    execute(workspace, prepare(workspace, cn.id, SMS_FIXTURES / "sms-20260301.xml"))
    sms = tmp_path / "sms-tw.xml"
    sms.write_text(TRADITIONAL_SMS, encoding="utf-8")
    execute(workspace, prepare(workspace, tw.id, sms))
    workspace.cases.add_party(tw.id, "陳經理", organisation="國際催收股份有限公司")
    rec = workspace.recordings.begin(
        cn.id, "recordings/x/b.wav", sample_rate=8000, channels=1,
        started_at=dt.datetime(2026, 3, 2, 2, tzinfo=dt.UTC),
    )  # fmt: skip
    workspace.recordings.finalise(rec.id, frames=8000 * 90, sha256="0" * 64, pcm_sha256=None)
    workspace.recordings.add_mark(rec.id, 8000 * 10, text="他威胁说要去我单位")
    workspace.recordings.add_mark(rec.id, 8000 * 20, text="說會打給我老板 and my BOSS")
    return {"cn": cn.id, "tw": tw.id}


def _found(workspace: Workspace, words: str) -> list[tuple[str, str]]:
    return [(h.kind, h.text) for h in search(workspace.store, words)]


def test_traditional_finds_simplified_and_back(workspace: Workspace, chinese) -> None:
    # A mark typed in Simplified, found in Traditional; a part of it, found in either.
    assert _found(workspace, "威脅") == [("mark", "他威胁说要去我单位")]
    assert _found(workspace, "威胁說要去我單位") == [("mark", "他威胁说要去我单位")]
    # An imported Simplified SMS, found in Traditional; an imported Traditional one in Simplified.
    assert [h.case_id for h in search(workspace.store, "緊急聯繫人")] == [chinese["cn"]]
    tw_sms = [h for h in search(workspace.store, "法律行动") if h.kind == "event"]
    assert [(h.case_id, h.text) for h in tw_sms] == [
        (chinese["tw"], "【中信】您的帳戶已逾期，請立即還款，否則將採取法律行動。")
    ]
    # 还款 and 還款 each find both cases' messages, as written.
    for words in ("还款", "還款"):
        events = {h.case_id for h in search(workspace.store, words) if h.kind == "event"}
        assert events == {chinese["cn"], chinese["tw"]}
    # A person or company, in the other script.
    assert _found(workspace, "陈经理") == [("party", "陳經理")]
    assert _found(workspace, "国际催收") == [("party", "陳經理")]


def test_mixed_script_and_latin_text(workspace: Workspace, chinese) -> None:
    # The note mixes both scripts (说/說, 给/給) and Latin; a query in one script finds it.
    mixed = ("mark", "說會打給我老板 and my BOSS")
    assert _found(workspace, "说会打给我老闆") == [mixed]
    assert _found(workspace, "老闆 and my boss") == [mixed]
    # Latin letters still match in either case; other text is still matched literally.
    assert _found(workspace, "my boss") == [mixed]
    assert _found(workspace, "老板 AND") == [mixed]
    assert _found(workspace, "老闆*") == []  # * ? [ are plain characters, as % and _ are
    assert _found(workspace, "還款?") == []
    assert _found(workspace, "[還款]") == []
    assert _found(workspace, "還 款") == []


def test_a_tag_title_in_either_script_finds_its_marks(workspace: Workspace, data) -> None:
    # third_party is 联系或扬言联系第三方 in Simplified and 聯絡或揚言聯絡第三方 in Taiwan; the
    # Simplified wording typed in Traditional characters finds it too.
    assert [h.frame for h in search(workspace.store, "聯繫或揚言聯繫")] == [8000 * 42]
    assert [h.frame for h in search(workspace.store, "扬言聯絡")] == [8000 * 42]
    assert _tags_matching("威脅") == _tags_matching("威胁") == {"threat", "legal_threat"}


def test_typing_traditional_shows_the_simplified_note(qtbot, workspace: Workspace, data) -> None:
    panel = SearchPanel(workspace)
    qtbot.addWidget(panel)
    panel.query.insert("老闆")  # as an input method commits it (QTest types no Chinese keys)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    found = panel.model.index(0, 3).data()
    assert found.endswith("说要打给我老板")  # as it was written
    assert "1 result" in panel.status.text()


@pytest.mark.parametrize("locale", ["zh_CN", "en_US"])
def test_a_result_s_time_names_its_zone_in_full(
    qtbot, workspace: Workspace, data, locale: str
) -> None:
    """The time column read "2026/3/2 10:00 北京时…": a time gives its zone's name and
    offset, and the column is wide enough for it."""
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        panel = SearchPanel(workspace)
        qtbot.addWidget(panel)
        panel.show()
        panel.query.setText("老板")
        panel.run_search()
        when = panel.model.data(panel.model.index(0, 2))
        named = "北京时间 UTC+08:00" if locale == "zh_CN" else "China Standard Time UTC+08:00"
        assert when.endswith(named)
        width = panel.view.fontMetrics().horizontalAdvance(when)
        assert width < panel.view.horizontalHeader().sectionSize(2)
    finally:
        QLocale.setDefault(previous)


def test_what_was_found_gets_the_room_the_other_columns_do_not_need(
    qtbot, workspace: Workspace, data
) -> None:
    """The case, kind and time columns kept their widest imaginable widths (a time in the
    zone with the longest name): on a Taiwanese walk-through's 1100-pixel window what was
    found, the one column that tells the results apart, read "今日未處理將通知…"."""
    panel = SearchPanel(workspace)
    qtbot.addWidget(panel)
    panel.resize(900, 400)
    panel.show()
    panel.query.setText("老板")
    panel.run_search()
    found = panel.model.data(panel.model.index(0, 3))
    header = panel.view.horizontalHeader()
    assert panel.view.fontMetrics().horizontalAdvance(found) < header.sectionSize(3)
    for column in range(3):  # and the others still show theirs whole
        shown = panel.model.data(panel.model.index(0, column))
        assert panel.view.fontMetrics().horizontalAdvance(shown) < header.sectionSize(column)
