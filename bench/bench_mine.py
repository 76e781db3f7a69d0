"""How long ``mine`` takes on an 11,000-character speech, in-process (issue 14: ≤ 15 ms).

The speech is stitched from the seed speeches (tests/data/seeds): the work
conference speech whole, then the points of the other seeds renumbered after
it, until the body passes 10,000 characters; web debris and all. Prints the
median of repeated runs for each step and for the whole command's work, then
the whole work paired, round by round, with the same work written by PyYAML's
stock emitter (the writer before issue 14) as the reference: min/median/max of
both and of their ratio, in wall time and in the process's CPU time.

Warm, as in the studio or a batch: modules imported, jieba's dictionary and the
templates' probes loaded by the first run; every run reads, decodes and parses
the file afresh.

    python bench/bench_mine.py [--runs N]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from timing import median_ms, paired, ratio_line, spread

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

SEEDS = ROOT / "tests" / "data" / "seeds"
_TOP = re.compile(r"^[一二三四五六七八九十]+、")


def stitched_speech(target: int = 10_000) -> str:
    from jianggao.zh.numerals import chinese_numeral

    lines = (SEEDS / "002_4798124d09e88b9d.txt").read_text(encoding="utf-8").splitlines()
    closing = lines.pop()  # 总之，… goes back at the end
    count = sum(1 for line in lines if _TOP.match(line))
    for seed in ("004_016a25dfa87ad036", "000_e19e277868c907df", "003_14d1714a0259fe64", "001_5813c959ba505617"):
        body = False
        for line in (SEEDS / f"{seed}.txt").read_text(encoding="utf-8").splitlines():
            if _TOP.match(line):
                body = True
                count += 1
                line = _TOP.sub(chinese_numeral(count) + "、", line)
            elif line.startswith(("同志们，", "同志们,", "谢谢", "今天我就讲这些", "上一篇", "下一篇", "阅读全文")):
                body = False
            if body and line.strip():
                lines.append(line)
        if sum(len("".join(line.split())) for line in lines) >= target:
            break
    lines.append(closing)
    return "\n".join(lines) + "\n"




def main() -> int:
    parser = argparse.ArgumentParser(description="mine 的耗时（进程内）")
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()

    start = time.perf_counter()
    from jianggao.reader.mine import mine_speech
    from jianggao.reader.speech_file import read_speech
    from jianggao.spec.model import validate_spec_text
    from jianggao.spec.yaml_writer import spec_yaml

    imports = (time.perf_counter() - start) * 1000

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "speech.txt"
        text = stitched_speech()
        path.write_text(text, encoding="utf-8")
        characters = len("".join(text.split()))

        def whole() -> str:
            read = read_speech(path)
            out = spec_yaml(mine_speech(read).data)
            validate_spec_text(out)
            return out

        start = time.perf_counter()
        whole()
        first = (time.perf_counter() - start) * 1000

        read = read_speech(path)
        from jianggao.writers.docx.writer import render_docx

        docx_path = Path(folder) / "speech.docx"
        docx_path.write_bytes(render_docx(read.speech))
        mined = mine_speech(read)
        data = mined.data
        yaml_text = spec_yaml(data)
        steps = {
            "读取并解析提纲（read_speech）": median_ms(lambda: read_speech(path), args.runs),
            "同一讲话稿的 .docx（read_speech）": median_ms(lambda: read_speech(docx_path), args.runs),
            "生成说明书数据（mine_speech）": median_ms(lambda: mine_speech(read), args.runs),
            "写成 YAML（spec_yaml）": median_ms(lambda: spec_yaml(data), args.runs),
            "校验说明书（validate_spec_text）": median_ms(lambda: validate_spec_text(yaml_text), args.runs),
            "合计（命令所做的全部工作）": median_ms(whole, args.runs),
        }

        import yaml

        from jianggao.spec import yaml_writer
        from jianggao.spec.yaml_writer import _SpecDumper

        def with_stock_emitter() -> str:
            fast = _SpecDumper.analyze_scalar, _SpecDumper.write_plain, yaml_writer._block_yaml
            _SpecDumper.analyze_scalar, _SpecDumper.write_plain = yaml.emitter.Emitter.analyze_scalar, yaml.emitter.Emitter.write_plain
            yaml_writer._block_yaml = lambda data: None  # everything through the dumper
            try:
                return whole()
            finally:
                _SpecDumper.analyze_scalar, _SpecDumper.write_plain, yaml_writer._block_yaml = fast

        ours, theirs = paired(whole, with_stock_emitter, args.runs)
        ours_cpu, theirs_cpu = paired(whole, with_stock_emitter, args.runs, time.process_time)

    print(f"讲话稿：{characters} 字，{len(read.paragraphs)} 段，{len(read.outline.points)} 个一级要点，模板 {mined.template}")
    print(f"导入模块：{imports:.1f} ms；首次运行：{first:.1f} ms")
    for name, ms in steps.items():
        print(f"{name:<28} {ms:6.1f} ms（{args.runs} 次中位数）")
    total = steps["合计（命令所做的全部工作）"]
    print(f"目标 ≤ 15 ms：{'达到' if total <= 15 else '未达到'}")
    print(f"合计，成对测量：{spread(ours, ' ms', 1000, 1)}；用 PyYAML 原样写出：{spread(theirs, ' ms', 1000, 1)}（最小/中位/最大）")
    print(ratio_line("ratio stock emitter / ours", [t / o for o, t in zip(ours, theirs, strict=True)], "> 1", lambda r: r > 1))
    print(f"合计，CPU 时间：{spread(ours_cpu, ' ms', 1000, 1)}；用 PyYAML 原样写出：{spread(theirs_cpu, ' ms', 1000, 1)}（最小/中位/最大）")
    cpu_median = statistics.median(ours_cpu) * 1000
    print(f"CPU 时间中位数 {cpu_median:.1f} ms：目标 ≤ 15 ms {'达到' if cpu_median <= 15 else '未达到'}")
    print(ratio_line("CPU-time ratio stock emitter / ours", [t / o for o, t in zip(ours_cpu, theirs_cpu, strict=True)], "> 1", lambda r: r > 1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
