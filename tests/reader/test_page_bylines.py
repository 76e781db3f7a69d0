"""Who spoke, read from what a page prints around the title (everyday tk, tm, tq, uc, ud, uf, tl; stop 42): a page's
information bar names its source or its reporter, no speaker (来源：… / 作者：记者 施蓓); a day by the old calendar is a
date (农历乙巳年正月廿四); a unit or post set apart from a name is a byline (…规划建设科　黄一鸣); 讲述人： names the
speaker; a title may name him before the record of his speech (…上的讲话实录) or before the year of his document
(…韦丽萍2024年度…述职报告); an editor's note may give his day before the meeting. Near misses: a page's column named
…演讲实录, and a boss called by surname (贺总), no name."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import mine

BODY = "同志们：\n今天召开这次会议，我讲两点意见。\n一、统一思想\n要把思想统一到部署上来。\n二、狠抓落实\n要把各项任务落到实处。\n同志们，让我们共同努力！\n"


def test_a_page_information_bar_names_no_speaker_and_the_lead_does(tmp_path: Path) -> None:
    head = "守护绿水青山　建设美丽云湖\n2024年06月07日09:14 | 来源：云湖日报 | 作者：记者 施蓓\n"
    lead = "6月5日，云湖区召开生态环境保护大会。区委书记葛远帆出席会议并讲话。现将讲话摘要刊发如下。\n"
    spec, _ = mine(tmp_path, head + lead + BODY)
    assert (spec.get("speaker"), spec.get("speaker_title")) == ("葛远帆", "区委书记")
    spec, _ = mine(tmp_path, "在全市民营企业家座谈会上的讲话\n2024年03月26日07:58 | 来源：人民网－湘中频道\n" + BODY)
    assert "speaker" not in spec


def test_a_day_by_the_old_calendar_is_a_date_not_a_name(tmp_path: Path) -> None:
    head = "2025年2月21日　星期五　　农历乙巳年正月廿四\n市委书记梁正国在全市政法工作会议上的讲话\n"
    spec, _ = mine(tmp_path, head + BODY)
    assert (spec["title"], spec.get("speaker"), spec.get("speaker_title")) == ("在全市政法工作会议上的讲话", "梁正国", "市委书记")


def _title_and_byline(tmp_path: Path, title: str, byline: str) -> tuple[str, str | None, str | None]:
    """The title, speaker and speaker_title mine reads from ``title`` over ``byline`` over a short speech."""
    spec, _ = mine(tmp_path, f"{title}\n{byline}\n" + BODY)
    return spec["title"], spec.get("speaker"), spec.get("speaker_title")


def test_a_unit_or_a_post_set_apart_from_a_name_is_a_byline(tmp_path: Path) -> None:
    for byline, office, name in [
        ("市住房和城乡建设局规划建设科　黄一鸣", "市住房和城乡建设局规划建设科", "黄一鸣"),
        ("县第二中学语文教研组　周晓岚", "县第二中学语文教研组", "周晓岚"),
        ("区教研室语文教研员　韦淑兰", "区教研室语文教研员", "韦淑兰"),
        ("讲述人：柳荫社区党委书记　孔繁英", "柳荫社区党委书记", "孔繁英"),
    ]:
        assert _title_and_byline(tmp_path, "参加读书班的心得体会", byline) == ("参加读书班的心得体会", name, office)


def test_a_title_names_the_speaker_before_the_record_of_his_speech_or_his_year(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "许明哲董事长在2024届新员工见面会上的讲话实录\n" + BODY)
    assert (spec["title"], spec.get("speaker")) == ("在2024届新员工见面会上的讲话实录", "许明哲")
    spec, _ = mine(tmp_path, "任海峰在县委十五届六次全会上的讲话精神要点\n" + BODY)
    assert (spec["title"], spec.get("speaker")) == ("在县委十五届六次全会上的讲话精神要点", "任海峰")
    spec, _ = mine(tmp_path, "桂花社区党委书记韦丽萍2024年度抓基层党建工作述职报告\n" + BODY)
    assert (spec.get("speaker"), spec.get("speaker_title")) == ("韦丽萍", "桂花社区党委书记")


def test_a_page_column_of_talks_and_a_boss_called_by_surname_name_no_speaker(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "贺总在2010年市场体系务虚会上的讲话实录\n" + BODY)
    assert "speaker" not in spec
    spec, _ = mine(tmp_path, "青年创业论坛·开场主旨发言实录\n做一件小事，做很多年\n" + BODY)
    assert spec["title"] != "青年创业论坛·开场主旨发言实录"


def test_an_editors_note_gives_the_speakers_day_before_the_meeting(tmp_path: Path) -> None:
    note = "> 编者注：本文根据柳青禾校长9月10日在学校庆祝第40个教师节大会上的讲话整理，略有删节。\n\n"
    spec, _ = mine(tmp_path, "# 教师节，想对老师们说的几句心里话\n\n" + note + BODY.replace("\n", "\n\n"), name="speech.md")
    assert (spec.get("speaker"), spec.get("speaker_title")) == ("柳青禾", "校长")


WECHAT_LEAD = "8月19日下午，我院召开庆祝中国医师节大会。院长沈立伟出席会议并讲话。以下为讲话全文。\n"


def test_a_wechat_accounts_card_is_no_title(tmp_path: Path) -> None:
    """原创 青澜县人民医院 2024年08月19日… / 青澜县人民医院 / 以病人为中心　以质量为核心: the account's card, its name
    and its slogan, printed under the headline (stop 42, ut07); 鼎盛物业 … / 鼎盛物业服务有限公司 / 已关注: its full name
    (us12). A short line kept after the card (关于进度) stays the speech's."""
    head = "中国医师节｜院长沈立伟：做有温度、有担当的好医生\n原创 青澜县人民医院 2024年08月19日 19:02 湖南\n"
    spec, _ = mine(tmp_path, head + "青澜县人民医院\n以病人为中心　以质量为核心\n" + WECHAT_LEAD + BODY)
    assert (spec["title"], spec.get("speaker")) == ("做有温度、有担当的好医生", "沈立伟")
    head = "总经理周启航2024年会致辞：感恩同行，奋楫争先\n鼎盛物业 2024-02-03 21:15 四川\n"
    spec, _ = mine(tmp_path, head + "鼎盛物业服务有限公司\n已关注\n" + WECHAT_LEAD + BODY)
    assert spec["title"] == "总经理周启航2024年会致辞：感恩同行，奋楫争先"
    parts = "同志们：\n今天讲三件事。\n关于进度\n要抓紧。进度要往前赶。\n关于服务\n要主动。服务要跟上。\n关于作风\n要务实。作风要过硬。\n同志们，让我们共同努力！\n"
    spec, _ = mine(tmp_path, head + "鼎盛物业服务有限公司\n已关注\n" + WECHAT_LEAD + parts)
    assert all(line in str(spec) for line in ("关于进度", "关于服务", "关于作风"))


