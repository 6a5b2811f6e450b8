"""``kehoach bench --dask``: the local pool and a Dask cluster on the same plans, round by round.

``--format txt,docx`` measures each format alone; ``--format txt+docx`` one archive of both,
the formats taking turns.

A real ``dask scheduler`` and two ``dask worker --nthreads 1`` processes are started
on this machine (:class:`~pipeline.dask_cluster.LocalDaskCluster`). The plans are cut
into rounds; each round goes through the local pool (2 workers, warmed up once) and
then through the cluster, so a slow spell of a shared machine falls on both sides
alike. Every process of each side (client, scheduler, nannies, workers) is sampled
twice a second while its side works: the largest one in each tenth of the run shows
whether memory stays flat. At the end each side's database must hold every plan once.

>>> tenths_text(_by_tenth([(0.5, 100), (5.0, 120), (9.9, 130)], 10.0))
'[100, –, –, –, –, 120, –, –, –, 130]'
"""
from __future__ import annotations

import shutil
import sqlite3
import tempfile
import threading
import time
from pathlib import Path


class _Sampler:
    """RSS of a set of process trees, sampled only while ``busy`` (seconds of busy time, largest MB)."""

    def __init__(self, pids: list[int]):
        self.pids = pids
        self.samples: list[tuple[float, float]] = []
        self.busy_before = 0.0
        self._start = 0.0
        self._busy = threading.Event()
        self._stop = False
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def _largest(self) -> float:
        import psutil

        sizes = []
        for pid in self.pids:
            try:
                root = psutil.Process(pid)
                for p in [root, *root.children(recursive=True)]:
                    sizes.append(p.memory_info().rss / 2**20)
            except psutil.Error:
                continue
        return max(sizes or [0])

    def _loop(self) -> None:
        while not self._stop:
            self._busy.wait(0.5)
            time.sleep(0.5)
            if self._busy.is_set():
                self.samples.append((self.busy_before + time.perf_counter() - self._start, self._largest()))

    def begin(self) -> None:
        self._start = time.perf_counter()
        self._busy.set()

    def end(self) -> None:
        self._busy.clear()
        self.busy_before += time.perf_counter() - self._start

    def close(self) -> list[int | None]:
        self._stop = True
        self._busy.set()
        self._thread.join()
        return _by_tenth(self.samples, self.busy_before)


def _by_tenth(samples: list[tuple[float, float]], total: float) -> list[int | None]:
    """The largest sample in each tenth of ``total`` seconds (None where no sample fell)."""
    tops = [max([m for t, m in samples if k * total / 10 <= t < (k + 1) * total / 10], default=None) for k in range(10)]
    return [None if m is None else round(m) for m in tops]


def tenths_text(tenths: list[int | None]) -> str:
    """Memory by tenth as printed: a dash where no sample fell (not a process of 0 MB)."""
    return "[" + ", ".join("–" if m is None else str(m) for m in tenths) + "]"


def _stored(db: Path) -> dict:
    with sqlite3.connect(db) as con:
        docs = con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        files = con.execute("SELECT COUNT(DISTINCT source) FROM files").fetchone()[0]
        failed = con.execute("SELECT COUNT(*) FROM failures").fetchone()[0]
    return {"documents": docs, "files": files, "failures": failed}


def run_dask_bench(plans: int = 1000, formats: list[str] | None = None, round_plans: int = 500,
                   workers: int = 2, local_every: int = 1) -> list[dict]:
    """Plans/s of the local pool and of the Dask cluster, memory by tenth, rows stored, per format.

    ``local_every`` k > 1 runs the local pool on every k-th round only (a long run on a shared
    machine); the throughputs are then compared on the rounds both sides ran."""
    from rich.console import Console

    from .bench import _rounds
    from .bench_resume import describe, resume_after_restart
    from .dask_cluster import LocalDaskCluster

    console = Console(width=200)
    rows = []
    tmp = Path(tempfile.mkdtemp(prefix="kehoach-bench-dask-"))
    try:
        with LocalDaskCluster(workers=workers) as cluster:
            for fmt in formats or ["txt", "docx"]:
                console.print(f"[bold]{fmt}[/]: generating {plans} plans …")
                groups = _rounds(generate_mixed(tmp, fmt.split("+"), plans), round_plans)
                row = _compare(fmt, groups, tmp / f"out_{fmt.replace('+', '_')}", cluster, workers, console,
                               local_every)
                row["plans"] = plans
                rows.append(row)
                _print(row, console)
                # last: the first round's plans again, the scheduler killed mid-run, resumed, counted
                row["resume"] = resume_after_restart(groups[0][0].parent, tmp / f"resume_{fmt.replace('+', '_')}",
                                                     cluster, tmp / f"out_{fmt.replace('+', '_')}" / "dask" / "kehoach.db")
                console.print(describe(row["resume"]), highlight=False)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return rows


