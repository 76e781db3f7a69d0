"""A note app's emoji before a Markdown heading's words (## 🚀 关于增长 / ## 🤝 关于协同, iw21 of the everyday suite) is set
aside and listed; the heading is its words. Near miss: an emoji opening a paragraph of text stays in it."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TEXT = "上半年我们的收入增长了三成，但增长的质量还要提高，下半年要在客户留存上多下功夫。"


def test_emoji_before_markdown_headings_are_set_aside(tmp_path: Path) -> None:
    text = f"# 上半年全员会讲话\n\n各位同学：\n\n{TEXT}\n\n## 🚀 关于增长\n\n{TEXT}\n\n## 🤝 关于协同\n\n{TEXT}\n\n## 🧭 关于我们是谁\n\n{TEXT}\n\n🎉 谢谢大家，下半年一起加油！\n"
    spec, report = mine(tmp_path, text, "talk.md")
    assert headings(spec["points"]) == ["关于增长", "关于协同", "关于我们是谁"]
    assert "（标题前的符号）：🚀" in report
    assert "🎉" in str(spec)
