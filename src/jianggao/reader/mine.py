"""An existing speech → an editable spec for the closest built-in template.

``mine_speech`` takes what ``speech_reader`` read and builds the spec as plain
data (dicts and lists in the order a writer reads them): numbering labels
become structure and ``numbering`` styles, the opening is split into the
moves the chosen template writes (purpose, acknowledgement, review…), the
transition sentence is kept only when the template would not write the same
words itself, the closing and thanks line follow the template's defaults.
The opening is read so that the template prints it in the same paragraphs:
where the speech breaks its moves otherwise than the template joins them, the
leading paragraphs stay free ones (``opening.paragraphs``, printed first).
Nothing is lost: text that fits no field stays as a paragraph where it stood.

``TEMPLATE_PROFILES`` records what each built-in template writes in the
opening and by default (templates/*.j2); the round-trip tests render the
mined specs through the real templates and compare the text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..zh.dates import parse_chinese_date, parse_date
from ..zh.numbering import ITEM_STYLES, is_heading_style
from ..zh.numerals import count_word
from .outline import Outline, OutlineNode
from .speech_file import ReadResult


@dataclass(frozen=True)
class TemplateProfile:
    name: str
    title_words: tuple[str, ...]  # meeting names that call for this template
    item_style: str
    nested_style: str
    thanks_line: str  # printed when the spec says nothing about thanks
    moves: tuple[str, ...]  # opening moves the template prints, in order, after opening.paragraphs
    transition: Callable[[int, str, list[str]], str]  # (points, theme, summary) → the sentence it writes
    run_on: tuple[str, ...] = ()  # moves printed as one paragraph that the transition ends
    summary_apart: bool = False  # the generated summary sentence is a paragraph of its own


TEMPLATE_PROFILES: dict[str, TemplateProfile] = {
    "work-conference": TemplateProfile(
        "work-conference", ("工作会议", "工作会", "经济会议", "务虚会", "全会"), "一要", "一是", "",
        ("review", "problems", "approach"),
        lambda n, theme, summary: f"这里，我重点强调{count_word(n)}个方面：",
    ),
    "integrity": TemplateProfile(
        "integrity", ("党风廉政", "廉政", "反腐败", "警示教育", "纪检监察", "全面从严治党", "作风建设"), "（一）", "一是",
        "今天我就讲这些，谢谢大家！", ("purpose", "acknowledgement"),
        lambda n, theme, summary: (
            f"下面，我讲{count_word(n)}点意见，概括起来，就是要做到“{'、'.join(summary)}”。"
            if summary else f"下面，我讲{count_word(n)}点意见。"
        ),
        ("purpose", "acknowledgement"), True,
    ),
    "deployment": TemplateProfile(
        "deployment", ("专题会", "动员", "部署会", "部署大会", "启动会", "专项整治", "专项行动"), "一是", "一是", "",
        ("occasion", "purpose", "acknowledgement"),
        lambda n, theme, summary: f"下面，我主要就{theme}，强调{n}个方面。" if theme else f"下面，我强调{n}个方面。",
        ("occasion", "purpose", "acknowledgement"),
    ),
    "advancement": TemplateProfile(
        "advancement", ("推进会", "推进大会", "调度会", "现场会", "观摩会"), "第一，", "一是", "谢谢大家！",
        ("purpose", "acknowledgement"),
        lambda n, theme, summary: (
            f"下面，我围绕“{theme}”这一主题，讲{count_word(n)}点意见。" if theme else f"下面，我讲{count_word(n)}点意见。"
        ),
        ("purpose", "acknowledgement"),
    ),
}

# --- recognising the opening moves ----------------------------------------

_MOVE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("approach", re.compile(r"^.{0,30}(总体思路|总体要求|指导思想|工作思路)(是|为)")),
    ("acknowledgement", re.compile(r"^刚才[，,]")),
    ("occasion", re.compile(r"^(昨天|前天|日前|近日|前不久|不久前|上周|本周|最近|今天上午|昨日)[^。]{0,60}(召开|部署|安排|作出|印发|会议|批示|指示)")),
    ("purpose", re.compile(r"^(今天|这次|本次|今天上午|今天下午)[^。]{0,40}(召开|会议|参加|举行|座谈|主要任务)")),
    ("problems", re.compile(r"^(在肯定成绩的同时|在看到成绩的同时|同时[，,]\s*我们也要|但也要看到|我们也要清醒|成绩来之不易[，,]但|当前[，,][^。]{0,20}(问题|不足|短板))")),
    ("review", re.compile(r"^(过去的?一年|一年来|\d{4}年[，,]|去年[，,]|近年来|今年以来|\d{4}年以来)")),
]
# The sentence that announces the body: 下面，我讲三点意见 / 这里，我重点强调五个方面：
_TRANSITION = re.compile(r"(下面|接下来|这里|在此|借此机会|现在|为此|对此)[，,]?\s*(我|再|就|主要|重点|着重|围绕|结合|讲|强调|谈|提)")
_ANNOUNCES = re.compile(r"(讲|强调|谈|提|说)[^。！？]{0,40}(意见|方面|要求|问题|几点|点|建议|看法)")
_THEME_PATTERNS = [
    re.compile(r"围绕[“\"](.+?)[”\"]这一主题"),
    re.compile(r"主要就(.+?)[，,]\s*强调"),
]
_SUMMARY = re.compile(r"概括起来[，,]\s*就是要?做到?[“\"](.+?)[”\"]")
_MEETING = re.compile(r"^在(.+?)上的(讲话|发言|致辞|讲话提纲|总结讲话|动员讲话)")


def normalise(text: str) -> str:
    """Text as compared for "the same words": punctuation width and spacing do not count."""
    table = str.maketrans({",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）", "．": "."})
    return "".join(text.translate(table).split())


@dataclass
class MinedSpec:
    template: str
    data: dict[str, Any]  # the spec, keys in writing order
    notes: list[str] = field(default_factory=list)
    scores: dict[str, int] = field(default_factory=dict)


# --- choosing the template -------------------------------------------------


def _styles_by_depth(outline: Outline) -> dict[int, Counter]:
    styles: dict[int, Counter] = {}
    for node in outline.nodes():
        styles.setdefault(node.depth, Counter())[node.style] += 1
    return styles


def choose_template(outline: Outline) -> tuple[str, dict[str, int]]:
    """The built-in template whose features the speech shares most."""
    scores = dict.fromkeys(TEMPLATE_PROFILES, 0)
    title = outline.title + outline.subtitle
    for name, profile in TEMPLATE_PROFILES.items():
        if any(word in title for word in profile.title_words):
            scores[name] += 5
    if any(word in title for word in TEMPLATE_PROFILES["integrity"].title_words):
        scores["work-conference"] -= 3  # 党风廉政建设工作会议 is an integrity meeting
    opening = "".join(t.text for t in outline.opening)
    if "这一主题" in opening:
        scores["advancement"] += 2
    if re.search(r"强调\s*\d+\s*个方面|主要就", opening):
        scores["deployment"] += 2
    if re.search(r"重点强调.{1,3}个方面", opening):
        scores["work-conference"] += 2
    if "概括起来" in opening:
        scores["integrity"] += 2
    for text in outline.opening:
        for move, pattern in _MOVE_PATTERNS:
            if pattern.search(text.text):
                if move in ("review", "problems", "approach"):
                    scores["work-conference"] += 1
                elif move == "occasion":
                    scores["deployment"] += 1
                break
    second = _styles_by_depth(outline).get(2, Counter())
    if second:
        style = second.most_common(1)[0][0]
        for name, profile in TEMPLATE_PROFILES.items():
            if profile.item_style == style:
                scores[name] += 1
        if style == "一方面":
            scores["deployment"] += 1
    closing = "".join(t.text for t in outline.closing)
    if closing.startswith("总之"):
        scores["work-conference"] += 1
    if "让我们" in closing:
        scores["advancement"] += 1
    if outline.thanks and "就讲这些" in outline.thanks.text:
        scores["integrity"] += 1
    order = list(TEMPLATE_PROFILES)
    best = max(order, key=lambda name: (scores[name], -order.index(name)))
    return best, scores


# --- the spec ----------------------------------------------------------------


def mine_speech(read: ReadResult, template: str | None = None) -> MinedSpec:
    """Build the spec for ``read``; ``template`` forces a built-in template."""
    outline = read.outline
    notes = list(outline.notes)
    if template is None:
        template, scores = choose_template(outline)
    else:
        scores = {}
    profile = TEMPLATE_PROFILES[template]
    data: dict[str, Any] = {"template": template}

    title = outline.title
    if not title:
        title = "讲话稿"
        notes.append("没有找到标题，已暂填“讲话稿”，请改成实际标题")
    data["title"] = title
    if outline.subtitle:
        data["subtitle"] = outline.subtitle
    m = _MEETING.match(title) or _MEETING.match(outline.subtitle.lstrip("—-"))
    if m:
        data["meeting"] = m.group(1)
    _bylines(outline, data)
    if outline.salutation and outline.salutation != "同志们":
        data["salutation"] = outline.salutation
    elif not outline.salutation:
        notes.append("原稿没有称呼，说明书使用默认称呼“同志们”")

    points = [_point(node, notes) for node in outline.points]
    data["opening"] = _opening(outline, profile, len(points), notes)
    numbering = _numbering(outline)
    if numbering:
        data["numbering"] = numbering
        _drop_default_numbering(data, numbering, points)
    if points:
        data["points"] = points
    else:
        notes.append("没有编号要点：说明书只有开头和结尾，正文各段放在 opening.paragraphs 中")

    data["closing"] = [t.text for t in outline.closing]
    if outline.thanks:
        if normalise(outline.thanks.text) != normalise(profile.thanks_line):
            data["thanks"] = outline.thanks.text
    elif profile.thanks_line:
        data["thanks"] = False
    return MinedSpec(template, data, notes, scores)


def _bylines(outline: Outline, data: dict[str, Any]) -> None:
    for byline in outline.bylines:
        text = byline.text.strip("（）() ")
        date = parse_date(text) or parse_chinese_date(text)
        if date and "date" not in data:
            data["date"] = date
            continue
        if "speaker" not in data and text:
            parts = re.split(r"[\s\u3000]+", text)
            data["speaker"] = parts[-1]
            if len(parts) > 1:
                data["speaker_title"] = " ".join(parts[:-1])


# --- opening ---------------------------------------------------------------


def _clause_segments(text: str) -> list[str]:
    """A paragraph cut before 刚才 (the acknowledgement often starts mid-sentence)."""
    cuts = [0]
    for m in re.finditer(r"(?<=[。！？；，,])刚才[，,]", text):
        cuts.append(m.start())
    cuts.append(len(text))
    return [text[a:b] for a, b in zip(cuts, cuts[1:], strict=False) if text[a:b].strip()]


def _find_transition(text: str) -> int | None:
    """Where the sentence announcing the body starts in ``text`` (its last paragraph of the opening)."""
    found = None
    for m in _TRANSITION.finditer(text):
        i = m.start()
        if (i == 0 or text[i - 1] in "。！？；，,：:") and _ANNOUNCES.search(text, i):
            found = i
    return found


def _opening(outline: Outline, profile: TemplateProfile, count: int, notes: list[str]) -> dict[str, Any]:
    texts = [t.text for t in outline.opening]
    opening: dict[str, Any] = {}
    if not count:
        if texts:
            opening["paragraphs"] = texts
        return opening
    if not texts:
        notes.append("原稿没有开头段落，生成时模板会补上默认开头和过渡句")
        return opening
    last = texts[-1]
    start = _find_transition(last)
    # (transition, the text before it in its paragraph): where the template prints the transition as a
    # paragraph of its own, that text belongs to it; the paragraph before 一、 may hold no transition at all.
    splits = [(last, "")] if start is None else [(last[start:], last[:start]), (last, "")]
    # Read every paragraph as moves; where the template would group them into other paragraphs than the
    # speech has, keep the leading paragraphs as free ones (printed first, each on its own) until it agrees.
    wanted = [normalise(t) for t in texts]
    for free in range(len(texts)):
        for transition, lead_in in splits:
            opening = _moves(profile, count, texts[:free], [*texts[free:-1], lead_in], transition)
            if _layout(profile, opening, count) == wanted:
                return opening
    free_paragraphs = {"paragraphs": texts[:-1]} if len(texts) > 1 else {}
    if start and profile.run_on:  # the text before the transition, unread, runs on into it
        opening = _with_transition(profile, count, {**free_paragraphs, profile.run_on[0]: last[:start]}, last[start:])
        if _layout(profile, opening, count) == wanted:
            return opening
    if free_paragraphs:
        return {**free_paragraphs, "transition": last}  # printed alone: no move runs on into it
    if start:
        notes.append("开头的段落划分与模板不一致，重新生成时开头会分成两段")
    opening = _moves(profile, count, [], [last[:start] if start else ""], splits[0][0])
    if not opening.keys() - {"theme", "summary"}:
        # Only a transition: write it out even where the template would generate the same words,
        # since a spec with no opening at all gets the template's stock opening (_base.j2).
        opening["transition"] = splits[0][0]
    return opening


def _moves(profile: TemplateProfile, count: int, free: list[str], texts: list[str], transition: str) -> dict[str, Any]:
    """The opening with ``free`` as its paragraphs and ``texts`` read as the template's moves."""
    segments: list[str] = []
    for text in texts:
        segments.extend(_clause_segments(text) if text else [])
    paragraphs: list[str] = list(free)
    moves: dict[str, Any] = {}
    current: str | None = None  # the move that later plain text joins
    for segment in segments:
        move = next((name for name, p in _MOVE_PATTERNS if p.search(segment)), None)
        order = profile.moves
        if move in order and move not in moves and (current is None or order.index(move) > order.index(current)):
            current = move
            moves[move] = [segment] if move in ("review", "problems") else segment
        elif current is None:
            paragraphs.append(segment)
        elif current in ("review", "problems"):
            moves[current].append(segment)
        else:
            moves[current] += segment
    opening: dict[str, Any] = {}
    if paragraphs:
        opening["paragraphs"] = paragraphs
    for move in profile.moves:
        if move in moves:
            opening[move] = moves[move]
    return _with_transition(profile, count, opening, transition)


