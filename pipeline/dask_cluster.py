"""A local Dask cluster of real processes: one ``dask scheduler``, ``dask worker`` processes.

The same commands an operator runs on several machines (docs/dask.md), started here
on one machine for the bench and the tests; stopping it kills what it started, and
only that.

>>> with LocalDaskCluster(workers=2) as cluster:          # doctest: +SKIP
...     run_batch([Path("plans")], Path("out"), scheduler=cluster.address)
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

WORKER_ENV = {"DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED": "False"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _dask_command() -> list[str]:
    """``dask`` next to this interpreter (the venv's), else the module form."""
    exe = Path(sys.executable).with_name("dask")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "dask"]


class LocalDaskCluster:
    """``dask scheduler`` and ``workers`` × ``dask worker --nthreads 1`` as child processes."""

    def __init__(self, workers: int = 2, port: int | None = None):
        self.workers = workers
        self.port = port or _free_port()
        self.address = f"tcp://127.0.0.1:{self.port}"
        self.log = tempfile.TemporaryFile(mode="w+")
        self.scheduler: subprocess.Popen | None = None
        self.worker_procs: list[subprocess.Popen] = []

    def _spawn(self, args: list[str]) -> subprocess.Popen:
        # Dask's statistical profiler samples every task's stack 100 times a second and keeps the
        # trees: measured, about 25 MB more per worker over 200 plans, and CPU taken from the plans
        env = {**os.environ, "PYTHONWARNINGS": "ignore", "OMP_THREAD_LIMIT": "1", **WORKER_ENV}
        # the caller's session, not one of their own: with the kernel's autogroup scheduling every
        # session gets its own share of a busy machine, and a bench comparing the cluster with the
        # local pool (one session) would hand the cluster twice the CPU
        return subprocess.Popen([*_dask_command(), *args], stdout=self.log, stderr=self.log, env=env)

    def start_scheduler(self) -> None:
        self.scheduler = self._spawn(["scheduler", "--host", "127.0.0.1", "--port", str(self.port),
                                      "--no-dashboard"])
        self._wait_for_port()

    def start_workers(self) -> None:
        for _ in range(self.workers):
            self.worker_procs.append(self._spawn(["worker", self.address, "--nthreads", "1", "--nworkers", "1",
                                                  "--no-dashboard", "--memory-limit", "0"]))
        self.wait_for_workers()

    def _wait_for_port(self, timeout: float = 60) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"the Dask scheduler did not start: {self.tail()}")

    def wait_for_workers(self, timeout: float = 120) -> None:
        from dask.distributed import Client

        with Client(self.address, timeout=timeout) as client:
            client.wait_for_workers(self.workers, timeout=timeout)

    def kill_scheduler(self) -> None:
        """What a crash of the scheduler's machine looks like: kill -9, no goodbye."""
        if self.scheduler is not None:
            self.scheduler.kill()
            self.scheduler.wait()
            self.scheduler = None

    def stop_workers(self) -> None:
        for p in self.worker_procs:
            _kill_tree(p)
        self.worker_procs = []

    def pids(self) -> list[int]:
        """The scheduler and the worker commands (their nannies' workers are their children)."""
        return [p.pid for p in ([self.scheduler] if self.scheduler else []) + self.worker_procs]

    def tail(self) -> str:
        self.log.seek(0)
        return self.log.read()[-2000:]

    def __enter__(self) -> LocalDaskCluster:
        # a SIGTERM (a killed bench) must still stop the processes started here
        self._old_term = None
        if threading.current_thread() is threading.main_thread():
            self._old_term = signal.signal(signal.SIGTERM, _exit_on_term)
        self.start_scheduler()
        self.start_workers()
        return self

    def __exit__(self, *exc) -> None:
        self.stop_workers()
        if self.scheduler is not None:
            _kill_tree(self.scheduler)
            self.scheduler = None
        self.log.close()
        if self._old_term is not None:
            signal.signal(signal.SIGTERM, self._old_term)


def _exit_on_term(signum, frame):
    raise SystemExit(128 + signum)


def _kill_tree(p: subprocess.Popen) -> None:
    """Stop a ``dask`` command and its children (a nanny's worker process), SIGKILL after 10 s."""
    import psutil

    try:
        procs = [psutil.Process(p.pid), *psutil.Process(p.pid).children(recursive=True)]
    except psutil.NoSuchProcess:
        procs = []
    for q in procs:
        try:
            q.terminate()
        except psutil.NoSuchProcess:
            pass
    _, alive = psutil.wait_procs(procs, timeout=10)
    for q in alive:
        try:
            q.kill()
        except psutil.NoSuchProcess:
            pass
    p.wait()
