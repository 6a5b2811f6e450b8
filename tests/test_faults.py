"""Faults injected into batches (issue 17.6) and the linear-time rule for extractors (17.3).

A worker that dies mid-batch (kill -9, the OOM killer, a native crash) costs one
failures row for the plan it was reading; the pool restarts and every other plan
is stored. After kill -9 of the batch itself, no worker and no Tesseract run
stays alive.
"""
import os
import shutil
import signal
import sqlite3
import subprocess
import time
import uuid
from contextlib import nullcontext
from glob import glob
from pathlib import Path

import pytest
from conftest import kehoach_cmd
from hostile_files import PLAN, long_plan, processes_tagged

psutil = pytest.importorskip("psutil")


def small_plans(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = folder / f"plan-{i:02d}.txt"
        p.write_text(PLAN.replace("An Phú", f"An Phú {i}"), encoding="utf-8")
        paths.append(p)
    return paths


# ------------------------------------------------------------------ a plan that kills its worker
def test_a_plan_that_kills_its_worker_is_one_failure_and_the_batch_goes_on(tmp_path, monkeypatch):
    import pipeline.batch as batch

    plans = tmp_path / "plans"
    small_plans(plans, 6)
    (plans / "crash.txt").write_text(PLAN, encoding="utf-8")
    real = batch.process_one

    def crashing(path, ocr=True, time_limit=None):  # stands for a native crash or the OOM killer
        if path.endswith("crash.txt"):
            os.kill(os.getpid(), signal.SIGKILL)
        return real(path, ocr, time_limit)

    monkeypatch.setattr(batch, "process_one", crashing)  # workers are forked: they inherit it
    for run in range(2):  # a re-run meets the same plan and ends the same way: it does not stop there
        if run:
            for p in sorted(plans.glob("plan-0[01].txt")):  # two plans changed since: they are read again
                p.write_text(p.read_text(encoding="utf-8") + "- Bổ sung.\n", encoding="utf-8")
        s = batch.run_batch([plans], tmp_path / "out", formats=["csv"], workers=2, progress=False)
        assert s.processed == (6 if run == 0 else 2)
        assert s.failed == 1 and s.failures[0][0].endswith("crash.txt")
        assert s.failures[0][1:] == ("worker", "worker died: signal 9 (SIGKILL: stopped by hand, or the system ran out "
                                               "of memory)")
        assert (tmp_path / "out" / "csv" / "failures.csv").exists()
    db = sqlite3.connect(tmp_path / "out" / "kehoach.db")
    assert db.execute("select count(*) from files").fetchone()[0] == 6
    db.close()


def test_one_pool_survives_a_death_and_serves_the_next_batch(tmp_path, monkeypatch):
    import pipeline.batch as batch

    plans = tmp_path / "plans"
    small_plans(plans, 3)
    (plans / "crash.txt").write_text(PLAN, encoding="utf-8")
    real = batch.process_one
    monkeypatch.setattr(batch, "process_one", lambda path, ocr=True, time_limit=None:
                        os.kill(os.getpid(), signal.SIGKILL) if path.endswith("crash.txt") else real(path, ocr, time_limit))
    with batch.WorkerPool(2) as pool:
        first = batch.run_batch([plans], tmp_path / "a", pool=pool, progress=False)
        (plans / "crash.txt").unlink()
        second = batch.run_batch([plans], tmp_path / "b", pool=pool, progress=False)
    assert (first.processed, first.failed) == (3, 1) and (second.processed, second.failed) == (3, 0)


# ------------------------------------------------------------------ kill -9 from outside
def _start_batch(tmp_path, tag: str) -> tuple[subprocess.Popen, Path]:
    plans = tmp_path / "plans"
    small_plans(plans, 5)
    long_plan(plans)  # read first (largest first) and long enough to be caught in the middle
    out = tmp_path / "out"
    proc = subprocess.Popen([*kehoach_cmd(), "extract", str(plans), "--out", str(out), "--workers", "2",
                             "--format", "csv,xlsx"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "KEHOACH_TEST_TAG": tag})
    return proc, out


def _worker_reading(proc: subprocess.Popen, name: str, timeout: float = 120) -> tuple[int, Path]:
    """The pid of the batch's worker that has started reading ``name``, and the note saying so."""
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        for child in psutil.Process(proc.pid).children():
            for note in glob(f"/dev/shm/kehoach-workers-*/{child.pid}") + glob(f"/tmp/kehoach-workers-*/{child.pid}"):
                try:
                    if Path(note).read_text(encoding="utf-8").endswith(name):
                        return child.pid, Path(note)
                except OSError:
                    continue
        time.sleep(0.05)
    raise AssertionError(f"no worker started {name} in {timeout} s")


def test_kill_9_of_a_worker_mid_plan_loses_nothing_and_the_batch_finishes(tmp_path):
    tag = uuid.uuid4().hex
    proc, out = _start_batch(tmp_path, tag)
    os.kill(_worker_reading(proc, "long-plan.txt")[0], signal.SIGKILL)
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 1 and "Traceback" not in err and "BrokenProcessPool" not in err, err[-2000:]
    db = sqlite3.connect(out / "kehoach.db")
    stored = {Path(s).name for (s,) in db.execute("select source from files")}
    failures = db.execute("select source, stage, reason from failures").fetchall()
    db.close()
    assert stored == {f"plan-{i:02d}.txt" for i in range(5)}
    assert [(Path(s).name, stage, reason.split(" (")[0]) for s, stage, reason in failures] == \
        [("long-plan.txt", "worker", "worker died: signal 9")]
    assert (out / "kehoach.xlsx").exists() and (out / "csv" / "documents.csv").exists()
    time.sleep(0.5)
    assert processes_tagged(tag) == []


def test_kill_9_of_the_batch_leaves_no_worker_alive(tmp_path):
    tag = uuid.uuid4().hex
    proc, _ = _start_batch(tmp_path, tag)
    _, note = _worker_reading(proc, "long-plan.txt")
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=60)
    deadline = time.monotonic() + 5
    while processes_tagged(tag) and time.monotonic() < deadline:
        time.sleep(0.1)
    shutil.rmtree(note.parent, ignore_errors=True)  # the killed batch could not remove its notes
    assert processes_tagged(tag) == [], "workers outlived the batch they belonged to"


