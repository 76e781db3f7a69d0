"""Dash lines that are not the speech's points (round pw): review facts in the opening (——五年来，…) and a list under
the last 一、 heading are two lists, the headings between them parting them; and a slogan dash line under each
numbered point (一要…。 / ——有困难，找志愿者；… / 二要…) is that point's, not a list."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

AWARDS = (
    "在全省科学技术奖励大会上的讲话\n\n同志们：\n\n今天，我们隆重召开全省科学技术奖励大会。\n\n"
    "——五年来，创新投入大幅增长，全社会研发投入年均增长百分之十二。\n\n"
    "——五年来，创新平台加快布局，新建省级重点实验室四十家。\n\n"
    "——五年来，创新成果竞相涌现，获国家科技奖励二十三项。\n\n"
    "一、深刻认识科技创新的重要地位\n\n科技创新是发展的第一动力，各级要把科技创新摆在全局的核心位置。\n\n"
    "二、加快建设高水平创新平台\n\n要围绕主导产业布局建设一批重大创新平台，提升创新体系整体效能。\n\n"
    "三、大力培育科技人才队伍\n\n人才是第一资源，要做到：\n\n——要引进一批。面向全球引进高层次人才。\n\n"
    "——要培养一批。加大青年科技人才培养力度。\n\n——要用好一批。让人才在干事创业中施展才华。\n\n"
    "同志们，科技兴则民族兴，科技强则国家强。让我们携手奋进！\n"
)


def test_dash_lists_parted_by_the_headings_are_not_one_list(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, AWARDS)
    assert headings(spec["points"]) == ["深刻认识科技创新的重要地位", "加快建设高水平创新平台", "大力培育科技人才队伍"]


VOLUNTEERS = (
    "在全市志愿服务表彰大会上的讲话\n\n同志们、志愿者朋友们：\n\n今天，我们表彰一批优秀志愿者和志愿服务组织。\n\n"
    "一要坚持服务为民，让志愿服务更加贴近群众需求。要把群众的急难愁盼作为志愿服务的出发点。\n\n"
    "——有困难，找志愿者；有时间，做志愿者。\n\n"
    "二要坚持专业引领，让志愿服务更加专业规范。要加强志愿者培训，提升服务能力。\n\n"
    "——专业的事，交给专业的志愿者。\n\n"
    "三要坚持常态长效，让志愿服务更加持久。要完善激励机制，让好人有好报。\n\n"
    "——今天我帮人，明天人帮我。\n\n"
    "同志们、志愿者朋友们，志愿服务是一项崇高的事业。让我们携起手来，共同努力！\n"
)


def test_a_slogan_dash_under_each_numbered_point_is_the_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, VOLUNTEERS)
    assert headings(spec["points"]) == [
        "坚持服务为民，让志愿服务更加贴近群众需求", "坚持专业引领，让志愿服务更加专业规范", "坚持常态长效，让志愿服务更加持久",
    ]


TEACHERS = (
    "在全县庆祝教师节暨表彰大会上的讲话\n\n老师们，同志们：\n\n今天，我们隆重集会，庆祝第四十个教师节。\n\n"
    "{a}希望大家做有理想信念的老师。教师是立教之本、兴教之源，要把理想信念放在首位。\n\n"
    "{b}希望大家做有扎实学识的老师。给学生一碗水，自己要有一桶水，要不断学习。\n\n"
    "——希望大家做有仁爱之心的老师。教育是心与心的交流，没有爱就没有教育。\n\n"
    "老师们，同志们！教育是国之大计、党之大计。让我们共同努力！\n"
)


def test_dashes_read_as_two_yi_by_text_recognition_get_their_dash_back(tmp_path: Path) -> None:
    # (一一希望… / 一 一希望… beside a ——希望…, round qj: the recognised copy's dash)
    spec, report = mine(tmp_path, TEACHERS.format(a="一一", b="一 一"))
    assert headings(spec["points"]) == ["希望大家做有理想信念的老师", "希望大家做有扎实学识的老师", "希望大家做有仁爱之心的老师"]
    assert "像是识别错的破折号" in report


def test_one_paragraph_opening_with_yi_yi_keeps_its_words(tmp_path: Path) -> None:
    # near miss: one 一一 alone (一一落实…) beside two dashes is the text's own words
    text = TEACHERS.format(a="——", b="——").replace("——希望大家做有仁爱之心的老师。", "一一落实这些要求，要靠每一位老师。")
    spec, report = mine(tmp_path, text)
    assert "像是识别错的破折号" not in report
    assert "一一落实这些要求" in str(spec)
