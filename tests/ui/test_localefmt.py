"""Dates, times and amounts on screen follow the UI language's locale; English gets plurals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale

from onrecord import localefmt as report_fmt
from onrecord.store import Workspace
from onrecord.store.enums import PromiseBy
from onrecord.ui import localefmt
from onrecord.ui.timeline.ledger import LedgerView

#: 12:10 UTC on 2 March 2026: 07:10 in New York (UTC-5), 20:10 in Shanghai and Taipei (UTC+8).
MOMENT = dt.datetime(2026, 3, 2, 12, 10, 5, tzinfo=dt.UTC)


def plain(text: str) -> str:
    """CLDR puts a narrow no-break space before AM/PM; compare it as a space."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


@pytest.fixture
def use_locale() -> Iterator[Callable[[str], None]]:
    previous = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(previous)


@pytest.mark.parametrize(
    ("name", "new_york", "taipei_seconds", "day"),
    [
        (
            "en_US",
            "3/2/2026 7:10 AM Eastern Time (US) UTC-05:00",
            "3/2/2026 8:10:05 PM Taiwan Time UTC+08:00",
            "3/2/2026 Mon",
        ),
        (
            "en_GB",
            "02/03/2026 07:10 Eastern Time (US) UTC-05:00",
            "02/03/2026 20:10:05 Taiwan Time UTC+08:00",
            "02/03/2026 Mon",
        ),
        (
            "zh_CN",
            "2026/3/2 07:10 美国东部时间 UTC-05:00",
            "2026/3/2 20:10:05 台湾时间 UTC+08:00",
            "2026/3/2 周一",
        ),
        (
            "zh_TW",
            "2026/3/2 上午7:10 美國東部時間 UTC-05:00",
            "2026/3/2 下午8:10:05 臺灣時間 UTC+08:00",
            "2026/3/2 週一",
        ),
    ],
)
def test_a_moment_reads_per_locale_on_the_clock_where_it_happened(
    use_locale, name, new_york, taipei_seconds, day
):
    use_locale(name)
    assert plain(localefmt.moment_text(MOMENT, "America/New_York")) == new_york
    assert plain(localefmt.moment_text(MOMENT, "Asia/Taipei", seconds=True)) == taipei_seconds
    assert plain(localefmt.day_text(MOMENT.date())) == day
    # A naive stored value is UTC, as the store keeps it.
    naive = MOMENT.replace(tzinfo=None)
    assert localefmt.moment_text(naive, "America/New_York") == localefmt.moment_text(
        MOMENT, "America/New_York"
    )


@pytest.mark.parametrize(
    ("name", "zone", "words"),
    [
        ("zh_CN", "Asia/Shanghai", "北京时间 UTC+08:00"),
        ("zh_TW", "Asia/Hong_Kong", "香港時間 UTC+08:00"),
        ("en_US", "America/New_York", "Eastern Time (US) UTC-05:00"),
        ("zh_CN", "Asia/Kolkata", "UTC+05:30"),  # no name here: its offset alone
        ("en_US", "UTC", "UTC+00:00"),  # not "Coordinated Universal Time (UTC) UTC+00:00"
    ],
)
def test_a_zone_is_named_as_the_report_names_it_with_its_offset(use_locale, name, zone, words):
    """The app showed "UTC+08:00" where the report says 北京时间 (a walk-through)."""
    use_locale(name)
    local = MOMENT.astimezone(ZoneInfo(zone))
    assert localefmt.zone_words(local) == words
    assert localefmt.zone_words(local, named=False) == words.split()[-1]
    assert localefmt.wall_text(local).endswith(f" {words}")


def test_the_date_a_utc_moment_fell_on_is_the_local_one(use_locale):
    use_locale("zh_CN")
    late = dt.datetime(2026, 3, 3, 2, 30, tzinfo=dt.UTC)  # 21:30 on 2 March in New York
    assert localefmt.moment_date_text(late, "America/New_York") == "2026/3/2"
    assert localefmt.moment_date_text(late, "Asia/Shanghai") == "2026/3/3"


def test_no_locale_at_all_formats_as_us_english(use_locale):
    use_locale("C")
    assert plain(localefmt.moment_text(MOMENT, "America/New_York")) == (
        "3/2/2026 7:10 AM Eastern Time (US) UTC-05:00"
    )
    assert localefmt.money_text(Decimal("1234.5"), "USD") == "USD 1,234.50"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("en_US", "USD 1,234,567.50"),
        ("zh_CN", "1,234,567.50 美元"),  # Chinese names the currency, as contracts do
        ("zh_TW", "1,234,567.50 美元"),
        ("en_IN", "USD 12,34,567.50"),  # lakh grouping, as India writes it
        ("en_DK", "1.234.567,50 USD"),  # the currency after, as Denmark writes it
    ],
)
def test_amounts_name_the_currency_with_the_locale_digits(use_locale, name, expected):
    use_locale(name)
    assert localefmt.money_text(Decimal("1234567.5"), "usd") == expected


