"""``fragments harvest``: candidate fragments from an existing speech.

The speech (.txt, .md or .docx) is read by the one speech reader
(``reader.speech_file.read_speech``: encodings, Markdown, Word, web-page
debris, outline). Its parts — title, opening (with the acknowledgement of
earlier speakers and the transition that announces the points, found as
``mine`` finds them), level-1 headings, closing and thanks line — each become
a candidate fragment, and so do body passages worth keeping (quotations,
quotable lines, parallel runs, stock phrasing: ``fragments.passages``), each
tagged 待审 with its kind in a NEW file the user reviews before moving anything
into a library; no library file is ever written here.

ASCII punctuation between Chinese characters becomes full-width.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..errors import FragmentError, InputError
from ..output_files import write_atomic
from ..reader.legacy_word import LEGACY_SUFFIXES
from ..reader.opening_sentences import find_acknowledgement, find_transition
from ..reader.outline import OutlineNode
from ..reader.outline_records import DroppedLine
from ..reader.speech_file import ReadResult, read_speech
from ..records import field, record
from ..zh.numerals import parse_chinese_number
from .library import check_id, scan_text
from .lint import entry_problems

SUFFIXES = (".txt", ".md", ".markdown", ".docx", *LEGACY_SUFFIXES)

_COUNT = re.compile(r"(讲|强调|提|谈)([一二两三四五六七八九十]|\d+)(点|个方面|方面|条)")
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


@record
class SpeechParts:
    title: str = ""
    subtitle: str = ""
    opening: list[str] = field(default_factory=list)
    acknowledgement: str = ""
    transition: str = ""
    headings: list[str] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    thanks: str = ""
    body: list[str] = field(default_factory=list)  # the paragraphs of the points, for passages worth keeping
    dropped: tuple[DroppedLine, ...] = ()  # web-page debris the reader left out


@record(frozen=True)
class Candidate:
    id: str
    title: str
    text: str  # Jinja source
    tags: list[str]
    occasions: list[str]
    variables: dict[str, tuple[str, object]] = field(default_factory=dict)  # name → (description, default)
    note: str = ""
    source: str = ""  # a quotation's source (quote.* must have one)


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


def speech_parts(read: ReadResult) -> SpeechParts:
    """The parts of a speech read by ``read_speech``, as candidates are made of them."""
    outline = read.outline
    parts = SpeechParts(title=full_width(outline.title), subtitle=full_width(outline.subtitle), dropped=read.dropped)
    opening = [full_width(t.text) for t in outline.opening]
    if outline.points:  # without points the opening is the whole body, and nothing is announced
        parts.headings = [_heading(node) for node in outline.points]
        opening = _take_transition(opening, parts)
    parts.opening = _take_acknowledgement(opening, parts)
    parts.closing = [full_width(t.text) for t in outline.closing]
    parts.thanks = full_width(outline.thanks.text) if outline.thanks else ""
    for point in outline.points:
        for node in point.walk():
            parts.body += [full_width(t) for t in (node.text, *(p.text for p in node.paragraphs)) if t]
    return parts


def _heading(node: OutlineNode) -> str:
    """A level-1 heading (or a run-in lead sentence) without its label and closing stop."""
    return full_width(node.heading).rstrip("。；;，,：: ")


def _take_transition(opening: list[str], parts: SpeechParts) -> list[str]:
    """Split the transition off the last paragraph of the opening (as ``mine`` does)."""
    if not opening:
        return opening
    last = opening[-1]
    at = find_transition(last)
    if at is None:
        return opening
    parts.transition = last[at:]
    before = last[:at].rstrip("，, ")
    return opening[:-1] + ([_end_sentence(before)] if before else [])


def _take_acknowledgement(opening: list[str], parts: SpeechParts) -> list[str]:
    """Split the first acknowledgement (刚才，… to the paragraph's end) off its paragraph."""
    for i, paragraph in enumerate(opening):
        at = find_acknowledgement(paragraph)
        if at is not None:
            parts.acknowledgement = _end_sentence(paragraph[at:].rstrip("，, "))
            before = paragraph[:at].rstrip("，, ")
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
    """The parts as candidate fragments: ids, titles, 待审 and topic tags, occasions, Jinja-safe text."""
    named = parts.title + parts.subtitle
    occasion = next((o for key, o in _OCCASIONS if key in named), "")
    occasions = [occasion] if occasion else []
    topics: list[str] = []
    for topic in _TOPICS:
        if topic in named and not any(topic in t for t in topics):
            topics.append(topic)
    tags = ["待审", *topics[:3]]
    about = f"（摘自《{parts.title}》）" if parts.title else ""
    found: list[Candidate] = []

    def numbered(kind: str, label: str, tag: str, paragraphs: list[str]) -> None:
        """One candidate a paragraph: kind.name, or kind.name-1, kind.name-2 … when there are several."""
        for i, paragraph in enumerate(paragraphs, start=1):
            suffix = f"-{i}" if len(paragraphs) > 1 else ""
            found.append(Candidate(f"{kind}.{name}{suffix}", f"{label}{suffix.lstrip('-')}{about}", _escape_jinja(paragraph), tags + [tag], occasions))

    numbered("opening", "开头", "开头", parts.opening)
    if parts.acknowledgement:
        found.append(Candidate(f"acknowledgement.{name}", f"回应前面的发言{about}", _escape_jinja(parts.acknowledgement), tags + ["回应"], occasions))
    if parts.transition:
        text, variables = _count_variable(_escape_jinja(parts.transition))
        found.append(Candidate(f"transition.{name}", f"过渡句{about}", text, tags + ["过渡"], occasions, variables))
    if parts.headings:
        text = "；".join(_escape_jinja(h) for h in parts.headings) + "。"
        found.append(Candidate(f"heading.{name}", f"框架：{len(parts.headings)} 个一级标题{about}", text, tags + ["框架"], occasions))
    numbered("closing", "结尾", "结尾", parts.closing)
    if parts.thanks:
        found.append(Candidate(f"thanks.{name}", f"致谢{about}", _escape_jinja(parts.thanks), tags + ["致谢"], occasions))
    found += _passage_candidates(parts, name, tags, occasions)
    return found


# Body passages: (id kind, title word, tag) by passage kind; a reviewed one moves to the file of its kind.
_PASSAGE_KINDS = {
    "quotation": ("quote", "引文", "引文"),
    "quotable": ("金句", "金句", "金句"),
    "parallel": ("排比", "排比", "排比"),
    "stock": ("formula", "政务用语", "政务用语"),
}


def _passage_candidates(parts: SpeechParts, name: str, tags: list[str], occasions: list[str]) -> list[Candidate]:
    """Quotations, quotable lines, parallel runs and stock phrasing from the body (see fragments.passages)."""
    from .passages import passages

    found: list[Candidate] = []
    numbers: dict[str, int] = {}
    for passage in passages(parts.body):
        kind, word, tag = _PASSAGE_KINDS[passage.kind]
        numbers[kind] = numbers.get(kind, 0) + 1
        opening = passage.text.strip("“”")[:16]
        title = f"{word}：{opening}{'…' if len(passage.text.strip('“”')) > 16 else ''}"
        source = ""
        if passage.kind == "quotation":
            where = f"转引自《{parts.title}》" if parts.title else "转引自讲话稿"
            source = f"{passage.source}（{where}，请核实原始出处）" if passage.source else f"待核实（{where}）"
        found.append(Candidate(f"{kind}.{name}-{numbers[kind]}", title, _escape_jinja(passage.text), tags + [tag], occasions, source=source))
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
        if c.source:
            out.append(f"  source: {_scalar(c.source)}")
        if c.variables:
            out.append("  variables:")
            for var, (description, default) in c.variables.items():
                out.append(f"    {var}: {{description: {_scalar(description)}, default: {_scalar(default)}}}")
        out += ["  text: |-", *(f"    {line}" for line in c.text.split("\n"))]
    return "\n".join(out) + "\n"


def slug(stem: str) -> str:
    text = re.sub(r"[^\w-]+", "-", stem).strip("-_") or "speech"
    return text if re.match(r"[\w]", text) else "speech"


def harvest(source: Path, output: Path | None = None) -> tuple[Path, list[Candidate], SpeechParts]:
    """Write the candidate fragments of ``source`` to a new file; returns it, the candidates and the parts."""
    if source.suffix.lower() not in SUFFIXES:
        raise InputError(
            f"{source} 不是 .txt、.md 或 .docx 文件",
            hint="harvest 能读取纯文本（.txt）、Markdown（.md）和 Word（.docx）讲话稿",
        )
    parts = speech_parts(read_speech(source))
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
