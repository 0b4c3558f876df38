"""Bad input never crashes a batch: every record ends up as a row with a status and a reason."""

import subprocess
import sys
from pathlib import Path

import polars as pl

from threadclean import clean_html, clean_text

ROOT = Path(__file__).resolve().parents[1]


def test_api_never_raises_on_binary_or_empty():
    binary = clean_text(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert binary.status == "error" and "binary" in binary.error
    assert clean_text("").status == "empty"
    assert clean_text("   \n\n  ").status == "empty"
    assert clean_html(b"").status == "empty"


def test_undecodable_bytes_are_decoded_not_lost():
    doc = clean_text("Caf\u00e9 cr\u00e8me is served every morning in the garden.".encode("cp1252"))
    assert doc.status == "ok" and "Café crème" in doc.text


def test_mojibake_is_repaired_before_rules():
    doc = clean_text("The caf\u00c3\u00a9 opened\u00a0today.\n")
    assert "café opened today" in doc.text


def test_windows_1252_punctuation_read_as_latin_1_is_mended():
    # a page in windows-1252 served as latin-1 leaves C1 control characters where its quotes and bullets were
    doc = clean_text("I shouldn\x92t have. \x93Fine\x94 \x95 done\x85\n")
    assert "I shouldn't have. \"Fine\" • done…" in doc.text
    page = clean_html(b"<html><body><p>We didn\xc2\x92t \xc2\x95 go.</p></body></html>")
    assert "We didn't • go." in page.text


def test_batch_goes_on_and_exit_code_reports_failure(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "empty.txt").write_bytes(b"")
    (pages / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (pages / "latin1.txt").write_bytes("Un caf\u00e9 tr\u00e8s bon.".encode("latin-1"))
    (pages / "good.txt").write_text((ROOT / "seeds" / "004_016d6dad66e0669f.txt").read_text(encoding="utf-8"))
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "threadclean.cli", "clean", str(pages), "-o", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1
    assert "documents in 4, ok 2, empty 1, error 1" in proc.stdout
    docs = pl.read_parquet(out / "documents" / "*.parquet")
    assert docs.height == 4
    failed = docs.filter(pl.col("status") == "error")
    assert failed["source"].to_list()[0].endswith("binary.txt") and "binary" in failed["error"][0]
