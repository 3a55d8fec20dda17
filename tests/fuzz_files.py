"""Seeded hostile meeting files for the fuzz test (tests/test_fuzz.py) and bench/.

Each case is the text of one meeting file made from a valid sample meeting by one or two
mutations of the kinds that made the app crash or misbehave (issue 11): nesting 500 deep,
year 9999 with a -12:00 offset, ``inf``/``1e308`` on a live timer, ``schema_version = 0``,
ESC/OSC sequences and other control characters, fields far over their caps, broken TOML,
stray bytes. The same seed gives the same files.
"""

from __future__ import annotations

import random
import re

ESCAPES = [
    "\x1b]0;pwned\x07",  # OSC: set the terminal title
    "\x1b[2J\x1b[H",  # clear the screen
    "\x1b[?1049l",  # leave the alternate screen
    "\x9b31m",  # C1 CSI
    "\x07\x08\x0c\x7f",
    "\x1b]8;;https://example.invalid\x1b\\link\x1b]8;;\x1b\\",
]

LIVE_TIMER = """
[live]
stage = "slots"

[live.timer]
kind = "slot"
index = 0
state = "running"
planned_seconds = {planned}
extended_seconds = {extended}
phase_planned_seconds = [{planned}, 60.0, 60.0]
phase_elapsed_seconds = [0.0, 0.0, 0.0]
running_since = {since}
"""


def _toml_escape(text: str) -> str:
    return "".join(c if c.isprintable() and c not in '"\\' else f"\\u{ord(c):04x}" for c in text)


def mutate(text: str, rng: random.Random) -> str:
    """One hostile variant of a valid meeting file's text."""
    kind = rng.randrange(16)
    lines = text.split("\n")
    if kind == 0:  # nesting far too deep
        depth = rng.choice([40, 200, 500, 2000])
        return text + "\nvenue = " + "[" * depth + "]" * depth + "\n"
    if kind == 1:  # the end of time, west of UTC
        moment = rng.choice(
            ["9999-12-31T23:30:00-12:00", "0001-01-01T00:10:00+14:00", "9999-12-31T23:59:59+00:00"]
        )
        text = re.sub(r"^date = .*$", lambda m: 'date = "9999-12-31"', text, count=1, flags=re.M)
        return text + f"\nstarted_at = {moment}\nended_at = {moment}\n"
    if kind == 2:  # a live timer with impossible numbers
        number = rng.choice(["inf", "-inf", "nan", "1e308", "1e20", "-5.0", "604801.0"])
        since = rng.choice(["2026-02-18T18:40:00+13:00", "9999-12-31T23:00:00-12:00"])
        text = re.sub(
            r"^status = .*$", lambda m: 'status = "in_progress"', text, count=1, flags=re.M
        )
        return text + LIVE_TIMER.format(planned=number, extended=number, since=since)
    if kind == 3:  # schema versions
        version = rng.choice(["0", "-1", "99", '"1"', "1.5", "true"])
        return re.sub(
            r"^schema_version = .*$",
            lambda m: f"schema_version = {version}",
            text,
            count=1,
            flags=re.M,
        )
    if kind == 4:  # an escape sequence in a text field (names, titles, notes)
        escape = _toml_escape(rng.choice(ESCAPES))
        targets = [
            i
            for i, line in enumerate(lines)
            if re.search(r'(name|title|summary|venue|group_name|notes|focus) = "', line)
        ]
        if targets:
            i = rng.choice(targets)
            lines[i] = lines[i].replace('= "', f'= "{escape}', 1)
        return "\n".join(lines)
    if kind == 5:  # a field far over its cap
        size = rng.choice([60_000, 300_000])
        filler = rng.choice(["a", "ZZZ1234 ", "word "]) * (size // 4)
        return text + f'\nconfidentiality_note = "{filler}"\n'
    if kind == 6:  # cut off anywhere
        return text[: rng.randrange(len(text))]
    if kind == 7:  # a line dropped
        if len(lines) > 2:
            del lines[rng.randrange(len(lines))]
        return "\n".join(lines)
    if kind == 8:  # a line repeated
        i = rng.randrange(len(lines))
        lines.insert(i, lines[i])
        return "\n".join(lines)
    if kind == 9:  # a number made huge, negative or a float
        value = rng.choice(["-1", "99999999999999999999", "1e308", "inf", "0", '"x"'])
        return re.sub(r"= \d+\s*$", lambda m: f"= {value}", text, count=1, flags=re.M)
    if kind == 10:  # a random character replaced (control characters included)
        i = rng.randrange(len(text))
        return (
            text[:i]
            + chr(rng.choice([0, 1, 0x1B, 0x7F, 0x85, 0x9B, ord('"'), ord("["), 0x2028]))
            + text[i + 1 :]
        )
    if kind == 11:  # a date made odd
        value = rng.choice(["2026-02-30", "1899-12-31", "3000-01-01", "2026-13-01", "12:00:00"])
        return re.sub(r"^date = .*$", lambda m: f"date = {value}", text, count=1, flags=re.M)
    if kind == 12:  # lists made huge
        people = ", ".join(
            f'{{ name = "P{n}", registration_number = "{n}" }}' for n in range(1, 700)
        )
        return re.sub(
            r"^attendees = \[", lambda m: f"attendees = [{people}, ", text, count=1, flags=re.M
        )
    if kind == 13:  # a time zone that is not one
        zone = rng.choice(["Mars/Olympus", "", "\\u001b[2J", "Etc/GMT+12", "UTC"])
        return text + f'\ntimezone = "{zone}"\n'
    if kind == 14:  # a registration number that is not one
        value = rng.choice(["12a", "", "1" * 40, "\\u001b]0;x\\u0007"])
        return re.sub(
            r'registration_number = "\d+"',
            lambda m: f'registration_number = "{value}"',
            text,
            count=1,
        )
    # two mutations at once
    return mutate(mutate(text, rng), rng)


def cases(samples: list[str], count: int, seed: int = 11) -> list[str]:
    """``count`` hostile variants of the sample meeting texts."""
    rng = random.Random(seed)
    return [mutate(rng.choice(samples), rng) for _ in range(count)]
