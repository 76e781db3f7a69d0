"""The 版记 a 通知 prints under the speech it sends round (rules, 抄送：…, …办公室 2024年3月12日印发; a 纪要's
出席： / 记录： over its 分送：; an e-mail's 报送： / 主送：): the office's record, dropped and said, so the closing
words before it are read as the closing (ib22 of the everyday suite had lost its closing under the rules). Near
miss: rules and attendance lines with no distribution or printing line stay the speech's."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

RULE = "————————————————————————————"
SPEECH = (
    "在全市组织工作会议上的讲话\n高建军\n同志们：\n今天召开全市组织工作会议，我讲三点意见。\n"
    "一、坚持用党的创新理论凝心铸魂\n要把学习贯彻党的创新理论作为首要政治任务，持续在学懂弄通做实上下功夫。\n"
    "二、坚持好干部标准\n要坚持在重大任务一线考察识别干部，把敢抓敢管、实绩突出的干部及时发现出来。\n"
    "三、坚持大抓基层的鲜明导向\n要持续整顿软弱涣散基层党组织，选优配强村党组织书记。\n"
    "同志们，组织工作是党的建设的重要内容。全市各级组织部门要全面加强自身建设，为谱写新篇章提供坚强组织保证。\n"
)


def test_the_record_under_a_notice_is_dropped_and_the_closing_read(tmp_path: Path) -> None:
    record = f"{RULE}\n抄送：省委办公厅，省委组织部。\n{RULE}\n中共安澜市委办公室　　　　2024年3月12日印发\n{RULE}\n"
    spec, report = mine(tmp_path, SPEECH + record)
    assert headings(spec["points"]) == ["坚持用党的创新理论凝心铸魂", "坚持好干部标准", "坚持大抓基层的鲜明导向"]
    assert spec["closing"][0].startswith("同志们，组织工作是党的建设的重要内容")
    assert len(spec["closing"]) == 1
    assert "公文版记" in report and "抄送：省委办公厅" in report


def test_minutes_attendance_goes_with_its_distribution(tmp_path: Path) -> None:
    record = "出席：高建军、陈海波\n记录：市委办公室三科\n分送：市委常委，各县（市、区）委。\n"
    spec, report = mine(tmp_path, SPEECH + record)
    assert len(spec["closing"]) == 1
    assert "记录：市委办公室三科" in report


def test_rules_alone_are_no_record(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, SPEECH + "出席：高建军、陈海波\n")
    assert "公文版记" not in report
    assert "出席：高建军、陈海波" in str(spec)


def test_a_printing_date_at_the_end_is_no_speaker(tmp_path: Path) -> None:
    """An e-mailed speech dated under its title and again, the day it was sent, over 报送：/主送：: the second date
    names no speaker (it had been read as the speaker's name)."""
    text = (
        "第一次就把事情做对\n——任总在全球仓库大会上的讲话\n2014年7月7日\n"
        "仓库工作会议其实是我这几年一直想要召开的，今天我讲三点。\n"
        "一、仓库要把账实相符放在第一位\n账实不符，一切管理都是空的。\n"
        "二、仓库要敢于用新技术\n自动化、条码和射频识别要逐步推广。\n"
        "三、仓库人员要有出路\n优秀的仓库管理人员要能走上管理岗位。\n"
        "希望大家第一次就把事情做对。\n二○一四年八月二十七日\n报送：董事会成员、监事会成员\n主送：全体员工，全公开\n"
    )
    spec, report = mine(tmp_path, text)
    assert "speaker" not in spec  # (任总: a boss called by surname, no name; stop 42)
    assert str(spec["date"]) == "2014-07-07"
    assert "二○一四年八月二十七日" in report
