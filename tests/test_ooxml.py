"""ooxml: bounded zip reading, relationship resolution and the hardened XML parser, on their own."""

from __future__ import annotations

import io
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from jianggao.ooxml import (
    DEFAULT_LIMITS,
    MAX_DEPTH,
    PKG_REL_NS,
    REL_OFFICE_DOCUMENT,
    REL_STYLES,
    REL_THEME,
    W_NS,
    Limits,
    OoxmlError,
    Package,
    W,
    parse_xml,
    resolve_target,
)
from tests.speech_files import SECRET, billion_laughs, external_entity, lie_about_size, nested

DOCUMENT = f'<w:document xmlns:w="{W_NS}"><w:body><w:p/></w:body></w:document>'


def zip_bytes(parts: dict[str, str | bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def rels(*relationships: tuple[str, str] | tuple[str, str, str]) -> str:
    """A relationships part: (type, target) or (type, target, "External")."""
    items = "".join(
        f'<Relationship Id="rId{i}" Type="{r[0]}" Target="{r[1]}"' + (f' TargetMode="{r[2]}"' if len(r) > 2 else "") + "/>"
        for i, r in enumerate(relationships, start=1)
    )
    return f'<Relationships xmlns="{PKG_REL_NS}">{items}</Relationships>'


def refusal(data: bytes | Path, name: str | None = None, *, limits: Limits = DEFAULT_LIMITS) -> OoxmlError:
    """The OoxmlError that opening ``data`` (and reading part ``name``) raises."""
    with pytest.raises(OoxmlError) as info, Package(data, limits=limits) as package:
        if name is not None:
            package.part(name)
    return info.value


# --- opening and reading parts ---------------------------------------------------------


def test_parts_from_bytes_and_from_a_path(tmp_path: Path) -> None:
    data = zip_bytes({"word/": b"", "word/document.xml": DOCUMENT, "[Content_Types].xml": "<Types/>"})
    path = tmp_path / "a.docx"
    path.write_bytes(data)
    for source in (data, path):
        with Package(source) as package:
            assert package.names == ("word/document.xml", "[Content_Types].xml")  # no folder entries
            assert package.part("word/document.xml") == DOCUMENT.encode()
            assert package.part("Word/Document.XML") == DOCUMENT.encode()  # OPC names ignore case
            assert package.part("word/styles.xml") is None
            assert "word/document.xml" in package and "word/styles.xml" not in package


@pytest.mark.parametrize(
    "data, words",
    [
        (b"not a zip at all", "不是有效的 .docx 文件"),
        (b"PK\x03\x04" + b"\0" * 100, "不是有效的 .docx 文件"),
        (zip_bytes({"word/document.xml": DOCUMENT})[:-30], "不是有效的 .docx 文件"),
    ],
)
def test_what_is_not_a_zip_is_an_archive_error(data: bytes, words: str) -> None:
    error = refusal(data)
    assert error.kind == "archive" and words in error.message_for("参考文档")


def test_a_missing_file_is_an_archive_error(tmp_path: Path) -> None:
    error = refusal(tmp_path / "nothing.docx")
    assert error.kind == "archive" and "无法读取" in str(error)


def test_message_continues_the_callers_subject() -> None:
    error = refusal(zip_bytes({"word/document.xml": " " * (2 * 1024 * 1024)}), "word/document.xml")
    assert error.message_for("Word 文档").startswith("Word 文档中的 word/document.xml 压缩比异常")
    assert error.part == "word/document.xml"


# --- limits ------------------------------------------------------------------------------


def test_too_many_entries_are_refused_from_the_end_record() -> None:
    data = zip_bytes({f"p{i}.xml": "<a/>" for i in range(10)})
    error = refusal(data, limits=Limits(entries=3))
    assert error.kind == "hostile" and "有 10 个条目（上限 3）" in str(error)
    with Package(data, limits=Limits(entries=10)) as package:
        assert len(package.names) == 10


def test_an_end_record_that_understates_the_entries_is_caught_after_opening() -> None:
    data = bytearray(zip_bytes({f"p{i}.xml": "<a/>" for i in range(10)}))
    end = data.rfind(b"PK\x05\x06")
    data[end + 8 : end + 12] = (1).to_bytes(2, "little") * 2  # "1 entry": zipfile reads all 10 anyway
    assert "有 10 个条目" in str(refusal(bytes(data), limits=Limits(entries=3)))


def test_a_central_directory_too_big_for_the_entry_limit_is_refused() -> None:
    data = zip_bytes({f"{'x' * 400}{i}.xml": "<a/>" for i in range(3)})
    error = refusal(data, limits=Limits(entries=3))
    assert error.kind == "hostile" and "目录过大" in str(error)


def test_the_zip64_end_record_is_the_one_checked() -> None:
    """zipfile takes entry counts from a zip64 end record when one precedes the end record; so do we."""
    data = zip_bytes({f"p{i}.xml": "<a/>" for i in range(10)})
    end = data.rfind(b"PK\x05\x06")
    directory_size = int.from_bytes(data[end + 12 : end + 16], "little")
    directory_offset = int.from_bytes(data[end + 16 : end + 20], "little")
    zip64 = (
        b"PK\x06\x06" + (44).to_bytes(8, "little") + (45).to_bytes(2, "little") * 2 + b"\0" * 8
        + (10).to_bytes(8, "little") * 2 + directory_size.to_bytes(8, "little") + directory_offset.to_bytes(8, "little")
    )
    locator = b"PK\x06\x07" + b"\0" * 4 + end.to_bytes(8, "little") + (1).to_bytes(4, "little")
    record = data[end:end + 8] + b"\xff\xff\xff\xff" + data[end + 12 :]  # 0xFFFF entries: "see zip64"
    rebuilt = data[:end] + zip64 + locator + record
    with Package(rebuilt) as package:
        assert len(package.names) == 10
    assert "有 10 个条目（上限 3）" in str(refusal(rebuilt, limits=Limits(entries=3)))


def test_a_part_over_the_size_limit_is_refused_before_inflating() -> None:
    data = zip_bytes({"big.xml": b" " * (3 * 1024 * 1024)})
    error = refusal(data, "big.xml", limits=Limits(part_bytes=2 * 1024 * 1024, ratio=10_000))
    assert error.kind == "hostile" and "big.xml 解压后过大（3 MB，上限 2 MB）" in str(error)


def test_a_part_with_a_bomb_ratio_is_refused_but_small_parts_may_compress_well() -> None:
    data = zip_bytes({"bomb.xml": b" " * (2 * 1024 * 1024), "small.xml": b" " * (512 * 1024)})
    assert "压缩比异常" in str(refusal(data, "bomb.xml"))
    with Package(data) as package:
        assert len(package.part("small.xml") or b"") == 512 * 1024  # under the floor: any ratio


def test_the_total_inflated_is_bounded_across_parts() -> None:
    data = zip_bytes({f"p{i}.xml": b"<a>" + bytes(range(256)) * 1024 + b"</a>" for i in range(3)}, zipfile.ZIP_STORED)
    with Package(data, limits=Limits(total_bytes=600 * 1024)) as package:
        package.part("p0.xml")
        package.part("p1.xml")
        with pytest.raises(OoxmlError, match="总计超过"):
            package.part("p2.xml")


def test_a_header_that_understates_a_part_never_inflates_it(tmp_path: Path) -> None:
    """The zip says 4 KB; the data inflates to 64 MB. Reading stops at what the header allowed."""
    path = tmp_path / "liar.docx"
    path.write_bytes(zip_bytes({"word/document.xml": b" " * (64 * 1024 * 1024)}))
    lie_about_size(path, "word/document.xml", 4096)
    tracemalloc.start()
    try:
        error = refusal(path, "word/document.xml")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert error.kind == "archive" and "无法读取 word/document.xml" in str(error)
    assert peak < 4 * 1024 * 1024


def test_compression_other_than_deflate_or_store_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_BZIP2) as archive:
        archive.writestr("word/document.xml", DOCUMENT)
    assert "压缩方式" in str(refusal(buffer.getvalue(), "word/document.xml"))


def test_an_encrypted_part_is_refused() -> None:
    data = bytearray(zip_bytes({"word/document.xml": DOCUMENT}))
    directory = data.rfind(b"PK\x01\x02")
    data[directory + 8] |= 0x1
    assert "已加密" in str(refusal(bytes(data), "word/document.xml"))


# --- relationships ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "source, target, resolved",
    [
        ("word/document.xml", "styles.xml", "word/styles.xml"),
        ("word/document.xml", "theme/theme1.xml", "word/theme/theme1.xml"),
        ("word/document.xml", "../customXml/item1.xml", "customXml/item1.xml"),
        ("word/document.xml", "/word/styles.xml", "word/styles.xml"),
        ("word/document.xml", "./media/image%201.png", "word/media/image 1.png"),
        ("", "word/document.xml", "word/document.xml"),
        ("", "/word/document.xml", "word/document.xml"),
        ("word/document.xml", "../../outside.xml", None),
        ("word/document.xml", "..", None),
        ("word/document.xml", "", None),
    ],
)
def test_relationship_targets_resolve_against_the_source_part(source: str, target: str, resolved: str | None) -> None:
    assert resolve_target(source, target) == resolved


