"""Theme suggestions from the taxonomy's lemma keywords.

Each keyword is a phrase of lemmas ("двусторонний повестка"); every word is
expanded once into all its inflected forms, so "о двусторонней повестке"
matches by dictionary lookups on the text's words.  A hit covers the matched
words only (from the first word's start to the last word's end); words must
be adjacent, separated by nothing but spaces or a hyphen.  The same theme
is reported once per matched phrase occurrence.  A one-word hit on a word
that can also be a preposition, conjunction or particle is dropped: "после"
is a form of "посол", but almost always the preposition.  So is a one-word
hit that only names a body or an office ("Совет безопасности", "министр
обороны") or sits in a complex preposition ("в отношении"), and a word inside
a set phrase that does not carry its theme ("во Второй мировой войне").
Beside the keywords, one construction is a hit of the leaders theme: a
contact between two named people in the lead ("встреча Путина и Токаева").

A theme is suggested for a whole document (:func:`document_themes`) only when
the document is about it, not when one of its words merely occurs: two hits,
or one hit of a keyword phrase of two or more words, or one hit in the
headline (the first line, within its first HEADLINE_CHARS characters); in a
text longer than DENSITY_CHARS the counts needed grow with its length.  A
single "граждан" or "саммит" deep in a text about something else suggests
nothing for the document; the span-level hits stay, for the analyst to see
where a theme's words occur.  An abstract word that names a field
(GENERIC_WORDS: "экономика", "война", "конфликт") counts half in the body and never
decides alone.  One bilateral hit is enough when two places (countries,
capitals) are each named PLACE_MENTIONS times: the text is about those two
states.  Beside a rival theme (peace talks for conflicts, a summit for an
organisation's theme) the words every talk shares do not make a document
bilateral (BILATERAL_RIVALS); and the contact construction of the leaders
theme counts as one hit, never deciding alone.  Measured on the real-news dev split only, the first batches (r001-r460)
and the fresh r501+ batch each on its own.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import compress, count

from annotator.model import Theme
from annotator.nlp.analysis import ThemeHit
from annotator.nlp.context import TextContext
from annotator.nlp.morph import forms_of, has_any_grammeme, lemmas, parses
from annotator.nlp.phrases import PhraseIndex
from annotator.resources import default_taxonomy
from annotator.nlp.theme_model import RuleEvidence, bundled_model, document_features
from annotator.nlp.theme_model import headline_end as _headline_end

FUNCTION_WORD_GRAMMEMES = ("PREP", "CONJ", "PRCL")
# Head nouns of an institution's or an office's name: after them a one-word keyword names the body
# ("Совет безопасности", "министр обороны", "министерство экономики", "конференция по
# безопасности"), not the subject the text is about.
INSTITUTION_HEADS = frozenset({
    "совет", "министр", "министерство", "замминистра", "секретарь", "комитет", "комиссия",
    "конференция", "ведомство", "департамент", "управление", "служба", "академия", "институт",
})
# Complex prepositions whose noun is a keyword's form ("в отношении санкций" is "regarding
# sanctions", not relations): exact folded word pairs, the keyword second.
COMPLEX_PREPOSITIONS = frozenset({("в", "отношении"), ("по", "отношению")})
# A document-level suggestion needs this many hits, or one hit of a phrase or in the headline.
DOCUMENT_MIN_HITS = 2
# Counts are densities: DOCUMENT_MIN_HITS and PLACE_MENTIONS hold for a text of up to DENSITY_CHARS
# (the real-news excerpts they were measured on are 400-1,100 characters) and grow in proportion
# beyond, so two passing words in a long article are not enough.
DENSITY_CHARS = 1500
HEADLINE_CHARS = 150
# Abstract words that name a theme's field rather than say something about it: "экономика" in a
# list of spheres ("в области культуры, экономики"), "война" as a threat or a memory, "конфликт"
# of interests or as an abstract risk (the conflicts guideline wants a specific conflict),
# "ограничение" of any limit, not only a sanction.  Each such hit in the body counts half towards
# DOCUMENT_MIN_HITS, one in the headline counts one but does not decide alone.
GENERIC_WORDS = frozenset({"экономика", "война", "конфликт", "ограничение"})
GENERIC_WEIGHT = 0.5

# Set phrases in which a theme's word does not carry the theme: a past war named in passing
# (anniversaries, history) or "war" as a metaphor.  They are matched like keywords (the longest
# phrase wins) and then dropped, so "во Второй мировой войне" is no hit of "война".
NOT_A_THEME = ""
IDIOMS = (
    "великий отечественный война", "второй мировой война", "первый мировой война",
    "холодный война", "информационный война", "гибридный война", "экономический война",
    "торговый война", "санкционный война",
)

# Personal contact between two named people opening the text ("встреча Путина и Трампа",
# "разговор Лаврова с Рубио", "переговоры Путина с председателем КНР"): the leaders theme's
# guideline (meetings, phone calls between heads of state or ministers).  A contact noun,
# one or two capitalised words that are not place names, "и"/"с"/"со", then another
# capitalised non-place word or a head-of-state title; only within the first LEAD_CHARS.  The
# guideline wants the personal character of relations, and a meeting alone is a formal contact
# (bilateral), so such a hit counts as one hit for the document and never decides alone, not even
# in the headline (on the fresh r701+ dev part it was right once in four documents).
LEADERS = "leaders"
LEAD_CHARS = 400
CONTACT_NOUNS = ("встреча", "переговоры", "разговор", "беседа", "саммит", "контакт")
PARTNER_TITLES = ("президент", "премьер", "премьер-министр", "председатель", "лидер", "глава", "канцлер", "король")

# The bilateral theme's guideline: relations between two specific states.  When the text has one
# bilateral hit (not enough alone) and two places (countries, capitals standing for them) are each
# named PLACE_MENTIONS times or more, the two states are its protagonists and bilateral is suggested.
BILATERAL = "bilateral"
PLACE_MENTIONS = 3
# The bilateral guideline leaves two states met on a multilateral platform (a summit of the SCO, a
# session of the UN) to that platform's theme, and the conflicts guideline takes peace talks.  When
# one of these rival themes is suggested, words every kind of talk shares (SHARED_BILATERAL_WORDS:
# "переговоры", "встреча", "посол" ...) no longer make the document bilateral: it needs a
# bilateral phrase, a specific word in the headline, or specific words in the usual count (or two
# states named throughout, PLACE_MENTIONS).  Measured on both dev parts, it costs some recall for
# more precision on each (the peace talks and summits were the largest share of false bilaterals).
BILATERAL_RIVALS = frozenset({"conflicts", "multilateral", "integration", "eaeu", "csto", "cis", "sco", "brics"})
SHARED_BILATERAL_WORDS = frozenset({
    "переговоры", "встреча", "отношение", "сотрудничество", "посол", "консультация", "союзник", "контакт",
})
CAPITALISED_WORD_RE = re.compile(r"\b[А-ЯЁ][а-яё]+\b")
# A hit of more than one word: whitespace (\s is str.isspace()) or a hyphen in its words.
_SPACE_OR_HYPHEN = re.compile(r"[\s-]")

_cache: dict[tuple[tuple[str, tuple[str, ...]], ...], PhraseIndex[str]] = {}
_theme_ids: dict[int, frozenset[str]] = {}  # id(index) -> the theme ids it was compiled from


def compile_themes(themes: Sequence[Theme]) -> PhraseIndex[str]:
    """A phrase index of every keyword (cached by the taxonomy's content)."""
    signature = tuple((t.id, tuple(t.keywords)) for t in themes)
    index = _cache.get(signature)
    if index is None:
        entries = [(kw.lower(), t.id) for t in themes for kw in t.keywords if kw.strip()]
        entries += [(idiom, NOT_A_THEME) for idiom in IDIOMS] if entries else []
        index = PhraseIndex(entries)
        if len(_cache) > 8:
            _cache.clear()
            _theme_ids.clear()
        _cache[signature] = index
        _theme_ids[id(index)] = frozenset(t.id for t in themes if any(kw.strip() for kw in t.keywords))
    return index


def _adjacent(text: str, end: int, start: int) -> bool:
    gap = text[end:start]
    return len(gap) <= 3 and gap.strip(" \u00a0-") == ""


def match_themes(ctx: TextContext, index: PhraseIndex[str]) -> list[ThemeHit]:
    keys = ctx.word_keys
    firsts = index.first_forms()
    if firsts.isdisjoint(keys):
        return []
    hits: list[ThemeHit] = []
    after = 0  # no overlapping hits: skip positions inside the last one
    for position in compress(count(), map(firsts.__contains__, keys)):  # C-level scan of the words
        if position < after:
            continue
        match = index.match_at(keys, position)
        if match is None:
            continue
        last = position + match.length - 1
        if match.length == 1 and (
            _function_word(ctx.text[ctx.word_starts[position]:ctx.word_ends[position]])
            or _names_an_institution(ctx, position)
            or (position > 0 and (keys[position - 1], keys[position]) in COMPLEX_PREPOSITIONS)
        ):
            continue
        if all(_adjacent(ctx.text, ctx.word_ends[i], ctx.word_starts[i + 1]) for i in range(position, last)):
            if match.payload != NOT_A_THEME:
                hits.append(ThemeHit(match.payload, ctx.word_starts[position], ctx.word_ends[last]))
            after = last + 1
    if LEADERS in _theme_ids.get(id(index), frozenset()):
        hits = sorted(hits + _contacts_between_people(ctx), key=lambda hit: hit.start)
    return hits


@lru_cache(maxsize=2)
def _forms(lemmas_: tuple[str, ...]) -> frozenset[str]:
    return frozenset().union(*(forms_of(lemma) for lemma in lemmas_))


def _contacts_between_people(ctx: TextContext) -> list[ThemeHit]:
    """Leaders hits for the contact construction in the lead (see CONTACT_NOUNS)."""
    keys, hits = ctx.word_keys, []
    contact, titles = _forms(CONTACT_NOUNS), _forms(PARTNER_TITLES)
    for noun, start in enumerate(ctx.word_starts):
        if start >= LEAD_CHARS:
            break
        if keys[noun] not in contact:
            continue
        link = noun + 1
        while link < len(keys) and link - noun <= 2 and _person_word(ctx, link):
            link += 1
        partner = link + 1
        if link == noun + 1 or partner >= len(keys) or keys[link] not in ("и", "с", "со"):
            continue
        if not (_person_word(ctx, partner) or keys[partner] in titles):
            continue
        if all(_adjacent(ctx.text, ctx.word_ends[i], ctx.word_starts[i + 1]) for i in range(noun, partner)):
            hits.append(ThemeHit(LEADERS, start, ctx.word_ends[partner]))
    return hits


_PLACE_OR_ORGANIZATION = frozenset({"Geox", "Orgn"})


def _person_word(ctx: TextContext, position: int) -> bool:
    """A capitalised word that is not an abbreviation, a place or an organisation: a name."""
    word = ctx.text[ctx.word_starts[position] : ctx.word_ends[position]]
    if not word[0].isupper() or word.isupper():
        return False
    return not has_any_grammeme(word, _PLACE_OR_ORGANIZATION)


def _names_an_institution(ctx: TextContext, position: int) -> bool:
    """The word follows an institution's head noun, directly or through "по" (see INSTITUTION_HEADS).

    An abbreviation names the organisation itself ("Совет ОДКБ", "секретарь ШОС"), so it stays."""
    word = ctx.text[ctx.word_starts[position] : ctx.word_ends[position]]
    if len(word) > 1 and word.isupper():
        return False
    before = position - 1
    if before >= 0 and ctx.word_keys[before] == "по":
        before -= 1
    if before < 0 or not _adjacent(ctx.text, ctx.word_ends[before], ctx.word_starts[before + 1]):
        return False
    return not INSTITUTION_HEADS.isdisjoint(lemmas(ctx.word_keys[before]))


_FUNCTION_WORD_SET = frozenset(FUNCTION_WORD_GRAMMEMES)


def _function_word(word: str) -> bool:
    return has_any_grammeme(word, _FUNCTION_WORD_SET)


def document_themes(
    text: str, hits: Sequence[ThemeHit], themes: Sequence[Theme] | None = None, words: Iterable[str] | None = None
) -> set[str]:
    """Theme ids suggested for a whole document: for the bundled themes the trained model covers
    (:mod:`annotator.nlp.theme_model`), its decision, alone or confirming the keyword rules'
    (:func:`rule_document_themes`); for any other theme, the rules' decision.

    ``words``: the analysis' own words of ``text`` (Analysis.words), None to find them again.
    ``themes`` is the taxonomy the text was analysed with (None: the bundled one).  The model
    decides only a theme that is in it with the bundled keywords: a theme the analyst removed is
    never suggested, and one whose keywords the analyst changed is the analyst's, decided by the
    rules on those keywords."""
    ruled = rule_document_themes(text, hits)
    model = bundled_model()
    covered = set(model.classifiers) if themes is None else _unchanged_bundled(themes) & model.classifiers.keys()
    headline = _headline_end(text, HEADLINE_CHARS)
    counts = Counter(hit.theme for hit in hits)
    in_headline = {hit.theme for hit in hits if hit.end <= headline}
    evidence = {theme: RuleEvidence(counts[theme], theme in in_headline, theme in ruled) for theme in model.classifiers}
    features = document_features(text, headline, evidence, words)
    return (ruled - covered) | model.themes(features, ruled, covered)


def _unchanged_bundled(themes: Sequence[Theme]) -> set[str]:
    bundled = _bundled_keywords()
    return {theme.id for theme in themes if bundled.get(theme.id) == tuple(theme.keywords)}


@lru_cache(maxsize=1)
def _bundled_keywords() -> dict[str, tuple[str, ...]]:
    return {theme.id: tuple(theme.keywords) for theme in default_taxonomy()}


def rule_document_themes(text: str, hits: Sequence[ThemeHit]) -> set[str]:
    """Theme ids the keyword rules suggest for a whole document (see the module's doc)."""
    headline_end = _headline_end(text, HEADLINE_CHARS)
    counts: dict[str, float] = {}
    decisive: set[str] = set()
    for hit in hits:
        words = text[hit.start : hit.end]
        contact = _is_contact(hit.theme, words)
        phrase = not contact and _SPACE_OR_HYPHEN.search(words) is not None
        generic = not phrase and not contact and not GENERIC_WORDS.isdisjoint(lemmas(words))
        in_headline = hit.end <= headline_end
        counts[hit.theme] = counts.get(hit.theme, 0) + (GENERIC_WEIGHT if generic and not in_headline else 1.0)
        if phrase or (in_headline and not generic and not contact):
            decisive.add(hit.theme)
    scale = max(1.0, len(text) / DENSITY_CHARS)
    suggested = {theme for theme, count in counts.items() if count >= DOCUMENT_MIN_HITS * scale} | decisive
    if BILATERAL in suggested and not suggested.isdisjoint(BILATERAL_RIVALS):
        if not _specific_bilateral(text, hits, headline_end, DOCUMENT_MIN_HITS * scale):
            suggested.discard(BILATERAL)
    if BILATERAL in counts and BILATERAL not in suggested and _two_places_dominate(text, PLACE_MENTIONS * scale):
        suggested.add(BILATERAL)
    return suggested


def _is_contact(theme: str, words: str) -> bool:
    """A leaders hit of the contact construction ("встреча Путина и Токаева"), not a keyword's."""
    if theme != LEADERS:
        return False
    first, *rest = words.split() or [""]
    return first.lower() in _forms(CONTACT_NOUNS) and any(word[:1].isupper() for word in rest)


def _specific_bilateral(text: str, hits: Sequence[ThemeHit], headline_end: int, hits_needed: float) -> bool:
    """Bilateral evidence beside the words every talk shares (SHARED_BILATERAL_WORDS).

    A phrase ("двусторонние отношения", "официальный визит") decides, so does a specific word
    in the headline; in the body the specific words need the usual count."""
    count = 0
    for hit in hits:
        if hit.theme != BILATERAL:
            continue
        words = text[hit.start : hit.end].lower()
        phrase = _SPACE_OR_HYPHEN.search(words) is not None
        if phrase or (SHARED_BILATERAL_WORDS.isdisjoint(lemmas(words)) and hit.end <= headline_end):
            return True
        count += SHARED_BILATERAL_WORDS.isdisjoint(lemmas(words))
    return count >= hits_needed


def _two_places_dominate(text: str, mentions_needed: float) -> bool:
    """Two place names (pymorphy3's Geox, best reading) each occur ``mentions_needed`` times or more."""
    mentions: Counter[str] = Counter()
    for word, times in Counter(CAPITALISED_WORD_RE.findall(text)).items():  # each form parsed once
        readings = parses(word)
        if readings and "Geox" in readings[0].grammemes:
            mentions[readings[0].lemma] += times
    return sum(1 for count in mentions.values() if count >= mentions_needed) >= 2
