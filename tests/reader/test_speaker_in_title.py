"""A title (or subtitle) that names its speaker before the occasion, the news way (党委书记张建华在…上的讲话 /
——华南分公司总经理罗斌在…上的发言; u15 and u21 of the everyday suite): with no byline, mine writes the speaker and
office to speaker / speaker_title, keeps 在…上的讲话 as the title, and says so; the rebuild prints them apart."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from jianggao.cli.main import cli
from tests.reader.mining import mine

BODY = "同志们：\n\n今天召开安全稳定工作动员会。下面，我讲两点意见。\n\n一、提高认识\n\n要把安全稳定放在首位。\n\n二、压实责任\n\n要层层签订责任书。\n\n同志们，让我们共同努力！\n"


def test_a_title_naming_its_speaker_is_split(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, "党委书记张建华在2024年春季学期安全稳定工作动员会上的讲话\n\n" + BODY)
    assert spec["title"] == "在2024年春季学期安全稳定工作动员会上的讲话"
    assert (spec["speaker"], spec["speaker_title"]) == ("张建华", "党委书记")
    assert "中的讲话人已写进 speaker（张建华）和 speaker_title（党委书记）" in report


def test_a_subtitle_naming_its_speaker_is_split(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "深耕区域市场　实现逆势增长\n\n——华南分公司总经理罗斌同志在集团营销工作交流会上的发言\n\n" + BODY)
    assert spec["subtitle"] == "——在集团营销工作交流会上的发言"
    assert (spec["speaker"], spec["speaker_title"]) == ("罗斌", "华南分公司总经理")


def test_the_rebuilt_speech_prints_the_title_and_the_speaker(tmp_path: Path) -> None:
    source = tmp_path / "speech.txt"
    source.write_text("党委书记张建华在全校安全稳定工作动员会上的讲话\n\n" + BODY, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["mine", str(source), "-o", str(tmp_path / "speech.yaml")]).exit_code == 0
    assert runner.invoke(cli, ["build", str(tmp_path / "speech.yaml"), "-f", "txt", "-o", str(tmp_path / "out")]).exit_code == 0
    text = (tmp_path / "out" / "speech.txt").read_text(encoding="utf-8")
    assert text.startswith("在全校安全稳定工作动员会上的讲话\n") and "张建华" in text.split("同志们：")[0]


def test_a_title_with_a_byline_under_it_is_left_whole(tmp_path: Path) -> None:
    # near miss: the byline names the speaker; the title stays as written
    spec, _ = mine(tmp_path, "党委书记张建华在全校安全稳定工作动员会上的讲话\n\n（2024年2月26日）\n\n副校长　李某某\n\n" + BODY)
    assert spec["title"] == "党委书记张建华在全校安全稳定工作动员会上的讲话" and spec["speaker"] == "李某某"


def test_an_office_without_a_name_or_a_name_without_an_office_is_left_whole(tmp_path: Path) -> None:
    # near miss: 校长在… names no one, nor does 全体代表在… (a representative is named by a surname after 代表:
    # 学生代表王某某在…, test_representatives_and_class_bylines)
    for title in ("校长在全校安全稳定工作动员会上的讲话", "全体代表在全校安全稳定工作动员会上的发言"):
        spec, _ = mine(tmp_path, title + "\n\n" + BODY)
        assert spec["title"] == title and not spec.get("speaker")


def test_a_title_naming_its_speaker_by_name_alone_is_split(tmp_path: Path) -> None:
    # 邓某某在全县组织工作会议上的讲话 (x15): the name, by a common surname, before 在
    spec, report = mine(tmp_path, "邓某某在全县组织工作会议上的讲话\n\n" + BODY)
    assert (spec["title"], spec["speaker"]) == ("在全县组织工作会议上的讲话", "邓某某") and "speaker_title" not in spec
    assert "中的讲话人已写进 speaker（邓某某），标题写作“在全县组织工作会议上的讲话”" in report


def test_a_place_or_a_word_before_在_is_no_speaker(tmp_path: Path) -> None:
    # near miss: 张家港在… is a city, 学校在… a word: the title stays whole
    for title in ("张家港在全省安全稳定工作会议上的发言", "学校在全省安全稳定工作会议上的发言"):
        spec, _ = mine(tmp_path, title + "\n\n" + BODY)
        assert spec["title"] == title and not spec.get("speaker")


def test_a_title_naming_its_speaker_name_first_is_split(tmp_path: Path) -> None:
    # 张建华副市长在… (a11): the name, then the office, the way a news item says it
    spec, _ = mine(tmp_path, "张建华常务副市长在全市安全生产月部署会上的讲话\n\n" + BODY)
    assert spec["title"] == "在全市安全生产月部署会上的讲话"
    assert (spec["speaker"], spec["speaker_title"]) == ("张建华", "常务副市长")


def test_a_surname_with_an_office_or_a_place_with_one_is_left_whole(tmp_path: Path) -> None:
    # near miss: 周县长在… gives no name to write; 张家港市长在… is a city's mayor
    for title in ("周县长在石门乡防汛现场调度会上的讲话", "张家港市长在全省安全稳定工作会议上的发言"):
        spec, _ = mine(tmp_path, title + "\n\n" + BODY)
        assert spec["title"] == title and not spec.get("speaker")


def test_an_office_and_name_after_the_title_on_its_line_are_the_byline(tmp_path: Path) -> None:
    # 在…上的讲话 街道党工委书记 林某某: a web copy's one line (z18)
    spec, _ = mine(tmp_path, "在街道创建全国文明城市动员大会上的讲话 街道党工委书记 林某某\n\n" + BODY)
    assert (spec["title"], spec["speaker"], spec["speaker_title"]) == ("在街道创建全国文明城市动员大会上的讲话", "林某某", "街道党工委书记")


def test_a_standing_committee_members_offices_before_his_name(tmp_path: Path) -> None:
    """县委常委、常务副县长马建军同志在…上的讲话 (stop 23, gg14): 常委 is an office."""
    spec, _ = mine(tmp_path, "县委常委、常务副县长马建军同志在全县防汛工作会议上的讲话\n\n" + BODY)
    assert (spec["speaker"], spec["speaker_title"]) == ("马建军", "县委常委、常务副县长")


def test_a_document_of_a_named_comrade_keeps_its_title_whole(tmp_path: Path) -> None:
    """镇党委书记吴卫东同志2023年度民主生活会个人对照检查材料 (stop 23, gf02): the speaker read, the title as printed;
    with no 同志, the year the document covers after the name (stop 42, ud25); a document of a body, no name, is
    left alone."""
    spec, _ = mine(tmp_path, "镇党委书记吴卫东同志2023年度民主生活会个人对照检查材料\n\n" + BODY)
    assert spec["title"] == "镇党委书记吴卫东同志2023年度民主生活会个人对照检查材料"
    assert (spec["speaker"], spec["speaker_title"]) == ("吴卫东", "镇党委书记")
    spec, _ = mine(tmp_path, "镇党委书记吴卫东2023年度民主生活会个人对照检查材料\n\n" + BODY)
    assert (spec["speaker"], spec["title"]) == ("吴卫东", "镇党委书记吴卫东2023年度民主生活会个人对照检查材料")
    spec, _ = mine(tmp_path, "镇党委领导班子2023年度民主生活会对照检查材料\n\n" + BODY)
    assert "speaker" not in spec


def test_a_name_and_colon_before_the_speechs_title(tmp_path: Path) -> None:
    """刘海燕：在第五届“临江工匠”颁奖典礼上的致辞 (stop 23, gp21): a news headline naming the speaker before the title;
    刘海燕：谈谈青年工匠的成长 quotes her words (stop 28); near miss: 时评：谈谈青年工匠的成长 (a column's word) stays whole."""
    spec, _ = mine(tmp_path, "刘海燕：在第五届“临江工匠”颁奖典礼上的致辞\n\n" + BODY)
    assert (spec["title"], spec["speaker"]) == ("在第五届“临江工匠”颁奖典礼上的致辞", "刘海燕")
    spec, _ = mine(tmp_path, "刘海燕：谈谈青年工匠的成长\n\n" + BODY)
    assert (spec["title"], spec["speaker"]) == ("谈谈青年工匠的成长", "刘海燕")
    spec, _ = mine(tmp_path, "时评：谈谈青年工匠的成长\n\n" + BODY)
    assert "speaker" not in spec


def test_a_two_character_name_before_a_deputy_office(tmp_path: Path) -> None:
    # (lh02: 孙伟副市长在…: 副 opens the office, no part of the name)
    spec, _ = mine(tmp_path, "孙伟副市长在全市防汛工作电视电话会议上的讲话\n\n" + BODY)
    assert (spec["speaker"], spec["speaker_title"]) == ("孙伟", "副市长")