def test_a_death_no_worker_explains_is_retried_once_then_recorded():
    from collections import Counter

    from pipeline.deaths import blame

    suspects = Counter()
    first = blame({11: -15, 12: -15}, {11: "a.txt", 12: "b.txt"}, ["a.txt", "b.txt"], suspects)
    assert first.failed == [] and first.retry == ["a.txt", "b.txt"]
    second = blame({13: -15}, {13: "a.txt"}, ["a.txt"], suspects)
    assert second.failed == [("a.txt", "worker died while reading this plan, more than once (cause unknown)")]


# ------------------------------------------------------------------ 17.3: no extractor worse than linear
def long_line(chars: int) -> str:
    """A plan whose body is one line of ``chars`` characters: a task with a date every ~2 KB."""
    filler = "xây dựng đường giao thông nông thôn, kênh mương nội đồng và nhà văn hóa thôn "
    parts, i = [], 0
    while sum(map(len, parts)) < chars:
        parts.append(f"- Hoàn thành hạng mục {i} trước ngày 15/4/2024; " + filler * 25)
        i += 1
    return "KẾ HOẠCH\nXây dựng nông thôn mới năm 2024\n" + " ".join(parts)[:chars] + "\n"


def _seconds(text: str, budget: float | None = None) -> float:
    """Seconds to run structure and every extractor over the text; inf when over ``budget``."""
    from extractors.model import Document
    from pipeline.errors import TimeLimitExceeded
    from pipeline.ingest.read_text import read_text
    from pipeline.run import process
    from pipeline.timeout import plan_time_limit

    builder, _ = read_text(text.encode("utf-8"))
    doc = Document.from_text(builder.text, source="long.txt")
    t0 = time.perf_counter()
    try:
        with plan_time_limit(budget) if budget else nullcontext():
            process(doc)
    except TimeLimitExceeded:
        return float("inf")
    return time.perf_counter() - t0


def test_no_extractor_is_worse_than_linear_on_one_long_line():
    """4x the input may cost about 4x the time (6x allowed for noise), never 16x."""
    _seconds(long_line(2_000))  # warm: patterns compiled, data loaded
    small = min(_seconds(long_line(100_000)) for _ in range(2))
    large = min(_seconds(long_line(400_000), budget=max(2.0, 8 * small)) for _ in range(2))  # quadratic: stops at the budget
    assert large / small <= 6, f"100 KB: {small:.2f} s, 400 KB: {large:.2f} s"


