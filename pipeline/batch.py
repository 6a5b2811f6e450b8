"""Batch extraction over folders of plans: parallel, streaming, resumable.

Workers read and extract; the parent writes each plan's rows in one
transaction as results arrive, with a bounded number of plans in flight so
memory stays flat however large the archive. A bad file becomes one failures
row (file, stage, reason) and the batch goes on; files already stored with the
same size and mtime are skipped, so a re-run after kill -9 finishes the job.
"""
from __future__ import annotations

import os
import signal
import time
from collections import Counter, deque
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from .deaths import WorkerLog, blame
from .errors import KehoachError, WorkerDied
from .outcome import Outcome, PlanDone, PlanFailed
from .proc import guard_parent
from .version import extraction_version

SKIP_SUFFIXES = {".json", ".md", ".yaml", ".yml", ".csv", ".db", ".parquet", ".xlsx", ".jsonl", ".py", ".html", ".log"}


@dataclass
class BatchSummary:
    processed: int = 0
    skipped: int = 0
    failed: int = 0
    pages: int = 0
    seconds: float = 0.0
    failures: list[tuple[str, str, str]] = field(default_factory=list)


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Plan files under the given paths, in a stable order; hidden files and answers skipped."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in ("gold", "__pycache__"))
                for f in sorted(files):
                    fp = Path(root) / f
                    if f.startswith(".") or fp.suffix.lower() in SKIP_SUFFIXES or f.lower().startswith("readme"):
                        continue
                    yield fp
        else:
            yield p


_done_in_worker = 0
GC_EVERY = 25  # python-docx leaves reference cycles behind: collect them now and then, so memory stays flat


def _collect_now_and_then() -> None:
    global _done_in_worker
    _done_in_worker += 1
    if _done_in_worker % GC_EVERY == 0:
        import gc

        gc.collect()


_warm = False


_log: WorkerLog | None = None


def _init_worker(in_process: bool = False, parent_pid: int | None = None, log_folder: str | None = None) -> None:
    global _warm, _log
    os.environ["OMP_THREAD_LIMIT"] = "1"
    if not in_process:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
        if parent_pid:
            guard_parent(parent_pid)  # after kill -9 of the batch no worker stays alive
        _log = WorkerLog(log_folder) if log_folder else None
    if _warm:  # a notebook running one batch after another warms up once
        return
    # load the extractors, their data and the NLP models once per worker, not once per plan
    from extractors import kinds

    kinds()
    warm_up()
    _warm = True


class WorkerPool(ProcessPoolExecutor):
    """Worker processes, started and warmed up once, for several ``run_batch`` calls in a row.

    >>> with WorkerPool(2) as pool:                       # doctest: +SKIP
    ...     for folder in ("2023", "2024"):
    ...         run_batch([Path(folder)], Path("outputs"), pool=pool)
    """

    def __init__(self, workers: int):
        self.workers = workers
        self.log = WorkerLog()  # which plan each worker is reading: see pipeline/deaths.py
        super().__init__(max_workers=workers, initializer=_init_worker, initargs=(False, os.getpid(), self.log.folder))

    def restart(self) -> dict[int, int | None]:
        """After a worker died: stop what is left, then start fresh workers in this same object, so a
        caller holding the pool keeps it. Returns the exit codes of the old workers."""
        procs = dict(self._processes or {})  # private, but the only record of the workers' exit codes
        super().shutdown(wait=True, cancel_futures=True)
        codes = {pid: p.exitcode for pid, p in procs.items()}
        self.log.clear()
        ProcessPoolExecutor.__init__(self, max_workers=self.workers, initializer=_init_worker,
                                     initargs=(False, os.getpid(), self.log.folder))
        return codes

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        super().shutdown(wait=wait, cancel_futures=cancel_futures)
        self.log.remove()


def _pool_task(path: str, ocr: bool, time_limit: int | None) -> Outcome:
    """process_one in a pool worker, noting first which plan this worker reads."""
    if _log is not None:
        _log.note(path)
    return process_one(path, ocr, time_limit)


