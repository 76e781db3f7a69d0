"""Rules that read the wording: placeholders, half-width punctuation, unbalanced pairs, repeats."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..render.typed_values import THANKS_TWICE, ends_a_sentence, repeated_thanks
from ..speech import Paragraph
from ..zh.placeholders import placeholder_spans as _placeholder_spans
from ..zh.punctuation import FULL_WIDTH, HALF_WIDTH
from .findings import Finding
from .subject import CheckOptions, Subject, Unit

_HAN = r"\u3400-\u9fff\uf900-\ufaff"
PER_PARAGRAPH = 3  # more placeholders than this in one paragraph make one finding


def check_placeholders(subject: Subject, options: CheckOptions) -> Iterator[Finding]:
    return placeholder_findings(subject)


def placeholder_findings(subject: Subject, merge_over: int | None = PER_PARAGRAPH) -> Iterator[Finding]:
    """One finding per placeholder; a paragraph with more than ``merge_over`` gets one for all (None: never)."""
    for unit in subject.units:
        spans = sorted(_placeholder_spans(unit.text))
        if merge_over is not None and len(spans) > merge_over:
            tokens = "、".join(dict.fromkeys(f"“{unit.text[a:b]}”" for a, b in spans))
            yield Finding(
                "placeholder",
                "error",
                f"这一段有 {len(spans)} 处未填写的占位符（{tokens}），从这里开始",
                "逐一换成实际内容（人名、单位、数字、日期），或删去",
                subject.place(unit, *spans[0]),
            )
            continue
        for start, end in spans:
            token = unit.text[start:end]
            shown = token if token.strip() else repr(token)
            yield Finding(
                "placeholder",
                "error",
                f"有未填写的占位符“{shown}”",
                "换成实际内容（人名、单位、数字、日期），或删去这处",
                subject.place(unit, start, end),
            )


# Half-width , : ; ? ! ( ) " touching a Chinese character on either side (zh.punctuation).
_HALF = HALF_WIDTH
_FULL = FULL_WIDTH


WHOLE_TEXT = 5  # from this many paragraphs on, one finding for the whole text


def check_halfwidth(subject: Subject, options: CheckOptions) -> Iterator[Finding]:
    """One finding per paragraph, pointing at its first mark; one for the whole text when it is everywhere."""
    hits = [(unit, marks) for unit in subject.units if (marks := list(_HALF.finditer(unit.text)))]
    if not hits:
        return
    if len(hits) >= WHOLE_TEXT:
        total = sum(len(marks) for _, marks in hits)
        kinds = "".join(dict.fromkeys(m.group() for _, marks in hits for m in marks))
        unit, marks = hits[0]
        yield Finding(
            "punctuation-halfwidth",
            "warning",
            f"全文有 {len(hits)} 段用了半角标点“{kinds}”（共 {total} 处），从这里开始",
            f"全文统一替换为全角标点：{_fixes(kinds)}",
            subject.place(unit, marks[0].start(), marks[0].end()),
        )
        return
    for unit, marks in hits:
        kinds = "".join(dict.fromkeys(m.group() for m in marks))
        count = f"共 {len(marks)} 处" if len(marks) > 1 else "1 处"
        yield Finding(
            "punctuation-halfwidth",
            "warning",
            f"中文里用了半角标点“{kinds}”（{count}）",
            f"改为全角标点：{_fixes(kinds)}",
            subject.place(unit, marks[0].start(), marks[0].end()),
        )


def _fixes(kinds: str) -> str:
    return "、".join(f"{k}→{_FULL[k]}" for k in kinds)


_PAIRS = {"“": "”", "‘": "’", "（": "）", "《": "》", "【": "】", "〔": "〕"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}


def check_pairs(subject: Subject, options: CheckOptions) -> Iterator[Finding]:
    for unit in subject.units:
        stack: list[tuple[str, int]] = []
        for i, ch in enumerate(unit.text):
            if ch in _PAIRS:
                stack.append((ch, i))
            elif ch in _CLOSERS:
                if stack and stack[-1][0] == _CLOSERS[ch]:
                    stack.pop()
                elif any(opener == _CLOSERS[ch] for opener, _ in stack):
                    # Inner pairs were left open: report them, then close the outer one.
                    while stack[-1][0] != _CLOSERS[ch]:
                        opener, at = stack.pop()
                        yield _unbalanced(subject, unit, opener, at, missing=_PAIRS[opener])
                    stack.pop()
                else:
                    yield _unbalanced(subject, unit, ch, i, missing=_CLOSERS[ch])
        for opener, at in stack:
            yield _unbalanced(subject, unit, opener, at, missing=_PAIRS[opener])


def _unbalanced(subject: Subject, unit: Unit, mark: str, at: int, missing: str) -> Finding:
    if mark in _PAIRS:
        message = f"“{mark}”没有对应的“{missing}”"
        suggestion = f"在该处引文或注释结束的地方补上“{missing}”，或删去多余的“{mark}”"
    else:
        message = f"“{mark}”前面没有对应的“{missing}”"
        suggestion = f"在开头补上“{missing}”，或删去多余的“{mark}”"
    return Finding("unbalanced-pair", "error", message, suggestion, subject.place(unit, at, at + 1))


_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]*")
MIN_REPEAT = 10  # shorter sentences (谢谢大家！, 同志们，) repeat on purpose


def _normal(sentence: str) -> str:
    return re.sub(r"[\s“”‘’\"'。！？!?；;，,、：:]", "", sentence)


def check_repeats(subject: Subject, options: CheckOptions) -> Iterator[Finding]:
    seen: dict[str, tuple[Unit, int, int]] = {}
    for unit in subject.units:
        if unit.kind in {"title", "subtitle", "byline", "salutation"}:
            continue
        for m in _SENTENCE.finditer(unit.text):
            key = _normal(m.group())
            if len(key) < MIN_REPEAT:
                continue
            if key not in seen:
                seen[key] = (unit, m.start(), m.end())
                continue
            first_unit, first_start, first_end = seen[key]
            first = subject.describe(subject.place(first_unit, first_start, first_end))
            yield Finding(
                "repeated-sentence",
                "warning",
                f"这句话与{first}的一句重复",
                "删去其中一处，或换一种说法",
                subject.place(unit, m.start(), m.end()),
            )


def check_thanks_line(subject: Subject, options: CheckOptions) -> Iterator[Finding]:
    """A thanks line ends as a sentence does (谢谢大家！): the speaker stops there."""
    for index, block in enumerate(subject.speech.blocks):
        if isinstance(block, Paragraph) and block.role == "thanks" and block.text and not ends_a_sentence(block.text):
            unit = subject.block_units.get(index)
            yield Finding(
                "thanks-punctuation",
                "warning",
                f"致谢语“{block.text}”没有结束标点",
                "末尾加上“！”，如：谢谢大家！",
                subject.place(unit, fallback=("thanks",)),
            )


def check_thanks_twice(subject: Subject, options: CheckOptions) -> Iterator[Finding]:
    """A draft whose closing ends with the words its thanks line says again (a spec's is dropped in rendering)."""
    index = repeated_thanks(subject.speech)
    if index is not None:
        said = subject.speech.blocks[index].full_text
        yield Finding(
            THANKS_TWICE,
            "warning",
            f"结尾最后一段已经致谢，致谢语“{said}”又说了一遍",
            "删去其中一处",
            subject.place(subject.block_units.get(index), fallback=("thanks",)),
        )
