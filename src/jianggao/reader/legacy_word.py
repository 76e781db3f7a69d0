"""Old Word (.doc) and WPS (.wps) files: converted to .docx by LibreOffice, then read as a .docx.

The conversion runs LibreOffice headless (``jianggao.soffice``) on a copy with
an ASCII name in a throwaway folder, with a private profile, under a time
limit; the .docx it writes is read within the same bounds as any other.
Without LibreOffice the user gets one line saying what to install or do.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import InputError, Location, os_reason
from ..soffice import (
    INSTALL_HINT,
    find_soffice,
    headless_command,
    new_profile,
    run_soffice,
)

LEGACY_SUFFIXES = (".doc", ".dot", ".wps", ".wpt")
TIMEOUT_SECONDS = 120.0
_SAVE_AS_HINT = "或在 Word / WPS 中把它另存为 .docx 后重试"


def describe(path: Path) -> str:
    """旧版 Word 文档（.doc） / WPS 文字文档（.wps）: what the file is, for messages."""
    suffix = path.suffix.lower()
    return "WPS 文字文档（.wps）" if suffix in (".wps", ".wpt") else "旧版 Word 文档（.doc）"


def convert_to_docx(path: Path, max_bytes: int, *, suffix: str | None = None) -> bytes:
    """The bytes of a .docx LibreOffice makes from ``path`` (read as a ``suffix`` file: an old .doc
    renamed .docx is one); InputError when it cannot."""
    suffix = suffix or path.suffix.lower()
    kind = describe(Path("speech" + suffix))
    if suffix != path.suffix.lower():
        kind = kind[:-1] + f"，扩展名却是 {path.suffix}）"
    soffice = find_soffice()
    if soffice is None:
        raise InputError(
            f"这是{kind}，读取它需要 LibreOffice，但没有找到 LibreOffice",
            location=Location(path),
            hint=f"{INSTALL_HINT}；{_SAVE_AS_HINT}",
        )
    staging = Path(tempfile.mkdtemp(prefix="jianggao-doc-"))
    profile = new_profile()
    try:
        staged = staging / f"speech{suffix}"
        shutil.copyfile(path, staged)
        out_dir = staging / "docx"
        command = [*headless_command(soffice, profile), "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out_dir), str(staged)]
        try:
            result = run_soffice(command, dict(os.environ), TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            raise InputError(
                f"LibreOffice 转换这个{kind}超时（{TIMEOUT_SECONDS:.0f} 秒）", location=Location(path), hint=_SAVE_AS_HINT.lstrip("或")
            ) from None
        except OSError as exc:
            raise InputError(f"无法启动 LibreOffice（{soffice}：{os_reason(exc)}）", location=Location(path), hint=INSTALL_HINT) from None
        converted = out_dir / "speech.docx"
        if not converted.is_file() or converted.stat().st_size == 0 or result.returncode != 0:
            raise InputError(
                f"LibreOffice 未能读取这个{kind}",
                location=Location(path),
                hint="文件可能已损坏或不是 Word/WPS 文档；请用 Word 或 WPS 打开检查，另存为 .docx 后重试",
            )
        if converted.stat().st_size > max_bytes:
            raise InputError(f"{kind}转换后太大，不像是一篇讲话稿", location=Location(path), hint=_SAVE_AS_HINT.lstrip("或"))
        return converted.read_bytes()
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(profile, ignore_errors=True)
