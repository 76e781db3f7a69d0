"""Headings that end where their words end, not earlier (ha20, hd10, he05 of the everyday suite): a heading line at a
page's foot that filled the line, its last words (no mark among them) atop the next page; a heading that says a word
again right after itself (做强做优做大); a close noun that is the means of the verb after it (以更强的责任感使命感推进…)."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

HEAD = "在全市安全生产和消防工作会议上的讲话\n市长  陈立\n同志们：\n今天召开全市安全生产和消防工作会议，我讲两点意见。\n"
FIRST = "一、聚焦重点行业领域，深入开展治本攻坚\n要巩固城镇燃气安全专项整治成果，加快推进老旧燃气管网更新改造，督促餐饮企业全部安装燃气泄漏报警装置。\n"
END = "同志们，安全生产责任重于泰山，让我们以实际行动守护好人民群众生命财产安全！\n"


def test_a_heading_line_cut_by_a_page_goes_on_atop_the_next(tmp_path: Path) -> None:
    text = HEAD + FIRST + (
        "二、健全完善责任体系，着力提升基层基础能力，推动安全生产和消防工\n\n— 2 —\n\n作再上新台阶\n"
        "要严格落实党政领导干部安全生产责任制，各县区党委、政府主要负责同志要切实履行第一责任人职责。\n"
    ) + END
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"])[1] == "健全完善责任体系，着力提升基层基础能力，推动安全生产和消防工作再上新台阶"


def test_a_short_heading_at_a_pages_foot_ends_there(tmp_path: Path) -> None:
    # near miss: the heading did not fill its line: the short line atop the next page is not its end
    text = HEAD + FIRST + (
        "二、健全完善责任体系\n\n— 2 —\n\n压实属地责任\n"
        "要严格落实党政领导干部安全生产责任制，各县区党委、政府主要负责同志要切实履行第一责任人职责。\n"
    ) + END
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"])[1] == "健全完善责任体系"


COMPANY = "在集团2025年工作会议上的讲话\n董事长  王建国\n同志们：\n下面，我讲两个方面的意见。\n{first}\n二、全面加强党的领导和党的建设，为集团高质量发展提供坚强政治保证\n要坚持党的领导，加强党的建设。\n同志们，让我们团结一心，奋力开创集团发展新局面！\n"


def test_a_word_said_again_right_after_itself_stays_in_the_heading(tmp_path: Path) -> None:
    first = "一、全面客观总结2024年工作，进一步增强做强做优做大的信心和底气\n2024年，是集团发展进程中极不平凡、极为关键的一年，集团上下攻坚克难，交出了一份亮眼的答卷。"
    spec, _ = mine(tmp_path, COMPANY.format(first=first))
    assert headings(spec["points"])[0] == "全面客观总结2024年工作，进一步增强做强做优做大的信心和底气"


def test_a_word_taken_up_by_the_glued_text_still_ends_the_heading(tmp_path: Path) -> None:
    # near miss: the text glued to the heading takes up its word 项目 further on: the heading ends there
    first = "一、狠抓项目建设，确保重点项目落地见效项目签约只是第一步，要抓好项目落地，集团上下要盯紧每一个项目的开工节点。"
    spec, _ = mine(tmp_path, COMPANY.format(first=first))
    assert headings(spec["points"])[0] == "狠抓项目建设，确保重点项目落地见效"


RURAL = "在全县乡村振兴工作会议上的讲话\n同志们：\n下面，我讲两点意见。\n{first}\n二、加强党对“三农”工作的全面领导\n要健全五级书记抓乡村振兴的工作机制。\n同志们，让我们奋力谱写乡村振兴新篇章！\n"


def test_a_close_noun_after_以_goes_on_with_its_verb(tmp_path: Path) -> None:
    first = "一、要把思想和行动统一到中央的决策部署上来，以更强的责任感使命感推进乡村振兴。我们县是农业大县，农村人口占总人口的六成以上。"
    spec, _ = mine(tmp_path, RURAL.format(first=first))
    assert headings(spec["points"])[0] == "要把思想和行动统一到中央的决策部署上来，以更强的责任感使命感推进乡村振兴。"


def test_a_close_noun_with_no_以_before_it_ends_a_glued_heading(tmp_path: Path) -> None:
    # near miss: …的极端重要性 closes the heading, the text glued after it (营商环境是…) is no verb of its
    first = "一、提高站位，深刻认识优化营商环境的极端重要性营商环境是企业生存发展的土壤，我们要像爱护眼睛一样爱护营商环境。"
    spec, _ = mine(tmp_path, RURAL.format(first=first))
    assert headings(spec["points"])[0] == "提高站位，深刻认识优化营商环境的极端重要性"


VISION = "在公司战略研讨会上的讲话\n同志们：\n下面，我讲三点体会。\n一、把客户放在中心\n我们做的一切，都是为了客户。\n{second}\n{text}\n三、从数字世界走向智能世界。\n数字世界是散的，智能世界是凝结的。\n同志们，让我们一起努力！\n"


def test_a_heading_alone_in_its_paragraph_keeps_a_word_said_again(tmp_path: Path) -> None:
    # (b13 of the corpus, the blind13 batch) the heading's last clause takes up 数字世界 of its first clause; no text
    # is glued to a heading that is its paragraph's one sentence and runs on no clause after the word
    second = "二、以数字世界面向客户，用数字技术使能数字世界进入人们的生活和工作。"
    text = "我们通过数字技术的突破，带给客户更好的产品和服务。"
    spec, _ = mine(tmp_path, VISION.format(second=second, text=text))
    assert headings(spec["points"])[1] == "以数字世界面向客户，用数字技术使能数字世界进入人们的生活和工作。"


def test_a_one_sentence_paragraph_with_clauses_after_the_word_is_glued(tmp_path: Path) -> None:
    # near miss: the words taken up open a sentence that goes on in clauses of its own: text glued to the heading
    second = "二、突出重点，全力提升招商引资质量和效益招商引资不能“捡到篮子里都是菜”，必须突出产业导向，在提高质量上下功夫。"
    text = "我们要瞄准主导产业，开展精准招商。"
    spec, _ = mine(tmp_path, VISION.format(second=second, text=text))
    assert headings(spec["points"])[1] == "突出重点，全力提升招商引资质量和效益"
