"""The confidentiality guard: find patient identifiers before the notes leave the group.

The guidance is firm: the notes are a brief summary fit to show a verifier, and must not
breach the privacy of patients or group members. This module scans every free-text field of
a :class:`~psg_tui.core.models.Meeting` and reports what looks like an identifier:

- ``nhi``: a National Health Index number, old format ``AAANNNC`` (check digit, modulus 11)
  or new format ``AAANNAX`` (check letter, modulus 23, HISO 10046:2023; the older modulus 24
  rule is superseded). Letters I and O are never used. The check character must be right,
  so a random seven-character word is not flagged.
- ``nhi_test``: the same, starting with Z (the range reserved for testing).
- ``dob``: a date after a date-of-birth cue ("DOB 3/4/1956", "born 12 March 1956").
- ``phone``: a New Zealand mobile (02x) or landline (03, 04, 06, 07, 09) number, or +64.
- ``email``: an email address.
- ``address``: a street address ("14 Kōwhai Street").
- ``named_person``: a title and a surname ("Mrs Patel", "Mr J. Smith").
- ``person_name``: a plain personal name ("John Smith", "Aroha Ngata's"; a first name alone
  only with context: "pt Aroha"), with a confidence (see :mod:`psg_tui.core.names`).

Precision matters as much as recall (a guard that cries wolf gets switched off), so:
dates are flagged only after a birth cue (the meeting's own dates never are), numbers need
a phone prefix and length (drug doses, reference years and registration numbers never
match), text inside a URL or DOI is skipped, a title with an initial only ("Mrs P", the
usual way to de-identify) is not a named person, and the names and registration numbers
of the meeting's attendees (and of the group's members) are allowed. A group may keep its
own list of terms that are not identifiers (``not_identifiers`` in group.toml), and a
meeting its own (the texts dismissed "for this meeting", ``dismissed_findings`` in the
meeting file): both silence name and address findings, by one rule (:func:`scan_text`),
never an NHI, phone, email or date-of-birth finding.

Pure: no textual, no weasyprint. Fast: a 2-hour meeting's notes (30 KB) scan in a few
milliseconds, a few times one plain regex pass (see ``bench/bench_privacy.py``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from psg_tui.core.models import Group, Meeting, PrivacyAcknowledgement
from psg_tui.core.names import CONFIDENCE_WORDS, HIGH, find_names, mask_name

# -- kinds --------------------------------------------------------------------------------

KIND_LABELS: dict[str, str] = {
    "nhi": "NHI number",
    "nhi_test": "test NHI number",
    "dob": "date of birth",
    "phone": "phone number",
    "email": "email address",
    "address": "street address",
    "named_person": "named person",
    "person_name": "person's name",
}
"""Every kind of finding, in report order, with its wording for people."""

KINDS: tuple[str, ...] = tuple(KIND_LABELS)
"""Every kind of finding, in report order."""

_PLURALS = {
    "nhi": "NHI numbers",
    "nhi_test": "test NHI numbers",
    "dob": "dates of birth",
    "phone": "phone numbers",
    "email": "email addresses",
    "address": "street addresses",
    "named_person": "named people",
    "person_name": "people's names",
}

PROTECTED_KINDS = frozenset({"nhi", "nhi_test", "phone", "email", "dob"})
"""Kinds a group's "not an identifier" list never silences: dismissed per meeting only."""

# When two findings overlap, the one whose kind comes first here wins ("14 Kowhai Dr
# Hamilton" is an address, not a Dr Hamilton; an NHI inside an email is reported once).
_PRIORITY = {
    kind: rank
    for rank, kind in enumerate(
        ("nhi", "nhi_test", "email", "dob", "phone", "address", "named_person", "person_name")
    )
}


class TextMatch(NamedTuple):
    """One finding inside one piece of text (what :func:`scan_text` returns)."""

    kind: str
    """One of :data:`KINDS`."""
    line: int
    """1-based line within the text."""
    column: int
    """1-based column (characters) within that line."""
    start: int
    """Offset of the first character in the text."""
    end: int
    """Offset just past the last character."""
    excerpt: str
    """The text around the finding with every identifier in it masked."""
    confidence: str = HIGH
    """"high", "medium" or "low": how sure the check is (names vary; patterns are "high")."""


