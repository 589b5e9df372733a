"""Conversation moves read from whole messages: undo, social, help, topic returns, loosening, corrections, clears."""


import pytest

from advisor.catalog.model import load_catalog
from advisor.understanding.request import Budget, Relative, SlotUpdate
from advisor.understanding.talk import (
    bare_number,
    conversation_move,
    is_correction,
    is_loosening,
    keeps_the_rest,
    lifted,
    replaced_number,
    steps_back,
    swapped_brands,
    topic_named,
    unrequired,
)
from advisor.understanding.understand import Vocabulary, understand
from tests.helpers import ALIASES, SMALL_CATALOG, SMALL_CHIPSETS

VOCAB = Vocabulary.from_catalog(load_catalog(SMALL_CATALOG, SMALL_CHIPSETS), ALIASES)


@pytest.mark.parametrize("text", ["undo", "撤销", "ok, undo please"])
def test_undo_words_are_an_undo_move(text):
    assert conversation_move(text) == "undo"


@pytest.mark.parametrize("text", ["back", "go back to the previous list", "上一个", "返回"])
def test_back_words_are_a_back_move(text):
    assert conversation_move(text) == "back"


@pytest.mark.parametrize("text", ["thanks", "ok", "cool", "好的谢谢", "明白了", "Thank you so much!"])
def test_thanks_and_ok_are_social(text):
    assert conversation_move(text) == "social"


@pytest.mark.parametrize("text", ["what can you do?", "你能做什么"])
def test_what_can_you_do_is_help(text):
    assert conversation_move(text) == "help"


@pytest.mark.parametrize("text", ["ok show me cheaper", "only Samsung", "back to my phone", "thanks, now only Samsung"])
def test_messages_about_phones_are_no_move(text):
    assert conversation_move(text) is None


@pytest.mark.parametrize("text, topic", [("ok now back to my phone", "phone"), ("回到手机，还是华为", "phone"),
                                         ("ok now a phone for me, around $700, 5G", "phone"),
                                         ("back to the tablet", "tablet"), ("phones under $500", None)])
def test_topic_returns_name_their_topic(text, topic):
    assert topic_named(text) == topic


@pytest.mark.parametrize("text, loosening", [("wait, Samsung is fine actually", True), ("小米其实也可以", True),
                                             ("ok Chinese brands are fine, just not Huawei", True),
                                             ("only Samsung is fine", False), ("Samsung phones", False)])
def test_loosening_is_told_from_narrowing(text, loosening):
    assert is_loosening(text) is loosening


@pytest.mark.parametrize("text, correction", [("不对，我说的是华为不是荣耀", True), ("actually I meant at most 6.7 inches", True),
                                              ("at most 6.7 inches", False)])
def test_corrections_are_recognised(text, correction):
    assert is_correction(text) is correction


@pytest.mark.parametrize("text, intent", [("forget the camera thing", "photography"), ("算了，相机无所谓", "photography"),
                                          ("ignore the battery", "battery")])
def test_clearing_an_aspect_also_drops_the_intent_that_asked_for_it(text, intent):
    updates = understand(text, VOCAB).updates
    assert any(u.slot == "intents" and u.op == "remove" and intent in u.value for u in updates)


@pytest.mark.parametrize("text", ["不要预算限制了", "预算没有限制", "预算不限"])
def test_chinese_ways_of_dropping_the_budget(text):
    assert SlotUpdate("budget", "clear") in understand(text, VOCAB).updates


@pytest.mark.parametrize("text, slot", [("预算去掉", "budget"), ("把预算的条件删了", "budget"), ("预算放开", "budget"),
                                        ("内存的要求拿掉吧", "spec:ram_gb"), ("重量限制取消", "spec:weight_g")])
def test_a_chinese_aspect_then_a_removal_verb_clears_it(text, slot):
    assert SlotUpdate(slot, "clear") in understand(text, VOCAB).updates


@pytest.mark.parametrize("text", ["预算放开到5000", "预算放宽到5000", "预算加到5000"])
def test_a_chinese_budget_opened_up_to_an_amount_has_that_ceiling(text):
    assert SlotUpdate("budget", "set", Budget("CNY", hi=5000)) in understand(text, VOCAB).updates


@pytest.mark.parametrize("text, direction", [("预算再高一点", 1), ("预算放宽一些", 1), ("budget can go a bit higher", 1),
                                             ("raise the budget a little", 1), ("预算再低一点", -1), ("lower my budget", -1)])
