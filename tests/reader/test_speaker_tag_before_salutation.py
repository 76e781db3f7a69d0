"""A transcript's speaker tag run into the salutation he opens with (黎明辉：各位家委会的家长代表：, hg24 and hg19 of the everyday
suite), after the host's line that calls him up: the tag names the speaker, the rest is the salutation. A host's line
(主持人：各位家长代表，…) is no speaker's tag and salutation."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import mine

BODY = (
    "大家晚上好。今天跟大家汇报三件事。\n一、这一年学校做了哪些事\n这一学年，学校在家长们的支持下，做了不少事情。\n"
    "二、下一年想做的几件事\n下一学年，学校想重点做几件事，先跟大家通个气。\n好，我先说这么多。谢谢大家！\n"
)


def test_a_speaker_tag_run_into_his_salutation(tmp_path: Path) -> None:
    text = "在家长委员会年会上的讲话\n（录音整理稿）\n主持人：下面请黎明辉校长讲话。\n黎明辉：各位家委会的家长代表：\n" + BODY
    spec, _ = mine(tmp_path, text)
    assert spec.get("speaker") == "黎明辉"
    assert spec["salutation"] == "各位家委会的家长代表"


def test_a_hosts_line_is_no_tag_and_salutation(tmp_path: Path) -> None:
    # near miss: 主持人 is the host's part, no name: the line stays the host's, no salutation read from it
    text = "在家长委员会年会上的讲话\n（录音整理稿）\n主持人：各位家委会的家长代表：\n" + BODY
    spec, _ = mine(tmp_path, text)
    assert spec.get("speaker") is None


def test_spoken_ends_open_the_closing(tmp_path: Path) -> None:
    # (好，我先说这么多，… / 就这三句话。…: a speaker's spoken ends)
    for end in ("好，我先说这么多，都是些实际的事情。下面大家有什么想法，可以提出来。", "就这三句话。下面，请大家表决。"):
        text = "在家长委员会年会上的讲话\n各位家长代表：\n" + BODY.replace("好，我先说这么多。谢谢大家！\n", end + "\n")
        spec, _ = mine(tmp_path, text)
        assert spec["closing"][0] == end


def test_a_point_that_says_什么_first_is_no_spoken_end(tmp_path: Path) -> None:
    # near miss: 我先说说这一年… opens a point's text, not the end (no 这么多 / 这些 said)
    text = "在家长委员会年会上的讲话\n各位家长代表：\n" + BODY.replace("好，我先说这么多。谢谢大家！\n", "我先说说这一年的感受。学校变化很大，大家都看在眼里。\n")
    spec, _ = mine(tmp_path, text)
    assert not spec.get("closing")
