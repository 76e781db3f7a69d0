"""A short speech's list said inside one paragraph as one sentence's clauses (借此机会，我提三点希望：一是要…；二是
要…；三是要…。). The everyday writers split on it: seventeen (rounds ni–ok) read a list the speaker counts as his own, or
one that is most of the speech, as its points, as corpus/ANNOTATION.md counts a list so brought in; eight (hd05, he19,
hx21, ia06, jf25, jh14, ka22, z21) read none. The reader follows the seventeen. Near misses: a list of facts the speaker
reports (面临三个方面的困难：第一，…；第二，…) is no set of the speech's points, and neither is an uncounted list of
clauses among the speech's other parts; items that are sentences of their own (第一，…。…。第二，…) are points."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reader.mining import headings, mine

HEAD = "在全市年轻干部培训班开班仪式上的讲话\n各位学员：\n大家好！今天，全市年轻干部培训班正式开班了，我代表市委表示祝贺。\n"
END = "最后，预祝本期培训班取得圆满成功！\n"
MORE = (
    "这次培训班是市委着眼长远、加强年轻干部队伍建设的一项重要举措。培训为期两个月，安排了理论学习、专题研讨、"
    "现场教学和基层实践等内容，市委对这期培训班寄予厚望，各位学员都是各单位精心推荐的优秀年轻干部。\n"
    "从报名情况看，大家学习热情很高，很多同志带着工作中的问题来，这是很好的。希望大家珍惜机会，学有所获。\n"
)



@pytest.mark.parametrize(
    "list_said",
    [
        "借此机会，我提三点希望：一是要珍惜学习机会，沉下心来读原著；二是要坚持学以致用，带着问题学；三是要严守培训纪律，遵守学员管理规定。",
        "借此机会，我提三点希望。第一，要珍惜学习机会。原著要一页一页地读，读懂读透，不能浮光掠影、浅尝辄止。"
        "第二，要坚持学以致用。带着问题学，联系实际学，把学到的东西用到推动工作上来。"
        "第三，要严守培训纪律。按时上课，不请假不缺课，自觉遵守学员管理的各项规定。",
    ],
)
def test_a_list_the_speaker_counts_as_his_own_is_the_speechs_points(tmp_path: Path, list_said: str) -> None:
    spec, _ = mine(tmp_path, HEAD + MORE + list_said + "\n" + END)
    assert len(headings(spec.get("points") or [])) == 3


def test_a_list_that_is_most_of_a_short_speech_is_its_points(tmp_path: Path) -> None:
    spec, _ = mine(
        tmp_path,
        "在国庆假期全省高速公路保畅调度会上的讲话\n同志们：\n前三天全省高速公路总体运行平稳，大家辛苦了。明后两天是返程高峰，"
        "我再简要强调：一是盯紧重点路段，对往年易拥堵的收费站和服务区，要提前增派人员，及时启动分流预案；"
        "二是做好信息发布，通过导航平台、情报板和广播，滚动发布路况和绕行建议，让群众出行心中有数。\n"
        "最后，请各单位严格落实值班值守制度。\n",
    )
    assert [h[:6] for h in headings(spec.get("points") or [])] == ["盯紧重点路段", "做好信息发布"]


def test_an_uncounted_list_of_clauses_among_other_parts_is_no_points(tmp_path: Path) -> None:
    # near miss: the list neither counted as the speaker's nor most of the speech
    spec, _ = mine(
        tmp_path,
        HEAD + MORE + MORE.replace("这次", "本期") + "大家来自不同单位：一是有机关的，二是有乡镇的，三是有企业的。\n" + END,
    )
    assert headings(spec.get("points") or []) == []


def test_facts_the_speaker_reports_under_a_point_are_no_points(tmp_path: Path) -> None:
    # near miss: 面临三个方面的困难：第一，…；第二，…；第三，…。 counts facts inside the second of three lead sentences
    spec, _ = mine(
        tmp_path,
        "学深一层　想进一步　干快一拍\n我结合近期的学习和调研，谈几点体会，概括起来就是三句话。\n"
        "学习要深一层。这段时间，我重点学习了有关文件，体会到医改进入深水区，必须从系统集成的角度去把握。\n"
        "思考要进一步。从调研情况看，我市群众看病就医还面临三个方面的困难：第一，优质医疗资源集中在主城区，县域服务能力偏弱；"
        "第二，基层医疗卫生机构人才招不来、留不住；第三，公共卫生体系还存在短板。这些问题，需要进一步理清思路。\n"
        "落实要快一拍。想清楚了就要马上干，下一步重点推进县域医共体建设和基层人才培养。\n"
        "以上发言，不当之处，请大家批评指正。\n",
    )
    assert headings(spec.get("points") or []) == ["学习要深一层", "思考要进一步", "落实要快一拍"]

