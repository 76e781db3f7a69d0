"""Agreement between two annotators' gold outlines of the same speeches.

Not a test: it prints figures. Two folders hold ``NAME.outline.yaml`` files written by different people
(corpus/ANNOTATION.md); for every NAME present in both, B's headings are scored against A's, level by
level, with exactly the matching and normalisation bench/eval_mine.py uses for mine's output (so the
figures bound what mine can reach against either annotator):

    python bench/annotation_agreement.py --a corpus/mine --b /elsewhere/second-annotator [-v]

A is the reference: precision is the share of B's headings that A also wrote, recall the share of A's
that B also wrote. A speech's top level "differs wholly" when either annotator gives top-level points and
none of them match (this includes one annotator writing ``levels: {}`` and the other not). ``-v`` lists,
speech by speech, the headings only one annotator wrote and differing titles.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_mine import clean, print_table, score  # noqa: E402

from jianggao.errors import JianggaoError  # noqa: E402
from jianggao.spec.yaml_source import load_yaml_file  # noqa: E402

LEVELS = (1, 2, 3)


def levels_of(doc: dict) -> dict[int, list[str]]:
    """Headings per level of one outline document (absent levels are empty)."""
    found = {int(k): [str(h) for h in (v or [])] for k, v in (doc.get("levels") or {}).items()}
    return {level: found.get(level, []) for level in LEVELS}


def outlines(folder: Path) -> dict[str, Path]:
    return {path.name.removesuffix(".outline.yaml"): path for path in folder.glob("*.outline.yaml")}


def compare(a_doc: dict, b_doc: dict) -> dict:
    """One speech: per level (hits, B only, A only), whether the top level differs wholly, and the titles."""
    a_levels, b_levels = levels_of(a_doc), levels_of(b_doc)
    per_level = {level: score(b_levels[level], a_levels[level], level) for level in LEVELS}
    top_hits = per_level[1][0]
    return {
        "levels": per_level,
        "counts": {level: (len(b_levels[level]), len(a_levels[level])) for level in LEVELS},
        "top_differs": bool(a_levels[1] or b_levels[1]) and top_hits == 0,
        "titles": (a_doc.get("title") or "", b_doc.get("title") or ""),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--a", type=Path, required=True, help="reference annotator's folder of NAME.outline.yaml")
    parser.add_argument("--b", type=Path, required=True, help="second annotator's folder of NAME.outline.yaml")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the differences speech by speech")
    args = parser.parse_args(argv)

    a_files, b_files = outlines(args.a), outlines(args.b)
    names = sorted(a_files.keys() & b_files.keys())
    if not names:
        print(f"{args.a} 与 {args.b} 中没有同名的 NAME.outline.yaml，无从比较", file=sys.stderr)
        return 1
    try:
        pairs = {n: (load_yaml_file(a_files[n]).data, load_yaml_file(b_files[n]).data) for n in names}
    except JianggaoError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1

    table: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])  # hits, B's headings, A's headings
    titles = [0, 0]
    differs = []
    print(f"{'文件':<34}" + "".join(f"  L{n} 一致/B/A" for n in LEVELS) + "  标题")
    for name in names:
        result = compare(*pairs[name])
        row = f"{name:<34}"
        for level in LEVELS:
            hits = result["levels"][level][0]
            b_count, a_count = result["counts"][level]
            t = table[level]
            t[0] += hits
            t[1] += b_count
            t[2] += a_count
            row += f"  {hits:>3}/{b_count:>3}/{a_count:>3}"
        a_title, b_title = result["titles"]
        title_cell = ""
        if a_title and b_title:
            titles[1] += 1
            same = clean(a_title) == clean(b_title)
            titles[0] += same
            title_cell = "✓" if same else "✗"
        if result["top_differs"]:
            differs.append(name)
            row += "  一级全不同"
        print(row + "  " + title_cell)
        if args.verbose:
            for level in LEVELS:
                _, b_only, a_only = result["levels"][level]
                for heading in b_only:
                    print(f"    L{level} 仅 B：{heading}")
                for heading in a_only:
                    print(f"    L{level} 仅 A：{heading}")
            if title_cell == "✗":
                print(f"    标题 A：{a_title}")
                print(f"    标题 B：{b_title}")
    print_table(f"B 对 A 的一致程度（A 为参照），{len(names)} 篇", table)
    print(f"一级要点全不同的讲稿 {len(differs)} 篇；标题一致 {titles[0]}/{titles[1]}")
    only = sorted(a_files.keys() ^ b_files.keys())
    if only:
        print(f"只有一方标注、未计入的讲稿 {len(only)} 篇")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
