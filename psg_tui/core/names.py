"""Plain personal names in note text: "John Smith came in", "Aroha Ngata's blister pack".

A full name is a known given name (:mod:`psg_tui.core.names_data`: English and European,
Māori with or without macrons, Pasifika, Chinese, Indian, Korean, Filipino and Arabic names)
followed by a family name: any capitalised word, hyphenated ("Smith-Jones"), with a prefix
("McAllister", "MacLeod", "O'Brien", "Al-Rashid") or a particle ("Te Whata", "van der
Merwe", "de Guzman"). Middle names and initials may come between. Chinese and Korean names
are also found family name first ("Wang Wei", "Kim Min-jun").

Written in haste after a strong cue ("pt john smith", "PATIENT: MELE FIFITA"), a name in
lower case or capitals counts when both words are on the lists.

Context raises confidence: "patient", "pt", "client" before, "'s wife", "'s GP", ", 67",
"came in" after. A first name alone is reported only with such context, and only as a
low-confidence finding ("pt Aroha", "Sione's daughter").

What looks like a name but is not one is left alone: medical eponyms ("Charles Bonnet
syndrome", "Lou Gehrig's disease"), hospitals, organisations and places ("Grace Hospital",
"Mary Potter Hospice", "Glen Eden"), manufacturers and brands ("Douglas Pharmaceuticals",
"Elizabeth Arden"), reference books ("Sanford Guide"), and given names that are everyday
words at the start of a sentence ("Mark the date", "Will Pharmac fund it?").

Pure and fast: one pass of a regex that starts on capitals, set look-ups, and small anchored
matches around each candidate; linear in the length of the text.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

HIGH, MEDIUM, LOW = "high", "medium", "low"
"""Confidence of a name finding."""

CONFIDENCE_WORDS = {
    HIGH: "almost certainly a person's name",
    MEDIUM: "looks like a person's name",
    LOW: "may be a person's first name",
}
"""Each confidence in words, for people."""

_UPPER = "A-ZĀĒĪŌŪÀ-ÖØ-Þ"
_LOWER = "a-zāēīōūß-öø-ÿ"

# A capitalised word: Patel, Ngata, Kōwhai, Min-jun, Mary-Jane, O'Brien, McDonald, Fa'alogo.
_WORD = (
    rf"(?:Mc|Mac|O['’]|D['’]|[AE]l-)?[{_UPPER}][{_LOWER}]+(?:['’][{_LOWER}]{{2,}})?"
    rf"(?:[{_UPPER}][{_LOWER}]+)?(?:-[{_UPPER}{_LOWER}][{_LOWER}]+)*"
)
_WORD_RE = re.compile(_WORD)
_CAPITAL_RE = re.compile(rf"[{_UPPER}][{_LOWER}]+")
_WORD_GOES_ON = frozenset("-'’")
_NOT_BEFORE_WORD = frozenset("'’-_@./")

# Particles that start a family name: "Te Whata", "van der Merwe", "de Guzman", "bin Ali".
_PARTICLE = (
    r"(?:Te|te|Van|van|Von|von|De|de|Del|del|Della|della|Da|da|Di|di|Du|du|Le|La|Dela|dela"
    r"|Dos|dos|bin|binti|Abu|Ben|ben|St\.?)"
)
_INITIAL = rf"[{_UPPER}]\.?"
# What may follow a given name: initials or particles, then up to three capitalised words.
_REST_RE = re.compile(
    rf"(?:[ \t]+{_INITIAL}(?![{_LOWER}]))?"
    rf"(?:[ \t]+{_PARTICLE}(?:[ \t]+(?:der|den|de|la|los|van))?(?=[ \t]+[{_UPPER}]))?"
    rf"[ \t]+({_WORD}(?:[ \t]+{_WORD}){{0,2}})"
)

_FOLD = str.maketrans("āēīōūĀĒĪŌŪ’", "aeiouaeiou'")


def fold(word: str) -> str:
    """Lower case, macrons and accents removed, one apostrophe: as the lists are stored."""
    if word.isascii():
        return word.lower()
    word = word.translate(_FOLD).lower()
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, family names), read on first use."""
    from psg_tui.core.names_data import FAMILY, GIVEN

    given = frozenset(GIVEN.split())
    family = frozenset(w.replace("_", " ") for w in FAMILY.split())
    return given, family


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# Words that never make a family name, and whose coming right after a name shows it is an
# organisation, a place, a product, a book or an eponym, not a person.
_NOT_PERSON_AFTER = _words(
    # places and organisations
    "hospital hospitals hospice house centre center clinic clinics pharmacy pharmacies "
    "pharmaceutical pharmaceuticals pharma laboratories labs health healthcare medical "
    "medicine medicines trust foundation institute university school college ltd limited "
    "inc co company group award awards lecture lectures building wing ward unit library "
    "street st road rd avenue ave drive dr lane place crescent terrace way bay beach "
    "heights valley island point north south east west central city village mall plaza "
    "ambulance lodge home homes rest care court council district board network service "
    "services society association club church marae kura hall theatre museum station "
    "airport motorway highway bridge reserve domain gardens estate cup shield memorial "
    "fund scholarship prize medal fellowship programme program project charity "
    # products
    "strength relief plus extra forte osteo rapid cold flu junior kids baby cream gel "
    "tablets tablet capsules syrup spray ointment balm shampoo lotion wash drops patch "
    "range brand products lipstick fragrance perfume cosmetics skincare papaw "
    # books
    "guide handbook principles pharmacology formulary reference interactions textbook "
    "manual dictionary companion compendium "
    # eponyms
    "syndrome syndromes disease diseases palsy sign signs test tests score scores criteria "
    "scale equation formula pupil reflex manoeuvre maneuver procedure operation lymphoma "
    "sarcoma tumour tumor fracture ulcer nodes node cyst phenomenon effect law rule rules "
    "index method technique neuroma contracture disorder deformity anomaly attack attacks "
    "classification staging stage grade position approach sequence murmur malformation "
    "surgery anaemia anemia tremor dystrophy ataxia arthritis protein "
    "square quay esplanade parade rise"
)
# Words that are never a family name (they end a name where they stand).
_NOT_FAMILY = _NOT_PERSON_AFTER | _words(
    "the and of for with to in on at from by as or but not no yes is was are be "
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december today tomorrow yesterday "
    "christmas easter matariki anzac waitangi "
    "i we you he she they it this that these those his her their our my your "
    "mr mrs ms miss mx dr doctor nurse patient pt client pharmacist gp prof professor sir "
    "dame lady lord saint mount mt port lake cape fort "
    "aotearoa zealand australia nz uk usa auckland wellington christchurch hamilton "
    "tauranga dunedin nelson napier hastings rotorua whangarei invercargill palmerston "
    "new old upper lower great little big "
    "pharmac medsafe acc bpac nzf cpd psg hiso nhi dob"
)
# Given names that are everyday words: at the start of a sentence ("Mark the date", "Will
# Pharmac fund it?") they count only before a known family name or with context.
_EVERYDAY = _words(
    "mark will bill pat sue rob drew wade chase frank grant hope faith joy may june april "
    "august summer autumn winter don guy ray dean penny rose grace jack max lance miles rich "
    "bob carol dawn eve iris ruby amber jade crystal sky art gene norm rusty sandy bud buck "
    "chip cliff dale glen heath holly ivy lily daisy heather olive pearl ginger hunter "
    "taylor harper mason cooper parker austin chance reed rowan sage skye storm stone tucker "
    "tanner precious honey candy star destiny harmony melody trinity unity charity patience "
    "prudence mercy justice liberty christian victor major earl baron duke king prince "
    "princess queen royal rebel river ocean forest brook brooke cherry violet hazel jasmine "
    "willow sunny angel bishop deacon cash price page booth bell hall young long short "
    "may-be gray grey brown green black white reading virginia georgia florida carolina "
    "tui kiri wai rangi moana mata ana tala ratu kauri huia nikau kowhai "
    "lee han min li ma yang hu wu so song peer else said sad till sol urban pastor salud amor "
    "paz sole diamond phoenix raven coral africa america sierra savannah sydney devon"
)
# Organisations, places and products written like a person's name.
_LOOK_ALIKES = _words(
    "elizabeth_arden estee_lauder ella_bache mary_kay tommy_tippee tommy_hilfiger "
    "calvin_klein ralph_lauren hugo_boss marc_jacobs paco_rabanne jo_malone karen_murrell "
    "max_factor jack_black lucas_papaw john_frieda jean_paul paula_choice burt_bees "
    "glen_eden glen_innes grey_lynn nelson_tasman mount_albert mount_eden st_john "
    "ronald_mcdonald florence_nightingale jean_batten james_cook ernest_rutherford "
    "charles_darwin kate_sheppard te_whatu_ora te_aka_whai_ora eli_lilly jack_daniel "
    "mona_lisa earl_grey simon_says dawn_raid bristol_myers mead_johnson sally_hansen "
    "giorgio_armani jimmy_choo michael_kors vera_wang kate_spade ted_baker kylie_minogue "
    "marc_jacobs estee_lauder ralph_lauren carolina_herrera yves_saint marie_curie "
    "thomas_hale nurse_maude courtenay_place"
)
# East Asian family names, for names written family name first ("Wang Wei", "Kim Min-jun").
_FAMILY_FIRST = _words(
    "wang li zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo lin gao luo zheng "
    "liang xie song tang feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu ye "
    "kim lee park choi jung jeong kang cho yoon jang lim han seo shin kwon hwang ahn yoo "
    "hong jeon ko moon son bae baek heo nam "
    "nguyen tran pham hoang huynh phan vu vo dang bui ngo duong truong"
)

