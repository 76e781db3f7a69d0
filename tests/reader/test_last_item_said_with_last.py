"""最后， opening a count's last item rather than the closing words:
- 最后，要严明工作纪律… after points each said as a charge, whatever style the count ended in (一、要…四、要…; 一、要…
  第二，要… 三是要…: il25 and iq16 of the everyday suite); near miss: points that are no charges keep 最后，要… as the
  closing's.
- 首先… 其次… 最后，我们一定把…做得更好。 (a pledge) with wishes after it (春节即将来临，…祝大家…): the pledge is the
  third item, the wishes the closing (iq17); near miss: with no closing after it the pledge stays the closing.
- 首先… 其次… 最后，… under the last item of an 一要 count, another 四要 after them: 最后 ends that list (lf11)."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TEXT = "各地各部门要把这项工作摆上重要议事日程，主要负责同志亲自抓、负总责，确保各项任务按时完成。"


def charges(*labels: str, last: str = "最后，要严明工作纪律，确保征收工作在阳光下运行。") -> str:
    heads = ["要进一步统一思想", "要坚持依法依规", "要创新工作方法", "要强化组织保障"]
    body = "".join(f"{label}{head}。{TEXT}\n" for label, head in zip(labels, heads, strict=False))
    return f"在全区征收清零攻坚动员会上的讲话\n同志们：\n今天召开动员会，我讲几点意见。\n{body}{last}{TEXT}\n同志们，让我们迎难而上，坚决打赢攻坚战！\n"


def test_a_last_charge_after_heading_charges_is_a_point(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, charges("一、", "二、", "三、", "四、"))
    assert len(spec["points"]) == 5
    assert "严明工作纪律" in headings(spec["points"])[-1]
    assert spec["closing"][0].startswith("同志们，让我们")


def test_a_last_charge_after_a_count_that_switched_style(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, charges("一、", "第二，", "三是"))
    assert len(spec["points"]) == 4


def test_points_that_are_no_charges_leave_it_to_the_closing(tmp_path: Path) -> None:
    text = charges("一、", "二、", "三、", "四、").replace("、要", "、")
    spec, _ = mine(tmp_path, text)
    assert len(spec["points"]) == 4


FIRST = (
    "在全县老干部迎春座谈会上的讲话\n各位老领导、老同志：\n"
    "首先，向各位老领导、老同志表示衷心的感谢。过去一年，大家积极建言献策，为全县发展贡献了智慧和力量。\n"
    "其次，请各位老同志继续为全县发展出谋划策。刚才大家提的意见建议，我们将逐条梳理、认真研究。\n"
    "最后，我们一定把老干部工作做得更好。县委、县政府将认真落实老干部政治待遇和生活待遇，多办实事。\n"
)
WISHES = "春节即将来临，在这里，我代表县委、县政府，向各位老领导、老同志拜个早年，祝大家新春愉快、身体健康！\n"


def test_a_pledge_said_last_before_the_wishes_is_the_third_item(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, FIRST + WISHES + "谢谢大家！\n")
    assert len(spec["points"]) == 3
    assert spec["closing"][0].startswith("春节即将来临")


def test_a_pledge_said_last_with_nothing_after_it_is_the_closing(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, FIRST + "谢谢大家！\n")
    assert len(spec["points"]) == 2
    assert spec["closing"][0].startswith("最后，我们一定")


def test_last_after_first_and_next_under_a_yiyao_item_ends_that_list(tmp_path: Path) -> None:
    # (lf11: 一要… 二要… 三要… / 首先，… 其次，… 最后，… / 四要…: 最后 ends the list under 三要, no point of the count)
    inner = f"首先，要有规矩意识。{TEXT}\n其次，要有质量意识。{TEXT}\n最后，要有团队意识。{TEXT}\n"
    text = (
        "在新生开学典礼上的讲话\n同学们：\n今天，我们隆重举行开学典礼。我给大家提几点希望。\n"
        f"一要立志成才。{TEXT}\n二要练就本领。{TEXT}\n三要养成好的职业素养。{TEXT}\n{inner}四要强健体魄。{TEXT}\n"
        "同学们，让我们一起努力，书写属于你们的精彩人生！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert len(spec["points"]) == 4
    assert [h.rstrip("。") for h in headings(spec["points"][2]["items"])] == ["要有规矩意识", "要有质量意识", "要有团队意识"]
