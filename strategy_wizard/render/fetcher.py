"""The only way WeasyPrint may read anything: `data:` URIs, the package's own assets and the
consultant's `--template-dir`. Everything else — other local files, http, https, ftp — is
refused before any byte is read or any connection is opened, because the document carries
user text and brand files that must never make the renderer read `/etc/passwd` or call home.
A file under those folders is read as every file a person names is (base/files.py): a link is
followed only if it stays in the folder, a named pipe is never waited on, and a huge file is
refused, not read.
"""

from __future__ import annotations

import base64
import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit

from strategy_wizard.base.files import FileRefused, read_bytes

MAX_ASSET_BYTES = 10_000_000  # a font, an image of the template folder


class RefusedURL(ValueError):
    """A URL outside the allowed roots."""


def _decode_data_uri(url: str) -> tuple[str, bytes]:
    header, _, payload = url[5:].partition(",")
    parts = header.split(";")
    mime = parts[0] or "text/plain"
    if "base64" in parts[1:]:
        return mime, base64.b64decode(payload)
    return mime, unquote(payload).encode("utf-8")


def make_fetcher(roots: list[Path]) -> object:
    """A WeasyPrint URL fetcher limited to `data:` and files under `roots`."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    allowed = [root.resolve() for root in roots]
    refused: list[str] = []

    class LockedFetcher(URLFetcher):  # type: ignore[misc]  # WeasyPrint ships no types
        def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:
            if url.startswith("data:"):
                mime, body = _decode_data_uri(url)
                return URLFetcherResponse(url, body, {"Content-Type": mime})
            parts = urlsplit(url)
            if parts.scheme == "file" and not parts.netloc:
                path = Path(unquote(parts.path)).resolve()
                if any(path.is_relative_to(root) for root in allowed):
                    try:
                        body = read_bytes(path, MAX_ASSET_BYTES)
                    except FileRefused as exc:
                        refused.append(url)
                        raise RefusedURL(f"refused to fetch {url!r}: {exc}") from None
                    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
                    return URLFetcherResponse(url, body, {"Content-Type": mime})
            refused.append(url)
            raise RefusedURL(
                f"refused to fetch {url!r}: only data: URIs and the document's "
                "own assets may be read"
            )

    fetcher = LockedFetcher(allowed_protocols=["data", "file"], allow_redirects=False)
    fetcher.refused = refused
    return fetcher
