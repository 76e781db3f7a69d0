"""The report's words on what a source holds that is not read as text (notes, tables, …), and where it stands.

The Word and the Markdown readers say them alike: ``where_numbers`` (第 3、7 段), ``footnotes_note``, ``tables_note``.
"""

from __future__ import annotations


def where_numbers(numbers: list[int], unit: str = "段") -> str:
    """第 3、7 段 (the first few of them): where in the source a note's matter is."""
    shown = sorted(set(numbers))
    more = "等" if len(shown) > 5 else ""
    return f"第 {'、'.join(str(n) for n in shown[:5])} {unit}{more}"


def footnotes_note(where: str, count: int, *, kind: str = "脚注或尾注", texts_at: str = "") -> str:
    """The report's word on footnotes left out (a Word document's, a Markdown text's)."""
    texts = f"注释的文字（{texts_at}）" if texts_at else "注释的文字"
    return f"原稿{where}有{kind}（共 {count} 处），{texts}没有读入，需要时请手工补进正文"


def tables_note(where: str, count: int) -> str:
    """The report's word on tables read cell by cell (a Word document's, a Markdown text's)."""
    return f"原稿{where}起有表格（共 {count} 个），已按单元格逐段读入（每格一段），表格本身没有保留"
