"""Three languages: complete translations, and no user-visible text that bypasses them.

The pseudo-locale run installs a translator that wraps every translated string in ⟦…⟧, opens
the main window with the demo cases, every tab and every dialog, and collects every visible
text: whatever is still English-looking outside ⟦…⟧ and is not the user's own data bypassed
the translation system.
"""

from __future__ import annotations

import re
import sqlite3
import xml.etree.ElementTree as ET
import zoneinfo
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

import onrecord
from onrecord.demo import create_demo
from onrecord.ui import i18n
from onrecord.ui.fonts import SIMPLIFIED, TRADITIONAL, chinese_families

TS_DIR = Path(onrecord.__file__).parent / "resources" / "translations"
LANGUAGES = ("zh_CN", "zh_TW")  # complete translations; onrecord_en.ts has plurals only


# ------------------------------------------------------------------ the .ts files
def _messages(language: str) -> list[tuple[str, str, list[str], ET.Element]]:
    """(context, source, translations, translation element) for every message."""
    tree = ET.parse(TS_DIR / f"onrecord_{language}.ts")
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None, (name, source)
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if message.get("numerus") != "yes":
                forms = [translation.text or ""]
            found.append((name, source, forms, translation))
    return found


PLACEHOLDER = re.compile(r"%L?\d+|%n|%s|%d|%\.\d+f|\{\w*\}")
TAG = re.compile(r"</?([a-zA-Z]+)[^>]*>")
ACCELERATOR = re.compile(r"&(?![a-zA-Z]+;|&)\S")
#: Characters only Simplified uses, and their Traditional counterparts: a wrong-script check.
SIMPLIFIED_ONLY = set("录说设这们个时间话号码务债档讯资据删记择选开关显认证请输")
TRADITIONAL_ONLY = set("錄說設這們個時間話號碼務債檔訊資據刪記擇選開關顯認證請輸")
WRONG_SCRIPT = {"zh_CN": TRADITIONAL_ONLY, "zh_TW": SIMPLIFIED_ONLY}


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_every_entry_is_translated_and_keeps_its_placeholders(language):
    messages = _messages(language)
    assert len(messages) > (300 if language != "en" else 10)
    problems = []
    for context, source, forms, element in messages:
        where = f"{context}: {source!r}"
        if element.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{element.get('type')}: {where}")
            continue
        for text in forms:
            if not text.strip():
                problems.append(f"empty: {where}")
            elif Counter(PLACEHOLDER.findall(text)) != Counter(PLACEHOLDER.findall(source)):
                problems.append(f"placeholders differ: {where} -> {text!r}")
            elif sorted(TAG.findall(text)) != sorted(TAG.findall(source)):
                problems.append(f"markup differs: {where} -> {text!r}")
            elif ACCELERATOR.search(source) and not ACCELERATOR.search(text):
                problems.append(f"accelerator lost: {where} -> {text!r}")
            elif wrong := set(text) & (
                SIMPLIFIED_ONLY if language == "zh_TW" else TRADITIONAL_ONLY
            ):
                problems.append(f"wrong script {''.join(sorted(wrong))}: {where} -> {text!r}")
    assert not problems, "\n".join(problems)


def test_both_languages_translate_the_same_strings():
    def keys(language):
        return {(c, s) for c, s, _f, _e in _messages(language)}

    assert keys("zh_CN") == keys("zh_TW")


def test_the_translations_are_current_with_the_code(tmp_path):
    """lupdate over the UI (and the core's marked messages) finds nothing not in the .ts."""
    import subprocess
    import sys

    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    package = Path(onrecord.__file__).parent
    sources = sorted(
        str(p)
        for p in package.rglob("*.py")
        if "ui" in p.relative_to(package).parts or "QT_TRANSLATE_NOOP(" in p.read_text("utf-8")
    )
    fresh = tmp_path / "fresh_zh_CN.ts"
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(fresh)], check=True)
    extracted = {
        ((c.findtext("name") or ""), (m.findtext("source") or ""))
        for c in ET.parse(fresh).getroot().iter("context")
        for m in c.iter("message")
    }
    committed = {(c, s) for c, s, _f, _e in _messages("zh_CN")}
    missing = extracted - committed
    assert not missing, "run scripts/update-translations.sh and translate:\n" + "\n".join(
        f"{c}: {s!r}" for c, s in sorted(missing)
    )


