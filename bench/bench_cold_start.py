"""Cold `jianggao build x.yaml -f txt` against importing the libraries it cannot avoid (issue 14: ≤ 1.20×).

Each run is a fresh interpreter: `jianggao build examples/advancement.yaml -f txt`
and `python -c "import yaml, jinja2.sandbox, click"`, run alternately; prints
the ratio of each pair with its min/median/max, by wall time and by CPU time. The CLI freezes the garbage collector at
exit (skipping the interpreter's scans of every live object while it tears modules down),
which would save the libraries' import about as much: a second paired run, against the
libraries' import with the same freeze at exit, prints that like-for-like ratio too
(informative; the target is the first). Then, from `python -X importtime`,
the modules the build imports beyond those libraries, by their own import time
(what there is left to keep off the txt path).

Both sides run with bytecode caching on (PYTHONDONTWRITEBYTECODE removed), as
on a user's machine: the first run writes jianggao's .pyc files, as the first
run after an install does.

    python bench/bench_cold_start.py [--rounds 30] [--top 15]
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

from timing import paired, ratio_line, spread

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "examples" / "advancement.yaml"
LIBRARIES = "import yaml, jinja2.sandbox, click"
FROZEN_AT_EXIT = "; import atexit, gc; atexit.register(gc.freeze)"  # as jianggao.cli.main does


def build_command(out: str) -> list[str]:
    # The interpreter itself, not a shim script in front of it, so the figure is jianggao's.
    return [sys.executable, "-c", "from jianggao.cli.main import main; main()", "build", str(SPEC), "-f", "txt", "-o", out]


# As a user's machine runs it: .pyc files written and used.
ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def run(command: list[str], cpu: list[float] | None = None) -> None:
    """Run ``command``; append its CPU time (user + system, s) to ``cpu`` if given."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if cpu is not None:
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)


def import_times(command: list[str]) -> dict[str, int]:
    """Each module's own import time (µs) in one run of ``command``."""
    err = subprocess.run([command[0], "-X", "importtime", *command[1:]], capture_output=True, text=True, check=True, env=ENV).stderr
    times = {}
    for line in err.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+\d+ \| \s*(\S+)", line)
        if m:
            times[m.group(2)] = int(m.group(1))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as out:
        command = build_command(out)
        libraries = [sys.executable, "-c", LIBRARIES]
        run(command)  # compiled templates and .pyc files in place, as for a writer at work
        ours_cpu: list[float] = []
        theirs_cpu: list[float] = []
        ours, theirs = paired(lambda: run(command, ours_cpu), lambda: run(libraries, theirs_cpu), args.rounds)
        frozen = [sys.executable, "-c", LIBRARIES + FROZEN_AT_EXIT]
        ours_again, theirs_frozen = paired(lambda: run(command), lambda: run(frozen), args.rounds)
        extra: collections.Counter[str] = collections.Counter()
        samples = 5
        for _ in range(samples):
            reference = import_times(libraries)
            extra.update({name: us for name, us in import_times(command).items() if name not in reference})
    print(f"jianggao build {SPEC.name} -f txt   {spread(ours, ' ms', 1000, 1)}  (min/median/max)")
    print(f"python -c \"{LIBRARIES}\"   {spread(theirs, ' ms', 1000, 1)}")
    print(ratio_line("ratio build / libraries", [o / t for o, t in zip(ours, theirs, strict=True)], "≤ 1.20×", lambda r: r <= 1.20))
    cpu_ratios = [o / t for o, t in zip(ours_cpu, theirs_cpu, strict=True)]
    print(f"  the same pairs by CPU time (user + system): {spread(ours_cpu, ' ms', 1000, 1)} against {spread(theirs_cpu, ' ms', 1000, 1)}, ratio {spread(cpu_ratios, '×', 1, 2)}")
    print(f"python -c \"{LIBRARIES}\" with gc.freeze at exit   {spread(theirs_frozen, ' ms', 1000, 1)}")
    like = [o / t for o, t in zip(ours_again, theirs_frozen, strict=True)]
    print(f"ratio build / libraries frozen at exit alike: {spread(like, '×', 1, 2)} (min/median/max; informative)")
    print(f"modules imported beyond the libraries: {len(extra)}, {sum(extra.values()) / samples / 1000:.1f} ms of own import time (mean of {samples} runs); the largest:")
    for name, us in extra.most_common(args.top):
        print(f"  {us / samples / 1000:6.2f} ms  {name}")


if __name__ == "__main__":
    main()
