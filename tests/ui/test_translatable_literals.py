"""Every text the UI translates is a literal where it is translated: pyside6-lupdate extracts
only those. A helper that took the text as a variable (``_tr(text)``) hid eleven recovery
sentences from the translation files, and the i18n checks, which compare the files with
what lupdate finds, could not see it: they stayed English in a Chinese window."""

from __future__ import annotations

import ast
from pathlib import Path

import onrecord

UI = Path(onrecord.__file__).parent / "ui"


#: variables whose texts are marked for lupdate where they are written (QT_TRANSLATE_NOOP)
MARKED = {("export_verify.py", "words")}


def _literal(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):  # "a " + "b"
        return _literal(node.left) and _literal(node.right)
    return False


def _text_argument(call: ast.Call) -> ast.expr | None:
    """The source text of a translate or tr call, or None if the call is neither."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    # QCoreApplication.translate(context, text): its context is a string; a painter's
    # translate(dx, dy) moves the origin and is not a translation
    if name == "translate" and len(call.args) >= 2 and _literal(call.args[0]):
        return call.args[1]
    if name == "tr" and isinstance(func, ast.Attribute) and call.args:
        return call.args[0]
    return None


def test_every_translated_text_in_the_ui_is_a_literal() -> None:
    hidden = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                text = _text_argument(node)
                if text is None or _literal(text):
                    continue
                where = str(path.relative_to(UI))
                if isinstance(text, ast.Name) and (where, text.id) in MARKED:
                    continue
                hidden.append(f"{where}:{node.lineno}")
    assert not hidden, f"texts lupdate cannot see: {hidden}"
