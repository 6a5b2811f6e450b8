"""Pages as archives hold them: an office scan with a red seal, a fax, a phone photo.

Each function takes a clean page (a PIL image rendered at the target dpi) and
returns the degraded page; ``to_degraded_scan`` turns a text PDF into a
scanned PDF of one kind. The text is the PDF's own, so the character error
rate of OCR can be measured against it.

>>> from PIL import Image
>>> page = Image.new("RGB", (400, 560), "white")
>>> office_page(page, random.Random(1)).mode, fax_page(page.convert("L"), random.Random(1)).mode
('RGB', '1')
"""
from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass

# how each kind is rendered: dpi of the rasterisation and JPEG quality of the pages in the PDF
KINDS = {"office": (200, 45), "fax": (150, None), "photo": (200, 70)}
# the harsher kinds (degrade_harsh.py: their dpi and JPEG quality are drawn per document and page)
HARSH_KINDS = ("harsh-office", "photocopy", "fax-bad", "photo-dark")

SEAL_TEXT = "ỦY BAN NHÂN DÂN XÃ * TỈNH * "


@dataclass
class Ink:
    """A colour of ink as RGB, e.g. the red of a seal."""

    rgb: tuple[int, int, int]


RED = Ink((214, 40, 48))
BLUE = Ink((40, 60, 190))


def _ink_layer(size: tuple[int, int]):
    from PIL import Image

    return Image.new("L", size, 0)  # coverage 0-255, coloured later


