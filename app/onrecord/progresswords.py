"""The core's progress phrases ("reading the case", "importing 3 of 278") in one language.

The core reports its progress in English phrases; the window and the command line both say
them in the user's language, from the same words: the window in the UI's language, ``onrecord
export`` in the language chosen in the app (a Chinese user's nephew ran the export and read
English while the window spoke Chinese). A phrase we have no words for is said as it came.
"""

from __future__ import annotations

import re

from .translator import Words


class Progress(Words):
    """``Progress(language).text(message)``: the core's ``message`` in ``language``."""

    def text(self, message: str) -> str:
        fixed = {
            "reading the case": self.tr("Reading the case…"),
            "copying recordings and attachments": self.tr("Copying recordings and attachments…"),
            "writing the case file and audit log": self.tr("Writing the case file and audit log…"),
            "writing the report": self.tr("Writing the report…"),
            "drawing the PDF report": self.tr("Drawing the PDF report…"),
            "hashing every file (BagIt manifests) and signing": self.tr(
                "Fingerprinting every file and signing the package…"
            ),
            "package complete": self.tr("Package complete."),
            "writing the zip": self.tr("Writing the zip file…"),
            "moving the package into place": self.tr("Putting the package in its folder…"),
            "writing the copies to the disk": self.tr("Writing the copies to the disk…"),
            "writing the package to the disk": self.tr("Writing the package to the disk…"),
            "done": self.tr("Done."),
            "read": self.tr("Read."),
            "recordings read": self.tr("Recordings read."),
        }
        if message in fixed:
            return fixed[message]
        if message.startswith("checking "):
            return self.tr("Checking %1…").replace("%1", message.removeprefix("checking "))
        if message.startswith("reading "):
            return self.tr("Reading %1…").replace("%1", message.removeprefix("reading "))
        counted = re.fullmatch(r"(importing|label) (\d+) of (\d+)", message)
        if counted:  # the import's "importing 3 of 278": the whole phrase, not "importing"
            template = {
                "importing": self.tr("Importing contact %1 of %2…"),
                "label": self.tr("Importing label %1 of %2…"),
            }[counted[1]]
            return template.replace("%1", counted[2]).replace("%2", counted[3])
        if message.startswith("importing "):
            return self.tr("Importing %1…").replace("%1", message.removeprefix("importing "))
        return message


class ExportSaid(Words):
    """What ``onrecord export`` says when it is done, and why it stopped, in one language."""

    def exported(self, where: object) -> str:
        return self.tr("exported: %1").replace("%1", str(where))

    def how_to_open(self, path: object) -> str:
        return self.tr("how to open it (send it with the zip, never the password): %1").replace(
            "%1", str(path)
        )

    def held(self, recordings: int, attachments: int, files: int, checked: int) -> str:
        return (
            self.tr("%1, %2, %3 (%4 with the files that describe and sign the package)")
            .replace("%1", self.tr("%n recording(s)", "", recordings))
            .replace("%2", self.tr("%n attachment(s)", "", attachments))
            .replace("%3", self.tr("%n payload file(s)", "", files))
            .replace("%4", f"{checked:,}")
        )

    def signed_by(self, fingerprint: str) -> str:
        return self.tr("signed by %1").replace("%1", fingerprint)

    def warning(self, text: str) -> str:
        return self.tr("warning: %1").replace("%1", self.message(text))

    def cancelled(self) -> str:
        return self.tr("export cancelled; nothing was written")
