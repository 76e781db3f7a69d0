"""Lines a web page adds around a speech: site headers, 阅读全文, 上一篇/下一篇,
share prompts, view counters, QR-code prompts, 本文系…投稿 notices, a document site's notice
(本站所有内容均由…上传 / 如文档侵犯…), a Word page-number field copied as its code, photo captions
and credits (图为…, 记者 … 摄, 摄影/…), an editor's 【导读】.

``debris_reason`` names why a line is debris (a short Chinese phrase for the
report) or returns None; ``label_bullet_end`` finds a bullet a page put before a
numbering label (● 一、…). ``ends_article`` marks the lines after which a page
carries nothing of the speech any more (阅读全文, 上一篇, 相关内容…).
"""

from __future__ import annotations

import re

from ..zh.dates import NUMERIC_DATE
from ..zh.labels import match_label
from .header import byline_like, looks_like_title

_BULLETS = "•·●▪◆◇■□★☆►▶-*> \t\u3000"

# How the name of a site that serves copies of documents ends (百度文库, 某某范文网, 办公文档之家): a line that is
# such a name alone (``debris_reason``: 网站名称) or one stamped at a line's end (``watermark_start``).
_SITE_NAME_ENDINGS = ("范文网", "文库", "文档之家", "文秘网", "写作网", "公文网", "范文大全", "素材库", "素材网")
_SITE_NAME_END = "|".join(_SITE_NAME_ENDINGS)
# - END - / ——END—— / （完）: the mark a page or a news copy ends its article with (what follows is the page's)
_END_MARK = re.compile(r"^[-—–_=·\s]*(?:END|End|end|ＥＮＤ)[-—–_=·\s]*$|^[（(]\s*(?:完|全文完)\s*[）)]$")

# Reasons that say the page stops before the speech does (the rest behind a login or a link).
CUT_PAGE_REASONS = frozenset({"阅读全文提示", "登录/下载提示"})

# (- 3 - / — 12 —: a page's number; -01- with its leading zero is a slide's or article's part mark)
_PAGE_NUMBER = re.compile(
    r"^[－—\-–]\s*[1-9]\d{0,3}\s*[－—\-–]$|^第\s*\d{1,4}\s*页([\s/，,]*共\s*\d{1,4}\s*页)?$|^\d{1,3}\s*/\s*\d{1,3}$"
    # 第 PAGE \* Arabic \* MERGEFORMAT 9 页 / - PAGE \* MERGEFORMAT 3 -: a Word page-number field copied as its code
    r"|^[第－—\-–]?\s*PAGE(?:\s*\\\*\s*[A-Za-z]+)*\s*\d{0,4}\s*[页－—\-–]?$"
    # 12　|　江临机关党建　2024.02 / 江临机关党建　2024年第2期　|　13: a printed journal's page foot, its number by its name and issue
    r"|^\d{1,3}[ \u3000]*[|｜][ \u3000]*[\u4e00-\u9fff]{2,12}[ \u3000]*\d{4}(?:[.．]\d{1,2}|年第?\d{1,2}[期月])$"
    r"|^[\u4e00-\u9fff]{2,12}[ \u3000]*\d{4}(?:[.．]\d{1,2}|年第?\d{1,2}[期月])[ \u3000]*[|｜][ \u3000]*\d{1,3}$"
)

# 本作品来自…之后的中国共产党文件。根据… / 本作品在全世界都属于公有领域…: the licence notice an online library
# (维基文库) sets under a text it holds; what follows it is the library's notes, not the speech.
_LICENCE_NOTICE = re.compile(r"^本作品(?:来自|在全世界|在中国|是|属于|采用|依据|根据|系|的作者)")