def test_relationships_of_a_part_and_of_the_package() -> None:
    data = zip_bytes(
        {
            "_rels/.rels": rels((REL_OFFICE_DOCUMENT, "/word/main.xml")),
            "word/_rels/main.xml.rels": rels(
                (REL_STYLES, "house-styles.xml"),
                (REL_STYLES, "other-styles.xml"),  # the first of a type wins
                (REL_THEME, "http://example.com/theme.xml", "External"),  # never followed
            ),
            "word/main.xml": DOCUMENT,
        }
    )
    with Package(data) as package:
        assert package.relationships() == {REL_OFFICE_DOCUMENT: "word/main.xml"}
        assert package.relationships("word/main.xml") == {REL_STYLES: "word/house-styles.xml"}
        assert package.relationships("word/other.xml") == {}
        assert package.main_document() == "word/main.xml"


@pytest.mark.parametrize(
    "parts, main",
    [
        ({"word/document.xml": DOCUMENT}, "word/document.xml"),  # no package relationships
        ({"_rels/.rels": rels((REL_OFFICE_DOCUMENT, "word/gone.xml")), "word/document.xml": DOCUMENT}, "word/document.xml"),
        ({"xl/workbook.xml": "<workbook/>"}, None),
    ],
)
def test_main_document_falls_back_to_word_document_xml(parts: dict[str, str], main: str | None) -> None:
    with Package(zip_bytes(parts)) as package:
        assert package.main_document() == main