def test_amounts_are_never_rounded(use_locale):
    use_locale("en_US")
    assert localefmt.money_text(Decimal("123456789012345.6789"), "CNY") == (
        "CNY 123,456,789,012,345.6789"
    )
    assert localefmt.money_text(Decimal("1000"), "JPY") == "JPY 1,000"
    assert localefmt.money_text(Decimal("3"), "") == "3.00"
    assert localefmt.money_text(None, "USD") == ""


@pytest.mark.parametrize(
    ("language", "qt_name"), [("en", "en_US"), ("zh_CN", "zh_CN"), ("zh_TW", "zh_TW")]
)
def test_the_report_writes_dates_times_and_amounts_as_qt_does(use_locale, language, qt_name):
    """The Qt-free formats of the report match QLocale's for the same language."""
    use_locale(qt_name)
    locale = QLocale()
    day = dt.date(2026, 9, 30)
    long_date = locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
    assert report_fmt.date_text(day, language, long=True) in long_date
    for moment in (MOMENT, MOMENT.replace(hour=0), MOMENT.replace(hour=23)):
        for seconds in (False, True):
            assert report_fmt.time_text(moment, language, seconds=seconds) == plain(
                localefmt.time_text(moment, seconds=seconds)
            )
    for amount, code in (("18600.5", "CNY"), ("18600", "TWD"), ("5", "HKD"), ("5", "XYZ")):
        assert report_fmt.money_text(amount, code, language) == localefmt.money_text(
            Decimal(amount), code
        )


def test_the_ledger_shows_amounts_and_dates_per_locale(qtbot, workspace: Workspace, use_locale):
    case = workspace.cases.create_case("Card", jurisdiction="us")
    workspace.ledger.add_promise(
        case.id,
        PromiseBy.COLLECTOR,
        description="waive fees",
        amount="1234.5",
        currency="USD",
        due_date="2026-03-10",
    )
    workspace.ledger.add_payment(case.id, "150", "2026-03-02", currency="USD")
    texts = {}
    for name in ("en_US", "zh_TW"):
        use_locale(name)
        view = LedgerView(workspace)
        qtbot.addWidget(view)
        view.show_case(case.id, today=dt.date(2026, 3, 1))
        promise = [view.promises.data(view.promises.index(0, c)) for c in (2, 3)]
        payment = [view.payments.data(view.payments.index(0, c)) for c in (0, 1)]
        texts[name] = (promise, payment)
    assert texts["en_US"] == (["USD 1,234.50", "3/10/2026"], ["3/2/2026", "USD 150.00"])
    assert texts["zh_TW"] == (["1,234.50 美元", "2026/3/10"], ["2026/3/2", "150.00 美元"])


def test_english_says_1_day_and_2_days_not_day_s(english, qtbot, workspace: Workspace):
    case = workspace.cases.create_case("Card", jurisdiction="us")
    for due in ("2026-02-28", "2026-02-27"):
        workspace.ledger.add_promise(case.id, PromiseBy.USER, description="pay", due_date=due)
    view = LedgerView(workspace)
    qtbot.addWidget(view)
    view.show_case(case.id, today=dt.date(2026, 3, 1))
    states = {view.promises.data(view.promises.index(row, 4)) for row in range(2)}
    assert states == {"Overdue by 1 day", "Overdue by 2 days"}
    assert view.summary.text() == "2 promises overdue."


def test_english_plurals_in_the_export_and_verify_results(english):
    tr = QCoreApplication.translate
    assert tr("ExportDialog", "%n recording(s)", "", 1) == "1 recording"
    assert tr("ExportDialog", "%n attachment(s)", "", 2) == "2 attachments"
    assert tr("ExportDialog", "%n file(s)", "", 21) == "21 files"
    sentence = "%n recording(s) are exactly as they were when they were saved."
    assert (
        tr("VerifyDialog", sentence, "", 1) == "1 recording is exactly as it was when it was saved."
    )
    assert tr("VerifyDialog", sentence, "", 2).startswith("2 recordings are exactly")


def test_amounts_show_the_decimals_their_currency_has(qapp) -> None:
    """One table for what is typed and what is shown (a review found KWD shown as 1.50)."""
    from onrecord import localefmt as core

    assert core.money_text("1.5", "KWD", "en") == "KWD 1.500"
    assert core.money_text("1500", "JPY", "en") == "JPY 1,500"
    assert localefmt.money_text("1.5", "KWD").endswith("1.500")
