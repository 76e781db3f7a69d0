"""The head and the end of a speech: title, subtitle, bylines, dates, salutation, closing words.

Patterns and tests ``reader.outline`` reads the lines before the body and the paragraphs
after it with: a line that names a speech (…上的讲话), a speaker's name and office, a date
line, the salutation (同志们：), the closing words (同志们！让我们…。) and the thanks line.

And where the head is in the forms real copies print it (tests/reader/test_titles.py lists them):
``title_line`` takes the title out of a line that also holds its date, speaker and a news agency's
dateline, or a site's tags and names; ``title_lines`` does so for the header's lines (a main title
and its ——subtitle on one line become two); ``run_on_heads`` cuts a news head run on into its
salutation (set apart, or glued to the speaker's name: …（2024年6月1日）王明远同志们：); ``salutation_line`` is a line
that is the salutation; ``GUEST_SALUTATION`` is
a salutation naming guests one by one (尊敬的…总统，尊敬的…先生，各位嘉宾：), longer than a greeting; ``salutation_under_page`` and ``printed_head_end`` find the head under a web page's
menus and lead; ``prose_line`` and ``theme_words`` tell a sentence and a page's player line from a title.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..records import replace
from ..zh.dates import NUMERAL_DATE, NUMERIC_DATE
from ..zh.labels import match_label
from .outline_records import SourceParagraph, SourceText

# The words a salutation opens with (同志们： / 尊敬的各位领导： / 女士们、先生们：), as a regex alternative: the
# salutation line here, a news head run on into it (``run_on_heads``), a flattened page's (page_repair), and
# the address that opens the closing words (同志们！让我们… / 女士们，先生们，朋友们！).
# 尊敬的 / 敬爱的 / 亲爱的: the words of respect before the people named (no end of a title glued before them).
ADDRESS_ADJECTIVES = ("尊敬的", "敬爱的", "亲爱的")
SALUTATION_OPENER = "|".join(
    ("同志们", "同志們", "各位", "在座的", "诸位", "几位同志", "女士们", "先生们", *ADDRESS_ADJECTIVES)
    + ("老师们", "同学们", "朋友们", "代表们", "委员们", "青年朋友们", "同事们", "同胞们", "家人们", "伙伴们", "乡亲们", "战友们", "校友们")
)
# The stems no title opens with, since a salutation does (尊敬… / 各位… / 同志…): a flattened page's title glued to
# its salutation starts with none of them (page_repair).
SALUTATION_STEMS = (
    *(word[:2] for word in ADDRESS_ADJECTIVES), "各位", "女士", "先生", "同志", "老师", "同学", "朋友", "代表", "委员", "来宾"
)
# 尊敬的…总统，尊敬的…秘书长…先生，各位朋友、各位嘉宾：: guests named one by one, each a short phrase (no 我:
# 尊敬的各位领导，下面我汇报…，请各位同志： is a sentence)
# (行政长官贺一诚先生，…，女士们，先生们：: or opened by the first guest's office)
GUEST_OFFICES = r"(?:行政长官|总统|总理|首相|国王|主席|秘书长|议长|部长|大使)"
GUEST_SALUTATION = re.compile(
    rf"^(?:尊敬的|{GUEST_OFFICES})(?:[^。！？：:，,、；;我]{{1,30}}[，,、])+[^。！？：:，,、；;我]{{0,30}}(?:们|嘉宾|来宾|朋友|先生|女士|同志|代表)[：:]$"
)
SENTENCE_VERBS = "要应请把让能会将在是有"  # a word of a sentence: a line with one names no audience (各位要努力工作！)
SALUTATION_PATTERN = re.compile(
    rf"^(?:{SALUTATION_OPENER})[^。！？]{{0,40}}[：:]$"
    r"|^(?:[\u4e00-\u9fff]{1,10}们[，,、])+[\u4e00-\u9fff]{1,10}们[：:]$"  # 共青团员们，青年朋友们，同志们：
    # 乡亲们： / 战友们： / 家长朋友们：: one word for the people, no pronoun (我们： / 他们： open no speech)
    r"|^(?![我你他她它咱人]们)[\u4e00-\u9fff]{1,6}们[：:]$"
    # 全体同学： / 全体党员同志们： / 全县广大干部群众：: the whole audience named by who they are
    r"|^(?:全体|全[省市县区镇乡校]|广大)[\u4e00-\u9fff、，,]{0,10}"
    r"(?:同学|同志|师生|员工|职工|党员|干部|群众|老师|教师|同仁|队员|官兵|战士|学员)们?[：:]$"
    # 各乡镇、各有关部门的同志们： / 参加会议的同志们：: the comrades named by where they come from
    r"|^(?:各[\u4e00-\u9fff、]{1,20}|[\u4e00-\u9fff]{1,16}的)同志们[：:]$"
    # 驻市部队首长，各位老同志，同志们： / 学弟学妹们，各位老师：: short phrases naming the audience, the last an address
    rf"|^(?:[^\s，,、。！？：:{SENTENCE_VERBS}我你他]{{1,12}}[，,、])+(?:[^\s，,、。！？：:]{{0,10}}们|各位[^\s，,、。！？：:]{{1,8}})[：:]$"
    # 尊敬的各位嘉宾、家长，同学们、老师们，大家好！ / 同志们，大家辛苦了！: the people named, then a greeting in place
    # of the colon
    rf"|^(?:{SALUTATION_OPENER})[^。？?：:]{{0,40}}[，,]\s*大家(?:(?:早上|上午|中午|下午|晚上)?好|辛苦了)[！!。]?$"
    # 大家好！ on a line of its own where the salutation stands: the audience greeted, none named
    r"|^大家(?:早上|上午|中午|下午|晚上)?好[！!。]?$"
    # 各位叔叔嬢嬢 大哥大姐 / 各位养猪户 大家好: notes typed on a phone, the audience named in phrases set apart by spaces
    rf"|^(?:{SALUTATION_OPENER})[^\s。！？，,：:{SENTENCE_VERBS}我你]{{1,10}}(?:[ \u3000]+[^\s。！？，,：:{SENTENCE_VERBS}我你]{{1,10}}){{0,4}}$"
    r"|" + GUEST_SALUTATION.pattern
)
SALUTATION_LINE = 50  # characters; a salutation line is no longer (but one naming guests one by one)


# 各位劳动英雄，各位模范工作者！ / 同志们！: the people named with an exclamation in place of the colon (each
# phrase opens as a salutation does or ends in 们); no word of a sentence in it (各位要努力工作！ is one)
_ADDRESSEE = rf"(?:(?:{SALUTATION_OPENER})[\u4e00-\u9fff]{{0,10}}|[\u4e00-\u9fff]{{1,10}}们)"
_EXCLAIMED_SALUTATION = re.compile(rf"^{_ADDRESSEE}(?:[，,、]{_ADDRESSEE})*[！!]$")
_SENTENCE_WORDS = re.compile(rf"[{SENTENCE_VERBS}]")


# 谢谢主持人。尊敬的各位领导，各位企业家朋友，大家下午好！… / 谢谢主持人。各位同行、各位朋友：: the audience named
# inside the first paragraph a speaker says (a transcript's: a short thanks to the host perhaps before it), greeted
# or with its colon
GREETED_SALUTATION = re.compile(
    r"^(?P<thanks>(?:[^。！？!?]{0,12}(?:谢谢|感谢)[^。！？!?]{0,16}[。！!]\s*){0,2})"
    rf"(?P<salutation>{_ADDRESSEE}(?:[，,、]\s*{_ADDRESSEE}){{0,5}})(?:[，,]\s*大家(?:上午|下午|晚上|早上|中午)?好[！!。]|[：:])\s*"
)


def greeted_salutation(text: str) -> tuple[str, str] | None:
    """The salutation ``text`` names its audience with and greets them after (``GREETED_SALUTATION``), and the
    paragraph's words without it; None if it has none (各位要努力工作，大家好！ is a sentence)."""
    m = GREETED_SALUTATION.match(text)
    if m is None or _SENTENCE_WORDS.search(m.group("salutation")):
        return None
    return m.group("salutation"), (m.group("thanks") + text[m.end() :]).strip()


# 同志们，今天跟大家一起学习交流。 / 各位老师，下午好。…: the audience named before a comma opening the first paragraph, the
# way a transcript or a short address begins (a name for them, no verb of a sentence in it)
_OPENING_ADDRESS = re.compile(
    rf"^(?P<salutation>(?:{SALUTATION_OPENER})(?:[^。！？!?：:，,、；;\s]{{0,12}}?(?:们|同志|朋友|来宾|嘉宾|同仁|家长|老师|领导))?)"
    r"[，,][ \u3000]*(?=\S)"
)


def opening_address(text: str) -> tuple[str, str] | None:
    """The salutation a first paragraph opens with before a comma (同志们，今天…), and the paragraph's words after it;
    None if it opens otherwise (各位要努力工作，… names no audience)."""
    m = _OPENING_ADDRESS.match(text)
    if m is None or _SENTENCE_WORDS.search(m.group("salutation")) or not text[m.end() :].strip():
        return None
    return m.group("salutation"), text[m.end() :].strip()


def exclaimed_salutation(text: str) -> bool:
    """各位劳动英雄，各位模范工作者！: a line that names the audience and exclaims (a salutation where the head
    ends; anywhere else the address that opens the closing words)."""
    return len(text) <= SALUTATION_LINE and bool(_EXCLAIMED_SALUTATION.match(text)) and not _SENTENCE_WORDS.search(text)


_COMMA_SALUTATION = re.compile(rf"^{_ADDRESSEE}(?:[，,、]{_ADDRESSEE})*[，,]$")


def comma_salutation(text: str) -> bool:
    """同志们， / 各位领导，同志们，: the audience named on a line of its own that ends in a comma, as a transcript
    sets the salutation (where the head ends: a line ending so above another salutation line is that one's first)."""
    return len(text) <= SALUTATION_LINE and bool(_COMMA_SALUTATION.match(text)) and not _SENTENCE_WORDS.search(text)


def salutation_line(text: str) -> bool:
    """同志们： / 尊敬的各位领导、同志们： / 尊敬的…总统，…，各位嘉宾：: a line that is the salutation."""
    return bool((len(text) <= SALUTATION_LINE and SALUTATION_PATTERN.match(text)) or GUEST_SALUTATION.match(text))


# A date line: either form of ``zh.dates``, perhaps in brackets (2024年3月5日 / （一九五五年三月二十一日）).
DATE = re.compile(rf"^[（(]?\s*{NUMERIC_DATE}\s*[）)]?")  # a prefix: what follows is the caller's
CN_DATE = re.compile(rf"^[（(]?\s*{NUMERAL_DATE}\s*[）)]?$")


# 2025年01月17日 星期五 / 2025年5月16日 下午: the weekday and the time of day after a date (mine sets them aside too)
WEEKDAY_TIME = re.compile(r"(?:[ \u3000]*(?:(?:星期|礼拜)[一二三四五六日天]|周[一二三四五六日]|上午|下午|晚上|早上|中午|凌晨|夜间|晚间|晚))+")


def is_date_line(text: str) -> bool:
    """A line that is a date and nothing else (its weekday or time of day perhaps after it): 2024年3月5日 /
    （一九五五年三月二十一日） / 2025年01月17日 星期五."""
    t = text.strip()
    m = DATE.match(t)
    # (2024年11月8日于上海: a letter's date and where it was written)
    rest = t[m.end() :] if m else ""
    return bool(m and (not rest.strip() or WEEKDAY_TIME.fullmatch(rest) or WRITTEN_AT.fullmatch(rest))) or bool(CN_DATE.match(t))


WRITTEN_AT = re.compile(r"[ \u3000]*于[\u4e00-\u9fff]{2,8}")  # (…日于上海: where a letter was written)


# 新华社北京3月1日电 / 人民网北京3月1日电（记者李华）: a news agency's dateline (the agency, the place, the day)
_DATELINE = (
    r"[\u4e00-\u9fff]{1,8}(?:社|网|报|台)[\u4e00-\u9fff]{0,12}\d{1,2}月\d{1,2}日电"  # (新华社马来西亚布特拉加亚4月16日电)
    r"(?:[ \u3000]*[（(](?:记者|通讯员)[^（）()]{1,30}[）)])?"
)
NEWS_DATELINE = re.compile(rf"^[（(]?{_DATELINE}[ \u3000]*[）)]?$")
BRACKETED = re.compile(r"^[（(][^（）()]{1,40}[）)]$")
TITLE_END = (
    "讲话", "发言", "致辞", "讲稿", "讲话稿", "发言稿", "报告", "讲话提纲", "党课", "演讲", "贺词", "讲话要点",
    "主持词", "开幕词", "闭幕词", "欢迎词", "答谢词", "演讲稿", "讲话材料", "发言材料",
    "祝词", "献词", "讲演", "演说", "宣讲稿", "的说明", "发言提纲",  # (a 民主生活会's 个人对照检查发言提纲)
    "廉政谈话", "集体谈话", "任前谈话",  # (…对新任乡镇党政正职的任前廉政谈话)
    "祝酒辞", "祝酒词", "开幕辞", "闭幕辞", "欢迎辞", "答谢辞", "贺辞", "致词",  # (辞 for 词: both are printed)
    "上的讲座", "上的报告会",  # (——院士何明远在…“开学第一课”上的讲座: a lecture's, not a column's 学术讲座)
    # (在边区第二次生产会议上的结论 / 同合作社干部的谈话: an anthology's heads of talks and a meeting's summing up)
    "上的结论", "上的总结", "上的插话", "干部的谈话", "同志的谈话",
    "上的讲评", "上的点评",  # (厂长郭立民在…演练总结会上的讲评: a drill's or a contest's judge speaking to it)
)
NAME_DATE = re.compile(rf"^[\u4e00-\u9fff]{{2,4}}\s+{NUMERIC_DATE}$")  # 胡建新 2009年5月4日 / 胡建新 2009-05-04


