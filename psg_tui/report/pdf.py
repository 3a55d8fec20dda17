"""HTML -> PDF with weasyprint: locked-down fetching, full metadata, deterministic bytes.

- weasyprint is imported inside :func:`html_to_pdf` only: importing it costs about 350 ms,
  which ``psg validate`` and the app's start-up should never pay.
- :func:`asset_fetcher` (a ``URLFetcher`` subclass) is the only way weasyprint can read
  anything while it renders. It serves files from the package's own ``styles/`` folder and
  refuses everything else: http, https, ftp, data: URLs and any file outside that folder.
  User text is escaped before it gets here, so nothing should ever ask; the fetcher is the
  second wall.
- The same HTML and metadata give the same bytes: the creation date comes from the meeting
  (never "now"), the file identifier is a hash of the content, and the embedded font subsets
  carry the same date (see :func:`_fixed_font_timestamp`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import mimetypes
import os
import threading
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from psg_tui import __version__
from psg_tui.core.models import Meeting
from psg_tui.core.words import printable
from psg_tui.resources import styles_dir

if TYPE_CHECKING:  # weasyprint is imported lazily: see html_to_pdf
    from weasyprint import CSS

__all__ = [
    "DEFAULT_VARIANT",
    "VARIANTS",
    "FetchRefusedError",
    "asset_fetcher",
    "asset_fetcher_class",
    "html_to_pdf",
    "meeting_created",
    "meeting_pdf_metadata",
    "render_meeting_pdf",
    "report_stylesheet_path",
    "variant_name",
]

VARIANTS: dict[str, str] = {"ua": "pdf/ua-1", "a3b": "pdf/a-3b"}
"""Short names (the CLI's ``--variant``) -> weasyprint's ``pdf_variant``."""

DEFAULT_VARIANT = "ua"
"""Tagged PDF/UA-1: see "The PDF" in README.md for why it is the default."""

STYLESHEET = "report.css"


def variant_name(variant: str) -> str:
    """weasyprint's name for a variant given as ``ua``/``a3b`` or already as ``pdf/ua-1``."""
    if variant in VARIANTS:
        return VARIANTS[variant]
    if variant in VARIANTS.values():
        return variant
    choices = ", ".join(sorted(VARIANTS))
    raise ValueError(f"unknown PDF variant {variant!r}: choose one of {choices}")


def report_stylesheet_path() -> Path:
    """The PDF stylesheet shipped with psg-tui."""
    return styles_dir() / STYLESHEET


class FetchRefusedError(ValueError):
    """weasyprint asked for something outside the package's own assets."""


def _make_fetcher_class() -> type:
    """Build the asset fetcher class on top of weasyprint's ``URLFetcher`` (imported lazily)."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class _AssetFetcher(URLFetcher):
        """A URL fetcher that serves only files inside ``root`` (the package's assets).

        Every URL asked for is recorded in ``requested``; every one turned away is in
        ``refused`` (tests use both to prove nothing left the machine or the assets).
        """

        def __init__(self, root: Path | None = None) -> None:
            # Only file: is even considered; redirects are off. The OpenerDirector handlers
            # the parent sets up are never used: fetch() below does all the reading.
            super().__init__(allowed_protocols=("file",), allow_redirects=False, timeout=1)
            self.root = (root or styles_dir()).resolve()
            self.requested: list[str] = []
            self.refused: list[str] = []
            self._lock = threading.Lock()

        def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
            """Serve ``url`` if it is a file inside ``root``; refuse anything else."""
            with self._lock:
                self.requested.append(url)
            try:
                path = self._allowed_path(url)
            except FetchRefusedError:
                with self._lock:
                    self.refused.append(url)
                raise
            content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return URLFetcherResponse(
                path.as_uri(), path.read_bytes(), {"Content-Type": content_type}
            )

        def _allowed_path(self, url: str) -> Path:
            parts = urlsplit(url)
            if parts.scheme.lower() != "file" or parts.netloc not in ("", "localhost"):
                raise FetchRefusedError(f"psg-tui fetches nothing outside its own assets: {url}")
            path = Path(unquote(parts.path)).resolve()
            if not path.is_relative_to(self.root) or not path.is_file():
                raise FetchRefusedError(f"not one of psg-tui's own assets: {url}")
            return path

    _AssetFetcher.__name__ = _AssetFetcher.__qualname__ = "AssetFetcher"
    return _AssetFetcher


@cache
def asset_fetcher_class() -> type:
    """The ``URLFetcher`` subclass behind :func:`asset_fetcher` (built on first use)."""
    return _make_fetcher_class()


def asset_fetcher(root: Path | None = None) -> Any:
    """A new locked-down fetcher (a ``weasyprint.urls.URLFetcher`` subclass instance).

    A factory rather than a module-level class so that importing this module does not
    import weasyprint.
    """
    return asset_fetcher_class()(root)


@cache
def _stylesheet() -> CSS:
    """report.css, parsed once per process (read through the locked-down fetcher)."""
    from weasyprint import CSS

    return CSS(url=report_stylesheet_path().as_uri(), url_fetcher=asset_fetcher())


_FONT_TIMESTAMP_LOCK = threading.Lock()


@contextlib.contextmanager
def _fixed_font_timestamp(moment: dt.datetime) -> Iterator[None]:
    """Pin the date fontTools stamps on each embedded font subset.

    Without HarfBuzz-subset (not installed on most machines), weasyprint subsets fonts with
    fontTools, which writes the current time into every font's ``head`` table, so two renders
    of the same meeting would differ. fontTools honours the reproducible-builds variable
    ``SOURCE_DATE_EPOCH``; it is set to the meeting's date for the duration of the write only
    (under a lock, since the environment is shared by every thread) and then put back.
    """
    with _FONT_TIMESTAMP_LOCK:
        saved = os.environ.get("SOURCE_DATE_EPOCH")
        os.environ["SOURCE_DATE_EPOCH"] = str(int(moment.timestamp()))
        try:
            yield
        finally:
            if saved is None:
                del os.environ["SOURCE_DATE_EPOCH"]
            else:
                os.environ["SOURCE_DATE_EPOCH"] = saved


def _w3c(moment: dt.datetime) -> str:
    """A W3C date-time (what weasyprint's metadata wants), seconds precision."""
    if moment.tzinfo is None:
        raise ValueError("the creation date must be timezone-aware")
    return moment.replace(microsecond=0).isoformat()


def html_to_pdf(
    html: str,
    *,
    title: str,
    author: str,
    subject: str,
    keywords: Sequence[str],
    created: dt.datetime,
    lang: str = "en-NZ",
    variant: str = DEFAULT_VARIANT,
    extra_css: str = "",
    fetcher: Any = None,
) -> bytes:
    """Render ``html`` with ``styles/report.css`` to PDF bytes.

    ``title``, ``author``, ``subject``, ``keywords``, ``created`` (aware; also used as the
    modification date, so the output never depends on the clock) and ``lang`` go into the
    PDF's document information and XMP metadata. ``variant`` is ``ua`` (PDF/UA-1, the
    default) or ``a3b`` (PDF/A-3b). ``extra_css`` is added after report.css (another report
    can add its own rules). ``fetcher`` is an :func:`asset_fetcher` to use (tests pass one to
    inspect what was asked for); a fresh one is made otherwise.

    Safe to call from a worker thread. The same arguments always give the same bytes.
    """
    pdf_variant = variant_name(variant)
    stamp = _w3c(created)
    title, author, subject = printable(title), printable(author), printable(subject)
    keywords = [printable(k) for k in keywords]

    def write(text: str) -> bytes:
        return _write_pdf(
            text,
            title,
            author,
            subject,
            keywords,
            stamp,
            created,
            lang,
            pdf_variant,
            extra_css,
            fetcher,
        )

    with _missing_glyphs() as missing:
        pdf = write(html)
    if missing:
        # A character no installed font has would print as an empty box (.notdef), which
        # tells a reader nothing and which PDF/UA and PDF/A forbid: write its code instead.
        for char in sorted(set(missing)):
            html = html.replace(char, f"[U+{ord(char):04X}]")
        pdf = write(html)
    return pdf


class _MissingGlyphs(logging.Handler):
    """Collects the characters weasyprint reports drawing as .notdef in this thread."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.chars: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread != self.thread or not str(record.msg).startswith(".notdef"):
            return
        args = record.args if isinstance(record.args, tuple) else ()
        if len(args) == 2 and isinstance(args[1], int):
            self.chars.append(chr(args[1]))


@contextlib.contextmanager
def _missing_glyphs() -> Iterator[list[str]]:
    handler = _MissingGlyphs()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    try:
        yield handler.chars
    finally:
        logger.removeHandler(handler)


def _write_pdf(
    html: str,
    title: str,
    author: str,
    subject: str,
    keywords: Sequence[str],
    stamp: str,
    created: dt.datetime,
    lang: str,
    pdf_variant: str,
    extra_css: str,
    fetcher: Any,
) -> bytes:
    from weasyprint import CSS, HTML

    fetcher = fetcher if fetcher is not None else asset_fetcher()
    stylesheets = [_stylesheet()]
    if extra_css:
        stylesheets.append(CSS(string=extra_css, url_fetcher=fetcher))
    document = HTML(
        string=html,
        # Relative URLs resolve inside the assets folder, where the fetcher allows them.
        base_url=styles_dir().resolve().as_uri() + "/",
        url_fetcher=fetcher,
        media_type="print",
    ).render(
        stylesheets=stylesheets,
        presentational_hints=False,
        pdf_variant=pdf_variant,
        # Tag the archival variant as well: a screen reader user gets headings and tables
        # either way (PDF/A-3b allows tags, it just does not require them).
        pdf_tags=True,
    )
    metadata = document.metadata
    metadata.title = title
    metadata.authors = [author] if author else []
    metadata.description = subject
    metadata.keywords = [k for k in keywords if k]
    metadata.generator = f"psg-tui {__version__}"
    metadata.created = stamp
    metadata.modified = stamp
    metadata.lang = lang
    with _fixed_font_timestamp(created):
        pdf = document.write_pdf(
            pdf_variant=pdf_variant,
            pdf_tags=True,
            # A content hash, not a random id: same notes, same bytes.
            pdf_identifier=True,
            uncompressed_pdf=False,
            finisher=_finish_tags,
        )
    assert isinstance(pdf, bytes)
    return pdf


# -- a meeting's PDF --------------------------------------------------------------------


def meeting_created(meeting: Meeting) -> dt.datetime:
    """The PDF's creation date, taken from the meeting so the bytes never depend on the clock:
    when it ended, else when it started, else its planned start (midnight if none) in the
    meeting's own time zone."""
    if meeting.ended_at is not None:
        return meeting.ended_at
    if meeting.started_at is not None:
        return meeting.started_at
    from zoneinfo import ZoneInfo

    start = meeting.start_time or dt.time(0, 0)
    return dt.datetime.combine(meeting.date, start, tzinfo=ZoneInfo(meeting.timezone))


def meeting_pdf_metadata(meeting: Meeting, member: str | None = None) -> dict[str, Any]:
    """The keyword arguments of :func:`html_to_pdf` for one meeting (title, author, ...)."""
    from psg_tui.report.html import report_title

    note_taker = meeting.roles.note_taker
    author = meeting.name_of(note_taker) if note_taker else meeting.group_name
    subject = "Peer support group meeting notes (minimum data set) for recertification"
    if member is not None:
        subject += f"; personal copy for {meeting.name_of(member)} ({member})"
    keywords = [
        "peer support group",
        "PSG",
        "pharmacy",
        "recertification",
        "MyRecert",
        meeting.group_name,
        meeting.date.isoformat(),
    ]
    return {
        "title": report_title(meeting, member),
        "author": author,
        "subject": subject,
        "keywords": keywords,
        "created": meeting_created(meeting),
        "lang": "en-NZ",
    }


def render_meeting_pdf(
    meeting: Meeting,
    *,
    member: str | None = None,
    variant: str = DEFAULT_VARIANT,
    fetcher: Any = None,
) -> bytes:
    """The meeting's minimum-data-set PDF; with ``member`` (a registration number), that
    attendee's own copy with their reflection. Raises ``UnknownMemberError`` (a ValueError)
    when ``member`` did not attend, and ValueError for an unknown ``variant``.

    Takes 0.3 to 1 s: call it from a worker thread in the app.
    """
    from psg_tui.report.html import meeting_html

    variant_name(variant)  # an unknown variant fails before any rendering work
    html = meeting_html(meeting, member=member)
    return html_to_pdf(
        html, variant=variant, fetcher=fetcher, **meeting_pdf_metadata(meeting, member)
    )


# -- PDF/UA tagging: what weasyprint 70 leaves undone ---------------------------------------


def _object_number(reference: Any) -> int | None:
    """The object number of a pydyf reference (``b"12 0 R"``), else None."""
    if isinstance(reference, bytes) and reference.endswith(b" R"):
        return int(reference.split()[0])
    return None


def _finish_tags(document: Any, pdf: Any) -> None:
    """Complete weasyprint's structure tree before the PDF is written (a ``finisher``).

    weasyprint 70 tags the content of the running header and footer (the page margin
    boxes) with marked-content ids whose structure elements it never links into the tree:
    that content is neither in the tree nor an artifact. Here each such sequence becomes an
    ``/Artifact`` of type ``/Pagination`` (a running head or foot, the page number), its
    unused parent-tree slot ``null``. And the table header cells carry IDs that their data
    cells' ``/Headers`` point at, but no ``/IDTree`` resolves them: one is added.
    """
    root_reference = pdf.catalog.get("StructTreeRoot")
    number = _object_number(root_reference)
    if number is None:
        return
    import pydyf

    objects = pdf.objects
    root = objects[number]
    # Every structure element reachable from the root, by object number.
    reachable: set[int] = set()
    pending = list(root["K"])
    ids: list[tuple[str, bytes]] = []
    while pending:
        kid_number = _object_number(pending.pop())
        if kid_number is None or kid_number in reachable:
            continue
        reachable.add(kid_number)
        element = objects[kid_number]
        if not isinstance(element, dict):
            continue
        if "ID" in element and isinstance(element["ID"], pydyf.String):
            ids.append((element["ID"].string, element.reference))
        kids = element.get("K")
        if isinstance(kids, list):
            pending.extend(kids)
        elif kids is not None:
            pending.append(kids)
    if ids:
        names = pydyf.Array()
        for key, reference in sorted(ids):
            names.extend([pydyf.String(key), reference])
        root["IDTree"] = pydyf.Dictionary({"Names": names})

    parent_tree = objects[_object_number(root["ParentTree"])]
    nums = parent_tree["Nums"]
    kids = list(pdf.pages["Kids"])  # pydyf: number, 0, "R" for each page
    pages = [objects[kids[i]] for i in range(0, len(kids), 3) if isinstance(kids[i], int)]
    for index, page in enumerate(pages):
        if 2 * index + 1 >= len(nums) or nums[2 * index] != index:
            continue
        mapping = nums[2 * index + 1]
        orphans = {
            mcid
            for mcid, reference in enumerate(mapping)
            if _object_number(reference) not in reachable
        }
        if not orphans:
            continue
        contents = page.get("Contents")
        stream = objects[_object_number(contents)] if _object_number(contents) else None
        if stream is None:
            continue
        ops = stream.stream
        for position in range(1, len(ops) - 1):
            properties = ops[position]
            if (
                isinstance(properties, dict)
                and ops[position + 1] == b"BDC"
                and properties.get("MCID") in orphans
            ):
                ops[position - 1] = "/Artifact"
                ops[position] = pydyf.Dictionary({"Type": "/Pagination"})
        for mcid in orphans:
            mapping[mcid] = b"null"
