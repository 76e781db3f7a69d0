"""Heading accuracy of mine's outline parser against hand-made gold outlines.

Not a test: it prints figures. The corpus (default corpus/mine/, git-ignored:
real speeches written by others never go into git; corpus/mine/SOURCES.md,
committed, says where each one was published and how to get it again) holds
``NAME.txt`` speeches with a ``NAME.outline.yaml`` beside each: its headings
per level, written by a person reading the speech before mine was run on it,
plus ``batch`` (dev or blind; blind2 … blind7 for later blind batches) and ``occasion``. Each speech is read as
``jianggao mine`` reads it and its headings compared level by level:

    python bench/eval_mine.py [FOLDER] [-v] [--show-blind] [--write-sources]

dev speeches are the ones rules may be tuned on; blind speeches (found and
outlined with the dev ones, before the rules were changed) and blind2 speeches
blind3 … blind7 speeches (later batches, found and outlined after rule
changes; blind7 holds complete speeches taken from public code repositories)
are only scored in
aggregate (no per-file rows, no listing of misses) unless ``--show-blind`` is
given, so that nobody tunes the rules on them by accident.

A predicted heading matches a gold one when they are equal after normalising
punctuation width and spacing and dropping a final 。，：; below the top level
a run-in lead also matches when one is a prefix of the other (at least four
characters): where a long lead sentence ends is a matter of taste.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from jianggao.reader.mine import normalise  # noqa: E402
from jianggao.reader.speech_file import read_speech  # noqa: E402
from jianggao.spec.yaml_source import load_yaml_file  # noqa: E402

_ENDINGS = "。，：；！？"
BATCHES = ("dev", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7")
BLIND = BATCHES[1:]


def clean(text: str) -> str:
    return normalise(text).rstrip(_ENDINGS)


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


def write_sources(folder: Path, docs: dict[Path, dict]) -> Path:
    """corpus/mine/SOURCES.md: the manifest that goes into git in place of the texts."""
    lines = [
        "# 提取要点评测语料清单（corpus/mine/）",
        "",
        "本目录中的讲话稿是他人公开发表的文字，不进入 git；这里只记录每篇的标题、出处和重新获取的方法。",
        "每篇是出处网页的开头摘录（项目检索工具存档的网页文本），保存为 NAME.txt，手工标注的提纲为",
        "NAME.outline.yaml（先标注，后运行 mine）。重新获取：打开出处网址，或按标题在网上检索，",
        "复制网页开头至摘录结束处的正文，保存为 UTF-8 文本。种子讲话稿（seed-*）即 tests/data/seeds 中的文件。",
        "",
        "batch：dev = 可据以修改规则；blind = 盲测，只看汇总数字，从不据此修改规则；"
        "blind2…blind6 = 后来几批盲测，规则修改之后才检索、标注、加入；blind2 至 blind5 的成绩记录后转为 dev。",
        "blind7 = 第七批盲测：完整讲话全文（不是网页开头摘录），取自公开代码库中的网站镜像、讲话合集和网页数据；",
        "出处一栏写明代码库、文件路径和提交号。重新获取：取该提交中的文件；HTML 页面取可见文字（绍兴一中网站镜像取打印区），",
        "Markdown 文件原样保存。",
        "",
        "| 文件 | 批次 | 场合 | 标题 | 出处 |",
        "| --- | --- | --- | --- | --- |",
    ]
    for path, doc in sorted(docs.items()):
        title = doc.get("title") or "（无标题）"
        lines.append(f"| {path.stem} | {doc.get('batch', 'dev')} | {doc.get('occasion', '')} | {title} | {doc.get('source', '')} |")
    target = folder / "SOURCES.md"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "corpus" / "mine")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and false heading (dev only)")
    parser.add_argument("--show-blind", action="store_true", help="also show blind speeches file by file")
    parser.add_argument("--write-sources", action="store_true", help="rewrite FOLDER/SOURCES.md from the outlines")
    args = parser.parse_args()

    files = sorted(p for p in args.folder.glob("*.txt") if p.with_suffix(".outline.yaml").exists())
    if not files:
        print(f"{args.folder} 中没有 NAME.txt + NAME.outline.yaml（评测语料不在 git 中，见 corpus/mine/SOURCES.md）", file=sys.stderr)
        return 1
    docs = {path: load_yaml_file(path.with_suffix(".outline.yaml")).data for path in files}
    if args.write_sources:
        print(f"已写入 {write_sources(args.folder, docs)}")

    tables: dict[str, dict[int, list[int]]] = {b: defaultdict(lambda: [0, 0, 0]) for b in BATCHES}  # hits, predicted, gold
    titles = {b: [0, 0] for b in BATCHES}
    failed = Counter()  # speeches whose top level is entirely wrong (gold has points, none found right)
    print(f"{'文件':<34}" + "".join(f"  L{n} 命中/预测/标注" for n in (1, 2, 3)) + "  标题")
    for path in files:
        gold_doc = docs[path]
        batch = gold_doc.get("batch", "dev")
        show = batch == "dev" or args.show_blind
        gold_levels = {int(k): v or [] for k, v in (gold_doc.get("levels") or {}).items()}
        outline = read_speech(path).outline
        predicted: dict[int, list[str]] = defaultdict(list)
        for node in outline.nodes():
            predicted[node.depth].append(node.heading)
        row = f"{path.stem:<34}"
        for level in (1, 2, 3):
            gold = gold_levels.get(level, [])
            hits, wrong, missed = score(predicted.get(level, []), gold, level)
            t = tables[batch][level]
            t[0] += hits
            t[1] += len(predicted.get(level, []))
            t[2] += len(gold)
            if level == 1 and gold and not hits:
                failed[batch] += 1
            row += f"  {hits:>4}/{len(predicted.get(level, [])):>3}/{len(gold):>3}     "
            if args.verbose and show:
                for w in wrong:
                    print(f"    L{level} 多出：{w}")
                for m in missed:
                    print(f"    L{level} 漏掉：{m}")
        title_ok = ""
        if gold_doc.get("title"):
            titles[batch][1] += 1
            ok = clean(outline.title) == clean(gold_doc["title"])
            titles[batch][0] += ok
            title_ok = "✓" if ok else f"✗（读出：{outline.title or '无'}）"
        if show:
            print(row + title_ok)
    names = {
        "dev": "开发集（dev：可据以修改规则）",
        "blind": "盲测集（blind：与开发集同时标注，从不据此修改规则）",
        "blind2": "第二批盲测集（blind2：规则修改之后才检索、标注）",
        "blind3": "第三批盲测集（blind3：在 810d6be 加入；此后的规则修改没有看过它的输出）",
        "blind4": "第四批盲测集（blind4：在 ef95514 之后才检索、标注）",
        "blind5": "第五批盲测集（blind5：在 9b581ef 之后才检索、标注）",
        "blind6": "第六批盲测集（blind6：在最后一次规则修改 826a4c5 之后才检索、标注）",
        "blind7": "第七批盲测集（blind7：完整讲话全文，自公开代码库检索，在 4beface 之后标注；从不据此修改规则）",
    }
    counts = Counter(docs[p].get("batch", "dev") for p in files)
    for batch in BATCHES:
        if counts[batch]:
            print_table(f"{names[batch]}，{counts[batch]} 篇", tables[batch])
            print(f"一级要点全错的讲稿 {failed[batch]} 篇；标题正确 {titles[batch][0]}/{titles[batch][1]}")
    if sum(counts[b] > 0 for b in BLIND) > 1:
        both: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
        for batch in BLIND:
            for level, row in tables[batch].items():
                both[level] = [a + b for a, b in zip(both[level], row, strict=True)]
        print_table(f"各批盲测合计，{sum(counts[b] for b in BLIND)} 篇", both)
        print(f"一级要点全错的讲稿 {sum(failed[b] for b in BLIND)} 篇")
    occasions = Counter(docs[p].get("occasion", "未注明") for p in files)
    print("\n按场合：" + "，".join(f"{k} {v}" for k, v in occasions.most_common()))
    print(f"共 {len(files)} 篇（" + "，".join(f"{b} {counts[b]}" for b in BATCHES) + "）")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
