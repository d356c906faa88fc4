"""The recorder's warnings after a call: each problem said once, naming whose side it was."""

from __future__ import annotations

from onrecord.ui.audiowords import warning_texts


def clip(role: str) -> tuple[str, dict, str]:
    return ("clipping", {"channel": 0, "role": role, "clipped_samples": 5}, f"{role} clips")


def test_a_stereo_microphone_clipping_on_both_channels_is_one_warning(english):
    """The walk-through's summary said "too loud, distorted" twice: once per channel (and the
    engine repeats it every minute)."""
    lines = warning_texts([clip("left"), clip("right"), clip("left")], ["mixed"])
    assert lines == ["The sound is too loud and distorts — move the phone a little away."]


def test_the_warning_names_the_side_that_was_too_loud(english):
    assert warning_texts([clip("me")], ["me", "them"]) == [
        "Your side is too loud and distorts — move the microphone a little away or turn its "
        "volume down."
    ]
    assert warning_texts([clip("them")], ["me", "them"]) == [
        "Their side is too loud and distorts — turn the call's volume down."
    ]
    both = warning_texts([clip("them"), clip("me")], ["me", "them"])
    assert len(both) == 1 and both[0].startswith("Both your side and their side")
    # One stereo device that records one side: its channels are that side.
    assert warning_texts([clip("left"), clip("right")], ["me"])[0].startswith("Your side")


def test_other_warnings_keep_their_order_and_the_clipping_stays_where_it_began(english):
    gap = ("audio_gap", {"lost_s": 0.3}, "gap")
    lines = warning_texts([gap, clip("me"), gap, clip("them")], ["me", "them"])
    assert lines == [
        "A moment of audio was lost (the computer was too busy).",
        lines[1],
    ]
    assert lines[1].startswith("Both your side and their side")


def test_keeping_two_sources_in_step_says_how_much_of_their_side_was_changed(english):
    params = {"dropped": 227, "inserted": 13, "samplerate": 48000}
    [text] = warning_texts([("drift_corrected", params, "Clock drift … corrected")])
    assert "5 ms of the other side's sound were taken out or repeated" in text
    assert "your side is exactly as recorded" in text


def test_a_re_alignment_of_their_side_is_told_with_how_much(english):
    params = {"frames": -2400, "samplerate": 48000}
    [text] = warning_texts([("alignment_resync", params, "The two sources were re-aligned")])
    assert "re-aligned by 50 ms" in text
    [text] = warning_texts([("alignment_padded", {"frames": 960}, "padded")])
    assert "20 ms of silence" in text
