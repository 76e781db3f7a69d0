"""A short speech's list said inside one paragraph as one sentence's clauses (借此机会，我提三点希望：一是要…；二是
要…；三是要…。): the hopes or demands of a 致辞 or a short talk, not its points, as the writers of he19, ht20, hx21,
ia06, ib16 and z21 of the everyday suite read them. Near miss: items that are sentences of their own (第一，…。…。
第二，…), points said inline, as studied speeches' annotators and s15's writer read them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reader.mining import mine

HEAD = "在全市年轻干部培训班开班仪式上的讲话\n各位学员：\n大家好！今天，全市年轻干部培训班正式开班了，我代表市委表示祝贺。\n"
END = "最后，预祝本期培训班取得圆满成功！\n"


@pytest.mark.parametrize(
    ("list_said", "points"),
    [
        ("借此机会，我提三点希望：一是要珍惜学习机会，沉下心来读原著；二是要坚持学以致用，带着问题学；三是要严守培训纪律，遵守学员管理规定。", 0),
        ("借此机会，我提三点希望。第一，要珍惜学习机会。原著要一页一页地读，读懂读透，不能浮光掠影、浅尝辄止。"
         "第二，要坚持学以致用。带着问题学，联系实际学，把学到的东西用到推动工作上来。"
         "第三，要严守培训纪律。按时上课，不请假不缺课，自觉遵守学员管理的各项规定。", 3),
    ],
)
def test_clauses_of_one_sentence_are_no_points(tmp_path: Path, list_said: str, points: int) -> None:
    spec, _ = mine(tmp_path, HEAD + list_said + "\n" + END)
    assert len(spec.get("points") or []) == points
