"""Plans through the workers of a Dask scheduler (``kehoach extract … --scheduler tcp://host:8786``).

The client sends paths, never file bytes: every worker opens the plans itself (the archive is
mounted at the same path everywhere, see docs/dask.md). Results come back as each group of plans
is done and are stored at once, so a scheduler that goes away loses only what was in flight.
"""
from __future__ import annotations

import os
from collections.abc import Callable

from .batch import process_one
from .outcome import Outcome

# A Dask task costs a few milliseconds of scheduler, client and worker time whatever it does, about
# as much as a short TXT plan: small plans travel in groups, a large file (a scan) alone.
DASK_CHUNK_PLANS = 16
DASK_CHUNK_BYTES = 1_000_000


def _chunks(paths: list[str], max_plans: int = DASK_CHUNK_PLANS, max_bytes: int = DASK_CHUNK_BYTES) -> list[list[str]]:
    """Consecutive plans grouped up to ``max_plans`` files or ``max_bytes`` together.

    >>> _chunks(["a", "b", "c"], max_plans=2)
    [['a', 'b'], ['c']]
    """
    out: list[list[str]] = []
    size = 0
    for p in paths:
        try:
            n = os.path.getsize(p)
        except OSError:
            n = 0  # the worker reports the unreadable file as its failure row
        if not out or len(out[-1]) >= max_plans or (out[-1] and size + n > max_bytes):
            out.append([])
            size = 0
        out[-1].append(p)
        size += n
    return out


def process_many(paths: list[str], ocr: bool = True, time_limit: int | None = None) -> list[Outcome]:
    """Worker: a group of files, each to rows or to a failure (see :func:`process_one`). Never raises."""
    return [process_one(p, ocr, time_limit) for p in paths]


def run_on_dask(scheduler: str, paths: list[str], ocr: bool, time_limit: int | None,
                handle: Callable[[Outcome], None], window: int | None = None) -> None:
    """Plans to the workers of a Dask scheduler, a bounded window in flight, results handled as they come.

    A scheduler that cannot be reached or goes away becomes a :class:`ClusterError`: the plans
    handled so far are stored, and the same command run again skips them and does the rest.
    """
    try:
        from dask.distributed import Client, as_completed
    except ImportError as exc:
        raise RuntimeError("--scheduler needs dask.distributed: pip install 'kehoach[dask]'") from exc
    from .errors import ClusterError
    from .limits import LIMITS

    lost = f"the Dask scheduler at {scheduler} went away; the plans stored so far are kept: " \
           f"run the same command again (with the scheduler and workers back) to do the rest"
    quiet = _QuietDask()  # Dask logs its reconnect attempts with tracebacks: the user gets one line from us
    try:
        client = Client(scheduler, timeout=LIMITS.scheduler_connect_seconds)
    except (OSError, TimeoutError) as exc:
        quiet.restore()
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from exc
    try:
        n = sum(client.nthreads().values()) or 1
        window = window or 4 * n
        it = iter(_chunks(paths))
        pending = as_completed()
        for chunk in it:
            pending.add(client.submit(process_many, chunk, ocr, time_limit, pure=False))
            if pending.count() >= window:
                break
        while True:
            try:
                fut = next(pending, None)
                if fut is None:
                    break
                results = fut.result()
                fut.release()
            except Exception as exc:  # CommClosedError, CancelledError: the futures are gone with the scheduler
                raise ClusterError(f"{lost} ({type(exc).__name__})") from exc
            for res in results:
                handle(res)
            nxt = next(it, None)
            if nxt is not None:
                pending.add(client.submit(process_many, nxt, ocr, time_limit, pure=False))
    finally:
        try:
            client.close(timeout=10)
        except Exception:  # closing a client whose scheduler is gone may fail: nothing is left to save
            pass
        quiet.restore()


class _QuietDask:
    """Dask's own loggers in this process raised to CRITICAL until ``restore()``."""

    def __init__(self):
        import logging

        names = [n for n in logging.root.manager.loggerDict if n == "distributed" or n.startswith("distributed.")]
        self._levels = {n: logging.getLogger(n).level for n in names}
        for n in names:
            logging.getLogger(n).setLevel(logging.CRITICAL)

    def restore(self) -> None:
        import logging

        for n, level in self._levels.items():
            logging.getLogger(n).setLevel(level)
