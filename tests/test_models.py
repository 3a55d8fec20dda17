"""The meeting model: what it accepts, and the sentences it says when it refuses.

Validation messages are checked through the store (``parse_model`` / ``validate_file``),
because that is where a person meets them: as ``FILE:LINE: message``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pydantic import ValidationError

from psg_tui.core.models import (
    MAX_TEXT_CHARS,
    TOPIC_LABELS,
    Apology,
    Group,
    GroupDefaults,
    Meeting,
    Member,
    Modality,
    PhaseShares,
    PrivacyAcknowledgement,
    Reflection,
    Roles,
    Slot,
    SlotState,
    TopicType,
    neutralise_controls,
)
from psg_tui.core.store import Problem, StoreError, parse_model, validate_file, validation_problems

MEETING_HEAD = 'schema_version = 1\ndate = "2026-03-04"\n'

THREE_ATTENDEES = """
[[attendees]]
name = "Aroha Ngāta"
registration_number = "1234"

[[attendees]]
name = "Ben Ōtaki"
registration_number = "123456789"

[[attendees]]
name = "Cara Ēru"
registration_number = "{third}"
"""


def problems_in(tmp_path: Path, text: str, name: str = "2026-03-04.toml") -> list[Problem]:
    """Write ``text`` to a file and return what the store says is wrong with it."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return validate_file(path)


def only_problem(tmp_path: Path, text: str, name: str = "2026-03-04.toml") -> Problem:
    """The single problem in a file (fails the test if there are more or none)."""
    problems = problems_in(tmp_path, text, name)
    assert len(problems) == 1, problems
    return problems[0]


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """1-based line number of the ``occurrence``-th line containing ``needle``."""
    hits = [n for n, line in enumerate(text.splitlines(), start=1) if needle in line]
    return hits[occurrence - 1]


def people(*numbers: str) -> list[Member]:
    """Attendees with fictional names and these registration numbers."""
    return [Member(name=f"Person {n}", registration_number=n) for n in numbers]


# -- registration numbers ---------------------------------------------------------------


@pytest.mark.parametrize("number", ["7", "1234", "55918", "431207", "123456789", "000123"])
def test_registration_number_is_digits_of_any_length(number: str) -> None:
    member = Member(name="Mere Tūhoe", registration_number=number)
    assert member.registration_number == number  # opaque: leading zeros kept, no padding


def test_registration_number_surrounding_spaces_are_dropped() -> None:
    assert Member(name="A B", registration_number=" 4321 ").registration_number == "4321"