@dataclass(frozen=True)
class Finding:
    """One possible identifier in one field of a meeting (what :func:`scan_meeting` returns)."""

    kind: str
    """One of :data:`KINDS`: "nhi", "nhi_test", "dob", "phone", "email", "address" or
    "named_person"."""
    where: str
    """Where, for people: "slot 2 (Deprescribing in …): summary", "meeting summary"."""
    field: str
    """Path into the Meeting model: "slots.1.summary", "check_in.0.notes", "summary"."""
    line: int
    """1-based line within that field's text."""
    column: int
    """1-based column (characters) within that line."""
    excerpt: str
    """Masked excerpt, e.g. "…patient NHI ZZZ00**, seen…" (never the full identifier)."""
    start: int = 0
    """Offset of the finding in the field's text (to select it in an editor)."""
    end: int = 0
    """Offset just past the finding in the field's text."""
    confidence: str = HIGH
    """"high", "medium" or "low" (a person's name varies; the other kinds are "high")."""

    @property
    def label(self) -> str:
        """The kind in words: "NHI number", "date of birth", ..."""
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def headline(self) -> str:
        """What the finding is, for people: the kind, or for a plain name the confidence in
        words ("looks like a person's name")."""
        if self.kind == "person_name":
            return CONFIDENCE_WORDS.get(self.confidence, self.label)
        return self.label

    def to_dict(self) -> dict[str, object]:
        """A plain dict for JSON output."""
        return {
            "kind": self.kind,
            "label": self.label,
            "where": self.where,
            "field": self.field,
            "line": self.line,
            "column": self.column,
            "excerpt": self.excerpt,
            "confidence": self.confidence,
        }


# -- NHI ----------------------------------------------------------------------------------

_NHI_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
"""NHI letters with their values: A=1 ... Z=24 (I and O are never used)."""
_NHI_VALUE = {letter: value for value, letter in enumerate(_NHI_ALPHABET, start=1)}
_NHI_VALUE.update({str(digit): digit for digit in range(10)})


def nhi_is_valid(nhi: str) -> bool:
    """Whether ``nhi`` (seven characters, any case) is a well-formed NHI with the right check.

    Old format AAANNNC: the weighted sum (weights 7..2) of the first six characters, modulo
    11, must not be 0; the check digit is (11 - remainder) mod 10. New format AAANNAX
    (HISO 10046:2023): the weighted sum modulo 23; the check letter has value 23 - remainder.
    """
    nhi = nhi.upper()
    if len(nhi) != 7 or not all(c in _NHI_VALUE for c in nhi):
        return False
    letters, digits, tail = nhi[:3], nhi[3:5], nhi[5:]
    if not letters.isalpha() or not digits.isdigit():
        return False
    total = sum(_NHI_VALUE[c] * weight for c, weight in zip(nhi[:6], range(7, 1, -1), strict=True))
    if tail.isdigit():
        remainder = total % 11
        return remainder != 0 and (11 - remainder) % 10 == _NHI_VALUE[tail[1]]
    if tail.isalpha():
        return 23 - total % 23 == _NHI_VALUE[tail[1]]
    return False


_NHI_LETTER = "[A-HJ-NP-Za-hj-np-z]"
_NHI_LETTERS = frozenset(_NHI_ALPHABET + _NHI_ALPHABET.lower())
# The search starts on the digits, the rarest part of an NHI in prose, so the regex engine
# can skip through letters quickly; the three letters before are checked in Python.
_NHI_TAIL_RE = re.compile(rf"[0-9][0-9](?:[0-9][0-9]|{_NHI_LETTER}{{2}})(?![^\W_])")
_NHI_CUE_RE = re.compile(r"\bnhi\b", re.IGNORECASE)
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
# Capitals and a number that notes use every day: currencies ("NZD 1200"), health-system
# acronyms ("NHS 2000", "RCT 2500"), formularies and guideline bodies. Written with a space,
# these are prose; written "NZD1200" they are still checked.
_SPACED_ACRONYMS = (
    "NZD AUD USD GBP EUR CAD FJD WST NHS RCT DHB PHA ACC GST CPD EMA FDA NZF BNF ESC ADA AHA "
    "BMJ NPS CKD PSA ECG EEG CRP HDL LDL ALT AST GGT TSH INR FBC"
)
_SPACED_NOT_NHI = frozenset(_SPACED_ACRONYMS.split())