def warm_up() -> None:
    """Run the pipeline once on a small committed plan, then freeze what is loaded.

    A whole plan touches every extractor, so every pattern is compiled and every
    model and place index is loaded here, once per worker, not in the first real
    plan; the periodic garbage collection then looks only at what plans leave
    behind, not at models and data.
    """
    import gc
    from importlib import resources

    from .run import extract_text

    extract_text(resources.files("pipeline.data").joinpath("warmup_plan.txt").read_text("utf-8"))
    gc.collect()
    gc.freeze()




def process_one(path: str, ocr: bool = True, time_limit: int | None = None) -> Outcome:
    """Worker: one file to rows, or to a failure, within the plan time limit. Never raises."""
    import hashlib

    from .ingest import load_bytes, read_file_bytes
    from .run import process
    from .tables import result_rows
    from .timeout import plan_time_limit

    doc_id = None
    stage = "ingest"
    try:
        with plan_time_limit(time_limit) as clock:
            stat = os.stat(path)
            data = read_file_bytes(path)
            doc_id = hashlib.sha256(data).hexdigest()
            doc = load_bytes(data, source=str(path), ocr=ocr)
            del data
            stage = clock.stage = "extract"
            result = process(doc)
            rows = result_rows(result, extraction_version())
        return PlanDone(str(path), stat.st_size, stat.st_mtime, rows, doc.page_count or 1)
    except KehoachError as exc:
        return PlanFailed(str(path), doc_id, exc.stage, exc.reason)
    except MemoryError:
        return PlanFailed(str(path), doc_id, stage, "ran out of memory reading this plan")
    except OSError as exc:
        return PlanFailed(str(path), doc_id, stage, f"cannot read the file ({exc.strerror or exc})")
    except Exception as exc:  # a bug must not stop the archive: record it with its type
        return PlanFailed(str(path), doc_id, stage,
                          f"internal error ({type(exc).__name__}: {exc}); please report this file")
    finally:
        _collect_now_and_then()


def _run_on_pool(pool: WorkerPool, todo: list[str], ocr: bool, time_limit: int, handle) -> None:
    """Every plan through the pool, a bounded window in flight. A worker that dies breaks the pool:
    its plan becomes a failures row ("worker died: signal 9"), the pool restarts, the batch goes on."""
    queue = deque(todo)
    suspects: Counter = Counter()
    while True:
        broken = _until_broken(pool, queue, ocr, time_limit, handle)
        if broken is None:
            return
        last_paths = pool.log.last_paths()  # before the restart clears them
        verdict = blame(pool.restart(), last_paths, broken, suspects)
        for path, reason in verdict.failed:
            handle(PlanFailed(path, None, WorkerDied.stage, reason))
        queue.extendleft(reversed(verdict.retry))


def _until_broken(pool: WorkerPool, queue: deque, ocr: bool, time_limit: int, handle) -> list[str] | None:
    """Submit plans and handle their results until the queue is done (None) or the pool broke;
    then the plans that were in flight (nothing more is submitted to a broken pool)."""
    pending: dict = {}  # future -> path
    window = pool.workers * 2  # bounded: results are written as they come
    broken: list[str] = []
    while queue or pending:
        while queue and len(pending) < window and not broken:
            path = queue.popleft()
            try:
                pending[pool.submit(_pool_task, path, ocr, time_limit)] = path
            except BrokenProcessPool:
                broken.append(path)
        if not pending:
            break
        done, _ = wait(pending, return_when=FIRST_COMPLETED)
        for fut in done:
            path = pending.pop(fut)
            if isinstance(fut.exception(), BrokenProcessPool):
                broken.append(path)
            else:
                handle(fut.result())
    return broken or None