def generate_mixed(tmp: Path, fmts: list[str], n: int, seed: int = 77, distinct: int = 400) -> list[Path]:
    """``n`` plans in one folder, the formats taking turns ("txt+docx": half TXT, half DOCX).

    At most ``distinct`` plans are composed (the generator is slow beside the pipeline); the
    rest are copies made unique (a TXT copy gets a last line with its number, a DOCX copy an
    extra zip member), so every file has its own doc_id and is stored as a plan of its own.
    """
    import os
    import shutil
    import zipfile
    from concurrent.futures import ProcessPoolExecutor

    from .bench import _generate_one

    folder = tmp / "+".join(fmts)
    k = min(n, distinct)
    jobs = [(i, seed, str(folder), fmts[i % len(fmts)]) for i in range(k)]
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        made = [Path(p) for p in pool.map(_generate_one, jobs, chunksize=16)]
    out = list(made)
    for i in range(k, n):
        src = made[i % k]
        dst = folder / f"{src.stem}_copy{i:06d}{src.suffix}"
        shutil.copyfile(src, dst)
        if dst.suffix == ".docx":
            with zipfile.ZipFile(dst, "a") as z:
                z.writestr("kehoach-copy.txt", str(i))
        else:
            with open(dst, "a", encoding="utf-8") as f:
                f.write(f"\nBản sao số {i}.\n")
        out.append(dst)
    return out


def _compare(fmt: str, groups: list[list[Path]], out: Path, cluster, workers: int, console,
             local_every: int = 1) -> dict:
    from .bench import _Kehoach

    local, dask = _Kehoach(workers), _Kehoach(workers, scheduler=cluster.address)
    sampler = _Sampler([*cluster.pids(), dask.proc.pid])
    # seconds and plans of each side; "both" counts only the rounds the two sides ran
    tally = {"local": [local.startup, 0], "dask": [dask.startup, 0], "dask_on_both": [dask.startup, 0]}
    for k, group in enumerate(groups, 1):
        both = (k - 1) % local_every == 0
        if both:
            r = local.run(group, out / "local", keep=True)
            tally["local"][0] += r["seconds"]
            tally["local"][1] += len(group)
        sampler.begin()
        d = dask.run(group, out / "dask", keep=True)
        sampler.end()
        tally["dask"][0] += d["seconds"]
        tally["dask"][1] += len(group)
        if both:
            tally["dask_on_both"][0] += d["seconds"]
            tally["dask_on_both"][1] += len(group)
        # as it goes, so that a long run interrupted still tells something
        console.print(f"  round {k}/{len(groups)} ({len(group)} plans): "
                      + (f"local pool {len(group) / r['seconds']:.1f} plans/s, " if both else "")
                      + f"Dask {len(group) / d['seconds']:.1f} plans/s, largest Dask process so far "
                      f"{max([m for _, m in sampler.samples] or [0]):.0f} MB", highlight=False)
    local_mem, _ = local.close(), dask.close()
    rate = {side: n / s if s else 0.0 for side, (s, n) in tally.items()}
    return {"format": fmt, "rounds": len(groups), "local_every": local_every,
            "local_plans": tally["local"][1], "dask_plans": tally["dask"][1],
            "local_seconds": tally["local"][0], "dask_seconds": tally["dask"][0],
            "local_plans_per_s": rate["local"], "dask_plans_per_s": rate["dask"],
            "dask_plans_per_s_on_local_rounds": rate["dask_on_both"],
            "local_rss_by_tenth_mb": local_mem["rss_by_tenth_mb"], "dask_rss_by_tenth_mb": sampler.close(),
            "local_stored": _stored(out / "local" / "kehoach.db"), "dask_stored": _stored(out / "dask" / "kehoach.db")}


def _print(row: dict, console) -> None:
    ratio = row["dask_plans_per_s_on_local_rounds"] / row["local_plans_per_s"]
    console.print(f"{row['format']}, {row['plans']} plans in {row['rounds']} rounds: Dask {row['dask_plans_per_s']:.1f} "
                  f"plans/s over all of them; on the {row['local_plans']} plans both sides ran: local pool "
                  f"{row['local_plans_per_s']:.1f} plans/s, Dask {row['dask_plans_per_s_on_local_rounds']:.1f} "
                  f"plans/s ({ratio:.2f}× the local pool)")
    console.print(f"  largest process by tenth (MB): local {tenths_text(row['local_rss_by_tenth_mb'])}, "
                  f"Dask (client, scheduler, nannies, workers) {tenths_text(row['dask_rss_by_tenth_mb'])}")
    console.print(f"  stored: local {row['local_stored']}, Dask {row['dask_stored']}")
