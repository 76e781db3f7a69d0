"""Untrusted text given to ``mine``: long lines and runs that once made a regex quadratic, and file
openings (a rule, front matter, a # title) that once lost or kept the wrong text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from jianggao.cli.main import cli
from jianggao.reader.speech_file import read_speech
from jianggao.reader.web_debris import debris_reason
from tests.cli_helpers import assert_user_error

# A hang fails the test rather than stalling the suite; the bound is far above what the linear code takes.
HANG = 20


def _in_subprocess(code: str) -> str:
    """Run ``code`` in a fresh interpreter and return what it prints."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=HANG, check=True)
    return done.stdout.strip()


def test_a_long_line_of_reporter_words_is_not_a_photo_credit() -> None:
    # 120,000 characters of 记者 then one that is no credit: the repeated-name search took 40 s.
    code = "from jianggao.reader.web_debris import debris_reason; print(debris_reason('记者 ' * 40000 + '记者x摄'))"
    assert _in_subprocess(code) == "None"


@pytest.mark.parametrize(
    "line, reason",
    [
        ("图为会议现场。", "图片说明"),
        ("图为5月4日全市工作会议在市民中心召开", "图片说明"),
        ("图为会议现场。新华社记者 张小明 摄", "图片说明"),
        # a sentence of the speech that opens with 图为 (为 of 以…为): long, several sentences
        ("图为实现这个目标，我们制定了三年行动计划。各级各部门要对照计划，逐项抓好落实，确保每一项任务都有人管、有人抓。", None),
        ("图为民生之本。我们要把群众的冷暖放在心上。", None),
    ],
)
def test_only_a_short_line_opening_with_tu_wei_is_a_caption(line: str, reason: str | None) -> None:
    assert debris_reason(line) == reason


@pytest.mark.parametrize(
    "text, read",
    [
        # a heading with a long run of spaces inside (the lazy heading before \s*#*$): the title, then x
        ("# 在全市工作会议上的讲话" + " " * 100000 + "x ##\n\n同志们：\n\n正文。\n", "在全市工作会议上的讲话 [(3, 4, '：'), (5, 3, '。'), (1, 1, 'x')]"),
        # a line of 100,000 [ (the link pattern scanned to the line's end from each)
        ("# 在全市工作会议上的讲话\n\n同志们：\n\n" + "[" * 100000 + "正文。\n", "在全市工作会议上的讲话 [(1, 11, '话'), (3, 4, '：'), (5, 100003, '。')]"),
        # a page's headline with a long run of spaces before （摘要）, over a lead and 以下为讲话全文： (the page's head set
        # aside, its lines asked whether they name a speech): too long for a headline, dropped with the lead
        (
            "首页\n\n##在全市工作会议上的讲话" + " " * 100000 + "（摘要）\n\n近日，会议召开。会议部署了工作。\n\n以下为讲话全文：\n\n同志们：\n\n正文。\n",
            "[(9, 4, '：'), (11, 3, '。'), (1, 2, '页'), (3, 100015, '）'), (5, 16, '。'), (7, 8, '：')]",
        ),
        # a line of 200,000 <b without a > (the tag pattern scanned to the line's end from each); <b> still goes
        (
            "# 在全市工作会议上的讲话\n\n同志们：\n\n" + "<b" * 200000 + "正文。\n\n<b>要抓好落实。</b>\n",
            "在全市工作会议上的讲话 [(1, 11, '话'), (3, 4, '：'), (5, 400003, '。'), (7, 6, '。')]",
        ),
    ],
)
def test_long_markdown_lines_read_in_linear_time(tmp_path: Path, text: str, read: str) -> None:
    path = tmp_path / "讲话.md"
    path.write_text(text, encoding="utf-8")
    code = (
        f"from jianggao.reader.speech_file import read_speech; r = read_speech({str(path)!r}); "
        "print(r.outline.title, [(p.number, len(p.text), p.text[-1]) for p in (*r.paragraphs, *r.dropped)])"
    )
    assert _in_subprocess(code) == read


def test_markdown_links_and_closing_hashes_still_go() -> None:
    from jianggao.reader.speech_file import markdown_paragraphs

    text = "## 一、总体要求 ##\n\n详见[通知](https://example.org/a)和![图](b.png)。\n"
    assert [p.text for p in markdown_paragraphs(text, Path("讲话.md"))] == ["一、总体要求", "详见通知和图。"]


# --- front matter -------------------------------------------------------------------------------

BODY = "同志们：\n\n今天召开全市工作会议。\n\n一、总体要求\n\n要抓好落实。\n\n二、重点任务\n\n要抓好项目。\n"


