"""Marks damaged copies leave around the speech (everyday round gh, stop 23), in our own wording:

- a WeChat copy's emoji before a label (📌第一，… / ✨第一点，… / 💡最后，…) are decoration, as a bullet is;
- a mixed-width copy's half-width full stop between Chinese (当好"服务员".大家…) ends a heading sentence;
- an e-paper's masthead (东川日报数字报　2024年01月12日　星期五) and its page buttons (上一版　下一版 / 放大+　缩小-) are no title;
- a PDF's running header (西岭市科技创新大会材料) is dropped on the first page too, where no page number stands before it;
- a bracketed note under the title naming the speaker, then the day's facts (（副市长 潘晓云，9月5日上午，…）): the speaker
  is the office and name before the facts.
Near misses: a line that names a speech printed atop each page is the title, kept; a plain line repeated is text.
"""

from __future__ import annotations

from pathlib import Path

from .mining import headings, mine

BODY = "各级各部门要把这项工作摆上重要位置，主要负责同志亲自抓，分管负责同志具体抓，层层压实责任，确保落到实处。"
TITLE = "在全市青年干部座谈会上的讲话"
POINTS = ["要坚定理想信念", "要到基层一线去", "要严守纪律规矩"]
END = "同志们，青春是用来奋斗的，让我们一起努力，为全市发展贡献青春力量！\n"


def test_emoji_before_labels_are_decoration(tmp_path: Path) -> None:
    body = "".join(f"{mark}第{n}，{p}。{BODY}\n" for mark, n, p in zip(("📌", "✨", "📌"), "一二三", POINTS, strict=True))
    spec, report = mine(tmp_path, f"{TITLE}\n同志们：\n今天开个座谈会，我讲三点。\n{body}💡最后，我想对大家说：青春是用来奋斗的，让我们一起努力！\n")
    assert headings(spec["points"]) == POINTS
    assert spec["closing"][0].startswith("最后，我想对大家说")
    assert "序号前的项目符号" in report


def test_a_half_width_full_stop_between_chinese_ends_a_heading(tmp_path: Path) -> None:
    body = "".join(f"{label},{p}.{BODY}\n" for label, p in zip(("首先", "其次", "最后"), ('政府一定当好"服务员"', "要坚定发展信心", "要守法诚信经营"), strict=True))
    spec, _ = mine(tmp_path, f"{TITLE}\n各位企业家朋友们:\n今天请大家来座谈.\n{body}{END}")
    assert headings(spec["points"]) == ['政府一定当好"服务员"', "要坚定发展信心", "要守法诚信经营"]


def test_an_epaper_masthead_and_page_buttons_are_no_title(tmp_path: Path) -> None:
    head = "东川日报数字报　2024年01月12日　星期五\n第01版：要闻　　上一版　下一版　　本版导航\n放大+　缩小-　默认　　打印　　语音播报\n"
    body = "".join(f"{n}、{p}\n{BODY}\n" for n, p in zip("一二三", POINTS, strict=True))
    spec, report = mine(tmp_path, f"{head}{TITLE}\n同志们：\n{BODY}\n{body}{END}")
    assert spec["title"] == TITLE
    assert "报纸版面信息" in report and "网页按钮" in report


def _pdf(header: str, title: str = TITLE) -> str:
    """Each point a page, the page number and the next page's header cutting its last sentence."""
    pages = [f"{n}、{p}\n{BODY}\n{BODY[:20]}\n— {k} —\n{header}\n{BODY[20:]}\n" for k, (n, p) in enumerate(zip("一二三", POINTS, strict=True), 1)]
    return f"{header}\n{title}\n同志们：\n{BODY}\n" + "".join(pages) + END


def test_a_running_header_over_the_first_page_is_dropped(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _pdf("西岭市青年工作会议材料"))
    assert spec["title"] == TITLE
    assert headings(spec["points"]) == POINTS


def test_a_title_printed_atop_each_page_is_kept(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _pdf(TITLE, title="县委书记 林海峰"))
    assert spec["title"] == TITLE
    assert headings(spec["points"]) == POINTS


def test_the_speaker_before_the_days_facts_in_a_bracketed_note(tmp_path: Path) -> None:
    body = "".join(f"{n}、{p}\n{BODY}\n" for n, p in zip("一二三", POINTS, strict=True))
    spec, _ = mine(tmp_path, f"{TITLE}\n（副市长 潘晓云，9月5日上午，市民中心三楼会议厅，约5分钟）\n同志们：\n{BODY}\n{body}{END}")
    assert (spec.get("speaker"), spec.get("speaker_title")) == ("潘晓云", "副市长")