_OFFICES = (
    r"(?:书记|支书|市长|县长|区长|镇长|乡长|省长|州长|主任|部长|局长|厅长|处长|主席|院长|校长|检察长|委员|成员|主委|同志"
    r"|董事长|总经理|总裁|会长|行长|社长|厂长|所长|董事|监事|常委"  # (党委书记、执行董事　吴　涛 / 县委常委、常务副县长)
    r"|秘书长|馆长|总监|经理|科长|股长|队长|站长|台长|主编|教授|理事长|组长|团长|政委|司令员|河长|湖长|林长|链长"
    r"|指挥长|总指挥|审计长|关长|总工程师|总会计师|总经济师|巡视员|调研员|督学|指导员|教导员"  # (…防汛抗旱指挥部指挥长)
    r"|候选人|创始人|合伙人|负责人|包村领导|联系领导|首席执行官|首席技术官|首席运营官|首席财务官|首席信息官|首席数据官|首席风险官|首席经济学家|首席科学家|首席专家|架构师|研究员|院士|CEO|CTO|COO|CFO|CIO|CPO|CMO"
    r"|律师|护士长|护士|医师|医生|规划师|设计师|辅导员|园长|班长"  # (主任律师　宁致远 / 急诊科护士　夏语桐 / …研究院总规划师 蒋一帆)
    r"|领事|大使|参赞"  # (法国驻临川总领事　让-吕克·贝尔唐: a diplomat's post)
    r"|总理|矿长|店长|监狱长|召集人|发起人|首席[\u4e00-\u9fff]{1,4}官|教练|顾问)"  # (国务院总理　白崇岳 / 矿长　雷振东 / 首席信息安全官　韩若溪)
)
# 市政府办公室综合科 温某某: the speaker's unit (a section, an office) before the name, set apart by a space
_UNIT = (  # (五年级二班　李沐阳: a pupil's class; 区实验中学　特级教师　梁永清 / 质量管理部　质量工程师（主管）　邓思远)
    r"(?:科|处|股|室|办|中心|工作组|课题组|班|年级|学院|医院|支行|分行|公司|车间|支部|总支"
    r"|小学|中学|大学|学校|部|教师|工程师|研究生|编辑|副总|校友|发起人|专业)"  # (1995届中文系校友　蓝秋霞 / 江城Go社区发起人　范文涛)
)
_OFFICE = re.compile(rf"{_OFFICES}$")
_OFFICE_IN = re.compile(_OFFICES)
# 王琛 / 王  琛 / 盛 阅 春, or a foreign name written in characters, its parts set apart by a middle dot (丹尼尔·卡弗 /
# 安娜-玛丽亚·维尔塔宁)
_FOREIGN_NAME = r"[\u4e00-\u9fff]{1,8}(?:-[\u4e00-\u9fff]{1,8})?(?:[·・•‧](?:[A-Z](?:\.[·・•‧]?|[·・•‧]))?[\u4e00-\u9fff]{1,8}(?:-[\u4e00-\u9fff]{1,8})?){1,3}"  # (理查德·K·霍尔曼 / 克劳斯·F.门格尔)
_NAME = rf"(?:{_FOREIGN_NAME}|[\u4e00-\u9fff](?:[ \u3000]{{0,2}}[\u4e00-\u9fff]){{1,3}})"
_SPACED = r"[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,2}"  # 盛 阅 春 / 王　琛: a name spaced out
# _NAME and _SPACED overlap (王 琛 is both) but are two rules: _NAME is any name of 2-4 characters, spaces between
# them optional and at most two; _SPACED is a name of 2-3 characters spaced out (a space between every two, as wide
# as the layout made it), which alone on a line or glued to a subtitle is what tells a name from other words.
# 主讲：北岛 / 主持人 县委副书记 赵某某: the part the speaker has in the meeting, named before the office or name
SPEAKER_ROLES = (  # the one who speaks (嘉宾 / 主播 / 分享人: a talk transcript's)
    "主讲", "主讲人", "主讲嘉宾", "嘉宾", "演讲嘉宾", "访谈嘉宾", "出镜嘉宾", "宣讲人", "分享人", "分享嘉宾", "主播", "讲者", "讲话人", "谈话人", "演讲人", "演讲者", "报告人",
    "述职人", "汇报人", "发言人", "致辞人", "领读人", "导读人", "讲述人", "讲课人", "讲师", "组织者",  # (讲师：沈知微｜…: a meetup talk's)
    "发言", "讲话", "致辞",  # (发言：柳湾村村委会主任　贺春生: a meeting record's field, the role said as the act)
)
HOST_ROLES = ("主持", "主持人")  # the speaker only where no one is named by a speaker's role (a host's script)
ROLE_WORDS = (  # no office
    *SPEAKER_ROLES, *HOST_ROLES,
    "获奖代表", "受表彰代表", "学生代表", "教师代表", "家长代表", "员工代表", "职工代表", "新生代表", "毕业生代表", "党员代表",
    "代表",  # (代表　孔繁英（宁阳镇东庄村党支部书记）: a deputy speaking at his delegation's review)
)
_ROLE = "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
_ROLE_FIRST = re.compile(rf"^(?:{_ROLE})(?:[ \u3000]*[:：][ \u3000]*|[ \u3000]+)(?=\S)")


def _without_role(byline: str) -> str:
    """主持人 县委副书记 赵某某 → 县委副书记 赵某某; 主讲：北岛 → 北岛: the byline without the speaker's role."""
    m = _ROLE_FIRST.match(byline)
    return byline[m.end() :] if m else byline


# 县委书记：张明远 / 主讲：北岛: an office or a role before a colon; 张明远（县委书记）: the office in brackets after
_OFFICE_COLON = re.compile(r"^(\S+?)\s*[：:]\s*(\S+)$")
_NAME_BRACKETED = re.compile(rf"^({_SPACED}|\S+?)[\s\u3000]*[（(]([^（）()]+)[）)]$")  # (高　歌（公司首席技术官）: spaced out)
_FACTS_AFTER = re.compile(r"[，,]\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日")  # a date after a comma: the facts a note lists
_NAME_COMMA_OFFICE = re.compile(rf"^({_NAME})[，,]\s*([^，,]{{0,24}}{_OFFICES})$")  # 唐一鸣，公司创始人、董事长
_NAME_BAR_OFFICE = re.compile(rf"^({_NAME})[ \u3000]*[｜|][ \u3000]*([^｜|]{{0,24}}{_OFFICES})$")  # 方既白｜某电商平台稳定性团队负责人


# 邓某某在全县组织工作会议上的讲话 / 习近平在…: a name alone before 在, told from a word (我们在… / 学校在…) by its
# surname, one of the commonest
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范"
    "金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤柯祁柏温习常殷乔齐翟康伍"
    "庞葛阮倪聂滕冉俞鲍裴靳翁褚喻卞樊邢凌"  # (less common, and no word's first character the way 纪 / 季 / 管 are)
)
_COMPOUND_SURNAMES = "欧阳|司马|上官|诸葛"
# a name of two or three characters by a common surname (张家港 is a place: a last character of a place's name is no name's;
# 孙伟副市长: 副 opens the office after the name)
def _surnamed(surnames: str, never_last: str = "") -> str:
    """A name of two or three characters whose first is one of ``surnames``; its last is no place's last character
    (张家港), no 副 of an office after it (孙伟副市长), no 总 of a boss called by surname (贺总在…上的讲话实录), no 的
    (陶静的发言), and none of ``never_last``."""
    return rf"(?:{_COMPOUND_SURNAMES}|[{surnames}])[\u4e00-\u9fff]{{0,1}}[^\W\d_港市县区省镇村州乡副总的{never_last}]"


SURNAMED = _surnamed(_SURNAMES)
# a name right after an office in a news lead (镇党委书记宁海波出席…并讲话): there, less common surnames too, which open
# words elsewhere (宁可 / 包括 / 甘愿 / 管理) and so are left out of _SURNAMES
# (陶然作动员讲话: a two-character name, then the act, 作 / 在 / 出席 / 为, never its last character)
LESS_COMMON_SURNAMES = "宁包甘管左栗岑晏隋瞿栾仇郁符庄霍詹邝桂甄邬蓝焦舒阎项毕尤岳骆苗巫欧闵虞屈饶季纪柳柴易闻牟谷荣穆卜鞠章梅宫涂杭贝"
LEAD_SURNAMED = _surnamed(_SURNAMES + LESS_COMMON_SURNAMES, "作在出为")

# 党委书记张建华在…上的讲话 / ——华南分公司总经理罗斌在…上的发言: a news-style title naming the speaker (an office
# and a name, 同志 perhaps) before the occasion; the office may hold a class's number (高二（5）班班主任刘敏在…), and a
# representative speaks for the others (优秀教师代表何静在…上的发言 / 导师代表、化学化工学院教授罗振邦在…)
_OFFICE_CHARS = r"(?:[^\s，。：:、（）()]|[（(][\d一二三四五六七八九十]{1,3}[）)])"
_NAMED_AT = re.compile(
    rf"^(?P<dash>——|—|--)?(?P<office>{_OFFICE_CHARS}{{0,24}}?(?:{_OFFICES}|代表(?=、|{SURNAMED}[ \u3000]?在))"
    rf"(?:、[^\s，。：:、（）()]{{0,12}}?{_OFFICES})*)"
    rf"[ \u3000]?(?P<name>{_FOREIGN_NAME}|[\u4e00-\u9fff]{{2,3}}?)(?:同志)?[ \u3000]?(?P<rest>在.+)$"  # (…党支部书记 裴雅琴 在…: set apart)
    # (德国罗森塔尔市市长托马斯·柯尼希在…: a translated name, its parts set apart by a middle dot; before it, the dot
    # telling where the name starts, the speaker's calling may say who he is: 英国小说家露丝·彭布罗克在…)
    rf"|^(?P<called_dash>——|—|--)?(?P<calling>[^\s，。：:、（）()]{{1,24}}?(?:家|学者))(?P<called>{_FOREIGN_NAME})(?P<called_rest>在.+)$"
)

# 主持人　阮书瑶: a speaker's or a host's role and a name set apart (the roles longest first: 主持人 is not 主持 and 人…)
_ROLE_APART = re.compile(rf"^(?:{'|'.join(sorted((*SPEAKER_ROLES, *HOST_ROLES), key=len, reverse=True))})[ \u3000]+{SURNAMED}$")


def role_apart(text: str) -> bool:
    """主持人　阮书瑶 / 讲话人　王海燕: a line that is a role and a name set apart, and nothing else."""
    return bool(_ROLE_APART.match(text))
# 副市长 / 常务副县长 / 校长: an office said right after a name (张建华副市长 / 高建业校长; 同志 is no office there)
_OFFICE_AFTER_NAME = rf"(?:常务副|副)?(?!同志){_OFFICES}"
def _name_then_office(surnamed: str) -> str:
    """A name by ``surnamed``, then its office with no space between (张建华副市长 / 刘海峰镇长); 蒋涛总经理's office is
    总经理, not 经理 after a name 蒋涛总, and 纪委书记 is no name, 纪委 an office's body."""
    return rf"(?P<name>{surnamed})(?<![总委])(?P<office>{_OFFICE_AFTER_NAME})"


# 张建华副市长在…: the name first, its office after (the way a news item says it; 章慧敏副市长在…: the office after
# it tells a less common surname's name from words)
# (让-皮埃尔·杜瓦尔市长在…: a translated name, its office after it)
_NAME_OFFICE_AT = re.compile(rf"^(?:{_name_then_office(LEAD_SURNAMED)}|(?P<foreign>{_FOREIGN_NAME})(?P<its_office>{_OFFICE_AFTER_NAME}))(?:同志)?(?P<rest>在.+)$")
_NAME_AT = re.compile(rf"^(?P<name>{SURNAMED}|{_FOREIGN_NAME})(?:同志)?(?P<rest>在.+)$")  # (张家港在… is a place)


# 王嘉树：与客户同行，做时间的朋友 | 2024合作伙伴大会主题演讲: a WeChat headline, the speaker, his talk's own title, the event
_NAME_COLON = re.compile(rf"^(?P<name>{SURNAMED})[：:][ \u3000]*(?P<rest>[^|｜]{{4,}}?)[ \u3000]*[|｜][ \u3000]*(?P<event>.+)$")  # (the bar and event required: 周末：… is no name)


# 镇党委书记吴卫东同志2023年度民主生活会个人对照检查材料: a document of the speaker's, named with 同志 before it
# (桂花社区党委书记韦丽萍2024年度抓基层党建工作述职报告: his name before the year the document covers, no 同志)
_NAMED_COMRADE = re.compile(
    rf"^(?P<office>[^\s，。：:、（）()]{{0,24}}?{_OFFICES})(?P<name>{SURNAMED})(?:同志|(?=\d{{4}}年))(?P<rest>(?!在)[^\s]{{4,}})$"
)


# 刘海燕：在第五届“临江工匠”颁奖典礼上的致辞: a news headline, the speaker's name before the speech's own title
_NAME_COLON_TITLE = re.compile(rf"^(?P<name>{SURNAMED})[：:][ \u3000]*(?P<rest>在[^：:]{{4,}}上的(?:{'|'.join(TITLE_END)}))$")


# 市委书记刘志宏：以“拼抢实”作风推动… / 【开学季】院长周汉民：手上有活… / 专题党课｜冯卫红：弘扬…: a news or WeChat
# headline quoting the speaker, named before a colon (with his office before the name, by any surname: 镇党委书记蒙启东：;
# or his name alone, by a common surname: then only when no byline names another), a column's tag perhaps before him
# (校友代表何一鸣：愿你们… / 开学典礼｜校友卢振宇：…: a representative's role, quoted so, is his office)
_HEADLINE_TAG = r"(?:【[^【】]{1,8}】|[^｜|丨：:\s]{1,8}[ \u3000]*[｜|丨])?[ \u3000]*"
# (CTO 沈砚秋：…｜星澜开发者大会主题演讲实录: the office set apart from the name, and the event after a bar, kept with
# the words quoted as the page prints them; 校友寄语｜“航天人”方启航：…: an epithet in quotes, no office)
_OFFICE_NAME_COLON = re.compile(
    rf"^{_HEADLINE_TAG}(?:(?P<office>[^\s，。：:、（）()｜|]{{0,24}}?(?:{_OFFICES}|代表|校友))|“[^“”\s]{{1,8}}”)[ \u3000]?"
    rf"(?P<name>{SURNAMED}|[\u4e00-\u9fff]{{2,3}})[：:][ \u3000]*(?P<rest>[^：:｜|]{{4,}}(?:[｜|][^：:｜|]{{4,40}})?)$"
)
# (周末：… / 关注：… / 时评：…: a column's word before the colon, no one's name)
_COLUMN_WORD = re.compile(
    r"^(?:周末|关注|聚焦|回眸|时评|视频|图解|专访|独家|重磅|快讯|观察|解读|评论|热点|要闻|头条|特稿|原创|推荐|深度|实录|全文|速览"
    r"|直击|现场|微评|述评|访谈|声音|金句|观点|原声|对话|党课|讲堂|钟声|宣言|时政|田野|万象|夜读|晨读|早读|晚安|师说|校长|书记)$"
)
_BARE_NAME_COLON = re.compile(rf"^{_HEADLINE_TAG}(?P<name>{LEAD_SURNAMED})[：:][ \u3000]*(?P<rest>[^：:｜|]{{4,}})$")


SPEECH_KINDS = ("致辞", "贺词", "讲话", "演讲", "发言", "献词", "寄语")  # what a speaker gave, as a head names it
_SAID_WORDS = (*SPEECH_KINDS, "报告", "讲课", "党课", "感言")


# 院长孔德民与青年医师座谈：科研这件事，… / 唐伯钧书记与毕业生座谈：…: a headline telling whom he met, then his words
_MEETS_WITH = re.compile(
    rf"^{_HEADLINE_TAG}(?P<office>[^\s，。：:、（）()｜|与]{{0,24}}?{_OFFICES})?(?P<name>{LEAD_SURNAMED})(?:{_OFFICE_AFTER_NAME})?(?:同志)?"
    r"与[^：:｜|]{2,30}?(?:座谈|面对面|交流|对话)[：:]"
)


def speaker_quoted(title: str, byline_name: str | None) -> tuple[str, str, str] | None:
    """(office, name, the words quoted) for a headline that quotes its speaker (市委书记刘志宏：以…), his bare name
    counted only when no byline names another than ``byline_name``; for one telling whom he met (…与青年医师座谈：…),
    the headline whole in place of the words; else None."""
    if len(title) > TITLE_LINE_MAX:
        return None
    m = _MEETS_WITH.match(title)
    if m is not None and not _OFFICE_IN.search(m.group("name")):
        return m.group("office") or "", m.group("name"), title
    m = _OFFICE_NAME_COLON.match(title)
    # (总裁致辞：三个关键词…: the office and what he gave, no name)
    if m is not None and not _OFFICE_IN.search(m.group("name")) and not m.group("name").endswith((*TITLE_END, *_SAID_WORDS)):
        return m.group("office") or "", m.group("name"), m.group("rest").strip()
    m = _BARE_NAME_COLON.match(title)
    if m is not None and byline_name in (None, m.group("name")) and not _COLUMN_WORD.match(m.group("name")):
        return "", m.group("name"), m.group("rest").strip()
    return None


# 万禾创始人张伟民2024年度演讲全文：… / 蒋一鸣年会演讲全文：…: a WeChat headline over the full text, naming the speaker
_NAME_BEFORE_OCCASION = _surnamed(_SURNAMES, "在的")  # (董事长叶澄在…上的演讲：…: 在 opens the occasion, not his name)
_FULL_TEXT_OF = re.compile(
    rf"^(?P<office>[^：:，,]{{0,12}}?{_OFFICES})?(?P<name>{_NAME_BEFORE_OCCASION})(?=\d|年|最新|新年|首次|在|的|演讲|讲话|致辞|发言)"
    rf"[^：:，,]{{0,16}}?(?:演讲|讲话|致辞|发言)(?:全文|实录)?[：:]"  # (陆奇最新演讲实录：… / 许嘉文年会演讲：… name him)
)


