import codecs

import pytest

from threadclean.decode import DecodeError, decode_bytes, looks_like_html


def test_bom_wins():
    assert decode_bytes(codecs.BOM_UTF8 + "héllo".encode())[0] == "héllo"
    assert decode_bytes(codecs.BOM_UTF16_LE + "héllo".encode("utf-16-le"))[0] == "héllo"


def test_utf8_beats_a_wrong_declaration():
    html = '<meta charset="windows-1251"><p>Привет, мир</p>'.encode()
    assert decode_bytes(html, html=True) == ('<meta charset="windows-1251"><p>Привет, мир</p>', "utf-8")


def test_declared_legacy_charsets():
    html = '<meta charset="windows-1251"><p>Привет, мир</p>'.encode("cp1251")
    assert decode_bytes(html, html=True)[0].endswith("Привет, мир</p>")
    gbk = "<html><body>发表于 2007-12-27</body></html>".encode("gbk")
    assert "发表于" in decode_bytes(gbk, http_charset="gb2312", html=True)[0]


def test_binary_is_refused():
    with pytest.raises(DecodeError):
        decode_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    with pytest.raises(DecodeError):  # NUL bytes spread thin over text: still no page
        decode_bytes(b"<html><body>" + b"abcdefghij\x00" * 100)


def test_a_page_with_one_corrupted_nul_byte_is_read():
    page = b"<html><head><title>Compost</title></head><body><p>Turn the heap\x00 weekly.</p></body></html>"
    assert "Turn the heap" in decode_bytes(page, html=True)[0]


def test_sniffing_html():
    assert looks_like_html(b"<!DOCTYPE html><html><body>x</body></html>")
    assert not looks_like_html(b"Just a text dump\nwith lines")


def test_repair_straightens_quotes_whether_or_not_ftfy_runs():
    from threadclean.decode import repair_text

    assert repair_text("It’s “fine”") == 'It\'s "fine"'  # nothing else to mend: ftfy is skipped
    assert repair_text("It’s &amp; “fine”") == 'It\'s & "fine"'


def test_a_utf8_page_declaring_a_legacy_charset_reads_as_utf8_end_to_end():
    # the page's own bytes go to the parser when they are exactly its text in UTF-8: the parser must not follow
    # the page's wrong declaration
    from threadclean import clean_html

    page = '<html><head><meta charset="windows-1251"></head><body><article><p>Привет, мир! Grüße aus Köln.</p>' \
           '</article></body></html>'
    assert "Привет, мир! Grüße aus Köln." in clean_html(page.encode()).text
    assert "Привет, мир! Grüße aus Köln." in clean_html(page.encode("utf-8-sig")).text
