"""Server time of the studio's live update for a 6,000-character speech (target ≤ 100 ms).

One update is what the studio does after each pause in typing: load and validate
the spec text, render it through its template, lay it out on the page grid and
draw the pages as HTML, build the outline and run every ``check`` rule. The spec
is the advancement example with its points repeated until the speech passes
6,000 characters. Prints the median of repeated runs for the whole update, for
its steps, for the same update through the real HTTP server, and, as the
reference measured in the same run, ``build -f txt``'s in-process work on the
same spec (load, render, text writer), with the ratio.

    python bench/bench_studio.py [--runs N]
"""

from __future__ import annotations

import argparse
import http.client
import json
import sys
import tempfile
import time
from pathlib import Path

import yaml
from timing import median_ms

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def long_spec(target: int = 6_000) -> str:
    """The advancement example, its points repeated (headings varied) until the speech passes ``target``."""
    from jianggao.render.renderer import render_speech
    from jianggao.spec.model import load_spec_text

    data = yaml.safe_load((ROOT / "examples" / "advancement.yaml").read_text(encoding="utf-8"))
    points = list(data["points"])
    n = 0
    while True:
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
        speech = render_speech(load_spec_text(text, ROOT / "examples" / "long.yaml"))
        if speech.body_characters() >= target:
            return text
        n += 1
        extra = dict(points[n % len(points)])
        extra["heading"] = f"第{n}次补充：" + extra["heading"]
        data["points"] = [*data["points"], extra]


def main() -> int:
    parser = argparse.ArgumentParser(description="讲稿工作室实时更新的服务器耗时")
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()

    from jianggao.checking.runner import run_rules
    from jianggao.checking.spec_subject import SpecSubject
    from jianggao.checking.subject import CheckOptions
    from jianggao.render.renderer import render_speech, render_speech_traced
    from jianggao.spec.model import load_spec_text
    from jianggao.studio.layout import lay_out
    from jianggao.studio.preview import pages_html
    from jianggao.studio.server import StudioServer
    from jianggao.studio.workspace import Workspace
    from jianggao.writers.text import render_text

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        text = long_spec()
        (root / "long.yaml").write_text(text, encoding="utf-8")
        ws = Workspace(root)
        path = root / "long.yaml"

        start = time.perf_counter()
        first = ws.analyse("long.yaml", text)
        first_ms = (time.perf_counter() - start) * 1000
        assert not first.errors, first.errors

        loaded = load_spec_text(text, path)
        speech, traced = render_speech_traced(loaded, ws.render_options)
        pages = lay_out(speech, ws.profile)

        def reference() -> str:  # what `build -f txt` does in-process for this spec
            return render_text(render_speech(load_spec_text(text, path), ws.render_options))

        steps = {
            "读取校验并渲染（load_spec_text + render）": median_ms(
                lambda: render_speech_traced(load_spec_text(text, path), ws.render_options), args.runs
            ),
            "排版成页（lay_out）": median_ms(lambda: lay_out(speech, ws.profile), args.runs),
            "生成页面 HTML（pages_html）": median_ms(lambda: pages_html(pages, ws.profile), args.runs),
            "检查（全部规则）": median_ms(
                lambda: run_rules(SpecSubject(loaded, speech, text, None, traced), CheckOptions()), args.runs
            ),
            "合计：一次实时更新（Workspace.analyse）": median_ms(lambda: ws.analyse("long.yaml", text), args.runs),
        }
        reference_ms = median_ms(reference, args.runs)

        server = StudioServer(ws).start()
        body = json.dumps({"path": "long.yaml", "text": text}).encode("utf-8")

        def over_http() -> None:
            connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
            connection.request("POST", "/api/analyse", body, {"X-Jianggao": "1", "Content-Type": "application/json"})
            response = connection.getresponse()
            assert response.status == 200, response.read()
            response.read()
            connection.close()

        http_ms = median_ms(over_http, args.runs)
        server.stop()

    total = steps["合计：一次实时更新（Workspace.analyse）"]
    print(f"说明书：{speech.body_characters()} 字，{len(loaded.spec.points)} 个一级要点，排成 {len(pages)} 页")
    print(f"首次更新（含载入素材库等）：{first_ms:.1f} ms")
    for name, ms in steps.items():
        print(f"{name:<34} {ms:6.1f} ms（{args.runs} 次中位数）")
    print(f"{'经 HTTP 服务器（POST /api/analyse）':<34} {http_ms:6.1f} ms")
    print(f"{'参照：build -f txt 的进程内工作':<34} {reference_ms:6.1f} ms；实时更新为其 {total / reference_ms:.1f} 倍")
    print(f"目标 ≤ 100 ms：{'达到' if http_ms <= 100 else '未达到'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
