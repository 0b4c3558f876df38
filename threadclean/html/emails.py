"""E-mail addresses Cloudflare hides from scrapers: the page shows "[email protected]" in an element whose
`data-cfemail` attribute holds the address, and a script puts it back for readers."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from threadclean.html.fields import MayMatch, always

CF_EMAIL_CSS = "[data-cfemail]"


def decode_cf_email(encoded: str | None) -> str | None:
    """The address in a `data-cfemail` value: hex bytes, the first the key every other one is XORed with."""
    try:
        data = bytes.fromhex(encoded or "")
        return bytes(b ^ data[0] for b in data[1:]).decode("utf-8") or None
    except (ValueError, IndexError, UnicodeDecodeError):
        return None


def reveal_emails(node: LexborNode, may_match: MayMatch = always) -> None:
    """Put the hidden addresses inside `node` back in place of their placeholders, as the page's script does."""
    if not may_match(CF_EMAIL_CSS):
        return
    for hidden in node.css(CF_EMAIL_CSS):
        if (address := decode_cf_email(hidden.attrs.get("data-cfemail"))) is not None:
            hidden.replace_with(address)