def _nhi_matches(text: str) -> Iterator[tuple[str, int, int]]:
    for found in _NHI_TAIL_RE.finditer(text):
        digits_at = found.start()
        # Most four-digit numbers are doses and years after a space: reject them cheaply.
        before = text[digits_at - 1] if digits_at else ""
        if before in _NHI_LETTERS:
            separator = ""
        elif before in (" ", "-"):
            separator = before
        else:
            continue
        start = digits_at - len(separator) - 3
        letters = text[start : digits_at - len(separator)] if start >= 0 else ""
        if (
            len(letters) != 3
            or not all(c in _NHI_LETTERS for c in letters)
            or (start and text[start - 1].isalnum())
        ):
            continue
        rest = found.group()
        if not nhi_is_valid(letters + rest):
            continue
        if separator:
            # "ABC 1234" is an NHI written with a space, but "was 1400", "NZD 1200" and
            # "ESC 2021" are prose and references: without "NHI" just before it, a spaced
            # form needs capitals, no common acronym, and no year.
            cued = _NHI_CUE_RE.search(text, max(0, start - 20), start) is not None
            if not cued and (
                not letters.isupper() or letters in _SPACED_NOT_NHI or _YEAR_RE.fullmatch(rest)
            ):
                continue
        kind = "nhi_test" if letters[0] in "Zz" else "nhi"
        yield kind, start, found.end()


def _mask_nhi(text: str, kind: str) -> str:
    # A test NHI is nobody's: show enough to recognise it. A real one keeps its letters only.
    keep = 5 if kind == "nhi_test" else 3
    out, seen = [], 0
    for char in text:
        if char.isalnum():
            out.append(char.upper() if seen < keep else "*")
            seen += 1
        else:
            out.append(char)
    return "".join(out)


# -- dates of birth -----------------------------------------------------------------------

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DATE = (
    r"(?:[0-9]{1,2}[/.-][0-9]{1,2}[/.-](?:[0-9]{4}|[0-9]{2})"  # 3/4/1956, 03-04-56
    r"|(?:19|20)[0-9][0-9]-[0-9]{1,2}-[0-9]{1,2}"  # 1956-04-03
    # 12 March 1956, 3-Apr-56
    rf"|[0-9]{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?[\s-]+{_MONTH}\.?,?[\s-]+(?:[0-9]{{4}}|[0-9]{{2}})"
    rf"|{_MONTH}\.?\s+[0-9]{{1,2}}(?:st|nd|rd|th)?,?\s+[0-9]{{4}}"  # March 12, 1956
    rf"|{_MONTH}\.?,?\s+(?:19|20)[0-9][0-9])"  # March 1956
    # A year alone ("born in 1938") is not flagged: a year of birth does not identify anyone
    # (HIPAA's safe harbour keeps it too), and "the service was born in 2019" is prose.
)
_DOB_RE = re.compile(
    r"\b(?:d\.?\s?o\.?\s?b(?![a-z])\.?|d/o/b\b|date\s+of\s+birth|birth\s?date|birthday|born"
    # Short forms note takers use: "b. 3/4/52", "b: 03.04.52" (a bare "b" is not a cue).
    r"|b(?=[.:])\.?:?)"
    r"(?:\s*[:=-]\s*|\s+(?:on|in|is|was)\s+|\s*)"
    rf"{_DATE}(?![\w/])",
    re.IGNORECASE,
)


_DOB_CUES = ("dob", "d.o.b", "d. o. b", "d/o/b", "date", "birth", "born", "b.", "b:")


def _dob_matches(text: str) -> Iterator[tuple[str, int, int]]:
    # Find the cues with str.find (fast) and try the pattern only there.
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer: rare
        yield from (("dob", m.start(), m.end()) for m in _DOB_RE.finditer(text))
        return
    starts = set()
    for cue in _DOB_CUES:
        at = lowered.find(cue)
        while at != -1:
            starts.add(at)
            at = lowered.find(cue, at + 1)
    for at in sorted(starts):
        found = _DOB_RE.match(text, at)
        if found:
            yield "dob", found.start(), found.end()


def _mask_digits(text: str) -> str:
    return re.sub(r"\d", "*", text)


# -- phone numbers ------------------------------------------------------------------------

_INTL = r"\+\s?64[\s-]?(?:\(0\)[\s-]?)?"
_NOT_BEFORE_PHONE = frozenset("./+-_")
_PHONE_RE = re.compile(
    rf"(?:{_INTL}|\(0|0)(?:"
    r"2[0-9]\)?[\s-]?[0-9](?:[\s-]?[0-9]){5,7}"  # mobile: 02x + 6 to 8 digits
    r"|[34679]\)?[\s-]?[0-9]{3}[\s-]?[0-9]{4}"  # landline: 0A + 7 digits
    r")(?![\w/])"
)
"""Mobile (020-029) and landline (03, 04, 06, 07, 09) numbers, national or +64. Freephone
0800 and 0508 numbers belong to services (Healthline), not people, and are not matched."""


def _mask_phone(text: str) -> str:
    digits = re.sub(r"\D", "", text)
    international = digits.startswith("64") and "+" in text
    national = digits[2:] if international else digits[1:]
    # Keep the prefix (+64 / 0, then the mobile or area code): the rest is the person's.
    keep = (2 if international else 1) + (2 if national.startswith("2") else 1)
    out, seen = [], 0
    for char in text:
        if char.isdigit():
            out.append(char if seen < keep else "*")
            seen += 1
        else:
            out.append(char)
    return "".join(out)