_RELATIONS = (
    r"(?:wife|husband|partner|son|daughter|child|children|kids|mum|mother|dad|father|"
    r"sister|brother|nana|nan|koro|kuia|grandson|granddaughter|grandmother|grandfather|"
    r"whānau|whanau|family|carer|caregiver|GP|doctor|nurse|neighbour|flatmate|"
    r"prescriptions?|scripts?|meds|medicines|medications|blister\s+packs?|repeats?|"
    r"address|phone|house|flat|room|bed)"
)
_CUE_BEFORE_RE = re.compile(
    r"\b(?:patient|pt|client|customer|resident|consumer|tangata\s+whaiora|whaiora"
    r"|called|rang|phoned|visited|named|delivered\s+to|deliver\s+to|delivery\s+for"
    r"|spoke\s+(?:to|with)|talked\s+(?:to|with)|seen|saw|for|name|names|re|husband|wife"
    r"|son|daughter|mother|father|mum|dad|carer|caregiver)\b\.?\s*[:,=-]?\s*$",
    re.IGNORECASE,
)
_STRONG_BEFORE_RE = re.compile(
    r"\b(?:patient|pt|client|customer|resident|consumer|tangata\s+whaiora|whaiora"
    r"|delivered\s+to|deliver\s+to|delivery\s+for|name|names|called|rang|phoned)\b\.?"
    r"\s*[:,=-]?\s*$",
    re.IGNORECASE,
)
_CUE_AFTER_RE = re.compile(
    rf"(?:['’]s?\s+{_RELATIONS}\b"
    r"|\s*,\s*(?:aged?\s*)?\d{1,3}(?:\s*(?:yo|y/o|years?|yrs?))?\b(?![/.:]\d)"
    r"|\s*\(\s*(?:aged?\s*)?\d{1,3}(?:\s*(?:yo|y/o|years?|yrs?))?\s*\)"
    r"|\s*(?:,\s*|\(\s*)?(?:DOB|NHI|d\.o\.b|born|b\.)"
    r"|\s+(?:came|comes|rang|phoned|called|collected|presented|was\s+admitted|is\s+on"
    r"|was\s+on|has\s+been|died|passed\s+away|picked\s+up|complained|asked|said|told|"
    r"lives|brought|needs|needed|takes|was\s+started|started)\b)",
    re.IGNORECASE,
)
_STOP_AFTER_NAME = _NOT_PERSON_AFTER | {"&"}
_NEXT_WORD_RE = re.compile(r"(?:['’]s?)?[ \t]*(&|[\w-]+)")
_SENTENCE_END = frozenset('.!?:;\n\r*•-–—"“(')
_BEFORE_NOT_NAME = re.compile(
    r"(?:\b(?:the|The|St|Saint|Mt|Mount|Port|Lake|Cape|Fort|Te)\.?[ \t]+)$"
)


