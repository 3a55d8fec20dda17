"""The next-meeting invitation: parsed back with icalendar and checked against RFC 5545."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from psg_tui.cli import main
from psg_tui.core.models import Meeting, Member, Modality, NextMeeting
from psg_tui.core.store import parse_model
from psg_tui.report.calendar import NoNextMeetingError, next_meeting_ics

AUCKLAND = ZoneInfo("Pacific/Auckland")


def video_meeting(**next_fields: object) -> Meeting:
    """A fictional meeting whose next meeting is by video."""
    fields: dict[str, object] = {
        "date": dt.date(2026, 12, 9),
        "start_time": dt.time(19, 0),
        "duration_minutes": 75,
        "modality": Modality.VIDEOCONFERENCE,
        "platform": "Zoom",
        "video_link": "https://example.invalid/psg?id=1;x=2",
        "focus": 'Wrap up the year; "one learning" each, plan 2027',
    }
    fields.update(next_fields)
    return Meeting(
        group_name="Kāpiti, Coast; PSG",
        date=dt.date(2026, 8, 19),
        start_time=dt.time(18, 30),
        ended_at=dt.datetime(2026, 8, 19, 20, 33, 10, 500, tzinfo=AUCKLAND),
        attendees=[
            Member(name="Aroha Ngata", registration_number="10001"),
            Member(name='Ben "Benny" Ironside', registration_number="10002"),
        ],
        apologies=[
            {"name": "Chloe Lee", "registration_number": "10003"},
            {"name": "A Guest", "registration_number": ""},
        ],
        next_meeting=NextMeeting(**fields),
    )


def parse(data: bytes) -> tuple[Calendar, object]:
    cal = Calendar.from_ical(data)
    events = cal.walk("VEVENT")
    assert len(events) == 1
    return cal, events[0]


def test_the_invitation_parses_back_with_everything_in_it() -> None:
    data = next_meeting_ics(video_meeting())
    cal, event = parse(data)
    assert cal["VERSION"] == "2.0" and cal["PRODID"]
    # A plain calendar object, not an iTIP message: PUBLISH would forbid the attendees.
    assert "METHOD" not in cal
    start = event.decoded("DTSTART")
    assert start == dt.datetime(2026, 12, 9, 19, 0, tzinfo=AUCKLAND)
    assert start.utcoffset() == dt.timedelta(hours=13)  # daylight saving in December
    assert event["DTSTART"].params["TZID"] == "Pacific/Auckland"
    assert event.decoded("DURATION") == dt.timedelta(minutes=75)
    assert str(event["SUMMARY"]) == "Kāpiti, Coast; PSG: peer support group meeting"
    assert str(event["LOCATION"]) == "Videoconference (Zoom): https://example.invalid/psg?id=1;x=2"
    assert str(event["URL"]) == "https://example.invalid/psg?id=1;x=2"
    description = str(event["DESCRIPTION"])
    assert 'Focus: Wrap up the year; "one learning" each, plan 2027' in description
    assert "Set at the meeting of 2026-08-19." in description
    # The VTIMEZONE the TZID refers to is there.
    zones = cal.walk("VTIMEZONE")
    assert [str(z["TZID"]) for z in zones] == ["Pacific/Auckland"]


def test_attendees_have_names_and_no_email() -> None:
    _, event = parse(next_meeting_ics(video_meeting()))
    attendees = event["ATTENDEE"]
    names = [a.params["CN"] for a in attendees]
    assert names == ["Aroha Ngata", 'Ben "Benny" Ironside', "Chloe Lee"]  # the guest has no number
    for a in attendees:
        assert str(a).startswith("urn:uuid:") and "mailto" not in str(a).lower()
        assert a.params["ROLE"] == "REQ-PARTICIPANT"
    assert str(event["ORGANIZER"]).startswith("urn:uuid:")
    assert event["ORGANIZER"].params["CN"] == "Kāpiti, Coast; PSG"


def test_members_given_replace_the_meeting_people() -> None:
    members = [Member(name="Dev Sharma", registration_number="10004")]
    _, event = parse(next_meeting_ics(video_meeting(), "Other PSG", members=members))
    attendee = event["ATTENDEE"]  # a single value when there is one
    assert attendee.params["CN"] == "Dev Sharma"
    assert str(event["SUMMARY"]).startswith("Other PSG:")


def test_same_meeting_same_bytes_and_stable_uid_and_stamp() -> None:
    first = next_meeting_ics(video_meeting())
    assert first == next_meeting_ics(video_meeting())
    _, event = parse(first)
    assert event.decoded("DTSTAMP") == dt.datetime(2026, 8, 19, 8, 33, 10, tzinfo=dt.UTC)
    # Moving the next meeting keeps the UID, so a calendar updates the entry.
    moved = next_meeting_ics(video_meeting(date=dt.date(2026, 12, 16)))
    _, moved_event = parse(moved)
    assert moved != first and str(moved_event["UID"]) == str(event["UID"])
    # Another group's meeting on the same day is another event.
    other = video_meeting()
    other.group_name = "Another PSG"
    assert str(parse(next_meeting_ics(other))[1]["UID"]) != str(event["UID"])


def test_rfc5545_line_rules() -> None:
    data = next_meeting_ics(video_meeting())
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    # Content lines are folded at 75 octets (RFC 5545 3.1), multi-byte text included.
    assert max(len(line) for line in lines) <= 75
    assert lines[0] == b"BEGIN:VCALENDAR" and lines[-1] == b"END:VCALENDAR"
    names = [line.split(b":")[0].split(b";")[0] for line in lines if not line.startswith(b" ")]
    event = names[names.index(b"BEGIN") :]
    for required in (b"UID", b"DTSTAMP", b"DTSTART"):
        assert required in names
    assert b"DTEND" not in event  # DURATION, not both
    # Folded text unfolds back to valid UTF-8.
    data.replace(b"\r\n ", b"").decode("utf-8")


def test_in_person_without_a_time_is_an_all_day_event() -> None:
    meeting = video_meeting(
        start_time=None, modality=Modality.IN_PERSON, venue="Room 2, Health Centre (fictional)"
    )
    data = next_meeting_ics(meeting)
    cal, event = parse(data)
    assert event.decoded("DTSTART") == dt.date(2026, 12, 9)
    assert "DURATION" not in event and "URL" in event  # the link was still given
    assert str(event["LOCATION"]) == "Room 2, Health Centre (fictional)"
    assert "planned length 75 minutes" in str(event["DESCRIPTION"])
    assert cal.walk("VTIMEZONE") == []


def test_no_next_meeting_is_a_clear_error() -> None:
    meeting = video_meeting()
    meeting.next_meeting = None
    with pytest.raises(NoNextMeetingError, match="2026-08-19 has no next meeting"):
        next_meeting_ics(meeting)


# -- the command ---------------------------------------------------------------------------


def test_cli_writes_beside_the_meeting(
    sample_group: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = sample_group / "meetings" / "2026-08-19.toml"
    assert main(["ics", str(path)]) == 0
    out = sample_group / "meetings" / "2026-08-19-next-meeting.ics"
    assert str(out) in capsys.readouterr().out
    assert out.stat().st_mode & 0o777 == 0o600
    _, event = parse(out.read_bytes())
    meeting = parse_model(Meeting, path)
    assert event.decoded("DTSTART").date() == meeting.next_meeting.date
    # Invited: the group's current members, from group.toml (Lucy sent no apology here).
    assert len(event["ATTENDEE"]) == 7
    # Written again: the same event (UID), the same revision, a fresh DTSTAMP.
    assert main(["ics", str(path), "-o", str(sample_group / "x.ics")]) == 0
    _, again = parse((sample_group / "x.ics").read_bytes())
    assert str(again["UID"]) == str(event["UID"])
    assert again.decoded("SEQUENCE") == event.decoded("SEQUENCE") == 0
    stamp = again.decoded("DTSTAMP")
    assert abs(stamp - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)


def test_cli_stdout_and_meeting_outside_a_group(
    sample_group: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lone = tmp_path / "lone.toml"
    shutil.copy(sample_group / "meetings" / "2026-08-19.toml", lone)
    capsys.readouterr()
    assert main(["ics", str(lone), "-o", "-"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("BEGIN:VCALENDAR")


def test_cli_no_next_meeting_exit_2(sample_group: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = sample_group / "meetings" / "2026-12-09.toml"
    assert main(["ics", str(path)]) == 2
    err = capsys.readouterr().err
    assert "2026-12-09.toml" in err and "no next meeting" in err
    assert not list((sample_group / "meetings").glob("*.ics"))


def test_cli_unreadable_meeting_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('date = "2026-01-01"\nstatus = "maybe"\n', "utf-8")
    assert main(["ics", str(bad)]) == 2
    assert "bad.toml:2" in capsys.readouterr().err


# -- issue 11, item 12: the privacy gate, controls, SEQUENCE and DTSTAMP ----------------------


def test_sequence_goes_up_only_when_the_details_change() -> None:
    from psg_tui.report.calendar import update_sequence

    meeting = video_meeting()
    assert update_sequence(meeting)  # the first invitation: 0, its details remembered
    assert meeting.next_meeting.sequence == 0 and meeting.next_meeting.sequence_key
    assert not update_sequence(meeting)  # same details: same number, nothing to save
    stamp = dt.datetime(2026, 9, 1, 9, 0, tzinfo=dt.UTC)
    _, event = parse(next_meeting_ics(meeting, stamp=stamp))
    assert event.decoded("SEQUENCE") == 0 and event.decoded("DTSTAMP") == stamp
    # Moved: SEQUENCE 1, same UID; a calendar that has the event replaces it.
    meeting.next_meeting = meeting.next_meeting.model_copy(update={"date": dt.date(2026, 12, 16)})
    assert update_sequence(meeting) and meeting.next_meeting.sequence == 1
    _, moved = parse(next_meeting_ics(meeting, stamp=stamp))
    assert moved.decoded("SEQUENCE") == 1 and str(moved["UID"]) == str(event["UID"])
    # Deterministic: the same details on another computer give the same number.
    twin = Meeting.model_validate(meeting.model_dump(mode="json"))
    assert not update_sequence(twin) and twin.next_meeting.sequence == 1


def test_the_invitation_carries_no_control_or_bidi_characters() -> None:
    meeting = video_meeting(focus="Plan \u202eevil\u202c \x1b]0;title\x07 2027")
    meeting.attendees[0] = Member(name="Aroha\u2066 Ngata", registration_number="10001")
    data = next_meeting_ics(meeting)
    text = data.decode("utf-8")
    for bad in ("\u202e", "\u202c", "\x1b", "\x07", "\u2066"):
        assert bad not in text
    _, event = parse(data)
    assert "Plan evil" in str(event["DESCRIPTION"])


def test_cli_runs_the_privacy_gate(sample_group: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = sample_group / "meetings" / "2026-08-19.toml"
    text = path.read_text(encoding="utf-8")
    focus = next(line for line in text.splitlines() if line.startswith("focus = "))
    path.write_text(
        text.replace(focus, 'focus = "Follow up Mrs Patel, 021 555 0199"'), encoding="utf-8"
    )
    before = path.read_bytes()
    out = sample_group / "meetings" / "2026-08-19-next-meeting.ics"
    assert main(["ics", str(path)]) == 1
    err = capsys.readouterr().err
    assert "nothing was written" in err and "--allow-findings" in err
    assert "0199" not in err  # masked
    assert not out.exists() and path.read_bytes() == before
    assert main(["ics", str(path), "--allow-findings", "--by", "Sarah McAllister"]) == 0
    meeting = parse_model(Meeting, path)
    (ack,) = meeting.output_acknowledgements
    assert ack.output == "ics" and ack.by == "Sarah McAllister" and "phone" in ack.kinds
    assert meeting.privacy_acknowledgement is None  # not the group's notes
    assert out.exists()
