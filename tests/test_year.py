"""A member's year (``psg year``): the gathering in core, the privacy gate's view of it, the
HTML/Markdown/PDF drawing, the command; and the presented minutes of ``psg attendance``."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import stat
from pathlib import Path
from zoneinfo import ZoneInfo

import pypdf
import pytest

from psg_tui.cli import main
from psg_tui.core.attendance import attendance_report, presented_seconds
from psg_tui.core.gate import Output, check_output, output_fields
from psg_tui.core.models import (
    Group,
    GroupDefaults,
    Meeting,
    MeetingStatus,
    Member,
    Modality,
    PhaseSeconds,
    Reflection,
    RoundEntry,
    Slot,
    SlotState,
    TopicType,
)
from psg_tui.core.store import GroupStore, year_output_path
from psg_tui.core.year import (
    UnknownYearMemberError,
    held_minutes,
    load_member_year,
    member_year,
)
from psg_tui.report.year import member_year_html, member_year_markdown, prepare_year

NZ = ZoneInfo("Pacific/Auckland")
D = dt.date
PEOPLE = [
    Member(name="Aroha Ngāta", registration_number="10001"),
    Member(name="Ben Ironside", registration_number="10002"),
    Member(name="Chloe Lee", registration_number="10003"),
    Member(name="Dev Sharma", registration_number="10004", profession="Nurse practitioner"),
]
ME = "10001"
OTHER = "10002"
GROUP = Group(name="Year <Test> PSG", members=PEOPLE)

MY_REFLECTION = "I will ask about what matters to the person first."
OTHER_REFLECTION = "Ben's private thought about his own practice."
CHECK_IN = "Rough week at the pharmacy, tired."


def at(day: D, hour: int, minute: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=NZ)


def held(day: D, *, who: list[Member] | None = None, **fields: object) -> Meeting:
    """A complete meeting: I present one done slot and one skipped one; Ben presents one;
    both of us reflect; everyone checks in. Held 6:31 pm to 8:02 pm (booked 6:30 to 8)."""
    who = PEOPLE if who is None else who
    values: dict[str, object] = {
        "group_name": GROUP.name,
        "date": day,
        "start_time": dt.time(18, 30),
        "end_time": dt.time(20, 0),
        "started_at": at(day, 18, 31),
        "ended_at": at(day, 20, 2),
        "venue": "Hall",
        "status": MeetingStatus.COMPLETE,
        "attendees": who,
        "check_in": [
            RoundEntry(registration_number=p.registration_number, notes=CHECK_IN) for p in who
        ],
        "slots": [
            Slot(
                presenter=ME,
                topic_type=TopicType.CULTURAL_SAFETY,
                title=f"My topic of {day.isoformat()}",
                state=SlotState.DONE,
                summary="The group's discussion summary.",
                takeaways="Introduce *everyone* first.",
                phase_seconds=PhaseSeconds(present=300, discussion=600, takeaways=240),
            ),
            Slot(presenter=ME, title="My skipped topic", state=SlotState.SKIPPED),
            Slot(
                presenter=OTHER,
                title="Ben's topic",
                state=SlotState.DONE,
                summary="About Ben's case.",
                takeaways="Ben's takeaway.",
                phase_seconds=PhaseSeconds(present=600),
            ),
        ],
        "reflections": [
            Reflection(registration_number=ME, text=MY_REFLECTION),
            Reflection(registration_number=OTHER, text=OTHER_REFLECTION),
        ],
        "summary": "Two topics.",
    }
    values.update(fields)
    return Meeting.model_validate(values)


def report_for(meetings: list[Meeting], year: int = 2026, group: Group = GROUP):
    return attendance_report(group, meetings, year, today=D(2027, 5, 1))


# -- core -------------------------------------------------------------------------------


def test_held_minutes_uses_recorded_times_then_booked_then_none() -> None:
    day = D(2026, 5, 20)
    assert held_minutes(held(day)) == 91  # 6:31 pm to 8:02 pm, as recorded
    booked = held(day, started_at=None, ended_at=None)
    assert held_minutes(booked) == 90  # 6:30 to 8:00, as booked
    assert held_minutes(held(day, started_at=None, start_time=None)) is None
    late = held(day, started_at=at(day, 23, 0), ended_at=at(day, 23, 0) + dt.timedelta(hours=1))
    assert held_minutes(late) == 60  # past midnight


def test_member_year_holds_counting_meetings_own_topics_and_hours() -> None:
    meetings = [
        held(D(2026, 3, 31)),  # the year before (starts 1 April)
        held(D(2026, 4, 1)),
        held(D(2026, 8, 19), started_at=None, ended_at=None),  # booked times: 90 minutes
        held(D(2026, 10, 7), who=PEOPLE[:3]),  # three attendees: does not count
        held(D(2026, 11, 4), status=MeetingStatus.IN_PROGRESS),  # not complete
        held(D(2027, 3, 31), start_time=None, started_at=None),  # counts, no times
        held(D(2027, 4, 1)),  # the next year
    ]
    year = member_year(report_for(meetings), ME)
    assert [m.date for m in year.meetings] == [D(2026, 4, 1), D(2026, 8, 19), D(2027, 3, 31)]
    assert [m.minutes for m in year.meetings] == [91, 90, None]
    assert year.total_minutes == 181
    assert [m.date for m in year.untimed] == [D(2027, 3, 31)]
    assert [(n.date, n.reason) for n in year.not_counted] == [
        (D(2026, 10, 7), "3 attendees, fewer than 4"),
        (D(2026, 11, 4), "not complete (in progress)"),
    ]
    first = year.meetings[0]
    assert [t.title for t in first.topics] == ["My topic of 2026-04-01"]  # not skipped, not Ben's
    assert first.topics[0].minutes == 19
    assert first.topics[0].topic_type == "Cultural competence and safety"
    assert first.reflection == MY_REFLECTION
    assert first.follow_ups == ()
    assert (first.start, first.end) == (dt.time(18, 31), dt.time(20, 2))
    assert year.presented_minutes == 3 * 19


def test_member_year_follows_the_groups_first_month() -> None:
    group = GROUP.model_copy(update={"defaults": GroupDefaults(recert_year_start_month=7)})
    meetings = [held(D(2026, 6, 30)), held(D(2026, 7, 1))]
    year = member_year(attendance_report(group, meetings, 2026, today=D(2027, 8, 1)), ME)
    assert [m.date for m in year.meetings] == [D(2026, 7, 1)]
    assert year.year_label == "1 Jul 2026 to 30 Jun 2027"


def test_member_who_did_not_present_has_their_reflection_only() -> None:
    year = member_year(report_for([held(D(2026, 5, 20))]), "10003")
    (meeting,) = year.meetings
    assert meeting.topics == ()
    assert meeting.reflection == ""


def test_unknown_member_is_refused_with_the_reason() -> None:
    with pytest.raises(UnknownYearMemberError, match="99999 is not a member of Year <Test> PSG"):
        member_year(report_for([held(D(2026, 5, 20))]), "99999")


def test_the_gate_checks_exactly_the_text_the_year_prints() -> None:
    meeting = held(D(2026, 5, 20), modality=Modality.VIDEOCONFERENCE, platform="Zoom")
    year = member_year(report_for([meeting]), ME)
    (entry,) = year.meetings
    printed = {entry.reflection, "Zoom"}
    for topic in entry.topics:
        printed |= {topic.title, topic.takeaways}
    gated = {f.text for f in output_fields(meeting, Output("year", ME)) if f.text}
    assert gated == printed
    for absent in (CHECK_IN, OTHER_REFLECTION, "Ben's topic", "The group's discussion summary."):
        assert absent not in gated


def test_the_gate_flags_my_reflection_but_not_another_members() -> None:
    mine = held(
        D(2026, 5, 20),
        reflections=[Reflection(registration_number=ME, text="Rang her on 021 555 0123.")],
    )
    theirs = held(
        D(2026, 5, 20),
        reflections=[Reflection(registration_number=OTHER, text="Rang her on 021 555 0123.")],
    )
    assert [f.kind for f in check_output(mine, Output("year", ME)).findings] == ["phone"]
    assert check_output(theirs, Output("year", ME)).clear
    with pytest.raises(ValueError, match="registration number"):
        Output("year")


def test_html_and_markdown_escape_and_leave_others_out() -> None:
    meeting = held(D(2026, 5, 20))
    meeting.slots[0].title = "<script>alert(1)</script> & more"
    year = member_year(report_for([meeting]), ME)
    html = member_year_html(year)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "Year &lt;Test&gt; PSG" in html
    assert "<em>everyone</em>" in html  # the takeaways' Markdown
    md = member_year_markdown(year)
    assert "\\<script\\>" in md
    for text in (html, md):
        assert "10001" in text and "1 hour 31 minutes" in text
        assert OTHER_REFLECTION not in text and CHECK_IN not in text
        assert "Ben" not in text and "discussion summary" not in text
        assert "My skipped topic" not in text


# -- attendance: presented minutes ------------------------------------------------------


def test_presented_minutes_per_member() -> None:
    meeting = held(D(2026, 5, 20))
    assert presented_seconds(meeting, ME) == 1140
    assert presented_seconds(meeting, OTHER) == 600
    assert presented_seconds(meeting, "10003") == 0
    report = report_for([meeting, held(D(2026, 6, 17), who=PEOPLE[:3])])  # the 2nd: not counting
    assert report.member(ME).presented_minutes == 38  # counting or not, it was group time
    assert report.member(OTHER).presented_minutes == 20
    assert report.to_dict()["members"][0]["presented_minutes"] == 38


def write_group(root: Path, meetings: list[Meeting]) -> Path:
    store = GroupStore(root)
    store.save_group(GROUP)
    for m in meetings:
        store.save_meeting(m)
    return root


def test_attendance_cli_shows_presented_minutes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = write_group(tmp_path / "g", [held(D(2026, 5, 20))])
    args = ["attendance", "--group", str(root), "--as-of", "2026-09-01"]
    assert main(args) == 0
    table = capsys.readouterr().out
    assert "Presented" in table
    assert any(line.startswith("Aroha") and line.endswith("19 min") for line in table.splitlines())
    assert main([*args, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["registration_number"]: r["presented_minutes"] for r in rows}[OTHER] == "10"
    assert main([*args, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [m["presented_minutes"] for m in data["members"]] == [19, 10, 0, 0]


# -- the command ------------------------------------------------------------------------


@pytest.fixture
def group(tmp_path: Path) -> Path:
    return write_group(tmp_path / "g", [held(D(2026, 5, 20)), held(D(2026, 8, 19))])


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_cli_writes_the_pdf_with_my_content_only(
    group: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["year", "--member", ME, "--year", "2026", "--group", str(group)]) == 0
    out = year_output_path(group, 2026, ME)
    assert out.name == "year-2026-10001.pdf"
    assert f"wrote {out}" in capsys.readouterr().out
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = " ".join(pdf_text(out).split())
    assert "My peer support group year: Aroha Ngāta" in text
    assert MY_REFLECTION in text
    assert "My topic of 2026-05-20" in text and "My topic of 2026-08-19" in text
    assert "3 hours 2 minutes (3.03 hours)" in text
    assert OTHER_REFLECTION not in text
    assert CHECK_IN not in text
    assert "Ben's topic" not in text


def test_cli_markdown_to_stdout(group: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    args = ["year", "--member", ME, "--year", "2026", "--group", str(group), "--format", "md"]
    assert main([*args, "-o", "-"]) == 0
    md = capsysbinary.readouterr().out.decode()
    assert md.startswith("# My peer support group year: Aroha Ngāta")
    assert MY_REFLECTION in md and OTHER_REFLECTION not in md
    assert not list(group.glob("year-*"))


def test_cli_unknown_member_exits_2(group: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["year", "--member", "99999", "--year", "2026", "--group", str(group)]) == 2
    assert "99999 is not a member" in capsys.readouterr().err
    assert not list(group.glob("year-*"))


def test_cli_refuses_to_write_over_the_group_file(
    group: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = (group / "group.toml").read_bytes()
    args = ["year", "--member", ME, "--year", "2026", "--group", str(group)]
    assert main([*args, "-o", str(group / "group.toml")]) == 2
    assert "group file" in capsys.readouterr().err
    assert (group / "group.toml").read_bytes() == before


def test_cli_findings_in_my_notes_stop_it_until_allowed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    flagged = held(
        D(2026, 5, 20),
        reflections=[
            Reflection(registration_number=ME, text="Rang Mrs Henderson back."),
            Reflection(registration_number=OTHER, text="Rang her on 021 555 0123."),
        ],
    )
    root = write_group(tmp_path / "g", [flagged])
    args = ["year", "--member", ME, "--year", "2026", "--group", str(root)]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "flagged 1 possible identifier" in err and "2026-05-20.toml" in err
    assert "phone" not in err  # Ben's reflection is not in my year
    assert not list(root.glob("year-*"))
    assert main([*args, "--allow-findings"]) == 0
    assert year_output_path(root, 2026, ME).exists()
    # Ben's year carries his phone number finding, not my named person.
    assert main(["year", "--member", OTHER, "--year", "2026", "--group", str(root)]) == 1
    err = capsys.readouterr().err
    assert "phone number" in err and "named" not in err


def test_load_member_year_reads_the_folder(group: Path) -> None:
    year = load_member_year(group, ME, 2026, today=D(2026, 12, 1))
    assert len(year.meetings) == 2 and year.name == "Aroha Ngāta"
    job = prepare_year(year, group, kind="md")
    assert job.target == group / "year-2026-10001.md"
    assert job.gate() == []
    path, data = job.render_and_write()
    assert path.read_bytes() == data


def test_sample_group_year_pdf(sample_group: Path) -> None:
    """The demo group: Tomasi presented at the August meeting and reflected on it."""
    out = sample_group / "tomasi.pdf"
    args = ["year", "--member", "92370", "--year", "2026", "--group", str(sample_group)]
    assert main([*args, "-o", str(out)]) == 0
    text = " ".join(pdf_text(out).split())
    assert "Conference feedback: antimicrobial stewardship in the community" in text
    assert "I have added a script to my professional development plan." in text
    assert "Preparing the conference feedback" in text
    # The 2026-02-18 reflections (Daniel's, Wiremu's) are someone else's and another year's.
    assert "lead with the medicine list" not in text
    assert "near miss" not in text
