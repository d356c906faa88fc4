"""The evaluator's sentences in English, Simplified and Traditional Chinese.

Kept beside the rule packs' titles rather than in Qt's translation files because the core never
imports Qt; the UI shows these strings as they are.
"""

from __future__ import annotations

DISCLAIMER = {
    "en": "possible issue — not legal advice",
    "zh_CN": "可能存在问题——不构成法律意见",
    "zh_TW": "可能存在問題——不構成法律意見",
}

KIND_NAMES = {
    "en": {
        "call": "call",
        "missed_call": "missed call",
        "voicemail": "voicemail",
        "sms": "text message",
        "chat": "chat message",
        "email": "email",
        "letter": "letter",
        "visit": "visit",
        "other": "contact",
    },
    "zh_CN": {
        "call": "来电",
        "missed_call": "未接来电",
        "voicemail": "语音留言",
        "sms": "短信",
        "chat": "聊天消息",
        "email": "电子邮件",
        "letter": "信件",
        "visit": "上门",
        "other": "联系",
    },
    "zh_TW": {
        "call": "來電",
        "missed_call": "未接來電",
        "voicemail": "語音留言",
        "sms": "簡訊",
        "chat": "聊天訊息",
        "email": "電子郵件",
        "letter": "信件",
        "visit": "到訪",
        "other": "聯絡",
    },
}

NOTICE_NAMES = {
    "en": {
        "cease_request": "your request to stop contact",
        "lawyer_notice": "your notice that you have a lawyer",
        "no_calls_at_work": "your notice that calls at work are not allowed",
    },
    "zh_CN": {
        "cease_request": "您要求停止联系的通知",
        "lawyer_notice": "您已委托律师的通知",
        "no_calls_at_work": "您告知不得打到工作单位的通知",
    },
    "zh_TW": {
        "cease_request": "您要求停止聯絡的通知",
        "lawyer_notice": "您已委任律師的通知",
        "no_calls_at_work": "您告知不得打電話到工作地點的通知",
    },
}

