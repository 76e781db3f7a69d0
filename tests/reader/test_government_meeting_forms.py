"""Forms of county and city government meetings' speeches (everyday round a): a count said in mixed markers, the
comrades named by where they come from, a pledge list that ends with 最后，我们将…, what is to be done after the
meeting and 以上讲的，… as closing words; each with a near miss that keeps its reading. Speeches of our own wording."""

from __future__ import annotations

from pathlib import Path

from jianggao.reader.outline_records import SourceParagraph
from jianggao.reader.page_repair import rejoin_page_lines
from tests.reader.mining import headings, mine

HEAD = "在全县防汛工作紧急调度会上的讲话\n\n同志们：\n\n今天开个短会，主要是部署当前防汛工作，讲四点。\n\n"
TOPICS = ["思想认识要到位", "责任落实要到位", "应急准备要到位", "值班值守要到位"]
TEXTS = [
    "今年入汛以来，有的同志产生了麻痹思想，这是非常危险的，必须坚决克服。",
    "县级包乡领导今晚十二点前必须到岗，乡镇主要负责同志要坐镇指挥。",
    "人员转移是避免伤亡最有效的办法，危险区群众要提前转移、应转尽转。",
    "从现在开始，全县各级各部门实行二十四小时值班和领导带班制度。",
]
END = "\n\n同志们，时间紧迫，任务艰巨，让我们共同努力！"


def _speech(labels: list[str], head: str = HEAD) -> str:
    return head + "\n\n".join(f"{label}{topic}。{text}" for label, topic, text in zip(labels, TOPICS, TEXTS, strict=True)) + END


def _bare(spec: dict) -> list[str]:
    return [h.rstrip("。") for h in headings(spec["points"])]


def test_a_count_that_goes_on_in_a_second_style_keeps_going(tmp_path: Path) -> None:
    # 一、 二、 第三， 第四，: the switch holds for the rest of the count (第四 had been read as 第三's text)
    spec, report = mine(tmp_path, _speech(["一、", "二、", "第三，", "第四，"]))
    assert _bare(spec) == TOPICS
    assert "混用了几种序号样式" in report


def test_the_numbers_a_heading_run_misses_said_in_other_styles_are_its_points(tmp_path: Path) -> None:
    # 一、 第二， 三是 四、 (a speaker switching as he goes): the run's gap is filled by the numbers said there
    spec, _ = mine(tmp_path, _speech(["一、", "第二，", "三是", "四、"]))
    assert _bare(spec) == TOPICS


def test_a_list_under_a_heading_is_no_filling_of_the_runs_gap(tmp_path: Path) -> None:
    # near miss: 第一，第二， under 一、 before 三、 (二、 lost): a list of the first point, its 第二 not the second
    text = HEAD + "\n\n".join(
        [f"一、{TOPICS[0]}", f"第一，{TEXTS[0]}", f"第二，{TEXTS[1]}", f"三、{TOPICS[2]}", TEXTS[2], f"四、{TOPICS[3]}", TEXTS[3]]
    ) + END
    spec, _ = mine(tmp_path, text)
    assert _bare(spec) == [TOPICS[0], TOPICS[2], TOPICS[3]]


def test_comrades_named_by_where_they_come_from_are_the_salutation(tmp_path: Path) -> None:
    for salutation in ("各乡镇、各有关部门的同志们", "参加会议的同志们"):
        spec, _ = mine(tmp_path, _speech(["一、", "二、", "三、", "四、"], HEAD.replace("同志们", salutation, 1)))
        assert spec["salutation"] == salutation


PLEDGES = [
    "首先，我们将以最大的诚意做好服务。县里对每个签约项目都明确一名县级领导牵头、一个专班跟进。",
    "其次，我们将以最实的举措保障要素。土地、用能、融资、用工等要素，县里将优先保障、应保尽保。",
]
SIGNING = "在全县重大项目集中签约仪式上的讲话\n\n各位企业家朋友，同志们：\n\n今天，十二个项目集中签约。借此机会，我代表县委、县政府作三点承诺。\n\n"
THANKS = "\n\n各位企业家朋友！希望各签约企业加快推进项目前期工作，早落地、早开工。\n\n谢谢大家！"


def test_a_last_pledge_that_opens_as_the_one_before_it_is_the_last_point(tmp_path: Path) -> None:
    last = "最后，我们将以最严的标准维护企业权益。对吃拿卡要的行为，发现一起、查处一起，决不姑息。"
    spec, _ = mine(tmp_path, SIGNING + "\n\n".join([*PLEDGES, last]) + THANKS)
    assert [h.rstrip("。") for h in headings(spec["points"])] == ["我们将以最大的诚意做好服务", "我们将以最实的举措保障要素", "我们将以最严的标准维护企业权益"]


def test_a_last_word_that_opens_otherwise_is_the_closing(tmp_path: Path) -> None:
    # near miss: 最后，我们要… after 首先/其次 pledges, not opening as they do: the closing words, as before
    last = "最后，我们要携起手来，共同开创政企合作的新局面！"
    spec, _ = mine(tmp_path, SIGNING + "\n\n".join([*PLEDGES, last]) + "\n\n谢谢大家！")
    assert len(spec["points"]) == 2
    assert spec["closing"] == [last]


