"""``kehoach bench``: plans/s, pages/s and peak RSS, beside the raw tools on the same files.

For each format the same generated files go through the whole pipeline
(ingest, extraction, audit, SQLite) with 1 and 2 workers, and through the raw
tool alone in one process: reading the bytes for TXT, python-docx loading for
DOCX, ``pdftotext -layout`` for text PDFs, ``tesseract`` for scans (same settings: vie,
psm 4, the page image at its own dpi, one thread, one run per plan over the
list of its page images, which is how kehoach runs it too). Each worker count
runs in a fresh process of its own, so peak RSS is its own; it starts and warms
up once (start-up is counted, once, as in one long run) and then takes the
plans round by round. Scanned plans are measured in rounds of 25 plans, the raw
tool and kehoach alternating, so that a slow spell of a shared machine falls on
both sides alike; the other formats can be run ``repeat`` times, raw tool and
kehoach alternating, keeping the best time of each.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

_RUNNER = r"""
import json, os, resource, sys, threading, time
from pathlib import Path
from pipeline.batch import WorkerPool, _init_worker, run_batch

PAGE_MB = os.sysconf("SC_PAGE_SIZE") / 2**20


def tree_rss():
    # resident MB of this process and of its children (the pool's workers, Tesseract)
    me = os.getpid()
    pids = [me]
    try:
        for tid in os.listdir(f"/proc/{me}/task"):
            with open(f"/proc/{me}/task/{tid}/children") as f:
                pids += [int(p) for p in f.read().split()]
    except OSError:
        pass
    sizes = []
    for pid in pids:
        try:
            with open(f"/proc/{pid}/statm") as f:
                sizes.append(int(f.read().split()[1]) * PAGE_MB)
        except OSError:
            pass
    return sizes


samples = []  # (busy seconds so far, largest process MB, all processes MB), sampled while a round runs
busy = threading.Event()
busy_before = 0.0  # seconds of the rounds already done
round_start = 0.0


def sample():
    while True:
        busy.wait()
        time.sleep(0.5)
        if busy.is_set():
            sizes = tree_rss()
            if sizes:
                samples.append((busy_before + time.perf_counter() - round_start, max(sizes), sum(sizes)))


def ping():
    time.sleep(0.2)
    return os.getpid()


def warm(workers):
    # start the workers and let each load its models: paid once, as in one long run
    if workers <= 1:
        _init_worker(in_process=True)
        return None
    pool = WorkerPool(workers)
    seen = set()
    while len(seen) < workers:
        seen |= {f.result() for f in [pool.submit(ping) for _ in range(workers)]}
    return pool


workers = int(sys.argv[1])
scheduler = sys.argv[2] if len(sys.argv) > 2 else None  # a Dask scheduler: its workers do the plans
threading.Thread(target=sample, daemon=True).start()
t = time.perf_counter()
busy.set()
round_start = t
pool = warm(workers) if scheduler is None else None
startup = time.perf_counter() - t
busy_before = startup
busy.clear()
print(json.dumps({"startup": startup}), flush=True)
for line in sys.stdin:  # one round per line: "folder<TAB>output folder"
    folder, out = line.rstrip("\n").split("\t")
    round_start = time.perf_counter()
    busy.set()
    s = run_batch([Path(folder)], Path(out), workers=workers, progress=False, formats=[], pool=pool,
                  scheduler=scheduler)
    sizes = tree_rss()  # one sample at the end of every round: a round shorter than the sampler's half second has one
    if sizes:
        samples.append((busy_before + time.perf_counter() - round_start, max(sizes), sum(sizes)))
    busy.clear()
    dt = time.perf_counter() - round_start
    busy_before += dt
    print(json.dumps({"seconds": dt, "processed": s.processed, "failed": s.failed, "pages": s.pages}), flush=True)
if pool is not None:
    pool.shutdown()
