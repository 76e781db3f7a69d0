"""Office Open XML (.docx) packages, read safely: namespaces, bounded zip reading, one XML parser.

Every reader of a .docx goes through here (``mine``/``check``, ``--reference-doc``, the
draft guard), and the Word writer takes its namespace strings from here. A package is
untrusted input, so:

- ``Package`` opens a zip from bytes or a path and inflates parts within limits on the
  number of entries, the size of a part, the total inflated and the compression ratio;
  the sizes the zip declares are checked first, and no part is inflated by more than one
  byte past its declared (and so bounded) size, whatever its data holds;
- ``parse_xml`` parses a part with lxml set up to load nothing from outside, refuses a
  DOCTYPE (OOXML never has one; entity bombs and external entities come that way) and
  nesting deeper than ``MAX_DEPTH``;
- everything that goes wrong is one ``OoxmlError``, which callers turn into their own
  user error (or, for the guard, into "not ours").

lxml is imported only when a part is parsed: the writer imports this module for its
constants and should not pay for lxml.
"""

from __future__ import annotations

import io
import os
import posixpath
import stat
import zipfile
import zlib
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Literal
from urllib.parse import unquote

from .errors import os_reason
from .records import record

if TYPE_CHECKING:
    from lxml import etree

# --- namespaces -------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CORE_PROPS_NS = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
EXTENDED_PROPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
CUSTOM_PROPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
DC_NS = "http://purl.org/dc/elements/1.1/"
DCTERMS_NS = "http://purl.org/dc/terms/"
DCMITYPE_NS = "http://purl.org/dc/dcmitype/"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"

# --- escaping for the writer --------------------------------------------------------
# What xml.sax.saxutils's escape and quoteattr do, character for character: importing that
# module pulls in urllib.request (http, email, ssl, socket), about 17 ms of every Word build.


