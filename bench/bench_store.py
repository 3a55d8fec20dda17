"""Store: loading and saving a 2-hour meeting file (~30 KB of notes).

Figures, each against a baseline measured in the same run on the same bytes:
- load + validate (``GroupStore.load_meeting``: read, TOML, migrate, pydantic) against a bare
  ``tomllib.loads`` of the file's text: what the model and the safety checks cost on top of
  parsing;
- save (``GroupStore.save_meeting`` over the existing file: overwrite check, TOML dump, temp
  file, fsync, rename, folder fsync) against a bare write + fsync of the same bytes: what
  atomicity and privacy cost on top of the unavoidable disk flush. Target: under 5 ms, so
  the app can save after every change without the person noticing;
- the same save with fsync skipped, against a bare write without fsync: the part of the
  save that is the app's own work (the flushes are the disk's);
- the TOML dump alone (CPU only), against ``json.dumps`` of the same model: tomli-w is pure
  Python and escapes strings a character at a time, so the store writes long strings itself
  in one regex pass each (``store.dumps_toml``) and leaves the rest of the document to it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
import tomllib
from pathlib import Path
from unittest import mock

from bench.harness import Figure, median_time
from psg_tui.core.models import (
    Apology,
    Meeting,
    MeetingStatus,
    Member,
    NextMeeting,
    Reflection,
    Roles,
    RoundEntry,
    Slot,
    TopicType,
)
from psg_tui.core.store import GroupStore, dump_toml

SAVE_TARGET_S = 0.005
NOTES_BYTES = 30_000
NZ = dt.timezone(dt.timedelta(hours=13))

# Fictional, de-identified note text in the style of the sample group (macrons, quotes,
# Markdown lists, doses), so the TOML writer meets the characters real notes have.
_SENTENCES = [
    "The presenter brought a deprescribing conversation with a person in their 80s taking "
    "eleven regular medicines; the group asked what matters most to them and their whānau.",
    'Clarifying questions: who else is involved, what "success" would look like, and how '
    "the conversation was documented in the shared care record.",
    "- Ask about over-the-counter NSAIDs at every supply\n- Use teach-back\n"
    "- Agree who says what at each visit",
    "Probing questions explored the presenter's own discomfort with stopping a long-standing "
    "statin, and how the group each hold uncertainty about benefit in frailty.",
    "Reference: a deprescribing guideline and the NZ Formulary monograph; see the group's "
    "shared folder (no patient details).",
    "Cultural safety: time for whanaungatanga at the start, te reo Māori greetings used with "
    "confidence, and asking who the person would like in the room — ā, ē, ī, ō, ū.",
]


def _notes(size: int, seed: int) -> str:
    """About ``size`` characters of note text, sentences in a seed-dependent order."""
    parts, total, index = [], 0, seed
    while total < size:
        sentence = _SENTENCES[index % len(_SENTENCES)]
        parts.append(sentence)
        total += len(sentence) + 2
        index += 5  # co-prime with the sentence count: each seed gives another order
    return "\n\n".join(parts)


def two_hour_meeting() -> Meeting:
    """A complete 2-hour meeting: 8 attendees, full check-in and check-out rounds, 6 slots
    with long summaries and takeaways, reflections; about 30 KB of notes."""
    attendees = [
        Member(name=name, registration_number=str(number))
        for name, number in [
            ("Anahera Kōwhai", 70231),
            ("Daniel Okafor", 81455),
            ("Priya Raman", 64012),
            ("Tomasi Fifita", 92370),
            ("Sarah McAllister", 55918),
            ("Wiremu Tāne", 88106),
            ("Lucy Chen", 431207),
            ("Mere Pōtae", 7012),
        ]
    ]
    regs = [a.registration_number for a in attendees]
    start = dt.datetime(2026, 8, 19, 18, 30, tzinfo=NZ)
    slots = []
    for index in range(6):
        began = start + dt.timedelta(minutes=20 + 15 * index)
        slots.append(
            Slot(
                presenter=regs[index],
                topic_type=list(TopicType)[index],
                title=f"Topic {index + 1}: a de-identified case",
                planned_seconds=15 * 60,
                state="done",
                started_at=began,
                ended_at=began + dt.timedelta(minutes=15),
                phase_seconds={"present": 270, "discussion": 495, "takeaways": 135},
                summary=_notes(2_400, index),
                takeaways=_notes(650, index + 1),
                references=[f"Reference {index + 1}.{n}: guideline, 2025 edition" for n in (1, 2)],
            )
        )
    meeting = Meeting(
        group_name="Waitaha Primary Care Pharmacists PSG (fictional)",
        date=start.date(),
        start_time=dt.time(18, 30),
        end_time=dt.time(20, 30),
        venue="Meeting room 2, a fictional health centre",
        status=MeetingStatus.COMPLETE,
        roles=Roles(facilitator=regs[0], timekeeper=regs[1], note_taker=regs[2]),
        attendees=attendees,
        apologies=[Apology(name="Hemi Walker", registration_number="99001")],
        check_in=[
            RoundEntry(registration_number=r, notes=_notes(220, i), elapsed_seconds=120)
            for i, r in enumerate(regs)
        ],
        slots=slots,
        check_out=[
            RoundEntry(registration_number=r, notes=_notes(110, i), elapsed_seconds=60)
            for i, r in enumerate(regs)
        ],
        summary=_notes(600, 3),
        confidentiality_note="Cases were discussed without patient identifiers.",
        next_meeting=NextMeeting(date=dt.date(2026, 12, 9), start_time=dt.time(18, 30)),
        reflections=[
            Reflection(registration_number=r, text=_notes(300, i), updated_at=start)
            for i, r in enumerate(regs[:4])
        ],
        started_at=start,
        ended_at=start + dt.timedelta(hours=2),
    )
    return meeting


def _bare_write_fsync(path: Path, data: bytes) -> None:
    """The least a durable save can do: write the bytes and fsync them."""
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _no_fsync(fd: int) -> None:
    """Stands in for ``os.fsync`` to measure the save without the disk flushes."""


def run() -> list[Figure]:
    """Measure load + validate and save of a 2-hour meeting, each against its baseline."""
    meeting = two_hour_meeting()
    with tempfile.TemporaryDirectory(prefix="psg-bench-store-") as folder:
        store = GroupStore(Path(folder) / "group")
        path = store.save_meeting(meeting)
        data = path.read_bytes()
        text = data.decode("utf-8")
        assert store.load_meeting(path) == meeting  # a benchmark of a broken store is no use
        size = f"{len(data) / 1024:.0f} KB"

        load = median_time(lambda: store.load_meeting(path), repeat=30)
        parse = median_time(lambda: tomllib.loads(path.read_text(encoding="utf-8")), repeat=30)

        bare = Path(folder) / "bare.toml"
        write = median_time(lambda: _bare_write_fsync(bare, data), repeat=30)
        save = median_time(lambda: store.save_meeting(meeting, path), repeat=30)
        with mock.patch("os.fsync", _no_fsync):
            write_cached = median_time(lambda: _bare_write_fsync(bare, data), repeat=30)
            save_cached = median_time(lambda: store.save_meeting(meeting, path), repeat=30)
        assert path.read_text(encoding="utf-8") == text

        dump = median_time(lambda: dump_toml(meeting), repeat=30)
        as_json = median_time(lambda: json.dumps(meeting.model_dump(mode="json")), repeat=30)

    return [
        Figure(
            f"load + validate a 2-hour meeting ({size})",
            load,
            "read + tomllib.loads",
            parse,
        ),
        Figure(
            f"save a 2-hour meeting ({size}), atomic and durable",
            save,
            "bare write + fsync",
            write,
            target=f"< {SAVE_TARGET_S * 1e3:.0f} ms",
            ok=save < SAVE_TARGET_S,
        ),
        Figure(
            f"save a 2-hour meeting ({size}), fsync skipped (the app's own work)",
            save_cached,
            "bare write, no fsync",
            write_cached,
            target=f"< {SAVE_TARGET_S * 1e3:.0f} ms",
            ok=save_cached < SAVE_TARGET_S,
        ),
        Figure(
            f"TOML dump of a 2-hour meeting ({size}), no disk",
            dump,
            "json.dumps of the same model",
            as_json,
        ),
    ]