# 集团董事长高志诚2025年新年致辞: the office and the name, then the kind of speech (under a theme title, as its subtitle)
_SPEECH_KIND = f"(?:{'|'.join(SPEECH_KINDS)})"
_NAMED_SPEECH = re.compile(
    # (院长骆振邦发表2025年新年致辞: he gives it, a less common surname after his office)
    rf"^(?P<office>[^\s，。：:（）()]{{0,24}}?{_OFFICES})(?P<name>{LEAD_SURNAMED})(?P<gives>发表)?(?P<rest>(?:\d{{4}}年)?[\u4e00-\u9fff]{{0,6}}?{_SPEECH_KIND})$"
)
# 杨庄村城乡居民医保缴费入户动员会 村支书冯德顺讲话: the occasion, then who spoke, set apart
_OCCASION_SPEAKER = re.compile(
    rf"^[^\s]{{4,40}}(?:会|式|典礼)[ \u3000]+(?P<office>[^\s，。：:（）()]{{0,16}}?{_OFFICES})(?P<name>{SURNAMED}){_SPEECH_KIND}$"
)
# 星河智家2024秋季发布会｜林卓远主题演讲实录 / …发布会｜CPO 梁知秋主题演讲全文: the event, then who spoke, after a bar
_SPEAKER_AFTER_BAR = (
    rf"[｜|][ \u3000]*(?P<office>[^\s，。：:（）()｜|]{{0,16}}?{_OFFICES})?[ \u3000]?(?P<name>{LEAD_SURNAMED})"
    rf"(?:主题|主旨)?{_SPEECH_KIND}(?:实录|全文)?$"
)
_EVENT_SPEAKER = re.compile(rf"^[^｜|]{{4,40}}?[ \u3000]*{_SPEAKER_AFTER_BAR}")


def speaker_in_title(title: str) -> tuple[str, str, str] | None:
    """(office, name, the title without them) for a title that names its speaker before 在…上的讲话 (the office ""
    when only the name is given), or before a colon and his talk's title with the event after a bar (a WeChat
    headline: the event is left out, the note quoting the whole title says it), or in a headline over his speech's
    full text (…演讲全文：…, the title kept whole), or before the kind of speech (集团董事长某某2025年新年致辞), or after
    the occasion (…动员会 村支书某某讲话, the title kept whole), else None."""
    if len(title) > TITLE_LINE_MAX:  # (no title naming its speaker runs so long; the patterns stay linear)
        return None
    m = _NAMED_AT.match(title)
    if m is not None and m.group("called") and looks_like_title(m.group("called_rest")):
        return m.group("calling"), m.group("called"), (m.group("called_dash") or "") + m.group("called_rest")
    if m is not None and m.group("name") and looks_like_title(m.group("rest")) and not _OFFICE.search(m.group("name")):
        return m.group("office"), m.group("name"), (m.group("dash") or "") + m.group("rest")
    m = _NAME_OFFICE_AT.match(title)
    if m is not None and looks_like_title(m.group("rest")) and not _OFFICE_IN.search(name := m.group("name") or m.group("foreign")):
        return m.group("office") or m.group("its_office"), name, m.group("rest")
    m = _NAME_AT.match(title)
    if m is not None and looks_like_title(m.group("rest")) and not _OFFICE_IN.search(m.group("name")):
        return "", m.group("name"), m.group("rest")
    m = _NAME_COLON.match(title) or _NAME_COLON_TITLE.match(title)
    if m is not None and not _OFFICE_IN.search(m.group("name")) and not looks_like_title(m.group("name")):
        return "", m.group("name"), m.group("rest")
    m = _FULL_TEXT_OF.match(title)
    if m is not None and not _OFFICE_IN.search(m.group("name")):
        return m.group("office") or "", m.group("name"), title  # (the headline is the title as printed, whole)
    m = _NAMED_SPEECH.match(title)
    if m is not None and not _OFFICE_IN.search(m.group("name")):  # (…发表…致辞: a news headline, the title kept whole)
        return m.group("office"), m.group("name"), title if m.group("gives") else m.group("rest")
    m = _OCCASION_SPEAKER.match(title) or _EVENT_SPEAKER.match(title)
    if m is not None and not _OFFICE_IN.search(m.group("name")):
        return m.group("office") or "", m.group("name"), title  # (the occasion's head as printed, whole)
    m = _NAMED_COMRADE.match(title)
    if m is not None and (looks_like_title(m.group("rest")) or m.group("rest").endswith("材料")) and not _OFFICE_IN.search(m.group("name")):
        return m.group("office"), m.group("name"), title  # (a document of his: the title as printed, whole)
    return None


# （刘振华院长手写稿，办公室据原稿整理） / （根据王建国同志讲话录音整理）: the note names whose words it copies first
_NOTE_NAMED = re.compile(
    # (（根据分公司总经理田志勇同志讲话整理）: the office first)
    # (（根据院长姜文韬2024年11月4日晨会讲话整理）: the office first, a less common surname after it too)
    rf"^(?:本文)?(?:根据|据)?(?:(?P<office_first>[^\s，。：:（）()]{{0,16}}?{_OFFICES})(?=(?:{LEAD_SURNAMED})(?:同志|在|{NUMERIC_DATE})))?"
    rf"(?P<name>(?(office_first){LEAD_SURNAMED}|{SURNAMED}))(?P<office>{_OFFICE_AFTER_NAME})?(?:同志)?"
    # (本文根据杨某某在…会上的讲话录音整理 / 根据…贾立成同志2024年6月20日在…上的讲话 / …黄玉兰同志在会上的讲话 /
    # …姜文韬2024年11月4日晨会讲话: the day, then the meeting named short)
    rf"(?:{NUMERIC_DATE}(?:[^，。（）()在]{{1,8}}?(?=讲话|发言))?)?(?:在[^，。（）()]{{1,30}}?(?:上|时))?的?(?:手写稿|手稿|讲话稿|讲话|发言稿|发言|底稿|原稿)"
)


_NAME_GLUED_OFFICE = re.compile(_name_then_office(SURNAMED))  # 刘海峰镇长
_TITLED_NAME = re.compile(_name_then_office(LEAD_SURNAMED))  # 谷一鸣教授, where a byline puts the name (谷: a less common surname)
_LONG_OFFICE = re.compile(rf"[^\s，。：:（）()]{{2,30}}{_OFFICES}")  # 乐途旅行技术总监: an office with words before it
_OFFICE_THEN_NAME = rf"(?P<office>[^\s，。：:（）()]{{0,30}}?{_OFFICES})(?P<name>{SURNAMED})"  # 董事长秦大海, no space between
_OFFICE_GLUED_NAME = re.compile(rf"^{_OFFICE_THEN_NAME}$")
# （镇党委书记　韩志刚　根据录音整理）: the words a note ends with after the office and name it gives first
_DATE_AFTER_NAME = re.compile(rf"[ \u3000]+{NUMERIC_DATE}(?:{WEEKDAY_TIME.pattern})?$")
_PIECE_SPOKEN = re.compile(rf"^{_OFFICE_THEN_NAME}(?:同志)?(?:讲话|致辞|发言)$")  # 村党支部书记黄友良讲话
_NOTE_WORDS = re.compile(r"[ \u3000，,]*(?:根据|据)?(?:现场)?(?:录音|速记|记录)?整理(?:[，,].*)?$")


def speaker_in_note(note: str) -> str | None:
    """The speaker an editor's note names, as a byline: the office and name set apart before its words
    (（镇党委书记　韩志刚　根据录音整理）), or the one whose words it copies (（刘振华院长手写稿，…）: 院长 刘振华); else None."""
    signed = _NOTE_WORDS.sub("", note.strip("（）() ")).strip(" \u3000，,")
    # (（新塘村党支部副书记 卢海波　2024年5月6日晚　根据记录整理）: his day after his name)
    signed = _DATE_AFTER_NAME.sub("", signed)
    if signed and named_apart(signed):
        return signed
    if signed and (m := _OFFICE_GLUED_NAME.match(signed)):  # (（董事长秦大海，根据现场录音整理，有删节）)
        return f"{m.group('office')} {m.group('name')}"
    inner = note.strip("（）() \u3000")
    m = _NOTE_NAMED.match(inner)
    if m is not None:
        return f"{m.group('office') or m.group('office_first') or ''} {m.group('name')}".strip()
    # (（2024年1月28日村民代表会议，村党支部书记黄友良讲话，村文书整理）: one of its parts says who spoke)
    for piece in re.split(r"[，,]", inner):
        if m := _PIECE_SPOKEN.match(piece):
            return f"{m.group('office')} {m.group('name')}"
    # (（村党总支书记吴德明在4月村民代表大会上的讲话，村文书根据录音整理）: the speech named as a news title names it)
    first = re.split(r"[，,。]", inner, maxsplit=1)[0]
    # (（本文系市委常委、副市长冯立新2024年4月26日在…会议上的讲话，有删节）: what the piece is, and his day, said too)
    first = _PIECE_PART.sub("", _DATED_AT.sub("在", _PIECE_IS.sub("", first), count=1))
    named = speaker_in_title(first) if _NAMED_AT.match(first) else None
    return f"{named[0]} {named[1]}".strip() if named else None


_PIECE_IS = re.compile(r"^(?:本文|此文|该文|文章)(?:系|为|是)")
_PIECE_PART = re.compile(r"(?<=讲话)的(?:主要内容|主要部分|部分内容|节选|摘要|摘录)$")  # (…上讲话的主要内容)
_DATED_AT = re.compile(rf"(?<=[\u4e00-\u9fff])(?:{NUMERIC_DATE}|{NUMERAL_DATE})(?:上午|下午|晚上?)?在")


# （主持人：下面，有请我们的钱立群校长为毕业生同学们讲话！） / 下面请我们学校的吴海涛校长给大家讲话: the host calls
# the speaker up, by name and office (下面有请云笺副总裁、产品负责人宁晓川为…: two offices, a name by a less common
# surname after them; 议程就一项，请我们沈立群校长讲话: the host's 请我们)
_CALLED_UP = re.compile(
    rf"(?:有请|(?:下面|现在)[，,]?请|请我们)(?:[^\s，。！？]{{0,8}}?的)?(?:(?P<name>{SURNAMED})(?P<office>{_OFFICE_AFTER_NAME})"
    rf"|(?P<office2>(?:[^\s，。！？、]{{0,12}}?{_OFFICES}、)?[^\s，。！？、]{{0,12}}?{_OFFICES})(?P<name2>{LEAD_SURNAMED})"
    rf"|(?P<name3>{SURNAMED})(?=同志))"  # (下面，请周永年同志讲话: his name alone, as a colleague's)
    r"(?:同志)?(?:为|给|向|作|做|讲话|致辞|发言)"
)


# 大家好，我是李可欣。 / 大家好！我是许嘉言，今天…: the speaker names himself in his first words
# (我是恒泰新能源科技有限公司董事长郑光明。 / 我叫何小燕，是…网格员: his office before his name, or 我叫)
# (我是校学生会的林语桐。 / 晚上好！我是2021级的许澄。 / 我是8号选手严书禾，: a pupil's or an employee's class, unit or
# part before his name)
_SELF_INTRODUCED = re.compile(
    rf"^(?:(?:大家|各位)[^。！？!?，,]{{0,8}}好[！!，,。]?\s*|(?:早上|上午|下午|晚上)好[！!，,。]\s*)?"
    # (我先简单做个自我介绍。我叫吕一鸣，…: he says he will introduce himself first)
    rf"(?:[^。！？!?，,]{{0,10}}(?:自我介绍|介绍一下(?:我自己)?)[。！!，,：:]\s*)?我(?:是|叫)"
    # (我是这次黑客松的主办方代表，青橙科技的产品总监杜雨桐。: what part he has, then his office and name after a comma)
    rf"(?:[^，,。！？!?]{{2,20}}代表[，,])?"
    rf"(?:[^，,。！？!?]{{0,30}}?(?:{_OFFICES}|的|级|选手|老师|专员|操作工|员工|新生|学生|同学|毕业生|研究生|新郎|新娘))?(?P<name>{SURNAMED})"
    r"(?=[，,。！!]|[ \u3000]|$)"  # (我是栖木科技的创始人宋亦凡: a subtitle line, no mark after the name)
)


def speaker_introduced(text: str) -> str | None:
    """The name a speaker gives himself at the start of ``text`` (大家好，我是李可欣。), if any."""
    m = _SELF_INTRODUCED.match(text)
    return m.group("name") if m else None


# 编者按：…董事长许振华为获奖团队和个人颁奖并致辞。 / …党委书记、董事长常怀远出席会议并讲话。 / 现将督导组组长袁建平同志
# 的点评讲话摘发如下: the speaker an editor's note or a news lead names, by office and name, as the one who spoke
# (…在欢迎座谈会上致辞 / 参加座谈并讲话 / 在听取各部门汇报后作讲话 / 结合工作实际作了交流发言: where, and after what)
_LEAD_ACT_BEFORE = (
    r"(?:(?:出席|参加)[^。！？，,]{0,10}?并|在会上|在[^。！？，,]{1,30}?上|为[^。！？，,]{1,24}?并|代表[^。！？，,]{1,20}?"
    r"|围绕[^。！？，,]{1,40}?|结合[^。！？，,]{1,20}?|(?:在|逐一)?听取[^。！？]{1,40}?后|在[^。！？，,]{1,20}?(?:后|时)"
    # (以普通党员身份列席指导…民主生活会，并作点评讲话: the part he spoke in)
    r"|以[^。！？，,]{1,12}?身份[^。！？]{0,40}?并|上台|到会[^。！？，,]{0,6}?并)?"  # (…上台致辞 / …到会指导并作点评)
)
# the pieces of a lead that names the talk, shared by the patterns below: 题为《把温度带向远方》的 (its title), 以“…”为题
# (its theme, said before what was given), 为新员工上了“入职第一课” (the first lesson given)
_TALK_TITLED = r"题为《[^《》]{1,40}》的"
_THEME_GIVEN = r"以[“\"《][^”\"》]{1,60}[”\"》]为题[，,]?"
_FIRST_LESSON = r"(?:为[^。！？，,]{1,24}?)?上了?[^。！？，,]{0,10}?第一课"
# (作动员讲话 / 发表年会致辞 / 作战略发布讲话 / 作工作报告 / 作现场点评 / 发表了题为《…》的演讲 / 进行了现场讲话: the kind of
# talk said after 作, 发表 or 进行; said with no verb, only the talk's usual kinds: 县长饶志刚讲话 / 总经理…脱稿讲话; 为毕业生们
# 送上了深情寄语: the words a head gives his pupils)
_LEAD_ACT = (
    rf"(?:(?:作|做|发表|进行)了?(?:{_TALK_TITLED}|[^。！？，,“”《》]{{0,8}}?)(?P<act>讲话|致辞|发言|演讲|报告|讲解|授课|点评|谈话)"
    r"|(?:重要|简短|简要|即兴|即席|脱稿|动员|总结|主题|主旨|年度)?(?:讲话|致辞|发言)|(?:主题|主旨)演讲"
    r"|(?:为[^。！？，,]{1,24}?)?送上了?[^。！？，,]{0,6}(?:寄语|欢迎辞|贺词)"  # (为新同学们送上了欢迎辞)
    rf"|{_FIRST_LESSON})"  # (院长…为新员工上了“入职第一课”: the first lesson he gave)
)
_LEAD_SPEAKER = re.compile(
    rf"(?P<office>[\u4e00-\u9fff、]{{0,20}}?{_OFFICES})(?P<name>{LEAD_SURNAMED})(?:同志)?"
    rf"(?:{_LEAD_ACT_BEFORE}{_LEAD_ACT}"
    r"|的(?:点评|总结|重要|开场|主题|主旨)?(?:讲话|致辞|发言|演讲)"  # (以下为产品负责人…的主题演讲)
    # (…对新学期工作进行了部署。以下为讲话全文。: the work he laid out, the speech printed after)
    r"|对[^。！？，,]{1,20}?(?:进行了?|作了?|作出了?)(?:全面|具体)?部署"
    # (…纪委书记韩雪梅对全镇党员干部提出廉洁过节要求。以下为讲话内容。: the charge he gave them)
    r"|对[^。！？，,]{1,20}?提出[^。！？，,]{0,8}?要求"
    # (本文整理自…首席技术官沈博文在2024星河开发者大会主会场的主题演讲: the talk a piece is taken from)
    r"|在[^。！？，,]{2,40}?(?:主会场|分会场|会场|现场|论坛|分论坛|大会|峰会|专场)的(?:主题|主旨|专题)?(?:演讲|讲话|分享|报告)"
    # (以下是县委书记陆承泽同志2024年3月1日在…会议上的讲话: the note says whose speech follows, his day and the meeting)
    r"|(?:\d{4}年\d{1,2}月\d{1,2}日)?在[^。！？，,]{2,40}上的(?:讲话|致辞|发言)"
    # (…董事长邹明远以“…”为题，为公司党员干部讲授专题党课: a lecture given, its theme named first)
    rf"|{_THEME_GIVEN}(?:为[^。！？，,]{{1,24}})?(?:(?:讲授|讲|上|作|做|发表)了?[^。！？，,]{{0,8}}(?:党课|报告|辅导|讲座|第一课|演讲|讲话|致辞)|授课|宣讲))"
)
# …年会现场使用。讲话人：CEO 韩博文。时长约12分钟。: a note's field naming the speaker inside its sentences
_LEAD_ROLE_FIELD = re.compile(r"(?:讲话人|致辞人|发言人|演讲人|主讲人)[：:][ \u3000]*(?P<office>[^\s。，,；;]{0,20}?)[ \u3000]*(?P<name>[\u4e00-\u9fff]{2,3})(?=[。，,；;]|$)")


