"""Schema validation of .docx files: ECMA-376 Transitional, element order enforced.

openxml-audit (PyPI, MIT) is a pure-Python port of Microsoft's Open XML SDK
validator: it checks every part against the schemas' particles (so an element
out of order is an error, e.g. ``w:qFormat`` after ``w:pPr``), the package's
relationships and content types, and semantic rules such as styles referring
to styles that do not exist. Its ``strict`` mode also demands parts that
ECMA-376 makes optional (a theme); it is off here, since jianggao ships no
theme on purpose (theme fonts would override the named Chinese fonts).
Every finding counts, warnings included.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any


@lru_cache(maxsize=1)
def _validator() -> Any:
    from openxml_audit import OpenXmlValidator

    return OpenXmlValidator(strict=False)


def schema_findings(path: Path) -> list[str]:
    """Every validation finding for the .docx at ``path`` (empty: valid)."""
    result = _validator().validate(str(path))
    return [str(finding) for finding in result.errors]
