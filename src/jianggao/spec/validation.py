"""Validating spec text before it is written anywhere (``mine`` checks its own output)."""

from __future__ import annotations

from pathlib import Path

from ..errors import JianggaoError
from .model import LoadedSpec, load_spec_text


def validate_spec_text(text: str) -> LoadedSpec:
    """Load ``text`` as a spec exactly as ``build`` would; a failure is a bug in whoever produced it."""
    try:
        return load_spec_text(text, Path("spec.yaml"))
    except JianggaoError as exc:
        raise JianggaoError(
            f"生成的说明书未通过校验（{exc.message}）",
            hint="这是 jianggao 的缺陷，请把讲话稿文件提供给开发者",
        ) from None
