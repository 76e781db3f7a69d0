"""Closing words that open as such speeches close (ha08, hb05, hb20, hd20 of the everyday suite): an opening address's
现在，我宣布：…开幕！; a pledge's 请领导放心，…; a short lead before 让我们… (新的一年，让我们…); the audience named again inside
the last point's paragraph before 我们要… (a line break lost)."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine


def test_an_opening_address_closes_with_its_declaration(tmp_path: Path) -> None:
    text = (
        "在中国共产党南平县第十四次代表大会上的开幕词\n各位代表、同志们：\n"
        "中国共产党南平县第十四次代表大会，经过充分准备，今天开幕了。这次大会的主要任务是，听取和审查县委的工作报告。\n"
        "开好这次大会，对于动员全县各级党组织和广大党员干部群众凝心聚力、乘势而上，具有十分重要的意义。\n"
        "现在，我宣布：中国共产党南平县第十四次代表大会开幕！请全体起立，奏《国歌》。\n预祝大会圆满成功！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert spec["closing"][0].startswith("现在，我宣布")


def test_the_hall_named_before_a_declaration_opens_the_closing(tmp_path: Path) -> None:
    # near miss: the audience named again before 现在，我宣布: the closing opens there
    text = (
        "在全县学雷锋志愿服务月启动仪式上的讲话\n同志们、朋友们：\n"
        "今天，我们在这里举行全县学雷锋志愿服务月启动仪式，动员全县上下弘扬雷锋精神。\n"
        "一、提高认识\n学雷锋志愿服务是精神文明建设的重要内容，各单位要高度重视，认真组织。\n"
        "二、突出重点\n要围绕关爱老人、关爱儿童、环境保护等重点，组织开展形式多样的志愿服务活动。\n"
        "同志们、朋友们，学雷锋不是一阵风，志愿服务也没有休止符。让我们一起行动起来，在奉献中收获快乐！\n"
        "现在，我宣布：全县“学雷锋”志愿服务月活动正式启动！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert spec["closing"][0].startswith("同志们、朋友们，学雷锋不是一阵风")


def test_a_pledge_and_a_short_lead_before_让我们_open_closings(tmp_path: Path) -> None:
    pledge = (
        "在X7量产攻坚誓师大会上的表态发言\n各位领导、同事们：\n"
        "我是总装二车间主任。X7量产，时间紧、任务重，线体调试、工艺验证、人员培训，每一项都是硬骨头。\n"
        "在这里，我代表总装二车间全体员工郑重表态，我们将确保每一台车按工艺标准装配，不放过一颗螺栓。\n"
        "请领导放心，请公司放心！我们总装二车间全体员工，一定拿出十二分的干劲，打赢量产攻坚战！\n谢谢大家！\n"
    )
    spec, _ = mine(tmp_path, pledge)
    assert spec["closing"][0].startswith("请领导放心")
    awards = (
        "在公司2024年度表彰大会上的致辞\n各位同事：\n"
        "今天，我们隆重表彰2024年度的先进集体和先进个人。每一份荣誉的背后，都是一位同事用汗水换来的。\n"
        "今天受表彰的同事中，有入职三十年的老师傅，也有刚毕业两年的年轻人，他们是我们学习的榜样。\n"
        "新的一年，让我们携起手来，心往一处想、劲往一处使，共同创造公司更加美好的明天！\n谢谢大家！\n"
    )
    spec, _ = mine(tmp_path, awards)
    assert spec["closing"][0].startswith("新的一年，让我们携起手来")


def test_a_counts_item_before_让我们_stays_a_point(tmp_path: Path) -> None:
    # near miss: 第三，让我们… opens the count's third item, not the closing
    text = (
        "在全县青年干部座谈会上的讲话\n同志们：\n今天和大家座谈，我讲三点。\n"
        "第一，要加强学习。青年干部要把学习作为一种追求，不断提高理论水平和业务能力。\n"
        "第二，要勇于担当。面对急难险重任务，青年干部要冲在前、干在先。\n"
        "第三，让我们永葆初心。青年干部要牢记入党誓词，始终保持对党忠诚、为民服务的本色。\n"
        "同志们，希望大家珍惜韶华，不负青春，在新时代的征程上奋勇争先！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert len(headings(spec["points"])) == 3
    assert spec["closing"][0].startswith("同志们，希望大家")


def test_the_hall_named_inside_the_last_points_paragraph_opens_the_closing(tmp_path: Path) -> None:
    text = (
        "在全镇安全生产工作会议上的讲话\n同志们：\n今天召开全镇安全生产工作会议，我讲两点意见。\n"
        "一、认清形势\n当前全镇安全生产形势总体平稳，但隐患依然不少，大家不能有丝毫麻痹。\n"
        "二、压实责任\n要严格落实“党政同责、一岗双责”，镇党委、政府主要负责同志对全镇安全生产负总责。"
        "对工作不到位、隐患整改不力的，镇纪委要严肃追责问责。同志们，安全生产没有终点，只有起点。"
        "我们要以对人民群众生命财产高度负责的态度，扎扎实实做好每一项工作。\n"
    )
    spec, _ = mine(tmp_path, text)
    assert spec["closing"][0].startswith("同志们，安全生产没有终点")


AWARD_HEAD = "在年度表彰大会上的发言\n尊敬的各位领导、同事们：\n大家好！我是客服中心的话务员，很荣幸作为获奖代表发言。\n"
AWARD_STORY = (
    "去年，我们中心接听客户来电21万个，处理投诉工单3600多件，客户满意度提高了四个百分点。\n"
    "记得有一位老人，连续三天打来电话，只是想找人说说话。我每次都耐心听完，后来他成了我们的老朋友。\n"
)


def test_an_award_winner_sets_the_honour_behind_him_to_close(tmp_path: Path) -> None:
    """荣誉属于过去，新的一年，我将… / 荣誉只代表过去。今后，我会… (stop 42, ui17, qo05, sd02): an award winner's
    closing; a leader's 荣誉属于过去，奋斗成就未来。希望获奖的同志… is his charge, no closing."""
    for said in ("荣誉属于过去，新的一年，我将把这份荣誉当作新的起点，继续用心服务。", "荣誉只代表过去。今后，我会继续站好每一班岗。"):
        spec, _ = mine(tmp_path, AWARD_HEAD + AWARD_STORY + said + "\n谢谢大家！\n")
        assert spec["closing"][0] == said
    charge = "荣誉属于过去，奋斗成就未来。希望获奖的同志珍惜荣誉、再接再厉。"
    spec, _ = mine(tmp_path, AWARD_HEAD + AWARD_STORY + charge + "\n谢谢大家！\n")
    assert charge not in (spec.get("closing") or [])


