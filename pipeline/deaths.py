"""When a worker process dies mid-batch: which plan killed it, and what becomes of the others.

A worker killed by a signal (``kill -9``, the kernel's OOM killer, a native crash
in a library) breaks the whole process pool: every plan in flight fails with
``BrokenProcessPool``. Each worker notes the plan it starts in a small file named
after its pid, so the parent can tell the plan of the dead worker (a failures row,
"worker died: signal 9") from the plans of the workers the pool stopped with it
(read again in a fresh pool). A plan in flight at two breakages that no worker's
death explains is recorded as well, so a batch always ends.

>>> death_reason(-9)
'worker died: signal 9 (SIGKILL: stopped by hand, or the system ran out of memory)'
>>> b = blame({101: -9, 102: -15}, {101: "a.pdf", 102: "b.txt"}, ["a.pdf", "b.txt", "c.txt"], Counter())
>>> b.failed, b.retry
([('a.pdf', 'worker died: signal 9 (SIGKILL: stopped by hand, or the system ran out of memory)')], ['b.txt', 'c.txt'])
"""
from __future__ import annotations

import os
import shutil
import signal
import tempfile
from collections import Counter
from dataclasses import dataclass, field

_WHY = {signal.SIGKILL: "stopped by hand, or the system ran out of memory",
        signal.SIGSEGV: "a crash in a native library", signal.SIGABRT: "a native library aborted",
        signal.SIGBUS: "a crash in a native library", signal.SIGTERM: "stopped"}
SUSPICIONS = 2  # a plan in flight at this many unexplained breakages is recorded as their cause


def death_reason(exitcode: int | None) -> str:
    """The failures row's reason for a worker that ended with ``exitcode`` (negative: a signal)."""
    if exitcode is None:
        return "worker died (its exit status is unknown)"
    if exitcode < 0:
        try:
            sig = signal.Signals(-exitcode)
        except ValueError:
            return f"worker died: signal {-exitcode}"
        why = _WHY.get(sig)
        return f"worker died: signal {-exitcode} ({sig.name}{': ' + why if why else ''})"
    return f"worker died: exit code {exitcode}"


@dataclass
class Breakage:
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    retry: list[str] = field(default_factory=list)


def blame(exit_codes: dict[int, int | None], last_paths: dict[int, str], broken: list[str],
          suspects: Counter) -> Breakage:
    """Split the plans in flight at a breakage into failures (the dead workers' plans) and plans to retry.

    ``exit_codes``: pid to exit code of every worker of the broken pool (SIGTERM is the pool stopping
    the survivors); ``last_paths``: pid to the plan it last started; ``suspects`` counts, across
    breakages, how often a plan was in flight when no death explained the breakage.
    """
    out = Breakage()
    in_flight = set(broken)
    culprits = {last_paths.get(pid): code for pid, code in exit_codes.items()
                if code is not None and code != -signal.SIGTERM and last_paths.get(pid) in in_flight}
    for path in broken:
        if path in culprits:
            out.failed.append((path, death_reason(culprits[path])))
        elif not culprits:
            suspects[path] += 1
            if suspects[path] >= SUSPICIONS:
                out.failed.append((path, "worker died while reading this plan, more than once (cause unknown)"))
            else:
                out.retry.append(path)
        else:
            out.retry.append(path)
    return out


class WorkerLog:
    """A folder where each worker notes the plan it starts, one file per worker pid."""

    def __init__(self, folder: str | None = None):
        base = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
        self.folder = folder or tempfile.mkdtemp(prefix="kehoach-workers-", dir=base)

    def note(self, path: str) -> None:
        """In a worker: this plan is the one I am reading now (written before the plan is opened)."""
        with open(os.path.join(self.folder, str(os.getpid())), "w", encoding="utf-8") as fh:
            fh.write(path)

    def last_paths(self) -> dict[int, str]:
        out = {}
        for name in os.listdir(self.folder) if os.path.isdir(self.folder) else []:
            try:
                with open(os.path.join(self.folder, name), encoding="utf-8") as fh:
                    out[int(name)] = fh.read()
            except (OSError, ValueError):
                continue
        return out

    def clear(self) -> None:
        for name in os.listdir(self.folder) if os.path.isdir(self.folder) else []:
            try:
                os.unlink(os.path.join(self.folder, name))
            except OSError:
                pass

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
