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


NO_AUDIO = "default microphone delivered no audio within 10 s of starting; it may be suspended"


def test_the_error_a_recording_stopped_with_is_not_said_again_in_english(english):
    """The summary of a call whose microphone gave no sound showed the recorder's English
    under its translation: the error it stopped with is its stopping warning's message."""
    lines = warning_texts(
        [
            ("source_no_audio", {"source": "default microphone", "timeout_s": 10.0}, NO_AUDIO),
            ("error", {}, NO_AUDIO),
            ("error", {}, NO_AUDIO + " (finalising failed: disk full)"),
        ]
    )
    assert lines == ["No sound arrives from the sound device."]


def test_a_problem_without_words_of_ours_is_framed_in_the_users_language(english):
    [text] = warning_texts([("error", {}, "Writer crashed")])
    assert text == "The recorder reported: Writer crashed"
    [text] = warning_texts([("source_finished", {"source": "mic"}, "mic ended unexpectedly")])
    assert text.startswith("A sound device stopped (was it unplugged?)")


def test_every_problem_the_recorder_reports_has_words_of_ours(english):
    """The call screen showed "The recorder reported: <English>" for three problems the
    recorder can report; each now has a sentence of its own, in the user's language."""
    import re
    from pathlib import Path

    import onrecord.audio

    audio = Path(onrecord.audio.__file__).parent
    codes = set()
    for path in audio.glob("*.py"):
        codes |= set(re.findall(r'(?:_emit|emit|AudioWarning)\(\s*"([a-z_]+)"', path.read_text()))
    assert {"stream_stop_timeout", "metadata_not_saved", "finalise_error"} <= codes
    for code in sorted(codes):
        [text] = warning_texts([(code, {"source": "mic", "ms": 20}, "the engine's English")])
        assert "The recorder reported" not in text, code


def test_a_silent_or_stopped_source_is_named_by_its_side(english):
    # With two sources, "no sound" of the other side's source (the computer's sound) was
    # told as the sound device's, and its stopping as "The microphone stopped sending sound"
    them_silent, them_stopped, me_silent = warning_texts(
        [
            ("source_no_audio", {"source": "monitor", "role": "them"}, "x"),
            ("source_stalled", {"source": "monitor", "role": "them"}, "y"),
            ("source_no_audio", {"source": "mic", "role": "me"}, "z"),
        ],
        ["me", "them"],
    )
    assert them_silent.startswith("No sound came from the other side's source")
    assert them_stopped.startswith("The other side's sound (from the computer) stopped arriving")
    assert me_silent == "No sound came from your microphone."


def test_the_other_side_given_up_while_recording_goes_on_says_so(english):
    # "…so recording stopped" was said while the recording went on with the microphone
    stopped, silent, back = warning_texts(
        [
            ("source_stalled", {"source": "monitor", "role": "them", "continues": True}, "x"),
            ("source_no_audio", {"source": "monitor", "role": "them", "continues": True}, "y"),
            ("source_resumed", {"source": "monitor", "role": "them"}, "z"),
        ],
        ["me", "them"],
    )
    assert "Recording goes on with your microphone" in stopped and "stopped." not in stopped
    assert "Recording goes on with your microphone" in silent
    assert back.startswith("The other side's sound (from the computer) is arriving again")
