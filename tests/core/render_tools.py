"""Real consumers of the documents: poppler for PDF, LibreOffice for DOCX."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
needs_libreoffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "document.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode()


def pdf_info(pdf: bytes, tmp_path: Path) -> dict[str, str]:
    path = tmp_path / "info.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True)
    return dict(line.split(":", 1) for line in done.stdout.splitlines() if ":" in line)


def pdf_fonts(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True)
    return [line.split() for line in done.stdout.splitlines()[2:]]


def docx_to_pdf(docx: bytes, tmp_path: Path) -> bytes:
    source = tmp_path / "document.docx"
    source.write_bytes(docx)
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "out"),
            str(source),
        ],
        capture_output=True,
        check=True,
        timeout=180,
    )
    return (tmp_path / "out" / "document.pdf").read_bytes()


def squash(text: str) -> str:
    """Text without whitespace and hyphens, so line breaks and hyphenation do not matter."""
    return re.sub(r"[\s\-\u00ad\u2010\u2011]", "", text)
