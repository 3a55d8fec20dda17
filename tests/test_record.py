"""The one meeting record (core.record) and the words it is written in (core.words)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import locale

import pytest

from psg_tui.core import words
from psg_tui.core.models import (
    Apology,
    Meeting,
    MeetingStatus,
    Member,
    Modality,
    NextMeeting,
    PhaseSeconds,
    PrivacyAcknowledgement,
    Reflection,
    Roles,
    RoundEntry,
    Slot,
    SlotState,
    TopicType,
)
from psg_tui.core.record import (
    MeetingRecord,
    Person,
    UnknownMemberError,
    build_record,
    finding_kinds_in_words,
)
from psg_tui.core.store import GroupStore

NZ = dt.timezone(dt.timedelta(hours=13))


def people(count: int) -> list[Member]:
    return [Member(name=f"Member {i}", registration_number=f"{70000 + i}") for i in range(count)]


def meeting(**changes: object) -> Meeting:
    fields: dict[str, object] = {
        "group_name": "Test PSG",
        "date": dt.date(2026, 12, 9),
        "venue": "Hall",
        "attendees": people(4),
        "roles": Roles(facilitator="70000", note_taker="70001"),
        "status": MeetingStatus.COMPLETE,
    }
    fields.update(changes)
    return Meeting.model_validate(fields)


# -- words ------------------------------------------------------------------------------------


def test_dates_and_times_in_words() -> None:
    assert words.format_date(dt.date(2026, 12, 9)) == "Wednesday 9 December 2026"
    assert words.format_day(dt.date(2026, 2, 18)) == "18 February 2026"
    assert words.format_short_date(dt.date(2026, 2, 18)) == "18 Feb 2026"
    assert words.format_time(dt.time(18, 30)) == "6:30 pm"
    assert words.format_time(dt.time(0, 5)) == "12:05 am"
    assert words.format_time(dt.time(12, 0)) == "12:00 pm"
    assert words.format_time_range(dt.time(18, 30), dt.time(20, 0)) == "6:30 pm to 8:00 pm"
    assert words.format_time_range(dt.time(18, 30), None) == "from 6:30 pm"
    assert words.format_time_range(None, dt.time(20, 0)) == ""
    assert (
        words.format_date_and_time(dt.date(2026, 5, 20), dt.time(18, 30))
        == "Wednesday 20 May 2026, 6:30 pm"
    )
    assert words.format_date_and_time(dt.date(2026, 5, 20), None) == "Wednesday 20 May 2026"


def test_words_ignore_the_locale() -> None:
    before = locale.setlocale(locale.LC_TIME)
    for name in ("de_DE.UTF-8", "fr_FR.UTF-8", "C"):
        try:
            locale.setlocale(locale.LC_TIME, name)
        except locale.Error:
            continue
        try:
            assert words.format_date(dt.date(2026, 12, 9)) == "Wednesday 9 December 2026"
            assert words.format_time(dt.time(18, 30)) == "6:30 pm"
        finally:
            locale.setlocale(locale.LC_TIME, before)


def test_lengths_and_plurals() -> None:
    assert words.format_minutes(90) == "1 hour 30 minutes"
    assert words.format_minutes(120) == "2 hours"
    assert words.format_minutes(1) == "1 minute"
    assert words.format_minutes(0) == "0 minutes"
    assert words.plural(1, "presenter") == "1 presenter"
    assert words.plural(3, "presenter") == "3 presenters"
    assert words.plural(2, "date of birth", "dates of birth") == "2 dates of birth"
    assert words.plural_word(1, "is", "are") == "is"
    assert words.plural_word(0, "is", "are") == "are"


def test_one_plural() -> None:
    from psg_tui.core.timing import text

    assert text.plural is words.plural


def test_venue_words_never_carry_the_join_link() -> None:
    assert words.format_venue(Modality.IN_PERSON, " Hall ", "Zoom") == "In person: Hall"
    assert words.format_venue(Modality.IN_PERSON, "", "") == "In person: venue not recorded"
    assert words.format_venue(Modality.VIDEOCONFERENCE, "Hall", "Zoom") == "Videoconference: Zoom"
    assert (
        words.format_venue(Modality.VIDEOCONFERENCE, "", " ")
        == "Videoconference: platform not recorded"
    )
    assert words.format_modality(Modality.VIDEOCONFERENCE, "Zoom") == "Videoconference (Zoom)"
    assert words.format_modality(Modality.VIDEOCONFERENCE, "") == "Videoconference"
    assert words.format_modality(Modality.IN_PERSON, "Zoom") == "In person"


def test_fixed_statements() -> None:
    assert words.psg_criteria_sentence(4) == (
        "This meeting meets the PSG criteria: 4 attendees (at least 4 are required)."
    )
    assert words.psg_criteria_sentence(1) == (
        "This meeting does not meet the PSG criteria: 1 attendee, and at least 4 are required."
    )
    assert words.draft_notice(MeetingStatus.COMPLETE) == ""
    assert words.draft_notice(MeetingStatus.PLANNED) == (
        "Draft: this meeting is planned, so these notes are not final."
    )
    assert "still in progress" in words.draft_notice(MeetingStatus.IN_PROGRESS)
    assert words.acknowledgement_sentence(1, "", "Sam", dt.date(2026, 3, 5)) == (
        "Privacy check: 1 possible identifier flagged in these notes was reviewed and "
        "acknowledged by Sam on Thursday 5 March 2026 before the notes were produced."
    )


# -- the record -------------------------------------------------------------------------------


def test_record_is_plain_and_frozen() -> None:
    record = build_record(meeting())
    assert isinstance(record, MeetingRecord)
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.group = "x"  # type: ignore[misc]


def test_details_and_roles() -> None:
    record = build_record(meeting(start_time=dt.time(18, 30), end_time=dt.time(20, 0)))
    details = record.details
    assert record.group == "Test PSG"
    assert record.heading == "Peer support group meeting notes: Wednesday 9 December 2026"
    assert record.title == "Test PSG: meeting notes, Wednesday 9 December 2026"
    assert details.date == "Wednesday 9 December 2026"
    assert details.time == "6:30 pm to 8:00 pm"
    assert details.venue.text == "In person: Hall"
    assert [(r.label, r.person) for r in details.roles] == [
        ("Facilitator", Person("Member 0", "70000")),
        ("Timekeeper", None),
        ("Note taker", Person("Member 1", "70001")),
    ]
    assert details.meets_criteria and details.attendee_count == 4
    assert details.criteria == words.psg_criteria_sentence(4)
    assert record.confidentiality == words.CONFIDENTIALITY_STATEMENT
    assert record.draft_notice == "" and record.status == "complete"
    assert record.attendees[0] == Person("Member 0", "70000", "Pharmacist")


def test_unnamed_group_and_draft() -> None:
    record = build_record(meeting(group_name="  ", status=MeetingStatus.IN_PROGRESS))
    assert record.group == "Peer support group"
    assert record.title.startswith("Peer support group: meeting notes")
    assert record.status == "in progress"
    assert record.draft_notice.startswith("Draft: this meeting is still in progress")


def test_topics_numbered_skipped_and_untitled() -> None:
    record = build_record(
        meeting(
            slots=[
                Slot(
                    presenter="70000",
                    title=" First ",
                    topic_type=TopicType.INTERVENTION,
                    references=["  ref a ", "  "],
                    phase_seconds=PhaseSeconds(present=600, discussion=500, takeaways=100),
                ),
                Slot(presenter="70001", title="Ran out of time", state=SlotState.SKIPPED),
                Slot(presenter="70002", title=" "),
                Slot(presenter="70003", state=SlotState.SKIPPED),
            ]
        )
    )
    first, second = record.topics
    assert (first.number, first.title, first.titled) == (1, "First", True)
    assert first.topic_type == "Intervention" and first.references == ("ref a",)
    assert first.minutes == 20
    assert (second.number, second.title, second.titled) == (2, words.UNTITLED_TOPIC, False)
    assert second.minutes is None
    assert second.summary.blank and second.summary.empty == "No summary recorded."
    assert [(s.title, s.titled, s.presenter.name) for s in record.skipped] == [
        ("Ran out of time", True, "Member 1"),
        (words.UNTITLED_TOPIC, False, "Member 3"),
    ]
    assert record.skipped_heading == "Not presented at this meeting"


def test_next_meeting_has_no_join_link() -> None:
    record = build_record(
        meeting(
            next_meeting=NextMeeting(
                date=dt.date(2027, 2, 17),
                start_time=dt.time(18, 30),
                duration_minutes=90,
                modality=Modality.VIDEOCONFERENCE,
                platform="Teams",
                video_link="https://example.org/j/456",
                focus="  Cultural safety ",
            )
        )
    )
    nxt = record.next_meeting
    assert nxt is not None
    assert nxt.when == "Wednesday 17 February 2027, 6:30 pm"
    assert nxt.length == "1 hour 30 minutes"
    assert nxt.venue.text == "Videoconference: Teams"
    assert nxt.focus == "Cultural safety"
    assert "example.org" not in repr(record)
    assert build_record(meeting()).next_meeting is None


def test_acknowledgement_sentence_around_who() -> None:
    ack = PrivacyAcknowledgement(
        acknowledged_at=dt.datetime(2026, 3, 5, 9, 0, tzinfo=NZ),
        by="70001",
        findings=2,
        kinds=["phone", "email"],
    )
    flagged = {"summary": "Call 021 555 0199 or jo@example.com", "privacy_acknowledgement": ack}
    record = build_record(meeting(**flagged))
    said = record.acknowledgement
    assert said is not None and said.by == Person("Member 1", "70001")
    assert said.text == (
        "Privacy check: 2 possible identifiers (phone number, email address) flagged in these "
        "notes were reviewed and acknowledged by Member 1 (70001) on Thursday 5 March 2026 "
        "before the notes were produced."
    )
    flagged["privacy_acknowledgement"] = ack.model_copy(update={"by": ""})
    typed = build_record(meeting(**flagged))
    assert typed.acknowledgement is not None and typed.acknowledgement.by is None
    # Nobody recorded is not silently "the note taker".
    assert "acknowledged by someone not recorded on" in typed.acknowledgement.text
    assert finding_kinds_in_words(["named_person", "odd_kind"]) == "named person, odd kind"


def test_personal_notes_are_never_in_a_record() -> None:
    m = meeting(
        check_in=[RoundEntry(registration_number="70000", notes="CHECK-IN SECRET")],
        check_out=[RoundEntry(registration_number="70001", notes="CHECK-OUT SECRET")],
        reflections=[
            Reflection(registration_number="70000", text="MINE"),
            Reflection(registration_number="70001", text="THEIRS"),
        ],
        slots=[Slot(presenter="70000", title="Mine", takeaways="my takeaway")],
    )
    group_copy = repr(build_record(m))
    assert "SECRET" not in group_copy and "MINE" not in group_copy and "THEIRS" not in group_copy
    assert build_record(m).member is None
    own = build_record(m, "70000")
    assert "SECRET" not in repr(own) and "THEIRS" not in repr(own)
    assert own.member is not None
    assert own.member.reflection.text == "MINE"
    assert [(t.title, t.takeaways.text) for t in own.member.takeaways] == [("Mine", "my takeaway")]
    assert own.copy_for == Person("Member 0", "70000")
    assert own.title.endswith("(Member 0's copy)") and own.running.endswith(", Member 0's copy")
    other = build_record(m, "70002")
    assert other.member is not None and other.member.takeaways == ()
    assert other.member.reflection.blank


def test_member_who_did_not_attend_is_refused() -> None:
    m = meeting(apologies=[Apology(name="Lucy Chen", registration_number="431207")])
    with pytest.raises(UnknownMemberError, match="99999 is not an attendee"):
        build_record(m, "99999")
    with pytest.raises(UnknownMemberError, match=r"Lucy Chen \(431207\) sent apologies"):
        build_record(m, "431207")
    from psg_tui.report.html import UnknownMemberError as FromReport

    assert FromReport is UnknownMemberError


def test_every_sample_meeting_builds(sample_store: GroupStore) -> None:
    loaded, errors = sample_store.load_meetings()
    assert not errors
    for _, m in loaded:
        record = build_record(m)
        assert record.details.date == words.format_date(m.date)
        assert len(record.topics) + len(record.skipped) == len(m.slots)
        for attendee in m.attendees:
            build_record(m, attendee.registration_number)


# -- issue 11: acknowledgements belong to one output; drafts; presenters left out ---------------


def test_an_acknowledgement_belongs_to_its_output_and_goes_when_the_finding_does() -> None:
    from psg_tui.core.gate import GROUP, Output, check_output

    when = dt.datetime(2026, 12, 9, 20, 0, tzinfo=NZ)
    m = meeting(
        reflections=[Reflection(registration_number="70002", text="Rang Mrs Patel on 021 555 0199")]
    )
    own = check_output(m, Output.copy_for("70002"))
    assert not own.clear
    own.acknowledge(m, "70002", when)
    # The member's acknowledgement is theirs: not the group's, not another member's.
    assert m.privacy_acknowledgement is None
    assert m.output_acknowledgements[0].output == "member"
    assert m.output_acknowledgements[0].member == "70002"
    assert build_record(m).acknowledgement is None
    assert build_record(m, "70003").acknowledgement is None
    said = build_record(m, "70002").acknowledgement
    assert said is not None and said.by == Person("Member 2", "70002")
    # Saved and read back, it still belongs to that copy.
    again = Meeting.model_validate(m.model_dump(mode="json", exclude_none=True))
    assert again.output_acknowledgements == m.output_acknowledgements
    # The reflection is fixed: the statement goes, although the record stays in the file.
    m.reflections = [Reflection(registration_number="70002", text="Rang the prescriber")]
    assert build_record(m, "70002").acknowledgement is None
    # A group acknowledgement from before (no output recorded) is the group's, re-checked.
    m.privacy_acknowledgement = PrivacyAcknowledgement(acknowledged_at=when, by="70001", findings=1)
    assert build_record(m).acknowledgement is None
    assert check_output(m, GROUP).clear


def test_a_member_acknowledgement_cannot_pose_as_the_groups() -> None:
    when = dt.datetime(2026, 12, 9, 20, 0, tzinfo=NZ)
    ack = PrivacyAcknowledgement(acknowledged_at=when, output="member", member="70002")
    with pytest.raises(ValueError, match="privacy_acknowledgement is the group"):
        meeting(privacy_acknowledgement=ack)
    with pytest.raises(ValueError, match="member is set exactly"):
        meeting(output_acknowledgements=[ack.model_copy(update={"member": ""})])


@pytest.mark.parametrize("status", [MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS])
def test_a_draft_never_claims_the_criteria_and_lists_people_as_expected(
    status: MeetingStatus,
) -> None:
    record = build_record(meeting(status=status, attendees=people(6)))
    assert record.draft_mark == words.DRAFT_MARK
    assert not record.details.meets_criteria
    assert "meets the PSG criteria" not in record.details.criteria
    assert record.details.criteria.startswith("Not yet known")
    assert "6 people are expected" in record.details.criteria
    assert record.details.attendee_label == "Expected"
    assert record.attendees_heading.startswith("Expected")
    done = build_record(meeting(attendees=people(6)))
    assert done.draft_mark == "" and done.details.meets_criteria
    assert done.attendees_heading == "Attendees"


def test_presenters_can_be_left_out_of_the_shared_record() -> None:
    slots = [
        Slot(
            presenter="70001",
            title="Incident",
            topic_type=TopicType.DIFFICULT_SITUATION,
            presenter_in_record=False,
            state=SlotState.DONE,
        ),
        Slot(presenter="70002", title="Article", state=SlotState.DONE),
        Slot(presenter="70003", title="Skipped", state=SlotState.SKIPPED),
    ]
    shown = build_record(meeting(slots=slots))
    assert [t.show_presenter for t in shown.topics] == [False, True]
    assert shown.skipped[0].show_presenter
    hidden = build_record(meeting(slots=slots, presenters_in_record=False))
    assert [t.show_presenter for t in hidden.topics] == [False, False]
    assert not hidden.skipped[0].show_presenter
    # A slot may name its presenter although the group leaves presenters out.
    slots[1] = slots[1].model_copy(update={"presenter_in_record": True})
    assert [
        t.show_presenter
        for t in build_record(meeting(slots=slots, presenters_in_record=False)).topics
    ] == [False, True]
    # The presenter's own copy names them beside their own topic, and nobody else.
    own = build_record(meeting(slots=slots, presenters_in_record=False), "70001")
    assert [t.show_presenter for t in own.topics] == [True, True]
    other = build_record(meeting(slots=slots, presenters_in_record=False), "70000")
    assert [t.show_presenter for t in other.topics] == [False, True]
