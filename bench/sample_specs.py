"""Specs of a chosen length for the benchmarks, grown from tests/data/long_speech.yaml."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from jianggao.render.renderer import render_speech  # noqa: E402
from jianggao.spec.model import load_spec  # noqa: E402

LONG_SPEECH = REPO / "tests" / "data" / "long_speech.yaml"
PLACES = ("市", "县", "区", "镇", "园区", "开发区", "街道", "部门", "系统", "行业", "企业")


def scaled_spec(folder: Path, target: int, name: str) -> tuple[Path, int]:
    """long_speech.yaml with its points repeated (varied) until the speech has about ``target`` characters."""
    from jianggao.zh.numerals import chinese_numeral

    data = yaml.safe_load(LONG_SPEECH.read_text(encoding="utf-8"))
    base = data["points"]
    per_point = render_speech(load_spec(LONG_SPEECH)).body_characters() / len(base)
    copies = max(1, round(target / per_point))
    points = []
    for copy in range(copies):
        tag = f"第{chinese_numeral(copy // len(base) + 1)}{PLACES[copy % len(PLACES)]}"
        point = base[copy % len(base)]
        points.append({
            "heading": f"{tag}{point['heading']}",
            "intro": [f"{tag}，{text}" for text in point.get("intro", [])],
            "items": [{"heading": f"{tag}{i['heading']}", "text": f"{tag}，{i['text']}"} for i in point["items"]],
        })
    data["points"] = points
    path = folder / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100000), encoding="utf-8")
    return path, render_speech(load_spec(path)).body_characters()
