"""The closing words run on into the last paragraph of the last point when that paragraph is not the point's first
(三、压实责任… / a paragraph / …。同志们，医者仁心，…！): the lost line break before 同志们， is restored, said in the report,
and the closing read (stop 67; only the paragraph right under the heading line was looked at before). A paragraph far
below the last heading keeps its words."""

from __future__ import annotations

from pathlib import Path

from .mining import mine

HEAD = """在全市医药领域腐败问题集中整治工作会议上的讲话

同志们：

今天召开这个会议，主要任务是部署集中整治工作。我讲三点意见。

一、提高认识，增强整治的紧迫感

医药领域腐败问题严重损害群众利益，必须下大力气整治。

二、突出重点，精准发力

要聚焦关键环节、关键岗位，紧盯“红包”回扣、利益输送等突出问题。

三、压实责任，确保整治取得实效

各医疗卫生机构要把集中整治与行风建设结合起来，深入开展廉洁从业教育，引导医务人员自觉抵制“红包”回扣。

"""
GLUED = "各医疗卫生机构党委要切实扛起主体责任，书记要亲自部署、亲自督办。同志们，医者仁心，廉洁行医。希望大家以这次整治为契机，推动行风建设再上新台阶！\n"



def test_the_closing_glued_to_the_last_points_second_paragraph_is_read(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, HEAD + GLUED)
    assert spec["closing"][0].startswith("同志们，医者仁心，廉洁行医。")
    assert "像是丢了换行" in report
    assert spec["points"][-1]["intro"][-1].endswith("书记要亲自部署、亲自督办。")


def test_a_paragraph_far_below_the_last_heading_keeps_its_words(tmp_path: Path) -> None:
    # near miss: four paragraphs of text between the heading line and the one that names the audience
    more = "".join(f"要做好第{n}项工作，确保各项要求落到实处。\n\n" for n in "一二三")
    spec, report = mine(tmp_path, HEAD + more + GLUED)
    assert "像是丢了换行" not in report
    assert not any(c.startswith("同志们，医者仁心") for c in spec["closing"])