def escape(text: str) -> str:
    """``text`` as XML character data: &, > and < escaped."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def quoteattr(value: str) -> str:
    """``value`` as a quoted XML attribute value (newlines, returns and tabs kept as references)."""
    value = escape(value).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    if '"' not in value:
        return f'"{value}"'
    if "'" not in value:
        return f"'{value}'"
    return '"' + value.replace('"', "&quot;") + '"'


# The same as lxml tag prefixes (Clark notation): W + "p" is the tag of a w:p element.
W = f"{{{W_NS}}}"
MC = f"{{{MC_NS}}}"
A = f"{{{A_NS}}}"
PKG_REL = f"{{{PKG_REL_NS}}}"
CUSTOM_PROPS = f"{{{CUSTOM_PROPS_NS}}}"
VT = f"{{{VT_NS}}}"

# Relationship types.
REL_OFFICE_DOCUMENT = f"{R_NS}/officeDocument"
REL_STYLES = f"{R_NS}/styles"
REL_NUMBERING = f"{R_NS}/numbering"
REL_THEME = f"{R_NS}/theme"
REL_SETTINGS = f"{R_NS}/settings"
REL_FONT_TABLE = f"{R_NS}/fontTable"
REL_FOOTER = f"{R_NS}/footer"
REL_HEADER = f"{R_NS}/header"
REL_EXTENDED_PROPERTIES = f"{R_NS}/extended-properties"
REL_CUSTOM_PROPERTIES = f"{R_NS}/custom-properties"
REL_CORE_PROPERTIES = f"{PKG_REL_NS}/metadata/core-properties"

MAIN_DOCUMENT = "word/document.xml"  # where every Word, WPS and LibreOffice puts it

# --- limits -----------------------------------------------------------------------

# A Word document is a few dozen entries (a few hundred with many pictures); its XML
# parts are well under a few MB even for a book, and Word's XML deflates about 5-20:1.
MAX_ENTRIES = 5_000
MAX_PART_BYTES = 32 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024  # inflated by one Package, over all the parts it reads
MAX_RATIO = 200  # uncompressed / compressed; zip bombs run in the thousands
RATIO_FLOOR = 1024 * 1024  # parts up to this size may compress as well as they like
# Real documents nest about 20 deep (a text box in a table cell); each nested table adds 3.
# libxml2 itself stops at 256 without XML_PARSE_HUGE; both report the same error.
MAX_DEPTH = 256
# A central directory entry is 46 bytes plus name and extra fields; real ones are ~100.
_DIRECTORY_BYTES_PER_ENTRY = 256


@record(frozen=True)
class Limits:
    """What a ``Package`` refuses to open or inflate (tests use small ones)."""

    entries: int = MAX_ENTRIES
    part_bytes: int = MAX_PART_BYTES
    total_bytes: int = MAX_TOTAL_BYTES
    ratio: int = MAX_RATIO
    ratio_floor: int = RATIO_FLOOR


DEFAULT_LIMITS = Limits()

# --- errors -----------------------------------------------------------------------

ErrorKind = Literal["archive", "xml", "hostile"]


class OoxmlError(Exception):
    """A package or part that cannot be read, or that looks built to attack the reader.

    ``clause`` is Chinese and continues a subject the caller supplies, so that it reads
    ``Word 文档中的 word/styles.xml 已损坏…`` or ``参考文档不是有效的 .docx 文件…``
    (see ``message_for``). ``kind`` lets the caller choose its hint: ``archive`` (not a
    zip, a damaged entry), ``xml`` (a part that does not parse), ``hostile`` (a limit,
    a DOCTYPE, excessive nesting).
    """

    def __init__(self, clause: str, *, kind: ErrorKind, part: str | None = None) -> None:
        super().__init__(clause)
        self.clause = clause
        self.kind = kind
        self.part = part

    def message_for(self, subject: str) -> str:
        return subject + self.clause

    def __str__(self) -> str:
        return self.message_for("文档")


def _mb(size: int) -> int:
    return size // (1024 * 1024)


def _part_too_big(name: str, size: int, limit: int) -> OoxmlError:
    return OoxmlError(f"中的 {name} 解压后过大（{_mb(size)} MB，上限 {_mb(limit)} MB），疑似压缩炸弹，已拒绝读取", kind="hostile", part=name)


# --- the package ------------------------------------------------------------------

_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, RuntimeError, NotImplementedError)


def _open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading if it is a regular file: a FIFO or a device is refused, not waited on."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise OoxmlError(f"无法读取（{os_reason(exc)}）", kind="archive") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OoxmlError("不是普通文件（是文件夹、设备或管道），无法读取", kind="archive")
    return os.fdopen(fd, "rb")


class Package:
    """An OPC package (zip) opened for bounded reading; use it as a context manager.

    ``names`` are the part names (no folder entries), in archive order. ``part`` inflates
    one part; part names are matched exactly, then ignoring case (OPC part names are
    case-insensitive).
    """

    def __init__(self, source: bytes | Path, *, limits: Limits = DEFAULT_LIMITS) -> None:
        self.limits = limits
        self._inflated = 0
        self._file: BinaryIO = io.BytesIO(source) if isinstance(source, bytes) else _open_regular(source)
        try:
            self._check_directory()
            self._zip = zipfile.ZipFile(self._file)
            infos = self._zip.infolist()
        except OoxmlError:
            self._file.close()
            raise
        except _ZIP_ERRORS:
            self._file.close()
            raise OoxmlError("不是有效的 .docx 文件（无法作为 zip 打开，可能已损坏）", kind="archive") from None
        if len(infos) > limits.entries:
            self.close()
            raise OoxmlError(f"的压缩包里有 {len(infos)} 个条目（上限 {limits.entries}），不像是 Word 文档，已拒绝读取", kind="hostile")
        self._infos = {info.filename: info for info in infos if not info.is_dir()}
        self._folded = {name.lower(): info for name, info in self._infos.items()}
        self.names: tuple[str, ...] = tuple(self._infos)

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        if hasattr(self, "_zip"):
            self._zip.close()
        self._file.close()

    def __contains__(self, name: str) -> bool:
        return self._info(name) is not None

    def _info(self, name: str) -> zipfile.ZipInfo | None:
        return self._infos.get(name) or self._folded.get(name.lower())

    def _check_directory(self) -> None:
        """Refuse a huge central directory before zipfile reads all of it into ZipInfo objects."""
        declared = _declared_directory(self._file)
        if declared is None:
            return  # no end record: zipfile will say it is not a zip
        entries, size = declared
        if entries > self.limits.entries:
            raise OoxmlError(f"的压缩包里有 {entries} 个条目（上限 {self.limits.entries}），不像是 Word 文档，已拒绝读取", kind="hostile")
        if size > self.limits.entries * _DIRECTORY_BYTES_PER_ENTRY:
            raise OoxmlError(f"的压缩包目录过大（{size // 1024} KB），不像是 Word 文档，已拒绝读取", kind="hostile")

    def part(self, name: str) -> bytes | None:
        """The bytes of part ``name``, or None if there is no such part."""
        info = self._info(name)
        if info is None:
            return None
        name = info.filename
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):  # all OPC allows
            raise OoxmlError(f"中的 {name} 使用了 Word 文档不用的压缩方式，无法读取", kind="archive", part=name)
        if info.flag_bits & 0x1:
            raise OoxmlError(f"中的 {name} 已加密，无法读取", kind="archive", part=name)
        limits = self.limits
        remaining = limits.total_bytes - self._inflated
        if info.file_size > limits.part_bytes:
            raise _part_too_big(name, info.file_size, limits.part_bytes)
        if info.file_size > limits.ratio_floor and info.file_size > info.compress_size * limits.ratio:
            ratio = info.file_size // max(info.compress_size, 1)
            raise OoxmlError(f"中的 {name} 压缩比异常（{ratio} 倍），疑似压缩炸弹，已拒绝读取", kind="hostile", part=name)
        if info.file_size > remaining:
            raise OoxmlError(f"解压后总计超过 {_mb(limits.total_bytes)} MB，疑似压缩炸弹，已拒绝读取", kind="hostile", part=name)
        # The size the zip claims is within every limit now, but the claim may be a lie: ask
        # for one byte more and no further (zipfile inflates as much as it is asked for).
        try:
            with self._zip.open(info) as stream:
                data = stream.read(info.file_size + 1)
        except _ZIP_ERRORS as exc:  # a header that understates the size ends here: bad CRC
            raise OoxmlError(f"已损坏，无法读取 {name}（{_one_line(str(exc))}）", kind="archive", part=name) from None
        if len(data) > info.file_size:
            raise OoxmlError(f"中的 {name} 解压后大于压缩包声明的大小，疑似压缩炸弹，已拒绝读取", kind="hostile", part=name)
        self._inflated += len(data)
        return data

    def relationships(self, part_name: str = "") -> dict[str, str]:
        """Relationship type → target part name for ``part_name`` ("" for the package itself).

        Internal targets only, resolved against the part's folder (or the package root for
        an absolute target); the first relationship of each type wins.
        """
        folder, base = posixpath.split(part_name)
        rels_name = posixpath.join(folder, "_rels", f"{base}.rels")
        data = self.part(rels_name)
        if data is None:
            return {}
        out: dict[str, str] = {}
        for rel in parse_xml(data, rels_name).iter(f"{PKG_REL}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            target = resolve_target(part_name, rel.get("Target", ""))
            if target is not None:
                out.setdefault(rel.get("Type", ""), target)
        return out

    def main_document(self) -> str | None:
        """The main document part: the package's officeDocument target, else word/document.xml."""
        target = self.relationships().get(REL_OFFICE_DOCUMENT)
        for name in (target, MAIN_DOCUMENT):
            info = self._info(name) if name else None
            if info is not None:
                return info.filename
        return None


