"""Someone's words in marks as the complement of a verb of judging or accusing.

"МИД обвинил Лондон в «информационном терроризме»", "Фидан осудил «провокационные
заявления»", "посол поблагодарил хозяев за «теплый прием»", "оценил ситуацию как
«тупиковую»", "назвал вопрос о продлении договора «сложным»": the verb governs the
quoted words in a case of its own (resources/lexicon/fragment_verbs.txt), so they are
what its subject said, whatever noun stands between (the noun would otherwise read
as a title's generic noun). The government is checked on the quoted words' case by
pymorphy3, so a title or a place in marks that merely follows such a verb
("обвинил в провокации газету «Гардиан»", "осудил на «круглом столе»") is not taken.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from copy import copy
from functools import lru_cache

from annotator.nlp.attribution import Attribution, read_attribution
from annotator.nlp.context import TextContext
from annotator.nlp.morph import analyzer, fold, parses
from annotator.nlp.quotation_marks import Quotation
from annotator.resources import read_lexicon

# One government: a preposition ("" for none, "как" for a characterisation) and the cases
# the quoted words may stand in.
Government = tuple[str, frozenset[str]]

_CASE_ALIASES = {"loct": frozenset({"loct", "loc2"}), "accs": frozenset({"accs", "acc2"}),
                 "ablt": frozenset({"ablt"}), "gent": frozenset({"gent", "gen2"})}
_PREPOSITION_FORMS = {"в": ("в", "во"), "за": ("за",), "на": ("на",), "с": ("с", "со")}
_MAX_WORDS = 16  # a longer quotation is a statement of its own, decided by the other detectors
_MAX_OBJECT_WORDS = 5  # words between the verb and its preposition or the marks
_NOMINAL = frozenset({"NOUN", "NPRO"})
_ATTRIBUTE = frozenset({"ADJF", "PRTF", "NUMR"})
# What may stand between a verb and its direct object in marks ("резко осудил также «…»").
_LIGHT = frozenset({"ADVB", "PRCL", "CONJ"})
_BREAK_RE = re.compile(r"[.!?;:,«»\"“”„()\n–—]|\s-\s")
_REACH = 400


@lru_cache(maxsize=1)
def _verb_forms() -> dict[str, tuple[Government, ...]]:
    """Folded finite form, gerund or infinitive of each verb -> its governments."""
    table: dict[str, tuple[Government, ...]] = {}
    for line in read_lexicon("fragment_verbs.txt"):
        lemma, _, frames = (part.strip() for part in line.partition("|"))
        governments: list[Government] = []
        for frame in frames.split(","):
            parts = frame.split()
            if parts in (["как"], ["infn"]):
                governments.append((parts[0], frozenset()))
            elif len(parts) == 1:
                governments.append(("", _CASE_ALIASES[parts[0]]))
            else:
                governments.append((parts[0], _CASE_ALIASES[parts[1]]))
        for parse in analyzer().parse(lemma):
            if parse.tag.POS != "INFN" or fold(parse.normal_form) != lemma:
                continue
            for form in parse.lexeme:
                # an active participle's subject is the noun it follows ("Песков, назвавший …"); a
                # passive one's is the object ("обвиненный в …"), so those are left out
                if form.tag.POS in ("VERB", "GRND", "INFN") or form.tag.POS == "PRTF" and "actv" in form.tag:
                    table[fold(form.word)] = tuple(governments)
    return table


def is_fragment_verb(key: str) -> bool:
    """A folded word form of a verb of fragment_verbs.txt (accusing, condemning, naming …)."""
    return key in _verb_forms()


def _fits_case(words: list[str], cases: frozenset[str]) -> bool:
    """The quoted noun phrase stands in one of ``cases``: its first noun has such a
    reading, and so has every attribute before it ("зерновой сделки" is no instrumental
    though "зерновой" alone could be)."""
    matched = False
    for position, word in enumerate(words[:6]):
        readings = parses(word.strip(",.!?…:;()"))
        if not readings:
            return False
        if not matched and position < 2 and _LIGHT & readings[0].grammemes:
            continue  # "«крайне сложной»", "«не самым удачным»", "«как бы СМИ»": a hedge before the phrase
        if any(_NOMINAL & reading.grammemes for reading in readings):
            return any(cases & reading.grammemes for reading in readings if _NOMINAL & reading.grammemes)
        if not any(_ATTRIBUTE & reading.grammemes for reading in readings):
            return matched  # a clause or an adverb after the attributes
        if not any(cases & reading.grammemes for reading in readings):
            return False
        matched = True
    return matched


def names_in_other_case(words: list[str]) -> bool:
    """The quoted words open with a noun phrase that is not in the instrumental: not what
    someone called a thing ("назвал участников «зерновой сделки»" lists, it names nothing)."""
    readings = parses(words[0].strip(",.!?…:;()")) if words else ()
    if not readings or not all((_NOMINAL | _ATTRIBUTE) & reading.grammemes for reading in readings):
        return False
    return not _fits_case(words, _CASE_ALIASES["ablt"])


def _governs(ctx: TextContext, governments: tuple[Government, ...], between: list[int], words: list[str]) -> bool:
    """One of ``governments`` of the verb joins it to the quoted ``words`` across the
    word indices ``between`` (verb excluded)."""
    keys = [ctx.word_keys[i] for i in between]
    for preposition, cases in governments:
        if preposition == "как":
            if keys[-1:] == ["как"] and len(keys) <= _MAX_OBJECT_WORDS + 1:
                return True
        elif preposition == "infn":
            if all(_LIGHT & parses(key)[0].grammemes for key in keys if parses(key)) and _opens_infinitive(words):
                return True  # "отказался «слепо следовать» санкциям"
        elif preposition:
            if keys[-1:] and keys[-1] in _PREPOSITION_FORMS[preposition] and len(keys) <= _MAX_OBJECT_WORDS + 1 \
                    and _fits_case(words, cases):
                return True
        elif "ablt" in cases:
            if len(keys) <= _MAX_OBJECT_WORDS and not (keys and _is_preposition(keys[-1])) and _fits_case(words, cases):
                return True  # "назвал переговоры «пустой тратой времени»": an object, then its name
        elif all(_light_or_dative(key) for key in keys) and _fits_case(words, cases):
            return True  # "вменил премьеру «самый высокий антирейтинг»": a dative may come first
    return False


def _light_or_dative(key: str) -> bool:
    readings = parses(key)
    return not readings or bool(_LIGHT & readings[0].grammemes) or any(
        "datv" in reading.grammemes and _NOMINAL & reading.grammemes for reading in readings)


def _opens_infinitive(words: list[str]) -> bool:
    """The quoted words open with an infinitive, after at most two particles or adverbs
    ("не допустить", "слепо следовать")."""
    for word in words[:3]:
        readings = parses(word.strip(",.!?…:;()"))
        if not readings:
            return False
        if "INFN" in readings[0].grammemes:
            return True
        if not _LIGHT & readings[0].grammemes:
            return False
    return False


def _only_instrumental(words: list[str]) -> bool:
    """ "назвал ее «Машей»": one capitalised word that reads only as an instrumental is a name
    someone gave, not a title (titles stand in the nominative or agree with a noun)."""
    readings = parses(words[0].strip(",.!?…:;()")) if len(words) == 1 else ()
    return bool(readings) and all("ablt" in reading.grammemes for reading in readings)


def _is_preposition(key: str) -> bool:
    readings = parses(key)
    return bool(readings) and "PREP" in readings[0].grammemes


def governed_fragment(ctx: TextContext, quotation: Quotation) -> Attribution | None:
    """The attribution of a short lower-case quotation that a verb of
    fragment_verbs.txt governs, with that verb's subject as the speaker; None otherwise."""
    text = ctx.text
    if quotation.close is None or quotation.end <= quotation.start:
        return None
    words = text[quotation.start : quotation.end].split()
    if len(words) > _MAX_WORDS or not text[quotation.start].islower() and not _only_instrumental(words):
        return None  # a capitalised phrase is a title, but for a name given in the instrumental
    forms = _verb_forms()
    index = bisect_left(ctx.word_starts, quotation.open)
    between: list[int] = []
    for i in range(index - 1, max(-1, index - _MAX_OBJECT_WORDS - 3), -1):
        if _BREAK_RE.search(text, ctx.word_ends[i], ctx.word_starts[between[-1]] if between else quotation.open):
            return None
        if ctx.word_keys[i] in forms:
            if not _governs(ctx, forms[ctx.word_keys[i]], between[::-1], words):
                return None
            return _subject(ctx, quotation.open, (ctx.word_starts[i], ctx.word_ends[i]), quotation.close)
        if between and ctx.word_keys[between[0]] == "как" and _finite_transitive(ctx.word_keys[i]):
            # "происходящее он обозначил как «…»": any finite transitive verb characterises its object
            # with the words after "как" (no comma before it: that "как" compares)
            return _subject(ctx, quotation.open, (ctx.word_starts[i], ctx.word_ends[i]), quotation.close)
        between.append(i)
    return None


