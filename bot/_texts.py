"""Everything the bot says on its own (not advisor answers), in English and Chinese.

Texts are Telegram HTML: literal `<`, `>` and `&` must be written as entities; values passed to
`say()` are escaped there.
"""

from __future__ import annotations

import html

from advisor import has_cjk

LANGUAGES = ("en", "zh")

_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "start": ("Hi {name}! I help you choose a phone. Tell me what you need, in your own words, for example:\n"
                  "• <i>a phone under $400 with a great camera</i>\n"
                  "• <i>lightest 5G Samsung</i>\n"
                  "• <i>long battery for gaming, budget 3000 CNY</i>\n"
                  "Then refine (\"cheaper\", \"no Apple\"), press the buttons, or /help."),
        "help": ("Write what you are looking for, and refine it in later messages.\n"
                 "/compare <i>A</i> vs <i>B</i> – compare phones\n/reset – start over\n/lang – English or 中文\n"
                 "/history – your recent requests and likes\n/privacy – what I store\n"
                 "/consent – let your feedback improve the advisor\n/forget – delete everything about you"),
        "reset": "Done, we start from scratch. What are you looking for?",
        "lang_set": "I'll answer in English.",
        "lang_usage": "Use /lang en or /lang zh.",
        "compare_usage": "Use /compare <i>phone A</i> vs <i>phone B</i>.",
        "empty_text": "Send me a message in words, e.g. <i>a compact phone under $500</i>.",
        "unsupported_update": "I can only read text messages. Tell me in words what phone you need.",
        "too_long": "Your message was long; I read its first {limit} characters.",
        "flood": ("You are writing faster than I can answer: I'll answer in a few seconds. If you send more "
                  "meanwhile, I'll answer your latest message."),
        "flood_button": "One moment: I'm handling your latest press.",
        "error": "Sorry, something went wrong on my side. Please try again in a moment.",
        "advisor_error": "Sorry, I could not do that: {reason}",
        "busy": "I'm still working on your previous message.",
        "stale_button": "This button is from an older answer. Please ask again.",
        "liked": "Thanks! Noted that you like the {phone}.",
        "disliked": "Noted: not the {phone}.",
        "history_empty": "I have no history for you.",
        "history_title": "<b>Your recent requests</b>",
        "history_liked": "<b>Phones you liked</b>",
        "privacy_head_sqlite": ("<b>What I store, where, and for how long</b>\n"
                                "Everything is in one database file on the shop's server ({name}), table by table:"),
        "privacy_head_postgresql": ("<b>What I store, where, and for how long</b>\n"
                                    "Everything is in one PostgreSQL database run by the shop ({name}), table by "
                                    "table:"),
        "privacy_table_users": ("your Telegram id, language, consent to retraining (currently: <b>{consent}</b>), "
                                "when you were first and last seen"),
        "privacy_table_dialogue": "your current filters, encrypted",
        "privacy_table_history": "your requests (encrypted) and the phones shown for them",
        "privacy_table_feedback": "your likes and dislikes, with the request they answered (encrypted)",
        "privacy_table_opened": "the phones whose details you opened",
        "privacy_table_requests": "when you asked, the kind of answer and how long it took; no text",
        "privacy_table_processed_updates": ("Telegram update numbers (no user id, no text), kept {update_days} "
                                            "days so that nothing is answered twice after a restart"),
        "privacy_table_audit": ("administrator commands tried: user id, command name, allowed or refused "
                                "(a refused user's words are not kept)"),
        "privacy_table_meta": "a check value for the encryption key; nothing about you",
        "privacy_table_model_loads": "how long the model took to load after a start; nothing about you",
        "privacy_table_schema_migrations": "which versions of this table layout were applied, and when; nothing "
                                           "about you",
        "privacy_table_in_flight": ("messages being answered right now: update number, chat, your id and "
                                    "language, no text; deleted as soon as the answer is sent (after a restart "
                                    "that interrupted an answer, once you are told)"),
        "privacy_table_shares": ("lists shared with a 🔗 link: the phones (catalog ids and names) and the currency, "
                                 "kept {days} days after the list was last shared; no user id and no text, so "
                                 "nothing in it is about you and /forget leaves it"),
        "privacy_tail": ("Your rows are deleted {days} days after your last activity, audit entries {days} days "
                         "after they were written. Error logs record only the kind and place of an error, never "
                         "your messages. Your requests and likes are used to retrain the advisor <b>only</b> if "
                         "you opt in with /consent.\n/forget deletes all your rows immediately (entries of "
                         "administrator actions you were allowed to do stay in the audit log)."),
        "consent_ask": ("May I use your requests and likes to retrain the advisor? Nothing else is shared. "
                        "You can withdraw any time with /consent no. Currently: <b>{consent}</b>."),
        "consent_on": "Thank you: your requests and likes may now be used for retraining.",
        "consent_off": "Understood: your requests and likes will not be used for retraining.",
        "yes": "yes", "no": "no",
        "button_yes": "Yes, I agree", "button_no": "No",
        "forgotten": "Everything I stored about you has been deleted.",
        "not_a_person": ("You are writing as the group or as a channel, so I cannot tell who you are and keep "
                         "nothing for you: filters, history, likes, consent and /forget work when you write as "
                         "yourself (or in a private chat with me)."),
        "history_private": "I show your history only in a private chat with me: send /history there.",
        "not_your_button": "These buttons belong to someone else's answer. Ask me yourself to get your own.",
        "data_damaged": ("Part of what I had stored about you (earlier filters or requests) was damaged and could "
                         "not be read; I have reset it. Everything else works as before."),
        "not_admin": "Sorry, this command is for the shop's administrators only.",
        "interrupted": ("Sorry, I was restarted while answering your last message, and the answer never went "
                        "out. Please send it again."),
        "retrain_running": "A retraining is already running.",
        "retrain_started": "Retraining started…",
        "retrain_progress": "Retraining: {stage}",
        "retrain_promoted": "✅ New model {version} is live.\n{metrics}",
        "retrain_rejected": "⚠️ Candidate {version} did not beat the current model (negative transfer); "
                            "keeping the current one.\n{metrics}",
        "retrain_failed": "❌ Retraining failed: {reason}",
        "retrain_bad_args": "Cannot start retraining: {reason}",
        "models_empty": "No trained model versions yet; the base model is in use.",
        "rollback_confirm": "Roll back from {current} to the version served before it?",
        "rollback_button": "Roll back",
        "rollback_done": "Rolled back; now serving {version}.",
        "rollback_none": "There is no previous version to roll back to.",
        "import_done": "Catalog imported: {count} phones. The index has been rebuilt and swapped in.",
        "import_failed": "The catalog was not imported: {reason}\nThe current catalog stays in use.",
        "import_not_csv": "Send the catalog as a .csv document.",
        "import_private": "Send catalog files to me in a private chat, not in a group.",
        "import_confirm": ("The file checks out: {count} phones (the catalog in use has {current}). "
                           "Replace the catalog with it?"),
        "import_replace_button": "Replace the catalog", "import_cancel_button": "Cancel",
        "import_cancelled": "Cancelled: the catalog in use stays.",
        "filters": "<b>Filters:</b>",
        "no_filters": "No filters yet.",
        "found": "{count} phones match. My picks:",
        "no_exact": "Nothing matches every filter. Closest alternatives:",
        "unsupported": "I can't filter on: {items}",
        "price_na": "price n/a",
        "more": "More ▸", "compare": "Compare {picks}", "details": "ℹ️ {rank}",
        "remove": "✖ {filter}",
    },
    "zh": {
        "start": ("你好，{name}！我帮你挑手机。用自己的话告诉我你的需求，例如：\n"
                  "• <i>3000元以内拍照好的手机</i>\n• <i>最轻的5G三星</i>\n• <i>打游戏续航长，预算4000元</i>\n"
                  "之后可以继续调整（“再便宜点”、“不要苹果”），点按钮，或发送 /help。"),
        "help": ("告诉我你想要什么样的手机，之后的消息可以继续细化。\n"
                 "/compare <i>A</i> vs <i>B</i> – 对比手机\n/reset – 重新开始\n/lang – English 或 中文\n"
                 "/history – 最近的请求和喜欢的手机\n/privacy – 我存储了什么\n"
                 "/consent – 允许用你的反馈改进推荐\n/forget – 删除关于你的所有数据"),
        "reset": "好的，重新开始。你想找什么样的手机？",
        "lang_set": "我会用中文回答。",
        "lang_usage": "用法：/lang en 或 /lang zh。",
        "compare_usage": "用法：/compare <i>手机A</i> vs <i>手机B</i>。",
        "empty_text": "请用文字描述需求，例如：<i>3000元以内的小屏手机</i>。",
        "unsupported_update": "我只能读文字消息。请用文字告诉我你需要什么手机。",
        "too_long": "你的消息太长了，我只读了前 {limit} 个字符。",
        "flood": "你发消息太快了：几秒后我会回答。如果这期间你继续发送，我会回答你最新的一条消息。",
        "flood_button": "请稍等：我正在处理你最新的一次点击。",
        "error": "抱歉，我这边出了点问题，请稍后再试。",
        "advisor_error": "抱歉，无法完成：{reason}",
        "busy": "我还在处理你上一条消息。",
        "stale_button": "这个按钮来自较早的回答，请重新提问。",
        "liked": "谢谢！已记下你喜欢 {phone}。",
        "disliked": "已记下：不喜欢 {phone}。",
        "history_empty": "暂无你的历史记录。",
        "history_title": "<b>最近的请求</b>",
        "history_liked": "<b>你喜欢的手机</b>",
        "privacy_head_sqlite": "<b>我存储什么、存在哪里、保存多久</b>\n全部保存在店铺服务器上的一个数据库文件（{name}）中，按表列出：",
        "privacy_head_postgresql": "<b>我存储什么、存在哪里、保存多久</b>\n全部保存在店铺运行的一个 PostgreSQL 数据库（{name}）中，按表列出：",
        "privacy_table_users": "你的 Telegram id、语言、是否同意用于训练（当前：<b>{consent}</b>）、首次和最近一次使用时间",
        "privacy_table_dialogue": "你当前的筛选条件（加密）",
        "privacy_table_history": "你的请求（加密）以及为其展示的手机",
        "privacy_table_feedback": "你的喜欢和不喜欢，以及对应的请求（加密）",
        "privacy_table_opened": "你查看过详情的手机",
        "privacy_table_requests": "请求时间、回答类型和耗时；不含文字",
        "privacy_table_processed_updates": "Telegram 更新编号（无用户 id、无文字），保存 {update_days} 天，以免重启后重复回答",
        "privacy_table_audit": "尝试过的管理员命令：用户 id、命令名、允许或拒绝（被拒绝用户的文字不保存）",
        "privacy_table_meta": "加密密钥的校验值；与你无关",
        "privacy_table_model_loads": "每次启动后模型的加载耗时；与你无关",
        "privacy_table_schema_migrations": "这些表的结构版本及其应用时间；与你无关",
        "privacy_table_in_flight": "正在回答的消息：更新编号、对话、你的 id 和语言，不含文字；回答发出后立即删除（重启打断了回答时，在通知你之后删除）",
        "privacy_table_shares": "通过 🔗 链接分享的列表：手机（目录 id 和名称）及币种，在最后一次分享 {days} 天后删除；"
                                "不含用户 id 和文字，与你无关，因此 /forget 不会删除它",
        "privacy_tail": ("你的数据在你最后一次使用 {days} 天后删除，审计记录在写入 {days} 天后删除。错误日志只记录错误的类型和位置，"
                         "从不记录你的消息。只有在你通过 /consent 同意后，你的请求和喜欢才会用于重新训练。\n"
                         "/forget 会立即删除你的全部数据（你被允许执行的管理员操作记录保留在审计日志中）。"),
        "consent_ask": "可以用你的请求和喜欢来重新训练推荐模型吗？不会分享其他内容。随时可用 /consent no 撤回。当前：<b>{consent}</b>。",
        "consent_on": "谢谢：你的请求和喜欢可以用于重新训练了。",
        "consent_off": "明白：你的请求和喜欢不会用于重新训练。",
        "yes": "是", "no": "否",
        "button_yes": "同意", "button_no": "不同意",
        "forgotten": "关于你的所有数据都已删除。",
        "not_a_person": "你正以群组或频道的身份发言，我无法分辨你是谁，因此不为你保存任何内容：筛选条件、历史、喜欢、授权和 /forget 需要你以本人身份发言（或在私聊中使用）。",
        "history_private": "历史记录只在与我的私聊中显示：请在私聊中发送 /history。",
        "not_your_button": "这些按钮属于别人的回答。请自己向我提问以获得你的按钮。",
        "data_damaged": "我保存的你的部分数据（之前的筛选条件或请求）已损坏、无法读取，已重置。其他功能不受影响。",
        "not_admin": "抱歉，这个命令仅限店铺管理员使用。",
        "interrupted": "抱歉，我在回答你上一条消息时重启了，回答没有发出。请再发一次。",
        "retrain_running": "已有一个训练任务在运行。",
        "retrain_started": "开始重新训练…",
        "retrain_progress": "训练中：{stage}",
        "retrain_promoted": "✅ 新模型 {version} 已上线。\n{metrics}",
        "retrain_rejected": "⚠️ 候选模型 {version} 没有超过当前模型（负迁移），继续使用当前模型。\n{metrics}",
        "retrain_failed": "❌ 训练失败：{reason}",
        "retrain_bad_args": "无法开始训练：{reason}",
        "models_empty": "还没有训练过的模型版本，正在使用基础模型。",
        "rollback_confirm": "从 {current} 回滚到之前使用的版本？",
        "rollback_button": "回滚",
        "rollback_done": "已回滚，当前使用 {version}。",
        "rollback_none": "没有可以回滚的上一个版本。",
        "import_done": "目录已导入：{count} 款手机。索引已重建并切换。",
        "import_failed": "目录未导入：{reason}\n继续使用当前目录。",
        "import_not_csv": "请以 .csv 文件发送目录。",
        "import_private": "请在私聊中发送目录文件，不要在群组中发送。",
        "import_confirm": "文件检查通过：{count} 款手机（当前目录有 {current} 款）。用它替换目录吗？",
        "import_replace_button": "替换目录", "import_cancel_button": "取消",
        "import_cancelled": "已取消：继续使用当前目录。",
        "filters": "<b>筛选条件：</b>",
        "no_filters": "还没有筛选条件。",
        "found": "共有 {count} 款符合。我的推荐：",
        "no_exact": "没有完全符合所有条件的手机。最接近的选择：",
        "unsupported": "无法按以下条件筛选：{items}",
        "price_na": "暂无价格",
        "more": "更多 ▸", "compare": "对比 {picks}", "details": "ℹ️ {rank}",
        "remove": "✖ {filter}",
    },
}

def say(language: str, key: str, **values: object) -> str:
    """A bot text in `language` (English when unknown) with escaped values filled in."""
    table = _TEXTS.get(language, _TEXTS["en"])
    return table[key].format(**{k: html.escape(str(v), quote=False) for k, v in values.items()})


def language_of(language_code: str | None, text: str | None = None) -> str:
    """'zh' or 'en' from Telegram's language_code, else from the script the user writes in."""
    if language_code:
        code = language_code.lower()
        if code.startswith("zh"):
            return "zh"
        if code.startswith("en"):
            return "en"
    if text and has_cjk(text):
        return "zh"
    return "en"
