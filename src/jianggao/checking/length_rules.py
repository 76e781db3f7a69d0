"""Length and speaking time: characters spoken, minutes at the reading rate, caps and targets."""

from __future__ import annotations

import math
from collections.abc import Iterator

from .findings import Finding
from .subject import CheckOptions, Subject

OVER_TIME = 1.1  # more than 10 % over the planned time is worth a warning
UNDER_TIME = 0.6  # less than 60 % of it is worth a note


def _minutes(chars: int, rate: int) -> str:
    return f"{chars / rate:.1f}".rstrip("0").rstrip(".")


def check_length(subject: Subject, options: CheckOptions) -> Iterator[Finding]:
    chars = subject.speech.body_characters()
    pages = math.ceil(chars / 616)  # 22 lines × 28 characters a page (GB/T 9704)
    yield Finding(
        "length",
        "info",
        f"全文约 {chars} 字（约 {pages} 页），按每分钟 {options.rate} 字约讲 {_minutes(chars, options.rate)} 分钟",
        "可用 --rate 调整语速，--max-chars 设字数上限",
        subject.place(None),
    )
    cap = options.max_chars
    if cap is not None and chars > cap:
        yield Finding(
            "length",
            "error",
            f"全文约 {chars} 字，超过上限 {cap} 字（多 {chars - cap} 字）",
            f"压缩约 {chars - cap} 字：删去重复的论述和过长的举例",
            subject.place(None, fallback=("points",)),
        )


def check_duration(subject: Subject, options: CheckOptions) -> Iterator[Finding]:
    target = options.duration if options.duration is not None else subject.target_minutes
    if not target or target <= 0:
        return
    chars = subject.speech.body_characters()
    minutes = chars / options.rate
    budget = int(target * options.rate)
    shown = f"{target:g}"
    spoken = _minutes(chars, options.rate)
    if minutes > target * OVER_TIME:
        severity = "warning"
        message = f"按每分钟 {options.rate} 字约需讲 {spoken} 分钟，超过计划的 {shown} 分钟"
        hint = f"{shown} 分钟约讲 {budget} 字，需压缩约 {chars - budget} 字"
    elif minutes < target * UNDER_TIME:
        severity = "info"
        message = f"按每分钟 {options.rate} 字约讲 {spoken} 分钟，明显短于计划的 {shown} 分钟"
        hint = f"{shown} 分钟约可讲 {budget} 字，可适当充实内容"
    else:
        return
    yield Finding("duration", severity, message, hint, subject.place(None, fallback=("duration",)))
