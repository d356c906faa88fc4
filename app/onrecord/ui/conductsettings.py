"""The user's own settings for the rules of the possible issues that are not certain.

Rules whose parameters are unconfirmed or the user's choice (a rule's ``editable``) get
editors here, below the issues: hours, counts, days. What the user changes is checked
against the rule pack, saved in settings (``Settings.conduct_overrides``) and marked as
"your setting"; each rule can be put back to its own values.

Its texts are the possible issues panel's: they are translated in the ConductPanel context.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QCoreApplication, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from .. import settings as settings_module
from ..conduct import RulePack, RulePackError, load_pack
from ..store import Workspace
from .errors import error_text
from .export_task import content_language


class RuleSettings(QGroupBox):
    """The editors of the rules of ``pack`` that the user may set; ``applied`` once the
    values are valid and saved (the case is then checked again)."""

    applied = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate(
                "ConductPanel", "Your settings for rules that are not certain"
            ),
            parent,
        )
        self.workspace = workspace
        #: the rules checked against; set by the panel when it loads them
        self.pack: RulePack | None = None
        self._built_for: RulePack | None = None  # the rules the editors shown are for
        self.editors: dict[tuple[str, str], QTimeEdit | QSpinBox] = {}
        self._param_timer = QTimer(self)
        self._param_timer.setSingleShot(True)
        self._param_timer.setInterval(400)
        self._param_timer.timeout.connect(self.apply_parameters)
        self.setAccessibleName(
            QCoreApplication.translate("ConductPanel", "Your settings for unconfirmed rules")
        )
        self.params_layout = QVBoxLayout(self)

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

    def build(self, pack: RulePack | None) -> None:
        """An editor for each parameter the user may set in ``pack`` (none: hidden)."""
        if self._param_timer.isActive():
            # A value changed less than 400 ms ago is saved now, for the rules its editor
            # was built for, not lost with the editor (it raised on a deleted label, and
            # the change was silently not saved).
            current, self.pack = self.pack, self._built_for
            self.blockSignals(True)  # the caller checks again with what it shows next
            try:
                self.apply_parameters()
            finally:
                self.blockSignals(False)
                self.pack = current
        self._built_for = pack
        while self.params_layout.count():
            item = self.params_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone from view now, not when the event loop next deletes it
                widget.deleteLater()
        self.editors = {}
        rules = [r for r in pack.rules if r.editable] if pack else []
        self.setVisible(bool(rules))
        if not rules:
            return
        language = content_language(self.workspace)
        saved = self.overrides()
        intro = QLabel(
            QCoreApplication.translate(
                "ConductPanel",
                "These values are not settled law or depend on your situation. OnRecord starts "
                "from the values shown; change them if your lawyer or adviser tells you to, and "
                "what you change is marked as <b>your own setting</b>.",
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
                flag = (
                    QCoreApplication.translate("ConductPanel", "unconfirmed — your setting")
                    if mine
                    else QCoreApplication.translate("ConductPanel", "unconfirmed")
                )
            else:
                flag = (
                    QCoreApplication.translate("ConductPanel", "your setting")
                    if mine
                    else QCoreApplication.translate("ConductPanel", "the rule's values")
                )
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
            reset = QPushButton(QCoreApplication.translate("ConductPanel", "Use the rule's values"))
            reset.setAccessibleName(
                QCoreApplication.translate("ConductPanel", "Reset %1 to the rule's values").replace(
                    "%1", rule.id
                )
            )
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
            "start": QCoreApplication.translate("ConductPanel", "Calls allowed from"),
            "end": QCoreApplication.translate("ConductPanel", "until"),
            "max_count": QCoreApplication.translate("ConductPanel", "At most"),
            "days": QCoreApplication.translate("ConductPanel", "within"),
        }
        return captions.get(name, name)

    def _unit(self, name: str, value: int) -> str:
        """The word after a number in its box: "3 contacts", "1 day" (so the row reads
        "At most [3 contacts] within [1 day]")."""
        if name == "max_count":
            return (
                QCoreApplication.translate("ConductPanel", " contact")
                if value == 1
                else QCoreApplication.translate("ConductPanel", " contacts")
            )
        if name == "days":
            return (
                QCoreApplication.translate("ConductPanel", " day")
                if value == 1
                else QCoreApplication.translate("ConductPanel", " days")
            )
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
        """Validate the editors, save what differs from the rule pack, then ``applied``."""
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
            self.param_error.setText(
                QCoreApplication.translate("ConductPanel", "Not saved: %1").replace(
                    "%1", error_text(exc)
                )
            )
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
        self.applied.emit()

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
