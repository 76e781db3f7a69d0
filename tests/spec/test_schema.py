"""The spec's JSON Schema and the comment that points editors at it."""

from __future__ import annotations

import json
from pathlib import Path

from jianggao.spec.schema import (
    SCHEMA_COMMENT,
    SCHEMA_FILE,
    spec_json_schema,
    spec_schema_json,
    with_schema_comment,
)


def test_json_schema_describes_every_key() -> None:
    schema = spec_json_schema()
    json.dumps(schema)  # serialisable
    props = schema["properties"]
    assert schema["required"] == ["template", "title"]
    assert schema["additionalProperties"] is False
    assert {"template", "title", "opening", "points", "closing", "numbering", "vars"} <= set(props)
    assert all("description" in p for p in props.values())
    point = schema["$defs"]["Point"]
    assert point["additionalProperties"] is False and "heading" in point["required"]


def test_schema_json_is_the_schema_as_readable_text() -> None:
    text = spec_schema_json()
    assert json.loads(text) == spec_json_schema()
    assert text.endswith("}\n")
    assert "讲话稿说明书" in text  # Chinese left as is, not \\u escapes
    assert text.startswith('{\n  "')  # indented by two


def test_schema_comment_names_the_schema_file() -> None:
    assert SCHEMA_FILE == "jianggao.schema.json"
    assert SCHEMA_COMMENT == "# yaml-language-server: $schema=jianggao.schema.json\n"
    assert with_schema_comment("template: a\n") == SCHEMA_COMMENT + "template: a\n"
    own = "# yaml-language-server: $schema=../my.schema.json\ntemplate: a\n"
    assert with_schema_comment(own) == own


def test_the_schema_file_in_the_repository_is_the_models() -> None:
    """jianggao.schema.json at the root (what editors of the examples read) is regenerated with the model."""
    committed = (Path(__file__).parents[2] / SCHEMA_FILE).read_text(encoding="utf-8")
    assert committed == spec_schema_json(), "run: jianggao schema > jianggao.schema.json"


def test_opening_takes_what_its_paragraphs_take() -> None:
    """A spec may write opening as its moves, a list of paragraphs, or one paragraph, as closing."""
    props = spec_json_schema()["properties"]
    ref, given = props["opening"]["anyOf"]
    assert ref == {"$ref": "#/$defs/Opening"}
    paragraphs = dict(spec_json_schema()["$defs"]["Opening"]["properties"]["paragraphs"])
    del paragraphs["description"]
    assert given == paragraphs
    closing = props["closing"]["anyOf"][0]
    assert given == closing  # a list of paragraphs or a single one, like closing (which may also be null)
