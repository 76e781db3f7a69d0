"""Rebuild the mine evaluation corpus from public repositories (texts never go into git).

corpus/mine/ is git-ignored: its speeches were written by others. What is committed instead is, per speech
taken from a public repository, ``NAME.gold.yaml``: where the text comes from (repo, path, commit, how it is
extracted), the SHA-256 of the extracted text, and the gold outline as character spans into that text. On a
new machine, fetch the repositories and ``thaw`` writes NAME.txt and NAME.outline.yaml back (a speech kept as a
record of a JSON/JSONL file is named FILE#POINTER, e.g. ``data/speeches.json#/3/text``, with mode json-text):

    python bench/corpus_build.py extract --mirror-root DIR REPO PATH COMMIT --extract MODE -o NAME.txt
    python bench/corpus_build.py freeze corpus/mine
    python bench/corpus_build.py thaw corpus/mine --mirror-root DIR

A mirror is a bare git directory per repository, ``DIR/OWNER+NAME/repo`` (or ``DIR/OWNER+NAME``), or a snapshot with a work tree (``DIR/OWNER+NAME/repo/.git``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import yaml  # noqa: E402
from eval_mine import BOLD_MARKS, as_written  # noqa: E402

from jianggao.errors import JianggaoError, Location  # noqa: E402
from jianggao.reader.mine import normalise  # noqa: E402
from jianggao.spec.yaml_source import LocatedYaml, load_yaml_file  # noqa: E402
from jianggao.zh.labels import match_label  # noqa: E402

MODES = ("markdown", "html-print", "html-visible", "text", "json-text")
PRINT_START, PRINT_END = "<!--startprint-->", "<!--endprint-->"


class CorpusError(JianggaoError):
    """Bad input: one Chinese message (file, line, what to do), exit code 1."""


# --- extract -----------------------------------------------------------------------------------------

def read_blob(mirror_root: Path, repo: str, path: str, commit: str) -> bytes:
    """The bytes of PATH at COMMIT in the mirror of REPO (owner/name)."""
    if not re.fullmatch(r"[A-Za-z0-9][\w.-]*/[\w.-]+", repo):
        raise CorpusError(f"代码库名“{repo}”不对：应写作 owner/name")
    if not re.fullmatch(r"[0-9a-f]{40}", commit):
        raise CorpusError(f"提交号“{commit}”不对：应是 40 位十六进制数")
    base = mirror_root / repo.replace("/", "+")
    # A snapshot is a bare git directory, or (for some repositories) a work tree with its .git inside.
    git_dir = next((d for d in (base / "repo", base / "repo" / ".git", base) if (d / "HEAD").is_file()), None)
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


# A web page opens each paragraph with two ideographic (or em) spaces; a crawler that joined the paragraphs
# kept those indents, so a run of two or more of them is where a line began on the page.
_INDENT_RUN = re.compile(r"[ \t]*[\u3000\u2003]{2,}[ \t\u3000\u2003]*")


def json_value(data: bytes, jsonl: bool, pointer: str, where: str) -> str:
    """The string at ``pointer`` (JSON Pointer, RFC 6901) in a .json file, or in a .jsonl file whose lines
    are the first step of the pointer (``/0/text`` is the text field of the first line)."""
    raw = decode(data, where)
    try:
        if jsonl:
            value: object = [json.loads(line) for line in raw.splitlines() if line.strip()]
        else:
            value = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{where} 不是合法的 JSON（第 {exc.lineno} 行）：请核对文件和提取方式") from None
    if not pointer.startswith("/"):
        raise CorpusError(f"{where} 的记录位置“{pointer}”不对：应写作 文件#/序号/字段，如 data.json#/3/text")
    for step in pointer[1:].split("/"):
        step = step.replace("~1", "/").replace("~0", "~")
        if isinstance(value, list) and step.isdigit() and int(step) < len(value):
            value = value[int(step)]
        elif isinstance(value, dict) and step in value:
            value = value[step]
        else:
            raise CorpusError(f"{where} 中没有记录位置“{pointer}”（“{step}”处找不到）：请核对序号和字段名")
    if not isinstance(value, str):
        raise CorpusError(f"{where} 中“{pointer}”处不是一段文字：请指到讲稿正文的字段")
    return value


def json_text(value: str) -> str:
    """A text field as its lines: line breaks kept, an indent run starts a new line, lines stripped."""
    lines = []
    for line in _INDENT_RUN.sub("\n", value.replace("\r\n", "\n").replace("\r", "\n")).split("\n"):
        line = line.strip()
        if line:
            lines.append(line)
    return "\n".join(lines) + "\n" if lines else ""


def split_record(path: str, mode: str) -> tuple[str, str]:
    """(file path, record pointer): json-text sources name a record inside the file as FILE#POINTER."""
    if mode != "json-text":
        return path, ""
    file_path, sep, pointer = path.partition("#")
    if not sep or not file_path:
        raise CorpusError(f"路径“{path}”没有写明记录：json-text 的路径应写作 文件#/序号/字段，如 data.json#/3/text")
    return file_path, pointer