# Shapes a hostile or broken file repeats thousands of times; each one was quadratic once (session 11):
# an amount per clause on one line, a criterion number list, bullet lines each a block with a mention.
REPEATED = {
    "amounts on one line": lambda n: "KẾ HOẠCH\nXây dựng nông thôn mới năm 2025\n" + "3 tỷ 150 triệu đồng; " * n + "\n",
    "amounts in one clause": lambda n: "KẾ HOẠCH\nXây dựng nông thôn mới năm 2025\nKinh phí " + "4 tỷ, " * n + "\n",
    "a criterion number list": lambda n: "KẾ HOẠCH\nXây dựng nông thôn mới năm 2025\nChưa đạt các tiêu chí số "
                               + ", ".join(str(i % 19 + 1) for i in range(n)) + ".\n",
    "bullet lines with units": lambda n: "KẾ HOẠCH\nXây dựng nông thôn mới năm 2025\n"
                               + "- Phòng Văn hóa huyện chủ trì tiêu chí số 6;\n" * n,
    # session 12: each amount and each number alone on a line was checked against every citation zone
    "cited amounts": lambda n: "KẾ HOẠCH\nXây dựng nông thôn mới năm 2025\n"
                     + "- Theo Quyết định số 45/QĐ-UBND ngày 7/5/2024 của UBND huyện, hỗ trợ 3 tỷ đồng;\n" * n,
    "a numbered basis per line": lambda n: "KẾ HOẠCH\nXây dựng nông thôn mới năm 2025\n"
                     + "Thực hiện Chương trình hành động số 21-CTr/HU ngày 4/9/2023 về nông thôn mới;\n" * n,
    "counts in sentences ending at their line": lambda n: "KẾ HOẠCH\nXây dựng nông thôn mới năm 2025\n"
                     + "Trong huyện, 6 xã chưa hoàn thành tiêu chí số 9; các xã bên cạnh bình quân đạt 12/19 tiêu chí.\n" * n,
    "recognition steps as bullets": lambda n: "KẾ HOẠCH\nXây dựng nông thôn mới năm 2025\n"
                     + "+ Tháng 9,10/2025: hoàn thiện hồ sơ đề nghị thẩm định, công nhận.\n" * n,
    "totals in brackets": lambda n: "KẾ HOẠCH\nXây dựng nông thôn mới năm 2025\n"
                     + "(Tổng kinh phí dự kiến là 2.315 triệu đồng)\n" * n,
    "achieved and remaining counts": lambda n: "KẾ HOẠCH\nXây dựng nông thôn mới năm 2025\n"
                     + "Riêng xã Phú Lâm, đến nay đạt 16/19 tiêu chí, 3 tiêu chí còn lại là y tế và môi trường.\n" * n,
    "counts each opening a list": lambda n: "KẾ HOẠCH\nXây dựng nông thôn mới năm 2025\n"
                     + "1. Các tiêu chí chưa đạt, gồm 5 tiêu chí sau:\n" * n,
    "a district's criteria in many clauses": lambda n: "KẾ HOẠCH\nXây dựng huyện Đông Sơn đạt chuẩn nông thôn mới "
                     "năm 2025\n" + "- Họp giao ban về tiêu chí số 5; đề nghị UBND tỉnh phối hợp thực hiện tiêu chí số 9.\n" * n,
    "numbers alone between citations": lambda n: "KẾ HOẠCH\nXây dựng nông thôn mới năm 2025\n"
                     + "".join(f"Căn cứ Quyết định số {i}/QĐ-UBND ngày 9/6/2024;\n{i + 1}/QĐ-UBND\n" for i in range(n)),
}


@pytest.mark.parametrize("shape", sorted(REPEATED))
def test_a_shape_repeated_eight_times_as_often_costs_about_eight_times_as_long(shape):
    """Each of these took minutes at 20,000 repeats before the context around a mention was bounded.

    Linear is 8x; 16x is allowed for a loaded machine and the allocator; quadratic would be 64x."""
    make = REPEATED[shape]
    _seconds(make(200))  # warm
    small = min(_seconds(make(1_000)) for _ in range(2))
    large = _seconds(make(8_000), budget=max(3.0, 20 * small))  # quadratic stops at the budget
    assert large / small <= 16, f"1,000: {small:.2f} s, 8,000: {large:.2f} s"


def _in_thread(fn):
    import threading

    box = {}

    def run():
        try:
            box["value"] = fn()
        except BaseException as exc:  # the test looks at what the thread raised
            box["error"] = exc

    t = threading.Thread(target=run)
    t.start()
    t.join(30)
    assert not t.is_alive()
    return box


def test_a_plan_in_a_worker_thread_is_stopped_at_its_time_limit():
    """A Dask worker runs plans in threads, where no alarm can be set: a watchdog stops them."""
    from pipeline.errors import TimeLimitExceeded
    from pipeline.timeout import plan_time_limit

    def endless():
        with plan_time_limit(0.3) as clock:
            clock.stage = "extract"
            t0 = time.monotonic()
            while time.monotonic() - t0 < 20:
                sum(range(1000))
        return "finished"

    t0 = time.monotonic()
    box = _in_thread(endless)
    assert isinstance(box.get("error"), TimeLimitExceeded), box
    assert box["error"].stage == "extract" and time.monotonic() - t0 < 5


def test_a_thread_within_its_limit_keeps_running_after_it():
    """The watchdog of a finished plan never fires into the thread's next work."""
    from pipeline.timeout import plan_time_limit

    def quick_then_more():
        for _ in range(20):
            with plan_time_limit(0.05):
                sum(range(10_000))
        t0 = time.monotonic()
        while time.monotonic() - t0 < 0.3:  # well past every limit above
            sum(range(1000))
        return "done"

    assert _in_thread(quick_then_more) == {"value": "done"}


def test_process_one_in_a_thread_turns_a_hang_into_a_failure_row(tmp_path, monkeypatch):
    from pipeline import batch, run

    plan = tmp_path / "slow.txt"
    plan.write_text("KẾ HOẠCH\nXây dựng nông thôn mới xã Hòa Lạc năm 2024\n", encoding="utf-8")

    def spin(doc):
        while True:
            sum(range(1000))

    monkeypatch.setattr(run, "process", spin)
    box = _in_thread(lambda: batch.process_one(str(plan), time_limit=0.3))
    res = box["value"]
    assert res.stage == "extract" and "time limit" in res.reason
