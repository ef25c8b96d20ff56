"""Reading an attribution clause: its cue (speech verb), gender and speaker."""

from __future__ import annotations

import re
from dataclasses import dataclass

from annotator.nlp import lexicon
from annotator.nlp.analysis import Offsets
from annotator.nlp.mentions import Mention, find_mentions, pick
from annotator.nlp.morph import parses
from annotator.nlp.segment import Token, tokenize


_QUOTING = frozenset({"цитировать", "процитировать"})


# "отреагировал на заявление Лаврова о том, что …": the clause is what the owner of the statement said.
_ABOUT_RE = re.compile(r"[ \t]+о[ \t]+том,[ \t]*$")
_STATEMENT_RE = re.compile(
    r"(?:заявлени|слов|утверждени|высказывани|сообщени|стать|публикаци|доклад|отч[её]т)[а-яё]*(?:[ \t]+[^\s,.;:!?«»\"]+){0,4}[ \t]+$", re.IGNORECASE
)


def _statement_owner(text: str, mentions: list[Mention], end: int) -> Mention | None:
    about = _ABOUT_RE.search(text, max(0, end - 12), end)
    if about is None:
        return None
    owner = next((m for m in reversed(mentions) if m.end <= about.start()), None)
    if owner is None or owner.kind not in ("name", "role", "org") or text[owner.end : about.start()].strip():
        return None
    return owner if _STATEMENT_RE.search(text, max(0, owner.start - 80), owner.start) else None


# "процитировал слова Путина", "процитировала шутку иностранных коллег".
_WORDS_OF_RE = re.compile(
    r"(?:слова|шутк[уи]|фраз[уы]|высказывани[ея]|реплик[уи]|цитат[уы]|заявлени[ея])(?:[ \t]+[а-яё]+){0,1}[ \t]+$", re.IGNORECASE
)


def _words_owner(text: str, mentions: list[Mention], verb: Token) -> Mention | None:
    """The one whose words a quoting verb quotes: the genitive after "слова", "шутку"."""
    for mention in mentions:
        if mention.start > verb.end and mention.kind in ("name", "role", "org"):
            if _WORDS_OF_RE.search(text, max(verb.end, mention.start - 40), mention.start):
                return mention
    return None


# "Об этом говорится в комментарии официального представителя МИД Марии Захаровой":
# the author of the document is the speaker of an impersonal verb.
_IMPERSONAL = frozenset({"говориться", "отмечаться", "подчеркиваться", "подчёркиваться", "указываться"})
# The document noun, then the owner's title ("официального представителя МИД России").
_IN_DOCUMENT_RE = re.compile(r"[ \t]+во?[ \t]+([а-яё]+)(?:[ \t]+[^\s,.;:!?«»\"]+){0,6}[ \t]+")
_DOCUMENTS = frozenset(
    "заявление комментарий сообщение письмо обращение публикация статья материал доклад ответ интервью пост".split()
)


def _document_owner(text: str, mentions: list[Mention], verb_end: int) -> Mention | None:
    after = [m for m in mentions if m.start >= verb_end]
    if not after:
        return None
    found = _IN_DOCUMENT_RE.fullmatch(text, verb_end, after[0].start)
    if found is None or parses(found.group(1))[0].lemma not in _DOCUMENTS:
        return None
    return after[0] if after[0].kind in ("name", "role", "org") else None


# "– цитирует его ТАСС": the object pronoun is the one quoted, the outlet only relays.
_OBJECT_PRONOUNS = {"его": "m", "ее": "f", "её": "f", "их": "p"}


def _quoted_pronoun(tokens: list[Token], verb: Token) -> Mention | None:
    following = next((t for t in tokens if t.start > verb.end), None)
    if following is None or following.text.lower() not in _OBJECT_PRONOUNS:
        return None
    return Mention(following.start, following.end, "pronoun", _OBJECT_PRONOUNS[following.text.lower()])


