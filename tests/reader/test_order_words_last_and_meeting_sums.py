"""The count said in order words, ended by its 最后, is over (vo04, jp12, ld09 of the everyday suite): 首先，… 其次，…
最后，我想对各位家长朋友们提几点希望。 then 第一，… 第二，… 第三，…: the 第三 is the list's under 最后, not the count's
third (an opening 首先，非常感谢大家… before the count does not hide it). A closing speech's sum-up of the meeting
(这次会议有两个显著特点。一是…二是…: vv14) is no points. 另外，我再说一下秸秆禁烧。 after the count's last is a word
more under it (ten writers of ten: vq16 and nine others). Page lines: > 讲话人：… / > 时间：… quoted in Markdown stay a
line each (vq24); A- A+　分享：微信 | 微博 is a page's buttons (vt20).
Near misses: 首先，… 其次，… 第三，… with no 最后 counts on; 今年有两个显著特点。一是… (no meeting) before the points is
still read as before; 还有一个事，… after the count is still one more point."""

from __future__ import annotations

from pathlib import Path

from .mining import headings, mine

PARENTS = (
    "尊敬的各位家长朋友们：\n\n首先，非常感谢大家在百忙之中来参加家长会。\n\n"
    "首先，向大家汇报一下学校的基本情况。学校现有学生一千二百人，教职工八十人。\n\n"
    "其次，向大家介绍本学期学校的重点工作。本学期我们重点抓好课堂教学和课后服务。\n\n"
    "{last}\n\n"
    "第一，做孩子的榜样。孩子是父母的镜子，您希望孩子成为什么样的人，自己先要成为那样的人。\n\n"
    "第二，做孩子的朋友。多听孩子说，少对孩子吼。\n\n"
    "第三，做学校的伙伴。家校之间是同一条战壕里的战友。\n\n"
    "家长朋友们，每个孩子都是一颗独特的种子。谢谢大家！\n"
)


def test_after_the_counts_last_a_third_is_the_list_under_it(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, PARENTS.format(last="最后，我想对各位家长朋友们提几点希望。"))
    assert headings(spec["points"]) == ["向大家汇报一下学校的基本情况", "向大家介绍本学期学校的重点工作", "我想对各位家长朋友们提几点希望"]
    assert headings(spec["points"][2]["items"]) == ["做孩子的榜样", "做孩子的朋友", "做学校的伙伴"]


def test_with_no_last_the_third_counts_on(tmp_path: Path) -> None:
    # near miss: no 最后: 首先，其次，第三， is one count (the speaker switched style)
    spec, _ = mine(tmp_path, PARENTS.format(last="学校的发展，离不开家长的支持。").replace("第一，做孩子的榜样。", "另外，做孩子的榜样。").replace("第二，做孩子的朋友。", "同时，做孩子的朋友。"))
    assert headings(spec["points"]) == ["向大家汇报一下学校的基本情况", "向大家介绍本学期学校的重点工作", "做学校的伙伴"]


SUMMED = (
    "老师们、同志们：\n\n为期两天的工作会议就要结束了，开得紧凑、务实、高效。\n\n"
    "{sum}一是问题意识强。无论是工作报告还是分组讨论，大家都没有回避矛盾。二是目标导向明。各项任务都有了时间表和路线图。\n\n"
    "过去一年，学校各项事业取得了新的进展，新增了两个博士学位授权点。\n\n"
    "第一，锚定“双一流”建设目标，在学科建设上求突破\n\n学科是大学的基本单元，要集中力量建设优势学科，形成特色和品牌。\n\n"
    "第二，坚持立德树人根本任务，在人才培养上提质量\n\n要把思政课建设摆在突出位置，推进课程思政全覆盖。\n\n"
    "第三，全面加强党的建设，在治理能力上见成效\n\n要把党的领导贯穿办学治校全过程，落实全面从严治党责任。\n\n"
    "老师们、同志们，新学期的任务已经明确，让我们一起努力！\n"
)


def test_the_meeting_summed_up_before_the_points_is_no_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, SUMMED.format(sum="这次会议有两个显著特点。"))
    assert headings(spec["points"]) == [
        "锚定“双一流”建设目标，在学科建设上求突破", "坚持立德树人根本任务，在人才培养上提质量", "全面加强党的建设，在治理能力上见成效"
    ]


def test_a_list_brought_in_on_something_else_is_read_as_before(tmp_path: Path) -> None:
    # near miss: 我们的工作有两个显著特点 sums up no meeting: the list stays with the points, as before this change
    spec, _ = mine(tmp_path, SUMMED.format(sum="上学期我们的工作有两个显著特点。"))
    assert headings(spec["points"])[:2] == ["问题意识强", "目标导向明"]


HARVEST = (
    "同志们：\n\n今天在这里开个秋收现场会。我讲几点意见。\n\n"
    "第一，机收要抓紧组织。农机合作社要把机子准备好。\n\n第二，烘干仓储要跟上。烘干能力不足的要提前协调。\n\n"
    "第三，秋种要同步推进。收一块、种一块。\n\n第四，安全生产不能松。农机作业要注意安全。\n\n"
    "{more}秋收以后，有的农民图省事，一把火把稻草烧了，烟雾大，还容易引发火灾。\n\n"
    "同志们，粮食安全是“国之大者”，大家回去抓紧落实。\n"
)


def test_a_word_more_after_the_counts_last_is_no_point(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, HARVEST.format(more="另外，我再说一下秸秆禁烧。"))
    assert headings(spec["points"]) == ["机收要抓紧组织", "烘干仓储要跟上", "秋种要同步推进", "安全生产不能松"]


def test_one_more_thing_after_the_count_is_still_a_point(tmp_path: Path) -> None:
    # near miss: 还有一个事，就是秸秆禁烧。 adds a point, as before
    spec, _ = mine(tmp_path, HARVEST.format(more="还有一个事，就是秸秆禁烧。"))
    assert len(spec["points"]) == 5


def test_quoted_fact_lines_stay_a_line_each(tmp_path: Path) -> None:
    text = (
        "# 在桂园社区七月工作例会上的讲话（录音整理）\n\n"
        "> 讲话人：桂园社区党委书记、居委会主任　龚丽萍\n> 时间：2024年7月1日上午　地点：社区二楼会议室\n> 整理：社区办公室\n\n"
        "各位同事：\n\n大家早上好。七月份的事情特别多，我挑几件要紧的说。\n\n"
        "第一，防汛。汛期到了，低洼地带的住户要逐户登记。\n\n第二，暑期安全。孩子放假了，防溺水要讲到每一家。\n\n"
        "好，就说这些。\n"
    )
    spec, _ = mine(tmp_path, text, "speech.md")
    assert spec["speaker"] == "龚丽萍"


def test_font_buttons_over_the_speech_are_the_pages(tmp_path: Path) -> None:
    text = (
        "新财经网 > 公司 > 正文\n\n领拓半导体董事长钟怀远：未来五年“三步走”，打造世界级功率芯片企业\n\n"
        "2025-05-20 16:48:12　来源：新财经网\n\nA- A+　　分享：微信 | 微博 | 复制链接\n\n"
        "尊敬的各位领导、各位嘉宾：\n\n大家下午好！感谢大家参加领拓半导体的战略发布会。\n\n"
        "第一步，夯实基础，做强硅基。\n\n第二步，重点突破，决胜碳化硅。\n\n第三步，走向全球，跻身一流。\n\n谢谢大家！\n"
    )
    spec, report = mine(tmp_path, text)
    assert "A- A+" not in spec["title"]
    assert "A- A+" in report  # (the line dropped is reported)
