"""The salutation a speaker says inside his first paragraph (hv01, hv12, hv20, hv23, gt06, gk24 of the everyday suite):
after a short thanks to the host (谢谢主持人。尊敬的各位领导，各位企业家朋友，大家下午好！…), greeted or with its colon
(谢谢主持人。各位同行、各位朋友：), or the audience named one by one before the colon (各位委员，同志们：今天…); and the
host who names the one whose turn follows (…他就是…沈卫东先生。有请！ over 沈卫东：…) hands the talk over to him,
his tag in brackets long or short (主持人（市科协副主席 杜梅）：…)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reader.mining import headings, mine

BODY = (
    "今天想跟大家讲两个词。\n第一个词，叫“耐心”。做制造业，没有耐心是不行的，这是我二十六年最深的体会。\n"
    "第二个词，叫“聚焦”。一家企业的力气是有限的，撒胡椒面什么也做不成，这是我们走过的弯路。\n好，两个词讲完了。谢谢大家！\n"
)
HOST = "主持人：欢迎回到会场。我们今天请到的这位嘉宾，二十六年前带着十二个人起家。他就是远航液压集团董事局主席沈卫东先生。有请！\n（掌声）\n"


@pytest.mark.parametrize(
    ("first", "salutation"),
    [
        ("沈卫东：谢谢主持人。尊敬的各位领导，各位企业家朋友，大家下午好！", "尊敬的各位领导，各位企业家朋友"),
        ("沈卫东：谢谢主持人，把我夸得有点不好意思了。各位来宾、各位企业家朋友：", "各位来宾、各位企业家朋友"),
    ],
)
def test_the_salutation_in_the_speakers_first_turn(tmp_path: Path, first: str, salutation: str) -> None:
    spec, report = mine(tmp_path, f"做难而正确的事\n（现场速记稿）\n{HOST}{first}\n{BODY}")
    assert spec["salutation"] == salutation
    assert spec.get("speaker") == "沈卫东"
    assert headings(spec["points"]) == ["叫“耐心”", "叫“聚焦”"]
    assert "主持人的话" in report


def test_a_host_in_long_brackets_hands_over_to_the_one_he_names(tmp_path: Path) -> None:
    host = "主持人（市科协副主席 杜梅）：各位企业家，下午好！下面请钟院士开讲，大家欢迎！\n（掌声）\n"
    spec, _ = mine(tmp_path, f"新型储能：机遇与挑战\n（根据录音整理）\n{host}钟院士：谢谢杜主席。各位企业界的朋友，各位同行，大家下午好。\n{BODY}")
    assert spec["salutation"] == "各位企业界的朋友，各位同行"
    assert "杜梅" not in "".join(spec["opening"]["paragraphs"]) if spec.get("opening") else True


def test_the_audience_named_one_by_one_before_the_colon(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, f"在双月协商座谈会上的讲话\n各位委员，同志们：今天的协商座谈会很有意义。\n{BODY}")
    assert spec["salutation"] == "各位委员，同志们"


@pytest.mark.parametrize(
    "first",
    [
        "各位要坚定信心，大家好！今天的会很有意义。",  # near miss: a sentence (要), no audience named
        "各位书友，晚上好！欢迎来到读书会第九期。",  # near miss: greeted without 大家, as a host's welcome
    ],
)
def test_no_salutation_read_from_a_sentence_or_a_hosts_welcome(tmp_path: Path, first: str) -> None:
    spec, _ = mine(tmp_path, f"做难而正确的事\n{first}\n{BODY}")
    assert spec["salutation"] == ""


def test_a_shorthand_note_under_the_title_names_no_one(tmp_path: Path) -> None:
    """（现场速记稿） under the title is the transcriber's note, never the speaker's name."""
    spec, _ = mine(tmp_path, f"做难而正确的事\n（现场速记稿）\n各位朋友：\n{BODY}")
    assert spec.get("speaker") is None