def _addressee(tokens: list[Token], verb: Token, mention: Mention) -> bool:
    """"Генштаб сообщил Путину, что …", "заявил президенту": a person in the dative
    right after the speech verb is who was told, never who spoke."""
    if mention.kind not in ("name", "role") or not mention.oblique:
        return False
    following = next((t for t in tokens if t.start > verb.end), None)
    if following is None or following.start != mention.start:
        return False
    last = next(t for t in reversed(tokens) if t.end <= mention.end)
    readings = [p for p in parses(last.text) if p.grammemes & {"NOUN", "Surn", "Name"}]
    return any("datv" in p.grammemes for p in readings) and not any("nomn" in p.grammemes for p in readings)


_CLAUSE_OPENERS = frozenset({"что", "чтобы", "будто", "который", "которая", "которое", "которые", "где", "когда"})


def _outside_embedded_clause(tokens: list[Token], mentions: list[Mention], verb: Token) -> list[Mention]:
    """"Представитель Кремля прокомментировал сообщение о том, что бизнесмен X
    заявил …, отметив, что": a gerund's subject is the sentence's, named before
    the clause that "что" opens, not a name inside that clause."""
    opener = next((t for t in tokens if t.end <= verb.start and t.key in _CLAUSE_OPENERS), None)
    if opener is None or not any(m.end <= opener.start and m.subject for m in mentions):
        return mentions
    return [m for m in mentions if not opener.start < m.start < verb.start]


def _singular_subjects(tokens: list[Token], mentions: list[Mention], verb: Token) -> list[Mention]:
    """"пресс-секретарь главы государства отметил": a singular verb agrees with a
    subject in the nominative singular, so a title before it whose noun has no such
    reading ("главы") is a genitive complement, not the speaker, when a subject
    that can agree stands before the verb as well."""
    def governed_title(mention: Mention) -> bool:
        if mention.kind != "role" or mention.end > verb.start or mention.cited:
            return False
        head = next((t for t in tokens if mention.start <= t.start and t.end <= mention.end
                     and any("NOUN" in p.grammemes for p in parses(t.text))), None)
        nouns = [p for p in parses(head.text) if "NOUN" in p.grammemes] if head else []
        return bool(nouns) and not any({"nomn", "sing"} <= p.grammemes for p in nouns)

    governed = {id(m) for m in mentions if governed_title(m)}
    others = [m for m in mentions if id(m) not in governed and m.end <= verb.start and m.subject]
    return [m for m in mentions if id(m) not in governed] if governed and others else mentions


# Prepositions that open an adverbial phrase between a subject and its verb
# ("Кулеба в беседе с журналистами … заявил", "Трамп в ходе речи в резиденции … выразил").
_ADVERBIAL_PREPOSITIONS = frozenset("в во на с со у к ко при во время после перед за из от по".split())
_PHRASE_TAGS = frozenset({"NOUN", "ADJF", "PRTF", "Anum", "NUMR", "CONJ", "PREP", "Name", "Surn", "Geox", "Orgn"})


def _in_adverbial_phrase(tokens: list[Token], mentions: list[Mention], verb: Token) -> set[int]:
    """Mentions before a singular verb that sit inside a prepositional phrase
    following another subject ("Министр Иван Петров в беседе с коллегой Сергеем
    Ивановым заявил", "Президент в ходе речи в резиденции Мар-а-Лаго выразил"):
    the subject is the nominative before the phrase, not the nearest name
    (their ids; empty when the verb is not preceded by such a subject)."""
    before = [m for m in mentions if m.end <= verb.start]
    dropped: set[int] = set()
    for subject, inner in zip(before, before[1:]):
        if id(subject) in dropped or not subject.subject or subject.oblique or subject.kind not in ("name", "role", "org"):
            continue
        between = [t for t in tokens if subject.end <= t.start and t.end <= verb.start]
        if not between or between[0].key not in _ADVERBIAL_PREPOSITIONS:
            continue  # the phrase must open right after the subject
        if any(not (t.text[:1].isalpha() or t.text in "-") for t in between):
            continue  # a comma or a mark: another clause or an insertion
        if any(t.text.islower() and t.key not in _ADVERBIAL_PREPOSITIONS and not parses(t.text)[0].grammemes & _PHRASE_TAGS
               for t in between):
            continue  # a verb or an adverb: not one phrase
        for later in (m for m in before if m.start >= inner.start):
            if later.cited or _nominative_person(tokens, later):
                break  # "со ссылкой на …" cites; "постпред при ООН Василий Небензя" is the head of an apposition
            dropped.add(id(later))
    return dropped


