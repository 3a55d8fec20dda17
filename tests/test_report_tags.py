"""PDF/UA tagging of the meeting PDF, checked with pikepdf (veraPDF is not reachable here).

What weasyprint 70 does, what report/pdf.py's finisher adds, and what is still not done:
- tagged content, /MarkInfo, /Lang, the title shown: weasyprint;
- running header, footer and page numbers: weasyprint leaves their content with marked-
  content ids that no structure element in the tree owns; the finisher makes them
  /Artifact /Pagination (tested here);
- /ID on header cells with /Headers on data cells: weasyprint; the /IDTree that resolves them:
  the finisher (tested here);
- heading levels: typed headings are shifted under their section and never skip (tested);
- a table (or section) that runs over a page break is tagged as one element per page:
  weasyprint 70 builds the structure tree page by page and this is NOT fixed (the xfail test
  below fails loudly once it is).
"""

from __future__ import annotations

import datetime as dt
import io
import itertools

import pikepdf
import pytest

from psg_tui.core.models import Meeting, MeetingStatus, Member, Slot, SlotState
from psg_tui.report.pdf import render_meeting_pdf


def tagged(meeting: Meeting) -> pikepdf.Pdf:
    return pikepdf.open(io.BytesIO(render_meeting_pdf(meeting)))


def meeting(attendees: int = 5, summary: str = "Brief.") -> Meeting:
    return Meeting(
        group_name="Tagged PSG",
        date=dt.date(2026, 9, 9),
        status=MeetingStatus.COMPLETE,
        venue="Hall",
        attendees=[
            Member(name=f"Member {i}", registration_number=f"{70000 + i}") for i in range(attendees)
        ],
        slots=[
            Slot(
                presenter="70000",
                title="Typed headings",
                summary="### Three\n\ntext\n\n# One\n\n###### Six\n\n" + summary,
                state=SlotState.DONE,
            )
        ],
        summary="#### Typed four\n\nok",
    )


def elements(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    """Every structure element in the tree, in document order."""
    out: list[pikepdf.Dictionary] = []

    def walk(node: object) -> None:
        if isinstance(node, pikepdf.Dictionary) and "/S" in node:
            out.append(node)
            kids = node.get("/K")
            for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
                walk(kid)

    kids = pdf.Root.StructTreeRoot.K
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        walk(kid)
    return out


def owned_mcids(pdf: pikepdf.Pdf) -> dict[int, set[int]]:
    """Per page (object number), the marked-content ids that a tree element owns."""
    owned: dict[int, set[int]] = {}
    for element in elements(pdf):
        page = element.get("/Pg")
        kids = element.get("/K")
        for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
            if isinstance(kid, int) and page is not None:
                owned.setdefault(page.objgen[0], set()).add(int(kid))
    return owned


def text_by_marking(pdf: pikepdf.Pdf) -> tuple[list[str], list[str]]:
    """(text in artifacts, text whose marked content no tree element owns), per show op."""
    owned = owned_mcids(pdf)
    artifacts: list[str] = []
    orphans: list[str] = []
    for page in pdf.pages:
        mine = owned.get(page.objgen[0], set())
        stack: list[tuple[str, int | None]] = []
        for operands, op in pikepdf.parse_content_stream(page):
            name = str(op)
            if name == "BDC":
                props = operands[1]
                mcid = props.get("/MCID") if isinstance(props, pikepdf.Dictionary) else None
                stack.append((str(operands[0]), None if mcid is None else int(mcid)))
            elif name == "BMC":
                stack.append((str(operands[0]), None))
            elif name == "EMC":
                stack.pop()
            elif name in ("Tj", "TJ"):
                marks = [tag for tag, _ in stack]
                mcids = [mcid for _, mcid in stack if mcid is not None]
                where = f"page {page.index + 1}"
                if "/Artifact" in marks:
                    artifacts.append(where)
                elif not mcids or mcids[-1] not in mine:
                    orphans.append(where)
    return artifacts, orphans


def test_running_header_footer_and_page_numbers_are_artifacts() -> None:
    pdf = tagged(meeting(summary="Long. " * 1500))
    assert len(pdf.pages) >= 3
    artifacts, orphans = text_by_marking(pdf)
    assert not orphans, orphans  # every piece of text is in the tree or an artifact
    # Each page: "Confidential to the group" and "Page x of y"; after page 1 the running
    # header too. Those are the only artifacts with text.
    per_page = {page: artifacts.count(page) for page in set(artifacts)}
    assert per_page["page 1"] >= 2
    for number in range(2, len(pdf.pages) + 1):
        assert per_page[f"page {number}"] >= 3
    assert pdf.Root.MarkInfo.Marked is True
    assert str(pdf.Root.Lang) == "en-NZ"
    assert pdf.Root.ViewerPreferences.DisplayDocTitle is True


def test_header_ids_resolve_through_an_id_tree() -> None:
    pdf = tagged(meeting())
    tree = pdf.Root.StructTreeRoot
    assert "/IDTree" in tree
    names = list(tree.IDTree.Names)
    ids = {str(names[i]): names[i + 1] for i in range(0, len(names), 2)}
    assert ids and list(ids) == sorted(ids)
    cells = [e for e in elements(pdf) if e.S == "/TD" and "/A" in e and "/Headers" in e.A]
    assert cells
    for cell in cells:
        for header in cell.A.Headers:
            target = ids[str(header)]
            assert target.S == "/TH" and str(target.ID) == str(header)


def test_heading_levels_never_skip() -> None:
    pdf = tagged(meeting())
    levels = [
        int(str(e.S)[2]) for e in elements(pdf) if str(e.S) in {f"/H{i}" for i in range(1, 7)}
    ]
    assert levels[0] == 1
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1, levels


@pytest.mark.xfail(
    strict=True,
    reason="weasyprint 70 tags a table that runs over a page break as one Table per page",
)
def test_a_table_across_two_pages_is_one_table() -> None:
    pdf = tagged(meeting(attendees=70))
    tables = [e for e in elements(pdf) if e.S == "/Table"]
    # The details table, the attendees table (over two pages), the next meeting's table.
    assert len(pdf.pages) >= 2
    assert len(tables) == 2
