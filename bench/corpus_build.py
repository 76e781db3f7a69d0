"""Rebuild the mine evaluation corpus from public repositories (texts never go into git).

corpus/mine/ is git-ignored: its speeches were written by others. What is committed instead is, per speech
taken from a public repository, ``NAME.gold.yaml``: where the text comes from (repo, path, commit, how it is
extracted), the SHA-256 of the extracted text, and the gold outline as character spans into that text. On a
new machine, fetch the repositories and ``thaw`` writes NAME.txt and NAME.outline.yaml back:

    python bench/corpus_build.py extract --mirror-root DIR REPO PATH COMMIT --extract MODE -o NAME.txt
    python bench/corpus_build.py freeze corpus/mine
    python bench/corpus_build.py thaw corpus/mine --mirror-root DIR

A mirror is a bare git directory per repository, ``DIR/OWNER+NAME/repo`` (or ``DIR/OWNER+NAME``).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from jianggao.errors import JianggaoError  # noqa: E402

MODES = ("markdown", "html-print", "html-visible", "text")
PRINT_START, PRINT_END = "<!--startprint-->", "<!--endprint-->"


class CorpusError(Exception):
    """Bad input: one Chinese message, exit code 1."""


# --- extract -----------------------------------------------------------------------------------------

def read_blob(mirror_root: Path, repo: str, path: str, commit: str) -> bytes:
    """The bytes of PATH at COMMIT in the bare mirror of REPO (owner/name)."""
    if not re.fullmatch(r"[A-Za-z0-9][\w.-]*/[\w.-]+", repo):
        raise CorpusError(f"代码库名“{repo}”不对：应写作 owner/name")
    if not re.fullmatch(r"[0-9a-f]{40}", commit):
        raise CorpusError(f"提交号“{commit}”不对：应是 40 位十六进制数")
    base = mirror_root / repo.replace("/", "+")
    git_dir = next((d for d in (base / "repo", base) if (d / "HEAD").is_file()), None)
    if git_dir is None:
        raise CorpusError(f"{mirror_root} 中没有代码库 {repo} 的镜像（应在 {base}/repo）：请先取回该代码库")
    done = subprocess.run(
        ["git", f"--git-dir={git_dir}", "cat-file", "blob", f"{commit}:{path}"],
        capture_output=True, check=False,
    )
    if done.returncode:
        raise CorpusError(f"{repo} 的提交 {commit[:12]} 中没有文件 {path}（或镜像中没有这个提交）：请重新取回该代码库")
    return done.stdout


def decode(data: bytes, where: str) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise CorpusError(f"{where} 既不是 UTF-8 也不是 GB18030 编码，无法读取")


# Elements that start a new line on the page; <br> too.
_BLOCKS = frozenset((
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
    "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
))
_HIDDEN = frozenset(("head", "script", "style", "title", "noscript", "template", "select", "option", "textarea"))
_BREAK = "\x00"  # marks a block boundary in the collected text; NUL never occurs in page text


class _VisibleText(HTMLParser):
    """Visible text as a browser lays it out: a line per block, hidden elements dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.parts.append(_BREAK)

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in _BLOCKS:
            self.parts.append(_BREAK)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append(_BREAK)

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data.replace(_BREAK, ""))


_WIDE = r"\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
# Whitespace that holds a source line break is how the HTML was wrapped, not what the page shows: between
# two wide characters it is dropped (the CSS Text 3 segment-break rule for Chinese), elsewhere it is one
# space. Runs of spaces inside a source line are kept as they are (Word pages space out titles that way);
# tabs and no-break spaces show as spaces.
_WRAP = re.compile(r"[ \t\f]*[\r\n][ \t\r\n\f]*")
_WIDE_WRAP = re.compile(rf"(?<=[{_WIDE}]){_WRAP.pattern}(?=[{_WIDE}])")


def _layout(text: str) -> str:
    lines = []
    for block in text.split(_BREAK):
        line = _WRAP.sub(" ", _WIDE_WRAP.sub("", block))
        line = line.replace("\t", " ").replace("\f", " ").replace("\u00a0", " ").strip()
        if line:
            lines.append(line)
    return "\n".join(lines) + "\n" if lines else ""


def visible_text(html: str) -> str:
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    return _layout("".join(parser.parts))


def extract_text(data: bytes, mode: str, where: str) -> str:
    """The speech text of one file, made the same way every time."""
    if mode == "markdown":
        return decode(data, where)
    if mode == "text":
        return decode(data, where).replace("\r\n", "\n").replace("\r", "\n")
    html = decode(data, where)
    if mode == "html-print":
        start, end = html.find(PRINT_START), html.find(PRINT_END)
        if start < 0 or end < start:
            raise CorpusError(f"{where} 中没有打印区（{PRINT_START} … {PRINT_END}）：请改用 --extract html-visible")
        return visible_text(html[start + len(PRINT_START):end])
    if mode == "html-visible":
        return visible_text(html)
    raise CorpusError(f"不认识的提取方式“{mode}”：可用 {'、'.join(MODES)}")


def extract_source(mirror_root: Path, repo: str, path: str, commit: str, mode: str) -> str:
    return extract_text(read_blob(mirror_root, repo, path, commit), mode, f"{repo} {path} @ {commit[:12]}")


def write_text(target: Path, text: str) -> None:
    # newline="" keeps the bytes as extracted (a Markdown file with CRLF stays CRLF).
    target.write_text(text, encoding="utf-8", newline="")


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- command line ------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="由公开代码库重建 mine 评测语料（讲稿全文不进 git）")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="从代码库镜像取出一篇讲稿的文字")
    ex.add_argument("--mirror-root", type=Path, required=True, help="存放代码库镜像的目录（OWNER+NAME/repo）")
    ex.add_argument("repo", help="代码库，owner/name")
    ex.add_argument("path", help="代码库中的文件路径")
    ex.add_argument("commit", help="40 位提交号")
    ex.add_argument("--extract", choices=MODES, required=True, help="提取方式")
    ex.add_argument("-o", "--output", type=Path, required=True, help="写入的 NAME.txt")
    args = parser.parse_args(argv)
    try:
        if args.command == "extract":
            write_text(args.output, extract_source(args.mirror_root, args.repo, args.path, args.commit, args.extract))
            print(f"已写入 {args.output}")
    except (CorpusError, JianggaoError) as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