def test_the_budget_moved_by_a_bit_without_a_figure_is_a_relative_price(text, direction):
    assert Relative("price", direction) in understand(text, VOCAB).relative


@pytest.mark.parametrize("text", ["预算放开到5000", "预算放开一点"])
def test_a_chinese_budget_opened_up_to_an_amount_or_a_bit_is_not_dropped(text):
    assert SlotUpdate("budget", "clear") not in understand(text, VOCAB).updates


@pytest.mark.parametrize("text, slot", [("预算多少都行", "budget"), ("屏幕多大都可以", "spec:screen_in"),
                                        ("重量多重都无所谓", "spec:weight_g")])
def test_a_chinese_aspect_with_any_amount_is_fine_clears_it(text, slot):
    assert SlotUpdate(slot, "clear") in understand(text, VOCAB).updates


@pytest.mark.parametrize("text", ["money's no issue", "money no object", "money isn't an issue"])
def test_money_said_to_be_no_issue_drops_the_budget(text):
    assert SlotUpdate("budget", "clear") in understand(text, VOCAB).updates


@pytest.mark.parametrize("text", ["嗯" * 2000 + "x", "ok " * 700 + "x", "请" * 2000 + "x"])
def test_long_runs_of_social_words_are_read_in_linear_time(text):
    import time

    # Backtracking over 2,000 social words would not end in a lifetime; a linear read takes about 0.05 s here. The
    # bound is a hang guard, not a speed target (bench measures speed), so it leaves room for a loaded CI machine.
    started = time.perf_counter()
    assert conversation_move(text) is None
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize("text", ["never mind that", "scratch that", "恢复上一步"])
def test_taking_the_last_change_back_is_an_undo(text):
    assert conversation_move(text) == "undo"


@pytest.mark.parametrize("text", ["how can you help me?", "what else can you do?", "你都能干嘛", "你有什么功能"])
def test_questions_about_the_advisor_itself_are_help(text):
    assert conversation_move(text) == "help"


@pytest.mark.parametrize("text", ["I'm open to Samsung", "Samsung would be ok", "华为也能考虑"])
def test_more_ways_of_allowing_a_brand(text):
    assert is_loosening(text)


# An undo is a verb of taking back with an optional object ("the last step", "刚才的操作") and an optional
# softener ("一下", "please"): every combination is the same move, in either language or both.
@pytest.mark.parametrize("verb", ["undo", "revert", "cancel", "撤销", "撤回", "取消", "回退", "恢复到"])
@pytest.mark.parametrize("obj", ["", " that", " the last change", "上一步", "刚才的操作", "刚才的修改"])
@pytest.mark.parametrize("tail", ["", " 一下", " please", "吧"])
def test_taking_back_is_an_undo_whatever_its_object_and_softener(verb, obj, tail):
    assert conversation_move(f"{verb}{obj}{tail}") == "undo"


@pytest.mark.parametrize("text", ["no, show me the previous list again", "can I see the earlier results again?",
                                  "还是看刚才那个列表吧", "回到之前那个列表", "再看一下刚才的结果", "之前那几个呢"])
def test_asking_for_the_earlier_list_is_a_back_move(text):
    assert conversation_move(text) == "back"


@pytest.mark.parametrize("text", ["thanks, that's all", "ok thanks, bye", "谢谢啦", "谢啦", "好嘞", "好的呀", "ok 好的",
                                  "cool, that's it", "thank you very much!", "行吧", "nice one"])
def test_thanks_with_particles_or_a_goodbye_are_social(text):
    assert conversation_move(text) == "social"


@pytest.mark.parametrize("text", ["what can I ask you?", "hi, what are you able to do?", "can you tell me what you can do",
                                  "what can this bot do for me?", "what sort of things can you help with?",
                                  "你好，你能做些什么", "你都能回答哪些问题", "你可以帮我做哪些事", "这个机器人能干啥",
                                  "你能帮我什么", "你会干什么呀"])
def test_questions_about_what_the_advisor_can_do_are_help(text):
    assert conversation_move(text) == "help"


@pytest.mark.parametrize("text", ["这是个什么工具", "这是什么工具", "这是个啥机器人", "这是什么助手呀"])
def test_this_before_a_word_for_the_advisor_asks_about_it(text):
    assert conversation_move(text) == "help"