@pytest.mark.parametrize("number", ["12a4", "PC1234", "12 34", "12-34", "1.5", "١٢٣"])
def test_registration_number_with_anything_but_ascii_digits_is_refused(number: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Member(name="A B", registration_number=number)
    assert "must be digits only" in str(caught.value)


def test_empty_registration_number_in_file_names_the_attendee(tmp_path: Path) -> None:
    text = MEETING_HEAD + THREE_ATTENDEES.format(third="")
    problem = only_problem(tmp_path, text)
    assert problem.message == "attendee 3: registration number is empty"
    assert problem.line == line_of(text, 'registration_number = ""')
    assert str(problem) == f"{tmp_path / '2026-03-04.toml'}:{problem.line}: {problem.message}"


def test_four_and_nine_digit_numbers_in_one_meeting_are_fine(tmp_path: Path) -> None:
    assert problems_in(tmp_path, MEETING_HEAD + THREE_ATTENDEES.format(third="55918")) == []


def test_letters_in_registration_number_in_file(tmp_path: Path) -> None:
    text = MEETING_HEAD + THREE_ATTENDEES.format(third="55A18")
    problem = only_problem(tmp_path, text)
    assert problem.message == "attendee 3: registration number '55A18' must be digits only"
    assert problem.line == line_of(text, "55A18")


def test_apology_may_have_no_registration_number_but_not_letters() -> None:
    assert Apology(name="Guest Speaker").registration_number == ""
    with pytest.raises(ValidationError):
        Apology(name="Guest Speaker", registration_number="abc")


# -- messages a person understands ------------------------------------------------------


def test_unknown_key_is_reported_as_a_possible_typo(tmp_path: Path) -> None:
    text = MEETING_HEAD + 'venu = "Library"\n'
    problem = only_problem(tmp_path, text)
    assert problem.message == "venu: unknown field (a typo?)"
    assert problem.line == 3


def test_unknown_key_inside_a_slot(tmp_path: Path) -> None:
    text = (
        MEETING_HEAD
        + THREE_ATTENDEES.format(third="3")
        + '\n[[slots]]\npresenter = "1234"\n\n[[slots]]\npresenter = "3"\ntitel = "x"\n'
    )
    problem = only_problem(tmp_path, text)
    assert problem.message == "slot 2: titel: unknown field (a typo?)"
    assert problem.line == line_of(text, "titel")


def test_phase_shares_must_add_up_to_100(tmp_path: Path) -> None:
    text = (
        'name = "Fictional PSG"\n\n[defaults.phase_shares]\n'
        "present = 50\ndiscussion = 40\ntakeaways = 20\n"
    )
    problem = only_problem(tmp_path, text, name="group.toml")
    assert problem.message == "defaults: phase shares add up to 110%, they must add up to 100%"
    assert problem.line == line_of(text, "[defaults.phase_shares]")


def test_phase_shares_default_adds_up() -> None:
    shares = PhaseShares()
    assert shares.present + shares.discussion + shares.takeaways == 100
    with pytest.raises(ValidationError, match="add up to 90%"):
        PhaseShares(present=30, discussion=50, takeaways=10)


def test_role_holder_must_be_an_attendee(tmp_path: Path) -> None:
    text = MEETING_HEAD + THREE_ATTENDEES.format(third="3") + '\n[roles]\nnote_taker = "999"\n'
    problem = only_problem(tmp_path, text)
    assert problem.message == "roles.note_taker: 999 is not an attendee"
    assert problem.line == line_of(text, 'note_taker = "999"')


def test_presenter_must_be_an_attendee(tmp_path: Path) -> None:
    text = (
        MEETING_HEAD
        + THREE_ATTENDEES.format(third="3")
        + '\n[[slots]]\npresenter = "1234"\n\n[[slots]]\npresenter = "4444"\n'
    )
    problem = only_problem(tmp_path, text)
    assert problem.message == "slot 2: presenter 4444 is not an attendee"
    assert problem.line == line_of(text, 'presenter = "4444"')


def test_duplicate_attendee_registration_numbers(tmp_path: Path) -> None:
    text = MEETING_HEAD + THREE_ATTENDEES.format(third="1234")
    problem = only_problem(tmp_path, text)
    assert problem.message == (
        "attendee 3 (Cara Ēru): registration number 1234 is already used by attendee 1"
    )
    assert problem.line == line_of(text, 'registration_number = "1234"', occurrence=2)


def test_duplicate_member_registration_numbers(tmp_path: Path) -> None:
    text = (
        'name = "Fictional PSG"\n'
        "members = [\n"
        '  { name = "Hemi Pārata", registration_number = "8080" },\n'
        '  { name = "Jo Smith", registration_number = "8080" },\n'
        "]\n"
    )
    problem = only_problem(tmp_path, text, name="group.toml")
    assert problem.message == (
        "member 2 (Jo Smith): registration number 8080 is already used by member 1"
    )
    assert problem.line == 4  # the second element of the inline array


def test_missing_required_field_says_which(tmp_path: Path) -> None:
    text = MEETING_HEAD + '\n[[attendees]]\nregistration_number = "1234"\n'
    problem = only_problem(tmp_path, text)
    assert problem.message == "attendee 1: name is required"
    assert problem.line == line_of(text, "[[attendees]]")


def test_bad_enum_value_lists_the_choices(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, MEETING_HEAD + 'modality = "zoom"\n')
    assert problem.message.startswith("modality: input should be 'in_person' or")
    assert problem.line == 3


def test_every_problem_is_listed_not_just_the_first(tmp_path: Path) -> None:
    text = MEETING_HEAD + 'venu = "x"\nstatus = "finished"\n' + THREE_ATTENDEES.format(third="")
    messages = [p.message for p in problems_in(tmp_path, text)]
    assert len(messages) == 3
    assert "venu: unknown field (a typo?)" in messages
    assert any(m.startswith("status: input should be") for m in messages)
    assert "attendee 3: registration number is empty" in messages


def test_validation_problems_without_text_has_no_line() -> None:
    with pytest.raises(ValidationError) as caught:
        Meeting.model_validate({"date": "2026-01-01", "attendees": [{"name": "X"}]})
    problems = validation_problems(caught.value, Path("m.toml"))
    assert problems == [Problem(Path("m.toml"), "attendee 1: registration number is required")]


def test_parse_model_raises_store_error_with_every_problem(tmp_path: Path) -> None:
    path = tmp_path / "group.toml"
    path.write_text('name = ""\nmembers = [{ name = "A", registration_number = "x" }]\n')
    with pytest.raises(StoreError) as caught:
        parse_model(Group, path)
    assert [str(p) for p in caught.value.problems] == [
        f"{path}:1: name is empty",
        f"{path}:2: member 1: registration number 'x' must be digits only",
    ]


# -- other rules of the model -----------------------------------------------------------


def test_names_are_folded_and_must_not_be_empty() -> None:
    assert Member(name="  Tama   Rangi\n", registration_number="1").name == "Tama Rangi"
    with pytest.raises(ValidationError, match="name is empty"):
        Member(name="   ", registration_number="1")


def test_free_text_newlines_are_normalised() -> None:
    slot = Slot(presenter="1", summary="one\r\ntwo\rthree\n", takeaways="a\r\n")
    assert slot.summary == "one\ntwo\nthree\n"
    assert slot.takeaways == "a\n"
    # validate_assignment: text typed later is normalised as well
    slot.summary = "x\r\ny"
    assert slot.summary == "x\ny"


def test_every_free_text_field_normalises_newlines() -> None:
    # tomli-w turns CRLF inside a multi-line string into LF, so a plain-str field holding
    # CRLF would not round-trip; every free-text field must normalise on the way in.
    assert Member(name="A", registration_number="1", profession="a\r\nb").profession == "a\nb"
    ack = PrivacyAcknowledgement(
        acknowledged_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC), by="x\r\ny", kinds=["p\rq"]
    )
    assert (ack.by, ack.kinds) == ("x\ny", ["p\nq"])


