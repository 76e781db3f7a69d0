"""Who spoke, from more of what a copy prints (va23, vf15, vb25, ve13, vf04 of the everyday suite), in speeches of our
own wording: a news lead kept as the speech's first paragraph, opening with its day (8月18日，…总经理何嘉伟结合学习体会
作交流发言。现将发言摘编如下。); a portal's top bar whose weather carries no field name (…桐江县 晴 26～35℃: no name
of anyone); a headline naming him first by a less common surname (章慧敏副市长在…上的讲话); a PDF copy's subtitle as
wide as the page (——在…报告会上的报告) over his byline.

Near misses: a lead that tells of a report and of a speech, the report told on after it (no speaker from the lead);
a sentence of the speech that gives the weather; 纪委书记在…上的讲话 (纪委 is no name)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from .mining import mine

BODY = (
    "这次读书班，我最大的感受是补课。平时忙于生产经营，系统学习理论的时间不多，这次集中学习，收获很大。\n"
    "第一，要在学思践悟中坚定理想信念。理想信念是共产党人的精神之钙，学习不能只停留在笔记本上。\n"
    "第二，要在为民服务中践行初心使命。供水是民生大事，每一户的水压、水质都连着群众的心。\n"
    "第三，要在改革发展中展现担当作为。国企改革到了攻坚阶段，越是难啃的骨头越要带头啃。\n"
    "以上是我的一些粗浅体会，不妥之处请大家批评指正。\n"
)


def test_a_kept_news_lead_opening_with_its_day_names_the_speaker(tmp_path: Path) -> None:
    lead = "8月18日，集团党委举办主题教育读书班交流研讨会。集团党委副书记、总经理何嘉伟结合学习体会作交流发言。现将发言摘编如下。"
    spec, report = mine(tmp_path, f"{lead}\n{BODY}")
    assert (spec["speaker"], spec["speaker_title"]) == ("何嘉伟", "集团党委副书记、总经理")
    assert "讲话人取自开头的导语" in report


def test_a_kept_lead_of_a_report_told_on_names_no_speaker_from_it(tmp_path: Path) -> None:
    # near miss: the lead tells of a report and of a speech, and the copy goes on with the report
    lead = "2月27日，全县教育工作会议召开。县教育局局长卢静怡作工作报告。副县长覃志刚出席会议并讲话。"
    told = "卢静怡在报告中回顾了去年全县教育工作取得的成绩，新建、改扩建学校7所，新增学位4200个。\n"
    spec, _ = mine(tmp_path, f"{lead}\n{told}{BODY}")
    assert spec.get("speaker") != "覃志刚"


PORTAL = (
    "桐江县人民政府门户网站\n2024年7月16日 星期二　　桐江县 晴 26～35℃\n首页 | 政务公开 | 政务服务 | 政民互动\n"
    "首页 > 政务公开 > 领导活动 > 讲话文稿\n{title}\n发布日期：2024-07-15　　信息来源：县委办公室　　阅读次数：965\n"
    "同志们：\n{first}\n" + BODY.split("\n", 1)[1]
)


def test_a_portals_weather_names_no_one_and_the_headline_names_the_speaker(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, PORTAL.format(title="县委书记何振宇在全县重点项目观摩点评会上的讲话", first="今天我们看了八个项目。"))
    assert spec["speaker"] == "何振宇"
    assert "（网页信息栏）：2024年7月16日 星期二" in report


def test_the_weather_said_in_a_sentence_stays_with_the_speech(tmp_path: Path) -> None:
    # near miss: a sentence of the speech that gives the weather
    spec, report = mine(tmp_path, PORTAL.format(title="县委书记何振宇在全县重点项目观摩点评会上的讲话", first="明天多云，气温26～35℃。"))
    assert "明天多云，气温26～35℃。" in str(spec["opening"])
    assert "）：明天多云" not in report


def test_a_less_common_surname_named_before_the_office(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, PORTAL.format(title="章慧敏副市长在全市医师节表彰大会上的讲话", first="今天我们在这里隆重集会。"))
    assert (spec["speaker"], spec["speaker_title"]) == ("章慧敏", "副市长")


def test_a_discipline_commission_is_no_name(tmp_path: Path) -> None:
    # near miss: 纪委 + 书记 before 在: an office, no name
    spec, _ = mine(tmp_path, PORTAL.format(title="纪委书记在全县警示教育大会上的讲话", first="今天我们在这里召开警示教育大会。"))
    assert spec.get("speaker") != "纪委"


WIDTH = 34  # characters of a PDF copy's line


def test_a_subtitle_as_wide_as_the_page_over_the_byline(tmp_path: Path) -> None:
    body = "\n".join(textwrap.wrap(BODY.replace("\n", "") * 3, WIDTH))  # (lines enough to measure the page by)
    subtitle = "——在市直机关学习贯彻省委十二届五次全会精神专题辅导报告会上的报告"  # (as wide as a line)
    text = f"学习贯彻全会精神　以改革开路推动高质量发展\n{subtitle}\n市委宣讲团成员、市委党校常务副校长　韩志诚\n（2024年9月6日）\n各位领导、同志们：\n{body}\n"
    spec, _ = mine(tmp_path, text)
    assert spec["subtitle"] == subtitle
    assert spec["speaker"] == "韩志诚"


def test_a_portals_weather_with_degrees_on_both_sides_names_no_one(tmp_path: Path) -> None:
    # (天气：晴 12℃~21℃: vj21, rb11)
    text = PORTAL.replace("桐江县 晴 26～35℃", "天气：晴 12℃~21℃").format(title="县委书记何振宇在全县重点项目观摩点评会上的讲话", first="今天我们看了八个项目。")
    spec, report = mine(tmp_path, text)
    assert spec["speaker"] == "何振宇"
    assert "（网页信息栏）：2024年7月16日 星期二" in report


def test_another_less_common_surname_named_before_the_office(tmp_path: Path) -> None:
    # (梅春林副市长在…: vg16)
    spec, _ = mine(tmp_path, PORTAL.format(title="梅春林副市长在全市春耕备耕生产现场会上的讲话", first="今天我们在这里召开现场会。"))
    assert (spec["speaker"], spec["speaker_title"]) == ("梅春林", "副市长")