OUTLINE = (
    "在县政府常务会议上关于安全生产工作的讲话提纲\n\n一、基本判断\n\n1.总体平稳\n\n2.隐忧不少\n\n3.进入高发期\n\n"
    "二、几点要求\n\n1.明察暗访不打招呼，安委办每月通报一次。\n\n2.出了事故，属地、行业部门一并倒查责任。\n\n"
)


def test_what_is_to_be_done_after_the_meeting_closes_an_outline(tmp_path: Path) -> None:
    for last in ("请应急局会后形成专题纪要，分解任务到各责任单位。", "会后，各乡镇、各部门要及时传达会议精神，抓好落实。"):
        spec, _ = mine(tmp_path, OUTLINE + last)
        assert headings(spec["points"]) == ["基本判断", "几点要求"]
        assert spec["closing"] == [last]


def test_what_was_said_above_opens_the_closing_after_a_short_sentence(tmp_path: Path) -> None:
    last = "下半年的任务还很重，时间也很紧。以上讲的，请各乡镇、各部门结合实际抓好落实。"
    spec, _ = mine(tmp_path, OUTLINE + last)
    assert spec["closing"] == [last]


def _wrapped(paragraphs: list[str], width: int = 30) -> str:
    """A copy cut every ``width`` characters (not columns), each paragraph indented by two full-width spaces."""
    lines = []
    for text in paragraphs:
        text = "\u3000\u3000" + text if not text.startswith(("一、", "二、")) else text
        lines += [text[i : i + width] for i in range(0, len(text), width)]
    return "\n".join(lines)


PROJECTS = [
    "今天常务会议专门研究重点项目建设，这是今年以来县政府第三次就项目建设召开专题会议。下面，我强调两个问题。",
    "一、清醒认识项目建设面临的严峻形势",
    "截至8月底，全县132个重点项目累计完成投资78.6亿元，占年度计划的61.3%，比序时进度慢了5个百分点，其中进度低于序时进度的项目有47个，完成全年目标的难度非常大。",
    "二、压紧压实责任，确保全年目标任务圆满完成",
    "各分管副县长要对分管领域的项目负总责，每月至少到项目现场调度一次。县督查室要会同发改局，对重点项目实行周调度、月通报，对连续两个月进度滞后的项目约谈有关负责同志。",
    "今天会议议定的事项，县政府办公室要形成会议纪要，明确责任单位和完成时限，下发各有关单位执行。",
]


def test_a_copy_cut_at_a_number_of_characters_is_joined_again_over_its_digits(tmp_path: Path) -> None:
    # a full line with half-width digits is narrower than the page: it ran on all the same (a14); the minutes'
    # instruction (今天会议议定的事项，…) is the closing
    spec, _ = mine(tmp_path, "在县政府常务会议上关于重点项目建设的讲话\n\n" + _wrapped(PROJECTS))
    assert headings(spec["points"]) == ["清醒认识项目建设面临的严峻形势", "压紧压实责任，确保全年目标任务圆满完成"]
    assert spec["points"][0]["intro"] == [PROJECTS[2]]
    assert spec["closing"] == [PROJECTS[-1]]


def test_a_running_head_set_apart_by_spaces_is_not_joined_to_the_line_after() -> None:
    # near miss: 县人民政府办公室　…　2023-09-05 as many characters as a line, where a page number was (r33's copy): the
    # line before runs on into it, as ever, but it runs on into nothing
    line = "各分管副县长要对分管领域的项目负总责每月至少到项目现场调度"  # (30 characters, cut mid-sentence)
    head = "县人民政府办公室" + "\u3000" * 12 + "2023-09-05"
    texts = [line] * 8 + [head, line, "一次。"]
    joined = [p.text for p in rejoin_page_lines([SourceParagraph(i + 1, t) for i, t in enumerate(texts)])]
    assert joined == [line * 8 + head, line + "一次。"]



def test_a_reports_dated_subtitle_as_wide_as_the_page_does_not_run_on_into_its_byline(tmp_path: Path) -> None:
    """——2025年1月16日在…人民代表大会第四次会议上 over 嵩岭县人民政府县长　马天佑 in a PDF copy cut at the page's
    width (the head of the everyday suite's mq18): the subtitle ends its line, the byline is the speaker's."""
    copy = Path(__file__).parent.parent / "data" / "everyday" / "speeches" / "mq18_songling_county_gov_report_pdf.txt"
    head = "\n".join(copy.read_text(encoding="utf-8").splitlines()[:40])
    spec, _ = mine(tmp_path, head)
    assert spec["subtitle"] == "——2025年1月16日在嵩岭县第十七届人民代表大会第四次会议上"
    assert (spec["speaker"], spec["speaker_title"]) == ("马天佑", "嵩岭县人民政府县长")
