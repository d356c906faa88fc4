"""What ``onrecord verify`` prints, in English, Simplified or Traditional Chinese.

A lawyer or a clerk who checks a package reads this, often not in English: VERIFY.txt tells
them, in their language, to run ``onrecord verify``, so its answer is in their language too.
The problems' details are the core's own messages (context ``Verify``, the same words the
app's "Check an evidence package" window shows); the file names stay as they are in the
package. ``--json`` stays English: it is for programs.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from ..translator import Words

if TYPE_CHECKING:
    from .verify import Problem, VerifyReport


class VerifyLines(Words):
    """The verify report as lines of text in one language."""

    def lines(self, report: VerifyReport) -> list[str]:
        found = self.intact(report) if report.ok else self.not_intact(report)
        selection = self.selection(report.selection)
        return [
            found[0],
            *(["  " + selection] if selection else []),
            *found[1:],
            *self.set_aside(report),
        ]

    def set_aside(self, report: VerifyReport) -> list[str]:
        """The files the computer that showed or copied the package added by itself."""
        if not report.ignored:
            return []
        out = [
            "  "
            + self.tr(
                "%n file(s) set aside, not part of the package: added by the computer that "
                "showed or copied it, not checked",
                "",
                len(report.ignored),
            )
        ]
        for item in report.ignored:
            detail = self.message(item.detail)
            out.append(
                "    "
                + self.tr("{path}: {detail}", "a consequence about a file").format(
                    path=item.path, detail=detail
                )
            )
        return out

    def selection(self, chosen: dict[str, str]) -> str:
        """What a package of part of the case holds, as its bag-info.txt says; "" for one of
        the whole case."""
        if not chosen:
            return ""
        first, last = chosen.get("from") or "…", chosen.get("to") or "…"
        # "#8、#13" in Chinese, as VERIFY.txt and the report list them
        sep = "、" if self.language.startswith("zh") else ", "
        ids = sep.join(f"#{c}" for c in chosen.get("calls", "").split(",") if c)
        if ids and "from" not in chosen and "to" not in chosen:
            what = self.tr("only the calls {ids}").format(ids=ids)
        elif ids:
            what = self.tr("only the calls {ids}, within {first} to {last}").format(
                ids=ids, first=first, last=last
            )
        else:
            what = self.tr("the contacts from {first} to {last}").format(first=first, last=last)
        held, _, total = chosen.get("contacts", "").partition("/")
        if held and total:
            return self.tr(
                "a selection, not the whole case file: {what}; {held} of the case's {total} "
                "contacts (the report's first page says what is left out)"
            ).format(what=what, held=held, total=total)
        return self.tr("a selection, not the whole case file: {what}").format(what=what)

    def intact(self, report: VerifyReport) -> list[str]:
        all_files = self.tr("%n file(s)", "", report.files_checked)
        files = self.tr("{files} ({payload} in data/, {other} that describe and sign the package)")
        files = files.format(
            files=all_files,
            payload=report.payload_files_checked,
            other=report.other_files_checked,
        )
        return [
            self.tr("intact: {path}").format(path=report.path),
            "  "
            + self.tr(
                "case {reference}; {files}, {bytes}; every SHA-256 and SHA-512 digest matches"
            ).format(
                reference=report.case_reference,
                files=files,
                bytes=self.tr("%n byte(s)", "", report.bytes_checked),
            ),
            "  " + self.tr("signed by key {fingerprint}").format(fingerprint=report.signing_key),
            "  "
            + self.tr(
                "(the signature proves the package is as this key signed it, not whose key it "
                "is: compare the fingerprint with one the sender gives you another way, by "
                "phone, letter or in person)"
            ),
            "  "
            + self.tr(
                "audit chain intact: {links} ({case_events} of this case), head {head}…"
            ).format(
                links=self.tr("%n link(s)", "", report.audit_links),
                case_events=report.audit_case_events,
                head=report.audit_head[:16],
            ),
            "  "
            + self.tr("recordings that match the hash logged at capture: {count}").format(
                count=report.recordings_checked
            ),
        ]

    def not_intact(self, report: VerifyReport) -> list[str]:
        out = [
            self.tr("NOT INTACT: {path} ({problems})").format(
                path=report.path, problems=self.tr("%n problem(s)", "", len(report.problems))
            )
        ]
        labels = [self.kind(p) for p in report.problems]
        width = max((_columns(label) for label in labels), default=0)
        for label, problem in zip(labels, report.problems, strict=True):
            padded = label + " " * (width - _columns(label))  # the paths line up
            out.append(
                "  "
                + self.tr("{kind} {path}: {detail}", "a problem's line").format(
                    kind=padded, path=problem.path, detail=self.message(problem.detail)
                )
            )
        for consequence in report.follows:  # said once, after the problems; not counted
            detail = self.message(consequence.detail)
            if consequence.kind != "oxum":  # about a file: name it
                detail = self.tr("{path}: {detail}", "a consequence about a file").format(
                    path=consequence.path, detail=detail
                )
            out.append(f"  {detail}")
        return out

    def kind(self, problem: Problem) -> str:
        """The problem's kind as a short word in capitals (English) or a short phrase."""
        words = {
            "missing": self.tr("MISSING", "a file listed in the package is not there"),
            "extra": self.tr("EXTRA", "a file is in the package but in no list of its files"),
            "altered": self.tr("ALTERED", "a file's content changed"),
            "oxum": self.tr("COUNT", "the number or size of the files differs"),
            "signature": self.tr("SIGNATURE", "the signature does not verify"),
            "audit": self.tr("AUDIT", "the audit log does not hold together"),
            "recording": self.tr("RECORDING", "a recording differs from the hash at capture"),
            "structure": self.tr("STRUCTURE", "the package is not laid out as a package"),
        }
        return words.get(problem.kind, problem.kind.upper())

    def password_prompt(self) -> str:
        return self.tr("Password for the zip: ", "asked in a terminal; ends with a space")

    def password_needed(self, name: str) -> str:
        return self.tr(
            "{name} is encrypted: give --password-file FILE or run in a terminal"
        ).format(name=name)


def _columns(text: str) -> int:
    """How many columns ``text`` takes in a terminal (a Chinese character takes two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
