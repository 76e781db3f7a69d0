"""The style profile: every layout value of a Word draft, with GB/T 9704 defaults.

``DEFAULT_PROFILE`` is the table of docs/layout.md as data. A user's YAML file
(``--style house.yaml``) overrides any subset of it; the file is read through
``yaml_source`` and validated by ``typed_yaml``, so a misspelt key or a wrong
value is reported at its line and column. The profile knows nothing of XML:
``writers/docx/writer.py`` turns it into Word styles.
"""

from __future__ import annotations

import copy
import math
from pathlib import Path
from typing import Any, Literal

from ...errors import ProfileError
from ...records import record
from ...spec.typed_yaml import field_doc, load_model
from ...spec.yaml_source import LocatedYaml, YamlPath, load_yaml_file

Align = Literal["left", "center", "right", "justify", "distribute"]
TitleShape = Literal["trapezoid", "inverted-trapezoid", "diamond"]

MM_PER_PT = 25.4 / 72


@record(frozen=True)
class PageSetup:
    """页面：纸张、页边距、版心行数和字数。"""

    width_mm: float = field_doc("纸张宽度（毫米），A4 为 210")
    height_mm: float = field_doc("纸张高度（毫米），A4 为 297")
    margin_top_mm: float = field_doc("上边距（毫米），公文为 37")
    margin_bottom_mm: float = field_doc("下边距（毫米），公文为 35")
    margin_left_mm: float = field_doc("左边距（毫米），公文为 28")
    margin_right_mm: float = field_doc("右边距（毫米），公文为 26")
    lines_per_page: int = field_doc("每页行数，公文为 22；不写 line_pitch_pt 时据此算出行距")
    chars_per_line: int = field_doc("每行字数，公文为 28；不写字间距时据此算出字间距")
    line_pitch_pt: float | None = field_doc(
        "固定行距（磅）；不写则由版心高度和每页行数算出（公文为 28.95），常见的单位习惯为 28", default=None
    )
    mirror_margins: bool = field_doc(
        "对称页边距（双面打印）：双页的左右边距对调，装订边（订口，左边距）总在内侧", default=False
    )

    @property
    def text_width_pt(self) -> float:
        return (self.width_mm - self.margin_left_mm - self.margin_right_mm) / MM_PER_PT

    @property
    def text_height_pt(self) -> float:
        return (self.height_mm - self.margin_top_mm - self.margin_bottom_mm) / MM_PER_PT


@record(frozen=True)
class TextStyle:
    """一种段落的字体、字号和排布。"""

    font: str = field_doc("中文字体，如 仿宋_GB2312、黑体、楷体_GB2312、方正小标宋简体")
    size_pt: float = field_doc("字号（磅）：三号 16，二号 22，四号 14，小二 18")
    bold: bool = field_doc("是否加粗")
    align: Align = field_doc("对齐：left 左对齐、center 居中、right 右对齐、justify 两端对齐、distribute 分散对齐")
    indent_chars: float = field_doc("首行缩进（字），正文为 2")
    character_spacing_pt: float | None = field_doc(
        "字间距（磅）；不写则由版心宽度和每行字数算出（三号字为 −0.25，每行恰好 28 字）", default=None
    )
    line_spacing_pt: float | None = field_doc("固定行距（磅）；不写则用页面的行距", default=None)
    keep_with_next: bool = field_doc("与下段同页", default=False)


@record(frozen=True)
class TitleStyle(TextStyle):
    """标题：字体字号，以及长标题的分行。"""

    max_chars_per_line: int = field_doc("标题每行最多字数，超过则分行（二号字为 20）", default=20)
    shape: TitleShape = field_doc(
        "多行标题的形状：trapezoid 上短下长（梯形）、inverted-trapezoid 上长下短、diamond 中间长（菱形）",
        default="trapezoid",
    )
    space_after_lines: int = field_doc("标题（含署名行）之后空几行", default=1)


