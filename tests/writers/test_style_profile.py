"""Style profiles: the GB/T 9704 defaults, user overrides, and every way a profile can be wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from jianggao.cli.main import cli
from jianggao.errors import ProfileError
from jianggao.writers.docx.profile import default_profile, load_profile
from tests.cli_helpers import SMALL_SPEC

SPEC = SMALL_SPEC


def write(tmp_path: Path, text: str, name: str = "house.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_are_the_layout_table() -> None:
    profile = default_profile()
    page = profile.page
    assert (page.width_mm, page.height_mm) == (210, 297)
    assert (page.margin_top_mm, page.margin_bottom_mm, page.margin_left_mm, page.margin_right_mm) == (37, 35, 28, 26)
    assert (page.lines_per_page, page.chars_per_line) == (22, 28)
    # Derived from the 156 × 225 mm text block: 225 mm / 22 and 156 mm / 28 − 16 pt, rounded down to a twip.
    assert profile.line_pitch_pt == 28.95
    assert profile.character_spacing_pt(profile.body) == -0.25
    assert profile.character_spacing_pt(profile.title) == 0
    assert (profile.title.font, profile.title.size_pt, profile.title.align, profile.title.bold) == ("方正小标宋简体", 22, "center", False)
    assert profile.title.max_chars_per_line == 20
    assert (profile.byline.font, profile.byline.align) == ("楷体_GB2312", "center")
    assert (profile.salutation.indent_chars, profile.salutation.align) == (0, "left")
    assert (profile.body.font, profile.body.size_pt, profile.body.align, profile.body.indent_chars) == ("仿宋_GB2312", 16, "justify", 2)
    assert [profile.heading(n).font for n in range(1, 5)] == ["黑体", "楷体_GB2312", "仿宋_GB2312", "仿宋_GB2312"]
    assert [profile.heading(n).bold for n in range(1, 5)] == [False, False, True, False]
    assert all(profile.heading(n).keep_with_next for n in range(1, 5))
    assert profile.latin_font == "Times New Roman"
    number = profile.page_number
    assert (number.format, number.font, number.size_pt, number.odd_align, number.even_align, number.indent_chars) == (
        "— {page} —", "宋体", 14, "right", "left", 1
    )
    assert profile.widow_control is False


def test_override_changes_only_what_it_names(tmp_path: Path) -> None:
    profile = load_profile(write(tmp_path, "heading3:\n  bold: false\nfont_alternates:\n  方正仿宋_GBK: 仿宋\n"))
    assert profile.heading3.bold is False
    assert profile.heading3.font == "仿宋_GB2312" and profile.heading3.size_pt == 16
    assert profile.body == default_profile().body
    assert profile.font_alternates["方正仿宋_GBK"] == "仿宋"
    assert profile.font_alternates["楷体_GB2312"] == "楷体"  # defaults kept beside the user's


def test_grid_values_follow_lines_and_characters(tmp_path: Path) -> None:
    profile = load_profile(write(tmp_path, "page:\n  lines_per_page: 20\n  chars_per_line: 26\n"))
    assert profile.line_pitch_pt == 31.85  # 637.8 pt / 20 = 31.89, rounded down to a twip
    assert profile.character_spacing_pt(profile.body) == 1.0  # 442.2 pt / 26 = 17.01 → +1 pt
    explicit = load_profile(write(tmp_path, "page:\n  line_pitch_pt: 28\n  chars_per_line: 27\nbody:\n  character_spacing_pt: 0\n"))
    assert explicit.line_pitch_pt == 28 and explicit.character_spacing_pt(explicit.body) == 0


@pytest.mark.parametrize(
    ("text", "where", "words"),
    [
        ("body:\n  font: 仿宋\n  sise_pt: 16\n", ":3:3", ["未知字段“sise_pt”", "size_pt"]),
        ("titel:\n  size_pt: 22\n", ":1:1", ["未知字段“titel”", "title"]),
        ("heading3:\n  bold: maybe\n", ":2:9", ["heading3.bold", "true/false"]),
        ("body:\n  align: centre\n", ":2:10", ["centre", "justify"]),
        ("page:\n  margin_top_mm: 开\n", ":2:18", ["page.margin_top_mm", "数字"]),
        ("page:\n  lines_per_page: 25\n  line_pitch_pt: 28.95\n", ":3:18", ["25 行", "版心高度"]),
        ("page:\n  line_pitch_pt: 32\n", ":2:18", ["22 行", "版心高度"]),
        ("body:\n  character_spacing_pt: 0.5\n", ":2:25", ["28 字", "版心宽度"]),
        ("page:\n  margin_left_mm: 120\n  margin_right_mm: 100\n", ":2:3", ["版心为空"]),
        ("page_number:\n  format: 第页\n", ":2:11", ["{page}"]),
        ("heading1:\n  size_pt: 0\n", ":2:12", ["heading1.size_pt"]),
        ("body:\n  font: ''\n", ":2:9", ["body.font 应为字体名"]),
        ("latin_font: \"Times\\tRoman\"\n", ":1:13", ["latin_font 应为字体名"]),
        ("font_alternates:\n  仿宋_GB2312: 3\n", ":2:14", ["font_alternates.仿宋_GB2312"]),
        ("title:\n  max_chars_per_line: 1\n", ":2:23", ["max_chars_per_line"]),
        ("- body\n", ":1:1", ["顶层应是键值对"]),
        ("body: [\n", ":2:1", ["YAML 语法错误"]),
        ("", "", ["文件是空的"]),
    ],
)
def test_bad_profiles_say_where_and_what(tmp_path: Path, text: str, where: str, words: list[str]) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ProfileError) as info:
        load_profile(path)
    message = str(info.value)
    assert message.startswith(f"{path}{where}："), message
    for word in words:
        assert word in message


def test_cli_reports_profile_errors_in_one_line_and_writes_nothing(tmp_path: Path) -> None:
    spec = write(tmp_path, SPEC, "speech.yaml")
    house = write(tmp_path, "body:\n  font: 仿宋\n  sise_pt: 16\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(spec), "-f", "docx", "-f", "txt", "-o", str(out), "--style", str(house)])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误：")
    assert f"{house}:3:3" in lines[0] and "size_pt" in lines[0]
    assert "Traceback" not in result.output
    assert not out.exists()


def test_cli_missing_profile(tmp_path: Path) -> None:
    spec = write(tmp_path, SPEC, "speech.yaml")
    result = CliRunner().invoke(cli, ["build", str(spec), "-f", "docx", "-o", str(tmp_path / "out"), "--style", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 1
    assert "找不到文件" in result.stderr and "nope.yaml" in result.stderr


def test_cli_applies_the_profile(tmp_path: Path) -> None:
    import zipfile

    spec = write(tmp_path, SPEC, "speech.yaml")
    house = write(tmp_path, "body:\n  font: 方正仿宋_GBK\n")
    result = CliRunner().invoke(cli, ["build", str(spec), "-f", "docx", "-o", str(tmp_path / "out"), "--style", str(house)])
    assert result.exit_code == 0, result.output
    styles = zipfile.ZipFile(tmp_path / "out" / "speech.docx").read("word/styles.xml").decode("utf-8")
    assert 'w:eastAsia="方正仿宋_GBK"' in styles