def resolve_target(source_part: str, target: str) -> str | None:
    """The part name a relationship ``target`` of ``source_part`` points to ("" = the package).

    Targets are URIs: relative to the source part's folder, or absolute from the package
    root, percent-encoded. None for a target outside the package.
    """
    target = unquote(target.split("#", 1)[0])
    if not target:
        return None
    if target.startswith("/"):
        resolved = posixpath.normpath(target.lstrip("/"))
    else:
        resolved = posixpath.normpath(posixpath.join(posixpath.dirname(source_part), target))
    if resolved in (".", "..") or resolved.startswith("../"):
        return None
    return resolved


_EOCD = b"PK\x05\x06"
_EOCD_SIZE = 22
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_EOCD = b"PK\x06\x06"
_ZIP64_SIZES = 56 + 20  # the zip64 end record and its locator, just before the end record


def _declared_directory(fh: BinaryIO) -> tuple[int, int] | None:
    """(entries, central directory bytes) as the end record declares them, found the way
    zipfile finds it (its ``_EndRecData``), so that these are the numbers zipfile will use."""
    fh.seek(0, os.SEEK_END)
    size = fh.tell()
    if size < _EOCD_SIZE:
        return None
    at = size - _EOCD_SIZE
    fh.seek(at)
    record = fh.read(_EOCD_SIZE)
    if not (record.startswith(_EOCD) and record.endswith(b"\0\0")):  # an archive comment follows
        start = max(0, size - (1 << 16) - _EOCD_SIZE)
        fh.seek(start)
        tail = fh.read()
        found = tail.rfind(_EOCD)
        if found < 0 or len(tail) - found < _EOCD_SIZE:
            return None
        at = start + found
        record = tail[found : found + _EOCD_SIZE]
    entries = int.from_bytes(record[10:12], "little")
    directory = int.from_bytes(record[12:16], "little")
    if at >= _ZIP64_SIZES:
        fh.seek(at - _ZIP64_SIZES)
        zip64 = fh.read(_ZIP64_SIZES)
        if zip64.startswith(_ZIP64_EOCD) and zip64[56:60] == _ZIP64_LOCATOR:
            entries = int.from_bytes(zip64[32:40], "little")
            directory = int.from_bytes(zip64[40:48], "little")
    return entries, directory