def _with_transition(profile: TemplateProfile, count: int, opening: dict[str, Any], transition: str) -> dict[str, Any]:
    """``opening`` with the theme or summary the transition names, and the transition unless the template writes it."""
    theme = next((m.group(1) for p in _THEME_PATTERNS if (m := p.search(transition))), "")
    summary_match = _SUMMARY.search(transition)
    summary = [s for s in re.split(r"[、，,]", summary_match.group(1)) if s] if summary_match else []
    if theme and (profile.name in ("advancement", "deployment")):
        opening["theme"] = theme
    if summary and profile.name == "integrity":
        opening["summary"] = summary
    generated = profile.transition(count, opening.get("theme", ""), opening.get("summary", []))
    if normalise(generated) != normalise(transition):
        opening["transition"] = transition
    return opening


def _layout(profile: TemplateProfile, opening: dict[str, Any], count: int) -> list[str]:
    """The opening's paragraphs as the template prints them (normalised): mirrors templates/*.j2."""
    if not opening.keys() - {"theme", "summary"}:
        return []  # the template would print its stock opening first (_base.j2)
    out: list[str] = list(opening.get("paragraphs", []))
    for move in profile.moves:
        if move in opening and move not in profile.run_on:
            value = opening[move]
            out.extend(value if isinstance(value, list) else [value])
    run_on = "".join(opening.get(move, "") for move in profile.run_on)
    summary = opening.get("summary", [])
    explicit = opening.get("transition", "")
    sentence = explicit or profile.transition(count, opening.get("theme", ""), summary)
    if profile.summary_apart and summary and not explicit:
        out.extend([run_on, sentence])
    else:
        out.append(run_on + sentence)
    return [normalise(text) for text in out if text]


