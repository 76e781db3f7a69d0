"""A title that names a foreign speaker by his translated name, its parts set apart by a middle dot (stop 68): the office
before the name (德国罗森塔尔市市长托马斯·柯尼希在…上的致辞) or after it (让-皮埃尔·杜瓦尔市长在…上的发言), or the name
alone (托马斯·柯尼希在…上的致辞), or his calling before it (英国小说家露丝·彭布罗克在…); a coach's post set apart before
his name under the title. The speaker is read from it as from a Chinese name, and the title keeps its occasion."""

from __future__ import annotations

from pathlib import Path

import pytest

from .mining import mine

BODY = """尊敬的许市长，女士们、先生们，朋友们：

晚上好！

二十年前的今天，我的前任在这座城市签下了我们两市的友好城市协议。今天，我们的中学里有一百多名学生在学习中文。

友谊不是签在纸上的，而是一次一次走出来的。我希望，下一个二十年，有更多的学生走进对方的城市。

谢谢！
"""


@pytest.mark.parametrize(
    ("title", "office", "name"),
    [
        ("德国罗森塔尔市市长托马斯·柯尼希在两市缔结友好城市二十周年纪念活动上的致辞", "德国罗森塔尔市市长", "托马斯·柯尼希"),
        ("让-皮埃尔·杜瓦尔市长在两市缔结友好城市二十周年纪念活动上的致辞", "市长", "让-皮埃尔·杜瓦尔"),
        ("托马斯·柯尼希在两市缔结友好城市二十周年纪念活动上的致辞", None, "托马斯·柯尼希"),
        ("英国小说家露丝·彭布罗克在两市缔结友好城市二十周年纪念活动上的致辞", "英国小说家", "露丝·彭布罗克"),
    ],
)
def test_the_translated_name_in_the_title_is_the_speaker(tmp_path: Path, title: str, office: str | None, name: str) -> None:
    spec, _ = mine(tmp_path, f"{title}\n\n（中文译稿）\n\n{BODY}")
    assert (spec.get("speaker"), spec.get("speaker_title")) == (name, office)
    assert spec["title"] == "在两市缔结友好城市二十周年纪念活动上的致辞"


def test_a_coach_set_apart_before_his_translated_name_is_the_byline(tmp_path: Path) -> None:
    """美国籍教练　德里克·布朗 under the title: a coach's post, then his name."""
    spec, _ = mine(tmp_path, f"在2024青少年篮球训练营结营仪式上的讲话\n\n美国籍教练　德里克·布朗\n\n{BODY}")
    assert (spec.get("speaker"), spec.get("speaker_title")) == ("德里克·布朗", "美国籍教练")


def test_a_dotted_event_name_before_a_place_is_no_speaker(tmp_path: Path) -> None:
    """中国·东盟博览会在南宁开幕: a dotted name with no speech after it names no one."""
    spec, _ = mine(tmp_path, f"中国·东盟博览会在南宁开幕\n\n{BODY}")
    assert spec.get("speaker") is None
