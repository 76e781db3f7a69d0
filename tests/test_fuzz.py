"""Seeded fuzzing of everything a user hands us: specs, style profiles, fragment libraries and .docx files.

Each case is a valid input mutated a few times by a seeded mutator (no extra dependency). Every case must
end either in a result or in a ``JianggaoError`` of one line; any other exception is a bug. Cases are
few and small so the suite stays fast (set JIANGGAO_FUZZ_CASES for a longer run, JIANGGAO_FUZZ_SEED to
replay one); ``faulthandler`` turns a hang into a failure with a traceback.
"""

from __future__ import annotations

import contextlib
import faulthandler
import io
import os
import random
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from jianggao.errors import JianggaoError
from tests.conftest import REPO

CASES = int(os.environ.get("JIANGGAO_FUZZ_CASES", "40"))
SEED = int(os.environ.get("JIANGGAO_FUZZ_SEED", "20261130"))
CASE_SECONDS = 20  # a case still running after this is a hang: dump and fail

# What careless and hostile users type: YAML syntax, aliases and tags, labels, odd numbers and characters.
SNIPPETS = [
    ":", ": ", "- ", "\t", "'", '"', "&a ", "*a", "<<: *a", "<<: 1", "!!bool maybe", "!!timestamp x", "!!python/object:os.system",
    "{", "}", "[", "]", "? ", "|", ">", "#", "\n", "\n  ", "\n    - ", "一要", "一、", "（一）", "1.", ".nan", ".inf", "-1",
    "1e400", "99999999999", "\x00", "\x07", "\u2028", "\ufeff", "{{ 1/0 }}", "{% include 'x' %}", "{{ '" + "x" + "' * 10**10 }}",
    "%", "&", "*", "---", "...", "~", "null", "true", "2025-13-45", "fragment: closing.nope", "fragment: ../x",
]


def mutate(text: str, rng: random.Random, rounds: int = 3) -> str:
    for _ in range(rng.randint(1, rounds)):
        if not text:
            text = rng.choice(SNIPPETS)
            continue
        i = rng.randrange(len(text))
        j = min(len(text), i + rng.randint(1, 12))
        lines = text.split("\n")
        move = rng.randrange(6)
        if move == 0:
            text = text[:i] + text[j:]
        elif move == 1:
            text = text[:i] + rng.choice(SNIPPETS) + text[i:]
        elif move == 2:
            text = text[:i] + text[i:j] * rng.randint(2, 4) + text[j:]
        elif move == 3 and len(lines) > 1:
            a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[a], lines[b] = lines[b], lines[a]
            text = "\n".join(lines)
        elif move == 4:
            k = rng.randrange(len(lines))
            lines[k] = " " * rng.choice([1, 2, 3, 4, 6]) + lines[k].lstrip()
            text = "\n".join(lines)
        else:
            k = rng.randrange(len(lines))
            lines.insert(k, lines[k])
            text = "\n".join(lines)
    return text


def encode(text: str, rng: random.Random) -> bytes:
    choice = rng.randrange(10)
    if choice == 0:
        return text.encode("gb18030", "replace")
    if choice == 1:
        return text.encode("utf-16")
    if choice == 2:  # one line in GBK, the rest UTF-8
        lines = text.split("\n")
        k = rng.randrange(len(lines))
        return "\n".join(lines[:k]).encode() + b"\n" + lines[k].encode("gbk", "replace") + b"\n" + "\n".join(lines[k + 1 :]).encode()
    return text.encode("utf-8", "surrogatepass")


@pytest.fixture(autouse=True)
def hang_guard() -> Iterator[None]:
    yield
    faulthandler.cancel_dump_traceback_later()


def run_cases(name: str, make: Callable[[random.Random, int], None]) -> None:
    """Run ``make(rng, i)`` for every case; a JianggaoError must be one line, anything else fails."""
    rng = random.Random(f"{SEED}-{name}")
    for i in range(CASES):
        faulthandler.dump_traceback_later(CASE_SECONDS, exit=True)
        start = time.perf_counter()
        try:
            make(rng, i)
        except JianggaoError as exc:
            line = str(exc)
            assert "\n" not in line and "Traceback" not in line, (name, i, line)
        except Exception as exc:  # noqa: BLE001 - the point: report which case broke how
            raise AssertionError(f"{name} case {i} (seed {SEED}) raised {type(exc).__name__}: {exc}") from exc
        finally:
            faulthandler.cancel_dump_traceback_later()
        assert time.perf_counter() - start < CASE_SECONDS


SPEC_SOURCES = [p.read_text(encoding="utf-8") for p in sorted((REPO / "examples").glob("*.yaml"))]


def test_fuzz_specs(tmp_path: Path) -> None:
    from jianggao.render.renderer import RenderOptions, render_speech
    from jianggao.spec.model import load_spec
    from jianggao.writers.text import render_text

    options = RenderOptions()

    def case(rng: random.Random, i: int) -> None:
        path = tmp_path / f"spec{i}.yaml"
        path.write_bytes(encode(mutate(rng.choice(SPEC_SOURCES), rng), rng))
        render_text(render_speech(load_spec(path), options))

    run_cases("specs", case)