# Chinese characters but 丨, which sets a page's word off as a bar does (往期回顾丨… / 下一篇丨…): a page's heading or link
# word followed by one goes on as a sentence of the speech (相关信息要及时公开。 / 下一条，我讲讲作风问题。)
_HAN_BUT_BAR = "\u4e00-\u4e27\u4e29-\u9fff"
# the words a page heads its list of other articles with (—— 相关推荐 —— / ▼ 往期回顾 / 本版其他文章, an e-paper's page;
# 相关文档, a document library's):
# the list is the page's (推荐栏目), and the speech ends before it (_ENDS_ARTICLE)
_RELATED_LIST = (
    r"(?:相关内容|相关文章|相关文档|相关阅读|相关推荐|相关链接|相关新闻|相关信息|友情链接|热门推荐|猜你喜欢|推荐阅读|延伸阅读"
    r"|往期(?:推荐|回顾|精选)|本版其他(?:文章|新闻|稿件)|本版导读)"
    rf"(?![{_HAN_BUT_BAR}])"  # (set off or alone)
)
# a page's button or link word, set off or alone (a comma or a full stop after it, too, says a sentence goes on:
# 下一条，我讲讲作风问题。 / 继续阅读文件精神，…)
_SET_OFF = rf"(?![{_HAN_BUT_BAR}，,。！？!?])"
# the links to other articles end the speech's page (上一篇文章：…); 上一页 / 下一页 part the pages of one article
_ARTICLE_LINKS = "上一篇|下一篇|上一条|下一条"
_NEXT_ARTICLE = rf"(?:{_ARTICLE_LINKS})(?:文章|新闻|稿件)?{_SET_OFF}"
_NEXT_PAGE = rf"(?:{_ARTICLE_LINKS}|上一页|下一页|上一章|下一章)(?:文章|新闻|稿件)?{_SET_OFF}"
_READ_ON = rf"(?:阅读全文|展开全文|查看全文|继续阅读(?:全文)?{_SET_OFF}|余下全文)"
_CREDIT_FIELD = r"(?:整理|文字|文案|撰文|摄影|图片|视频|编辑|责编|责任编辑|排版|美编|审核|审校|校对|来源|供稿|监制)"  # an article credit's field
# (分享到：[微信] [微博] [复制链接]: each button in the brackets a page prints it in)
_SHARE_BUTTONS = r"[\[【]?(?:微信|微博|QQ空间|QQ|朋友圈|复制链接|新浪微博|腾讯微博)[\]】]?"
_EPAPER_BUTTONS = r"上一版|下一版|本版导航|版面导航|返回目录|放大|缩小|语音播报"
# (pattern, reason): matched against a line with bullets stripped.
EPAPER_CONTENTS_REASON = "报纸版面导航"
ACCOUNT_REASON = "公众号信息"  # (also the account's card under its line: debris.py)
ACCOUNT_CARD_COUNT = re.compile(r"^\d{1,5}篇原创内容$")  # 127篇原创内容: the count of articles on an account's card
POSTED_REASON = "发布日期"
NAV_REASON = "网站导航"  # a page's menu, breadcrumbs or channel bar
CRUMB_MARKS = ">»›"  # the marks a breadcrumb sets between the places it names (首页 > 新闻 > 要闻)
# 当前位置：首页 > 莘莘学子 > 读书推荐 / 首页 > 新闻 > 要闻: where the page says the article sits, right above it
BREADCRUMB = re.compile(
    rf"^(?:当前位置|您的位置|你的位置|您现在的位置|您当前的位置|您当前所在位置|当前所在位置|所在位置)\s*[{CRUMB_MARKS}:：/]|^\S{{1,12}}(\s*[{CRUMB_MARKS}]\s*\S{{1,12}}){{2,}}$"
)
SOURCE_NOTE_REASON = "转载说明"
EDITORS_NOTE_REASON = "编者按"  # (also the line saying the speech is printed below: debris.py marks the speech's start)
EDITORS_LEAD_REASON = "编者导读"  # (also an editor's lead over that line: speech_frame.set_aside_page_head)
# 致辞全文 / 以下为讲话全文： / 讲话全文如下: the line an article puts over the speech it prints whole
# (🎙️ 演讲实录 / ▍以下为讲话实录 / 以下为冯振宇董事长致辞全文：: the same, a WeChat article's mark before it, the
# speaker named in it); the speech begins under it (``printed_below``)
# 以下为罗斌在极客公园 IF2025 创新大会上的演讲实录，由极客公园整理。 / 以下为速记全文 / 以下是张路宇的演讲全文，经极客公园整理：:
# who spoke where, in any script, and who edited it after a comma; or after sentences of the lead that follow in the
# paragraph (以下是…的演讲全文。在演讲中，…。由极客公园整理。): a line of any length
_PRINTED_WHOLE = (
    r"^以下(?:是|为)[^。！？：:，,]{0,40}?(?:致辞|讲话|发言|演讲|报告|速记)的?(?:全文|实录|原文)"
    r"(?:[，,](?:经|由)[^，,。！？：:]{1,16}整理|。(?:[^。！？]{1,80}[。！？]){0,3}?(?:经|由)[^，,。！？：:]{1,16}整理)?[：:。]?$"
)
PRINTED_BELOW = re.compile(
    r"^(?:以下(?:是|为))?(?:致辞|讲话|发言|演讲|报告)?全文(?:如下)?[：:]?$"
    r"|^[^\w“\"（(【\[]{0,4}\s*(?:以下(?:是|为))?[\u4e00-\u9fff]{0,10}?(?:致辞|讲话|发言|演讲|报告)(?:全文|实录)(?:如下)?[：:]?$"
    # (以下是邢雅琪老师讲话的主要内容： / 罗曼青老师在会上寄语全体社员。以下为讲话全文：: the part printed, a
    # short sentence on who spoke before it; a line that runs on from the summary above, a comma in it,
    # stays, so the summary's end is still seen)
    r"|^(?:[^。！？，,]{2,30}。)?以下(?:是|为)[\u4e00-\u9fff]{0,12}?(?:致辞|讲话|发言|演讲|报告|寄语)的?(?:全文|实录|主要内容|要点|摘要|节选|摘录)(?:如下)?[：:]$"
    # (以下为讲话全文（有删节）： / 以下为讲话内容 / 以下为演讲原文。: the part printed said in brackets, or with no colon)
    r"|^以下(?:是|为)(?:致辞|讲话|发言|演讲|报告)(?:全文|实录|内容|摘要|摘录|节选|原文)(?:[（(][^（）()]{1,6}[）)])?[：:。]?$"
    # (以下是吴振宇校长的讲话：: whose speech follows, no more)
    r"|^以下(?:是|为)[\u4e00-\u9fff]{1,16}?的(?:致辞|讲话|发言|演讲|报告)[：:]$"
    # (the whole text, who edited it: _PRINTED_WHOLE)
    rf"|{_PRINTED_WHOLE}"
)


def printed_below(line: str, after_lead: bool) -> bool:
    """以下为讲话全文： / 以下是张路宇的演讲全文，经极客公园整理： / 讲话全文如下: an editor's line saying the speech is
    printed under it; 演讲实录 / 讲话全文 says so only ``after_lead``, the editor's sentences above it (atop a copy,
    嘉宾演讲实录 is a column's name)."""
    text = _strip_bullets(line)
    return bool(PRINTED_BELOW.search(text)) and (after_lead or re.search(r"以下|如下|下面", text) is not None)