def _largest_first(files: list[tuple[int, str]]) -> list[str]:
    """Paths by size, largest first: a long scan started last would keep one worker busy alone at
    the end of the batch while the others wait; small plans fill the gaps instead.

    >>> _largest_first([(10, "a.txt"), (900, "b.pdf"), (50, "c.docx")])
    ['b.pdf', 'c.docx', 'a.txt']
    """
    return [path for _, path in sorted(files, key=lambda f: -f[0])]


def _not_stored(store, files: list[Path], summary: BatchSummary) -> list[tuple[int, str]]:
    """(size, path) of the files the store does not hold yet (same path, size, mtime, read by the same rules); the rest
    are counted as skipped."""
    new: list[tuple[int, str]] = []
    for f in files:
        try:
            st = f.stat()
        except OSError:
            new.append((0, str(f)))  # the reader says why it cannot be read, as a failures row
            continue
        if store.known(str(f), st.st_size, st.st_mtime, extraction_version()):
            summary.skipped += 1
        else:
            new.append((st.st_size, str(f)))
    return new


def run_batch(paths: Iterable[Path], out: Path, formats: list[str] | None = None, db_url: str | None = None,
              workers: int | None = None, ocr: bool = True, progress: bool = True, time_limit: int | None = None,
              scheduler: str | None = None, pool: WorkerPool | None = None) -> BatchSummary:
    """Extract every plan under ``paths`` into the store at ``out`` (or ``db_url``) and export
    the tables in ``formats``. ``pool`` keeps worker processes between calls."""
    from rich.console import Console
    from rich.progress import Progress

    from .limits import LIMITS
    from .store import open_store

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    store = open_store(db_url, out)
    files = list(iter_files(paths))
    workers = pool.workers if pool is not None else (workers or os.cpu_count() or 1)
    time_limit = time_limit or LIMITS.plan_seconds
    summary = BatchSummary()
    t0 = time.perf_counter()
    new = _not_stored(store, files, summary)
    todo = _largest_first(new) if workers > 1 else [path for _, path in new]
    console = Console(stderr=True)
    with Progress(*_progress_columns(), console=console, disable=not progress, transient=False) as bar:
        task = bar.add_task("plans", total=len(todo), rate="")

        def handle(res: Outcome) -> None:
            if isinstance(res, PlanDone):
                store.write_document(res.source, res.size, res.mtime, res.rows)
                summary.processed += 1
                summary.pages += res.pages
            else:
                store.write_failure(res.source, res.doc_id, res.stage, res.reason)
                summary.failed += 1
                summary.failures.append((res.source, res.stage, res.reason))
            el = max(1e-9, time.perf_counter() - t0)
            bar.update(task, advance=1, rate=f"{(summary.processed + summary.failed) / el:.1f} plans/s "
                                              f"{summary.pages / el:.1f} pages/s")

        if scheduler:
            from .batch_dask import run_on_dask

            run_on_dask(scheduler, todo, ocr, time_limit, handle)
        elif pool is not None:
            _run_on_pool(pool, todo, ocr, time_limit, handle)
        elif workers <= 1 or len(todo) <= 1:
            _init_worker(in_process=True)
            for path in todo:
                handle(process_one(path, ocr, time_limit))
        else:
            with WorkerPool(workers) as own:
                _run_on_pool(own, todo, ocr, time_limit, handle)
    summary.seconds = time.perf_counter() - t0
    from .export import export_tables

    export_tables(store, out, formats or [])
    store.close()
    _print_summary(console, summary, out)
    return summary


def _progress_columns() -> list:
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    return [TextColumn("[bold]kehoach[/]"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn()]


def _print_summary(console, summary: BatchSummary, out: Path) -> None:
    from rich.markup import escape

    # file names and reasons are data, never rich markup: "[bold]" in a name must print as it is
    console.print(f"kehoach: {summary.processed} processed, {summary.skipped} already stored, "
                  f"{summary.failed} failed, {summary.seconds:.1f} s → {escape(str(out))}")
    for src, stage, reason in summary.failures[:20]:
        console.print(f"  [red]failed[/] {escape(src)} ({escape(stage)}): {escape(reason)}")
