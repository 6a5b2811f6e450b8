"""Photos and scans of pages (PNG, JPEG, TIFF, ...): every frame through OCR."""
from __future__ import annotations

from io import BytesIO

from .builder import TextBuilder
from ..errors import IngestError, LimitExceeded
from ..limits import LIMITS


def read_image(data: bytes) -> TextBuilder:
    from PIL import Image, ImageOps, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = LIMITS.max_image_pixels
    try:
        img = Image.open(BytesIO(data))
        w, h = img.size
    except Image.DecompressionBombError as exc:
        raise LimitExceeded(f"image too large: {exc}")
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise IngestError(f"not a readable image ({exc})")
    if w * h > LIMITS.max_image_pixels:
        raise LimitExceeded(f"image of {w}x{h} pixels is over the limit of {LIMITS.max_image_pixels:,}")
    frames = getattr(img, "n_frames", 1)
    if frames > LIMITS.max_pages:
        raise LimitExceeded(f"image has {frames:,} frames, more than the page limit of {LIMITS.max_pages:,}")
    from .ocr import ocr_images

    def frames_iter():
        for i in range(frames):
            try:
                img.seek(i)
                frame = ImageOps.exif_transpose(img.copy())
                frame.load()
            except (OSError, ValueError, EOFError) as exc:
                raise IngestError(f"image frame {i + 1} is truncated or corrupt ({exc})")
            dpi = img.info.get("dpi", (None,))[0]
            yield frame, (int(dpi) if dpi else None)

    b = TextBuilder()
    for i, res in enumerate(ocr_images(frames_iter(), frames)):
        b.new_page(ocr=True, confidence=res.confidence)
        b.add(res.text, "ocr_text", f"page {i + 1}")
        from .read_pdf import _split_last_block_into_lines

        _split_last_block_into_lines(b, i + 1, kind="ocr_line")
    if not b.text.strip():
        raise IngestError("OCR found no text in the image")
    return b
