"""Dash points written with two horizontal bars (――, U+2015, as older web pages and some fonts set the dash) are dash
points as —— ones are: the report's second level, the bars no part of the heading."""

from __future__ import annotations

from pathlib import Path

from .mining import headings, mine

TEXT = "这是我们在长期实践中得出的重要结论，必须长期坚持、不断深化，并在新的实践中加以丰富和发展。"


def test_points_led_by_horizontal_bars_are_sub_points(tmp_path: Path) -> None:
    lines = [
        "在全县干部大会上的报告", "同志们：", "现在，我代表县委常委会向大会报告工作。",
        "一、过去五年的主要体会", "五年来，我们在实践中积累了宝贵经验。",
        f"――必须坚持党的全面领导。{TEXT}", f"――必须坚持以人民为中心。{TEXT}", f"――必须坚持改革创新。{TEXT}",
        "二、今后五年的主要任务", "今后五年，要重点抓好产业发展、城乡建设和民生改善。",
        "同志们，让我们团结一心，努力奋斗！",
    ]
    spec, _ = mine(tmp_path, "\n\n".join(lines) + "\n")
    assert headings(spec["points"][0]["items"]) == ["必须坚持党的全面领导", "必须坚持以人民为中心", "必须坚持改革创新"]
