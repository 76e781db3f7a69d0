"""``fragments edit``/``new`` when the library changes underneath, or the save fails in unusual ways:
the save re-reads and re-locates, refuses when the fragment itself changed, and the user's text is
always kept in a file that exists."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from jianggao.cli.main import cli
from jianggao.errors import OutputError
from jianggao.fragments import editing
from jianggao.fragments.library import scan_text
from tests.cli_helpers import assert_user_error

# usage: editor.py CONTENT HOOK FILE: run HOOK (what another person does meanwhile), then save CONTENT as FILE
EDITOR = """import sys
exec(open(sys.argv[2], encoding="utf-8").read())
open(sys.argv[3], "wb").write(open(sys.argv[1], "rb").read())
"""


def fragment(fid: str, text: str = "同志们，让我们携手并进！") -> str:
    return f"- id: {fid}\n  title: 标题{fid[-1]}\n  tags: [号召]\n  occasions: [工作会议]\n  text: {text}\n"


@pytest.fixture
def lib(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for name in ("JIANGGAO_FRAGMENTS", "VISUAL", "EDITOR"):
        monkeypatch.delenv(name, raising=False)
    folder = tmp_path / "fragments"
    folder.mkdir()
    (folder / "closing.yaml").write_text(fragment("closing.a") + "\n" + fragment("closing.b"), encoding="utf-8")
    return folder


def use_editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes, hook: str = "") -> None:
    script, saved, hook_file = tmp_path / "editor.py", tmp_path / "saved.bin", tmp_path / "hook.py"
    script.write_text(EDITOR, encoding="utf-8")
    saved.write_bytes(content)
    hook_file.write_text(hook, encoding="utf-8")
    command = " ".join(shlex.quote(str(a)) for a in (sys.executable, script, saved, hook_file))
    monkeypatch.setenv("EDITOR", command)


def edit(*args: str):
    return CliRunner().invoke(cli, ["fragments", *args])


def aside_of(message: str) -> Path:
    path = Path(message.split("您的修改已另存为 ")[1].split("，")[0])
    assert path.is_file(), message
    return path


def test_a_fragment_added_above_meanwhile_does_not_misplace_the_save(lib: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    library = lib / "closing.yaml"
    other = fragment("closing.c", "另一个人新加的素材。")
    hook = f"p = {str(library)!r}\nt = open(p, encoding='utf-8').read()\nopen(p, 'w', encoding='utf-8').write({other!r} + '\\n' + t)\n"
    use_editor(tmp_path, monkeypatch, fragment("closing.b", "我改过的正文。").encode(), hook)
    result = edit("edit", "closing.b")
    assert result.exit_code == 0, result.output
    text = library.read_text(encoding="utf-8")
    entries = {e.id: e.chunk for e in scan_text(text, library, lib, False)}
    assert sorted(entries) == ["closing.a", "closing.b", "closing.c"]
    assert "我改过的正文。" in entries["closing.b"] and "另一个人新加的素材。" in entries["closing.c"]
    assert "我改过的正文" not in entries["closing.a"]


@pytest.mark.parametrize(
    ("hook", "expected"),
    [
        ("t = open(P, encoding='utf-8').read()\nopen(P, 'w', encoding='utf-8').write(t.replace('携手并进', '并肩前行', 2))\n",
         "您编辑期间，素材“closing.b”已被修改"),
        ("t = open(P, encoding='utf-8').read()\nopen(P, 'w', encoding='utf-8').write(t.split('- id: closing.b')[0])\n",
         "您编辑期间，素材“closing.b”已从"),
    ],
    ids=["changed", "deleted"],
)
def test_a_fragment_changed_underneath_is_not_overwritten(lib: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hook: str, expected: str) -> None:
    library = lib / "closing.yaml"
    edited = fragment("closing.b", "我改过的正文。")
    use_editor(tmp_path, monkeypatch, edited.encode(), f"P = {str(library)!r}\n" + hook)
    message = assert_user_error(edit("edit", "closing.b"), expected, "原文件没有改动")
    assert "我改过的正文" not in library.read_text(encoding="utf-8")
    assert aside_of(message).read_text(encoding="utf-8").endswith(edited)


def test_a_new_fragment_written_meanwhile_by_someone_else(lib: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    library = lib / "closing.yaml"
    theirs = fragment("closing.n", "别人先写的。")
    hook = f"open({str(library)!r}, 'a', encoding='utf-8').write('\\n' + {theirs!r})\n"
    use_editor(tmp_path, monkeypatch, fragment("closing.n", "我写的。").encode(), hook)
    message = assert_user_error(edit("new", "closing.n"), "素材“closing.n”在您编辑期间已被写入")
    assert "别人先写的" in library.read_text(encoding="utf-8") and "我写的" not in library.read_text(encoding="utf-8")
    assert "我写的" in aside_of(message).read_text(encoding="utf-8")


def test_the_library_file_replaced_by_a_folder(lib: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    library = lib / "closing.yaml"
    hook = f"import os\nos.remove({str(library)!r})\nos.mkdir({str(library)!r})\n"
    use_editor(tmp_path, monkeypatch, fragment("closing.b", "我改过的正文。").encode(), hook)
    message = assert_user_error(edit("edit", "closing.b"), "修改没有保存", "是文件夹")
    assert "我改过的正文" in aside_of(message).read_text(encoding="utf-8")


def test_undecodable_bytes_from_the_editor_are_kept_as_they_are(lib: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = fragment("closing.b", "我改过的正文。").encode("utf-8") + b"\xff\xfe\xfa broken\n"
    use_editor(tmp_path, monkeypatch, raw)
    message = assert_user_error(edit("edit", "closing.b"), "修改没有保存", "文件混用了两种编码")
    assert aside_of(message).read_bytes() == raw


@pytest.mark.parametrize(
    "text",
    [
        "- id: closing.b\n  title: &t 标题\n  tags: &x [*x]\n  occasions: [工作会议]\n  text: 正文。\n",
        "- id: closing.b\n  <<: 1\n  title: 标题\n  text: 正文。\n",
    ],
    ids=["recursive alias", "merge of a scalar"],
)
def test_hostile_yaml_in_an_edit_is_kept_aside(lib: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    use_editor(tmp_path, monkeypatch, text.encode())
    message = assert_user_error(edit("edit", "closing.b"), "修改没有保存")
    assert aside_of(message).read_text(encoding="utf-8").endswith(text)


def test_a_flow_style_user_file_is_not_appended_to(lib: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (lib / "closing.yaml").write_text("[{id: closing.a, title: 标题, tags: [号召], occasions: [工作会议], text: 正文。}]\n", encoding="utf-8")
    before = (lib / "closing.yaml").read_bytes()
    use_editor(tmp_path, monkeypatch, fragment("closing.new-journey", "我的版本。").encode())
    message = assert_user_error(edit("edit", "closing.new-journey"), "不是标准写法")
    assert (lib / "closing.yaml").read_bytes() == before
    assert "我的版本" in aside_of(message).read_text(encoding="utf-8")


def test_disk_full_while_saving_keeps_the_edit_aside(lib: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    library = lib / "closing.yaml"
    before = library.read_bytes()
    real = editing.write_atomic

    def full(path: Path, data: bytes) -> None:
        if path == library:
            raise OutputError(f"无法写入 {path}（磁盘已满）", hint="请清理磁盘空间后重试，没有写入任何文件")
        real(path, data)

    monkeypatch.setattr(editing, "write_atomic", full)
    use_editor(tmp_path, monkeypatch, fragment("closing.b", "我改过的正文。").encode())
    message = assert_user_error(edit("edit", "closing.b"), "修改没有保存：无法写入", "磁盘已满")
    assert library.read_bytes() == before
    assert "我改过的正文" in aside_of(message).read_text(encoding="utf-8")


def test_the_aside_goes_elsewhere_when_the_library_folder_cannot_take_it(lib: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = editing.write_atomic

    def refuse_in_library(path: Path, data: bytes) -> None:
        if path.parent == lib:
            raise OutputError("无法写入（磁盘已满）")
        real(path, data)

    monkeypatch.setattr(editing, "write_atomic", refuse_in_library)
    use_editor(tmp_path, monkeypatch, fragment("closing.b", "我改过的正文。").encode())
    message = assert_user_error(edit("edit", "closing.b"), "修改没有保存")
    aside = aside_of(message)
    assert aside.parent != lib and "我改过的正文" in aside.read_text(encoding="utf-8")


@pytest.mark.skipif(os.name != "posix", reason="EDITOR is written with POSIX shell quoting")
def test_two_simultaneous_edits_of_different_fragments_both_land(lib: Path, tmp_path: Path) -> None:
    script = tmp_path / "editor.py"
    script.write_text(EDITOR, encoding="utf-8")
    processes = []
    for fid in ("closing.a", "closing.b"):
        saved = tmp_path / f"{fid}.bin"
        saved.write_bytes(fragment(fid, f"{fid} 的新正文。").encode())
        hook = tmp_path / f"{fid}.hook.py"
        hook.write_text("import time\ntime.sleep(0.5)\n", encoding="utf-8")
        env = {**os.environ, "EDITOR": " ".join(shlex.quote(str(a)) for a in (sys.executable, script, saved, hook))}
        env.pop("JIANGGAO_FRAGMENTS", None)
        processes.append(subprocess.Popen(
            [sys.executable, "-m", "jianggao", "fragments", "edit", fid], cwd=tmp_path, env=env,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        ))
    results = [p.communicate(timeout=60) + (p.returncode,) for p in processes]
    text = (lib / "closing.yaml").read_text(encoding="utf-8")
    entries = {e.id: e.chunk for e in scan_text(text, lib / "closing.yaml", lib, False)}
    assert sorted(entries) == ["closing.a", "closing.b"], text
    for fid, (_, stderr, code) in zip(("closing.a", "closing.b"), results, strict=True):
        if code == 0:
            assert f"{fid} 的新正文。" in entries[fid]
        else:  # the other save changed the file first: refused, kept aside, never corrupted
            assert "修改没有保存" in stderr and aside_of(stderr).is_file()


@pytest.mark.skipif(os.name != "posix", reason="signals")
def test_an_edit_saved_before_the_command_is_terminated_is_kept(lib: Path, tmp_path: Path) -> None:
    import signal
    import time

    script = tmp_path / "slow_editor.py"
    flag = tmp_path / "saved.flag"
    script.write_text(
        "import sys, time\n"
        f"open(sys.argv[1], 'w', encoding='utf-8').write({fragment('closing.b', '我改过的正文。')!r})\n"
        f"open({str(flag)!r}, 'w').write('1')\n"
        "time.sleep(30)\n",
        encoding="utf-8",
    )
    env = {**os.environ, "EDITOR": f"{shlex.quote(sys.executable)} {shlex.quote(str(script))}"}
    env.pop("JIANGGAO_FRAGMENTS", None)
    process = subprocess.Popen(
        [sys.executable, "-c", "from jianggao.cli.main import main; main()", "fragments", "edit", "closing.b"],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )
    deadline = time.monotonic() + 30
    while not flag.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGTERM)  # the terminal goes away: jianggao and the editor both get it
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 1
    line = stderr.strip().splitlines()[-1]
    assert "已取消，修改没有保存" in line
    assert "我改过的正文" in aside_of(line).read_text(encoding="utf-8")
    assert "我改过的正文" not in (lib / "closing.yaml").read_text(encoding="utf-8")
