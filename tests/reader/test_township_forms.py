"""Forms of county and township speeches, spoken more than read (everyday round e): one more thing added after the
count, 今天就说到这儿, the speaker named in the transcriber's note, a byline and the salutation on one line, and
以上几点，… glued to the last point; each with a near miss that keeps its reading. Speeches of our own wording."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import mine

TEXT = "秸秆禁烧年年讲，年年有人烧，说到底还是有的干部思想上不重视，觉得烧一点没关系，这个认识要不得。"
# (第二点呢，: counted as a speaker counts, a transcript's)
POINTS = [f"{n}{topic}。{TEXT}" for n, topic in zip(["第一点，", "第二点呢，", "第三点，"], ["思想上一定要重视起来", "责任要落到人头上", "巡查要跟上"], strict=True)]
HEAD = "在全镇秸秆禁烧工作会议上的讲话\n\n同志们：\n\n今天开个短会，说几个事。\n\n"


def test_one_more_thing_added_after_the_count_is_a_point(tmp_path: Path) -> None:
    for more in ("最后还有一点，就是宣传，宣传这个事讲了很多年了，今年要换换办法。", "还有一个事情，顺便讲一下，就是村干部自身要干净。"):
        spec, _ = mine(tmp_path, HEAD + "\n\n".join([*POINTS, more, "行，今天就说到这儿。散会。"]))
        assert len(spec["points"]) == 4
        assert spec["closing"] == ["行，今天就说到这儿。散会。"]


def test_an_aside_inside_a_point_is_no_point(tmp_path: Path) -> None:
    # near miss: 还有一个事，我顺便说一下。 inside the first point, the count going on after it (r19)
    aside = "还有一个事，我顺便说一下。有的村把保洁经费挪去修村部了，这个是不允许的。"
    spec, _ = mine(tmp_path, HEAD + "\n\n".join([POINTS[0], aside, *POINTS[1:]]))
    assert len(spec["points"]) == 3


def test_the_speaker_named_in_the_transcribers_note(tmp_path: Path) -> None:
    text = "在全镇村“两委”干部会议上的讲话\n\n（镇党委书记　韩志刚　根据录音整理）\n\n同志们：\n\n" + "\n\n".join(POINTS)
    spec, report = mine(tmp_path, text)
    assert (spec["speaker"], spec["speaker_title"]) == ("韩志刚", "镇党委书记")
    assert "编者说明" in report  # (the note itself is said, as before)
    plain, _ = mine(tmp_path, text.replace("镇党委书记　韩志刚　", ""))  # near miss: a note with no one named
    assert not plain.get("speaker")


def test_a_byline_and_the_salutation_on_one_line(tmp_path: Path) -> None:
    text = "在全乡清河行动现场推进会上的讲话\n\n乡长　石建平　（2023年6月9日）同志们：\n\n上午我们看了三个村的清河现场。\n\n" + "\n\n".join(POINTS)
    spec, _ = mine(tmp_path, text)
    assert (spec["speaker"], spec.get("salutation", "同志们"), str(spec["date"])) == ("石建平", "同志们", "2023-06-09")
    dear, _ = mine(tmp_path, text.replace("乡长　石建平　（2023年6月9日）同志们：", "亲爱的同学们，各位家长："))
    assert dear["salutation"] == "亲爱的同学们，各位家长" and not dear.get("speaker")  # near miss: one salutation


def test_the_points_summed_up_glued_to_the_last_one(tmp_path: Path) -> None:
    last = POINTS[-1] + "以上几点，请大家会后抓好落实。"
    spec, _ = mine(tmp_path, HEAD + "\n\n".join([*POINTS[:-1], last]))
    assert spec["closing"] == ["以上几点，请大家会后抓好落实。"]


def test_above_then_a_request_ends_the_speech(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, HEAD + "\n\n".join([*POINTS, "以上，请大家抓好落实。"]))
    assert spec["closing"] == ["以上，请大家抓好落实。"]


def test_a_short_clause_then_the_turn_to_the_audience_opens_the_closing(tmp_path: Path) -> None:
    # 新学期即将开始，希望全县教育系统的同志们… after points of two paragraphs each (g15); 第一点，希望同学们… stays a point
    # (v20 of the everyday suite is that near miss)
    points = [x for p in POINTS for x in (p, "这里我还要特别强调一下，各村要把责任落到人头上，不能层层往下推。")]
    last = "新学期即将开始，希望全镇上下以饱满的热情把各项工作抓紧抓实。"
    spec, _ = mine(tmp_path, HEAD + "\n\n".join([*points, last]))
    assert spec["closing"] == [last]
    assert len(spec["points"]) == 3