# …典礼上，高建业校长为即将毕业的同学们送上了深情寄语。: his name, then his office, then what he gave
# (本文根据柳青禾校长9月10日在…大会上的讲话整理: his day, then the meeting he spoke at; 以下是吴振宇校长的讲话：)
_LEAD_NAME_FIRST = re.compile(
    # (黄立新校长作了题为《把温度带向远方》的讲话 / 林雪芳校长以《…》为题作国旗下讲话: the talk's title named)
    rf"(?P<name>{LEAD_SURNAMED})(?P<office>{_OFFICE_AFTER_NAME})(?:(?:{_THEME_GIVEN})?(?:为[^。！？，,]{{1,24}})?(?:送上|发表|作|做)了?"
    rf"(?:{_TALK_TITLED})?[^。！？，,]{{0,6}}(?:寄语|讲话|致辞|演讲|发言|报告)|(?:\d{{1,2}}月\d{{1,2}}日)?在[^。！？，,]{{2,40}}上的(?:讲话|致辞|发言)"
    rf"|{_FIRST_LESSON}"  # (王晓岚校长为孩子们上了新学期的“开学第一课”)
    r"|的(?:讲话|致辞|寄语|发言)[：:]$)"  # (以下是吴振宇校长的讲话：: whose speech follows)
)


# 罗曼青老师在会上寄语全体社员。 / 以下是邢雅琪老师讲话的主要内容：: a teacher named, then what she said at the meeting or
# the part of it printed
_LEAD_TEACHER = re.compile(
    rf"(?P<name>{SURNAMED})(?P<office>老师|辅导员|教官)(?:在会上(?:为[^。！？，,]{{1,12}})?(?:寄语|讲话|致辞|发言)|的?(?:讲话|致辞|寄语|发言)的?(?:全文|主要内容|要点|实录))"
)


# 现将贾振东同志的讲话全文刊发如下 / 现将丁浩同志的总结讲话刊发如下: whose speech follows, named with 同志 and no office
_LEAD_COMRADE = re.compile(
    rf"(?:现将|以下(?:是|为))(?P<office>)(?P<name>{SURNAMED})同志(?:在[^。！？，,]{{1,30}}?上)?的(?:总结|点评|重要|主题)?(?:讲话|致辞|发言)"
)  # (现将孟国梁同志在座谈会上的讲话…刊发: where he spoke said too)
# 总经理邹建平在听取…汇报后，结合近期…问题，作了即兴讲话。 / 校长许晴主持会议并讲话。 / 局长戴青山围绕“…”三个关键词，对…工作
# 提出要求。 / 董事长林国栋没有拿稿子，结合…，给大家讲了一番“掏心窝子”的话。: the one a lead says spoke, what he did first
# told in clauses between, in the same sentence (no one else named between: _spoke_later checks; 许晴主持: the verb
# after a name never its last character)
_NAME_BEFORE_CLAUSES = _surnamed(_SURNAMES + LESS_COMMON_SURNAMES, "作在出为主与围结没对给并听带率陪")
_LEAD_SPOKE_LATER = re.compile(
    rf"(?P<office>[\u4e00-\u9fff、]{{0,20}}?{_OFFICES})(?P<name>{_NAME_BEFORE_CLAUSES})(?:同志)?(?P<between>[^。！？]{{0,60}}?)"
    rf"(?:(?:并|[，,])?(?:作|做|发表|进行)了?(?:{_TALK_TITLED})?[^。！？，,“”《》]{{0,8}}?(?:讲话|致辞|发言|演讲)"
    r"|并(?:讲话|致辞|发言)|对[^。！？，,]{1,20}?提出[^。！？，,]{0,8}?要求|讲了[^。！？，,“”]{0,4}(?:“[^”]{1,12}”)?的?话)"
)


def _spoke_later(text: str) -> re.Match[str] | None:
    """The first _LEAD_SPOKE_LATER match with no other office and name between the speaker and what he said."""
    pos = 0
    while (m := _LEAD_SPOKE_LATER.search(text, pos)) is not None:
        if not re.search(_OFFICE_THEN_NAME, m.group("between")):
            return m
        pos = m.start() + 1
    return None
# 区委书记韦东明主持召开优化营商环境企业家座谈会: the one who called the meeting the news reports, when no one is said
# to have spoken at it
_LEAD_CHAIR = re.compile(
    rf"(?P<office>[\u4e00-\u9fff、]{{0,20}}?{_OFFICES})(?P<name>{LEAD_SURNAMED})(?:到[^。！？]{{2,30}}?调研[^。！？]{{0,30}}?[，,]?并|在[^。！？，,]{{1,20}}?)?主持召开"
    r"[^。！？，,]{0,30}?(?:座谈会|会议|推进会|调度会|专题会|工作会)"
)


def speaker_in_lead(text: str) -> tuple[str, str] | None:
    """The office and name of the one an editor's note or a news lead says spoke (…董事长许振华…并致辞); else None."""
    # (市长某某作政府工作报告…市委书记某某讲话: the one who spoke over the one who reported, where a lead names both)
    said = list(_LEAD_SPEAKER.finditer(text))
    m = (
        next((s for s in said if s.group("act") != "报告"), said[0] if said else None) or _LEAD_ROLE_FIELD.search(text) or _LEAD_NAME_FIRST.search(text) or _LEAD_TEACHER.search(text)
        or _LEAD_COMRADE.search(text) or _spoke_later(text) or _LEAD_CHAIR.search(text)
    )
    if m is None:
        return None
    return re.sub(r"^(?:现将|将|由|请|以下是|以下为|下面是|(?:本期|现)?刊发|(?:本文|此文)?整理自|(?:本文|此文)?摘自)", "", m.group("office")), m.group("name")


# 嘉宾介绍 / 讲师简介 / 关于作者: the heading over a note on who gave the talk
BIO_HEADING = re.compile(r"^【?(?:(?:作者|讲师|讲者|嘉宾|分享嘉宾|演讲嘉宾)(?:介绍|简介)|关于作者|分享嘉宾|演讲嘉宾|主讲嘉宾)】?[：:]?$")  # (【嘉宾介绍】: set in a page's brackets)
BIO_REASON = "嘉宾介绍"  # the reason a note on who gave the talk is set aside with (mine reads the speaker in it)
# 周予安，澜途智能算法负责人，… under 嘉宾介绍 / 【讲师介绍】魏知远，… / 讲者：邵明哲，… / 分享嘉宾｜孔令舟 拾穗科技 数据平台负责人:
# a note on who gave the talk, his name first, then his office (a label perhaps before it)
_BIO_LABEL = r"(?:讲师|讲者|嘉宾|分享嘉宾|演讲嘉宾|分享人|主讲人?)(?:介绍|简介)?"
_BIO = re.compile(
    rf"^(?P<label>【{_BIO_LABEL}】[ \u3000]*|{_BIO_LABEL}[ \u3000]*[：:｜|][ \u3000]*)?(?P<name>{LEAD_SURNAMED})"
    r"(?:[ \u3000]*[，,｜|][ \u3000]*|[ \u3000]+)(?P<office>[^，,。；;！？!?]{2,40})"
)
_BIO_OFFICE = re.compile(rf"{_OFFICES}|专家|工程师|博士|讲师|老师")  # (…数据平台部技术专家: a post a bio gives, no office)


def speaker_in_bio(text: str, labelled: bool) -> tuple[str, str] | None:
    """(office, name) of a note on who gave the talk (周予安，澜途智能算法负责人，…), the name first and an office after
    it; with ``labelled``, only a note that says it is one (【讲师介绍】… / 讲者：… / 分享嘉宾｜…); else None."""
    m = _BIO.match(text.strip())
    if m is None or (labelled and not m.group("label")) or not _BIO_OFFICE.search(m.group("office")):
        return None
    return m.group("office").strip(), m.group("name")


# 孟繁睿指出，… / 孟繁睿强调，… / 最后，柯雨桐要求，…: a news report of a speech tells what he said, by his name
_REPORTED = re.compile(
    rf"^(?:(?:讲话)?最后[，,]\s*)?(?P<name>{LEAD_SURNAMED})(?:同志)?(?:在讲话中|在会上|在讲话时)?(?:最后)?"
    r"(?:指出|强调|要求|表示|说|提出|认为)[，,：:]"
)
REPORTED_TIMES = 2  # paragraphs a report opens with the speaker's name and what he said, at least


def speaker_reported(texts: Sequence[str]) -> tuple[str, str] | None:
    """(office, name) of the one a news report of a speech says spoke, paragraph after paragraph (孟繁睿指出，… /
    孟繁睿强调，…), named with his office before that (县委副书记、县长孟繁睿出席会议并讲话); else None (习近平指出，…
    quoted in a speech, with no office before the name, is no report of the speaker)."""
    said = Counter(m.group("name") for t in texts if (m := _REPORTED.match(t)))
    if not said:
        return None
    name, times = said.most_common(1)[0]
    if times < REPORTED_TIMES:
        return None
    first = next(i for i, t in enumerate(texts) if (m := _REPORTED.match(t)) and m.group("name") == name)
    for t in texts[:first]:
        if (found := speaker_in_lead(t)) is not None and found[1] == name:
            return found
        if re.search(rf"{_OFFICES}(?:、[^，。、]{{1,12}}?{_OFFICES})*{re.escape(name)}", t):
            return "", name
    return None


def speaker_called_up(line: str) -> str | None:
    """The speaker a host's line calls up (有请…钱立群校长为…讲话), as a byline (校长 钱立群); else None."""
    m = _CALLED_UP.search(line)
    if m is None:
        return None
    if m.group("name3"):
        return m.group("name3")
    return f"{m.group('office') or m.group('office2')} {m.group('name') or m.group('name2')}"


# 〔美〕理查德·霍尔曼 / ［德］克劳斯·迈尔霍夫 / 约瑟夫·姆瓦卡萨（坦桑尼亚）: a translated name's country, in brackets
# before or after it, as translations print it (not an office in brackets: 马可·贝尔蒂尼（董事长）)
_COUNTRY_BEFORE = re.compile(
    rf"^[〔［\[【（(][\u4e00-\u9fff]{{1,6}}[〕］\]】）)][ \u3000]*(?={_FOREIGN_NAME})"
    rf"|(?<=[ \u3000])[〔［\[【][\u4e00-\u9fff]{{1,6}}[〕］\]】][ \u3000]*(?={_FOREIGN_NAME})"  # (总领事　〔法〕让-吕克·贝尔唐)
)
# 马丁·J.柯林斯（Martin J. Collins）: the name as written in its own language, after the translated one
# (the brackets are looked for at the line's end, the spaces before them stripped after: a run of spaces stays linear)
_LATIN_AFTER = re.compile(r"[（(][A-Za-z][A-Za-z .'\-]{1,40}[）)]$")
_COUNTRY_AFTER = re.compile(r"[（(](?P<country>[\u4e00-\u9fff]{2,8})[）)]$")


def without_country(text: str) -> str:
    """A line naming a translated speaker without the country printed with his name."""
    line = _COUNTRY_BEFORE.sub("", text.strip())
    latin = _LATIN_AFTER.search(line)
    if latin is not None and re.search(rf"{_FOREIGN_NAME}$", before := line[: latin.start()].rstrip(" \u3000")):
        line = before
    after = _COUNTRY_AFTER.search(line)
    before = line[: after.start()].rstrip(" \u3000") if after is not None else ""
    named = after is not None and re.search(rf"(?:^|[ \u3000]){_FOREIGN_NAME}$", before) and not before.endswith(TITLE_END)
    if named and not re.search(_OFFICES, after.group("country")):
        line = before  # (not 开放日·杭州站开场致辞（速记）: a title with a dot in it)
    return line if line != text.strip() else text


def foreign_name(text: str) -> bool:
    """The line is a translated name alone (伊丽莎白·哈洛韦 / 理查德·K·霍尔曼)."""
    return re.fullmatch(_FOREIGN_NAME, text.strip()) is not None


def unbracketed(text: str) -> str:
    """A line set wholly in one pair of brackets without them (（致辞人：唐某某，董事长） / （市委书记　邓某某　2023年8月28日）);
    else the line as it is, stripped."""
    line = text.strip()
    return line[1:-1] if re.fullmatch(r"[（(][^（）()]+[）)]", line) else line


_INTERVIEWED = r"专访|访|对话|采访|走近|记"  # ——专访某某区区长邓某某: an interview's subtitle, not the speaker's byline
_INTERVIEW_DASH = re.compile(rf"^(?:——|--)(?!{_INTERVIEWED})")


def speaker_parts(byline: str) -> tuple[str, str]:
    """The speaker's office and name from a byline (区教育局局长  王海燕 / 县委书记：张明远 / 张明远（县委书记）);
    a role before them (主讲：北岛 / 主持人 县委副书记 赵某某) is neither; 同志 after the name is no part of it
    (梁志宏同志: as every writer of the everyday suite gives the name)."""
    office, name = _speaker_parts(byline)
    bare = name.removesuffix("同志")
    return office, bare if len(bare) >= 2 and not bare.endswith("负责") else name  # (主要负责同志: a post, no name)


