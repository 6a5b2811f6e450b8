"""Photos and scans of pages (PNG, JPEG, TIFF, ...): every frame through OCR.

Images are decoded within a memory budget: a JPEG is decoded directly at a
reduced scale (PIL's draft mode), any other image is reduced as soon as it is
decoded, so a page near the pixel limit costs a few hundred MB at most, not a
gigabyte. A colour page stays in colour: the preparation lifts red seals and
blue signatures by their colour (prepare/colour.py), which a grey copy no
longer has.
"""
from __future__ import annotations

import math
from io import BytesIO

from ..errors import IngestError, LimitExceeded
from ..limits import LIMITS
from .builder import TextBuilder


def reduction_for(width: int, height: int, budget: int | None = None) -> int:
    """The integer factor that brings width x height within the OCR pixel budget.

    >>> reduction_for(2480, 3508), reduction_for(8000, 10000, budget=24_000_000)
    (1, 2)
    """
    budget = budget or LIMITS.ocr_max_pixels
    return max(1, math.ceil(math.sqrt(width * height / budget)))


# modes kept as they are (grey, black and white, colour); colour modes become RGB, others grey
_KEPT_MODES = ("L", "1", "RGB")
_COLOUR_MODES = ("RGBA", "RGBX", "CMYK", "YCbCr", "LAB", "HSV", "P", "PA")


def within_ocr_budget(img, dpi: int | None):
    """A decoded page image reduced to the OCR pixel budget, with its dpi scaled alike: grey, or RGB
    when it has colour (a seal in red ink must still be red when the preparation looks for it)."""
    k = reduction_for(*img.size)
    if img.mode not in _KEPT_MODES:
        img = img.convert("RGB" if img.mode in _COLOUR_MODES else "L")
    if k > 1:
        img = (img.convert("L") if img.mode == "1" else img).reduce(k)
        dpi = round(dpi / k) if dpi else None
    return img, dpi


def _frame(img, dpi: int | None):
    """The current frame, decoded within the budget (draft mode for JPEG), upright per its EXIF."""
    from PIL import ImageOps

    if img.format == "JPEG":
        full_w, (w, h) = img.size[0], img.size
        k = reduction_for(w, h)
        # DCT scaling: the full size is never decoded; a colour JPEG stays colour (its seal)
        img.draft("RGB" if img.mode in ("RGB", "YCbCr", "CMYK") else "L", (w // k, h // k))
        if dpi and img.size[0] != full_w:
            dpi = round(dpi * img.size[0] / full_w)
    frame, dpi_out = within_ocr_budget(img, dpi)
    if frame is img:
        frame = img.copy()  # the next seek() must not change a frame already handed on
    return ImageOps.exif_transpose(frame), dpi_out


def read_image(data: bytes) -> TextBuilder:
    from PIL import Image, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = LIMITS.max_image_pixels
    try:
        img = Image.open(BytesIO(data))
        w, h = img.size
    except Image.DecompressionBombError:
        raise LimitExceeded(f"image too large: more than twice the limit of {LIMITS.max_image_pixels:,} pixels (an image bomb?)") from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        raise IngestError("not a readable image: the file is damaged or in a format kehoach cannot read") from None
    if w * h > LIMITS.max_image_pixels:
        raise LimitExceeded(f"image of {w}x{h} pixels is over the limit of {LIMITS.max_image_pixels:,}")
    frames = getattr(img, "n_frames", 1)
    if frames > LIMITS.max_pages:
        raise LimitExceeded(f"image has {frames:,} frames, more than the page limit of {LIMITS.max_pages:,}")
    from .ocr import ocr_pages

    def frames_iter():
        for i in range(frames):
            try:
                img.seek(i)
                dpi = img.info.get("dpi", (None,))[0]
                yield _frame(img, int(dpi) if dpi else None)
            except (OSError, ValueError, EOFError, Image.DecompressionBombError):
                raise IngestError(f"image frame {i + 1} is truncated or corrupt") from None

    from .read_pdf import add_ocr_page

    b = TextBuilder()
    prev_blank = True
    for i, res in enumerate(ocr_pages(frames_iter(), frames)):
        add_ocr_page(b, res, i + 1, carry=not prev_blank)
        prev_blank = not res.text.strip()
    if not b.text.strip():
        raise IngestError("OCR found no text in the image (a blank page?)")
    return b
