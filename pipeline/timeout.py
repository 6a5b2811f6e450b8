"""One time limit per plan, the same for every way of running (``extract --json``, batch, report).

The limit is ``--time-limit`` when given, else ``KEHOACH_PLAN_SECONDS`` (default 900).
A SIGALRM interrupts the plan wherever it is in Python code (in a thread, as on a Dask
worker, a watchdog thread does the same); the signal raises
:class:`PlanTimeout`, a ``BaseException``, so that no ``except Exception`` in an
extractor or a library can swallow it, and the ``with`` block turns it into a
:class:`~pipeline.errors.TimeLimitExceeded` naming the stage and the step.

>>> import time
>>> with plan_time_limit(0.2) as clock:          # doctest: +SKIP
...     clock.stage = "extract"
...     time.sleep(1)
Traceback (most recent call last):
pipeline.errors.TimeLimitExceeded: took longer than the time limit of 0.2 s per plan
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

from .errors import TimeLimitExceeded
from .limits import LIMITS


class PlanTimeout(BaseException):
    """Raised by the alarm; ``step`` is filled in by whoever knows what was running."""

    step: str | None = None


@dataclass
class PlanClock:
    seconds: float
    stage: str = "ingest"


def effective_seconds(time_limit: float | None) -> float:
    """``--time-limit`` when given (> 0), else the configured limit.

    >>> effective_seconds(5), effective_seconds(None) == LIMITS.plan_seconds
    (5, True)
    """
    return time_limit if time_limit and time_limit > 0 else LIMITS.plan_seconds


def _on_alarm(signum, frame):
    raise PlanTimeout()


@contextmanager
def plan_time_limit(time_limit: float | None = None) -> Iterator[PlanClock]:
    """Run the block under the plan's time limit: an alarm in the main thread, a watchdog
    thread elsewhere (a Dask worker runs its tasks in threads, where no alarm can be set)."""
    clock = PlanClock(effective_seconds(time_limit))
    if clock.seconds <= 0:
        yield clock
        return
    in_main = threading.current_thread() is threading.main_thread()
    guard = _alarm(clock.seconds) if in_main and hasattr(signal, "SIGALRM") else _Watchdog(clock.seconds)
    try:
        with guard:
            yield clock
    except PlanTimeout as exc:
        where = f" (in the {exc.step} step)" if exc.step else ""
        raise TimeLimitExceeded(f"took longer than the time limit of {clock.seconds:g} s per plan{where}",
                                stage=clock.stage) from None


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    old = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


class _Watchdog:
    """Raises :class:`PlanTimeout` in the thread that entered it once ``seconds`` have passed.

    The exception is delivered between two bytecodes of that thread (as an alarm is): a long
    native call is interrupted only when it returns. One that fires as the block ends is
    withdrawn, so it never escapes into the caller's next plan.
    """

    def __init__(self, seconds: float):
        self.seconds = seconds
        self._lock = threading.Lock()
        self._active = False
        self._fired = False

    def __enter__(self) -> None:
        self._thread = threading.get_ident()
        self._active = True
        self._timer = threading.Timer(self.seconds, self._fire)
        self._timer.daemon = True
        self._timer.start()

    def _fire(self) -> None:
        with self._lock:
            if self._active:
                self._fired = True
                _raise_in(self._thread, PlanTimeout)

    def __exit__(self, *exc) -> None:
        while True:  # a PlanTimeout landing in here is withdrawn with the rest
            try:
                with self._lock:
                    self._active = False
                    self._timer.cancel()
                    if self._fired:
                        _raise_in(self._thread, None)
                return
            except PlanTimeout:
                continue


def _raise_in(thread_id: int, exc: type[BaseException] | None) -> None:
    """CPython's PyThreadState_SetAsyncExc: ``exc`` raised in that thread (None withdraws it)."""
    import ctypes

    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               ctypes.py_object(exc) if exc is not None else None)
