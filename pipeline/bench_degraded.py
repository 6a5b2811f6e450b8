"""``kehoach bench --format scan-degraded``: character error rate and scorer on archive-like scans.

Generated plans (never seen by the tests) are rendered as text PDFs and as the
three degradations of synth/degrade.py (office scan with seal, fax, phone
photo) and the four harsher ones of synth/degrade_harsh.py (harsh office scan,
photocopy, bad fax, dark photo). Each is read by kehoach; the character error rate (CER) is measured
against the text PDF's own text (whitespace folded), and the project's scorer
(../shared/eval/score.py) is run on the extracted JSON against the plans' gold,
beside the score of the text PDFs themselves. The scans are read without page
preparation (the "before" figures) and with it.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


@dataclass
class PlanCer:
    """One plan in one rendering: its CER, pages and seconds, e.g. 0.012 = 1.2 %."""

    plan: str
    kind: str
    prepared: bool
    cer: float
    pages: int
    seconds: float
    low_confidence_pages: int = 0


@dataclass
class KindSummary:
    kind: str
    prepared: bool
    worst_cer: float
    mean_cer: float
    overall_score: float | None
    seconds_per_page: float
    plans: list[PlanCer] = field(default_factory=list)


def fold_ws(s: str) -> str:
    """Whitespace folded: line breaks are layout, not characters.

    >>> fold_ws(" a\\n\\n b ")
    'a b'
    """
    return re.sub(r"\s+", " ", s).strip()


def cer(ref: str, hyp: str) -> float:
    """Levenshtein distance over the reference length, whitespace folded.

    >>> round(cer("Nhà ở dân cư", "Nha ở dân cư"), 3)
    0.083
    """
    from rapidfuzz.distance import Levenshtein

    ref, hyp = fold_ws(ref), fold_ws(hyp)
    return Levenshtein.distance(ref, hyp) / max(1, len(ref))


def _read(data: bytes, name: str, prepared: bool):
    from .ingest import load_bytes, prepare

    saved = prepare.ENABLED
    prepare.ENABLED = prepared
    try:
        return load_bytes(data, name)
    finally:
        prepare.ENABLED = saved


KINDS = ("office", "fax", "photo", "harsh-office", "photocopy", "fax-bad", "photo-dark")


def measure(n: int = 3, seed: int = 4242, kinds: tuple[str, ...] = KINDS,
            preparations: tuple[bool, ...] = (False, True), out: Path | None = None) -> list[KindSummary]:
    """CER and scorer per kind over ``n`` generated plans, read without and with page preparation."""
    from .run import process
    from .synth.degrade import to_degraded_scan
    from .synth.generate import compose
    from .synth.render import to_pdf

    tmp = Path(out or tempfile.mkdtemp(prefix="kehoach-degraded-"))
    variants = [(k, p) for k in kinds for p in preparations]
    rows: dict[tuple[str, bool], list[PlanCer]] = {v: [] for v in variants}
    (tmp / "gold").mkdir(parents=True, exist_ok=True)
    for i in range(n):
        plan = compose(i, seed)
        pdf = to_pdf(plan)
        gold = dict(plan.gold, file=f"{plan.name}.pdf")
        (tmp / "gold" / f"{plan.name}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
        _write_pred(tmp / "pred_text", plan.name, process(_read(pdf, "plan.pdf", True)).to_json())
        ref = _read(pdf, "plan.pdf", True).text
        for kind, prepared in variants:
            scan = to_degraded_scan(pdf, kind, seed=i)
            t = time.perf_counter()
            doc = _read(scan, f"{plan.name}.{kind}.pdf", prepared)
            dt = time.perf_counter() - t
            low = sum(1 for p in doc.pages if getattr(p, "confidence", None) is not None and p.confidence < 70)
            rows[(kind, prepared)].append(PlanCer(plan.name, kind, prepared, cer(ref, doc.text), len(doc.pages), dt, low))
            _write_pred(tmp / f"pred_{kind}_{int(prepared)}", plan.name, process(doc).to_json())
            print(f"{plan.name} {kind:12} {'prepared' if prepared else 'raw     '} CER {rows[(kind, prepared)][-1].cer:.2%}"
                  f" {dt:.1f} s", file=sys.stderr, flush=True)
    text_score = _score(tmp / "gold", tmp / "pred_text")
    out_rows = [KindSummary("text pdf", True, 0.0, 0.0, text_score, 0.0)]
    for (kind, prepared), plans in rows.items():
        pages = sum(p.pages for p in plans)
        out_rows.append(KindSummary(kind, prepared, max(p.cer for p in plans), sum(p.cer for p in plans) / len(plans),
                                    _score(tmp / "gold", tmp / f"pred_{kind}_{int(prepared)}"),
                                    sum(p.seconds for p in plans) / max(1, pages), plans))
    return out_rows


def _write_pred(folder: Path, name: str, result: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.json").write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")


def _score(gold: Path, pred: Path) -> float | None:
    """The scorer's overall figure, or None when ../shared/eval/score.py is not here."""
    if not SCORER.exists():
        return None
    res = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold), "--pred", str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(res.stdout)["overall"]


