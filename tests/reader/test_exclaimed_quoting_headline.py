"""行长周砚秋：2025，我们这样干！ (round tv, a rural bank's WeChat article): a short first line that quotes a named
speaker is the article's headline even when it ends with an exclamation; the speaker is his. A first line of news that
quotes no one and exclaims (今天，我们的新网点开业啦！) is still read as the article's lead: it names no speaker, and is
the title only for want of any other, with a note to check it (test_wechat_headline_as_title.py)."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import mine

BODY = [
    "同志们：", "2024年，全行上下攻坚克难，各项业务稳中有进。今天，我就2025年的工作讲三点意见。",
    "一、坚持稳中求进，做大规模实力", "要紧盯存款、贷款两项核心指标，抓好营销，确保全年各项存款增长8%以上。",
    "二、坚持支农支小，服务地方发展", "要把信贷资源更多投向乡村振兴和小微企业，全年新增涉农贷款不少于五亿元。",
    "三、坚持风险为本，守住合规底线", "要严格落实贷款三查制度，确保不良贷款率控制在监管要求以内。",
    "同志们，新的一年，让我们团结一心、真抓实干，奋力开创全行高质量发展新局面！",
]


def article(first: str) -> str:
    return "\n\n".join([first, "原创　东江农商银行　2025-01-20 18:30　广东", *BODY]) + "\n"


def test_a_short_exclaimed_headline_quoting_its_speaker_is_the_title(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, article("行长周砚秋：2025，我们这样干！"))
    assert spec.get("speaker") == "周砚秋"
    assert "我们这样干" in spec["title"]


def test_an_exclaimed_line_quoting_no_one_is_the_lead(tmp_path: Path) -> None:
    # near miss: no one is quoted; the line is news, not the title
    spec, report = mine(tmp_path, article("今天，我们的新网点开业啦！"))
    assert spec.get("speaker") is None
    assert "（标题前的导语）：今天，我们的新网点开业啦！" in report
    assert "标题取自公众号文章的标题（“今天，我们的新网点开业啦！”），请核对" in report
