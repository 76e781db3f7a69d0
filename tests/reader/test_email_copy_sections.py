"""A speech sent round by e-mail (everyday qm06; stop 37): unnumbered lines (关于产品 / 关于客户 / 关于组织) each over a
numbered list that starts again under it are the points, their parts reaching to the last list; the mail's signature
under -- (the office, the company's address, its confidentiality notice) is no part of the speech. And a lesson ends
with 好，今天的课就上到这里 (everyday ql12). Near miss: -- inside a line."""

from __future__ import annotations

from pathlib import Path

from .mining import headings, mine

TEXT = "这件事我们年初就讲过，三季度落实得不好，四季度要拿出具体办法，每个月在经营会上通报一次进展，年底算总账。"
HEAD = "在第三季度经营分析会上的讲话\n各位同事：\n刚才几个事业部都汇报了。下面我讲几点意见。\n"
PARTS = (
    ("关于产品", ("定制化项目要踩刹车。", "标准产品要加快出版本。", "客户反馈要闭环。")),
    ("关于客户", ("大客户要“一把手”对接。", "老客户的续费是我们的命根子。")),
    ("关于组织", ("冻结非关键岗位招聘。", "管理层级要压扁。", "考核要看结果。")),
)
SIGNATURE = "--\n总裁办公室\n云栖软件股份有限公司\n杭州市滨江区长河路1099号云栖大厦12层\n本邮件及其附件含有保密信息，仅限于发送给上面地址中列出的个人或群组，禁止任何其他人以任何形式使用。\n"


def _mail(parts: tuple = PARTS) -> str:
    body = "".join(f"{line}\n" + "".join(f"{n}. {lead}{TEXT}\n" for n, lead in enumerate(leads, 1)) for line, leads in parts)
    return HEAD + body + "最后，我想说，今年剩下不到三个月，希望大家把心思放在客户身上。\n谢谢大家。\n" + SIGNATURE


def test_lines_over_lists_started_again_are_the_points(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, _mail())
    assert headings(spec["points"]) == ["关于产品", "关于客户", "关于组织"]
    assert headings(spec["points"][2]["items"]) == ["冻结非关键岗位招聘", "管理层级要压扁", "考核要看结果"]
    assert "（邮件签名）：--" in report and "云栖大厦" not in str(spec)


def test_a_double_dash_inside_a_line_is_no_signature(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _mail().replace(SIGNATURE, "-- 总裁办公室整理\n"))
    assert "-- 总裁办公室整理" in str(spec)


def test_a_lesson_ends_when_the_class_is_over(tmp_path: Path) -> None:
    text = (
        "零基础入门鸿蒙应用开发\n各位同学，大家晚上好！\n今天讲三件事。\n"
        + "".join(f"{n}、{h}\n{TEXT}\n" for n, h in zip("一二三", ("为什么值得学", "动手之前", "第一个应用"), strict=True))
        + "好，今天的课就上到这里。下周同一时间，我们接着讲。\n"
    )
    spec, _ = mine(tmp_path, text)
    assert spec["closing"][0].startswith("好，今天的课就上到这里")
