"""Small builders of test files: DOCX with Word numbering and footnotes, hostile PDFs and images."""
from __future__ import annotations

import io
import struct
import zipfile
import zlib


def docx_bytes(build) -> bytes:
    """A DOCX made by ``build(document)`` with python-docx."""
    import docx

    d = docx.Document()
    build(d)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def patch_zip(data: bytes, replace: dict[str, bytes | None] | None = None, add: dict[str, bytes] | None = None) -> bytes:
    """Rewrite zip members (None deletes) and add new ones."""
    replace = replace or {}
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            if info.filename in replace:
                if replace[info.filename] is not None:
                    z.writestr(info.filename, replace[info.filename])
            else:
                z.writestr(info.filename, src.read(info.filename))
        for name, blob in (add or {}).items():
            z.writestr(name, blob)
    return out.getvalue()


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_with_footnote(body_text: str, note_text: str) -> bytes:
    """One paragraph with a footnote reference, and the footnotes part."""
    base = docx_bytes(lambda d: d.add_paragraph("PLACEHOLDER"))
    z = zipfile.ZipFile(io.BytesIO(base))
    doc_xml = z.read("word/document.xml").decode("utf-8")
    run = (f'<w:r><w:t xml:space="preserve">{body_text}</w:t></w:r>'
           f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>')
    doc_xml = doc_xml.replace("<w:r><w:t>PLACEHOLDER</w:t></w:r>", run)
    footnotes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 f'<w:footnotes xmlns:w="{W}">'
                 f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                 f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
                 f'<w:footnote w:id="1"><w:p><w:r><w:t>{note_text}</w:t></w:r></w:p></w:footnote></w:footnotes>')
    rels = z.read("word/_rels/document.xml.rels").decode("utf-8").replace(
        "</Relationships>",
        '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" '
        'Target="footnotes.xml"/></Relationships>')
    ct = z.read("[Content_Types].xml").decode("utf-8").replace(
        "</Types>",
        '<Override PartName="/word/footnotes.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
    return patch_zip(base, replace={"word/document.xml": doc_xml.encode(), "word/_rels/document.xml.rels": rels.encode(),
                                    "[Content_Types].xml": ct.encode()},
                     add={"word/footnotes.xml": footnotes.encode()})


def docx_with_entities() -> bytes:
    """A DOCX whose document.xml declares entities (the "billion laughs" shape)."""
    base = docx_bytes(lambda d: d.add_paragraph("x"))
    evil = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
            f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>')
    return patch_zip(base, replace={"word/document.xml": evil.encode()})


def docx_zip_bomb(megabytes: int = 60) -> bytes:
    base = docx_bytes(lambda d: d.add_paragraph("x"))
    return patch_zip(base, add={"word/media/bomb.bin": b"\0" * (megabytes * 1024 * 1024)})


def pdf_claiming_pages(n: int) -> bytes:
    """A tiny PDF whose page tree lists one page object n times."""
    kids = " ".join(["3 0 R"] * n)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Count {n} /Kids [{kids}] >>".encode(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims width x height pixels (no pixel data needed to refuse it)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 10)) + chunk(b"IEND", b"")


def encrypted_pdf(text: str = "Kế hoạch") -> bytes:
    from fpdf import FPDF

    from pipeline.synth.render import find_font

    pdf = FPDF()
    pdf.add_font("DejaVu", "", find_font())
    pdf.set_font("DejaVu", "", 12)
    pdf.add_page()
    pdf.cell(0, 10, text)
    pdf.set_encryption(owner_password="owner", user_password="secret")
    return bytes(pdf.output())
