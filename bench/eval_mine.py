"""Heading accuracy of mine's outline parser against hand-made gold outlines.

Not a test: it prints figures. The corpus (FOLDER, default corpus/mine/, git-ignored:
real speeches written by others never go into git; FOLDER/SOURCES.md, committed,
says where each one was published and how to get it again) holds ``NAME.txt``
speeches with a ``NAME.outline.yaml`` beside each: its headings per level,
written by a person reading the speech before mine was run on it, plus
``batch`` (dev or blind; blind2 … blind12 for later blind batches),
``occasion`` and ``source`` (a web address, or a mapping repo/path/commit/extract
for a speech taken from a public repository: bench/corpus_build.py rebuilds
those from the committed NAME.gold.yaml). Each speech is read as
``jianggao mine`` reads it and its headings compared level by level, twice: the
outline read (``mined_outline``), and the spec mine writes from it
(``spec_levels``), where a list said inside a paragraph (一是…；二是…。) stays
in the paragraph's text rather than becoming items:

    python bench/eval_mine.py [FOLDER …] [-v] [--show-blind] [--write-sources]

Several folders are scored together (each speech under its own batch); the figures are then also given by
kind of occasion (``occasion_kind``: a government work report, a party or government meeting, a school
occasion, a company talk, a tech or forum talk), totals only, so that a weak kind shows apart from the rest.

dev speeches are the ones rules may be tuned on (blind2 … blind5 and blind7
became dev once their figures were recorded); blind speeches (found and
outlined with the dev ones, before the rules were changed) and the later blind
batches (found and outlined after rule changes; blind8 holds complete speeches
outlined before the current round of reading-rule changes, blind9 and blind10 web-page openings
of local government speeches) are only scored in
aggregate (no per-file rows, no listing of misses) unless ``--show-blind`` is
given, so that nobody tunes the rules on them by accident. blind8 and blind9
were scored once after the reading-rule changes of stop 9 (the figures are in
git log) and are studied since, as dev; so are blind10 and blind11 after their one scoring;
blind12 (43 complete speeches, stop 10) is then the unseen batch.

A predicted heading matches a gold one when they are equal after normalising
punctuation width and spacing and dropping a final 。，：; below the top level
a run-in lead also matches when one is a prefix of the other (at least four
characters): where a long lead sentence ends is a matter of taste.
"""

from __future__ import annotations

import argparse
import functools
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from jianggao.errors import JianggaoError  # noqa: E402
from jianggao.reader.mine import (  # noqa: E402
    choose_template,
    library_profiles,
    mine_speech,
    normalise,
    outline_for,
)
from jianggao.reader.outline_records import Outline  # noqa: E402
from jianggao.reader.speech_file import ReadResult, read_speech  # noqa: E402
from jianggao.render.template_profile import TemplateProfile  # noqa: E402
from jianggao.spec.yaml_source import load_yaml_file  # noqa: E402

