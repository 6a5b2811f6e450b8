"""A self-contained HTML review page per plan: the text with every extracted item highlighted.

No network, no CDN: CSS and JavaScript are inline. Items are coloured by table;
a hover shows the normalised value, a click pins it in the side panel; the
findings panel jumps to (and flashes) every span of a finding; the tables
follow the text. ``?selftest=1`` makes the page check itself (used by the
browser test): every item has its highlight, a click on each finding scrolls
its first span into view, and no script error happened.
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path
from urllib.parse import quote

from extractors import kinds

from .run import Result


def _items(result: Result) -> list[dict]:
    items: list[dict] = []
    for k in kinds():
        table = k.name
        for i, rec in enumerate(result.tables.get(table, [])):
            d = rec.to_dict()
            items.append({"id": len(items), "table": table, "index": i, "start": rec.start, "end": rec.end,
                          "raw": rec.raw, "value": {f: d.get(f) for f in k.review}, "page": rec.page})
    return items


def _marked_text(text: str, items: list[dict]) -> str:
    """The text as HTML, cut at every item boundary; each piece lists the items covering it."""
    bounds = {0, len(text)}
    for it in items:
        bounds.add(it["start"])
        bounds.add(it["end"])
    cuts = sorted(bounds)
    starts: dict[int, list[int]] = {}
    for it in items:
        starts.setdefault(it["start"], []).append(it["id"])
    open_items: set[int] = set()
    ends: dict[int, list[int]] = {}
    for it in items:
        ends.setdefault(it["end"], []).append(it["id"])
    by_id = {it["id"]: it for it in items}
    out = []
    for a, b in zip(cuts, cuts[1:]):
        for i in ends.get(a, []):
            open_items.discard(i)
        open_items.update(starts.get(a, []))
        piece = html.escape(text[a:b])
        if not open_items:
            out.append(piece)
            continue
        ids = sorted(open_items, key=lambda i: (by_id[i]["end"] - by_id[i]["start"]))  # the innermost first
        tables = []
        for i in ids:
            if by_id[i]["table"] not in tables:
                tables.append(by_id[i]["table"])
        anchors = "".join(f'<a id="item-{i}"></a>' for i in starts.get(a, []))
        cls = " ".join(f"t-{t}" for t in tables)
        out.append(f'{anchors}<span class="hl {cls}" data-items="{",".join(map(str, ids))}">{piece}</span>')
    return "".join(out)


def _table_html(name: str, label: str, rows: list[dict], columns: list[str]) -> str:
    if not rows:
        return ""
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = []
    for r in rows:
        cells = []
        for c in columns:
            v = r.get(c)
            v = json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else ("" if v is None else str(v))
            cells.append(f"<td>{html.escape(v)}</td>")
        body.append(f"<tr data-item=\"{r.get('_id', '')}\">{''.join(cells)}</tr>")
    return (f'<h3 id="table-{name}">{html.escape(label)} <small>({name}, {len(rows)})</small></h3>'
            f'<table class="data"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>')


_CSS = """
*{box-sizing:border-box}body{margin:0;font:15px/1.55 "DejaVu Sans",Arial,sans-serif;color:#1f2328;background:#f6f8fa}
header{padding:10px 16px;background:#24292f;color:#fff}header h1{font-size:17px;margin:0}header p{margin:2px 0 0;font-size:13px;color:#d0d7de}
main{display:flex;gap:12px;padding:12px}#text{flex:1;min-width:0;background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:16px;
white-space:pre-wrap;word-wrap:break-word;max-height:calc(100vh - 90px);overflow-y:auto}
aside{width:360px;flex-shrink:0;max-height:calc(100vh - 90px);overflow-y:auto}
.panel{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:10px;margin-bottom:10px}.panel h2{font-size:14px;margin:0 0 6px}
.hl{border-radius:3px;cursor:pointer;padding:0 1px}.hl:hover{outline:2px solid #0969da}
.flash{outline:3px solid #cf222e !important;background:#ffd7d5 !important}
.finding{border-left:4px solid #bf8700;padding:4px 8px;margin:6px 0;cursor:pointer;font-size:13px}
.finding.error{border-color:#cf222e}.finding:hover{background:#f6f8fa}
#detail pre{white-space:pre-wrap;font-size:12px;margin:0}.legend span{display:inline-block;padding:0 6px;margin:2px;border-radius:3px;font-size:12px}
section#tables{padding:0 12px 24px}table.data{border-collapse:collapse;width:100%;background:#fff;font-size:12px;margin-bottom:12px}
table.data td,table.data th{border:1px solid #d0d7de;padding:3px 6px;vertical-align:top;text-align:left}
"""

_JS = r"""
(function(){
  var errors=[];
  window.addEventListener('error',function(e){errors.push(String(e.message||e));});
  var items=JSON.parse(document.getElementById('items-data').textContent);
  var findings=JSON.parse(document.getElementById('findings-data').textContent);
  var text=document.getElementById('text'), detail=document.getElementById('detail');
  function show(ids){
    detail.innerHTML='';
    ids.forEach(function(i){var it=items[i];var d=document.createElement('div');
      d.innerHTML='<b>'+it.table+' #'+it.index+'</b> <small>['+it.start+':'+it.end+']'+(it.page?' trang '+it.page:'')+'</small>';
      var p=document.createElement('pre');p.textContent=JSON.stringify(it.value,null,1)+'\n« '+it.raw+' »';d.appendChild(p);detail.appendChild(d);});
  }
  Array.prototype.forEach.call(document.querySelectorAll('.hl'),function(el){
    var ids=el.getAttribute('data-items').split(',').map(Number);
    el.title=ids.map(function(i){var it=items[i];return it.table+': '+JSON.stringify(it.value);}).join('\n');
    el.addEventListener('click',function(){show(ids);});
  });
  function elementsFor(f){
    var out=[];
    f.spans.forEach(function(s){
      items.forEach(function(it){ if(it.start===s[0]&&it.end===s[1]){
        Array.prototype.forEach.call(document.querySelectorAll('.hl'),function(el){
          if(el.getAttribute('data-items').split(',').map(Number).indexOf(it.id)>=0) out.push(el);});}});
    });
    return out;
  }
  window.kehoachJump=function(k){
    var els=elementsFor(findings[k]);
    Array.prototype.forEach.call(document.querySelectorAll('.flash'),function(e){e.classList.remove('flash');});
    els.forEach(function(e){e.classList.add('flash');});
    if(els.length){ text.scrollTop = els[0].offsetTop - text.offsetTop - 40; }
    return els;
  };
  Array.prototype.forEach.call(document.querySelectorAll('.finding'),function(el){
    el.addEventListener('click',function(){window.kehoachJump(Number(el.getAttribute('data-k')));});
  });
  if(location.search.indexOf('selftest=1')>=0){
    var res={errors:errors,items:items.length,missing:[],findings:findings.length,jumps:[]};
    items.forEach(function(it){ if(!document.getElementById('item-'+it.id)) res.missing.push(it.id); });
    Array.prototype.forEach.call(document.querySelectorAll('.finding'),function(el){
      text.scrollTop=0; el.click();
      var k=Number(el.getAttribute('data-k')), els=elementsFor(findings[k]);
      var ok=false;
      if(els.length){var r=els[0].getBoundingClientRect(), t=text.getBoundingClientRect();
        ok = r.top>=t.top-1 && r.top<=t.bottom && els[0].classList.contains('flash');}
      res.jumps.push({finding:k,spans:els.length,visible:ok});
    });
    res.errors=errors;
    var out=document.createElement('div');out.id='selftest';out.setAttribute('data-result',JSON.stringify(res));
    document.body.appendChild(out);
  }
})();
"""


def _figures_html(f: dict) -> str:
    """The figures a finding compares, each with its role and words, so an auditor can redo the check."""
    figs = f.get("figures") or []
    if not figs:
        return ""
    cells = "".join(f'<li>{html.escape(str(g["role"]))}: «{html.escape(str(g["raw"]))}» = {html.escape(str(g["value"]))}</li>'
                    for g in figs)
    return f'<ul class="figures">{cells}</ul>'


def render_html(result: Result) -> str:
    doc, d = result.doc, result.document
    items = _items(result)
    findings = [f.to_dict() for f in result.findings]
    title = d.get("title") or Path(doc.source).name
    legend = "".join(f'<span style="background:{html.escape(k.colour)}">{html.escape(k.label)}</span>' for k in kinds())
    fhtml = "".join(
        f'<div class="finding {html.escape(f["severity"])}" data-k="{k}"><b>{html.escape(f["check"])}</b> '
        f'({html.escape(f["severity"])})<br>{html.escape(f["message"])}{_figures_html(f)}</div>'
        for k, f in enumerate(findings)) \
        or "<p>Không có phát hiện nào.</p>"
    tables = []
    for k in kinds():
        rows = [{"_id": it["id"], "raw": it["raw"], **it["value"], "page": it["page"]}
                for it in items if it["table"] == k.name]
        tables.append(_table_html(k.name, k.label, rows, ["raw", *k.review, "page"]))
    colours = "".join(f".t-{k.name}{{background:{k.colour}}}" for k in kinds())
    meta = " · ".join(html.escape(str(x)) for x in (d.get("issuer"), d.get("plan_year"), d.get("target"),
                                                      d.get("criteria_set"), Path(doc.source).name) if x)
    meta += _pages_to_check_note(doc)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}</title><style>{_CSS}{colours}</style></head>
<body><header><h1>{html.escape(title)}</h1><p>{meta}</p></header>
<main><div id="text">{_marked_text(doc.text, items)}</div>
<aside><div class="panel"><h2>Chú giải</h2><div class="legend">{legend}</div></div>
<div class="panel"><h2>Phát hiện ({len(findings)})</h2>{fhtml}</div>
<div class="panel"><h2>Chi tiết</h2><div id="detail"><p>Bấm vào một đoạn được tô màu.</p></div></div></aside></main>
<section id="tables">{''.join(tables)}</section>
<script type="application/json" id="items-data">{_json_script(items)}</script>
<script type="application/json" id="findings-data">{_json_script(findings)}</script>
<script>{_JS}</script></body></html>"""


def _pages_to_check_note(doc) -> str:
    """A warning naming the OCR pages read with low confidence, for the clerk to check by eye."""
    from .review import pages_to_check

    pages = pages_to_check(doc.pages) if doc.ocr else []
    if not pages:
        return ""
    return (' <span class="check-pages">⚠ Trang cần kiểm tra lại (OCR kém tin cậy): '
            + ", ".join(str(p) for p in pages) + "</span>")


def _json_script(obj) -> str:
    """JSON that is safe inside <script>: no "<", ">" or "&" can end the element or open a comment.

    >>> _json_script({"t": "</script><!--"})
    '{"t": "\\\\u003c/script\\\\u003e\\\\u003c!--"}'
    """
    return (json.dumps(obj, ensure_ascii=False)
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def _page_name(i: int, path) -> str:
    """The review page's file name: the plan's name with anything but letters, digits, "-" and "_" replaced.

    >>> _page_name(3, 'x"><img src=x onerror=alert(1)>.txt')
    '0003_x___img_src_x_onerror_alert_1__.html'
    """
    stem = re.sub(r"[^\w\-]", "_", Path(path).stem)[:80]
    return f"{i:04d}_{stem}.html"


def write_reports(paths, out: Path) -> list[Path]:
    """One page per plan and an index, extracting each plan once; a plan that fails is listed with its error."""
    from .batch import iter_files
    from .errors import KehoachError
    from .run import extract_file

    def results():
        for path in iter_files(paths):
            try:
                yield str(path), extract_file(path)
            except KehoachError as exc:
                yield str(path), exc

    return _write_pages(results(), Path(out))


def write_reports_from_store(store, out: Path) -> list[Path]:
    """The same pages from what ``kehoach extract --out`` stored: nothing is extracted again."""
    from .results import stored_results

    return _write_pages(((r.doc.source, r) for r in stored_results(store)), Path(out))


def _write_pages(results, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written, rows = [], []
    for i, (path, result) in enumerate(results):
        if not isinstance(result, Result):
            rows.append(f"<tr><td>{html.escape(path)}</td><td colspan=4>lỗi ({html.escape(result.stage)}): "
                        f"{html.escape(result.reason)}</td></tr>")
            continue
        name = _page_name(i, path)
        (out / name).write_text(render_html(result), encoding="utf-8")
        written.append(out / name)
        n_items = sum(len(v) for v in result.tables.values())
        errors = sum(1 for f in result.findings if f.severity == "error")
        d = result.document
        cells = [d.get("title") or "", d.get("plan_year") or "", n_items, f"{len(result.findings)} ({errors} lỗi)"]
        rows.append(f'<tr><td><a href="{html.escape(quote(name), quote=True)}">{html.escape(path)}</a></td>'
                    + "".join(f"<td>{html.escape(str(c))}</td>" for c in cells) + "</tr>")
    index = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>kehoach</title><style>{_CSS}</style>'
             f'</head><body><header><h1>kehoach — {len(written)} kế hoạch</h1></header><section id="tables">'
             f'<table class="data"><thead><tr><th>Tệp</th><th>Trích yếu</th><th>Năm</th><th>Mục trích xuất</th>'
             f"<th>Phát hiện</th></tr></thead><tbody>{''.join(rows)}</tbody></table></section></body></html>")
    (out / "index.html").write_text(index, encoding="utf-8")
    return written