class NameMatch(NamedTuple):
    """One name in a text."""

    start: int
    end: int
    confidence: str
    """:data:`HIGH`, :data:`MEDIUM` or :data:`LOW`."""
    words: tuple[str, ...]
    """The name's words as written (no possessive)."""


def _sentence_start(text: str, at: int) -> bool:
    """Whether ``at`` starts a sentence, a line or a list item."""
    i = at - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _cue_before(text: str, start: int, pattern: re.Pattern[str] = _CUE_BEFORE_RE) -> bool:
    return pattern.search(text, max(0, start - 30), start) is not None


def _next_word(text: str, end: int) -> str:
    """The word after ``end`` (past a possessive), folded, or "&"."""
    found = _NEXT_WORD_RE.match(text, end)
    return fold(found.group(1)) if found else ""


def _family_words(words: list[str]) -> list[str]:
    """The family-name words of ``words`` up to the first word that cannot be one."""
    kept = []
    for word in words:
        if fold(word) in _NOT_FAMILY:
            break
        kept.append(word)
    return kept


def find_names(text: str) -> list[NameMatch]:
    """Every full name in ``text`` (and, with context, first names alone), in order."""
    found = list(_capitalised_names(text))
    cued = list(_cued_names(text))
    if not cued:
        return found
    taken = [(m.start, m.end) for m in found]
    found.extend(m for m in cued if not any(s < m.end and m.start < e for s, e in taken))
    return sorted(found)


