"""The ``kehoach`` command: a thin layer over the library.

    kehoach extract FILE --json          # the contract's JSON for one plan
    kehoach extract DIR... --out DIR     # batch: tables in SQLite (+ CSV/Parquet/XLSX/JSONL)
    kehoach text FILE                    # the NFC text the offsets point into
    kehoach synth --out corpus/ -n 12    # generate plans with known answers
    kehoach calibrate -n 500             # the auditor's precision and recall per kind on generated plans
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from .errors import KehoachError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn Vietnamese NTM plans into auditable tables.")


def _fail(exc: KehoachError) -> None:
    typer.echo(f"kehoach: {exc.stage} error: {exc}", err=True)
    raise typer.Exit(2)


@app.command()
def text(file: Path, pages: bool = typer.Option(False, help="mark page starts with form feeds")) -> None:
    """Print the NFC text of FILE (the text every offset points into)."""
    from .ingest import load
    from .timeout import plan_time_limit

    try:
        with plan_time_limit():
            doc = load(file)
    except KehoachError as exc:
        _fail(exc)
    if pages and doc.pages:
        out = []
        for i, p in enumerate(doc.pages):
            end = doc.pages[i + 1].start if i + 1 < len(doc.pages) else len(doc.text)
            out.append(doc.text[p.start:end])
        sys.stdout.write("\f".join(out))
    else:
        sys.stdout.write(doc.text)
    if not doc.text.endswith("\n"):
        sys.stdout.write("\n")


@app.command()
def extract(
    paths: list[Path] = typer.Argument(..., help="files or folders of plans"),
    as_json: bool = typer.Option(False, "--json", help="print the contract's JSON for one file"),
    out: Path | None = typer.Option(None, "--out", help="folder for the tables (batch mode)"),
    formats: str = typer.Option("csv", "--format", help="comma list of csv,parquet,xlsx,jsonl,spacy (spacy: the records as labelled spans, outputs/kehoach.spacy)"),
    db: str | None = typer.Option(None, "--db", help="database URL (default sqlite:///OUT/kehoach.db)"),
    workers: int = typer.Option(0, "--workers", help="worker processes (default: the cores)"),
    ocr: bool = typer.Option(True, help="OCR pages without a text layer"),
    scheduler: str | None = typer.Option(None, "--scheduler", help="Dask scheduler address tcp://host:port"),
    time_limit: int = typer.Option(0, "--time-limit", help="seconds per plan, for --json and batch alike (default: KEHOACH_PLAN_SECONDS, 900)"),
) -> None:
    """Extract the tables of one plan (--json) or of many plans into --out."""
    if as_json:
        if len(paths) != 1 or paths[0].is_dir():
            typer.echo("kehoach: --json takes exactly one file", err=True)
            raise typer.Exit(2)
        from .run import extract_file

        try:
            result = extract_file(paths[0], ocr=ocr, time_limit=time_limit or None)
        except KehoachError as exc:
            _fail(exc)
        json.dump(result.to_json(), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return
    if out is None:
        typer.echo("kehoach: give --json for one file or --out DIR for a batch", err=True)
        raise typer.Exit(2)
    from .batch import run_batch

    try:
        summary = run_batch(paths, out, formats=[f.strip() for f in formats.split(",") if f.strip()], db_url=db,
                            workers=workers or None, ocr=ocr, scheduler=scheduler, time_limit=time_limit or None)
    except KehoachError as exc:  # the Dask scheduler went away: what is stored stays, a re-run resumes
        _fail(exc)
    raise typer.Exit(1 if summary.failed else 0)


@app.command()
def synth(
    out: Path = typer.Option(Path("corpus"), "--out", help="folder for the generated plans"),
    n: int = typer.Option(12, "-n", "--plans", help="how many plans"),
    seed: int = typer.Option(1, help="random seed (same seed, same plans)"),
    formats: str = typer.Option("txt,docx,pdf,scan", "--format",
                                help="comma list of txt,docx,pdf,scan, scan-office, scan-fax, scan-photo; harsher: "
                                     "scan-harsh-office, scan-photocopy, scan-fax-bad, scan-photo-dark"),
) -> None:
    """Generate realistic plans with their gold answers (the project's own corpus)."""
    from .synth.generate import write_corpus

    paths = write_corpus(out, n=n, seed=seed, formats=[f.strip() for f in formats.split(",")])
    typer.echo(f"wrote {len(paths)} files to {out}")


@app.command()
def audit(
    paths: list[Path] = typer.Argument(..., help="files or folders of plans"),
    out: Path = typer.Option(Path("outputs/audit"), "--out", help="folder for findings.csv/jsonl and summary.json"),
) -> None:
    """Auditor findings of every plan, and across the plans of one commune over the years."""
    from .audit import run_audit

    summary = run_audit(paths, out)
    typer.echo(json.dumps({k: v for k, v in summary.items() if k != "plans_with_errors"}, ensure_ascii=False))
    raise typer.Exit(1 if summary["plans_with_errors"] or summary["failed"] else 0)


@app.command()
def calibrate(
    n: int = typer.Option(500, "-n", "--plans", help="clean plans, and as many plans with one injected error"),
    seed: int = typer.Option(11, help="random seed of the series"),
    json_out: Path | None = typer.Option(None, "--json-out", help="also write the figures as JSON"),
) -> None:
    """Findings precision and recall per kind over generated plans (TXT, in-process), errors on clean plans."""
    from dataclasses import asdict

    from .calibrate import calibrate as run_calibration

    cal = run_calibration(n=n, seed=seed)
    typer.echo(cal.table())
    for line in cal.misses[:20] + cal.false[:20]:
        typer.echo(f"  {line}")
    if json_out:
        rows = {k: dict(asdict(s), recall=s.recall, precision=s.precision) for k, s in cal.kinds.items()}
        json_out.write_text(json.dumps({"plans": cal.plans, "clean_plans": cal.clean_plans,
                                        "clean_errors": cal.clean_errors, "clean_warnings": cal.clean_warnings,
                                        "kinds": rows, "misses": cal.misses, "false": cal.false},
                                       ensure_ascii=False, indent=1))
    raise typer.Exit(1 if cal.misses or cal.clean_errors else 0)


@app.command()
def report(
    paths: list[Path] | None = typer.Argument(None, help="files or folders of plans (or --db)"),
    out: Path = typer.Option(Path("outputs/report"), "--out", help="folder for the HTML pages"),
    db: str | None = typer.Option(None, "--db", help="read what `extract --out` stored (a .db path or URL) "
                                                        "instead of extracting the plans again"),
) -> None:
    """One self-contained HTML review page per plan, and an index."""
    from .report import write_reports, write_reports_from_store

    if db:
        from .store import open_store

        store = open_store(db)
        try:
            pages = write_reports_from_store(store, out)
        finally:
            store.close()
    elif paths:
        pages = write_reports(paths, out)
    else:
        raise typer.BadParameter("give files or folders of plans, or --db")
    typer.echo(f"wrote {len(pages)} pages and index.html to {out}")


@app.command()
def bench(
    plans: int = typer.Option(300, "--plans", help="plans per format (TXT, DOCX, PDF)"),
    scan_plans: int = typer.Option(6, "--scan-plans", help="scanned plans (OCR is slow: keep this small)"),
    formats: str = typer.Option("txt,docx,pdf,scan", "--format",
                                help="comma list of txt,docx,pdf,scan; scan-degraded: CER and scorer on office "
                                     "scans with a seal, faxes and phone photos, without and with page preparation; "
                                     "scan-steps: the same CER with each preparation step left out"),
    workers: str = typer.Option("1,2", "--workers", help="worker counts to run, e.g. 2 alone for a long memory run"),
    repeat: int = typer.Option(1, "--repeat", help="run TXT/DOCX/PDF this many times, keep each side's best"),
    json_out: Path | None = typer.Option(None, "--json-out", help="also write the figures as JSON"),
    fresh: bool = typer.Option(True, help="also time fresh processes: one plan --json, the batch with start-up"),
    dask: bool = typer.Option(False, "--dask", help="local pool against a local dask scheduler + 2 dask workers"),
    round_plans: int = typer.Option(500, "--round-plans", help="with --dask: plans per round (the sides alternate)"),
    local_every: int = typer.Option(1, "--local-every", help="with --dask: the local pool on every k-th round only"),
) -> None:
    """Plans/s, pages/s and peak RSS with 1 and 2 workers, beside the raw tools on the same files."""
    if dask:
        from .bench_dask import run_dask_bench

        dask_rows = run_dask_bench(plans=plans, formats=[f.strip() for f in formats.split(",")], round_plans=round_plans,
                              local_every=local_every)
        if json_out:
            json_out.write_text(json.dumps(dask_rows, indent=1))
        return
    from .bench import run_bench

    wanted = [f.strip() for f in formats.split(",")]
    rows: list = []
    if "scan-degraded" in wanted:
        from .bench_degraded import as_json, measure, print_summary

        degraded = measure(n=min(scan_plans, 6))
        print_summary(degraded)
        rows += as_json(degraded)
        wanted.remove("scan-degraded")
    if "scan-steps" in wanted:
        from dataclasses import asdict

        from .bench_degraded import print_step_gains, step_gains

        gains = step_gains(n=1)
        print_step_gains(gains)
        rows += [asdict(g) for g in gains]
        wanted.remove("scan-steps")
    if wanted:
        rows += run_bench(plans=plans, scan_plans=scan_plans, formats=wanted,
                          workers=tuple(int(w) for w in workers.split(",")), repeat=repeat, fresh=fresh)
    if json_out:
        json_out.write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    app()
