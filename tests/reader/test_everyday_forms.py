"""Everyday forms, from a writer's side: speeches of our own wording in the forms county, school and company
writers use (heads, salutations, openings, numbering styles, transitions, closings, web and PDF pastes, .docx
and .md), each with the outline its writer expected, written down before ``jianggao mine`` was first run on it.
Forty-two rounds by forty-two writers: s01–s40 (short, the common forms), p01–p38 (longer, more occasions and damaged
copies), r01–r34 (longer still: oral transcripts, reports, lectures, more damaged copies), q01–q25 (ordinary
speeches of every week, by a writer who saw none of the earlier rounds: 18/25 at the first run); then, each by a
writer who saw none of the others, t01–t25 (county and party meetings: 18/25), u01–u25 (companies, schools, talks
given aloud: 15/25), v01–v25 (the occasions the issue names: 19/25), w01–w25 (the copies writers start from:
19/25), x01–x20 (a leader's long speeches at the year's big meetings: 14/20), y01–y25 (small occasions, given
aloud: 18/25), n01–n25 (a street office's, a department's and a company's: 20/25), z01–z25 (a year of one
writer's files: 20/25), j01–j25 (universities and hospitals: 21/25), k01–k25 (speeches that are half report:
14/25), a01–a25 (government deployment and work meetings: 14/25), b01–b25 (commemorations, congresses, a company
leader's transcripts: 10/25), c01–c25 (party-building and discipline meetings: 16/25), d01–d25 (universities,
schools and enterprises: 12/25), e01–e25 (county and township work, spoken: 15/25), f01–f25 (a year of one
city's speeches in every copy form: 8/25), g01–g25 (a county or city writer's year: 17/25) and h01–h25
(enterprises and institutions: 16/25); then i, l, o, m, ga, gb, gc and gd (stop 22: 116/200 at the
first run) and ge (schools: 13/25), gf (party building and discipline: 17/25), gg (emergencies, safety and
projects: 16/25), gh (damaged copies of every kind: 12/25), gk (departments and social sectors: 20/25),
gi (enterprises: 22/25), gj (government plenary and economic meetings: 21/25), gl (talks outside
officialdom: 5/25), gn (universities: 18/25), gm (talks outside officialdom, a second writer: 10/25), go (rural
and grassroots: 11/25) and gp (ceremonies and commemorations: 20/25), each round's file (t_ROUND.md …) saying what form each speech tests. An expectation
accepted on review as mine reads it says so in its file.

The speeches and outlines are in tests/data/everyday/ (the .docx ones are built by ``everyday_docx``). Each
test runs ``jianggao mine`` and compares what a writer checks first: the title, the speaker, the salutation
(none written: ``salutation: ""``), the points' headings (label and end mark set aside, as the evaluation
does), the sub-points' headings where the outline names them, and the first words of the closing.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from jianggao.cli.main import cli
from tests.reader.everyday_docx import BUILDERS, from_markup

DATA = Path(__file__).parent.parent / "data" / "everyday"
CASES = sorted(p.stem for p in (DATA / "expected").glob("*.yaml"))
CN = "一二三四五六七八九十"
_LABEL = re.compile(
    rf"^(?:[{CN}]+[、.．]|[（(][{CN}]+[）)]|\d+[.．、)）]|[A-H][.．、]|[甲乙丙丁戊己庚辛壬癸]、|0[1-9](?:[｜|]|(?=\D))|[（(]\d+[）)]|第[{CN}]+(?:个问题|个方面|点|条)?[，、,：:]|[{CN}]+[是要](?=\S)|[{CN}]+(?=防)|(?:首先|然后)(?=第)|(?:好[，,]\s*|下面|接下来)我?再?(?:讲|说|谈)?(?=第)|第[{CN}]+个[\u4e00-\u9fff]{{0,3}}?是什么呢?[，,？?]"
    r"|(?:首先|其次|再次|再者|再有|最后)呢?(?:[，,]|是)|还有就是[，,]?"
    # spoken, literary and agenda labels: 第一个呢， / 第二点呢， / 第一个事儿， / 最后一个事儿， / 第一句话： / 其一， /
    # 还有第三点， / 第一个关键词： / ## 01 回到客户 / 第一是… /
    # 还有一点， / 最后一点， / (一) / 头一个， / 第一件事是 / 首先是 / 第一点体会： / —— / 下面进行第一项议程： /
    # 一个是 / 再一个是 / 还有一个就是， / 首先第一个坑， / 第四个坑是什么呢， / 第一道坎，是 / a transcript's 嗯， / 那个，
    rf"|[①②③④⑤⑥⑦⑧⑨⑩]|第[{CN}]+道(?:坎|关)[，,：:]是?|(?:嗯|呃|那个|哦对|对)[，,]|第[{CN}]+部分[：:，,]?|(?:一方面|另一方面)[，,]|最后(?:再|还)?(?:讲|说|强调|提)一[点句][，,：:]|我想?(?:讲|说)的是[，,]|(?:这个|还有|这)?第[{CN}]+(?:个[\u4e00-\u9fff]{{0,3}}?|点|件|句话)?呢?(?:[，,：:]|——)|第[{CN}]+(?:句话|个[\u4e00-\u9fff]{{1,3}}?)?是|第[{CN}]+个“[^”]{{1,4}}”[，,]?是?|第[{CN}]+个是|最后一个[\u4e00-\u9fff]{{0,2}}?[，,：:]|其[{CN}][，,]|还有一点(?:体会|想法|感受|建议)?[，,]|头一(?:个|点|条|件事)(?:事儿?|方面|问题)?[，,]是?|第[{CN}]+件事(?:情)?(?:是|[，,：:])|第[{CN}]+点[\u4e00-\u9fff]{{1,3}}[：:]|最后(?:还有)?一点[，,：:]|还有最后一点[，,：:]|还有一个(?:事情?|事儿|问题)[，,]|(?:再|还有|另外|另外还有)一个[，,]|(?:再|还有|另外)?一个(?:就)?是[，,]?|——|(?:下面|现在)?[，,]?进行(?:会议)?第[{CN}]+项议程[：:，,])"
)


def _norm(text: str | None) -> str:
    """A heading without its labels, spaces and end mark; a leading 要, 就是 or 是 set aside (要志存高远 / 志存高远;
    还有一点，就是安全问题 / 安全问题)."""
    bare = re.sub(r"\s+", "", text or "")
    bare = re.sub(r"^【([^【】]+)】$", r"\1", bare)  # (【感恩】: a heading in the brackets a page sets it in)
    while (cut := _LABEL.sub("", bare, count=1)) != bare:  # (再一个，第三个，…: a label said twice)
        bare = cut
    return re.sub(r"^(?:要|就是|是)+", "", bare.rstrip("。！？；：，.!?;:,"))  # (就是要…)


def _same_title(mined: str, wanted: str, speaker: str | None) -> bool:
    """The title as its writer reads it, a speaker named before 在 set aside on either side: mine writes the speaker
    of 党委书记张建华在…上的讲话 to speaker / speaker_title and keeps 在…上的讲话 (the genre's layout prints them apart),
    and writers split on keeping the name in the title (most keep it; a's, b's and gk's writers drop it). So for a
    headline quoting him before a colon (杨振宇：我们为什么必须出海): gb's writer keeps the name, hv's, ik's and im's drop it."""
    # (…的讲话（摘要）: mine keeps the printed part's mark as the title prints it; writers split, nine keeping it,
    # a20's, gc18's, ie20's and il19's dropping it)
    a, b = (re.sub(r"[（(](?:摘要|节选|摘编|摘录)[）)]$", "", _norm(t)) for t in (mined, wanted))
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    named = longer[: len(longer) - len(shorter)]
    at = shorter.startswith("在") or named.endswith(("：", ":"))
    return bool(speaker) and at and longer.endswith(shorter) and speaker in named


def _expected_tree(items: list | None) -> list[tuple[str, list]]:
    return [
        (_norm(it), []) if isinstance(it, str) else (_norm(it["heading"]), _expected_tree(it.get("sub")))
        for it in items or []
    ]


def _mined_tree(items: list | None) -> list[tuple[str, list]]:
    return [(_norm(it["heading"]), _mined_tree(it.get("items"))) for it in items or [] if isinstance(it, dict) and it.get("heading")]


ADDRESS_LINE = re.compile(r"[^。！？，,]{2,8}[，,、][^。！？，,]{2,8}[！!：:]|[^。！？，,]{2,8}[！!：:]")


def _closing(spec: dict) -> str:
    closing = spec.get("closing") or []
    first = closing[0] if isinstance(closing, list) and closing else closing
    text = first.get("text", "") if isinstance(first, dict) else str(first or "")
    if isinstance(closing, list) and len(closing) > 1 and ADDRESS_LINE.fullmatch(text):
        # (同志们，朋友们！ on a line of its own: writers give the closing's first words across it and the next line)
        second = closing[1]
        text += second.get("text", "") if isinstance(second, dict) else str(second)
    if not text and isinstance(spec.get("thanks"), str):
        text = spec["thanks"]
    if not text and "thanks" not in spec:  # (mine leaves the thanks line to a template that prints it by itself)
        text = _template_thanks(spec.get("template", ""))
    return re.sub(r"\s+", "", text)


def _template_thanks(name: str) -> str:
    """The thanks line the built-in template ``name`` prints when the spec says none (its thanks_line block)."""
    path = Path(__file__).resolve().parents[2] / "templates" / f"{name}.j2"
    found = re.search(r"{% block thanks_line %}(.*?){% endblock %}", path.read_text(encoding="utf-8")) if path.is_file() else None
    return found.group(1) if found else ""


def _speech(name: str, tmp_path: Path) -> Path:
    builder = BUILDERS.get(name[:3])
    if builder is not None and name.split("_", 1)[1].startswith("docx"):
        return builder(tmp_path)
    if (markup := DATA / "docx_src" / f"{name}.txt").exists():
        return from_markup(markup, tmp_path)
    source = next((DATA / "speeches").glob(name + ".*"))
    return Path(shutil.copy(source, tmp_path / source.name))


# Misses not mended yet (the session notes list them for planning): each runs, strict, so a mend shows as a pass
# to record here.
KNOWN_MISSES = {
    'ne01_hunan_province_gov_report': "first run at stop 32 (on e492263), not mended: sub-points of 2025年重点工作 read [], the writer's ['着力扩大有效需求', '加快建设现代化产业体系', '深入实施创新驱动发展战略', '持续深化改革扩大开放', '扎实推进乡村全面振兴', '切实保障和改善民生']; sub-points of 全面加强政府自身建设 read [], the writer's ['坚持依法行政', '坚持勤政为民', '坚持廉洁从政']",
    'ne02_gansu_gov_report_webpage': "first run at stop 32 (on e492263), not mended: sub-points of 2025年主要任务 read [], the writer's ['全力扩大有效投资', '着力培育壮大新质生产力', '持续优化营商环境', '扎实推进乡村振兴', '加强生态环境保护', '用心用情保障改善民生']",
    'ne03_sichuan_gov_report_pdf': "first run at stop 32 (on e492263), not mended: sub-points of 2024年工作回顾 read [], the writer's ['加力推动经济回升向好', '加快构建现代化产业体系', '加速提升科技创新能力', '统筹推进城乡区域协调发展', '全力以赴办好民生实事']; sub-points of 2025年重点工作 read [], the writer's ['聚焦扩大内需，推动经济持续回升向好', '聚焦新质生产力，加快建设现代化产业体系', '聚焦改革攻坚，持续激发发展内生动力', '聚焦城乡融合，扎实推进乡村全面振兴', '聚焦美丽四川，持续筑牢长江黄河上游生态屏障', '聚焦民生福祉，不断提高人民群众生活品质']",
    'ne06_anhui_gov_report_full': "first run at stop 32 (on e492263), not mended: sub-points of 2024年工作回顾 read [], the writer's ['着力稳住经济增长', '着力增强创新动能', '着力壮大新兴产业', '着力深化改革开放', '着力推动城乡区域协调发展', '着力保障改善民生']; sub-points of 2025年重点工作 read [], the writer's ['全面扩大国内需求', '加快发展新质生产力', '持续提升科技创新能力', '纵深推进重点领域改革', '扩大高水平对外开放', '扎实推进乡村全面振兴', '推动城乡区域协调发展', '加快建设美丽安徽', '切实增进民生福祉', '统筹发展和安全']; sub-points of 全面加强政府自身建设 read [], the writer's ['坚定政治方向', '坚持依法行政', '提高履职效能', '严守廉洁底线']",
    'ne07_tongren_report_summary_web': "first run at stop 32 (on e492263), not mended: sub-points of 2024年工作回顾 read [], the writer's ['工业经济企稳回升', '文旅产业持续升温', '民生事业全面进步']; sub-points of 2025年重点工作 read [], the writer's ['狠抓产业发展', '狠抓项目建设', '狠抓民生改善']",
    'ne08_fujian_gov_report_wechat': "first run at stop 32 (on e492263), not mended: sub-points of 2024年工作回顾 read [], the writer's ['经济运行稳中向好', '创新能力持续增强', '两岸融合发展迈出新步伐', '民生保障更加有力']; sub-points of 2025年重点工作 read [], the writer's ['着力扩大内需', '加快建设现代化产业体系', '深化改革扩大开放', '探索海峡两岸融合发展新路', '增进民生福祉']",
    'ne09_jilin_plenary_work_report': "first run at stop 32 (on e492263), not mended: sub-points of 关于2024年的工作 read [], the writer's ['坚持以学铸魂，政治引领更加有力', '坚持发展第一要务，经济实力稳步提升', '坚持改革创新，发展动能持续增强', '坚持人民至上，民生保障更加有力', '坚持全面从严治党，政治生态持续向好']; sub-points of 关于2025年的重点… read [], the writer's ['全力以赴稳增长', '坚定不移调结构', '持之以恒抓改革', '千方百计惠民生', '毫不放松守底线']",
    'ne11_jiangxi_report_no_title_wrapped': "first run at stop 32 (on e492263), not mended: sub-points of 2024年工作回顾 read [], the writer's ['产业升级步伐加快', '发展动能持续增强', '城乡面貌不断改善', '生态优势巩固提升', '人民生活更加殷实']; sub-points of 2025年主要任务 read [], the writer's ['着力扩大内需', '加快建设现代化产业体系', '深入推进科教兴省', '持续深化改革开放', '全面推进乡村振兴', '扎实办好民生实事']",
    'ne12_guangxi_report_glued_paragraphs': "first run at stop 32 (on e492263), not mended: sub-points of 2024年工作回顾 read [], the writer's ['向海经济加快发展', '工业振兴稳步推进', '面向东盟开放合作持续深化', '民生事业全面进步']; sub-points of 2025年重点工作 read [], the writer's ['全力扩大有效需求', '加快推进工业振兴', '高水平建设西部陆海新通道', '扩大面向东盟的高水平开放', '推进乡村全面振兴', '办好民生实事']",
    'ne13_hebei_gov_report_long_pdf': "first run at stop 32 (on e492263), not mended: sub-points of 2024年工作回顾 read [], the writer's ['扎实推进京津冀协同发展', '全力稳定经济增长', '加快构建现代化产业体系', '大力推进科技创新', '深化改革扩大开放', '全面推进乡村振兴', '统筹推进城乡区域协调发展', '持续改善生态环境', '切实增进民生福祉', '推动文化事业和文化产业繁荣发展', '着力防范化解重大风险', '持续加强政府自身建设']; sub-points of 2025年重点工作 read [], the writer's ['推动京津冀协同发展走深走实', '全力扩大国内需求', '加快建设现代化产业体系', '深入实施创新驱动发展战略', '纵深推进全面深化改革', '扩大高水平对外开放', '加快数字河北建设', '大力发展海洋经济', '扎实推进乡村全面振兴', '促进城乡区域协调发展', '加强生态文明建设', '加快建设交通强省', '繁荣发展文化旅游事业', '用心用情保障和改善民生', '统筹高质量发展和高水平安全']; sub-points of 加强政府自身建设 read [], the writer's ['坚持把政治建设摆在首位', '加快建设法治政府', '持续转变工作作风', '坚定不移推进廉洁政府建设']",
    'ne14_zhejiang_report_excerpt_web': "first run at stop 32 (on e492263), not mended: sub-points of 2024年工作回顾 read [], the writer's ['科技创新能力不断增强', '数字经济持续领跑', '开放型经济稳中提质']",
    'ne15_hubei_npc_standing_committee_report_docx': "first run at stop 32 (on e492263), not mended: sub-points of 过去一年的主要工作 read [], the writer's ['坚持党的全面领导，确保人大工作正确政治方向', '坚持立法引领，以良法促进发展保障善治', '坚持正确监督，推动决策部署落地见效', '坚持人民至上，践行全过程人民民主', '坚持全面从严，加强常委会自身建设']",
    'ne16_heilongjiang_report_web_runin': "first run at stop 32 (on e492263), not mended: title read '分享到： 微信 | 微博 | 复制链接', the writer's '政府工作报告'; sub-points of 2024年工作回顾 read [], the writer's ['粮食安全“压舱石”作用更加凸显', '产业振兴取得新进展', '改革开放持续深化', '民生保障扎实有力']; sub-points of 2025年重点工作 read [], the writer's ['坚决扛稳维护国家粮食安全重任', '加快构建具有龙江特色的现代化产业体系', '全力扩大有效需求', '推动高水平对外开放', '持续保障和改善民生']",
    'ne18_liaoning_plenary_counts_not_kept': "first run at stop 32 (on e492263), not mended: sub-points of 2024年工作简要回… read [], the writer's ['坚持项目为王，经济运行好于预期', '坚持创新驱动，产业结构加快优化', '坚持改革开放，发展活力持续释放', '坚持人民至上，民生福祉不断增进', '坚持从严治党，政治生态持续改善', '坚持底线思维，安全发展基础更加巩固']; sub-points of 2025年工作的总体… read [], the writer's ['总体要求', '主要目标']; sub-points of 2025年重点工作 read [], the writer's ['在打好决胜之战上下功夫', '在发展新质生产力上下功夫', '在深化改革开放上下功夫', '在保障和改善民生上下功夫']",
    'ne19_report_drafting_explanation_no_points': "first run at stop 32 (on e492263), not mended: closing read '政协委员来自各个界别，熟悉情况，视野开阔', the writer's '以上说明，如有不妥'",
    'ne20_state_council_term_report_long': "first run at stop 32 (on e492263), not mended: speaker read None, the writer's '任柏川'; sub-points of 过去五年工作回顾 read [], the writer's ['加强和改善宏观调控，推动经济持续回升向好', '坚持创新驱动发展，科技自立自强取得重大进展', '推进产业转型升级，现代化产业体系建设迈出坚实步伐', '全面深化改革开放，发展动力活力持续增强', '统筹城乡区域发展，发展的平衡性协调性不断提高', '加强生态文明建设，绿色低碳发展深入推进', '持续保障和改善民生，人民生活水平不断提高', '推动文化繁荣发展，国家文化软实力持续增强', '统筹发展和安全，社会大局保持和谐稳定', '发展全过程人民民主，民主法治建设持续加强', '推进政府自身建设，依法行政水平不断提升']; sub-points of 对今年政府工作的建议 read [], the writer's ['着力扩大国内需求', '加快建设现代化产业体系', '深入实施科教兴国战略', '坚定不移深化改革', '扩大高水平对外开放', '统筹新型城镇化和乡村全面振兴', '推动区域协调发展', '加快完善现代化基础设施体系', '加强生态文明建设', '切实保障和改善民生', '繁荣发展文化事业和文化产业', '加强和创新社会治理', '有效防范化解重点领域风险']; sub-points of 加强政府自身建设 read [], the writer's ['坚持党的全面领导', '深入推进法治政府建设', '着力提高履职能力', '大力弘扬实干精神', '持续加强廉洁政府建设']",
    'ne21_guizhou_cppcc_standing_committee_report_docx': "first run at stop 32 (on e492263), not mended: sub-points of 2024年工作回顾 read ['围绕新型工业化建言', '围绕乡村振兴献策', '围绕旅游产业化出力'], the writer's ['坚持党的全面领导，政治根基更加牢固', '聚焦高质量发展，协商议政有质有效', '强化民主监督，助推决策落实见效', '广泛凝聚共识，团结奋斗的力量不断壮大', '加强自身建设，履职能力持续提升']; sub-points of 2025年主要任务 read [], the writer's ['围绕“四新”主攻“四化”深化协商议政', '推进民主监督规范化制度化', '在广泛凝聚人心上持续用力', '以自我革命精神加强自身建设']",
    'ne22_shaanxi_report_pdf_page_breaks': "first run at stop 32 (on e492263), not mended: sub-points of 2024年工作回顾 read [], the writer's ['秦创原创新驱动平台效能持续放大', '产业结构调整迈出新步伐', '区域协调发展格局更加优化', '生态保护和民生改善成效明显']; sub-points of 2025年重点工作 read [], the writer's ['深入推进秦创原建设，以科技创新引领产业创新', '加快构建现代化产业体系，培育壮大新质生产力', '坚定实施扩大内需战略，推动经济持续回升向好', '深化改革扩大开放，持续激发发展活力', '扎实推进乡村全面振兴，促进城乡融合发展', '用心用力办好民生实事，持续增进人民福祉']",
    'ne23_neimenggu_term_report_dash_lists': "first run at stop 32 (on e492263), not mended: speaker read None, the writer's '苏和巴雅尔'; sub-points of 2022年和过去五年… read ['五年来，我们持续加强生态环境保护，祖国北疆生态安全屏障更加牢固', '五年来，我们坚定推动产业转型升级，经济结构持续优化', '五年来，我们纵深推进改革开放，发展活力持续增强', '五年来，我们用心用情保障改善民生，各族群众获得感幸福感安全感不断提升'], the writer's ['能源保供有力有效', '农牧业生产再获丰收', '新能源建设全面提速', '民生保障扎实有效', '五年来，我们持续加强生态环境保护，祖国北疆生态安全屏障更加牢固', '五年来，我们坚定推动产业转型升级，经济结构持续优化', '五年来，我们纵深推进改革开放，发展活力持续增强', '五年来，我们用心用情保障改善民生，各族群众获得感幸福感安全感不断提升']; sub-points of 2023年重点工作 read [], the writer's ['全力推动经济运行整体好转', '加快建设国家重要能源和战略资源基地', '加快建设国家重要农畜产品生产基地', '持续筑牢北方重要生态安全屏障', '着力提升向北开放水平', '切实保障和改善民生']",
    'ne24_luoyang_city_report_web_mixed': "first run at stop 32 (on e492263), not mended: sub-points of 2024年工作回顾 read [], the writer's ['创新引领作用持续彰显', '产业发展势头强劲', '文旅文创融合发展', '城市品质不断提升', '人民生活更加美好']",
    'nf02_web_newenergy_summit_keynote': "first run at stop 32 (on e492263), not mended: title read '凝聚绿色共识\\u3000共创零碳未来', the writer's '凝聚绿色共识\\u3000共创零碳未来——在2026全球新能源产业峰会上的主旨演讲'; speaker read None, the writer's '柯思源'",
    'nf06_transcript_fintech_forum_chairman': "first run at stop 32 (on e492263), not mended: salutation read '', the writer's '各位来宾，各位同行'; points read ['数字金融的根还是金融', '我觉得要把普惠做实', '开放合作'], the writer's ['数字金融的根还是金融', '我觉得要把普惠做实', '安全这根弦始终要绷紧', '开放合作']",
    'nf08_md_ocean_economy_forum_notes': "first run at stop 32 (on e492263), not mended: title read '蓝色伙伴\\u3000共享海洋', the writer's '蓝色伙伴\\u3000共享海洋——在2026国际海洋经济论坛上的主旨演讲'; sub-points of 共育蓝色产业 read ['深远海养殖', '海洋生物医药'], the writer's []",
    'nf11_glued_western_investment_fair': "first run at stop 32 (on e492263), not mended: points read ['坚持通道带物流当今世界，谁掌握了通道，谁就掌握了发展的主动', '坚持物流带经贸通道建起来以后，关键是要让货物流起来、产业聚起来', '坚持经贸带产业产业是经济的根基', '坚持共享促共赢西部开发开放不是一家一地的事'], the writer's ['坚持通道带物流', '坚持物流带经贸', '坚持经贸带产业', '坚持共享促共赢']",
    'nf13_nev_congress_chairman_runin_lists': "first run at stop 32 (on e492263), not mended: sub-points of 电动化的下半场，比拼… read [], the writer's ['安全关', '体验关', '成本关']",
    'nf15_short_youth_forum_closing': "first run at stop 32 (on e492263), not mended: points read [], the writer's ['做敢闯敢试的创新者，不怕失败，勇于把新点子变成新产品', '做真诚友好的交流者，把在青岛结下的友谊带回去、传下去', '做合作共赢的建设者，让更多项目在各国落地生根，为上合组织大家庭的发展贡献青春力量']",
    'nf17_logistics_congress_boldleads_docx': "first run at stop 32 (on e492263), not mended: points read ['打通全链路数据', '用算法优化调度', '向客户开放透明'], the writer's ['韧性，是供应链的生命线', '数字化，是供应链的神经系统', '协同，是供应链的未来']",
    'nf18_bilingual_gba_finance_summit_salutation_breaks': "first run at stop 32 (on e492263), not mended: speaker read '澳门', the writer's '何安澜'; closing read '女士们，先生们！当然，大湾区的金融合作也', the writer's '各位朋友，我对大湾区金融的未来充满信心'",
    'nf20_short_video_address_ai_conference': "first run at stop 32 (on e492263), not mended: closing read '', the writer's '预祝大会取得圆满成功'",
    'nf21_intl_engineering_summit_chairman_long': "first run at stop 32 (on e492263), not mended: sub-points of 当前国际合作面临的新… read ['发展中国家的发展需求依然巨大', '国际合作的外部环境更加复杂'], the writer's []",
    'nf22_transcript_investment_promotion_keywords': "first run at stop 32 (on e492263), not mended: closing read '谢谢大家！Dankeschön！', the writer's '好了，三个关键词讲完了'",
    'nf23_web_wire_title_smart_port_congress': "first run at stop 32 (on e492263), not mended: salutation read '', the writer's '尊敬的各位来宾，女士们，先生们'",
    'ng03_liu_zhenbang_eulogy': "first run at stop 32 (on e492263), not mended: closing read '', the writer's '刘振邦同志的逝世，使我们失'",
    'ng05_dongling_canal_60th_pdf': "first run at stop 32 (on e492263), not mended: sub-points of 回望六十年，东岭灌区… read [], the writer's ['勒紧腰带上工地', '凿穿石壁引水来', '一代接一代守渠护渠']; sub-points of 传承灌区精神，东岭灌… read [], the writer's ['自力更生、艰苦创业的志气', '团结协作、顾全大局的胸怀', '无私奉献、不计得失的品格']; sub-points of 面向新征程，让灌区精… read [], the writer's ['推进灌区现代化改造', '强化水资源节约集约利用', '把灌区精神融入干部教育']",
    'ng07_school_flag_speech_wechat': "first run at stop 32 (on e492263), not mended: title read '国旗下讲话', the writer's '铭记抗战历史，做自强少年'; speaker read None, the writer's '林雪芳'",
    'ng09_monument_unveiling_short': "first run at stop 32 (on e492263), not mended: speaker read None, the writer's '罗晓军'; closing read '', the writer's '纪念碑立起来了，英雄的名字有了'",
    'ng14_teacher_xu_eulogy_draft': "first run at stop 32 (on e492263), not mended: title read '悼词（定稿）', the writer's '沉痛悼念许兰芝老师'; speaker read None, the writer's '宋承宇'; closing read '', the writer's '许兰芝老师的逝世，使我们失去'",
    'ng17_student_rep_qingming_short': "first run at stop 32 (on e492263), not mended: closing read '谢谢大家！', the writer's '站在烈士墓前，我想对先烈们说'",
    'ng18_engineer_han_eulogy_docx': "first run at stop 32 (on e492263), not mended: closing read '', the writer's '韩启明同志的一生，是勤奋工作、'",
    'ng22_educator_li_120th_md': "first run at stop 32 (on e492263), not mended: points read ['他始终把教育的根扎在泥土里', '他始终把教师当作学校的根本', '他始终以身作则、言传身教'], the writer's ['，他始终把教育的根扎在泥土里', '，他始终把教师当作学校的根本', '，他始终以身作则、言传身教']",
    'ng23_veteran_memorial_webpage': "first run at stop 32 (on e492263), not mended: closing read '', the writer's '骆长庚同志虽然离开了我们，但他'",
    'ng24_martyrs_day_short': "first run at stop 32 (on e492263), not mended: points read [], the writer's ['铭记英烈功绩，在全镇营造崇尚英雄的浓厚氛围', '传承英烈精神，把先烈开创的事业不断推向前进']",
    'nh02_wechat_opening_about_words': "first run at stop 32 (on e492263), not mended: title read '校长开学第一课：关于好奇，关于孤独，关于勇气', the writer's '在青湾大学2024级本科生开学典礼上的讲话'; points read ['关于好奇', '关于孤独', '关于勇气', '精选留言'], the writer's ['关于好奇', '关于孤独', '关于勇气']; closing read '上海Momo家长：送孩子报到，在看台上听', the writer's '同学们，四年很长，也很短'",
    'nh03_founder_tenth_anniversary_numerals': "first run at stop 32 (on e492263), not mended: sub-points of 我们相信什么 read [], the writer's ['我们相信，客户车间里的问题，比会议室里的PPT更真实', '我们相信，一个能把话说清楚的工程师，比十个只会写代码的工程师更珍贵', '我们相信，慢一点没关系，但不能走回头路', '我们相信，公司赚的每一分钱，都应该对得起一线员工的汗水']",
    'nh05_dean_short_commencement_remarks': "first run at stop 32 (on e492263), not mended: closing read '', the writer's '祝大家前程远大，常回家看看'",
    'nh07_alumni_founder_commencement_docx': "first run at stop 32 (on e492263), not mended: speaker read None, the writer's '唐一川'; sub-points of 带上三句话出发 read [], the writer's ['做事，先做成，再做好', '做人，先靠谱，再出彩', '做梦，先做大，再做实']",
    'nh08_founder_fifteenth_transcript': "first run at stop 32 (on e492263), not mended: closing read '好，就讲这些。吃饭！（掌声、笑声）', the writer's '最后说两句。十五年，说长不长'",
    'nh09_wechat_alumni_founder_anniversary_dashes': "first run at stop 32 (on e492263), not mended: closing read '最后，祝母校七十华诞生日快乐，桃李满天下', the writer's '母校七十岁了，而我们这些校友'",
    'nh11_founder_short_founding_day': "first run at stop 32 (on e492263), not mended: speaker read None, the writer's '董立衡'; closing read '', the writer's '就这三件事。下午两点'",
    'nh12_medical_commencement_about_pdf': "first run at stop 32 (on e492263), not mended: sub-points of 关于责任 read [], the writer's ['对自己负责', '对病人负责', '对社会负责']",
    'nh15_founder_twentieth_glued': "first run at stop 32 (on e492263), not mended: title read '守拙二十年', the writer's '守拙二十年——在远帆家居创立二十周年庆典上的讲话'",
    'nh17_group_thirtieth_founder_long': "first run at stop 32 (on e492263), not mended: sub-points of 三十年，我们还欠着什… read ['我们还欠着核心技术的账', '我们还欠着管理的账', '我们还欠着员工的账', '我们还欠着环境的账'], the writer's []; sub-points of 下一个三十年，我们要… read [], the writer's ['做强主业', '攻克核心技术', '走向世界', '回报社会']; sub-points of 给年轻人留几句话 read [], the writer's ['希望你们多下车间、多下田间', '希望你们耐得住寂寞、沉得下心来', '希望你们敢说真话、敢担责任']; closing read '谢谢大家！', the writer's '各位领导、各位来宾，全体恒川同仁'",
    'nh18_wechat_short_president_wishes': "first run at stop 32 (on e492263), partly mended since; what remains: speaker read None, the writer's '魏澄'; closing read '', the writer's '云岭不大，但足够装下你所有的梦想'",
    'nh19_transcript_president_three_words': "first run at stop 32 (on e492263), not mended: title read '在西溪学院2024届毕业典礼上的讲话', the writer's '校长宋怀瑾在西溪学院2024届毕业典礼上的讲话（录音整理）'; salutation read '', the writer's '亲爱的同学们，老师们，家长们'",
    'nh20_centennial_alumni_founder_docx': "first run at stop 32 (on e492263), not mended: speaker read None, the writer's '章怀舟'; sub-points of 二曰朴 read [], the writer's ['朴在衣食', '朴在言语', '朴在做事']; closing read '最后，衷心祝愿母校百年华诞生日快乐，在新', the writer's '勤、朴、恒，这三个字，是母校给我'",
    'nh21_web_vocational_commencement_shouxian': "first run at stop 32 (on e492263), not mended: title read '匠心筑梦\\u3000技能报国', the writer's '匠心筑梦\\u3000技能报国——院长在2025届毕业典礼上的讲话'",
    'nh22_md_bookstore_fifteenth_stories': "first run at stop 32 (on e492263), not mended: sub-points of 一封没寄出去的信 read [], the writer's ['我们承诺，拾页的每一家店，永远留一排不卖书的椅子', '我们承诺，每一场讲座，哪怕只有一个听众，也会讲完', '我们承诺，只要还有人推开这扇门，拾页就不关门']",
    'nh23_opening_no_blank_lines': "first run at stop 32 (on e492263), not mended: sub-points of 希望大家把基础打得再… read [], the writer's ['数学关，经济学离不开数学，微积分、线性代数、概率论，一门都不能马虎', '外语关，要能读懂外文文献，能用外语交流，才能在更大的舞台上和别人对话', '实践关，要走出书斋，到企业去、到基层去，看看真实的经济是怎样运行的']",
    'nh25_wechat_commencement_lone_numerals': "first run at stop 32 (on e492263), partly mended since; what remains: title read '毕业典礼｜校长致辞：在你们离开之前', the writer's '在你们离开之前'; points read ['2021年9月的一个夜晚，宿舍区突然停电', '2023年冬天，图书馆通宵自习室里坐满了准备考研的同学', '今年五月，毕业设计答辩的最后一天，一位同学的展示设备突然出了故障'], the writer's ['012021年9月的一个夜晚，宿舍区突然停电', '022023年冬天，图书馆通宵自习室里坐满了准备考研的同学', '今年五月，毕业设计答辩的最后一天，一位同学的展示设备突然出了故障']",
    'ni02_gm_strategy_retreat_notes': "first run at stop 32 (on e492263), not mended: title read '总经理在“十五五”战略规划研讨会上的讲话', the writer's '总经理在“十五五”战略规划研讨会上的讲话（整理稿）'; sub-points of 关于下一步工作安排 read [], the writer's ['把客户需求分析补充完整', '把目标测算的依据写清楚', '把重点项目清单列出来，每个项目要有投资估算和时间安排']",
    'ni09_monthly_review_transcript': "first run at stop 32 (on e492263), not mended: speaker read '罗总', the writer's None",
    'ni10_midyear_meeting_obsidian_draft': "first run at stop 32 (on e492263), not mended: sub-points of 谋划明年：提前布局，… read ['待办'], the writer's []; closing read '', the writer's '同志们，下半年还有很多硬仗要'",
    'ni12_strategy_keynote_pdf': "first run at stop 32 (on e492263), not mended: sub-points of 需要重点讨论的几个问… read [], the writer's ['集团是否还要继续大规模参与新建高速公路投资，参与的边界在哪里', '“交通＋”产业应当重点发展哪几个方向，是自己干还是合作干', '如何在控制债务规模的前提下保持必要的投资强度', '总部与子公司的管控模式如何调整']",
    'ni15_strategy_seminar_closing_count_not_kept': "first run at stop 32 (on e492263), not mended: sub-points of 准确把握集团战略的核… read [], the writer's ['聚焦主责主业，非主业、非优势业务原则上不再新增投资，现有的要有序退出', '强化板块协同，打破子公司之间各自为战的局面，在客户、渠道、采购、研发等方面实现资源共享', '推动产业升级，加大研发投入，提高产品和服务的技术含量，从产业链中低端向中高端迈进']",
    'ni17_midyear_analysis_webpage_dash': "first run at stop 32 (on e492263), not mended: title read '用实干担当跑赢下半场', the writer's '用实干担当跑赢下半场——在恒通商贸集团2025年上半年经营分析会上的讲话'; speaker read None, the writer's '严俊彬'",
    'ni18_new_gm_pledge_short': "first run at stop 32 (on e492263), not mended: points read [], the writer's ['坚决服从大局，自觉在集团党委的统一领导下开展工作，不折不扣落实集团决策部署', '全力以赴抓经营，把主要精力放在订单、交付和回款上，尽快扭转经营被动局面', '严格要求自己，带头遵守廉洁从业各项规定，自觉接受组织和群众监督，做到干净干事']",
    'ni20_water_group_annual_glued_paragraphs': "first run at stop 32 (on e492263), not mended: points read ['守牢供水安全底线供水安全是民生大事，也是集团的政治责任', '狠抓降本增效当前水价调整还没有到位，集团的盈利空间很有限，必须向内挖潜，重点抓好“三降”', '加快数字化转型年内要建成智慧水务平台一期，实现水厂、泵站、管网的实时监测和智能调度', '持续加强党的建设要坚持党建引领，把党组织的政治优势转化为企业的发展优势'], the writer's ['守牢供水安全底线', '狠抓降本增效', '加快数字化转型', '持续加强党的建设']",
    'ni21_rural_bank_midyear_cadre_pdf': "first run at stop 32 (on e492263), not mended: title read '东江农村商业银行股份有限公司', the writer's '在全行2025年年中工作会议暨干部大会上的讲话'",
    'ni23_gm_annual_wechat_01_02_03': "first run at stop 32 (on e492263), not mended: title read '总经理卢嘉树：稳字当头\\u3000进中求变\\u3000奋力书写2025新答卷睿驰汽车零部件 睿驰集团 2025年01月25日 09:02 江苏', the writer's '总经理卢嘉树：稳字当头\\u3000进中求变\\u3000奋力书写2025新答卷'; speaker read None, the writer's '卢嘉树'",
    'ni24_chairman_offhand_remarks_transcript_short': "first run at stop 32 (on e492263), not mended: speaker read '汪董', the writer's None",
    'nj03_bureau_study_session_remarks': "first run at stop 32 (on e492263), partly mended since; what remains: closing read '以上发言，不妥之处请批评指正。', the writer's '对照专题要求，我也感到自己'",
    'nj05_university_wechat_dash_points': "first run at stop 32 (on e492263), not mended: speaker read None, the writer's '潘立诚'",
    'nj06_county_rural_lecture_docx': "first run at stop 32 (on e492263), not mended: sub-points of 深刻认识“三农”工作… read ['从全局看，“三农”是压舱石', '从全县看，农业是基本盘', '从群众看，增收是大期盼'], the writer's ['从全局看', '从全县看', '从群众看']; sub-points of 清醒看到当前工作中的… read ['农业基础设施仍然薄弱，部分高标准农田建后管护跟不上，有的渠系年久失修', '产业链条短、附加值低，我县农产品加工转化率比全省平均水平低近十个百分点'], the writer's []; closing read '', the writer's '同志们，乡村振兴，责任在肩'",
    'nj07_university_lecture_transcript': "first run at stop 32 (on e492263), not mended: points read ['信仰从哪里来', '有信仰的老师是什么样子', '有信仰的老师在名利面前是淡定的'], the writer's ['信仰从哪里来', '有信仰的老师是什么样子']; closing read '好，我就讲这些，谢谢大家！下面我们开始讨', the writer's '好，时间关系，第三个问题我就不展开'",
    'nj09_college_dean_study_talk': "first run at stop 32 (on e492263), not mended: sub-points of 学院工作中存在的差距 read [], the writer's ['人才培养与产业需求衔接不够紧密，毕业生到企业后普遍需要较长的适应期', '青年教师“重科研、轻教学”的倾向仍然存在，部分教师课堂投入不足', '有组织科研能力不强，承担国家级重大项目偏少，“单兵作战”多，“集团作战”少']",
    'nj11_county_secretary_research_lecture_pdf': "first run at stop 32 (on e492263), not mended: sub-points of 怎样把调查研究抓实抓… read [], the writer's ['选准题目', '沉到一线', '深入分析', '转化运用']",
    'nj13_county_education_red_gene_glued': "first run at stop 32 (on e492263), not mended: points read ['深刻理解红色基因的丰富内涵', '讲好红色故事，用好本土资源我县有革命遗址四十多处，有红色教育基地十二个，资源是丰富的，关键是要用好', '以红色精神推动教育事业发展'], the writer's ['深刻理解红色基因的丰富内涵', '讲好红色故事，用好本土资源', '以红色精神推动教育事业发展']",
    'nj14_city_health_study_web_parallel': "first run at stop 32 (on e492263), partly mended since; what remains: sub-points of 思考要进一步 read [], the writer's ['优质医疗资源集中在主城区，县域医疗服务能力偏弱，县域内就诊率还有提升空间', '基层医疗卫生机构人才“招不来、留不住”的问题比较突出，部分乡镇卫生院全科医生缺口较大', '公共卫生体系还存在短板，疾控机构能力建设与群众期盼还有差距']",
    'nj16_county_magistrate_study_shouxian': "first run at stop 32 (on e492263), not mended: sub-points of 清醒认识我县发展新质… read [], the writer's ['产业基础比较扎实，机械制造、农产品加工两个主导产业规模已超过三百亿元', '区位交通比较便利，高铁、高速“双通道”已经建成', '营商环境持续向好，去年在全省县域营商环境评价中进入前二十名']",
    'nj17_city_lecturer_wechat_county_report': "first run at stop 32 (on e492263), not mended: speaker read None, the writer's '杜明川'",
    'nj19_university_ideology_report_transcript': "first run at stop 32 (on e492263), not mended: speaker read None, the writer's '伍佩兰'; points read ['思政课的吸引力还不够强', '课程思政还存在“两张皮”', '网络育人还是短板', '辅导员队伍不够稳定', '善于用新的方式', '形成合力'], the writer's ['先讲第一个方面，我们面临的形势', '好，下面我讲第二个方面，当前工作中存在的问题', '怎么办']",
    'nj21_city_finance_study_web_runin': "first run at stop 32 (on e492263), not mended: speaker read None, the writer's '管晓东'",
    'nj23_county_new_civil_servants_keywords': "first run at stop 32 (on e492263), not mended: sub-points of 忠诚：公务员的第一品… read [], the writer's ['对组织老实', '对工作尽心']; sub-points of 干净：公务员的底线要… read [], the writer's ['第一句，别人的东西不要拿', '第二句，不该去的地方不要去', '第三句，不该交的朋友不要交']",
    'r18_source_editor_note_web': "read otherwise since stop 32 (on 6509408): speaker read '钱某某' (县委副书记、县长, whom the editor's note says spoke at the meeting), the writer's None",
    'ma13_dash_civilized_city': "first run at stop 30 (on 5c67971), partly mended since; what remains: sub-points of 统一思想，坚定创建必… read ['城市基础设施不断完善，改造背街小巷326条、老旧小区178个', '城市环境明显改善，新增城市公园和口袋公园42个，空气质量优良天数比例达到88.5%', '市民文明素质显著提升，注册志愿者突破45万人，“礼让斑马线”成为城市新风尚'], the writer's []",
    'na01_county_safety_meeting_transcript': "first run at stop 32 (on b992ab7), not mended: points read ['安全生产这根弦一刻也不能松', '隐患排查要往深里走、往细里走', '森林防火', '责任要压实'], the writer's ['安全生产这根弦一刻也不能松', '隐患排查要往深里走、往细里走', '道路交通这一块，今年春节返程期间我们县出了两起事故，都是农村面包车超员', '森林防火', '应急值守', '责任要压实']",
    'na02_group_midyear_notes': "first run at stop 32 (on b992ab7), not mended: title read '董事长在集团2024年半年经营分析会上的讲话', the writer's '董事长在集团2024年半年经营分析会上的讲话（录音整理稿）'; points read ['关于市场', '关于成本', '最后'], the writer's ['关于市场', '关于成本', '关于人', '关于安全和合规']; closing read '就讲这些，散会。', the writer's '最后讲一句话，困难是暂时的'",
    'na03_flood_control_webpage': "first run at stop 32 (on b992ab7), not mended: title read '在全县防汛抗旱工作会议上的讲话', the writer's '副县长潘永清在全县防汛抗旱工作会议上的讲话（根据录音整理）'; sub-points of 把重点部位盯牢盯死 read ['病险水库', '山洪灾害危险区', '在建工地'], the writer's ['病险水库', '山洪灾害危险区', '在建工地', '还有城区内涝']",
    'na05_founder_annual_party_wechat': "first run at stop 32 (on b992ab7), not mended: title read '今年，我们少说几句漂亮话', the writer's '董事长年会讲话实录｜今年，我们少说几句漂亮话'; speaker read None, the writer's '林少波'; salutation read '', the writer's '大家晚上好'; points read ['去年', '今年', '“客户”', '我想讲讲“年轻人”'], the writer's ['先说说去年', '再说说今年']",
    'na07_short_impromptu_no_points': "first run at stop 32 (on b992ab7), not mended: salutation read '', the writer's '大家好'",
    'na08_city_economy_analysis_long': "first run at stop 32 (on b992ab7), not mended: points read ['对一季度经济形势的基本判断', '当前必须紧紧抓住的几项重点工作'], the writer's ['对一季度经济形势的基本判断', '当前必须紧紧抓住的几项重点工作', '关于作风问题', '讲一下近期的几项具体安排']",
    'na09_district_entrepreneur_qa': "first run at stop 32 (on b992ab7), not mended: title read '在民营企业家恳谈会上的讲话', the writer's '区长赵明轩同志在民营企业家恳谈会上的讲话（实录）'; points read ['融资难、融资贵的问题', '关于用工', '执法检查多', '我想跟大家交个底'], the writer's ['融资难、融资贵的问题', '关于用工', '关于政府欠款', '执法检查多', '我想跟大家交个底']",
    'na10_short_safety_standup': "first run at stop 32 (on b992ab7), not mended: title read '总经理在三季度安全生产例会上的讲话', the writer's '总经理在三季度安全生产例会上的讲话（录音整理）'; closing read '', the writer's '好，那个，第三点我想想'",
    'na13_district_investment_contest_comment': "first run at stop 32 (on b992ab7), not mended: points read ['对今天的“打擂”作个点评', '下半年怎么干，我提几条要求'], the writer's ['第一层意思，对今天的“打擂”作个点评', '第二层意思，下半年怎么干，我提几条要求']",
    'na14_group_annual_conference_long': "first run at stop 32 (on b992ab7), not mended: points read ['二〇二四年，我们经受住了一场考验', '我们的问题，要看清楚', '二〇二五年，我们怎么干'], the writer's ['二〇二四年，我们经受住了一场考验', '我们的问题，要看清楚', '二〇二五年，我们怎么干', '关于党建和廉洁', '讲讲我们的文化']; closing read '', the writer's '各位同事，同志们，今年的形势不会比'",
    'na15_eco_inspection_rectification_webpage': "first run at stop 32 (on b992ab7), not mended: points read ['对整改工作的形势，大家要有一个清醒的判断', '整改要真改，不能假改', '对已经完成的整改，要防止反弹', '关于责任'], the writer's ['对整改工作的形势，大家要有一个清醒的判断', '整改要真改，不能假改', '对已经完成的整改，要防止反弹', '另外我讲一个具体事情', '关于责任']",
    'na16_short_site_visit_remarks': "first run at stop 32 (on b992ab7), not mended: points read [], the writer's ['质量', '建后管护', '进度']",
    'na17_research_visit_notes': "first run at stop 32 (on b992ab7), not mended: title read '刘市长在高新区调研时的讲话要点', the writer's '调研笔记｜刘市长在高新区调研时的讲话要点'; points read ['摸清底数，一家一家建档', '分类处置，能提升的帮助提升，不能提升的依法依规收回', '盘活的土地优先保障集成电路产业链项目', '刘市长强调，高新区是全市创新发展的主阵地，要敢闯敢试，有什么需要市里协调的，直接报上来'], the writer's ['对高新区的工作总体是肯定的', '关于“腾笼换鸟”', '关于人才公寓', '关于管委会自身建设']; closing read '', the writer's '最后， 刘市长强调，高新区是全市'",
    'na18_county_rural_revitalization_pdf': "first run at stop 32 (on b992ab7), not mended: points read ['看到了变化，也看到了差距', '产业是根本，要在特色上做文章', '人居环境整治要常态长效'], the writer's ['看到了变化，也看到了差距', '产业是根本，要在特色上做文章', '人居环境整治要常态长效', '干部的问题']",
    'na19_founder_new_hire_wechat': "first run at stop 32 (on b992ab7), not mended: speaker read '周总', the writer's '周允诚'; salutation read '', the writer's '各位新同事，早上好'; points read ['先把地种明白', '别怕吃亏', '说到做到', '我顺便交代一下'], the writer's ['先把地种明白', '别怕吃亏', '说到做到']",
    'na20_petition_forum_asr_transcript': "first run at stop 32 (on b992ab7), not mended: title read '在全市信访工作座谈会上的讲话', the writer's '市委副书记高振东在全市信访工作座谈会上的讲话（录音转写稿）'; salutation read '', the writer's '同志们'",
    'na21_plant_quality_incident_docx': "first run at stop 32 (on b992ab7), not mended: closing read '散会。', the writer's '所以我希望大家回去以后，每个车间'",
    'na22_county_cadre_style_long': "first run at stop 32 (on b992ab7), not mended: points read ['为什么要在这个时候下大力气抓作风', '当前我们干部作风上存在哪些突出问题', '作风怎么转，效能怎么提'], the writer's ['为什么要在这个时候下大力气抓作风', '当前我们干部作风上存在哪些突出问题', '作风怎么转，效能怎么提', '关于这次活动的时间安排']",
    'na23_short_signing_ceremony_remarks': "first run at stop 32 (on b992ab7), not mended: title read '在年产五万吨新型环保材料项目签约仪式上的致辞', the writer's '董事长向东辉在年产五万吨新型环保材料项目签约仪式上的致辞（现场实录）'",
    'na24_township_fire_prevention_glued': "first run at stop 32 (on b992ab7), not mended: points read [], the writer's ['森林防火是今冬明春的头等大事', '抓好隐患排查整治', '道路交通安全', '还有，燃气和用电安全', '关于值班值守']; closing read '最后，关于值班值守。元旦、春节期间，镇村', the writer's '同志们，安全无小事，责任重于泰山'",
    'na25_bank_branch_midyear_md': "first run at stop 32 (on b992ab7), not mended: title read '行长在分行2024年年中工作会议上的讲话', the writer's '行长在分行2024年年中工作会议上的讲话（录音整理稿）'",
    'my07_city_investment_promotion_docx': "first run at stop 32 (on b992ab7), not mended: sub-points of 突出重点，推动招商引… read ['坚持产业链招商', '坚持以商招商，充分发挥在外商会、异地商会和已落户企业的桥梁作用，让企业家成为我们最好的推介员', '坚持基金招商，用好市产业引导基金，探索“基金＋项目＋园区”模式，以资本撬动产业、以投资带动招商', '坚持驻点招商，在长三角、珠三角、京津冀设立驻点招商小分队，常年驻守、滚动对接'], the writer's ['坚持产业链招商，围绕新能源汽车零部件、电子信息、生物医药等主导产业绘制产业链全景图，精准锁定链主企业和缺失环节，实现“引进一个、带动一批、形成一片”', '坚持以商招商，充分发挥在外商会、异地商会和已落户企业的桥梁作用，让企业家成为我们最好的推介员', '坚持基金招商，用好市产业引导基金，探索“基金＋项目＋园区”模式，以资本撬动产业、以投资带动招商', '坚持驻点招商，在长三角、珠三角、京津冀设立驻点招商小分队，常年驻守、滚动对接']",
    'my13_city_two_sessions_relay': "first run at stop 32 (on b992ab7), not mended: sub-points of 紧扣全年目标任务，坚… read [], the writer's ['抓项目促投资，紧盯国家政策投向，加快推动重大项目前期工作，力争更多项目挤进国家盘子；对已开工项目实行周调度，确保一季度实现“开门红”', '抓工业稳运行，建立重点企业“白名单”，对用能、用工、物流等问题实行专班化解决，确保规上工业增加值增速保持在8%以上', '抓消费扩内需，围绕汽车、家电、家居等大宗消费，组织开展系列促消费活动，推动商贸流通、文化旅游等服务业加快恢复']",
    'my15_city_environment_campaign_pdf': "first run at stop 32 (on b992ab7), not mended: sub-points of 突出整治重点，坚持城… read ['突出城区环境整治', '突出农村人居环境整治', '突出交通沿线整治'], the writer's ['突出城区环境整治，重点抓好主次干道、背街小巷、农贸市场、城中村和老旧小区的环境卫生整治，全面清理乱堆乱放、乱贴乱画、乱搭乱建，做到路面净、立面美、秩序好', '突出农村人居环境整治，以垃圾、污水、厕所“三大革命”为重点，全面推进村庄清洁行动，确保年底前农村生活垃圾收运处置体系实现行政村全覆盖', '突出交通沿线整治，对高速公路、国省干线、铁路沿线两侧可视范围内的环境问题进行集中整治，打造一批干净整洁、绿化美化的景观通道']",
    'my18_district_civilised_city_wechat': "first run at stop 32 (on b992ab7), partly mended since; what remains: title read '南湖发布 南湖发布 2024-09-10 21:05 浙江', the writer's ''",
    'my19_city_county_economy_web_long': "first run at stop 32 (on b992ab7), not mended: sub-points of 正视差距，增强推动县… read ['经济总量稳步扩大', '产业特色日益鲜明', '城乡面貌持续改善'], the writer's ['经济总量稳步扩大，前三季度七个县（市、区）地区生产总值合计增长6.1%，占全市的比重提高到63.8%；其中两个县地区生产总值增速进入全省前二十位，为全市经济稳定增长作出了重要贡献', '产业特色日益鲜明，各县（市、区）立足资源禀赋和产业基础，培育形成了一批特色主导产业，县域产业集群初具规模', '城乡面貌持续改善，县城承载能力不断增强，一批教育、医疗、养老、市政设施项目建成投用，县城常住人口城镇化率达到56.3%；农村人居环境整治深入推进，和美乡村建设取得阶段性成效']",
    'my23_city_project_review_transcript': "first run at stop 32 (on b992ab7), not mended: sub-points of 我们的项目建设还存在… read [], the writer's ['项目结构还不够优，基础设施项目多、产业项目少，传统产业项目多、新兴产业项目少，真正能够改变一个县区产业格局的重大项目还不多', '项目进度不够平衡，有的项目热火朝天，有的项目冷冷清清，我们今天看的个别项目，围挡都起来了，里面却没有几个工人，这样的项目不能拿来观摩，拿来观摩就是糊弄人', '素保障还跟不上，好几个县区都反映用地指标紧、融资难，有的项目因为一个手续卡了好几个月，这些问题市直部门要认真研究']",
    'mz04_branch_secretary_short_remark': "first run at stop 32 (on b992ab7), not mended: closing read '谢谢大家。', the writer's '组织生活会开完了，但自我检'",
    'mz06_supervision_leader_comment_wechat': "first run at stop 32 (on b992ab7), partly mended since; what remains: sub-points of 对抓好会后整改的几点… read [], the writer's ['抓紧制定整改方案，对会上查摆的问题和相互批评的意见逐条梳理，形成问题清单、任务清单、责任清单', '注重建章立制，对带有普遍性的问题，从制度层面研究解决办法', '及时通报整改情况，以适当方式向党员干部群众公开，接受监督']",
    'mz07_company_party_chief_branch_meeting_transcript': "first run at stop 32 (on b992ab7), not mended: salutation read '', the writer's '同志们'; points read ['这个会开得实在', '问题找得准，但是原因还要往深里挖', '整改要见到实效'], the writer's ['这个会开得实在', '问题找得准，但是原因还要往深里挖', '整改要见到实效', '哦，还有一点我差点忘了，就是咱们车间的年轻党员比较多，这是好事']",
    'mz08_hospital_theme_education_notes': "first run at stop 32 (on b992ab7), not mended: sub-points of 需要长期坚持的几点体… read [], the writer's ['党建和业务必须深度融合，不能各说各话', '办实事要从患者最烦心的小事做起', '整改要敢于“自我揭短”']",
    'mz11_bureau_member_pledge_short': "first run at stop 32 (on b992ab7), not mended: points read [], the writer's ['坚决抓好问题整改，会后三天内形成个人整改清单，对照清单逐项落实，做到问题不解决不松手', '坚决履行分管责任，对执法监督中发现的问题敢于较真碰硬，该通报的通报，该问责的问责', '坚决维护班子团结，自觉服从书记的领导，经常与班子成员交流思想、沟通工作，共同营造风清气正的良好氛围']; closing read '', the writer's '请组织和同志们监督。'",
    'mz12_street_party_history_summary_glued_web': "first run at stop 32 (on b992ab7), not mended: sub-points of 建立机制，久久为功 read [], the writer's ['建立常态化学习机制，把党史学习作为各级党组织“三会一课”的重要内容，持续抓、经常抓', '建立常态化为民服务机制，把“我为群众办实事”融入日常工作，推动“网格员敲门行动”常态化开展', '建立常态化阵地建设机制，用好辖区内的革命旧址和红色资源，打造一批党员教育基地']",
    'mz13_county_standing_committee_checkup_pdf': "first run at stop 32 (on b992ab7), not mended: closing read '', the writer's '县委常委班子将以这次专题民主'",
    'mz16_college_branch_life_meeting_docx': "first run at stop 32 (on b992ab7), not mended: sub-points of 把批评与自我批评这个… read [], the writer's ['讲清楚问题，指出问题要具体，有事实、有例子，不能笼统含糊', '讲清楚危害，要让被批评的同志认识到问题的严重性，真正触动思想', '讲清楚方向，批评的目的是帮助同志进步，要与人为善，提出改进的办法']",
    'mz17_province_style_campaign_summary_long': "first run at stop 32 (on b992ab7), not mended: sub-points of 实事求是评价专项整治… read ['行业服务效能明显提升', '执法行为明显规范', '项目建设作风明显改进', '干部精神面貌明显改观'], the writer's ['行业服务效能明显提升', '执法行为明显规范', '项目建设作风明显改进', '干部精神面貌明显改观', '形式主义问题仍有表现，有的单位整改工作“重材料、轻实效”，整改报告写得很漂亮，实际问题却没有得到解决', '基层执法不规范问题还未根治，一些偏远地区的超限检测站和执法大队仍然存在执法程序不规范、自由裁量权过大等问题', '工程建设领域廉政风险仍然较高，个别项目在招投标、变更设计、计量支付等环节还存在违规操作的空间']",
    'mz24_soe_discipline_secretary_style_summary': "first run at stop 32 (on b992ab7), not mended: sub-points of 客观看待专项整治取得… read [], the writer's ['突出问题得到有效纠治，集团上下共查摆作风问题214个，已整改完成203个，对项目现场管理松散、安全巡查走过场等问题进行了集中整治', '制度短板得到及时补齐，集团层面修订完善了工程变更签证管理、物业服务质量考核等制度17项，子公司新建制度58项', '服务质量得到明显改善，集团下属物业公司服务的42个小区，业主满意度由整治前的81%提高到92%，公共租赁住房维修响应时间缩短了一半', '干部队伍风气得到有效提振，对在整治中表现突出的11名中层干部予以表扬，对6名作风不实的干部进行了诫勉谈话或岗位调整']",
    'nb04_celebration_banquet_transcript_short': "first run at stop 32 (on b992ab7), not mended: closing read '', the writer's '来，我提议，咱们一起举杯'",
    'nb05_factory_60th_anniversary_pdf': "first run at stop 32 (on b992ab7), not mended: closing read '同志们，企业文化是企业的灵魂。为迎接建厂', the writer's '同志们，美好的蓝图已经绘就，关键'",
    'nb09_calligraphy_prize_short_remarks': "first run at stop 32 (on b992ab7), not mended: closing read '获奖只是一个开始。希望同学们不要因为得了', the writer's '最后，感谢主办单位和承办学校的精心'",
    'nb10_property_company_gala_host_and_speech': "first run at stop 32 (on b992ab7), not mended: title read '主持人甲：尊敬的各位领导，亲爱的恒泰家人们，', the writer's '恒泰物业2024年度表彰暨新春年会现场实录'; speaker read None, the writer's '柯维新'; salutation read '', the writer's '各位同事，各位家人'; points read [], the writer's ['我们要把服务做到业主心坎上', '我们要把每一分钱都花在刀刃上', '我们要让每一位员工都有奔头']",
    'nb13_brewery_30th_anniversary_bold_docx': "first run at stop 32 (on b992ab7), not mended: closing read '各位家人，各位朋友，让我们携起手来，传承', the writer's '三十而立，再启新程。下一个十年'",
    'nb14_alumni_annual_meeting_md_notes': "first run at stop 32 (on b992ab7), not mended: speaker read '石门中学校友会会长\\u3000葛永年', the writer's '葛永年'; sub-points of 这十年还有哪些不足 read [], the writer's ['理事会换届时增加四十岁以下理事的比例', '建立各分会活动的年度计划和通报制度', '每年请第三方对校友会的财务进行审计，并在校友群里公开']",
    'nb16_innovation_contest_awards_count_mismatch': "first run at stop 32 (on b992ab7), not mended: closing read '同学们，青春是用来奋斗的。愿你们敢闯敢创', the writer's '学校将继续加大对创新创业教育的支持'",
    'nb18_award_winner_pledge_short': "first run at stop 32 (on b992ab7), not mended: points read [], the writer's ['继续加强学习，做到干一行、爱一行、精一行', '始终扎根基层，把群众的事当成自己的事，多办实事、多解难题', '严格要求自己，守住底线、干净做事，不辜负组织的培养和群众的期望']",
    'nb22_sales_record_toast_short': "first run at stop 32 (on b992ab7), not mended: closing read '', the writer's '来，请大家举起杯，为了每一位伙伴'",
    'nc09_rural_planning_expert_glued': "first run at stop 32 (on b992ab7), partly mended since; what remains: closing read '', the writer's '以上是我的一些粗浅看法'",
    'nc10_young_nurse_no_points': "first run at stop 32 (on b992ab7), partly mended since; what remains: closing read '谢谢大家！', the writer's '作为一名青年护士，我会继续'",
    'nc16_tcm_experts_summary_noblank': "first run at stop 32 (on b992ab7), not mended: sub-points of 准确把握中医药传承与… read [], the writer's ['坚持守正，尊重中医药自身的发展规律，保持和发挥中医药的特色优势，防止中医药“西化”“泛化”', '坚持创新，运用现代科学技术和方法，加强中医药基础理论研究和临床疗效评价，讲清楚中医药“为什么有效、怎么有效”', '坚持开放，推动中医药和西医药相互补充、协调发展，加强与国内外一流机构的交流合作，在开放中提升中医药的影响力']",
    'nc17_village_secretary_report': "first run at stop 32 (on b992ab7), not mended: sub-points of 下一步打算 read [], the writer's ['抓好党员教育，每季度至少组织一次集中学习，让党员在村里的大事小事中带头', '做大合作社，争取注册“杏林”农产品商标，和电商企业签订长期收购协议，让瓜农不愁卖', '争取上级项目资金，把村西片区的排水沟渠修好，解决雨季积水问题']",
    'nc24_soe_general_manager_report_docx': "first run at stop 32 (on b992ab7), not mended: title read '2024年度述职报告', the writer's '江城水务集团有限公司总经理2024年度述职报告'",
    'nd14_bank_cadre_meeting_farewell_short': "first run at stop 32 (on b992ab7), not mended: closing read '', the writer's '离开以后，我仍然会关注'",
    'nd24_univ_faculty_congress_group_talk_transcript': "first run at stop 32 (on b992ab7), not mended: points read ['大家提得最多的住房问题', '科研经费报销的问题'], the writer's ['首先说说大家提得最多的住房问题', '关于职称评审', '科研经费报销的问题', '关于食堂']",
    'mq04_shiqiao_town_gov_report_wechat_short': "first run at stop 31 (on bff4501), not mended: sub-points of 2025年工作安排 read [], the writer's ['抓产业，加快建设千亩蔬菜产业园', '抓项目，力争新引进项目5个以上', '抓环境，深入推进人居环境整治', '抓民生，办好镇卫生院改扩建等十件民生实事']",
    'mq06_heyang_city_npc_standing_notes': "first run at stop 31 (on bff4501), not mended: sub-points of 2025年主要任务 read ['坚持正确政治方向，把党的领导贯穿人大工作全过程', '提高立法质量，计划审议《河阳市城市绿化条例》等法规草案3件', '增强监督刚性，综合运用听取报告、执法检查、专题询问等方式，推动问题解决', '深化代表工作，推动“家站点”建设提质增效', '加强自身建设，建设政治坚定、服务人民、尊崇法治、发扬民主、勤勉尽责的人大机关'], the writer's ['坚持正确政治方向', '提高立法质量', '增强监督刚性', '深化代表工作', '加强自身建设']",
    'mq09_liuxi_township_presidium_short': "first run at stop 31 (on bff4501), not mended: points read [], the writer's ['加强学习，提高代表依法履职能力，全年组织代表集中培训不少于2次', '强化监督，围绕农村饮水安全、集体经济发展等群众关心的问题开展视察调研', '密切联系，依托代表联络站每月开展一次“代表接待日”活动，认真收集和反映群众意见']",
    'mq16_street_party_committee_shouxian': "first run at stop 31 (on bff4501), not mended: sub-points of 讲一讲2025年的工… read [], the writer's ['深化党建引领，推动兼合式党建从“有形覆盖”向“有效覆盖”转变', '促进经济发展，围绕东湖商圈二期改造做好招商服务，全年新引进企业200家以上', '提升治理效能，全面推行“网格+物业+志愿者”模式，年底前实现无物业小区“清零”', '办好民生实事，新增社区养老助餐点6个，打造15分钟便民生活圈']",
    'mq18_songling_county_gov_report_pdf': "first run at stop 31 (on bff4501), not mended: speaker read None, the writer's '马天佑'",
    'mq21_beiling_district_gov_report_excerpt_short': "first run at stop 31 (on bff4501), not mended: sub-points of 2024年工作回顾 read ['产业转型步伐加快', '城市建设日新月异', '民生保障持续加…………'], the writer's ['产业转型步伐加快', '城市建设日新月异', '民生保障持续加']",
    'mq23_anping_county_congress_glued': "first run at stop 31 (on bff4501), not mended: points read ['过去五年工作回顾县第十三次党代会以来，县委团结带领全县广大党员干部群众，沉着应对各种风险挑战，经受住了多重考验，全县经济社会发展取得了显著成就', '今后五年的目标任务', '全面加强党的建设坚持以党的政治建设为统领，深入推进全面从严治党，建设高素质专业化干部队伍，持续加强基层党组织建设，驰而不息纠治“四风”，为实现今后五年奋斗目标提供坚强保证'], the writer's ['过去五年工作回顾', '今后五年的目标任务', '全面加强党的建设']",
    'mq25_guanyin_town_gov_report_docx': "first run at stop 31 (on bff4501), not mended: sub-points of 2025年工作安排 read ['突出产业强镇，建设柑橘产业园二期，培育花椒、中药材等特色产业，新增家庭农场和农民合作社15家', '突出项目带动，全年实施重点项目18个，确保观音湖景区二期、场镇农贸市场改造等项目年内完工', '突出环境提升，深入推进农村人居环境整治，实施场镇风貌改造，创建县级美丽宜居村3个', '突出民生改善，办好就业、教育、医疗、养老等民生实事，新建村级互助养老点4个', '突出平安建设，深化矛盾纠纷多元化解，抓好安全生产、森林防火、防汛减灾等工作'], the writer's ['突出产业强镇', '突出项目带动', '突出环境提升', '突出民生改善', '突出平安建设']",
    'mr02_zhou_muxian_birth_anniversary_web': "first run at stop 31 (on bff4501), not mended: points read [], the writer's ['我们要学习他坚定理想、对党忠诚的政治品格', '我们要学习他植根人民、服务群众的公仆情怀', '我们要学习他敢为人先、苦干实干的奋斗精神', '我们要学习他严于律己、清正廉洁的高尚品德']",
    'mr09_red_army_longmarch_90th': "first run at stop 31 (on bff4501), not mended: sub-points of 加强红色资源保护利用… read [], the writer's ['加强革命文物保护，全面开展红色资源普查，对白石岭战斗遗址、红军标语墙、红军宿营旧址等重要遗址遗迹实施抢救性保护，确保不再出现损毁', '深化党史研究，组织力量深入挖掘红军长征过境青岚的史料，走访健在的亲历者后代，编辑出版《红军长征在青岚》史料汇编', '创新宣传展示方式，提升白石岭红军烈士陵园和长征过境纪念馆的展陈水平，运用数字化手段让历史“活”起来', '推进红色教育常态化，把红色资源作为干部教育、青少年教育的生动课堂，让红色基因在一代代郴阳人心中扎根']",
    'mr10_auto_parts_fair_lostblanks': "first run at stop 31 (on bff4501), not mended: points read [], the writer's ['希望整车企业多给机会，把更多采购订单投向宿川，让本地配套率再提高一些', '希望零部件企业苦练内功，在质量、成本、交付上对标一流，真正成为整车企业信得过的合作伙伴', '希望各有关部门当好服务员，对在会上达成的合作意向建立台账、跟踪服务，确保签约一个、落地一个、投产一个']",
    'mr13_chen_bonian_family_remarks_short': "first run at stop 31 (on bff4501), not mended: speaker read None, the writer's '陈思远'",
    'mr16_founding_martyrs_memorial': "first run at stop 31 (on bff4501), not mended: points read ['汲取坚定信仰的力量', '汲取依靠群众的力量', '汲取敢于斗争的力量'], the writer's ['汲取坚定信仰的力量', '汲取依靠群众的力量', '汲取敢于斗争的力量', '抓好起义旧址的保护利用，年内完成老街口起义指挥部旧址修缮', '把起义历史融入中小学思政课，编好用好《南溪红色故事读本》', '办好老区群众的民生实事，让先烈们为之奋斗的美好生活在南溪变为现实']",
    'mr22_youth_startup_forum_untitled_short': "first run at stop 31 (on bff4501), not mended: speaker read None, the writer's '季晓岚'; closing read '', the writer's '希望大家在这两天里多交流'",
    'mr24_ke_changlin_labor_model_pdf': "first run at stop 31 (on bff4501), not mended: points read ['学习他听党指挥、冲锋在前的政治品格', '学习他爱岗敬业、精益求精的工匠精神', '学习他淡泊名利、甘于奉献的高尚情操'], the writer's ['学习他听党指挥、冲锋在前的政治品格', '学习他爱岗敬业、精益求精的工匠精神', '学习他淡泊名利、甘于奉献的高尚情操', '把学习柯长林同志与开展劳模精神、劳动精神、工匠精神宣传教育结合起来，在全社会营造崇尚劳动、尊重劳模的浓厚氛围', '把学习柯长林同志与推动产业转型升级结合起来，在技术革新、岗位建功中争当先锋', '把学习柯长林同志与加强干部作风建设结合起来，做到清清白白做人、干干净净做事、堂堂正正做官']",
    'mr25_silk_road_dryport_summit_readingcopy': "first run at stop 31 (on bff4501), not mended: points read ['推进口岸“单一窗口”互联互通，实现沿线国家之间通关数据的共享互认', '推广“一次申报、一次查验、一次放行”的便利化措施，进一步压缩通关时间', '建立跨境物流信用体系，让守信企业在各国口岸享受更多便利'], the writer's ['我们要共同打造更加畅通的国际物流通道', '我们要共同构建更加便利的通关贸易环境', '我们要共同培育更加紧密的产业合作纽带', '我们要共同夯实更加深厚的人文交流基础']; closing read '谢谢大家！【致意，下台】', the writer's '女士们、先生们！驼铃古道丝绸路'",
    'ms02_meetup_opening_remarks': "first run at stop 31 (on bff4501), not mended: speaker read None, the writer's '周牧之'",
    'ms04_product_launch_bold_leads': "first run at stop 31 (on bff4501), not mended: speaker read None, the writer's '韩知远'",
    'ms06_storage_engine_talk_qa': "first run at stop 31 (on bff4501), not mended: salutation read '', the writer's '大家好'",
    'ms08_wechat_devops_metrics': "first run at stop 31 (on bff4501), not mended: salutation read '', the writer's '大家好'",
    'ms09_campus_open_source_transcript': "first run at stop 31 (on bff4501), not mended: title read '怎样给开源项目提第一个PR', the writer's '怎样给开源项目提第一个PR——在南湖大学“开源进校园”讲座上的发言'; closing read '', the writer's '嗯……我看时间差不多了。'",
    'ms11_lightning_talk_numbered_list': "first run at stop 31 (on bff4501), not mended: salutation read '', the writer's '大家好'",
    'ms12_supply_chain_security_glued': "first run at stop 31 (on bff4501), not mended: sub-points of 加强供应链安全能力建… read [], the writer's ['摸清家底，企业要建立软件物料清单，知道自己的系统里用了哪些组件、哪些版本，出了漏洞能在一小时内查清影响范围', '建好机制，建立漏洞情报的收集、研判和处置流程，明确谁来盯、谁来修、谁来验证', '回馈上游，对自己依赖最深的关键组件，通过资金、人力或代码贡献的方式支持其维护，而不是只提需求不出力']",
    'ms14_build_time_blog_post': "first run at stop 31 (on bff4501), not mended: speaker read None, the writer's '司马青'; salutation read '', the writer's '大家好'; points read ['先量一量，时间都去哪儿了', '缓存：最便宜的加速', '并行：把流水线拆开', '远程执行：最后的大招', '写在最后'], the writer's ['先量一量，时间都去哪儿了', '缓存：最便宜的加速', '并行：把流水线拆开', '远程执行：最后的大招']; closing read '', the writer's '回头看，我们最大的收获不是'",
    'ms17_edge_os_release_keywords': "first run at stop 31 (on bff4501), not mended: speaker read None, the writer's '上官澈'",
    'ms19_ai_coding_assistant_one_year': "first run at stop 31 (on bff4501), not mended: speaker read None, the writer's '雷鸣远'; closing read '', the writer's '说到这里，时间已经差不多了'",
    'ms20_digital_transformation_push_docx': "first run at stop 31 (on bff4501), not mended: speaker read None, the writer's '俞承泽'",
    'ms21_wechat_traffic_brain_keynote': "first run at stop 31 (on bff4501), not mended: title read '智慧交通开发者论坛主旨演讲', the writer's '城市交通大脑建设的三道坎｜智慧交通开发者论坛主旨演讲'",
    'ms24_sre_oncall_reform_numbered': "first run at stop 31 (on bff4501), not mended: speaker read '方既白｜某电商平台稳定性团队负责人', the writer's '方既白'; salutation read '各位同行，大家好。', the writer's '各位同行，大家好'; sub-points of 值班要有人替、能休息 read [], the writer's ['主备双人值班，主值班处理，备值班兜底，半夜被叫醒超过两次的，第二天上午可以调休', '跨时区接力，我们和新加坡的团队合作，亚太时段的夜间值班由他们承担，我们承担对方的夜间，双方各自只在白天值班']; closing read '最后我想说，稳定性不是靠人熬出来的。一个', the writer's '做完这五件事，两年下来，每人'",
    'mt01_county_work_safety': "first run at stop 31 (on bff4501), not mended: sub-points of 正视问题，清醒认识当… read [], the writer's ['企业主体责任悬空，有的企业负责人把安全当成应付检查的事，制度挂在墙上、记录补在纸上', '行业监管存在盲区，小作坊、小场所、自建房等领域管不到、管不全的问题仍然突出', '应急处置能力不足，部分乡镇的预案多年不修订，队伍拉不出、物资找不到']; sub-points of 突出重点，扎实推进隐… read [], the writer's ['整治农村道路临水临崖路段，年内完成安防设施建设四十公里', '严查“两客一危”车辆和重型货车违法行为', '加强学生接送车辆管理，每学期开学前开展一次集中检查', '抓动火作业审批', '抓有限空间作业管理', '抓粉尘涉爆企业清扫制度落实', '抓外包施工队伍的安全培训']; sub-points of 压实责任，织密防汛救… read [], the writer's ['包保责任制，每一座水库、每一处地质灾害隐患点都要明确行政、技术、巡查三个责任人', '值班值守制，汛期严格执行领导带班和二十四小时值班，严禁脱岗漏岗', '预警叫应制，接到预警信息后要直接叫应到村、到组、到户']",
    'mt02_town_rural_revitalization_notes': "first run at stop 31 (on bff4501), not mended: speaker read None, the writer's '刘振华'; sub-points of 对形势要有清醒判断 read [], the writer's ['产业底子薄，全镇真正能带动农户增收的龙头企业只有两家，大部分村的集体经济还靠资产出租', '人才留不住，年轻人大多在外务工，村里能干事的人越来越少']; sub-points of 对工作作风要从严要求 read [], the writer's ['一条是多下田坎少坐机关，每个包村干部每周在村里的时间不少于三天', '再一条是说了就干、干就干好，镇里每月通报一次进度，排名靠后的村，书记要到党委会上说明情况']",
    'mt03_edu_bureau_semester_web': "first run at stop 31 (on bff4501), not mended: sub-points of 把开学安全放在首位 read [], the writer's ['第一种是设施设备老化，像一些农村学校的电线、围墙，年年查年年有', '第二种是管理制度落空，门卫登记、食品留样这些规定不是没有，而是执行走样', '第三种是师生安全意识淡薄，特别是防溺水、防交通事故教育，讲了很多次，效果还不理想']; sub-points of 把“双减”要求落到实… read [], the writer's ['第一种是基础托管加作业辅导，保障所有有需要的学生', '第二种是学校自主开设的兴趣社团，鼓励每所学校至少开出十个', '第三种是引进经过审核的非学科类机构，由区里统一遴选、统一监管，学校不得自行引入']",
    'mt04_city_finance_performance_pdf': "first run at stop 31 (on bff4501), not mended: sub-points of 深刻理解预算绩效管理… read [], the writer's ['它是提高财政资金使用效益的必然要求，当前财政收支矛盾突出，每一分钱都要花在刀刃上，不讲绩效就谈不上过紧日子', '它是转变部门管理方式的重要抓手，把“要钱”的逻辑转变为“办事”的逻辑，部门花钱要问效，无效要问责']",
    'mt05_company_annual_meeting_docx': "first run at stop 31 (on bff4501), not mended: sub-points of 坚持市场导向，稳住订… read [], the writer's ['巩固国内重点客户，对前二十名客户实行“一客一策”，由公司领导分片包干，确保份额不降', '开拓“一带一路”沿线市场，在东南亚设立两个办事处，全年海外订单占比提高到百分之二十五']; sub-points of 坚持精益管理，向内挖… read [], the writer's ['采购降本，推行集中招标和战略采购，主要原材料采购成本下降百分之三', '制造降本，在全部车间推行精益生产，减少在制品库存和停机时间', '管理降本，压缩非生产性开支，办公费用同比下降百分之十']",
    'mt06_tech_forum_transcript': "first run at stop 31 (on bff4501), not mended: title read '在科技型企业座谈会上的讲话', the writer's '副市长沈嘉禾在科技型企业座谈会上的讲话（录音整理）'; sub-points of 大家反映的问题，我们… read [], the writer's ['融资难，特别是初创期的企业，没有抵押物，银行不敢贷', '用地贵，有的企业想扩产，找不到合适的标准厂房', '人才留不住，招来的研究生干两年就去了大城市']; sub-points of 政府这边要改进服务 read [], the writer's ['一条是政策要直达', '再一条是服务要靠前']",
    'mt07_health_village_clinics_wechat': "first run at stop 31 (on bff4501), partly mended since; what remains: sub-points of 摸清底数，分类推进 read [], the writer's ['基本达标类，共四十一个，房屋产权清晰、设备基本齐全、有一名以上执业医师，今年主要是查漏补缺', '部分达标类，共六十三个，主要问题是用房面积不足或者诊室、治疗室、药房没有分开，今年要通过改扩建解决', '未达标类，共二十三个，有的是租用民房，有的是没有合格的乡村医生，这一类是今年攻坚的重点，要一村一策制定方案']",
    'mt08_youth_volunteer_award_short': "first run at stop 31 (on bff4501), not mended: points read [], the writer's ['做有温度的志愿者，把群众的小事当成自己的大事，用心用情做好每一次服务', '做有专业的志愿者，在应急救援、心理疏导、助老助残等方面多学本领，让服务更精准', '做有坚持的志愿者，志愿服务贵在长久，不要一阵风，要细水长流']",
    'mt09_city_economic_work_long': "first run at stop 31 (on bff4501), not mended: sub-points of 客观看待今年全市经济… read [], the writer's ['经济总量迈上新台阶，地区生产总值首次突破三千五百亿元，在全省的位次前移一位', '产业结构呈现新变化，新能源、新材料、生物医药三大新兴产业产值占规上工业比重达到百分之三十八，比上年提高四个百分点', '改革开放取得新突破，国企改革深化提升行动扎实推进，综合保税区获批设立，实际利用外资增长百分之十二', '民生福祉得到新改善，城镇新增就业六万二千人，新建改扩建中小学幼儿园三十六所，十件民生实事全部完成']; sub-points of 准确把握明年经济工作… read [], the writer's ['稳和进的关系，稳是大局，进是方向，既要守住稳的底线，又要在转方式、调结构、提质量、增效益上积极进取', '立和破的关系，传统产业是我们的家底，不能在新的动能还没有形成之前就把旧的丢掉，要先立后破、有序转换', '当前和长远的关系，既要抓好眼前的稳增长、保民生，又要着眼长远，谋划一批打基础、利长远的大事要事']; sub-points of 切实加强党对经济工作… read [], the writer's ['思想认识到位，各级党委要经常研究经济形势，把握经济工作的主动权，不能当“甩手掌柜”', '工作推动到位，对确定的重点任务，要建立台账、明确责任、挂图作战，一项一项抓落实', '作风转变到位，要大兴调查研究之风，多到企业、项目、基层一线去，帮助解决实际问题，坚决反对形式主义、官僚主义']",
    'mt11_food_safety_glued': "first run at stop 31 (on bff4501), not mended: sub-points of 坚持源头严防，守好农… read [], the writer's ['管住农资，开展禁限用农药专项整治，严厉打击违规销售', '管住种养过程，推行食用农产品承诺达标合格证制度，全县规模以上种养基地实现全覆盖', '管住产地准出，每个乡镇农产品快检室每月抽检不少于两百批次']; sub-points of 坚持过程严管，织密生… read [], the writer's ['底数摸排到位，建立一户一档', '分级监管到位，按照风险高低确定检查频次', '校园食品安全管理到位，落实校长陪餐制度和食堂“明厨亮灶”', '网络订餐监管到位，督促平台落实入网审查责任']; closing read '', the writer's '同志们，食品安全是“吃”出来的民'",
    'mt12_university_new_faculty_docx': "first run at stop 31 (on bff4501), not mended: sub-points of 站稳讲台 read [], the writer's ['备课不能偷懒，每一节课都要有完整的教案，不能拿着别人的课件照本宣科', '跟学生互动，现在的学生获取知识的渠道很多，老师一味地讲，学生就会低头看手机']; sub-points of 关爱学生 read [], the writer's ['多花时间和学生交流，不要下课就走', '多关注有困难的学生，发现问题及时和辅导员沟通']",
    'mt13_party_lecture_style_notes': "first run at stop 31 (on bff4501), not mended: title read '专题党课', the writer's '专题党课｜把作风建设落到每一件小事上'; sub-points of 作风问题往往藏在小事… read [], the writer's ['第一种是“慢”，一件不动产登记的事，该三天办完的拖了半个月', '第二种是“推”，群众来问事，一句“这不归我们管”就打发走了', '第三种是“虚”，材料写得漂亮，台账做得齐全，但实际问题没有解决']; sub-points of 作风建设要从自身做起 read [], the writer's ['第一种是思想上松了，觉得差不多就行', '第二种是制度上空了，规定定了不执行，执行了不检查']",
    'mt14_cppcc_elderly_care_web': "first run at stop 31 (on bff4501), not mended: sub-points of 充分认识优化居家养老… read [], the writer's ['服务供给不足，全县社区养老服务站覆盖率只有百分之六十，农村地区更低', '服务质量不高，不少服务站只提供场地，缺少助餐、助浴、助医等实质性服务', '服务人员短缺，护理员普遍年龄偏大、待遇偏低、流动性大']; sub-points of 认真吸纳委员们的意见… read [], the writer's ['推行“中央厨房＋社区配送”的老年助餐模式', '把适老化改造纳入老旧小区改造一并实施', '探索“时间银行”等互助养老方式，鼓励低龄老人帮助高龄老人']",
    'mt15_hospital_quality_pdf': "first run at stop 31 (on bff4501), not mended: sub-points of 对医疗质量问题要有紧… read [], the writer's ['一条是核心制度执行不到位，三级查房流于形式，术前讨论记录雷同，会诊不及时的情况时有发生', '再一条是不良事件上报不积极，有的科室怕扣分、怕追责，瞒报漏报，小问题拖成了大纠纷']; sub-points of 以安全文化筑牢质量防… read [], the writer's ['培训，全院医护人员每年参加医疗安全培训不少于十二学时，新入职人员岗前培训必须有医疗安全内容', '激励，对主动报告不良事件、有效避免差错的个人，医院给予奖励，真正做到“无惩罚性上报”']",
    'mt16_county_organization_work_long': "first run at stop 31 (on bff4501), not mended: sub-points of 充分肯定过去一年全县… read [], the writer's ['政治引领更加有力，扎实开展党纪学习教育，全县各级党组织开展集中学习一千二百余场次，党员干部纪律意识明显增强', '选人用人导向更加鲜明，坚持事业为上、以事择人，全年提拔重用科级干部八十六名，其中来自重点项目和基层一线的占百分之六十以上', '基层基础更加坚实，全面完成村（社区）“两委”换届后的履职培训，整顿转化软弱涣散村党组织十二个', '人才支撑更加有效，出台“南塘英才”十条措施，全年引进各类人才四百二十名', '自身建设更加过硬，组织部门“讲政治、重公道、业务精、作风好”的形象进一步树立']; sub-points of 坚持人才引领，打造区… read [], the writer's ['在引才上要精准，围绕主导产业和重点项目需求，编制人才需求目录，变“撒网式”引才为“定向式”引才', '在用才上要放手，给人才压担子、给舞台，让人才在重大项目、重点课题中唱主角', '在留才上要用心，落实好住房、子女入学、配偶就业等保障政策，让人才安心、舒心、放心']; closing read '同志们，新的一年，组织工作任务艰巨而光荣', the writer's '同志们，组织工作是党的建设的重要'",
    'mt17_high_school_graduation_transcript': "first run at stop 31 (on bff4501), not mended: title read '校长在2025届毕业典礼上的讲话', the writer's '校长在2025届毕业典礼上的讲话（现场录音整理稿）'; sub-points of 做一个有目标的人 read [], the writer's ['每天都读点书，哪怕只读十页', '做事不拖拉，今天的事今天做完']",
    'mt18_water_group_youth_wechat': "first run at stop 31 (on bff4501), not mended: title read '原创 清源水务集团党群工作部', the writer's '五四青年节｜集团党委书记与青年员工面对面'; speaker read None, the writer's '钟瀚'; points read [], the writer's ['把个人成长融入企业发展', '在急难险重任务中经受磨炼']",
    'mt19_township_investment_pledge_docx': "first run at stop 31 (on bff4501), not mended: sub-points of 抓谋划，在精准招商上… read [], the writer's ['明确目标企业，建立重点目标企业库，今年锁定长三角、珠三角的五十家企业开展重点攻关', '明确招商方式，以商招商、驻点招商、节会招商多管齐下，镇里组建三个驻外招商小分队', '明确责任分工，班子成员每人包保两个以上重点项目，一包到底']",
    'mt20_env_inspection_rectify': "first run at stop 31 (on bff4501), not mended: sub-points of 分类施策，确保反馈问… read [], the writer's ['第一种情况是已经有明确方案、正在推进的，比如城北污水处理厂提标改造，要倒排工期，确保九月底前投入运行', '第二种情况是涉及历史遗留问题、需要多部门协调的，比如老工业区的土壤污染治理，区里成立专班，由我牵头，每半个月调度一次', '第三种情况是需要长期坚持、动态清零的，比如餐饮油烟扰民、建筑工地扬尘这类问题，要建立常态化巡查机制，发现一起、整改一起']",
    'mt21_street_waste_sorting_notes': "first run at stop 31 (on bff4501), not mended: sub-points of 把宣传发动做到家家户… read [], the writer's ['抓好入户宣传，社区网格员、楼栋长、志愿者要分片包干，把分类指南送到每一户', '抓好小手拉大手，联合辖区中小学、幼儿园开展垃圾分类主题活动，让孩子带动家长', '抓好典型引领，每个社区每季度评选一批“分类示范户”，在小区宣传栏公示']; sub-points of 把督导考核做到常态长… read [], the writer's ['定时定点督导制度，早晚投放高峰期，每个投放点都要有督导员值守，手把手教居民分类', '月度考评制度，街道每月对各社区、各物业公司进行考评，考评结果在街道工作群通报，并与社区工作经费、物业服务质量评价挂钩']",
    'mt22_bank_branch_midyear_web': "first run at stop 31 (on bff4501), not mended: speaker read '小】【打印】', the writer's '左敬之'; sub-points of 坚定不移抓好业务发展 read [], the writer's ['抓存款稳增长，以代发工资、收单结算、养老金融为抓手，做大低成本核心存款，力争三季度末存款增量达到全年任务的百分之八十', '抓贷款投放，聚焦科技金融、绿色金融、普惠金融，加快项目储备和审批投放，确保贷款增量稳中有进']; sub-points of 持之以恒抓好合规经营 read [], the writer's ['坚持制度先行，对各项业务制度和操作规程进行一次全面梳理，堵塞制度漏洞', '坚持检查常态，内控合规部门要加大检查频次，对重点业务、重点岗位开展专项检查', '坚持问责从严，对违规行为，发现一起、处理一起，决不搞下不为例']",
    'mt23_city_business_environment_pdf': "first run at stop 31 (on bff4501), not mended: sub-points of 深刻认识优化营商环境… read [], the writer's ['优化营商环境是稳增长的现实需要，当前我市经济恢复的基础还不稳固，民间投资增速持续低于全部投资，企业预期偏弱、信心不足，在这种情况下，提振市场信心，最直接、最有效的办法就是优化营商环境，让企业家敢投资、愿投资', '优化营商环境是转型升级的长远之计，我市正处在新旧动能转换的关键期，要吸引新兴产业项目、集聚高端要素资源，必须靠一流的营商环境，靠政策红利是一时的，靠环境才是长久的']; sub-points of 强化组织保障，确保各… read [], the writer's ['“不作为”的问题，有的干部怕担责任，该办的事不办，能办的事拖着办，企业跑一次两次三次还办不成', '“乱作为”的问题，有的干部把手中的权力当作谋取私利的工具，吃拿卡要、雁过拔毛']",
    'mt24_host_script_short': "first run at stop 31 (on bff4501), not mended: points read ['请县人武部军事科科长作通报', '请县政府办公室副主任宣读征兵工作命令', '请县委副书记、县长作讲话，大家欢迎'], the writer's []",
    'mt25_village_meeting_transcript': "first run at stop 31 (on bff4501), not mended: title read '何永贵（村党支部书记）：', the writer's ''; speaker read None, the writer's '何永贵'; sub-points of 村里那条通组路的事 read [], the writer's ['钱的问题，上面补的钱不够，差的大概二十来万，村集体出一部分，剩下的看能不能发动在外面做生意的老乡捐一点，不搞摊派，自愿', '地的问题，路要拓宽到四米五，沿线有十一户的地要占一点，多的一户占七八分，少的就几厘，按照县里的标准给补偿', '工的问题，能用本村的劳力就用本村的劳力，工钱照给，肥水不流外人田嘛']; sub-points of 村里的卫生 read [], the writer's ['各家各户管好自家门前，垃圾倒到垃圾桶里，不要往河沟里倒', '每个组选一个卫生监督员，每个月评一次，评得好的，村里发点洗衣粉、肥皂，评得差的，名字贴到公示栏上去']; closing read '', the writer's '嗯，就这两个事。那个，大家看看还'",
    'mu06_wechat_grad_labels': "first run at stop 31 (on bff4501), partly mended since; what remains: closing read '同学们，标签是别人贴给你的，名字是你自己', the writer's '这三个“不被定义”，说到底'",
    'mu07_primary_spring_opening_transcript': "first run at stop 31 (on bff4501), not mended: title read '柳塘镇中心小学2026年春季开学典礼校长讲话', the writer's '柳塘镇中心小学2026年春季开学典礼校长讲话（根据录音整理，未经本人审阅）'; points read ['我希望大家做一个讲文明的孩子', '我希望大家做一个爱读书的孩子', '做一个注意安全的孩子', '上网的问题'], the writer's ['我希望大家做一个讲文明的孩子', '我希望大家做一个爱读书的孩子', '做一个注意安全的孩子']; closing read '老师们，新学期的工作已经全面铺开了，大家', the writer's '好，这三件事，文明、读书、安全'",
    'mu09_univ_teachers_day_awards': "first run at stop 31 (on bff4501), not mended: sub-points of 对全体教师的几点希望 read [], the writer's ['以德立身，始终把师德师风作为第一标准，做学生为学、为事、为人的示范', '以学立教，把最新的医学进展和临床经验带进课堂，不断提高教学水平', '以爱育人，关心学生的学业，也关心他们的心理和生活，做学生成长的引路人']",
    'mu10_school_anniversary_gala_short': "first run at stop 31 (on bff4501), not mended: speaker read None, the writer's '蔡永和'; closing read '', the writer's '下面，就让我们把舞台交给'",
    'mu12_univ_grad_long_stories': "first run at stop 31 (on bff4501), not mended: points read ['几位老师', '几位同学', '请善待自己，也善待他人', '请记得常回来看看'], the writer's ['那些教会我们的人', '那些我们走过的路', '那些我们一起经历的时刻', '那些还要去做的事']",
    'mu13_web_opening_glued_three_hopes': "first run at stop 31 (on bff4501), not mended: points read [], the writer's ['立志向，把个人的理想同国家和社会的需要结合起来，早一点想清楚自己大学四年要成为什么样的人，不要随波逐流', '勤学习，珍惜在校的宝贵时光，认真上好每一堂课，多泡图书馆、多进实验室，把知识学扎实、把本领练过硬', '强体魄，坚持每天锻炼一小时，养成规律作息的好习惯，少熬夜、少刷手机，以健康的身体和阳光的心态迎接大学生活']",
    'mu19_high_school_opening_count_not_kept': "first run at stop 31 (on bff4501), not mended: closing read '同学们，品德不是一天养成的，它是在一件件', the writer's '好，时间关系，第三点我就'",
    'mu20_wechat_nursing_college_grad': "first run at stop 31 (on bff4501), not mended: title read '一起来看——', the writer's '毕业季 | 校长寄语：愿你成为有温度的白衣天使'; speaker read None, the writer's '谭慧君'; sub-points of 「对自己，也要有温度… read [], the writer's ['按时吃饭', '好好睡觉', '学会倾诉']; closing read '同学们，只有先照顾好自己，才能更好地照顾', the writer's '亲爱的同学们，南丁格尔说过'",
    'mu22_grad_students_opening_transcript_long': "first run at stop 31 (on bff4501), not mended: points read ['关于一本实验记录本的', '关于一个“失败”的课题的', '关于一个门卫的', '请记住那些为你们守门的人', '请照顾好自己的身体', '请做一个有温度的知识分子'], the writer's ['关于一本实验记录本的', '关于一个“失败”的课题的', '关于一个门卫的']; closing read '同学们，这三个故事，一个关于诚实，一个关', the writer's '好，三个故事讲完了。'",
    'mu23_web_high_school_120th_anniversary': "first run at stop 31 (on bff4501), not mended: title read '百廿汀中\\u3000弦歌不辍', the writer's '百廿汀中\\u3000弦歌不辍——校长廖振邦在建校120周年庆祝大会上的讲话'",
    'mu24_medical_univ_grad_bold_lines_docx': "first run at stop 31 (on bff4501), not mended: closing read '同学们，你们即将离开学校，走向全国各地的', the writer's '中医药的未来，在你们手中'",
    'mu25_kindergarten_teachers_day_toast': "first run at stop 31 (on bff4501), not mended: closing read '这一年，大家辛苦了。小班的老师们，开学头', the writer's '我没有什么大道理要讲'",
    'mv02_rd_training_class_notes': "first run at stop 31 (on bff4501), not mended: closing read '', the writer's '最后讲一句。你们今天是学员'",
    'mv05_chengdu_staff_qa_transcript': "first run at stop 31 (on bff4501), not mended: speaker read None, the writer's '钟启明'",
    'mv08_cadre_school_long_talk': "first run at stop 31 (on bff4501), not mended: sub-points of 什么样的人能当干部 read ['有成功的实践经验', '有自我批判的精神', '能吃苦', '有全局观'], the writer's ['有成功的实践经验', '有自我批判的精神', '能吃苦', '有全局观', '第五条我本来不想讲，但是想了想还是讲一下，就是要有一点理想']; closing read '最后，我想对大家说几句心里话。公司走到今', the writer's '讲了这么多，其实归结起来就是'",
    'mv09_wechat_customer_first': "first run at stop 31 (on bff4501), not mended: sub-points of 我们的产品离客户还有… read [], the writer's ['把简单留给客户，把复杂留给自己', '让研发人员直接听到客户的抱怨，不要经过层层转述', '把易用性放进产品的考核，跟性能指标一样重要']",
    'mv10_north_region_quarterly_glued': "first run at stop 31 (on bff4501), not mended: speaker read '2022年10月15日，沈阳', the writer's '韩立峰'",
    'mv12_forum_post_dash_points': "first run at stop 31 (on bff4501), not mended: speaker read '电邮讲话〔2023〕006号', the writer's '陆秉文'; closing read '', the writer's '这些成绩，是大家用汗水换来的'",
    'mv13_device_rally_impromptu': "first run at stop 31 (on bff4501), not mended: salutation read '', the writer's '大家好'",
    'mv19_bangalore_forum_transcript_qa': "first run at stop 31 (on bff4501), not mended: salutation read '', the writer's '各位同事'; closing read '主持人：时间关系，提问就到这里。再次感谢', the writer's '好，我就讲这么多，下面大家提问'",
    'mv21_annual_gala_toast_short': "first run at stop 31 (on bff4501), not mended: closing read '', the writer's '来，我提议，为了我们过去一年'",
    'mv22_audit_staff_dialogue_docx': "first run at stop 31 (on bff4501), not mended: speaker read None, the writer's '唐佑森'; closing read '', the writer's '好，我就先讲这四条。下面大家'",
    'mw03_community_lecture_webpage': "first run at stop 31 (on bff4501), not mended: title read '让党的创新理论“飞入寻常百姓家”', the writer's '让党的创新理论“飞入寻常百姓家”——在青石街道“百姓宣讲团”首场宣讲会上的宣讲稿'",
    'mw04_district_newforces_pdf': "first run at stop 31 (on bff4501), not mended: sub-points of 清醒认识我区发展新质… read ['创新投入总体不足，全社会研发经费投入强度低于全市平均水平', '高端人才引不来、留不住的问题比较突出', '部分企业数字化转型意愿不强，“不想转、不敢转、不会转”的现象仍然存在'], the writer's []",
    'mw06_village_lecture_transcript_short': "first run at stop 31 (on bff4501), not mended: salutation read '', the writer's '乡亲们'",
    'mw09_culture_lecture_glued': "first run at stop 31 (on bff4501), not mended: title read '坚定文化自信\\u3000建设文化强县', the writer's '坚定文化自信\\u3000建设文化强县——在县委宣传部专题党课上的讲话'",
    'mw10_university_college_party_lecture': "first run at stop 31 (on bff4501), not mended: sub-points of 以学铸魂，要在真学真… read [], the writer's ['坚持读原著学原文，不能满足于二手资料、碎片信息', '坚持问题导向，带着教学科研、学习生活中的困惑去学', '坚持常学常新，把理论学习作为终身课题']",
    'mw18_water_bureau_study_exchange_web': "first run at stop 31 (on bff4501), not mended: title read '局党组书记在县委理论学习中心组专题研讨会上的交流发言', the writer's '以“三个聚焦”推动学习成果转化为治水兴水实效'; sub-points of 聚焦防汛保安，守牢安… read [], the writer's ['加快剩余四座病险水库除险加固', '完善山洪灾害监测预警系统', '每年至少组织两次防汛实战演练']",
    'mw19_retired_cadre_party_history_transcript': "first run at stop 31 (on bff4501), not mended: speaker read '市离退休干部党委“银发宣讲团”\\u3000高振国', the writer's '高振国'; points read ['讲讲我为什么入党', '我们厂是怎么一步步走过来的', '我想跟年轻人说几句心里话', '还有一条，我特别想说：要相信组织、依靠组织'], the writer's ['讲讲我为什么入党', '我们厂是怎么一步步走过来的', '我想跟年轻人说几句心里话']",
    'mw21_ecology_bureau_study_report_docx': "first run at stop 31 (on bff4501), not mended: closing read '', the writer's '局党组将以此次专题学习为新的起点'",
    'mw25_micro_party_lesson_short': "first run at stop 31 (on bff4501), not mended: title read '讲话稿', the writer's '微党课｜一盏马灯的故事'; closing read '谢谢大家！', the writer's '希望我们每一名党员都能做这样一'",
    'mx03_township_flood_prevention_short': "first run at stop 31 (on bff4501), not mended: closing read '就讲这些。', the writer's '防汛工作人命关天。我们宁可'",
    'mx05_bureau_party_building_wechat': "first run at stop 31 (on bff4501), not mended: sub-points of 在强化政治建设上下功… read ['坚持把学习贯彻党的创新理论作为首要政治任务', '严明政治纪律和政治规矩，对上级决策部署，坚决做到令行禁止，不搞变通、不打折扣', '严肃党内政治生活，认真开好民主生活会和组织生活会，真正让批评和自我批评红红脸、出出汗'], the writer's []",
    'mx07_district_grassroots_governance_transcript': "first run at stop 31 (on bff4501), not mended: points read ['我想讲讲认识问题', '讲讲方法问题', '把数字化用起来', '讲讲作风问题'], the writer's ['我想讲讲认识问题', '讲讲方法问题', '讲讲作风问题']",
    'mx08_county_rural_revitalization_notes': "first run at stop 31 (on bff4501), not mended: title read '全县乡村振兴重点工作推进会讲话稿', the writer's '在全县乡村振兴重点工作推进会上的讲话'; sub-points of 认清形势，增强抓好乡… read [], the writer's ['成绩要肯定', '问题要正视']",
    'mx12_county_organs_party_lecture_pdf': "first run at stop 31 (on bff4501), not mended: sub-points of 以过硬作风推动各项工… read ['坚持把理论学习作为锤炼党性的首要任务，在学深悟透中筑牢信仰之基', '坚持把服务群众作为检验作风的根本标准，在为民办事中践行初心使命', '坚持把担当作为作为干部考评的重要导向，在攻坚克难', '坚持把纪律规矩挺在前面，在严管厚爱中营造风清气正的政治生态'], the writer's ['坚持把理论学习作为锤炼党性的首要任务，在学深悟透中筑牢信仰之基', '坚持把服务群众作为检验作风的根本标准，在为民办事中践行初心使命', '坚持把担当作为作为干部考评的重要导向，在攻坚克难中展现能力本领', '坚持把纪律规矩挺在前面，在严管厚爱中营造风清气正的政治生态']",
    'mx17_city_investment_promotion_wechat': "first run at stop 31 (on bff4501), not mended: sub-points of 坚持项目落地见效，在… read [], the writer's ['建立签约项目跟踪服务机制，对每个签约项目明确一名服务专员，从签约到投产全程跟踪', '开展“签约未落地”项目清理，对长期不动的项目逐一分析原因，能推进的加快推进，不能推进的及时清出']",
    'mx18_district_civilized_city_pdf': "first run at stop 31 (on bff4501), partly mended since; what remains: sub-points of 聚焦测评标准，全力攻… read ['在城市环境综合整治上持续用力，着力解决脏乱差问题', '在公共服务设施建设上补齐短板，着力提升群众生活便利度', '在市民文明素质提升上久久为功，着力培育向上', '在未成年人思想道德建设上精准发力，着力营造健康成长的良好环境'], the writer's ['在城市环境综合整治上持续用力，着力解决脏乱差问题', '在公共服务设施建设上补齐短板，着力提升群众生活便利度', '在市民文明素质提升上久久为功，着力培育向上向善的社会风尚', '在未成年人思想道德建设上精准发力，着力营造健康成长的良好环境']",
    'mx22_district_cppcc_inspection_short': "first run at stop 31 (on bff4501), not mended: sub-points of 着力解决突出问题 read [], the writer's ['改造内容与群众需求衔接不够，有的小区“改了不想要的，想要的没改”', '施工管理不够规范，扰民问题较多', '长效管理跟不上，改造后又出现乱搭乱建']",
    'mx23_city_food_safety_webpaste': "first run at stop 31 (on bff4501), not mended: points read ['正视问题，充分认识食品安全工作的复杂性', '聚焦重点，全链条守护', '压实责任，构建食品安全共治共享格局'], the writer's ['正视问题，充分认识食品安全工作的复杂性', '聚焦重点，全链条守护“舌尖上的安全”', '压实责任，构建食品安全共治共享格局']",
    'mi01_cloud_native_gateway_talk': "first run at stop 31 (on 6f21f85), partly mended since; what remains: closing read '技术选型从来不是一锤子买卖。服务网格不是', the writer's '写在最后'",
    'mi02_db_tuning_wechat': "first run at stop 31 (on 6f21f85), not mended: title read '数据库慢查询治理：一个中型团队的三年实践｜技术沙龙回顾', the writer's '数据库慢查询治理：一个中型团队的三年实践'; salutation read '', the writer's '大家好'",
    'mi04_python_live_course_transcript': "first run at stop 31 (on 6f21f85), not mended: salutation read '', the writer's '各位同学，晚上好'; points read ['缺失值', '重复值', '格式不统一'], the writer's ['那我们先说第一个，缺失值', '重复值', '格式不统一']; closing read '今天就到这里，谢谢大家，我们下周同一时间', the writer's '好，时间过得很快，已经九点半了'",
    'mi05_lightning_talk_ci_cache': "first run at stop 31 (on 6f21f85), partly mended since; what remains: salutation read '', the writer's '大家好'",
    'mi06_devcon_cto_keynote_webpage': "first run at stop 31 (on 6f21f85), not mended: speaker read None, the writer's '梁正川'",
    'mi08_distributed_storage_deep_dive': "first run at stop 31 (on 6f21f85), partly mended since; what remains: speaker read None, the writer's '许怀瑾'; points read ['第一次重构：从单机数据库到分库分表', '第二次重构：引入有序的分布式KV', '第三次重构：元数据与命名空间分离', '我们现在在想什么', '总结'], the writer's ['第一次重构：从单机数据库到分库分表', '第二次重构：引入有序的分布式KV', '第三次重构：元数据与命名空间分离', '我们现在在想什么']; closing read '', the writer's '总结'",
    'mi11_observability_webinar_qa': "first run at stop 31 (on 6f21f85), partly mended since; what remains: title read '网络研讨会实录', the writer's '告警风暴怎么治：一家支付公司的可观测性实践'; salutation read '', the writer's '各位观众朋友，大家晚上好'",
    'mi13_observability_bold_leads': "first run at stop 31 (on 6f21f85), not mended: salutation read '', the writer's '大家好'; points read ['为什么要做减法', '我们留下了哪几个数', '怎么让这几个数真正“管用”', '最后'], the writer's ['为什么要做减法', '我们留下了哪几个数', '怎么让这几个数真正“管用”']; closing read '', the writer's '最后'",
    'mi15_frontend_perf_live_course_long': "first run at stop 31 (on 6f21f85), not mended: speaker read None, the writer's '钟予安'; salutation read '', the writer's '直播间的同学们，大家晚上好'; points read ['第一张地图：时间地图', '第二张地图：资源地图', '第三张地图：决策地图', '小结', '课堂答疑'], the writer's ['第一张地图：时间地图', '第二张地图：资源地图', '第三张地图：决策地图']; closing read '好，时间差不多了，我们下期直播再见！', the writer's '四、小结'",
    'mi16_llm_app_wechat_lost_blanks': "first run at stop 31 (on 6f21f85), not mended: speaker read None, the writer's '翟星野'; sub-points of 成本之墙 read [], the writer's ['分流', '缓存', '压缩上下文']",
    'mi19_meetup_host_agenda_short': "first run at stop 31 (on 6f21f85), not mended: salutation read '', the writer's '各位朋友，下午好'; points read ['14:10《Kubernetes调度器扩展实战》，讲者：邓知远', '14:50《用eBPF看清容器网络》，讲者：曹一帆', '15:30茶歇与自由交流', '15:50《中小团队的GitOps落地》，讲者：冉秋实', '16:30圆桌讨论与抽奖'], the writer's []; closing read '', the writer's '好，下面让我们用热烈的掌声'",
    'mi20_maintainer_livestream_transcript': "first run at stop 31 (on 6f21f85), not mended: closing read '', the writer's '主持人：时间过得好快，最后请范老师'",
    'mi21_stream_processing_meetup_count_not_kept': "first run at stop 31 (on 6f21f85), not mended: salutation read '', the writer's '大家好'; closing read '时间关系，对后来者的建议这部分我就不展开', the writer's '写在最后'",
    'mi23_university_forum_webpage_runin': "first run at stop 31 (on 6f21f85), not mended: title read '数据库系统的下一个十年', the writer's '数据库系统的下一个十年——何嘉言教授在第三届“湾区数据库青年论坛”上的主旨演讲'; sub-points of 我想谈谈硬件变化带来… read [], the writer's ['新型存储介质对存储引擎设计的影响，持久性内存、高速固态盘让读写的代价模型完全变了，很多为磁盘设计的结构需要重新审视', '异构计算对查询执行的影响，图形处理器、可编程网卡、近存计算器件，怎样把合适的算子放到合适的硬件上，是一个很有意思的优化问题', '分离式架构对系统设计的影响，计算、内存、存储通过高速网络池化以后，事务处理和故障恢复的机制都需要重新设计']",
    'mi24_rust_rewrite_talk': "first run at stop 31 (on 6f21f85), partly mended since; what remains: salutation read '', the writer's '大家好'",
    'mi25_webinar_series_closing_short': "first run at stop 31 (on 6f21f85), not mended: speaker read None, the writer's '阮清禾'; points read [], the writer's ['谢谢八位讲师，他们都是一线的工程师，备一节课往往要花掉好几个周末', '谢谢助教团队，每天晚上在群里答疑到十一二点', '谢谢每一位坚持听到今天的同学，你们的提问让这门课变得比我们最初设计的更好']; closing read '再次感谢大家，我们下一季再见！', the writer's '所有课程的回放和课件会一直保留'",
    'mj01_student_union_recruit_notes': "first run at stop 31 (on 6f21f85), partly mended since; what remains: closing read '谢谢大家！', the writer's '说了这么多，其实一句话'",
    'mj02_flag_speech_spring': "first run at stop 31 (on 6f21f85), not mended: title read '初二（3）班  宋佳琪', the writer's '国旗下讲话：春天里的约定'; speaker read None, the writer's '宋佳琪'",
    'mj03_class_five_minute_talk': "first run at stop 31 (on 6f21f85), not mended: closing read '我的演讲就到这里，谢谢大家。', the writer's '所以我想建议大家，有空的时候'",
    'mj05_teacher_rep_opening_webpage': "first run at stop 31 (on 6f21f85), partly mended since; what remains: points read ['我们的承诺', '我们的希望'], the writer's ['先说我们的承诺', '再说我们的希望']",
    'mj06_class_meeting_transcript': "first run at stop 31 (on 6f21f85), not mended: title read '高二（7）班期中考试总结班会 班主任讲话', the writer's '高二（7）班期中考试总结班会 班主任讲话（录音整理）'",
    'mj07_jekyll_note_taking_talk': "first run at stop 31 (on 6f21f85), partly mended since; what remains: speaker read '阿澄', the writer's '许澄'; closing read '', the writer's '好了，啰啰嗦嗦讲了这么多'",
    'mj09_senior_grad_rep_wechat': "first run at stop 31 (on 6f21f85), partly mended since; what remains: closing read '最后，写给三年前那个有点胆小的自己。你曾', the writer's '同学们，今天我们从这里出发'",
    'mj10_student_union_president_inaugural': "first run at stop 31 (on 6f21f85), not mended: points read [], the writer's ['把权益服务做实，建立“每周一信箱、每月一座谈”制度，同学们反映的问题，三个工作日内给出答复，办不了的也要说清楚为什么办不了', '把作风建设抓严，取消各部门内部不必要的例会和打卡，杜绝“官僚味”，所有经费使用情况每学期在公众号公开一次', '把品牌活动办精，保留“十佳歌手”“宿舍文化节”等大家喜欢的活动，对参与度低的活动该合并的合并、该取消的取消，不搞形式主义，不为办活动而办活动']; closing read '各位老师，各位同学，一年的任期很短，短到', the writer's '当然，光有想法是不够的'",
    'mj12_flag_speech_safety_webpage': "first run at stop 31 (on 6f21f85), not mended: title read '珍爱生命，安全伴我行', the writer's '珍爱生命，安全伴我行——第十六周国旗下讲话'; speaker read None, the writer's '孔令华'",
    'mj13_pre_class_talk_hometown_draft': "first run at stop 31 (on 6f21f85), not mended: title read '[x] 控制在5分钟[ ] 找两张老照片放PPT（问妈妈要）', the writer's '我的家乡在海边'; points read ['海', '人', '变化'], the writer's ['先说海', '再说人', '最后说变化']; closing read '', the writer's '讲到这里，大家可能会发现'",
    'mj15_jekyll_kaoyan_sharing_long': "first run at stop 31 (on 6f21f85), partly mended since; what remains: closing read '', the writer's '好了，我要讲的大概就是这些'",
    'mj17_new_media_center_recruit_wechat': "first run at stop 31 (on 6f21f85), not mended: closing read '', the writer's '好啦，最后想说，新媒体中心'",
    'mj18_flag_speech_three_points_two_kept': "first run at stop 31 (on 6f21f85), not mended: title read '让书香伴我们成长', the writer's '让书香伴我们成长——国旗下讲话'",
    'mj21_class_monitor_opening_remarks': "first run at stop 31 (on 6f21f85), not mended: salutation read '', the writer's '同学们'",
    'mj23_teacher_rep_spring_term_webpage': "first run at stop 31 (on 6f21f85), partly mended since; what remains: title read '[新闻动态] 教师代表杜晓燕在2025年春季开学典礼上的发言', the writer's '教师代表杜晓燕在2025年春季开学典礼上的发言'",
    'mj24_speech_contest_night_lamp': "first run at stop 31 (on 6f21f85), partly mended since; what remains: closing read '同学们，我们常常说榜样，总觉得榜样应该是', the writer's '我希望，以后我们每一次走过北门'",
    'mj25_student_congress_work_report_pdf': "first run at stop 31 (on 6f21f85), not mended: sub-points of 存在的问题和不足 read [], the writer's ['联系同学还不够广泛，部分活动的参与者总是“熟面孔”，对普通同学、特别是少数民族同学和家庭经济困难同学的关注不够', '工作创新还不够充分，有些活动年年办、年年一个样，缺少吸引力', '队伍能力还有待提升，少数工作人员服务意识不强，存在重活动、轻服务的倾向']",
    'mk04_cadre_meeting_transcript': "first run at stop 31 (on 6f21f85), not mended: title read '在公司干部大会上的讲话', the writer's '林总在公司干部大会上的讲话（录音整理）'; speaker read '林总', the writer's None",
    'mk06_rnd_forum_webpage': "first run at stop 31 (on 6f21f85), not mended: sub-points of 研发体系要分层 read [], the writer's ['研究院管“明天”，主要做三到五年以后的前瞻技术和共性平台技术，考核看专利、看技术储备，不看当年的销售额', '事业部研发中心管“今天”，主要做面向市场的产品开发，考核看上市时间、看新产品销售、看毛利']",
    'mk10_new_manager_pledge_short': "first run at stop 31 (on 6f21f85), not mended: points read [], the writer's ['加强学习，尽快进入角色，三个月内走访全部重点客户和区域经销商，摸清家底', '带好队伍，坚持公开公平公正，不搞亲亲疏疏，让想干事的人有舞台、能干事的人有回报', '廉洁从业，严守公司各项规定，不该拿的一分不拿，不该去的地方坚决不去，自觉接受大家监督']; closing read '', the writer's '我一定不辜负组织的重托和大家的期望'",
    'mk11_rnd_forum_transcript': "first run at stop 31 (on 6f21f85), not mended: speaker read None, the writer's '周立群'; salutation read '', the writer's '同志们'; points read ['研发到底为谁服务', '研发的流程要改', '研发人员的待遇和发展', '培训'], the writer's ['研发到底为谁服务', '研发的流程要改', '研发人员的待遇和发展']; closing read '同志们，我们这个公司是靠技术起家的。十年', the writer's '好，我抓紧。本来我还想讲第四点'",
    'mk16_sales_retreat_glued_webpage': "first run at stop 31 (on 6f21f85), not mended: speaker read None, the writer's '欧阳明'; points read ['正视差距，找准位置我们常说自己是行业第三，但第三和第二之间差了多少', '渠道要下沉过去我们的主战场在省会城市和地级市，县级市场基本交给经销商自己去做', '队伍要精干营销系统现在有一千一百多人，人均销售额只有行业第一名的一半', '费用要算账我们上半年的市场费用率是百分之十四点八，同行业先进水平是百分之十一左右'], the writer's ['正视差距，找准位置', '渠道要下沉', '队伍要精干', '费用要算账']",
    'mk19_bootcamp_graduation_notes': "first run at stop 31 (on 6f21f85), partly mended since; what remains: sub-points of 守住做人做事的底线 read [], the writer's ['不拿不该拿的钱', '不说不该说的谎', '不做损害客户的事']",
    'mk21_new_manager_class_wechat': "first run at stop 31 (on 6f21f85), not mended: title read '总裁寄语｜写给新任经理们的三句话瑞丰人\\u3000瑞丰控股\\u30002017年04月11日 08:00', the writer's '总裁寄语｜写给新任经理们的三句话'; speaker read None, the writer's '邵振宇'",
    'mk22_1999_inauguration_glued': "first run at stop 31 (on 6f21f85), not mended: title read '老厂长1999年在新一届中层干部聘任大会上的讲话（旧文存档）楼主：怀旧的老钳工\\u3000发表于 2009-11-20 21:14', the writer's '在新一届中层干部聘任大会上的讲话'; speaker read None, the writer's '许长庚'; salutation read '', the writer's '同志们'; closing read '', the writer's '同志们，厂子这几年困难'",
    'mk24_marketing_retreat_transcript': "first run at stop 31 (on 6f21f85), not mended: points read ['我们为什么赢', '明年怎么打', '从卖产品转向卖方案', '把大客户部建起来', '加大对新人的培养'], the writer's ['我们为什么赢', '明年怎么打']; closing read '', the writer's '好，我就抛这么几块砖'",
    'ml08_youth_innovation_congress_transcript': "first run at stop 31 (on 6f21f85), not mended: salutation read '', the writer's '各位年轻的朋友们，各位来宾'; closing read '', the writer's '好，我就讲这么三点。'",
    'ml11_cross_border_ecommerce_glued': "first run at stop 31 (on 6f21f85), not mended: points read [], the writer's ['共建开放合作的跨境电商网络，推动海外仓、国际物流通道和跨境支付结算体系互联互通', '共促规则标准的对接互认，在通关监管、质量标准、消费者权益保护、数据流动等方面加强沟通协调', '共育跨境电商人才和品牌，支持企业从“卖产品”向“卖品牌”转变，让更多好产品在国际市场上叫得响、立得住']; closing read '临港将以更大力度优化发展环境。我们将深化', the writer's '女士们、先生们！大潮起珠江'",
    'ml13_east_asia_ocean_expo_pdf_long': "first run at stop 31 (on 6f21f85), not mended: closing read '最后，预祝本届博览会暨高峰论坛取得圆满成', the writer's '女士们、先生们、朋友们！'",
    'ml16_asean_trade_expo_opening_web': "first run at stop 31 (on 6f21f85), not mended: title read '第六届中国—东盟商贸合作博览会18日在桂海国际会展中心开幕。桂海市委书记邓启航出席开幕式并致辞。致辞全文如下：', the writer's '在第六届中国—东盟商贸合作博览会开幕式上的致辞'",
    'ml17_ai_conference_keynote_wechat': "first run at stop 31 (on 6f21f85), not mended: points read ['夯实算力和数据的基础', '突破关键核心技术', '培育开放的产业生态'], the writer's ['从“能用”到“好用”', '三个着力点', '守住安全和伦理的底线']",
    'ml19_smart_manufacturing_congress_docx': "first run at stop 31 (on 6f21f85), not mended: speaker read '代拟稿', the writer's None; sub-points of 以创新引领制造业升级 read [], the writer's ['建设一批智能制造创新中心和中试基地', '支持龙头企业牵头组建创新联合体，攻克工业软件、高端传感器、工业机器人等短板', '完善科技成果转化机制，让更多实验室成果走上生产线']",
    'ml20_food_security_forum_keynote_long_web': "first run at stop 31 (on 6f21f85), not mended: closing read '朋友们，本次论坛为期两天，设置了粮食安全', the writer's '女士们、先生们、朋友们！'",
    'ml21_film_week_closing_short': "first run at stop 31 (on 6f21f85), not mended: closing read '现在，我宣布：第四届海岚国际电影周闭幕！', the writer's '明年夏天，我们海边再见！'",
    'ml23_mountain_tourism_congress_translated_web': "first run at stop 31 (on 6f21f85), not mended: speaker read None, the writer's '米格尔·萨尔迪瓦尔'",
    'ml24_shipping_summit_keynote_notes': "first run at stop 31 (on 6f21f85), not mended: title read '2026东方国际航运峰会 主旨演讲', the writer's '在变局中稳航向\\u3000在合作中开新局'",
    'ml25_sister_cities_conference_docx': "first run at stop 31 (on 6f21f85), not mended: sub-points of 携手开创友城合作新局… read [], the writer's ['在经贸合作方面，要让友城合作更加务实', '在人文交流方面，要让友城情谊更加深厚', '在城市治理方面，要让友城经验更好共享']",
    'mm01_obsidian_q1_summary_talk': "first run at stop 31 (on 6f21f85), not mended: title read '[!note] 备注', the writer's ''",
    'mm02_notion_dept_meeting_march': "first run at stop 31 (on 6f21f85), not mended: points read ['三月份的几项重点工作基本按计划推进', '有两件事需要提请大家关注', '四月份的安排', '华北片区经销商培训，4月9日至11日，地点在石家庄，由小郭牵头', '配合销售部做好二季度促销政策的宣传物料，4月15日前定稿', '启动下半年品牌活动的方案策划，月底前拿出初稿给部门领导审'], the writer's ['三月份的几项重点工作基本按计划推进', '有两件事需要提请大家关注', '四月份的安排']; closing read '我就说这么多，谢谢。', the writer's '以上是我们组的情况。'",
    'mm04_section_chief_annual_report': "first run at stop 31 (on 6f21f85), not mended: sub-points of 存在的不足 read ['预算与业务结合还不够紧', '分析深度还不够', '本人在统筹协调方面还有欠缺，有时候忙于具体事务，对科室整体工作的谋划不够'], the writer's []; sub-points of 2024年工作打算 read [], the writer's ['把零基预算试点扩大到全公司所有部门', '在执行通报中增加专题分析，每季度至少形成一篇有针对性的分析报告', '探索建立预算绩效评价制度，选择5个以上重点项目开展绩效评价试点', '继续抓好科室队伍建设，带出一支懂业务、善分析、作风硬的预算管理团队']",
    'mm05_project_retro_crm_migration': "first run at stop 31 (on 6f21f85), not mended: sub-points of 踩过的坑 read ['低估了数据清洗的工作量', '权限设计返工', '沟通节奏前松后紧'], the writer's ['1低估了数据清洗的工作量', '2权限设计返工', '3沟通节奏前松后紧']",
    'mm06_short_weekly_meeting_remarks': "first run at stop 31 (on 6f21f85), not mended: title read '周例会发言', the writer's '周例会发言（4月15日）'; speaker read '4月15日', the writer's None",
    'mm07_web_campaign_workshop_director': "first run at stop 31 (on 6f21f85), not mended: sub-points of 我为什么敢来竞聘 read ['我懂生产', '我懂人', '我有一些管理经验'], the writer's []",
    'mm09_wechat_retro_store_opening': "first run at stop 31 (on 6f21f85), not mended: title read '讲话稿', the writer's '新店开业三十天，我们学到的几件事'; speaker read None, the writer's '许嘉怡'; salutation read '', the writer's '各位伙伴'; sub-points of 我们在人员培训上吃了… read [], the writer's ['培训天数不能压，至少要十天', '在新店现场做满负荷的模拟演练', '开业头两周一定要配一两位老店的熟手“压阵”']",
    'mm10_transcript_q2_sales_summary': "first run at stop 31 (on 6f21f85), not mended: salutation read '', the writer's '各位领导，各位同事'; points read ['为什么能把缺口补回来', '人'], the writer's ['首先说第一个，为什么能把缺口补回来', '其次说隐患']; closing read '我就讲这些，谢谢大家！', the writer's '嗯……时间差不多了，第三点'",
    'mm11_campaign_hr_supervisor_docx': "first run at stop 31 (on 6f21f85), not mended: sub-points of 我的工作设想 read [], the writer's ['建立分层分类的培训体系，把新员工、骨干员工、管理人员的培训区分开来，做到按需施训', '培养一支内训师队伍，争取两年内内训师达到四十人，让最懂业务的人来讲业务', '做好培训效果评估，不只看满意度，更要看培训后的行为改变和业绩变化']",
    'mm13_obsidian_daily_note_meeting_part': "first run at stop 31 (on 6f21f85), not mended: points read ['上周完成情况', '需要协调的事', '本周安排', '跟进办公设备招标审批，批下来就签合同', '汇总供应商评价表', '周四去开发区那家包装材料厂做现场考察（考察完写报告，下周例会通报）'], the writer's ['上周完成情况', '需要协调的事', '本周安排']; closing read '', the writer's '大概就这些。有什么问题会后'",
    'mm14_short_campaign_team_leader': "first run at stop 31 (on 6f21f85), partly mended since; what remains: points read [], the writer's ['技术过得硬，车间的四台包装机我都能独立操作和调试，去年拿了车间技能比武第一名', '跟大家处得来，班里的师傅们都是我的老师，平时谁有事我都愿意搭把手', '肯吃苦，这几年加班、顶班，我没有推过一次', '安全上一天不放松，每天班前会必讲安全', '产量和质量两手抓，争取我们班的合格率在车间排前面', '公平公正地排班、分活，不让老实人吃亏']; closing read '谢谢大家！', the writer's '如果没选上，我也会继续干好'",
    'mm15_glued_q3_admin_summary': "first run at stop 31 (on 6f21f85), not mended: points read ['三季度工作回顾三季度，后勤组5名同志围绕“保运转、控成本、优服务”的要求，主要做了以下几项工作', '存在的问题一是物业服务质量还不稳定，保洁不及时的投诉三季度有11起；二是固定资产管理还比较粗放，部分资产账实不符；三是应急保障预案演练不够，台风期间临时调配人手有些被动', '四季度工作打算四季度我们重点抓好三项工作：1.组织一次全面的固定资产清查盘点，11月底前完成，做到账、卡、物一致；2.修订物业服务考核办法，把投诉处理情况与物业费支付挂钩；3.做好冬季供暖和年底各项活动的后勤保障，提前制定应急预案并组织一次演练'], the writer's ['三季度工作回顾', '存在的问题', '四季度工作打算']",
    'mm17_md_dash_points_exhibition_retro': "first run at stop 31 (on 6f21f85), not mended: points read ['线索收集改为“分级登记”，普通观众扫码登记，有采购意向的由销售现场填写意向卡，两类线索分开统计', '预算中设不可预见费，比例为总预算的5%', '展会前一个月与销售部召开联席会，锁定重点客户名单和接待人', '展后一周内完成线索初筛，两周内完成回访，不再拖到一个月以后'], the writer's ['展会的目标基本达成，但线索质量不如预期', '费用控制得比较好，但有两项超支', '团队协作上有亮点，也有短板', '明年改进的几点想法']; closing read '我就说到这里，谢谢大家。', the writer's '说到底，展会是个花钱的事'",
    'mm18_dept_meeting_no_title_docx': "first run at stop 31 (on 6f21f85), not mended: sub-points of 几件杂事 read [], the writer's ['年度考核自评表本周五前交给各组长', '下周三下午部门技术分享，主题是缓存设计，欢迎大家参加', '公司要求清理测试环境的闲置服务器，各组本周内报清单']; closing read '', the writer's '好，这周的事情比较多，大家辛苦'",
    'mm19_q4_finance_summary_three_aspects': "first run at stop 31 (on 6f21f85), not mended: sub-points of 四季度工作的基本情况 read [], the writer's ['抓单据处理时效，全季度处理供应商发票和报销单据4.3万张，平均处理时长从2.6天压缩到1.9天', '抓付款准确性，全年结账前对应付账款做了两轮对账，清理了挂账三年以上的往来款项217笔', '抓年底结账配合，12月最后一周全组同志轮班加班，保证了集团年报的数据按时报送']; sub-points of 工作中发现的问题 read ['供应商主数据不规范，同一家供应商在系统里有好几个编码，对账的时候很费劲', '部分业务部门提交单据不及时，月底集中报送，造成我们月末压力过大', '电子发票查重还依赖人工，存在重复报销的风险'], the writer's []",
    'mm20_short_md_pledge_at_meeting': "first run at stop 31 (on 6f21f85), not mended: speaker read '#安全生产月', the writer's '潘国栋'",
    'mm21_notion_probation_review_talk': "first run at stop 31 (on 6f21f85), partly mended since; what remains: sub-points of 试用期主要工作 read [], the writer's ['公众号日常运营', '短视频账号从零起步', '配合完成两次大型活动宣传']",
    'mm22_pdf_warehouse_project_retro': "first run at stop 31 (on 6f21f85), not mended: closing read '谢谢大家！', the writer's '这个项目让我深刻体会到，项目'",
    'mm23_web_intranet_campaign_count_not_kept': "first run at stop 31 (on 6f21f85), not mended: points read ['改抽检为“抽检加辅导”', '建立“优秀录音库”', '把质检结果用起来'], the writer's ['我是谁', '我为什么来', '我来了干什么']",
    'mm25_transcript_long_product_dev_retro': "first run at stop 31 (on 6f21f85), not mended: closing read '', the writer's '最后，我想说几句心里话。'",
    'mn05_launch_event_ceo_wechat': "first run at stop 31 (on 6f21f85), not mended: speaker read '云栖智能2025春季新品发布会主题演讲', the writer's '顾远舟'; points read ['我们为什么要重做“小栖”', '新一代“小栖”到底新在哪里', '我们想和大家约定什么', '公布大家最关心的价格'], the writer's ['我们为什么要重做“小栖”', '新一代“小栖”到底新在哪里', '我们想和大家约定什么']",
    'mn06_annual_party_toast_short': "first run at stop 31 (on 6f21f85), not mended: closing read '', the writer's '现在，请大家举起杯，为过去'",
    'mn07_partner_conference_notes': "first run at stop 31 (on 6f21f85), not mended: title read '2025 启明云合作伙伴大会 · 总裁主题演讲', the writer's '2025 启明云合作伙伴大会 · 总裁主题演讲（整理稿）'",
    'mn08_author_assembly_transcript': "first run at stop 31 (on 6f21f85), not mended: salutation read '', the writer's '各位大大，各位编辑同事'; points read ['好故事永远是稀缺的', '我想说，编辑和作者要做真正的朋友'], the writer's ['好故事永远是稀缺的', '我想说，编辑和作者要做真正的朋友', '对自己的作品有长远打算']",
    'mn09_annual_gala_nolines': "first run at stop 31 (on 6f21f85), not mended: closing read '新的一年，愿大家都能在平凡的日子里，拾到', the writer's '各位家人、各位伙伴，生活本身'",
    'mn12_awards_gala_web_runin': "first run at stop 31 (on 6f21f85), not mended: title read '匠心筑梦，奋斗有光', the writer's '【致辞】匠心筑梦，奋斗有光——董事长在“金匠奖”年度颁奖盛典上的致辞'; speaker read '评论：12', the writer's None; points read [], the writer's ['希望大家始终保持精益求精的态度，把每一道工序、每一件产品都当作作品来打磨，不放过任何一个细节', '希望大家始终保持学习进取的劲头，主动学新技术、掌握新工艺，在企业转型升级中找到自己的新位置', '希望大家始终保持团结协作的精神，上下同心、左右协同，把个人的光汇聚成团队的光']",
    'mn14_annual_party_keywords_wechat': "first run at stop 31 (on 6f21f85), not mended: title read '（图）▲ 年会现场', the writer's '年会实录｜CEO沈牧：2025，我们只做难而正确的事'; speaker read None, the writer's '沈牧'; points read [], the writer's ['关键词一｜韧性', '关键词二｜聚焦', '关键词三｜长期']",
    'mn17_supplier_conf_bold_headings_docx': "first run at stop 31 (on 6f21f85), not mended: sub-points of 展望2025：恒川的… read [], the writer's ['在技术上跟得上，提前布局变频、物联网、新型制冷剂等关键技术', '在成本上控得住，通过自动化和精益生产持续降低制造成本', '在海外布局上走得出，跟随恒川到泰国、墨西哥、埃及基地就近配套']",
    'mn18_launch_keynote_transcript_nopoints': "first run at stop 31 (on 6f21f85), not mended: title read '鹿鸣耳机新品发布会创始人开场演讲', the writer's '速记稿｜鹿鸣耳机新品发布会创始人开场演讲'; speaker read None, the writer's '纪明川'",
    'mn21_launch_opening_three_sentences_short': "first run at stop 31 (on 6f21f85), not mended: points read [], the writer's ['第一句，它是一台只用来学习的机器，我们彻底拿掉了所有娱乐应用，家长可以放心', '第二句，它是一位懂孩子的老师，能根据孩子每一道错题找到薄弱的知识点，给出个性化的练习', '第三句，它是一个守护眼睛的伙伴，采用类纸护眼屏，孩子连续使用四十分钟会自动提醒休息']; closing read '预祝发布会圆满成功！谢谢大家！', the writer's '教育是良心事业。知行会继续把每'",
    'mo09_county_flood_control_colon_semicolon': "first run at stop 31 (on 6f21f85), not mended: sub-points of 突出重点，全面落实各… read ['关于水库山塘安全度汛：全县现有小型水库46座、山塘1100余口，是防汛的重中之重', '关于山洪地质灾害防御：自然资源部门要对全县213处地质灾害隐患点逐一明确监测责任人，落实群测群防措施', '关于城区防洪排涝：住建和城管部门要抓紧完成城区排水管网清淤疏浚，对下穿通道、地下车库等易涝点设置警示标志，配足抽排设备，确保城区不出现长时间、大面积积水', '关于抗旱保供水：在做好防汛的同时，要未雨绸缪做好抗旱准备'], the writer's ['关于水库山塘安全度汛', '关于山洪地质灾害防御', '关于城区防洪排涝', '关于抗旱保供水']; sub-points of 强化保障，确保关键时… read ['组织保障到位；各乡镇、各部门要成立防汛抗旱工作专班，主要负责同志要靠前指挥，汛期原则上不得离开辖区', '队伍保障到位；县应急管理局牵头', '物资保障到位；县防汛物资仓库要对冲锋舟、救生衣、编织袋、发电机等物资进行全面清点', '信息保障到位；气象、水文部门要加强监测预报'], the writer's ['组织保障到位', '队伍保障到位', '物资保障到位', '信息保障到位']",
    'mo11_town_grassroots_governance_transcript': "first run at stop 31 (on 6f21f85), not mended: points read ['网格员要配齐配强', '信息要跑起来', '考核要硬起来', '矛盾纠纷要早发现、早化解', '村“两委”要带头'], the writer's ['基层治理这个事情，大家要真正重视起来', '网格化管理要真正“网”起来、“动”起来', '矛盾纠纷要早发现、早化解', '村“两委”要带头']",
    'mo12_city_civilized_city_wechat_leads': "first run at stop 31 (on 6f21f85), not mended: sub-points of 正视问题，以“赶考”… read [], the writer's ['对标对表抓整改', '突出短板抓攻坚', '常态长效抓巩固']",
    'mo15_party_lesson_style_md': "first run at stop 31 (on 6f21f85), not mended: sub-points of 准确把握过硬作风的具… read [], the writer's ['政治上要靠得住，坚决贯彻落实党中央关于税收工作的决策部署，不打折扣、不搞变通', '工作上要有本事，熟练掌握税费政策和征管业务，能够解决纳税人缴费人的实际问题', '作风上要过得硬，清正廉洁、秉公执法，守住底线、不碰红线']",
    'mo18_county_safety_pledge_short': "first run at stop 31 (on 6f21f85), not mended: closing read '', the writer's '我们将以最坚决的态度'",
    'mo20_district_urban_management_glued': "first run at stop 31 (on 6f21f85), not mended: sub-points of 肯定成绩，正视城市管… read ['去年城市管理工作取得明显成效'], the writer's ['去年城市管理工作取得明显成效', '城市管理仍存在不少短板']",
    'mo25_county_summer_harvest_linebreak_docx': "first run at stop 31 (on 6f21f85), not mended: sub-points of 强化秸秆禁烧，守住不… read [], the writer's ['秸秆综合利用', '网格化监管', '考核问责']",
    'mp02_web_cooperative_cadres_talk': "first run at stop 31 (on 6f21f85), partly mended since; what remains: closing read '', the writer's '这几条，你们回去可以同社员商量'",
    'mp08_transcript_youth_forum': "first run at stop 31 (on 6f21f85), not mended: points read ['怎么看待现在的青年', '青年工作要做些什么', '关心青年的实际困难'], the writer's ['怎么看待现在的青年', '青年工作要做些什么']",
    'mp11_school_opening_short_1939': "first run at stop 31 (on 6f21f85), not mended: points read [], the writer's ['努力学习，政治、军事、文化都要学，学了就要会用', '遵守纪律，纪律是我们队伍的生命，没有铁的纪律，就打不了胜仗', '团结友爱，同学之间要互相帮助，同老百姓要搞好关系，挑水扫院，样样都要做到']",
    'mp12_glued_county_committee_report_1955': "first run at stop 31 (on 6f21f85), not mended: points read ['一九五五年工作的基本情况', '存在的主要问题', '一九五六年的工作任务明年全县的工作，中心是巩固和发展农业生产合作社，争取农业生产有一个较大的增长'], the writer's ['一九五五年工作的基本情况', '存在的主要问题', '一九五六年的工作任务']",
    'mp13_pdf_united_front_independence': "first run at stop 31 (on 6f21f85), not mended: sub-points of 反对两种倾向 read [], the writer's ['第一种倾向，是只讲联合，不讲斗争，一切经过统一战线，一切服从统一战线，实际上就是一切服从友党', '第二种倾向，是只讲斗争，不讲联合，看不见民族矛盾已经上升为主要矛盾，把友党当作主要的敌人来对待，在一些不必要的问题上同友党闹摩擦，破坏统一战线']",
    'mp15_web_writers_forum_nopoints': "first run at stop 31 (on 6f21f85), not mended: speaker read None, the writer's '孟达生'",
    'mp16_inspection_report_problems_1957': "first run at stop 31 (on 6f21f85), not mended: sub-points of 几点意见 read [], the writer's ['各厂要建立产品检验制度，不合格的产品不准出厂', '开展增产节约运动，节约原材料，降低成本', '整顿企业管理，建立和健全各项规章制度', '手工业合作社要适当分散，恢复流动服务和门市修理，方便群众']",
    'mp17_md_cadre_class_investigation': "first run at stop 31 (on 6f21f85), not mended: closing read '', the writer's '这些是我个人的一点体会'",
    'mp18_welcome_overseas_delegation_short': "first run at stop 31 (on 6f21f85), not mended: closing read '各位侨胞回到海外以后，请把祖国和家乡的情', the writer's '最后，祝各位侨胞在家乡过得愉快'",
    'mp19_political_report_1945_long': "first run at stop 31 (on 6f21f85), not mended: sub-points of 党的建设 read [], the writer's ['继续深入整风学习，用党的理论武装全党', '加强对新党员的教育，健全支部生活', '大胆提拔和培养干部，特别是工农干部和地方干部', '加强纪律，反对骄傲自满，反对违反政策的行为']",
    'mp23_transcript_philosophy_interjections': "first run at stop 31 (on 6f21f85), partly mended since; what remains: closing read '', the writer's '今天听了大家的发言，我很受教育'",
    'mp25_md_memorial_eulogy_short': "first run at stop 31 (on 6f21f85), not mended: closing read '', the writer's '岱峰同志，安息吧'",
    'ma01_county_economic_work': "first run at stop 30 (on 5c67971), not mended: sub-points of 突出抓好重点任务… read [], the writer's ['坚定不移抓项目扩投资', '千方百计壮大实体经济', '持之以恒优化营商环境', '统筹推进乡村全面振兴', '用心用情保障改善民生']; sub-points of 切实加强组织领导… read [], the writer's ['树立实干导向', '防范化解风险', '转变工作作风']",
    'ma04_pdf_county_discipline_plenary': "first run at stop 30 (on 5c67971), not mended: sub-points of 以更高标准推进党风廉… read [], the writer's ['坚持政治监督首位', '坚持纠“四风”树新风并举', '坚持严惩腐败不手软', '坚持整治群众身边不正之风', '坚持以案促改以案促治']",
    'ma09_glued_forest_fire_prevention': "first run at stop 30 (on 5c67971), not mended: points read [], the writer's ['认清严峻形势', '抓实关键措施', '压实责任链条']",
    'ma10_long_city_government_plenary': "first run at stop 30 (on 5c67971), not mended: sub-points of 用心用情保障和改善民… read [], the writer's ['千方百计稳就业', '办好人民满意的教育', '推进健康城市建设', '健全社会保障体系', '丰富群众精神文化生活']; sub-points of 全面加强政府自身建设… read [], the writer's ['坚持把讲政治放在首位', '坚持依法行政', '坚持真抓实干', '坚持过紧日子', '坚持廉洁从政']",
    'ma20_md_party_school_opening': "first run at stop 30 (on 5c67971), not mended: sub-points of 希望大家把提升本领作… read [], the writer's ['坚持学以致用', '坚持问题导向', '坚持互学互鉴']",
    'ma22_web_petition_work': "first run at stop 30 (on 5c67971), not mended: points read [], the writer's ['站在践行党的群众路线的高度，深刻认识做好新时代信访工作的重大意义', '坚持和发展新时代“枫桥经验”，着力把矛盾纠纷化解在基层、化解在萌芽状态', '压紧压实各级信访工作责任，推动形成齐抓共管的工作格局']",
    'ma23_docx_work_style_rally': "first run at stop 30 (on 5c67971), not mended: points read ['严明政治纪律', '严格工作纪律', '严守廉洁纪律', '工作部署要实', '推进方法要实', '工作成效要实'], the writer's ['在“严”字上立规矩', '在“实”字上见真章', '在“能”字上求提升']; no closing read, the writer's from '作风建设永远在路上。政府系统各部'…",
    'ma25_parens_investment_campaign': "first run at stop 30 (on 5c67971), not mended: points read ['聚焦主导产业精准招商', '聚焦重点区域驻点招商', '聚焦以商招商以情招商', '聚焦项目落地跟踪服务'], the writer's ['招商引资是经济工作的生命线，必须摆在更加突出的位置', '“百日攻坚”要聚焦重点，精准发力', '完善机制，以考核倒逼责任落实', '优化环境，让企业引得进、留得住、发展好']",
    'mb03_rural_revitalization_two_in_copy': "first run at stop 30 (on 5c67971), not mended: points read ['坚决守住不发生规模性返贫的底线', '乡村振兴', '着力推动脱贫地区产业提质增效', '切实加强组织领导'], the writer's ['坚决守住不发生规模性返贫的底线', '着力推动脱贫地区产业提质增效', '切实加强组织领导']",
    'mb04_investment_promotion_next_speech_starts': "first run at stop 30 (on 5c67971), not mended: no closing read, the writer's from '同志们，招商引资是经济工作的生命'…",
    'mb07_health_work_conference_docx': "first run at stop 30 (on 5c67971), not mended: points read ['着力推进优质医疗资源扩容下沉', '着力提升基层医疗卫生服务能力', '着力强化公共卫生体系建设', '着力深化医药卫生体制改革', '着力加强行业作风建设'], the writer's ['2023年全市卫生健康工作取得新进展', '准确把握卫生健康工作面临的新形势新要求', '全力抓好2024年卫生健康重点工作']",
    'mb08_tea_festival_short_address': "first run at stop 30 (on 5c67971), not mended: points read ['“云岭春芽”2021年获批国家地理标志保护产品'], the writer's []; no closing read, the writer's from '最后，预祝本届茶文化旅游节圆满成'…",
    'mb09_economic_work_long_running_title': "first run at stop 30 (on 5c67971), not mended: title read as '讲话稿', the writer's '在全市经济工作会议上的讲话'",
    'mb12_discipline_plenum_glued_lines': "first run at stop 30 (on 5c67971), not mended: sub-points of 突出重点，纵深推进全… read [], the writer's ['强化政治监督', '持之以恒纠治“四风”', '坚决惩治腐败', '整治群众身边的不正之风和']",
    'mb15_tourism_two_speeches_one_copy': "first run at stop 30 (on 5c67971), not mended: title read as '2023年全市文化和旅游产业发展大会材料汇编', the writer's '在全市文化和旅游产业发展大会上的讲话'; points read ['迅速传达学习会议精神', '抓紧推动各项任务落地'], the writer's ['关于对文旅产业的认识', '关于重点工作', '关于组织保障']; closing read from '同志们，今年的文旅工作任务已经明确，关键在于抓落实。希望大家'…, the writer's from '同志们、朋友们，文旅产业发展正当'…",
    'mb18_ecology_unnumbered_headings': "first run at stop 30 (on 5c67971), partly mended since (the page numbers and the book's running header 生态环境保护工作文件汇编 between paragraphs dropped, no longer read as points); what remains: the three unnumbered 关于… heading lines not read as points",
    'mb19_youth_day_dash_points': "first run at stop 30 (on 5c67971), not mended: closing read from '各级党组织要坚持党管青年原则，关心青年成长，为青年办实事、解'…, the writer's from '青年朋友们，青春孕育无限希望'…",
    'mb24_food_safety_presiding_words_first': "first run at stop 30 (on 5c67971), not mended: title read as '全市食品安全工作会议主持词', the writer's '在全市食品安全工作会议上的讲话'; speaker read as '罗海燕', the writer's '曹慧敏'",
    'mc06_town_government_report_webpage': "first run at stop 30 (on 5c67971), not mended: title read as '政府工作报告', the writer's '2024年桃溪镇政府工作报告'",
    'mc12_logistics_association_report_glued': "first run at stop 30 (on 5c67971), not mended: closing read from '谢谢大家！'…, the writer's from '各位代表、各位来宾！物流业是支撑'…",
    'mc13_transport_bureau_yearend_transcript': "first run at stop 30 (on 5c67971), not mended: points read ['讲讲今年的成绩', '讲讲存在的问题', '讲讲明年怎么干', '算好账'], the writer's ['讲讲今年的成绩', '讲讲存在的问题', '讲讲明年怎么干', '我再啰嗦一句，讲讲作风的问题']; closing read from '最后，我再啰嗦一句，讲讲作风的问题。'…, the writer's from '好，我就讲这些。马上就要过年了'…",
    'mc18_sales_center_yearend_short': "first run at stop 30 (on 5c67971), not mended: points read ['我想跟大家一起回顾一下这一年', '我想谈谈我们存在的不足', '我想说说2024年的打算'], the writer's ['我想跟大家一起回顾一下这一年', '我想谈谈我们存在的不足', '我想说说2024年的打算', '我想对大家提一点希望']; closing read from '最后，我想对大家提一点希望。营销是最讲结果的岗位，也是最能锻'…, the writer's from '新的一年，让我们携手同心、再创佳'…",
    'mc24_discipline_commission_plenum_report': "first run at stop 30 (on 5c67971), not mended: sub-points of 2024年主要任务… read ['以政治监督保障', '以严的基调深化正风肃纪反', '以钉钉子精神纠治“四风”', '以深化整治群众身边不正之', '以高素质专业化要求加强纪'], the writer's ['以政治监督保障党中央决策', '以严的基调深化正风肃纪反', '以钉钉子精神纠治“四风”', '以深化整治群众身边不正之', '以高素质专业化要求加强纪']",
    'md06_school_semester_faculty_meeting': "first run at stop 30 (on 5c67971), not mended: title read as '校长在2023年秋季学期开学教职工大会上的讲话', the writer's '在2023年秋季学期开学教职工大会上的讲话'; sub-points of 关于本学期的重点工作… read [], the writer's ['课堂教学质量', '作业管理', '安全']",
    'md07_hospital_quality_safety_docx': "first run at stop 30 (on 5c67971), not mended: points read ['核心制度落实不到位', '病历书写质量差', '医患沟通不够', '我顺便提一下，就是年轻医生的培养'], the writer's ['清醒认识当前医疗安全面临的形势', '采取有力措施，把医疗质量管起来']",
    'md08_street_grid_management': "first run at stop 30 (on 5c67971), not mended: points read ['网格要划得合理', '网格员的队伍建设', '“吹哨报到”的问题'], the writer's ['网格要划得合理', '网格员的队伍建设', '网格里的事要办得实']",
    'md11_bank_branch_risk_compliance': "first run at stop 30 (on 5c67971), not mended: title read as '行长在一季度风险合规工作会议上的讲话（录音转写·已校对）', the writer's '在一季度风险合规工作会议上的讲话' (since stop 30 the copy's mark （录音转写·已校对） is dropped; the title naming its speaker by office only is kept whole by the suite's convention, as b12)",
    'md12_workshop_preshift_talk_short': "first run at stop 30 (on 5c67971), not mended: title read as '三号车间夏季班前会讲话  2023.8.2  讲话人：车间主任 赵永刚', the writer's '三号车间夏季班前会讲话'; speaker read as None, the writer's '赵永刚'",
    'md16_city_ecology_glued_lines': "first run at stop 30 (on 5c67971), not mended: points read ['清醒认识当前的严峻形势', '扭住重点打好污染防治攻坚战', '净土保卫战', '压实责任确保各项任务落到实处'], the writer's ['清醒认识当前的严峻形势', '扭住重点打好污染防治攻坚战', '压实责任确保各项任务落到实处']",
    'md18_township_petition_stability': "first run at stop 30 (on 5c67971), not mended: points read [], the writer's ['底数要清', '二呢，责任要明', '三呢，化解要早']",
    'md22_volunteer_service_transcript_app': "first run at stop 30 (on 5c67971), not mended: title read as '冯书记在全市志愿服务工作推进会上的讲话（妙记转写稿）', the writer's '在全市志愿服务工作推进会上的讲话'; speaker read as None, the writer's '冯雪'; salutation read as '', the writer's '各位志愿者朋友们，同志们'; points read ['文字记录'], the writer's ['把队伍建强', '把机制建好', '把品牌做响']",
    'md25_township_year_end_docx': "first run at stop 30 (on 5c67971), not mended: points read ['成绩要看够', '问题要看透', '今年要干什么，怎么干', '集体经济', '干部作风'], the writer's ['成绩要看够', '问题要看透', '今年要干什么，怎么干']",
    'me08_touching_people_award_citations': "first run at stop 30 (on 5c67971), not mended: title read as '守望山村讲台的“泥腿子校长”——刘春生', the writer's '“感动海州”2023年度人物颁奖词'; points read ['逆火而行的“拼命三郎”——周浩', '二十年如一日照顾瘫痪婆婆的好儿媳——王秀兰', '让沙滩地长出“金果子”的种田人——赵德胜', '用“指尖”连接世界的追梦人——陈思琪', '退休不褪色的“老马”调解队——马建华等七位老党员', '深夜急诊室里的“守灯人”——林雅琴'], the writer's ['守望山村讲台的“泥腿子校长”——刘春生', '逆火而行的“拼命三郎”——周浩', '二十年如一日照顾瘫痪婆婆的好儿媳——王秀兰', '让沙滩地长出“金果子”的种田人——赵德胜', '用“指尖”连接世界的追梦人——陈思琪', '退休不褪色的“老马”调解队——马建华等七位老党员', '深夜急诊室里的“守灯人”——林雅琴']; no closing read, the writer's from '【颁奖词】夜深了，城市睡了'…",
    'me10_chamber_founding_congratulation': "first run at stop 30 (on 5c67971), not mended: salutation read as '', the writer's '瑞安市青年企业家商会'; no closing read, the writer's from '市工商联将一如既往地支持'…",
    'me12_retirement_farewell_thanks_transcript': "first run at stop 30 (on 5c67971), not mended: speaker read as None, the writer's '孙德明'",
    'me13_new_staff_welcome_notes': "first run at stop 30 (on 5c67971), partly mended since; what remains: closing read from '同学们，你们的到来，为启明带来了新鲜的血液和蓬勃的朝气。公司'…, the writer's from '以上，就是我想跟大家分享的几点心'…",
    'me16_symposium_closing_summary_pdf': "first run at stop 30 (on 5c67971), not mended: points read ['研究的视野更宽了，从单一要素走向了流域系统', '研究的手段更新了，数据和模型正在深刻改变我们的工作方式', '研究与管理的结合更紧了，科学问题越来越多地来自保护实践', '青年人才的成长更快了，这是最让我高兴的', '感谢主办方武汉大学和各协办单位的精心组织，感谢会务组和志愿者同学们的辛勤付出'], the writer's ['研究的视野更宽了，从单一要素走向了流域系统', '研究的手段更新了，数据和模型正在深刻改变我们的工作方式', '研究与管理的结合更紧了，科学问题越来越多地来自保护实践', '青年人才的成长更快了，这是最让我高兴的']; closing read from '谢谢大家！'…, the writer's from '各位同仁，保护好长江，是关系'…",
    'me17_project_signing_ceremony_glued': "first run at stop 30 (on 5c67971), not mended: closing read from '我们将以这次签约为契机，成立项目建设专班，实行“一个项目、一'…, the writer's from '最后，祝项目建设顺利！'…",
    'me22_private_economy_commendation_long_switch': "first run at stop 30 (on 5c67971), not mended: sub-points of 弘扬优秀企业家精神，… read [], the writer's ['希望大家坚定信心、专注发', '希望大家守法经营、诚信立', '希望大家回报社会、勇担责', '希望大家重视传承、培养后', '希望大家积极参与社会治理']",
    'mf02_webpage_theory_tutorial_quoted_terms': "first run at stop 30 (on 5c67971), not mended: sub-points of “本质要求”回答了“… read ['“全过程人民民主”', '“创造人类文明新形态”'], the writer's []",
    'mf05_docx_soe_july1_party_lecture': "first run at stop 30 (on 5c67971), not mended: closing read from '各级党组织要把理想信念教育作为党员教育的“第一课”，结合“三'…, the writer's from '同志们，我们集团已经走过了六十五'…",
    'mf06_transcript_street_winter_training': "first run at stop 30 (on 5c67971), not mended: sub-points of 也是最后一个，我想跟… read ['“帮”', '“带”'], the writer's ['“亮”', '“帮”', '“带”']",
    'mf07_short_branch_micro_lecture': "first run at stop 30 (on 5c67971), not mended: closing read from '以上是我的一点体会，和大家共勉。'…, the writer's from '老一辈常说：“勿以善小而不为'…",
    'mf08_long_discipline_self_revolution_lecture': "first run at stop 30 (on 5c67971), not mended: closing read from '同志们，这就是纪检监察干部应有的样子。忠诚、干净、担当，不是'…, the writer's from '同志们，打铁必须自身硬，正人必先'…",
    'mf15_inline_sublists_court_rule_of_law_tutorial': "first run at stop 30 (on 5c67971), not mended: closing read from '以上是我的一些学习体会，不当之处请批评指正。谢谢大家！'…, the writer's from '我想起老院长常说的一句话'…",
    'mf18_sentence_headings_no_salutation_culture': "first run at stop 30 (on 5c67971), not mended: speaker read as '市文化和旅游局党组理论学习中心组专题辅导', the writer's None",
    'mf20_md_headings_new_productive_forces': "first run at stop 30 (on 5c67971), not mended: closing read from '这几条建议，有的已经在做，有的需要进一步研究。我想强调一点，'…, the writer's from '以上是我的一些思考，不一定准确'…",
    'mf24_question_numbered_reading_class_tutorial': "first run at stop 30 (on 5c67971), not mended: closing read from '这四条建议，归结起来就是一句话：读书要下真功夫。没有捷径可走'…, the writer's from '同志们，读书学习是领导干部的终身'…",
    'mf25_arabic_numbering_glued_salutation_safety': "first run at stop 30 (on 5c67971), not mended: sub-points of 当前我区安全生产形势… read ['危化品企业数量多、分布散', '建筑施工领域工程项目集中', '老旧小区电动自行车充电问', '夏季汛期即将到来，城市内'], the writer's []",
    'mg01_forest_fire_numbering_lost': "first run at stop 30 (on 5c67971), not mended: sub-points of 突出抓好关键环节和重… read ['管住火源', '守住重点', '清除隐患', '加强监测'], the writer's []",
    'mg02_commerce_toplevel_lost': "first run at stop 30 (on 5c67971), not mended: sub-points of 切实加强商务系统自身… read ['加强政治建设', '加强能力建设', '加强作风建设'], the writer's []",
    'mg15_docx_rural_mixed_bold_numbered': "first run at stop 30 (on 5c67971), not mended: points read ['准确把握今年乡村振兴工作的总体要求', '突出抓好乡村振兴重点任务'], the writer's ['准确把握今年乡村振兴工作的总体要求', '突出抓好乡村振兴重点任务', '强化乡村振兴的组织保障']",
    'mg16_project_year_dash_points': "first run at stop 30 (on 5c67971), not mended: no closing read, the writer's from '各县区、各部门要迅速行动起来'…",
    'mg17_health_sublevel_numbering_lost': "first run at stop 30 (on 5c67971), not mended: sub-points of 深化医药卫生体制改革… read [], the writer's ['推进紧密型医疗集团建设', '深化公立医院综合改革', '提升医保服务水平', '大力发展中医药事业']; sub-points of 补齐公共卫生短板，筑… read [], the writer's ['加强疾病预防控制体系建设', '做实做细基本公共卫生服务', '深入开展爱国卫生运动', '加强院前急救体系建设']",
    'mg19_eco_protection_tabbed_numbering': "first run at stop 30 (on 5c67971), not mended: sub-points of 坚持系统观念，推动经… read [], the writer's ['加快产业结构调整', '推进能源结构优化', '推动运输结构调整']",
    'mg24_employment_pdf_page_header': "first run at stop 30 (on 5c67971), not mended: sub-points of 准确把握当前就业形势… read ['总量压力大', '结构性矛盾突出', '部分企业经营困难'], the writer's []",
    'mh08_street_office_governance_transcript': "first run at stop 30 (on 5c67971), not mended: points read ['我们把网格这个底子打牢了', '让党员和居民都动起来', '用好“红色物业”'], the writer's ['我们把网格这个底子打牢了', '让党员和居民都动起来', '用好“红色物业”', '最后我再简单讲一下存在的问题和下一步的打算']",
    'mh12_school_principal_mixed_numbering': "first run at stop 30 (on 5c67971), not mended: points read ['坚持立德树人，办学方向更加坚定', '坚持质量立校，教育教学水平稳步提升', '坚持依法治校，学校管理更加规范'], the writer's ['坚持立德树人，办学方向更加坚定', '坚持质量立校，教育教学水平稳步提升', '坚持依法治校，学校管理更加规范', '存在的问题和不足', '下一步打算']",
    'mh13_river_chief_exchange_web_dash': "first run at stop 30 (on 5c67971), not mended: title read as '县水利局在全市河湖长制工作交流会上作交流发言', the writer's '守好一江碧水　绘就生态画卷'",
    'mh15_village_secretary_typical_unnumbered': "first run at stop 30 (on 5c67971), not mended: closing read from '谢谢大家！'…, the writer's from '当然，我们村的发展还面临一些困难'…",
    'mh17_village_party_building_report': "first run at stop 30 (on 5c67971), not mended: points read ['抓班子带队伍，村党组织的战斗力进一步增强了', '抓产业强集体，党建引领发展的成效进一步显现了', '抓服务惠民生，群众的获得感进一步提升了'], the writer's ['抓班子带队伍，村党组织的战斗力进一步增强了', '抓产业强集体，党建引领发展的成效进一步显现了', '抓服务惠民生，群众的获得感进一步提升了', '存在的不足', '下一步打算']",
    'mh19_district_secretary_accountability_long_pdf': "first run at stop 30 (on 5c67971), not mended: title read as '和个人廉洁自律情况的报告', the writer's '中共江东区委书记谭志国关于2023年度履行全面从严治党主体责任和个人廉洁自律情况的报告'; speaker read as None, the writer's '谭志国'; salutation read as '', the writer's '市纪委监委'",
    'mh21_soe_project_rally_pledge': "first run at stop 30 (on 5c67971), not mended: closing read from '我的表态发言完毕，谢谢大家！'…, the writer's from '春潮涌动正当时，攻坚克难谱新篇。'…",
    'gq21_two_excellence_commendation_pdf': "各级党组织要认真学习宣传… after the points opens the closing (the party's charge, as b07), read so since stop 30 once the copy's indented first lines part its paragraphs; the writer starts at the address after it",
    'm09_government_work_report_pdf': "four 坚持…。 lead paragraphs in a row under 全面加强政府自身建设: read as its sub-points since stop 30 (verb leads alike, as the writers of lh18, ii16 and hz14 read such leads); this writer reads text (a judgement call)",
    'la03_county_q1_economy_webpage': "first run at stop 30 (on 77a9ba2), not mended: sub-points of 正视差距，切实增强紧… read ['增速不快', '结构不优', '后劲不足'], the writer's []",
    'la05_county_project_tour_md': "first run at stop 30 (on 77a9ba2), not mended: sub-points of 真抓实干，全力推动项… read ['项目调度要“实”', '帮办服务要“快”', '安全生产要“严”'], the writer's []",
    'la06_county_june_dispatch_transcript': "first run at stop 30 (on 77a9ba2), not mended: sub-points of 这二十几天要抓几件实… read [], the writer's ['工业要往上拉', '投资要抓入库', '消费这一块也要做点文章']",
    'la07_docx_industry_dispatch': "first run at stop 30 (on 77a9ba2), not mended: sub-points of 关于几点工作要求… read ['压实责任', '加强监测', '强化考核'], the writer's []",
    'la12_q3_analysis_sentence_headings': "first run at stop 30 (on 77a9ba2), not mended: no closing read, the writer's from '现在离年底只有两个多月时间了'…",
    'la13_deputy_county_projects_count_mismatch': "first run at stop 30 (on 77a9ba2), not mended: sub-points of 正视项目建设中存在的… read ['开工率偏低', '进度不均衡', '问题解决不及时'], the writer's []",
    'la24_deputy_may_dispatch_md_bullets': "first run at stop 30 (on 77a9ba2), not mended: no closing read, the writer's from '今天会上定下来的事，政府办要列出'…",
    'lb03_democratic_life_meeting_web': "first run at stop 30 (on 77a9ba2), not mended: closing read from '当然，这次民主生活会也还有一些需要改进的地方。比如，个别同志'…, the writer's from '同志们，开好专题民主生活会是一项'…",
    'lb18_theme_edu_summary_company_transcript': "first run at stop 30 (on 77a9ba2), not mended: sub-points of 讲讲这次主题教育咱们… read ['学习上有收获', '解决问题上有收获'], the writer's ['学习上有收获', '解决问题上有收获', '发展上有收获']; sub-points of 讲讲问题… read ['有些学习还是流于形式', '有的整改还不到位'], the writer's ['有些学习还是流于形式', '有的整改还不到位', '作风问题还有反复']; sub-points of 讲讲下一步怎么办… read ['学习要坚持', '整改要到底', '作风要持续转'], the writer's ['学习要坚持', '整改要到底', '制度要管用', '作风要持续转']",
    'lb22_theme_edu_launch_school_runon': "first run at stop 30 (on 77a9ba2), not mended: no closing read, the writer's from '老师们、同志们，教育是国之大计'…",
    'lc09_planning_experts_noblank': "first run at stop 30 (on 77a9ba2), not mended: points read ['坚持战略思维，增强规划的前瞻性', '坚持问题导向，增强规划的针对性当前', '坚持系统观念，增强规划的协调性', '发挥专家作用，增强规划的科学性'], the writer's ['坚持战略思维，增强规划的前瞻性', '坚持问题导向，增强规划的针对性', '坚持系统观念，增强规划的协调性', '发挥专家作用，增强规划的科学性']",
    'lc10_group_young_staff_subtitle': "first run at stop 30 (on 77a9ba2), not mended: points read ['把个人成长融入企业发展', '在学习实践中增长本领', '向同行学', '严守规矩、锤炼作风', '树新风'], the writer's ['把个人成长融入企业发展', '在学习实践中增长本领', '严守规矩、锤炼作风']",
    'lc14_county_enterprises_mixed_numbering': "first run at stop 30 (on 77a9ba2), not mended: sub-points of 关于服务企业… read ['抓好问题办理', '抓好政策兑现', '抓好要素保障', '抓好作风建设'], the writer's []",
    'lc16_young_cadres_yiyao': "first run at stop 30 (on 77a9ba2), not mended: closing read from '各级党组织要关心年轻干部成长，在政治上激励、工作上支持、待遇'…, the writer's from '以上几点，与同志们共勉。'…",
    'lc18_library_70th_short': "first run at stop 30 (on 77a9ba2), not mended: no closing read, the writer's from '祝愿市图书馆在新的征程上再创佳绩'…",
    'lc21_entrepreneurs_spoken_transcript': "first run at stop 30 (on 77a9ba2), not mended: points read ['咱们县发展民营经济的态度是坚定的，这个不会变', '大家反映的问题，我们逐个来解决', '钱的问题', '地的问题', '办事的问题'], the writer's ['咱们县发展民营经济的态度是坚定的，这个不会变', '大家反映的问题，我们逐个来解决', '我也给大家提一点希望']",
    'ld09_science_award_conference': "first run at stop 30 (on 77a9ba2), not mended: points read ['支持龙头企业牵头组建创新联合体，围绕产业链关键环节开展联合攻关，力争每年突破一批', '加大对科技型中小企业的培育力度，落实好研发费用加计扣除等政策，让更多“小苗”长成', '打通成果转化的“最后一公里”，建好用好技术交易市场和中试基地，让实验室里的成果尽', '营造尊重知识、尊重人才的良好环境，让科技工作者心无旁骛搞创新'], the writer's ['深刻认识科技创新的战略地位，把创新摆在全市发展全局的核心位置', '坚持企业创新主体地位，推动创新链产业链深度融合', '营造尊重知识、尊重人才的良好环境，让科技工作者心无旁骛搞创新']",
    'ld11_skills_contest_subtitle': "first run at stop 30 (on 77a9ba2), not mended: sub-points of 让技能人才有更多获得… read [], the writer's ['畅通发展通道', '提高待遇水平', '营造良好氛围']",
    'ld22_marathon_award_stage_transcript': "first run at stop 30 (on 77a9ba2), not mended: title read as '2023青州马拉松颁奖典礼领导致辞（现场速记稿）', the writer's '2023青州马拉松颁奖典礼领导致辞'; points read ['我代表青州市委、市政府，向获奖的运动员表示热烈的祝贺', '我要感谢一群人', '希望大家明年还来'], the writer's ['我代表青州市委、市政府，向获奖的运动员表示热烈的祝贺', '我要感谢一群人', '再一个呢，跟大家打个广告啊', '希望大家明年还来']",
    'ld23_institute_70th_no_salutation': "first run at stop 30 (on 77a9ba2), not mended: no closing read, the writer's from '七十载春华秋实，新时代再启新程'…",
    'le19_npc_chair_elected_transcript': "first run at stop 30 (on 77a9ba2), not mended: speaker read as None, the writer's '杨国强'",
    'le25_youth_league_closing_glued': "first run at stop 30 (on 77a9ba2), not mended: sub-points of 坚持政治引领，始终做… read [], the writer's ['强化思想引领', '传承红色基因']",
    'lf03_anniversary70_president_pdf': "first run at stop 30 (on 77a9ba2), not mended: closing read from '老师们、同学们，学校的未来在于你们。希望老师们以更加饱满的热'…, the writer's from '各位领导、各位来宾，校友们、老师'…",
    'lf13_alumni_forum_secretary_webpage': "first run at stop 30 (on 77a9ba2), not mended: speaker read as None, the writer's '马立新'",
    'lf15_opening_president_unnumbered': "first run at stop 30 (on 77a9ba2), not mended: sub-points of 做一个有根的人… read [], the writer's ['根，在文化里', '根，在土地上']",
    'lf17_new_teachers_oath_secretary_md': "first run at stop 30 (on 77a9ba2), not mended: points read ['守住讲台', '守住底线'], the writer's ['“守”', '“钻”', '“爱”']",
    'lf18_spring_opening_transcript_head': "first run at stop 30 (on 77a9ba2), not mended: points read ['安全', '校园里的安全', '网络上的安全', '讲讲习惯'], the writer's ['安全', '那么第二个呢，讲讲学习', '讲讲习惯']",
    'lf24_docx_sixtieth_boldleads': "first run at stop 30 (on 77a9ba2), not mended: points read ['回望来路，我们心怀感恩', '立足当下，我们坚守初心', '坚守育人为本', '坚守质量立校', '坚守特色发展', '展望未来，我们砥砺前行'], the writer's ['回望来路，我们心怀感恩', '立足当下，我们坚守初心', '展望未来，我们砥砺前行']",
    'lf25_graduation_wechat_article': "first run at stop 30 (on 77a9ba2), partly mended since; what remains: title read '校长毕业典礼演讲：愿你们成为自己的光', the writer's '愿你们成为自己的光'",
    'lg02_gm_q3_business_review_transcript': "first run at stop 30 (on 77a9ba2), not mended: speaker read as '刘总', the writer's None",
    'lg08_logistics_annual_glued_lines': "first run at stop 30 (on 77a9ba2), not mended: sub-points of 去年这一年，我们干得… read ['业务量逆势增长', '网络布局更加完善', '团队建设取得新成效'], the writer's ['业务量逆势增长', '网络布局更加完善', '数字化转型迈出实质性步伐', '团队建设取得新成效']",
    'lg09_monthly_review_first_second': "first run at stop 30 (on 77a9ba2), not mended: sub-points of 扭住关键环节，确保上… read [], the writer's ['抓订单', '抓生产', '抓采购', '抓回款', '抓费用']",
    'lg22_building_materials_mixed_numbering': "first run at stop 30 (on 77a9ba2), not mended: sub-points of 关于今年的重点工作… read ['把应收账款作为头号工程来', '加快产业转型升级', '深化改革'], the writer's []",
    'lg23_short_monthly_sales_meeting_spoken': "first run at stop 30 (on 77a9ba2), not mended: points read [], the writer's ['这个月的数大家都看到了，回款完成百分之八十二，是今年最差的一个月', '价格的事', '十一月份是全年最关键的一个月，大客户的年度框架协议基本都在这个月谈']; no closing read, the writer's from '好，就这样，散会吧。'…",
    'lg24_machinery_chairman_closing_transcript': "first run at stop 30 (on 77a9ba2), not mended: points read ['国内市场要止跌', '海外市场要扎根', '新产品要上量', '现金流要守住'], the writer's ['讲讲我们到底处在一个什么位置', '讲讲今年最要紧的几件事', '讲讲干部的精神状态', '我还要说一点，就是关心职工']; closing read from '最后，我还要说一点，就是关心职工。'…, the writer's from '好，就讲这么多吧。说的不一定都对'…",
    'kg04_party_building_review_comments': "first run at stop 30 (on 2605347), not mended: sub-points of 对六位书记的述职逐一… read [], the writer's ['城关镇，李建军同志', '河口镇，赵永福同志', '白沙乡，孙海燕同志', '龙潭镇，周强同志', '清溪镇，黄志明同志', '青山乡，吴德胜同志']",
    'kg05_factory_visit_impromptu': "first run at stop 30 (on 2605347), not mended: no closing read, the writer's from '好，就这样，祝你们明年更上一层楼'…",
    'kg08_flood_control_site_glued': "first run at stop 30 (on 2605347), not mended: salutation read as '', the writer's '同志们'",
    'kg10_tourism_forum_mixed_numbering': "first run at stop 30 (on 2605347), not mended: sub-points of 把“过境游”变成“过… read ['晚上没地方去', '住得不够好', '玩的东西太单一，看的多，'], the writer's []",
    'kg21_finance_forum_docx': "first run at stop 30 (on 2605347), not mended: sub-points of 政府要搭好平台、做好… read ['搭平台，市里的“信易贷”', '做增信，市融资担保公司要', '设立应急转贷资金，企业贷'], the writer's []",
    'kg23_foreign_trade_forum_dialogue': "first run at stop 30 (on 2605347), not mended: no closing read, the writer's from '今天这个会，开得很好，我收获很大'…",
    'kg24_quarterly_review_comment_docx': "first run at stop 30 (on 2605347), not mended: no closing read, the writer's from '以上点评，不一定准确。一季度总体'…",
    'kg25_community_governance_asr_transcript': "first run at stop 30 (on 2605347), not mended: title read as '说话人1 00:00:02', the writer's '在全区社区治理工作座谈会上的讲话'",
    'ka04_teachers_day_short_no_points': "first run at stop 30 (on 2605347), not mended: closing read from '老师们，教育是一项需要耐心和爱心的事业。希望大家继续坚守初心'…, the writer's from '最后，祝全县广大教师和教育工作者'…",
    'ka11_teachers_day_subtitle_yiyao': "first run at stop 30 (on 2605347), not mended: closing read from '老师们，尊师重教是一个城市的文明底色。市委、市政府将一如既往'…, the writer's from '同志们，教育兴则城市兴，教师强则'…",
    'ka13_county_education_conference_mixed_numbering': "first run at stop 30 (on 2605347), not mended: points read ['县里教育的基本情况', '关于教师队伍建设', '关于教育质量提升'], the writer's ['关于办学条件改善', '关于教师队伍建设', '关于教育质量提升']",
    'kb03_property_forum_transcript': "first run at stop 30 (on 2605347), not mended: no closing read, the writer's from '好，总的来说，物业管理这个事情'…",
    'kb08_street_governance_long': "first run at stop 30 (on 2605347), not mended: closing read from '最后，我再提一个要求。今年的各项工作任务，会后街道党政办要尽'…, the writer's from '同志们，基层治理关系千家万户'…",
    'kb22_village_reps_spoken_transcript': "first run at stop 30 (on 2605347), not mended: points read ['村里那块老晒场的事', '自来水的事', '环境卫生'], the writer's ['村里那块老晒场的事', '自来水的事', '第三件事呢，就是环境卫生']",
    'kc05_double_ninth_visit_transcript': "first run at stop 30 (on 2605347), not mended: speaker read as None, the writer's '孙国栋'",
    'kc20_care_home_safety_glued': "first run at stop 30 (on 2605347), not mended: sub-points of 压实责任，确保各项措… read ['落实机构主体责任', '落实部门监管责任', '落实属地管理责任', '严格执法问责'], the writer's []",
    'kc24_elderly_meals_pdf_briefing': "first run at stop 30 (on 2605347), not mended: no closing read, the writer's from '助餐服务看起来是一件小事'…",
    'kc25_retired_officers_spring_transcript': "first run at stop 30 (on 2605347), not mended: points read ['给大家报告一下去年的工作', '恳请各位老首长继续关心支持我们的工作'], the writer's ['给大家报告一下去年的工作', '再一个呢，跟大家说说今年我们打算办的几件实事', '恳请各位老首长继续关心支持我们的工作']",
    'kd11_young_lawyers_dash_points': "first run at stop 30 (on 2605347), not mended: title read as '市律协会长在青年律师成长座谈会上的讲话', the writer's '市律协会长在青年律师成长座谈会上的讲话（整理稿）'",
    'kd20_municipal_political_legal_work_conference_long': "first run at stop 30 (on 2605347), not mended: closing read from '最后，关于会议精神的贯彻落实，我再提几点具体要求。会后，各县'…, the writer's from '同志们，新时代政法工作使命光荣'…",
    'kd22_chief_prosecutor_impromptu_transcript': "first run at stop 30 (on 2605347), not mended: points read ['说说开年以来的状态', '讲讲下一阶段几件要紧的事', '廉洁'], the writer's ['说说开年以来的状态', '讲讲下一阶段几件要紧的事']",
    'ke03_river_chief_pdfcopy': "first run at stop 30 (on 2605347), not mended: sub-points of 充分肯定成绩，深刻认… read ['水环境质量稳中向好', '河湖“四乱”问题整治取得', '制度机制不断完善'], the writer's []",
    'ke07_emergency_drill_review_transcript': "first run at stop 30 (on 2605347), not mended: sub-points of 下一步怎么办，我提三… read ['预案要修', '队伍要练', '物资要实'], the writer's []",
    'ke12_county_carbon_count_mismatch': "first run at stop 30 (on 2605347), not mended: sub-points of 抓实重点工作… read ['严格项目准入', '抓好重点企业节能降耗', '加快可再生能源开发', '倡导绿色低碳生活'], the writer's []",
    'ke22_lookback_sentence_headings': "first run at stop 30 (on 2605347), not mended: points read [], the writer's ['开展整改“回头看”，目的是检验整改成效，发现整改中存在的问题，防止问题反弹回潮，', '这次自查自纠要做到全覆盖，已销号的、未销号的问题都要查，交办的信访件也要查，一个', '对自查中发现的问题，要立查立改，坚决防止虚假整改、敷衍整改']",
    'kf11_city_civilization_campaign_skip_continue_numbers': "first run at stop 30 (on 2605347), not mended: points read ['认清形势，进一步增强迎检工作的紧迫感', '聚焦短板，全力抓好迎检重点工作', '强化保障，确保迎检工作万无一失', '强化经费保障'], the writer's ['认清形势，进一步增强迎检工作的紧迫感', '聚焦短板，全力抓好迎检重点工作', '强化保障，确保迎检工作万无一失']",
    'kf15_district_grassroots_forum_transcript': "first run at stop 30 (on 2605347), not mended: sub-points of 下一步到底怎么干，我… read ['干部要沉下去', '把物业管理这块短板补上', '减负的事情要真减'], the writer's ['干部要沉下去', '把物业管理这块短板补上', '减负的事情要真减', '把社区工作者的待遇问题解']",
    'kf20_district_culture_tourism_mixed_styles': "first run at stop 30 (on 2605347), not mended: sub-points of 找准文旅产业发展的重… read ['做精景区', '做活乡村游', '做响品牌', '做优业态'], the writer's ['做精景区', '做活乡村游', '做响品牌', '做优业态', '完善旅游交通', '培育市场主体']",
    'kh06_young_entrepreneurs_transcript': "first run at stop 30 (on 2605347), not mended: points read ['信心', '抱团', '传承'], the writer's ['信心', '抱团', '传承', '哦，还有一个，我再补充一点，就是责任']",
    'kh10_auto_parts_assoc_long': "first run at stop 30 (on 2605347), not mended: sub-points of 2023年全省汽车零… read ['产业规模再上新台阶', '新能源转型明显提速', '创新能力持续增强', '开放合作不断深化', '协会服务取得新成效'], the writer's ['产业规模再上新台阶', '新能源转型明显提速', '创新能力持续增强', '开放合作不断深化']; sub-points of 准确把握行业发展面临… read ['汽车产业链正在经历系统性', '整零关系正在发生深刻变化', '市场竞争将更加激烈', '政策环境总体向好'], the writer's ['汽车产业链正在经历系统性', '整零关系正在发生深刻变化', '市场竞争将更加激烈']",
    'kh19_private_entrepreneurs_council_notes': "first run at stop 30 (on 2605347), not mended: sub-points of 下半年要抓的几件事… read [], the writer's ['办好民营经济高质量发展论', '推进会员企业产融对接', '搞好年底的慰问活动']",
    'gu18_civilized_city_mobilization_headings': "four 要抓好…。 lead paragraphs in a row under 聚焦短板 精准发力: read as its sub-points since stop 30 (as the writers of jr15, jy13 and ic12 read such leads); this writer reads text (a judgement call)",
    'js02_city_tax_conference_webpage': "first run at stop 30 (on d22f8ff), not mended: sub-points of 持续落实好税费优惠政… read ['精准推送政策', '简化享受流程', '开展效应分析'], the writer's []; sub-points of 从严从实加强队伍建设… read ['抓班子带队伍', '抓作风转作风', '抓廉政守底线'], the writer's []",
    'js06_city_medical_insurance_transcript': "first run at stop 30 (on d22f8ff), not mended: points read ['把基金监管的弦绷紧', '用好智能监控这个手段', '敢于动真碰硬', '关于参保扩面的问题', '讲一讲队伍的问题'], the writer's ['关于基金监管的问题', '关于医保支付方式改革', '关于参保扩面的问题', '讲一讲队伍的问题']",
    'jt25_county_rural_work_conference_glued': "first run at stop 30 (on d22f8ff), not mended: points read ['充分肯定成绩，准确把握', '突出工作重点，全面推进乡村振兴', '强化组织保障，确保各项任务落地见效'], the writer's ['充分肯定成绩，准确把握“三农”工作面临的新形势', '突出工作重点，全面推进乡村振兴', '强化组织保障，确保各项任务落地见效']",
    'ju06_first_secretary_forum_transcript': "first run at stop 30 (on d22f8ff), not mended: points read ['把心沉下去', '把事办实', '把班子带强', '我讲讲组织上能为大家做些什么', '大家要注意身体，注意安全'], the writer's ['把心沉下去', '把事办实', '把班子带强', '我讲讲组织上能为大家做些什么']",
    'ju13_village_construction_tour_unnumbered': "first run at stop 30 (on d22f8ff), not mended: sub-points of 看到了变化… read ['村容村貌更整洁了', '基础设施更完善了', '产业发展更有活力了'], the writer's []; sub-points of 找准了差距… read ['发展不平衡', '建管不同步', '群众参与不够', '特色不够鲜明'], the writer's []",
    'jv05_demolition_mobilize_transcript': "first run at stop 30 (on d22f8ff), not mended: points read ['这个片区必须拆，而且拆不得慢', '拆要拆得阳光，拆得公平', '干部要往前站', '我补充一句，就是安全'], the writer's ['这个片区必须拆，而且拆不得慢', '拆要拆得阳光，拆得公平', '干部要往前站']",
    'jv06_project_groundbreaking_short': "first run at stop 30 (on d22f8ff), not mended: closing read from '各位领导、各位来宾，某某是一片投资兴业的热土。我们将一如既往'…, the writer's from '最后，祝各个项目早日建成投产'…",
    'jv09_construction_safety_glued': "first run at stop 30 (on d22f8ff), not mended: points read ['清醒认识当前住建领域安全生产形势', '突出抓好重点领域隐患排查整治', '压紧压实安全生产责任链条', '提升本质安全水平推广应用智慧工地，年内全市在建项目塔吊监控、视频监控、人员实名制'], the writer's ['清醒认识当前住建领域安全生产形势', '突出抓好重点领域隐患排查整治', '压紧压实安全生产责任链条', '提升本质安全水平']",
    'jv13_rural_roads_plain_headings': "first run at stop 30 (on d22f8ff), not mended: sub-points of 抓住关键环节… read [], the writer's ['建设上，要由“通”向“畅', '管护上，要全面落实“路长', '运营上，要推进城乡交通运']",
    'jv22_spring_festival_transport': "first run at stop 30 (on d22f8ff), not mended: no closing read, the writer's from '春运时间紧、任务重、责任大。'…",
    'jw07_tourism_dispatch_meeting_transcript': "first run at stop 30 (on d22f8ff), not mended: points read ['对形势要有一个清醒的判断', '项目要抓紧', '服务和秩序', '还要说一下安全'], the writer's ['对形势要有一个清醒的判断', '项目要抓紧', '服务和秩序', '还要说一下安全', '还有一个小事情啊，顺便说一下，就是宣传的口径要统一']",
    'jw08_federation_of_arts_congress_opening': "first run at stop 30 (on d22f8ff), not mended: closing read from '各级党委和政府要把文艺工作摆上重要位置，加强和改进对文艺工作'…, the writer's from '同志们、朋友们！文艺的春天正在到'…",
    'jw09_radio_tv_work_meeting_glued': "first run at stop 30 (on d22f8ff), not mended: sub-points of 2023年工作回顾… read ['主题宣传有声有色', '精品创作持续发力', '公共服务提档升级', '行业管理更加规范'], the writer's []",
    'jw15_cultural_market_enforcement_mixed_numbering': "first run at stop 30 (on d22f8ff), not mended: points read ['关于去年工作的评价', '关于当前面临的形势', '今年要重点抓好几项工作'], the writer's ['关于去年工作的评价', '关于当前面临的形势', '今年要重点抓好几项工作', '切实加强执法队伍建设']",
    'jw20_annual_culture_tourism_work_conference_long': "first run at stop 30 (on d22f8ff), not mended: sub-points of 准确把握2024年全… read ['把握好事业和产业的关系', '把握好保护和利用的关系', '把握好供给和需求的关系', '把握好发展和安全的关系'], the writer's []",
    'jx02_medical_ethics_webpage': "first run at stop 30 (on d22f8ff), not mended: sub-points of 突出重点，坚决纠治群… read ['严查收受“红包”回扣问题', '严查不合理诊疗问题', '严查违规收费问题', '严查服务态度问题'], the writer's []",
    'jx07_doctors_day_transcript': "first run at stop 30 (on d22f8ff), not mended: points read ['感谢', '希望', '讲讲我们院里要做的事', '刚才忘了讲，就是医患关系'], the writer's ['感谢', '希望', '讲讲我们院里要做的事', '另外还有一点，刚才忘了讲，就是医患关系']",
    'jx13_salary_reform_unnumbered': "first run at stop 30 (on d22f8ff), not mended: sub-points of 关于改革的核心内容… read ['落实“两个允许”', '合理确定薪酬水平', '优化薪酬结构', '探索多种分配方式'], the writer's []",
    'jy14_industry_it_work_meeting_long': "first run at stop 30 (on d22f8ff), not mended: sub-points of 把握大势，抢抓机遇，… read ['政策机遇', '产业转移机遇', '市场需求机遇'], the writer's []",
    'jz07_annual_review_transcript': "first run at stop 30 (on d22f8ff), not mended: points read ['对今年的工作怎么看', '怎么看待述职测评', '明年怎么干', '另外，还有一条，就是要把身体搞好'], the writer's ['对今年的工作怎么看', '怎么看待述职测评', '明年怎么干']",
    'jz12_collective_talk_mixed_numbering': "first run at stop 30 (on d22f8ff), not mended: closing read from '谢谢大家！'…, the writer's from '最后，希望大家珍惜组织给予的机会'…",
    'jz20_party_members_spoken_points': "first run at stop 30 (on d22f8ff), not mended: points read ['咱们党员到底要有个什么样子', '我想讲讲学习的问题'], the writer's ['咱们党员到底要有个什么样子', '我想讲讲学习的问题', '再一点，我顺便说一下纪律的问题']",
    'jk03_ideological_work_pdf_long': "first run at stop 29 (on efdc0e6), not mended: sub-points of 客观分析学校思想政治… read ['认识上还有偏差', '工作上还有短板', '队伍建设上还有差距', '保障机制上还不够健全'], the writer's []",
    'jk05_audit_mobilization_docx': "first run at stop 29 (on efdc0e6), not mended: sub-points of 强化保障，确保迎评工… read ['加强组织领导', '强化督促检查', '营造良好氛围'], the writer's []",
    'jk06_talent_meeting_transcript': "first run at stop 29 (on efdc0e6), not mended: closing read from '我就讲这些，谢谢大家。'…, the writer's from '好，大概就是这么几点。'…",
    'jk08_discipline_questions_subtitle': "first run at stop 29 (on efdc0e6), not mended: sub-points of 差距到底在哪里… read ['高峰不够高', '人才不够强', '成果不够硬', '机制不够活'], the writer's []",
    'jk10_research_meeting_glued': "first run at stop 29 (on efdc0e6), not mended: sub-points of 聚焦关键环节，推动科… read ['加强有组织科研', '优化科研组织模式', '促进成果转化应用', '营造良好科研生态学校将深'], the writer's ['加强有组织科研', '优化科研组织模式', '促进成果转化应用', '营造良好科研生态']",
    'jk15_discipline_unnumbered_heads': "first run at stop 29 (on efdc0e6), not mended: speaker read as None, the writer's '邵明远'; no closing read, the writer's from '学科建设没有捷径可走'…",
    'jk25_ideological_no_byline_runon': "first run at stop 29 (on efdc0e6), not mended: no closing read, the writer's from '思想政治工作是一项长期任务'…",
    'jl04_traffic_spring_festival_terse': "first run at stop 29 (on e6b7202), not mended: points read ['把人放到路上去', '把重点车辆盯死', '把隐患路段管住', '把应急准备做足', '把纪律作风绷紧', '执勤点要把饭送到、把热水备好'], the writer's ['把人放到路上去', '把重点车辆盯死', '把隐患路段管住', '把应急准备做足', '把纪律作风绷紧']",
    'jl05_prison_safety_transcript': "first run at stop 29 (on e6b7202), not mended: speaker read as None, the writer's '陈国栋'; sub-points of 当前要重点抓好哪几件… read ['清监搜身，要真清真搜', '重点罪犯，要一人一策'], the writer's ['清监搜身，要真清真搜', '重点罪犯，要一人一策', '民警在岗，要在岗在位在状']",
    'jl12_militia_town_mixed_numbering': "first run at stop 29 (on e6b7202), not mended: sub-points of 提高认识，把民兵整组… read ['镇党委班子成员要把民兵工', '各村党支部书记要履行好民', '镇直各单位要支持本单位人'], the writer's []",
    'jl14_flood_wechat_first_next_last': "first run at stop 29 (on 85ea6fe), partly mended since (听全文, the page's audio button, no longer read as the speaker; the speaker read from the headline); what remains: sub-points of 把预警转移抓到位，牢… read ['预警要快', '叫应要实', '转移要果断'], the writer's [] (said inside one paragraph: sub-points by the suite's convention)",
    'jl17_militia_spoken_points': "first run at stop 29 (on e6b7202), not mended: closing read from '就说这些。有什么困难，会后直接找我或者找政委。谢谢大家。'…, the writer's from '总的来说，今年整组任务是比较重的'…",
    'jl19_emergency_note_bold_lists': "first run at stop 29 (on e6b7202), not mended: title read as '汛前会讲话稿', the writer's '在全市汛前安全生产和防汛准备工作会议上的讲话'",
    'jl25_armed_police_demob_bold_unnumbered_docx': "first run at stop 29 (on e6b7202), not mended: points read ['领导干部要靠前指挥', '情况报告要及时准确'], the writer's ['抓教育，稳住官兵思想', '抓管理，守住安全底线', '抓交接，确保任务不断档', '抓整组，打牢建设基础', '我讲两点要求']",
    'jq02_safety_second_draft_no_closing': "first run at stop 29 (on e6b7202), partly mended since (the reviewer's 【批注：…】 line dropped, no longer a point); what remains: the draft stops before its closing: the writer takes its last paragraph's first words, mine reads no closing",
    'jq07_sales_meeting_track_changes': "first run at stop 29 (on e6b7202), not mended: sub-points of 聚焦重点，全力以赴完… read ['稳住基本盘', '开拓新市场', '抢抓新渠道', '做强品牌'], the writer's []",
    'jq09_park_opening_short_unfinished': "first run at stop 29 (on e6b7202), not mended: speaker read as '郑某某，待定', the writer's '郑某某'; no closing read, the writer's from '产业园的建成开园，是我区数字经济'…",
    'jq11_city_economic_conference_long': "first run at stop 29 (on e6b7202), not mended: sub-points of 准确把握明年经济工作… read ['以进促稳', '先立后破'], the writer's []",
    'jq20_subdistrict_retreat_md_list': "first run at stop 29 (on e6b7202), not mended: speaker read as None, the writer's '潘某某'",
    'jj02_county_secretary_plenum_speech': "first run at stop 29 (on e6b7202), not mended: sub-points of 压紧压实管党治党政治… read ['各级党组织要扛起主体责任', '纪检监察机关要履行监督责', '领导干部要发挥示范作用', '职能部门要履行监管责任'], the writer's []",
    'jj03_warning_conference_qingfeng_web': "first run at stop 29 (on e6b7202), not mended: sub-points of 直面案件之痛，清醒认… read ['从查处的案件看，腐败存量', '从案件特点看，新型腐败和', '从全市面上看，政治生态修'], the writer's ['从查处的案件看，腐败存量', '从案件特点看，新型腐败和', '从全市面上看，政治生态修']",
    'jj08_county_warning_conference_glued': "first run at stop 29 (on e6b7202), not mended: sub-points of 以案促改，推动全面从… read ['抓好问题整改', '健全制度机制', '压实主体责任', '强化监督问责'], the writer's []",
    'jj14_district_plenum_mixed_numbering': "first run at stop 29 (on e6b7202), not mended: sub-points of 以更严要求推进正风肃… read ['坚决惩治腐败', '持续纠治“四风”'], the writer's []",
    'jj17_soe_case_reform_dash_points': "first run at stop 29 (on e6b7202), not mended: no closing read, the writer's from '各企业要在9月底前将以案促改工作'…",
    'jj19_soe_warning_meeting_transcript': "first run at stop 29 (on e6b7202), not mended: speaker read as '谢某某', the writer's '赵某某'",
    'jj20_village_cadres_integrity_talk': "first run at stop 29 (on e6b7202), not mended: sub-points of 认清形势，知道村干部… read ['集体“三资”管理：有的把', '惠农补贴发放：有的优亲厚', '工程项目建设：有的插手村'], the writer's ['集体“三资”管理', '惠农补贴发放', '工程项目建设']; sub-points of 明确底线，知道村干部… read ['不能搞“一言堂”：村里的', '不能伸手乱拿：集体的钱、', '不能优亲厚友：低保、救助'], the writer's ['不能搞“一言堂”', '不能伸手乱拿', '不能优亲厚友']",
    'jj21_inspection_group_leader_wechat': "first run at stop 29 (on e6b7202), partly mended since (the column 巡察进驻｜ before the title dropped); what remains: 最后，希望镇党委和巡察组共同努力… read as a third point, the writer's closing",
    'jm01_starheng_autumn_launch': "first run at stop 29 (on e6b7202), not mended: points read ['一年前的承诺', '和生态伙伴一起走'], the writer's ['一年前的承诺', 'StarOS5：把AI装进每', 'NovaPad3', '和生态伙伴一起走']",
    'jm02_yunfan_devcon_keywords_wechat': "first run at stop 29 (on e6b7202), partly mended since (the account's ▍ bar before each heading line dropped); what remains: the speaker named only in the headline 何远舟2024云帆开发者大会主题演讲：… not read",
    'jm08_haifan_crossborder_glued_lines': "first run at stop 29 (on e6b7202), not mended: sub-points of 给同行的几点建议… read ['不要怕慢', '合规先行', '抱团出海'], the writer's []",
    'jm14_edu_founder_notes_mixed_numbering': "first run at stop 29 (on e6b7202), not mended: salutation read as '各位创业营的同学', the writer's ''; points read ['先活下来，再谈理想', '产品要自己去用', '关于融资'], the writer's ['先活下来，再谈理想', '产品要自己去用', '关于团队', '关于融资']; no closing read, the writer's from '最后她说了一段，我觉得挺好'…",
    'jm18_chaoxi_aero7_launch_slide_titles': "first run at stop 29 (on e6b7202), not mended: title read as '潮汐科技 Aero 7 系列新品发布会｜速记稿演讲：潮汐科技创始人、CEO 蒋澄', the writer's '潮汐科技 Aero 7 系列新品发布会'; speaker read as None, the writer's '蒋澄'; points read [], the writer's ['一年回顾', '影像：一英寸，再进一步', '性能与续航', 'HarborOS3.0', '价格与开售', 'Onemorething']; closing read from '最后，还有一件事。'…, the writer's from '好，今天的发布会就到这里'…",
    'jm20_qiye_tea_annual_wechat_0102': "first run at stop 29 (on e6b7202), partly mended since; what remains: title read '柒叶人.', the writer's '柒叶茶CEO顾晓棠年会演讲全文：慢一点，稳一点，好一点'; speaker read None, the writer's '顾晓棠'; points read ['回望2023：我们开到了第1000家店', '我们的坚持：好原料，不将就', '2024：慢一点，稳一点，好一点'], the writer's ['回望2023：我们开到了第1000家店', '我们的坚持：好原料，不将就', '032024：慢一点，稳一点，好一点']",
    'jm23_oasis_games_annual_keywords': "first run at stop 29 (on e6b7202), not mended: points read ['这一年', '三个关键词', '明年的几件事', '写在最后'], the writer's ['这一年', '三个关键词', '明年的几件事']; no closing read, the writer's from '说了这么多，其实我最想说的只有一'…",
    'jm25_hardtech_vc_transcript_spoken_numbering': "first run at stop 29 (on e6b7202), partly mended since (the event and the 主题分享： label before the title dropped); what remains: 然后还有一个，就是看时间窗口 not read as a point (the writer's third)",
    'jp05_rural_revival_q2_docx': "first run at stop 29 (on e6b7202), not mended: sub-points of 存在的问题… read [], the writer's ['衔接资金支出进度偏慢', '产业带动能力不强', '部分乡镇工作不够扎实']",
    'jp07_county_q3_transcript': "first run at stop 29 (on e6b7202), not mended: points read ['对前三季度的形势要有清醒的判', '问题到底出在哪里', '四季度怎么干'], the writer's ['对前三季度的形势要有清醒的判', '问题到底出在哪里', '四季度怎么干', '我还要说一下纪律']",
    'jp08_education_midyear_inline_lists': "first run at stop 29 (on e6b7202), not mended: sub-points of 上半年工作回顾… read ['办学条件持续改善', '教育质量稳步提升', '教师队伍不断加强', '安全稳定态势良好'], the writer's []",
    'jp12_finance_q3_shouxian': "first run at stop 29 (on e6b7202), not mended: points read ['关于前三季度财政运行的基本情', '关于当前财政工作中存在的问题', '关于四季度的重点工作', '守牢底线防风险', '严肃纪律强监督'], the writer's ['关于前三季度财政运行的基本情', '关于当前财政工作中存在的问题', '关于四季度的重点工作']",
    'jp13_industry_q2_dash_points': "first run at stop 29 (on e6b7202), not mended: sub-points of 当前工业经济运行中的… read ['增长面不够宽', '企业经营压力较大', '新动能接续不足'], the writer's []",
    'jp19_health_q2_dier_dian': "first run at stop 29 (on e6b7202), not mended: points read ['持续深化医共体建设', '全力提升基层服务能力', '加快补齐人才短板', '扎实抓好疾病防控', '从严加强行业监管'], the writer's ['上半年的工作要充分肯定', '存在的问题要正视', '下半年的任务要抓实']",
    'jp20_county_q1_pdf_header': "first run at stop 29 (on e6b7202), not mended: sub-points of 几点要求… read ['压实责任', '强化调度', '严格考核'], the writer's []",
    'jp23_brief_remarks_no_points': "first run at stop 29 (on e6b7202), not mended: closing read from '谢谢大家！'…, the writer's from '会上定下来的事情，各责任单位要马'…",
    'jr01_county_safety_ppt_export': "first run at stop 29 (on e6b7202), not mended: points read ['2023年全县安全生产形势', '2023年全县安全生产形势（', '当前面临的突出问题', '2024年重点工作任务', '2024年重点工作任务', '2024年重点工作任务', '压紧压实各方责任'], the writer's ['2023年全县安全生产形势', '当前面临的突出问题', '2024年重点工作任务', '压紧压实各方责任']",
    'jr02_business_env_outline_then_fulltext': "first run at stop 29 (on e6b7202), partly mended since (（演示文稿提纲） is a mark of the copy, no longer read as the speaker); what remains: a slide outline before the full text: its 一、正视差距 … read as points before the full text's, speaker and salutation under the outline not found",
    'jr03_town_forest_fire_handout_outline': "first run at stop 29 (on e6b7202), not mended: no closing read, the writer's from '（三）从严追责问责。对责任不落实'…",
    'jr04_district_education_booklet_agenda': "first run at stop 29 (on e6b7202), not mended: title read as '讲话稿', the writer's '在全区2024年教育工作会议上的讲话'; speaker read as '何静', the writer's '陈国平'; salutation read as '', the writer's '同志们'",
    'jr07_city_management_pdf_wrapped': "first run at stop 29 (on e6b7202), not mended: points read ['充分肯定成绩，准确把握城市管', '聚焦重点难点，全面提升城市精', '创新体制机制，推动城市管理从'], the writer's ['充分肯定成绩，准确把握城市管', '聚焦重点难点，全面提升城市精', '创新体制机制，推动城市管理从']",
    'jr11_city_economic_work_booklet_long': "first run at stop 29 (on e6b7202), not mended: title read as '12月26日（星期二）', the writer's '坚定信心 奋勇争先 推动全市经济高质量发展迈出新步伐'; speaker read as None, the writer's '宋立言'; salutation read as '', the writer's '同志们'",
    'jr12_health_work_glued_lines': "first run at stop 29 (on e6b7202), not mended: sub-points of 充分肯定成绩，进一步… read ['医疗卫生服务体系不断完善', '基层服务能力持续提升', '公共卫生体系更加健全', '医改重点任务扎实推进'], the writer's []",
    'jr13_group_hse_wps_slides': "first run at stop 29 (on e6b7202), partly mended since (the speaker read from 汇报人：副总经理　韩晓东 since stop 30); what remains: a slide export ([幻灯片 N] marks, CONTENTS, PART 01): the slide mark kept in the title, the slides' 1) 2) items read as points, not the three PART headings",
    'jr20_investment_promotion_switching_numbering': "first run at stop 29 (on e6b7202), not mended: sub-points of 强化保障，确保项目建… read ['加快项目前期工作', '强化要素保障', '优化审批服务', '严格督查考核'], the writer's []",
    'jo15_ethnic_unity_creation_inline_list': "first run at stop 29 (on e6b7202), not mended: sub-points of 抓住关键环节，推动创… read ['抓示范引领', '抓融入日常', '抓问题导向', '抓动态管理'], the writer's []",
    'jo18_uf_cadre_training_yiyao': "first run at stop 29 (on e6b7202), not mended: closing read from '最后，对培训班的管理，我再强调一下。培训期间实行严格的考勤制'…, the writer's from '以上讲的，供大家参考'…",
    'jo20_ethnic_sports_games_short_address': "first run at stop 29 (on e6b7202), not mended: speaker read as None, the writer's '木合塔尔·艾力'",
    'ja07_market_regulation_transcript': "first run at stop 29 (on 377f68f), not mended: points read ['讲讲去年的工作', '讲讲今年怎么干', '把营商环境作为头号工程来抓', '安全底线一刻也不能松', '执法办案要动真碰硬', '队伍建设'], the writer's ['讲讲去年的工作', '讲讲今年怎么干']",
    'ja13_natural_resources_city_unnumbered': "first run at stop 29 (on 377f68f), not mended: sub-points of 关于2025年工作… read [], the writer's ['素保障有力有效', '耕地保护成效明显', '规划引领作用更加凸显', '不动产登记服务不断优化']",
    'jc03_young_cadres_heart_talk_transcript': "first run at stop 29 (on 377f68f), not mended: points read ['关于位子和担子的事', '关于会干事和能共事的事', '我要多说几句，就是关于干净的', '本来不打算讲的，顺便提一下，'], the writer's ['关于位子和担子的事', '关于会干事和能共事的事', '我要多说几句，就是关于干净的']",
    'jc10_party_school_term_opening_long': "first run at stop 29 (on 377f68f), not mended: closing read from '最后，我还想对党校的同志们说几句。办好党校，关键在教师。这些'…, the writer's from '同志们，“学如逆水行舟，不进则退'…",
    'jc16_seminar_graduation_web_inline_list': "first run at stop 29 (on 377f68f), not mended: sub-points of 本期研讨班的主要特点… read ['主题聚焦', '形式多样', '研讨深入', '学风端正'], the writer's []; sub-points of 几点希望… read ['持续深化学习', '推动成果转化', '加强交流联系'], the writer's []",
    'jd17_consultation_brief_remarks': "first run at stop 29 (on 377f68f), not mended: closing read from '会后，经济委要把大家的意见建议认真整理，形成协商意见，报区委'…, the writer's from '再次感谢各位委员和部门同志的积极'…",
    'jh01_banzihui_three_points': "first run at stop 29 (on 377f68f), not mended: sub-points of 改进作风，班子成员要… read ['带头讲团结', '带头抓落实', '带头守规矩'], the writer's []",
    'jh06_liren_unnumbered': "first run at stop 29 (on 377f68f), not mended: closing read from '当然，由于我个人能力和水平有限，工作中还有不少遗憾和不足，有'…, the writer's from '最后，再一次向大家道一声'…",
    'jh07_nianzhong_pdf_long': "first run at stop 29 (on 377f68f), not mended: sub-points of 清醒认识存在的问题和… read ['经济回升的基础还不牢固', '产业结构还不够优', '财政收支矛盾突出', '民生领域还有不少短板', '干部作风还需持续改进'], the writer's []",
    'jh22_diaoyan_qiye_md_list': "first run at stop 29 (on 377f68f), not mended: closing read from '好，就讲这些。'…, the writer's from '各部门要把企业的事当成自己的事'…",
    'jb06_plenary_closing_transcript': "first run at stop 29 (on 10b990d), not mended: points read ['项目要早谋划', '招商要盯紧', '民生的事要早安排'], the writer's ['对形势要有清醒的判断', '明年的事情要早动手', '干部要有担当']",
    'jb09_city_propaganda_yao_leads': "first run at stop 29 (on 10b990d), not mended: sub-points of 聚焦主责主业，着力在… read [], the writer's ['在学深悟透上下功夫', '在宣传普及上下功夫', '在研究阐释上下功夫']; sub-points of 服务中心大局，着力在… read [], the writer's ['唱响主旋律', '做好对外宣传', '守牢意识形态阵地']",
    'jb15_district_political_legal_glued': "first run at stop 29 (on 10b990d), not mended: sub-points of 聚焦重点难点，着力提… read ['推进严格规范公正文明执法', '加强法治政府建设'], the writer's ['推进严格规范公正文明执法', '加强法治政府建设', '深化普法宣传教育']",
    'jb20_county_political_legal_campaign_docx': "first run at stop 29 (on 10b990d), not mended: sub-points of 充分认识开展专项行动… read ['从社会治安形势看，去年下', '从矛盾纠纷看', '从群众期盼看'], the writer's ['从社会治安形势看', '从矛盾纠纷看', '从群众期盼看']",
    'je02_group_clean_governance_intranet': "first run at stop 29 (on 10b990d), not mended: sub-points of 压紧压实管党治党政治… read ['压实党委主体责任', '压实纪委监督责任', '压实“一岗双责”', '加强纪检干部队伍建设'], the writer's []",
    'je04_soe_reform_push_meeting_pdf': "first run at stop 29 (on 10b990d), not mended: sub-points of 强化组织保障，确保改… read ['压实责任', '加强督导', '强化考核', '营造氛围'], the writer's []",
    'je05_private_chairman_annual_gala': "first run at stop 29 (on 10b990d), not mended: sub-points of 反思… read ['管理粗放了', '我自己的问题'], the writer's ['产品创新慢了', '管理粗放了', '我自己的问题']; sub-points of 方向… read [], the writer's ['稳主业，就是家电配件这个', '强创新，就是今年研发投入', '拓海外，就是要在越南工厂', '提效率，就是从今年开始推']",
    'je15_monthly_safety_md_dash_points': "first run at stop 29 (on 10b990d), partly mended since (the speaker read from the block-quoted byline with its date and place); what remains: closing read from '散会。'…, the writer's from '安全工作最怕的就是“差不多”'…",
    'je16_rural_bank_annual_pdf': "first run at stop 29 (on 10b990d), not mended: sub-points of 清醒认识面临的形势，… read ['利率持续下行', '同业竞争日趋激烈', '县域经济发展中的不确定因'], the writer's []",
    'je21_securities_brokerage_md_numbered_list': "first run at stop 29 (on 10b990d), not mended: sub-points of 几点要求… read [], the writer's ['把合规放在首位', '把考核落到实处']",
    'je22_private_chairman_new_year_short': "first run at stop 29 (on 10b990d), not mended: closing read from '谢谢大家！'…, the writer's from '春节期间，请大家好好陪伴家人'…",
    'je24_safety_month_spoken_aspects': "first run at stop 29 (on 10b990d), not mended: no closing read, the writer's from '好，就这样吧。安全的事情'…",
    'jf02_party_site_organ_building': "first run at stop 29 (on 10b990d), not mended: sub-points of 坚持把政治建设摆在首… read ['在学懂弄通上下功夫', '在贯彻落实上下功夫', '在严守纪律上下功夫'], the writer's []",
    'jf05_wechat_repost_flood_control': "first run at stop 29 (on 10b990d), not mended: sub-points of 工作上要抓住关键环节… read ['抓好隐患排查', '抓好监测预警', '抓好人员转移'], the writer's []",
    'jf06_wenku_truncated_district_economy': "first run at stop 29 (on 10b990d), not mended: no closing read, the writer's from '（三）千方百计稳工业。要落实好'…",
    'jf11_transcript_market_regulation_integrity': "first run at stop 29 (on 10b990d), not mended: points read ['讲讲为什么要开这个会', '我想讲讲我们系统廉政风险主要'], the writer's ['讲讲为什么要开这个会', '我想讲讲我们系统廉政风险主要', '今后怎么办，我提几点要求']",
    'jf20_wechat_clip_md_truncated_talent': "first run at stop 29 (on 10b990d), not mended: title read as '聚天下英才 建活力安远', the writer's '在全县人才工作会议上的讲话'; no closing read, the writer's from '（二）压实部门责任。'…",
    'jg02_investment_promotion_webpage': "first run at stop 29 (on 10b990d), not mended: sub-points of 突出重点，提高招商引… read ['坚持产业链招商', '坚持以商招商', '坚持驻点招商', '坚持基金招商'], the writer's []",
    'jg11_rural_site_visit_short': "first run at stop 29 (on 10b990d), not mended: closing read from '就讲这些。'…, the writer's from '乡村振兴是干出来的，不是喊出来的'…",
    'a23_safety_rootcause_campaign_docx': "会后，各县（市、区）…要… then 让我们…: this writer opens the closing at the arrangements after the meeting; six other writers (c18 it13 jd24 hk15 hz09 jh21) read such arrangements as the last point's text and open it at the words that turn to the hall, and mine follows them",
    'is04_district_govplenary_short_oneline_countmismatch': "first run at stop 28 (on f48fb32), partly mended since (the flattened head's byline, date and salutation read apart); what remains: no closing read, the writer's from '同志们，二季度工作任务很重'…",
    'is06_county_govplenary_notes_md_boldleads': "first run at stop 28 (on f48fb32), not mended: sub-points of 改进作风，建设人民满… read [], the writer's ['讲效率', '讲规矩', '讲廉洁']",
    'is11_county_econ_transcript_spoken_oneline': "first run at stop 28 (on f48fb32), partly mended since (the flattened head's byline, date and salutation read apart); what remains: sub-points of 今年到底干什么… read [], the writer's ['抓项目', '抓招商', '抓环境']; no closing read, the writer's from '好，我就讲这些。'…",
    'is14_town_econ_dianyi_countmismatch_fewlines': "first run at stop 28 (on f48fb32), partly mended since (the flattened head's byline, date and salutation read apart); what remains: no closing read, the writer's from '同志们、朋友们，新的一年'…",
    'is15_county_govplenary_dash_subpoints_oneline': "first run at stop 28 (on f48fb32), partly mended since (the flattened head's byline, date and salutation read apart); what remains: sub-points of 全力以赴抓好下半年重… read ['紧盯工业运行不放松', '紧盯消费恢复不放松', '紧盯财政收支不放松', '紧盯民生实事不放松'], the writer's ['紧盯项目建设不放松', '紧盯工业运行不放松', '紧盯消费恢复不放松', '紧盯财政收支不放松', '紧盯民生实事不放松']",
    'is16_hitech_zone_econ_unnumbered_headings': "first run at stop 28 (on f48fb32), not mended: sub-points of 关于去年工作的基本判… read ['新兴产业的占比上来了', '创新的浓度提高了', '服务的口碑变好了'], the writer's []",
    'is17_city_govplenary_sentence_heads_numbered_glued': "first run at stop 28 (on f48fb32), partly mended since (the flattened head's byline, date and salutation read apart); what remains: points read [], the writer's ['一季度全市经济开局总体平稳，但回升基础还不牢固，必须保持清醒头脑', '二季度是实现“双过半”的关键期，各项工作要全面提速、持续加力', '稳增长需要各方合力，必须压紧压实各级各部门的责任，形成抓落实的强大合力']",
    'is18_county_govplenary_closing_remarks_nopoints': "first run at stop 28 (on f48fb32), partly mended since (the flattened head's byline, date and salutation read apart); what remains: no closing read, the writer's from '同志们，春节过后，各项工作就要全'…",
    'is19_county_econ_partly_glued_lines': "first run at stop 28 (on f48fb32), partly mended since (the flattened head's byline, date and salutation read apart); what remains: sub-points of 关于抓好落实的几点要… read [], the writer's ['加强组织领导', '强化责任落实', '严格督查考核']",
    'is25_county_govplenary_arabic_dun_glued_spaces': "first run at stop 28 (on f48fb32), not mended: sub-points of 关于今年的重点工作… read [], the writer's ['抓项目，稳投资', '抓工业，强实体', '抓农业，促振兴', '抓民生，补短板']; no closing read, the writer's from '同志们，做好今年的政府工作'…",
    'it02_branch_review_yishi': "first run at stop 28 (on f48fb32), not mended: closing read from '以上意见，请支部认真研究，抓好整改落实。整改情况我会后还要跟'…, the writer's from '过去的一年，第二支部的同志们'…",
    'it07_minzhu_each_member': "first run at stop 28 (on f48fb32), not mended: sub-points of 对班子成员的点评… read [], the writer's ['对张立华同志', '对刘志明同志', '对陈秀梅同志', '对王建军同志', '对孙海涛同志']",
    'it18_warning_web_unnumbered': "first run at stop 28 (on f48fb32), not mended: sub-points of 标本兼治，推动以案促… read ['以查处问题的坚决态度形成', '以完善制度的务实举措堵塞'], the writer's []",
    'it21_village_branch_each_member': "first run at stop 28 (on f48fb32), not mended: points read [], the writer's ['对支部书记陈永福同志，你的对', '对老党员周德福同志，你今年七', '对年轻党员刘小军同志，你回村', '对妇联主席、党员王桂芳同志，']",
    'iu07_company_awards_spoken_transcript': "first run at stop 28 (on f48fb32), not mended: closing read from '祝大家新年快乐，身体健康，家庭幸福！谢谢大家！'…, the writer's from '好，最后我就说一句。'…",
    'iu15_vocational_opening_shouxian_qici': "first run at stop 28 (on f48fb32), not mended: speaker read as None, the writer's '吴海燕'",
    'iu18_hospital_newstaff_three_sentences_wechat': 'first run at stop 28 (on f48fb32), partly mended since (the column 院长寄语 | before the title dropped); what remains: the speaker named only in the news lead (院长蒋立群为新员工上了“入职第一课”。以下为讲话全文：) not read',
    'iu19_residency_opening_questions_md': "first run at stop 28 (on f48fb32), not mended: title read as '住培开班讲话', the writer's '在2024级住院医师规范化培训开班典礼上的讲话'; speaker read as None, the writer's '葛晓峰'; points read ['在2024级住院医师规范化培'], the writer's ['为什么要规培', '规培到底培什么', '怎样过好这三年']; closing read from '谢谢大家！'…, the writer's from '三年以后，当你们通过结业考核'…",
    'iu22_company_new_year_toast_short': "first run at stop 28 (on f48fb32), not mended: closing read from '新的一年，机遇与挑战并存。我相信，只要我们同心同德、真抓实干'…, the writer's from '最后，我提议，为公司的美好明天'…",
    'iv05_safety_dispatch_pdf': "first run at stop 28 (on f48fb32), not mended: sub-points of 清醒认识当前安全生产… read ['责任落实不到位', '隐患排查不彻底', '执法检查不严格'], the writer's []",
    'iv08_economy_dispatch_long': "first run at stop 28 (on f48fb32), not mended: sub-points of 准确把握经济运行态势… read ['回升的基础还不牢固', '投资的后劲还不足', '消费恢复还不均衡', '区域发展还不平衡'], the writer's []; sub-points of 逐一压实县区和部门的… read [], the writer's ['高新区', '东城区', '临河县', '西湖区和北山县', '南湖区和经开区', '市直部门']",
    'iv09_town_park_onsite_glued': "first run at stop 28 (on f48fb32), not mended: no closing read, the writer's from '以上意见，请大家认真抓好落实。'…",
    'iv11_investment_special_firstly': "first run at stop 28 (on f48fb32), not mended: points read ['把招商的方向搞准', '把招商的方法搞活', '把项目的落地抓实', '把招商的责任压实'], the writer's ['把招商的方向搞准', '把招商的方法搞活', '把项目的落地抓实', '把招商的责任压实', '我顺便讲一下，就是要防范招商', '再讲一点，营商环境是最好的招']",
    'iv12_civilized_city_huddle_dash': "first run at stop 28 (on f48fb32), not mended: points read ['关于背街小巷和老旧小区', '关于农贸市场', '关于公益广告', '关于志愿服务', '关于交通秩序', '关于窗口单位'], the writer's ['关于背街小巷和老旧小区', '关于农贸市场', '关于公益广告', '关于志愿服务', '关于交通秩序', '关于窗口单位', '大家注意一下，问卷调查']; no closing read, the writer's from '最后强调一点，这段时间各单位'…",
    'iv18_village_revitalization_onsite': "first run at stop 28 (on f48fb32), not mended: no closing read, the writer's from '桃源村是全市乡村振兴的一个样板'…",
    'iv19_street_huddle_notes': "first run at stop 28 (on f48fb32), not mended: sub-points of 年前安全这根弦要绷紧… read ['燃气安全：辖区内使用瓶装', '消防安全：重点是群租房和', '根治欠薪：辖区内的三个在'], the writer's ['燃气安全', '消防安全', '根治欠薪']; no closing read, the writer's from '大家辛苦，年前这几周顶住'…",
    'iv22_medical_fund_special_inline': "first run at stop 28 (on f48fb32), not mended: title read as '在全县医疗保障基金监管专题会上的讲话（丁卫华）', the writer's '在全县医疗保障基金监管专题会上的讲话'; speaker read as None, the writer's '丁卫华'",
    'iv24_autumn_harvest_dispatch_docx': "first run at stop 28 (on f48fb32), not mended: speaker read as None, the writer's '田国栋'; no closing read, the writer's from '散会前我再强调一句，各乡镇'…",
    'iw04_onboarding_outline_feishu': "first run at stop 28 (on f48fb32), not mended: sub-points of 培训期间的几点要求… read [], the writer's ['守时', '守纪', '安全']",
    'iw09_work_style_feishu_minutes': "first run at stop 28 (on f48fb32), not mended: title read as '主持人 00:00:02', the writer's '作风建设年活动动员会（录音转写）'; speaker read as '17秒', the writer's '周建明'; points read ['文山会海的毛病', '推诿扯皮的毛病', '不敢担当的毛病'], the writer's ['为什么要在今年搞这个作风建设', '那么，第二个问题呢，今年重点', '怎么抓落实']",
    'iw21_allhands_notion_unnumbered': "first run at stop 28 (on f48fb32), partly mended since (the emoji before its ## headings set aside); what remains: speaker read as None, the writer's '宋一鸣' (named in a block quote's 讲话人：宋一鸣（创始人、CEO）｜场合：…｜时长：… line)",
    'iw22_private_economy_webpaste': "first run at stop 28 (on f48fb32), not mended: sub-points of 精准施策，帮助民营企… read ['破解融资难题', '降低经营成本', '强化要素保障', '加强人才支撑'], the writer's []",
    'iw25_volunteer_team_emoji_keycaps': "first run at stop 28 (on f48fb32), not mended: speaker read as None, the writer's '严红梅'; sub-points of 2️⃣这支队伍要做些… read ['🧓关爱老人', '🧹美化环境', '📚陪伴孩子'], the writer's ['关爱老人', '美化环境', '陪伴孩子']",
    'ix01_county_work_safety_docx': "first run at stop 28 (on f48fb32), not mended: sub-points of 压紧压实安全生产责任… read ['落实党政领导责任', '落实部门监管责任', '落实企业主体责任', '强化督查问责'], the writer's []",
    'ix02_school_opening_docx': "first run at stop 28 (on f48fb32), not mended: closing read from '老师们，新学期，新的学生把最宝贵的三年交给了我们。希望大家用'…, the writer's from '同学们，从今天起，你们就是三中人'…",
    'ix04_civilized_city_webpage': "first run at stop 28 (on f48fb32), not mended: sub-points of 聚焦短板，集中开展专… read ['整治背街小巷', '规范农贸市场', '治理占道经营', '完善公益宣传'], the writer's []",
    'ix05_business_environment_docx': "first run at stop 28 (on f48fb32), not mended: points read ['在“快”字上下功夫', '在“简”字上下功夫', '在“实”字上下功夫'], the writer's ['把优化营商环境作为“一号工程', '聚焦企业所需，提升政务服务效', '强化法治保障，营造公平透明的']",
    'ix16_quarterly_review_docx': "first run at stop 28 (on f48fb32), not mended: sub-points of 关于当前存在的问题… read ['市场拓展不够主动', '成本控制没有到位', '应收账款压力大'], the writer's []; no closing read, the writer's from '二季度是全年工作的关键'…",
    'ix25_party_lecture_note': "first run at stop 28 (on f48fb32), not mended: sub-points of 对照先辈找差距… read ['有的同志理论学习不够深入', '有的同志服务意识不强，习', '有的同志工作标准不高，满', '还有的同志纪律观念淡薄，'], the writer's []; no closing read, the writer's from '以上是我今天党课的主要内容'…",
    'iy09_factory_50th_transcript': "first run at stop 28 (on f48fb32), not mended: closing read from '好，我就讲这么多。最后祝老同志们身体健康，祝红星厂越办越好！'…, the writer's from '那么总的来讲，五十年是一个节点'…",
    'iy18_city_30th_memorial_md': "first run at stop 28 (on f48fb32), partly mended since (### 结束语 after the numbered parts opens the closing, no fourth point); what remains: sub-points of 三十年再出发，… read with their colon's text ('做强产业：坚定不移推进工…'), the writer's the bold words before the colon ('做强产业')",
    'iy23_bank_branch_10th_short_nosalutation': "first run at stop 28 (on f48fb32), not mended: no closing read, the writer's from '感谢每一位客户的信任，感谢各级领'…",
    'iz01_business_env_key_points': "first run at stop 28 (on f48fb32), not mended: no closing read, the writer's from '营商环境只有更好，没有最好'…",
    'iz02_county_safety_news_webpage': "first run at stop 28 (on f48fb32), not mended: title read as '刘某某在全县安全生产工作会议上强调压实责任 守牢底线 坚决防范遏制重特大事故发生', the writer's '刘某某在全县安全生产工作会议上强调'; speaker read as None, the writer's '刘某某'; no closing read, the writer's from '县领导王某某、陈某某、李某某'…",
    'iz03_flood_control_bulletin': "first run at stop 28 (on f48fb32), not mended: title read as '全区防汛工作会议召开区长陈某某对做好今年防汛工作提出明确要求', the writer's '全区防汛工作会议召开'; speaker read as None, the writer's '陈某某'; no closing read, the writer's from '陈某某强调，防汛工作责任重于泰山'…",
    'iz05_org_work_excerpts_notes': "first run at stop 28 (on f48fb32), partly mended since (the title keeps its （摘要） as printed, stop 28); what remains: speaker read as '#待整理', the writer's '李某某'",
    'iz06_project_dispatch_inline_summary': "first run at stop 28 (on f48fb32), not mended: title read as '孙某某在全市重大项目建设调度会上要求奋力攻坚二季度 确保项目建设“双过半”', the writer's '孙某某在全市重大项目建设调度会上要求'; speaker read as None, the writer's '孙某某'; points read [], the writer's ['加快新开工项目落地', '推动在建项目提速', '强化要素保障', '优化审批服务', '压实调度责任']; no closing read, the writer's from '孙某某强调，项目建设是稳增长的“'…",
    'iz08_rural_work_news_yiyao': "first run at stop 28 (on f48fb32), not mended: title read as '吴某某在全市农村工作会议上强调锚定农业强市目标 全面推进乡村振兴', the writer's '吴某某在全市农村工作会议上强调'; speaker read as None, the writer's '吴某某'; no closing read, the writer's from '吴某某强调，办好农村的事情，关键'…",
    'iz12_safety_excerpts_guanyu_headings': "first run at stop 28 (on f48fb32), not mended: title read as '关于统筹发展和安全', the writer's '马某某同志关于安全生产工作的讲话摘编'; speaker read as None, the writer's '马某某'; points read ['关于压实安全生产责任', '关于抓好隐患排查整治', '关于提升应急处置能力', '关于转变工作作风'], the writer's ['关于统筹发展和安全', '关于压实安全生产责任', '关于抓好隐患排查整治', '关于提升应急处置能力', '关于转变工作作风']; no closing read, the writer's from '抓安全生产，最怕的是形式主义'…",
    'iz13_economy_news_dash_points': "first run at stop 28 (on f48fb32), not mended: title read as '罗某某作讲话', the writer's '全县经济工作会议召开'; speaker read as None, the writer's '罗某某'; no closing read, the writer's from '罗某某要求，各乡镇、各部门要切实'…",
    'iz16_docx_safety_month_news_bold_leads': "first run at stop 28 (on f48fb32), not mended: title read as '邓某某出席并讲话', the writer's '公司召开2024年“安全生产月”活动启动会'; speaker read as None, the writer's '邓某某'; no closing read, the writer's from '邓某某要求，各单位主要负责人要亲'…",
    'iz18_united_front_bulletin_speech_item': "first run at stop 28 (on f48fb32), not mended: speaker read as '第5期', the writer's '朱某某'; no closing read, the writer's from '企业家朋友们，民营经济发展前景广'…",
    'iz19_sales_midyear_meeting_notes': "first run at stop 28 (on f48fb32), not mended: speaker read as '公司领导班子、各部门负责人、各大区经理', the writer's '黄某某'; sub-points of 下半年重点：盯住三件… read ['稳住基本盘：老客户是我们', '打开新市场：新能源、储能', '把钱收回来：应收账款必须'], the writer's ['稳住基本盘', '打开新市场', '把钱收回来']; no closing read, the writer's from '最后说一句：下半年就是拼的时候'…",
    'iz20_tourism_inspection_short_news': "first run at stop 28 (on f48fb32), not mended: title read as '【简讯】许某某调研文旅产业发展工作', the writer's '许某某调研文旅产业发展工作'; speaker read as None, the writer's '许某某'; points read [], the writer's ['首先要在精品打造上下功夫', '其次要在业态融合上下功夫', '最后要在服务提升上下功夫']; no closing read, the writer's from '市文广旅游局、市发展改革委等部门'…",
    'iz21_investment_journal_pdf_copy': "first run at stop 28 (on f48fb32), not mended: title read as '讲话稿', the writer's '在全市招商引资暨重点项目建设推进会上的讲话'; speaker read as None, the writer's '卢某某'; salutation read as '', the writer's '同志们'",
    'iz23_elderly_care_inspection_webpage': "first run at stop 28 (on f48fb32), not mended: speaker read as None, the writer's '韦某某'; points read [], the writer's ['完善服务网络', '提升服务质量', '创新运营机制', '守牢安全底线']; no closing read, the writer's from '韦某某强调，养老服务事关千家万户'…",
    'ik06_transcript_spoken_numbering': "first run at stop 28 (on d5f271f), partly mended since (最后，还要强调一点 ends the 首先 list inside the third point: three points); what remains: sub-points of 当前我们干部作风上存… read [], the writer's ['一种是“怕”字当头', '一种是“慢”字当头', '还有一种是“虚”字当头']",
    'ik13_dash_points_spirit_lecture': "first run at stop 28 (on d5f271f), not mended: no closing read, the writer's from '红旗渠是干出来的，我们的事业也要'…",
    'ik17_no_salutation_diyidian_lecture': "first run at stop 28 (on d5f271f), not mended: no closing read, the writer's from '以上讲了四点，既是和大家交流'…",
    'il07_township_flood_prep_glued': "first run at stop 28 (on d5f271f), not mended: sub-points of 把应急准备落实起来… read ['队伍要建好', '物资要备足', '预警要畅通', '预案要管用'], the writer's []",
    'il14_flood_drill_review_short': "first run at stop 28 (on d5f271f), not mended: no closing read, the writer's from '请区防指办牵头，把今天演练发现的'…",
    'il25_district_land_clearance_push_sentences': "first run at stop 28 (on d5f271f), partly mended since (最后，要严明工作纪律… is the fifth point); what remains: sub-points of 坚持依法依规，… read ['政策要统一', '程序要合法', '信息要公开'], the writer's []",
    'im02_newsapp_project_excerpt_brackets': "first run at stop 28 (on d5f271f), partly mended since (title and speaker from the quoting headline); what remains: sub-points of 项目是发展的“硬支撑”… read ['重大项目储备不足', '项目质量不高', '项目推进不快'], the writer's []; no closing read, the writer's from '全市各级各部门要以只争朝夕'…",
    'im04_wechat_school_excerpt_jiexuan': "first run at stop 28 (on d5f271f), not mended: speaker read as None, the writer's '许文澜'; points read [], the writer's ['静下心来研究课堂', '静下心来陪伴学生']; closing read from '最后我想说，陪伴学生，也要照顾好自己。老师们每天早出晚归，有'…, the writer's from '老师们，教育是一项需要静下心来的'…",
    'im06_webpage_district_business_env_inline_yishi': "first run at stop 28 (on d5f271f), not mended: sub-points of 强化责任落实，让企业… read ['建立区级领导联系重点企业', '严格考核问责'], the writer's []",
    'im10_wechat_transcript_company_midyear': "first run at stop 28 (on d5f271f), partly mended since (title and speaker from the quoting headline, [图片] no title); what remains: sub-points of 下半年我们要打好三场… read [], the writer's ['头一场，是时效仗', '第二场，是成本仗', '第三场呢，是客户仗']",
    'im16_md_may_fourth_youth_dash_points': "first run at stop 28 (on d5f271f), not mended: title read as '杜文斌：愿你们做挺膺担当的新时代好青年', the writer's '在纪念五四运动105周年暨“青春建功新时代”主题活动上的讲话'",
    'im18_wechat_employment_switching_numbering': "first run at stop 28 (on d5f271f), not mended: sub-points of 准确把握当前就业形势… read [], the writer's ['把就业摆在更加突出的位置', '正确看待就业结构性矛盾', '增强工作的主动性']",
    'im22_newsapp_propaganda_unnumbered_headings': "first run at stop 28 (on d5f271f), not mended: points read ['讲好永州故事', '以文化人以文惠民', '培育文明新风', '锻造过硬队伍'], the writer's ['把牢正确方向', '讲好永州故事', '以文化人以文惠民', '培育文明新风', '锻造过硬队伍']; no closing read, the writer's from '全市宣传思想文化战线要加强自身建'…",
    'im25_wechat_short_new_year_lost_blanks': "first run at stop 28 (on d5f271f), not mended: speaker read as None, the writer's '林世安'; no closing read, the writer's from '新的一年，祝大家身体健康'…",
    'in05_approval_bureau_web_exchange': "first run at stop 28 (on d5f271f), not mended: closing read from '以上发言，不妥之处，敬请批评指正。'…, the writer's from '营商环境只有更好，没有最好'…",
    'in08_private_entrepreneur_transcript': "first run at stop 28 (on d5f271f), not mended: points read ['干企业一定要坚守实业，专心把', '企业要发展，人是第一位的'], the writer's ['第一点体会，就是干企业一定要', '第二点体会呢，是创新这个事情', '企业要发展，人是第一位的', '下面，我再提两点建议，不一定']",
    'in10_education_director_npc_report_long': "first run at stop 28 (on d5f271f), not mended: sub-points of 存在的问题和下一步打… read ['优质教育资源总量不足、分', '职业教育吸引力还不够强，', '教师队伍结构性缺员问题仍', '本人在运用法治思维和法治'], the writer's []",
    'in24_youth_league_short_nopoints': "first run at stop 28 (on d5f271f), not mended: closing read from '谢谢大家！'…, the writer's from '作为一名青年科技工作者，我将牢记'…",
    'in25_docx_rural_bank_exchange': "first run at stop 28 (on d5f271f), not mended: sub-points of 聚焦降本增效，着力破… read ['大力发展信用贷款', '拓宽抵质押物范围，开办知', '减费让利'], the writer's []; closing read from '以上发言，如有不当之处，敬请批评指正。'…, the writer's from '下一步，我们将认真落实本次会议精'…",
    'io10_young_entrepreneurs_forum_proposals': "first run at stop 28 (on d5f271f), not mended: closing read from '预祝本次论坛圆满成功！谢谢大家！'…, the writer's from '青年企业家朋友们，青春因奋斗而精'…",
    'io13_alumni_dinner_transcript': "first run at stop 28 (on d5f271f), not mended: points read ['感谢', '希望大家常回家看看', '我想讲讲咱们的学生', '我本来没准备说的，就是明年是'], the writer's ['感谢', '希望大家常回家看看', '我想讲讲咱们的学生']",
    'io21_welcome_dinner_toast_intl': "first run at stop 28 (on d5f271f), not mended: speaker read as '2024年5月20日，丝路国际酒店宴会厅', the writer's None",
    'io23_youth_football_closing_webpage': "first run at stop 28 (on d5f271f), not mended: speaker read as None, the writer's '钱志刚'",
    'io24_docx_ocean_conference': "first run at stop 28 (on d5f271f), not mended: salutation read as '', the writer's '尊敬的联合国环境规划署代表玛丽亚·洛佩斯（María López）女士，尊敬的国际海洋保护联盟主席彼得·约翰森（Peter Johansen）先生，各位专家学者，女士们、先生们，朋友们'",
    'ip02_ocr_rural_revitalization': "first run at stop 28 (on d5f271f), not mended: points read ['认清形势,增强做好乡村振兴工', '突出重点,扎实推进各项工作任', '强化保障,确保各项工作落到实'], the writer's ['认清形势,增强做好乡村振兴工', '突出重点,扎实推进各项工作任', '三,强化保障,确保各项工作落']",
    'ip04_glued_headings_education': "first run at stop 28 (on d5f271f), not mended: points read ['坚持立德树人，把牢教育发展的', '聚焦群众关切，推动各类教育协', '加强队伍建设，夯实教育发展的'], the writer's ['坚持立德树人，把牢教育发展的', '聚焦群众关切，推动各类教育协', '加强队伍建设，夯实教育发展的']",
    'ip17_pdf_long_county_economy': "first run at stop 28 (on d5f271f), not mended: sub-points of 准确把握明年经济工作… read ['把握好稳和进的关系', '把握好增长和结构的关系', '把握好当前和长远的关系', '把握好发展和安全的关系'], the writer's []",
    'ip24_docx_unnumbered_bold_science': "first run at stop 28 (on d5f271f), not mended: no closing read, the writer's from '以上，是我对今年全市科技创新工作'…",
    'ip25_md_circled_subs_civilized_city': "first run at stop 28 (on d5f271f), not mended: sub-points of 创建惠民，要压紧压实… read ['强化组织领导', '强化责任落实', '强化督查考核', '强化宣传发动'], the writer's []",
    'iq01_safety_meeting_closing': "first run at stop 28 (on d5f271f), not mended: sub-points of 压实各方责任，形成齐… read ['压实属地责任', '压实部门监管责任', '压实企业主体责任', '强化督导问责'], the writer's []",
    'iq03_old_estate_minutes': "first run at stop 28 (on d5f271f), not mended: speaker read as None, the writer's '郑海涛'; no closing read, the writer's from '会议要求，各有关单位要按照会议'…",
    'iq11_teachers_award_host_short': "first run at stop 28 (on d5f271f), not mended: points read ['请区委常委、宣传部部长侯佳宁', '颁奖', '请优秀教师代表、区实验小学教', '请区委书记梁永刚同志讲话，大'], the writer's []",
    'iq18_branch_secretaries_outline_dash': "first run at stop 28 (on d5f271f), partly mended since (## 提三点要求 announces the 一、二、三、 list items: they are the points); what remains: the nested list lines under each (回去后一个月内，… with no sentence end) are not read as sub-points (reading such lines as sub-points lowered two studied batches' L2, whose annotators leave tech talks' bullet lines as text)",
    'iq22_education_four_questions': "first run at stop 28 (on d5f271f), not mended: sub-points of 关于对当前教育形势的… read ['学龄人口变化带来的挑战', '城乡教育发展不均衡的问题', '教育综合改革还需要深化，'], the writer's []; sub-points of 关于教师队伍建设… read ['加强师德师风建设', '优化教师资源配置', '切实减轻教师负担，清理规'], the writer's []",
    'iq23_party_committee_minutes_docx': "first run at stop 28 (on d5f271f), not mended: title read as '党委会会议纪要〔2024〕第9次集团党委办公室                2024年5月14日', the writer's '党委会会议纪要'; speaker read as None, the writer's '苗国栋'; points read ['抓紧推进重点项目建设', '严格防控债务风险', '持续加强作风建设'], the writer's ['关于传达学习省国资委系统警示', '关于2024年一季度安全生产', '苗国栋同志讲话要点']; no closing read, the writer's from '会议要求，各部门、各子公司要'…",
    'ir06_street_economic_meeting_docx': "first run at stop 28 (on d5f271f), not mended: sub-points of 抓经济要有硬抓手… read ['抓企业服务', '抓项目推进', '抓楼宇经济'], the writer's []",
    'ir14_petition_backlog_inline_sublist': "first run at stop 28 (on d5f271f), not mended: speaker read as None, the writer's '许某某'",
    'ic03_county_project_review_transcript': "first run at stop 27 (on 998be1b), not mended: points read ['对这次观摩的项目，我总的评价', '关于下一步抓项目，我提三个要', '讲讲服务和作风的问题', '这次观摩我们也发现了，有些地'], the writer's ['对这次观摩的项目，我总的评价', '关于下一步抓项目，我提三个要', '讲讲服务和作风的问题']",
    'id08_normal_college_70th_essay': "first run at stop 27 (on 998be1b), not mended: closing read from '同学们，你们是学校七十年历史最新的见证者，也是未来发展最重要'…, the writer's from '老师们、同学们、校友们！七十年风'…",
    'id17_no1_middle_school_centenary': "first run at stop 27 (on 998be1b), not mended: closing read from '同学们，你们正处在人生的黄金时期。希望你们珍惜韶华，勤奋学习'…, the writer's from '老师们、同学们、校友们！百年再出'…",
    'id24_city_organs_july1_dash_subs': "first run at stop 27 (on 998be1b), not mended: closing read from '让我们更加紧密地团结在以习近平同志为核心的党中央周围，在市委'…, the writer's from '102年前，中国共产党从嘉兴南湖'…",
    'ie05_parents_meeting_transcript': "first run at stop 27 (on 998be1b), not mended: salutation read as '', the writer's '各位家长'",
    'ie11_parents_meeting_glued_lines': "first run at stop 27 (on 998be1b), not mended: sub-points of 关于家校配合… read ['按时接送，放学时请在指定', '关注班级群通知', '有问题及时和班主任沟通，', '注意孩子的安全，特别是上'], the writer's []",
    'ie15_university_teachers_day_mixed_numbering': "first run at stop 27 (on 998be1b), not mended: points read ['涵养高尚师德', '潜心教书育人', '勇攀科研高峰'], the writer's ['涵养高尚师德', '潜心教书育人', '勇攀科研高峰', '关心支持教师发展']",
    'ie16_graduation_last_lesson_long': "first run at stop 27 (on 998be1b), not mended: closing read from '同学们，路就在脚下，远方在召唤。希望你们读懂来时的路，走好脚'…, the writer's from '同学们，讲到这里，这堂课就快要结'…",
    'ie21_high_school_graduation_three_words': "first run at stop 27 (on 998be1b), partly mended since (the suite reads a heading in its page's brackets, 【感恩】, as the heading): what remains: speaker read as None, the writer's '方建明' (named only in an author note at the end)",
    'ie22_degree_ceremony_subtitles': "first run at stop 27 (on 998be1b), not mended: title read as '各位老师 各位家长亲爱的同学们大家上午好', the writer's '南江大学2024年学位授予仪式 校长讲话'; salutation read as '', the writer's '各位老师 各位家长 亲爱的同学们'; points read [], the writer's ['第一希望大家永远保持好奇心', '第二希望大家学会和失败相处', '第三希望大家常回家看看']; closing read from '我就说这么多'…, the writer's from '好 同学们 我就说这么多'…",
    'ie25_grade7_parents_meeting_no_blank_lines': "first run at stop 27 (on 998be1b), not mended: points read [], the writer's ['认识到初中学习和小学的不同', '帮助孩子养成良好的学习习惯', '关于家校沟通']",
    'if01_chairman_yearend_transcript': "first run at stop 27 (on 998be1b), not mended: sub-points of 2025年干什么，目… read ['市场要再往下沉', '产品要快', '钱要管住'], the writer's ['市场要再往下沉', '产品要快', '钱要管住', '再有一条，数字化']",
    'if07_gm_monthly_spoken_interjections': "first run at stop 27 (on 998be1b), partly mended since; what remains: sub-points of 下个月，也就是6月份… read ['三号工厂', '回款'], the writer's ['订单', '三号工厂', '回款']",
    'if09_midyear_meeting_glued': "first run at stop 27 (on 998be1b), not mended: points read ['正确看待上半年的成绩和问题', '全力抓好下半年重点工作', '切实加强组织领导和作风建设各'], the writer's ['正确看待上半年的成绩和问题', '全力抓好下半年重点工作', '切实加强组织领导和作风建设']",
    'if11_supplier_quality_dash': "first run at stop 27 (on 998be1b), not mended: closing read from '我相信，只要我们携手努力，就一定能够打造出一条让客户放心、让'…, the writer's from '各位供应商朋友，质量是我们共同的'…",
    'if13_dealer_annual_mixed_numbering': "first run at stop 27 (on 998be1b), not mended: sub-points of 讲讲公司对大家的承诺… read ['稳价格', '控库存', '给支持'], the writer's []",
    'if18_supplier_talk_recording': "first run at stop 27 (on 998be1b), partly mended since; what remains: speaker read as '李总', the writer's None",
    'if22_gm_annual_analysis_long_transcript': "first run at stop 27 (on 998be1b), not mended: points read ['今年这一年到底干得怎么样，我', '差距在哪里，我想了很久，归结', '明年怎么干'], the writer's ['今年这一年到底干得怎么样，我', '差距在哪里，我想了很久，归结', '明年怎么干', '本来就讲这三个问题，刚才听了']",
    'ig11_cast_congress_long': "first run at stop 27 (on 998be1b), not mended: closing read from '同志们，科协工作事关全局、责任重大。各级党委、政府要切实加强'…, the writer's from '各位代表，同志们，科技界的朋友们'…",
    'ig21_union_closing_yiyao': "first run at stop 27 (on 998be1b), not mended: closing read from '各级党委要加强和改善对工会工作的领导，把工会工作纳入党建工作'…, the writer's from '各位代表，同志们！让我们更加紧密'…",
    'ig22_womens_fed_chair_short': "first run at stop 27 (on 998be1b), not mended: closing read from '谢谢大家！'…, the writer's from '新一届妇联班子将牢记大会的嘱托'…",
    'ih08_town_forest_fire_three_announced_four': "first run at stop 27 (on 998be1b), not mended: sub-points of 措施上要落细落实… read ['管住火源', '排查隐患', '备足物资'], the writer's []",
    'ih09_community_volunteers_yishi_points': "first run at stop 27 (on 998be1b), not mended: closing read from '最后，祝幸福里社区志愿服务队越办越好！祝各位志愿者身体健康、'…, the writer's from '街道和社区也会全力做好保障'…",
    'ih19_spoken_community_workers_ge_wenti': "first run at stop 27 (on 998be1b), not mended: points read ['社区工作到底重要在哪里', '减负的问题', '说说待遇和成长的问题'], the writer's ['社区工作到底重要在哪里', '减负的问题', '说说待遇和成长的问题', '我也想说一说，就是作风问题']",
    'ii01_city_portal_business_env': "first run at stop 27 (on 998be1b), not mended: sub-points of 压实责任，确保各项任… read ['加强组织领导', '强化督查考核', '严格问责问效', '营造浓厚氛围'], the writer's []",
    'ii17_newspaper_summary_diyidian': "first run at stop 27 (on 998be1b), partly mended since (the title keeps its （摘要） as printed, stop 28); what remains: speaker read as None, the writer's '杨光'; no closing read, the writer's from '宣传思想文化工作责任重大、使命光'…",
    'ii23_university_opening_ceremony_captions': "first run at stop 27 (on 998be1b), not mended: speaker read as None, the writer's '方志诚'",
    'ii25_discipline_cadre_glued_paren_top': "first run at stop 27 (on 998be1b), not mended: salutation read as '', the writer's '同志们'",
    'ij01_county_grain_harvest': "first run at stop 27 (on 998be1b), not mended: sub-points of 认清形势，绷紧粮食安… read ['天气风险大', '机收组织难度大', '禁烧压力大'], the writer's []; sub-points of 抓住关键，确保颗粒归… read [], the writer's ['抢抓农时组织机收', '全力防范“烂场雨”', '抓好夏种夏管']; sub-points of 严字当头，坚决打赢秸… read [], the writer's ['压实责任', '疏堵结合', '严格督查']",
    'ij04_soe_midyear_web_01marks': "first run at stop 27 (on 998be1b), not mended: sub-points of 紧盯全年目标，全力以… read [], the writer's ['在开拓市场上下功夫', '在降本增效上下功夫', '在防范风险上下功夫']",
    'ij07_flood_control_one_point': "first run at stop 27 (on 998be1b), not mended: salutation read as '', the writer's '各区县、各有关部门'; points read ['把人员转移做在前面', '把重点部位盯死看牢', '把值班值守落到实处', '把信息报送做到及时准确', '把应急救援力量前置'], the writer's ['压紧压实防汛责任，坚决守住不']",
    'ij10_new_year_greeting_heci': "first run at stop 27 (on 998be1b), not mended: salutation read as '', the writer's '全县广大干部群众，驻宁部队官兵，海内外关心支持宁川发展的各界朋友们'",
    'ij14_pdf_civilized_city_wrapped': "first run at stop 27 (on 998be1b), not mended: sub-points of 聚焦短板，在整改上下… read [], the writer's ['背街小巷要净起来', '农贸市场要规范起来', '公益广告要亮起来', '志愿服务要活起来']",
    'ij19_clean_governance_diyi': "first run at stop 27 (on 998be1b), not mended: sub-points of 突出重点，持续推进党… read [], the writer's ['把政治监督摆在首位', '锲而不舍落实中央八项规定', '坚决整治群众身边的不正之', '深化以案为鉴、以案促改、', '加强纪检监察干部队伍建设']",
    'ij23_docx_university_anniversary_heci': "first run at stop 27 (on 998be1b), not mended: closing read from '谢谢大家！'…, the writer's from '七秩芳华再出发，奋楫扬帆正当时。'…",
    'hv06_video_export_pitfalls': "first run at stop 27 (on ca45ac3), not mended: title read as '各位朋友 大家好我是许文博做户外家具的', the writer's '小企业出海，我踩过的三个坑'; speaker read as None, the writer's '许文博'; salutation read as '', the writer's '各位朋友'; points read [], the writer's ['第一个坑是盲目铺品类', '第二个坑呢是把平台当成自己的', '第三个坑是只卖货不做品牌']; no closing read, the writer's from '好 今天就跟大家分享到这里'…",
    'hv08_record_gm_tags': "first run at stop 27 (on ca45ac3), not mended: speaker read as '公司领导班子成员，各部门、各分厂负责人', the writer's '李国栋'",
    'hv09_lecture_tags_digital': "first run at stop 27 (on ca45ac3), not mended: salutation read as '', the writer's '各位同学，各位同行'",
    'hv13_md_academician_ai_materials': "first run at stop 27 (on ca45ac3), not mended: speaker read as '孙维平 院士', the writer's '孙维平'",
    'hv17_srt_earth_interior': "first run at stop 27 (on ca45ac3), not mended: title read as '讲话稿', the writer's '地球深部的秘密'; speaker read as None, the writer's '郑远山'; salutation read as '', the writer's '各位观众朋友们'; points read [], the writer's ['第一个秘密', '第二个秘密', '第三个秘密']; no closing read, the writer's from '好 三个秘密讲完了'…",
    'hv25_wechat_academician_research': "first run at stop 27 (on ca45ac3), not mended: title read as '整理｜本刊记者 苏晴', the writer's '做科研，先学会和问题相处'; speaker read as None, the writer's '方启明'; no closing read, the writer's from '讲到这里，我想起我的导师晚年'…",
    'hz03_village_election_pdf': "first run at stop 27 (on ca45ac3), not mended: sub-points of 加强组织领导，为换届… read ['责任要落实', '宣传要到位', '统筹要有力'], the writer's []",
    'hz16_petition_backlog_diyidian': "first run at stop 27 (on ca45ac3), not mended: no closing read, the writer's from '以上，我讲的这几点，请大家会后'…",
    'hz18_straw_county_webpage': "first run at stop 27 (on ca45ac3), not mended: sub-points of 措施再加强… read ['网格化管理要落到地块', '全天候巡查要做到不留死角', '综合利用要打通出路'], the writer's []",
    'hz25_qingming_fire_wechat_glued': "first run at stop 27 (on 998be1b), partly mended since; what remains: speaker read as None, the writer's '常建军' (named only in the WeChat sender's note: 镇党委书记常建军…)",
    'ib02_jiyao_city_safety_summary': "first run at stop 27 (on ca45ac3), partly mended since (the title keeps its （摘要） as printed, stop 28); what remains: no closing read, the writer's from '刘志远最后强调，安全生产责任重于'…",
    'ib03_jianbao_district_flood_control': "first run at stop 27 (on ca45ac3), not mended: speaker read as None, the writer's '李卫东'; no closing read, the writer's from '李卫东要求，各级领导干部要坚持'…",
    'ib14_jiyao_county_investment_promotion': "first run at stop 27 (on ca45ac3), not mended: speaker read as None, the writer's '张立新'; no closing read, the writer's from '会议要求，各乡镇、各部门要进一步'…",
    'ib16_short_cadre_meeting_appointment': "first run at stop 27 (on ca45ac3), partly mended since; what remains: speaker read as '市委常委、组织部部长', the writer's None (an office with no name)",
    'ib24_md_county_forest_fire_prevention': "first run at stop 27 (on ca45ac3), not mended: sub-points of 措施上要再细化… read ['严管野外火源', '倡导文明祭祀', '加强隐患整治', '加强重点人群管控'], the writer's ['严管野外火源', '倡导文明祭祀', '加强隐患整治']",
    'gt08_long_livestream_retirement_planning': "first run at stop 24, read wholly as written until stop 27: the salutation in the speaker's first turn (好的，谢谢小林。直播间的朋友们，大家晚上好！) is read since, the writer's ''; gz03's writer reads the same greeting as the salutation",
    'hw11_npc_standing_45th_glued': "first run at stop 27 (on 127aaab), not mended: points read ['坚持党的领导，确保人大工作正', '聚焦中心大局，依法履职尽责人', '密切联系群众，发挥人大代表主'], the writer's ['坚持党的领导，确保人大工作正', '聚焦中心大局，依法履职尽责', '密切联系群众，发挥人大代表主']; mended in part at stop 28: the first heading now ends where its text says 坚持党的领导，是…; the second (…依法履职尽责人大及其常委会是…) still runs on",
    'ia04_q3_business_review_transcript': "first run at stop 27 (on 127aaab), not mended: points read ['关于对形势的判断', '四季度怎么干', '关于管理上的几个问题', '信息化的问题', '明年的预算'], the writer's ['关于对形势的判断', '四季度怎么干', '关于管理上的几个问题', '明年的预算']",
    'ia08_joint_venture_signing_remarks': "first run at stop 27 (on 127aaab), not mended: speaker read as None, the writer's '陈怀远'",
    'ia13_q1_business_review_notes': "first run at stop 27 (on 127aaab), not mended: sub-points of 组织保障：责任到人，… read ['每周一经营例会，各事业部', '建立“红黄绿灯”预警机制', '二季度设立专项奖励，完成'], the writer's []",
    'ia23_june_business_review_talking_points': "first run at stop 27 (on 127aaab), not mended: points read ['关于指标完成情况：1至6月，', '关于存在的主要问题', '关于下半年的工作：下半年形势', '关于几点工作要求：各单位主要'], the writer's ['关于指标完成情况', '关于存在的主要问题', '关于下半年的工作', '关于几点工作要求']",
    'hu02_ministry_summary_webpage': "first run at stop 27 (on 127aaab), not mended: sub-points of 深刻把握主题教育积累… read ['必须坚持把理论学习摆在首', '必须坚持领导带头、以上率', '必须坚持问题导向、注重实', '必须坚持统筹兼顾、两手抓'], the writer's []",
    'hu07_ministry_class_closing_transcript': "first run at stop 27 (on 127aaab), not mended: sub-points of 讲讲读书班结束以后怎… read ['继续把学习往深里走', '把思考变成行动', '带着学习成果去调研'], the writer's []",
    'hu22_soe_portal_count_mismatch': "first run at stop 27 (on 127aaab), partly mended since (title and speaker from the quoting headline, stop 28); what remains: sub-points of 突出重实践，着力在推… read ['围绕市场开拓调研，…', '围绕提质增效调研，…', '围绕科技创新调研，…'], the writer's []",
    'hx04_freshman_opening_wechat_essay': "first run at stop 27 (on 127aaab), not mended: title read as '校长开学第一课｜做一个心里有光的人', the writer's '做一个心里有光的人'",
    'hx06_new_year_chairman_wechat': "first run at stop 27 (on 127aaab), not mended: points read ['这一年，我们稳住了基本盘', '这一年，我们跑出了加速度', '这一年，我们迈出了新步伐', '这一年，我们收获了好口碑', '聚焦主业不动摇', '创新驱动不停步', '以人为本不走样'], the writer's ['聚焦主业不动摇', '创新驱动不停步', '以人为本不走样']",
    'hx09_league_congress_opening_docx': "first run at stop 27 (on 127aaab), not mended: closing read from '各级党组织要切实加强对共青团工作的领导，关心青年成长，支持共'…, the writer's from '各位代表，青年朋友们！青春由磨砺'…",
    'hx11_award_night_transcript': "first run at stop 27 (on 127aaab), not mended: closing read from '谢谢大家！'…, the writer's from '好，时间关系，我就不多说了'…",
    'hx17_vocational_college_opening_site': "first run at stop 27 (on 127aaab), not mended: points read ['把技能学扎实', '把品德修好', '把身体练好', '还有一点我要补充一下，就是要'], the writer's ['把技能学扎实', '把品德修好', '把身体练好']",
    'hy04_wenku_pdf_education': "first run at stop 27 (on 127aaab), not mended: sub-points of 充分肯定成绩，准确把… read ['办学条件明显改善', '教育公平迈出坚实步伐', '教育质量稳步提升'], the writer's []; no closing read, the writer's from '同志们，教育是国之大计、党之大计'…",
    'hy18_wechat_transcript_entrepreneurs': "first run at stop 27 (on 127aaab), not mended: points read ['关于怎么看当前的形势', '关于政府该干啥'], the writer's ['关于怎么看当前的形势', '关于政府该干啥', '我再多说一句，也算第三点吧，']",
    'hy20_md_xuexi_clip_party_building': "first run at stop 27 (on 127aaab), not mended: speaker read as None, the writer's '沈立新'",
    'hq12_township_rural_site_short': "first run at stop 26 (on 94dd253, after all of the stop's mends), partly mended since (the title keeps its （摘要） as printed, stop 28); what remains: closing read from '谢谢大家！'…, the writer's from '今年全县要新创建示范村二十个'…",
    'hq14_county_livelihood_mobile_web': "first run at stop 26 (on 94dd253, after all of the stop's mends), partly mended since; what remains: points read ['关于认识问题', '关于进度问题', '关于质量问题', '关于群众满意问题', '我再强调一下责任'], the writer's ['关于认识问题', '关于进度问题', '关于质量问题', '关于群众满意问题']; closing read from '以上几点，请大家抓好落实。'…, the writer's from '最后，我再强调一下责任'… (最后，我再强调一下…: writers split between a last point and the closing)",
    'hq22_province_rural_unnumbered_heads': 'first run at stop 26 (on 94dd253, after all of the stop\'s mends), partly mended since; what remains: points read [\'从农民群众最关心的事情做起\', \'让乡村既有"颜值"更有"产值\', \'发挥农民群众主体作用\'], the writer\'s [\'学好用好"千万工程"经验\', \'从农民群众最关心的事情做起\', \'让乡村既有"颜值"更有"产值\', \'发挥农民群众主体作用\'] (the first heading line, right under the editor\'s note, dropped as the page\'s head); no closing read, the writer\'s from \'各地各部门要把和美乡村建设\'…',
    'hq23_county_rural_group_glued': "first run at stop 26 (on 94dd253, after all of the stop's mends), not mended: title read as '在县委农村工作领导小组（县乡村振兴领导小组）第二次会议上的讲话 县委书记 梁国华 2023年8月24日', the writer's '在县委农村工作领导小组（县乡村振兴领导小组）第二次会议上的讲话'; speaker read as None, the writer's '梁国华'; points read ['充分肯定成绩，正视存在的问题'], the writer's ['充分肯定成绩，正视存在的问题', '突出工作重点，确保完成全年目', '加强组织领导，形成工作合力']",
    'hr09_memorial_anniversary_long': "first run at stop 26 (on 94dd253, after all of the stop's mends), not mended: closing read from '同志们，朋友们，历史是最好的教科书，也是最好的清醒剂。让我们'…, the writer's from '同志们、朋友们！林伯钧同志生前曾'…",
    'hr13_entrepreneurs_forum_glued': "first run at stop 26 (on 94dd253, after all of the stop's mends), not mended: closing read from '最后，祝大家新春愉快、生意兴隆、万事如意！'…, the writer's from '各位企业家朋友们，政府和企业是一'…",
    'hr22_company_annual_awards_md': "first run at stop 26 (on 94dd253, after all of the stop's mends), not mended: title read as '年会讲话稿 v3（给林总，12.28改）', the writer's '在公司2023年度总结表彰大会上的讲话'",
    'hs04_president_graduation_unnumbered': "first run at stop 26 (on 94dd253, after all of the stop's mends), partly mended since; what remains: closing read from '同学们，你们是在一个相对优越的环境中成长起来的，但你们要知道'…, the writer's from '同学们，“各美其美，美美与共”。'… (an address inside the last part's text read as the closing's start)",
    'hs09_note_app_business_meeting': "first run at stop 26 (on 94dd253, after all of the stop's mends), not mended: title read as '在集团2024年度经营工作会上的讲话（第三稿）', the writer's '在集团2024年度经营工作会上的讲话'; sub-points of 关于2023年经营情… read ['增收不增利的问题', '两金占用的问题', '费用管控的问题'], the writer's []",
    'hs11_private_chairman_yishi_heading_lines': "first run at stop 26 (on 94dd253, after all of the stop's mends), not mended: closing read from '对经销商朋友们，我也有一个承诺：今年集团将拿出三千万元，用于'…, the writer's from '各位同事、各位朋友，路虽远，行则'…",
    'hs15_academic_society_long_byline_yiyao': "first run at stop 26 (on 94dd253, after all of the stop's mends), not mended: speaker read as None, the writer's '冯景山'",
    'hs21_spatial_info_annual_pdf_copy': "first run at stop 26 (on 94dd253, after all of the stop's mends), not mended: sub-points of 深刻把握学科发展的新… read ['观测手段从“单一”走向“', '数据处', '应用服务从“专业”'], the writer's []",
    'ht07_city_petitions_pdf': "first run at stop 26 (on 94dd253, after all of the stop's mends), not mended: points read ['抓源头预防', '抓积案化解', '抓依法规范'], the writer's ['深刻认识新形势下做好信访工作', '聚焦重点难点，扎实推进信访问', '压实责任，形成齐抓共管的信访']",
    'ht09_town_flood_one_point': "first run at stop 26 (on 94dd253, after all of the stop's mends), not mended: points read ['责任要落到人头', '隐患要排查到底', '转移要提前到位', '值守要严格规范'], the writer's ['压实防汛责任，确保全镇安全度']",
    'ht12_city_economic_work_long': "first run at stop 26 (on 94dd253, after all of the stop's mends), not mended: sub-points of 准确把握2024年经… read ['把握好“稳”和“进”的关', '把握好“质”和“量”的关', '把握好“当前”和“长远”', '把握好“发展”和“安全”'], the writer's []",
    'ht15_forum_digital_economy_shouxian': "first run at stop 26 (on 94dd253, after all of the stop's mends), not mended: points read ['数字经济是我省转型发展的必由', '我们将围绕三个方向持续发力', '推动数实深度融合', '真诚欢迎各位朋友来我省投资兴'], the writer's ['数字经济是我省转型发展的必由', '我们将围绕三个方向持续发力', '真诚欢迎各位朋友来我省投资兴']; closing read from '最后，预祝本次论坛取得圆满成功！祝各位嘉宾身体健康、工作顺利'…, the writer's from '本次论坛汇聚了众多知名专家学者'…",
    'ht20_training_opening_short': "first run at stop 26 (on 94dd253, after all of the stop's mends), partly mended since; what remains: closing read from '最后，预祝本期培训班取得圆满成功！'…, the writer's from '希望大家以这次培训为契机'…",
    'ht21_docx_provincial_soe_long': "first run at stop 26 (on 94dd253, after all of the stop's mends), not mended: points read ['2023年全省国资国企工作取', '深刻把握国资国企面临的新形势', '聚焦重点抓好2024年各项工', '切实加强党的领导和党的建设'], the writer's ['2023年全省国资国企工作取', '深刻把握国资国企面临的新形势', '聚焦重点抓好2024年各项工', '切实加强党的领导和党的建设', '再强调一下近期的几项工作']",
    'ht22_city_sci_tech_bold_sentences': "first run at stop 26 (on 94dd253, after all of the stop's mends), not mended: points read ['强化企业研发投入', '培育创新型企业梯队', '促进科技成果转化'], the writer's ['坚持创新驱动，把科技创新摆在', '突出企业主体，加快构建以企业', '优化创新生态，让各类创新人才']",
    'ho14_company_strategy_kickoff_md': "first run at stop 26 (on 2cea43a), partly mended since; what remains: sub-points of 回到客户身边去… read [], the writer's ['管理层下沉', '服务前移', '客户之声'] (leads of four characters before a colon: read for one commit, dropped as it lowered an unseen batch's L2)",
    'gy14_street_old_housing_dash_notes': "first run at stop 24, partly mended since; what remains: sub-points of 群众的事要和群众商量… read ['开好“三会”', '成立居民监督小组'], the writer's ['摸清底数', '开好“三会”', '成立居民监督小组'] (摸清底数： a lead of four characters)",
    'hm02_warning_conference_webpage': "first run at stop 26 (on 2cea43a), not mended: sub-points of 深入剖析案件根源，从… read ['理想信念丧失是总根子', '“小节”失守是突破口', '监督失灵是重要诱因', '家风不正是推手'], the writer's []; closing read from '会后，各地各单位要迅速传达今天的会议精神，在本地区本单位开展'…, the writer's from '同志们，警钟长鸣方能行稳致远'…",
    'hn25_county_project_site_transcript': "first run at stop 26 (on 2cea43a), partly mended since; what remains: salutation read as '', the writer's '同志们'",
    'ho01_county_work_safety_pdf': "first run at stop 26 (on 2cea43a), not mended: sub-points of 清醒认识当前安全生产… read ['事故总量仍在高位', '风险隐患交织叠加', '责任落实仍有差距'], the writer's []",
    'ho04_village_reps_ocr_spaces': "first run at stop 26 (on 2cea43a), partly mended since; what remains: sub-points of 关于去年的工作… read ['村集体经济有了起色', '村容村貌变了样', '群众的事办得更顺了'], the writer's []",
    'ho08_city_economic_work_long_pdf': "first run at stop 26 (on 2cea43a), not mended: sub-points of 准确把握明年经济工作… read ['坚持稳字当头，稳增长、稳', '坚持以进促稳，在转方式、', '坚持先立后破，在新动能没'], the writer's []",
    'ho23_village_straw_burning_glued_short': "first run at stop 26 (on 2cea43a), partly mended since; what remains: closing read from '另外说一下防火。天干物燥，家里的柴草垛离房子远一点，电线老化'…, the writer's from '乡亲们，这事关系到咱村每一家的脸面'… (the closing glued inside the aside's paragraph)",
    'ho24_market_food_safety_note_md': "first run at stop 26 (on 2cea43a), not mended: sub-points of 怎么保证行动取得实效… read ['压实责任', '严格执法', '社会共治'], the writer's []",
    'hp05_opening_ceremony_principal_offscript': "first run at stop 26 (on 2cea43a), partly mended since; what remains: speaker read as None, the writer's '林文博' (named in the subtitle: ——校长林文博脱稿讲话实录)",
    'hp10_major_projects_onsite_push_meeting_long': "first run at stop 26 (on 2cea43a), not mended: sub-points of 下一步重点抓什么… read ['抓开工', '抓要素保障', '抓招商引资', '抓谋划储备', '抓安全和质量'], the writer's ['抓开工', '抓要素保障', '抓招商引资', '抓谋划储备']",
    'hp11_bureau_leadership_meeting_gluedlines': "first run at stop 26 (on 2cea43a), partly mended since; what remains: points read ['把巡察整改作为当前的头等大事来抓', '重点项目要加快', '信访工作不能放松'], the writer's ['把巡察整改作为当前的头等大事来抓', '重点项目要加快', '信访工作不能放松', '加强干部队伍的管理', '对班子成员自身提点要求']; closing read '最后，对班子成员自身提点要求。我们这个班', the writer's '就讲这些，不对的地方请大家批评。'",
    'hp14_sales_team_morning_meeting_voicenote': "first run at stop 26 (on 2cea43a), partly mended since; what remains: no closing read, the writer's from '行，就这样。早会散了'…",
    'hp15_village_assembly_farmland_docx': "first run at stop 26 (on 2cea43a), not mended: sub-points of 不要大家出钱、会不会… read ['不收钱', '不收地'], the writer's []; sub-points of 施工期间的几件事… read ['地里的秸秆、柴草堆，麻烦', '坟头的事，要迁的不多，涉', '施工队进村，有不规矩的地'], the writer's []",
    'hp16_textile_company_visit_short': "first run at stop 26 (on 2cea43a), partly mended since (the title keeps its （摘要） as printed, stop 28); what remains: speaker read as None, the writer's '孔祥林'",
    'hp18_annual_assessment_review_transcript': "first run at stop 26 (on 2cea43a), not mended: points read ['重留痕、轻实绩', '指标“注水”', '平时不抓、年底突击', '减少材料考核，增加实地核查和', '拉开档次'], the writer's ['关于考核结果的总体评价', '关于考核中暴露的几个问题', '关于今年的考核怎么改']",
    'hp19_project_dept_team_meeting_notes': "first run at stop 26 (on 2cea43a), partly mended since; what remains: speaker read as None, the writer's '唐文军' (its byline of facts under the title read as a subtitle); no closing read, the writer's from '最后，班子成员要带头。'…",
    'hk02_village_rep_meeting_transcript': "written at stop 25, first run at stop 26 (on 1fcb138), not mended: points read ['村里那条机耕道硬化的事', '人居环境整治的事', '讲一下今年的产业', '我顺便说一下，就是防火'], the writer's ['村里那条机耕道硬化的事', '人居环境整治的事', '讲一下今年的产业'] (还有一个事，我顺便说一下，… after a count: four writers of five read it as one more point: e10, gi20, go02, z17)",
    'hk05_housing_safety_notes': "written at stop 25, first run at stop 26 (on 1fcb138), not mended: sub-points of 认清形势，切实把安全… read ['部分项目安全管理人员配备', '特种作业人员持证上岗落实', '农民工安全教育培训流于形'], the writer's ['克服麻痹思想', '算清安全账', '压实主体责任']",
    'hk08_flood_control_shouxian': "written at stop 25, first run at stop 26 (on 1fcb138), not mended: sub-points of 措施上要落细落实… read ['盯紧水库山塘', '盯紧地灾点', '盯紧危险区域人员', '盯紧物资保障'], the writer's []",
    'hk09_village_party_winter_training_yiyao': "written at stop 25, first run at stop 26 (on 1fcb138), not mended: closing read from '最后，讲一下民主评议党员的事。这次冬训的最后一天，我们要开展'…, the writer's from '各位党员同志，冬训时间虽然不长'…",
    'hk10_township_secretary_review_glued': "written at stop 25, first run at stop 26 (on 1fcb138), partly mended since; what remains: sub-points of 正视存在问题，进一步… read ['抓党建的意识还不够强', '组织生活还不够规范', '发展党员工作还有短板', '服务群众的能力还有差距'], the writer's [] (an inline 一是…四是 list; the glued 1. 2. 3. lists are read since stop 26)",
    'hk15_rural_revitalization_no_byline': "written at stop 25, first run at stop 26 (on 1fcb138), not mended: sub-points of 清醒认识当前形势，切… read ['监测帮扶不够精准', '产业帮扶效益不高', '就业帮扶还有短板'], the writer's []; closing read from '会后，各村要对照今天的部署，逐户逐项开展一次全面自查，6月底'…, the writer's from '同志们，巩固拓展脱贫攻坚成果是一'…",
    'hk17_tcm_hospital_midyear_notes': "written at stop 25, first run at stop 26 (on 1fcb138), partly mended since; what remains: sub-points of 关于干部作风… read ['当好执行者，院里定了的事', '当好带头人，要求别人做到', '当好守门员，守住廉洁底线'], the writer's [] (a numbered list after 希望大家：)",
    'hk19_property_mgmt_no_salutation_yishi': "written at stop 25, first run at stop 26 (on 1fcb138), not mended: no closing read, the writer's from '物业管理连着民生，连着民心'…",
    'hl02_boss_monthly_recording': "written at stop 25, first run at stop 26 (on 1fcb138), not mended: title read as '在4月份经营分析会上的讲话', the writer's '陈总在4月份经营分析会上的讲话（根据录音整理）'; speaker read as '陈总', the writer's None",
    'hl13_safety_month_count_mismatch': "written at stop 25, first run at stop 26 (on 1fcb138), not mended: sub-points of 认清形势，绷紧安全生… read ['部分员工安全意识淡薄，认', '部分管理人员重生产、轻安', '外包作业管理薄弱，外包单'], the writer's []",
    'hl15_hospital_dean_recording': "written at stop 25, first run at stop 26 (on 1fcb138), partly mended since; what remains: points read ['这个医疗安全的问题', '讲讲这个成本的问题'], the writer's ['这个医疗安全的问题', '讲讲这个成本的问题', '然后还有一点，我多说两句，是'] (还有一点 after a count of two: writers split)",
    'hl19_bank_branch_annual_docx': "written at stop 25, first run at stop 26 (on 1fcb138), not mended: sub-points of 2024年工作的总体… read ['规模与效益的关系，不能为', '发展与风险的关系，不能为', '当前与长远的关系，既要完', '分行与支行的关系，分行要'], the writer's []",
    'hl21_company_training_opening_web': "written at stop 25, first run at stop 26 (on 1fcb138), not mended: points read ['端正学习态度，把培训当成一次', '联系工作实际，带着问题来学，', '转变角色认识，从优秀的员工成', '管理者要学会沟通'], the writer's ['端正学习态度，把培训当成一次', '联系工作实际，带着问题来学，', '转变角色认识，从优秀的员工成']",
    'hi02_city_work_safety_meeting_webpage': "first run at stop 25, not mended: sub-points of 层层压实安全责任，确… read ['压实属地责任', '压实部门监管责任', '压实企业主体责任', '严格执法问责'], the writer's []",
    'hi10_docx_workers_congress_closing': "first run at stop 25, not mended: sub-points of 把力量集中到改革发展… read ['全力开拓市场', '加快科技创新', '深化精益管理'], the writer's []; closing read from '各位代表，同志们，蓝图已经绘就，号角已经吹响。让我们紧密团结'…, the writer's from '我这里说是两点，讲着讲着成了三点'…",
    'hi12_party_branch_life_meeting_comment': "first run at stop 25, not mended: speaker read as None, the writer's '郭志刚'",
    'hj03_web_investment_promotion': "first run at stop 25, partly mended since (its points read as expected); what remains: sub-points of 突出重点，全力提升招… read ['聚焦主导产业精准招商围绕', '创新方式拓展招商渠道要大', '强化要素保障推动项目落地'], the writer's ['聚焦主导产业精准招商', '创新方式拓展招商渠道', '强化要素保障推动项目落地'] (glued to their text)",
    'hj04_pdf_district_annual_work': "first run at stop 25, not mended: sub-points of 全面加强政府自身建设… read ['坚持依法行政', '狠抓工作落实', '坚持勤俭节约', '严守廉洁底线'], the writer's []",
    'hj19_wechat_summer_harvest_shouxian': "first run at stop 25, not mended: sub-points of 统筹抓好抢收抢种，确… read ['抢收小麦', '抢种秋作物', '抢晒抢储'], the writer's []",
    'hj21_docx_audit_study_yishi_bold': "first run at stop 25, not mended: sub-points of 审计干部必须做到自身… read ['提升专业能力', '严守审计纪律'], the writer's []",
    'hj25_short_spoken_drill_review': "first run at stop 25, not mended: closing read from '好，我就讲这些。演练是为了不发生事故，但我们要做好随时应对事'…, the writer's from '这些问题，请各单位会后认真梳理'…",
    'hg01_county_private_firms_forum': "first run at stop 25, not mended: points read ['对我们县民营经济的家底，要有', '政府该干的事，要干到位', '刚才孙总讲到的政策兑现的问题'], the writer's ['对我们县民营经济的家底，要有', '政府该干的事，要干到位', '企业自己也要练好内功', '政企之间要常来常往']",
    'hg03_entrepreneur_forum_webpage': "first run at stop 25, not mended: speaker read as None, the writer's '陈卫东'",
    'hg09_rural_revitalization_long': 'first run at stop 25, not mended: sub-points of 下一步要重点抓好的五… read [], the writer\'s [\'产业这件事，要从"村村点\', \'人这件事，要把能人留住、\', \'钱这件事，要让每一分钱都\', \'地这件事，要把撂荒地种起\', \'治理这件事，要让村里既有\']',
    'hg13_docx_village_land_transfer': "first run at stop 25, not mended: sub-points of 关于茶叶基地的土地流… read ['租金，每亩每年四百五十块', '务工，茶园建起来以后，除', '分红，村集体以一部分集体'], the writer's []",
    'hg14_reservoir_flood_site_meeting': "first run at stop 25, partly mended since (points read ['隐患要马上整改', '预案要真管用'], now as the writer's); what remains: no closing read (最后，讲一下责任。… is the last point now), the writer's from '就这样，各单位回去抓紧落实'…",
    'hg17_primary_new_parents': "first run at stop 25, not mended: salutation read as '', the writer's '各位家长'",
    'hg22_textile_founder_lecture_long': "first run at stop 25, not mended: title read as '企业家大讲堂（第十二期）三十年，我只做了一件事', the writer's '三十年，我只做了一件事'; salutation read as '', the writer's '各位朋友'; sub-points of 几次差点倒下… read ['一九九八年', '二〇〇八年', '我自己犯的错误'], the writer's ['第一次是一九九八年', '第二次是二〇〇八年', '第三次，是我自己犯的错误']",
    'hg25_docx_chamber_tenth_anniversary': "first run at stop 25, not mended: closing read from '各位领导、各位朋友，让我们不忘初心，携手同行，在这座城市、在'…, the writer's from '十年，对一个商会来说，只是一个开'…",
    'hf01_business_env_news_reprint': "first run at stop 25, not mended: sub-points of 压实责任，确保各项任… read [], the writer's ['强化组织领导', '强化督查考核', '强化作风建设']",
    'hf03_county_safety_wenku': "first run at stop 25, not mended: no closing read, the writer's from '同志们，安全生产责任重于泰山'…",
    'hf06_catering_assoc_annual_md': "first run at stop 25, not mended: sub-points of 明年，协会重点干好四… read [], the writer's ['办好第二届“老城味道”美', '搭建会员与外卖平台的沟通', '联合职业院校开办厨师、服', '推进“预制菜”和“中央厨']",
    'hf09_quarterly_review_transcript': "first run at stop 25, not mended: closing read from '好，我就讲这些，散会。'…, the writer's from '好，最后说两句。离年底还有'…",
    'hf13_spring_farming_county_portal': "first run at stop 25, not mended: sub-points of 今年春耕生产基础较好… read [], the writer's ['气象条件不确定性大', '病虫害发生风险偏高', '种粮比较效益偏低']",
    'hf22_double_reduction_glued_lines': "first run at stop 25, not mended: sub-points of 强化保障，凝聚“双减… read [], the writer's ['加强组织领导', '加强教师保障', '加强家校沟通', '加强督导检查']",
    'hh09_college_teaching_meeting_transcript_spoken': "first run at stop 25, partly mended since; what remains: points read ['人才培养方案修订的事', '关于课堂教学质量', '专业认证'], the writer's ['人才培养方案修订的事', '关于课堂教学质量', '专业认证', '毕业设计', '说一下青年教师的事'] (还有一个问题，… and 还有…的事 after a count: writers split)",
    'hh13_group_digital_transformation_md_diyidian': "first run at stop 25, not mended: speaker read as None, the writer's '宋嘉明'",
    'hh18_company_cost_cutting_yishi_top': "first run at stop 25, not mended: sub-points of 重点上要精准发力… read ['抓采购降本', '抓生产降耗，要对标行业先', '抓管理节支，非生产性支出', '外包费用的问题'], the writer's []",
    'hc15_primary_school_centenary_subtitle': "first run at stop 25, not mended: closing read from '老师们，你们肩负着培养下一代的光荣使命。希望你们继承和发扬学'…, the writer's from '百年风华，弦歌不辍；百年再启，未'…",
    'hc16_teachers_day_oath_docx': "first run at stop 25, not mended: sub-points of 凝心聚力，推动集团高… read ['推进“一校一品”特色建设', '深化集团内教师交流，今年', '实施“青蓝工程”，为每一'], the writer's []; closing read from '新老师们，你们的到来为集团注入了新鲜血液。希望你们虚心向老教'…, the writer's from '老师们，同志们，教育是一项需要用'…",
    'hd12_transcript_tenth_anniversary_gala': "first run at stop 25, not mended: points read ['我想说的是感谢', '讲讲我们这一年', '明年怎么干'], the writer's ['我想说的是感谢', '讲讲我们这一年', '那么还有一个事情，就是明年怎']; no closing read, the writer's from '好，我说是讲三点，其实讲了不止三'…",
    'hd15_unnumbered_cadre_meeting': "first run at stop 25, not mended: sub-points of 全力支持新班子的工作… read ['把稳方向', '谋好发展', '带好队伍', '守住底线'], the writer's []",
    'hd17_web_private_group_year_end': "first run at stop 25, not mended: sub-points of 对各级管理人员的几点… read ['讲忠诚', '讲担当', '讲廉洁', '讲学习'], the writer's []",
    'hd21_transcript_midyear_cadre_meeting': "first run at stop 25, not mended: sub-points of 下半年怎么干… read ['抓订单', '抓回款', '抓降本', '抓安全'], the writer's ['抓订单', '抓回款', '抓降本', '抓安全', '新产业项目要抓紧']; sub-points of 我想讲讲干部队伍的问… read [], the writer's ['第一种是“躺平”', '第二种是“甩锅”', '第三种，是“做样子”']",
    'hd24_keyword_style_ceo_annual_talk': "first run at stop 25, not mended: speaker read as None, the writer's '林雪'",
    'hb17_guiding_democratic_life_pdf': "first run at stop 25, not mended: sub-points of 对这次民主生活会的总… read ['会前准备扎实充分', '对照检查深刻具体', '批评和自我批评坦诚见效', '整改措施务实可行'], the writer's []",
    'hb18_hospital_party_lecture_long': "first run at stop 25, not mended: speaker read as None, the writer's '罗静'",
    'hb25_street_party_lecture_wechat': "first run at stop 25, not mended: speaker read as None, the writer's '许文斌'",
    'ha12_city_halfyear_unnumbered': "first run at stop 25, not mended: sub-points of 聚焦目标，全力以赴冲… read [], the writer's ['在扩大有效投资上持续用力', '在稳定工业增长上持续用力', '在促进消费回升上持续用力', '在招商引资上持续用力']",
    'ha21_flood_emergency_no_points': "first run at stop 25, partly mended since (the speaker read as '2024年7月3日晚', now the date); what remains: no closing read, the writer's from '就这样，大家马上行动。'…",
    'he01_county_work_safety': "first run at stop 25, not mended: sub-points of 压紧压实安全生产责任… read ['落实党政领导责任', '落实部门监管责任', '落实企业主体责任', '严格考核问责'], the writer's []",
    'gy04_school_opening_wechat': "first run at stop 24, not mended: closing read from '老师们，教育是一项需要耐心和爱心的事业。新的学期，希望大家继'…, the writer's from '同学们，新学期，新起点'…",
    'gy07_community_residents_transcript': "first run at stop 24, not mended: points read ['加装电梯', '垃圾分类', '停车的问题'], the writer's ['加装电梯', '垃圾分类', '停车的问题', '还有一个小事儿，顺便说一下，']",
    'gy13_trade_union_plenary_webpage': "first run at stop 24, not mended: speaker read as None, the writer's '韩立军'",
    'gz02_web_interview_town_secretary': "first run at stop 24, partly mended since; what remains: title read as '“书记谈发展”在线访谈第十二期让“小茶叶”撑起乡村振兴“大产业”——访青溪镇党委书记 黄某某', the writer's '让“小茶叶”撑起乡村振兴“大产业”'; no closing read, the writer's from '谢谢黄书记！感谢各位网友'… (its points read as expected since stop 25)",
    'gz03_livestream_county_head': "first run at stop 24, not mended: salutation read as '', the writer's '直播间的朋友们'; no closing read, the writer's from '我就说两句。一句是感谢'…",
    'gz06_reading_club_xiangtu': "first run at stop 24, not mended: title read as '讲话稿', the writer's '重读《乡土中国》：在费孝通的文字里读懂基层'",
    'gz08_short_micro_party_class': "first run at stop 24, not mended: title read as '【微党课】一枚党徽的分量', the writer's '一枚党徽的分量'; closing read from '同志们，我们社区现在有一百四十多名党员，有在职的，有退休的，'…, the writer's from '让我们重温入党誓词的时候'…",
    'gz10_glued_interview_business_env': "first run at stop 24, not mended: title read as '《对话》栏目第36期文字实录“减”“快”“暖”：打造一流营商环境的区县实践', the writer's '“减”“快”“暖”：打造一流营商环境的区县实践'; points read ['谈“减”：减环节、减材料、减', '谈“快”：审批快、落地快、回', '谈“暖”：把企业的事当成自己'], the writer's ['谈“减”：减环节、减材料、减', '谈“快”：审批快、落地快、回', '谈“暖”：把企业的事当成自己']; no closing read, the writer's from '谢谢邓区长！感谢收看本期《对话》'…",
    'gz11_forum_roundtable_youth_talent': "first run at stop 24, not mended: title read as '讲话稿', the writer's '城市如何留住青年人才'; points read [], the writer's ['话题一：青年人选择一座城市，', '话题二：政府在人才政策上还能', '话题三：对想来、想回的青年人']; no closing read, the writer's from '谢谢四位嘉宾的精彩分享！一座城市'…",
    'gz12_party_class_yiyao': "first run at stop 24, not mended: title read as '局党组书记讲党课', the writer's '做新时代的“实干家”'; speaker read as None, the writer's '宁某某'",
    'gz13_wechat_entrepreneur_inheritance': "first run at stop 24, not mended: speaker read as None, the writer's '邹某某'",
    'gz15_livestream_medical_insurance': "first run at stop 24, partly mended since; what remains: title read as '政务直播间｜局长来了：2025年医保新政“划重点”直播文字实录', the writer's '局长来了：2025年医保新政“划重点”' (its points read as expected since stop 25); no closing read, the writer's from '时间过得真快，直播马上要结束了。'…",
    'gz16_md_interview_rural_teacher': "first run at stop 24, not mended: speaker read as None, the writer's '易某某'; sub-points of ｜“孩子们回来了，学… read ['国家对乡村学校投入大了，', '村里发展产业，很多年轻人', '我们的教学质量上来了，家'], the writer's []; no closing read, the writer's from '最后，您对年轻的乡村教师有什么想'…",
    'gz18_web_village_propaganda': "first run at stop 24, not mended: title read as '【百姓宣讲】好日子是干出来的——县委“百姓宣讲团”走进柳湾村宣讲实录', the writer's '好日子是干出来的'; speaker read as None, the writer's '车某某'",
    'gz19_forum_bank_count_mismatch': "first run at stop 24, not mended: title read as '【袁某某】', the writer's '让金融活水精准滴灌小微企业'",
    'gz20_safety_lecture_inline_lists': "first run at stop 24, not mended: title read as '“安全生产大讲堂”第三讲守牢安全底线　从“要我安全”到“我要安全”', the writer's '守牢安全底线　从“要我安全”到“我要安全”'; salutation read as '', the writer's '各位企业负责人、各位同志'",
    'gz22_short_startup_salon': "first run at stop 24, partly mended since; what remains: title read as '创业沙龙·三分钟分享｜做社区团餐的这五年', the writer's '做社区团餐的这五年'",
    'gz23_long_party_lecture_red_gene': "first run at stop 24, partly mended since; what remains: no closing read, the writer's from '同学们，八十多年前，我们的前辈在'…",
    'gz24_docx_interview_chip_founder': "first run at stop 24, not mended: title read as '本报记者　甘某某　整理', the writer's '十年磨一“芯”：坚持做难而正确的事'; no closing read, the writer's from '最后，您想对正在创业的年轻人说些'…",
    "gu14_transcript_district_cadres_meeting": "first run at stop 24: points read as the list inside the third point (第一件事…第四件事) — mended at stop 24; what remains: 第一个，重实干… said inside 第四's paragraph read as its sub-points, the writer reads text (as a02)",
    'gu16_md_transcript_flood_video_dispatch': "first run at stop 24, not mended: salutation read as '', the writer's '各县（市、区）和市直有关部门的同志们'",
    'gu24_docx_organization_work_subtitle': "first run at stop 24, not mended: title read as '讲话稿', the writer's '建强组织体系，锻造过硬队伍，为推动临河高质量发展提供坚强组织保证'",
    'gv08_entrepreneurs_forum_transcript': "first run at stop 24, not mended: points read ['给大家吃一颗定心丸', '营商环境这个事', '我想讲讲政府自身', '我再补充一下，就是希望大家自'], the writer's ['给大家吃一颗定心丸', '营商环境这个事', '我想讲讲政府自身', '另外，还有一点，我再补充一下']",
    'gv20_grad_opening_spoken_keywords': "first run at stop 24, partly mended since; what remains: closing read from '好，不多说了，耽误大家时间了。再次欢迎大家！谢谢！'…, the writer's from '我就讲这三个词：问题、耐心、合作'…",
    'gw03_safety_meeting_webpage': "first run at stop 24, not mended: sub-points of 责任上要再压实… read ['压实企业主体责任', '压实管理部门监管责任', '压实岗位直接责任'], the writer's []; sub-points of 措施上要再加力… read ['深化隐患排查治理', '强化相关方管理', '加强应急能力建设', '抓好安全培训'], the writer's []",
    'gw05_annual_party_boss_md': "first run at stop 24, partly mended since; what remains: sub-points of 反思… read ['交期', '内部协同'], the writer's ['交期', '内部协同', '成本']; sub-points of 2024年怎么干… read ['“数字化”', '“人”'], the writer's ['“聚焦”', '“数字化”', '“人”']",
    'gw08_ops_analysis_glued_lines': "first run at stop 24, not mended: speaker read as None, the writer's '韩书记'; sub-points of 关于几个具体问题… read ['成本', '库存', '这个是我今天特别想讲的，'], the writer's ['第一个是成本', '第二个是库存', '这个是我今天特别想讲的，']; sub-points of 关于四季度的工作… read ['目标不能调', '责任要到人', '考核要兑现'], the writer's []; no closing read, the writer's from '好，我就讲这些。大家回去以后'…",
    'gw09_safety_spoken_numbering': "first run at stop 24, not mended: points read ['上个月那个事情，大家一定要引', '隐患整改的问题', '外包队伍管理'], the writer's ['上个月那个事情，大家一定要引', '隐患整改的问题', '外包队伍管理', '再补充一点啊，就是夏季防暑降']",
    'gw11_work_conference_summary_shouxian': "first run at stop 24, not mended: points read ['迅速传达学习会议精神', '抓紧细化分解目标任务', '切实抓好开局起步', '以过硬作风保障任务落实'], the writer's ['迅速传达学习会议精神', '抓紧细化分解目标任务', '切实抓好开局起步', '另外，还有一件事情要提醒大家', '以过硬作风保障任务落实']",
    'gw16_rally_transcript_bracket_subheads': "first run at stop 24, not mended: points read ['我们有东西可卖', '我们有人', '机制', '目标要分解', '守规矩'], the writer's ['【先算一笔账】', '【第一，我们有产品】', '【第二，我们有队伍】', '【第三，我们有机制】', '【几点要求】']",
    'gw25_private_chairman_annual_transcript': "first run at stop 24, partly mended since; what remains: points read ['回头看：去年到底干得怎么样', '看形势：今年会比去年更难', '定目标：今年要做到的几个数', '讲方法：今年重点抓这几件事', '说干部：关键在人', '最后几句话'], the writer's ['回头看：去年到底干得怎么样', '看形势：今年会比去年更难', '定目标：今年要做到的几个数', '讲方法：今年重点抓这几件事', '说干部：关键在人'] (6、最后几句话: a numbered heading that says the last words)",
    'gx09_company_midyear_outline': "first run at stop 24, not mended: sub-points of 对管理干部提几点要求… read ['讲担当：目标定了就不讲条', '讲协同：销售、生产、采购', '讲实干：少开会、开短会，'], the writer's ['讲担当', '讲协同', '讲实干']",
    'gx14_entrepreneur_forum_host': "first run at stop 24, not mended: speaker read as None, the writer's '许明杰'",
    'gx20_community_governance_exchange': "first run at stop 24, not mended: speaker read as '城南区民政局', the writer's None; closing read from '谢谢！'…, the writer's from '下一步，我们将认真学习借鉴兄弟县'…",
    'gq02_city_government_plenary_webpage': "first run at stop 24, not mended: sub-points of 坚持稳中求进，全力以… read ['盯紧主要指标', '抓好重点项目', '稳住市场主体'], the writer's []",
    'gq12_key_projects_promotion_note': "first run at stop 24, partly mended since; what remains: title read as '项目推进会讲话', the writer's '在全市重点项目建设现场推进会上的讲话'",
    'gq15_county_economic_conference_mixed_numbering': "first run at stop 24, not mended: sub-points of 关于今年经济运行的基… read ['投资增速回落较快', '工业企业分化明显', '财政收支平衡压力大'], the writer's []",
    'gq16_theme_education_summary_docx': "first run at stop 24, not mended: sub-points of 第一批主题教育取得了… read ['理论武装更加深入', '调查研究更加扎实', '发展成效更加明显', '问题整改更加有力'], the writer's []; since stop 30 also the four 要突出…。 lead paragraphs under 扎实开展第二批主题教育 read as its sub-points (as the writers of jr15, jy13 and ic12 read such leads), this writer reads text",
    'gr09_chairman_impromptu_q3_review': "first run at stop 24, partly mended since; what remains: points read ['回款', '成本的问题', '人的问题'], the writer's ['回款', '成本的问题', '人的问题', '安全']; closing read from '好，我就讲这么多。'…, the writer's from '好，就这几个事。四季度还有不到九'…",
    'gr10_gm_dispatch_meeting_transcript': "first run at stop 24, partly mended since; what remains: sub-points of 生产这一块… read ['设备管理', '质量'], the writer's ['设备管理', '第二个是质量', '计划']",
    'gr20_feed_dealer_meeting_unnumbered_heads': "first run at stop 24, not mended: closing read from '最后，做生意要讲诚信。不窜货、不赊欠过度、不夸大宣传，这些是'…, the writer's from '朋友们，寒冬总会过去，春天一定会'…",
    'gs06_wechat_primary_first_lesson': "first run at stop 24, not mended: speaker read as None, the writer's '王晓岚'",
    'gs07_parents_meeting_transcript': "first run at stop 24, partly mended since; what remains: salutation read as '各位家长，大家晚上好。', the writer's '各位家长'",
    'gs08_academician_freshman_lecture': "first run at stop 24, partly mended since; what remains: salutation read as '同学们好！', the writer's '同学们'",
    'gs21_md_professor_freshman_talk': "first run at stop 24, not mended: sub-points of 学会读书… read [], the writer's ['每学期读一本“啃不动”的', '读物理学家的传记和书信', '读一点物理以外的东西']; closing read from '同学们，四年以后，希望你们离开这里的时候，不光带走一张毕业证'…, the writer's from '好，今天就讲这四条，时间也差不多'…",
    'gt03_ancient_books_digitization_webpage': "first run at stop 24, partly mended since; what remains: title read as '【数字人文系列直播讲座】古籍数字化的现在与未来', the writer's '古籍数字化的现在与未来'; sub-points of 数据怎么用起来… read ['做“人物关系”', '做“文本比对”'], the writer's []",
    'gt04_energy_storage_summit_pdf': "first run at stop 24, not mended: salutation read as '', the writer's '尊敬的各位嘉宾，各位同行，女士们、先生们'",
    'gt10_saas_founder_mixed_numbering': "first run at stop 24, partly mended since; what remains: no closing read, the writer's from '好，说了这么多坑，其实就想告诉大'…",
    'gt16_kitchenware_founder_unnumbered_subheads': "first run at stop 24, partly mended since; what remains: title read as '企业家面对面｜戴文澜：一口锅卖到四十个国家', the writer's '一口锅卖到四十个国家'; points read ['差点死在第三年', '做品牌，从一口锅开始', '把“老板工程”变成“制度工程”', '出海：先学会做“本地人”', '写在最后的话'] (at stop 25: the two lines ending with a quoted term found), the writer's without '写在最后的话'; closing read from '谢谢大家！'…, the writer's from '最后，我想跟同学们说几句心里话'…",
    'gt21_docx_company_reading_club_analects': "first run at stop 24, partly mended since; what remains: speaker read as None, the writer's '唐立新'",
    'gt22_short_job_hunting_livestream_excerpt': "first run at stop 24, partly mended since; what remains: title read as '主讲：孔令仪（某互联网公司人力资源总监）\u3000\u3000来源：“职场第一课”直播间\u3000\u30002024.02.27', the writer's '应届生求职，先做好这三件事'; speaker read as None, the writer's '孔令仪'",
    'gt24_alumni_salon_ai_middle_manager_transcript': "first run at stop 24, partly mended since; what remains: title read as '会议主题：江湾商学院校友沙龙第18期｜杨帆：AI时代，中层管理者的三个变化', the writer's 'AI时代，中层管理者的三个变化'; speaker read as None, the writer's '杨帆'; points read ['中层从“传话的人”变成了“判', '带团队的方式变了', '中层自己的学习方式要变'], the writer's ['中层从“传话的人”变成了“判', '带团队的方式变了', '好，我接着说第三个变化，就是']",
    "gm02_watch_launch_livestream": "closing read from 好，今天就到这里，谢谢大家！, the writer's from 最后我想说一句心里话 (its head is read since stop 24)",
    'gm03_opensource_meetup_notes': "first run at stop 23, not mended: sub-points of 第一批用户从哪里来… read ['不要等着用户来找你', 'README比代码更重要', '第一个issue一定要当'], the writer's []; closing read from '谢谢大家！欢迎会后加我微信，或…, the writer's from '最后说一句。开源这件事，很像种…",
    'gm07_ted_style_no_points': "first run at stop 23, not mended: title read as '2023年10月 · 上海 · 「拾光」演讲第42期', the writer's '我在一座小岛上拍了七年云'; speaker read as None, the writer's '苏念'; closing read from '谢谢。'…, the writer's from '今天的演讲就要结束了'…",
    "gm08_podcast_transcript_qa": "a podcast's Q1：… Q4：… question lines between the host's and guest's turns read as no points, and no closing read (the writer's from 阿哲：好，今天就聊到这儿); its head is read since stop 24",
    'gm11_ai_industry_summit_long': "first run at stop 23, not mended: sub-points of 看清形势：大模型正在… read ['技术进步的速度仍在加快，', '产业需求正在爆发，但真正', '落地的瓶颈，已经从“技术'], the writer's ['技术进步的速度仍在加快，', '产业需求正在爆发，但真正', '落地的瓶颈，已经从“技术']",
    'gm12_quarterly_allhands_glued': "first run at stop 23, not mended: points read ['关于七月份的故障，我要再做一', '关于四季度的产品重点', '关于团队和协作'], the writer's ['关于七月份的故障，我要再做一', '关于四季度的产品重点', '关于团队和协作', '说说大家最关心的绩效和调薪']",
    'gm13_community_annual_dash_notes': "first run at stop 23, not mended: title read as '年度大会开幕致辞（定稿v3）', the writer's '在开源星火社区2024年度大会上的致辞'; closing read from '当然，我们也清醒地看到，社区还…, the writer's from '朋友们，开源的“源”，是源头的…",
    "gm16_indie_game_livestream_spoken": "spoken points inside a host-and-guest dialogue (那第一个事儿，先说钱 / 说说挨骂 / 对，第三个事儿) read as none, and no closing read (the writer's from 最后说一句心里话吧); its head is read since stop 24",
    'gm17_docx_medtech_strategy_launch': "first run at stop 23, not mended: sub-points of 恒川未来五年的战略… read [], the writer's ['向诊断延伸', '向管理延伸', '向海外延伸']",
    'gm21_docx_sales_kickoff_allhands': "first run at stop 23, not mended: speaker read as None, the writer's '韦晓峰'",
    'gm22_devcon_closing_summary': "first run at stop 23, not mended: closing read from '当然，本届大会也有一些不足，主…, the writer's from '朋友们，大会虽然结束了'…",
    'gm23_saas_agent_keynote_webpage': "first run at stop 23, partly mended since; what remains: title read as '极客前线 · 活动组  2024-09-20 10:12 , the writer's 'Agent 时代，SaaS 会被“吃掉”吗？'; speaker read as None, the writer's '顾明哲'",
    "gm25_friday_night_chat_short": "【周五夜聊】第23期 kept in the title (a column's name and issue, as gl04); no closing read (the writer's from 好，今天就先聊到这儿吧); its speaker (主播：…) is read since stop 24",
    'gn01_freshman_opening_president': "first run at stop 23, not mended: closing read from '同学们，你们这一代人，将在二〇…, the writer's from '同学们，大学四年很长，也很短'…",
    'gn10_alumni_rep_graduation_short': "first run at stop 23, not mended: speaker read as None, the writer's '宋雨桐'",
    'gn14_teaching_conference_president_docx': "first run at stop 23, not mended: sub-points of 准确把握本科教育面临… read ['人工智能等新技术对教育的', '社会对人才的需求结构正在', '高校之间的竞争日趋激烈'], the writer's []",
    'gn20_anniversary_alumni_address': "first run at stop 23, not mended: speaker read as None, the writer's '陈建华'; closing read from '亲爱的学弟学妹们，你们赶上了好…, the writer's from '最后，衷心祝愿母校六十华诞生日…",
    'go02_villagers_assembly_transcript': "first run at stop 23, not mended: salutation read as '', the writer's '乡亲们'",
    'go12_township_yearend_glued': "first run at stop 23, not mended: sub-points of 对明年工作要早谋划、… read ['项目要早储备', '产业要早布局', '班子要早调整'], the writer's []",
    'go13_first_secretary_farewell_dash': "first run at stop 23, not mended: salutation read as '', the writer's '镇党委的各位领导，村“两委”的同志们，各位党员、群众代表'; points read ['体会，我体会最深的有这么几条', '嘱托，有几句话想说给大家'], the writer's ['驻村，首先得把自己当成村里人', '办事情，得先想明白群众要啥', '村里的事，最终要靠村里人来干', '干部干部，先干一步']; closing read from '对乡亲们，我想说，感谢大家三年…, the writer's from '最后，我想说，杏花岭是我的第二…",
    'go14_docx_wedding_funeral_council': "first run at stop 23, not mended: salutation read as '', the writer's '全村的父老乡亲们，理事会的各位成员'",
    'go16_grid_worker_induction_md': "first run at stop 23, not mended: closing read from '网格员的工作，辛苦，琐碎，有时…, the writer's from '最后，给大家提三点纪律要求'…",
    'go20_elders_association_reelection_transcript': "first run at stop 23, not mended: title read as '【主持人：下面请新当选的会长孟繁荣同志讲话，大家欢迎！】', the writer's '东岗村老年协会第二届会员大会新任会长孟繁荣讲话'; speaker read as None, the writer's '孟繁荣'",
    'go23_docx_first_secretaries_forum': "first run at stop 23, not mended: points read ['身子要沉下去，真正把村当家', '情况要摸上来，找准帮扶的路子', '资源要引进来，发挥派出单位的', '班子要带起来，留下一支“不走', '第一书记和村“两委”的关系要'], the writer's ['身子要沉下去，真正把村当家', '情况要摸上来，找准帮扶的路子', '资源要引进来，发挥派出单位的', '班子要带起来，留下一支“不走']",
    'go25_qingming_fire_prevention_chat': "first run at stop 23, not mended: title read as '村文书-晓丽 4月2日 19:41', the writer's '赵书记在村两委会上关于清明节森林防火的讲话'",
    'gp09_memorial_professor': "first run at stop 23, not mended: no closing read, the writer's from '罗老虽然离开了我们，但他留下的…",
    'gp11_father_80th_birthday': "first run at stop 23, not mended: speaker read as None, the writer's '王建军'",
    'gp22_retired_secretary_memorial_pdf': "first run at stop 23, not mended: no closing read, the writer's from '杨守义同志虽然离开了我们'…",
    'gp25_may_fourth_youth_commemoration': "first run at stop 23, not mended: speaker read as None, the writer's '邵一鸣'",
    "gi07_q1_business_review_transcript": "噢，还有一个问题我补充一下，本来没准备讲的，就是第四个，关于人的问题。 after 关于订单 / 关于回款 / 关于成本费用: the writer's fourth point, said in passing (as d18)",
    "gi24_q3_business_review_glued": "最后强调一下，全年目标能不能完成，… as the last paragraph: not read as the closing (what a speaker stresses last, as gg10)",
    "gj03_q1_econ_analysis_transcript": "最后，我再强调一点，就是统计数据的真实性。 after the count: mine's closing opens there, the writer's fifth point (as gg10), its closing at 好，我就讲这些。",
    "gj06_project_tour_review_shouxian": "一是…二是…三是… and 一要…四要… said in one paragraph each: sub-points by the suite's convention, the writer reads text",
    "gj09_city_plenary_midyear_guanyu": "真抓实干… / 敢于担当… / 廉洁自律… lead paragraphs under 关于政府自身建设: read as its sub-points, the writer reads text",
    "gk14_community_residents_meeting": "还有就是，社区今年准备… after 第一点，… 第三点，: read as a fourth point (还有就是 goes on a count, as gd25's writer reads it), this writer reads text",
    "gl03_data_platform_webinar": "还有就是老板自己 read as a fourth point (as gk14); its head is read since stop 24",
    "gl04_scholar_lecture_webpage": "名师讲堂第十二讲｜做学问要下“笨功夫”: the column's name kept in the title (the corpus gold keeps such prefixes: 陆奇最新演讲实录：…); the speaker named only in the 编者按",
    "gl08_class_three_minute_talk": "课前三分钟演讲：外婆的旧收音机: the prefix kept in the title (as gl04)",
    "gl09_go_to_rust_meetup_notes": "1. 2. 3. steps read as sub-points (the writer reads none; 坑一：… / 坑二：… bold leads are read as the writer reads them since stop 26); its speaker (分享人：…) is read since stop 24",
    "gl10_founder_livestream_asr": "第五个坑呢，本来我想讲的是… read as a fifth point (the writer: deferred), so the closing 好，那今天就先讲这四个。 falls inside it (points read since stop 23, its head since stop 24)",
    "gl11_digital_humanities_seminar_opening": "另外，我还想说一点，就是学术共同体… after the count: the writer's fourth point (as gj03); the writer's closing opens at the meeting's facts (本次会议共收到论文…)",
    "gl12_ai_era_learning_lecture": "给大一的同学：… / 给大二、大三的同学：… / 给大四和研究生同学：… under 给同学们的几点具体建议: not read as its sub-points",
    "gl13_photo_club_annual": "当然，也有很多没做好的地方：… read as the closing's start (a 当然 turn), the writer's at 最后，我想说，…",
    "gl17_startup_q3_allhands": "开第二曲线 / 砍定制、保标准 / 建线上销售团队: unlabelled sub-points under 接下来怎么办 not read",
    "gl18_class_monitor_campaign": "当然，我也有很多缺点：… read as the closing's start (as gl13), the writer's at 最后，我想说，…",
    "gl19_ai_programmer_techmedia_page": "three question lines that open unlike (AI会取代程序员吗？ / …是什么？ / 团队该怎么变？): not read as the parts (a rule for them broke blind28's rhetorical questions); the page's info bar read as the title",
    "gl20_edtech_annual_gala_long": "同事们，教育是一件慢事业… inside the last numbered point (五、几句心里话): the writer's closing, mine's the spoken end after it",
    "gl22_docx_young_scholars_forum_closing": "选题上，… / 方法上，… / 视野上，… read as sub-points (parallel leads), the writer reads text; the writer's closing opens at 青年学者是学科的未来。",
    "gl24_debate_cup_opening": "在这里，我也要感谢校团委… before 以上就是我的几点想法。: the writer's closing opens at the thanks",
    "ge07_docx_county_school_safety": "一是…。二是…。三是…。四是… said in one paragraph under a bold 三、: sub-points by the suite's convention, the writer reads text",
    "ge08_principal_to_new_teachers_transcript": "首先，… / 其次，要过好“三关”。(哪三关呢？第一是…关 / 第二是… / 第三是…) / 最后，我想提醒大家几条底线。: mine reads 第三是家长关 as the third point, the writer the 最后 paragraph (and 第一是课堂关 said after a question as the first sub-point)",
    "ge09_kindergarten_opening_short": "a short speech with no points: 各位家长朋友们，… then 最后，祝小朋友们…: mine's closing opens at the address, the writer's at the wish (as b05)",
    "ge11_zhongkao_mobilisation_glued": "一要紧跟老师…二要… said in one paragraph: sub-points by the suite's convention, the writer reads text",
    "ge19_grade12_exam_analysis_inline_list": "一是…二是…三是… review said in one paragraph: sub-points by the suite's convention, the writer reads text",
    "ge22_rural_teachers_forum_transcript": "赵东升县长在…: the title convention (as d02); 我讲得比较乱啊，没有准备稿子，想到哪里说到哪里。 then 好，就这样。: the writer's closing opens at the apology, mine's at 好，就这样。 (points read since stop 23)",
    "gf09_oath_ceremony_transcript": "最后我还想说一句，… before 好，就讲这些。谢谢大家！: the writer's closing opens at 最后, mine's at the spoken end",
    "gf17_pre_appointment_talk_spoken": "最后我也说一句，… before 行，今天就谈到这儿。: the writer's closing opens at 最后, mine's at the spoken end (as gf09; its head read since stop 23)",
    "gf21_docx_inspection_entry_mobilization": "聚焦落实…// 聚焦落实… four items split by Word line breaks inside one paragraph: sub-points by the suite's convention, the writer reads text",
    "gf25_docx_leadership_team_self_check": "a self-check's last paragraph (局党组将以这次民主生活会为新的起点…) with no address or call: not read as the closing (as n24)",
    "gg10_rural_revitalization_site_meeting": "还要强调一点，就是工作作风问题。 after 最后，…: the writer's fifth point; what a speaker stresses after his count goes on with the last point as most writers read it (g12, gd11, gf03, o04, gh05: since stop 23 mine reads 还有一点 / 另外还有一个事 added points only)",
    "gg16_county_fire_mixed_numbering": "一是…二是… said in one paragraph: sub-points by the suite's convention, the writer reads text",
    "gg17_docx_swine_fever_response": "这里，我还要特别强调一下纪律问题。 after 五是: the writer's sixth point, read as the fifth point's text (as gg10)",
    "gg22_docx_site_tour_review": "**第一站，…。**… / **第五站至第八站，**…: bold-led paragraphs under a bold 二、 heading, read as its sub-points since stop 26 but for the last, whose bold lead ends at a comma, not a full stop",
    "gh02_county_safety_scanned_pdf": "一是…二是…三是… said in one paragraph: sub-points by the suite's convention, the writer reads text",
    "gh11_investment_meeting_transcript": "孙卫国县长在…: the title convention (as d02); 最后还有个事，… before 就讲这些。散会。: the writer's closing opens at 最后 (as gf09)",
    "gh19_model_workers_dash_points": "各级党委和政府要… after the points opens the closing (the party's charge, as b07); the writer starts at the address after it",
    "gh20_tax_midyear_docx_lost_labels": "下半年的任务依然艰巨繁重。… as the last paragraph, no address, no call: not read as the closing (as n24)",
    "gh22_party_school_opening_two_pages": "the speaker named only in the page's 编者按 (as o07)",
    "g11_county_economic_conference_long_pdf": "一是…四是 problems said inside one paragraph: sub-points by the suite's convention, the writer reads text (as a02)",
    "g13_docx_party_building_review_meeting": "一是…四是 said inside one paragraph: sub-points by the suite's convention, the writer reads text (as a02)",
    "g24_hundred_day_project_drive_glued": "sub-points 一是/二是/二是 (a misnumbered 三) with the rest glued: only the first two read",
    "h03_private_firm_annual_gala_transcript": "产品要做精 / 渠道要下沉 / 人要用对 (a spoken list under the third 第三个呢) read as top-level points",
    "h07_hospital_cadre_meeting_docx": "敢于担当 / 善于管理 / 清正廉洁 said inside one paragraph under a bold 一、: sub-points by the suite's convention (as a02)",
    "h19_tech_startup_annual_party_transcript": "哦对，还有一个，第三点，我差点忘了…: the forgotten third point said late, read as two points (交付 / 人); the writer's closing opens at 好，差不多了，我又超时了。",
    "h22_investment_signing_ceremony_docx": "我们深知，… (a pledge before 最后，预祝…): the writer's closing, mine's opens at 最后，",
    "h25_hospital_midyear_push_meeting_no_byline": "unnumbered whole-sentence heading lines with commas, each with 1. run-on sub-points: the sub-points read as the top level",
    "e03_forest_fire_webpage": "管住…、推行… items said inside one paragraph under 二、: sub-points by the suite's convention, the writer reads text (as a02)",
    "e06_docx_civilized_city": "一要…二要…三要…四要 said inside one paragraph under a bold 三、: sub-points by the suite's convention, the writer reads text (as a02)",
    "e11_rural_industry_pdf_dashes": "一要…四要 said inside one paragraph under 三、 of a PDF copy: sub-points by the suite's convention, the writer reads text (as a02)",
    "e17_environment_hundred_days_unnumbered": "the speaker named only in a note at the end; bold-only unnumbered lines under an unnumbered ## heading not read as its sub-points",
    "f02_gov_work_report_pdf": "坚持…，… clauses said in one paragraph under 一、's 总体要求: sub-points by the suite's convention, the writer reads text (as a02)",
    "f18_soe_year_end_chairman": "抓队伍，… a sub-point of 谈谈明年的工作重点 read as a point of its own",
    "f20_cppcc_member_forum_secretary": "一是…四是 said inside one paragraph after 有几个问题 (counted): sub-points by the suite's convention, the writer reads text (as a02); its 第一点，/ 第二点，/ 三、 and the closing 最后，再次感谢… are read since stop 22",
    "f21_cppcc_entrepreneurs_forum_notes": "希望各位委员…, then the meeting's tasks, then a recorder's note: the closing not found",
    "f25_district_gov_report_excerpt": "政府工作报告（节选） (the tag dropped, as f03); the excerpt's two part lines (2025年工作总体要求… / 2025年重点工作) read below its 突出… run",
    "d02_opening_ceremony_recording": "张建华校长在…: this writer keeps the title whole (c's and d's writers; a's and b's drop the name, the suite's convention); 那么另外，我再顺带说一下安全 read as the third point's text, the writer's fourth point",
    "d04_anniversary70_pdf_long": "同学们，… then 老师们、同学们、校友们！… at the end: mine's closing opens at the first address, the writer's at the last (a judgement call, as c10)",
    "d10_school60_web_unnumbered": "the speaker named only in the web page's 作者：黄振宇 field (dropped with the info bar): not read as the speaker",
    "d14_business_meeting_pdf": "1.…2.…3.… run together inside one paragraph under 三、: sub-points by the suite's convention, the writer reads text (as a02)",
    "d18_strategy_switching_numbering": "另外，原来没有准备讲，但是我觉得有必要补充一个方面，就是文化。 after 一、 / 第二， / 3. (read since stop 22): the writer's fourth point, an add-on said with no count word (还有一个事情，/ 最后还有一点， are read), read as the third point's text",
    "d25_primary_opening_inline_list": "a speech with no points turning to 老师们，… then 同学们，…: mine's closing opens at the first, the writer's at the second (as d04)",
    "c05_soe_inspection_feedback_pledge_short": "我们将按时向省委报送整改报告… before 我的表态完毕。: mine's closing is the last line, the writer's the pledge paragraph before it (a judgement call)",
    "c18_docx_city_soe_warning_linebreaks": "第一，…第二，… and 一是… said inside the paragraphs of a Word copy's bold headings (manual line breaks): read as sub-points by the suite's convention; the writer reads text (as a02); the closing opens at 会后，… before the writer's 同志们，…",
    "c23_county_patrol_feedback_colon_subs": "1.贯彻落实…不够到位：落实耕地保护…。: the writer heads each item by its words before the colon, mine by the whole first sentence (the open topic-before-colon proposal, as x09)",
    "c25_docx_county_standing_committee_life_meeting": "一要…二要… said inside a bold-lead paragraph (第三点，…): sub-points by the suite's convention, the writer reads text; 会议情况，我们将如实向市委报告。… is not read as the closing",
    "b05_npc_opening_address": "two paragraphs that can open an opening address's closing (各位代表，…希望… then 我们相信，…): mine takes the first, the writer the second (a judgement call)",
    "b07_cppcc_opening_note": "各级党委要切实加强对政协工作的领导… after the points opens the closing (a party charge, as at a 团代会, t-round); the writer starts at the address after it",
    "b11_company_annual_gala_transcript": "第一件，… 第二件，… 第三件， under a spoken 第二个事儿呢，: not read as its sub-points (件 alone is no counted noun; adding it let them join the top run)",
    "b12_sales_rally_pledge": "a title naming the speaker by office only (总经理在…): kept whole by the suite's convention (test_speaker_in_title: an office with no name); the writer drops the office",
    "b13_internal_ops_review_glued": "最后再说一点，就是信息报送的问题。 after the third point: mine reads a fourth point, the writer the third point's text",
    "b16_private_firms_forum_docx": "unnumbered 坚持…。 lead paragraphs under a bold 三、 heading, after an inline 一是…四是 list: not read as sub-points",
    "b17_old_town_experts_forum": "一要…二要…三要 said in one paragraph, then 四要… opening its own: read as one list of four sub-points (near miss in test_congress_and_company_forms); the writer reads none",
    "b19_city_plenum_concluding": "第一，…第二，…第三，… said inside one paragraph under 一、, items of several sentences: sub-points by the suite's convention; the writer reads text (as a02)",
    "b21_internet_co_annual_gala": "好，最后简单说说2024年的打算。 after three 第一个关键词 heading lines: the writer's closing starts there, mine at the spoken end after it",
    "a02_county_flood_webpage": "一是…。…二是…。… items of several sentences each, said in one paragraph under 二、: read as sub-points by the suite's convention (u03's writer wanted such items so); this writer, as q12's and round b's, reads them as the paragraph's text (the open convention in corpus/ANNOTATION.md)",
    "a09_county_plenary_long": "…必须把握好以下几点：一是…。…二是… in one paragraph under 二、: read as sub-points by the suite's convention; the writer reads the paragraph's text (as a02)",
    "a18_flood_site_dispatch_spoken": "a title naming the speaker by surname and office only (周县长在…): mine has no name to write and keeps the title whole; the writer drops 周县长 from it",
    "a24_projects_dispatch_lost_blanks": "一是…；二是…；三是… items of several sentences in one paragraph under 二、: read as sub-points by the suite's convention; the writer reads the paragraph's text (as a02)",
    "r30_retirement_three_ganxie": "我想说三个感谢。 then a paragraph more of the opening, then 感谢… paragraphs of two each (read since stop 21); the writer\'s closing opens at 退休了，我还会… after the third thanks\' two paragraphs, mine at 最后，祝… after it",
    "u03_project_kickoff_yishi": "一是…。(one sentence of text)二是…。三是… in a run-in point's paragraph, items of about 50 characters: read as clauses that stay in the paragraph, as q12's of about 30 (whose writer wanted them so); this writer wanted sub-points, and length alone parts the two",
    "x09_economy_dispatch_outline_terse": "1.主要指标：地区生产总值增长5.4%…；… in a 讲话提纲: the writer heads each item by the topic word before its colon (主要指标), mine by the whole first sentence; corpus/ANNOTATION.md leaves topic words as a level an open proposal",
    "n24_forest_fire_no_salutation": "森林防火，责任重于泰山。… after run-in 1. 2. 3. sub-points, no address, no look back or ahead: read as the last sub-point's second paragraph, the writer's closing",
    "i21_court_trial_management_intranet": "一是…四是 said inside one paragraph after 存在的问题也比较突出。 (problems named): sub-points by the suite's convention, the writer reads text (as a02)",
    "l01_union_congress_opening": "各级党委要切实加强对工会工作的领导… after the points opens the closing (the party's charge, as b07); the writer starts at the address after it",
    "l03_pioneers_day_short": "two paragraphs that can open the closing (戴上红领巾以后，希望大家… then 少先队员们，…): mine takes the first, the writer the second (as c10)",
    "l14_town_school_opening_ceremony": "老师们，… then 同学们，老师们，… at the end: mine's closing opens at the first address, the writer's at the last (as d04)",
    "l25_cppcc_rural_elderly_consultation": "协商的成果关键在转化。会后，… then 以上意见，供大家参考: mine's closing opens at the first, the writer's at the second (as c10)",
    "o01_founder_midlevel_transcript": "一个是废料 / 一个是库存 / 一个是费用 (一个是 said three times, no 二) under the spoken 还有一个，成本: not read as its sub-points (its points are read since stop 22)",
    "o02_soe_annual_work_report": "一是…的挑战；二是… said inside one paragraph after counting words: sub-points by the suite's convention, the writer reads text (as a02)",
    "o06_oath_rally_docx": "一是…二是…三是… said inside one paragraph of a Word copy: sub-points by the suite's convention, the writer reads text (as a02)",
    "o07_new_hire_wechat_article": "the speaker named only in the editor's note (…董事长许国平…) and the page's related links: not read as the speaker",
    "o11_founder_yearend_transcript_count_mismatch": "吴德胜董事长在…: the title convention (as d02); 大家最关心的，钱的事 announced inside the third point's paragraph after an interjection: the writer's fourth point, read as text",
    "m02_party_history_summary_county_pdf": "政治站位进一步提高… said inside one paragraph under a point: sub-points by the suite's convention, the writer reads text (as a02)",
    "m07_party_congress_report_county": "——综合实力更强 / ——产业结构更优 …: a report's goals set out as dash lines under its 指导思想和奋斗目标: read as sub-points; the writer reads them as the part's text (a list that names goals, not parts)",
    "m24_flood_control_video_meeting": "一是盯紧…二是盯紧… said inside a run-in point's paragraph: sub-points by the suite's convention, the writer reads text (as a02)",
    "gb05_founder_midyear_transcript": "刘建平董事长在…: the title convention (as d02); 讲到这里，我还想多说一句，也算是第四点吧 inside the third point: the writer's fourth point; the closing opens at 最后，我提一个要求 (mine) or 好，我再把今天的意思归拢一下 (the writer, later)",
    "gb07_president_graduation_wechat": "校长寄语｜做一个清醒而温暖的人: a column's tag before the title not set apart; the speaker named only in a photo caption (▲ 校长吴海平院士致辞, dropped as one)",
    "gb20_founder_going_global_transcript": "第一条，内部培养。… three 第N条 items said inside one paragraph after 人从哪里来？三条路。: sub-points by the suite's convention, the writer reads text (as a02)",
    "ga06_may_fourth_youth_forum": "各级党委和政府要关心青年成长… after the points opens the closing (the party's charge, as b07; k17's and v11's writers start there, b07's, l01's and this one's at the address after it)",
    "ga08_party_congress_opening": "a congress opening with no points: 各位代表！这次大会承载着… then 我们坚信，…: mine's closing opens at the address, the writer's at the later pledge (as b05)",
    "ga09_npc_closing_newspaper": "a review of the year said in unnumbered lead paragraphs (经济运行稳中向好。…) before the numbered tasks: read as points, the writer reads them as the opening's text",
    "ga10_project_drive_mobilization": "一是压实责任。…五是… said inside a bold-led Word paragraph under 三、: sub-points by the suite's convention, the writer reads text (as a02)",
    "ga13_young_talent_forum": "最后，我对青年人才朋友们提几点希望。希望大家…: mine's closing opens there, the writer's fourth point (its closing at the address after it)",
    "ga14_labour_model_dash_points": "高振宇在…: the title convention (as d02); 各级党委和政府要… before 同志们、朋友们，…: the party's charge, as ga06",
    "ga23_health_commission_theme_ed_summary": "三个多月来，我们重点做了以下几方面工作： then 坚持以学铸魂，… review items: read as the points (a counted list), the writer's points the 一是要… tasks after them",
    "ga24_midyear_plenary_note_md": "**要强化责任落实。**… three bold leads inside one paragraph under ## 三、: not read as its sub-points",
    "gd01_county_rural_survey_remarks": "a research forum's remarks whose points are topic sentences said in passing (产业这个事情，… / 人的问题… / 算好集体经济这笔账 / 最后，讲一讲干部作风): no points read; 最后，讲一讲… read as the closing",
    "gd03_project_tour_webpage": "项目结构不优…推进进度不均… said inside one paragraph after 有的项目…: sub-points by the suite's convention, the writer reads text (as a02)",
    "gd07_private_entrepreneurs_forum_response": "the speaker named only in a line the header does not read; 希望大家… ×3 paragraphs opening alike under 我再加一个，… read as its sub-points, the writer reads text",
    "gd13_safety_briefing_mismatch": "燃气安全…道路交通…人员密集场所… said inside one paragraph: sub-points by the suite's convention, the writer reads text (as a02)",
    "gd18_foreign_firms_forum_short": "最后说一点。刚才有位朋友讲… after the points: the writer's closing, mine's last point text (the thanks line its closing)",
    "gd23_industrial_firms_forum_docx": "the speaker named only in the Word page header's title (李国梁同志在…): not read as the speaker",
    "gd24_flood_control_briefing_webpage": "防汛工作关系人民群众生命财产安全… as the last paragraph, no address, no call: not read as the closing (as n24)",
    "gc05_docx_village_election_mobilization": "突出政治标准…突出能力素质… said inside a bold-led Word paragraph: sub-points by the suite's convention, the writer reads text (as a02)",
    "gc07_group_chat_forest_fire": "a group chat's forwarded text (转发 note, replies): its title and speaker not found among the chat's lines",
    "gc13_river_chief_count_mismatch": "一是完善考核机制；二是…；三是… said inside one paragraph: sub-points by the suite's convention, the writer reads text (as a02)",
    "gc14_street_grid_style_switch": "一方面，要严格管理。… 另一方面，要关心关爱。… inside the third point's paragraph: sub-points by the suite's convention, the writer reads text (its 1. 2. （3） （4） sub-count and 第三，/ 第四， points are read since stop 23)",
    "gc15_food_safety_gov_site_inline_list": "压实了责任…强化了监管… said inside one paragraph of a review: sub-points by the suite's convention, the writer reads text (as a02)",
    "gc19_town_collective_assets_pdf_diyidian": "健全制度…强化监督… said inside one paragraph of a PDF copy: sub-points by the suite's convention, the writer reads text (as a02)",
    "r32_oral_heading_after_story": "a point named after a story (所以我讲的第一个意思呢，就是…), then 第三个意思，/ 最后一个意思，: no points read",
}


@pytest.mark.parametrize(
    "name",
    [pytest.param(n, marks=pytest.mark.xfail(reason=KNOWN_MISSES[n], strict=True)) if n in KNOWN_MISSES else n for n in CASES],
)
def test_an_everyday_speech_reads_as_its_writer_expected(name: str, tmp_path: Path) -> None:
    want = yaml.safe_load((DATA / "expected" / f"{name}.yaml").read_text(encoding="utf-8"))
    result = CliRunner().invoke(cli, ["mine", str(_speech(name, tmp_path)), "-o", "-"])
    assert result.exit_code == 0, result.output
    spec = yaml.safe_load(result.stdout)
    # (no title written: mine fills in 讲话稿 and says so in a note)
    assert _same_title(spec["title"], want["title"] or "讲话稿", spec.get("speaker"))
    assert (spec.get("speaker") or None) == want.get("speaker")
    # (…，大家上午好！ / …，大家辛苦了！: the greeting after the address is kept in mine's salutation, set aside here
    # on both sides)
    bare = re.compile(r"(?:[，,]\s*大家(?:(?:早上|上午|中午|下午|晚上)?好|辛苦了))?[：:，,！!\s]*$")
    assert bare.sub("", spec.get("salutation", "同志们")) == bare.sub("", want.get("salutation") or "")
    points = _mined_tree(spec.get("points"))
    expected = _expected_tree(want.get("points"))
    assert [h for h, _ in points] == [h for h, _ in expected]
    for (_, subs), (_, want_subs) in zip(points, expected, strict=True):
        assert [h for h, _ in subs] == [h for h, _ in want_subs]
    assert _closing(spec).startswith(re.sub(r"\s+", "", want["closing_start"]))


@pytest.mark.parametrize(
    ("name", "closing", "dropped"),
    [
        ("s16_web_paste", "同志们，森林防火责任重大。", "第 25 行（分享提示）：分享到：微信 微博 QQ空间"),
        ("s17_web_editor_note", "以上三点，希望大家认真抓好落实。", "（分享提示）：【分享到】"),
    ],
)
def test_a_pages_share_prompt_under_the_speech_is_dropped_not_closing_words(
    name: str, closing: str, dropped: str, tmp_path: Path
) -> None:
    result = CliRunner().invoke(cli, ["mine", str(_speech(name, tmp_path)), "-o", "-"])
    spec = yaml.safe_load(result.stdout)
    assert len(spec["closing"]) == 1 and spec["closing"][0].startswith(closing)
    assert dropped in result.stderr


def _mine_and_build(name: str, tmp_path: Path) -> tuple[dict, str]:
    """mine the speech into a spec file, build it back as text: the spec and the rebuilt text."""
    spec_path = tmp_path / f"{name}.yaml"
    mined = CliRunner().invoke(cli, ["mine", str(_speech(name, tmp_path)), "-o", str(spec_path)])
    assert mined.exit_code == 0, mined.output
    built = CliRunner().invoke(cli, ["build", str(spec_path), "-f", "txt", "-o", str(tmp_path / "out")])
    assert built.exit_code == 0, built.output
    return yaml.safe_load(spec_path.read_text(encoding="utf-8")), (tmp_path / "out" / f"{name}.txt").read_text(encoding="utf-8")


def test_a_speech_with_no_salutation_is_built_back_with_none(tmp_path: Path) -> None:
    spec, text = _mine_and_build("s07_nosal_yiyao", tmp_path)
    assert spec["salutation"] == ""
    assert text.split("\n", 2)[2].lstrip().startswith("这次会议的主要任务是")  # title, blank line, then the opening
    assert "同志们：" not in text


def test_a_host_script_read_back_says_its_opening_words_once(tmp_path: Path) -> None:
    spec, text = _mine_and_build("s19_host_script", tmp_path)
    assert spec["template"] == "host"
    assert text.count("现在开会") == 1


def test_a_congress_speech_that_finished_its_agenda_is_no_host_script(tmp_path: Path) -> None:
    # 圆满完成了各项议程 names no agenda of the host's (这次会议共有三项议程 / 进行第一项议程 do)
    spec, text = _mine_and_build("s05_daibiao_yishi", tmp_path)
    assert spec["template"] != "host"
    assert "现在开会" not in text


def test_a_list_said_in_one_paragraph_is_built_back_as_that_paragraph(tmp_path: Path) -> None:
    # 一是…；二是…。今后… in one paragraph under 三、: the spec keeps it whole (it had become two items, the
    # closing sentence glued to the second as its text)
    spec, text = _mine_and_build("p34_report_signature_end", tmp_path)
    assert "items" not in spec["points"][-1]
    assert "\n一是精细化管理水平还不够高；二是执法队伍素质有待提升。今后，" in text
    assert spec["speaker"] == "方某某" and spec["closing"] == ["以上报告，请予审议。"]


def test_a_salutation_that_greets_is_built_back_without_a_colon(tmp_path: Path) -> None:
    spec, text = _mine_and_build("p31_nosal_dajiahao_colleagues", tmp_path)
    assert "\n各位同事，大家好！\n" in text and "大家好！：" not in text


def test_heading_lines_under_a_template_of_run_in_points_are_built_back_as_headings(tmp_path: Path) -> None:
    # Word's 标题 1 / 标题 2 with no typed numbers, read under the symposium template (whose points are 一是… leads)
    spec, text = _mine_and_build("p27_docx_zh_heading_styles", tmp_path)
    assert spec["numbering"]["points"] == "一、"
    assert "\n一、拓宽选人渠道\n（一）面向社会公开招聘\n" in text


def test_a_speech_pasted_twice_is_read_once_and_the_repeat_said(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["mine", str(_speech("p23_pasted_twice_abstract", tmp_path)), "-o", "-"])
    assert len(yaml.safe_load(result.stdout)["points"]) == 3
    assert "第 25 行（重复印出的全文）：在全区数字经济发展推进会上的讲话" in result.stderr


def test_a_pdf_pages_running_header_is_dropped_from_the_sentence_it_cut(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["mine", str(_speech("p21_pdf_wrapped_pages", tmp_path)), "-o", "-"])
    assert "让游客来得舒心、玩得开心、走得放心" in result.stdout
    assert "（页眉）：东川市人民政府办公室文件" in result.stderr


def test_an_articles_credits_under_the_speech_are_dropped(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["mine", str(_speech("p19_wechat_article", tmp_path)), "-o", "-"])
    assert "文字：李某" not in result.stdout and "（网页信息栏）：文字：李某" in result.stderr


def test_a_title_of_two_parallel_phrases_keeps_them_apart(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["mine", str(_speech("p18_twoline_title_subtitle_date", tmp_path)), "-o", "-"])
    assert yaml.safe_load(result.stdout)["title"] == "凝心聚力谋发展　实干担当开新局"


def test_a_bold_leads_markdown_space_is_not_kept_in_the_text(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["mine", str(_speech("p28_markdown_h2_h3_bold", tmp_path)), "-o", "-"])
    # (since stop 26 the bold leads under the ### heading are its sub-points: heading and text apart, no space kept)
    assert "heading: 要坚持先立后破\n" in result.stdout and "text: 传统能源" in result.stdout


def test_labels_a_rebuilt_speech_words_otherwise_are_said(tmp_path: Path) -> None:
    # 首先，其次，再次，最后， rebuilt 首先，其次，第三，最后，: the writer's 再次 is named; 第一部分： / 第二部分： too
    for name, said in (("s21_shouxian_zaici", "“再次，”重新生成时写作“第三，”"), ("p02_party_lecture_bufen", "“第一部分：”")):
        result = CliRunner().invoke(cli, ["mine", str(_speech(name, tmp_path)), "-o", "-"])
        assert f"提示：原稿一级要点的序号{said}" in result.stderr
    # near miss: 第一，第二，第三， are printed as written, nothing said
    result = CliRunner().invoke(cli, ["mine", str(_speech("s03_subtitle_diyi", tmp_path)), "-o", "-"])
    assert "重新生成时写作" not in result.stderr


def test_points_counted_as_points_are_built_back_so(tmp_path: Path) -> None:
    # 第一点，… 第二点，… 第三点，…: numbering.points 第一点，, the rebuilt speech says them as the speaker did
    spec, text = _mine_and_build("s28_diyidian_spoken", tmp_path)
    assert spec["numbering"]["points"] == "第一点，"
    original = (DATA / "speeches" / "s28_diyidian_spoken.txt").read_text(encoding="utf-8")
    assert [line for line in text.splitlines() if line.strip()] == [line for line in original.splitlines() if line.strip()]
