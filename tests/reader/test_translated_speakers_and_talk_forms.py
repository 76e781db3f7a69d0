"""Forms from the stop-47 everyday rounds: a translated speaker's byline printed with his country, initials, native
name or post; a talk's lessons counted as 第一课; a Markdown talk's occasion line under its title; a speaker's 先说明一下
or 我再说一遍 between his parts; a page's 【嘉宾介绍】 over the speaker's note; a PDF heading wrapped inside a quotation
and a numbered heading cut by a manual break; three-character bold heading lines; a short heading sentence alone in its
paragraph; and three one-sentence theme lines alike by a phrase."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from jianggao.cli.main import cli

from .everyday_docx import from_markup
from .mining import headings, mine

EVERYDAY = Path(__file__).parent.parent / "data" / "everyday"

BODY = (
    "女士们，先生们：\n\n今天我很高兴来到这里，和大家交流职业教育的经验。\n\n"
    "一、职业教育的根基在企业\n\n企业是培养技能人才的主体。\n\n"
    "二、职业教育要面向未来\n\n技术变化很快，课程也要跟着变。\n\n谢谢大家！\n"
)


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("〔德〕克劳斯·迈尔霍夫", "克劳斯·迈尔霍夫"),
        ("［英］艾玛·卡特赖特", "艾玛·卡特赖特"),
        ("〔美〕理查德·K·霍尔曼", "理查德·K·霍尔曼"),
        ("东非农业合作社联合会主席　约瑟夫·姆瓦卡萨（坦桑尼亚）", "约瑟夫·姆瓦卡萨"),
    ],
)
def test_a_translated_speakers_country_is_no_part_of_his_name(tmp_path: Path, byline: str, name: str) -> None:
    spec, _ = mine(tmp_path, f"在2025中德职业教育论坛上的演讲\n\n{byline}\n\n{BODY}")
    assert spec["speaker"] == name
    assert spec["title"] == "在2025中德职业教育论坛上的演讲"


def test_an_office_in_brackets_after_a_translated_name_stays_apart(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, f"在2025中德职业教育论坛上的演讲\n\n马可·贝尔蒂尼（董事长）\n\n{BODY}")
    assert spec["speaker"] == "马可·贝尔蒂尼"


def test_a_name_under_the_title_over_its_translators_line_is_the_speaker(tmp_path: Path) -> None:
    text = (
        "在北川航空航天大学2024届本科生毕业典礼上的演讲\n\n〔美〕伊丽莎白·哈洛韦\n"
        f"中文译稿　北川航空航天大学外国语学院翻译团队\n2024年6月26日\n\n{BODY}"
    )
    spec, report = mine(tmp_path, text)
    assert spec["speaker"] == "伊丽莎白·哈洛韦"
    assert "页头）：伊丽莎白" not in report


def test_lessons_counted_as_第一课_are_the_points(tmp_path: Path) -> None:
    text = (
        "手术室教给我的三课\n\n亲爱的同学们：\n\n今天我想讲讲手术室教给我的三课。\n\n"
        "第一课：谦逊是外科医生最重要的器械。\n\n我年轻的时候非常自信，后来一位护士救了我的病人。\n\n"
        "第二课：病人不是一个病例，而是一个人。\n\n每个病人背后都有一个家庭。\n\n"
        "第三课：照顾好你自己，才能照顾好别人。\n\n医生也会累，也要休息。\n\n同学们，祝你们前程似锦！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec.get("points", [])) == [
        "谦逊是外科医生最重要的器械",
        "病人不是一个病例，而是一个人",
        "照顾好你自己，才能照顾好别人",
    ]


def test_a_markdown_occasion_line_under_the_title_is_its_subtitle(tmp_path: Path) -> None:
    text = (
        "# 三个失败的故事\n\n## 在2025国际青年创新论坛上的演讲\n\n谢谢主持人！大家好！\n\n"
        "今天我想给大家讲三个我自己失败的故事。\n\n**第一个故事：一台坏掉的咖啡机**\n\n我们只想着好看，忘了问用户。\n\n"
        "**第二个故事：一次太早的扩张**\n\n我们开了太多门店。\n\n**第三个故事：一个被我否定的想法**\n\n"
        "那个想法后来被别人做成了。\n\n朋友们，失败并不可怕，可怕的是不去想它。谢谢大家！\n"
    )
    spec, _ = mine(tmp_path, text, "talk.md")
    assert spec["title"] == "三个失败的故事"
    assert headings(spec.get("points", [])) == ["一台坏掉的咖啡机", "一次太早的扩张", "一个被我否定的想法"]


def test_a_speakers_先说明一下_is_no_part_of_his_count(tmp_path: Path) -> None:
    # (xm09 of the everyday suite: 先说明一下，… over ## 1. … ## 4., 第二件事是… and 第一，… inside them)
    text = next((EVERYDAY / "speeches").glob("xm09_*.md")).read_text(encoding="utf-8")
    spec, _ = mine(tmp_path, text, "talk.md")
    assert headings(spec.get("points", [])) == ["用户到底要什么", "让记账这件事“更省事”", "那些我们差点做错的事", "几点体会"]


def test_a_bracketed_guest_note_heading_is_no_title(tmp_path: Path) -> None:
    text = (
        "把一个周末项目做成社区：开源三年的一些笔记\n\n【嘉宾介绍】\n"
        "赵予安，独立开发者，开源表格处理工具“纸鸢”的作者和主要维护者。\n\n大家好！\n\n"
        "今天我想讲讲从“用开源”到“做开源”这一步。\n\n一、从一个脚本开始\n\n最开始只是我自己用的脚本。\n\n"
        "二、维护者也要照顾好自己\n\n别把自己累垮了。\n\n谢谢大家！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert spec["title"] == "把一个周末项目做成社区：开源三年的一些笔记"


def test_a_pdf_heading_wrapped_inside_a_quotation_is_read_whole(tmp_path: Path) -> None:
    lines = [
        "正在发生的三个变化",
        "",
        "女士们，先生们：",
        "　　今天我想和大家谈一谈，我观察到的正在发生的三个变化，以及它",
        "们对我们每个人意味着什么。这些变化都不是一夜之间发生的事情。",
        "一、第一个变化：全球供应链正在从“效率优先”转向“效率与安全",
        "并重”",
        "　　在过去三十年里，企业安排供应链的核心原则是效率，也就是成",
        "本最低。零库存、准时生产、单一供应商，这些做法在正常时期非常",
        "有效。但是疫情期间，我们看到了这种模式的脆弱性，一家工厂停工",
        "就可能让另一个大洲的整条生产线停下来，运费也翻了好几倍。",
        "二、第二个变化：服务和数据正在成为贸易增长最快的部分",
        "　　软件开发、设计、咨询、在线教育、远程医疗、云计算，这些服务",
        "不需要集装箱，也不需要港口，它们通过网络在一秒钟之内就可以跨",
        "越国界。数字化交付的服务贸易所占的比重已经接近三分之二了。",
        "三、第三个变化：绿色转型正在重新定义竞争力",
        "　　过去，一个国家或者一家企业的竞争力，主要取决于成本、技术和",
        "规模。今天，还要加上一个新的维度：碳。越来越多的跨国企业要求",
        "它们的供应商披露碳足迹，并且设定减排目标，这已经是硬要求了。",
        "　　谢谢大家！",
    ]
    spec, _ = mine(tmp_path, "\n".join(lines) + "\n")
    assert headings(spec.get("points", []))[0] == "第一个变化：全球供应链正在从“效率优先”转向“效率与安全并重”"


def test_three_character_bold_lines_are_the_points(tmp_path: Path) -> None:
    # (xr15 of the everyday suite: **守底线** / **优服务** / **强队伍** in a Word copy, named in the title too)
    path = from_markup(next((EVERYDAY / "docx_src").glob("xr15_*.txt")), tmp_path)
    result = CliRunner().invoke(cli, ["mine", str(path), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert headings(yaml.safe_load(result.stdout).get("points", [])) == ["守底线", "优服务", "强队伍"]


def test_a_short_heading_sentence_alone_in_its_paragraph_is_not_cut(tmp_path: Path) -> None:
    text = (
        "年终内部讲话\n\n各位同事：\n\n今年我想跟大家说四件事。\n\n"
        "第一件事，说说这一年我们到底做对了什么。\n\n我们守住了现金流，也守住了客户，收入比去年增长了三成，这是大家一起拼出来的。\n\n"
        "第二件事，说说我们还有哪些做得不好的地方。\n\n交付慢、返工多，客户投诉比去年多了一倍，这些问题必须正视。\n\n"
        "第三件事，说说2026年我们要往哪里走。\n\n明年我们要把海外市场做起来，把产品线收窄，把质量做上去。\n\n"
        "第四件事，说说人。\n\n公司最值钱的是人，明年我们要拿出更多的钱来培养年轻人，让他们挑大梁。\n\n"
        "各位同事，新的一年，让我们一起加油！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec.get("points", [])) == [
        "说说这一年我们到底做对了什么",
        "说说我们还有哪些做得不好的地方",
        "说说2026年我们要往哪里走",
        "说说人",
    ]


def test_a_heading_line_a_manual_break_cut_is_one_heading(tmp_path: Path) -> None:
    # (a .txt saved from Word: the heading's rest right under it, a blank line under that)
    text = (
        "在全县春季农业生产工作会议上的讲话\n\n同志们：\n\n今天召开会议，部署春季农业生产工作。\n\n"
        "一、提高站位，深刻认识抓好春季农业生产的重要意义\n\n春耕生产是全年农业生产的基础，各乡镇务必高度重视，不能有丝毫松懈。\n\n"
        "二、突出重点，扎实抓好春耕生产和农田建设各项工作\n\n要抓好种子、化肥、农药等农资供应，确保农时不误、面积不减。\n\n"
        "三、强化组织保障，确保春耕生产和高标准农田\n建设各项任务落地见效\n\n各乡镇主要负责同志要亲自抓，分管同志要具体抓，层层压实责任。\n\n"
        "同志们，一年之计在于春，让我们抓住农时，扎实工作！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec.get("points", []))[2] == "强化组织保障，确保春耕生产和高标准农田建设各项任务落地见效"


def test_a_bold_heading_cut_by_a_word_line_break_is_one_heading(tmp_path: Path) -> None:
    # (xy09 of the everyday suite: **二、聚焦关键环节，确保今年招生入学工作//公平公正、平稳有序** in a Word copy)
    path = from_markup(next((EVERYDAY / "docx_src").glob("xy09_*.txt")), tmp_path)
    result = CliRunner().invoke(cli, ["mine", str(path), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert headings(yaml.safe_load(result.stdout).get("points", []))[1] == "聚焦关键环节，确保今年招生入学工作公平公正、平稳有序"


def test_three_alike_sentence_lines_are_the_points_without_a_count(tmp_path: Path) -> None:
    text = (
        "在2025届毕业典礼上的讲话\n\n亲爱的同学们：\n\n临别之际，按照惯例，校长总要说几句话。\n\n做一个有根的人。\n\n"
        "根，是你从哪里来，也是你为什么出发。无论走到哪里，都不要忘了这片土地，不要忘了培养你们的老师和父母。\n\n"
        "做一个有光的人。\n\n我说的光，不是舞台中央那种耀眼的光，而是照亮身边人的那一点温暖，是你在黑暗里也愿意点起的那盏灯。\n\n"
        "做一个有回声的人。\n\n在山谷里喊一声，山会回应你。人生也是这样。\n\n"
        "你对世界好一点，世界也会对你好一点；你今天种下的善意，总有一天会以你想不到的方式回到你身边。\n\n"
        "亲爱的同学们，江水日夜东流，从不回头，祝你们一路顺风！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec.get("points", [])) == ["做一个有根的人。", "做一个有光的人。", "做一个有回声的人。"]


def test_我再说一遍_is_no_next_point(tmp_path: Path) -> None:
    # (xz12 of the everyday suite: 第二个事，… 第三个事，… / 我再说一遍，谁再动检测机，直接开除。 / 最后一个事，…)
    text = next((EVERYDAY / "speeches").glob("xz12_*.txt")).read_text(encoding="utf-8")
    spec, _ = mine(tmp_path, text)
    assert headings(spec.get("points", []))[3] == "我自己也要检讨"


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("德国中小企业联合会主席　克劳斯·F.门格尔", "克劳斯·F.门格尔"),
        ("学院外方院长　〔英〕马丁·J.柯林斯（Martin J. Collins）", "马丁·J.柯林斯"),
        ("法国驻临川总领事　〔法〕让-吕克·贝尔唐", "让-吕克·贝尔唐"),
    ],
)
def test_a_translated_speakers_initial_native_name_and_post(tmp_path: Path, byline: str, name: str) -> None:
    spec, _ = mine(tmp_path, f"在2025中法文化月开幕式上的致辞\n\n{byline}\n\n{BODY}")
    assert spec["speaker"] == name