def _nominative_person(tokens: list[Token], mention: Mention) -> bool:
    """The mention's last word reads as a person in the nominative ("Небензя"),
    not "Петром", "Лексусу" or the indeclinable place "Мар-а-Лаго"."""
    last = next((t for t in reversed(tokens) if t.end <= mention.end), None)
    if last is None or mention.oblique:
        return False
    return any("nomn" in p.grammemes and p.grammemes & {"Name", "Surn", "anim"} for p in parses(last.text))


_GLUE = frozenset(".-")
_BEFORE_VERB = frozenset({"ADVB", "PRCL", "CONJ"})  # "якобы" is read as a conjunction too


def _unknown_subject(text: str, tokens: list[Token], verb: int) -> Mention | None:
    """"Ранее Вести Московского региона сообщали, что …", "Газета ВЗГЛЯД подробно
    рассказывала", "Ранее в МОК подчеркивали": where the clause names no one the
    dictionaries know, a capitalised phrase right before the verb (adverbs aside)
    is its subject, an organisation, not the one who spoke before."""
    index = verb - 1
    while index >= 0 and tokens[index].text.islower() and any(p.grammemes & _BEFORE_VERB for p in parses(tokens[index].text)):
        index -= 1  # "подробно", "также", "якобы"
    last = index
    while index >= 0 and (tokens[index].text[:1].isalpha() or (
            tokens[index].text in _GLUE and index and tokens[index - 1].end == tokens[index].start)):
        if tokens[index].text[:1].isupper() and any(p.grammemes & _BEFORE_VERB for p in parses(tokens[index].text)):
            break  # "Ранее", "Накануне", "Также"
        if tokens[index].key in ("в", "во"):
            break
        index -= 1
    first = index + 1
    run = tokens[first : last + 1]
    if not 0 < len(run) <= 5 or not run[0].text[:1].isupper():
        return None
    inner_capital = any(t.text[:1].isupper() for t in run[1:]) or any(t.text.isupper() and len(t.text) > 1 for t in run)
    # "Ранее Общественная служба новостей сообщала": capitalised after a word of its clause, not as its first word
    after_word = first > 0 and tokens[first - 1].text.isalpha() and len(run) > 1
    if not inner_capital and not after_word:
        return None  # "Стороны сообщили": a common noun opening the sentence; a lone unknown word may be a misspelt name
    located = first > 0 and tokens[first - 1].key in ("в", "во")
    if located and not all(t.text[:1].isupper() for t in run):
        return None
    name = text[run[0].start : run[-1].end]
    mention = Mention(tokens[first - 1].start if located else run[0].start, run[-1].end, "org", org=name)
    mention.role = ("org", name)
    mention.located = located
    return mention


_OPENING_MARKS = frozenset("«\"„“")
_CLOSING_MARKS = frozenset("»\"“”")


def _quoted_subject(tokens: list[Token], verb: int) -> Mention | None:
    """"Как писал "Кавказский узел", …": a name in marks right after the speech verb
    of a clause that names no one else is the outlet that wrote it."""
    opening = verb + 1
    if opening >= len(tokens) or tokens[opening].text not in _OPENING_MARKS:
        return None
    closing = next((i for i in range(opening + 1, min(opening + 6, len(tokens))) if tokens[i].text in _CLOSING_MARKS), -1)
    words = tokens[opening + 1 : closing] if closing > opening + 1 else []
    if not words or not words[0].text[:1].isupper() or not all(t.text[:1].isalpha() for t in words):
        return None
    if closing + 1 < len(tokens) and tokens[closing + 1].text not in ",.;":
        return None  # "сообщил «Известиям» о …": whom it was told, the clause goes on
    name = " ".join(t.text for t in words)
    mention = Mention(tokens[opening].start, tokens[closing].end, "org", org=name, outlet=True)
    mention.role = ("org", None)
    return mention


