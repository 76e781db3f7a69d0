"""The .docx speeches of the everyday-forms suite (our own wording), built with python-docx at test time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn


def centered(doc: Document, text: str, bold: bool = False) -> None:
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(text).bold = bold


def bold_lead_speech(title: str, opening: str, leads: list[tuple[str, str]], ending: list[str]) -> Document:
    """A speech whose points are paragraphs opening with a bold lead sentence, its text run on after it."""
    doc = Document()
    centered(doc, title, bold=True)
    doc.add_paragraph("同志们：")
    doc.add_paragraph(opening)
    for lead, text in leads:
        p = doc.add_paragraph()
        p.add_run(lead).bold = True
        p.add_run(text)
    for text in ending:
        doc.add_paragraph(text)
    return doc


def s34(out: Path) -> Path:
    doc = Document()
    centered(doc, "在全市生态环境保护工作会议上的讲话", bold=True)
    centered(doc, "副市长 郑某某")
    doc.add_paragraph("同志们：")
    doc.add_paragraph("今天，我们召开全市生态环境保护工作会议，主要任务是总结去年工作，部署今年任务。下面，我讲三点意见。")
    doc.add_heading("一、深入打好蓝天保卫战", level=1)
    doc.add_heading("（一）加强工业源治理", level=2)
    doc.add_paragraph("要推进钢铁、水泥等重点行业超低排放改造，年底前完成改造任务的企业不少于十家。")
    doc.add_heading("（二）加强移动源治理", level=2)
    doc.add_paragraph("要加快淘汰国三及以下排放标准柴油货车，推广新能源公交和出租车。")
    doc.add_heading("二、深入打好碧水保卫战", level=1)
    doc.add_paragraph("要全面落实河长制，抓好入河排污口整治，确保国控断面水质稳定达标。")
    doc.add_heading("三、深入打好净土保卫战", level=1)
    doc.add_paragraph("要加强建设用地土壤污染风险管控，严格落实农用地分类管理制度。")
    doc.add_paragraph("同志们，生态环境保护功在当代、利在千秋。我们要以更高标准、更严要求，推动全市生态环境质量持续改善！")
    doc.save(out / "s34_docx_heading_styles.docx")
    return out / "s34_docx_heading_styles.docx"


def s35(out: Path) -> Path:
    doc = bold_lead_speech(
        "在全县消费品以旧换新工作推进会上的讲话",
        "刚才，县商务局通报了前一阶段工作进展，几家企业谈了意见建议。下面，我强调三点。",
        [
            ("第一，要加大政策宣传力度。", "要通过电视、广播、短视频等多种渠道，把补贴标准、申领流程讲清楚，让群众应知尽知。"),
            ("第二，要简化补贴申领流程。", "要推行线上申领、快速审核，资金拨付时间原则上不超过十个工作日。"),
            ("第三，要强化资金安全监管。", "要加强对参与企业的检查，严厉打击虚假交易、套取补贴等违法行为。"),
        ],
        ["同志们，以旧换新既是惠民生的好事，也是促消费的实招。各有关部门要密切配合，确保政策红利尽快惠及群众。"],
    )
    doc.save(out / "s35_docx_bold_leads.docx")
    return out / "s35_docx_bold_leads.docx"


def s36(out: Path) -> Path:
    doc = Document()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("在全镇秋冬季防火工作会议上的讲话")
    p.add_run().add_break(WD_BREAK.LINE)
    p.add_run("（2024年10月28日）")
    body = [
        "同志们：",
        "今天，我们召开全镇秋冬季防火工作会议，对今冬明春防火工作进行安排。下面，我讲三点意见。",
        "一、强化宣传教育",
        "各村要利用大喇叭、宣传车、微信群，反复宣传防火知识，做到家喻户晓。",
        "二、严格野外用火管理",
        "秋收以后，严禁焚烧秸秆和荒草，对违规用火的，一经发现严肃处理。",
        "三、落实值班巡查制度",
        "镇村两级要落实二十四小时值班，护林员要每天上山巡查，发现火情立即报告。",
        "同志们，防火工作一刻也不能放松。大家要守土有责，确保全镇平安过冬。",
    ]
    p = doc.add_paragraph()
    for i, line in enumerate(body):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        p.add_run(line)
    doc.save(out / "s36_docx_linebreaks.docx")
    return out / "s36_docx_linebreaks.docx"


def s37(out: Path) -> Path:
    doc = bold_lead_speech(
        "在全市家政服务业提质扩容工作座谈会上的讲话",
        "刚才，大家围绕家政服务业发展谈了很好的意见。我谈几点想法。",
        [
            ("要加强职业技能培训。", "要依托职业院校和龙头企业建设家政培训基地，今年培训家政服务人员五千人次。"),
            ("要推进诚信体系建设。", "要推行家政服务员持证上岗和信用记录查询，让雇主请得放心、用得安心。"),
            ("要培育知名家政品牌。", "要支持骨干企业连锁化、规模化发展，打造一批群众信得过的本地品牌。"),
        ],
        ["家政服务一头连着千家万户，一头连着就业创业。希望大家共同努力，把这件民生实事办实办好。", "谢谢大家！"],
    )
    doc.save(out / "s37_docx_bold_unnumbered.docx")
    return out / "s37_docx_bold_unnumbered.docx"


def s38(out: Path) -> Path:
    doc = Document()
    centered(doc, "在全县秋季征兵工作会议上的讲话", bold=True)
    centered(doc, "县人民武装部部长 黄某某")
    doc.add_paragraph("各位领导、同志们：")
    doc.add_paragraph("今天，我们召开全县秋季征兵工作会议，主要任务是部署今年征兵工作。我讲三个方面。")
    parts = [
        ("提高兵员征集质量", "要把大学生特别是理工类大学生作为征集重点，确保大学生新兵比例不低于百分之八十。"),
        ("严把政治和体检关口", "要严格落实政治考核各项规定，体检站要规范操作，坚决防止带病入伍。"),
        ("坚决纠治征兵廉洁问题", "要公开征兵政策、程序和结果，对“走后门”“拉关系”的，发现一起查处一起。"),
    ]
    for head, text in parts:
        doc.add_heading(head, level=1)
        doc.add_paragraph(text)
    doc.add_paragraph("同志们，依法服兵役是每个公民的光荣义务。让我们共同努力，为部队输送更多优秀兵员！")
    doc.save(out / "s38_docx_heading_no_number.docx")
    return out / "s38_docx_heading_no_number.docx"


# the second round (p25–p27): Word's List Number style, numbering by numPr, 标题 1 / 标题 2 styles (WPS's names)
def _head(d: Document, title: str, byline: str | None, sal: str) -> None:
    p = d.add_paragraph(title)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if byline:
        d.add_paragraph(byline).alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(sal)


def p25(out: Path) -> Path:
    """Top-level points in Word's List Number style (auto 1. 2. 3.), no typed numbers."""
    d = Document()
    _head(d, "在全市招商引资工作推进会上的讲话", "副市长 彭某某", "同志们：")
    d.add_paragraph(
        "今天召开全市招商引资工作推进会，主要任务是通报上半年招商引资工作情况，安排部署下半年工作。"
        "刚才，市商务局通报了有关情况，我都同意。下面，我讲三点意见。"
    )
    for h, t in [
        (
            "坚定信心，认清招商引资面临的形势",
            "上半年全市新签约项目六十二个，协议投资额三百一十亿元，但项目质量不高、落地率偏低的问题依然存在，部分县区招商工作还停留在发发资料、见见面的层面。",
        ),
        (
            "精准发力，提高招商引资质量效益",
            "要围绕主导产业绘制产业链招商图谱，开展以商招商、驻点招商，力争引进一批带动力强的链主企业，招商部门要建立重点客商数据库，实行动态管理。",
        ),
        (
            "优化服务，推动签约项目加快落地",
            "要建立签约项目跟踪服务机制，对每个项目明确一名责任领导，确保签约项目三个月内开工。对长期不开工的签约项目，要及时清理，腾出资源留给优质项目。",
        ),
    ]:
        d.add_paragraph(h, style="List Number")
        d.add_paragraph(t)
    d.add_paragraph(
        "同志们，招商引资是发展的生命线。希望大家鼓足干劲、真抓实干，确保完成全年目标任务。"
    )
    d.save(out / "p25_docx_list_number.docx")
    return out / "p25_docx_list_number.docx"