_ENDINGS = "。，：；！？"
BATCHES = ("dev", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21", "blind22", "blind23", "blind24", "blind25", "blind26", "blind27", "blind28", "blind29", "blind30", "blind31", "blind32", "blind33", "blind34", "blind35", "blind36", "blind37", "blind38", "blind39", "blind40", "blind42", "blind43", "blind44", "blind45", "blind46", "blind47", "blind48", "blind49", "blind50", "blind51", "blind52", "blind53", "blind54", "blind55", "blind56", "blind57", "blind58", "blind59", "blind60", "blind61", "blind62", "blind63", "blind64", "blind65", "blind66", "blind67", "blind68", "blind69", "blind70", "blind71", "blind72", "blind74", "blind75", "blind76")
BLIND = BATCHES[1:]
NO_TITLE = ("（无标题）", "（无标题行）")


# **…**: a gold span copied from a Markdown page may hold its bold marks (流程与****IT****…), which mine reads as
# markup, not words; a single * (7*24) is a character of the text
BOLD_MARKS = re.compile(r"\*{2,}")
# [同仁堂](https://…): a gold span copied from a Markdown page may hold a link's markup too; mine reads the link's words
_LINK = re.compile(r"\[([^\]]*)\]\([^)\s]*\)")
# [Kitex][Kitex]: a reference link's markup, the same
_REF_LINK = re.compile(r"\[([^\[\]]+)\]\[[^\[\]]*\]")


def clean(text: str) -> str:
    return as_written(_REF_LINK.sub(r"\1", _LINK.sub(r"\1", text)))


def title_right(title: str, subtitle: str, gold: str) -> bool:
    """The title read is the gold one. A line of main title and ——subtitle (共迎时代挑战　共建美好未来——在…上的讲话)
    is read right when mine kept both, as the spec's title and subtitle that the writers print one over the other."""
    return clean(title) == clean(gold) or (bool(subtitle) and clean(title + subtitle) == clean(gold))


def as_written(text: str) -> str:
    """``clean`` with a link's markup kept: how corpus_build finds a gold heading in the text it was copied from."""
    return BOLD_MARKS.sub("", normalise(text)).rstrip(_ENDINGS)


def matches(predicted: str, gold: str, level: int) -> bool:
    a, b = clean(predicted), clean(gold)
    if a == b:
        return True
    if level == 1:
        return False
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= 4 and longer.startswith(shorter)


def score(predicted: list[str], gold: list[str], level: int) -> tuple[int, list[str], list[str]]:
    """Greedy one-to-one matching: (hits, false positives, misses)."""
    left = list(gold)
    wrong = []
    for p in predicted:
        hit = next((g for g in left if matches(p, g, level)), None)
        if hit is None:
            wrong.append(p)
        else:
            left.remove(hit)
    return len(predicted) - len(wrong), wrong, left


def describe_source(source: object) -> str:
    """The 出处 cell: a web address as written, or a repository file as "repo path @ commit"."""
    if isinstance(source, dict) and "url" in source:
        return f"{source['url']}（{source.get('retrieved', '')}）"
    if isinstance(source, dict):
        return f"{source.get('repo', '')} {source.get('path', '')} @ {source.get('commit', '')}（提取方式 {source.get('extract', '')}）"
    return str(source or "")


_TABLE_HEAD = ["| 文件 | 批次 | 场合 | 标题 | 出处 |", "| --- | --- | --- | --- | --- |"]


def _old_rows(target: Path) -> dict[str, str]:
    """Rows of an existing manifest, by file name (a row is kept for a speech no longer in the folder)."""
    if not target.exists():
        return {}
    rows = {}
    for line in target.read_text(encoding="utf-8").splitlines():
        if line.startswith("| ") and line not in _TABLE_HEAD:
            rows[line.split("|")[1].strip()] = line
    return rows


def write_sources(folder: Path, docs: dict[Path, dict]) -> Path:
    """FOLDER/SOURCES.md: the manifest that goes into git in place of the texts.

    Speeches in the folder are listed from their outlines; rows of speeches the folder no longer holds
    (web-page excerpts that cannot be fetched again) are kept from the old manifest, in their own section.
    """
    target = folder / "SOURCES.md"
    present = {path.stem for path in docs}
    lost = {name: row for name, row in _old_rows(target).items() if name not in present}
    lines = [
        f"# 提取要点评测语料清单（{folder.parent.name}/{folder.name}/）",
        "",
        "本目录中的讲话稿是他人公开发表的文字，不进入 git；这里只记录每篇的标题、出处和重新获取的方法。",
        "每篇讲稿保存为 NAME.txt，手工标注的提纲为 NAME.outline.yaml（先标注，后运行 mine，标注规则见 corpus/ANNOTATION.md）。",
        "",
        "batch：dev = 可据以修改规则；blind = 盲测，只看汇总数字，从不据此修改规则；"
        "blind2…blind12 = 后来几批盲测，规则修改之后才检索、标注、加入；blind2 至 blind5 的成绩记录后转为 dev，"
        "blind7（29 篇完整讲话全文）记录成绩后也转为 dev。",
    ]
    repository = [
        "",
        "## 取自公开代码库的讲稿（可在新机器上重建）",
        "",
        "出处一栏写明代码库、文件路径、提交号和提取方式。每篇的 NAME.gold.yaml 进入 git：其中只有出处、",
        "讲稿文字的 SHA-256 和标题、各级要点在讲稿中的字符区间，不含讲稿文字。重建：",
        "",
        "1. 取回出处一栏中的代码库（每个代码库一个裸仓库，放在 DIR/OWNER+NAME/repo）；",
        f"2. 运行 `python bench/corpus_build.py thaw {folder.parent.name}/{folder.name} --mirror-root DIR`，"
        "它按提取方式重新取出 NAME.txt，核对 SHA-256，并写回 NAME.outline.yaml；",
        f"3. 标注改动后运行 `python bench/corpus_build.py freeze {folder.parent.name}/{folder.name}`，提交更新的 NAME.gold.yaml。",
        "",
        *_TABLE_HEAD,
    ]
    repository_rows, other = [], []
    for path, doc in sorted(docs.items()):
        title = doc.get("title") or "（无标题）"
        row = f"| {path.stem} | {doc.get('batch', 'dev')} | {doc.get('occasion', '')} | {title} | {describe_source(doc.get('source'))} |"
        rebuildable = isinstance(doc.get("source"), dict) and "repo" in doc["source"]
        (repository_rows if rebuildable else other).append(row)
    if repository_rows:
        lines += [*repository, *repository_rows]
    if other:
        lines += ["", "## 本机现有的其他讲稿", "", *_TABLE_HEAD, *other]
    if lost:
        lines += [
            "",
            "## 本机已不再有的讲稿（网页开头摘录等，无法重建）",
            "",
            "以下各篇的讲稿和手工提纲已随旧机器丢失。网页开头摘录（项目检索工具存档的网页文本）不能按出处原样重建；",
            "种子讲话稿（seed-*）的文字仍在 tests/data/seeds 中，但提纲须重新标注。这些行留在清单中，以便核对以往记录的成绩。",
            "",
            *_TABLE_HEAD,
            *(lost[name] for name in sorted(lost)),
        ]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


@functools.cache
def _profiles() -> dict[str, TemplateProfile]:
    """The templates' profiles mine chooses among (rendered once)."""
    return library_profiles(spec_path=ROOT / "mined.yaml")


def mined_outline(read: ReadResult) -> Outline:
    """What `jianggao mine` builds its spec from: the outline read, or for a template whose points are unnumbered
    lead paragraphs, the speech read again for them (``outline_for``, under the template mine chooses)."""
    profiles = _profiles()
    return outline_for(read, profiles[choose_template(read.outline, profiles)[0]])


def spec_levels(read: ReadResult) -> dict[int, list[str]]:
    """The headings of the spec `jianggao mine` writes, per level: its points, their items, the items' items. A list
    said inside a paragraph (一是…；二是…。) that mine keeps in the paragraph's text, so that a rebuilt speech does not
    split it, is no item there: this is what a writer finds in the YAML, below the outline read."""
    levels: dict[int, list[str]] = defaultdict(list)

    def walk(entries: list[object], level: int) -> None:
        for entry in entries:
            if not isinstance(entry, dict):
                continue  # (a plain paragraph among the items: no heading)
            if entry.get("heading"):
                levels[level].append(str(entry["heading"]))
                walk(entry.get("items", []), level + 1)
            else:  # (an unheaded item holding a second list of the same parent: its items are the parent's too)
                walk(entry.get("items", []), level)

    walk(mine_speech(read, spec_path=ROOT / "mined.yaml").data.get("points", []), 1)
    return levels


BOOTSTRAP_ROUNDS = 2000


def f1_of(rows: list[tuple[int, int, int]]) -> float:
    hits, predicted, gold = (sum(r[k] for r in rows) for k in range(3))
    return 2 * hits / (predicted + gold) if predicted + gold else 1.0


def bootstrap_f1(rows: list[tuple[int, int, int]], seed: int = 0) -> tuple[float, float]:
    """A 95% interval for a batch's F1 by resampling its speeches: how far the figure could move on
    another batch of the same kind and size (30 speeches with a heading or two each move it a lot)."""
    if not rows:
        return 1.0, 1.0
    rng = random.Random(seed)
    values = sorted(f1_of(rng.choices(rows, k=len(rows))) for _ in range(BOOTSTRAP_ROUNDS))
    return values[int(0.025 * BOOTSTRAP_ROUNDS)], values[int(0.975 * BOOTSTRAP_ROUNDS) - 1]


def print_table(caption: str, table: dict[int, list[int]]) -> None:
    print(f"\n{caption}")
    print(f"{'层级':<6}{'精确率':>8}{'召回率':>8}{'F1':>8}   命中/预测/标注")
    for level in sorted(table):
        hits, pred, gold = table[level]
        if not gold and not pred:
            continue
        p = hits / pred if pred else 1.0
        r = hits / gold if gold else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"L{level:<5}{p:>8.3f}{r:>8.3f}{f1:>8.3f}   {hits}/{pred}/{gold}")