def _seal_mask(diameter: int):
    """A round seal: two rings, a star and lettering around the ring, as a coverage mask."""
    from PIL import Image, ImageDraw, ImageFont

    from .render import find_font

    mask = _ink_layer((diameter, diameter))
    d = ImageDraw.Draw(mask)
    r = diameter / 2
    lw = max(2, diameter // 60)
    d.ellipse((lw, lw, diameter - lw, diameter - lw), outline=255, width=lw * 2)
    inner = diameter * 0.28
    d.ellipse((inner, inner, diameter - inner, diameter - inner), outline=255, width=lw)
    star = [(r + (0.15 if k % 2 else 0.06) * diameter * math.sin(k * math.pi / 5),
             r - (0.15 if k % 2 else 0.06) * diameter * math.cos(k * math.pi / 5)) for k in range(10)]
    d.polygon(star[1:] + star[:1], fill=255)
    font = ImageFont.truetype(find_font(bold=True), max(8, diameter // 11))
    for k, ch in enumerate(SEAL_TEXT):
        angle = 360 * k / len(SEAL_TEXT)
        glyph = Image.new("L", (diameter // 8, diameter // 8), 0)
        ImageDraw.Draw(glyph).text((glyph.width // 2, glyph.height // 2), ch, fill=255, font=font, anchor="mm")
        glyph = glyph.rotate(-angle, resample=Image.BICUBIC)
        rr = r - diameter * 0.14
        x = r + rr * math.sin(math.radians(angle)) - glyph.width / 2
        y = r - rr * math.cos(math.radians(angle)) - glyph.height / 2
        mask.paste(255, (int(x), int(y)), glyph)
    return mask


def _signature_mask(size: tuple[int, int], rng: random.Random):
    """A handwritten flourish: a few connected loops."""
    from PIL import ImageDraw

    mask = _ink_layer(size)
    w, h = size
    pts = []
    for k in range(60):
        t = k / 59
        pts.append((w * (0.05 + 0.9 * t) + rng.uniform(-3, 3),
                    h * (0.5 + 0.35 * math.sin(t * 5 * math.pi + rng.uniform(-0.3, 0.3)) * (1 - 0.5 * t))))
    ImageDraw.Draw(mask).line(pts, fill=255, width=max(2, w // 90), joint="curve")
    return mask


def _stamp(page, mask, ink: Ink, at: tuple[int, int], strength: float = 0.85):
    """Print ``mask`` in ``ink`` on the page, multiplied: black text under the ink stays dark."""
    import numpy as np

    a = np.asarray(page, dtype=np.float32)
    m = np.asarray(mask, dtype=np.float32) / 255 * strength
    x, y = at
    h, w = m.shape
    h, w = min(h, a.shape[0] - y), min(w, a.shape[1] - x)
    if h <= 0 or w <= 0:
        return page
    region = a[y:y + h, x:x + w]
    colour = np.array(ink.rgb, dtype=np.float32) / 255
    region *= 1 - m[:h, :w, None] * (1 - colour)
    from PIL import Image

    return Image.fromarray(a.astype(np.uint8), "RGB")


def _text_box(gray) -> tuple[int, int, int, int]:
    """The bounding box of the page's ink (left, top, right, bottom)."""
    import numpy as np

    a = np.asarray(gray) < 128
    rows, cols = np.flatnonzero(a.any(axis=1)), np.flatnonzero(a.any(axis=0))
    if not len(rows):
        return 0, 0, gray.width, gray.height
    return int(cols[0]), int(rows[0]), int(cols[-1]), int(rows[-1])


def _noise(img, rng: random.Random, sigma: float, blur: float):
    import numpy as np
    from PIL import Image, ImageFilter

    img = img.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(img, dtype=np.int16)
    nprng = np.random.default_rng(rng.randrange(1 << 30))
    a = a + nprng.normal(0, sigma, a.shape).astype(np.int16)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), img.mode)


def office_page(page, rng: random.Random, seal: bool = True):
    """200 dpi office scan: a red round seal and a blue signature near the end of the text,
    2-4 degrees of skew, scanner blur and noise (JPEG comes when the PDF is written)."""
    from PIL import Image

    page = page.convert("RGB")
    w = page.width
    if seal:
        _, _, right, bottom = _text_box(page.convert("L"))
        dia = int(w * 0.2)
        sig = _signature_mask((int(w * 0.25), int(w * 0.08)), rng)
        page = _stamp(page, sig, BLUE, (int(w * 0.6), max(0, bottom - int(w * 0.12))), 0.9)
        page = _stamp(page, _seal_mask(dia), RED, (int(w * 0.5), max(0, bottom - int(w * 0.22))))
    angle = rng.choice([-1, 1]) * rng.uniform(2, 4)
    page = page.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    return _noise(page, rng, sigma=6, blur=rng.uniform(0.5, 0.8))


def fax_page(page, rng: random.Random):
    """150 dpi fax: a little skew, blur and noise, then a hard threshold to black and white."""
    import numpy as np
    from PIL import Image

    page = page.convert("L").rotate(rng.uniform(-1.5, 1.5), resample=Image.BICUBIC, fillcolor=255)
    page = _noise(page, rng, sigma=18, blur=0.6)
    a = np.asarray(page)
    nprng = np.random.default_rng(rng.randrange(1 << 30))
    a = np.where(a < 150, 0, 255).astype(np.uint8)
    a[nprng.random(a.shape) < 0.002] = 0  # line noise dots
    return Image.fromarray(a, "L").convert("1", dither=Image.Dither.NONE)


def photo_page(page, rng: random.Random):
    """A phone photo of the page on a desk: slight perspective, light falling off across the
    page, a warm tint, camera blur and noise."""
    import cv2
    import numpy as np
    from PIL import Image

    a = np.asarray(page.convert("RGB"), dtype=np.float32)
    h, w = a.shape[:2]
    margin = int(0.06 * w)
    out_w, out_h = w + 2 * margin, h + 2 * margin
    j = lambda: rng.uniform(0.0, 0.035) * w  # noqa: E731  how far each corner moves
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[margin + j(), margin + j()], [margin + w - j(), margin + j()],
                      [margin + w - j(), margin + h - j()], [margin + j(), margin + h - j()]])
    warp = cv2.getPerspectiveTransform(src, dst)
    a = cv2.warpPerspective(a, warp, (out_w, out_h), flags=cv2.INTER_LINEAR, borderValue=(70, 60, 55))
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    ramp = (gx * (xx / out_w - 0.5) + gy * (yy / out_h - 0.5)) / math.hypot(gx, gy)
    light = 0.78 - 0.38 * ramp  # from ~0.97 on the lit side to ~0.59 on the far side
    a = a * light[..., None] * np.array([1.0, 0.96, 0.88], dtype=np.float32)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    return _noise(img, rng, sigma=5, blur=rng.uniform(0.7, 1.0))


def to_degraded_scan(pdf_bytes: bytes, kind: str, seed: int = 0) -> bytes:
    """Rasterise a text PDF and degrade every page as ``kind`` (office, fax, photo, or one of the harsher
    kinds of degrade_harsh.py); the seal and signature go on the last page. The result has no text layer."""
    import pypdfium2 as pdfium

    from .degrade_harsh import HARSH_DPI, HARSH_PAGES

    rng = random.Random(f"{kind}-{seed}")
    dpi, quality = KINDS[kind] if kind in KINDS else (rng.choice(HARSH_DPI[kind]), None)
    pdf = pdfium.PdfDocument(pdf_bytes)
    pages = []
    try:
        for i in range(len(pdf)):
            pil = pdf[i].render(scale=dpi / 72, grayscale=kind in ("fax", "fax-bad", "photocopy")).to_pil()
            last = i == len(pdf) - 1
            if kind == "office":
                pages.append(office_page(pil, rng, seal=last))
            elif kind == "harsh-office":
                pages.append(HARSH_PAGES[kind](pil, rng, seal=last))
            elif kind in HARSH_PAGES:
                pages.append(HARSH_PAGES[kind](pil, rng))
            elif kind == "fax":
                pages.append(fax_page(pil, rng))
            else:
                pages.append(photo_page(pil, rng))
    finally:
        pdf.close()
    if quality:  # a JPEG of its own quality per page, as a scanner or phone writes it
        pages = [_jpeg(p, quality) for p in pages]
    buf = io.BytesIO()
    pages[0].save(buf, format="PDF", save_all=True, append_images=pages[1:], resolution=dpi)
    return buf.getvalue()


def _jpeg(img, quality: int):
    from PIL import Image

    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf)
