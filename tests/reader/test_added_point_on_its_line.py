"""One more point added after a count on a line of its own, shaped as the count's headings are (uq09, uq14, uq16 of
the everyday suite): after heading lines (第三点：安全质量是底线) 还有一点，我要特别强调一下：农民工工资。 standing alone;
in a Word file, after bold heading lines with a run-in bold list under the last, a bold 最后，我再强调一下合规的问题。
standing alone; after a run-in list under a last point on its own line, 还有就是，我要专门讲一下… (uy01, uy03,
uy09); and 我再多说一条，就是… said as the added one. Near misses: the added words running on into their
text under a heading line (one more thing under the heading's topic, ia10), and 我再多说一句 (an aside)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from jianggao.cli.main import cli
from tests.reader.everyday_docx import from_markup
from tests.reader.mining import headings, mine

HEADED = (
    "在项目管理现场观摩会上的讲话\n同志们：\n今天上午我们看了三个项目，我讲三点。\n"
    "第一点：项目是企业的根，管项目就是管企业的命\n"
    "项目管得好不好，决定了企业赚不赚钱。有的项目部把项目当成自己的一亩三分地，这个观念要改。\n"
    "第二点：标准化不是摆样子，是实打实的生产力\n"
    "标准化做得好的项目，成本低、工期准、返工少。今天看的滨江花园二期就是一个好例子。\n"
    "第三点：安全质量是底线，底线守不住什么都是零\n"
    "安全和质量实行一票否决，项目上出了较大安全事故的，项目经理就地免职。\n"
    "{added}\n"
    "各项目部要严格落实工资专用账户、实名制管理、按月足额支付，哪个项目再出现讨薪的，项目经理直接免职。\n"
    "同志们，希望大家把今天观摩的收获带回去，把每一个项目都干成精品工程！\n"
)


def test_one_more_point_on_a_line_of_its_own_after_heading_lines(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, HEADED.format(added="还有一点，我要特别强调一下：农民工工资。"))
    assert headings(spec["points"])[-1] == "还有一点，我要特别强调一下：农民工工资"
    assert len(spec["points"]) == 4


def test_one_more_thing_running_on_under_the_last_heading_adds_none(tmp_path: Path) -> None:
    # near miss: the added words run on into their text: more of the last heading's part
    spec, _ = mine(
        tmp_path,
        HEADED.format(
            added="还有一点，要关心一线工人。工人师傅常年在外，吃不好、睡不好，项目部要多关心。"
        ),
    )
    assert len(spec["points"]) == 3


TALK = (
    "在质量工作会议上的讲话\n同志们：\n今天这个会，我讲三点意见。\n"
    "第一，质量意识还没有真正落到每个人身上。有的班组长觉得质量是品控部的事，这个认识要纠正。\n"
    "第二，异物防控要下狠功夫。上个季度客户投诉里面，异物问题占了一半以上。\n"
    "第三，质量管理体系要真正运行起来。体系文件写得很好，但执行走了样。\n"
    "{added}投诉来了，要二十四小时内响应，七十二小时内给出原因分析。\n"
    "同志们，质量是企业的生命，希望大家把今天的要求落到每一道工序上！\n"
)


@pytest.mark.parametrize(
    ("added", "count"),
    [("我再多说一条，就是客户投诉的处理。", 4), ("我再多说一句，就是客户投诉的处理。", 3)],
)
def test_one_more_said_with_duo_shuo(tmp_path: Path, added: str, count: int) -> None:
    # near miss: 我再多说一句 is an aside, no point
    spec, _ = mine(tmp_path, TALK.format(added=added))
    assert len(spec["points"]) == count


MARKUP = """#C 在一季度开门红总结会上的讲话
各位同事：
今天开这个会，把一季度的情况通报一下，把二季度的事安排一下。
**一、先给大家算一笔账**
一季度各项存款净增两亿一千万，完成全年任务的百分之四十二，这个成绩来之不易。
**二、开门红以后不能一季红**
每年都是一季度拼了命，二季度就松了劲，这个节奏要改一改。
**三、二季度几件具体的事**
二季度事情很多，我挑几件重要的说。
**第一件，存款要稳住。**到期的定期存款，客户经理要一户一户去跟。
**第二件，贷款要投出去，还要收得回来。**商户备货的高峰要抓住。
**第三件，网点转型要有起色。**来柜台办业务的人越来越少了。
{last}
一季度被监管部门通报的问题里面，有两条是我们支行的，这个教训要记住。
各位同事，开门红是大家一起干出来的，我为大家点赞！
谢谢大家！
"""


def _mine_docx(tmp_path: Path, last: str) -> dict:
    src = tmp_path / "q1_review.txt"
    src.write_text(MARKUP.format(last=last), encoding="utf-8")
    result = CliRunner().invoke(cli, ["mine", str(from_markup(src, tmp_path)), "-o", "-"])
    assert result.exit_code == 0, result.output
    return yaml.safe_load(result.stdout)


def test_bold_last_on_its_line_after_a_run_in_list_is_one_more_point(tmp_path: Path) -> None:
    spec = _mine_docx(tmp_path, "**最后，我再强调一下合规的问题。**")
    assert len(spec["points"]) == 4
    assert headings(spec["points"][2]["items"]) == [
        "第一件，存款要稳住",
        "第二件，贷款要投出去，还要收得回来",
        "第三件，网点转型要有起色",
    ]


def test_bold_last_running_on_into_its_text_is_no_point(tmp_path: Path) -> None:
    # near miss: 最后， runs on into its text in the paragraph: no line of its own, as the count's headings are
    spec = _mine_docx(
        tmp_path, "**最后，我再强调一下合规的问题。**合规这个事，我跟大家讲过多少次了。"
    )
    assert len(spec["points"]) == 3


ORAL = (
    "在全县安全生产推进会上的讲话\n同志们：\n下面，我讲两点意见。\n"
    "第一点，要盯住重点，把风险隐患真正排查出来、整改到位。\n"
    "今年的排查整治，重点是城镇燃气、建筑施工和道路交通，各乡镇、各部门要一项一项过。\n"
    "第二点，要压实责任，把安全生产的责任链条拧紧。\n"
    "首先是企业的主体责任。企业是安全生产的第一责任人，主要负责人要亲自抓。\n"
    "其次是部门的监管责任。管行业必须管安全，管业务必须管安全。\n"
    "再次是乡镇的属地责任。乡镇是安全生产的最前线，要把网格员用起来。\n"
    "{added}\n"
    "马上进入主汛期了，各地要把应急预案再修订一遍，物资要备足，队伍要拉得出、打得赢。\n"
    "同志们，安全生产只有起点没有终点，希望大家把各项措施落到实处！\n"
)


@pytest.mark.parametrize(
    ("added", "count"),
    [
        ("还有就是，我要专门讲一下应急准备的问题。", 3),  # a topic of its own, said on a line of its own (uy09)
        ("最后我再强调一下，应急准备。", 3),  # the topic after a pause (uy03)
        # near miss: 另外，我再强调一下… is a word more under the last point, as six writers of seven read it
        ("另外，我再强调一下应急准备的问题。", 2),
    ],
)
def test_one_more_topic_after_a_run_in_list_under_the_last_point(tmp_path: Path, added: str, count: int) -> None:
    spec, _ = mine(tmp_path, ORAL.format(added=added))
    assert len(spec["points"]) == count
