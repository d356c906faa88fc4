"""The conduct check: a pure function from a case's contact log and a rule pack to findings.

No Qt, no files, no database: ``evaluate(CaseInput, RulePack, language)`` only computes, so
it is fast (10 000 events well under 200 ms, see benchmarks/bench_conduct.py) and easy to test.

Conventions (from shared/reference/conduct-rules.md):
- Every local time and calendar day is in the consumer's zone (``CaseInput.timezone``), so a
  DST change never shifts a day boundary. A letter (a date, no time of day) logged in another
  zone falls on the date written on it, as everywhere else (``contactday``). The hours rules
  read a contact logged on another zone's clock (she was travelling) on that clock: it is the
  consumer's local time of that contact.
- Only collector-placed contacts (direction "incoming") count for the time, frequency,
  post-conversation and notice rules; tag rules look at every contact. The user's own calls
  (outgoing), contacts of unknown direction and those of a party recorded as a third party
  (a relative calling the user is not a collection contact) never count as collector-placed
  for the frequency and post-conversation rules.
- Counts are per collector (``EventIn.collector``) unless a frequency rule says
  ``per = "case"``: then every collection contact of the case counts together, whoever made
  it (a rule about the person disturbed, not about one collector); the case is one debt.
- A rule with statements (``Rule.statements``) runs only when the user said yes to them.
- A clock that shows exactly the start or end of the allowed hours (08:00:00–08:00:59,
  21:00:00–21:00:59) gives an *edge* finding, never a plain one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from zoneinfo import ZoneInfo

from ..contactday import on_clock
from ..localefmt import date_text, time_text
from ..timefmt import zone_text
from . import texts
from .model import (
    DATE_ONLY_KINDS,
    INCOMING,
    THIRD_PARTY,
    CaseInput,
    CheckResult,
    EventIn,
    Finding,
    NoticeIn,
)
from .rules import Rule, RulePack
from .tags import LANGUAGES, tag_title

#: "早于 " / "晚於 " before a time that starts with a Chinese word (上午, 下午)
_BEFORE_A_WORD = re.compile(r"([早晚][于於]) (?=[^\x00-\x7f])")


class _Context:
    """The case's events sorted once, with their local times and calendar days."""

    def __init__(self, case: CaseInput, pack: RulePack, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
        self.language = language
        self.zone = ZoneInfo(case.timezone)
        # A letter logged on another zone's clock keeps the date written on it here (its day,
        # its hour and its order among the case's contacts), as the timeline lists it.
        ordered = sorted(
            (_on_case_clock(e, self.zone) for e in case.events), key=lambda e: (e.started_at, e.id)
        )
        self.excluded = tuple(e.id for e in ordered if e.collector_role in pack.exclude_roles)
        skip = set(self.excluded)
        self.events: list[EventIn] = [e for e in ordered if e.id not in skip]
        self.local: list[dt.datetime] = [e.started_at.astimezone(self.zone) for e in self.events]
        # The hours rules read the clock the consumer had: a contact logged on another zone's
        # clock (she was travelling) is read on that clock. A call at 17:30 in London was
        # flagged "at 1:30 AM, before 8:00 AM" on the Shanghai case's clock.
        # A letter has no time of day: it keeps its written date on the case's clock (above).
        self.own: list[dt.datetime] = [
            t
            if not e.zone or e.zone == self.zone.key or e.kind in DATE_ONLY_KINDS
            else e.started_at.astimezone(ZoneInfo(e.zone))
            for e, t in zip(self.events, self.local, strict=True)
        ]
        self.utc: list[dt.datetime] = [e.started_at.astimezone(dt.UTC) for e in self.events]
        self.day: list[int] = [t.toordinal() for t in self.local]
        self._when: dict[int, str] = {}
        self.notices: Sequence[NoticeIn] = sorted(
            (_notice_on_case_clock(n, self.zone) for n in case.notices), key=lambda n: n.at
        )
        self.detail = texts.DETAIL[language]
        self.kind_names = texts.KIND_NAMES[language]
        self.disclaimer = texts.DISCLAIMER[language]
        self._groups: dict[str, list[int]] | None = None
        self._rule_texts: dict[str, tuple[str, bool, str]] = {}

    def groups(self) -> dict[str, list[int]]:
        if self._groups is None:
            groups: dict[str, list[int]] = {}
            for index, event in enumerate(self.events):
                groups.setdefault(event.collector, []).append(index)
            self._groups = groups
        return self._groups

    def when(self, index: int) -> str:
        """``2026-03-02 07:59:00 UTC-05:00`` (formatted by hand: strftime is the hot spot)."""
        text = self._when.get(index)
        if text is None:
            t = self.local[index]
            text = (
                f"{t.year:04d}-{t.month:02d}-{t.day:02d} "
                f"{t.hour:02d}:{t.minute:02d}:{t.second:02d} {zone_text(t)}"
            )
            self._when[index] = text
        return text

    def day_text(self, index: int) -> str:
        """The contact's day as the report's language writes it ("Mar 2, 2026", 2026年3月2日):
        a Hong Kong reader found ISO dates in the findings among 2026年11月17日 ones."""
        return date_text(self.local[index].date(), self.language)

    def clock_text(self, index: int, *, seconds: bool = True, own: bool = False) -> str:
        """The contact's time as the report's language writes it (7:05:00 AM, 上午7:05:00),
        not a 24-hour time beside the report's 12-hour one; ``own``: on the clock it was
        logged on, with that clock's offset when it is not the case's."""
        t = self.own[index] if own else self.local[index]
        text = time_text(t, self.language, seconds=seconds)
        return text if t is self.local[index] else f"{text} {zone_text(t)}"

    def bound_text(self, hhmm: str) -> str:
        """A rule's "08:00" as its times are written (8:00 AM, 上午8:00, 08:00)."""
        return time_text(dt.time.fromisoformat(hhmm), self.language)

    def finding(
        self,
        rule: Rule,
        indices: Sequence[int],
        detail: str,
        *,
        edge: bool = False,
        mark_ids: Iterable[int] = (),
        collector: str | None = None,
        from_index: int | None = None,
    ) -> Finding:
        fixed = self._rule_texts.get(rule.id)
        if fixed is None:  # once per rule, not once per finding
            fixed = (
                rule.title(self.language),
                rule.user_set,
                rule.note(self.language),
                rule.cite(self.language),
            )
            self._rule_texts[rule.id] = fixed
        events = self.events
        first = events[indices[0]]  # ``indices`` are in time order
        if collector is None:
            collector = first.collector_name or first.collector
        return Finding(
            rule_id=rule.id,
            title=fixed[0],
            citation=fixed[3],
            confidence=rule.confidence,
            user_set=fixed[1],
            event_ids=tuple(events[i].id for i in indices),
            mark_ids=tuple(mark_ids),
            local_times=tuple(self.when(i) for i in indices),
            local_moments=tuple(self.local[i] for i in indices),
            dated=tuple(events[i].kind in DATE_ONLY_KINDS for i in indices),
            edge=edge,
            detail=detail,
            disclaimer=self.disclaimer,
            # From the contact that crossed the limit when the others are context (the
            # first seven calls of a week were lawful; the eighth is the possible issue).
            first_at=self.utc[indices[0] if from_index is None else from_index],
            last_at=self.utc[indices[-1]],
            collector=collector,
            rule_note=fixed[2],
        )


def _on_case_clock(event: EventIn, zone: ZoneInfo) -> EventIn:
    """``event`` as the case's clock reads it: a letter logged in another zone on the date
    written on it (``contactday.on_clock``); any other contact as it is."""
    if not event.zone or event.zone == zone.key or event.kind not in DATE_ONLY_KINDS:
        return event
    moved = on_clock(event.started_at, event.zone, dated=True, zone=zone)
    return replace(event, started_at=moved)


def _notice_on_case_clock(notice: NoticeIn, zone: ZoneInfo) -> NoticeIn:
    """A notice a letter carried, on the date written on the letter (see ``_on_case_clock``)."""
    if not notice.dated or not notice.zone or notice.zone == zone.key:
        return notice
    return replace(notice, at=on_clock(notice.at, notice.zone, dated=True, zone=zone))


def _placed(event: EventIn, rule: Rule) -> bool:
    return (
        event.direction == INCOMING
        and event.kind in rule.kinds
        and event.collector_role != THIRD_PARTY
    )


def _callers(ctx: _Context, indices: Sequence[int]) -> str:
    """Who made the contacts of a per-case finding: each name once, in order of appearance."""
    names = (ctx.events[i].collector_name or ctx.events[i].collector for i in indices)
    return ", ".join(dict.fromkeys(n for n in names if n))


def _clock(value: str) -> int:
    hours, minutes = value.split(":")
    return int(hours) * 3600 + int(minutes) * 60


# ------------------------------------------------------------------ rule types
def _time_window(ctx: _Context, rule: Rule) -> list[Finding]:
    start, end = rule.params["start"], rule.params["end"]
    start_s, end_s = _clock(start), _clock(end)
    found = []
    kinds = rule.kinds
    for index, event in enumerate(ctx.events):
        if event.direction != INCOMING or event.kind not in kinds:
            continue
        local = ctx.own[index]
        seconds = local.hour * 3600 + local.minute * 60 + local.second
        if start_s + 60 <= seconds < end_s:
            continue
        if seconds < start_s:
            key, edge = "before", False
        elif seconds < start_s + 60:
            key, edge = "edge_start", True
        elif seconds < end_s + 60:
            key, edge = "edge_end", True
        else:
            key, edge = "after", False
        detail = ctx.detail[key].format(
            kind=ctx.kind_names.get(event.kind, event.kind),
            time=ctx.clock_text(index, own=True),
            start=ctx.bound_text(start),
            end=ctx.bound_text(end),
        )
        # A space sets digits apart from Chinese ("晚于 22:00"), not two Chinese words: a
        # 12-hour time starts with 上午/下午 ("晚於 下午10:00" read oddly, a walk-through).
        detail = _BEFORE_A_WORD.sub(r"\1", detail)
        found.append(ctx.finding(rule, [index], detail, edge=edge))
    return found


_CALL_KINDS = {"call", "missed_call", "voicemail"}


def _frequency(ctx: _Context, rule: Rule) -> list[Finding]:
    max_count, days = rule.params["max_count"], rule.params["days"]
    per_case = rule.params.get("per", "collector") == "case"
    groups = [range(len(ctx.events))] if per_case else ctx.groups().values()
    found = []
    for members in groups:
        placed = [i for i in members if _placed(ctx.events[i], rule) and ctx.events[i].reached]
        # [lo, hi, worst_lo, worst_hi, breach] positions in ``placed``; ``breach``: the first
        # contact over the limit
        clusters: list[list[int]] = []
        lo = 0
        for hi, index in enumerate(placed):
            while ctx.day[placed[lo]] <= ctx.day[index] - days:
                lo += 1
            if hi - lo + 1 <= max_count:
                continue
            if clusters and lo <= clusters[-1][1]:
                cluster = clusters[-1]
                cluster[1] = hi
                if hi - lo > cluster[3] - cluster[2]:
                    cluster[2], cluster[3] = lo, hi
            else:
                clusters.append([lo, hi, lo, hi, hi])
        limit = ctx.detail["limit_per_day" if days == 1 else "limit"].format(
            max_count=max_count, days=days
        )
        # "22 call attempts" where the rule counts only calls (a paralegal read "22 contacts"
        # as including the texts)
        calls = "_calls" if rule.kinds and set(rule.kinds) <= _CALL_KINDS else ""
        for first, last, worst_lo, worst_hi, breach in clusters:
            indices = placed[first : last + 1]
            # The days the worst window's contacts really span (1 … ``days``), not the rule's.
            day_count = ctx.day[placed[worst_hi]] - ctx.day[placed[worst_lo]] + 1
            key = "frequency_one_day" if day_count == 1 else "frequency"
            detail = ctx.detail[key + calls].format(
                count=worst_hi - worst_lo + 1,
                day_count=day_count,
                first_day=ctx.day_text(placed[worst_lo]),
                last_day=ctx.day_text(placed[worst_hi]),
                limit=limit,
            )
            if len(indices) > worst_hi - worst_lo + 1:  # the worst window is only a part
                detail += ctx.detail["frequency_span" + calls].format(
                    span_first=ctx.day_text(placed[first]),
                    span_last=ctx.day_text(placed[last]),
                    total=len(indices),
                )
            who = _callers(ctx, indices) if per_case else None
            found.append(
                ctx.finding(rule, indices, detail, collector=who, from_index=placed[breach])
            )
    return found


def _post_conversation(ctx: _Context, rule: Rule) -> list[Finding]:
    days = rule.params["days"]
    found = []
    for members in ctx.groups().values():
        conversation: int | None = None
        conversation_end = dt.datetime.min.replace(tzinfo=dt.UTC)
        after: dict[int, list[int]] = {}
        for index in members:
            event = ctx.events[index]
            if (
                conversation is not None
                and _placed(event, rule)
                and event.reached
                and event.started_at >= conversation_end
                and ctx.day[index] <= ctx.day[conversation] + days - 1
            ):
                after.setdefault(conversation, []).append(index)
            if event.kind == "call" and event.conversation:
                conversation = index
                conversation_end = event.started_at + dt.timedelta(seconds=event.duration_s or 0)
        for conv, calls in after.items():
            last_day = ctx.day[conv] + days - 1
            edge = all(ctx.day[i] == last_day for i in calls)
            one = "post_conversation_one" if len(calls) == 1 else "post_conversation"
            detail = ctx.detail.get(one, ctx.detail["post_conversation"]).format(
                conv_day=ctx.day_text(conv),
                count=len(calls),
                last_day=ctx.day_text(calls[-1]),
                days=days,
            )
            if edge:
                detail += ctx.detail["post_conversation_edge"]
            found.append(ctx.finding(rule, [conv, *calls], detail, edge=edge))
    return found


def _tag(ctx: _Context, rule: Rule) -> list[Finding]:
    wanted = set(rule.params["tags"])
    found = []
    for index, event in enumerate(ctx.events):
        if not event.tags or event.kind not in rule.kinds:
            continue
        hits = [t for t in event.tags if t.tag in wanted]
        if not hits:
            continue
        names = ", ".join(dict.fromkeys(tag_title(t.tag, ctx.language) for t in hits))
        detail = ctx.detail["tag"].format(tags=names)
        notes = list(dict.fromkeys(filter(None, (_gist(t.note) for t in hits))))
        if notes:  # what the user wrote says what happened; the tag only names it
            detail += ctx.detail["tag_notes"].format(notes=ctx.detail["note_sep"].join(notes))
        marks = [t.mark_id for t in hits if t.mark_id is not None]
        found.append(ctx.finding(rule, [index], detail, mark_ids=marks))
    return found


#: a note longer than this is cut (with "…") in a finding; the report lists it in full
GIST = 80


def _gist(note: str) -> str:
    """The first line of ``note``, cut at ``GIST`` characters."""
    line = next((part.strip() for part in note.splitlines() if part.strip()), "")
    return line if len(line) <= GIST else line[: GIST - 1].rstrip() + "…"


def _notice(ctx: _Context, rule: Rule) -> list[Finding]:
    kind = rule.params["notice"]
    required = set(rule.params.get("requires_tags", []))
    notices = [n for n in ctx.notices if n.kind == kind]  # sorted by time
    if not notices:
        return []
    everyone = next((n for n in notices if not n.collector), None)
    earliest: dict[str, NoticeIn] = {}
    for n in notices:
        if n.collector:
            earliest.setdefault(n.collector, n)
    found = []
    kinds, notice_days = rule.kinds, {}
    for index, event in enumerate(ctx.events):
        if event.direction != INCOMING or event.kind not in kinds:
            continue
        if required and not any(t.tag in required for t in event.tags):
            continue
        own = earliest.get(event.collector)
        notice = own if everyone is None or (own is not None and own.at < everyone.at) else everyone
        if notice is None or not notice.at < event.started_at:
            continue
        marks = [t.mark_id for t in event.tags if t.tag in required and t.mark_id is not None]
        dated = event.kind in DATE_ONLY_KINDS  # a letter: its day, no time of day
        # A letter's time is a stand-in (noon): on the notice's own day, which came first is
        # not known (a cease letter "at 12:00" and their call at 14:00 the same day; a review).
        same_day = (dated or notice.dated) and (
            notice.at.astimezone(ctx.zone).date() == event.started_at.astimezone(ctx.zone).date()
        )
        detail = ctx.detail["notice_dated" if dated else "notice"].format(
            kind=ctx.kind_names.get(event.kind, event.kind),
            time=ctx.day_text(index)
            if dated
            else f"{ctx.day_text(index)} {ctx.clock_text(index, seconds=False)}",
            notice=texts.NOTICE_NAMES[ctx.language][kind],
            notice_day=notice_days.get(id(notice))
            or notice_days.setdefault(
                id(notice), date_text(notice.at.astimezone(ctx.zone).date(), ctx.language)
            ),
        )
        if same_day:
            detail += ctx.detail["notice_same_day"]
        found.append(ctx.finding(rule, [index], detail, mark_ids=marks, edge=same_day))
    return found


RULE_TYPES: dict[str, Callable[[_Context, Rule], list[Finding]]] = {
    "time_window": _time_window,
    "frequency": _frequency,
    "post_conversation": _post_conversation,
    "tag": _tag,
    "notice": _notice,
}


def evaluate(case: CaseInput, pack: RulePack, language: str = "en") -> CheckResult:
    """Check every rule of ``pack`` against the case. Pure: same input, same output."""
    ctx = _Context(case, pack, language)
    order = {rule.id: n for n, rule in enumerate(pack.rules)}
    findings: list[Finding] = []
    for rule in pack.rules:
        if rule.applies:  # a rule with statements waits for the user's yes
            findings += RULE_TYPES[rule.type](ctx, rule)
    findings.sort(key=lambda f: (f.first_at, order[f.rule_id], f.event_ids))
    oldest = min((f.first_at for f in findings), default=None)
    newest = max((f.last_at for f in findings), default=None)
    notes = []
    for note in pack.notes:
        text = note.get(language) or note["en"]
        if "{oldest}" in text:
            if oldest is None:
                continue
            day = oldest.astimezone(ctx.zone).date()
            text = text.replace("{oldest}", date_text(day, language)).replace(
                "{oldest_plus_year}", date_text(_a_year_after(day), language)
            )
        notes.append(text)
    if ctx.excluded and pack.scope_note:
        notes.append(pack.scope_note.get(language) or pack.scope_note["en"])
        notes.append(
            texts.EXCLUDED.get(
                f"{language}_one" if len(ctx.excluded) == 1 else language, texts.EXCLUDED[language]
            ).format(count=len(ctx.excluded), roles=", ".join(sorted(pack.exclude_roles)))
        )
    return CheckResult(
        jurisdiction=pack.jurisdiction,
        pack_title=pack.title(language),
        language=language,
        timezone=case.timezone,
        findings=tuple(findings),
        notes=tuple(notes),
        disclaimer=texts.DISCLAIMER[language],
        oldest=oldest,
        newest=newest,
        events_checked=len(ctx.events),
        excluded_events=ctx.excluded,
    )


def _a_year_after(day: dt.date) -> dt.date:
    """The same day a year later (29 February: the 28th)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)
