"""The spec's JSON Schema, and how a spec file points editors at it.

``jianggao schema`` prints the schema and ``jianggao new`` writes it beside a
starter spec as ``jianggao.schema.json``; every spec jianggao writes opens with
the YAML language server's comment naming that file, so editors such as VS Code
complete and check its keys.
"""

from __future__ import annotations

import json
from typing import Any

from .model import Spec
from .typed_yaml import json_schema

SCHEMA_FILE = "jianggao.schema.json"
# The comment that editors with the YAML language server read.
_LANGUAGE_SERVER = "# yaml-language-server"
SCHEMA_COMMENT = f"{_LANGUAGE_SERVER}: $schema={SCHEMA_FILE}\n"


def with_schema_comment(text: str) -> str:
    """``text`` opened by the schema comment, unless it already opens with a language-server comment."""
    return text if text.startswith(_LANGUAGE_SERVER) else SCHEMA_COMMENT + text


def spec_json_schema() -> dict[str, Any]:
    """The JSON Schema of a spec, with the Chinese descriptions editors show."""
    return json_schema(Spec, title="jianggao 讲话稿说明书")


def spec_schema_json() -> str:
    """``spec_json_schema`` as the text of ``jianggao.schema.json``."""
    return json.dumps(spec_json_schema(), ensure_ascii=False, indent=2) + "\n"