def test_unknown_time_zone_is_refused() -> None:
    with pytest.raises(ValidationError, match="unknown time zone 'Pacific/Atlantis'"):
        Meeting(date=dt.date(2026, 1, 1), timezone="Pacific/Atlantis")


def test_one_reflection_per_member() -> None:
    with pytest.raises(ValidationError, match="reflection 2: 1 already has a reflection"):
        Meeting(
            date=dt.date(2026, 1, 1),
            attendees=people("1"),
            reflections=[
                Reflection(registration_number="1", text="a"),
                Reflection(registration_number="1", text="b"),
            ],
        )


def test_group_defaults_slot_bounds() -> None:
    with pytest.raises(ValidationError, match=r"min_slot_minutes \(40\) is more than"):
        GroupDefaults(min_slot_minutes=40, max_slot_minutes=30)


def test_group_starts_with_the_guidance_ground_rules_and_checks_members() -> None:
    group = Group(name="Fictional PSG")
    assert any("confidential" in rule for rule in group.ground_rules)
    group.members = people("11", "22")
    assert group.member("22") is not None
    assert group.member("33") is None


def test_every_topic_type_has_a_label() -> None:
    assert set(TOPIC_LABELS) == set(TopicType)
    assert TopicType.CULTURAL_SAFETY.label == "Cultural competence and safety"