# -- email --------------------------------------------------------------------------------

_EMAIL_RE = re.compile(
    r"(?<![\w.+-])[\w.+-]+@[^\W_](?:[\w-]*[^\W_])?(?:\.[^\W_](?:[\w-]*[^\W_])?)*\.[^\W\d_]{2,}\b"
)


# Role addresses of organisations ("info@bpac.org.nz" for a resource) name nobody.
_ROLE_NAMES = (
    "info enquiries enquiry admin support contact hello office reception help feedback "
    "noreply no-reply orders editor"
)
_ROLE_MAILBOXES = frozenset(_ROLE_NAMES.split())


def _is_role_mailbox(address: str) -> bool:
    return address.partition("@")[0].casefold() in _ROLE_MAILBOXES


def _mask_email(text: str) -> str:
    local, _, domain = text.partition("@")
    first, dot, rest = domain.partition(".")
    return f"{local[:1]}***@{first[:1]}***{dot}{rest}"


# -- street addresses ---------------------------------------------------------------------

_UPPER = "A-ZĀĒĪŌŪ"
_LOWER = "a-zāēīōū"
# A capitalised name: Patel, McAllister, O'Brien, Kōwhai, Smith-Jones.
_NAME_WORD = (
    rf"[{_UPPER}](?:['’][{_UPPER}])?[{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?"
    rf"(?:-[{_UPPER}][{_LOWER}]+)?"
)
_STREET_TYPE = (
    r"(?:Street|St|Road|Rd|Avenue|Ave|Drive|Dr|Place|Pl|Crescent|Cres|Terrace|Tce|Lane|Ln"
    r"|Way|Grove|Close|Court|Ct|Parade|Pde|Highway|Hwy|Boulevard|Blvd|Quay|Rise|Square|Sq"
    r"|Esplanade|Mews|Glade|Heights|Hts|Row|Track|Loop|Strand|Promenade|Walk)"
)
_NOT_BEFORE_ADDRESS = frozenset("./,-_")
# Possessive quantifiers (++, ?+): a house number never gives back digits, so a failed
# attempt at "500 mg" costs a few steps instead of a round of backtracking.
_ADDRESS_RE = re.compile(
    rf"[0-9]{{1,5}}+[A-Za-z]?+(?:/[0-9]{{1,5}}+[A-Za-z]?+)?+,?+[ \t]++"
    rf"(?:{_NAME_WORD}[ \t]+){{1,3}}{_STREET_TYPE}\b\.?"
)


def _mask_address(text: str) -> str:
    words = text.split(" ")
    out = []
    for index, word in enumerate(words):
        if index == len(words) - 1 or not word[:1].isalpha():
            out.append(_mask_digits(word))
        else:
            out.append(word[:1] + "*" * (len(word) - 1))
    return " ".join(out)


# -- named people -------------------------------------------------------------------------

_NAMED_RE = re.compile(
    rf"(?:Mrs|Mr|Ms|Miss|Mx|Dr)\b\.?[ \t]+((?:[{_UPPER}](?:\.[ \t]*|[ \t]+)){{0,3}}"
    rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)(?!\w)"
)
_TITLES = ("Mr", "Ms", "Miss", "Mx", "Dr")
_NOTHING: frozenset[str] = frozenset()
# Not people: a generics maker pharmacists name every day.
_NOT_PEOPLE = frozenset({"reddy", "reddys"})


def _mask_named(text: str) -> str:
    title, _, name = text.partition(" ")
    words = [
        word if len(word.rstrip(".")) == 1 else word[:1] + "*" * (len(word) - 1)
        for word in name.split(" ")
    ]
    return " ".join([title, *words])


# -- URLs and DOIs (skipped) --------------------------------------------------------------

_LINK_RE = re.compile(r"://|^(?:\W*)(?:www\.|doi:)|(?:^|\W)10\.\d{4,9}/", re.IGNORECASE)
"""A link or a DOI in a reference: its digits and letters are not people's."""
_TOKEN_LIMIT = 300


def _in_link(text: str, start: int, end: int) -> bool:
    """Whether [start, end) lies in a white-space-free token that is a link or a DOI."""
    lo = start
    while lo > 0 and start - lo < _TOKEN_LIMIT and not text[lo - 1].isspace():
        lo -= 1
    hi = end
    while hi < len(text) and hi - end < _TOKEN_LIMIT and not text[hi].isspace():
        hi += 1
    # Slice rather than search(text, lo, hi): "^" would not match at lo.
    return _LINK_RE.search(text[lo:hi]) is not None


