"""Is a speech a collector just extracted already in the evaluation corpus (the same speech is often published in
several repositories, so a repo/path check does not see it)?

    python bench/corpus_dedupe.py corpus/blind54/NAME.txt [...]

For each file: the share of its 6-character runs of Chinese found in one speech of the corpus (the one that shares
most; other batches' speeches in the file's own folder are left out), and ``重复`` from 0.3 up, else ``新``. It names no
speech of the corpus, so a collector of a blind batch learns nothing of the others' texts.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUN = 6  # characters in a run compared
STEP = 3  # a run taken every this many characters
DUPLICATE = 0.3  # share of runs found in one speech, at least, for the same speech


def runs(text: str, step: int = 1) -> set[str]:
    """The text's runs of RUN Chinese characters (punctuation, spacing and markup left out), one every ``step``."""
    chinese = "".join(ch for ch in text if "\u4e00" <= ch <= "\u9fff")
    return {chinese[i : i + RUN] for i in range(0, max(0, len(chinese) - RUN + 1), step)}


def _held(sample: set[str], every: set[str]) -> float:
    return len(sample & every) / len(sample) if sample else 0.0


def shared(paths: list[Path], corpus: Path) -> list[float]:
    """For each of ``paths``, the largest share of runs one speech of ``corpus`` (outside that file's folder) and the
    file have in common, either way round (a reposted speech may be cut, or hold more): every STEP-th run of one
    sought among all runs of the other, so a different header before the same words does not shift the runs apart.
    The corpus is read once, whatever the number of files."""
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in paths]
    mine = [(runs(text), runs(text, STEP)) for text in texts]
    folders = [path.parent.resolve() for path in paths]
    best = [0.0] * len(paths)
    for other in corpus.glob("*/*.txt"):
        theirs = other.read_text(encoding="utf-8", errors="replace")
        every, sample = runs(theirs), runs(theirs, STEP)
        folder = other.parent.resolve()
        for k, (my_every, my_sample) in enumerate(mine):
            if folder != folders[k]:
                best[k] = max(best[k], _held(my_sample, every), _held(sample, my_every))
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    args = parser.parse_args()
    missing = next((path for path in args.files if not path.is_file()), None)
    if missing is not None:
        print(f"错误：找不到讲稿 {missing}", file=sys.stderr)
        return 1
    for path, share in zip(args.files, shared(args.files, args.corpus), strict=True):
        print(f"{path.name}\t{share:.2f}\t{'重复' if share >= DUPLICATE else '新'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