DETAIL = {
    "en": {
        "before": "{kind} at {time}, before {start}",
        "after": "{kind} at {time}, after {end}",
        "edge_start": "{kind} at {time}: exactly at the start of the allowed hours ({start}) — an edge case",
        "edge_end": "{kind} at {time}: exactly at the end of the allowed hours ({end}) — an edge case",
        "frequency_one_day": "{count} contacts on {first_day} ({limit})",
        "frequency": "{count} contacts in {day_count} days ({first_day} to {last_day}; {limit})",
        "frequency_one_day_calls": "{count} call attempts on {first_day} ({limit})",
        "frequency_calls": "{count} call attempts in {day_count} days ({first_day} to {last_day}; {limit})",
        "limit_per_day": "threshold: more than {max_count} a day",
        "limit": "threshold: more than {max_count} in {days} days",
        "frequency_span": "; above the threshold again and again from {span_first} to {span_last}: all {total} contacts counted in that time are listed",
        "frequency_span_calls": "; above the threshold again and again from {span_first} to {span_last}: all {total} call attempts counted in that time are listed",
        "post_conversation": "after a phone conversation on {conv_day}, {count} more calls by {last_day} (within {days} days, the conversation day counting as day 1)",
        "post_conversation_one": "after a phone conversation on {conv_day}, 1 more call by {last_day} (within {days} days, the conversation day counting as day 1)",
        "post_conversation_edge": " — all on the last day of the window, an edge case",
        "tag": "tagged: {tags}",
        "tag_notes": " — “{notes}”",
        "note_sep": "”; “",
        "notice": "{kind} at {time}, after {notice} on {notice_day}",
        "notice_dated": "{kind} on {time}, after {notice} on {notice_day}",
        "notice_same_day": " — on the same day as the notice, and a letter has no time of day: which came first is not known, an edge case",
    },
    "zh_CN": {
        "before": "{time} 的{kind}，早于 {start}",
        "after": "{time} 的{kind}，晚于 {end}",
        "edge_start": "{time} 的{kind}：恰在允许时段开始时（{start}）——临界情况",
        "edge_end": "{time} 的{kind}：恰在允许时段结束时（{end}）——临界情况",
        "frequency_one_day": "{first_day} 联系 {count} 次（{limit}）",
        "frequency": "{first_day} 至 {last_day} 的 {day_count} 天内联系 {count} 次（{limit}）",
        "frequency_one_day_calls": "{first_day} 来电 {count} 次（{limit}）",
        "frequency_calls": "{first_day} 至 {last_day} 的 {day_count} 天内来电 {count} 次（{limit}）",
        "limit_per_day": "阈值：每天超过 {max_count} 次",
        "limit": "阈值：{days} 天内超过 {max_count} 次",
        "frequency_span": "；{span_first} 至 {span_last} 期间多次超过阈值：列出这段时间计入的全部 {total} 次联系",
        "frequency_span_calls": "；{span_first} 至 {span_last} 期间多次超过阈值：列出这段时间计入的全部 {total} 次来电",
        "post_conversation": "{conv_day} 电话交谈后，至 {last_day} 又来电 {count} 次（{days} 天内，交谈当天算第 1 天）",
        "post_conversation_edge": "——均在期限的最后一天，临界情况",
        "tag": "标记：{tags}",
        "tag_notes": "——“{notes}”",
        "note_sep": "”；“",
        "notice": "{time} 的{kind}，在{notice}（{notice_day}）之后",
        "notice_dated": "{time} 的{kind}，在{notice}（{notice_day}）之后",
        "notice_same_day": "——与通知在同一天，而信函没有具体时刻：无法确定孰先孰后，临界情况",
    },
    "zh_TW": {
        "before": "{time} 的{kind}，早於 {start}",
        "after": "{time} 的{kind}，晚於 {end}",
        "edge_start": "{time} 的{kind}：恰在允許時段開始時（{start}）——臨界情況",
        "edge_end": "{time} 的{kind}：恰在允許時段結束時（{end}）——臨界情況",
        "frequency_one_day": "{first_day} 聯絡 {count} 次（{limit}）",
        "frequency": "{first_day} 至 {last_day} 的 {day_count} 天內聯絡 {count} 次（{limit}）",
        "frequency_one_day_calls": "{first_day} 來電 {count} 次（{limit}）",
        "frequency_calls": "{first_day} 至 {last_day} 的 {day_count} 天內來電 {count} 次（{limit}）",
        "limit_per_day": "門檻：每天超過 {max_count} 次",
        "limit": "門檻：{days} 天內超過 {max_count} 次",
        "frequency_span": "；{span_first} 至 {span_last} 期間多次超過門檻：列出這段期間計入的全部 {total} 次聯絡",
        "frequency_span_calls": "；{span_first} 至 {span_last} 期間多次超過門檻：列出這段期間計入的全部 {total} 次來電",
        "post_conversation": "{conv_day} 電話交談後，至 {last_day} 又來電 {count} 次（{days} 天內，交談當天算第 1 天）",
        "post_conversation_edge": "——均在期限的最後一天，臨界情況",
        "tag": "已加標籤：{tags}",
        "tag_notes": "——「{notes}」",
        "note_sep": "」；「",
        "notice": "{time} 的{kind}，在{notice}（{notice_day}）之後",
        "notice_dated": "{time} 的{kind}，在{notice}（{notice_day}）之後",
        "notice_same_day": "——與通知在同一天，而信函沒有具體時刻：無法確定孰先孰後，臨界情況",
    },
}

EXCLUDED = {
    "en": "{count} contacts from a party recorded as {roles} were not checked.",
    "en_one": "1 contact from a party recorded as {roles} was not checked.",
    "zh_CN": "有 {count} 次联系来自记录为“{roles}”的一方，未予检查。",
    "zh_TW": "有 {count} 次聯絡來自記錄為「{roles}」的一方，未予檢查。",
}
