"""Run a batch on a Dask distributed cluster (``--scheduler tcp://host:port``).

The parent still writes every result in its own transaction as it arrives; a
bounded window of tasks is in flight so memory stays flat.
"""
from __future__ import annotations

from typing import Callable


def run_on_dask(scheduler: str, paths: list[str], ocr: bool, time_limit: int | None,
                handle: Callable[[dict], None], window: int | None = None) -> None:
    try:
        from dask.distributed import Client, as_completed
    except ImportError as exc:
        raise RuntimeError("--scheduler needs dask.distributed: pip install 'kehoach[dask]'") from exc
    from .batch import process_one

    with Client(scheduler) as client:
        n = sum(client.nthreads().values()) or 1
        window = window or 4 * n
        it = iter(paths)
        pending = as_completed()
        for path in it:
            pending.add(client.submit(process_one, path, ocr, time_limit, pure=False))
            if pending.count() >= window:
                break
        for fut in pending:
            handle(fut.result())
            fut.release()
            nxt = next(it, None)
            if nxt is not None:
                pending.add(client.submit(process_one, nxt, ocr, time_limit, pure=False))