@pytest.mark.parametrize("text", ["what can I get for $300?", "what can you find under 2000元", "你能推荐什么拍照手机",
                                  "cancel the budget", "撤销品牌限制", "算了，还是要三星", "nice camera", "行，3000以内"])
def test_questions_and_clears_about_phones_stay_phone_requests(text):
    assert conversation_move(text) is None


@pytest.mark.parametrize("text", ["hmm actually samsung would be alright", "Samsung will be fine", "荣耀还行", "其实xiaomi也ok",
                                  "华为也成", "xiaomi's fine", "小米也不是不行", "ok samsung works too"])
def test_allowing_a_brand_with_would_be_or_a_chinese_so_so_is_loosening(text):
    assert is_loosening(text)


@pytest.mark.parametrize("text", ["4g would be fine too actually", "4G works fine", "其实4G也可以", "4g也行"])
def test_allowing_4g_drops_the_5g_requirement(text):
    assert SlotUpdate("needs_5g", "set", False) in understand(text, VOCAB).updates


@pytest.mark.parametrize("text", ["chinese brands are ok, just keep huawei out", "any brand is fine but Huawei stays out"])
def test_keeping_a_brand_out_excludes_it(text):
    updates = understand(text, VOCAB).updates
    assert any(u.slot == "exclude_brands" and u.op == "add" and "Huawei" in u.value for u in updates)


@pytest.mark.parametrize("text, topic", [("now 手机 for me, 3000以内", "phone"), ("back to 平板 please", "tablet")])
def test_topic_words_of_either_language_fit_the_english_frames(text, topic):
    assert topic_named(text) == topic


@pytest.mark.parametrize("text, slot", [("重量不管了", "spec:weight_g"), ("预算不用管了", "budget"), ("品牌就不考虑了", "brands"),
                                        ("电池我不在乎", "spec:battery_mah"), ("重量就算了", "spec:weight_g")])
def test_a_slot_followed_by_dont_mind_clears_it(text, slot):
    assert SlotUpdate(slot, "clear") in understand(text, VOCAB).updates


@pytest.mark.parametrize("text", ["forget gaming, I want a good camera", "游戏无所谓了"])
def test_letting_go_of_gaming_drops_the_gaming_intent(text):
    assert SlotUpdate("intents", "remove", frozenset({"gaming"})) in understand(text, VOCAB).updates


@pytest.mark.parametrize("text", ["ok, now for me a samsung phone", "now a phone for me"])
def test_a_phone_named_after_now_and_other_words_is_a_return_to_phones(text):
    assert topic_named(text) == "phone"


# A social turn is any mix of thanks, acknowledgements, praise, laughter, greetings, deferrals and fillers,
# in either language, with emoji and punctuation: not a list of whole phrases.
@pytest.mark.parametrize("text", ["haha ok", "okie dokie", "yup", "much appreciated", "good to know, thanks", "oh nice",
                                  "fair enough", "hmm ok then", "brilliant, cheers mate", "let me think about it",
                                  "ok 👍", "好哒", "哈哈好的", "谢谢您", "好滴谢谢", "知道啦", "嗯嗯好", "我再想想", "收到，谢谢啦"])
def test_any_mix_of_thanks_acknowledgements_and_fillers_is_social(text):
    assert conversation_move(text) == "social"


@pytest.mark.parametrize("text", ["that one", "ok cheaper", "nice, only samsung", "is it good?", "好的，三星也行", "all", "more",
                                  "thanks, now 5G", "ok 3000以内"])
def test_a_social_word_beside_a_phone_wish_or_a_reference_is_no_social_turn(text):
    assert conversation_move(text) is None


# Help: a question whose subject is the advisor (its abilities, its use, what it is) with nothing about a
# particular phone in it.
@pytest.mark.parametrize("text", ["how do I use this thing?", "what are you good at?", "how does one use you",
                                  "are you able to compare specs?", "can you compare phones?", "do you handle comparisons?",
                                  "are you a bot?", "how should I ask?", "what is this for?",
                                  "你可以对比手机吗", "你是机器人吗", "这个机器人怎么用的", "你能比较吗", "我该怎么问", "有什么用法"])
def test_questions_about_the_advisor_are_help_whatever_their_frame(text):
    assert conversation_move(text) == "help"


