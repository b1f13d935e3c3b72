#!/usr/bin/env python3
"""Write the small PDFs that iomparse's PDF reader must refuse or report (tests/fixtures/pdf-errors).

    python tools/make_pdf_error_fixtures.py

- ``encrypted.pdf``: a one-page document that needs a password to open;
- ``scanned.pdf``: a page with no text layer, only a drawn image (a scan's shape);
- ``half-scanned.pdf``: a page of text, then a page with no text layer;
- ``damaged.pdf``: a PDF's signature over bytes that are no PDF;
- ``turned.pdf``: a paragraph, then a table turned a quarter on the page (read as if the page were turned).

Needs reportlab (pip install reportlab). The output is byte-stable (``invariant=1``).
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "pdf-errors"


def main() -> int:
    try:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.pdfencrypt import StandardEncryption
        from reportlab.pdfgen.canvas import Canvas
    except ImportError:
        print("needs reportlab: pip install reportlab", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)

    def text_page(canvas: Canvas) -> None:
        canvas.setFont("Times-Roman", 12)
        canvas.drawRightString(525, 780, "C/999/1")
        canvas.drawString(70, 700, "1.  The Council took note of the report.")
        canvas.showPage()

    def image_page(canvas: Canvas) -> None:
        for row in range(40):  # grey bars where a scanned page would have its lines of text
            canvas.setFillGray(0.2 + 0.01 * row)
            canvas.rect(70, 760 - 16 * row, 300 + 5 * (row % 7), 9, stroke=0, fill=1)
        canvas.showPage()

    encryption = StandardEncryption("secret", canPrint=0)
    canvas = Canvas(str(OUT / "encrypted.pdf"), pagesize=A4, invariant=1, encrypt=encryption)
    text_page(canvas)
    canvas.save()
    canvas = Canvas(str(OUT / "scanned.pdf"), pagesize=A4, invariant=1)
    image_page(canvas)
    canvas.save()
    canvas = Canvas(str(OUT / "half-scanned.pdf"), pagesize=A4, invariant=1)
    text_page(canvas)
    image_page(canvas)
    canvas.save()
    canvas = Canvas(str(OUT / "turned.pdf"), pagesize=A4, invariant=1)
    canvas.setFont("Times-Roman", 12)
    canvas.drawString(70, 750, "1.  The table below is turned on the page.")
    canvas.saveState()
    canvas.translate(300, 200)
    canvas.rotate(90)
    for row, text in enumerate(
        ("Region      2030      2031", "Africa      1,200     1,350", "Asia        900       950")
    ):
        canvas.drawString(0, -20 * row, text)
    canvas.restoreState()
    canvas.showPage()
    canvas.save()
    (OUT / "damaged.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    for path in sorted(OUT.glob("*.pdf")):
        print(f"{path.name}: {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