# --- the XML parser ---------------------------------------------------------------

# OOXML parts are UTF-8 or UTF-16; libxml2 also reads UTF-32 and the ASCII-compatible encodings.
_DOCTYPE = tuple("<!DOCTYPE".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"))


def _one_line(text: str) -> str:
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _parser() -> Any:
    from lxml import etree

    # No entity expansion, no network, no external DTD, libxml2's default size and depth limits.
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


@lru_cache(maxsize=4)
def _deeper_than(max_depth: int) -> Any:
    """An XPath that is true if some element is nested deeper than ``max_depth`` (root = 1)."""
    from lxml import etree

    return etree.XPath("boolean(" + "/*" * (max_depth + 1) + ")")


def _too_deep(part_name: str, max_depth: int) -> OoxmlError:
    return OoxmlError(f"中的 {part_name} 嵌套超过 {max_depth} 层，不像是 Word 文档，已拒绝读取", kind="hostile", part=part_name)


def parse_xml(data: bytes, part_name: str, *, max_depth: int = MAX_DEPTH) -> etree._Element:
    """The root element of part ``part_name``; ``OoxmlError`` if it is malformed or hostile."""
    from lxml import etree

    doctype = OoxmlError(
        f"中的 {part_name} 含有 DOCTYPE 声明（Word 文档从不使用，常被用于实体炸弹或外部实体攻击），已拒绝读取",
        kind="hostile",
        part=part_name,
    )
    # Refused before libxml2 sees it; the docinfo check below catches other encodings.
    if any(mark in data for mark in _DOCTYPE):
        raise doctype
    try:
        root = etree.fromstring(data, _parser())
    except (etree.XMLSyntaxError, ValueError) as exc:
        message = _one_line(getattr(exc, "msg", None) or str(exc))
        if "depth" in message.lower():  # libxml2's own nesting limit
            raise _too_deep(part_name, min(max_depth, MAX_DEPTH)) from None
        raise OoxmlError(f"中的 {part_name} 已损坏（XML 无法解析：{message}）", kind="xml", part=part_name) from None
    if root.getroottree().docinfo.doctype:
        raise doctype
    if _deeper_than(max_depth)(root):
        raise _too_deep(part_name, max_depth)
    return root