_SHORT_LINE_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"^(点击)?{_READ_ON}"), "阅读全文提示"),
    # 阅读原文: a WeChat article's link to where it was first published, under the whole text (no page cut)
    (re.compile(r"^(点击)?阅读原文|^点击(下方|左下角)?[“\"]?阅读原文"), "原文链接"),
    (re.compile(r"(想阅读完全部|需要先登[陆录]|登[陆录]后(查看|阅读)|开通会员(?![\u4e00-\u9fff]{0,2}(?:服务|热线|制度|中心|之家|活动|通道))|会员专享|下载(全文|本文|文档)|预览结束|获取全文|联系老师|定制代笔|(点此|点击)(注册|登[陆录]))"), "登录/下载提示"),
    (re.compile(r"^[（(【\[](未完|全文共|请认真阅读|本文共|余下|文章共)"), "登录/下载提示"),
    # ——本文档为Word格式，下载后可任意编辑修改——: a document library's note under the text it sells (not a page cut)
    # (opening the line: 会后材料下载后可编辑使用。 is the speech's)
    (re.compile(r"^[—\-－\s]*(?:本文档为\s*(?:Word|WORD|word|PDF|pdf|WPS|wps)\s*格式|下载后可(?:任意|自由)?编辑(?:修改)?)"), "文库说明"),
    (re.compile(rf"^{_NEXT_PAGE}"), "上一篇/下一篇"),
    # 分享到： / 【分享到】 / 分享到：微信 微博 QQ空间: the share prompt, bracketed or with its buttons after it (and the
    # font-size buttons after those: 分享到：微信　微博　QQ空间　　【字号：大 中 小】)
    (re.compile(rf"^[【\[]?(分享到?|分享本文|转发到?|一键分享)[】\]]?\s*[:：▸▶►>»]?\s*(?:{_SHARE_BUTTONS}\s*[|｜]?\s*)*(?:[【\[]字号[^【】\[\]]{{0,12}}[】\]])?$|^分享到\S{{1,10}}$"), "分享提示"),
    (re.compile(rf"^{_SHARE_BUTTONS}(\s+{_SHARE_BUTTONS})+$"), "分享提示"),
    (re.compile(r"(扫一扫|扫码|二维码|微信订阅号|关注公众号|长按识别|在手机(上)?阅读|手机阅读本文|点击蓝字|点击上方.{0,12}关注|关注我们|^(?:设为)?星标“[^”]{1,16}”|第一时间获取最新推送)"), "扫码/二维码提示"),
    (re.compile(rf"^[▼▽▶►■●◆★☆]?[—\s]*({_RELATED_LIST}|本周热门|本月热门|热门文章|最新文章|精彩推荐|更多推荐|为您推荐)"), "推荐栏目"),
    (re.compile(r"^(联系客服|在线客服|客服热线|返回顶部|返回列表|打印本页|关闭窗口|加入收藏|收藏本文|设为首页|查看更多$)"), "网页按钮"),
    # 2024年8月6日　星期二　　天气：多云 28~35℃: a portal's top bar, the day and its weather (…桐江县 晴 26～35℃: the
    # weather said without its field name)
    (
        re.compile(
            r"^(?!.*[，,。！？；])"  # (a bar, no sentence: 明天多云，气温26～35℃。 is the speech's)
            r".*?(?:天气[：:][^。！？]{0,16}|(?:晴|阴|多云|(?:小|中|大|阵|雷阵)?雨|雪|雾)[^。！？\d]{0,6})"
            r"-?\d{1,2}\s*(?:℃|°C?)?\s*[~～\-—至]\s*-?\d{1,2}\s*(?:℃|°C?)"  # (晴 12℃~21℃)
        ),
        "网页信息栏",
    ),
    # 2023年3月10日 星期五　　设为首页 | 加入收藏 | 手机版: a portal's top bar, the day and its buttons
    (re.compile(r"(?:^|[ \u3000|｜])(?:设为首页|加入收藏)(?:[ \u3000]*[|｜][ \u3000]*[^|｜\s]{1,6})*$"), "网页按钮"),
    (re.compile(r"^[【\[]?(打印|关闭|收藏|纠错|字号)(?:本页|此页|本文|窗口|正文)?[】\]]"), "网页按钮"),  # 【打印本页】　【关闭窗口】
    # 【大】【中】【小】【我要打印】【关闭】 / 【大　中　小】【打印】【关闭】: the font-size and print buttons in brackets
    (re.compile(r"^【大[】 \u3000]*【?中[】 \u3000]*【?小】(?:[ \u3000]*【[^【】]{1,6}】)*$"), "网页按钮"),
    # 字号 A- A A+: a news app's font-size buttons (its audio player may follow on the line)
    (re.compile(r"^字号[ \u3000]*[:：]?[ \u3000]*A[-+]?[ \u3000]+A"), "网页按钮"),
    # (A- A+　　分享：微信 | 微博: the same buttons with no 字号 before them, the share buttons after)
    (re.compile(r"^A[-+－＋][ \u3000]*A[-+－＋](?:[ \u3000]|$)"), "网页按钮"),
    # 打开 / 打开APP: a news app's banner over a shared article (云岭新闻 / 客户端 / 打开), a word a line
    (re.compile(r"^(?:打开|打开(?:APP|App|app|客户端)|(?:APP|App)内打开|下载(?:APP|App|客户端)|立即打开)$"), "网页按钮"),
    # 【字体： / 大 / 中 / 小 / 】: a page's font-size switch, a line each
    (re.compile(r"^[大中小]$|^】$"), "网页按钮"),
    # 共产党员网分享打印纠错: a site's name and its buttons run together (two buttons at least)
    (re.compile(r"(?:分享|打印|纠错|收藏|关闭)(?:\s*(?:分享|打印|纠错|收藏|关闭)){1,}$"), "网页按钮"),
    (re.compile(r"^[【\[]?(视力保护色|大字版|小字版|长辈版|长者模式|关怀版|繁体版|繁體版?|简体版|無障礙|无障碍(?:浏览|阅读)?|我要纠错|打印本页|打印|关闭)[】\]]?(\s*[|｜/]?\s*[【\[]?(视力保护色|大字版|小字版|长辈版|长者模式|关怀版|繁体版|繁體版?|简体版|無障礙|无障碍(?:浏览|阅读)?|我要纠错|打印本页|打印|关闭|收藏|分享)[】\]]?)*$"), "网页按钮"),
    # 网站地图 | 联系我们 / 首页 | 政务公开 | 新闻中心: a menu of short entries between bars
    # (## 05 | 写给每一个万禾人 / 一｜为什么值得学: a numbered heading set off by a bar, no menu)
    # (王某某｜2024.3.9｜培训中心: a note's facts, a date among them, no menu)
    # (关键词一｜茶: a heading numbered before its bar, a word before the number)
    (re.compile(r"^(?![^|｜\s]{0,6}?(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[壹贰叁肆伍陆柒捌玖拾])\s*[|｜])(?!.*\d{4}\s*[.\-/年]\s*\d{1,2})[^|｜\s]{1,8}(\s*[|｜]\s*[^|｜\s]{1,8}){1,}$"), NAV_REASON),
    (re.compile(r"^(阅读|浏览|点击|阅读量|浏览量|浏览次数|阅读次数|点击次数|访问量|访问次数|点击量|点击数|人气|热度)\s*[:：]?\s*\d+"), "浏览计数"),
    (re.compile(r"^\d+\s*(次阅读|人阅读|次浏览|人浏览|阅读|浏览)$"), "浏览计数"),
    (re.compile(r"^(点赞|在看|收藏|举报|评论|赞)\s*\d*$"), "网页按钮"),
    (re.compile(r"^(?:喜欢就|觉得不错就?|记得)?(?:点个?|顺手点个?)[“\"]?(?:赞|在看)"), "网页按钮"),  # 喜欢就点个赞和在看吧～
    (re.compile(r"^[【\[（(]?\s*(来源|文章来源|信息来源|视频来源|音频来源|作者|责任编辑|编辑|审核|校对|发布时间|发布日期|更新时间|字号|字体)\s*[:：]"), "网页信息栏"),
    # 文字：李某 / 摄影：… / 初审：…: an article's credits, a name or two after the colon (记者： opens a question)
    (re.compile(r"^(文字|文案|撰文|图文|摄影|图片|视频|供稿|通讯员|初审|复审|终审|责编|排版|美编|监制|出品)\s*[:：]\s*[^\s。！？，,]{1,12}(?:[ \u3000、，,]\s*[^\s。！？，,]{1,12}){0,3}$"), "网页信息栏"),
    (re.compile(r"^(时间|時間|日期)\s*[:：]\s*\d{4}"), "网页信息栏"),  # (a page in traditional characters: 時間)
    # 附件：618复盘数据汇总.xlsx (1.2MB): the file an e-mail carries, named in its head
    (re.compile(r"^附件\s*[:：]\s*\S.{0,40}\.(?:xlsx?|docx?|pdf|pptx?|zip|rar|txt|csv|wps)(?:\s*[（(][\d.]+\s*[KMG]?B[）)])?$", re.I), "邮件附件"),
    # 整理：万禾集团品牌中心 | 摄影：李想 | 编辑：周小米: an article's credits set apart by bars
    (re.compile(rf"^(?:{_CREDIT_FIELD}\s*[:：]\s*[^|｜]{{1,16}}?\s*[|｜]\s*)+{_CREDIT_FIELD}\s*[:：]\s*[^|｜]{{1,16}}$"), "网页信息栏"),
    # (整理｜唐宁　　审校｜许一帆: each credit's field and name parted by a bar, the credits by wide spaces)
    (re.compile(rf"^{_CREDIT_FIELD}\s*[｜|]\s*[^\s|｜]{{1,12}}(?:[ \u3000]{{2,}}{_CREDIT_FIELD}\s*[｜|]\s*[^\s|｜]{{1,12}})+$"), "网页信息栏"),
    # (（校长办公室 供稿 / 摄影：陈晓 / 审核：赵明）: the credits in brackets, parted by slashes or bars)
    (re.compile(rf"^[（(](?=[^（）()]*[/／|｜])(?=(?:[^（）()]*?{_CREDIT_FIELD}){{2}})[^（）()。！？]{{4,60}}[）)]$"), "网页信息栏"),
    # 以下文章来源于云栖智联人 ，作者总裁办: the note WeChat prints over an article another account wrote
    (re.compile(r"^以下文章来源于[^。！？]{1,40}$"), SOURCE_NOTE_REASON),
    # 全文约3000字，阅读需要8分钟 / 全文3200字，阅读约需7分钟: a WeChat article's reading-time line
    # (约 2800 字 · 阅读 8 分钟: a blog's, the words counted with no 全文, a dot between)
    (re.compile(r"^(?:(?:全文|本文)(?:共|约)?|约)\s*\d+\s*字\s*[，,·・|｜]\s*(?:预计)?阅读(?:需要|时间|约需|约)?\s*(?:约)?\s*\d+\s*分钟"), "阅读提示"),
    # (阅读本文约需 8 分钟 / 听全文约 9 分钟 / 预计阅读时间 5 分钟: the time alone, to read it or to hear it read)
    (re.compile(r"^(?:预计)?(?:阅读|听)(?:本文|全文)?(?:约需|需要|约|时间)?\s*(?:约)?\s*\d+\s*分钟$"), "阅读提示"),
    (re.compile(rf"^{NUMERIC_DATE}\s+\d{{1,2}}:\d{{2}}"), POSTED_REASON),  # 2024年05月20日 10:30 来源：…
    # 2024年05月30日 来源：县委办公室 作者：综合科 阅读：732次: the date, then the bar's fields with their colons
    (re.compile(rf"^{NUMERIC_DATE}[ \u3000]+(?:来源|文章来源|作者|发布|浏览|阅读|点击|编辑|责任编辑)[ \u3000]*[:：]"), "网页信息栏"),
    (re.compile(r"^(主办单位|主办|承办单位|承办|协办单位|技术支持|网站标识码|政务服务热线|联系电话)\s*[:：]|邮编\s*[:：]\s*\d"), "网站页脚"),
    (re.compile(rf"^首页\s*[{CRUMB_MARKS}:：/]"), NAV_REASON),
    (BREADCRUMB, NAV_REASON),
    (re.compile(r"^https?://\S+$|^www\.\S+$"), "网址"),
    (re.compile(r"^\[[^\]]+\]\([^)\s]+\)$"), "网页链接"),  # a Markdown line that is one link: [返回首页](https://…)
    (re.compile(r"(版权所有|版权声明|免责声明|ICP备|Copyright|©)", re.I), "版权信息"),
    (_LICENCE_NOTICE, "版权信息"),
    (re.compile(r"^原标题\s*[:：]"), "网页信息栏"),
    # 百度文库 / 某某范文网 alone; 在…上的讲话-百度文库 is a page title whose tail title_line cuts off
    (re.compile(rf"^[^\s\-_|｜—–]{{0,12}}({_SITE_NAME_END})$"), "网站名称"),
    (re.compile(r"^\S{1,12}\s+首页$|^首页$"), NAV_REASON),
    # 2024-05-20 人民网 / 05/20 来源 / 2024.05.20 新华社: a page's date line (2.1 查慢查询, 2.2.2 测试用例: section numbers)
    (re.compile(r"^(?:\d{1,4}[-/]\d{1,2}(?:[-/]\d{1,2})?|\d{4}\.\d{1,2}(?:\.\d{1,2})?)\s+\S{0,6}[\u4e00-\u9fff]\S{0,6}$"), POSTED_REASON),
    # (潇湘云新闻　2024-03-22 16:05　浏览 5,612: a reads count after the time)
    (re.compile(r"^(?!原创\s)(?:\S{1,12}\s+){1,3}\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(:\d{2})?(\s+\S{1,8}|\s+(?:浏览|阅读|点击)\s+[\d,]+)?$"), POSTED_REASON),  # 公文搜 2022-09-02 20:27:57 讲话发言 / 云杉技术 云杉技术社区 2024-05-18 21:06 上海
    # 记者 段晓晴 / 本报记者 张三 李四: a news copy's reporters on a line of their own (记者 …摄 is a photo's credit)
    (re.compile(r"^(?:本报|本台|本网|新华社)?(?:记者|通讯员)[ \u3000]+[\u4e00-\u9fff]{2,4}(?:[ \u3000、，,]+[\u4e00-\u9fff]{2,4}){0,3}$"), "网页信息栏"),
    (re.compile(r"^(发布者|作者|编辑|网站编辑|责任编辑|文章编辑)(微信)?$"), "网页信息栏"),
    # 来源 新华社 / 编辑 曾佳佳 / 流程编辑 刘伟利: a news copy's credits with a space for the colon, a line each
    (re.compile(r"^(来源|编辑|责任编辑|流程编辑|审核|校对|监制|统筹)[ \u3000]+[\u4e00-\u9fff]{2,8}$"), "网页信息栏"),
    (re.compile(r"^目录|^提纲"), "网页目录"),
    # 收听本文 00:00/00:00 / 听全文 / 点击观看视频: a page's audio or video player over the text
    # (▶ 听新闻 00:00 / 02:48 / 🔊 听全文 09:12: a news app's player with its time)
    (re.compile(
        r"^收听本文|^听全文(?:[ \u3000]*约?\d{1,3}分钟)?$|^约\d{1,3}分钟$|^\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}$|^(点击)?(观看|播放|收听)(视频|音频|本文)$|^(视频|音频)加载中"
        r"|^[▶►🔊🎧]?[ \u3000]*听(?:新闻|全文|本文)[ \u3000]*\d{1,2}:\d{2}(?:[ \u3000]*/[ \u3000]*\d{1,2}:\d{2})?$"
    ), "音视频播放器"),
    # 微信号 mycase / 功能介绍… / 文章来自微信…: a public account's own lines on a WeChat page
    (re.compile(r"^微信号\s*[:：]?\s*[A-Za-z][\w-]{3,}$|^功能介绍|^文章来自微信"), ACCOUNT_REASON),
    # 原创 小禾说 禾丰科技 2025-01-26 21:08 浙江: a WeChat article's line of account, date and place
    (re.compile(r"^原创\s+\S.{0,30}?\d{4}[-年]\d{1,2}[-月]\d{1,2}"), ACCOUNT_REASON),
    # （本消息由 钉钉 发送　已读 412　未读 9）: a chat app's footer under a message copied out of it
    (re.compile(r"^[（(]?本消息由[ \u3000]*\S{1,10}[ \u3000]*发送|^[（(]?已读[ \u3000]*\d+[ \u3000]*未读[ \u3000]*\d+[）)]?$"), "聊天软件信息"),
    # (the END mark: what follows is the page's)
    (_END_MARK, "文末标记"),
    # ▼ / ◆◆◆: a WeChat article's ornament on a line of its own
    (re.compile(r"^[▼▲▽△◆◇●○■□★☆♦][ \u3000▼▲▽△◆◇●○■□★☆♦]{0,8}$"), "装饰符号"),
    # 宁州温商 昨天 / 桂香社区 3小时前: the account and the day said as a phone shows it
    (re.compile(r"^(?!大家|我们|你们|咱们|他们)[^\s，。：:]{2,16}[ \u3000]+(?:昨天|前天|今天|\d{1,2}(?:分钟|小时|天)前)(?:[ \u3000]+\d{1,2}:\d{2})?$"), ACCOUNT_REASON),
    # 岭南理工大学 2024年09月07日 20:15 广东: the account, the day, the time and the place, with no 原创 before them
    # (云川发布 云川发布 2024年04月26日 20:15 湖南: the author's account and the publishing one, both named)
    (re.compile(r"^(?:[^\s，。：:]{2,16}[ \u3000]+){1,3}\d{4}年\d{1,2}月\d{1,2}日[ \u3000]+\d{1,2}:\d{2}(?:[ \u3000]+[\u4e00-\u9fff]{2,3})?$"), ACCOUNT_REASON),
    # 江澜大学官方微信 / 已关注: the account's card a WeChat page prints over the article (its name, its follow button)
    # (云川发布云川市人民政府新闻办公室官方账号: the name run into what the account is)
    (re.compile(r"^[^\s，。：:]{2,30}官方(?:微信|公众号|账号|帐号)(?:公众号|号)?$|^[+＋]?\s*(?:已关注|关注)$"), ACCOUNT_REASON),
    # 收录于合集 #2025毕业季 12个: the collection WeChat files the article in
    (re.compile(r"^收录于(?:合集|话题)"), ACCOUNT_REASON),
    # 原创 清源编辑部 清源水利评论 / 原创 清源水利评论: the same line with no date (the author and the account, or the
    # account only); 原创 alone, the author and the account on the lines under it
    (re.compile(r"^原创[ \u3000]+[^\s，。：:]{2,16}(?:[ \u3000]+[^\s，。：:]{2,16}){0,2}$|^原创$"), ACCOUNT_REASON),
    # [ 创始人讲话选编 ] / 厂史资料 · 讲话稿 / 昆仑科学讲坛·录音整理: the column a page files the speech under
    (re.compile(r"^[\[［][ \u3000]*[^\]］\s：:]{2,12}[ \u3000]*[\]］]$"), "栏目名称"),  # (not ［PPT：…］, a slide)
    (re.compile(r"^[^\s，。：:·•]{2,10}[ \u3000]*[·•][ \u3000]*(?:讲话稿|讲话|录音整理|讲话实录|实录|文稿|资料|文选)$"), "栏目名称"),
    (re.compile(r"^(?:编者按|编者的话)[：:]?$"), EDITORS_NOTE_REASON),  # (over the editor's note, a line of its own)
    (PRINTED_BELOW, EDITORS_NOTE_REASON),
    (re.compile(r"^[^\w“\"（(【\[]{0,4}\s*(?:点击|戳)(?:回顾|阅读|查看|链接)"), "网页链接"),
    # 【推文标题】… / 【推文导语】…: the lines a WeChat draft gives its headline and lead, over the speech
    (re.compile(r"^【推文(?:标题|摘要|封面)】"), ACCOUNT_REASON),
    # 东川日报数字报　2024年01月12日　星期五 / 第01版：要闻　上一版　下一版 / 放大+　缩小-　默认　打印: an e-paper's
    # masthead and its page buttons (two at least)
    (re.compile(r"^\S{1,10}报(?:数字报|电子报|电子版)?[ \u3000]+\d{4}年\d{1,2}月\d{1,2}日(?:[ \u3000]+星期[一二三四五六日天])?$"), "报纸版面信息"),
    (re.compile(rf"(?:{_EPAPER_BUTTONS})[+\-]?[ \u3000]+(?:\S{{0,6}}[ \u3000]+)*?(?:{_EPAPER_BUTTONS})"), "网页按钮"),
    # 2023年11月20日 星期一 | 第07版：文化周刊 / 第03版：要闻: an e-paper's date and page (定稿第3版 in a byline is a
    # draft's version; …第1版，第60页 a book's edition)
    (re.compile(r"^(?!.*[《，,。])(?:\S{0,12}?\d{4}年\d{1,2}月\d{1,2}日[^|｜]{0,8}?[ \u3000]*[|｜]?[ \u3000]*)?(?<![稿改])第\s*\d{1,3}\s*版(?:[：:][ \u3000]*\S{1,10})?$"), "报纸版面信息"),
    # [图片] / 图片: where a copied WeChat page had a picture; 关注 alone: its follow button
    # (【图】表彰大会现场 / 【配图1：年会现场全景，图注：▲ 年会现场】: a draft's placeholder for a picture, its caption with it)
    (re.compile(r"^[\[［〔【](?:图片|图|image|img|视频)[\]］〕】]$|^(?:图片|image)$"
                r"|^[【\[［〔](?:图片?|配图|视频)\s*\d{0,2}(?:[：:][^\]］〕】]{0,40})?[\]］〕】][^。！？!?]{0,30}$", re.I), "图片"),
    # 图｜年度聚会现场，… / 图2：改造前后首屏可见时间分布对比: a picture's caption (no sentence of the speech's)
    (re.compile(r"^[▲△]?[ \u3000]*图[ \u3000]*\d{0,2}[ \u3000]*[｜|丨：:][ \u3000]*[^。！？!?｜|]{2,60}$"), "图片"),
    (re.compile(r"^[+＋]?\s*关注$"), "网页按钮"),
    # 127篇原创内容 / 公众号: the lines of the account's card WeChat prints under its name
    (re.compile(rf"{ACCOUNT_CARD_COUNT.pattern}|^公众号$"), ACCOUNT_REASON),
    # 完整发布会视频，可点击文末“阅读原文”观看: where the page points to the recording
    (re.compile(r"^[^。！？]{0,12}视频[^。！？]{0,6}[，,]?\s*(?:可|请)?点击[^。！？]{0,10}(?:阅读原文|观看|查看)"), "网页链接"),
    # 内部资料　注意保存: the notice a printed copy carries over its title
    (re.compile(r"^(?:内部资料|内部参考|内部文件|内部学习资料)(?:[ \u3000，,]*(?:注意保存|注意保密|请勿外传|仅供参考))?$"), "文件标注"),
    # 本版标题导航: an e-paper's list of the page's articles (its entries, · 在…的致辞, follow: ``drop_debris``)
    (re.compile(r"^本版(?:标题)?导航$"), EPAPER_CONTENTS_REASON),
    # － 2 － / - 12 - / 第 3 页 / 第3页 共8页 / 2/5: the page numbers of a printed or PDF copy
    (_PAGE_NUMBER, "页码"),
]