def print_summary(rows: list[KindSummary]) -> None:
    from rich.console import Console
    from rich.table import Table

    t = Table(title="archive-like scans: CER against the plan's text, scorer overall")
    for col in ("rendering", "preparation", "worst CER", "mean CER", "scorer", "s/page"):
        t.add_column(col)
    for r in rows:
        t.add_row(r.kind, "-" if r.kind == "text pdf" else ("on" if r.prepared else "off"),
                  f"{r.worst_cer:.2%}", f"{r.mean_cer:.2%}", "-" if r.overall_score is None else f"{r.overall_score:.3f}",
                  f"{r.seconds_per_page:.2f}")
    Console(width=160).print(t)


def as_json(rows: list[KindSummary]) -> list[dict]:
    return [asdict(r) for r in rows]


# the steps worth leaving out one at a time, for each rendering
STEPS = {"office": ("colour", "level", "denoise", "columns", "tables", "dashes"),
         "fax": ("level", "denoise", "scale", "columns", "tables", "dashes"),
         "photo": ("perspective", "light", "level", "columns", "tables", "dashes"),
         "harsh-office": ("colour", "level", "denoise", "dust", "scale", "columns"),
         "photocopy": ("perspective", "light"),
         "fax-bad": ("streaks", "halftone", "scale"),
         "photo-dark": ("perspective", "light", "level")}


@dataclass
class StepGain:
    """CER of one rendering with every step, and with one step left out, e.g. fax without "scale"."""

    kind: str
    left_out: str | None
    cer: float
    seconds: float


def step_gains(n: int = 1, seed: int = 4242, steps: dict[str, tuple[str, ...]] | None = None) -> list[StepGain]:
    """What each preparation step brings: the CER of ``n`` plans per rendering with one step left out."""
    from .ingest import prepare
    from .synth.degrade import to_degraded_scan
    from .synth.generate import compose
    from .synth.render import to_pdf

    out = []
    for kind, names in (steps or STEPS).items():
        for left_out in (None, *names):
            errors = chars = seconds = 0.0
            for i in range(n):
                pdf = to_pdf(compose(i, seed))
                ref = fold_ws(_read(pdf, "plan.pdf", True).text)
                scan = to_degraded_scan(pdf, kind, seed=i)
                prepare.SKIP = {left_out} if left_out else set()
                try:
                    t = time.perf_counter()
                    hyp = _read(scan, "scan.pdf", True).text
                    seconds += time.perf_counter() - t
                finally:
                    prepare.SKIP = set()
                errors += cer(ref, hyp) * len(ref)
                chars += len(ref)
            out.append(StepGain(kind, left_out, errors / chars, seconds))
            print(f"{kind:12} without {left_out or '-':12} CER {errors / chars:.2%}", file=sys.stderr, flush=True)
    return out


def print_step_gains(rows: list[StepGain]) -> None:
    from rich.console import Console
    from rich.table import Table

    t = Table(title="what each preparation step brings: CER with the step left out")
    for col in ("rendering", "left out", "CER", "seconds"):
        t.add_column(col)
    for r in rows:
        t.add_row(r.kind, r.left_out or "(nothing: all steps)", f"{r.cer:.2%}", f"{r.seconds:.1f}")
    Console(width=160).print(t)