def _speaker_parts(byline: str) -> tuple[str, str]:
    # (（致辞人：唐一鸣，公司创始人、董事长）: a signature in brackets; ——县委书记　张明远: a byline set as a subtitle)
    byline = re.sub(r"^>[ \u3000]*", "", byline.strip())  # (> 方既白｜…: a note's quote mark, in a plain-text copy)
    text = _INTERVIEW_DASH.sub("", _without_role(unbracketed(byline))).rstrip("：:")  # (…局长　陶国庆：: over his words)
    if (m := _FACTS_AFTER.search(text)) and _BYLINE.match(text[: m.start()]):
        text = text[: m.start()]  # (（副市长 潘晓云，9月5日上午，市民中心…，约5分钟）: the speaker, then the day's facts)
    if m := _NAME_COMMA_OFFICE.match(text) or _NAME_BAR_OFFICE.match(text):
        return m.group(2), m.group(1)
    if m := _OFFICE_COLON.match(text):
        return m.group(1), m.group(2)
    if m := _NAME_BRACKETED.match(text):
        return m.group(2), "".join(m.group(1).split())
    parts = re.split(r"[\s\u3000]+", text.strip("（）() "))
    while len(parts) > 1 and is_date_line(parts[-1]):
        parts.pop()  # (（市委常委、常务副市长　杜文斌　2024年10月22日）: the date after the name, no part of it)
    if len(parts) == 2 and _OFFICE.search(parts[1]) and not _OFFICE.search(parts[0]) and re.fullmatch(SURNAMED, parts[0]):
        return parts[1], parts[0]  # (何丽萍 副市长: the name, then the office)
    if len(parts) == 2 and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", parts[0]) and not _OFFICE_IN.search(parts[0]) and _LONG_OFFICE.fullmatch(parts[1]):
        return parts[1], parts[0]  # (盛夏禾　乐途旅行技术总监: a name by a surname not listed, then an office that is no name)
    if len(parts) == 3 and _OFFICE.fullmatch(parts[2]) and re.fullmatch(SURNAMED, parts[1]) and not _OFFICE_IN.search(parts[1]):
        return parts[0] + parts[2], parts[1]  # (市政务服务数据管理局　严可为 局长: the unit, the name, the office after it)
    if len(parts) == 1 and (m := _OFFICE_GLUED_NAME.match(parts[0])):
        return m.group("office"), m.group("name")  # (村支书王德顺 / 县委书记张明远: office and name with no space between)
    if len(parts) == 1 and (m := _NAME_GLUED_OFFICE.fullmatch(parts[0])):
        return m.group("office"), m.group("name")  # (讲话：刘海峰镇长: the name, then the office, no space between)
    k = len(parts) - 1
    while k > 0 and len(parts[k - 1]) == 1 and len(parts[k]) == 1 and len(parts) - k < 3:
        k -= 1  # 校长  王 琛 / 盛 阅 春: a name spaced out, one character a part
    # (你的校长　魏澄: a letter's signature, the office without the words to the reader)
    office, name = re.sub(r"^(?:你们的|你的|您的)", "", " ".join(parts[:k])), "".join(parts[k:])
    if m := _TITLED_NAME.fullmatch(name):  # (…学院院长　谷一鸣教授 / …学院　韦春华教授: the name, his title glued after it)
        return ("、" if _OFFICE.search(office) else "").join(part for part in (office, m.group("office")) if part), m.group("name")
    return office, name


# 家属代表　陈思远 / 动力车间职工代表　马晓东: one who speaks for others, set apart from a name (全体代表　起立 / 各位代表
# 大家好: all of them addressed, no one speaking for them)
_REPRESENTATIVE = r"(?<!全体)(?<!各位)(?<!与会)(?<!广大)代表"
_POST = rf"(?:{_OFFICES}|{_UNIT}|{_REPRESENTATIVE})"  # what a byline names before the name: an office, a unit, one who speaks for others
VENUE_WORDS = r"会议室|礼堂|大厅|会场|会堂|报告厅|多功能厅"  # the words a hall's name ends with
_VENUE = rf"[^\s，。：:]{{1,16}}(?:{VENUE_WORDS})"  # 三楼会议室 / 县委礼堂
# 区长　孙立华 / 孙立华　区长 / 绍兴一中党委书记、校长  王 琛 / 王  琛  2020.6.20: an office and a name, or a name alone
# (原创 品牌文化部 湘通路桥: a WeChat article's account line, no byline)
# (市委常委、秘书长，市直机关工委书记　罗晓峰: offices listed with a comma between)
_BYLINE = re.compile(
    rf"^(?!原创[ \u3000])(?:(?:{_ROLE})[ \u3000]+)?(?:[^\s，。：:]{{2,16}}[ \u3000]+(?=[^\s，。：:]{{0,24}}{_POST}(?:[（(][^（）()\s]{{1,8}}[）)])?[ \u3000]))?(?:(?:[^\s，。：:、]{{0,24}}{_OFFICES}[，,、])*[^\s，。：:]{{0,24}}{_POST}(?:[（(][^（）()\s]{{1,8}}[）)])?[ \u3000]+)?{_NAME}(?:[ \u3000]+[\u4e00-\u9fff、]{{0,20}}{_OFFICES})?"
    rf"(?:[ \u3000]+{NUMERIC_DATE}(?:[ \u3000]+{_VENUE})?)?$"  # (校长 沈一舟　2025年3月27日　学术交流中心一楼报告厅)
)

# a name set apart on its own line (目　　录 / 前　言 / 注　　释 are a book's words spaced out as a name is)
_SPACED_NAME = re.compile(rf"^(?!目[ \u3000]+录$|前[ \u3000]+言$|序[ \u3000]+言$|后[ \u3000]+记$|注[ \u3000]+释$|说[ \u3000]+明$|附[ \u3000]+件$){_SPACED}$")
# （提　纲） / （演示文稿提纲） / 【征求意见稿】 / 第二稿 / 会后整理稿: what state of the text a copy is, under its title
# (no name); in brackets, with the drafter's remarks after it: （第三稿 1月10日改 待局长审定）
_DRAFT_STATE = (
    r"(?:讲话|演示文稿|发言|汇报)?\s*(?:提\s*纲|[初定终]\s*稿|第[一二三四五六七八九十\d]{1,2}\s*稿"
    r"|征求意见稿|送审稿|讨论稿|修改稿|审定稿|草\s*稿|(?:会后|录音)?整理稿)"
)
DRAFT_MARK = re.compile(rf"^[（(【\[]?\s*{_DRAFT_STATE}\s*[）)】\]]?$|^[（(【\[]\s*{_DRAFT_STATE}[ \u3000，,][^（）()【】\[\]]{{1,30}}[）)】\]]$")
# 主讲：北岛 / 主讲人：王琛 / 演讲者：…: the speaker named by role, on a line of its own under a lecture's title;
# 县委书记：张明远 / 张明远（县委书记）: by office, before a colon or in brackets after the name
_ROLE_NAME = re.compile(
    rf"^(?:(?:{_ROLE})\s*|[^\s，。：:（）()]{{0,24}}{_OFFICES})[:：]\s*(?:[^\s，。：:]{{0,24}}{_OFFICES}[ \u3000]+)?{_NAME}$"
    # (…（行长）  2024年4月10日 / 罗斌（…副总经理）　2025-04-07　三楼会议室: the date, and where he spoke)
    rf"|^(?:(?:{_ROLE})[ \u3000]+)?{_NAME}[ \u3000]*[（(][^（）()，。]{{0,24}}{_OFFICES}[）)](?:[ \u3000]+{NUMERIC_DATE}(?:[ \u3000]+{_VENUE})?)?$"
    # 演讲人：何振宇（启航汽车董事长兼CEO）: a role, the name, the office in brackets
    # (（致辞人：唐一鸣，公司创始人、董事长）: all of it in brackets, the office after a comma, as a speech is signed)
    rf"|^[（(](?:{_ROLE})\s*[:：]\s*{_NAME}(?:[，,][^（）()，,。]{{0,24}}{_OFFICES})?[）)]$"
    rf"|^(?:{_ROLE})\s*[:：]\s*{_NAME}[ \u3000]*[（(][^（）()，。]{{0,24}}{_OFFICES}[）)]$"
)
# a name at the end of a subtitle line, set off by a space or spaced out: ——在…上的讲话 李明 / ——在…上的致辞王  琛
_GLUED_NAMES = (re.compile(rf"[ \u3000]+{_NAME}$"), re.compile(rf"{_SPACED}$"))


def glued_name(subtitle: str) -> int | None:
    """Where a speaker's name glued to the end of ``subtitle`` starts, if the rest ends like a title."""
    if subtitle.endswith(TITLE_END):
        return None
    for pattern in _GLUED_NAMES:
        m = pattern.search(subtitle)
        if m and subtitle[: m.start()].endswith(TITLE_END):
            return m.start()
    return None


def glued_byline(text: str) -> bool:
    """县委书记张明远 / ——××大学教授伍佩兰: an office run into the speaker's name (a space lost, or never typed), a line
    of its own, a subtitle's dash perhaps before it (——专访某某区区长邓某某 is an interview's subtitle, no byline)."""
    bare = text.lstrip("—-")
    return bool(_OFFICE_GLUED_NAME.match(bare)) and not re.match(_INTERVIEWED, bare) and not looks_like_title(bare)


def byline_like(text: str) -> bool:
    """A line under a title that names the speaker (with office or date, or by role: 主讲：…), not a subtitle. A bare short
    line ending like a title (讲话 / 发言) is the end of a title folded over two lines, not a name."""
    return bool(
        _OFFICE.search(text) or _ROLE_NAME.match(text) or glued_byline(text)
        # (讲者介绍 / 嘉宾简介: the heading of a bio, no name)
        or (_BYLINE.match(text) and not text.endswith(TITLE_END) and not text.endswith(("介绍", "简介")))
    )


def named_by_role(text: str) -> bool:
    """述职人：方某某 / 主讲：北岛 / 县委书记：张明远: the speaker named by the part they have, or their office, before
    a colon (a byline wherever it stands: under the title, or signed under the speech)."""
    return bool(_ROLE_NAME.match(text))


_SPEAKER_TAG = re.compile(rf"^{SURNAMED}[:：]$")


def speaker_tag(text: str) -> bool:
    """周一鸣：: a name by a common surname and a colon, on a line of its own (a transcript's speaker tag)."""
    return bool(_SPEAKER_TAG.match(text)) and not _OFFICE_IN.search(text) and not looks_like_title(text[:-1])


# right over the salutation a tag may name a less common surname and the office in brackets
_TAG_OVER_SALUTATION = re.compile(rf"^(?P<name>{LEAD_SURNAMED})(?:[（(][^（）()]{{1,20}}[）)])?[：:]$")


def speaker_tag_over_salutation(text: str) -> str | None:
    """何永贵（村党支部书记）： / 宫振华： on the line right over the salutation: a transcript's tag for the one who speaks,
    the byline it gives (何永贵（村党支部书记）); None for 主持人： and the other parts, which name no one."""
    m = _TAG_OVER_SALUTATION.match(text.strip())
    return text.strip()[:-1] if m is not None and m.group("name") not in ROLE_WORDS else None


_OFFICES_ONLY = re.compile(rf"^[^\s，。：:]{{0,30}}{_OFFICES}$")  # 市委常委、市纪委书记、市监委主任: offices, no name
_BARE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def office_over_name(office: str, name: str) -> bool:
    """An office on its line and a name alone on the next (a byline broken after the office): one byline. The name
    may be spaced out (杨　帆)."""
    bare = "".join(name.split()) if _SPACED_NAME.match(name) else name
    # (…荣誉顾问医师 / 威廉·哈考特: a translated name on the line under the office)
    return bool(_OFFICES_ONLY.match(office) and (_BARE_NAME.match(bare) or foreign_name(bare))) and not looks_like_title(bare)


def byline_office(text: str) -> bool:
    """The line names an office (县长 / 党委副书记、院长), not only a name (注　　释 is spaced out as a name is)."""
    return bool(_OFFICE_IN.search(text))


# 内蒙古自治区主席　苏和巴雅尔: a minority's name of five characters, set apart after an office (never a name of the
# common kind, which _NAME reads; 在… after an office is a title's occasion)
_OFFICE_APART_LONG_NAME = re.compile(rf"^[^\s，。：:]{{0,24}}{_OFFICES}[ \u3000]+(?!在)[\u4e00-\u9fff]{{5}}$")


def named_apart(text: str) -> bool:
    """区长　孙立华 / 孙立华　区长 / 盛 阅 春: an office and a name set apart, or a name spaced out; a byline
    wherever it stands in the header."""
    if _SPACED_NAME.match(text) or _UNIT_APART.match(text):
        return True
    if _OFFICE_APART_LONG_NAME.match(text) and not text.endswith(TITLE_END):
        return True
    return bool(re.search(r"[ \u3000]", text) and _OFFICE_IN.search(text) and _BYLINE.match(text))


# 市发展改革委  郑晓明 / 区卫生健康委员会　　黄淑芬: the speaker's unit, no office, and a name by a common surname
# set apart (a 交流发言's byline, the unit speaking through its head; 五（3）班　林小满: a pupil's class; 市住房和城乡建设局
# 规划建设科　黄一鸣 / 县第二中学语文教研组　周晓岚 / 区教研室语文教研员　韦淑兰: a section, a teaching group, a post)
_UNIT_APART = re.compile(
    rf"^[^\s，。：:、]{{1,24}}(?:委|委员会|局|厅|办|集团|公司|镇|街道|乡|社区|学院|学校|小学|中学|大学|医院|中心|班"
    rf"|科|教研组|教研室|教研员|研究员)[ \u3000]+{SURNAMED}$"
)


