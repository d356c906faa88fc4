"""The schema comes only from Alembic: new files reach head, old files are backed up first."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext

from onrecord.store import StoreError, open_store
from onrecord.store import engine as engine_module
from onrecord.store.casefile import CaseFile
from onrecord.store.engine import current_revision, head_revision
from onrecord.store.models import Base

NEXT_REVISION = '''"""A later schema change (test only)."""
import sqlalchemy as sa
from alembic import op

revision = "9999_next"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("future_thing", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade():
    op.drop_table("future_thing")
'''


def tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def stored_revision(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def install_next_release(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[], str]:
    """Return a function that turns this process into the next OnRecord release.

    The next release ships the current migrations plus one more; returns its head revision.
    """
    source = resources.files("onrecord.store") / "migrations"
    folder = tmp_path / "migrations-next"
    with resources.as_file(source) as shipped:
        shutil.copytree(shipped, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9999_next.py").write_text(NEXT_REVISION.format(head=head_revision()))

    def config() -> Config:
        cfg = Config()
        cfg.set_main_option("script_location", str(folder))
        return cfg

    def install() -> str:
        monkeypatch.setattr(engine_module, "_alembic_config", config)
        return "9999_next"

    return install


def test_a_new_in_memory_store_is_at_head() -> None:
    with open_store(None) as store:
        assert current_revision(store) == head_revision()


def test_a_new_file_is_created_private_at_head_without_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "case.db"
    with open_store(path) as store:
        assert current_revision(store) == head_revision()
        assert store.backup_path is None
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stored_revision(path) == head_revision()
    assert {"case_file", "audit_event", "mark_revision", "alembic_version"} <= tables(path)


def test_an_empty_file_is_initialised(tmp_path: Path) -> None:
    path = tmp_path / "case.db"
    path.touch()
    with open_store(path) as store:
        assert current_revision(store) == head_revision()


def test_models_match_the_migrated_schema() -> None:
    with open_store(None) as store, store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_reopening_a_file_at_head_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "case.db"
    with open_store(path) as store:
        CaseFile(store).create_case("kept", jurisdiction="us")
    with open_store(path) as store:
        assert store.backup_path is None
        assert [c.title for c in CaseFile(store).cases()] == ["kept"]
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())


def test_an_older_file_is_backed_up_before_it_is_migrated(
    tmp_path: Path, install_next_release: Callable[[], str]
) -> None:
    path = tmp_path / "case.db"
    with open_store(path) as store:
        CaseFile(store).create_case("before the upgrade", jurisdiction="uk")
    old_revision = stored_revision(path)

    new_head = install_next_release()
    with open_store(path) as store:
        assert current_revision(store) == new_head
        backup = store.backup_path
        assert [c.title for c in CaseFile(store).cases()] == ["before the upgrade"]
    assert "future_thing" in tables(path)

    assert backup is not None and backup.parent == tmp_path / "backups"
    assert old_revision in backup.name
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert stored_revision(backup) == old_revision
    assert "future_thing" not in tables(backup), "the backup is the file as it was before"
    check = sqlite3.connect(backup)
    try:
        assert check.execute("SELECT title FROM case_file").fetchall() == [("before the upgrade",)]
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        check.close()


def test_a_file_from_the_next_release_is_refused_by_this_one(
    tmp_path: Path, install_next_release: Callable[[], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "case.db"
    this_release = engine_module._alembic_config
    new_head = install_next_release()
    with open_store(path) as store:
        assert current_revision(store) == new_head
    monkeypatch.setattr(engine_module, "_alembic_config", this_release)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version"):
        open_store(path)
    assert path.read_bytes() == before
