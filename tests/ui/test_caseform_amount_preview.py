"""While the amount is typed, the case form says what saving will store ("2.3万" is 23,000),
or why what was typed cannot be saved; the field keeps exactly what was typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from onrecord.ui import placenames
from onrecord.ui.caseform import CaseForm

pytestmark = pytest.mark.gui


@pytest.fixture
def form(qtbot, workspace) -> CaseForm:
    form = CaseForm(workspace)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def _keys(qtbot, line: QLineEdit, text: str) -> None:
    """Type ``text`` as a user does: key presses for the ASCII, and Chinese characters through
    an input method (its composition, then the character it commits), one by one."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(line, char)
            continue
        QApplication.sendEvent(line, QInputMethodEvent("wan", []))  # composing, not yet text
        commit = QInputMethodEvent()
        commit.setCommitString(char)
        QApplication.sendEvent(line, commit)


def _type(qtbot, form: CaseForm, text: str, currency: str = "USD") -> str:
    placenames.set_value(form.currency, currency)
    form.amount.clear()
    form.amount.setFocus()
    _keys(qtbot, form.amount, text)
    assert form.amount.text() == text  # never dropped or changed while typing
    assert form.amount_preview.isVisible()
    return form.amount_preview.text()


@pytest.mark.usefixtures("english")
def test_chinese_shorthand_shows_what_will_be_saved(qtbot, form: CaseForm) -> None:
    assert _type(qtbot, form, "2.3万") == "Will be saved as USD 23,000.00"
    assert _type(qtbot, form, "1.5亿") == "Will be saved as USD 150,000,000.00"
    assert _type(qtbot, form, "3萬") == "Will be saved as USD 30,000.00"
    assert form.amount.accessibleDescription() == form.amount_preview.text()


@pytest.mark.usefixtures("english")
def test_the_preview_follows_each_key(qtbot, form: CaseForm) -> None:
    assert not form.amount_preview.isVisible()  # nothing typed: nothing to say
    assert _type(qtbot, form, "2.3") == "Will be saved as USD 2.30"
    _keys(qtbot, form.amount, "万")
    assert form.amount_preview.text() == "Will be saved as USD 23,000.00"
    for _ in "2.3万":
        qtbot.keyClick(form.amount, Qt.Key.Key_Backspace)
    assert form.amount.text() == ""
    assert not form.amount_preview.isVisible()
    assert form.amount.accessibleDescription() == ""


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize("typed", ["1.2k", "2.3千", "about a thousand", "3,48"])
def test_an_amount_that_cannot_be_read_says_so(qtbot, form: CaseForm, typed: str) -> None:
    shown = _type(qtbot, form, typed)
    assert shown.startswith("Cannot be saved as typed: ")
    assert repr(typed) in shown or f"“{typed}”" in shown  # names what was typed
    assert "Will be saved" not in shown


@pytest.mark.usefixtures("english")
def test_the_currency_decides_what_can_be_saved(qtbot, form: CaseForm) -> None:
    shown = _type(qtbot, form, "1234.5", currency="JPY")
    assert shown.startswith("Cannot be saved as typed: ") and "JPY" in shown
    placenames.set_value(form.currency, "USD")  # the preview follows the currency too
    assert form.amount_preview.text() == "Will be saved as USD 1,234.50"
    assert form.amount.text() == "1234.5"
    assert _type(qtbot, form, "12.345").startswith("Cannot be saved as typed: ")


@pytest.mark.usefixtures("english")
def test_the_preview_says_what_saving_stored(qtbot, form: CaseForm, workspace) -> None:
    form.title.setText("Card")
    shown = _type(qtbot, form, "2.3万")
    assert form.save()
    case = workspace.cases.cases()[0]
    assert case.amount == 23000 and case.currency == "USD"
    assert shown == "Will be saved as USD 23,000.00"
    # Saved, the field shows the stored amount grouped, and nothing is left to preview.
    assert form.amount.text() == "23,000" and not form.amount_preview.isVisible()


@pytest.mark.parametrize(
    ("language", "currency", "amount"),
    [
        ("zh_CN", "CNY", "人民币 23,000.00 元"),
        ("zh_TW", "TWD", "新臺幣 23,000 元"),
        ("en", "HKD", "HKD 23,000.00"),
    ],
    indirect=["language"],
)
def test_the_amount_is_written_as_the_language_writes_it(
    qtbot, form: CaseForm, language: str, currency: str, amount: str
) -> None:
    shown = _type(qtbot, form, "2.3万", currency=currency)
    assert amount in shown
    assert form.amount.text() == "2.3万"


def test_the_amount_example_is_written_as_the_currency_writes_amounts(qtbot, workspace) -> None:
    # A Taiwanese walk-through read "e.g. 3482.17" in a case in NT$, shown without cents
    # everywhere else.
    from onrecord.ui import placenames
    from onrecord.ui.caseform import CaseForm
    from onrecord.ui.timeline.ledgerdialog import PaymentDialog, PromiseDialog

    form = CaseForm(workspace)
    qtbot.addWidget(form)
    placenames.set_value(form.currency, "TWD")
    assert form.amount.placeholderText().endswith("e.g. 3482")
    placenames.set_value(form.currency, "USD")
    assert form.amount.placeholderText().endswith("e.g. 3482.17")
    promise = PromiseDialog("TWD", [], [], lambda entry: None)
    payment = PaymentDialog("TWD", [], lambda entry: None)
    qtbot.addWidget(promise)
    qtbot.addWidget(payment)
    assert promise.amount.placeholderText() == "Optional, for example 150"
    assert payment.amount.placeholderText() == "For example 150"


def test_the_rows_below_the_amount_stay_put_while_it_is_typed(qtbot, workspace) -> None:
    # The preview appeared as the first digit was typed and pushed the rows below down: a
    # click meant for "Known" (the due date) landed on empty space.
    from onrecord.ui.caseform import CaseForm

    form = CaseForm(workspace)
    qtbot.addWidget(form)
    form.resize(900, 700)
    form.show()
    qtbot.waitExposed(form)
    before = form.has_due_date.mapTo(form, form.has_due_date.rect().topLeft())
    form.amount.setFocus()
    qtbot.keyClicks(form.amount, "2300")
    qtbot.waitUntil(form.amount_preview.isVisible)
    after = form.has_due_date.mapTo(form, form.has_due_date.rect().topLeft())
    assert after == before
