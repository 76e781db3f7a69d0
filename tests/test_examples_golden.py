"""Every example spec builds, and its text and Markdown match the golden files.

Refresh on purpose, after reading the diff: python -m pytest --update-golden
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jianggao.library_paths import builtin_dir
from jianggao.render.renderer import render_speech
from jianggao.render.templates import list_templates
from jianggao.spec.model import load_spec
from jianggao.writers.markdown import render_markdown
from jianggao.writers.text import render_text
from tests.conftest import EXAMPLES

EXAMPLE_SPECS = sorted(EXAMPLES.glob("*.yaml"))


def test_there_is_an_example_for_every_builtin_template() -> None:
    templates = {load_spec(p).spec.template for p in EXAMPLE_SPECS}
    builtin = set(list_templates([builtin_dir("templates")]))
    assert templates == builtin and len(builtin) >= 10


@pytest.mark.parametrize("spec_path", EXAMPLE_SPECS, ids=lambda p: p.stem)
def test_example_text_and_markdown(spec_path: Path, golden) -> None:
    speech = render_speech(load_spec(spec_path))
    golden(f"{spec_path.stem}.txt", render_text(speech))
    golden(f"{spec_path.stem}.md", render_markdown(speech))


@pytest.mark.parametrize("spec_path", EXAMPLE_SPECS, ids=lambda p: p.stem)
def test_example_numbers_every_point_in_order(spec_path: Path) -> None:
    """Three to five points, numbered in order: 一、 headings, or run-in leads of one style."""
    loaded = load_spec(spec_path)
    speech = render_speech(loaded)
    numbers = [h.label for h in speech.headings(1)]
    if numbers:
        assert numbers == [f"{n}、" for n in "一二三四五六七八九十"[: len(numbers)]]
    else:
        numbers = [p.label for p in speech.paragraphs() if p.lead_level == 1]
    assert len(numbers) == len(loaded.spec.points)
    assert 3 <= len(numbers) <= 5