def extract_text(data: bytes, mode: str, where: str, pointer: str = "", jsonl: bool = False) -> str:
    """The speech text of one file (for json-text, of the record at ``pointer``), made the same way every time."""
    if mode == "json-text":
        return json_text(json_value(data, jsonl, pointer, where))
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
    file_path, pointer = split_record(path, mode)
    return extract_text(read_blob(mirror_root, repo, file_path, commit), mode, f"{repo} {file_path} @ {commit[:12]}",
                        pointer, file_path.endswith(".jsonl"))


def write_text(target: Path, text: str) -> None:
    # newline="" keeps the bytes as extracted (a Markdown file with CRLF stays CRLF).
    target.write_text(text, encoding="utf-8", newline="")


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- freeze: outline text -> spans into the text ----------------------------------------------------

SOURCE_KEYS = ("repo", "path", "commit", "extract")


def read_source(doc: LocatedYaml) -> dict[str, str] | None:
    """The ``source:`` mapping of an outline or gold file, checked; None when source is not a mapping."""
    source = doc.data.get("source") if isinstance(doc.data, dict) else None
    if not isinstance(source, dict):
        return None
    for key in SOURCE_KEYS:
        if not isinstance(source.get(key), str) or not source[key]:
            raise CorpusError(f"source 缺少 {key}", location=doc.where(("source",)),
                              hint="source 应写明 repo、path、commit 和 extract，见 corpus/ANNOTATION.md")
    if source["extract"] not in MODES:
        raise CorpusError(f"不认识的提取方式“{source['extract']}”", location=doc.where(("source", "extract")),
                          hint=f"可用 {'、'.join(MODES)}")
    return {key: str(source[key]) for key in SOURCE_KEYS}