def test_a_markdown_files_first_heading_with_a_bar_is_its_title(tmp_path: Path) -> None:
    """# 微党课｜一张老党费收据 (stop 42, to18; ty11's # 周例会｜总经理讲话记录): a Markdown file's first heading, two short
    parts either side of a bar, is its title, no page's menu; a plain first line so (首页｜新闻中心) still is one."""
    spec, _ = mine(tmp_path, "# 微党课｜一张老党费收据\n\n" + BODY.replace("\n", "\n\n"), name="speech.md")
    assert spec["title"] == "微党课｜一张老党费收据"
    spec, _ = mine(tmp_path, "首页｜新闻中心\n在全县工作会议上的讲话\n" + BODY)
    assert spec["title"] == "在全县工作会议上的讲话"


def test_an_editors_line_pointing_to_the_speech_and_a_wechat_collection_are_no_title(tmp_path: Path) -> None:
    """现将讲话全文刊发如下—— / 一起来看—— / 收录于合集 #2025毕业季 12个 under a WeChat headline (stop 42, un16, mu20):
    the editor's pointer and WeChat's collection line, no title; the headline is."""
    head = "党委书记张立勤寄语2025届毕业生：以奋斗之姿，赴山海之约\n泾川大学 2025年06月20日 19:00 陕西\n收录于合集 #2025毕业季 12个\n"
    lead = "6月20日上午，泾川大学2025届毕业典礼举行。党委书记张立勤出席并讲话。\n"
    for pointer in ("现将讲话全文刊发如下——", "一起来看——"):
        spec, _ = mine(tmp_path, head + lead + pointer + "\n" + BODY)
        assert spec["title"] == "党委书记张立勤寄语2025届毕业生：以奋斗之姿，赴山海之约"


def test_one_who_speaks_for_others_set_apart_from_a_name_is_the_speaker(tmp_path: Path) -> None:
    """亲属代表　周文涛 under the title: a representative (of a family, the judges, a workshop's staff) and a name set apart
    are a byline, as an office and a name are (stop 59; everyday mr13, oy10, pq22). Near miss: 全体代表　起立, all of
    them addressed (an order), names no speaker."""
    for byline, office, name in [
        ("亲属代表　周文涛", "亲属代表", "周文涛"),
        ("机修车间职工代表　何立春", "机修车间职工代表", "何立春"),
        ("评审专家代表 欧阳青", "评审专家代表", "欧阳青"),
        ("外方企业代表　克劳斯·F.门格尔", "外方企业代表", "克劳斯·F.门格尔"),
    ]:
        title = "在纪念周老先生诞辰百年座谈会上的发言"
        assert _title_and_byline(tmp_path, title, byline) == (title, name, office)
    assert _title_and_byline(tmp_path, "在职工代表大会上的发言", "全体代表　起立")[1:] == (None, None)


def test_a_transcripts_tag_right_over_the_salutation_names_the_speaker(tmp_path: Path) -> None:
    """何永贵（村党支部书记）： on its own line right over 各位代表，乡亲们：, under a record's note: the transcript's tag for
    the one who speaks, his name and his office, not a title (stop 59; everyday mt25, nt10). Near miss: 主持人： over the
    salutation is the host's part, no name."""
    note = "（录音整理，2025年8月12日晚，村委会大院）\n"
    spec, _ = mine(tmp_path, note + "何永贵（村党支部书记）：\n" + BODY)
    assert (spec.get("speaker"), spec.get("speaker_title")) == ("何永贵", "村党支部书记")
    spec, _ = mine(tmp_path, note + "主持人：\n" + BODY)
    assert "speaker" not in spec