# --- points and items ---------------------------------------------------------


def _item_style(style: str, notes: list[str]) -> str:
    if style in ITEM_STYLES:
        return style
    if style == "一、" or style.startswith("#"):
        note = "原稿下级标题没有可用的编号样式，已改用“（一）”"
        if note not in notes:
            notes.append(note)
        return "（一）"
    return "（一）"


def _runs(children: list[OutlineNode]) -> list[list[OutlineNode]]:
    """Children split where numbering starts again or changes style."""
    runs: list[list[OutlineNode]] = []
    for child in children:
        if not runs or child.restart or child.style != runs[-1][-1].style:
            runs.append([])
        runs[-1].append(child)
    return runs


def _items(children: list[OutlineNode], notes: list[str]) -> tuple[list[Any], str | None]:
    """The items of a list and its numbering style; later runs become unheaded items holding their list."""
    runs = _runs(children)
    if not runs:
        return [], None
    items: list[Any] = [_item(n, notes) for n in runs[0]]
    for run in runs[1:]:
        items.append({"numbering": _item_style(run[0].style, notes), "items": [_item(n, notes) for n in run]})
    return items, _item_style(runs[0][0].style, notes)


def _lead_heading(node: OutlineNode, renders_as_heading: bool) -> str:
    """A run-in lead without the full stop the template adds back; a heading line as written."""
    heading = node.heading.strip()
    if renders_as_heading:
        return heading
    if heading.endswith(","):
        return heading[:-1] + "，"
    return heading[:-1] if heading.endswith("。") and not heading.endswith("。。") else heading