class _Finder:
    """Finds a heading in the text as eval_mine compares it: spacing, punctuation width and Markdown bold marks do
    not count (a heading the copy sets partly in bold, **SQL** **支持**, is found as SQL 支持)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.index: list[int] = []  # position in text of each character of the normalised text
        bold = {i for m in BOLD_MARKS.finditer(text) for i in range(m.start(), m.end())}  # (as as_written drops them)
        chars = []
        for i, ch in enumerate(text):
            norm = normalise(ch) if i not in bold else ""  # one character for one, or none for spacing and bold marks
            if norm:
                chars.append(norm)
                self.index.append(i)
        self.normal = "".join(chars)

    def find(self, heading: str, start: int = 0) -> tuple[int, int] | None:
        """The span [start, end) of ``heading``: of its occurrences, one written exactly as the heading is
        preferred, then one at or after text position ``start`` (headings are listed in order), then one that
        is a line of its own, then one that opens a line (a short heading, 一 or 国王, also stands inside
        the text's sentences and dates)."""
        target = as_written(heading)
        if not target:
            return None
        spans = []
        at = self.normal.find(target)
        while at >= 0:
            spans.append((self.index[at], self.index[at + len(target) - 1] + 1))
            at = self.normal.find(target, at + 1)
        if not spans:
            return None
        return min(spans, key=lambda sp: (span_text(self.text, sp) != heading, sp[0] < start, *self._placed(sp), sp[0]))

    def _placed(self, span: tuple[int, int]) -> tuple[bool, bool]:
        """(not a line of its own, not at a line's start): spacing, a label and closing marks do not count."""
        line_start = self.text.rfind("\n", 0, span[0]) + 1
        line_end = self.text.find("\n", span[1])
        before = self.text[line_start : span[0]].strip()
        after = self.text[span[1] : len(self.text) if line_end < 0 else line_end].strip().strip("。：:！!？?#*")
        # (a label and nothing else before it: 一、 / （一） / 第一，; 一是加强… before it is a sentence, not a label)
        opens = not before or any(not before[m.end :].strip("#*>_ \u3000") for m in match_label(before)) or before.strip("#*> ") == ""
        return (not (opens and not after), not opens)


def span_text(text: str, span: list[int] | tuple[int, int]) -> str:
    """A heading as read back from its span: a line break inside it reads as one space."""
    return re.sub(r"\s*\n\s*", " ", text[span[0]:span[1]])


def freeze_one(outline_path: Path) -> tuple[dict, list[str]] | None:
    """NAME.gold.yaml data for one outline (None if it has no source mapping) and notes on inexact headings."""
    doc = load_yaml_file(outline_path, CorpusError)
    if not isinstance(doc.data, dict):
        raise CorpusError("提纲文件应是一个映射（batch、occasion、title、source、levels）", location=doc.where(()))
    source = read_source(doc)
    if source is None:
        return None
    text_path = outline_path.with_name(outline_path.name.removesuffix(".outline.yaml") + ".txt")
    if not text_path.is_file():
        raise CorpusError(f"找不到讲稿 {text_path.name}", location=Location(outline_path),
                          hint="提纲要和讲稿放在一起")
    try:
        text = text_path.read_bytes().decode("utf-8")  # as written, line ends and all: the hash is of these bytes
    except UnicodeDecodeError:
        raise CorpusError(f"{text_path.name} 不是 UTF-8 文本", location=Location(text_path),
                          hint="请用 corpus_build.py extract 重新生成") from None
    finder = _Finder(text)
    notes = []

    def locate(heading: object, where: tuple, start: int) -> list[int]:
        if not isinstance(heading, str) or not heading.strip():
            raise CorpusError("要点应是一段文字", location=doc.where(where))
        span = finder.find(heading, start)
        if span is None:
            raise CorpusError(f"在 {text_path.name} 中找不到“{heading}”", location=doc.where(where),
                              hint="请从讲稿中原样复制这一要点（标点、空格不计）")
        if span_text(text, list(span)) != heading:
            notes.append(f"{outline_path.name}：“{heading}”在讲稿中写作“{span_text(text, list(span))}”（解冻时按讲稿原文写出）")
        return _Span(span)

    gold: dict = {key: doc.data[key] for key in ("batch", "occasion") if key in doc.data}
    gold["source"] = source
    gold["text_sha256"] = sha256(text)
    title = doc.data.get("title")
    gold["title"] = locate(title, ("title",), 0) if title else None
    levels = doc.data.get("levels") or {}
    if not isinstance(levels, dict):
        raise CorpusError("levels 应是映射（1: […] 2: […]）", location=doc.where(("levels",)))
    gold["levels"] = {}
    for key, headings in levels.items():
        spans, start = [], 0
        for n, heading in enumerate(headings or []):
            spans.append(locate(heading, ("levels", key, n), start))
            if spans[-1][0] < start:  # (no copy of it after the one before: listed out of order, or placed wrong)
                line = text.count("\n", 0, spans[-1][0]) + 1
                notes.append(f"{outline_path.name}：第 {key} 级第 {n + 1} 个要点“{heading}”落在讲稿第 {line} 行，"
                             "在前一个要点之前：请核对要点的次序或它在讲稿中的位置")
            start = spans[-1][1]
        gold["levels"][int(key)] = spans
    return gold, notes


class _Span(list):
    """A [start, end] pair, written on one line."""


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(_Span, lambda dumper, span: dumper.represent_sequence(
    "tag:yaml.org,2002:seq", list(span), flow_style=True))


def dump_yaml(data: dict, header: str) -> str:
    return header + yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1_000_000)


