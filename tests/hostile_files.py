"""Small files that cost a parser a lot: the uploads of issue 17's attack list, made on the fly (nothing large is
stored). ``python -m tests.hostile_files DIR`` writes them for a measurement by hand."""

from __future__ import annotations

import struct
import sys
import zipfile
import zlib
from io import BytesIO
from pathlib import Path

_DOCX_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
               'content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
               'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.'
               'main+xml"/></Types>')


def pdf(content: bytes, *, compress: bool = True) -> bytes:
    """A one-page PDF with Helvetica whose page content is ``content``."""
    stream = zlib.compress(content, 9) if compress else content
    filters = b"/Filter /FlateDecode " if compress else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< " + filters + b"/Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def long_line_pdf(chars: int = 1_700_000) -> bytes:
    """1.7 M characters drawn on one line, about 10 KB on disk."""
    return pdf(b"BT /F1 1 Tf 10 700 Td (" + b"a" * chars + b") Tj ET")


def inflating_pdf(megabytes: int = 400) -> bytes:
    """A page content stream that inflates to ``megabytes`` of text operators (about 1000 : 1)."""
    packer = zlib.compressobj(9)
    line = b"BT /F1 1 Tf 10 700 Td (word) Tj ET\n"
    block = line * ((1 << 20) // len(line))
    stream = b"".join(packer.compress(block) for _ in range(megabytes)) + packer.flush()
    objects_pdf = pdf(b"", compress=False)
    return objects_pdf.replace(b"<< /Length 0 >>\nstream\n\nendstream",
                               b"<< /Filter /FlateDecode /Length %d >>\nstream\n" % len(stream) + stream
                               + b"\nendstream")


def lying_docx(megabytes: int = 400, declared: int = 2000) -> bytes:
    """A DOCX whose document.xml inflates to ``megabytes`` while its zip headers say ``declared`` bytes."""
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _DOCX_TYPES)
        with archive.open("word/document.xml", "w", force_zip64=False) as member:
            member.write(b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                         b'wordprocessingml/2006/main"><w:body>')
            paragraph = b"<w:p><w:r><w:t>Experience</w:t></w:r></w:p>" * 20000
            for _ in range(megabytes * (1 << 20) // len(paragraph)):
                member.write(paragraph)
            member.write(b"</w:body></w:document>")
    data = bytearray(out.getvalue())
    with zipfile.ZipFile(BytesIO(bytes(data))) as archive:
        infos = archive.infolist()
    for info in infos:  # the lie, in the local header and in the central directory
        struct.pack_into("<I", data, info.header_offset + 22, declared)
        central = data.find(b"PK\x01\x02" + data[info.header_offset + 4:info.header_offset + 16])
        if central >= 0:
            struct.pack_into("<I", data, central + 24, declared)
    return bytes(data)


if __name__ == "__main__":
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    for name, data in (("long_line.pdf", long_line_pdf()), ("inflating.pdf", inflating_pdf()),
                       ("lying.docx", lying_docx())):
        (target / name).write_bytes(data)
        print(f"{target / name}: {len(data) / 1024:.0f} KB")
