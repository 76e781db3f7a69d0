"""Batch .docx speed against pandoc (issues 3 and 14), side by side in one run.

200 specs → .docx in ONE `jianggao build` command (a pool of processes, one per
core), against 200 runs of `pandoc x.md -o x.docx` on the equivalent Markdown
(rendered by jianggao's own Markdown writer from the same specs). Both sides pay
process start-up; the two are run alternately, and the ratio pandoc / jianggao
of each round is printed with its min/median/max (target ≥ 10×). Also prints
jianggao's CPU time over wall time (how many cores it kept busy).

    python bench/bench_batch_vs_pandoc.py [--specs 200] [--rounds 3] [--spec FILE]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from timing import ratio_line, spread

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = REPO / "tests" / "data" / "long_speech.yaml"
TARGET_RATIO = 10.0


def make_specs(source: Path, folder: Path, count: int) -> list[Path]:
    """``count`` specs that differ in their title, so no output is a copy of another."""
    text = source.read_text(encoding="utf-8")
    title_line = next(line for line in text.splitlines() if line.startswith("title:"))
    specs = []
    for i in range(1, count + 1):
        spec = folder / f"speech-{i:03d}.yaml"
        spec.write_text(text.replace(title_line, f"{title_line}（第{i}稿）", 1), encoding="utf-8")
        specs.append(spec)
    return specs


def write_markdown(specs: list[Path], folder: Path) -> list[Path]:
    from jianggao.render.renderer import RenderOptions, render_speech
    from jianggao.spec.model import load_spec
    from jianggao.writers.markdown import render_markdown

    paths = []
    for spec in specs:
        path = folder / f"{spec.stem}.md"
        path.write_text(render_markdown(render_speech(load_spec(spec), RenderOptions())), encoding="utf-8")
        paths.append(path)
    return paths


def time_jianggao(specs: list[Path], out: Path) -> tuple[float, float]:
    """Wall time of the command, and the CPU time it and its worker processes used."""
    command = [sys.executable, "-c", "from jianggao.cli.main import main; main()", "build", *map(str, specs), "-f", "docx", "-o", str(out), "--force"]
    before = os.times()
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = os.times()
    return wall, (after.children_user - before.children_user) + (after.children_system - before.children_system)


def time_pandoc(pandoc: str, markdown: list[Path], out: Path) -> float:
    start = time.perf_counter()
    for md in markdown:
        subprocess.run([pandoc, str(md), "-o", str(out / f"{md.stem}.docx")], check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--specs", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="the spec to copy (default: tests/data/long_speech.yaml)")
    args = parser.parse_args()
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        sys.exit("pandoc is not installed (Debian: apt-get install pandoc)")
    version = subprocess.run([pandoc, "--version"], check=True, capture_output=True, text=True).stdout.splitlines()[0]

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "specs").mkdir()
        (root / "md").mkdir()
        specs = make_specs(args.spec, root / "specs", args.specs)
        markdown = write_markdown(specs, root / "md")
        chars = sum(len(p.read_text(encoding="utf-8")) for p in markdown) // len(markdown)
        jianggao_times, cpu_times, pandoc_times = [], [], []
        for round_ in range(args.rounds):
            for side in ("jianggao", "pandoc") if round_ % 2 == 0 else ("pandoc", "jianggao"):
                out = root / f"{side}-{round_}"
                out.mkdir()
                if side == "jianggao":
                    wall, cpu = time_jianggao(specs, out)
                    jianggao_times.append(wall)
                    cpu_times.append(cpu)
                else:
                    pandoc_times.append(time_pandoc(pandoc, markdown, out))
                assert len(list(out.glob("*.docx"))) == args.specs, f"{side} did not write {args.specs} files"

    print(f"{args.specs} specs of ~{chars} Markdown characters each, {args.rounds} rounds (min / median / max):")
    print(f"  jianggao build (one command, {args.specs} .docx)   {spread(jianggao_times, ' s')}")
    print(f"  {args.specs} × pandoc x.md -o x.docx ({version})   {spread(pandoc_times, ' s')}")
    print(f"  jianggao CPU time / wall time: {spread([c / w for c, w in zip(cpu_times, jianggao_times, strict=True)])} ({os.cpu_count()} cores)")
    ratios = [theirs / ours for ours, theirs in zip(jianggao_times, pandoc_times, strict=True)]
    print("  " + ratio_line("ratio pandoc / jianggao", ratios, f"≥ {TARGET_RATIO:.0f}×", lambda r: r >= TARGET_RATIO))


if __name__ == "__main__":
    main()