def _inline_text(node: OutlineNode, paragraphs: list[str]) -> str:
    """An enumeration found inside a paragraph, written back as it stood; later paragraphs collected."""
    text = node.label + node.heading + node.text + "".join(_inline_text(c, paragraphs) for c in node.children)
    paragraphs.extend(t.text for t in node.paragraphs)
    return text


def _item(node: OutlineNode, notes: list[str]) -> dict[str, Any]:
    item: dict[str, Any] = {}
    style = _item_style(node.style, notes)
    paragraphs = [t.text for t in node.paragraphs]
    own = [node.paragraph, *(t.paragraph for t in node.paragraphs)]
    if node.children and all(c.inline and c.paragraph in own for c in node.children):
        # 一是…二是… inside a sub-point's paragraphs stays in their text: the paragraph is not split
        # (a template prints every item as a paragraph of its own); check still sees them.
        texts = [node.text, *paragraphs]
        after: list[str] = []
        for child in node.children:
            k = len(own) - 1 - own[::-1].index(child.paragraph)
            texts[k] += _inline_text(child, after)
        node = OutlineNode(**{**node.__dict__, "text": texts[0], "children": [], "paragraphs": []})
        paragraphs = texts[1:] + after
    # mirrors the template: a heading-style item with no text of its own is a heading line
    as_heading = not node.text and bool(node.children or paragraphs) and is_heading_style(style)
    item["heading"] = _lead_heading(node, as_heading)
    if node.text:
        item["text"] = node.text
    if paragraphs:
        item["paragraphs"] = paragraphs
    children, child_style = _items(node.children, notes)
    if children:
        item["numbering"] = child_style
        item["items"] = children
    return item