SITE_NOTICE = 200  # characters; a document site's notice line (a sentence or three) is no longer

# Rules for lines of any length.
_ANY_LINE_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(_PRINTED_WHOLE), EDITORS_NOTE_REASON),  # (a long one: the short ones are among PRINTED_BELOW's)
    # 幻灯片 1 / Slide 3 / 第2张幻灯片: a slide's number, in a presentation exported to text
    (re.compile(r"^(?:(?:幻灯片|Slide|slide)[ \u3000]*\d{1,3}|第[ \u3000]*\d{1,3}[ \u3000]*张(?:幻灯片)?)$"), "幻灯片编号"),
    # [PPT：一张折线图，…] / （大屏幕：…）: a transcript's note of what the screen showed, bracketed whole on its line
    (re.compile(r"^[\[［【（(][ \u3000]*(?:PPT|ppt|幻灯片|Slide|slide|屏幕|大屏幕?)[ \u3000]*[：:][^\[\]［］【】（）()]{1,80}[\]］】）)]$"), "幻灯片说明"),
    # 主办：…人民政府办公室　网站标识码：3412210001　皖ICP备09001234号: a site's footer, a line longer than the short
    # lines' but with no sentence in it (a piece of a flattened page that ends with the footer keeps its text)
    (re.compile(r"^(?=.{0,100}$)(?!.*[。！？!?]).*(?:ICP备\s*\d{4,}|网站标识码\s*[:：]\s*\d{6,})"), "网站页脚"),
    # (< 返回        领导讲话        分享: a mobile page's top bar, its back button, column and share button)
    (re.compile(r"^[<＜‹〈←]\s*返回"), "网页导航"),
    # 发件人：何静 <hejing@…> / 收件人：… / 抄送：… / 发送时间：…: an e-mail's head (主题：… is a fact: read for a title)
    (re.compile(r"^(?=.{0,120}$)(?:发件人|收件人|抄送|密送|发送时间|发件时间)\s*[:：]"), "邮件信息"),
    # 发布于 2024-06-23 · 阅读 3.2k · 标签：… / 标签：数据库　分布式: a blog's line of when it was posted, its reads and
    # tags (a line of no sentence, up to 100 characters)
    (re.compile(r"^(?=.{0,100}$)(?!.*[。！？!?])(?:发布于\s*\d{4}\s*[-年./]\s*\d{1,2}|(?:标签|Tags?)\s*[:：])", re.I), "网页信息栏"),
    # (本文根据演讲录音整理，经演讲者审定。转载请联系后台授权。: a WeChat article's note under the speech)
    (re.compile(r"^本文(系|为|由|来源|转载|首发|根据|据)[^。！]{0,30}(投稿|原创|转载|发布|整理|网友)"), "投稿/转载声明"),
    (re.compile(r"(仅供学习参考|请勿照搬照抄|仅供参考，请勿|如有侵权|版权归原作者|转载请(?:联系|注明)|未经授权[，,]?\s*(?:不得|禁止|严禁)转载)"), "投稿/转载声明"),
    (re.compile(r"(网友为您整理|为您整理分享|供您参考学习|相关资料，供您)"), "网站导语"),
    # 本站所有内容均由…上传 / 文档一经付费…不意味着购买了版权 / 如文档侵犯…请点击“版权申诉”: a document site's notice,
    # a line of its own (SITE_NOTICE characters at most: a page flattened into one line is not dropped whole)
    # 《…》由会员分享，可在线阅读，更多相关《…》请在…文库上搜索。: a document site's line under its viewer
    (re.compile(rf"^(?=.{{0,{SITE_NOTICE}}}$).*(?:本站所有内容均由|文档一经付费|(?:如|若)文档侵犯|版权申诉|不意味着购买了?该?文档的?版权"
                r"|由会员分享[，,]\s*可在线阅读)"),
     "文档网站声明"),
    # 领导讲话  发文时间:2019-12-20 08:58:00   浏览次数: — a page's information bar, whatever comes before it
    (re.compile(r"(发布时间|发文时间|更新时间|发布日期)\s*[:：]\s*\d{4}"), "网页信息栏"),
    # 【头条】… / 【二条】…: a WeChat account's list of the day's articles
    (re.compile(r"^【[头二三四五六七八九十]条】"), "公众号文章列表"),
    # 【导读】…… / 编者按：……: the page's introduction, not the speech
    # (导读 alone on a line, over the lead it heads)
    (re.compile(r"^[【\[]\s*(导\s*读|编\s*者\s*按|推文导语)\s*[】\]]|^编者按\s*[:：]|^(?:导\s*读|编\s*者\s*按)[：:]?$"), EDITORS_LEAD_REASON),
]