@record(frozen=True)
class PageNumberStyle:
    """页码：“— 1 —”，单页居右、双页居左。"""

    format: str = field_doc("页码格式，{page} 处为页码数字，如 “— {page} —”")
    font: str = field_doc("页码字体，公文为 宋体")
    size_pt: float = field_doc("页码字号（磅），四号为 14")
    odd_align: Literal["left", "center", "right"] = field_doc("单页页码位置")
    even_align: Literal["left", "center", "right"] = field_doc("双页页码位置")
    indent_chars: float = field_doc("页码距版心边缘（字），公文为 1")
    distance_below_text_mm: float = field_doc("页码上沿距版心下边缘（毫米），公文约为 7")


@record(frozen=True)
class StyleProfile:
    """版式配置：覆盖默认的公文版式（GB/T 9704）。"""

    page: PageSetup = field_doc("页面设置")
    latin_font: str = field_doc("数字和西文字体，公文为 Times New Roman")
    title: TitleStyle = field_doc("标题")
    subtitle: TextStyle = field_doc("副标题（——在……上的讲话）")
    byline: TextStyle = field_doc("署名行和日期行")
    salutation: TextStyle = field_doc("称呼（同志们：）")
    body: TextStyle = field_doc("正文")
    heading1: TextStyle = field_doc("一级标题（一、）")
    heading2: TextStyle = field_doc("二级标题（（一））")
    heading3: TextStyle = field_doc("三级标题（1.）")
    heading4: TextStyle = field_doc("四级标题（（1））")
    page_number: PageNumberStyle = field_doc("页码")
    widow_control: bool = field_doc("孤行控制；关闭才能保证每页 22 行")
    font_alternates: dict[str, Any] = field_doc(
        "字体缺失时 Word 可用的替代字体，如 仿宋_GB2312: 仿宋", default_factory=dict
    )
    unit: str = field_doc("单位名称：写入 Word 文档属性的“作者”；不写则为 jianggao", default="")

    def heading(self, level: int) -> TextStyle:
        return (self.heading1, self.heading2, self.heading3, self.heading4)[level - 1]

    @property
    def line_pitch_pt(self) -> float:
        """The exact line pitch: given, or the text block height shared by ``lines_per_page``
        (rounded down to a twip so the lines fit: 225 mm / 22 → 28.95 pt)."""
        if self.page.line_pitch_pt is not None:
            return self.page.line_pitch_pt
        return _floor_twips(self.page.text_height_pt / self.page.lines_per_page)

    def character_spacing_pt(self, style: TextStyle) -> float:
        """A style's character spacing: given, or what fits ``chars_per_line`` glyphs of its size
        on a line (rounded down to a twip: 156 mm / 28 − 16 pt → −0.25 pt)."""
        if style.character_spacing_pt is not None:
            return style.character_spacing_pt
        return _floor_twips(self.page.text_width_pt / self.page.chars_per_line - style.size_pt)


def _floor_twips(points: float) -> float:
    return math.floor(points * 20 + 1e-6) / 20


def _text(font: str, *, bold: bool = False, align: str = "justify", indent: float = 2, keep: bool = False) -> dict[str, Any]:
    return {
        "font": font,
        "size_pt": 16,
        "bold": bold,
        "align": align,
        "indent_chars": indent,
        "character_spacing_pt": None,  # derived: -0.25
        "line_spacing_pt": None,
        "keep_with_next": keep,
    }


# docs/layout.md as data: the profile a draft gets when the user gives none.
DEFAULT_PROFILE: dict[str, Any] = {
    "page": {
        "width_mm": 210,
        "height_mm": 297,
        "margin_top_mm": 37,
        "margin_bottom_mm": 35,
        "margin_left_mm": 28,
        "margin_right_mm": 26,
        "lines_per_page": 22,
        "chars_per_line": 28,
        "line_pitch_pt": None,  # derived: 28.95
        "mirror_margins": False,
    },
    "latin_font": "Times New Roman",
    "title": {
        **_text("方正小标宋简体", align="center", indent=0, keep=True),
        "size_pt": 22,
        "character_spacing_pt": 0,
        "max_chars_per_line": 20,
        "shape": "trapezoid",
        "space_after_lines": 1,
    },
    "subtitle": _text("楷体_GB2312", align="center", indent=0, keep=True),
    "byline": _text("楷体_GB2312", align="center", indent=0, keep=True),
    "salutation": _text("仿宋_GB2312", align="left", indent=0),
    "body": _text("仿宋_GB2312"),
    "heading1": _text("黑体", keep=True),
    "heading2": _text("楷体_GB2312", keep=True),
    "heading3": _text("仿宋_GB2312", bold=True, keep=True),
    "heading4": _text("仿宋_GB2312", keep=True),
    "page_number": {
        "format": "— {page} —",
        "font": "宋体",
        "size_pt": 14,
        "odd_align": "right",
        "even_align": "left",
        "indent_chars": 1,
        "distance_below_text_mm": 7,
    },
    "widow_control": False,
    "font_alternates": {
        "仿宋_GB2312": "仿宋",
        "楷体_GB2312": "楷体",
        "方正小标宋简体": "华文中宋",
    },
    "unit": "",
}