# -- scanning -----------------------------------------------------------------------------

_MASKERS = {
    "nhi": lambda s: _mask_nhi(s, "nhi"),
    "nhi_test": lambda s: _mask_nhi(s, "nhi_test"),
    "dob": _mask_digits,
    "phone": _mask_phone,
    "email": _mask_email,
    "address": _mask_address,
    "named_person": _mask_named,
    "person_name": mask_name,
}

_CONTEXT = 20
"""Characters of context either side of a finding in its excerpt."""

Raw = tuple[str, int, int, str]
"""A finding before it is placed: kind, start, end, confidence."""


def _normalise(value: str) -> str:
    return "".join(c for c in value.casefold() if c.isalnum())


@functools.lru_cache(maxsize=32)
def _allow_sets(allow: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """Whole allowed values, and the words of them (for surnames), normalised."""
    values = frozenset(_normalise(a) for a in allow)
    words = frozenset(_normalise(w) for a in allow for w in re.split(r"[\s.]+", a) if len(w) > 1)
    return values, words


@functools.lru_cache(maxsize=32)
def _term_set(terms: tuple[str, ...]) -> frozenset[str]:
    return frozenset(t for t in (_normalise(term) for term in terms) if t)


def _named_words(matched: str) -> list[str]:
    name = _NAMED_RE.match(matched)
    return name.group(1).replace(".", " ").split() if name else []


def _allowed(
    kind: str, matched: str, allow_values: frozenset[str], allow_words: frozenset[str]
) -> bool:
    if kind == "named_person":
        words = _named_words(matched)
        surname = _normalise(words[-1]) if words else ""
        return surname in allow_words
    if kind == "person_name":
        # An attendee's or member's own name: the whole name, or every word of it ("Aroha"
        # alone, "Aroha Ngata"); a stranger who shares a surname is still flagged.
        words = [_normalise(w) for w in matched.split()]
        return _normalise(matched) in allow_values or all(
            w in allow_words for w in words if len(w) > 1
        )
    return _normalise(matched) in allow_values


def _exempt(kind: str, matched: str, terms: frozenset[str]) -> bool:
    """Whether the group's "not an identifier" list covers this finding (never a protected
    kind)."""
    if kind in PROTECTED_KINDS:
        return False
    if _normalise(matched) in terms:
        return True
    if kind == "named_person":
        return _normalise(" ".join(_named_words(matched))) in terms
    return False


def _not_after(text: str, start: int, forbidden: frozenset[str]) -> bool:
    """Whether the character before ``start`` is neither a letter or digit nor forbidden."""
    if start == 0:
        return True
    before = text[start - 1]
    return not before.isalnum() and before not in forbidden


def _raw_matches(text: str, kinds: Collection[str]) -> list[Raw]:
    # Each search starts on a character that is rare in prose (a digit, "+", "@", a title's
    # capital), so the regex engine skips through most of the text; what comes before the
    # match is checked here rather than with a look-behind, which would defeat that skip.
    found: list[Raw] = []
    if "nhi" in kinds or "nhi_test" in kinds:
        found.extend((k, s, e, HIGH) for k, s, e in _nhi_matches(text) if k in kinds)
    if "email" in kinds and "@" in text:
        found.extend(
            ("email", m.start(), m.end(), HIGH)
            for m in _EMAIL_RE.finditer(text)
            if not _is_role_mailbox(m.group())
        )
    if "dob" in kinds:
        found.extend((k, s, e, HIGH) for k, s, e in _dob_matches(text))
    if "phone" in kinds:
        found.extend(
            ("phone", m.start(), m.end(), HIGH)
            for m in _PHONE_RE.finditer(text)
            if _not_after(text, m.start(), _NOT_BEFORE_PHONE)
        )
    if "address" in kinds:
        found.extend(
            ("address", m.start(), m.end(), HIGH)
            for m in _ADDRESS_RE.finditer(text)
            if _not_after(text, m.start(), _NOT_BEFORE_ADDRESS)
        )
    if "named_person" in kinds and any(title in text for title in _TITLES):
        found.extend(
            ("named_person", m.start(), m.end(), HIGH)
            for m in _NAMED_RE.finditer(text)
            if _not_after(text, m.start(), _NOTHING)
            and _normalise(m.group(1).split()[-1]) not in _NOT_PEOPLE
        )
    if "person_name" in kinds:
        found.extend(("person_name", m.start, m.end, m.confidence) for m in find_names(text))
    return found


def _resolve_overlaps(found: list[Raw]) -> list[Raw]:
    """Drop findings that overlap a stronger one; the rest, in order of position."""
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Raw] = []
    for item in sorted(found, key=lambda f: (_PRIORITY[f[0]], f[1] - f[2], f[1])):
        start, end = item[1], item[2]
        # Kept spans never overlap, so their starts and ends are both in order.
        at = bisect.bisect_right(starts, start)
        if (at and ends[at - 1] > start) or (at < len(starts) and starts[at] < end):
            continue
        starts.insert(at, start)
        ends.insert(at, end)
        kept.insert(at, item)
    return kept


