"""CPU seconds of a command and of every process it starts, summed by program name.

    python benchmarks/process_tree_cpu.py COMMAND [ARG...]

Runs COMMAND and samples /proc twice a second for every process in its tree (a Spark job's JVM
and the Python workers the JVM starts are not children the shell waits for, so `time` misses
them); each process counts with the last CPU time and program name seen, so a process that
lives less than half a second is missed. CPU time, unlike wall time, says something on a
machine others share too.
Ends with one line: `SUMMARY wall_s=... cpu_s=... <program>_s=...`. Linux only.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

TICKS_PER_S = os.sysconf("SC_CLK_TCK")
SAMPLE_EVERY_S = 0.5


def _stat_fields(pid: int) -> list[str] | None:
    """The fields of /proc/PID/stat after the command name (which may hold spaces)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:  # the process ended between listing and reading
        return None


def _children() -> dict[int, list[int]]:
    children: dict[int, list[int]] = defaultdict(list)
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (fields := _stat_fields(int(entry))):
            children[int(fields[1])].append(int(entry))
    return children


def _program(pid: int) -> str:
    try:
        argv0 = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")[0].decode()
    except OSError:
        return "?"
    return argv0.rsplit("/", 1)[-1] or "?"


def main(command: list[str]) -> int:
    started = time.perf_counter()
    process = subprocess.Popen(command)
    last_seen: dict[int, tuple[str, float]] = {}  # pid -> (program, CPU seconds)
    while process.poll() is None:
        children = _children()
        pending = [process.pid]
        while pending:
            pid = pending.pop()
            pending.extend(children.get(pid, ()))
            if fields := _stat_fields(pid):
                cpu = (int(fields[11]) + int(fields[12])) / TICKS_PER_S  # utime + stime
                last_seen[pid] = (_program(pid), cpu)  # read again: a script may exec java
        time.sleep(SAMPLE_EVERY_S)
    wall = time.perf_counter() - started
    by_program: Counter[str] = Counter()
    for program, cpu in last_seen.values():
        by_program[program] += cpu
    programs = " ".join(f"{name}_s={cpu:.1f}" for name, cpu in by_program.most_common())
    print(f"SUMMARY wall_s={wall:.1f} cpu_s={sum(by_program.values()):.1f} {programs}")
    return process.returncode


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1:]))
