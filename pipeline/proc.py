"""Child processes that never outlive their parent (Linux ``prctl(PR_SET_PDEATHSIG)``).

After ``kill -9`` of a batch, its workers (~300 MB each) and their Tesseract
runs would be orphaned and go on; with the death signal set, the kernel kills
each of them the moment its parent dies. Elsewhere than Linux these are no-ops.

>>> import subprocess
>>> subprocess.run(["true"], preexec_fn=die_with_parent).returncode   # doctest: +SKIP
0
"""
from __future__ import annotations

import ctypes
import os
import signal

PR_SET_PDEATHSIG = 1
try:  # loaded once in the parent: a preexec function must not load libraries after fork()
    _LIBC = ctypes.CDLL(None, use_errno=True)
    _PRCTL = _LIBC.prctl
except (OSError, AttributeError):
    _PRCTL = None  # type: ignore[assignment]  # no prctl here: the guard is skipped


def die_with_parent() -> bool:
    """Ask the kernel to SIGKILL this process when the thread that started it exits; True if set."""
    if _PRCTL is None:
        return False
    return _PRCTL(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0


def guard_parent(parent_pid: int) -> None:
    """In a worker: die with the parent, and exit now if the parent is already gone (it may have
    died between the fork and this call, when no death signal was set yet)."""
    die_with_parent()
    if os.getppid() != parent_pid:
        os._exit(1)