def scan_text(
    text: str,
    *,
    allow: Collection[str] = (),
    kinds: Collection[str] = KINDS,
    not_identifiers: Collection[str] = (),
) -> list[TextMatch]:
    """Every possible identifier in ``text``, in order of position.

    ``allow`` holds values that are known not to be private: the attendees' registration
    numbers and names. A finding whose value equals one (ignoring case, spaces and
    punctuation) is dropped, and so is a named person whose surname is a word of one, and a
    plain name all of whose words are words of them.
    ``kinds`` limits the scan (a venue is meant to be an address, so it skips "address").
    ``not_identifiers``: the group's own list and the meeting's dismissed texts
    (:func:`meeting_not_identifiers`); a name or address finding whose text equals a term
    is dropped (never an NHI, phone, email or date of birth: :data:`PROTECTED_KINDS`).
    """
    if not text:
        return []
    found = _raw_matches(text, kinds)
    if not found:
        return []
    # An email address may well sit in a mailto: link; nothing else in a link is a person's.
    found = [f for f in found if f[0] == "email" or not _in_link(text, f[1], f[2])]
    if allow:
        values, words = _allow_sets(tuple(allow))
        found = [f for f in found if not _allowed(f[0], text[f[1] : f[2]], values, words)]
    if not_identifiers and found:
        terms = _term_set(tuple(not_identifiers))
        found = [f for f in found if not _exempt(f[0], text[f[1] : f[2]], terms)]
    if not found:
        return []
    found = _resolve_overlaps(found)
    line_starts = [0]
    at = text.find("\n")
    while at != -1:
        line_starts.append(at + 1)
        at = text.find("\n", at + 1)
    starts = [f[1] for f in found]
    ends = [f[2] for f in found]
    results = []
    for kind, start, end, confidence in found:
        line = bisect.bisect_right(line_starts, start)
        line_start = line_starts[line - 1]
        line_end = line_starts[line] - 1 if line < len(line_starts) else len(text)
        column = start - line_start + 1
        excerpt = _excerpt(text, start, end, line_start, line_end, found, starts, ends)
        results.append(TextMatch(kind, line, column, start, end, excerpt, confidence))
    return results


def _excerpt(
    text: str,
    start: int,
    end: int,
    line_start: int,
    line_end: int,
    spans: list[Raw],
    starts: list[int],
    ends: list[int],
) -> str:
    """The line around [start, end), with every finding in it (not only this one) masked.

    ``spans`` are in order and never overlap; ``starts`` and ``ends`` are their offsets.
    ``line_start`` and ``line_end`` bound the finding's line (found once for the whole
    text: searching for them here would read back to the start of a long line for every
    finding, and one long field with many findings would take quadratic time).
    """
    lo, hi = max(line_start, start - _CONTEXT), min(line_end, end + _CONTEXT)
    # Never cut through another identifier: widen the window over any span it touches.
    first = bisect.bisect_right(ends, lo)
    if first < len(spans) and starts[first] < lo:
        lo = starts[first]
    last = bisect.bisect_left(starts, hi) - 1
    if last >= 0 and ends[last] > hi:
        hi = ends[last]
    # Start and end on a word boundary where there is one near.
    if lo > line_start:
        space = text.find(" ", lo, start)
        lo = space + 1 if space != -1 else lo
    if hi < line_end:
        space = text.rfind(" ", end, hi)
        hi = space if space != -1 else hi
    out, cursor = [], lo
    for kind, s, e, _confidence in spans[
        bisect.bisect_right(ends, lo) : bisect.bisect_left(starts, hi)
    ]:
        out.append(text[cursor:s])
        out.append(_MASKERS[kind](text[s:e]))
        cursor = e
    out.append(text[cursor:hi])
    body = " ".join("".join(out).split())
    return ("…" if lo > line_start else "") + body + ("…" if hi < line_end else "")


def mask_text(
    text: str, *, allow: Collection[str] = (), not_identifiers: Collection[str] = ()
) -> str:
    """``text`` with every finding masked (for showing a title that itself has one)."""
    out, cursor = [], 0
    for match in scan_text(text, allow=allow, not_identifiers=not_identifiers):
        out.append(text[cursor : match.start])
        out.append(_MASKERS[match.kind](text[match.start : match.end]))
        cursor = match.end
    out.append(text[cursor:])
    return "".join(out)


