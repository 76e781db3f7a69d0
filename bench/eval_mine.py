"""Heading accuracy of mine's outline parser against hand-made gold outlines.

Not a test: it prints figures. For every ``NAME.txt`` in the folder (default
tests/data/gold) with a ``NAME.outline.yaml`` beside it (headings per level,
written by a person reading the speech), the speech is read as ``jianggao
mine`` reads it and its headings compared level by level:

    python bench/eval_mine.py [FOLDER] [-v]

Files named ``heldout-*`` were added after the parsing rules were written and
are also scored on their own: the rest of the set was used while writing them.
Files named ``heldout2-*`` are a second held-out batch, found and outlined by
hand after the next round of rule changes, before the parser was run on them.

A predicted heading matches a gold one when they are equal after normalising
punctuation width and spacing and dropping a final 。，：; below the top level
a run-in lead also matches when one is a prefix of the other (at least four
characters): where a long lead sentence ends is a matter of taste.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from jianggao.reader.mine import normalise  # noqa: E402
from jianggao.reader.speech_file import read_speech  # noqa: E402
from jianggao.spec.yaml_source import load_yaml_file  # noqa: E402

_ENDINGS = "。，：；！？"


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "tests" / "data" / "gold")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and false heading")
    args = parser.parse_args()

    totals: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])  # hits, predicted, gold
    heldout: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])  # files added after the rules were written
    heldout2: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])  # second batch, after the next rule changes
    dev: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])  # the files the rules were written against
    titles = [0, 0]
    files = sorted(p for p in args.folder.glob("*.txt") if p.with_suffix(".outline.yaml").exists())
    if not files:
        print(f"{args.folder} 中没有 NAME.txt + NAME.outline.yaml", file=sys.stderr)
        return 1
    print(f"{'文件':<30}" + "".join(f"  L{n} 命中/预测/标注" for n in (1, 2, 3)) + "  标题")
    for path in files:
        gold_doc = load_yaml_file(path.with_suffix(".outline.yaml")).data
        gold_levels = {int(k): v or [] for k, v in (gold_doc.get("levels") or {}).items()}
        outline = read_speech(path).outline
        predicted: dict[int, list[str]] = defaultdict(list)
        for node in outline.nodes():
            predicted[node.depth].append(node.heading)
        row = f"{path.stem:<30}"
        for level in (1, 2, 3):
            gold = gold_levels.get(level, [])
            hits, wrong, missed = score(predicted.get(level, []), gold, level)
            group = heldout if path.stem.startswith("heldout-") else heldout2 if path.stem.startswith("heldout2-") else dev
            for t in (totals[level], group[level]):
                t[0] += hits
                t[1] += len(predicted.get(level, []))
                t[2] += len(gold)
            row += f"  {hits:>4}/{len(predicted.get(level, [])):>3}/{len(gold):>3}     "
            if args.verbose:
                for w in wrong:
                    print(f"    L{level} 多出：{w}")
                for m in missed:
                    print(f"    L{level} 漏掉：{m}")
        title_ok = ""
        if gold_doc.get("title"):
            titles[1] += 1
            ok = clean(outline.title) == clean(gold_doc["title"])
            titles[0] += ok
            title_ok = "✓" if ok else f"✗（读出：{outline.title or '无'}）"
        print(row + title_ok)
    for caption, table in (
        ("全部文件", totals),
        ("其中写规则时参照的文件（seed-*、web-*）", dev),
        ("其中留作检验的文件（heldout-*，写好规则后才加入）", heldout),
        ("其中第二批留作检验的文件（heldout2-*，再次修改规则后才加入）", heldout2),
    ):
        if not table:
            continue
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
    print()
    if titles[1]:
        print(f"标题正确 {titles[0]}/{titles[1]}")
    print(f"共 {len(files)} 篇")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
