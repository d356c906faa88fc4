"""`onrecord demo`: three realistic, entirely fictional cases to explore the app with.

One in English (United States, America/New_York), one in Simplified Chinese (mainland China,
Asia/Shanghai) and one in Traditional Chinese (Taiwan, Asia/Taipei), each with a debt, two
collectors with numbers, three weeks of contact attempts (some outside the allowed hours, some
days with many calls), a call to a third party, promises, a payment, and one recorded call of
generated speech (espeak-ng) with marks. Every case is created whatever the UI language, as
the user may be helping someone else.
Running it again adds nothing. All names, numbers and companies are invented; US numbers use
the 555-01xx range reserved for fiction. Taiwan has no such range: its numbers are made-up
patterns (0912-345-678, 02-2345-6789) that parse as Taiwanese.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from .demo_audio import add_demo_call
from .store.enums import Direction, EventKind, EventSource, PartyRole, PromiseBy
from .store.errors import NotFoundError
from .store.workspace import Workspace

# Mandarin voices of espeak-ng. Not plain "cmn": espeak-ng 1.51 reads the pinyin it makes of
# Chinese text as English ("ni three hao three"); "cmn-latn-pinyin" reads it as pinyin.
_ZH_THEM = "cmn-latn-pinyin"  # a man's voice
_ZH_ME = "cmn-latn-pinyin+f3"  # a woman's


@dataclass(frozen=True)
class DemoCase:
    reference: str
    title: str
    jurisdiction: str
    fields: dict[str, object]
    collectors: list[tuple[str, str, str]]  # name, employee id, phone number
    creditor: tuple[str, str]  # name, phone number
    third_party: str  # who else they called
    summaries: dict[str, str]
    promises: list[tuple[PromiseBy, str, str, int]]  # by, description, amount, due in days
    payment: tuple[str, str]  # amount, method
    call: list[tuple[str, str, str]]  # a recorded call: (me/them, espeak voice, text)
    call_marks: dict[int, tuple[str, str]]  # turn index -> (tag, note)
    early_hour: int = 7  # the hour of the calls before the allowed hours
    late_hour: int = 21  # the hour of the calls after them
    third_tags: tuple[tuple[str, str], ...] = ()  # (tag, note) on the call to the third party
    #: what the answered calls were about, taken in turn: a lawyer reading the demo's
    #: timeline found every call with the same summary
    call_summaries: tuple[str, ...] = ()


US = DemoCase(
    reference="DEMO-US",
    title="Harbor Bank credit card (Keystone Recovery)",
    jurisdiction="us",
    fields={
        "creditor": "Harbor Bank N.A.",
        "agency": "Keystone Recovery Services LLC",
        "account_ref": "Visa ending 4821",
        "my_numbers": "(917) 555-0164 (my mobile)",
        "amount": "3482.17",
        "due_date": "2026-06-30",
        "contract_notes": "Card opened 2021; charged off June 2026; sold to Keystone in August.",
        "notes": "Demo case — every name and number here is invented.",
    },
    collectors=[
        ("Mike Dalton", "KRS-2291", "(212) 555-0142"),
        ("Sandra Pike", "KRS-1187", "(646) 555-0188"),
    ],
    creditor=("Harbor Bank N.A.", "(718) 555-0123"),
    third_party="my sister Jenna",
    third_tags=(("third_party", "called my sister about the debt"),),
    summaries={
        "call": "Demanded full balance today; said it was my 'last chance'.",
        "voicemail": "Voicemail: 'call us back regarding an important business matter'.",
        "sms": "Text: 'Your account is scheduled for legal review. Reply PAY.'",
        "letter": "Letter from Keystone: 'Final notice before legal action'.",
        "third": "Called my sister about the debt and asked her to pass a message.",
    },
    call_summaries=(
        "Demanded full balance today; said it was my 'last chance'.",
        "Asked when I get paid and how much I earn.",
        "Said they would 'have to involve' my employer if I did not pay this week.",
        "Refused to send the balance in writing; kept asking for a card number.",
        "Said a lawsuit had already been filed; would not give a case number.",
    ),
    promises=[
        (
            PromiseBy.COLLECTOR,
            "Offered to waive late fees if paid in full within 4 days",
            "3100",
            4,
        ),
        (PromiseBy.USER, "I said I could pay $150 within 10 days", "150", 10),
    ],
    payment=("150.00", "bank transfer"),
    call=[
        (
            "them",
            "en-us",
            "Hi, this is Mike Dalton from Keystone Recovery, "
            "my employee number is K R S two two nine one.",
        ),
        ("me", "en", "I am recording this call."),
        (
            "them",
            "en-us",
            "If you don't pay three thousand dollars today, "
            "we will call your employer and tell them.",
        ),
        ("me", "en", "Please send me the details in writing."),
        ("them", "en-us", "We can waive the late fees if you pay in full within four days."),
    ],
    call_marks={
        0: ("name_given", "Mike Dalton, KRS-2291"),
        1: ("recording_announced", ""),
        2: ("third_party", "said they will call my employer"),
        4: ("their_promise", "waive late fees if paid in full within 4 days"),
    },
)

CN = DemoCase(
    reference="DEMO-CN",
    title="华信消费金融 分期贷款（中催信息催收）",
    jurisdiction="cn",
    fields={
        "creditor": "华信消费金融有限公司",
        "agency": "中催信息咨询服务有限公司",
        "account_ref": "合同号 HX2025-0617-88",
        "my_numbers": "186 1234 5678（我的手机）",
        "amount": "18600.00",
        "due_date": "2026-07-15",
        "contract_notes": "2025年6月借款 20000 元，分 12 期；2026年7月起逾期。",
        "notes": "演示案件——所有姓名、号码和公司均为虚构。",
    },
    collectors=[
        ("王经理", "ZC-0317", "138 0013 8000"),
        ("李专员", "ZC-0542", "139 1234 5678"),
    ],
    creditor=("华信消费金融客服", "021 6123 4567"),
    third_party="我母亲",
    third_tags=(("third_party", "打电话给我母亲说我欠钱"),),
    summaries={
        "call": "要求今天全额还款，说“不还就上门找你单位”。",
        "voicemail": "语音留言：“请尽快回电处理逾期问题”。",
        "sms": "短信：“您的案件已移交法务部门，将通知您的紧急联系人。”",
        "letter": "收到律师函式“催收通知书”。",
        "third": "打电话给我母亲，说我欠钱不还。",
    },
    call_summaries=(
        "要求今天全额还款，说“不还就上门找你单位”。",
        "问我什么时候发工资、每月收入多少。",
        "说这周不还就联系我通讯录里的人。",
        "不肯提供书面欠款明细，一直让我先转账。",
        "说已经起诉，但说不出案号。",
    ),
    promises=[
        (PromiseBy.COLLECTOR, "称今天先还 500 元就不上门", "500", 0),
        (PromiseBy.USER, "我答应 12 天内还 1000 元", "1000", 12),
    ],
    payment=("1000.00", "支付宝"),
    # The pinyin voice (see _ZH_THEM); 付 rather than 还 in what is said: espeak reads 还
    # as hái, never huán.
    call=[
        ("them", _ZH_THEM, "你好，我是中催信息的王经理，工号 Z C 零三一七。"),
        ("me", _ZH_ME, "这个电话我正在录音。"),
        ("them", _ZH_THEM, "今天不付钱，我们就去你单位找你，还要通知你的家人。"),
        ("me", _ZH_ME, "请把欠款明细书面发给我。"),
        ("them", _ZH_THEM, "今天先付五百块，我们就不上门。"),
    ],
    call_marks={
        0: ("name_given", "王经理，工号 ZC-0317"),
        1: ("recording_announced", ""),
        2: ("third_party", "说要去我单位、通知家人"),
        4: ("their_promise", "今天还 500 元就不上门"),
    },
)


TW = DemoCase(
    reference="DEMO-TW",
    title="晨曦銀行信用卡（穩達資產管理催收）",
    jurisdiction="tw",
    fields={
        "creditor": "晨曦商業銀行股份有限公司",
        "agency": "穩達資產管理股份有限公司",
        "account_ref": "信用卡末四碼 7315",
        "my_numbers": "0933-456-789（我的手機）",
        "amount": "86540.00",
        "due_date": "2026-06-30",
        "contract_notes": (
            "2022 年辦卡；2026 年 4 月起未繳最低應繳金額，6 月轉銷呆帳，"
            "8 月委外由穩達資產管理催收。欠款本金約 NT$78,000。"
        ),
        "notes": "示範案件——所有姓名、電話號碼、公司與通話紀錄皆為虛構。",
    },
    collectors=[
        ("陳專員", "WD-1024", "0912-345-678"),
        ("林主任", "WD-0719", "02-2345-6789"),
    ],
    creditor=("晨曦銀行客服中心", "(02)2765-4321"),
    third_party="我任職公司的主管",
    summaries={
        "call": "要求今天還清全部欠款，說「再不處理，就到你公司找你」。",
        "voicemail": "語音留言：「有重要事情要跟您確認，請盡快回電。」",
        "sms": "簡訊：「您的帳款已進入法律程序，將通知您的緊急聯絡人及任職公司。」",
        "letter": "收到穩達資產管理寄來的存證信函：「限七日內還款，否則聲請支付命令、扣押薪資」。",
        "third": "打電話到我公司，對主管說我欠錢不還，要他轉告我快點還款。",
    },
    call_summaries=(
        "要求今天還清全部欠款，說「再不處理，就到你公司找你」。",
        "問我什麼時候領薪水、每月收入多少。",
        "說這週不還，就通知我的緊急聯絡人。",
        "不肯寄書面的欠款明細，一直要我先轉帳。",
        "說已經聲請支付命令，卻說不出案號。",
    ),
    promises=[
        (PromiseBy.COLLECTOR, "說今天先還 NT$3,000，就不會再打到我公司", "3000", 0),
        (PromiseBy.USER, "我答應兩週內先還 NT$5,000", "5000", 14),
    ],
    payment=("5000.00", "ATM 轉帳"),
    # The pinyin voice (see _ZH_THEM); 繳 rather than 還: espeak reads 還 as hái, never huán.
    call=[
        ("them", _ZH_THEM, "您好，我是穩達資產管理的陳專員，員工編號 W D 一零二四。"),
        ("me", _ZH_ME, "這通電話我正在錄音。"),
        ("them", _ZH_THEM, "今天不把錢繳清，我們就打到你公司，跟你主管說你欠錢。"),
        ("me", _ZH_ME, "請不要打到我公司。"),
        ("them", _ZH_THEM, "再不繳錢，就告你詐欺，讓你去坐牢。"),
        ("me", _ZH_ME, "請把欠款明細用書面寄給我。"),
        ("them", _ZH_THEM, "今天先繳三千塊，我們就不打到你公司。"),
    ],
    call_marks={
        0: ("name_given", "陳專員，員工編號 WD-1024"),
        1: ("recording_announced", ""),
        2: ("third_party", "說要打到我公司、告訴我的主管"),
        4: ("legal_threat", "說不還錢就告我詐欺、讓我去坐牢"),
        6: ("their_promise", "今天先還 NT$3,000 就不打到我公司"),
    },
    early_hour=6,  # Taiwan's rule allows 07:00–22:00
    late_hour=22,
    third_tags=(("third_party", "打到我公司找主管"),),
)


#: Every demo case, in the order they are created (and listed).
DEMO_CASES = (US, CN, TW)


def _schedule(
    rng: random.Random, start: dt.date, zone: ZoneInfo, early: int = 7, late: int = 21
) -> Iterator[tuple[dt.datetime, str]]:
    """Three weeks of attempts: busier on weekdays, some early or late, a burst in week two."""
    for day_index in range(21):
        day = start + dt.timedelta(days=day_index)
        weekday = day.weekday() < 5
        count = rng.choice([0, 1, 1, 2] if not weekday else [1, 2, 2, 3])
        if 7 <= day_index <= 10:
            count += 2  # the burst a lawyer should notice
        hours = sorted(rng.sample(range(9, 20), k=min(count, 11)))
        for hour in hours:
            yield dt.datetime.combine(day, dt.time(hour, rng.randrange(60)), zone), "normal"
        if day_index in (3, 9, 16):
            yield dt.datetime.combine(day, dt.time(early, rng.choice([5, 10, 40])), zone), "early"
        if day_index in (5, 12, 19):
            yield dt.datetime.combine(day, dt.time(late, rng.choice([15, 40])), zone), "late"


def _build(ws: Workspace, demo: DemoCase) -> str:
    try:
        existing = ws.cases.case(demo.reference)
        return f"demo case {existing.id} ({existing.reference}) already exists: {existing.title}"
    except NotFoundError:
        pass
    case = ws.cases.create_case(
        demo.title, jurisdiction=demo.jurisdiction, reference=demo.reference, **demo.fields
    )
    zone = ZoneInfo(case.timezone)
    agency = ws.cases.add_party(case.id, str(demo.fields["agency"]), role=PartyRole.AGENCY)
    collectors = []
    for name, employee_id, number in demo.collectors:
        party = ws.cases.add_party(
            case.id,
            name,
            employee_id=employee_id,
            organisation=agency.name,
            role=PartyRole.COLLECTOR,
        )
        ws.cases.add_number(case.id, number, party_id=party.id)
        collectors.append((party, number))
    bank = ws.cases.add_party(case.id, demo.creditor[0], role=PartyRole.ORIGINAL_CREDITOR)
    ws.cases.add_number(case.id, demo.creditor[1], party_id=bank.id, label="customer service")
    ws.cases.add_number(case.id, "-1", label="withheld")

    rng = random.Random(demo.reference)
    today = dt.datetime.now(zone).date()
    start = today - dt.timedelta(days=22)
    first_conversation = None
    for index, (when, kind_hint) in enumerate(
        _schedule(rng, start, zone, demo.early_hour, demo.late_hour)
    ):
        party, number = collectors[index % 2] if kind_hint != "late" else collectors[0]
        roll = rng.random()
        kind, connected, duration, summary = EventKind.MISSED_CALL, False, None, ""
        if roll < 0.22:
            kind, connected = EventKind.CALL, True
            duration = rng.randrange(45, 600)
            said = demo.call_summaries or (demo.summaries["call"],)
            summary = said[index % len(said)]
        elif roll < 0.35:
            kind, summary = EventKind.VOICEMAIL, demo.summaries["voicemail"]
            duration = rng.randrange(15, 40)
        elif roll < 0.5:
            kind, summary = EventKind.SMS, demo.summaries["sms"]
        event = ws.cases.log_event(
            case.id,
            kind,
            when,
            direction=Direction.INCOMING,
            duration_s=duration,
            connected=connected,
            conversation=kind is EventKind.CALL,
            number=number,
            party_id=party.id,
            source=EventSource.DEMO,
            summary=summary,
        )
        if kind is EventKind.CALL and first_conversation is None and party is collectors[0][0]:
            first_conversation = event
    third_day = dt.datetime.combine(start + dt.timedelta(days=11), dt.time(13, 5), zone)
    third_call = ws.cases.log_event(  # their call to someone else, not to her
        case.id,
        EventKind.CALL,
        third_day,
        direction=Direction.TO_OTHERS,
        number=collectors[1][1],
        party_id=collectors[1][0].id,
        duration_s=180,
        connected=True,
        source=EventSource.DEMO,
        summary=demo.summaries["third"],
    )
    for tag, note in demo.third_tags:
        ws.cases.tag_event(third_call.id, tag, note)
    ws.cases.add_party(case.id, demo.third_party, role=PartyRole.THIRD_PARTY)
    ws.cases.log_event(
        case.id,
        EventKind.LETTER,
        dt.datetime.combine(start + dt.timedelta(days=6), dt.time(11, 0), zone),
        party_id=agency.id,
        source=EventSource.DEMO,
        summary=demo.summaries["letter"],
    )
    mine = None  # the user's promise, which the demo payment keeps
    # A promise is made in the first conversation and falls due as its words say ("within
    # 10 days" of that day): a walk-through's lawyer found "by Friday" due on a Thursday.
    made_on = (
        first_conversation.started_at.astimezone(zone).date()
        if first_conversation
        else start + dt.timedelta(days=8)
    )
    for by, description, amount, due_in in demo.promises:
        promise = ws.ledger.add_promise(
            case.id,
            by,
            description=description,
            amount=amount,
            due_date=made_on + dt.timedelta(days=due_in),
            party_id=collectors[0][0].id if by is PromiseBy.COLLECTOR else None,
            event_id=first_conversation.id if first_conversation else None,
            made_at=first_conversation.started_at if first_conversation else None,
        )
        mine = promise if by is PromiseBy.USER else mine
    ws.ledger.add_payment(  # on the day she promised, so the report reads "kept"
        case.id,
        demo.payment[0],
        min(made_on + dt.timedelta(days=demo.promises[-1][3]), today),
        method=demo.payment[1],
        promise_id=mine.id if mine else None,
    )
    if first_conversation is not None:
        add_demo_call(
            ws,
            case.id,
            first_conversation.started_at,
            demo.call,
            demo.call_marks,
            event_id=first_conversation.id,
        )
    count = len(ws.cases.events(case.id))
    return f"created demo case {case.id} ({case.reference}): {case.title} — {count} events"


def create_demo(ws: Workspace) -> list[str]:
    """Create the demo cases that do not exist yet; return a line per case."""
    return [_build(ws, demo) for demo in DEMO_CASES]
