"""What the CLI tests share: a small valid spec and the shape of a user error."""

from __future__ import annotations

SMALL_SPEC = """template: advancement
title: 在推进会上的讲话
points:
  - heading: 甲，乙，丙
    items:
      - {heading: 深化理论武装, text: 要学懂弄通。}
"""


def assert_user_error(result, *fragments: str) -> str:
    """Exit 1, nothing on stdout, one line on stderr starting 错误： with every fragment, no traceback."""
    assert result.exit_code == 1, result.output
    assert result.stdout == "", result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("错误："), lines[0]
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    assert "Traceback" not in result.output
    return lines[0]
