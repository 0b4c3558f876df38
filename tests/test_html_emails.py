from threadclean.html.emails import decode_cf_email


def test_cloudflare_address_decoding_and_bad_values():
    assert decode_cf_email("4a3e2f393e0a2f322b273a262f64292527") == "test@example.com"
    assert decode_cf_email("") is None and decode_cf_email(None) is None and decode_cf_email("zz12") is None
