"""The core's refusals: English for the CLI and the tests, a template and parameters for the UI."""

from __future__ import annotations

import ast
import copy
import hashlib
import json
import pickle
import sqlite3
import zipfile
from pathlib import Path

import pytest

import onrecord
from onrecord import datamove, paths
from onrecord.imports import ImportFileError, csvlog
from onrecord.messages import QT_TRANSLATE_NOOP, Message
from onrecord.store import open_store, validate
from onrecord.store.casefile import CASE_TEXT_FIELDS, PARTY_TEXT_FIELDS, CaseFile
from onrecord.store.errors import InvalidInputError, NotFoundError
from onrecord.store.lookup import RECORD_NAMES

PACKAGE = Path(onrecord.__file__).parent


def test_a_refusal_reads_as_before_and_keeps_its_template_and_parameters():
    with pytest.raises(
        InvalidInputError,
        match=r"^“abc” is not an amount: type the amount in digits, for example 200 or 2,300.50$",
    ) as caught:
        validate.amount("abc")
    message = caught.value.args[0]
    assert isinstance(message, Message)
    assert type(str(caught.value)) is str  # the CLI prints a plain string
    assert message.context == "Store"
    assert message.template == (
        "“{value}” is not an amount: type the {field} in digits, for example 200 or 2,300.50"
    )
    assert message.params["value"] == "abc"
    field = message.params["field"]
    assert isinstance(field, Message) and (field.context, str(field)) == ("Field", "amount")


@pytest.mark.parametrize(
    ("call", "english"),
    [
        (lambda: validate.text("", "title", limit=10, required=True), "title must not be empty"),
        (
            lambda: validate.text("x" * 12, "note", limit=10),
            "note is too long (12 characters, at most 10)",
        ),
        (
            lambda: validate.amount("-3", "payment amount"),
            "The payment amount cannot be less than zero (you typed “-3”): "
            "type it without a minus sign",
        ),
        (
            lambda: validate.date("31/3", "due date"),
            "due date must be a date like 2026-03-31, not '31/3'",
        ),
        (
            lambda: validate.currency("EURO"),
            "currency must be a 3-letter code such as USD, not 'EURO'",
        ),
        (
            lambda: validate.timezone("Mars/Base"),
            "unknown time zone 'Mars/Base' (use an IANA name such as Asia/Shanghai)",
        ),
    ],
)
def test_validation_messages_keep_their_english_words(call, english):
    with pytest.raises(InvalidInputError) as caught:
        call()
    assert str(caught.value) == english
    assert isinstance(caught.value.args[0], Message)


def test_service_refusals_carry_templates(tmp_path):
    cases = CaseFile(open_store(tmp_path / "c.db"))
    case = cases.create_case("Harbor Bank", jurisdiction="us")
    cases.add_number(case.id, "+1 415 555 0100")
    with pytest.raises(InvalidInputError) as caught:
        cases.add_number(case.id, "+1 415 555 0100")
    assert str(caught.value) == "+1 415 555 0100 is already in this case as +14155550100"
    assert caught.value.args[0].template == "{number} is already in this case as {existing}"
    with pytest.raises(NotFoundError, match="there is no collector or organisation with id 99"):
        cases.update_party(99, name="x")
    with pytest.raises(InvalidInputError, match=r"^reference 'OR-X' is taken$"):
        other = cases.create_case("Other", jurisdiction="us", reference="OR-X")
        cases.update_case(case.id, reference=other.reference)


def test_import_and_move_and_data_folder_refusals_carry_templates(tmp_path):
    log = tmp_path / "log.csv"
    log.write_text("start,kind\n2026-03-02 07:10,telegram\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        csvlog.read_csv(log, "Asia/Shanghai", "CN")
    assert str(caught.value).startswith("log.csv line 2: kind 'telegram' is not one of call, ")
    where = caught.value.args[0].params["where"]
    assert isinstance(where, Message) and where.params == {"file": "log.csv", "line": 2}

    data = tmp_path / "data"
    data.mkdir()
    with pytest.raises(datamove.MoveError, match=r"^the data is already in ") as moved:
        datamove.check_target(data, data)
    assert moved.value.args[0].context == "DataMove"

    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    with pytest.raises(paths.DataDirError) as refused:
        paths.ensure_data_dir(a_file)
    assert str(refused.value) == f"the data folder {a_file} is a file, not a folder"
    assert refused.value.args[0].params == {"path": a_file}


def test_a_message_survives_copy_and_pickle():
    exc = InvalidInputError(
        QT_TRANSLATE_NOOP("Store", "{field} has no time zone").format(field="x")
    )
    for again in (copy.deepcopy(exc), pickle.loads(pickle.dumps(exc))):
        assert str(again) == "x has no time zone"
        assert again.args[0].template == "{field} has no time zone"


def test_messages_take_named_parameters_only():
    with pytest.raises(TypeError):
        QT_TRANSLATE_NOOP("Store", "{0} is wrong").format("x")


def _literal_arguments(function: str, position: int) -> set[str]:
    """Every string literal passed as argument ``position`` of ``something.function(...)``."""
    found: set[str] = set()
    for source in PACKAGE.rglob("*.py"):
        if "ui" in source.relative_to(PACKAGE).parts:
            continue
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == function
                and len(node.args) > position
                and isinstance(node.args[position], ast.Constant)
                and isinstance(node.args[position].value, str)
            ):
                found.add(node.args[position].value)
    return found


