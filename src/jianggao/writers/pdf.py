"""PDF: the written .docx files, converted by LibreOffice headless.

A whole batch goes through ONE ``soffice --convert-to pdf`` run (LibreOffice
takes a second or two to start, then converts a page in milliseconds). The run
gets a private, throwaway user profile, so it neither collides with a
LibreOffice the user has open nor leaves anything behind, and the fontconfig
file shipped in ``jianggao/writers/fontconfig`` (through ``FONTCONFIG_FILE``), which
maps the commercial Chinese fonts a draft names to installed CJK fonts.

LibreOffice writes into a staging folder inside the output folder; each PDF is
then moved into place with ``os.replace``, so a PDF is either complete or not
there at all.
"""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from ..errors import OutputError, os_reason
from ..output_files import sweep_stale_folders, temporary_folder_prefix
from ..soffice import (
    INSTALL_HINT,
    SOFFICE_ENV,
    find_soffice,
    headless_command,
    last_line,
    reusable_profile,
    run_soffice,
)

# Seconds to wait for the whole batch; the default grows with the batch.
TIMEOUT_ENV = "JIANGGAO_PDF_TIMEOUT"
STAGING_KIND = ".jianggao-pdf"  # in the output folder: LibreOffice's input and output
MAX_TIMEOUT = 86_400.0  # a day: a stuck LibreOffice is stopped, whatever the setting


def fontconfig_file() -> Path:
    """The fontconfig file that maps 仿宋_GB2312, 楷体, 黑体, 方正小标宋简体, 宋体… to installed fonts."""
    return Path(__file__).resolve().parent / "fontconfig" / "fonts.conf"


def _timeout(count: int) -> float:
    configured = os.environ.get(TIMEOUT_ENV, "").strip()
    if configured:
        try:
            seconds = float(configured)
        except ValueError:
            seconds = math.nan
        if not math.isfinite(seconds) or seconds > MAX_TIMEOUT:
            raise OutputError(
                f"环境变量 {TIMEOUT_ENV} 的值“{configured}”不是有效的秒数（上限 {MAX_TIMEOUT:g} 秒）", hint="请写成数字，如 300"
            )
        return max(seconds, 1.0)
    return 120.0 + 5.0 * count


def _conversion_env() -> dict[str, str]:
    # The shipped file includes the system configuration, so fonts and caches stay as they are.
    return {**os.environ, "FONTCONFIG_FILE": str(fontconfig_file())}


def _stage(docx: Path, staging: Path, index: int) -> Path:
    """Give LibreOffice an ASCII name: it mangles non-ASCII arguments under some locales."""
    staged = staging / f"draft-{index:05d}.docx"
    try:
        os.link(docx, staged)
    except OSError:
        shutil.copyfile(docx, staged)
    return staged


def convert_to_pdf(
    docx_paths: Sequence[Path],
    out_dir: Path,
    before_replace: Callable[[list[tuple[Path, bytes]]], None] | None = None,
    done: list[Path] | None = None,
) -> list[Path]:
    """Convert ``docx_paths`` into ``out_dir/<stem>.pdf`` in one LibreOffice run; return the PDFs.

    ``before_replace`` is given every ``(target, pdf bytes)`` before the first PDF is moved into
    place (to record them as ours); each target is appended to ``done`` once it is in place.

    Raises ``OutputError`` when LibreOffice is missing, fails or times out; the
    .docx files are left as they are and no partial PDF is written.
    """
    if not docx_paths:
        return []
    names = "、".join(p.name for p in docx_paths[:3]) + ("等" if len(docx_paths) > 3 else "")
    soffice = find_soffice()
    if soffice is None:
        where = f"（{SOFFICE_ENV}={os.environ[SOFFICE_ENV]} 不是可执行文件）" if os.environ.get(SOFFICE_ENV) else ""
        raise OutputError(
            f"已生成 {names}，但找不到 LibreOffice{where}，无法转换为 PDF", hint=INSTALL_HINT
        )
    timeout = _timeout(len(docx_paths))
    sweep_stale_folders(out_dir, STAGING_KIND)
    try:
        staging = Path(tempfile.mkdtemp(prefix=temporary_folder_prefix(STAGING_KIND), dir=out_dir)).absolute()
    except OSError as exc:
        raise OutputError(f"无法在 {out_dir} 中写入 PDF（{os_reason(exc)}）", hint="请检查权限，或用 -o 换一个文件夹") from None
    profile, lock = reusable_profile()
    converted = False
    try:
        staged = [_stage(p, staging, i) for i, p in enumerate(docx_paths)]
        command = [
            *headless_command(soffice, profile),
            "--convert-to",
            "pdf:writer_pdf_Export",
            "--outdir",
            str(staging),
            *map(str, staged),
        ]
        try:
            result = run_soffice(command, _conversion_env(), timeout)
        except subprocess.TimeoutExpired:
            raise OutputError(
                f"已生成 {names}，但 LibreOffice 转换 PDF 超时（{timeout:.0f} 秒）",
                hint=f"可用环境变量 {TIMEOUT_ENV} 延长时限，或减少一次转换的文件数",
            ) from None
        except OSError as exc:
            raise OutputError(
                f"已生成 {names}，但无法启动 LibreOffice（{soffice}：{os_reason(exc)}）", hint=INSTALL_HINT
            ) from None
        produced = [s.with_suffix(".pdf") for s in staged]
        failed = [d for d, pdf in zip(docx_paths, produced, strict=True) if not pdf.is_file() or pdf.stat().st_size == 0]
        if failed:
            detail = last_line(result.stderr) or last_line(result.stdout) or f"退出码 {result.returncode}"
            raise OutputError(
                f"已生成 .docx，但 LibreOffice 未能把 {'、'.join(p.name for p in failed[:3])} 转换为 PDF（{detail}）",
                hint="请用 Word 或 LibreOffice 打开该 .docx 检查，或稍后重试",
            )
        targets = [out_dir / f"{d.stem}.pdf" for d in docx_paths]
        if before_replace is not None:
            before_replace([(target, pdf.read_bytes()) for pdf, target in zip(produced, targets, strict=True)])
        try:
            for pdf, target in zip(produced, targets, strict=True):
                os.replace(pdf, target)
                if done is not None:
                    done.append(target)
        except OSError as exc:
            raise OutputError(
                f"无法写入 {target}（{os_reason(exc)}）", hint="文件可能被其他程序占用，请关闭后重试"
            ) from None
        converted = True
        return targets
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if lock is None or not converted:  # a failed run may have left the profile broken: start afresh
            shutil.rmtree(profile, ignore_errors=True)
        if lock is not None:
            lock.close()  # releases the kept profile for the next conversion


__all__ = ["convert_to_pdf", "find_soffice", "fontconfig_file", "INSTALL_HINT", "SOFFICE_ENV", "TIMEOUT_ENV"]