# Kinds of occasion, from the free words of each outline's occasion field, tried in this order (a 技术大会 talk is a tech
# talk even when it was said at a 会议; a 政府工作报告 is a report before it is a meeting's)
OCCASION_KINDS = (
    ("技术大会与论坛演讲", re.compile(r"技术|大会演讲|[Mm]eetup|沙龙|峰会|发布会|开发者|论坛|[Kk]eynote|分享")),
    ("政府工作报告", re.compile(r"政府工作报告|人民代表大会|政府")),
    ("党政会议讲话", re.compile(r"党|会议|座谈|部署|动员|讲话|工作会|全会|代表大会|干部")),
    ("学校场合", re.compile(r"毕业|开学|学校|大学|典礼|校|学生|教师")),
    ("企业讲话", re.compile(r"年会|企业|公司|员工|华为|年度演讲|内部")),
)


def occasion_kind(occasion: str) -> str:
    """The kind of occasion an outline's ``occasion`` words name (其他 when none fits)."""
    return next((kind for kind, words in OCCASION_KINDS if words.search(occasion or "")), "其他")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[ROOT / "corpus" / "mine"], metavar="folder")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and false heading (dev only)")
    parser.add_argument("--show-blind", action="store_true", help="also show blind speeches file by file")
    parser.add_argument("--write-sources", action="store_true", help="rewrite FOLDER/SOURCES.md from the outlines")
    args = parser.parse_args()
    if args.write_sources and len(args.folders) != 1:
        print("错误：--write-sources 一次只能重写一个目录的 SOURCES.md，请只给一个目录", file=sys.stderr)
        return 1

    files = sorted(p for folder in args.folders for p in folder.glob("*.txt") if p.with_suffix(".outline.yaml").exists())
    if not files:
        print(
            f"{'、'.join(str(f) for f in args.folders)} 中没有 NAME.txt + NAME.outline.yaml：评测语料不在 git 中，"
            "请按 corpus/mine/SOURCES.md 取回代码库后运行 bench/corpus_build.py thaw 重建",
            file=sys.stderr,
        )
        return 1
    try:
        docs = {path: load_yaml_file(path.with_suffix(".outline.yaml")).data for path in files}
    except JianggaoError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    if args.write_sources:
        print(f"已写入 {write_sources(args.folders[0], docs)}")

    tables: dict[str, dict[int, list[int]]] = {b: defaultdict(lambda: [0, 0, 0]) for b in BATCHES}  # hits, predicted, gold
    spec_tables: dict[str, dict[int, list[int]]] = {b: defaultdict(lambda: [0, 0, 0]) for b in BATCHES}  # the spec's
    titles = {b: [0, 0] for b in BATCHES}
    failed = Counter()  # speeches whose top level is entirely wrong (gold has points, none found right)
    kinds: dict[str, dict[int, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))  # by occasion_kind
    kind_failed: Counter[str] = Counter()
    # Top-level hits when only where a heading starts counts (the prefix rule of the lower levels): tells
    # a wrong structure from a right one whose heading text ends in the wrong place.
    starts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    speeches: dict[str, list[tuple[int, int, int]]] = defaultdict(list)  # L1 hits, predicted, gold per speech
    seconds: dict[str, list[tuple[int, int, int]]] = defaultdict(list)  # the same at L2
    print(f"{'文件':<34}" + "".join(f"  L{n} 命中/预测/标注" for n in (1, 2, 3)) + "  标题")
    for path in files:
        gold_doc = docs[path]
        batch = gold_doc.get("batch", "dev")
        show = batch == "dev" or args.show_blind
        gold_levels = {int(k): v or [] for k, v in (gold_doc.get("levels") or {}).items()}
        kind = occasion_kind(str(gold_doc.get("occasion", "")))
        read = read_speech(path)
        outline = mined_outline(read)
        in_spec = spec_levels(read)
        predicted: dict[int, list[str]] = defaultdict(list)
        for node in outline.nodes():
            predicted[node.depth].append(node.heading)
        row = f"{path.stem:<34}"
        details = []  # printed under the speech's row
        for level in (1, 2, 3):
            gold = gold_levels.get(level, [])
            hits, wrong, missed = score(predicted.get(level, []), gold, level)
            t = tables[batch][level]
            t[0] += hits
            t[1] += len(predicted.get(level, []))
            t[2] += len(gold)
            st = spec_tables[batch][level]
            st[0] += score(in_spec.get(level, []), gold, level)[0]
            st[1] += len(in_spec.get(level, []))
            st[2] += len(gold)
            k = kinds[kind][level]
            k[0], k[1], k[2] = k[0] + hits, k[1] + len(predicted.get(level, [])), k[2] + len(gold)
            if level == 2:
                seconds[batch].append((hits, len(predicted.get(level, [])), len(gold)))
            if level == 1:
                speeches[batch].append((hits, len(predicted.get(level, [])), len(gold)))
                lenient = starts[batch]
                lenient[0] += score(predicted.get(level, []), gold, 2)[0]
                lenient[1] += len(predicted.get(level, []))
                lenient[2] += len(gold)
            if level == 1 and gold and not hits:
                failed[batch] += 1
                kind_failed[kind] += 1
            row += f"  {hits:>4}/{len(predicted.get(level, [])):>3}/{len(gold):>3}     "
            if args.verbose and show:
                details += [f"    L{level} 多出：{w}" for w in wrong]
                details += [f"    L{level} 漏掉：{m}" for m in missed]
        title_ok = ""
        if gold_doc.get("title"):
            titles[batch][1] += 1
            # （无标题）: the annotator found no title line (ANNOTATION.md), and reading none is right
            gold_title = "" if gold_doc["title"].strip() in NO_TITLE else gold_doc["title"]
            ok = title_right(outline.title, outline.subtitle, gold_title)
            titles[batch][0] += ok
            title_ok = "✓" if ok else f"✗（读出：{outline.title or '无'}）"
        if show:
            print(row + title_ok)
            for line in details:
                print(line)
    names = {
        "dev": "开发集（dev：可据以修改规则）",
        "blind": "盲测集（blind：与开发集同时标注，从不据此修改规则）",
        "blind2": "第二批盲测集（blind2：规则修改之后才检索、标注）",
        "blind3": "第三批盲测集（blind3：在 810d6be 加入；此后的规则修改没有看过它的输出）",
        "blind4": "第四批盲测集（blind4：在 ef95514 之后才检索、标注）",
        "blind5": "第五批盲测集（blind5：在 9b581ef 之后才检索、标注）",
        "blind6": "第六批盲测集（blind6：在最后一次规则修改 826a4c5 之后才检索、标注）",
        "blind7": "第七批盲测集（blind7：完整讲话全文，自公开代码库检索，在 4beface 之后标注；成绩记录后转为 dev）",
        "blind8": "第八批盲测集（blind8：完整讲话全文，在本次阅读规则修改之前检索、标注）",
        "blind9": "第九批盲测集（blind9：县市区乡政府与党委会议讲话的网页开头摘录，在本次阅读规则修改之前检索、标注）",
        "blind10": "第十批盲测集（blind10：县市区乡镇政府与党委会议讲话的网页开头摘录，在 blind8、blind9 计分之后检索、标注）",
        "blind11": "第十一批盲测集（blind11：县市区乡镇政府与党委会议讲话的网页开头摘录，在 blind10 计分之后检索、标注）",
        "blind12": "第十二批盲测集（blind12：43 篇完整讲话全文，取自 12 个公开代码库，在 blind11 计分之后检索、标注）",
        "blind13": "第十三批盲测集（blind13：24 篇完整讲话全文，取自 6 个公开代码库，在 blind12 计分之后检索、标注；四次计分后于 stop 11 转为研究用）",
        "blind14": "第十四批盲测集（blind14：22 篇完整讲话全文，取自 2 个公开代码库，在 blind13 之后检索、标注；stop 11 计分后于 stop 12 转为研究用）",
        "blind15": "第十五批盲测集（blind15：30 篇县市区乡镇会议讲话的网页开头摘录，在 blind14 之后检索、标注；两次计分后于 96bcf3b 转为研究用）",
        "blind16": "第十六批盲测集（blind16：30 篇县市区乡镇会议讲话的网页开头摘录，在 blind15 转为研究用之后检索、标注；两次计分后于 3271ae1 转为研究用）",
        "blind17": "第十七批盲测集（blind17：30 篇县市区乡镇会议讲话的网页开头摘录，在 blind16 转为研究用之后检索、标注；两次计分后于 stop 11 转为研究用）",
        "blind18": "第十八批盲测集（blind18：30 篇县市区乡镇会议讲话的网页开头摘录，在 blind17 转为研究用之后检索、标注；stop 11 计分后于 stop 12 转为研究用）",
        "blind19": "第十九批盲测集（blind19：拟收集完整讲话全文；stop 12 在可取回的公开代码库中没有找到符合条件的讲稿，本批为空，检索经过见 corpus/blind19/SOURCES.md）",
        "blind20": "第二十批盲测集（blind20：30 篇县市区乡镇会议讲话的网页开头摘录，在 stop 12 开始时检索、标注；计分一次后于 stop 12 转为研究用）",
        "blind21": "第二十一批盲测集（blind21：30 篇县市区乡镇会议讲话的网页开头摘录，在 blind20 转为研究用时检索、标注；两次计分后于 stop 12 转为研究用）",
        "blind22": "第二十二批盲测集（blind22：县市区乡镇会议讲话的网页开头摘录，在 blind21 转为研究用时检索、标注，从未研究）",
        "blind23": "第二十三批盲测集（blind23：26 篇完整讲话全文，取自 7 个公开代码库，多种场合，在 stop 13 开始时检索、标注；计分一次后转为研究用）",
        "blind24": "第二十四批盲测集（blind24：多种场合讲话的网页开头摘录，在 stop 13 开始时检索、标注，从未研究）",
        "blind25": "第二十五批盲测集（blind25：25 篇完整讲话全文，取自 9 个公开代码库，多种场合，在 blind23 转为研究用时检索、标注；两次计分后转为研究用）",
        "blind26": "第二十六批盲测集（blind26：22 篇完整讲话全文，取自 7 个公开代码库，多种场合，在 blind25 转为研究用时检索、标注；计分、双人标注后转为研究用）",
        "blind27": "第二十七批盲测集（blind27：21 篇完整讲话全文，取自 7 个公开代码库，多种场合，在 blind26 转为研究用时检索、标注；两次计分后于 stop 14 转为研究用）",
        "blind28": "第二十八批盲测集（blind28：24 篇完整讲话全文，取自 6 个公开代码库，多种场合，在 blind27 转为研究用时检索、标注；计分一次后于 stop 14 转为研究用）",
        "blind29": "第二十九批盲测集（blind29：22 篇完整讲话全文，取自 7 个公开代码库，多种场合，在 blind28 转为研究用时检索、标注；两次计分、双人标注后于 stop 15 转为研究用）",
        "blind30": "第三十批盲测集（blind30：21 篇完整讲话全文，取自 6 个公开代码库，多种场合，在 blind29 转为研究用时检索、标注；两次计分、双人标注后于 stop 15 转为研究用）",
        "blind31": "第三十一批盲测集（blind31：24 篇完整讲话全文，取自 6 个公开代码库，多种场合，在 blind30 转为研究用时检索、标注；两次计分、双人标注后于 stop 15 转为研究用）",
        "blind32": "第三十二批盲测集（blind32：18 篇完整讲话全文，取自 5 个公开代码库，多种场合，在 blind31 转为研究用时检索、标注；两次计分、双人标注后于 stop 15 转为研究用）",
        "blind33": "第三十三批盲测集（blind33：16 篇完整讲话全文，取自 5 个公开代码库，多种场合，在 blind32 转为研究用时检索、标注；stop 15 两次计分、双人标注，stop 16 开始时标注说明被读过，不再算作未见）",
        "blind34": "第三十四批盲测集（blind34：完整讲话全文，取自公开代码库，企业场合，stop 16 检索、标注，从未研究）",
        "blind35": "第三十五批盲测集（blind35：7 篇完整讲话全文，取自 3 个公开代码库，企业技术讲话、大学座谈会等，stop 16 检索、标注；计分一次后于 stop 16 转为研究用）",
        "blind36": "第三十六批盲测集（blind36：完整讲话全文，取自 9 个从未用过的公开代码库，学校、学术、技术、汇报等场合，stop 16 检索、标注，从未研究）",
        "blind37": "第三十七批盲测集（blind37：14 篇完整讲话全文，取自 2 个用过的公开代码库，政府工作报告、党代会报告、国际会议讲话，stop 17 检索、标注，从未研究）",
        "blind38": "第三十八批盲测集（blind38：14 篇完整讲话全文，取自 3 个用过的公开代码库，企业负责人内部讲话、座谈会、技术大会主旨演讲，stop 17 检索、标注；计分一次后于 stop 17 转为研究用）",
        "blind39": "第三十九批盲测集（blind39：12 篇完整讲话全文，取自 1 个用过的公开代码库，企业负责人内部讲话，stop 17 检索、标注；计分一次后于 stop 17 转为研究用）",
        "blind40": "第四十批盲测集（blind40：11 篇完整讲话全文，取自 1 个用过的公开代码库，企业负责人内部讲话、座谈会，stop 17 检索、标注，从未研究）",
        "blind42": "第四十二批盲测集（blind42：18 篇完整讲演全文，取自 3 个没用过的公开代码库，鲁迅、徐志摩的学校和社团讲演 16 篇、大学毕业典礼致辞、书展讲座，stop 18 检索、标注；计分一次、双人标注后于 stop 18 转为研究用）",
        "blind43": "第四十三批盲测集（blind43：11 篇完整讲话全文，取自 5 个公开代码库（1 个没用过），表彰大会、毕业典礼、纪念会、婚礼致辞、代表大会开幕词、成立大会演说、中央全会结论讲话，stop 19 检索、标注；计分一次、双人标注后于 stop 19 转为研究用）",
        "blind44": "第四十四批盲测集（blind44：15 篇完整讲话全文，取自 8 个公开代码库（5 个没用过），技术大会和开源社区的主题演讲、直播课、企业内部讲话、学生讲演、年会发言等，stop 19 检索、标注，从未研究）",
        "blind45": "第四十五批盲测集（blind45：7 篇完整讲话全文，取自 3 个用过的公开代码库，政府工作报告、博览会和峰会开幕式讲话、纪念会讲话，stop 22 检索、标注，从未研究）",
        "blind46": "第四十六批盲测集（blind46：12 篇完整讲话全文，取自 8 个用过的公开代码库，校庆演讲、新年致辞、教师节表彰会发言、讲坛报告、技术大会演讲、企业座谈会和表彰会讲话等，stop 22 检索、标注；计分一次（一级 0.805）、双人标注（一致程度 0.873）后于 stop 22 转为研究用）",
        "blind47": "第四十七批盲测集（blind47：10 篇完整讲话全文，取自 6 个用过的公开代码库，企业负责人内部讲话 9 篇（工作会、汇报会、座谈会、培训班、动员大会、报告会）、政府工作报告 1 篇，stop 44 检索、标注，从未研究）",
        "blind48": "第四十八批盲测集（blind48：10 篇完整讲话全文，取自 6 个用过的公开代码库，政府工作报告 3 篇、纪念座谈会讲话、大学毕业典礼致辞、企业内部讲话 2 篇、行业论坛演讲、技术大会分享 2 篇，stop 44 检索、标注，从未研究）",
        "blind49": "第四十九批盲测集（blind49：10 篇完整讲话全文，取自 7 个用过的公开代码库，政府工作报告 3 篇、国际峰会讲话、新年贺词转载、大学毕业典礼演讲、企业内部座谈讲话 2 篇、技术大会分享 2 篇，stop 45 检索、标注）",
        "blind50": "第五十批盲测集（blind50：10 篇完整讲话全文，取自 7 个公开代码库（1 个新库），党的一大地方组织报告 2 篇、全国人大计划报告、国家主席会见讲话 2 篇、大学毕业典礼演讲译文、企业座谈和汇报会讲话 2 篇、技术大会分享 2 篇，stop 45 检索、标注，从未研究）",
        "blind51": "第五十一批盲测集（blind51：10 篇完整讲话全文，取自 6 个用过的公开代码库，中学校长的评估汇报和新年献词、政府工作报告 2 篇、国家主席峰会和对话会讲话 2 篇、企业汇报会和签约仪式讲话 2 篇、技术分享 2 篇，stop 46 检索、标注，从未研究）",
        "blind52": "第五十二批盲测集（blind52：11 篇完整讲话全文，取自 8 个用过的公开代码库，政府工作报告 2 篇、国家主席峰会讲话 2 篇、中学校长新年献词 2 篇、大学毕业典礼演讲译文、企业内部讲话 2 篇、技术大会分享和行业峰会演讲各 1 篇，stop 46 检索、标注，从未研究）",
        "blind53": "第五十三批盲测集（blind53：16 篇完整讲话全文，取自 9 个用过的公开代码库，技术大会和一席讲座实录 9 篇、企业内部讲话 4 篇、干部学习会报告、展会开幕致辞、文学奖受奖演说译文，stop 55 由三位收集者检索、标注；计分一次后于 stop 55 转为研究用；原有的第 17 篇与没见过的一批重复，已删去）",
        "blind54": "第五十四批盲测集（blind54：12 篇完整讲话全文，取自用过的公开代码库，政府工作报告 3 篇、毛泽东的干部会议和中央全会报告 2 篇、国家主席峰会讲话、华为企业讲话 3 篇、家长学校讲座实录、技术分享和技术大会演讲实录 2 篇，stop 58 由两位收集者检索、标注；计分一次）",
        "blind55": "第五十五批盲测集（blind55：5 篇完整讲话全文，取自一个新用的公开代码库（科技媒体文章存档）：人工智能大会主旨演讲和致辞 3 篇、创业公司创始人演讲实录、云计算企业峰会演讲，stop 59 由两位收集者检索（一位未找到可用讲稿）、标注；计分一次）",
        "blind56": "第五十六批盲测集（blind56：1 篇技术沙龙演讲整理稿，取自一个新用的公开代码库（开源项目网站的博客），stop 59 由一位收集者检索、标注；计分一次）",
        "blind57": "第五十七批盲测集（blind57：9 篇技术、安全会议和创新大会的演讲实录或整理稿（其中一篇是译文），取自 blind55 用过的科技媒体存档库中未用过的页面，stop 60 由三位收集者检索、标注；计分一次）",
        "blind58": "第五十八批盲测集（blind58：6 篇创新大会演讲和技术沙龙分享，取自 blind55、blind57 用过的科技媒体存档库中未用过的页面，stop 60 由一位收集者检索、标注（另一位在别的来源一无所获）；计分一次）",
        "blind59": "第五十九批盲测集（blind59：1 篇创新大会演讲整理稿，取自同一个科技媒体存档库，stop 60 由两位收集者检索、标注，另一位在该库其余账号中一无所获；计分一次）",
        "blind60": "第六十批盲测集（blind60：6 篇服务网格技术沙龙演讲整理稿，取自一个技术社区网站库，1 篇高职院校新年致辞，取自一个学校网站库；stop 61 由两位收集者检索、标注；计分一次）",
        "blind61": "第六十一批盲测集（blind61：12 篇技术大会、技术沙龙演讲整理稿，取自三个开源社区网站库和一个大数据演讲整理合集库；stop 61 由两位收集者检索、标注；计分一次）",
        "blind62": "第六十二批盲测集（blind62：2 篇技术大会、技术沙龙演讲整理稿，1 篇商业年度演讲全文，取自一个个人博客库、一个大数据演讲整理合集库和一个公众号文章备份库；stop 61 由两位收集者检索、标注；计分一次）",
        "blind63": "第六十三批盲测集（blind63：1 篇商业论坛演讲的公众号整理稿，取自 blind62 用过的公众号文章备份库；stop 61 由两位收集者检索、标注，另一位在其他公众号备份库中一无所获；计分一次）",
        "blind64": "第六十四批盲测集（blind64：3 篇国务院政府工作报告（1992–1994），取自用过的维基文库政府工作报告库中未用过的记录；stop 63 由一位收集者检索、标注）",
        "blind65": "第六十五批盲测集（blind65：3 篇国务院政府工作报告（1983、1986、1987），取自同一库中未用过的记录；stop 63 由另一位收集者检索、标注）",
        "blind66": "第六十六批盲测集（blind66：3 篇国务院政府工作报告（1982、1984、1988），取自同一库中未用过的记录；stop 63 在 blind64、blind65 转为研究用之后由一位收集者检索、标注）",
        "blind67": "第六十七批盲测集（blind67：3 篇国务院政府工作报告（1978、1979、1981），取自同一库中未用过的记录；stop 63 在 blind64、blind65 转为研究用之后由另一位收集者检索、标注）",
        "blind68": "第六十八批盲测集（blind68：3 篇国务院政府工作报告（1956、1958、1964 摘要），取自同一库中未用过的记录；stop 63 在本站各条规则改完之后由一位收集者检索、标注）",
        "blind69": "第六十九批盲测集（blind69：3 篇国务院政府工作报告（1954、1957、1959），取自同一库中未用过的记录；stop 63 在本站各条规则改完之后由另一位收集者检索、标注）",
        "blind70": "第七十批盲测集（blind70：4 篇国家主席在亚太经合组织工商领导人峰会上的书面演讲（2022–2025），取自用过的讲话库中未用过的记录；stop 64 由一位收集者检索、标注；计分一次）",
        "blind71": "第七十一批盲测集（blind71：5 篇国家主席的领导人对话会、特别视频峰会、领导人非正式会议讲话和共见记者讲话，取自同一库中未用过的记录；stop 64 由另一位收集者检索、标注；计分一次）",
        "blind72": "第七十二批盲测集（blind72：7 篇国家主席的新年贺词、缔约方大会开幕式致辞、欢迎宴会祝酒辞和抵达机场书面讲话，取自同一库中未用过的记录，多数没有提纲；stop 64 由第三位收集者检索、标注；计分一次）",
        "blind74": "第七十四批盲测集（blind74：2 篇中学讲话，校友在新高一衔接教育上的发言和教师在集会上的演讲，取自用过的学校网站库中未用过的页面；stop 68 由一位收集者检索、标注，留作测试，只计分一次）",
        "blind75": "第七十五批盲测集（blind75：5 篇企业讲话，企业负责人的新年献词 3 篇、内部会议讲话 2 篇，取自 4 个用过的公开代码库中未用过的文件；stop 68 由一位收集者检索、标注，留作测试，只计分一次）",
        "blind76": "第七十六批盲测集（blind76：拟收集省以下党政机关负责人的会议讲话；stop 68 在可取回的公开代码库中没有找到符合条件的讲稿，本批为空，检索经过见 corpus/blind76/SOURCES.md）",
    }
    counts = Counter(docs[p].get("batch", "dev") for p in files)
    for batch in BATCHES:
        if counts[batch]:
            print_table(f"{names[batch]}，{counts[batch]} 篇", tables[batch])
            print_table("  同一批，按 mine 写进说明书的要点和分论点计（段落里说的“一是……；二是……”留在段落文字里，不算分论点）", spec_tables[batch])
            print(f"一级要点全错的讲稿 {failed[batch]} 篇；标题正确 {titles[batch][0]}/{titles[batch][1]}")
            print(f"一级要点只看起首（小标题止点不计，同二级的前缀规则）：F1 {f1_of([tuple(starts[batch])]):.3f}")
            low, high = bootstrap_f1(speeches[batch])
            print(f"一级要点 F1 的 95% 区间（按讲稿重抽样 {BOOTSTRAP_ROUNDS} 次）：{low:.3f}–{high:.3f}")
    if sum(counts[b] > 0 for b in BLIND) > 1:
        both: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
        both_spec: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
        for batch in BLIND:
            for level, row in tables[batch].items():
                both[level] = [a + b for a, b in zip(both[level], row, strict=True)]
            for level, row in spec_tables[batch].items():
                both_spec[level] = [a + b for a, b in zip(both_spec[level], row, strict=True)]
        print_table(f"各批盲测合计，{sum(counts[b] for b in BLIND)} 篇", both)
        print_table("  同上，按 mine 写进说明书的要点和分论点计", both_spec)
        print(f"一级要点全错的讲稿 {sum(failed[b] for b in BLIND)} 篇")
        for name, rows in (("一级", speeches), ("二级", seconds)):
            low, high = bootstrap_f1([row for b in BLIND for row in rows[b]])
            print(f"{name}要点 F1 的 95% 区间（各批合在一起按讲稿重抽样 {BOOTSTRAP_ROUNDS} 次）：{low:.3f}–{high:.3f}")
    if len(args.folders) > 1:
        kind_counts = Counter(occasion_kind(str(docs[p].get("occasion", ""))) for p in files)
        print("\n按场合类别（由各篇标注的 occasion 归类，只打合计）：")
        for kind, n in kind_counts.most_common():
            print_table(f"{kind}，{n} 篇", kinds[kind])
            print(f"一级要点全错的讲稿 {kind_failed[kind]} 篇")
    occasions = Counter(docs[p].get("occasion", "未注明") for p in files)
    print("\n按场合：" + "，".join(f"{k} {v}" for k, v in occasions.most_common()))
    print(f"共 {len(files)} 篇（" + "，".join(f"{b} {counts[b]}" for b in BATCHES) + "）")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