_DEFAULT: StyleProfile | None = None


def default_profile() -> StyleProfile:
    """The GB/T 9704 profile of docs/layout.md."""
    global _DEFAULT
    if _DEFAULT is None:
        doc = LocatedYaml(path=Path("<默认版式>"), data=copy.deepcopy(DEFAULT_PROFILE))
        _DEFAULT = load_model(StyleProfile, doc, ProfileError)
    return _DEFAULT


def load_profile(path: Path | None) -> StyleProfile:
    """The default profile, overridden by the user's YAML file at ``path`` if given."""
    if path is None:
        return default_profile()
    doc = load_yaml_file(
        path, ProfileError, not_yaml_hint="版式配置文件是 YAML 文件（.yaml）；要沿用单位 Word 模板的样式，请用 --reference-doc 给出 .docx"
    )
    if not isinstance(doc.data, dict):
        raise ProfileError(
            "版式配置的顶层应是键值对（如 body: …、page: …）",
            location=doc.where(()),
            hint="请参考 README 中的版式配置说明",
        )
    merged = LocatedYaml(
        path=doc.path,
        data=_merge(copy.deepcopy(DEFAULT_PROFILE), doc.data),
        value_marks=doc.value_marks,
        key_marks=doc.key_marks,
    )
    profile = load_model(StyleProfile, merged, ProfileError)
    check_profile(profile, merged)
    return profile


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """``override`` over ``base``, key by key; unknown keys are kept for validation to reject."""
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            base[key] = _merge(base[key], value)
        else:
            base[key] = value
    return base


_TEXT_SECTIONS = ("title", "subtitle", "byline", "salutation", "body", "heading1", "heading2", "heading3", "heading4")


