"""First run of a new everyday round: how the current reader reads each speech of the round against the outline its
writer wrote before anything read it, and, for each miss, the line to add to KNOWN_MISSES in
tests/reader/test_everyday_forms.py (the round's first-run figure is the one to report, mended or not).

Not a test: it prints figures. The comparison is the everyday test's own (tests/reader/everyday_outline.py):

    python bench/everyday_first_run.py PREFIX --stop N [--commit SHA]

PREFIX is the round's file prefix (yh reads tests/data/everyday/expected/yh01_….yaml and its speech; yh07 that one
speech). Each case prints
PASS or MISS on stderr and the round's count last; the KNOWN_MISSES lines go to stdout. The commit named in them is the
checkout's HEAD unless --commit says otherwise: run it on a checkout whose reader is committed, so the line says truly
what was first run.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402
from click.testing import CliRunner  # noqa: E402

from jianggao.cli.main import cli  # noqa: E402
from tests.reader.everyday_outline import DATA, differences, speech_file  # noqa: E402


def first_run(name: str) -> list[str]:
    """What mine read otherwise than the writer of ``name`` expected (empty: read as expected)."""
    want = yaml.safe_load((DATA / "expected" / f"{name}.yaml").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        result = CliRunner().invoke(cli, ["mine", str(speech_file(name, Path(folder))), "-o", "-"])
    if result.exit_code != 0:
        return [f"mine failed (exit {result.exit_code}): {result.output.strip()[:200]}"]
    return differences(yaml.safe_load(result.stdout), want)


def known_miss_line(name: str, stop: str, commit: str, found: list[str]) -> str:
    reason = f"first run at stop {stop} (on {commit}), not mended: " + "; ".join(found)
    return f"    {name!r}: {_double_quoted(reason)},"


def _double_quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("prefix")
    parser.add_argument("--stop", required=True, help="the session stop that runs the round first")
    parser.add_argument("--commit", help="the reader's commit (default: this checkout's HEAD)")
    args = parser.parse_args()
    commit = args.commit or subprocess.run(
        ["git", "rev-parse", "--short=8", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    # (yh: the round yh01…yh25, not yha…; yh07: that one speech)
    pattern = f"{args.prefix}*.yaml" if args.prefix[-1:].isdigit() else f"{args.prefix}[0-9]*.yaml"
    names = sorted(p.stem for p in (DATA / "expected").glob(pattern))
    if not names:
        sys.exit(f"no everyday speeches start with {args.prefix!r} in {DATA / 'expected'}")
    lines = []
    for name in names:
        found = first_run(name)
        print(("MISS " if found else "PASS ") + name, file=sys.stderr)
        if found:
            lines.append(known_miss_line(name, args.stop, commit, found))
    print(f"{args.prefix}: {len(names) - len(lines)}/{len(names)} read as their writer expected", file=sys.stderr)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
