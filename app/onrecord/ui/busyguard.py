"""One rule for every dialog that runs long work: it does not close while the work runs.

Esc, a Cancel/Close button (``reject``) and the window's own close button (``closeEvent``) all
reach :class:`BusyGuard`. While :meth:`BusyGuard.busy` is true the dialog stays open and
:meth:`BusyGuard.stop_work` is called instead: it cancels the work, or says why it cannot be
stopped. So a worker never goes on against a dialog that is gone, and whatever it was writing
is cleaned up by the work itself before the dialog closes.

Put it before ``QDialog`` in the bases: ``class ExportDialog(BusyGuard, QDialog)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QCloseEvent

from .export_task import BackgroundJob

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    _DialogBase = QDialog
else:
    _DialogBase = object


class BusyGuard(_DialogBase):
    """Closing while busy stops the work instead; the dialog closes normally otherwise."""

    job: BackgroundJob

    def busy(self) -> bool:
        """True while closing would leave work running (default: ``self.job`` runs)."""
        return self.job.running

    def stop_work(self, closing: bool) -> None:
        """Asked to close while busy. ``closing``: by the window's close button, not Esc/Cancel.

        Default: ask the job to stop at its next check. Dialogs override this to show
        "Stopping…", or to close by themselves once the work has stopped.
        """
        self.job.cancel()

    def reject(self) -> None:
        if self.busy():
            self.stop_work(closing=False)
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy():
            self.stop_work(closing=True)
            event.ignore()
            return
        super().closeEvent(event)