PLEDGE_HEAD = "在全县安全生产工作会议上的表态发言\n尊敬的各位领导：\n按照会议安排，我代表公司作表态发言。\n"
PLEDGE_POINTS = "一是压实责任。公司层层签订责任书。\n二是排查隐患。每月开展一次全面排查。\n三是强化培训。全员轮训一遍。\n"


def test_a_pledge_kept_a_count_of_lessons_and_the_seasons_greetings_open_the_closing(tmp_path: Path) -> None:
    """我们一定说到做到，… / 我一定说到做到，请…监督。 / 这就是我学习的三点体会。 / 新年快到了，我代表…: a pledge's,
    a 心得's and a year's end meeting's closing (stop 42: th23, uh12, uc19, uc23, tv22); a leader's 我们说到做到 said on to
    investors, and 这是我这几年最大的感悟 with no count, open none."""
    for said in ("我们一定说到做到，确保完成全年安全目标。", "我一定说到做到，请局党组和同志们监督。", "这就是我学习的三点体会。不妥之处，请批评指正。", "新年快到了，我代表社区党委和居委会，给大家拜个早年！"):
        spec, _ = mine(tmp_path, PLEDGE_HEAD + PLEDGE_POINTS + said + "\n")
        assert spec["closing"][0] == said
    for said in ("我们说到做到，请大家监督。", "这是我这几年最大的感悟。"):
        spec, _ = mine(tmp_path, PLEDGE_HEAD + PLEDGE_POINTS + said + "\n")
        assert said not in (spec.get("closing") or [])


def test_a_last_topic_said_so_is_no_closing(tmp_path: Path) -> None:
    """最后，我还要说一下…工作。 / 最后，我还想对各级党组织提一点要求。 (stop 42, ut08, uu16): his last topic, said so;
    the closing opens at 同志们，… after it."""
    head = "在全县纪律教育大会上的讲话\n同志们：\n今天我讲两点。\n一、提高认识\n纪律是党的生命线。\n二、严明纪律\n要把纪律挺在前面。\n"
    for last in ("最后，我还要说一下学校的后勤保障工作。后勤要服务好教学。", "最后，我还想对各级党组织提一点要求。党纪学习教育要抓实。"):
        spec, _ = mine(tmp_path, head + last + "\n同志们，让我们共同努力！\n")
        assert spec["closing"][0].startswith("同志们，让我们")