_NUMBERING = (
    '<w:abstractNum {} w:abstractNumId="77">'
    '<w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
    '<w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
    '<w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/></w:lvl>'
    "</w:abstractNum>"
).format(nsdecls("w"))


def p26(out: Path) -> Path:
    """Headings numbered by numPr (一、 and （一） by Word), none typed."""
    d = Document()
    numbering = d.part.numbering_part.element
    absn = parse_xml(_NUMBERING)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="77"><w:abstractNumId w:val="77"/></w:num>')
    )

    def numbered(text: str, lvl: int) -> None:
        p = d.add_paragraph(text)
        ppr = p._p.get_or_add_pPr()
        ppr.append(
            parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{lvl}"/><w:numId w:val="77"/></w:numPr>'
            )
        )

    _head(d, "在全县医疗保障工作会议上的讲话", "县医保局局长 贺某某", "同志们：")
    d.add_paragraph(
        "今天召开全县医疗保障工作会议，主要任务是总结去年工作，部署今年任务。下面，我讲两个方面的意见。"
    )
    numbered("巩固提升医保待遇保障水平", 0)
    numbered("稳定参保扩面", 1)
    d.add_paragraph(
        "要把参保扩面任务分解到乡镇、落实到村组，确保基本医疗保险参保率稳定在百分之九十五以上，特别要做好新生儿、灵活就业人员等群体的参保工作。"
    )
    numbered("落实大病保险和医疗救助", 1)
    d.add_paragraph(
        "要做好三重保障制度衔接，防止因病返贫致贫。对符合条件的困难群众，要做到应助尽助，及时把救助资金发放到位。"
    )
    numbered("坚决守好群众看病钱救命钱", 0)
    numbered("开展专项整治", 1)
    d.add_paragraph(
        "要聚焦定点医药机构欺诈骗保问题，开展全覆盖检查，重点查处虚假住院、串换药品、过度诊疗等问题，发现一起查处一起，形成有力震慑。"
    )
    numbered("强化智能监管", 1)
    d.add_paragraph("要用好医保智能监控系统，实现事前提醒、事中审核、事后监管全链条覆盖。")
    d.add_paragraph(
        "同志们，医疗保障事关千家万户。我们要以更高标准、更实举措，让群众看病更省心、更放心。"
    )
    d.add_paragraph("谢谢大家！")
    d.save(out / "p26_docx_numpr.docx")
    return out / "p26_docx_numpr.docx"


