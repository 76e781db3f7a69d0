"""Closings that open in more of the ways speeches end (rounds kb, kc, ke of the everyday suite): 最后，送大家一句话：…
after a count's last item (kb11); the hope he sends those he names off with, 衷心希望驻县部队一如既往…, before a line of
wishes (kc15); 大家回去以后，要马上传达… after the points (ke19); a spoken aside on how long he talked (kg06). Near misses:
a 最后 that is the count's own last item, and hopes said a paragraph each (the last is a point). And a list announced and
said after 以上…方面的任务… puts the closing after it (ka20)."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TEXT = "社区工作没有惊天动地的大事，每天面对的都是家长里短，大家要沉下心来，把每一件小事办好办实。"


def counted(last: str) -> str:
    return (
        "在新入职社区工作者培训班上的讲话\n同志们：\n今天，新入职的社区工作者集中培训，我讲几点希望。\n"
        f"第一，要学得进政策。{TEXT}\n第二，要迈得开步子。{TEXT}\n第三，要守得住初心。{TEXT}\n四是要保护好自己。{TEXT}\n{last}\n"
    )


def test_words_he_sends_them_off_with_open_the_closing(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, counted("最后，送大家一句话：把居民当家人，把社区当家园。希望大家在社区这个平台上扎下根、干出彩！"))
    assert len(spec["points"]) == 4
    assert spec["closing"][0].startswith("最后，送大家一句话")


def test_a_last_item_said_with_last_stays_a_point(tmp_path: Path) -> None:
    # near miss: 首先… 其次… 最后，要…: the count's last item, no closing
    text = (
        "在新入职社区工作者培训班上的讲话\n同志们：\n今天集中培训，我讲几点希望。\n"
        f"首先，要学得进政策。{TEXT}\n其次，要迈得开步子。{TEXT}\n最后，要守得住初心。{TEXT}\n"
    )
    spec, _ = mine(tmp_path, text)
    assert len(spec["points"]) == 3
    assert not spec.get("closing")


ARMY = (
    "在庆祝八一建军节军政座谈会上的致辞\n各位首长，同志们：\n在八一建军节到来之际，我们在这里召开军政座谈会。\n"
    "长期以来，驻县部队始终把驻地当故乡、视人民为亲人，积极投身地方经济社会建设，为全县发展作出了重要贡献。\n"
    "支持国防和军队建设，是地方党委、政府义不容辞的责任。县委、县政府将一如既往地把部队的事当作自己的事来办。\n"
)


def test_a_hope_before_a_line_of_wishes_opens_the_closing(tmp_path: Path) -> None:
    hope = "军爱民，民拥军，军民团结如一人。衷心希望驻县部队一如既往地关心支持地方发展，共同书写军民鱼水情的新篇章。"
    spec, _ = mine(tmp_path, ARMY + f"{hope}\n祝各位首长、全体官兵节日快乐、身体健康、工作顺利！\n")
    assert spec["closing"][0].startswith("军爱民，民拥军")


def test_going_home_to_act_opens_the_closing(tmp_path: Path) -> None:
    text = (
        "在全市秋冬季大气污染防治攻坚部署会上的讲话\n同志们：\n今天开个短会，部署秋冬季攻坚。我讲三点。\n"
        f"1. 管住工业排放。{TEXT}\n2. 管住扬尘和车辆。{TEXT}\n3. 做好重污染天气应对。{TEXT}\n"
        "大家回去以后，要马上传达、马上部署、马上落实，每天的情况报市大气办。这个冬天的工作，只能干好，不能出错。\n"
    )
    spec, _ = mine(tmp_path, text)
    assert [h.rstrip("。") for h in headings(spec["points"])] == ["管住工业排放", "管住扬尘和车辆", "做好重污染天气应对"]
    assert spec["closing"][0].startswith("大家回去以后")


def test_a_spoken_aside_on_how_long_he_talked_opens_the_closing(tmp_path: Path) -> None:
    # (kg06, kg09, kg22: 嗯，今天讲得时间长了一点… / 嗯，本来我准备讲三点，讲着讲着讲成了四点。 before 同志们，…)
    for aside in ["嗯，今天讲得时间长了一点，因为项目建设这个事情，太重要了。", "嗯，本来我准备讲三点，讲着讲着讲成了四点。"]:
        spec, _ = mine(tmp_path, counted(aside + "\n同志们，一年之计在于春。希望大家抓住黄金时间，把项目建设抓紧抓实！"))
        assert len(spec["points"]) == 4
        assert spec["closing"][0] == aside


SUMMED = "以上四个方面的任务，局里将制定任务分解表，明确责任科室、责任人和完成时限，实行清单化管理。"
THREE = "在这里，我还想就抓落实讲三句话。第一句话，要说了算、定了干。第二句话，要一张蓝图绘到底。第三句话，要让群众说了算。"
LAST = "同志们，新的一年，任务艰巨、责任重大。让我们坚定信心、开拓进取，推动全市教育高质量发展！"


def test_a_list_announced_after_summing_up_puts_the_closing_after_it(tmp_path: Path) -> None:
    # (ka20: 以上八个方面的任务，… / 在这里，我还想…讲三句话。第一句话，… / 同志们，…)
    spec, _ = mine(tmp_path, counted(f"{SUMMED}\n{THREE}\n{LAST}"))
    assert spec["closing"][0] == LAST


def test_summing_up_with_no_list_after_it_opens_the_closing(tmp_path: Path) -> None:
    # near miss: nothing announced between: the summing up opens the closing
    spec, _ = mine(tmp_path, counted(f"{SUMMED}\n{LAST}"))
    assert spec["closing"][0] == SUMMED