def _finite_transitive(key: str) -> bool:
    """A finite transitive verb: it has an object to characterise ("прибыл как «…»" names a role)."""
    readings = parses(key)
    return bool(readings) and {"VERB", "indc", "tran"} <= readings[0].grammemes


def _subject(ctx: TextContext, open_mark: int, cue: tuple[int, int], close: int | None = None) -> Attribution | None:
    start = max(ctx.sentence_at(open_mark)[0], ctx.paragraphs[ctx.paragraph_index(open_mark)][0], open_mark - _REACH)
    attribution = read_attribution(ctx.text, start, cue[1], require_verb=False, cue=cue, opinion=True)
    if (attribution is None or attribution.mention is None) and close is not None:
        attribution = subject_after_opening_gerund(ctx, start, cue, close)
    if attribution is None or attribution.mention is None or not attribution.mention.subject:
        return None
    attribution.cue = cue
    return attribution


def subject_after_opening_gerund(ctx: TextContext, start: int, cue: tuple[int, int], close: int) -> Attribution | None:
    """ "Называя санкции «экономической войной», Лавров призвал к диалогу": a gerund that
    opens its sentence has the subject of the clause after its phrase."""
    if ctx.text[start : cue[0]].strip(" \t\n–—-") or not any(
            "GRND" in reading.grammemes for reading in parses(ctx.text[cue[0] : cue[1]])[:1]):
        return None
    comma = ctx.text.find(",", close, close + 40)
    if comma < 0:
        return None
    end = min(ctx.sentence_at(close)[1], comma + 1 + _REACH // 4)
    return read_attribution(ctx.text, comma + 1, end, require_verb=False, opinion=True)


def is_participle_cue(ctx: TextContext, attribution: Attribution) -> bool:
    """ "Песков, назвавший ситуацию «…», призвал …": the cue is a participle, so the comma
    after the words closes its phrase and the verb after it is the main clause's, not a
    report of the words."""
    if attribution.cue is None:
        return False
    readings = parses(ctx.text[attribution.cue[0] : attribution.cue[1]])
    return bool(readings) and "PRTF" in readings[0].grammemes


# What joins two fragments of one speaker's words: "назвал «…» и «…» действия".
_VERB_POS = frozenset({"VERB", "INFN", "GRND", "PRTS", "PRTF"})
_COORDINATION_RE = re.compile(r"[ \t]*(?:,|и|или|а[ \t]+также)[ \t]*")


def coordinated_fragment(
    ctx: TextContext, quotation: Quotation, fragment: tuple[int, Attribution] | None
) -> Attribution | None:
    """"обвинил их в «провокации» и «подрыве переговоров»": a lower-case quotation joined
    by a conjunction to a fragment just attributed is the same speaker's words."""
    if fragment is None or quotation.close is None or not ctx.text[quotation.start : quotation.start + 1].islower():
        return None
    close, attribution = fragment
    if quotation.open - close > 16 or not _COORDINATION_RE.fullmatch(ctx.text, close + 1, quotation.open):
        if not _coordinated_after_tail(ctx.text, close + 1, quotation.open):
            return None
    return copy(attribution)  # its own copy: a later step may move one quote's cue


# "говорил о «…» между странами, об «…»": the first phrase's tail, a comma or conjunction, and the
# same kind of complement again, its preposition repeated.
_TAIL_COORDINATION_RE = re.compile(
    r"(?P<tail>(?:[ \t]+[а-яёa-z-]+){0,3})[ \t]*(?:,|[ \t]и|[ \t]а[ \t]+также)[ \t]+(?P<preposition>[а-яё]{1,3})[ \t]+"
)
_MAX_TAIL_CHARS = 50


def _coordinated_after_tail(text: str, after_close: int, open_mark: int) -> bool:
    """The quotation repeats the preposition of a coordinated complement after the fragment
    before it and a few words of that fragment's phrase, none of them a verb."""
    if open_mark - after_close > _MAX_TAIL_CHARS:
        return False
    match = _TAIL_COORDINATION_RE.fullmatch(text, after_close, open_mark)
    if match is None or not any("PREP" in reading.grammemes for reading in parses(match.group("preposition"))[:1]):
        return False
    return not any(reading.grammemes & _VERB_POS for word in match.group("tail").split() for reading in parses(word)[:1])
