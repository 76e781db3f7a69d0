"""2024年8月6日　星期二　　天气：多云 28~35℃ (rounds sk and tx, a district portal's top bar): the day and its weather
are the page's, dropped with its other furniture; they are no byline, and 28~35℃ is no speaker. A sentence of the
speech that gives the weather (天气预报显示，…最高气温35℃) stays its text."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import mine

BODY = [
    "同志们：",
    "今天，我们把现场办公会开到新材料产业园，开到项目工地上，就是要现场发现问题、现场解决问题。下面，我讲三点意见。",
    "一、正视项目推进中存在的突出问题", "有的项目进度滞后，有的项目要素保障不到位，有的部门服务意识不强，这些问题必须抓紧解决。",
    "二、抓好今天会议议定的具体事项", "会上议定的事项，各牵头单位要建立台账，明确时限，每周报送进展，区委督查室跟踪督办。",
    "三、切实转变作风，为项目建设提供最优服务", "各部门要主动靠前服务，把问题解决在现场，让企业专心干事业。",
    "同志们，项目建设是发展的生命线，让我们以只争朝夕的劲头，推动新材料产业园建设再上新台阶！",
]


def page(weather: str) -> str:
    return "\n".join([
        "西川区人民政府门户网站", weather, "首页 | 走进西川 | 政务公开 | 政务服务", "首页 > 政务公开 > 重要讲话",
        "区委书记何建平在新材料产业园重点项目推进现场办公会上的讲话", "来源：区委办公室　　发布时间：2024-08-06 10:12", "", *BODY,
    ]) + "\n"


def test_the_portal_day_and_weather_are_no_byline(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, page("2024年8月6日　星期二　　天气：多云 28~35℃"))
    assert spec.get("speaker") == "何建平" and "28~35℃" not in str(spec)
    assert "网页信息栏" in report


def test_the_weather_said_in_the_speech_stays_text(tmp_path: Path) -> None:
    # near miss: the speaker gives the weather in a sentence of his own
    spec, _ = mine(tmp_path, page("2024年8月6日　星期二").replace(
        "有的项目进度滞后，", "天气预报显示，今后三天天气：晴热，最高气温33~35℃，有的项目进度滞后，"))
    assert "最高气温33~35℃" in str(spec)
