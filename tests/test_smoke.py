from threadclean import clean_text


def test_clean_text_returns_document_with_stable_id():
    a = clean_text("Hello world\nSecond line", source="x.txt")
    b = clean_text("Hello world\nSecond line", source="x.txt")
    assert a.doc_id == b.doc_id
    assert a.status == "ok"