def check_profile(profile: StyleProfile, doc: LocatedYaml) -> None:
    """Values that type-check but cannot make a page: say which and why, at their position."""

    def fail(path: YamlPath, message: str, hint: str) -> None:
        raise ProfileError(message, location=doc.where(path), hint=hint)

    page = profile.page
    for name in ("width_mm", "height_mm", "margin_top_mm", "margin_bottom_mm", "margin_left_mm", "margin_right_mm"):
        if getattr(page, name) < 0 or (name in ("width_mm", "height_mm") and getattr(page, name) <= 0):
            fail(("page", name), f"page.{name} 不能是负数或零", "请填写以毫米为单位的正数")
    if page.text_width_pt <= 0 or page.text_height_pt <= 0:
        fail(("page",), "页边距之和超过了纸张尺寸，版心为空", "请减小页边距或检查纸张尺寸")
    if page.lines_per_page < 1:
        fail(("page", "lines_per_page"), "page.lines_per_page 至少为 1", "公文为 22")
    if page.chars_per_line < 1:
        fail(("page", "chars_per_line"), "page.chars_per_line 至少为 1", "公文为 28")
    pitch = profile.line_pitch_pt
    pitch_path: YamlPath = ("page", "line_pitch_pt") if page.line_pitch_pt is not None else ("page", "lines_per_page")
    if not 1 <= pitch <= 200:
        fail(pitch_path, f"行距 {pitch:g} 磅不合理", "请填写 1 到 200 之间的磅值，公文为 28.95（每页 22 行）")
    needed = page.lines_per_page * pitch
    if needed > page.text_height_pt + 0.05:
        fail(
            pitch_path,
            f"每页 {page.lines_per_page} 行 × 行距 {pitch:g} 磅 = {needed:.1f} 磅，超过版心高度 {page.text_height_pt:.1f} 磅",
            "请减少行数、减小行距或减小上下边距",
        )
    body = profile.body
    advance = body.size_pt + profile.character_spacing_pt(body)
    if advance * page.chars_per_line > page.text_width_pt + 0.05:
        fail(
            ("body", "character_spacing_pt") if body.character_spacing_pt is not None else ("page", "chars_per_line"),
            f"每行 {page.chars_per_line} 字 × {advance:g} 磅 = {advance * page.chars_per_line:.1f} 磅，超过版心宽度 {page.text_width_pt:.1f} 磅",
            "请减少每行字数、减小正文字号或字间距，或减小左右边距",
        )
    for section in _TEXT_SECTIONS:
        style: TextStyle = getattr(profile, section)
        if not 1 <= style.size_pt <= 200:
            fail((section, "size_pt"), f"{section}.size_pt 的值 {style.size_pt:g} 不合理", "请填写 1 到 200 之间的磅值，如三号 16、二号 22")
        if not _is_font_name(style.font):
            fail((section, "font"), f"{section}.font 应为字体名", "请填写字体名，如 仿宋_GB2312")
        spacing = profile.character_spacing_pt(style)
        if not -10 <= spacing <= 10:
            given = style.character_spacing_pt is not None
            fail(
                (section, "character_spacing_pt") if given else ("page", "chars_per_line"),
                f"{section} 的字间距 {spacing:g} 磅不合理" + ("" if given else f"（由每行 {page.chars_per_line} 字算出）"),
                "请填写 −10 到 10 之间的磅值，或调整每行字数",
            )
        if not 0 <= style.indent_chars <= 20:
            fail((section, "indent_chars"), f"{section}.indent_chars 的值 {style.indent_chars:g} 不合理", "请填写 0 到 20 之间的字数，正文为 2")
        if style.line_spacing_pt is not None and not 1 <= style.line_spacing_pt <= 200:
            fail((section, "line_spacing_pt"), f"{section}.line_spacing_pt 的值 {style.line_spacing_pt:g} 不合理", "请填写 1 到 200 之间的磅值，或删去这一项")
    if profile.title.max_chars_per_line < 2:
        fail(("title", "max_chars_per_line"), "title.max_chars_per_line 至少为 2", "二号字标题为 20")
    if not 0 <= profile.title.space_after_lines <= 10:
        fail(("title", "space_after_lines"), "title.space_after_lines 应在 0 到 10 之间", "默认空 1 行")
    if not _is_font_name(profile.latin_font):
        fail(("latin_font",), "latin_font 应为字体名", "如 Times New Roman")
    number = profile.page_number
    if not _is_font_name(number.font):
        fail(("page_number", "font"), "page_number.font 应为字体名", "如 宋体")
    if number.format.count("{page}") != 1:
        fail(("page_number", "format"), f"页码格式“{number.format}”中应恰好有一个 {{page}}", "如 “— {page} —”")
    if not 1 <= number.size_pt <= 72:
        fail(("page_number", "size_pt"), f"page_number.size_pt 的值 {number.size_pt:g} 不合理", "四号为 14")
    if not math.isfinite(number.distance_below_text_mm) or number.distance_below_text_mm < 0:
        fail(("page_number", "distance_below_text_mm"), "page_number.distance_below_text_mm 不能是负数", "公文约为 7")
    if number.distance_below_text_mm + number.size_pt * MM_PER_PT > page.margin_bottom_mm:
        fail(("page_number", "distance_below_text_mm"), "页码放不进下边距", "请减小 distance_below_text_mm 或加大下边距")
    if len(profile.unit) > 100 or not all(ch.isprintable() for ch in profile.unit):
        fail(("unit",), "unit 应为一行不超过 100 字的单位名称", "如 unit: 市政府办公室")
    for font, alternate in profile.font_alternates.items():
        if not isinstance(alternate, str) or not _is_font_name(alternate.strip()):
            fail(("font_alternates", font), f"font_alternates.{font} 应为字体名", "如 仿宋_GB2312: 仿宋")


def _is_font_name(name: str) -> bool:
    return bool(name) and len(name) <= 64 and all(ch.isprintable() for ch in name)