# (就这三个事 大家还有啥子要问的: a phone's space for the comma after the count said done; 好，我就讲这些。 /
# 那么，…: a spoken 好 before the closing's first words; 各位企业家朋友，… / 青年朋友们，…:
# the audience named again, as a salutation names it; 本次会议就到这里，散会。: the chair ends the meeting;
# 会后，各…要… / 请应急局会后形成纪要… / 今天会议议定的事项，…: what is to be done after the meeting;
# 现在，我提议：…干杯！: a toast's call to raise the glasses; 好，时间关系，… / 好了，说了这么多，其实…: he winds up (说了这么多，大家一定等不及了。 leads on to what comes next); 新学期即将开始，希望全县…: a short clause, then the turn to them)
# (好 三个关键词讲完了: a subtitle's space for the comma)
_SPOKEN_TURN = r"(?:好|好了|那好|行|行了|那么|OK|Ok|ok|嗯|呃)(?:[，,！!]\s*|[ \u3000]+)"
# (女士们、先生们，朋友们，…: several named in a row; 家人们 / 同事们, but no pronoun: 我们 / 相信你们 / 人们)
_ADDRESSEE_AGAIN = (
    # 各位企业家，/ 各位委员，同志们， / 各位会员， (not 各位委员中，有不少…: "among them", no address)
    rf"(?:各位(?:会员|会长|(?![{SENTENCE_VERBS}])[\u4e00-\u9fff]){{1,8}}(?<![中里])(?=[，,！!、])"
    # (尊敬的杨组长、各位领导，…: a pledge turns to the inspection team again)
    r"|(?:尊敬的|亲爱的)[\u4e00-\u9fff]{0,12}?(?:们|朋友|同志|同仁|同事|代表|来宾|嘉宾|家长|校友|领导|组长)"
    r"|(?!人们)[\u4e00-\u9fff]{1,6}(?<![我你他她它咱])们"
    r"|老(?:同志|领导|干部|战友|朋友))"  # (各位老领导、老同志，…)
)
_ADDRESSED_AGAIN = rf"(?:{_ADDRESSEE_AGAIN}[、，,])*{_ADDRESSEE_AGAIN}[，,！!]"
# (好，今天就到这里。散会。 / 今天就讲到这里。 / 今天的课就上到这里。: the chair or speaker ends the meeting without naming it; 就讲到这儿吧，
# 再讲我也要哭了。 is an end too: what he would do if he spoke on, no next topic)
_MEETING_ENDS = (
    r"(?:本次|今天的?|这次)(?:会议|会|座谈会|发布会?|分享|活动|课|演讲|讲座|直播)(?:就)?(?:开|上|讲)?到这(?:里|儿)|会议(?:就)?到此结束"
    r"|今天(?:(?:就|先|我们就)(?:讲|说|开|学)?|讲|说|开|学)到这(?:里|儿)[。！!，,]|散会(?:吧|了)?[。！!]"  # (not 今天到这里，我看到…; 散会吧。)
)
# 最后再强调一句：… / 最后我再说一句，… / 最后我想说，…: the last words a speaker says, with more after the first
# sentence (最后讲一句，身体是自己的。 on a line of its own names his count's last topic, as a heading does)
# (最后，对新入党的两位同志，我再多说一句：…: the last words to some of the hearers)
LAST_SAYING = (
    r"最后(?:[，,]\s*)?我?(?:再|还)?(?:说|讲|强调|啰嗦|唠叨)一句[，,：:](?=[^。！？!?]*[。！？!?].)|最后(?:[，,]\s*)?我想说[，,：:]"
    # (最后说两句心里话。服务网格不是万能的…: a sentence saying so, then the words)
    r"|最后(?:[，,]\s*)?我?(?:再)?(?:说|讲|聊)(?:两|几)句(?:心里话|题外话|体会)?。(?=.)"
    # (好 最后跟家人们说一句: a subtitle's line, no comma, no mark after it)
    r"|最后[，,]?\s*(?:对|给|向|跟)[^。！？!?：:]{1,16}?[，,]?\s*我?(?:再|还|也)?多?(?:说|讲|强调|啰嗦|唠叨)(?:一句|几句)(?:[，,：:]|[ \u3000]|$)"
    # (最后，送大家一句话：把居民当家人… / 最后，我想送给同学们八个字：…: words he sends them off with)
    r"|最后[，,]\s*我?(?:想|再)?(?:送|赠)给?(?:大家|各位|同志们|你们|同学们|年轻人)[^。！？!?：:，,]{0,6}[：:，,]"
    # (最后我再强调一下，下半年时间紧、任务重，…: what he stresses said as a sentence, six writers of six; 最后我再强调一下，
    # 安全生产。 names a topic, one more point: uy03; 最后再啰嗦一句。各位…: a sentence saying so, then the words)
    r"|最后(?:[，,]\s*)?我?(?:再|还)(?:强调|说|讲)一下[，,](?=[^。！？!?]*[，,])|最后(?:[，,]\s*)?我?再?(?:啰嗦|唠叨)一句。(?=.)"
)
# 荣誉属于过去，新的一年，我将… / 荣誉只代表过去。今后，我会… / 这份荣誉，不是我一个人的。: an award winner's words after
# his story, the honour set behind him (a 获奖代表's closing; not a leader's 荣誉属于过去，奋斗成就未来。希望获奖的同志…)
HONOUR_BEHIND = (
    r"(?:荣誉|成绩)(?:只)?(?:属于|代表|代表着)过去[，,。]\s*(?:(?:新的一年|今后|未来|下一步)[，,]\s*)?我"
    r"|这份荣誉[，,]?\s*(?:不是|不属于|并不属于)我一个人"
)
# 我们一定说到做到，… / 我一定说到做到，请局党组和同志们监督。: a pledge's closing, the word kept (not a leader's 我们说到
# 做到，请大家监督 to investors, said on) / 这就是我学习的三点体会。: the sum of a 心得体会, its count said (not 这是我这几年
# 最大的感悟) / 新年快到了，我代表社区党委…: the season's greetings in the speaker's unit's name
PLEDGE_KEPT = (
    r"我们?(?:一定|必将|坚决)(?:说到做到|言出必行)|这(?:就)?是我[^。！？，,]{0,12}?的?[一两二三四五六七八九十几]+点(?:体会|感悟|心得)"
    r"|(?:新年|春节|元旦|中秋|国庆|端午)(?:快|就要|即将)到了[，,]\s*我代表"
)
# 会后，… / 请办公室会后… / 大家回去以后，要马上传达…: what is to be done after the meeting (closing words)
AFTER_MEETING_WORDS = r"会后[，,]|请[^。！？，,]{0,10}会后|(?:大家|各位|各单位|各地|各部门)?回去(?:以后|之后|后)[，,]"
# 大会号召，全县各级党组织…: the call a resolution or a communiqué ends with, in the meeting's name
CALLED_BY_MEETING = r"(?:大会|会议|全会)号召[，,：:]"
# 好，五个坑就讲完了 / 故事讲完了，… / 说完这三个方面， / 好，总结一下今天的分享 / 那我最后做一个小结 / 好，以上就是今天的
# 全部内容: the speaker says his parts are done, or sums them up, in so many words
WRAP_UP = (
    # (讲完了 alone too; 说完了 alone opens the next topic: 说完了成绩，再说问题)
    r"(?:[一两二三四五六七八九十几]+(?:个|件|点|条|句话)[\u4e00-\u9fff]{0,3}|故事|这些)(?:就)?(?:讲|说|聊|分享)完了|(?:就)?讲完了"
    r"|说完(?:了)?这[一两二三四五六七八九十几]+(?:个|件|点|条)[\u4e00-\u9fff]{1,3}[，,]"
    # (总结一下，低代码不是…: a bare 总结一下 sums up a part as well; 最后 / 我 / 简单 before it, or 今天的… after it)
    r"|(?:(?:最后|今天)[，,]?\s*(?:我)?(?:简单)?|我(?:简单)?|简单)(?:总结|小结)一下(?:今天的(?:分享|内容)|[。！，,：:]|$)"
    r"|(?:总结|小结)一下今天的(?:分享|内容)"
    # (最后总结几句。… / 讲到这里，总结一下：…: a talk's sum at its end, said in so many words)
    r"|最后(?:再)?(?:简单)?(?:总结|小结)几句[。！，,：:]|讲到这里[，,]\s*(?:我)?(?:简单)?(?:总结|小结)一下[。！，,：:]"
    r"|(?:那)?我?最后(?:做|作)一?个?(?:小结|总结)"
    r"|以上就是(?:我)?(?:今天|本次|这次)的?(?:全部)?(?:内容|分享)"
)
# 最后，柯雨桐要求，… / 霍青山最后强调，… / 讲话最后，韩知远说：…: a news report of a speech turns to its last words
REPORTED_LAST = (
    rf"(?:讲话)?最后[，,]\s*{LEAD_SURNAMED}(?:同志)?(?:强调|要求|指出|表示|说)[，,：:]"  # (最后，严格要求自己，…: no name)
    rf"|{LEAD_SURNAMED}(?:同志)?(?:在讲话)?最后(?:强调|要求|指出|表示|说)[，,：:]"
)
# 同志们，… / 让我们… / 就讲这些。 / 以上是我的几点体会，…: the ways closing words open, one alternative a line (their
# comments stand by the names the longer ones have: WRAP_UP, LAST_SAYING, HONOUR_BEHIND, PLEDGE_KEPT …)
_CLOSING_OPENERS = (
    rf"(?:{SALUTATION_OPENER})[，,！!：:]",
    rf"{_ADDRESSED_AGAIN}",
    rf"{_MEETING_ENDS}",
    r"(?:大概|大致)?就(?:这些|这么多|这么?[几两二三四五六七八九十]+(?:点|条|件事|句话|个事儿?|个方面))(?:吧|了|啊)?(?:[。！!，,]|[ \u3000](?=大家))",
    r"(?:好[，,]\s*)?我(?:就)?先(?:说|讲|谈)(?:到)?这(?:么多|些)[，,。！!]",
    r"(?:我|今天|我今天)?就?不多(?:说|讲)了",
    r"话不多说了?(?=[，,。！!])",
    r"我?(?:啰啰嗦嗦|啰里啰嗦|拉拉杂杂)?(?:讲|说)了[一二三四五六七八九十几多半个]+(?:分钟|钟头|小时)",
    r"同志们、朋友们",
    r"总之(?:一句话)?[，,]",
    r"以上(?:讲的|所讲的?|说的|[，,]?\s*我(?:讲|说|谈|提)了)?[一两二三四五六七八九十几]+(?:点|个方面)",
    r"以上(?:讲的|所讲的?|说的|讲的这些)[，,]",
    r"综上",
    r"总而言之",
    r"再次(?:衷心)?(?:祝|预祝|感谢|向|欢迎)",
    r"最后呢?[，,]\s*(?:衷心|诚挚地?|再次|提前)?(?:(?:给|向)(?:大家|各位)(?=拜|致))?(我|让我们|希望|祝|预祝|拜个?早?年|致以)",
    r"让我们",
    r"(?![一二三四五六七八九十第首其再最另还])[^。！？，,]{2,10}[，,]\s*希望(?:大家|各位|同志们|你们|同学们|全体|广大|全[县市区乡镇])",
    r"我(?:们)?(?:相信|坚信)",
    r"我(?:们)?(?:将|一定)以(?:这次|此次|此)",
    r"(?:(?!第)[^。！？!?]){0,24}?就(?:先)?(?:简单)?(?:讲|说|谈|聊|汇报|分享)(?:到)?这(?:些|里|儿|么(?:多|几点|几条|几句|几个意思)|[一两二三四五六七八九十几]+(?:点|条|句|句话|个方面|个问题|个意思|道坎|件事?|个[\u4e00-\u9fff]{0,2}|个“[^”]{1,4}”))(?:吧|啊|了)?(?=[，,。！!]|$)(?!.*(?:(?:下面|接下来)(?:我|再|我再)?(?:讲|说|谈)|(?:再讲|再说|再谈)(?![我就下的大你])))",
    r"以上[^。！？，,]{0,6}?(?:发言|汇报|意见|讲话|报告|述职|对照检查|检查|剖析|体会)[，,]",
    r"以上[^。！？，,]{0,8}[，,]\s*请",
    r"(?:结尾|结束语|结语)[:：]",
    rf"{AFTER_MEETING_WORDS}",
    rf"{CALLED_BY_MEETING}",
    rf"{WRAP_UP}",
    rf"{HONOUR_BEHIND}",
    rf"{PLEDGE_KEPT}",
    rf"{REPORTED_LAST}",
    r"现在[，,]?\s*我(?:提议|宣布)",
    r"请[^。！？，,]{0,12}?放心",
    r"(?![一二三四五六七八九十第首其再最另还])[^。！？，,]{2,8}[，,]\s*让我们",
    r"(?:今天|本次|这次)(?:会议|会上)?(?:议定|研究确定|确定)的(?:事项|事情)",
    r"以上[，,]?\s*是我(?:今天)?所?(?:讲|说|谈|提)?的",
    r"以上[，,]?\s*是我(?:对|关于)[^。！？，,]{2,30}的(?:一些|几点)?(?:思考|体会|认识|看法|想法|理解)",
    r"以上就是我[^。！？，,]{0,12}分享",
    r"以上[，,]?\s*就是我[^。！？!?，,]{0,10}?(?:讲|说|谈|想说|要说|要讲)的",
    r"这[两二三四五六七八九十几]+(?:个|点|条)(?:体会|观察|想法|感悟|心得|建议)[，,]",
    r"(?:(?:嗯|好|那)[，,]\s*)?时间差不多了",
    r"(?:由于|因为)?时间关系[，,]",
    r"(?:啰啰嗦嗦|拉拉杂杂)?(?:说|讲)了(?:这么多|这些)[，,]\s*(?:其实|总之|归根结底|一句话|最后|我想|就是想|无非是|希望)",
    r"(?:今天|我今天)?(?:讲|说)得(?:时间)?(?:有点|有些)?(?:多|长|久|重)了(?:一)?点",
    r"本来我?(?:只)?(?:准备|打算|想)(?:讲|说)[一两二三四五六七八九十几]+(?:点|条|个方面)[，,]",
    rf"{LAST_SAYING}",
    r"我的分享(?:就)?(?:先)?到这(?:里|儿)",
    r"以上是[^。！？，,]{0,20}(?:工作总结|总结|汇报|发言|报告|述职|体会|做法)",
    r"(?:我的)?(?:发言|汇报|讲话|表态)(?:完毕|就到这里)",
    r"我就(?:说|汇报|发言|谈)(?:到)?这些",
)
CLOSING_START = re.compile(rf"^(?:{_SPOKEN_TURN})?(" + "|".join(_CLOSING_OPENERS) + ")")
THANKS = re.compile(r"(谢谢|感谢大家|感谢各位)")
# 附件：/ 附件2 / 附：…同志简介 / 附录: what follows is attached to the speech, not part of it
# (名词解释 / 注释 over the text's notes: the back matter of a report or a collected piece)
# (【参考资料】 / 背景资料： over a document the page appends for reference)
ATTACHMENT = re.compile(
    r"^(?:附(?:件|录|表)?\s*[\d一二三四五六七八九十]*\s*(?:[:：]|$)|(?:名词解释|注释|注解)\s*[:：]?$"
    r"|[【\[]?(?:参考资料|参考文献|背景资料|相关资料)[】\]]?\s*[:：]?$"
    # 【华为文件】 over a document the page appends; 【蓝血文章】 / 【延伸阅读】 over an article
    r"|[【\[][\u4e00-\u9fff]{0,8}(?:文件|资料|文章|阅读)[】\]]$)"
)


def closing_words(text: str) -> bool:
    """同志们！让我们…。 / 谢谢大家！: a paragraph that can end a speech."""
    return bool(CLOSING_START.match(text) or THANKS.search(text)) and text[-1] in "。！!"


FILE_NAME_TAIL = re.compile(r"\.(?:docx?|wps|pdf|txt|m4a|mp3|wav|aac|amr)(?:_第\d{1,4}页)?$", re.I)  # (….m4a: a recording's)


def looks_like_title(text: str) -> bool:
    """在…会议上的讲话, …开学典礼致辞, 党课：…: a line that names a speech (…的讲话（摘要）: a part of it printed)."""
    bare = _RECORD_OF.sub("", _PRINTED_PART.sub("", text))
    return bare.rstrip("）)").endswith(TITLE_END) or bool(re.match(r"^(党课|讲话|致辞)[:：]", text))


# （摘要） / （节选） / （摘编） / （摘录） after a title: the part of the speech printed, a part of the title as printed
_PRINTED_PART = re.compile(r"(?<![ \u3000])[ \u3000]*[（(](?:摘要|节选|摘编|摘录)[）)]$")
# …上的讲话实录 / …上的讲话精神要点 / …致辞全文: the record of a speech, or its points, printed under its own name
_RECORD_OF = re.compile(r"(?<=的讲话|的致辞|的发言|的演讲)(?:实录|全文|精神要点|精神)$")  # (…·演讲实录: a page's column)


def similar(a: str, b: str) -> bool:
    """Two lines carry the same title (a page title and the article's own)."""
    if not a or not b:
        return False
    common = len(set(a) & set(b))
    return common >= 0.6 * min(len(set(a)), len(set(b)))


# --- a title line as copies print it ------------------------------------------------------------
# A news copy prints the title, its date, the speaker and the agency's dateline on one line
# (在…上的讲话（2023年3月1日）张明远 新华社北京3月1日电, or the dateline first, 题： before the title); a web
# page appends or prepends its tags (（全文） / （2355字） / 范文 / 【精品】) and its names (…_领导讲话_某某网).
# ``title_line`` parts such a line into the title and the bylines it holds.
_TERMINAL_MARKS = "。！？!?；;"
TITLE_LINE_MAX = 160  # characters; a longer line holds no title with its date, speaker and dateline

