"""A case file written by an older schema opens in this version with nothing lost."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from onrecord.store import open_store
from onrecord.store.audit import verify_chain
from onrecord.store.casefile import CaseFile
from onrecord.store.engine import head_revision

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = [
            "case_file",
            "party",
            "phone_number",
            "contact_event",
            "promise",
            "payment",
            "audit_event",
        ]
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        conn.close()


#: One case file per released schema (the demo cases), each made by the previous version.
OLD_SCHEMAS = ["0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008"]


@pytest.mark.parametrize("revision", OLD_SCHEMAS)
def test_an_older_database_migrates_after_a_backup(tmp_path, revision):
    db = tmp_path / "onrecord.db"
    shutil.copy(FIXTURES / f"schema-{revision}.db", db)
    before = _counts(db)

    store = open_store(db)
    try:
        assert store.backup_path is not None
        assert store.integrity_check() == "ok"
        with store.session() as s:
            assert verify_chain(s).ok
        cases = CaseFile(store).cases()
        assert {c.reference for c in cases} >= {"DEMO-US", "DEMO-CN"}
        with store.engine.connect() as conn:
            version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            triggers = conn.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE type='trigger'"
            ).scalar()
        assert version == head_revision()
        fresh = open_store(tmp_path / "fresh.db")
        with fresh.engine.connect() as conn:
            expected = conn.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE type='trigger'"
            ).scalar()
        fresh.close()
        assert triggers == expected >= 10  # the append-only guards survive the migrations
    finally:
        store.close()
    assert _counts(db) == before
    assert _counts(store.backup_path) == before


@pytest.mark.parametrize("revision", OLD_SCHEMAS)
def test_backup_is_a_readable_copy_of_the_old_schema(tmp_path, revision):
    db = tmp_path / "onrecord.db"
    shutil.copy(FIXTURES / f"schema-{revision}.db", db)
    store = open_store(db)
    store.close()
    conn = sqlite3.connect(store.backup_path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()


def test_every_older_schema_has_a_fixture_case_file():
    """A new migration must come with a case file of the schema before it (made by the app at
    that schema), so the next upgrade is tested on real data."""
    from alembic.script import ScriptDirectory

    from onrecord.store.engine import _alembic_config

    revisions = {
        r.revision for r in ScriptDirectory.from_config(_alembic_config()).walk_revisions()
    }
    older = sorted(revisions - {head_revision()})
    assert older == OLD_SCHEMAS
    for revision in older:
        assert (FIXTURES / f"schema-{revision}.db").is_file()


@pytest.mark.parametrize("revision", [r for r in OLD_SCHEMAS if r < "0005"])
def test_an_older_case_has_not_said_its_debt_may_be_illegal(tmp_path, revision):
    """0005 asks each case whether the debt may be illegal; a case from before has not said so
    (and can say so now, logged in its audit chain like any other field)."""
    db = tmp_path / "onrecord.db"
    shutil.copy(FIXTURES / f"schema-{revision}.db", db)
    with open_store(db) as store:
        cases = CaseFile(store)
        assert {c.reference: c.debt_may_be_illegal for c in cases.cases()} == {
            "DEMO-US": False,
            "DEMO-CN": False,
        }
        cn = cases.case("DEMO-CN")
        assert cases.update_case(cn.id, debt_may_be_illegal=True).debt_may_be_illegal
        with store.session() as s:
            assert verify_chain(s).ok
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "SELECT reference, debt_may_be_illegal FROM case_file ORDER BY reference"
        ).fetchall()
    finally:
        conn.close()
    assert rows == [("DEMO-CN", 1), ("DEMO-US", 0)]


def test_an_older_case_s_files_are_not_withdrawn_and_can_be(tmp_path):
    """0008 lets a file attached by mistake be withdrawn; the files of a case file from before
    are all still the case's, each keeps its digests, and one can be withdrawn now."""
    from onrecord.store.workspace import Workspace

    db = tmp_path / "onrecord.db"
    shutil.copy(FIXTURES / "schema-0007.db", db)
    with open_store(db) as store:
        workspace = Workspace(tmp_path, store)
        us = workspace.cases.case("DEMO-US")
        [kept] = workspace.attachments.list(us.id, withdrawn=True)
        assert kept.withdrawn_at is None and kept.withdrawn_reason == ""
        assert kept.original_name == "screenshot.png" and len(kept.sha256) == 64
        workspace.attachments.withdraw(kept.id, "the wrong screenshot")
        assert workspace.attachments.list(us.id) == []
        with store.session() as s:
            assert verify_chain(s).ok


def test_an_older_case_has_no_numbers_of_the_user_s_and_can_be_given_them(tmp_path):
    """0009 keeps the user's own phone numbers on the case; a case file from before has none,
    and the schema is not taken back while one holds them."""
    from alembic import command

    from onrecord.store.engine import _alembic_config

    db = tmp_path / "onrecord.db"
    shutil.copy(FIXTURES / "schema-0008.db", db)
    with open_store(db) as store:
        cases = CaseFile(store)
        assert {c.my_numbers for c in cases.cases()} == {""}
        us = cases.case("DEMO-US")
        given = cases.update_case(us.id, my_numbers="(917) 555-0164 (my mobile)")
        assert given.my_numbers == "(917) 555-0164 (my mobile)"
        with store.session() as s:
            assert verify_chain(s).ok
        config = _alembic_config()
        with store.engine.connect() as connection, connection.begin() as transaction:
            config.attributes["connection"] = connection
            with pytest.raises(RuntimeError, match="own phone numbers"):
                command.downgrade(config, "0008")
            transaction.rollback()
        assert cases.case("DEMO-US").my_numbers == "(917) 555-0164 (my mobile)"
