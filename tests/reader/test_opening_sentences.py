"""The transition and acknowledgement that ``mine`` and ``fragments harvest`` both split off an opening."""

from __future__ import annotations

from jianggao.reader.opening_sentences import clause_segments, find_acknowledgement, find_transition


def test_transition_is_the_last_announcing_clause() -> None:
    text = "这里，我们回顾了一年的工作。下面，我讲三点意见。"
    assert text[find_transition(text) :] == "下面，我讲三点意见。"
    after_comma = "各单位作了交流，下面,我再强调几点意见："
    assert after_comma[find_transition(after_comma) :] == "下面,我再强调几点意见："
    assert find_transition("这里，我们回顾了一年的工作。") is None  # announces nothing
    assert find_transition("在下面，我讲三点意见。") is None  # not at a clause start


def test_acknowledgement_starts_at_a_clause_and_runs_to_the_end() -> None:
    text = "今天召开会议，刚才，XX同志作了部署，我完全同意。"
    assert clause_segments(text) == ["今天召开会议，", "刚才，XX同志作了部署，我完全同意。"]
    assert text[find_acknowledgement(text) :] == "刚才，XX同志作了部署，我完全同意。"
    assert find_acknowledgement("刚才，大家作了发言。") == 0
    assert find_acknowledgement("我刚才，想到一件事。") is None  # mid-clause
    assert find_acknowledgement("今天召开会议。") is None