@pytest.mark.parametrize("text", ["can you compare the first two?", "do you know the pixel 8a?", "can you show me cheaper ones?",
                                  "你能推荐三千以内的手机吗", "你可以对比第一个和第二个吗", "how does the second one do on battery?"])
def test_an_ability_question_about_particular_phones_is_no_help_request(text):
    assert conversation_move(text) is None


@pytest.mark.parametrize("text", ["huawei is not a dealbreaker", "bring xiaomi back", "xiaomi can stay", "don't exclude xiaomi",
                                  "小米我不介意", "小米加回来吧", "不排除小米了"])
def test_letting_a_brand_back_in_is_loosening(text):
    assert is_loosening(text)


# Clearing: a release verb before the aspect, a release predicate after it, or "any/unlimited" before it.
@pytest.mark.parametrize("verb", ["skip", "ditch", "no need for", "don't worry about", "I'm flexible on", "no preference on",
                                  "never mind about", "I'm not bothered about"])
@pytest.mark.parametrize("aspect, slot", [("the weight", "spec:weight_g"), ("the budget", "budget"), ("ram", "spec:ram_gb")])
def test_a_release_verb_before_an_aspect_clears_it(verb, aspect, slot):
    assert SlotUpdate(slot, "clear") in understand(f"{verb} {aspect}", VOCAB).updates


@pytest.mark.parametrize("predicate", ["no longer matters", "is not an issue anymore", "isn't a priority", "can be anything",
                                       "doesn't really matter", "is not a concern", "is negotiable"])
@pytest.mark.parametrize("aspect, slot", [("weight", "spec:weight_g"), ("price", "budget"), ("battery", "spec:battery_mah")])
def test_a_release_predicate_after_an_aspect_clears_it(predicate, aspect, slot):
    assert SlotUpdate(slot, "clear") in understand(f"{aspect} {predicate}", VOCAB).updates


@pytest.mark.parametrize("text, slot", [("unlimited budget", "budget"), ("I'll pay whatever", "budget"),
                                        ("heavy is fine", "spec:weight_g"), ("the weight thing doesn't matter", "spec:weight_g"),
                                        ("重量就不限制了", "spec:weight_g"), ("屏幕大小也没要求了", "spec:screen_in")])
def test_other_ways_of_letting_an_aspect_go(text, slot):
    assert SlotUpdate(slot, "clear") in understand(text, VOCAB).updates


@pytest.mark.parametrize("text", ["put it back the way it was", "put it all back the way it was before", "make it like before",
                                  "帮我返回上一步",
                                  "还是刚才那个吧", "改回原来那样", "还是之前的设置吧"])
def test_asking_for_the_state_as_it_was_goes_back(text):
    assert conversation_move(text) in ("undo", "back")


@pytest.mark.parametrize("text", ["can you explain how this works?", "explain how it works", "are you able to compare two phones?",
                                  "can you recommend phones?", "do you know how to sort phones?", "你能比较两款手机吗",
                                  "可以推荐手机吗"])
def test_asking_whether_a_kind_of_task_can_be_done_is_help(text):
    assert conversation_move(text) == "help"


@pytest.mark.parametrize("text, slot", [("预算也不设限了", "budget"), ("价格不设上限", "budget"), ("内存不做限制", "spec:ram_gb")])
def test_setting_no_limit_on_an_aspect_clears_it(text, slot):
    assert SlotUpdate(slot, "clear") in understand(text, VOCAB).updates


@pytest.mark.parametrize("text", ["oops undo", "that's worse, go back", "never mind that last change", "ignore my last message",
                                  "scrap that", "ctrl+z", "roll back", "can we undo", "go back one", "return to the previous one",
                                  "bring back the previous list", "previous filters please", "take it back", "刚才那个不要了",
                                  "改回去", "还原", "还是之前的吧"])
def test_more_wordings_of_taking_the_last_change_back(text):
    assert conversation_move(text) in ("undo", "back")


@pytest.mark.parametrize("text", ["forget the budget", "drop the ram requirement", "no samsung", "ignore the weight"])
def test_dropping_a_named_filter_is_no_undo(text):
    assert conversation_move(text) is None


