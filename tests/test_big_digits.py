"""The timekeeper view's five-row digits."""

from psg_tui.tui.widgets.big_digits import ROWS, big_text


def test_every_countdown_character_is_five_rows_and_lines_align() -> None:
    for value in ("0:00", "12:34", "+1:30", "+1:05:09", "56:78", "-9"):
        lines = big_text(value).split("\n")
        assert len(lines) == ROWS
        assert len({len(line) for line in lines}) == 1  # a clean block, nothing ragged


def test_digits_are_distinct() -> None:
    shapes = {big_text(d) for d in "0123456789"}
    assert len(shapes) == 10