# A photo's credit: ……。新华社记者 李涛 摄 / （记者 张三、李四 摄） / ……会场。 张三 摄. Anchored at the line's
# end and searched only in its last CREDIT_TAIL characters (a credit is short), so a long line costs no more
# than a short one: searched over a whole line, the repeated names made it quadratic.
# 记者 李涛 摄 / 新华社记者 黄敬文、张三 摄 / 记者 兰红光/摄: the credit itself, one shape for a caption's line end and
# for a caption glued into a line (``_GLUED_CREDIT``)
_CREDIT = r"(?:记者|通讯员|摄影)\s*[\u4e00-\u9fff]{2,4}(?:\s*[、，,\s]\s*[\u4e00-\u9fff]{2,4})*\s*[/／]?摄"
_PHOTO_CREDIT = re.compile(
    rf"{_CREDIT}\s*[）)]?$"
    r"|(?:^|[\s（(])[\u4e00-\u9fff]{2,4}\s+摄\s*[）)]?$"
    # …（资料照片）。 新华社发: an agency's credit for a photo it released
    r"|(?:^|[\s。）)])(?:新华社|中新社)发\s*$"
)
CREDIT_TAIL = 60
# A short line that is a caption or a credit on its own: 图为……会场。 / （图为会议现场） / 摄影/宗琪琪 / 摄影 宗琪琪 / （摄影：张三） /
# 图片来源：新华社. Tried only on a line of at most CAPTION_LINE characters that opens with 摄/图/供图/配图/a bracket.
_PHOTO_CAPTION = re.compile(
    r"^图为[^。！？!?]*[。！？!?]?$|^[（(]图为[^。！？!?（）()]*[。！？!?]?[）)]$"  # (（图为会议现场）: in brackets too)
    r"|^[（(]?\s*(?:摄影|摄|图片|图|供图|图片来源|图片提供|配图)\s*[:：/／|\s]\s*[^，。！？\s]{1,20}\s*[）)]?$"
    r"|^图\s*\d{1,3}(?=[\s:：.．、]|$)[^。！？!?]*$"  # 图 2 理想中的「赛道」 / 图 15 SIMD 原理举例（1/2）: a numbered figure's caption
)
CAPTION_LINE = 60
_PHOTO_OPENINGS = ("摄", "图", "供图", "配图", "（", "(")


