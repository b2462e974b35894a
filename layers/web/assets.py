"""Vendored Leaflet, inlined into the exported page; checks for remote references.

The page must work offline: the script and stylesheet come from
``resources/web/`` (with their licences), images referenced by the stylesheet
become ``data:`` URIs, and :func:`remote_references` finds any http(s) URL left
in a ``<script src>``, ``<link href>`` or CSS ``url(...)`` so the exporter can
refuse to write a page that would call a CDN.
"""

from __future__ import annotations

import base64
import re
from functools import lru_cache

import resources

_CSS_URL_RE = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")
_SCRIPT_SRC_RE = re.compile(r"<script\b[^>]*\bsrc\s*=\s*['\"]?([^'\"\s>]+)", re.I)
_LINK_HREF_RE = re.compile(r"<link\b[^>]*\bhref\s*=\s*['\"]?([^'\"\s>]+)", re.I)
_STYLE_BLOCK_RE = re.compile(r"<style\b[^>]*>(.*?)</style>", re.I | re.S)
_REMOTE_RE = re.compile(r"^\s*(https?:)?//", re.I)
_MIME = {".png": "image/png", ".svg": "image/svg+xml", ".gif": "image/gif"}


def _data_uri(rel: str) -> str | None:
    """Return a data: URI for a vendored Leaflet image, or None if not vendored."""
    try:
        p = resources.path("web", "leaflet", *rel.split("/"))
    except FileNotFoundError:
        return None
    mime = _MIME.get(p.suffix.lower(), "application/octet-stream")
    return f"data:{mime};base64,{base64.b64encode(p.read_bytes()).decode('ascii')}"


@lru_cache(maxsize=1)
def leaflet_css() -> str:
    """Return Leaflet's stylesheet with every image inlined as a data: URI.

    Images that are not vendored (the default marker icon, never used by the
    page) become ``none``; VML behaviours (``url(#...)``) stay as they are.
    """
    css = resources.path("web", "leaflet", "leaflet.css").read_text(encoding="utf-8")

    def repl(m: re.Match[str]) -> str:
        ref = m.group(1)
        if ref.startswith(("#", "data:")):
            return m.group(0)
        uri = _data_uri(ref)
        return f'url("{uri}")' if uri else "none"

    return _CSS_URL_RE.sub(repl, css)


@lru_cache(maxsize=1)
def leaflet_js() -> str:
    """Return Leaflet's script without its source-map comment."""
    js = resources.path("web", "leaflet", "leaflet.js").read_text(encoding="utf-8")
    return re.sub(r"^//# sourceMappingURL=.*$", "", js, flags=re.M)


def script_tag(js: str) -> str:
    """Return an inline ``<script>`` whose body cannot close the tag early."""
    return "<script>" + re.sub(r"</(script)", r"<\\/\1", js, flags=re.I) + "</script>"


def style_tag(css: str, element_id: str | None = None) -> str:
    """Return an inline ``<style>`` whose body cannot close the tag early.

    ``element_id`` (plain letters, digits and dashes) becomes its ``id``.
    """
    if element_id is not None and not re.fullmatch(r"[A-Za-z][\w-]*", element_id):
        raise ValueError(f"not an element id: {element_id!r}")
    open_tag = f'<style id="{element_id}">' if element_id else "<style>"
    return open_tag + re.sub(r"</(style)", r"<\\/\1", css, flags=re.I) + "</style>"


def head_assets() -> str:
    """Return the inline Leaflet stylesheet and script for the page head."""
    return style_tag(leaflet_css()) + "\n" + script_tag(leaflet_js())


def remote_references(html_text: str) -> list[str]:
    """Return every remote URL used as a script, stylesheet or CSS resource.

    Parameters
    ----------
    html_text : str
        A whole HTML page.

    Returns
    -------
    list of str
        URLs starting with ``http:``, ``https:`` or ``//`` found in a
        ``<script src>``, a ``<link href>`` or a ``url(...)`` inside a
        ``<style>`` block; empty for a page that works offline.

    Examples
    --------
    >>> remote_references('<script src="https://cdn.x/l.js"></script>')
    ['https://cdn.x/l.js']
    >>> remote_references('<style>a{background:url(data:image/png;base64,AA)}</style>')
    []
    """
    found = _SCRIPT_SRC_RE.findall(html_text) + _LINK_HREF_RE.findall(html_text)
    for block in _STYLE_BLOCK_RE.findall(html_text):
        found += _CSS_URL_RE.findall(block)
    return [u for u in found if _REMOTE_RE.match(u)]