# 新华社 / 人民网 …: an agency the dateline names, known by name when no space sets it apart from a name before it
_AGENCIES = r"(?:新华社|中新社|中国新闻社|人民网|新华网|央视网|中新网|光明网|中国网|人民日报|光明日报|经济日报|本报)"
_DATELINE_TAIL = r"[\u4e00-\u9fff]{0,12}\d{1,2}月\d{1,2}日电(?:[ \u3000]*[（(](?:记者|通讯员)[^（）()]{1,30}[）)])?[ \u3000]*[）)]?$"
_DATELINE_LAST = (  # the agency by name first (张明远新华社…: the name is no agency's), else one set apart
    re.compile(rf"[ \u3000]*[（(]?{_AGENCIES}{_DATELINE_TAIL}"),
    re.compile(rf"[ \u3000]*[（(]?(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{{1,8}}(?:社|网|报|台){_DATELINE_TAIL}"),
)
_DATELINE_FIRST = re.compile(
    rf"^[（(]?(?:{_DATELINE})[ \u3000]*[）)]?[ \u3000]*(?:题[ \u3000]*[:：][ \u3000]*)?(?=\S)"
)
# the tags a site puts before or after a title: 【精品】… / …（全文） / …（2355字） / …范文
_TAG_WORDS = (
    r"(?:精品|范文|最新|推荐|荐|精选|原创|热门|优秀|时文|完整版|全文|附全文|讲话全文|精编版|word版|WORD版|Word版|doc版"
    r"|\d{2,6}字|全文\d{2,6}字|共\d{2,6}字|有删节|略有删节|根据录音整理|录音整理稿?|(?:录音|现场)?转写稿|[\u4e00-\u9fff]{0,4}转写稿?[·・，, ]?[已未]?校对|[\u4e00-\u9fff]{1,4}转写稿|速记稿|整理稿|整理版|(?:现场|文字)?实录"
    # (（内部定稿） / （10.8定稿 发党政办） / （第二稿） / （提纲稿，第二稿）)
    r"|[^（）()\[\]【】]{0,8}(?:定稿|终稿|初稿|修改稿|送审稿|讨论稿|征求意见稿|第[一二三四五六七八九十\d]{1,2}稿|提纲稿)[^（）()\[\]【】]{0,8}"
    r"|(?:精选|通用|推荐|优选|热门|最新|实用|优秀|范文)?[\d一二三四五六七八九十]{1,2}篇(?:范文)?"  # （精选5篇） / （通用6篇）
    r"|共[\d一二三四五六七八九十]{0,2}[篇则]?(?:范文)?"  # （共5则范文） / （共）: a collection's count, or what is left of it
    r"|第[\d一二三四五六七八九十]{1,2}篇|篇[\d一二三四五六七八九十]{1,2})"  # 【第一篇】 / 【篇二】: which piece of a collection
)
_TAGS_BEFORE = ("精品", "范文", "最新", "推荐", "荐", "精选", "原创", "热门", "优秀", "时文", "受权发布", "独家", "重磅")
# (重磅｜ / 独家丨: an account's call to read, before a bar, as 【重磅】 in brackets)
_TAG_BEFORE = re.compile(
    rf"^(?:[【\[（(](?:{_TAG_WORDS}|受权发布|独家|重磅)[】\]）)]|【[\u4e00-\u9fff]{{2,6}}】"
    rf"|(?:受权发布|权威发布|独家|重磅)[ \u3000]*[｜|丨])[ \u3000]*"
)
_TAG_AFTER = re.compile(rf"[ \u3000]*(?:[【\[（(]{_TAG_WORDS}[】\]）)]|范文(?:[一二三四五六七八九十\d]{{1,2}}篇)?|全文|通用)$")
_TAG_LINE = re.compile(rf"^[【\[（(]{_TAG_WORDS}[】\]）)]$")
# 在…上的讲话 在…上的讲话: a page that prints the title twice on one line (its heading over the article's)
_PRINTED_TWICE = re.compile(r"(.{6,}?)[ \u3000]*\1")
# …_领导讲话_某某网 / … - 某某网 / … | 某某网: a page title's tail, the column's and the site's names (专题党课｜以“三心”…
# / 师德党课｜江明远：…: quotes or a colon after the bar make a headline's words, no site's name)
_PAGE_TAIL = re.compile(
    r"(?:[ \u3000]*[_|｜][ \u3000]*[^_|｜“”\"：:，,]{1,16}|[ \u3000]+[-–]{1,2}[ \u3000]+[^\s]{1,16}|[-–]{1,2}[\u4e00-\u9fff]{2,10})+$"
)
# 篇一： / 第2篇： / 范文三：: one of several pieces a page collects, before its title; 附件 / 附件2：: a document's
# attachment mark; -1- / — 2 —: a document's page number printed at the head of its first page
_PIECE = re.compile(
    r"^(?:篇[一二三四五六七八九十\d]{1,2}|第[一二三四五六七八九十\d]{1,2}篇|范文[一二三四五六七八九十\d]{1,2}"
    r"|附件[一二三四五六七八九十\d]{0,2}|[-－—–][ \u3000]*\d{1,3}[ \u3000]*[-－—–])[：:、.．\s\u3000]*"
)
# …讲话 2023-03-01 / …讲话　作者：某某　来源：某某网: a page's date or information bar after the title
_DATE_AFTER = re.compile(rf"[ \u3000]+(?P<date>{NUMERIC_DATE})(?:[ \u3000]+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?$")
_INFO_AFTER = re.compile(r"[ \u3000]+(?:作者|来源|文章来源|发布时间|发布日期|时间|日期|浏览|点击|阅读)[:：].*$")
# （2023年3月1日） / （2023年3月1日，北京） / （二〇二三年三月一日　北京）: a date, perhaps a place, in brackets
_BRACKET_AT_END = re.compile(r"[ \u3000]*[（(]([^（）()]{6,30})[）)]")
_AFTER_DATE = re.compile(r"^[，,、 \u3000]*[\u4e00-\u9fff]{0,10}$")  # a place: 北京 / 人民大会堂


def _bracketed_date(inside: str) -> bool:
    """2023年3月1日 / 2023年3月1日，北京 / 二〇二三年三月一日　北京: a date, perhaps a place after it."""
    date, _, place = inside.partition(next((c for c in inside if c in "，,、 \u3000"), "\0"))
    return is_date_line(date) and bool(_AFTER_DATE.match(place))


# 【直播回放文字稿】 / 【Webinar 实录】 / 直播文字稿｜ / 发布会实录｜ / 主旨演讲｜ / 直播回顾｜: what kind of copy or talk
# this is, before any title (a column's name, 【毕业季】 / 校长寄语｜, stays: it may be the title's own words); …｜峰会演讲
# 整理 after it
_COPY_KIND = r"(?:实录|文字稿|文字版|(?:主旨|主题)(?:演讲|讲话|发言)|(?:直播|精彩)回顾|演讲整理|讲座整理)"
_COPY_TAG = re.compile(
    rf"^(?:【[^【】]{{0,12}}(?:实录|文字稿|文字版|回放|速记|转写|录音整理)[^【】]{{0,6}}】|[^｜|\s]{{0,8}}{_COPY_KIND}[ \u3000]*[｜|])[ \u3000]*"
)
_COPY_TAG_AFTER = re.compile(rf"[ \u3000]*[｜|][ \u3000]*[^｜|\s]{{0,8}}{_COPY_KIND}$")


_BRACKET_END = re.compile(r"[（(][^（）()]{1,30}[）)]$")
_TITLE_LABEL = re.compile(
    r"(?:分享主题|主题分享|演讲题目|演讲主题|报告题目|讲座题目|讲座主题|讲话题目|会议主题|会议名称|题目|(?:幻灯片|Slide)[ \u3000]*\d{1,3})[:：]?[ \u3000]*(?=\S)"
)
_COLUMN_BAR = re.compile(r"^[^｜|丨：:，,。！？\s]{2,12}[ \u3000]*[｜|丨][ \u3000]*")


def _column_before(rest: str) -> bool:
    """What follows a bar is the title, the words before it a column's or an event's name: a speech's title in
    its own words (在…上的讲话), or after a title's label (主题分享：…); not a news title naming its speaker
    (我的一中故事|张懿雯在…上的发言: the words before the bar are the piece's own title)."""
    if re.search(r"[｜|丨]", rest):
        return False  # (首页 | 工作总结 | … | 讲话稿: a menu's entries)
    return bool(_TITLE_LABEL.match(rest)) or (looks_like_title(rest) and speaker_in_title(rest) is None)


def _untagged(text: str) -> str:
    """``text`` without the tags a site adds before or after a title (范文, 通用 only after a title's ending:
    …会发言通用 is a template site's 'for general use'); an event's name and who spoke after a bar (…发布会｜林卓远主题
    演讲实录) is a headline, whole."""
    while not _EVENT_SPEAKER.match(text):
        m = _TAG_BEFORE.match(text)  # (a column's name in 【】 only before what reads as a speech's title)
        tag = m.group().strip() if m else ""
        known = tag[1:-1] in _TAGS_BEFORE or tag.endswith(("｜", "|", "丨"))
        rest = text[m.end() :] if m else ""
        # (【转发】在…上的讲话（村支书王德顺）: a title, the speaker's bracket after it)
        t = rest if m and (known or looks_like_title(rest) or looks_like_title(_BRACKET_END.sub("", rest))) else text
        if t == text and (m := _COPY_TAG.match(text)) and len(text) - m.end() >= 4:
            t = text[m.end() :]
        if t == text and (m := _TITLE_LABEL.match(text)) and len(text) - m.end() >= 4:
            t = text[m.end() :]  # (分享主题：从菜市场到小程序… / 幻灯片 1　…: the field or slide the title is printed in)
        if t == text and (m := _COLUMN_BAR.match(text)) and _column_before(text[m.end() :]):
            t = text[m.end() :]  # (巡察进驻｜在…上的讲话 / 2024硬科技投资论坛｜主题分享：…: the column or event before a bar)
        if t == text and (m := _COPY_TAG_AFTER.search(text)) and m.start() >= 4:
            t = text[: m.start()]
        m = _TAG_AFTER.search(t)
        if m and m.start() >= 4 and (not m.group().strip().startswith(("范文", "通用")) or looks_like_title(t[: m.start()])):
            t = t[: m.start()]
        if t == text:
            return t
        text = t
    return text


# 在…上的讲话（县委书记 张明远） / …致辞（…负责人王明远）: the speaker by office and name in a bracket at a title's end
_BRACKETED_SPEAKER = re.compile(
    rf"[ \u3000]*[（(]([^（）()，,。：:]{{0,24}}(?:{_OFFICES}|负责人|创始人|经理)[ \u3000]*{_NAME})[）)]$"
)
# (the offices that stand before a name; 同志, 委员, 主席 also end words: …的发言同志代表 / …主席团委员)
_GLUED_OFFICE_NAME = re.compile(
    r"(?<=[话言辞告])([\u4e00-\u9fff]{0,12}?(?:书记|市长|县长|区长|镇长|乡长|省长|州长|主任|部长|局长|厅长|处长|院长|校长"
    r"|董事长|总经理|行长|社长|厂长|所长)[\u4e00-\u9fff]{2,3})$"
)


def printed_once(title: str) -> str:
    """``title`` once, when a page printed it twice on its line (在…上的讲话 在…上的讲话)."""
    m = _PRINTED_TWICE.fullmatch(title)
    return m.group(1) if m and looks_like_title(m.group(1)) else title


# （根据录音整理，有删节） / （作者系县委书记） / （本文原载…）: an editor's note on the copy, in brackets on a line of its own,
# above the speech or under it: kept with the bylines (said to the writer), never the title, the speaker or closing words
# (（本文根据…讲话录音整理，有删节。标题为编者所加。）: a note of two sentences)
# (（录音开始） / （录音开头约两分钟杂音，略）: a transcriber's note on the recording)
EDITORS_NOTE = re.compile(
    r"^[（(][^（）()。！？]{0,60}(?:整理|转写|删节|摘要|节选|摘编|摘录|作者系|本文系|原载|速记稿?|实录|录音|杂音|译)[^（）()]{0,40}[）)]$"
)


_NOTE_AT_END = re.compile(r"[ \u3000]*([（(][^（）()]{0,30}(?:整理|审阅|删节)[^（）()]{0,30}[）)])$")


_BYLINE_LAST = re.compile(r"[ \u3000]+([^\s]{2,40}[ \u3000]+[\u4e00-\u9fff]{2,4})$")  # an office and a name ending a line
_ROLE_AFTER = re.compile(
    rf"[ \u3000]+(?P<byline>(?:{_ROLE})[ \u3000]*[：:][ \u3000]*[^\s：:（(][^：:（(]*?)[ \u3000]*(?P<bracket>[（(][^（）()]*[）)])?$"
)


def title_line(text: str) -> tuple[str, list[str]]:
    """The title a header line holds and the bylines printed on it (its date, its speaker), in order.

    在…上的讲话（2023年3月1日）张明远 新华社北京3月1日电 → (在…上的讲话, [（2023年3月1日）, 张明远]);
    新华社北京3月1日电 题：在…上的讲话 → (在…上的讲话, []); 【精品】在…上的讲话（全文） → (在…上的讲话, []);
    在…上的讲话_领导讲话_某某网 → (在…上的讲话, []). Any other line comes back as it is, with no bylines.
    The agency's dateline is no part of the speech and is left out.
    """
    t = text.strip()
    if len(t) > TITLE_LINE_MAX:  # (no title: and the patterns below, anchored at the end, stay linear)
        return t, []
    if EDITORS_NOTE.match(t):  # （根据录音整理）: an editor's note, kept with the bylines
        return "", [t]
    if _TAG_LINE.match(t):  # 【全文】 / （精选5篇） on a line of its own: a site's tag, neither a title nor a byline
        return "", []
    m = _DATELINE_FIRST.match(t)
    if m and m.end() < len(t):
        t = t[m.end() :]
    m = next((m for pattern in _DATELINE_LAST if (m := pattern.search(t))), None)
    if m and m.start() >= 4:
        t = t[: m.start()]
    unpieced = _PIECE.sub("", t)
    t = _untagged(unpieced if looks_like_title(unpieced) else t)
    t = printed_once(t)
    m = _INFO_AFTER.search(t)
    before_info = _untagged(t[: m.start()]) if m else ""
    # (…——在…专题协商会上的发言 市政协委员、农工党市委会副主委 蔡文涛 发布时间：…: the speaker set apart before the page's fields)
    named = _BYLINE_LAST.search(before_info)
    info_byline = named.group(1) if named and named.start() >= 4 and named_apart(named.group(1)) and looks_like_title(before_info[: named.start()]) else ""
    if info_byline:
        before_info = before_info[: len(before_info) - len(named.group(0))]
    if m and looks_like_title(before_info):
        t = before_info
    m = _DATE_AFTER.search(t)
    date_after = m.group("date") if m and looks_like_title(_untagged(t[: m.start()])) else None
    if date_after and m:
        t = _untagged(t[: m.start()])
    m = _PAGE_TAIL.search(t)
    if m and m.start() >= 4 and not _EVENT_SPEAKER.match(t) and looks_like_title(t[: m.start()]) and not looks_like_title(t[m.start() :].strip(" \u3000_|｜-–")):
        t = t[: m.start()]
    bylines: list[str] = []
    m = next((b for b in _BRACKET_AT_END.finditer(t) if _bracketed_date(b.group(1).strip())), None)
    named = t[: m.start()].strip() if m else ""
    if m and re.fullmatch(_NAME, named) and not looks_like_title(named) and not t[m.end() :].strip():
        return "", [t[: m.start()].strip(), m.group().strip()]  # 周立新（2024年2月19日）: a name and its date, no title
    if m and (m.start() >= 4 and t[m.start() - 1] not in _TERMINAL_MARKS or (not t[: m.start()].strip() and m.end() < len(t))):
        after = t[m.end() :].strip()
        if not after or _BYLINE.match(after):
            bylines = [m.group().strip(), *([after] if after else [])]
            t = _untagged(t[: m.start()])
    if date_after:
        bylines.append(date_after)
    if info_byline and t == before_info:
        bylines.append(info_byline)
    # 初三年级家长会发言（录音整理稿，未经本人审阅）: an editor's note on the copy at the title's end, said as a byline
    m = _NOTE_AT_END.search(t)
    if m and m.start() >= 4 and EDITORS_NOTE.match(m.group(1)):
        bylines, t = [m.group(1), *bylines], t[: m.start()]
    # 在…上的讲话（县委书记 张明远） / …开场致辞（阿里巴巴数据技术与产品部负责人闵万里）: the speaker by office and
    # name in a bracket at the title's end
    m = _BRACKETED_SPEAKER.search(t.rstrip())
    if m and m.start() >= 4 and t[: m.start()].endswith(TITLE_END) and looks_like_title(t[: m.start()]):
        bylines, t = [m.group(1), *bylines], t[: m.start()]
    # 廉政专题党课讲稿　主讲：省分行党委书记、行长 阎书恒: the speaker named by his part after the title, set apart
    m = _ROLE_AFTER.search(t)
    if m and m.start() >= 4 and looks_like_title(t[: m.start()]):
        bylines, t = [m.group("byline"), *([m.group("bracket")] if m.group("bracket") else []), *bylines], t[: m.start()]
    # 在…大会上的讲话红石林业局局长张明远（2020年9月30日）: an office and a name glued to a title's end (a page that
    # ran its head into one line)
    m = _GLUED_OFFICE_NAME.search(t.rstrip())
    if m and m.start() >= 4 and t[: m.start()].endswith(TITLE_END) and looks_like_title(t[: m.start()]):
        bylines, t = [m.group(1), *bylines], t[: m.start()]
    # 扎实推动教育强国建设※习近平: a name after a title, set apart by a reference mark (a journal's PDF copy)
    m = re.search(rf"[ \u3000]*※[ \u3000]*({SURNAMED})$", t.rstrip())
    if m and m.start() >= 4 and t[: m.start()].rstrip()[-1] not in _TERMINAL_MARKS:
        bylines, t = [m.group(1), *bylines], t[: m.start()]
    # 在…上的讲话 张明远 (（2023年3月1日）): a name after a title, set apart by a space (a news copy's line), its
    # office perhaps before it (在…上的讲话 街道党工委书记 林某某)
    m = re.search(rf"[ \u3000]+((?:[^\s，,。：:（）()]{{0,24}}{_OFFICES}[ \u3000]+)?{_NAME})$", t.rstrip())
    if m and (t != text.strip() or t[: m.start()].endswith(TITLE_END)) and looks_like_title(t[: m.start()]):
        bylines, t = [m.group(1), *bylines], t[: m.start()]
    return t.strip(), bylines