def test_a_broken_relationships_part_is_an_xml_error() -> None:
    with Package(zip_bytes({"_rels/.rels": "<Relationships"})) as package, pytest.raises(OoxmlError) as info:
        package.main_document()
    assert info.value.kind == "xml" and "_rels/.rels 已损坏（XML 无法解析" in str(info.value)


# --- the XML parser -----------------------------------------------------------------------


def test_a_sound_part_parses() -> None:
    root = parse_xml(('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + DOCUMENT).encode(), "word/document.xml")
    assert root.tag == f"{W}document"


@pytest.mark.parametrize("data", [b"", b"<w:document", b"<a></b>", b"\xff\xfe\x00garbage"])
def test_malformed_xml_names_the_part(data: bytes) -> None:
    with pytest.raises(OoxmlError) as info:
        parse_xml(data, "word/styles.xml")
    assert info.value.kind == "xml" and "word/styles.xml 已损坏（XML 无法解析：" in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-32"])
def test_a_doctype_is_refused_in_any_encoding(encoding: str) -> None:
    """Refused before libxml2 sees it."""
    xml = billion_laughs(DOCUMENT).replace('<?xml version="1.0"?>', f'<?xml version="1.0" encoding="{encoding}"?>')
    with pytest.raises(OoxmlError) as info:
        parse_xml(xml.encode(encoding), "word/document.xml")
    assert info.value.kind == "hostile" and "word/document.xml 含有 DOCTYPE" in str(info.value)


def test_an_external_entity_is_never_read(tmp_path: Path) -> None:
    xml = external_entity(DOCUMENT.replace("<w:p/>", "<w:p><w:r><w:t></w:t></w:r></w:p>"), tmp_path / "secret.txt")
    with pytest.raises(OoxmlError) as info:
        parse_xml(xml.encode(), "word/document.xml")
    assert "DOCTYPE" in str(info.value) and SECRET not in str(info.value)


def test_a_doctype_the_byte_scan_cannot_see_is_refused_after_a_parse_that_loads_nothing(tmp_path: Path) -> None:
    """In UTF-7, ``<!`` may be written ``+ADwAIQ-``: libxml2 decodes it, the byte scan misses it."""
    utf7 = b'<?xml version="1.0" encoding="UTF-7"?>'
    try:
        parse_xml(utf7 + b"<r/>", "probe.xml")
    except OoxmlError:
        pytest.skip("this libxml2 cannot decode UTF-7")
    xml = external_entity(DOCUMENT.replace("<w:p/>", "<w:p><w:r><w:t></w:t></w:r></w:p>"), tmp_path / "secret.txt")
    hidden = utf7 + xml.split("?>", 1)[1].replace("<!DOCTYPE", "+ADwAIQ-DOCTYPE", 1).encode("ascii")
    with pytest.raises(OoxmlError) as info:
        parse_xml(hidden, "word/document.xml")
    assert info.value.kind == "hostile" and "DOCTYPE" in str(info.value) and SECRET not in str(info.value)


def test_nesting_is_bounded() -> None:
    def document(depth: int) -> bytes:  # w:document and w:body, then ``depth`` more levels
        return DOCUMENT.replace("<w:p/>", nested(depth)).encode()

    assert parse_xml(document(MAX_DEPTH - 2), "word/document.xml") is not None
    for depth in (MAX_DEPTH - 1, 10_000):  # libxml2 stops at the same depth; the message is ours
        with pytest.raises(OoxmlError, match=f"嵌套超过 {MAX_DEPTH} 层") as info:
            parse_xml(document(depth), "word/document.xml")
        assert info.value.kind == "hostile"
    assert parse_xml(document(6), "p.xml", max_depth=8) is not None
    with pytest.raises(OoxmlError, match="嵌套超过 8 层"):
        parse_xml(document(7), "p.xml", max_depth=8)


def test_word_documents_are_far_shallower_than_the_bound(tmp_path: Path) -> None:
    """python-docx's template and a jianggao draft: the deepest part is a small fraction of MAX_DEPTH."""
    from docx import Document

    from jianggao.speech import Paragraph, Speech
    from jianggao.writers.docx.writer import render_docx

    Document().save(str(tmp_path / "pd.docx"))
    sources = [(tmp_path / "pd.docx").read_bytes(), render_docx(Speech(title="讲话", blocks=(Paragraph("正文。"),)))]
    for data in sources:
        with Package(data) as package:
            for name in package.names:
                if name.endswith((".xml", ".rels")):
                    root = parse_xml(package.part(name) or b"", name)
                    depth = max(len(list(element.iterancestors())) + 1 for element in root.iter())
                    assert depth < MAX_DEPTH // 8, (name, depth)
