"""A .docx with no numbers whose parts are short paragraphs set wholly in bold, each over paragraphs that open with
a bold lead (x14 of the everyday suite, a plenum's speech): the bold lines are the points, the bold leads under
them their sub-points; bold leads under one bold line only are the points themselves, as before."""

from __future__ import annotations

from pathlib import Path

import yaml
from click.testing import CliRunner
from docx import Document

from jianggao.cli.main import cli

PARTS = [
    ("正确认识上半年发展态势", [("成绩来之不易。", "一批重大项目开工建设，锂电新材料项目一期投产。"), ("问题不容忽视。", "经济恢复基础仍不牢固，工业增长过于依赖少数企业。")]),
    ("全力冲刺下半年目标任务", [("突出抓好项目建设。", "要围绕主导产业谋划一批大项目、好项目。"), ("加快培育产业集群。", "要围绕锂电新材料、绿色食品两大产业延链补链。")]),
    ("以过硬作风保障任务落实", [("领导干部要带头干。", "各级领导干部要把主要精力放在抓落实上。"), ("要从严从实考核。", "督查室要加大督查力度，考核结果要运用到干部选拔任用中。")]),
]


def _docx(tmp_path: Path, parts: list) -> Path:
    doc = Document()
    doc.add_paragraph().add_run("在县委全体会议上的讲话").bold = True
    doc.add_paragraph("同志们：")
    doc.add_paragraph("这次全会的主要任务是，总结上半年工作，部署下半年任务。")
    for line, leads in parts:
        doc.add_paragraph().add_run(line).bold = True
        for lead, text in leads:
            p = doc.add_paragraph()
            p.add_run(lead).bold = True
            p.add_run(text)
    doc.add_paragraph("同志们，目标已经明确，关键在于落实。让我们更加紧密地团结起来，奋力完成全年目标任务！")
    path = tmp_path / "plenum.docx"
    doc.save(path)
    return path


def _mine(path: Path) -> dict:
    result = CliRunner().invoke(cli, ["mine", str(path), "-o", "-"])
    assert result.exit_code == 0, result.output
    return yaml.safe_load(result.stdout)


def test_bold_lines_over_bold_leads_are_points_and_sub_points(tmp_path: Path) -> None:
    spec = _mine(_docx(tmp_path, PARTS))
    assert [p["heading"] for p in spec["points"]] == [line for line, _ in PARTS]
    assert [i["heading"] for i in spec["points"][1]["items"]] == ["突出抓好项目建设", "加快培育产业集群"]


def test_bold_leads_under_one_bold_line_only_are_the_points(tmp_path: Path) -> None:
    # near miss: only the last bold line has bold leads under it: no sections, the bold leads are the points
    plain = [(line, []) for line, _ in PARTS[:2]] + [PARTS[2]]
    spec = _mine(_docx(tmp_path, plain))
    assert [p["heading"] for p in spec["points"]] == ["领导干部要带头干", "要从严从实考核"]


def test_a_bold_lead_that_holds_its_label_ends_the_heading(tmp_path: Path) -> None:
    """**一、要提高政治站位，深刻认识审计整改是审计工作的“下半篇文章”。**审计查出问题是… (stop 23, gk17): the heading is
    the bold lead after its label, whole, though the text takes up its words (审计…) as a glued heading's might."""
    leads = [
        ("一、要提高政治站位，深刻认识审计整改是审计工作的“下半篇文章”。", "审计查出问题是上半篇文章，整改到位才是下半篇文章。"),
        ("二、要突出重点难点，推动问题真改实改。", "对审计反映的问题，要建立台账、逐项销号。"),
        ("三、要健全工作机制，形成整改合力。", "各部门要加强协作，形成齐抓共管的工作格局。"),
    ]
    doc = Document()
    doc.add_paragraph().add_run("在全市审计整改工作推进会上的讲话").bold = True
    doc.add_paragraph("同志们：")
    doc.add_paragraph("今天召开这次会议，部署推进审计整改工作。下面，我讲三点意见。")
    for lead, text in leads:
        p = doc.add_paragraph()
        p.add_run(lead).bold = True
        p.add_run(text)
    doc.add_paragraph("同志们，审计整改责任重大，让我们抓紧行动，确保整改落到实处！")
    doc.save(tmp_path / "audit.docx")
    spec = _mine(tmp_path / "audit.docx")
    assert spec["points"][0]["heading"].rstrip("。") == "要提高政治站位，深刻认识审计整改是审计工作的“下半篇文章”"


def test_three_bold_lines_one_over_several_bold_leads_are_points_and_sub_points(tmp_path: Path) -> None:
    # (gu20, stop 24: the middle part's principles, four bold leads, under its heading; the other parts plain text)
    doc = Document()
    doc.add_paragraph().add_run("在全县教育布局调整工作会议上的讲话").bold = True
    doc.add_paragraph("同志们：")
    doc.add_paragraph("这次会议的主要任务是，部署全县教育资源布局调整工作。")
    for k, (line, _) in enumerate(PARTS):
        doc.add_paragraph().add_run(line).bold = True
        doc.add_paragraph("近年来，随着城镇化的加快推进，我县城乡学校布局发生了很大变化，调整工作势在必行。")
        for word in ("规划先行", "群众自愿", "先建后撤", "保留教学点") if k == 1 else ():
            p = doc.add_paragraph()
            p.add_run(f"坚持{word}。").bold = True
            p.add_run("要充分听取群众意见，做好宣传解释工作，确保平稳有序。")
    doc.add_paragraph("同志们，教育是最大的民生。希望大家以对历史负责的态度，把这件好事办好、实事办实！")
    path = tmp_path / "layout.docx"
    doc.save(path)
    spec = _mine(path)
    assert [p["heading"] for p in spec["points"]] == [line for line, _ in PARTS]
    assert [i["heading"] for i in spec["points"][1]["items"]] == ["坚持规划先行", "坚持群众自愿", "坚持先建后撤", "坚持保留教学点"]
