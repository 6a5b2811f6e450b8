"""One time limit per plan, the same for every way of running (``extract --json``, batch, report).

The limit is ``--time-limit`` when given, else ``KEHOACH_PLAN_SECONDS`` (default 900).
A SIGALRM interrupts the plan wherever it is in Python code; the signal raises
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
    """Run the block under the plan's time limit (a no-op outside the main thread, where no
    alarm can be set: a Dask worker runs tasks in threads and has its own limits)."""
    clock = PlanClock(effective_seconds(time_limit))
    usable = hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()
    if not usable or clock.seconds <= 0:
        yield clock
        return
    old = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, clock.seconds)
    try:
        yield clock
    except PlanTimeout as exc:
        where = f" (in the {exc.step} step)" if exc.step else ""
        raise TimeLimitExceeded(f"took longer than the time limit of {clock.seconds:g} s per plan{where}",
                                stage=clock.stage) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
