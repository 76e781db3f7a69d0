"""A copy whose paragraphs blank lines part, some of them cut at the space between two Latin words (…我们发布了CUDA /
GPU加速计算平台，…): the two lines are one paragraph, the space put back, so a cut line is no heading of its own; a
short line over its text (附件1 / 2026年…), a field line (date: …) and a number cut in two (4 / 600亩) are not
joined with a space."""

from __future__ import annotations

from pathlib import Path

from .mining import headings, mine

HEADINGS = ["坦然面对错误，虚心寻求帮助", "坚持长期主义，守住初心", "学会取舍，专注最重要的事"]


def _talk(bold: bool) -> str:
    mark = "**" if bold else ""
    parts = [
        "在2024届毕业典礼上的致辞",
        "各位同学、各位老师：",
        "今天我想和大家讲三件事，这三件事都来自我们公司差点失败的经历。",
        f"{mark}{HEADINGS[0]}{mark}",
        "创业第三年，我们的第一代芯片卖不出去，账上的钱只够发三个月工资。我们去找合作伙伴坦白了自己的错误，请他们帮忙。",
        f"{mark}{HEADINGS[1]}{mark}",
        "在2009年，我们发布了CUDA\nGPU加速计算平台，希望它成为科学计算的通用工具。这条路走了十多年，股价一度跌到谷底。",
        "自从IBM System\n360问世以来，计算的方式已经六十年没有大变，我们想换一种方式，为此付出了很多代价。",
        f"{mark}{HEADINGS[2]}{mark}",
        "我们放弃了一个做了五年的手机芯片业务，把力量全部放到数据中心上。放弃很难，但放弃让我们活了下来。",
        "同学们，祝你们前程似锦，谢谢大家！",
    ]
    return "\n\n".join(parts) + "\n"


def test_cut_lines_join_in_a_markdown_copy(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _talk(bold=True), "talk.md")
    assert headings(spec["points"]) == HEADINGS
    said = spec["points"][1].get("paragraphs") or spec["points"][1].get("intro") or [spec["points"][1].get("text", "")]
    assert said[0].startswith("在2009年，我们发布了CUDA GPU加速计算平台，")
    assert said[1].startswith("自从IBM System 360问世以来，")


def test_cut_lines_join_in_a_text_copy(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _talk(bold=False))
    assert headings(spec["points"]) == HEADINGS
    said = spec["points"][1].get("paragraphs") or spec["points"][1].get("intro") or [spec["points"][1].get("text", "")]
    assert said[0].startswith("在2009年，我们发布了CUDA GPU加速计算平台，")


def test_a_number_cut_in_two_joins_without_a_space(tmp_path: Path) -> None:
    text = _talk(bold=True).replace("在2009年，我们发布了CUDA\nGPU加速计算平台，", "这一年我们一共卖出了4\n600台服务器，")
    spec, _ = mine(tmp_path, text, "talk.md")
    said = spec["points"][1].get("paragraphs") or spec["points"][1].get("intro") or [spec["points"][1].get("text", "")]
    assert said[0].startswith("这一年我们一共卖出了4600台服务器，")


def test_a_short_line_and_a_field_line_stay_apart(tmp_path: Path) -> None:
    whole = _talk(bold=False).replace("CUDA\nGPU", "CUDA GPU").replace("System\n360", "System 360")
    text = whole.replace(
        "同学们，祝你们前程似锦，谢谢大家！", "同学们，祝你们前程似锦，谢谢大家！\n\n附件1\n2024届优秀毕业生名单"
    )
    text = "在2024届毕业典礼上的致辞 | news.example.cn\ndate: 2024-06-28 10:00:00\n\n" + text.split("\n\n", 1)[1]
    spec, report = mine(tmp_path, text)
    assert headings(spec["points"]) == HEADINGS
    said = repr(spec) + report
    assert "cn date" not in said and "附件1 2024" not in said and "附件12024" not in said
