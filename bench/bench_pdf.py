"""20 .docx → PDF through jianggao against a plain `soffice --convert-to pdf` of the same files (issue 14: ≤ 1.10×).

jianggao's side is ``convert_to_pdf`` (its font map, its kept profile, staging
and checks); the reference is `soffice --headless --convert-to pdf --outdir DIR
FILES` with LibreOffice's own default profile. Both are warmed once, then run
alternately; prints the ratio of each round with its min/median/max.

    python bench/bench_pdf.py [--files 20] [--rounds 3]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from timing import paired, ratio_line, spread

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from jianggao.render.renderer import render_speech  # noqa: E402
from jianggao.spec.model import load_spec  # noqa: E402
from jianggao.writers.docx.writer import render_docx  # noqa: E402
from jianggao.writers.pdf import convert_to_pdf, find_soffice  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    soffice = find_soffice()
    if soffice is None:
        sys.exit("LibreOffice is not installed (Debian: apt-get install libreoffice-writer-nogui)")
    examples = sorted((REPO / "examples").glob("*.yaml"))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "docx").mkdir()
        docs = []
        for i in range(args.files):
            path = root / "docx" / f"draft-{i:02d}.docx"
            path.write_bytes(render_docx(render_speech(load_spec(examples[i % len(examples)]))))
            docs.append(path)

        def ours() -> None:
            out = root / "ours"
            shutil.rmtree(out, ignore_errors=True)
            out.mkdir()
            convert_to_pdf(docs, out)

        def plain() -> None:
            out = root / "plain"
            shutil.rmtree(out, ignore_errors=True)
            command = [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(out), *map(str, docs)]
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            assert len(list(out.glob("*.pdf"))) == len(docs)

        ours()
        plain()
        jianggao_times, plain_times = paired(ours, plain, args.rounds)
    print(f"{args.files} .docx → PDF, {args.rounds} rounds (min / median / max):")
    print(f"  jianggao convert_to_pdf          {spread(jianggao_times, ' s')}")
    print(f"  soffice --convert-to pdf         {spread(plain_times, ' s')}")
    ratios = [o / p for o, p in zip(jianggao_times, plain_times, strict=True)]
    print("  " + ratio_line("ratio jianggao / soffice", ratios, "≤ 1.10×", lambda r: r <= 1.10))


if __name__ == "__main__":
    main()