rss = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
# the largest process in each tenth of the busy time: flat when memory does not grow with the plans done
# (null where no sample fell: a short run has fewer half-second samples than tenths)
tenths = [max([m for e, m, _ in samples if k * busy_before / 10 <= e < (k + 1) * busy_before / 10], default=None)
          for k in range(10)]
print(json.dumps({"rss_mb": rss / 1024, "rss_by_tenth_mb": [None if x is None else round(x) for x in tenths],
                  "all_processes_peak_mb": round(max([a for _, _, a in samples] or [0]))}), flush=True)
"""


class _Kehoach:
    """A fresh process running kehoach with ``workers`` workers: warmed up once, then one batch
    per round, so start-up is paid once however many rounds (as in one long run)."""

    def __init__(self, workers: int, scheduler: str | None = None):
        env = {**os.environ, "PYTHONWARNINGS": "ignore"}
        # its messages go to a file: a pipe nobody reads would fill up and stop it
        self.log = tempfile.TemporaryFile(mode="w+")
        self.proc = subprocess.Popen([sys.executable, "-c", _RUNNER, str(workers), *([scheduler] if scheduler else [])],
                                     stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self.log, text=True, env=env)
        self.startup = self._reply()["startup"]

    def _reply(self) -> dict:
        line = self.proc.stdout.readline()
        if not line:
            self.proc.kill()
            self.log.seek(0)
            raise RuntimeError(self.log.read()[-2000:])
        return json.loads(line)

    def run(self, files: list[Path], out: Path, keep: bool = False) -> dict:
        self.proc.stdin.write(f"{files[0].parent}\t{out}\n")
        self.proc.stdin.flush()
        res = self._reply()
        if not keep:
            shutil.rmtree(out, ignore_errors=True)
        return res

    def close(self) -> dict:
        self.proc.stdin.close()
        res = self._reply()
        self.proc.wait()
        self.log.close()
        return res


def _raw(fmt: str, files: list[Path], tmp: Path) -> RawTime:
    """Seconds for the raw tool alone over all files, in one process."""
    if fmt == "txt":
        t = time.perf_counter()
        for f in files:
            f.read_bytes().decode("utf-8")
        return RawTime(time.perf_counter() - t, "read + decode")
    if fmt == "docx":
        import docx

        t = time.perf_counter()
        for f in files:
            docx.Document(str(f))
        return RawTime(time.perf_counter() - t, "python-docx load")
    if fmt == "pdf":
        t = time.perf_counter()
        for f in files:
            subprocess.run(["pdftotext", "-q", "-layout", str(f), "-"], capture_output=True, check=True)
        return RawTime(time.perf_counter() - t, "pdftotext -layout")
    if fmt == "scan":
        return _raw_tesseract(files, tmp)
    raise ValueError(fmt)


@dataclass
class RawTime:
    """Seconds of the raw tool alone; for scans also of the page preparation on the same images."""

    seconds: float
    tool: str
    preparation_seconds: float = 0.0


def _raw_tesseract(files: list[Path], tmp: Path) -> RawTime:
    """Tesseract alone over the scans' page images; the preparation (ingest/prepare) of the same
    images is timed on the side, in this process, to give its share of OCR time."""
    import pypdfium2 as pdfium

    from .ingest.prepare import prepare_page
    from .ingest.read_pdf import page_image

    # Tesseract's own best use: one run per plan over a list of its page images (the model is
    # loaded once per plan, as kehoach does), each image carrying its dpi
    lists = []
    prep = 0.0
    for i, f in enumerate(files):
        pdf = pdfium.PdfDocument(str(f))
        paths = []
        for p in range(len(pdf)):
            img, dpi = page_image(pdf[p])
            prep += prepare_page(img, dpi).seconds
            path = tmp / f"page_{i}_{p}.tif"
            img.convert("L").save(path, format="TIFF", **({"dpi": (dpi, dpi)} if dpi else {}))
            paths.append(str(path))
        pdf.close()
        listing = tmp / f"pages_{i}.txt"
        listing.write_text("\n".join(paths) + "\n")
        lists.append(listing)
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    t = time.perf_counter()
    for listing in lists:
        subprocess.run(["tesseract", str(listing), str(tmp / "raw_out"), "-l", "vie", "--psm", "4", "tsv"],
                       capture_output=True, check=True, env=env)
    return RawTime(time.perf_counter() - t, "tesseract alone", prep)


# OCR takes minutes per round: the raw tool and kehoach alternate on rounds of this many scanned
# plans, so a slow spell of a shared machine falls on both sides alike, not on one of them
SCAN_ROUND = 25


def _rounds(files: list[Path], size: int) -> list[list[Path]]:
    """The files in groups of ``size``, each moved into its own folder (a batch reads a folder)."""
    if len(files) <= size:
        return [files]
    groups = []
    for k in range(0, len(files), size):
        folder = files[0].parent / f"round_{k // size:03d}"
        folder.mkdir()
        groups.append([f.rename(folder / f.name) for f in files[k:k + size]])
    return groups


def _generate_one(args: tuple[int, int, str, str]) -> str:
    from .synth.generate import compose
    from .synth.render import render

    i, seed, folder, fmt = args
    return str(render(compose(i, seed), Path(folder), fmt))


def generate(tmp: Path, fmt: str, n: int, seed: int = 77) -> list[Path]:
    """``n`` plans in one format, written on every core (before anything is timed)."""
    from concurrent.futures import ProcessPoolExecutor

    folder = tmp / fmt
    jobs = [(i, seed, str(folder), fmt) for i in range(n)]
    if n < 20:
        return [Path(_generate_one(j)) for j in jobs]
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        return [Path(p) for p in pool.map(_generate_one, jobs, chunksize=16)]


def _rate(x: float) -> str:
    return f"{x:.1f}" if x >= 10 else f"{x:.3g}"


def run_bench(plans: int = 300, scan_plans: int = 6, formats: list[str] | None = None,
              workers: tuple[int, ...] = (1, 2), repeat: int = 1, round_plans: int | None = None,
              fresh: bool = True) -> list[dict]:
    """Figures per format; ``round_plans`` splits every format into rounds (default: scans only);
    ``fresh`` adds the cold start of one plan and the small batch in a fresh process (not for scans)."""
    from rich.console import Console

    console = Console(width=200)
    formats = formats or ["txt", "docx", "pdf", "scan"]
    rows = []
    tmp = Path(tempfile.mkdtemp(prefix="kehoach-bench-"))
    try:
        for fmt in formats:
            n = scan_plans if fmt == "scan" else plans
            console.print(f"[bold]{fmt}[/]: generating {n} plans …")
            files = generate(tmp, fmt, n)
            groups = _rounds(files, round_plans or (SCAN_ROUND if fmt == "scan" else n))
            row = _measure(fmt, n, groups, workers, repeat, tmp, console)
            if fresh and fmt != "scan":
                from .bench_startup import fresh_figures

                console.print(f"  fresh processes: cold start of one plan, then the {n} plans with start-up")
                row["fresh"] = fresh_figures(fmt, tmp / fmt, [f for g in groups for f in g], tmp, workers, repeat)
            rows.append(row)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    _print_table(rows, console)
    _print_notes(rows, workers, console)
    return rows


def _measure(fmt: str, n: int, groups: list, workers: tuple[int, ...], repeat: int, tmp: Path, console) -> dict:
    """One format: the raw tool and kehoach with each worker count, round by round (best of ``repeat``)."""
    row = {"format": fmt, "plans": n, "rounds": len(groups)}
    times = 1 if len(groups) > 1 else max(1, repeat)
    row["repeat"] = times
    for attempt in range(times):
        sides = {w: _Kehoach(w) for w in workers}
        raw_total, prep_total, totals = 0.0, 0.0, {w: {"seconds": sides[w].startup, "startup_seconds": sides[w].startup,
                                      "processed": 0, "failed": 0, "pages": 0} for w in workers}
        for k, group in enumerate(groups, 1):
            if len(groups) > 1:
                console.print(f"  round {k}/{len(groups)} ({len(group)} plans)")
            raw = _raw(fmt, group, tmp)
            row["raw_tool"] = raw.tool
            raw_total += raw.seconds
            prep_total += raw.preparation_seconds
            for w in workers:
                if len(groups) == 1:
                    console.print(f"  kehoach with {w} worker(s)" + (f", {attempt + 1}/{times}" if times > 1 else ""))
                r = sides[w].run(group, tmp / f"out_{w}_{k}")
                for key in ("seconds", "processed", "failed", "pages"):
                    totals[w][key] += r[key]
        for w in workers:
            totals[w].update(sides[w].close())
        row["raw_seconds"] = min(row.get("raw_seconds") or raw_total, raw_total)
        if fmt == "scan":
            row["preparation_seconds"] = prep_total
        for w in workers:
            if f"w{w}" not in row or totals[w]["seconds"] < row[f"w{w}"]["seconds"]:
                row[f"w{w}"] = totals[w]
    for w in workers:
        side = row[f"w{w}"]
        busy = side["seconds"] - side["startup_seconds"]
        side["steady_plans_per_s"] = side["processed"] / busy if busy > 0 else None
    return row


def _print_table(rows: list[dict], console) -> None:
    from rich.table import Table

    t = Table(title="kehoach bench (same files, same run)")
    for col in ("format", "plans", "pages", "1 worker plans/s", "2 workers plans/s", "pages/s (2w)", "speed-up 1→2",
                "raw tool", "raw plans/s", "kehoach(1w) / raw time", "largest process RSS MB"):
        t.add_column(col)
    for row in rows:
        w1, w2 = row.get("w1"), row.get("w2")
        pages = (w1 or w2)["pages"]
        p1 = row["plans"] / w1["seconds"] if w1 else float("nan")
        p2 = row["plans"] / w2["seconds"] if w2 else float("nan")
        raw_rate = row["plans"] / row["raw_seconds"] if row["raw_seconds"] else float("inf")
        ratio = (w1["seconds"] / row["raw_seconds"]) if w1 and row["raw_seconds"] else float("nan")
        rss = max(r["rss_mb"] for r in (w1, w2) if r)
        t.add_row(row["format"], str(row["plans"]), str(pages), _rate(p1), _rate(p2),
                  f"{pages / w2['seconds']:.1f}" if w2 else "-", f"{p2 / p1:.2f}×" if w1 and w2 else "-",
                  row["raw_tool"], _rate(raw_rate), f"{ratio:.2f}×", f"{rss:.0f}")
    console.print(t)


def _print_notes(rows: list[dict], workers: tuple[int, ...], console) -> None:
    from .bench_dask import tenths_text
    from .bench_startup import describe

    for row in rows:
        for line in describe(row):
            console.print(line)
    for row in rows:
        if "preparation_seconds" in row:
            pages = (row.get("w1") or row.get("w2"))["pages"]
            w1 = row.get("w1")
            console.print(f"scan: page preparation {row['preparation_seconds'] / max(1, pages):.3f} s a page = "
                          f"{row['preparation_seconds'] / row['raw_seconds']:.1%} of tesseract alone's time on the same "
                          f"images; OCR pages/s: tesseract alone {pages / row['raw_seconds']:.2f}"
                          + (f", kehoach 1 worker {pages / w1['seconds']:.2f}" if w1 else ""))
        for w in workers:
            r = row.get(f"w{w}")
            if r:
                console.print(f"{row['format']}, {w} worker(s): start-up {r['startup_seconds']:.1f} s (counted once); "
                              f"largest process by tenth of the run (MB) {tenths_text(r['rss_by_tenth_mb'])}; "
                              f"all processes together at most {r['all_processes_peak_mb']} MB")
