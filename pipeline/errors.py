"""The small exception tree. A failed file becomes an error record with its stage."""
from __future__ import annotations


class KehoachError(Exception):
    """Base of every error kehoach raises on purpose."""

    stage = "run"

    def __init__(self, reason: str, *, source: str | None = None):
        super().__init__(reason)
        self.reason = reason
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}" if self.source else self.reason


class IngestError(KehoachError):
    """The file could not be read into a Document (broken, hostile, unsupported)."""

    stage = "ingest"


class LimitExceeded(IngestError):
    """A safety limit (bytes, pages, pixels, time, zip ratio) refused the file."""


class OCRError(IngestError):
    stage = "ocr"


class ExtractionError(KehoachError):
    """An extractor failed on a document that was read correctly."""

    stage = "extract"


class TimeLimitExceeded(LimitExceeded):
    """The plan took longer than its time limit (``--time-limit``, ``KEHOACH_PLAN_SECONDS``)."""

    def __init__(self, reason: str, *, stage: str = "ingest", source: str | None = None):
        super().__init__(reason, source=source)
        self.stage = stage


class WorkerDied(KehoachError):
    """The worker process reading a plan was killed (a signal, the kernel's OOM killer, a native crash)."""

    stage = "worker"


class ClusterError(KehoachError):
    """The Dask scheduler cannot be reached or went away during a run (re-run the same command to resume)."""

    stage = "cluster"
