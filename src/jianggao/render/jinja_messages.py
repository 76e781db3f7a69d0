"""Jinja's own messages about a template or fragment, said in Chinese for the writer who wrote it.

Jinja words its syntax errors, its sandbox refusals and a few run-time failures in English
(``Unexpected end of template. Jinja was looking for the following tags: 'endif' …``). Each known
wording is matched here and said again in Chinese, with the tag, name or character it names; a
wording not known (a newer Jinja's) keeps its English after a Chinese lead, so nothing it says is lost.
A Python error a template's expression raises (``'a' + 1``) is named in Chinese, its own words after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Jinja's names for its tokens (lexer.describe_token), as a writer knows them
_TOKENS = {
    "end of print statement": "}}",
    "end of statement block": "%}",
    "begin of print statement": "{{",
    "begin of statement block": "{%",
    "end of template": "模板结尾",
    "name": "名称",
    "string": "字符串",
    "integer": "数字",
    "float": "数字",
}


def _token(name: str) -> str:
    return _TOKENS.get(name, name)


def _tags(listed: str) -> str:
    """'elif' or 'else' or 'endif' → {% elif %}、{% else %} 或 {% endif %}"""
    names = re.findall(r"'([^']+)'", listed)
    shown = [f"{{% {n} %}}" for n in names]
    return shown[0] if len(shown) == 1 else "、".join(shown[:-1]) + " 或 " + shown[-1]


def _closing(m: re.Match[str]) -> str:
    block = m.group("block")
    if m.group("tag"):
        return f"这里的 {{% {m.group('tag')} %}} 不对：{{% {block} %}} 块还没有关闭，应写 {_tags(m.group('wanted'))}"
    return f"模板到结尾时 {{% {block} %}} 块还没有关闭，缺少 {_tags(m.group('wanted'))}"


def _expected(m: re.Match[str]) -> str:
    want, got = m.group("want"), m.group("got")
    said = f"这里应是 {_token(want)}，却是 {_token(got)}"
    # (a tag or print statement going on past its end: a word too many, or an operator or comma missing)
    return said + ("（是否多写了词，或少了运算符、逗号？）" if want in ("end of print statement", "end of statement block") else "")


# (pattern, how it reads in Chinese): the first that matches the whole message wins
_WORDINGS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(
            r"(?:Unexpected end of template|Encountered unknown tag '(?P<tag>[^']+)')\. Jinja was looking for the following"
            r" tags: (?P<wanted>.+?)\. The innermost block that needs to be closed is '(?P<block>[^']+)'\."
        ),
        _closing,
    ),
    (
        re.compile(r"Encountered unknown tag '(?P<tag>[^']+)'\.(?: Jinja was looking for the following tags: (?P<wanted>.+?)\.)?"),
        lambda m: f"不认识的标签 {{% {m.group('tag')} %}}" + (f"（这里应是 {_tags(m.group('wanted'))}）" if m.group("wanted") else "（或者它前面缺少与之配对的开头标签）"),
    ),
    (re.compile(r"Unexpected end of template\."), lambda m: "模板意外结束，有标签没有写完"),
    (re.compile(r"tag name expected"), lambda m: "{% 之后缺少标签名（如 if、for、set）"),
    (re.compile(r"Missing end of comment tag"), lambda m: "注释 {# 没有对应的 #}"),
    (re.compile(r"Missing end of raw directive"), lambda m: "{% raw %} 没有对应的 {% endraw %}"),
    (re.compile(r"unexpected char (?P<char>.+?) at \d+"), lambda m: f"这里有不该出现的字符 {m.group('char')}（引号或括号是否成对？）"),
    (
        re.compile(r"unexpected '(?P<got>[^']+)', expected '(?P<want>[^']+)'"),
        lambda m: f"这里应是 {_token(m.group('want'))}，却是 {_token(m.group('got'))}（括号是否成对？）",
    ),
    (re.compile(r"unexpected end of template, expected '(?P<want>[^']+)'\."), lambda m: f"模板意外结束，缺少 {_token(m.group('want'))}"),
    (re.compile(r"unexpected '(?P<got>[^']+)'"), lambda m: f"这里不该出现 {_token(m.group('got'))}（是否少写了内容，或括号、引号不成对？）"),
    (re.compile(r"expected token '(?P<want>[^']+)', got '(?P<got>[^']+)'"), _expected),
    (re.compile(r"Expected an expression, got '(?P<got>[^']+)'"), lambda m: f"这里缺少表达式（变量名或值），却遇到了 {_token(m.group('got'))}"),
    (re.compile(r"No filter named '(?P<name>[^']+)'\.?(?: found\.)?"), lambda m: f"没有名为“{m.group('name')}”的过滤器（| 之后的名字是否写错？）"),
    (re.compile(r"No test named '(?P<name>[^']+)'(?: found)?\.?"), lambda m: f"没有名为“{m.group('name')}”的判断（is 之后的名字是否写错？）"),
    (re.compile(r"[Bb]lock '(?P<name>[^']+)' defined twice"), lambda m: f"块“{m.group('name')}”定义了两次"),
    (re.compile(r"expected name or number"), lambda m: "点号 . 之后应是名称或数字"),
    (re.compile(r"expected subscript expression"), lambda m: "方括号 [] 里缺少下标"),
    (re.compile(r"invalid syntax for function call expression"), lambda m: "函数调用的写法不对（括号里的参数是否写错？）"),
    (re.compile(r"You cannot chain multiple tests with is"), lambda m: "一个 is 之后只能接一个判断"),
    (re.compile(r"non-default argument follows default argument"), lambda m: "有默认值的参数之后不能再接没有默认值的参数"),
    (
        re.compile(r"access to attribute '(?P<attr>[^']+)' of '(?P<type>[^']+)' object is unsafe\."),
        lambda m: f"不允许读取“{m.group('type')}”对象的属性“{m.group('attr')}”",
    ),
    (re.compile(r"(?P<what>.+) is not safely callable"), lambda m: f"不允许调用 {m.group('what')}"),
]


def in_chinese(message: str) -> str:
    """Jinja's ``message`` said in Chinese; a wording not known here keeps its English after a Chinese lead."""
    text = message.strip()
    for pattern, say in _WORDINGS:
        if m := pattern.fullmatch(text):
            return say(m)
    return f"Jinja 报告：{text}"


# How a Python error a template's expression raised reads (its own English words follow in brackets)
_PYTHON_ERRORS = {
    "TypeError": "值的类型不对，不能这样运算或调用",
    "ValueError": "值不合适",
    "KeyError": "取不到这一项",
    "IndexError": "下标超出范围",
    "AttributeError": "没有这个属性",
    "AssertionError": "断言不成立",
}


def python_error_in_chinese(exc: BaseException) -> str:
    """值的类型不对，不能这样运算或调用（can only concatenate str (not "int") to str）: ``exc`` named in Chinese."""
    return f"{_PYTHON_ERRORS.get(type(exc).__name__, '运算出错')}（{exc}）"
