"""Whether someone else saved to the case file: the onrecord command, a second window.

SQLite's ``PRAGMA data_version`` changes, on one connection, when *another* connection has
committed since that connection last asked; its own commits never change it. The watch keeps
one connection of its own open for that, outside the store's pool (a pooled connection would
be handed to other work, and closed by ``dispose``). Asking costs a read of the WAL index: no
table is read while nothing changed.

To this connection the store's own commits are another connection's too, so they change the
value as well. What tells them apart is the audit log: every change is committed together with
its audit events (``store.audit``), numbered one after another. While one of the store's
transactions holds the write lock (every one starts with ``BEGIN IMMEDIATE``), nobody else can
commit; the watch reads the last event number when such a transaction starts (anything newer
than the last number it knew was written elsewhere) and just before it commits (those events
are the store's own). A change elsewhere is then an event beyond the last number known.

Asking never waits: the watch's connection has no busy timeout, and a busy or locked file
answers "nothing seen" until the next time it is asked.
"""

from __future__ import annotations

import sqlite3
import threading
from typing import Any

from sqlalchemy import event

from .engine import Store

_LAST_EVENT = "SELECT seq FROM audit_event ORDER BY seq DESC LIMIT 1"
#: connection.info keys: the last event number when the transaction began; whether its
#: commit was reached (a rollback after that means the commit failed)
_BEGAN = "changewatch.began"
_COMMITTING = "changewatch.committing"


class ChangeWatch:
    """Tells whether another connection committed to ``store``'s file since the last look.

    Commits through ``store`` itself (any thread of this process) do not count.
    """

    def __init__(self, store: Store) -> None:
        if store.path is None:
            raise ValueError("an in-memory case file has no other connection to watch")
        self._engine = store.engine
        self._lock = threading.Lock()
        #: the last audit event number known to be accounted for (None: not read yet)
        self._known: int | None = None
        #: a transaction of the store saw events written elsewhere before it
        self._elsewhere = False
        self._version: int | None = None
        # The GUI thread asks; the lock keeps the connection to one user at a time.
        self._conn: sqlite3.Connection | None = sqlite3.connect(
            store.path, timeout=0, isolation_level=None, check_same_thread=False
        )
        try:
            self._version = self._data_version()
            self._known = _last_event(self._conn)
        except sqlite3.Error:  # busy right now: the first answer will say "changed"
            self._elsewhere = True
        event.listen(self._engine, "begin", self._began)
        event.listen(self._engine, "commit", self._committing)
        event.listen(self._engine, "rollback", self._rolled_back)

    def changed_elsewhere(self) -> bool:
        """True once for every batch of commits made elsewhere since the last call."""
        with self._lock:
            if self._conn is None:
                return False
            try:
                version = self._data_version()
                if version == self._version and not self._elsewhere:
                    return False
                last = _last_event(self._conn)
            except sqlite3.Error:  # "database is locked", busy: look again next time
                return False
            changed = self._elsewhere or self._known is None or last > self._known
            self._version = version
            self._known = last if self._known is None else max(self._known, last)
            self._elsewhere = False
            return changed

    def writer_busy(self) -> bool:
        """True while another connection holds the write lock: reading through the store
        would wait for it (its transactions start with ``BEGIN IMMEDIATE``)."""
        with self._lock:
            if self._conn is None:
                return False
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error:
                return True
            self._conn.execute("ROLLBACK")
            return False

    def close(self) -> None:
        """Stop watching; the watch's own connection is closed (the store's are not)."""
        with self._lock:
            if self._conn is None:
                return
            for name, listener in (
                ("begin", self._began),
                ("commit", self._committing),
                ("rollback", self._rolled_back),
            ):
                if event.contains(self._engine, name, listener):
                    event.remove(self._engine, name, listener)
            self._conn.close()
            self._conn = None

    def _data_version(self) -> int:
        assert self._conn is not None
        return int(self._conn.execute("PRAGMA data_version").fetchall()[0][0])

    # ------------------------------------------- the store's own transactions
    # These run on whichever thread uses the store, inside its transaction (write lock held).
    # They must never make the store's work fail: if a number cannot be read, the next look
    # says "changed" (one reload too many rather than one missed).
    def _began(self, connection: Any) -> None:
        connection.info.pop(_COMMITTING, None)
        try:
            last = _last_event(connection)
        except Exception:
            connection.info.pop(_BEGAN, None)
            with self._lock:
                self._elsewhere = True
            return
        connection.info[_BEGAN] = last
        with self._lock:
            if self._known is None or last > self._known:
                self._elsewhere = True
                self._known = last

    def _committing(self, connection: Any) -> None:
        try:
            last = _last_event(connection)
        except Exception:
            with self._lock:
                self._elsewhere = True
            return
        connection.info[_COMMITTING] = True
        with self._lock:
            self._known = last if self._known is None else max(self._known, last)

    def _rolled_back(self, connection: Any) -> None:
        began = connection.info.pop(_BEGAN, None)
        if connection.info.pop(_COMMITTING, False):
            # The commit failed: the numbers it would have used may be written elsewhere next.
            with self._lock:
                if began is not None and self._known is not None:
                    self._known = min(self._known, began)


def _last_event(conn: Any) -> int:
    """The number of the last audit event (0 for none), on a DB-API or SQLAlchemy connection."""
    if isinstance(conn, sqlite3.Connection):
        rows = conn.execute(_LAST_EVENT).fetchall()
    else:
        rows = conn.exec_driver_sql(_LAST_EVENT).fetchall()
    return int(rows[0][0]) if rows else 0