# Written in haste, a name after a strong cue may be all lower case or all capitals ("pt
# john smith", "PATIENT: MELE FIFITA"): then both words must be on the lists.
_CUES = ("patient", "pt", "client", "customer", "resident", "deliver", "name")
_CUED_RE = re.compile(
    r"(?:patient|pt|client|customer|resident|delivered\s+to|deliver\s+to|name)\b\.?"
    rf"\s*[:,=-]?\s*([{_UPPER}{_LOWER}][{_UPPER}{_LOWER}'’-]+)[ \t]+"
    rf"([{_UPPER}{_LOWER}][{_UPPER}{_LOWER}'’-]+)",
    re.IGNORECASE,
)


def _cued_names(text: str) -> Iterator[NameMatch]:
    lowered = text.lower()
    if len(lowered) != len(text):
        return
    given, family = _lists()
    starts = set()
    for cue in _CUES:
        at = lowered.find(cue)
        while at != -1:
            if at == 0 or not lowered[at - 1].isalnum():
                starts.add(at)
            at = lowered.find(cue, at + 1)
    for at in sorted(starts):
        found = _CUED_RE.match(text, at)
        if found is None:
            continue
        first, last = found.group(1), found.group(2)
        if first[:1].isupper() and first[1:2].islower():
            continue  # "Patient: Sione Taufa" is the capitalised pass's
        if last.endswith(("'s", "’s")):
            last = last[:-2]
        g, f = fold(first), fold(last)
        if g in given and g not in _EVERYDAY and f in family and f not in _NOT_FAMILY:
            end = found.start(2) + len(last)
            yield NameMatch(found.start(1), end, HIGH, (first, text[found.start(2) : end]))


def _capitalised_names(text: str) -> Iterator[NameMatch]:
    given, family = _lists()
    cursor = 0
    size = len(text)
    # A plain capitalised word is the fast first step; only a word that goes on ("Mary-Jane",
    # "Fa'amanu", "McDonald") is read again with the full word pattern.
    for found in _CAPITAL_RE.finditer(text):
        start, end = found.span()
        if start < cursor:
            continue
        if start and (text[start - 1].isalnum() or text[start - 1] in _NOT_BEFORE_WORD):
            continue
        if end < size and (text[end] in _WORD_GOES_ON or text[end].isupper()):
            whole = _WORD_RE.match(text, start)
            if whole is None:  # pragma: no cover - _CAPITAL_RE matched here
                continue
            end = whole.end()
            word = whole.group()
        else:
            word = found.group()
        key = word.lower() if word.isascii() else fold(word)
        is_given = key in given or (
            "-" in key and all(part in given for part in key.split("-") if part)
        )
        family_first = key in _FAMILY_FIRST
        if not is_given and not family_first:
            # A given name the lists do not know, before a family name they do, with strong
            # context: "Losaline Vaipulu came in", "we saw Akosita Fifita's daughter".
            if (
                end + 1 < size
                and text[end] == " "
                and text[end + 1].isupper()
                and key not in _NOT_FAMILY
                and key not in _EVERYDAY
                and not _sentence_start(text, start)
            ):
                match = _unknown_given(text, start, end, word, family)
                if match is not None:
                    cursor = match.end
                    yield match
            continue
        if _BEFORE_NOT_NAME.search(text, max(0, start - 8), start):
            continue
        match = _name_at(text, start, end, word, key, is_given, given, family)
        if match is not None:
            cursor = match.end
            yield match