def _point(node: OutlineNode, notes: list[str]) -> dict[str, Any]:
    point: dict[str, Any] = {"heading": node.heading}
    intro = ([node.text] if node.text else []) + [t.text for t in node.paragraphs]
    if intro:
        point["intro"] = intro
    items, style = _items(node.children, notes)
    if items:
        point["numbering"] = style
        point["items"] = items
    return point


def _numbering(outline: Outline) -> dict[str, str]:
    """The most used style at the second and third levels, written once at the top."""
    by_depth = _styles_by_depth(outline)
    numbering: dict[str, str] = {}
    for depth, key in ((2, "items"), (3, "nested")):
        counts = Counter({s: c for s, c in by_depth.get(depth, Counter()).items() if s in ITEM_STYLES})
        if counts:
            numbering[key] = counts.most_common(1)[0][0]
    return numbering


def _drop_default_numbering(data: dict[str, Any], numbering: dict[str, str], points: list[dict[str, Any]]) -> None:
    """Per-point and per-item ``numbering`` only where it differs from the global one."""
    items_style = numbering.get("items")
    nested_style = numbering.get("nested") or TEMPLATE_PROFILES[data["template"]].nested_style

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, dict) and "items" in item:
                if item.get("heading") and item.get("numbering") == nested_style:
                    del item["numbering"]
                walk(item["items"])

    for point in points:
        if items_style and point.get("numbering") == items_style:
            del point["numbering"]
        walk(point.get("items", []))