def finding_term(text: str, finding: Finding | TextMatch) -> str | None:
    """The words a group would remember (or a meeting dismiss) as "not an identifier" for
    ``finding`` in ``text`` (the field's text), or None for a kind those lists never
    silence."""
    if finding.kind in PROTECTED_KINDS:
        return None
    term = " ".join(text[finding.start : finding.end].split())
    return term or None


def same_term(a: str, b: str) -> bool:
    """Whether two "not an identifier" terms are one (ignoring case, spaces and
    punctuation), as the check compares a term with a finding's text."""
    return _normalise(a) == _normalise(b)


def with_term(terms: Sequence[str], term: str) -> list[str]:
    """``terms`` with ``term`` added once (ignoring case, spaces and punctuation)."""
    if any(same_term(t, term) for t in terms):
        return list(terms)
    return [*terms, term]


# -- the meeting --------------------------------------------------------------------------


class TextField(NamedTuple):
    """One free-text field of a meeting, as the privacy check sees it."""

    field: str
    """Path into the Meeting model ("slots.1.summary")."""
    where: str
    """Where, for people ("slot 2 (Title): summary")."""
    text: str
    """The field's text."""
    kinds: Collection[str] = KINDS
    """Which kinds to look for in it."""


_NOT_ADDRESS = tuple(k for k in KINDS if k != "address")
"""A venue is meant to be a place: its street address is not a finding, a phone number is."""

_TITLE_WIDTH = 30


def _short(text: str, allow: Collection[str]) -> str:
    text = " ".join(mask_text(text, allow=allow).split())
    return text if len(text) <= _TITLE_WIDTH else text[: _TITLE_WIDTH - 1].rstrip() + "…"


def meeting_text_fields(meeting: Meeting) -> Iterator[TextField]:
    """Every free-text field of ``meeting`` that a person typed, in the order of the notes."""
    allow = meeting_allow_list(meeting)
    yield TextField("venue", "venue", meeting.venue, _NOT_ADDRESS)
    yield TextField("platform", "videoconference platform", meeting.platform)
    for index, entry in enumerate(meeting.check_in):
        who = meeting.name_of(entry.registration_number)
        yield TextField(f"check_in.{index}.notes", f"check-in ({who}): notes", entry.notes)
    for index, slot in enumerate(meeting.slots):
        label = _short(slot.title, allow) if slot.title.strip() else meeting.name_of(slot.presenter)
        where = f"slot {index + 1} ({label})"
        yield TextField(f"slots.{index}.title", f"{where}: title", slot.title)
        yield TextField(f"slots.{index}.summary", f"{where}: summary", slot.summary)
        yield TextField(f"slots.{index}.takeaways", f"{where}: takeaways", slot.takeaways)
        for ref, reference in enumerate(slot.references):
            yield TextField(
                f"slots.{index}.references.{ref}", f"{where}: reference {ref + 1}", reference
            )
    for index, entry in enumerate(meeting.check_out):
        who = meeting.name_of(entry.registration_number)
        yield TextField(f"check_out.{index}.notes", f"check-out ({who}): notes", entry.notes)
    yield TextField("summary", "meeting summary", meeting.summary)
    yield TextField("confidentiality_note", "confidentiality note", meeting.confidentiality_note)
    if meeting.next_meeting is not None:
        nxt = meeting.next_meeting
        yield TextField("next_meeting.focus", "next meeting: focus", nxt.focus)
        yield TextField("next_meeting.venue", "next meeting: venue", nxt.venue, _NOT_ADDRESS)
        yield TextField("next_meeting.platform", "next meeting: platform", nxt.platform)
    for index, reflection in enumerate(meeting.reflections):
        who = meeting.name_of(reflection.registration_number)
        yield TextField(f"reflections.{index}.text", f"reflection ({who})", reflection.text)
        for part, answer in enumerate(reflection.answers):
            heading = reflection.framework.prompts[part][1]
            yield TextField(
                f"reflections.{index}.answers.{part}", f"reflection ({who}): {heading}", answer
            )
    for index, follow_up in enumerate(meeting.follow_ups):
        who = meeting.name_of(follow_up.registration_number)
        yield TextField(f"follow_ups.{index}.note", f"follow-up ({who}): note", follow_up.note)
        yield TextField(
            f"follow_ups.{index}.takeaways", f"follow-up ({who}): takeaways", follow_up.takeaways
        )
    if meeting.ground_rules_review is not None:
        review = meeting.ground_rules_review
        yield TextField("ground_rules_review.note", "ground rules review: note", review.note)