def prose_line(text: str) -> bool:
    """A line of the speech's text, not a title: a long clause run on with commas (今天，我们在这里…，…)
    or a line that trails off (……) or announces what follows (…讲三点意见： / 会上，潘一鸣强调——)."""
    if looks_like_title(text):
        return False
    commas = text.count("，") + text.count(",")
    return (
        (commas >= 2 and len(text) >= 25)
        or text.endswith(("…", "……"))
        or (commas >= 1 and text.endswith(("：", ":")))
        or bool(_REPORTED_SAYING.search(text))
    )


# 会上，潘一鸣强调—— / 孟繁睿在讲话中指出：: a news report's line over the words it reports, not a title
_REPORTED_SAYING = re.compile(r"(?:强调|指出|表示|要求|说)(?:——|[：:])$")


# 欢迎你为“求真”而来！——在…上的讲话: a main title and its subtitle on one line
# (弘扬“中国—中亚精神”…——在…上的主旨发言: a single dash joins names inside the main title)
_SUBTITLE_ON_LINE = re.compile(r"^(?P<main>(?:[^—]|—(?!—)){4,40}?)[ \u3000]*(?P<sub>——(?:[^—]|—(?!—)){4,80})$")


def title_lines(header: list[SourceParagraph]) -> tuple[list[SourceParagraph], list[SourceText]]:
    """The header's lines with the title of each taken out of what a copy prints around it (``title_line``),
    and the bylines found on them. A main title and its ——subtitle on one line become two lines (one number)."""
    lines: list[SourceParagraph] = []
    bylines: list[SourceText] = []
    for p in header:
        if p.heading_level:
            lines.append(p)
            continue
        title, printed = title_line(p.text)
        bylines += [SourceText(p.number, b) for b in printed]
        if not title:  # （2023年3月1日）张明远 新华社北京3月1日电: bylines only
            continue
        m = _SUBTITLE_ON_LINE.match(title)
        # (AI会让程序员失业吗？——对话独立开发者孟夏: an interview's subtitle)
        if m and (looks_like_title(m.group("sub")) or m.group("sub").startswith(("——对话", "——专访"))) and not m.group("main").startswith("在"):
            lines += [replace(p, text=m.group("main")), replace(p, text=m.group("sub"))]
        else:
            lines.append(p if title == p.text else replace(p, text=title))
    return lines, bylines


# 党课：…干成事同志们：今天… / …上的講話同志們：: the short salutation (a SALUTATION_OPENER word, perhaps more words,
# then its colon) a page glues a title to; page_repair cuts a flattened page's title there, outline a page's summary line
GLUED_SALUTATION = rf"(?:{SALUTATION_OPENER})[^。！？：:\s]{{0,30}}[：:]"
# 同志们：今天召开…: a web page that ran the salutation into the first paragraph (no sentence of it: 各位要…：)
RUN_IN_SALUTATION = re.compile(
    rf"^((?:{SALUTATION_OPENER})(?:(?![{SENTENCE_VERBS}])[^。！？!?：:\s，,；;]){{0,30}})[：:]\s*(?=[\u4e00-\u9fff“])"
)

# 在…上的讲话（2023年3月1日）张明远 新华社北京3月1日电 同志们：今天…: a news copy's head run on into the speech
_RUN_ON_SALUTATION = re.compile(
    rf"(?P<salutation>(?:{SALUTATION_OPENER})"
    r"(?:[^。！？：:\s]{0,30}[：:]|[，,]大家好[！!]"  # (同志们，大家好！ greets as a salutation does)
    r"|[^。！？：:\s]{0,150}[：:]$))"  # (尊敬的…总统，尊敬的…，各位嘉宾：: guests named one by one, to the line's end)
)
RUN_ON_HEAD = 120  # characters; a news head runs on into its salutation within this many
HEAD_LINES = 6  # the lines at the top of a copy where a run-on news head is looked for
# …的讲话（2024年6月1日）王明远同志们： / …（2024年6月1日，北京）国家主席　王明远尊敬的…: the speaker's name glued on
_GLUED_NAME_AFTER = re.compile(r"[）)　 ]([\u4e00-\u9fff]{2,4})$")
# 新华社北京6月1日电关于…的说明王明远同志们：: a name glued to a news head's title with no date between
_GLUED_NAME_TITLE = re.compile(rf"(?:{'|'.join(sorted(TITLE_END, key=len, reverse=True))})([\u4e00-\u9fff]{{2,3}})$")


# …的致辞（2024年12月19日）习近平行政长官贺一诚先生，候任行政长官岑浩辉先生，女士们，先生们：: guests named by
# office and name, glued to the speaker's name after the date's bracket (the salutation opens with the office)
_GUESTS_AFTER_NAME = re.compile(
    r"[）)][ \u3000]*(?P<name>[\u4e00-\u9fff]{2,3}?)"
    rf"(?P<guests>{GUEST_OFFICES}[^。！？：:]{{2,120}}?(?:先生|女士|阁下)[，,])"
)
_SALUTATION_FROM = re.compile(r"(?P<salutation>[^。！？：:]{2,160}[：:])")


def _glued_byline(head: str) -> list[str] | None:
    """The lines of a flattened page's head before its salutation when it ends with a byline set apart by a space
    (县委副书记、县长　周建平), the speech's title glued before it perhaps (在…上的讲话市长　罗启明): [title, byline] or
    [byline]; None if the head ends otherwise."""
    for end in TITLE_END:
        k = head.find(end)
        if k > 0 and (title := head[: k + len(end)]) and looks_like_title(title) and named_apart(rest := head[k + len(end) :]):
            return [title, rest]
    return [head] if named_apart(head) else None


def _run_on_head(text: str) -> tuple[list[str], re.Match[str]] | None:
    """The head lines (title and bylines as they stand) of a news head run on into its salutation, and the
    salutation: set apart by a space, a date's bracket or the dateline (电), or glued to the speaker's name
    that a date's bracket or a news head's title ends with."""
    for m in _RUN_ON_SALUTATION.finditer(text):
        if m.start() > RUN_ON_HEAD:
            break
        head = text[: m.start()].strip()
        parted = title_line(head)
        if (
            parted == (head, []) and head.endswith(TITLE_END) and looks_like_title(head)
            and not SALUTATION_PATTERN.match(head) and not text[m.end() :].strip()
        ):
            return [head], m  # 在…上的讲话同志们：, the line's end: a title glued to its salutation (not a page's summary)
        byline = _glued_byline(parted[0]) if len(parted[1]) <= 1 else None
        if byline is not None:  # (县委副书记、县长　周建平（2024年1月10日）同志们：… / 在…上的讲话市长　罗启明同志们：…)
            return [*byline, *parted[1]], m
        if is_date_line(head):  # (（2024年2月19日）同志们：今天召开…)
            return [head], m
        if parted == (head, []) or not looks_like_title(parted[0]):
            glued = _GLUED_NAME_TITLE.search(head)
            if glued and _DATELINE_FIRST.match(head) and looks_like_title(title_line(head[: glued.start(1)])[0]):
                return [head[: glued.start(1)], glued.group(1)], m
            guests = _GUESTS_AFTER_NAME.search(head)
            said = _SALUTATION_FROM.match(text, guests.start("guests")) if guests else None
            if guests and said and looks_like_title(title_line(head[: guests.start("name")])[0]):
                return [head[: guests.start("name")], guests.group("name")], said
            continue
        before = text[: m.start()]
        if before.rstrip(" \u3000")[-1:] in "）)电" or before[-1:] in " \u3000":
            return [head], m
        name = _GLUED_NAME_AFTER.search(head)
        if name and parted[1] and parted[1][-1].endswith(name.group(1)):
            return [head], m
    return None


def run_on_heads(paras: list[SourceParagraph]) -> list[SourceParagraph]:
    """A line among the first that holds a news copy's head (``title_line`` finds its date, speaker or
    dateline), the salutation and the speech's first words is cut into the three (one number)."""
    out: list[SourceParagraph] = []
    for k, p in enumerate(paras):
        found = _run_on_head(p.text) if k < HEAD_LINES and not p.heading_level else None
        if found is None:
            out.append(p)
            continue
        heads, m = found
        rest = p.text[m.end() :].strip()
        out += [
            *(replace(p, text=h) for h in heads),
            replace(p, text=m.group("salutation")),
            *([replace(p, text=rest)] if rest else []),
        ]
    return out


# A web page may print its menus, column names, page title and an editor's lead of a sentence or two above
# the speech's printed head (title / （date） / speaker, then the salutation): dozens of short lines.
PAGE_HEAD_LINES = 80  # lines of a page above a speech that are looked through
PAGE_LEAD_LINES = 2  # sentences of an editor's lead among them
HEAD_RUN = 6  # header-like lines at the top a speech's own head has at most
PAGE_TITLE_MIN = 8  # characters of a title under a page's lines (领导讲话 there is a column's name)


PAGE_LINE = 30  # characters of a page's menu entry or column name at most; a title may be longer
PAGE_LONG_LINES = 4  # lines longer than that (a page title, the speech's title) above the head at most


class _PageLines:
    """Walks a page's lines from the top: menus and names (short), titles (long, few), an editor's lead
    (PAGE_LEAD_LINES sentences at most); ``ended`` once a line shows the speech has begun (a numbered line,
    one more sentence or long line than a page holds: an unpunctuated transcript's lines are long)."""

    def __init__(self) -> None:
        self.sentences = 0
        self.long = 0
        self.last = ""

    def ended(self, p: SourceParagraph) -> bool:
        if any(m.style != "——" for m in match_label(p.text)) or (p.heading_level and not p.is_title):
            return True
        repeated, self.last = p.text == self.last, p.text
        if repeated:  # (a slideshow's caption, the same line once per picture: the page's, counted once)
            return False
        if len(p.text) > 60 or p.text[-1] in _TERMINAL_MARKS:
            self.sentences += 1
        elif len(p.text) > PAGE_LINE:
            self.long += 1
        return self.sentences > PAGE_LEAD_LINES or self.long > PAGE_LONG_LINES


def salutation_under_page(paras: list[SourceParagraph]) -> int | None:
    """Where the salutation stands under a page's lines (see PAGE_HEAD_LINES and ``_PageLines``); None when
    a speech begins above it."""
    lines = _PageLines()
    for i, p in enumerate(paras[:PAGE_HEAD_LINES]):
        if len(p.text) <= 50 and SALUTATION_PATTERN.match(p.text):
            return i
        if lines.ended(p):
            return None
    return None


def printed_head_end(paras: list[SourceParagraph]) -> int:
    """Where a printed head (a title over its date or speaker: 在…上的讲话 / （2019年4月16日） / 张明远) ends
    under a page's lines (see ``salutation_under_page``) further down than a speech's own head (HEAD_RUN),
    else 0."""
    lines, end = _PageLines(), 0
    for i, p in enumerate(paras[:PAGE_HEAD_LINES]):
        if lines.ended(p):
            break
        signed = is_date_line(p.text) or BRACKETED.match(p.text) or byline_like(p.text)
        # (政府工作报告（摘要） / ——2025年1月16日在…会议上 / 市长　周立群: the speaker under a ——subtitle)
        if signed and any(
            (looks_like_title(t := title_line(q.text)[0]) and len(t) >= PAGE_TITLE_MIN) or q.text.startswith("——")
            for q in paras[max(i - 2, 0) : i]
        ):
            end = i + 1
    return end if end > HEAD_RUN else 0


PAGE_HEADLINES = 2  # long lines over the text under a page's menus: the page's headline and the title under it


def headline_under_page(paras: list[SourceParagraph]) -> tuple[int, int] | None:
    """Where a headline stands right above the text under a page's lines, with nothing signed or only the
    speaker's name under it (共产党员网首页 / 手机版 / … / 习近平：一个国家、一个民族不能没有灵魂 / 2019年3月4日下午，…;
    … / 推动形成…的区域经济布局 / 习近平 / 当前…), more than a speech's own head (HEAD_RUN) down: the headline's
    line and the text's first; None when the lines above the text are no page's or the line over it is no headline."""
    lines = _PageLines()
    for i, p in enumerate(paras[:PAGE_HEAD_LINES]):
        if lines.ended(p) or lines.sentences:
            if lines.long > PAGE_HEADLINES:
                return None  # (long lines one after another: an unpunctuated transcript's, no page's)
            k = i - 2 if i >= 2 and byline_like(paras[i - 1].text) else i - 1
            headline = paras[k].text if k >= 0 else ""
            if k >= HEAD_RUN and len(headline) >= PAGE_TITLE_MIN and theme_words(headline) and headline[-1] not in _TERMINAL_MARKS:
                return k, i
            return None
    return None


THEME_CJK = 0.8  # share of Chinese characters in a theme title's line (收听本文 00:00/00:00 is a page's player)


def theme_words(text: str) -> bool:
    """A line that can be a theme title over a title (坚定信心　奋力攻坚): Chinese words, some punctuation."""
    marks = re.sub(r"[\s\u3000，、；！“”‘’《》·—]", "", text)
    return bool(marks) and len(re.findall(r"[\u4e00-\u9fff]", marks)) >= THEME_CJK * len(marks)


HELD_TITLE_MIN = 6  # characters of a title a page's line above it repeats in full


def holds_title(line: str, below: str) -> bool:
    """``line`` is a page's breadcrumb or title that holds the whole title printed under it (首页资讯张明远：… /
    张明远：…), not the first half of a title folded over two lines."""
    a, b = re.sub(r"\s", "", line), re.sub(r"\s", "", below)
    return len(b) >= HELD_TITLE_MIN and len(a) > len(b) and b in a


# 在浙江省第十四届人民代表大会第四次会议上 / 在…开幕式时: where a speech was given, after its date
_OCCASION = re.compile(r"^在[^，。：:]{4,60}(?:上|时|期间)[）)]?$")


def occasion_line(rest: str) -> bool:
    """The words after a date that opens a line say where the speech was given (2026年1月14日在…会议上)."""
    return bool(_OCCASION.match(rest.strip(" \u3000")))


def dated_title(rest: str) -> bool:
    """The words after a date that opens a line are a title (2025-03-27-在…班会上，跟大家做了一些分享 /
    2024年 在…上的讲话), not a speaker, the occasion (在…会议上) or a page's information (2024-05-20 来源：…)."""
    words = rest.strip(" \u3000-_—:：").strip()
    return (
        len(words) >= HELD_TITLE_MIN
        and not re.search(r"[:：|｜]|\d{1,2}:\d{2}", words)
        and not byline_like(words)
        and not occasion_line(words)
        and (looks_like_title(words) or words.startswith("在"))
    )


FOLDED_SUBTITLE_MAX = 30  # characters of a subtitle's second line


def subtitle_goes_on(subtitle: str, line: str) -> bool:
    """``line`` is the rest of a ——subtitle folded over two lines: the subtitle stops short of its end
    (——2026年1月26日在广东省第十四届) and the line ends it (人民代表大会第五次会议上 / …上的讲话)."""
    if not subtitle.startswith(("——", "—", "--")) or subtitle.endswith((*TITLE_END, "上", "时")):
        return False
    return len(line) <= FOLDED_SUBTITLE_MAX and line.endswith((*TITLE_END, "会议上", "大会上", "会上")) and not line.startswith("在")