@dataclass
class Attribution:
    cue: Offsets | None
    verb_gender: str | None
    mention: Mention | None
    has_verb: bool


def read_attribution(
    text: str,
    start: int,
    end: int,
    *,
    require_verb: bool,
    cue: Offsets | None = None,
    opinion: bool = False,
    verb_at: int | None = None,
) -> Attribution | None:
    """The speech verb and speaker mention of ``text[start:end]``.

    Returns None when ``require_verb`` and the clause has no speech verb.
    ``cue`` is used when the clause has none of its own (a colon, "по словам").
    ``opinion`` admits verbs of opinion ("считает"), which attribute a
    direct quote next to them but do not report speech on their own.
    ``verb_at`` names the verb to use when the clause has several.
    """
    tokens = tokenize(text, start, end)
    table = lexicon.attribution_verbs() if opinion else lexicon.speech_verbs()
    verbs = [t for t in tokens if t.key in table and table[t.key].finite]
    if not verbs and require_verb:
        return None
    mentions = find_mentions(tokens)
    if verbs:
        # The verb that introduces the clause, when the caller knows it.
        verb = next((t for t in verbs if t.start == verb_at), verbs[0])
        gender = table[verb.key].gender
        if "GRND" in parses(verb.text)[0].grammemes:
            # "…, которые исходят от Запада, отметив, что": a gerund's subject is the
            # sentence's, never the relative pronoun of a clause in between
            mentions = [m for m in mentions if m.kind != "relative"]
            mentions = _outside_embedded_clause(tokens, mentions, verb)
        if table[verb.key].lemma not in _QUOTING:
            mentions = [m for m in mentions if not _addressee(tokens, verb, m)]
        if gender in ("m", "f"):
            inside = _in_adverbial_phrase(tokens, mentions, verb)
            mentions = [m for m in mentions if id(m) not in inside]
            mentions = _singular_subjects(tokens, mentions, verb)
        mention = (
            _statement_owner(text, mentions, end)
            or (_document_owner(text, mentions, verb.end) if table[verb.key].lemma in _IMPERSONAL else None)
            or pick(mentions, verb.start, gender)
            or _unknown_subject(text, tokens, tokens.index(verb))
            or _quoted_subject(tokens, tokens.index(verb))
        )
        owner = _words_owner(text, mentions, verb) if table[verb.key].lemma in _QUOTING else None
        if owner is not None:
            mention = owner  # "процитировала Захарова шутку иностранных коллег": whose words they are
        elif table[verb.key].lemma in _QUOTING and (mention is None or mention.kind == "org"):
            # "– цитирует сайт МИД Ван Вэньбина": an outlet quotes; the one quoted said it
            quoted = [m for m in mentions if m.start > verb.end and m.kind in ("name", "role")]
            mention = quoted[0] if quoted else (_quoted_pronoun(tokens, verb) or mention)
        return Attribution((verb.start, verb.end), gender, mention, True)
    anchor = cue[1] if cue else end
    return Attribution(cue, None, pick(mentions, anchor, None), False)


@dataclass
class Candidate:
    """A quote found by a detector, before its speaker is resolved."""

    start: int
    end: int
    kind: str  # "direct" or "indirect"
    attribution: Attribution | None = None
    inherit: bool = False  # no attribution of its own: the speaker of the context
    speakerless: bool = False  # an interviewer's question with no name
    interviewee: bool = False  # an "Ответ:" paragraph: the person the interview is with