def freeze(folder: Path) -> int:
    """Write NAME.gold.yaml for every outline with a source mapping; nothing is written if one fails."""
    frozen = {}
    for outline_path in sorted(folder.glob("*.outline.yaml")):
        result = freeze_one(outline_path)
        if result is not None:
            frozen[outline_path.name.removesuffix(".outline.yaml")] = result
    for name, (gold, notes) in frozen.items():
        for note in notes:
            print(f"注意：{note}")
        header = (f"# 由 bench/corpus_build.py freeze 从 {name}.outline.yaml 生成，请勿手改。\n"
                  f"# 不含讲稿文字：标题和要点是 {name}.txt 中的字符区间 [起, 止)。\n")
        (folder / f"{name}.gold.yaml").write_text(dump_yaml(gold, header), encoding="utf-8")
    print(f"已写入 {len(frozen)} 个 .gold.yaml（{folder}）")
    return len(frozen)


# --- thaw: spans -> text and outline again ----------------------------------------------------------

def thaw_one(gold_path: Path, mirror_root: Path) -> tuple[str, dict]:
    """The text and the outline data that ``gold_path`` stands for."""
    doc = load_yaml_file(gold_path, CorpusError)
    source = read_source(doc)
    if source is None:
        raise CorpusError("缺少 source 映射（repo、path、commit、extract）", location=doc.where(()))
    text = extract_source(mirror_root, source["repo"], source["path"], source["commit"], source["extract"])
    if sha256(text) != doc.data.get("text_sha256"):
        raise CorpusError(
            f"重新提取的讲稿与冻结时不同（sha256 {sha256(text)[:12]}…，应为 {str(doc.data.get('text_sha256'))[:12]}…）",
            location=doc.where(("text_sha256",)),
            hint="镜像中的文件或 corpus_build.py 的提取规则变了：请核对提交号，或在原提取规则下重新标注后再 freeze",
        )

    def heading(span: object, where: tuple) -> str:
        if not (isinstance(span, list) and len(span) == 2 and all(isinstance(n, int) for n in span)
                and 0 <= span[0] < span[1] <= len(text)):
            raise CorpusError("字符区间应是 [起, 止]，且在讲稿范围内", location=doc.where(where))
        return span_text(text, span)

    outline: dict = {key: doc.data[key] for key in ("batch", "occasion") if key in doc.data}
    if doc.data.get("title") is not None:
        outline["title"] = heading(doc.data["title"], ("title",))
    outline["source"] = source
    levels = doc.data.get("levels") or {}
    if not isinstance(levels, dict) or not all(isinstance(k, int) and isinstance(v, list | None) for k, v in levels.items()):
        raise CorpusError("levels 应是“层级数字: [字符区间, …]”的映射", location=doc.where(("levels",)))
    outline["levels"] = {
        level: [heading(span, ("levels", level, n)) for n, span in enumerate(spans or [])]
        for level, spans in levels.items()
    }
    return text, outline


