"""Running long work off the GUI thread and getting the result back on it.

Long work is a plain function (export, stop-and-hash, import); this module only carries it.
``run_task(func, on_done, on_error)`` runs ``func()`` in Qt's thread pool and calls
``on_done(result)`` or ``on_error(exception)`` on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_pending: set[_Task] = set()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, func: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.func = func
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.func()
        except BaseException as exc:  # every failure goes back to the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


def run_task(
    func: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> None:
    task = _Task(func)
    _pending.add(task)

    def finish_ok(result: Any) -> None:
        _pending.discard(task)
        on_done(result)

    def finish_error(exc: BaseException) -> None:
        _pending.discard(task)
        on_error(exc)

    task.signals.done.connect(finish_ok)
    task.signals.failed.connect(finish_error)
    QThreadPool.globalInstance().start(task)


def wait_for_all(timeout_ms: int = 30000) -> bool:
    """For tests and shutdown: wait until every background task has finished."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
