"""build says where a placeholder is still in the text, one warning line each, and builds all the same."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from jianggao.cli.main import cli

# My own words: a short school sports-day speech with blanks still to fill.
SPEC = """template: advancement
title: 在{title}运动会开幕式上的讲话
salutation: 同志们
opening:
  purpose: {purpose}
points:
  - heading: 赛出水平
    intro: 要发挥出平时训练的水平。
  - heading: 赛出风格
    intro: 要尊重对手、尊重裁判。
  - heading: 注意安全
    intro: 要做好热身，量力而行。
closing:
  - 同志们，预祝运动会圆满成功。
"""


def write(tmp_path: Path, title: str = "第三届", purpose: str = "今天，我们在这里举行运动会。") -> Path:
    path = tmp_path / "运动会.yaml"
    path.write_text(SPEC.format(title=title, purpose=purpose), encoding="utf-8")
    return path


def build(tmp_path: Path, spec: Path, *extra: str):
    return CliRunner().invoke(cli, ["build", str(spec), "-o", str(tmp_path / "out"), *extra], catch_exceptions=False)


def warnings(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("警告")]


def test_a_filled_spec_builds_without_warnings(tmp_path):
    result = build(tmp_path, write(tmp_path))
    assert result.exit_code == 0
    assert warnings(result) == []


def test_each_placeholder_is_one_line_with_file_line_column(tmp_path):
    spec = write(tmp_path, title="XX学校", purpose="今天，我们请××同志和某某同志到场，地点在〇〇体育场，时间＿＿。")
    result = build(tmp_path, spec)
    assert result.exit_code == 0
    assert (tmp_path / "out" / "运动会.txt").exists()  # built all the same
    lines = warnings(result)
    purpose = spec.read_text(encoding="utf-8").splitlines()[4]
    columns = [purpose.index(token) + 1 for token in ["××", "某某", "〇〇", "＿＿"]]
    assert [line.split("：")[1] for line in lines] == [f"{spec}:2:9", *(f"{spec}:5:{c}" for c in columns)]
    for line, token in zip(lines, ["XX", "××", "某某", "〇〇", "＿＿"], strict=True):
        assert f"有未填写的占位符“{token}”" in line
    assert "[placeholder]" not in result.stderr  # said in Chinese, without check's rule id


def test_the_same_words_as_check(tmp_path):
    spec = write(tmp_path, title="XX学校")
    built = warnings(build(tmp_path, spec))
    checked = CliRunner().invoke(cli, ["check", str(spec)], catch_exceptions=False)
    found = [line for line in checked.stdout.splitlines() if "[placeholder]" in line]
    assert len(built) == len(found) == 1
    assert f"{spec}:2:9" in found[0] and "有未填写的占位符“XX”" in found[0]


def test_years_written_with_zero_are_no_placeholders(tmp_path):
    result = build(tmp_path, write(tmp_path, purpose="学校创办于二〇〇八年，二○○九年迁到新址。"))
    assert result.exit_code == 0
    assert warnings(result) == []


def test_to_the_screen_too(tmp_path):
    result = CliRunner().invoke(cli, ["build", str(write(tmp_path, title="XX学校")), "-o", "-"], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stdout.startswith("在XX学校运动会")
    assert len(warnings(result)) == 1


def test_a_batch_warns_for_each_spec_in_order(tmp_path):
    first = write(tmp_path, title="XX学校")
    second = tmp_path / "秋季.yaml"
    second.write_text(SPEC.format(title="第三届", purpose="今天由某某主持。"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(first), str(second), "-o", str(tmp_path / "out")], catch_exceptions=False)
    assert result.exit_code == 0
    lines = warnings(result)
    assert len(lines) == 2
    assert str(first) in lines[0] and str(second) in lines[1]