def _unknown_given(
    text: str, start: int, end: int, word: str, family: frozenset[str]
) -> NameMatch | None:
    """An unknown capitalised word and a known family name, only with strong context."""
    rest = _REST_RE.match(text, end)
    words = _family_words(rest.group(1).split()[:1]) if rest else []
    if not words or fold(words[0]) not in family:
        return None
    name_end = text.index(words[0], rest.start(1)) + len(words[0])
    if _next_word(text, name_end) in _STOP_AFTER_NAME:
        return None
    if not (_cue_before(text, start) or _CUE_AFTER_RE.match(text, name_end)):
        return None
    return NameMatch(start, name_end, HIGH, (word, words[0]))


def _name_at(
    text: str,
    start: int,
    end: int,
    word: str,
    key: str,
    is_given: bool,
    given: frozenset[str],
    family: frozenset[str],
) -> NameMatch | None:
    rest = _REST_RE.match(text, end)
    words = _family_words(rest.group(1).split()) if rest else []
    if rest and words:
        # Drop what follows the kept family words: "Mary Potter Hospice" keeps "Potter",
        # and the word after it ("Hospice") decides.
        name_end = rest.start(1)
        for i, w in enumerate(words):
            name_end = text.index(w, name_end) + len(w)
            if i == len(words) - 1:
                break
        if not is_given and (fold(words[0]) not in given or len(words) > 1):
            return None  # family name first: the next word must be a known given name
        return _full_name(text, start, name_end, [word, *words], key, family)
    if not is_given or key in _EVERYDAY:
        return None
    return _first_name_alone(text, start, end, word)


def _full_name(
    text: str, start: int, end: int, words: list[str], key: str, family: frozenset[str]
) -> NameMatch | None:
    if _next_word(text, end) in _STOP_AFTER_NAME:
        return None
    joined = "_".join(fold(w) for w in words)
    if joined in _LOOK_ALIKES or "_".join(fold(w) for w in words[:2]) in _LOOK_ALIKES:
        return None
    if any(fold(w) in _NOT_FAMILY for w in words[1:]):
        return None
    strong = _cue_before(text, start) or _CUE_AFTER_RE.match(text, end) is not None
    surname = fold(words[-1])
    if surname == "park" and "-" not in key and not strong:
        return None  # "Victoria Park", "Albert Park"; "Ji-woo Park" is a person
    if key in _EVERYDAY and not strong and surname not in family:
        # "Will Pharmac fund it?", "Rose Garden": an everyday word and an unknown word; "Mark
        # Smith" still counts.
        return None
    return NameMatch(start, end, HIGH if strong else MEDIUM, tuple(words))


def _first_name_alone(text: str, start: int, end: int, word: str) -> NameMatch | None:
    """A first name alone counts only right after a strong cue or before a relation."""
    after = _CUE_AFTER_RE.match(text, end)
    before = _cue_before(text, start, _STRONG_BEFORE_RE)
    if not (before or (after and after.group().lstrip()[:1] in "'’,(")):
        return None
    if _next_word(text, end) in _NOT_PERSON_AFTER:
        return None
    return NameMatch(start, end, LOW, (word,))


def mask_name(text: str) -> str:
    """Each word's first letter kept: "John Smith" -> "J*** S****"."""
    return " ".join(
        word if len(word) <= 1 else word[0] + "*" * (len(word) - 1) for word in text.split(" ")
    )
