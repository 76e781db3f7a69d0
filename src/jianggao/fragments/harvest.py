"""``fragments harvest``: candidate fragments from an existing speech.

A speech (.txt or .md) is split the way writers read one: title, salutation,
opening (with its acknowledgement of earlier speakers and the transition that
announces the points), level-1 headings, closing and thanks line. Each part
becomes a candidate fragment in a NEW file the user reviews before moving
anything into a library; no library file is ever written here.

Web-page debris (阅读全文, 上一篇/下一篇, share prompts…) is dropped, and
ASCII punctuation between Chinese characters becomes full-width.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import FragmentError, InputError
from ..output_files import write_atomic
from ..text_files import read_text
from ..zh.numerals import parse_chinese_number
from .library import check_id, scan_text
from .lint import entry_problems

SUFFIXES = (".txt", ".md", ".markdown")

_DEBRIS = re.compile(
    r"(本文系|仅供学习参考|请勿照搬|网友为您整理|阅读全文|想阅读完全部|需要先登[陆录]|^分享[:：]?$|扫一扫|二维码|订阅号"
    r"|联系客服|^相关内容|热门推荐|本周热门|本月热门|^上一篇|^下一篇|^返回列表|^\d{4}-\d{1,2}-\d{1,2}(\s+\d+)?$)"
)
# After these a web page carries nothing of the speech any more.
_END_OF_ARTICLE = re.compile(r"^(阅读全文|上一篇|下一篇|相关内容|\(?想阅读完全部)")
_SALUTATION = re.compile(r"^(同志们|各位[^，,。：:]{0,12}|女士们、先生们|朋友们)[：:]$")
_HEADING1 = re.compile(r"^[一二三四五六七八九十]+、")
_TRANSITION = re.compile(r"(下面|这里|接下来|以下)[，,]?\s*我")
_ACKNOWLEDGEMENT = re.compile(r"刚才[，,]")
_COUNT = re.compile(r"(讲|强调|提|谈)([一二两三四五六七八九十]|\d+)(点|个方面|方面|条)")
_CLOSING = re.compile(r"^(同志们[，,！!]|总之|总而言之|综上所述|最后[，,]|让我们)")
_CJK = r"[\u3000-\u9fff\uff00-\uffef“”‘’]"
_FULL_WIDTH = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"}
_OCCASIONS = [
    ("推进会", "推进会"),
    ("党风廉政", "党风廉政建设会议"),
    ("专题会", "专题会"),
    ("动员", "动员部署会"),
    ("部署会", "动员部署会"),
    ("工作会议", "工作会议"),
]
_TOPICS = ["政法", "队伍建设", "党风廉政", "反腐败", "教育整顿", "安全生产", "应急管理", "平安建设", "作风建设", "教育", "生态环境"]


@dataclass
class SpeechParts:
    title: str = ""
    opening: list[str] = field(default_factory=list)
    acknowledgement: str = ""
    transition: str = ""
    headings: list[str] = field(default_factory=list)
    closing: str = ""
    thanks: str = ""


@dataclass(frozen=True)
class Candidate:
    id: str
    title: str
    text: str  # Jinja source
    tags: list[str]
    occasions: list[str]
    variables: dict[str, tuple[str, object]] = field(default_factory=dict)  # name → (description, default)
    note: str = ""


def full_width(text: str) -> str:
    """ASCII , : ; ! ? ( ) next to Chinese text become their full-width forms."""
    def swap(m: re.Match[str]) -> str:
        return _FULL_WIDTH[m.group(0)]

    pattern = rf"(?<={_CJK})[,:;!?()]|[,:;!?()](?={_CJK})"
    for _ in range(3):  # a swapped mark is itself full-width: ）! needs a second pass
        text, swapped = re.subn(pattern, swap, text)
        if not swapped:
            break
    return text


def speech_lines(text: str, markdown: bool) -> list[str]:
    lines = []
    for raw in text.replace("\u3000", " ").splitlines():
        line = raw.strip()
        if markdown:
            line = re.sub(r"^(#{1,6}\s*|>\s*|[-*+]\s+)", "", line.replace("**", "").replace("__", "")).strip()
        if not line:
            continue
        if _END_OF_ARTICLE.match(line) and lines:
            break
        if _DEBRIS.search(line):
            continue
        lines.append(full_width(line))
    return lines


def split_speech(lines: list[str]) -> SpeechParts:
    parts = SpeechParts()
    salutation = next((i for i, line in enumerate(lines) if _SALUTATION.match(line)), None)
    head = lines[:salutation] if salutation is not None else []
    parts.title = _title(head)
    body = lines[salutation + 1 :] if salutation is not None else lines
    first = next((i for i, line in enumerate(body) if _HEADING1.match(line)), len(body))
    opening, rest = body[:first], body[first:]
    parts.headings = [_HEADING1.sub("", line) for line in rest if _HEADING1.match(line)]
    opening = _take_transition(opening, parts)
    opening = _take_acknowledgement(opening, parts)
    parts.opening = opening
    if parts.headings:  # the closing follows the body; a speech without points has none to find
        tail = list(rest)
        if tail and "谢谢" in tail[-1] and len(tail[-1]) <= 30:
            parts.thanks = tail.pop()
        if tail and _CLOSING.match(tail[-1]) and not _HEADING1.match(tail[-1]):
            parts.closing = tail[-1]
    return parts


def _title(head: list[str]) -> str:
    """The last 在…讲话 title above the salutation (a title may wrap over two lines)."""
    title = ""
    for i, line in enumerate(head):
        if line.endswith("讲话"):
            title = line
            if not line.startswith("在") and i and head[i - 1].startswith("在") and not head[i - 1].endswith("讲话"):
                title = head[i - 1] + line
    return title or (head[-1] if head else "")


def _take_transition(opening: list[str], parts: SpeechParts) -> list[str]:
    for i in range(len(opening) - 1, -1, -1):
        matches = list(_TRANSITION.finditer(opening[i]))
        if matches:
            at = matches[-1].start()
            parts.transition = opening[i][at:]
            before = opening[i][:at].rstrip("，, ")
            rest = opening[:i] + ([_end_sentence(before)] if before else [])
            return rest
    return opening


def _take_acknowledgement(opening: list[str], parts: SpeechParts) -> list[str]:
    for i, paragraph in enumerate(opening):
        m = _ACKNOWLEDGEMENT.search(paragraph)
        if m:
            parts.acknowledgement = _end_sentence(paragraph[m.start() :].rstrip("，, "))
            before = paragraph[: m.start()].rstrip("，, ")
            return opening[:i] + ([_end_sentence(before)] if before else []) + opening[i + 1 :]
    return opening


def _end_sentence(text: str) -> str:
    return text if not text or text[-1] in "。！？；：…”" else text + "。"


def _escape_jinja(text: str) -> str:
    return re.sub(r"(\{\{|\{%|\{#)", lambda m: "{{ '" + m.group(1) + "' }}", text)


def _count_variable(text: str) -> tuple[str, dict[str, tuple[str, object]]]:
    """讲三点意见 → 讲{{ points_count|count_cn }}点意见, with the count as a variable."""
    m = _COUNT.search(text)
    if not m:
        return text, {}
    number = m.group(2)
    value = parse_chinese_number(number)
    expression = "{{ points_count }}" if number.isdigit() else "{{ points_count|count_cn }}"
    replaced = text[: m.start(2)] + expression + text[m.end(2) :]
    return replaced, {"points_count": ("要点个数（不写则用说明书的要点数）", value)}


def candidates(parts: SpeechParts, name: str) -> list[Candidate]:
    occasion = next((o for key, o in _OCCASIONS if key in parts.title), "")
    occasions = [occasion] if occasion else []
    topics: list[str] = []
    for topic in _TOPICS:
        if topic in parts.title and not any(topic in t for t in topics):
            topics.append(topic)
    tags = ["待审", *topics[:3]]
    about = f"（摘自《{parts.title}》）" if parts.title else ""
    found: list[Candidate] = []
    for i, paragraph in enumerate(parts.opening, start=1):
        suffix = f"-{i}" if len(parts.opening) > 1 else ""
        found.append(Candidate(f"opening.{name}{suffix}", f"开头{suffix.lstrip('-')}{about}", _escape_jinja(paragraph), tags + ["开头"], occasions))
    if parts.acknowledgement:
        found.append(Candidate(f"acknowledgement.{name}", f"回应前面的发言{about}", _escape_jinja(parts.acknowledgement), tags + ["回应"], occasions))
    if parts.transition:
        text, variables = _count_variable(_escape_jinja(parts.transition))
        found.append(Candidate(f"transition.{name}", f"过渡句{about}", text, tags + ["过渡"], occasions, variables))
    if parts.headings:
        text = "；".join(_escape_jinja(h) for h in parts.headings) + "。"
        found.append(Candidate(f"heading.{name}", f"框架：{len(parts.headings)} 个一级标题{about}", text, tags + ["框架"], occasions))
    if parts.closing:
        found.append(Candidate(f"closing.{name}", f"结尾{about}", _escape_jinja(parts.closing), tags + ["结尾"], occasions))
    if parts.thanks:
        found.append(Candidate(f"thanks.{name}", f"致谢{about}", _escape_jinja(parts.thanks), tags + ["致谢"], occasions))
    return found


def _scalar(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def library_yaml(found: list[Candidate], source: Path) -> str:
    """The candidates as a library file (the standard layout the loader scans)."""
    out = [
        f"# 从 {source.name} 提取的候选素材（jianggao fragments harvest）。",
        "# 请逐条审阅：改写具体的人名、地名、数字，补充标签和场合，删去不要的；",
        "# 然后把留下的素材移入素材库（如 fragments/opening.yaml），再运行 jianggao fragments check。",
    ]
    for c in found:
        out += ["", f"- id: {c.id}", f"  title: {_scalar(c.title)}"]
        out.append(f"  tags: [{', '.join(_scalar(t) for t in c.tags)}]")
        out.append(f"  occasions: [{', '.join(_scalar(o) for o in c.occasions)}]")
        if c.variables:
            out.append("  variables:")
            for var, (description, default) in c.variables.items():
                out.append(f"    {var}: {{description: {_scalar(description)}, default: {_scalar(default)}}}")
        out += ["  text: |-", f"    {c.text}"]
    return "\n".join(out) + "\n"


def slug(stem: str) -> str:
    text = re.sub(r"[^\w-]+", "-", stem).strip("-_") or "speech"
    return text if re.match(r"[\w]", text) else "speech"


def harvest(source: Path, output: Path | None = None) -> tuple[Path, list[Candidate], SpeechParts]:
    """Write the candidate fragments of ``source`` to a new file; returns it, the candidates and the parts."""
    if source.suffix.lower() not in SUFFIXES:
        raise InputError(f"{source} 不是 .txt 或 .md 文件", hint="harvest 只能读取纯文本（.txt）或 Markdown（.md）讲话稿")
    text = read_text(source, InputError)
    parts = split_speech(speech_lines(text, source.suffix.lower() != ".txt"))
    name = slug(source.stem)
    check_id(f"opening.{name}")
    found = candidates(parts, name)
    if not found:
        raise InputError(f"没能从 {source} 中找到开头、过渡、标题或结尾", hint="请确认它是一篇讲话稿（有“同志们：”这样的称呼行和“一、”这样的标题）")
    target = output or Path(f"{name}.fragments.yaml")
    if target.exists():
        raise FragmentError(f"{target} 已存在，没有覆盖", hint="harvest 只写新文件；请用 -o 指定另一个文件名")
    if not target.parent.is_dir():
        raise FragmentError(f"文件夹 {target.parent} 不存在", hint="请先创建它，或用 -o 换一个路径")
    content = library_yaml(found, source)
    # What we write must be a valid library file.
    for entry in scan_text(content, target, target.parent, False):
        errors = [p for p in entry_problems(entry) if not p.warning]
        if errors:  # pragma: no cover - a bug here, not the user's input
            raise FragmentError(f"提取结果无效：{errors[0].message}", location=errors[0].location)
    write_atomic(target, content.encode("utf-8"))
    return target, found, parts
