"""A transcript whose title is followed by a line of facts about the copy (整理说明：本稿根据现场录音整理…。) and then the
byline (讲话人：厅党组书记、厅长 欧阳…): the facts are dropped, as before, and the byline under them still names the
speaker; it no longer opens the speech as its first paragraph (stop 67)."""

from __future__ import annotations

from pathlib import Path

import yaml

from .mining import mine

HEAD = "全市住建系统读书班结业式讲话（录音整理）\n\n整理说明：本稿根据现场录音整理，个别口语作了删节，未经讲话人审定。\n\n"
BODY = """好，同志们，刚才几位同志作了交流发言，讲得都很实在。我讲三点。

第一点，学习要往深里走。读原著、学原文、悟原理，不能满足于看摘要、听解读。

第二点，学习要往实里落。要把学习成果转化为解决实际问题的本事。

第三点，学习要往心里去。学习不是任务，是修养。

好，我就讲这些。
"""



def test_the_byline_under_the_facts_names_the_speaker(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, HEAD + "讲话人：局党组书记、局长 欧阳明川\n\n" + BODY)
    assert (spec.get("speaker"), spec.get("speaker_title")) == ("欧阳明川", "局党组书记、局长")
    assert "讲话人" not in yaml.safe_dump(spec.get("opening"), allow_unicode=True)
    assert "整理说明" in report  # (the facts line is still dropped, and said)


def test_a_paragraph_under_the_facts_stays_the_speech(tmp_path: Path) -> None:
    # near miss: no byline under the facts; the speech opens as written
    spec, _ = mine(tmp_path, HEAD + BODY)
    assert not spec.get("speaker")
    opening = spec["opening"]
    assert [*opening.get("paragraphs", []), opening.get("transition", "")][0].startswith("好，同志们")