# …重温入党誓词。 新华社记者 兰红光/摄 / …。 张三 供图 / …图片来源：新华社: a line that ends with a credit of any
# kind (a caption left in the text, no sentence cut in two: a document viewer's page ends mid-sentence)
_ANY_CREDIT_END = re.compile(r"(?:摄|供图|/图|图片来源[:：]?\S*)\s*$")


def ends_with_credit(text: str) -> bool:
    """``text`` ends with a photo's credit (摄 / 供图 / /图 / 图片来源…), of any shape."""
    return bool(_ANY_CREDIT_END.search(text[-CREDIT_TAIL:]))


def _photo_caption(text: str) -> bool:
    """A photo's caption or credit (most lines neither end with 摄 or a bracket nor open like a caption; ▲ 校长…致辞:
    a WeChat caption's mark)."""
    if text[-1] in "摄发）)" and _PHOTO_CREDIT.search(text, max(0, len(text) - CREDIT_TAIL)):
        return True
    if text[0] in "▲△" and len(text) <= CAPTION_LINE:
        return True
    return len(text) <= CAPTION_LINE and text.startswith(_PHOTO_OPENINGS) and bool(_PHOTO_CAPTION.match(text))


# 当地时间10月31日上午，…发表重要讲话。新华社记者 黄敬文 摄尊敬的…总统：: a news copy's photo caption glued
# between the head and the salutation (the line breaks lost). The caption opens with its day (当地时间…日…，)
# and ends with its credit; the credit runs straight on into text.
_GLUED_CREDIT = re.compile(rf"[。！？!?]\s*[\u4e00-\u9fff]{{0,6}}?{_CREDIT}(?=[^\s，。、）)])")
_CAPTION_DAY = re.compile(r"(?:当地时间)?\d{1,2}月\d{1,2}日(?:上午|下午|中午|晚上|晚|凌晨|早上)?[，,]")
GLUED_CAPTION = 200  # characters of a glued caption at most, its day to its credit