def test_fuzz_check_of_specs(tmp_path: Path) -> None:
    from jianggao.checking.runner import check_file

    def case(rng: random.Random, i: int) -> None:
        path = tmp_path / f"spec{i}.yaml"
        path.write_bytes(encode(mutate(rng.choice(SPEC_SOURCES), rng), rng))
        check_file(path)

    run_cases("check", case)


PROFILE = """page:
  margin_top_mm: 37
  lines_per_page: 22
  chars_per_line: 28
title:
  font: 方正小标宋简体
  size_pt: 22
body:
  size_pt: 16
  indent_chars: 2
latin_font: Times New Roman
"""


def test_fuzz_style_profiles(tmp_path: Path) -> None:
    from jianggao.render.renderer import render_speech
    from jianggao.spec.model import load_spec
    from jianggao.writers.docx.profile import load_profile
    from jianggao.writers.docx.writer import render_docx

    speech = render_speech(load_spec(REPO / "examples" / "advancement.yaml"))

    def case(rng: random.Random, i: int) -> None:
        path = tmp_path / f"house{i}.yaml"
        path.write_bytes(encode(mutate(PROFILE, rng), rng))
        render_docx(speech, load_profile(path))

    run_cases("profiles", case)


FRAGMENTS = """# closing 素材
- id: closing.my-unit
  title: 本单位结尾
  tags: [号召, 本单位]
  occasions: [工作会议]
  variables:
    unit: {description: 单位名称, default: 我局}
  text: |-
    同志们，{{ unit }}的各项工作任重道远，让我们携手并进！

- id: closing.second
  title: 第二段
  tags: [号召]
  occasions: [工作会议]
  text: 谢谢大家。{{ title }}
"""


def test_fuzz_fragment_libraries(tmp_path: Path) -> None:
    from jianggao.fragments.library import preview_values, render_entry
    from jianggao.fragments.lint import check_libraries

    def case(rng: random.Random, i: int) -> None:
        lib = tmp_path / f"lib{i}"
        lib.mkdir()
        (lib / "closing.yaml").write_bytes(encode(mutate(FRAGMENTS, rng), rng))
        report = check_libraries([lib])
        for entry in report.library.all_entries():
            if not entry.builtin:
                with contextlib.suppress(JianggaoError):
                    render_entry(entry, preview_values(entry.fragment()), None)

    run_cases("fragments", case)


def _docx_bytes() -> bytes:
    from jianggao.render.renderer import render_speech
    from jianggao.spec.model import load_spec
    from jianggao.writers.docx.writer import render_docx

    return render_docx(render_speech(load_spec(REPO / "examples" / "deployment.yaml")))


XML_SNIPPETS = ["<", ">", "</w:p>", "<w:p>", "&", "&amp;", "<!DOCTYPE x [<!ENTITY a 'b'>]>", "<w:numPr><w:ilvl w:val='9'/><w:numId w:val='99'/></w:numPr>",
                "<w:start w:val='999999999999'/>", "\x00", "<a>" * 300, "</a>" * 300, "一、", "（一）"]


def mutate_docx(original: bytes, rng: random.Random) -> bytes:
    move = rng.randrange(4)
    if move == 0:  # bytes of the archive itself
        data = bytearray(original)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    if move == 1:
        return original[: rng.randrange(len(original))]
    source = zipfile.ZipFile(io.BytesIO(original))
    out = io.BytesIO()
    names = source.namelist()
    victim = rng.choice([n for n in names if n.endswith(".xml")])
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in names:
            data = source.read(name)
            if name == victim or (move == 3 and name == "word/document.xml"):
                text = data.decode("utf-8", "replace")
                for _ in range(rng.randint(1, 4)):
                    i = rng.randrange(len(text))
                    if rng.random() < 0.5:
                        text = text[:i] + rng.choice(XML_SNIPPETS) + text[i:]
                    else:
                        text = text[:i] + text[i + rng.randint(1, 40) :]
                data = text.encode("utf-8", "surrogatepass")
            target.writestr(name, data)
    return out.getvalue()


def test_fuzz_docx_inputs(tmp_path: Path) -> None:
    from jianggao.checking.runner import check_file
    from jianggao.reader.mine import mine_speech
    from jianggao.reader.speech_file import read_speech

    original = _docx_bytes()

    def case(rng: random.Random, i: int) -> None:
        path = tmp_path / f"speech{i}.docx"
        path.write_bytes(mutate_docx(original, rng))
        if rng.random() < 0.5:
            mine_speech(read_speech(path))
        else:
            check_file(path)

    run_cases("docx", case)


def test_fuzzed_yaml_errors_are_all_in_chinese() -> None:
    """The loader's messages for every syntax error the mutator makes are translated, none falls back to PyYAML's words."""
    from jianggao.spec.yaml_source import load_yaml_text

    rng = random.Random(f"{SEED}-yaml")
    untranslated = []
    for _ in range(CASES * 20):
        try:
            load_yaml_text(mutate(rng.choice(SPEC_SOURCES), rng, 4), Path("s.yaml"))
        except JianggaoError as exc:
            if "格式错误（" in exc.message or "读取失败" in exc.message:
                untranslated.append(exc.message)
    assert untranslated == []