@pytest.mark.parametrize("text, old, new", [
    ("replace realme with motorola", "Realme", "Motorola"), ("swap samsung for xiaomi", "Samsung", "Xiaomi"),
    ("vivo rather than oppo", "Oppo", "Vivo"), ("xiaomi instead of samsung", "Samsung", "Xiaomi"),
    ("not samsung, google", "Samsung", "Google"), ("not motorola but realme", "Motorola", "Realme"),
    ("i said samsung? i meant xiaomi", "Samsung", "Xiaomi"), ("samsung -> xiaomi", "Samsung", "Xiaomi"),
    ("把三星换成小米", "Samsung", "Xiaomi"), ("不要华为了，要荣耀", "Huawei", "Honor"), ("是小米不是三星", "Samsung", "Xiaomi")])
def test_one_brand_put_in_place_of_another_names_both(text, old, new):
    assert swapped_brands(text, VOCAB.brand_pattern, VOCAB.aliases) == (frozenset({old}), frozenset({new}))


@pytest.mark.parametrize("text", ["samsung or xiaomi", "samsung and xiaomi under $500", "no apple, samsung only",
                                  "not samsung, google or oneplus"])
def test_two_brands_side_by_side_are_no_swap(text):
    assert swapped_brands(text, VOCAB.brand_pattern, VOCAB.aliases) is None


@pytest.mark.parametrize("text", ["doesn't have to be samsung", "not necessarily samsung", "samsung is not required",
                                  "don't limit it to samsung", "不一定要三星", "不用非得三星"])
def test_a_brand_no_longer_required_is_named(text):
    assert unrequired(text, VOCAB.aliases) == {"Samsung"}


@pytest.mark.parametrize("text, slot", [("storage whatever", "spec:storage_gb"), ("ram: any", "spec:ram_gb"),
                                        ("budget - none", "budget"), ("price no object", "budget"), ("钱无所谓", "budget"),
                                        ("不设预算", "budget"), ("other brands are ok too", "brands"),
                                        ("open to other brands", "brands"), ("其他牌子也可以", "brands")])
def test_an_aspect_with_a_word_of_indifference_is_cleared(text, slot):
    assert SlotUpdate(slot, "clear") in understand(text, VOCAB).updates


@pytest.mark.parametrize("text", ["remove the 5g requirement", "5g whatever", "5G不用了", "5G无所谓"])
def test_letting_5g_go_waives_it(text):
    assert SlotUpdate("needs_5g", "set", False) in understand(text, VOCAB).updates


def test_any_5g_phone_still_wants_5g():
    assert SlotUpdate("needs_5g", "set", False) not in understand("any 5g phone under $300", VOCAB).updates


@pytest.mark.parametrize("text, pair", [("change 6gb to 8gb", (6, 8)), ("not 30000, 25000", (30000, 25000)),
                                        ("8gb -> 12gb", (8, 12))])
def test_a_figure_put_in_place_of_another(text, pair):
    assert replaced_number(text) == pair


@pytest.mark.parametrize("text", ["sorry I meant 700", "make that 600", "改成4000"])
def test_a_corrected_bare_figure_says_how_much(text):
    assert bare_number(text) is not None


# Thanks misspelt or stretched, "no worries", deferrals and Chinese acknowledgements strangers use are social too.
@pytest.mark.parametrize("text", ["thankss", "thanx!", "thanks, that helps", "np", "no worries", "maybe later",
                                  "very kind of you", "thanks for your time", "emmm", "that's useful", "原来如此", "有道理",
                                  "麻烦你了", "我再考虑考虑", "先这样吧", "不用了谢谢", "晓得了", "爱了"])
def test_misspelt_thanks_reassurances_and_deferrals_are_social(text):
    assert conversation_move(text) == "social"


@pytest.mark.parametrize("text", ["no problem with samsung", "不用5G", "maybe samsung", "这样的手机有吗"])
def test_a_new_social_word_beside_a_phone_wish_is_no_social_turn(text):
    assert conversation_move(text) is None


# A help question opened by "wait", "btw", "sorry", "对了", or asked with "exactly", "actually", or about being human.
@pytest.mark.parametrize("text", ["wait, what can you do?", "btw what can you do", "sorry, how does this work?",
                                  "what exactly can you do?", "what can you actually do", "hey there! what can you help me with?",
                                  "how am I supposed to use this?", "show me how this works", "I need help", "are you human?",
                                  "is this AI?", "你是人吗", "能干嘛", "这个bot是干嘛的", "对了，你能干啥", "请问怎么用"])
def test_help_questions_with_openers_and_adverbs_are_help(text):
    assert conversation_move(text) == "help"


