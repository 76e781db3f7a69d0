"""What fragment libraries add to a build (issue 4: ≤ 30 ms).

A user library of 1,000 fragments (10 kind files of 100) is generated; then
two specs are rendered, each in a fresh Python process (so nothing is cached
in memory, as in a real ``jianggao build``), with the imports done before the
clock starts:

  plain      the spec writes every paragraph itself: no fragment library loaded
  fragments  the same speech, with 8 paragraphs taken from fragments (built-in
             and user ones), built with --fragments pointing at the 1,000

The added cost is the difference of the medians. A breakdown of the
fragments run (index the libraries, then parse + compile + render the used
fragments) is printed too.

    python bench/bench_fragments.py [--runs 15] [--user 1000]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET_MS = 30.0
KINDS = ["opening", "acknowledgement", "transition", "closing", "thanks", "quote", "formula", "heading", "story", "data"]

FRAGMENT = """- id: {kind}.user-{i}
  title: 第{i}条用户素材
  tags: [政法, 队伍建设, 标签{i}]
  occasions: [工作会议, 推进会]
  {source}variables:
    goal: {{description: 奋斗目标, default: 高素质干部队伍}}
  text: |-
    同志们，新时代赋予新使命，新征程呼唤新作为。让我们以更加昂扬的精神状态，
    为{{{{ goal }}}}而不懈奋斗！这是第{i}条。

"""

HEAD = """template: advancement
title: 在全市重点工作推进会上的讲话
meeting: 全市重点工作推进会
vars:
  goal: 锻造新时代高素质干部队伍
"""

PLAIN = HEAD + """opening:
  - 今天，我们召开全市重点工作推进会，主要任务是盘点进展、查找差距、明确下一步措施。
  - 刚才，几个单位作了交流发言，讲得都很实在。
points:
  - heading: 坚持目标导向，确保按期完成
    intro: [古人讲：“行百里者半于九十。”越是接近目标，越不能松劲歇脚。]
    items: [要压实责任。, 要严格督查。]
  - heading: 坚持问题导向，补齐短板弱项
    items: [同志们，新时代赋予新使命。这是第7条。, 同志们，新时代赋予新使命。这是第42条。]
closing:
  - 同志们，新的征程已经开启，让我们为锻造新时代高素质干部队伍而不懈奋斗！
  - 同志们，新时代赋予新使命。这是第99条。
"""

WITH_FRAGMENTS = HEAD + """opening:
  - fragment: opening.advancement
  - fragment: acknowledgement.exchanges
points:
  - heading: 坚持目标导向，确保按期完成
    intro: [{fragment: quote.hundred-li}]
    items: [{fragment: formula.responsibility}, {fragment: formula.inspection}]
  - heading: 坚持问题导向，补齐短板弱项
    items: [{fragment: story.user-7}, {fragment: data.user-42}]
closing:
  - fragment: closing.new-journey
  - fragment: closing.user-99
"""

CHILD = r"""
import json, sys, time
from pathlib import Path
from jianggao.render.renderer import RenderOptions, render_speech
from jianggao.spec.model import load_spec
import jinja2, jinja2.sandbox  # imported by every build's template environment anyway

spec, library = Path(sys.argv[1]), sys.argv[2]
options = RenderOptions(fragment_dirs=[Path(library)] if library else [])
loaded = load_spec(spec)
t0 = time.perf_counter()
speech = render_speech(loaded, options)
t1 = time.perf_counter()
result = {"render_ms": (t1 - t0) * 1000, "blocks": len(speech.blocks)}
if library:  # breakdown, in this same cold process, after the timed build
    from jianggao.fragments.library import load_library, search_dirs
    from jianggao.errors import Location
    t2 = time.perf_counter()
    lib = load_library(search_dirs([Path(library)], spec.parent))
    t3 = time.perf_counter()
    for fid in ["closing.user-3", "story.user-8", "data.user-9"]:  # not yet parsed or compiled
        lib.render(fid, {}, {}, Location(spec))
    t4 = time.perf_counter()
    result.update(index_ms=(t3 - t2) * 1000, per_fragment_ms=(t4 - t3) * 1000 / 3, fragments=len(lib))
print(json.dumps(result))
"""


def write_user_library(folder: Path, count: int) -> None:
    per_kind = count // len(KINDS)
    for kind in KINDS:
        source = "source: 《测试》\n  " if kind == "quote" else ""
        text = "".join(FRAGMENT.format(kind=kind, i=i, source=source) for i in range(per_kind))
        (folder / f"{kind}.yaml").write_text(text, encoding="utf-8")


def run_child(spec: Path, library: Path | None, cache: Path | None = None) -> dict:
    env = {"PYTHONPATH": str(REPO / "src"), "PATH": "/usr/bin:/bin"}
    if cache is not None:  # an empty cache folder: every template and fragment is compiled
        env["XDG_CACHE_HOME"] = tempfile.mkdtemp(dir=cache)
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(spec), str(library or "")], capture_output=True, text=True, env=env, check=True
    )
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--user", type=int, default=1000, help="user fragments to generate")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        library = root / "user-library"
        library.mkdir()
        write_user_library(library, args.user)
        plain, fragments = root / "plain.yaml", root / "fragments.yaml"
        plain.write_text(PLAIN, encoding="utf-8")
        fragments.write_text(WITH_FRAGMENTS, encoding="utf-8")
        run_child(plain, None)  # warm the OS file cache and Jinja's bytecode cache once
        run_child(fragments, library)
        caches = root / "caches"
        caches.mkdir()
        print(f"python {sys.version.split()[0]}, {args.runs} fresh processes per side, built-in + {args.user} user fragments")
        for label, cache in (("compiled-text cache warm (usual)", None), ("compile cache empty (first build)", caches)):
            plain_ms, frag_ms, details = [], [], []
            for _ in range(args.runs):  # alternate, so drift hits both sides alike
                plain_ms.append(run_child(plain, None, cache)["render_ms"])
                detail = run_child(fragments, library, cache)
                frag_ms.append(detail["render_ms"])
                details.append(detail)
            p, f = statistics.median(plain_ms), statistics.median(frag_ms)
            added = f - p
            print(f"{label}:")
            print(f"  render without fragments     median {p:6.1f} ms")
            print(f"  render with 8 fragment refs  median {f:6.1f} ms  ({details[0]['fragments']} fragments in the search path)")
            print(f"  added by fragments           {added:6.1f} ms  (target ≤ {TARGET_MS:.0f} ms: {'ok' if added <= TARGET_MS else 'OVER'})")
            print(f"    index every library        median {statistics.median(d['index_ms'] for d in details):6.1f} ms")
            per = statistics.median(d["per_fragment_ms"] for d in details)
            print(f"    one more fragment used     median {per:6.1f} ms (parse + compile + render)")


if __name__ == "__main__":
    main()
