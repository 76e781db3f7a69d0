"""A page's headline that quotes the speaker (市委书记刘志宏：以“拼抢实”作风推动… / 【开学季】院长周汉民：… / 林晓：…):
he is the speaker, and the title is the speech's own when the page gives it (原标题：在…上的讲话, im01, im09, im12,
im17, im23 of the everyday suite) or else the words quoted (hv02, hv21, ik21, im02); said in a note. The lines a
copied page leaves over the title ([图片], 关注, 内部资料　注意保存) are no title. Near miss: a byline naming another
leaves the headline whole."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import mine

BODY = (
    "同志们：\n今天召开全市项目建设推进会，我讲三点意见。\n"
    "一、项目是发展的硬支撑\n各地要始终扭住项目建设不放，一季度全市新开工项目一百二十个。\n"
    "二、作风是落实的硬保障\n各级干部要拿出拼的劲头、抢的意识、实的作风，确保项目早开工、早投产。\n"
    "三、服务是招商的硬环境\n要持续优化营商环境，让企业安心投资、放心发展。\n"
    "同志们，让我们以只争朝夕的精神，推动项目建设提速提效！\n"
)
HEADLINE = "市委书记刘志宏：以“拼抢实”作风推动项目建设提速提效"


def test_the_original_title_under_a_quoting_headline(tmp_path: Path) -> None:
    page = f"点击上方蓝字 关注我们\n{HEADLINE}\n云州发布  2024-04-09 08:05\n原标题：在全市项目建设推进会上的讲话\n[图片]\n"
    spec, report = mine(tmp_path, page + BODY)
    assert spec["title"] == "在全市项目建设推进会上的讲话"
    assert (spec["speaker"], spec["speaker_title"]) == ("刘志宏", "市委书记")
    assert spec["meeting"] == "全市项目建设推进会"
    assert "引用讲话人的话" in report


def test_the_words_quoted_are_the_title_when_no_other_is_given(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, f"{HEADLINE}\n关注\n" + BODY)
    assert (spec["title"], spec["speaker"]) == ("以“拼抢实”作风推动项目建设提速提效", "刘志宏")


def test_a_copys_notice_over_the_title_is_no_title(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, "内部资料  注意保存\n在全市项目建设推进会上的讲话\n" + BODY)
    assert spec["title"] == "在全市项目建设推进会上的讲话"
    assert "（文件标注）" in report


def test_a_byline_naming_another_leaves_the_headline_whole(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, f"{HEADLINE}\n市长  陈海波\n" + BODY)
    assert spec["title"] == HEADLINE
    assert spec["speaker"] == "陈海波"
