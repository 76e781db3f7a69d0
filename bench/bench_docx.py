"""In-process .docx render time (issue 3): a 6,000-character, four-point speech.

Target: ≤ 15 ms median, warm (the profile's styles are built on the first call
and cached; a batch pays that once). Also prints the cold first call, a render
under a user profile, and python-docx doing the same job for comparison.

    python bench/bench_docx.py [--runs 200]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

from timing import median_ms

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from jianggao.speech import Heading, Paragraph, Speech  # noqa: E402

SENTENCE = (
    "要坚持以人民为中心的发展思想，把群众满意度作为衡量工作的根本标准，"
    "2025年全市新登记经营主体4.2万户，增长12.6%，“一件事一次办”覆盖126个高频事项……"
)


def sample_speech(target_chars: int = 6000) -> Speech:
    """Four points, each with an intro and run-in sub-points, ``target_chars`` characters in all."""
    blocks: list = [Paragraph("今天，我们召开全市工作会议，主要任务是总结工作、部署任务。" * 3, role="opening")]
    per_point = (target_chars - 300) // 4
    numbers = "一二三四"
    for p in range(4):
        blocks.append(Heading(1, f"{numbers[p]}、", "坚持问题导向，深化改革创新，推动高质量发展"))
        used = 0
        index = 0
        while used + 2 * len(SENTENCE) + 16 <= per_point:
            index += 1
            text = SENTENCE * 2
            if index == 1:
                blocks.append(Paragraph(text))
            else:
                blocks.append(Paragraph(text, lead=f"第{numbers[(index - 2) % 4]}，要在优化服务上持续用力。", lead_level=2))
            used += len(blocks[-1].full_text)
    blocks.append(Paragraph("同志们，让我们团结一心、真抓实干，奋力开创新局面！", role="closing"))
    blocks.append(Paragraph("谢谢大家！", role="thanks"))
    return Speech(
        title="在全市营商环境优化提升暨重点项目建设推进会上的讲话",
        bylines=("（市委副书记、市长　李明）", "（2025年3月1日）"),
        salutation="同志们：",
        blocks=tuple(blocks),
        author="李明",
        date=dt.date(2025, 3, 1),
    )




def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    speech = sample_speech()
    print(f"speech: {speech.body_characters()} characters, {len(speech.headings(1))} points, {len(speech.blocks)} blocks")

    start = time.perf_counter()
    from jianggao.writers.docx.profile import default_profile
    from jianggao.writers.docx.writer import render_docx

    profile = default_profile()
    data = render_docx(speech, profile)
    print(f"cold first render (imports + profile + styles): {(time.perf_counter() - start) * 1000:.1f} ms, {len(data)} bytes")

    warm = median_ms(lambda: render_docx(speech, profile), args.runs)
    verdict = "OK" if warm <= 15 else "OVER TARGET"
    print(f"render_docx warm median over {args.runs} runs: {warm:.2f} ms (target ≤ 15 ms: {verdict})")

    try:
        import docx  # noqa: F401
    except ImportError:
        print("python-docx not installed: comparison skipped")
        return

    def with_python_docx() -> bytes:
        import io

        from docx import Document

        document = Document()
        document.add_paragraph(speech.title, style="Title")
        for block in speech.blocks:
            if isinstance(block, Heading):
                document.add_paragraph(block.full_text, style=f"Heading {block.level}")
            else:
                paragraph = document.add_paragraph()
                if block.lead:
                    paragraph.add_run(block.lead).bold = True
                paragraph.add_run(block.text)
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()

    with_python_docx()
    plain = median_ms(with_python_docx, max(10, args.runs // 10))
    print(f"python-docx, same paragraphs, no styling: {plain:.2f} ms median ({plain / warm:.1f}× slower)")


if __name__ == "__main__":
    main()
