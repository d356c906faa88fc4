"""The tag vocabulary: what a mark (or an event) can say happened on a call.

Tag ids are stable strings stored in the case file (``Mark.tag``); never rename one. The live
call panel uses ``default_key`` as its keyboard shortcut, the conduct rule packs refer to the
ids, and the export shows ``title(language)``. This module imports nothing but the standard
library so the UI, the recorder and the evaluator can all share it.
"""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("en", "zh_CN", "zh_TW")


@dataclass(frozen=True, slots=True)
class Tag:
    id: str
    default_key: str | None  # the live-call shortcut ("1".."9", "0"), None = menu only
    titles: dict[str, str]  # language -> short title

    def title(self, language: str = "en") -> str:
        return self.titles.get(language) or self.titles["en"]


def _tag(tag_id: str, key: str | None, en: str, zh_cn: str, zh_tw: str) -> Tag:
    return Tag(tag_id, key, {"en": en, "zh_CN": zh_cn, "zh_TW": zh_tw})


#: In shortcut order. The first nine have number keys on the call panel.
TAGS: tuple[Tag, ...] = (
    _tag("name_given", "1", "Gave a name", "报出姓名", "報出姓名"),
    _tag("their_promise", "2", "Their promise or offer", "对方承诺/提议", "對方承諾/提議"),
    _tag("threat", "3", "Threat of violence or harm", "威胁（暴力或伤害）", "威脅（暴力或傷害）"),
    _tag(
        "third_party",
        "4",
        "Third party contacted or threatened",
        "联系或扬言联系第三方",
        "聯絡或揚言聯絡第三方",
    ),
    _tag(
        "insult",
        "5",
        "Insult, obscene or profane language",
        "辱骂、下流或亵渎言语",
        "辱罵、下流或褻瀆言語",
    ),
    _tag(
        "legal_threat",
        "6",
        "Threat of arrest, lawsuit or seizure",
        "威胁逮捕、起诉或查封",
        "威脅逮捕、起訴或查封",
    ),
    _tag("company_given", "7", "Gave the company name", "报出公司名称", "報出公司名稱"),
    _tag(
        "impersonation",
        None,
        "Posed as lawyer, police, court or official",
        "冒充律师、警察、法院或官员",
        "冒充律師、警察、法院或官員",
    ),
    _tag("amount_claimed", "8", "Amount claimed", "所称欠款金额", "所稱欠款金額"),
    _tag("my_promise", "9", "My promise", "我的承诺", "我的承諾"),
    _tag(
        "recording_announced",
        "0",
        "I said the call is recorded",
        "已告知正在录音",
        "已告知正在錄音",
    ),
    _tag("no_identification", None, "Did not identify themselves", "未表明身份", "未表明身分"),
    _tag(
        "no_collector_disclosure",
        None,
        "Did not say they are a debt collector",
        "未说明是催收方",
        "未說明是催收方",
    ),
    _tag(
        "wrong_amount",
        None,
        "Amount differs from my records",
        "金额与我的记录不符",
        "金額與我的紀錄不符",
    ),
    _tag("at_work", None, "Reached me at work", "打到我工作单位", "打到我工作單位"),
)

#: Not a tag the user chooses: a note she was typing when a crash interrupted the call, kept by
#: recovery but never confirmed by her (she had not pressed Enter).
UNCONFIRMED_DRAFT = "unconfirmed_draft"
SYSTEM_TAGS: tuple[Tag, ...] = (
    _tag(
        UNCONFIRMED_DRAFT,
        None,
        "Unconfirmed draft note (kept after an interruption)",
        "未确认的备注草稿（中断后保留）",
        "未確認的備註草稿（中斷後保留）",
    ),
)

TAGS_BY_ID: dict[str, Tag] = {t.id: t for t in (*TAGS, *SYSTEM_TAGS)}
TAG_IDS: frozenset[str] = frozenset(TAGS_BY_ID)
DEFAULT_KEYS: dict[str, str] = {t.default_key: t.id for t in TAGS if t.default_key}


def tag_title(tag_id: str, language: str = "en") -> str:
    """The title of a known tag, or the id itself for a tag this version does not know."""
    tag = TAGS_BY_ID.get(tag_id)
    return tag.title(language) if tag else tag_id
