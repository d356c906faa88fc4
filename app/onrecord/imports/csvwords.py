"""The words a contact log kept in a spreadsheet may use: column names and values, in English,
Simplified and Traditional Chinese.

A person keeps a log in their own words (``日期, 时间, 电话号码, 类型, 通话时长(分钟), 备注``
with ``来电 / 去电 / 未接``); OnRecord's own names (``start, kind, duration_s``…) are one
spelling among them. Every word is compared after ``key()``: full-width forms folded (NFKC),
lower case, no spaces, ``_`` or ``-``. The first word of each language is the one a template
and a refusal show.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..store.enums import Direction, EventKind

LANGUAGES = ("en", "zh_CN", "zh_TW")
TRADITIONAL_REGIONS = ("TW", "HK", "MO")


def key(text: str) -> str:
    """``text`` as compared: NFKC (full-width letters, digits and brackets folded), lower
    case, without spaces, ``_`` and ``-``."""
    return re.sub(r"[\s_\-]+", "", unicodedata.normalize("NFKC", text).lower()).strip("*")


def _words(en: str, zh_cn: str, zh_tw: str) -> dict[str, tuple[str, ...]]:
    return {
        "en": tuple(en.split("|")),
        "zh_CN": tuple(zh_cn.split("|")),
        "zh_TW": tuple(zh_tw.split("|")),
    }


# ------------------------------------------------------------------ columns
#: column role -> names by language (the first is the template's)
COLUMN_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "start": _words(
        "start|start time|datetime|date time|date and time|date/time|when",
        "开始时间|日期时间|日期和时间|通话开始时间|来电日期时间",
        "開始時間|日期時間|日期和時間|通話開始時間|來電日期時間",
    ),
    "date": _words("date|call date", "日期|通话日期|来电日期", "日期|通話日期|來電日期"),
    "time": _words(
        "time|time of day|call time",
        "时间|通话时间|来电时间|时刻|几点",
        "時間|通話時間|來電時間|時刻|幾點",
    ),
    "kind": _words(
        "kind|type|contact type|call type|event|what",
        "类型|类别|方式|联系方式|通话类型|记录类型|事件|种类",
        "類型|類別|方式|聯絡方式|聯繫方式|通話類型|記錄類型|事件|種類",
    ),
    "direction": _words(
        "direction|in/out|inbound/outbound|incoming/outgoing",
        "方向|呼叫方向|通话方向|呼入/呼出|来电/去电|来去电",
        "方向|撥號方向|通話方向|呼入/呼出|來電/去電|來去電",
    ),
    "number": _words(
        "number|phone|phone number|telephone|caller id|their number",
        "电话号码|号码|电话|手机号|手机号码|对方号码|来电号码|联系电话",
        "電話號碼|號碼|電話|手機|手機號碼|對方號碼|來電號碼|聯絡電話|聯繫電話",
    ),
    "name": _words(
        "name|who|caller|caller name|contact|collector|from",
        "对方姓名|姓名|名字|对方|联系人|来电人|催收员|催收人|称呼",
        "對方姓名|姓名|名字|對方|聯絡人|聯繫人|來電人|催收員|催收人|稱呼",
    ),
    "duration": _words(
        "duration|length|call length|call duration",
        "通话时长|时长|通话长度|持续时间",
        "通話時長|時長|通話長度|持續時間|通話時間長度",
    ),
    "connected": _words(
        "connected|answered",
        "是否接通|接通|已接通|是否接听|接听",
        "是否接通|接通|已接通|是否接聽|接聽",
    ),
    "conversation": _words(
        "conversation|talked about the debt|talked",
        "是否谈及债务|谈及债务|谈到欠款|是否谈到欠款|对话",
        "是否談及債務|談及債務|談到欠款|是否談到欠款|對話",
    ),
    "timezone": _words("timezone|time zone|tz", "时区", "時區"),
    "summary": _words(
        "summary|notes|note|comment|comments|remarks|description|details|content|what happened",
        "备注|说明|内容|通话内容|短信内容|摘要|记录|详情|情况|经过|对方说了什么",
        "備註|說明|內容|通話內容|簡訊內容|摘要|記錄|詳情|情況|經過|對方說了什麼",
    ),
    "tags": _words("tags|tag|labels", "标签|标记", "標籤|標記"),
    # a row number or the weekday beside the date: read, and left out
    "ignored": _words(
        "no|no.|#|index|row|weekday|day of week",
        "序号|编号|行号|星期|周几|星期几",
        "序號|編號|行號|星期|週幾|星期幾",
    ),
}
#: a length's unit, written after its column name: ``时长(秒)``, ``duration_s``, ``duration (min)``
UNIT_WORDS = {
    "s": ("s", "sec", "secs", "second", "seconds", "秒", "秒钟", "秒鐘", "秒数", "秒數"),
    "min": ("m", "min", "mins", "minute", "minutes", "分", "分钟", "分鐘", "分钟数", "分鐘數"),
    # the values say their unit themselves (3:20, 3分20秒)
    "": ("mm:ss", "m:ss", "h:mm:ss", "hh:mm:ss", "分:秒", "时:分:秒", "時:分:秒"),
}
#: unit words that are a column name alone: "seconds", "分钟"
_UNIT_ALONE = {key(w): u for u, words in UNIT_WORDS.items() for w in words if len(w) > 1 and u}
_BRACKETS = (("(", ")"), ("[", "]"), ("【", "】"), ("〔", "〕"), ("/", ""), (":", ""), ("", ""))

#: what a template holds, in order, per language (each a column name of COLUMN_NAMES, or a
#: length column with its unit)
TEMPLATE_COLUMNS = {
    "en": (
        "start",
        "kind",
        "direction",
        "number",
        "name",
        "duration_s",
        "connected",
        "conversation",
        "timezone",
        "summary",
        "tags",
    ),
    "zh_CN": (
        "日期",
        "时间",
        "类型",
        "方向",
        "电话号码",
        "对方姓名",
        "通话时长(秒)",
        "是否接通",
        "是否谈及债务",
        "时区",
        "备注",
        "标签",
    ),
    "zh_TW": (
        "日期",
        "時間",
        "類型",
        "方向",
        "電話號碼",
        "對方姓名",
        "通話時長(秒)",
        "是否接通",
        "是否談及債務",
        "時區",
        "備註",
        "標籤",
    ),
}
#: the names a refusal lists as accepted (by the language the file is written in)
SHOWN_COLUMNS = {
    "en": (
        "start (or date and time)",
        "kind",
        "direction",
        "number",
        "name",
        "duration_s (or duration_min, or duration as 3:20)",
        "connected",
        "conversation",
        "timezone",
        "summary",
        "tags",
    ),
    "zh_CN": (
        "日期",
        "时间",
        "类型",
        "方向",
        "电话号码",
        "对方姓名",
        "通话时长(秒) 或 通话时长(分钟)",
        "是否接通",
        "是否谈及债务",
        "时区",
        "备注",
        "标签",
    ),
    "zh_TW": (
        "日期",
        "時間",
        "類型",
        "方向",
        "電話號碼",
        "對方姓名",
        "通話時長(秒) 或 通話時長(分鐘)",
        "是否接通",
        "是否談及債務",
        "時區",
        "備註",
        "標籤",
    ),
}


@dataclass(frozen=True, slots=True)
class Column:
    role: str  # a key of COLUMN_NAMES, or "" when the header is not understood
    unit: str | None = None  # a length column's unit: "s", "min", "" (in the values)
    languages: frozenset[str] = field(default_factory=frozenset)  # whose word the header is


def _index() -> dict[str, tuple[str, frozenset[str]]]:
    found: dict[str, tuple[str, set[str]]] = {}
    for role, by_language in COLUMN_NAMES.items():
        for language, names in by_language.items():
            for name in names:
                entry = found.setdefault(key(name), (role, set()))
                assert entry[0] == role, f"{name} names two columns"
                entry[1].add(language)
    return {k: (role, frozenset(langs)) for k, (role, langs) in found.items()}


_COLUMNS = _index()
_DURATION_KEYS = {k for k, (role, _l) in _COLUMNS.items() if role == "duration"}


def column(header: str) -> Column:
    """What a header names (``Column("")`` when nothing)."""
    k = key(header)
    if k in _COLUMNS:
        role, languages = _COLUMNS[k]
        return Column(role, "" if role == "duration" else None, languages)
    for unit, words in UNIT_WORDS.items():
        for word in sorted(words, key=len, reverse=True):
            for left, right in _BRACKETS:
                suffix = left + key(word) + right
                if k.endswith(suffix) and k[: -len(suffix)] in _DURATION_KEYS:
                    return Column("duration", unit, _COLUMNS[k[: -len(suffix)]][1])
    if k in _UNIT_ALONE:
        return Column("duration", _UNIT_ALONE[k], frozenset({_language_of(k)}))
    return Column("")


def _language_of(text: str) -> str:
    return "zh_CN" if re.search(r"[\u3400-\u9fff]", text) else "en"


def file_language(headers: list[str], region: str) -> str:
    """The language a file's header row is written in: Chinese when any header is (Traditional
    when more of its words are, or for a Taiwan, Hong Kong or Macau case when either fits)."""
    votes = {"zh_CN": 0, "zh_TW": 0}
    chinese = False
    for header in headers:
        if re.search(r"[\u3400-\u9fff]", header):
            chinese = True
            languages = column(header).languages
            if languages & {"zh_CN", "zh_TW"} and languages != {"zh_CN", "zh_TW"}:
                for language in languages & {"zh_CN", "zh_TW"}:
                    votes[language] += 1
    if not chinese:
        return "en"
    if votes["zh_TW"] != votes["zh_CN"]:
        return max(votes, key=lambda k: votes[k])
    return "zh_TW" if region.upper() in TRADITIONAL_REGIONS else "zh_CN"


# ------------------------------------------------------------------- values
@dataclass(frozen=True, slots=True)
class KindWord:
    kind: EventKind
    direction: Direction | None  # what the word says about who called whom
    connected: bool | None  # what it says about being answered


def _kinds() -> tuple[tuple[KindWord, dict[str, tuple[str, ...]]], ...]:
    k, d = EventKind, Direction
    return (
        (
            KindWord(k.CALL, d.INCOMING, None),
            _words(
                "incoming|incoming call|inbound|inbound call|received|received call",
                "来电|呼入|打入|已接来电|已接|接听|对方来电",
                "來電|呼入|撥入|打入|已接來電|已接|接聽|對方來電",
            ),
        ),
        (
            KindWord(k.CALL, d.OUTGOING, None),
            _words(
                "outgoing|outgoing call|outbound|outbound call|dialled|dialed",
                "去电|呼出|拨出|打出|已拨|已拨电话|我打给对方|回电|回拨",
                "去電|撥出|呼出|打出|已撥|已撥電話|我打給對方|回電|回撥",
            ),
        ),
        (
            KindWord(k.MISSED_CALL, d.INCOMING, False),
            _words(
                "missed_call|missed|missed call|not answered|no answer|unanswered",
                "未接|未接来电|未接电话|来电未接|漏接|没接|响一声",
                "未接|未接來電|未接電話|來電未接|漏接|沒接|響一聲",
            ),
        ),
        (
            KindWord(k.CALL, d.OUTGOING, False),
            _words(
                "outgoing not answered|outgoing unanswered",
                "去电未接|呼出未接|对方未接|未接通",
                "去電未接|撥出未接|對方未接|未接通",
            ),
        ),
        (
            KindWord(k.MISSED_CALL, d.INCOMING, False),
            _words(
                "rejected|declined|rejected call|declined call|blocked|blocked call",
                "拒接|已拒接|挂断|拒听|拦截|骚扰拦截",
                "拒接|已拒接|掛斷|拒聽|攔截|騷擾攔截",
            ),
        ),
        (
            KindWord(k.CALL, None, None),
            _words("call|phone|calls", "电话|通话|呼叫|接通", "電話|通話|呼叫|接通"),
        ),
        (
            KindWord(k.VOICEMAIL, d.INCOMING, False),
            _words(
                "voicemail|voice mail|voice message",
                "语音留言|留言|语音信箱|语音消息",
                "語音留言|留言|語音信箱|語音訊息",
            ),
        ),
        (
            KindWord(k.SMS, None, None),
            _words(
                "sms|text|text message|message|mms",
                "短信|信息|消息|彩信|文字短信|手机短信",
                "簡訊|訊息|短訊|信息|消息|短信",
            ),
        ),
        (
            KindWord(k.CHAT, None, None),
            _words(
                "chat|wechat|whatsapp|line|qq|telegram message",
                "微信|聊天|qq|微信消息|微信语音|app消息",
                "line|微信|聊天|即時通訊|微信訊息",
            ),
        ),
        (
            KindWord(k.EMAIL, None, None),
            _words("email|e-mail", "邮件|电子邮件|电邮|email", "電子郵件|郵件|電郵|email"),
        ),
        (
            KindWord(k.LETTER, None, None),
            _words(
                "letter|mail|post|legal letter|demand letter",
                "信件|信函|函件|律师函|催收函|催款函|挂号信|邮寄|通知书",
                "信件|信函|函件|律師函|催收函|催款函|存證信函|掛號信|郵寄|通知書",
            ),
        ),
        (
            KindWord(k.VISIT, None, None),
            _words(
                "visit|home visit|in person|came to my door",
                "上门|上门催收|来访|家访|外访|当面|登门",
                "上門|上門催收|來訪|家訪|外訪|當面|登門",
            ),
        ),
        (KindWord(k.OTHER, None, None), _words("other", "其他|其它", "其他|其它")),
    )


KINDS = _kinds()
_KIND_INDEX = {key(w): kw for kw, by in KINDS for words in by.values() for w in words}
assert len(_KIND_INDEX) == len({(key(w), kw) for kw, by in KINDS for ws in by.values() for w in ws})

DIRECTIONS: dict[Direction, dict[str, tuple[str, ...]]] = {
    Direction.INCOMING: _words(
        "incoming|in|inbound|received|they called",
        "呼入|来电|打入|对方打来|收到",
        "呼入|來電|撥入|打入|對方打來|收到",
    ),
    Direction.OUTGOING: _words(
        "outgoing|out|outbound|dialled|dialed|i called",
        "呼出|去电|打出|拨出|我打给对方|我打的",
        "撥出|去電|呼出|打出|我打給對方|我打的",
    ),
    Direction.TO_OTHERS: _words(
        "to_others|to others|third party|others|family",
        "打给他人|打给家人|联系家人|联系他人|第三方|打给亲友|打给单位",
        "打給他人|打給家人|聯絡家人|聯絡他人|第三方|打給親友|打給單位",
    ),
    Direction.UNKNOWN: _words("unknown", "未知|不明|不清楚", "未知|不明|不清楚"),
}
_DIRECTION_INDEX = {key(w): d for d, by in DIRECTIONS.items() for ws in by.values() for w in ws}


def _keys(words: str) -> frozenset[str]:
    return frozenset(key(w) for w in words.split("|"))


YES = _keys("yes|y|true|1|是|是的|对|對|有|已接|已接通|接通|✓|√|✔")
NO = _keys("no|n|false|0|否|不|不是|没有|沒有|无|無|未接|未接通|没接|沒接|×|✗|✘")
#: a number column's words for "no number shown"
WITHHELD_WORDS = _keys(
    "隐藏号码|未知号码|私人号码|无号码|号码隐藏|未显示|不显示号码|无|"
    "隱藏號碼|未知號碼|私人號碼|無號碼|號碼隱藏|未顯示|不顯示號碼|無|"
    "hidden|no caller id|blocked number"
)


def kind_word(text: str) -> KindWord | None:
    return _KIND_INDEX.get(key(text))


def direction_word(text: str) -> Direction | None:
    return _DIRECTION_INDEX.get(key(text))


def shown_kinds(language: str) -> str:
    """The kinds a refusal lists, in the file's language."""
    if language == "en":
        return ", ".join(k.value for k in EventKind)
    return "、".join(by[language][0] for _kw, by in KINDS)


def shown_directions(language: str) -> str:
    if language == "en":
        return ", ".join(d.value for d in Direction)
    return "、".join(by[language][0] for by in DIRECTIONS.values())


def shown_columns(language: str) -> str:
    return ("、" if language != "en" else ", ").join(SHOWN_COLUMNS[language])