def meeting_allow_list(meeting: Meeting) -> list[str]:
    """Values never flagged in this meeting: attendees' and apologies' names and numbers."""
    allow: list[str] = []
    for person in [*meeting.attendees, *meeting.apologies]:
        allow.append(person.name)
        if person.registration_number:
            allow.append(person.registration_number)
    return allow


def group_allow_list(group: Group | None) -> list[str]:
    """Values the group's own people make safe: its members' names and registration
    numbers (used like the attendees')."""
    allow: list[str] = []
    for member in group.members if group is not None else ():
        allow.append(member.name)
        if member.registration_number:
            allow.append(member.registration_number)
    return allow


def group_not_identifiers(group: Group | None) -> list[str]:
    """The group's "not an identifier" list (``not_identifiers`` in group.toml)."""
    return list(group.not_identifiers) if group is not None else []


def meeting_not_identifiers(meeting: Meeting, group: Group | None = None) -> list[str]:
    """Every term that is not an identifier in ``meeting``: the group's list, then the texts
    dismissed for this meeting (``dismissed_findings``). One list, one rule
    (:func:`scan_text`): a term silences a name or address finding whose text is exactly
    the term, never an NHI, phone, email or date of birth. A dismissed text the notes no
    longer hold silences nothing (it matches no finding) and may stay in the file."""
    return [*group_not_identifiers(group), *(d.text for d in meeting.dismissed_findings)]


def scan_meeting(meeting: Meeting, *, group: Group | None = None) -> list[Finding]:
    """Every possible identifier in every free-text field of ``meeting``, in note order.

    The texts dismissed for this meeting are honoured; ``group``: the meeting's group,
    whose members' names are allowed and whose "not an identifier" list is honoured too."""
    return scan_fields(
        meeting_text_fields(meeting),
        [*meeting_allow_list(meeting), *group_allow_list(group)],
        meeting_not_identifiers(meeting, group),
    )


def scan_fields(
    fields: Iterable[TextField], allow: Collection[str], not_identifiers: Collection[str] = ()
) -> list[Finding]:
    """Every possible identifier in ``fields``, in their order (``allow`` and
    ``not_identifiers``: see :func:`scan_text`)."""
    findings = []
    for field in fields:
        for match in scan_text(
            field.text, allow=allow, kinds=field.kinds, not_identifiers=not_identifiers
        ):
            findings.append(
                Finding(
                    kind=match.kind,
                    where=field.where,
                    field=field.field,
                    line=match.line,
                    column=match.column,
                    excerpt=match.excerpt,
                    start=match.start,
                    end=match.end,
                    confidence=match.confidence,
                )
            )
    return findings


def in_output(meeting: Meeting, field: str, member: str | None = None) -> bool:
    """Does the text at ``field`` (``slots.1.summary``) go into a PDF or Markdown output?

    Check-in and check-out notes are in no output; a reflection or a follow-up only in its
    own member's copy (``member``). The group's copy is ``member=None``.
    """
    head, _, rest = field.partition(".")
    if head in ("check_in", "check_out"):
        return False
    if head == "reflections":
        index = int(rest.partition(".")[0])
        return member is not None and meeting.reflections[index].registration_number == member
    if head == "follow_ups":  # personal, like a reflection: only in the member's own copy
        index = int(rest.partition(".")[0])
        return member is not None and meeting.follow_ups[index].registration_number == member
    return True


def findings_in_output(
    meeting: Meeting, member: str | None = None, *, group: Group | None = None
) -> list[Finding]:
    """The findings in the text that one output (the group's or a member's copy) holds."""
    return [f for f in scan_meeting(meeting, group=group) if in_output(meeting, f.field, member)]


def describe_findings(findings: Sequence[Finding]) -> str:
    """A count in words: "2 NHI numbers and 1 phone number"; "no findings" when empty."""
    if not findings:
        return "no findings"
    parts = []
    for kind in KINDS:
        count = sum(1 for f in findings if f.kind == kind)
        if count:
            parts.append(f"{count} {KIND_LABELS[kind] if count == 1 else _PLURALS[kind]}")
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def acknowledge_findings(
    meeting: Meeting, findings: Sequence[Finding], by: str, now: dt.datetime
) -> None:
    """Record on ``meeting`` that ``by`` chose to render the notes despite ``findings``.

    ``now`` must be timezone-aware. The caller saves the meeting.
    """
    meeting.privacy_acknowledgement = PrivacyAcknowledgement(
        acknowledged_at=now,
        by=by,
        findings=len(findings),
        kinds=sorted({f.kind for f in findings}),
    )
