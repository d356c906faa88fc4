"""Opening the case file: checks before touching anything, then SQLite tuned for durability.

``open_store(path)`` refuses — leaving the file byte-for-byte untouched — a file that is not
SQLite, a corrupt database, a SQLite database that is not OnRecord's, and one written by a newer
OnRecord. Otherwise it backs the database up (SQLite's online backup, so the copy is
consistent) before applying any pending Alembic migration, then opens it in WAL mode with
``synchronous=FULL`` and foreign keys on. Every transaction starts with ``BEGIN IMMEDIATE`` so
that two processes (the app and the recorder) never interleave audit-chain appends.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from ..messages import QT_TRANSLATE_NOOP
from .errors import InvalidInputError, StoreError

SQLITE_MAGIC = b"SQLite format 3\x00"
DB_FILENAME = "onrecord.db"


def _alembic_config() -> Config:
    config = Config()
    location = resources.files("onrecord.store") / "migrations"
    config.set_main_option("script_location", str(location))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def _configure_sqlite(engine: Engine, *, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event, not pysqlite, decide how transactions start.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if wal:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=15000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


@dataclass
class Store:
    """An open case file. Use ``session()`` for a unit of work that commits or rolls back."""

    engine: Engine
    path: Path | None
    backup_path: Path | None = None
    _sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        try:
            with self._sessions() as session, session.begin():
                yield session
        except UnicodeEncodeError as exc:  # a lone surrogate: undecodable bytes of a file name
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Store",
                    "some text is not valid Unicode (it may come from a file or file name that is "
                    "not UTF-8); nothing was saved",
                )
            ) from exc
        except OperationalError as exc:  # disk full, read-only, I/O error, locked too long
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Store",
                    "the case file could not be saved ({reason}); this change was not made and "
                    "nothing saved before was lost. Free some disk space or make the data folder "
                    "writable, then try again",
                ).format(reason=str(exc.orig))
            ) from exc

    def close(self) -> None:
        self.engine.dispose()

    def integrity_check(self) -> str:
        with self.engine.connect() as conn:
            rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
        return "; ".join(str(r[0]) for r in rows)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _not_ours(path: Path) -> str:
    return QT_TRANSLATE_NOOP(
        "Store", "{path} is a SQLite database, but not an OnRecord case file"
    ).format(path=path)


def _inspect_existing(path: Path) -> str | None:
    """Check an existing file without writing to it; return its schema revision (None = empty).

    Raises StoreError with a plain message when the file must not be opened.
    """
    try:
        with path.open("rb") as handle:
            magic = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP("Store", "cannot read the case file {path}: {reason}").format(
                path=path, reason=exc.strerror
            )
        ) from exc
    if magic != SQLITE_MAGIC:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Store", "{path} is not an OnRecord case file (it is not a SQLite database)"
            ).format(path=path)
        )
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP("Store", "cannot open the case file {path}: {reason}").format(
                path=path, reason=str(exc)
            )
        ) from exc
    try:
        verdict = conn.execute("PRAGMA quick_check").fetchall()
        if [tuple(v) for v in verdict] != [("ok",)]:
            first_problem = " ".join(str(verdict[0][0]).split())  # SQLite's text has newlines
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Store",
                    "the case file {path} is damaged ({reason}); it was not changed. "
                    "Restore it from a backup (see the backups folder beside it)",
                ).format(path=path, reason=first_problem)
            )
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise StoreError(_not_ours(path))
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
        if revision is None and tables - {"alembic_version"}:
            # Another program's tables and no OnRecord schema: never migrate into it.
            raise StoreError(_not_ours(path))
    except sqlite3.DatabaseError as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Store",
                "the case file {path} is damaged or not a database ({reason}); it was not changed",
            ).format(path=path, reason=str(exc))
        ) from exc
    finally:
        conn.close()
    if revision is not None:
        try:
            known = ScriptDirectory.from_config(_alembic_config()).get_revision(revision)
        except CommandError:
            known = None
        if known is None:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Store",
                    "the case file {path} was written by a newer version of OnRecord "
                    "(schema {revision}); install the newer version to open it. It was not changed",
                ).format(path=path, revision=revision)
            )
    return revision


def _backup(path: Path, revision: str) -> Path:
    folder = path.parent / "backups"
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    for attempt in range(1, 1000):
        suffix = "" if attempt == 1 else f"-{attempt}"
        target = folder / f"{path.stem}-schema-{revision}-{stamp}{suffix}.db"
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            break
        except FileExistsError:
            continue
    else:  # pragma: no cover - a thousand backups in one second
        raise StoreError(
            QT_TRANSLATE_NOOP("Store", "cannot name a backup of {path} in {folder}").format(
                path=path, folder=folder
            )
        )
    os.close(fd)
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()
    return target


def _migrate(engine: Engine) -> None:
    config = _alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def open_store(path: Path | str | None = None) -> Store:
    """Open (creating or migrating as needed) the case file at ``path``; None = in memory."""
    if path is None:
        engine = create_engine(
            "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
        )
        _configure_sqlite(engine, wal=False)
        _migrate(engine)
        return Store(engine, None)

    path = Path(path)
    backup_path = None
    if path.exists() and path.stat().st_size > 0:
        revision = _inspect_existing(path)
        if revision is not None and revision != head_revision():
            backup_path = _backup(path, revision)
    else:
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
            os.close(fd)
        except OSError as exc:
            raise StoreError(
                QT_TRANSLATE_NOOP("Store", "cannot create the case file {path}: {reason}").format(
                    path=path, reason=exc.strerror
                )
            ) from exc
    os.chmod(path, 0o600)
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 15})
    _configure_sqlite(engine, wal=True)
    try:
        _migrate(engine)
    except Exception as exc:
        engine.dispose()
        if backup_path:
            message = QT_TRANSLATE_NOOP(
                "Store",
                "the case file {path} could not be updated to this version ({reason}); "
                "a copy from before the update is {copy}",
            ).format(path=path, reason=str(exc), copy=backup_path)
        else:
            message = QT_TRANSLATE_NOOP(
                "Store", "the case file {path} could not be updated to this version ({reason})"
            ).format(path=path, reason=str(exc))
        raise StoreError(message) from exc
    return Store(engine, path, backup_path)


def current_revision(store: Store) -> str | None:
    with store.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