def thaw(folder: Path, mirror_root: Path, force: bool = False) -> int:
    golds = sorted(folder.glob("*.gold.yaml"))
    if not golds:
        raise CorpusError(f"{folder} 中没有 NAME.gold.yaml", hint="先在标注好的语料目录上运行 freeze")
    # Every speech is rebuilt and checked before any file is written: all or nothing, as freeze.
    outputs: dict[Path, str] = {}
    for gold_path in golds:
        name = gold_path.name.removesuffix(".gold.yaml")
        text, outline = thaw_one(gold_path, mirror_root)
        header = f"# 由 bench/corpus_build.py thaw 从 {name}.gold.yaml 重建（原标注中的注释不保存在 gold.yaml 中）。\n"
        outputs[folder / f"{name}.txt"] = text
        outputs[folder / f"{name}.outline.yaml"] = dump_yaml(outline, header)
    for target, content in outputs.items():
        if target.exists() and not force and not _same(target, content):
            raise CorpusError(f"{target} 已存在且内容不同，未覆盖", hint="确认不再需要它后加 --force，或解冻到另一个目录")
    for target, content in outputs.items():
        write_text(target, content)
    print(f"已重建 {len(golds)} 篇讲稿及提纲（{folder}）")
    return len(golds)


def _same(target: Path, content: str) -> bool:
    """An existing file the thaw would leave as it is: the same text, or an outline with the same data."""
    existing = target.read_bytes().decode("utf-8", errors="replace")
    if existing == content:
        return True
    if target.name.endswith(".outline.yaml"):
        try:
            return yaml.safe_load(existing) == yaml.safe_load(content)
        except yaml.YAMLError:
            return False
    return False


# --- command line ------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="由公开代码库重建 mine 评测语料（讲稿全文不进 git）")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="从代码库镜像取出一篇讲稿的文字")
    ex.add_argument("--mirror-root", type=Path, required=True, help="存放代码库镜像的目录（OWNER+NAME/repo）")
    ex.add_argument("repo", help="代码库，owner/name")
    ex.add_argument("path", help="代码库中的文件路径（json-text 写作 文件#/序号/字段）")
    ex.add_argument("commit", help="40 位提交号")
    ex.add_argument("--extract", choices=MODES, required=True, help="提取方式")
    ex.add_argument("-o", "--output", type=Path, required=True, help="写入的 NAME.txt")
    ex.add_argument("--force", action="store_true", help="覆盖内容不同的已有文件")
    fr = sub.add_parser("freeze", help="把 NAME.outline.yaml 冻结为不含讲稿文字的 NAME.gold.yaml")
    fr.add_argument("folder", type=Path, help="语料目录，如 corpus/mine")
    th = sub.add_parser("thaw", help="由 NAME.gold.yaml 和代码库镜像重建 NAME.txt 与 NAME.outline.yaml")
    th.add_argument("folder", type=Path, help="放 NAME.gold.yaml 的目录；讲稿和提纲写在同一目录")
    th.add_argument("--mirror-root", type=Path, required=True, help="存放代码库镜像的目录（OWNER+NAME/repo）")
    th.add_argument("--force", action="store_true", help="覆盖内容不同的已有文件")
    args = parser.parse_args(argv)
    try:
        if args.command == "extract":
            text = extract_source(args.mirror_root, args.repo, args.path, args.commit, args.extract)
            if args.output.exists() and not args.force and args.output.read_bytes() != text.encode("utf-8"):
                raise CorpusError(f"{args.output} 已存在且内容不同，未覆盖", hint="确认不再需要它后加 --force，或写到另一个文件")
            write_text(args.output, text)
            print(f"已写入 {args.output}")
        elif args.command == "freeze":
            _need_folder(args.folder)
            freeze(args.folder)
        else:
            _need_folder(args.folder)
            thaw(args.folder, args.mirror_root, args.force)
    except JianggaoError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"错误：无法读写 {exc.filename}（{exc.strerror}）", file=sys.stderr)
        return 1
    return 0


def _need_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise CorpusError(f"{folder} 不是目录", hint="请给出语料目录，如 corpus/mine")


if __name__ == "__main__":
    raise SystemExit(main())