@pytest.mark.parametrize("text", ["I need help choosing a phone under $300", "what can you do for under $300"])
def test_a_help_word_beside_a_phone_wish_is_a_request(text):
    assert conversation_move(text) is None


@pytest.mark.parametrize("text, steps", [("undo, undo", 2), ("back back", 2), ("撤销撤销", 2), ("undo x2", 2),
                                         ("undo the last two", 2), ("undo", 1)])
def test_an_undo_said_again_or_counted_goes_back_as_far(text, steps):
    assert conversation_move(text) in ("undo", "back") and steps_back(text) == steps


@pytest.mark.parametrize("text", ["start fresh", "forget all that", "scrap everything", "clear it all", "条件都不要了", "重新搜"])
def test_more_ways_of_starting_over(text):
    assert conversation_move(text) is None and understand(text, VOCAB).reset


@pytest.mark.parametrize("text, slot", [("less ram is fine", "spec:ram_gb"), ("smaller storage is ok", "spec:storage_gb"),
                                        ("内存小一点也行", "spec:ram_gb"), ("屏幕大点也没关系", "spec:screen_in")])
def test_allowing_the_other_side_of_a_spec_lets_it_go(text, slot):
    assert SlotUpdate(slot, "clear") in understand(text, VOCAB).updates


def test_allowing_the_other_side_with_a_new_figure_is_no_release():
    assert SlotUpdate("spec:storage_gb", "clear") not in understand("less storage is fine, 256 will do", VOCAB).updates


# Help asked as newcomers ask it: lost, looking for a start, examples or instructions, or a bare "??".
@pytest.mark.parametrize("text", ["Hello, I'm new here, how does this work?", "how do I get started?", "where do I start?",
                                  "any instructions?", "I'm confused", "what can i search for", "can you explain what you do",
                                  "tell me what you can do", "how does this thing work lol", "can you give me some examples?",
                                  "what commands are there", "??", "这玩意怎么用", "能介绍一下你自己吗", "你能帮我做点什么",
                                  "有什么可以问的", "第一次用，怎么弄", "不会用", "能举个例子吗"])
def test_newcomers_asking_how_to_start_get_help(text):
    assert conversation_move(text) == "help"


@pytest.mark.parametrize("text", ["thank you kindly", "many thanks", "you're the best", "you rock", "good job", "well done",
                                  "that's all I needed", "I'll get back to you", "will do", "挺好", "有用", "很有帮助"])
def test_praise_and_promises_to_come_back_are_social(text):
    assert conversation_move(text) == "social"


@pytest.mark.parametrize("text", ["any examples of phones under $300?", "well done phones", "get samsung"])
def test_help_and_social_words_beside_a_phone_wish_are_requests(text):
    assert conversation_move(text) is None


@pytest.mark.parametrize("text, slots", [("forget the 5g and the budget", {"needs_5g", "budget"}),
                                         ("drop brand, budget and ram", {"brands", "budget", "spec:ram_gb"}),
                                         ("no limit on ram or budget", {"spec:ram_gb", "budget"}),
                                         ("预算和品牌都不限了", {"budget", "brands"}), ("5G和内存都无所谓", {"needs_5g", "spec:ram_gb"})])
def test_several_aspects_let_go_at_once_are_all_released(text, slots):
    assert slots <= {u.slot for u in understand(text, VOCAB).updates if u.op == "clear" or u.slot == "needs_5g"}


@pytest.mark.parametrize("text, keeps", [("make it a tablet", True), ("tablets instead", True), ("换成平板", True),
                                         ("same budget but a tablet", True), ("a tablet for my son instead", False),
                                         ("first a tablet for my kid", False), ("给儿子看个平板", False)])
def test_a_kind_put_in_place_for_the_shopper_keeps_the_rest(text, keeps):
    assert keeps_the_rest(text) is keeps


@pytest.mark.parametrize("text", ["doesn't need to be 5g", "it's ok if it's not 5g", "without the 5g filter", "5G要不要都行"])
def test_5g_no_longer_required_is_waived(text):
    assert SlotUpdate("needs_5g", "set", False) in understand(text, VOCAB).updates


@pytest.mark.parametrize("text, slot", [("the screen can be smaller", "spec:screen_in"),
                                        ("battery could be a bit smaller", "spec:battery_mah")])
def test_an_aspect_that_can_go_the_other_way_is_let_go(text, slot):
    assert SlotUpdate(slot, "clear") in understand(text, VOCAB).updates


