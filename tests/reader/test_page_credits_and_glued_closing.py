"""A page's credits in brackets, parted by slashes (（校长办公室 供稿 / 摄影：陈晓 / 审核：赵明）), are the page's, dropped:
the closing words before them are looked for as far back as on any speech (ho02 of the everyday suite); a bracketed
line that names no two credits stays. Closing words to 各位同事 run on into the last point's paragraph are split
off as those to 同志们 are (ho03)."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import mine

TEXT = "高中三年，是一场长跑，不是百米冲刺，没有谁能一口气跑完，关键是每天都往前多走一步。"


def page(credits: str) -> str:
    return (
        "在2024年秋季开学典礼上的讲话\n校长　刘卫东\n老师们，同学们：\n新的学期开始了。我想和同学们分享三个关键词。\n"
        f"第一个关键词：责任。\n{TEXT}\n第二个关键词：坚持。\n{TEXT}\n第三个关键词：健康。\n{TEXT}\n"
        "老师们，教育是一项关乎未来的事业。新学期里，希望大家继续以爱心、耐心和责任心对待每一位学生。\n"
        "同学们，新的学期，新的起点。让我们一起努力，用责任书写青春！\n最后，祝老师们工作顺利！祝同学们学习进步！\n谢谢大家！\n"
        f"{credits}\n"
    )


def test_bracketed_credits_are_dropped(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, page("（校长办公室 供稿 / 摄影：陈晓 / 审核：赵明）"))
    assert spec["closing"][0].startswith("老师们，教育是一项关乎未来的事业")
    assert "供稿" not in str(spec)


def test_a_bracketed_line_of_no_credits_stays(tmp_path: Path) -> None:
    # near miss: one field, no slashes between credits
    spec, _ = mine(tmp_path, page("（根据现场讲话整理）"))
    assert "closing" in spec


def test_closing_words_to_colleagues_glued_to_the_last_points_text(tmp_path: Path) -> None:
    # (ho03) …关键在人。各位同事，离年底…希望大家…！ run on into the last point's paragraph: the closing split off
    text = (
        "在集团2024年半年工作会议上的讲话\n各位同事：\n今天召开半年工作会议，我讲两点意见。\n一、正视困难\n"
        "上半年集团营业收入同比下降5%，利润下降12%，我们要正视困难，保持定力，把能做的事情做好。\n二、切实加强干部队伍建设\n"
        "事业成败，关键在人。下半年集团将启动中层干部竞聘上岗工作，让能干事的人有舞台。"
        "各位同事，离年底只有不到六个月的时间了。希望大家坚定信心、攻坚克难，确保圆满完成全年目标任务！\n谢谢大家！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert spec["closing"][0].startswith("各位同事，离年底")