def glued_caption_span(line: str) -> tuple[int, int] | None:
    """Where a photo caption glued into a line starts and ends (its day to its credit), or None: the text
    before and after it stays (see _GLUED_CREDIT)."""
    credit = _GLUED_CREDIT.search(line)
    if credit is None:
        return None
    day = next(
        (m for m in _CAPTION_DAY.finditer(line, max(0, credit.start() - GLUED_CAPTION), credit.start())
         if m.start() == 0 or line[m.start() - 1] not in "（(年"),
        None,
    )
    return (day.start(), credit.end()) if day else None


_ENDS_ARTICLE = re.compile(
    rf"^[▼▲▽]?[—\s]*(点击)?({_READ_ON}|阅读原文$|{_NEXT_ARTICLE}|{_RELATED_LIST}|[▼▲]往期(?:推荐|回顾|精选))"
    r"|想阅读完全部"
)
# ## 发表评论 (the page's box for comments) / ### TA的文章 (its author's other articles) / 你可能感兴趣的[…](…) / ###本文作者
# (the writer's note): what a news site prints after an article; only in the page's second half, since a site's menu
# or a talk's head may carry the same words (``page_tail``)
_PAGE_TAIL = re.compile(rf"^(?:发表评论|TA的文章|作者的?其他文章|你可能感兴趣的?|本文作者|作者简介)(?![{_HAN_BUT_BAR}])")


def _strip_bullets(line: str) -> str:
    """The line without the bullets and the emoji an account sets before it (🎓 编者按 / 🎬 完整发布会视频，…)."""
    text = line.strip().lstrip(_BULLETS).strip()
    return text[heading_emoji_end(text) :].strip()


# 最新动态 > / > 动态内容: a piece of a breadcrumb its page set on a line of its own
_CRUMB_PIECE = re.compile(rf"^[^\s{CRUMB_MARKS}。！？，,]{{1,8}}\s*[{CRUMB_MARKS}]$|^[{CRUMB_MARKS}]\s*[^\s{CRUMB_MARKS}。！？，,]{{1,8}}$")


_CONTENTS_ENTRY = re.compile(r"^[·•●▪][ \u3000]*[^ \u3000].{0,38}$")


def contents_entry(line: str) -> bool:
    """· 在…上的致辞: an entry of an e-paper's list of the page's articles (under 本版标题导航), a short bulleted title."""
    return bool(_CONTENTS_ENTRY.match(line.strip())) and line.strip()[-1] not in "。！？!?"


def debris_reason(line: str) -> str | None:
    """Why ``line`` is web-page debris, or None when it may belong to the speech."""
    if _PAGE_NUMBER.match(line.strip()):  # before the bullets go: - 1 -
        return "页码"
    if _CRUMB_PIECE.match(line.strip()):  # (before the bullets go: > 动态内容 is no quotation)
        return NAV_REASON
    text = _strip_bullets(line)
    if not text:
        return None
    for pattern, reason in _ANY_LINE_RULES:
        if pattern.search(text):
            return reason
    if _photo_caption(text):
        return "图片说明"
    if len(text) <= 40:
        for pattern, reason in _SHORT_LINE_RULES:
            if pattern.search(text):
                return reason
    return None


