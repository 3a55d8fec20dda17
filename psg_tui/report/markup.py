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
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # markdown-it (~15 ms to import) loads when the first text is rendered
    from markdown_it import MarkdownIt
    from markdown_it.token import Token
    from markdown_it.utils import EnvType, OptionsDict

from psg_tui.core.words import printable

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
# A keycap (1️⃣, #️⃣): a digit, # or *, an optional presentation selector and U+20E3.
_KEYCAP = re.compile("([0-9#*])\ufe0f?\u20e3")


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
    their parts; flags become ``:flag NZ:``; keycaps ``:keycap 1:``.
    """
    if not text.isascii():
        text = _KEYCAP.sub(lambda m: f":keycap {m.group(1)}:", text)
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
    """Move typed headings below ``level`` and never let one skip a level: the first is
    one below the section's heading (an h1 or an h3 typed in a slot summary both become an
    h5 under its h4), and each one after goes at most one level deeper than the one before.
    A screen reader's heading list, and the PDF/UA structure tree, stay in order."""
    previous = level
    for token in tokens:
        if token.type == "heading_open":
            typed = int(token.tag[1])
            shifted = max(level + 1, min(previous + 1, typed + level, 6))
            token.tag = f"h{shifted}"
            previous = shifted
        elif token.type == "heading_close":
            token.tag = f"h{previous}"


@cache
def _parser() -> MarkdownIt:
    """The one shared parser: CommonMark plus tables and strikethrough, raw HTML off."""
    from markdown_it import MarkdownIt

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
    tokens = md.parse(describe_emoji(printable(text)))
    _shift_headings(md, tokens, heading_level)
    return md.renderer.render(tokens, md.options, {})


# -- the --format md output ------------------------------------------------------------

# Every ASCII character CommonMark (or GitHub's dialect) gives a meaning to, wherever it is.
# "&" too: an entity reference is text, but one viewer's entity is another's surprise.
_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]<>#+|!~&])")
# A line that starts like a list item, a thematic break or a setext underline: escape it.
_LINE_START_SPECIALS = re.compile(r"^(\s*)(\d*)([-=.)])")


def escape_markdown(text: str) -> str:
    """A plain field (a name, a title, a venue) as literal Markdown text.

    Backslash-escapes every character Markdown gives a meaning to, so ``*Mr X*`` stays as
    typed and ``<img ...>`` is text, not HTML, in any Markdown viewer. Newlines become spaces:
    a plain field is one line. Control and bidi characters are removed.
    """
    text = " ".join(printable(text).split())
    text = _MARKDOWN_SPECIALS.sub(r"\\\1", text)
    return _LINE_START_SPECIALS.sub(lambda m: f"{m.group(1)}{m.group(2)}\\{m.group(3)}", text)


_LIST_ITEM = re.compile(r"^\s*(?:([-*+])|(\d{1,9})[.)])\s+(.*)$")
_TYPED_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_QUOTE = re.compile(r"^\s{0,3}>\s?(.*)$")


def neutralise_markdown(text: str) -> str:
    """The note taker's notes written out as Markdown that is safe in any viewer.

    Written from the text itself, line by line, never from a parser's reading of it (a viewer
    that reads an unbalanced backtick or a fence differently from ours must still find
    nothing to run or load): every character Markdown gives a meaning to is escaped, so
    there is no raw HTML, no image, no link, no code span and no fenced block. What is
    kept is the shape: paragraphs (blank lines), line breaks, list items (``- `` and
    ``1. ``), quotes; a typed heading becomes a bold line (the document's own headings give
    the outline). Leading spaces go (no indented code). Control and bidi characters go.
    """
    blocks: list[tuple[str, str]] = []  # (kind, Markdown line); kind "" is a blank line
    for line in printable(text).split("\n"):
        if not line.strip():
            blocks.append(("", ""))
            continue
        item = _LIST_ITEM.match(line)
        heading = _TYPED_HEADING.match(line)
        quote = _QUOTE.match(line)
        if item:
            marker = f"{item.group(2)}." if item.group(2) else "-"
            blocks.append(("item", f"{marker} {escape_markdown(item.group(3))}".rstrip()))
        elif heading and heading.group(1).strip():
            blocks.append(("heading", f"**{escape_markdown(heading.group(1))}**"))
        elif quote:
            blocks.append(("quote", f"> {escape_markdown(quote.group(1))}".rstrip()))
        else:
            blocks.append(("text", escape_markdown(line)))
    lines: list[str] = []
    for index, (kind, line) in enumerate(blocks):
        after = blocks[index + 1][0] if index + 1 < len(blocks) else ""
        if kind in ("text", "quote") and after == kind and not line.endswith("\\"):
            # A line break typed inside a paragraph stays one (CommonMark's hard break).
            line += "\\"
        lines.append(line)
        if kind and after and after != kind:
            lines.append("")  # a new kind of block: never a lazy continuation of the last
        elif kind == "heading" and after:
            lines.append("")
    return "\n".join(lines).strip("\n")
