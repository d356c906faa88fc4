"""Taking a contact out of the counts: removed if it can be, else withdrawn, and back again.

A contact logged by mistake is removed; one that cannot be (it has tags or attached files,
or a promise points to it) can be *withdrawn*: it stays in the case and the evidence
package, marked with the user's reason, and counts for nothing. A withdrawn contact can be
counted again. A recorded call is neither (the panel's Remove button is off for it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from ...store import Workspace
from ...store.errors import StoreError
from ...store.search import EventRow
from .. import dialogs
from ..errors import error_text, refusal_text
from .ledgerdialog import RemoveDialog, _ReasonDialog, item_label

RunDialog = Callable[[QDialog], bool]


class WithdrawDialog(_ReasonDialog):
    """Says why the contact cannot be removed and asks for the (required) reason to
    withdraw it; ``withdraw`` gets the reason."""

    def __init__(
        self,
        item: str,
        refusal: str,
        withdraw: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(withdraw, parent)  # type: ignore[arg-type]
        self.setWindowTitle(self.tr("Withdraw a contact"))
        # Plain words; the store's exact reason (how many tags...) is in the tooltip.
        self.lead = QLabel(
            self.tr(
                "This contact has tags, attached files or a promise linked to it, which are "
                "kept for good, so it cannot be removed."
            )
        )
        self.lead.setWordWrap(True)
        self.lead.setToolTip(refusal)
        self.item = item_label(item)
        self.consequence = QLabel(
            self.tr(
                "If you logged it by mistake (twice, or in the wrong case), withdraw it: it "
                "stays in the case and in an evidence package, marked “withdrawn” with your "
                "reason, but it is no longer counted in the charts, the possible issues or the "
                "report's totals. You can count it again later."
            )
        )
        self.consequence.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for withdrawing it"))
        self.reason.setPlaceholderText(self.tr("Required, for example: the same call logged twice"))
        self._lay_out(
            (self.lead, self.item, self.consequence),
            self.tr("&Reason:"),
            self.tr("Withdraw"),
            required=True,
        )

    def refused_title(self) -> str:
        return QCoreApplication.translate("WithdrawDialog", "Not withdrawn")


def remove_or_withdraw(
    parent: QWidget, workspace: Workspace, row: EventRow, item: str, run_dialog: RunDialog
) -> bool:
    """Ask, then remove ``row``'s contact, or withdraw it where it cannot be removed, or
    count it again if it was withdrawn. True if something changed."""
    corrections = workspace.corrections
    if row.withdrawn:
        text = QCoreApplication.translate(
            "TimelinePanel",
            "This contact was withdrawn: %1\n\n%2\n\nCount it again in the charts, the "
            "possible issues and the report's totals?",
        )
        if not dialogs.confirm(
            parent,
            QCoreApplication.translate("TimelinePanel", "Count a contact again"),
            text.replace("%1", row.withdrawn_reason).replace("%2", item),
            yes=QCoreApplication.translate("TimelinePanel", "Count it again"),
            no=QCoreApplication.translate("TimelinePanel", "Leave it withdrawn"),
        ):
            return False
        try:
            corrections.restore_event(row.id)
        except StoreError as exc:
            title = QCoreApplication.translate("TimelinePanel", "Not changed")
            dialogs.error(parent, title, error_text(exc))
            return False
        return True
    try:
        refusal = corrections.removal_refused(row.id)
    except StoreError as exc:
        title = QCoreApplication.translate("TimelinePanel", "Not removed")
        dialogs.error(parent, title, error_text(exc))
        return False
    if refusal is not None:
        dialog: QDialog = WithdrawDialog(
            item,
            refusal_text(refusal),
            lambda reason: corrections.withdraw_event(row.id, reason),
            parent,
        )
    else:
        dialog = RemoveDialog(
            QCoreApplication.translate("TimelinePanel", "Remove a contact"),
            QCoreApplication.translate("TimelinePanel", "Remove this contact from the case?"),
            item,
            lambda reason: corrections.remove_event(row.id, reason),
            parent,
            consequence=QCoreApplication.translate(
                "TimelinePanel",
                "Only a contact logged or imported by mistake should be removed: it will no "
                "longer appear in the timeline, the charts, the conduct check or the report.",
            ),
        )
    return run_dialog(dialog)