def p27(out: Path) -> Path:
    """Headings in 标题 1 / 标题 2 (as WPS names them), no typed numbers."""
    d = Document()
    h1, h2 = d.styles["Heading 1"], d.styles["Heading 2"]
    h1.name, h2.name = "标题 1", "标题 2"
    _head(d, "在全区社区工作者队伍建设座谈会上的讲话", "区委组织部部长 曹某某", "同志们：")
    d.add_paragraph(
        "今天我们召开座谈会，听取大家对社区工作者队伍建设的意见建议。刚才，六位同志作了发言，讲得都很实在。"
        "下面，结合大家的发言，我谈两点意见。"
    )
    d.add_paragraph("拓宽选人渠道", style=h1)
    d.add_paragraph("面向社会公开招聘", style=h2)
    d.add_paragraph(
        "要严格按照规定程序公开招聘，注重吸纳退役军人、高校毕业生进入社区工作者队伍，进一步优化队伍的年龄和学历结构。"
    )
    d.add_paragraph("注重从居民骨干中选拔", style=h2)
    d.add_paragraph(
        "要把热心公益、群众认可的楼栋长、志愿者纳入后备力量培养，有计划地安排他们参与社区事务，在实践中锻炼成长。"
    )
    d.add_paragraph("健全激励机制", style=h1)
    d.add_paragraph(
        "要落实社区工作者岗位等级序列薪酬制度，建立正常增长机制，让社区工作者干事有劲头、发展有奔头。同时，要加大评先评优向社区倾斜力度，对表现优秀的社区工作者，注重从中考录乡镇公务员和事业编制人员。"
    )
    d.add_paragraph(
        "同志们，社区工作者是党和政府联系群众的“最后一米”。希望大家立足岗位、担当作为，"
        "把社区建设成为居民群众的幸福家园。"
    )
    d.save(out / "p27_docx_zh_heading_styles.docx")
    return out / "p27_docx_zh_heading_styles.docx"



# the third round: .docx written as a small markup (tests/data/everyday/docx_src/NAME.txt), a line a paragraph:
# **lead**rest (a bold lead run), #C text (a centred bold paragraph), @H text (the page header, not the body),
# // inside a line (a manual line break in the paragraph)
def from_markup(src: Path, out: Path) -> Path:
    doc = Document()
    for raw in src.read_text(encoding="utf-8").splitlines():
        if raw.startswith("@H "):
            doc.sections[0].header.paragraphs[0].text = raw[3:]
            continue
        centred = raw.startswith("#C ")
        line = raw[3:] if centred else raw
        p = doc.add_paragraph()
        if centred:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        # (**…** pairs set runs in bold, a pair may hold a // break: **二、坚持知行合一，//在实践中增长才干**)
        spans = line.split("**") if line.count("**") % 2 == 0 else [line]
        for k, span in enumerate(spans):
            pieces = span.split("//")
            for i, piece in enumerate(pieces):
                if piece or i < len(pieces) - 1:
                    p.add_run(piece).bold = bool(k % 2) or centred
                if i < len(pieces) - 1:
                    p.runs[-1].add_break()
    path = out / (src.stem + ".docx")
    doc.save(path)
    return path


BUILDERS: dict[str, Callable[[Path], Path]] = {f.__name__: f for f in (s34, s35, s36, s37, s38, p25, p26, p27)}
