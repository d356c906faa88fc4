"""Recording-consent guidance per jurisdiction (facts from the project's conduct-rules notes).

Shown before the first recording and in the call panel. It informs; it never blocks recording.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..messages import sentences


def guidance(jurisdiction: str) -> str:
    texts = {
        "us": QCoreApplication.translate(
            "Consent",
            "US federal law lets a party to a call record it (18 U.S.C. §2511(2)(d)), but "
            "California, Connecticut, Florida, Illinois, Maryland, Massachusetts, Montana, "
            "Nevada, New Hampshire, Pennsylvania and Washington require everyone's consent — "
            "in California a recording made without it cannot be used in court. Safe habit: "
            "say \u201cI am recording this call\u201d and press 0 when you have said it.",
        ),
        "cn": QCoreApplication.translate(
            "Consent",
            "In mainland China a recording made by a party to the call is generally accepted "
            "as evidence unless it was obtained by seriously unlawful means (SPC Interpretation "
            "on the Civil Procedure Law, art. 106). Keep the original file and the device. "
            "Saying \u201cthis call is being recorded\u201d does no harm: press 0 when you have.",
        ),
        "tw": QCoreApplication.translate(
            "Consent",
            "In Taiwan a party to a call may record it (Communication Security and "
            "Surveillance Act §29(3)). Saying that you record does no harm: press 0 when you "
            "have said it.",
        ),
        "hk": QCoreApplication.translate(
            "Consent",
            "In Hong Kong no law forbids a party from recording a call; collecting personal "
            "data must be fair (PDPO, DPP1). Saying that you record is the fair way: press 0 "
            "when you have said it.",
        ),
        "uk": QCoreApplication.translate(
            "Consent",
            "In the UK a participant may record a call for their own use. Saying that you "
            "record does no harm: press 0 when you have said it.",
        ),
    }
    return sentences(
        texts.get(jurisdiction, texts["us"]),
        QCoreApplication.translate("Consent", "This is information, not legal advice."),
    )