def test_meeting_look_ups_and_minimum_data() -> None:
    meeting = Meeting(date=dt.date(2026, 1, 1), attendees=people("1", "2", "3"))
    assert meeting.name_of("2") == "Person 2"
    assert meeting.name_of("99") == "99"
    assert not meeting.meets_psg_minimum
    assert meeting.missing_minimum_data() == ["venue", "summary of discussions"]
    meeting.attendees = people("1", "2", "3", "4")
    meeting.venue = "Library meeting room"
    meeting.slots = [Slot(presenter="1", summary="Discussed a near miss; no identifiers.")]
    assert meeting.meets_psg_minimum
    assert meeting.missing_minimum_data() == []
    # a skipped slot's summary does not count as a summary of discussions
    meeting.slots = [Slot(presenter="1", summary="x", state=SlotState.SKIPPED)]
    assert meeting.missing_minimum_data() == ["summary of discussions"]


def test_videoconference_needs_a_platform() -> None:
    meeting = Meeting(
        date=dt.date(2026, 1, 1),
        modality=Modality.VIDEOCONFERENCE,
        attendees=people("1"),
        summary="Notes",
    )
    assert meeting.missing_minimum_data() == ["videoconference platform"]
    meeting.platform = "Zoom"
    assert meeting.missing_minimum_data() == []


def test_roles_may_be_empty_but_must_be_attendees_when_set() -> None:
    Meeting(date=dt.date(2026, 1, 1), roles=Roles())
    with pytest.raises(ValidationError, match=r"roles\.facilitator: 5 is not an attendee"):
        Meeting(date=dt.date(2026, 1, 1), attendees=people("1"), roles=Roles(facilitator="5"))


def test_times_held_prefer_what_was_recorded() -> None:
    """A verifier reads how long the group really met: recorded times, in the meeting's zone."""
    import datetime as dt

    from psg_tui.core.models import Meeting

    booked = Meeting(date=dt.date(2026, 2, 18), start_time=dt.time(18, 30), end_time=dt.time(20, 0))
    assert booked.times_held() == (dt.time(18, 30), dt.time(20, 0))
    utc = dt.UTC
    held = booked.model_copy(
        update={
            "started_at": dt.datetime(2026, 2, 18, 5, 41, 30, tzinfo=utc),  # 18:41 NZDT
            "ended_at": dt.datetime(2026, 2, 18, 6, 55, tzinfo=utc),  # 19:55 NZDT
        }
    )
    assert held.times_held() == (dt.time(18, 41), dt.time(19, 55))


# -- issue 11: hostile values (items 15, 16, 19) ------------------------------------------


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b]0;pwned\x07Sam", "\u241b]0;pwned\u2407Sam"),  # OSC: retitle the terminal
        ("a\x1b[2Jb", "a\u241b[2Jb"),  # clear the screen
        ("del\x7f", "del\u2421"),
        ("c1\x9b31m", "c1\ufffd31m"),  # C1 CSI
        ("nul\x00", "nul\u2400"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),  # kept
        ("Māori ā 🇳🇿", "Māori ā 🇳🇿"),
    ],
)
def test_control_characters_are_shown_not_obeyed(raw: str, shown: str) -> None:
    assert neutralise_controls(raw) == shown
    meeting = Meeting(date=dt.date(2026, 3, 4), summary=raw, venue=raw)
    assert meeting.summary == shown
    if "\n" not in raw:
        assert Member(name=raw, registration_number="1").name == shown


def test_control_characters_in_a_file_never_reach_the_model(tmp_path: Path) -> None:
    path = tmp_path / "2026-03-04.toml"
    path.write_text(
        MEETING_HEAD + 'summary = "x\\u001b]0;pwned\\u0007y"\ngroup_name = "G\\u009b2J"\n',
        encoding="utf-8",
    )
    meeting = parse_model(Meeting, path)
    assert "\x1b" not in meeting.summary and "\x9b" not in meeting.group_name
    assert meeting.summary == "x\u241b]0;pwned\u2407y"