# ------------------------------------------------------------------ the pseudo-locale run
class PseudoTranslator(QTranslator):
    """Every string that goes through Qt's translation system comes out as ⟦string⟧."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"⟦{source}⟧" if source else source

    def isEmpty(self) -> bool:
        return False


WRAPPED = re.compile(r"⟦[^⟦⟧]*⟧")
WORD = re.compile(r"[A-Za-z][A-Za-z']{2,}")
#: Names, formats and codes that are the same in every language.
ALWAYS = {
    "onrecord",
    "utc",
    "gmt",
    "wav",
    "flac",
    "pdf",
    "csv",
    "zip",
    "html",
    "vtt",
    "webvtt",
    "bagit",
    "sha",
    "json",
    "txt",
    "ctrl",
    "shift",
    "alt",
    "usd",
    "cny",
    "twd",
    "hkd",
    "gbp",
    "sms",
    "pulse",
    "alsa",
    "monitor",
    "america",
    "new_york",
    "asia",
    "shanghai",
    "taipei",
    "hong_kong",
    "europe",
    "london",
    "etc",
    "pst",
    "est",
    "cst",
    "pulseaudio",
    "english",  # the language menu names each language in its own words
    "dbfs",  # the level meter's unit
}
#: Core texts (rule notes in resources/rules/*.toml) that name a rule parameter by its id.
CORE_PARAMETER_NAMES = ("max_count", "days")


def _strip(text: str) -> str:
    previous = None
    while previous != text:
        previous, text = text, WRAPPED.sub(" ", text)
    text = re.sub(r"<[^>]+>|&[a-z]+;", " ", text)
    return text.replace("&", "")


def _data_words(workspace) -> set[str]:
    """Every word the user's own data (the demo cases) contains: shown as it is."""
    words: set[str] = set()
    for db in Path(workspace.data_dir).glob("*.db"):
        with sqlite3.connect(db) as con:
            tables = [
                r[0] for r in con.execute("select name from sqlite_master where type='table'")
            ]
            for table in tables:
                for row in con.execute(f'select * from "{table}"'):
                    for value in row:
                        if isinstance(value, str):
                            words.update(w.lower() for w in WORD.findall(value))
    return words


def _columns(model) -> int:
    try:
        return model.columnCount()
    except TypeError:  # a list model: one column, and columnCount() is private in PySide6
        return 1


def _texts(widget: QWidget) -> list[tuple[str, str]]:
    """(where, text) for everything a user can read on widget and its children."""
    found: list[tuple[str, str]] = []

    def add(w: QObject, what: str, text: object) -> None:
        if text:
            found.append((f"{type(w).__name__}.{what} ({w.objectName() or '-'})", text))

    for w in [widget, *widget.findChildren(QWidget)]:
        if w.isWindow():
            add(w, "windowTitle", w.windowTitle())
        add(w, "toolTip", w.toolTip())
        add(w, "accessibleName", w.accessibleName())
        add(w, "accessibleDescription", w.accessibleDescription())
        add(w, "statusTip", w.statusTip())
        for action in w.actions():
            add(action, "text", action.text())
            add(
                action,
                "toolTip",
                action.toolTip() if action.toolTip() != action.text().replace("&", "") else "",
            )
            if action.menu():
                add(action.menu(), "title", action.menu().title())
        if isinstance(w, QLabel | QAbstractButton):
            add(w, "text", w.text())
        elif isinstance(w, QGroupBox):
            add(w, "title", w.title())
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(w, f"tabText[{i}]", w.tabText(i))
                add(w, f"tabToolTip[{i}]", w.tabToolTip(i))
        elif isinstance(w, QLineEdit | QTextEdit | QPlainTextEdit):
            add(w, "placeholderText", w.placeholderText())
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, f"item[{i}]", w.itemText(i))
        elif isinstance(w, QMenu):
            add(w, "title", w.title())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for orientation in (Qt.Orientation.Horizontal,):
                for section in range(_columns(model)):
                    add(w, f"header[{section}]", model.headerData(section, orientation))
            for row in range(min(model.rowCount(), 40)):
                for column in range(_columns(model)):
                    index = model.index(row, column)
                    add(w, f"cell[{row},{column}]", model.data(index))
                    add(
                        w,
                        f"cellToolTip[{row},{column}]",
                        model.data(index, Qt.ItemDataRole.ToolTipRole),
                    )
    if isinstance(widget, QMainWindow):
        add(widget, "statusBar", widget.statusBar().currentMessage())
    return [(where, str(text)) for where, text in found]


ZONES = zoneinfo.available_timezones()
#: as the time-zone choices show them: "America/New York — 北美东部标准时间"
ZONE_TEXTS = ZONES | {zone.replace("_", " ") for zone in ZONES}


def _untranslated(texts: list[tuple[str, str]], allowed: set[str]) -> list[str]:
    bad = []
    for where, text in texts:
        zone, dash, rest = text.partition(" — ")
        if zone in ZONE_TEXTS:  # IANA identifiers are the same everywhere; the name is Qt's
            if not dash:
                continue
            text = rest
        if "max_count" in text:
            for name in CORE_PARAMETER_NAMES:
                text = text.replace(name, " ")
        left = [
            w
            for w in WORD.findall(_strip(text))
            if w.lower() not in allowed and not (w.isupper() and len(w) <= 8)  # codes: CFR, USD
        ]
        if left:
            bad.append(f"{where}: {text!r}  <- {' '.join(left)}")
    return sorted(set(bad))


@pytest.fixture
def pseudo_locale(qapp):
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    # Core texts that come in three languages (tag titles, rule titles) then show in Chinese.
    previous = QLocale()
    QLocale.setDefault(QLocale("zh_CN"))
    yield translator
    qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