def test_removing_the_exclusion_of_a_brand_lifts_it():
    assert lifted("remove the apple exclusion", VOCAB.aliases) == {"Apple"}


@pytest.mark.parametrize("text", ["thx :D", ":D", "thanks :P", "ok :p", "gr8 thx", "tks", "merci", "gracias", "danke",
                                  "对", "是的", "没错"])
def test_emoticons_shorthand_foreign_thanks_and_yes_are_social(text):
    assert conversation_move(text) == "social"


@pytest.mark.parametrize("text", ["5g :D", "对，要5G", "不对"])
def test_an_emoticon_or_a_yes_beside_a_wish_or_a_correction_is_no_social_turn(text):
    assert conversation_move(text) is None


@pytest.mark.parametrize("text", ["返回上一步骤", "回到上一个条件", "我反悔了", "刚刚那个撤了", "之前那样就行"])
def test_more_chinese_ways_of_taking_the_last_change_back(text):
    assert conversation_move(text) in ("undo", "back")


@pytest.mark.parametrize("text", [
    "what kinds of things can I ask you", "what sort of questions do you answer", "what are you able to help with",
    "help me understand how to use this", "i don't get how this works", "can you tell me what features you have",
    "我可以问你什么", "你是真人还是机器人", "教我怎么用", "第一次用，不太会", "不懂怎么操作", "能说说你的功能吗",
])
def test_newcomers_asking_what_they_may_ask_or_how_it_works_get_help(text):
    assert conversation_move(text) == "help"


@pytest.mark.parametrize("text", ["what kind of phones do you have under $300", "不太会拍照，要相机好的",
                                  "i don't get how the first one is better"])
def test_a_phone_wish_or_a_question_about_a_phone_in_a_newcomer_frame_is_no_help_request(text):
    assert conversation_move(text) != "help"


# Help read by the kinds of words, in any order: a message that speaks to the advisor, asks about it, and holds only
# question frame words besides, is help; one word about phones (a brand, a figure, "more", "it") makes it a request.
@pytest.mark.parametrize("text", ["what are your capabilities", "what r u", "tell me about yourself", "what is your purpose?",
                                  "how do u work", "are u an ai", "你有哪些本事", "您都能提供哪些服务", "你能帮上什么忙",
                                  "怎么问你比较好"])
def test_a_question_put_to_the_advisor_about_itself_is_help(text):
    assert conversation_move(text) == "help"


@pytest.mark.parametrize("text", ["what do you have from Samsung?", "can you show me more?", "can you tell me more about it?",
                                  "what do you know about it?", "can you find me a phone under 300?", "what can I get for $400?",
                                  "你们有什么华为手机", "你知道有哪些vivo手机吗", "你会推荐哪款苹果手机"])
def test_a_question_to_the_advisor_with_a_word_about_phones_is_no_help(text):
    assert conversation_move(text) is None


@pytest.mark.parametrize("text", ["what do you know about this?", "你知道这个吗", "这个你会推荐吗"])
def test_this_alone_points_at_a_phone_not_at_the_advisor(text):
    assert conversation_move(text) is None


@pytest.mark.parametrize("text", ["what is this bot for", "这个助手能干啥", "what can this chat help with"])
def test_this_before_a_word_for_the_advisor_is_the_advisor(text):
    assert conversation_move(text) == "help"


@pytest.mark.parametrize("text", ["you are so helpful", "you were great", "love it", "you're a legend", "so glad",
                                  "原来是这样", "原来如此啊"])
def test_praise_said_with_a_verb_or_a_love_word_is_social(text):
    assert conversation_move(text) == "social"


@pytest.mark.parametrize("text", ["I'd love a big screen", "you are showing samsungs?", "是三星吗", "原来那个呢"])
def test_love_and_be_words_beside_a_phone_wish_are_no_social_turn(text):
    assert conversation_move(text) is None


@pytest.mark.parametrize("text", ["u a bot?", "what's your name", "how smart are you", "what languages do you speak",
                                  "can i ask you anything", "你叫什么", "你会说英文吗", "你能回答什么样的问题"])
def test_asking_the_advisor_its_nature_name_or_languages_is_help(text):
    assert conversation_move(text) == "help"


@pytest.mark.parametrize("text", ["你说呢", "那你说呢"])
def test_asking_what_the_advisor_says_asks_its_opinion_not_help(text):
    assert conversation_move(text) is None