def test_every_field_name_a_message_can_name_is_there_for_the_translators():
    named = {*CASE_TEXT_FIELDS, *PARTY_TEXT_FIELDS, "reference", "amount"}
    for check in ("text", "amount", "date", "aware"):
        named |= _literal_arguments(check, 1)
    assert named - set(validate.FIELD_NAMES) == set()
    # lookup.get(session, Model, id, what): every "what" is translatable too
    assert _literal_arguments("get", 3) - set(RECORD_NAMES) == set()


def test_backup_refusals_carry_templates(tmp_path):
    from onrecord.backup import BackupError, create_backup, restore_backup

    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(BackupError) as caught:
        create_backup(empty, tmp_path / "b.zip")
    assert str(caught.value) == f"{empty} holds no OnRecord case file to back up"
    message = caught.value.args[0]
    assert (message.context, message.template) == (
        "Backup",
        "{path} holds no OnRecord case file to back up",
    )
    assert message.params == {"path": empty}

    not_a_zip = tmp_path / "notes.zip"
    not_a_zip.write_text("shopping list", encoding="utf-8")
    with pytest.raises(BackupError, match=r"notes\.zip is not an OnRecord backup") as caught:
        restore_backup(not_a_zip, tmp_path / "data")
    assert caught.value.args[0].params == {"path": not_a_zip}
    assert not (tmp_path / "data").exists()

    no_manifest = tmp_path / "other.zip"
    with zipfile.ZipFile(no_manifest, "w") as archive:
        archive.writestr("onrecord.db", b"x")
    with pytest.raises(BackupError) as caught:
        restore_backup(no_manifest, tmp_path / "data")
    assert str(caught.value) == "this is not an OnRecord backup (no onrecord-backup.json)"
    assert caught.value.args[0].context == "Backup"


def test_a_backup_whose_case_file_is_not_one_names_the_store_s_reason(tmp_path):
    """The case file's own refusal stays a message inside the backup's, translated with it."""
    from onrecord.backup import MANIFEST, BackupError, create_backup, restore_backup

    data = tmp_path / "data"
    data.mkdir()
    open_store(data / "onrecord.db").close()
    made = tmp_path / "made.zip"
    create_backup(data, made)
    garbage = b"not a database at all"
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(forged, "w") as target:
        manifest = json.loads(source.read(MANIFEST))
        for entry in manifest["files"]:
            if entry["name"] == "onrecord.db":
                entry.update(size=len(garbage), sha256=hashlib.sha256(garbage).hexdigest())
        target.writestr("onrecord.db", garbage)
        target.writestr(MANIFEST, json.dumps(manifest))
    with pytest.raises(BackupError) as caught:
        restore_backup(forged, tmp_path / "elsewhere")
    assert str(caught.value).startswith("the case file in the backup cannot be used: ")
    assert str(caught.value).endswith("is not an OnRecord case file (it is not a SQLite database)")
    reason = caught.value.args[0].params["reason"]
    assert isinstance(reason, Message) and reason.context == "Store"
    assert not (tmp_path / "elsewhere").exists()


def test_case_file_refusals_carry_templates(tmp_path):
    from onrecord.store import StoreError

    text = tmp_path / "letter.db"
    text.write_text("Dear collector,", encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        open_store(text)
    assert str(caught.value) == f"{text} is not an OnRecord case file (it is not a SQLite database)"
    assert caught.value.args[0].context == "Store"
    assert caught.value.args[0].params == {"path": text}

    foreign = tmp_path / "photos.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE photos (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError) as caught:
        open_store(foreign)
    assert str(caught.value) == f"{foreign} is a SQLite database, but not an OnRecord case file"
    assert caught.value.args[0].template == (
        "{path} is a SQLite database, but not an OnRecord case file"
    )

    newer = tmp_path / "newer.db"
    open_store(newer).close()
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = 'f00dfeed'")
    conn.commit()
    conn.close()
    with pytest.raises(
        StoreError, match=r"newer version of OnRecord \(schema f00dfeed\)"
    ) as caught:
        open_store(newer)
    assert caught.value.args[0].params == {"path": newer, "revision": "f00dfeed"}
