"""How long the conduct check takes over 10 000 contact events (target: ≤ 200 ms).

Run: .venv/bin/python benchmarks/bench_conduct.py [--events N] [--jurisdiction us] [--runs 7]

The workload is a year of harassment: calls every ~53 minutes from three collectors (a quarter
of them the user's own calls), one in ten a conversation, one in twenty tagged, across two DST
changes; every rule type of the pack runs. Prints the median and the best of the runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time

from onrecord.conduct.evaluator import evaluate
from onrecord.conduct.model import CaseInput, EventIn, NoticeIn, TagIn
from onrecord.conduct.rules import load_pack

ZONES = {
    "us": "America/New_York",
    "cn": "Asia/Shanghai",
    "tw": "Asia/Taipei",
    "hk": "Asia/Hong_Kong",
    "uk": "Europe/London",
}
TAGS = ("threat", "insult", "third_party", "legal_threat", "no_identification", "at_work")


def workload(count: int) -> tuple[list[EventIn], list[NoticeIn]]:
    start = dt.datetime(2026, 1, 1, 5, tzinfo=dt.UTC)
    kinds = ("call", "missed_call", "missed_call", "voicemail", "sms")
    events = [
        EventIn(
            id=i,
            kind=kinds[i % len(kinds)],
            direction="outgoing" if i % 4 == 0 else "incoming",
            started_at=start + dt.timedelta(minutes=53 * i),
            duration_s=120.0 if i % 10 == 0 else None,
            conversation=i % 10 == 0,
            collector=f"org:{i % 3}",
            tags=(TagIn(TAGS[i % len(TAGS)], i),) if i % 20 == 0 else (),
        )
        for i in range(count)
    ]
    middle = events[count // 2].started_at
    notices = [NoticeIn("cease_request", middle), NoticeIn("no_calls_at_work", middle)]
    return events, notices


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--jurisdiction", default="us", choices=sorted(ZONES))
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    events, notices = workload(args.events)
    pack = load_pack(args.jurisdiction)
    case = CaseInput(ZONES[args.jurisdiction], events, notices)
    times, findings = [], 0
    for _ in range(args.runs):
        began = time.perf_counter()
        result = evaluate(case, pack)
        times.append((time.perf_counter() - began) * 1000)
        findings = len(result.findings)
    print(
        f"conduct check ({args.jurisdiction}, {len(pack.rules)} rules): {args.events} events, "
        f"{findings} findings: median {statistics.median(times):.1f} ms, "
        f"best {min(times):.1f} ms over {args.runs} runs (target ≤ 200 ms)"
    )


if __name__ == "__main__":
    main()
