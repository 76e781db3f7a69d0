"""The speech spec: what a user writes in YAML, as validated, typed data.

Keys are English; descriptions are Chinese because editors show them to the
user while typing (``jianggao schema``). Nothing here knows about templates or
output formats.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from ..errors import JianggaoError, Location, SpecError
from ..records import fields, record
from ..text_files import decode_text, read_user_bytes
from ..zh.numbering import ItemStyle, PointStyle
from ..zh.numerals import MAX_NUMERAL
from .typed_yaml import field_doc, load_model, yaml_key
from .yaml_source import LocatedYaml, YamlPath, load_yaml_file, load_yaml_text


@record(frozen=True)
class FragmentRef:
    """引用素材库中的一段素材（fragment），可传入变量。"""

    __discriminator__ = "fragment"

    fragment: str = field_doc("素材编号，形如 closing.new-journey")
    with_: dict[str, Any] = field_doc("传给素材的变量", key="with", default_factory=dict)


# A paragraph wherever a spec places one: literal text or a fragment reference.
Text = str | FragmentRef


@record(frozen=True)
class Item:
    """一个分论点：一段话，或“小标题 + 正文”（小标题作为段首句）。"""

    heading: str = field_doc("分论点的小标题句，不写序号，如：要认清形势", default="")
    text: Text = field_doc("紧接小标题的正文", default="")
    paragraphs: list[Text] = field_doc("正文之后的其他段落", default_factory=list)
    items: list[Item | Text] = field_doc("下一层分论点", default_factory=list)
    numbering: ItemStyle | None = field_doc("下一层分论点的序号样式", default=None)


@record(frozen=True)
class Point:
    """一个一级要点（一、二、三、…）。"""

    heading: str = field_doc("要点标题，不写序号；并列分句用“，”隔开")
    intro: list[Text] = field_doc("标题下的引言段落", default_factory=list)
    items: list[Item | Text] = field_doc("分论点：一段话，或 heading + text", default_factory=list)
    numbering: ItemStyle | None = field_doc("本要点分论点的序号样式（覆盖全局设置）", default=None)


@record(frozen=True)
class Opening:
    """开头：自由段落，以及模板提供的常用“动作”。"""

    __list_field__ = "paragraphs"

    paragraphs: list[Text] = field_doc("开头的自由段落", default_factory=list)
    purpose: str = field_doc("会议目的：今天召开……，主要任务是……", default="")
    occasion: str = field_doc("会议背景：上级会议的部署", default="")
    acknowledgement: str = field_doc("对前面发言的回应：刚才，……我完全同意", default="")
    review: list[Text] = field_doc("工作回顾（成绩）", default_factory=list)
    problems: list[Text] = field_doc("存在的问题", default_factory=list)
    approach: str = field_doc("总体思路", default="")
    theme: str = field_doc("讲话主题，如：锻造新时代高素质政法铁军", default="")
    summary: list[str] = field_doc("各要点的概括关键词，如：清醒、担当、坚守", default_factory=list)
    transition: str = field_doc("引出正文的过渡句；不写则按要点数自动生成", default="")


@record(frozen=True)
class Numbering:
    """序号样式。"""

    points: PointStyle | None = field_doc(
        "一级要点的序号样式：不写则为“一、”标题；写 第一， 一是 一要 首先 首先…最后 一方面 —— 则各要点成为段首句"
        "（要点标题作段首句，引言第一段接在其后）；写“不编号”则为不带序号的并列段落",
        default=None,
    )
    items: ItemStyle | None = field_doc("分论点的序号样式；不写则用模板默认", default=None)
    nested: ItemStyle | None = field_doc("第三层的序号样式；不写则用模板默认", default=None)


@record(frozen=True)
class Spec:
    """讲话稿说明书（spec）。"""

    template: str = field_doc("模板名：英文名或中文名（advancement 或 推进会），见 jianggao templates", setting=True)
    title: str = field_doc("标题，如：在全县政法工作会议上的讲话", fact="讲话标题")
    subtitle: str = field_doc("副标题，如：——在……上的讲话", default="")
    meeting: str = field_doc("会议名称", default="", fact="会议名称")
    speaker: str = field_doc("讲话人", default="", fact="讲话人")
    speaker_title: str = field_doc("讲话人职务，用于署名行", default="", fact="讲话人职务")
    date: dt.date | None = field_doc("讲话日期，如 2025-03-01", default=None, setting=True, fact="讲话日期")
    salutation: str = field_doc("称呼，默认“同志们”；冒号由模板加上；写 \"\"（空）表示不要称呼", default="同志们")
    opening: Opening = field_doc("开头：各“动作”，或段落列表，或一段文字", default_factory=Opening)
    points: list[Point] = field_doc("一级要点", default_factory=list)
    numbering: Numbering = field_doc("序号样式", default_factory=Numbering, setting=True)
    closing: list[Text] | None = field_doc("结尾段落；不写则用模板的默认结尾，写 [] 表示不要结尾段", default=None)
    thanks: bool | str | None = field_doc("结尾致谢：true/false（或 是/否），或自定义致谢语；不写则用模板默认", default=None)
    duration: float | None = field_doc("计划讲话时长（分钟），供 check 估算", default=None, setting=True)
    vars: dict[str, Any] = field_doc("自定义变量，模板和素材中可用", default_factory=dict)


def spec_keys(marker: str) -> dict[str, str]:
    """The top-level spec keys whose field carries ``marker`` (``setting`` or ``fact``), with its value."""
    return {yaml_key(f): f.metadata[marker] for f in fields(Spec) if marker in f.metadata}


@record(frozen=True)
class LoadedSpec:
    """A validated spec with the document it came from (for positions)."""

    spec: Spec
    source: LocatedYaml

    @property
    def path(self) -> Path:
        return self.source.path

    def where(self, path: YamlPath):  # -> Location
        return self.source.where(path)


def load_spec(path: Path) -> LoadedSpec:
    try:
        source = load_yaml_file(path, SpecError, not_yaml_hint=_speech_given_hint(path))
    except SpecError:
        # a pasted speech is seldom valid YAML (“**……**” reads as an alias, “@” is reserved): its
        # syntax error would send the writer hunting in the wrong file
        if _speech_text(path):
            raise SpecError(_NOT_A_SPEECH + "，这像是一篇讲话稿", location=Location(path), hint=_speech_given_hint(path)) from None
        raise
    return _validated(source)


_NOT_A_SPEECH = "说明书的顶层应是键值对（template: …、title: …）"
_SPEC_KEY_LINE = re.compile(r"^[ \t]*(template|title)[ \t]*[:：]", re.M)


def _speech_text(path: Path) -> bool:
    """``path`` is a .txt/.md that reads as text without a spec's template: or title: line — a speech.
    (A spec saved as .txt, as Notepad does, keeps its own errors.)"""
    if path.suffix.lower() not in (".txt", ".md", ".markdown"):
        return False
    try:
        text = decode_text(read_user_bytes(path, SpecError), path, SpecError)
    except JianggaoError:
        return False
    return bool(text.strip()) and not _SPEC_KEY_LINE.search(text)


def _speech_given_hint(path: Path) -> str:
    """What to do when a speech was given where its spec belongs."""
    return (
        f"说明书是 YAML 文件（.yaml）。要从这篇讲话稿生成说明书，请运行 jianggao mine {path}；"
        f"只想把它排成公文格式，请运行 jianggao format {path}"
    )


def load_spec_text(text: str, path: Path) -> LoadedSpec:
    """A spec held in memory, validated as if read from ``path`` (which need not exist)."""
    return _validated(load_yaml_text(text, path, SpecError))


def load_spec_data(data: dict[str, Any], path: Path) -> LoadedSpec:
    """A spec given as plain data (no positions), validated as if read from ``path``."""
    return _validated(LocatedYaml(path=path, data=data))


def validate_spec_text(text: str) -> LoadedSpec:
    """Load spec ``text`` that jianggao itself wrote (``mine``) exactly as ``build`` would.

    A failure is a bug in whoever produced the text, and says so.
    """
    try:
        return load_spec_text(text, Path("spec.yaml"))
    except JianggaoError as exc:
        raise JianggaoError(
            f"生成的说明书未通过校验（{exc.message}）",
            hint="这是 jianggao 的缺陷，请把讲话稿文件提供给开发者",
        ) from None


def _validated(source: LocatedYaml) -> LoadedSpec:
    if not isinstance(source.data, dict):
        speech = source.path.suffix.lower() in (".txt", ".md") and isinstance(source.data, str)
        raise SpecError(
            _NOT_A_SPEECH + ("，这像是一篇讲话稿" if speech else ""),
            location=source.where(()),
            hint=_speech_given_hint(source.path) if speech else "请参考 jianggao new 生成的示例",
        )
    spec = load_model(Spec, source, SpecError)
    if not spec.title:
        raise SpecError("标题（title）不能为空", location=source.where(("title",)), hint="请填写讲话标题")
    _check_counts(spec, source)
    _check_pairs(spec, source)
    return LoadedSpec(spec, source)


MAX_ENTRIES = MAX_NUMERAL  # Chinese numbering (一、…九千九百九十九、) ends here


def _check_counts(spec: Spec, source: LocatedYaml) -> None:
    """Numbering stops at 9,999: say so at the 10,000th entry, before a template fails on it."""

    def check(entries: list, path: YamlPath, what: str) -> None:
        if len(entries) > MAX_ENTRIES:
            raise SpecError(
                f"{what}有 {len(entries)} 个，超过了序号能编到的 {MAX_ENTRIES} 个",
                location=source.where((*path, MAX_ENTRIES)),
                hint="一篇讲话用不了这么多，请合并或拆成几篇",
            )

    check(spec.points, ("points",), "一级要点（points）")
    for i, point in enumerate(spec.points):
        check(point.items, ("points", i, "items"), "分论点（items）")
        for j, item in enumerate(point.items):
            if isinstance(item, Item):
                check(item.items, ("points", i, "items", j, "items"), "第三层条目（items）")


def _check_pairs(spec: Spec, source: LocatedYaml) -> None:
    """一方面/另一方面 only pairs two entries: say so at the list that breaks it."""

    def check(items: list, style: str | None, path: YamlPath) -> None:
        headed = sum(1 for item in items if isinstance(item, Item) and item.heading)
        if style == "一方面" and items and headed != 2:  # (a point with no items uses no style)
            raise SpecError(
                f"序号样式“一方面”只能用于两个带小标题的分论点，这里有 {headed} 个",
                location=source.where(path),
                hint="请改用其他序号样式，或调整为两个分论点",
            )

    if spec.numbering.points == "一方面" and len(spec.points) != 2:
        raise SpecError(
            f"序号样式“一方面”只能用于两个一级要点，这里有 {len(spec.points)} 个",
            location=source.where(("numbering", "points")),
            hint="请改用其他序号样式，或调整为两个要点",
        )
    default = spec.numbering.items
    for i, point in enumerate(spec.points):
        check(point.items, point.numbering or default, ("points", i, "items"))
        for j, item in enumerate(point.items):
            if isinstance(item, Item) and item.items:
                check(item.items, item.numbering or spec.numbering.nested, ("points", i, "items", j, "items"))
