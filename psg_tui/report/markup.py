"""Safe markup for the notes, shared by the HTML and Markdown views of a meeting record:
Markdown -> HTML for the PDF, and escaping and disarming for the ``--format md`` output.

The note taker types Markdown (lists, emphasis, tables) into summaries, takeaways and
reflections. Whatever they type, the PDF must show it as text and never as markup that
fetches or injects anything:

- raw HTML is off, so ``<style>`` or ``<img src=...>`` is shown as the characters typed;
- an image is shown as its alt text (nothing is ever loaded);
- a link is shown as its text followed by the address in brackets, not as a live link, so a
  verifier sees where it points and nothing in the PDF opens a connection;
- headings typed inside a summary are moved below the heading of the section they sit in, so
  the document outline (and the PDF/UA structure tree) stays in order;
- emoji are written out by name (``:slightly smiling face:``): the PDF's font, DejaVu, has no
  emoji, and an empty box would tell a verifier nothing (see :func:`describe_emoji`).

No textual and no weasyprint here: this module is cheap to import.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache
from html import escape
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict

__all__ = [
    "describe_emoji",
    "escape_markdown",
    "markdown_to_html",
    "neutralise_markdown",
]


# Pictographs, emoticons, transport, flags and the rest live from U+1F000 up. Below that,
# DejaVu covers most symbols (stars, arrows, hearts) but not the ones Unicode shows as emoji
# by default (Emoji_Presentation=Yes in emoji-data.txt), listed here.
_BMP_EMOJI = (
    "\u231a\u231b\u23e9-\u23ec\u23f0\u23f3\u25fd\u25fe\u2614\u2615\u2648-\u2653"
    "\u267f\u2693\u26a1\u26aa\u26ab\u26bd\u26be\u26c4\u26c5\u26ce\u26d4\u26ea"
    "\u26f2\u26f3\u26f5\u26fa\u26fd\u2705\u270a\u270b\u2728\u274c\u274e"
    "\u2753-\u2755\u2757\u2795-\u2797\u27b0\u27bf\u2b1b\u2b1c\u2b50\u2b55"
)
_EMOJI = re.compile(
    "([\U0001f1e6-\U0001f1ff]{2})"  # a flag: two regional indicator letters
    f"|([\U0001f000-\U0001faff{_BMP_EMOJI}])"  # one pictograph
    "[\U0001f3fb-\U0001f3ff\ufe0e\ufe0f]*"  # its skin tone and presentation selectors
)
_JOINER = re.compile("(?<=:)\u200d(?=:)")


def _emoji_name(match: re.Match[str]) -> str:
    flag = match.group(1)
    if flag:
        letters = "".join(chr(ord(ch) - 0x1F1E6 + ord("A")) for ch in flag)
        return f":flag {letters}:"
    return f":{unicodedata.name(match.group(2), 'emoji').lower()}:"


def describe_emoji(text: str) -> str:
    """Write emoji out as their Unicode names: ``🙂`` -> ``:slightly smiling face:``.

    DejaVu (the PDF's font, installed everywhere psg-tui runs) has no emoji glyphs, so an
    emoji would print as an empty box and extract as nothing useful. Its name reads the same
    on every machine, in print and to a screen reader. Joined sequences become the names of
    their parts; flags become ``:flag NZ:``.
    """
    if not text.isascii():
        text = _EMOJI.sub(_emoji_name, text)
        text = _JOINER.sub("", text).replace(":\u200d", ":")
    return text


def _render_image(
    self: Any, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    """An image becomes its alt text: the PDF never loads a picture from anywhere."""
    token = tokens[idx]
    alt = self.renderInlineAsText(token.children or [], options, env)
    return f'<span class="image-alt">[image: {escape(alt)}]</span>' if alt else ""


def _render_link_open(
    self: Any, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    """A link starts as a plain span: no href, so nothing in the PDF points anywhere live."""
    return '<span class="link">'


def _render_link_close(
    self: Any, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    """Close the span and show the address, unless the text already is the address."""
    # Find the matching link_open to read its href and the text between them.
    depth = 0
    for back in range(idx - 1, -1, -1):
        token = tokens[back]
        if token.type == "link_close":
            depth += 1
        elif token.type == "link_open":
            if depth == 0:
                href = str(token.attrGet("href") or "")
                text = "".join(t.content for t in tokens[back + 1 : idx] if t.type == "text")
                shown = href.removeprefix("mailto:")
                if href and shown != text and href != text:
                    return f'</span> <span class="link-target">({escape(href)})</span>'
                return "</span>"
            depth -= 1
    return "</span>"


def _shift_headings(md: MarkdownIt, tokens: list[Token], level: int) -> None:
    """Move typed headings below ``level`` (an h1 in a slot summary becomes an h4)."""
    for token in tokens:
        if token.type in ("heading_open", "heading_close"):
            typed = int(token.tag[1])
            token.tag = f"h{min(6, typed + level)}"


@cache
def _parser() -> MarkdownIt:
    """The one shared parser: CommonMark plus tables and strikethrough, raw HTML off."""
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.add_render_rule("image", _render_image)
    md.add_render_rule("link_open", _render_link_open)
    md.add_render_rule("link_close", _render_link_close)
    return md


def markdown_to_html(text: str, *, heading_level: int = 3) -> str:
    """Render the note taker's Markdown as safe HTML for the PDF.

    ``heading_level`` is the level of the heading the text sits under; headings typed in the
    text are pushed below it. Empty text gives an empty string.
    """
    if not text.strip():
        return ""
    md = _parser()
    tokens = md.parse(describe_emoji(text))
    _shift_headings(md, tokens, heading_level)
    return md.renderer.render(tokens, md.options, {})


# -- the --format md output ------------------------------------------------------------

_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]<>#+|!~])")
# A plain field that starts like a list item or a setext underline: escape the marker.
_LINE_START_SPECIALS = re.compile(r"^(\s*)(\d*)([-=.)])")


def escape_markdown(text: str) -> str:
    """A plain field (a name, a title, a venue) as literal Markdown text.

    Backslash-escapes every character Markdown gives a meaning to, so ``*Mr X*`` stays as
    typed and ``<img ...>`` is text, not HTML, in any Markdown viewer. Newlines become spaces:
    a plain field is one line.
    """
    text = " ".join(text.split())
    text = _MARKDOWN_SPECIALS.sub(r"\\\1", text)
    return _LINE_START_SPECIALS.sub(lambda m: f"{m.group(1)}{m.group(2)}\\{m.group(3)}", text)


_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.DOTALL)


def neutralise_markdown(text: str) -> str:
    """The note taker's Markdown, kept as Markdown but made safe to open in any viewer.

    Raw HTML is disarmed (``<`` becomes ``\\<``) and images become plain links (``![`` becomes
    ``!\\[``... in effect: a viewer shows a link, never loads a picture). Code spans and fenced
    code blocks are left alone: a viewer already shows them as typed.
    """
    out: list[str] = []
    fence: str | None = None
    for line in text.split("\n"):
        opening = _FENCE.match(line)
        if fence is not None:
            out.append(line)
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            continue
        if opening:
            fence = opening.group(1)
            out.append(line)
            continue
        out.append(_neutralise_line(line))
    return "\n".join(out)


def _neutralise_line(line: str) -> str:
    pieces: list[str] = []
    last = 0
    for span in _CODE_SPAN.finditer(line):
        pieces.append(_disarm(line[last : span.start()]))
        pieces.append(span.group(0))
        last = span.end()
    pieces.append(_disarm(line[last:]))
    return "".join(pieces)


_ANGLE = re.compile(r"(\\*)<")


def _disarm(fragment: str) -> str:
    # "\<" is a literal "<" in every CommonMark viewer: no HTML element can start. An even
    # run of backslashes before "<" escapes only itself, so it gets one more.
    fragment = _ANGLE.sub(
        lambda m: m.group(1) + ("\\" if len(m.group(1)) % 2 == 0 else "") + "<", fragment
    )
    # "!\[" turns an image into a "!" followed by a link: nothing is loaded.
    return fragment.replace("![", "!\\[")