def test_pseudo_locale_finds_no_untranslated_text_in_any_window(
    qtbot, workspace, pseudo_locale, monkeypatch, no_dialogs
):
    from onrecord.ui import devicepicker
    from onrecord.ui.mainwindow import MainWindow

    # Sound devices are named by the system, not by us (and an earlier test's virtual lab may
    # still be listed): show none, so only OnRecord's own words are checked.
    monkeypatch.setattr(devicepicker, "list_devices", lambda: [])
    create_demo(workspace)
    allowed = ALWAYS | _data_words(workspace)
    seen: dict[str, list[tuple[str, str]]] = {}

    def fake_exec(dialog: QDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        seen[f"dialog {type(dialog).__name__}"] = _texts(dialog)
        dialog.hide()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for reference in ("DEMO-US", "DEMO-CN"):
        window.select_case(workspace.cases.case(reference).id)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            qtbot.wait(50)
            QApplication.processEvents()
            seen[f"{reference} tab {index}"] = _texts(window)
        window.export_case()
        window.import_into_case()
        window.verify_package()
        window.timeline.log_contact()
        window.people.add_party()
        window.people.add_number()
    window.new_case()
    seen["new case"] = _texts(window)
    for action in window.menuBar().actions():
        seen[f"menu {action.text()}"] = _texts(action.menu())

    assert {k for k in seen if k.startswith("dialog")} >= {
        "dialog ExportDialog",
        "dialog ImportDialog",
        "dialog VerifyDialog",
        "dialog LogContactDialog",
        "dialog PartyDialog",
        "dialog NumberDialog",
    }
    problems = sorted({p for texts in seen.values() for p in _untranslated(texts, allowed)})
    assert not problems, "English outside the translation system:\n" + "\n".join(problems)


# ------------------------------------------------------------------ the real languages
@pytest.mark.parametrize(
    ("language", "families", "tab", "record"),
    [("zh_CN", SIMPLIFIED, "通话", "录音"), ("zh_TW", TRADITIONAL, "通話", "錄音")],
)
def test_chinese_window_tabs_record_button_and_fonts(
    qtbot, qapp, workspace, language, families, tab, record
):
    from onrecord.ui.mainwindow import MainWindow

    previous = QLocale()
    try:
        loaded = i18n.install(qapp, language)
        assert f"onrecord_{language}" in loaded
        assert QLocale().name() == language
        window = MainWindow(workspace)
        qtbot.addWidget(window)
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert any(tab in t for t in titles), titles
        assert all(re.search(r"[\u4e00-\u9fff]", t) for t in titles), titles
        assert record in window.call_panel.record_button.text()
        chosen = qapp.font().families()
        chinese = [f for f in chosen if f in SIMPLIFIED or f in TRADITIONAL]
        installed = chinese_families(language)
        assert chinese == installed
        if installed:  # fonts-noto-cjk / fonts-wqy-microhei: setup.sh installs them
            assert chinese[0] in families
            assert not any("JP" in f or "Japanese" in f for f in chosen)
    finally:
        i18n.install(qapp, "en")  # the fonts back to English
        i18n.uninstall(qapp)
        QLocale.setDefault(previous)  # the other tests format as before


def test_language_choice_follows_setting_then_system():
    china = QLocale("zh_CN")
    hk = QLocale("zh_HK")
    german = QLocale("de_DE")
    assert i18n.choose_language("zh_TW", china) == "zh_TW"
    assert i18n.choose_language(None, china) == "zh_CN"
    assert i18n.choose_language(None, hk) == "zh_TW"
    assert i18n.choose_language(None, german) == "en"
    assert i18n.choose_language("fr", german) == "en"
    for name, expected in [("zh_SG", "zh_CN"), ("zh_MO", "zh_TW"), ("zh-Hant-TW", "zh_TW")]:
        assert i18n.language_for_locale(name) == expected


def test_the_language_menu_saves_the_choice_and_asks_for_a_restart(window, no_dialogs):
    from onrecord import settings

    names = [a.text() for a in window.language_actions.actions()]
    assert names[:3] == ["English", "简体中文", "繁體中文"]
    window.language_actions.actions()[2].trigger()
    assert settings.load(window.workspace.data_dir).language == "zh_TW"
    assert no_dialogs and "again" in no_dialogs[-1][2]
    assert QCoreApplication.translate("Language", "Follow the system") in names


def test_english_plurals_come_from_the_english_translation(qapp):
    previous = QLocale()
    try:
        assert "onrecord_en" in i18n.install(qapp, "en")
        tr = QCoreApplication.translate
        assert tr("SearchPanel", "%n result(s)", "", 1) == "1 result"
        assert tr("SearchPanel", "%n result(s)", "", 3) == "3 results"
        assert tr("ImportDialog", "%n entry(ies) skipped", "", 2) == "2 entries skipped"
    finally:
        i18n.uninstall(qapp)
        QLocale.setDefault(previous)