def test_a_field_over_its_cap_is_refused_with_its_line(tmp_path: Path) -> None:
    big = "word " * (MAX_TEXT_CHARS // 5 + 1)
    text = MEETING_HEAD + 'venue = "Library"\n' + f'summary = "{big}"\n'
    problem = only_problem(tmp_path, text)
    assert problem.line == 4
    assert problem.message.startswith(
        "summary: is 20,005 characters long; a field holds at most 20,000"
    )


def test_a_field_at_its_cap_is_kept() -> None:
    text = "x" * MAX_TEXT_CHARS
    assert Meeting(date=dt.date(2026, 3, 4), summary=text).summary == text


def test_too_many_attendees_is_refused(tmp_path: Path) -> None:
    people_ = "\n".join(
        f'[[attendees]]\nname = "P{n}"\nregistration_number = "{n}"' for n in range(1, 502)
    )
    problem = only_problem(tmp_path, MEETING_HEAD + people_)
    assert problem.message.startswith("attendees: list should have at most 500 items")


@pytest.mark.parametrize("value", ["inf", "-inf", "nan", "1e308", "31622401.0"])
def test_a_live_timer_beyond_a_year_or_not_finite_is_refused(tmp_path: Path, value: str) -> None:
    text = (
        MEETING_HEAD
        + 'status = "in_progress"\n[live]\nstage = "wrap_up"\n[live.timer]\nkind = "wrap_up"\n'
        + f"planned_seconds = {value}\n"
    )
    problem = only_problem(tmp_path, text)
    assert problem.line == 8, problem
    assert "live: timer: planned seconds" in problem.message


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('date = "9999-12-31"', "date: the year must be between 1900 and 2999, not 9999"),
        ("started_at = 9999-12-31T23:30:00-12:00", "started at: the year must be between"),
        ("ended_at = 0001-01-01T00:10:00+14:00", "ended at: the year must be between"),
    ],
)
def test_dates_the_app_cannot_show_are_refused(tmp_path: Path, line: str, message: str) -> None:
    text = 'schema_version = 1\ndate = "2026-03-04"\n'
    text = text.replace('date = "2026-03-04"', line) if line.startswith("date") else text + line
    problem = only_problem(tmp_path, text + "\n")
    assert problem.message.startswith(message), problem
    assert problem.line == 2 if line.startswith("date") else problem.line == 3


def test_a_registration_number_too_long_is_refused() -> None:
    with pytest.raises(ValidationError, match="at most 32"):
        Member(name="A", registration_number="1" * 33)


def test_typing_past_a_cap_is_kept_in_the_app_but_never_saved(tmp_path: Path) -> None:
    # An assignment (a notes area flushed into the model) is not refused on the spot, which
    # would lose the keystrokes or crash the screen; the save names the field instead.
    from psg_tui.core.store import GroupStore

    meeting = Meeting(date=dt.date(2026, 3, 4))
    meeting.summary = "x" * (MAX_TEXT_CHARS + 1)
    store = GroupStore(tmp_path)
    with pytest.raises(StoreError, match="not saved: summary is 20,001 characters long"):
        store.save_meeting(meeting, tmp_path / "2026-03-04.toml")
    assert not (tmp_path / "2026-03-04.toml").exists()


def test_a_bidi_override_cannot_reverse_a_name_on_screen() -> None:
    from psg_tui.core.models import neutralise_controls

    # U+202E would show "LIVE" as "EVIL"; a right-to-left mark in Arabic text stays.
    assert neutralise_controls("Ana\u202eLIVE") == "AnaLIVE"
    assert neutralise_controls("\u2066x\u2069") == "x"
    assert neutralise_controls("نور\u200f") == "نور\u200f"
    member = Member(name="Ana\u202eLIVE", registration_number="70231")
    assert "\u202e" not in member.name