@pytest.mark.parametrize(
    "title, read",
    [
        # the lazy title before [ \t]*$ (100,000 spaces took some 40 s): too long for a title
        ("在全市工作会议上的讲话" + " " * 100000 + "x", " [(2, 100012, 'x')]"),
        # \s* before | 网站: the site's name goes, the rest (40,012 characters) is too long for a title
        ("在全市工作会议上的讲话" + " " * 40000 + "x | 某某网", " [(2, 40012, 'x')]"),
        # \s* before ——: the section's name goes
        ("在全市工作会议上的讲话" + " " * 40000 + "——在大会上", "在全市工作会议上的讲话 []"),
    ],
)
def test_long_runs_of_spaces_in_a_front_matter_title_read_in_linear_time(tmp_path: Path, title: str, read: str) -> None:
    path = tmp_path / "讲话.md"
    path.write_text(f"---\ntitle: {title}\n---\n\n" + BODY, encoding="utf-8")
    code = (
        f"from jianggao.reader.speech_file import read_speech; r = read_speech({str(path)!r}); "
        "print(r.outline.title, [(d.number, len(d.text), d.text[-1]) for d in r.dropped])"
    )
    assert _in_subprocess(code) == read.strip()


def test_a_rule_at_the_top_of_a_markdown_file_is_no_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "讲话.md"
    path.write_text("---\n\n# 在全市工作会议上的讲话\n\n" + BODY + "\n---\n\n谢谢大家！\n", encoding="utf-8")
    read = read_speech(path)
    assert read.outline.title == "在全市工作会议上的讲话"
    assert read.paragraphs[1].text == "同志们："
    assert [n.heading for n in read.outline.points] == ["总体要求", "重点任务"]


def test_a_rule_then_a_line_that_is_no_key_line_is_no_front_matter(tmp_path: Path) -> None:
    # a rule, then a line that is no key: line: the --- lines are rules, nothing is hidden
    path = tmp_path / "讲话.md"
    path.write_text("---\n在全市工作会议上的讲话\n---\n\n" + BODY, encoding="utf-8")
    read = read_speech(path)
    assert read.outline.title == "在全市工作会议上的讲话"
    assert [n.heading for n in read.outline.points] == ["总体要求", "重点任务"]


def test_unclosed_front_matter_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "讲话.md"
    path.write_text("---\ntitle: 测试\nauthor: x\n一、总体要求\n要抓好落实。\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["mine", str(path), "-o", str(tmp_path / "spec.yaml")], catch_exceptions=False)
    assert_user_error(result, "讲话.md:1：", "文件开头的 --- 文件头没有结束的 ---", "请在它的最后一行之后加一行 ---")
    assert not (tmp_path / "spec.yaml").exists()
    # the same in a .txt (read as Markdown for its front matter) and closed after line 40
    late = tmp_path / "讲话.txt"
    late.write_text("---\ntitle: 测试\n" + "tag: 会议\n" * 40 + "---\n" + BODY, encoding="utf-8")
    result = CliRunner().invoke(cli, ["mine", str(late), "-o", "-"], catch_exceptions=False)
    assert_user_error(result, "讲话.txt:1：", "没有结束的 ---")


def test_front_matter_closed_in_time_still_gives_the_title(tmp_path: Path) -> None:
    path = tmp_path / "讲话.txt"
    path.write_text("---\ntitle: 在全市工作会议上的讲话\n" + "tag: 会议\n" * 30 + "---\n" + BODY, encoding="utf-8")
    read = read_speech(path)
    assert (read.kind, read.outline.title) == ("md", "在全市工作会议上的讲话")
    assert read.paragraphs[0].number == 2 and read.paragraphs[1].number == 34


# --- a # title in a text file -------------------------------------------------------------------


@pytest.mark.parametrize("heading", ["# 在全市工作会议上的讲话", "#\u3000在全市工作会议上的讲话", "\u3000# 在全市工作会议上的讲话"])
def test_a_text_file_opening_with_a_hash_title_and_no_blank_lines_loses_the_hash(tmp_path: Path, heading: str) -> None:
    path = tmp_path / "讲话.txt"
    path.write_text(heading + "\n同志们：\n今天召开全市工作会议。\n一、总体要求\n要抓好落实。\n", encoding="utf-8")
    read = read_speech(path)
    assert (read.kind, read.outline.title) == ("md", "在全市工作会议上的讲话")
    assert [n.heading for n in read.outline.points] == ["总体要求"]


def test_a_long_paragraph_of_counted_clauses_is_read_in_linear_time() -> None:
    """三件事：一是…， repeated in one paragraph of 100,000 characters (no second item ever follows): each count looks
    at a few characters after it only, so the paragraph is read at once and holds no list."""
    code = (
        "from jianggao.reader.counted_clauses import counted_clause_items\n"
        "print(counted_clause_items('我们做了三件事：一是甲乙丙，' * 7200))"
    )
    assert _in_subprocess(code) == "[]"
