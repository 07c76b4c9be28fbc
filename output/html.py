"""Output stage: the HTML shell every page shares, and its escaping helpers.

A page built here opens offline from ``file://``: data travels as JSON in a
``<script type="application/json">`` block, and a Content-Security-Policy forbids any request
to any host and any script but the page's own (inline ones by hash), so that text copied from
articles can only ever be shown as text. Styles are inline; scripts too, or — for the pages
of a rendered site, which share them — :class:`File` references to the site's ``assets/`` folder
beside the page (relative ``<script src>``, which browsers load from ``file://``); the CSP
then also allows the page's own origin (``'self'``, and ``file:`` for browsers whose
``'self'`` matches nothing on a local page). The diff page reuses the same shell.

>>> "\\u003cscript" in json_block("sg-data", {"evidence": "<script>alert(1)</script>"})
True
>>> safe_url("javascript:alert(1)") is None
True
>>> isolate("RT Arabic") == "\\u2068RT Arabic\\u2069"
True
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from ontology.errors import StancegraphError

# vis-network's standalone UMD build, as pyvis (pinned to 0.3.2) ships it. We copy it from
# there rather than vendor a second copy (once per rendered site into assets/, or inline in a
# self-contained page); pyvis's own templates cannot be used because they link Bootstrap
# from a CDN even with cdn_resources="in_line". vis-network is dual licensed Apache-2.0 / MIT;
# its licence header stays at the top of the code wherever it is written.
VIS_NETWORK_VERSION = "9.1.2"
_VIS_NETWORK_JS = f"lib/vis-{VIS_NETWORK_VERSION}/vis-network.min.js"

FSI, PDI = "\u2068", "\u2069"  # first-strong isolate / pop directional isolate

_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_JSON_ESCAPE_RE = re.compile("[<>&\u2028\u2029]")
_SCRIPT_END = re.compile(r"</script|<!--", re.IGNORECASE)
_RTL_LANGS = frozenset({"ar", "fa", "he", "ur"})


def escape(text: object) -> str:
    """Text for an HTML element or a quoted attribute value."""
    return html.escape("" if text is None else str(text), quote=True)


def isolate(text: str) -> str:
    """Wrap text in Unicode isolates so an Arabic name inside English (or the reverse) keeps
    its own direction and does not reorder the punctuation around it."""
    return f"{FSI}{text}{PDI}"


def text_dir(lang: str | None) -> str:
    """The ``dir`` attribute value for text in ``lang``."""
    return "rtl" if (lang or "").split("-")[0].lower() in _RTL_LANGS else "ltr"


@lru_cache(maxsize=8192)  # a document's URL comes once per stance of it
def safe_url(url: str | None) -> str | None:
    """The URL if it is an absolute http(s) link, else None (no ``javascript:``, ``data:``…)."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def json_text(data: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: ``<``, ``>``, ``&`` and the JavaScript
    line separators are written as ``\\uXXXX`` escapes, so no article text can close the
    element or open a comment."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return _JSON_ESCAPE_RE.sub(lambda m: _JSON_ESCAPES[m.group(0)], text)


def json_block(element_id: str, data: Any) -> str:
    """A ``<script type="application/json">`` element holding ``data``; read it in the page
    with ``JSON.parse(document.getElementById(element_id).textContent)``."""
    return (
        f'<script type="application/json" id="{escape(element_id)}">{json_text(data)}</script>'
    )


def _check_inline(code: str, what: str) -> str:
    if _SCRIPT_END.search(code):
        raise StancegraphError(f"inline {what} contains '</script' or '<!--'")
    return code


@lru_cache(maxsize=1)
def vis_network_js() -> str:
    """vis-network's JavaScript, read from the pyvis package."""
    try:
        code = resources.files("pyvis").joinpath(_VIS_NETWORK_JS).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise StancegraphError(
            f"vis-network {VIS_NETWORK_VERSION} not found in the pyvis package ({exc}); "
            "install pyvis==0.3.2"
        ) from None
    return _check_inline(code, "vis-network")


@dataclass(frozen=True)
class File:
    """A script the page loads from ``path``, relative to the page (a file the site writes
    beside it, e.g. ``assets/vis-network-9.1.2.min.js``)."""

    path: str


def _sha256(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode() + "'"


# The page's own folder: 'self' (a served site) and file: (a local one; Chromium's 'self'
# matches file: URLs on a file: page, the CSP specification leaves it open).
_OWN = "'self' file:"
NONE = "'none'"


def content_security_policy(scripts: Sequence[str], *, files: bool = False) -> str:
    """No request to any host; only the given inline scripts may run (no inline handlers such
    as ``onerror=``, no ``javascript:`` URLs), and with ``files`` the page's own script files;
    inline styles and data: images are allowed."""
    script_src = " ".join([*(_sha256(s) for s in scripts), *([_OWN] if files else [])])
    return (
        "default-src 'none'; "
        f"script-src {script_src or NONE}; "
        "style-src 'unsafe-inline'; "
        "img-src data:; font-src data:; "
        "base-uri 'none'; form-action 'none'"
    )


def page(
    *,
    title: str,
    body: str,
    lang: str = "en",
    styles: Sequence[str] = (),
    scripts: Sequence[str | File] = (),
    data: dict[str, Any] | None = None,
    late_data: dict[str, Any] | None = None,
) -> str:
    """One complete HTML document; self-contained unless ``scripts`` name a :class:`File`.

    ``body`` is trusted markup built by the caller (escape every value with :func:`escape`).
    ``data`` goes into a JSON block with id ``sg-data``; ``scripts`` are inline JavaScript
    (each allowed by its hash in the page's CSP) or script files, run in order at the end of
    the body. ``late_data`` maps element ids to data for JSON blocks after the scripts: the
    browser parses them after the scripts have run (read them once the document has loaded).
    """
    inline = [_check_inline(s, "script") for s in scripts if not isinstance(s, File)]
    styles = [_check_inline(s, "style") for s in styles]
    csp = content_security_policy(inline, files=any(isinstance(s, File) for s in scripts))
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(lang)}" dir="{text_dir(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="'
        + html.escape(csp, quote=False) + '">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{escape(title)}</title>",
        *(f"<style>{s}</style>" for s in styles),
        "</head>",
        "<body>",
        body,
    ]
    if data is not None:
        parts.append(json_block("sg-data", data))
    parts.extend(f'<script src="{escape(s.path)}"></script>' if isinstance(s, File)
                 else f"<script>{s}</script>" for s in scripts)
    parts.extend(json_block(key, value) for key, value in (late_data or {}).items())
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)