# A page that lost its line breaks carries its information bar inside the one long line of the speech:
# 标题文章来源：本站原创 作者：佚名 发布时间：2013年12月31日 点击数：次标题尊敬的…. Such a line (at least
# PAGE_LINE characters) is not dropped whole: the bar is cut out of it (``info_bar_span``).
PAGE_LINE = 200
_BAR_DATE = re.compile(
    rf"(?:发布时间|发文时间|更新时间|发布日期)\s*[:：]\s*{NUMERIC_DATE}"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:\s*(?:点击数|点击|浏览次数|浏览|阅读次数|阅读|访问量)\s*[:：]\s*\d*\s*次?)*"
)
# the fields a bar opens with, before its date (来源：本站原创 作者：佚名 ): searched in the BAR_FIELDS characters before it
_BAR_FIELD = re.compile(r"(?:文章来源|信息来源|来源|作者|发布者|责任编辑|编辑)\s*[:：]")
BAR_FIELDS = 40


def info_bar_span(line: str) -> tuple[int, int] | None:
    """Where the information bar inside a flattened page's long line starts and ends, or None (a short line,
    or none there: a short line with a bar is debris whole, see ``debris_reason``)."""
    if len(line) < PAGE_LINE:
        return None
    m = _BAR_DATE.search(line)
    if m is None:
        return None
    start = m.start()
    window = max(0, start - BAR_FIELDS)
    field = _BAR_FIELD.search(line, window, start)
    if field is not None and not re.search(r"[。！？!?]", line[field.start() : start]):
        start = field.start()
    return start, m.end()


# A copy site stamps its name into the text it serves: 稿子汇,范文学习文库 / 公文汇 www.gongwenhui.com, set apart
# by a space at a line's end (…的短板 稿子汇,范文学习文库) or on a line of its own. Only a web address or a
# name ending as a document site's does (_SITE_NAME_ENDINGS): 建设职工之家 温暖职工之家 is a heading's.
_SITE_MARK = (
    rf"[\u4e00-\u9fffA-Za-z0-9，,]{{0,14}}(?:{_SITE_NAME_END})"
    r"|(?:[\u4e00-\u9fffA-Za-z0-9，,]{1,14}[ \u3000]*)?(?:https?://|www\.)[A-Za-z0-9.\-/]+"
)
_WATERMARK_TAIL = re.compile(rf"(?<=\S)[ \u3000]+(?:{_SITE_MARK})[ \u3000]*$")
_WATERMARK_LINE = re.compile(rf"^(?:{_SITE_MARK})$")
WATERMARK_TAIL = 40  # characters at a line's end where a stamped name is looked for (a hostile line stays linear)


def watermark_start(line: str) -> int | None:
    """Where a copy site's name stamped at the end of ``line`` starts (0: the line is nothing else), or None."""
    text = line.strip()
    if _WATERMARK_LINE.match(text):
        return 0
    m = _WATERMARK_TAIL.search(line, max(0, len(line) - WATERMARK_TAIL))
    return m.start() if m else None


def ends_article(line: str) -> bool:
    """After this line a web page carries no more of the speech."""
    text = _strip_bullets(line)
    return (len(text) <= 40 and bool(_ENDS_ARTICLE.search(text) or _END_MARK.match(text))) or bool(_LICENCE_NOTICE.match(text))


def page_tail(line: str) -> bool:
    """The line opens what a news site prints after an article (see _PAGE_TAIL): in a page's second half, the end."""
    text = _strip_bullets(line)
    return len(text) <= 40 and bool(_PAGE_TAIL.match(text))


# ● 一、统一思想 / ■ （一）… / 📌第一，… / ▍一、…: a page's bullet or emoji before a numbering label is decoration, not the heading's
_EMOJI = r"[\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?"  # an emoji (and its presentation mark) a page sets as a mark
_LABEL_BULLET = re.compile(rf"^(?:[•·●▪◆◇■□★☆►▶◎○※\u2580-\u259F]|{_EMOJI})+[ \t\u3000]*")


def label_bullet_end(line: str) -> int:
    """Where the text after a bullet that stands before a numbering label, or an order word (💡最后，我想对大家说：…),
    starts (0: no such bullet)."""
    m = _LABEL_BULLET.match(line)
    return m.end() if m and (match_label(line[m.end() :]) or _ORDER_LEAD.match(line, m.end())) else 0


_ORDER_LEAD = re.compile(r"(?:首先|其次|最后)[，,]")  # (首先， / 其次， / 最后，: no label once 最后 turns to a farewell)


_EMOJI_MARK = re.compile(rf"^(?:{_EMOJI})+[ \t\u3000]*(?=\S)")


def heading_emoji_end(line: str) -> int:
    """## 🚀 关于增长 / 🎙️表态发言｜…: where a Markdown heading's or a title's words start after the emoji a note app or
    a WeChat headline set before them (0: none)."""
    m = _EMOJI_MARK.match(line)
    return m.end() if m else 0


# ▍关键词一：开放 / ┃ 明年的几件事: the bar an account's editor sets before a section's heading line
# (◆ 能动履职 服务发展大局 / ▸ …: a page's mark before a sub-heading line too)
_SECTION_BAR = re.compile(r"^[▍▌▎▏▋▊▉█┃◆◇▸►▶][ \t\u3000]*(?=\S)")
SECTION_BAR_HEADING = 30  # characters of the heading line after its bar, at most


def section_bar_end(line: str) -> int:
    """Where a heading line's words start after the bar a page set before them (0: none, or a sentence after it)."""
    m = _SECTION_BAR.match(line)
    text = line[m.end() :].rstrip() if m else ""
    return m.end() if m and len(text) <= SECTION_BAR_HEADING and text[-1] not in "。！？!?；;" else 0


BYLINE_BULLETED = 30  # characters of a byline after its mark, at most
_BYLINE_MARK = re.compile(r"^[ \u3000]*[■□◆◇●◎][ \t\u3000]*")  # (a newspaper's marks; a page's emoji marks no byline)


def byline_bullet_end(line: str) -> int:
    """■ 邱文澜: where the byline after a newspaper's mark starts (0: no such mark before a byline)."""
    m = _BYLINE_MARK.match(line)
    rest = line[m.end() :].strip() if m else ""
    return m.end() if m and len(rest) <= BYLINE_BULLETED and byline_like(rest) and not looks_like_title(rest) else 0


# 【一、这一年学校做了哪些事】: an editor's numbered heading set in square brackets on a line of its own
_BRACKETED_HEADING = re.compile(r"^[ \t\u3000]*【([^【】]{2,60})】[ \t\u3000]*$")


def bracketed_heading(line: str) -> str | None:
    """The heading inside an editor's brackets when it opens with a numbering label (None: no such line)."""
    m = _BRACKETED_HEADING.match(line)
    return m.group(1).strip() if m and match_label(m.group(1).strip()) else None


def bracketed_headings_numbered(lines: list[str]) -> bool:
    """Every editor's bracketed heading line in the text opens with a numbering label (【一、…】 【二、…】; not 【先算一笔账】
    among 【第一，…】 lines: the brackets are the level then, kept)."""
    return all(bracketed_heading(line) is not None for line in lines if _BRACKETED_HEADING.match(line))
