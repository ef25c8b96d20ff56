"""Reported speech whose attribution follows it.

* inverted: "Визит состоится в мае, заявил пресс-секретарь." -> the clause
  before the comma is an indirect quote; "Мы открыты к диалогу, – подчеркнул
  глава МИД." (a dash after the comma) is an unmarked direct quote;
* anaphoric: "Переговоры пройдут в Минске. Об этом заявил глава МИД." -> the
  sentence before (across a paragraph break too) is an indirect quote,
  unless that sentence reports speech of its own.

Only sentences with no quote found by the other detectors are read.  Where
the words start and end (after a dateline, back over the paragraph for an
unmarked direct quote) is in :mod:`annotator.nlp.inverted_spans`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from annotator.nlp.analysis import Offsets
from annotator.nlp.attribution import Attribution, Candidate, read_attribution
from annotator.nlp.context import TextContext
from annotator.nlp.inverted_spans import (
    inside_odd_marks,
    opening_name_end,
    sentences_naming_speakers,
    speech_start,
    strip_dateline,
)
from annotator.nlp.headlines import FIRST_PERSON_PRONOUNS
from annotator.nlp.mentions import apposition_to_end, find_mentions
from annotator.nlp.morph import parses
from annotator.nlp.segment import tokenize

_DASH = "[–—-]{1,2}"
# Between the reported clause and the speech verb: a comma, maybe a dash and
# an adverb ("…, – подчеркнул", "…, также отметил", "…, в свою очередь, заявил").
_INVERSION_RE = re.compile(
    rf"(?:,[ \t]*(?P<dash>{_DASH}[ \t]*)?|(?P<stop>[?!…]+)[ \t]*(?P<stop_dash>{_DASH}[ \t]*)"
    rf"|(?<=[а-яёa-z0-9])[ \t]+(?P<bare_dash>{_DASH}[ \t]+))"
    rf"(?:(?:также|ранее|затем|далее|уже|вновь|снова|еще|ещё)[ \t]+)?$"
)
_CLOSING_MARKS = "»”“\""
_QUESTION_WORDS = frozenset({"почему", "зачем", "отчего", "сколько", "кто", "каким", "какие", "какой"})
_MIN_CLAUSE_WORDS = 2  # "Инцидент исчерпан, сообщили в МИД."

# Sentences that point back at the one before: "Об этом заявил …", "Так …
# прокомментировал", "С таким заявлением выступил …", "Такое мнение высказал …".
_ANAPHORA_RE = re.compile(
    r"(?:(?:Как[ \t]+)?(?:сообща\w+|переда\w+|пиш\w+)[^,.!?]{0,60},[ \t]*)?"
    r"(?:Об[ \t]+этом|об[ \t]+этом|Так(?=[ \t])|С[ \t]+так\w+[ \t]+(?:заявлением|словами|мнением|оценкой|предупреждением)"
    r"|Так\w+[ \t]+(?:заявление|мнение|оценку|слова|позицию|прогноз|мнением|словами|оценкой|признание)"
    r"|Соответствующ\w+[ \t]+(?:заявление|признание|мнение|сообщение|оценку|заявлением)"
    r"|Эт\w+[ \t]+(?:слова|заявление|информацию|данные|сведения))\b"
    r"(?:,[ \t]*как[ \t]+[^,.!?]{1,60},)?"
)
# Nouns of speech after which "выступил", "сделал", "высказал" attribute.
_FRAME_VERBS = re.compile(r"\b(?:выступил|выступила|выступили|сделал|сделала|сделали|высказал|высказала"
                          r"|высказали|озвучил|озвучила|озвучили|поделился|поделилась|поделились)\b")
# "…, продолжил он, пройдёт …": the reported clause resumes after the attribution.
_RESUMED_RE = re.compile(r"[^,.!?;:«»\"]{1,60}?(?P<comma>,)[ \t]*(?:[–—-]{1,2}[ \t]*)?(?=[а-яёА-ЯЁ])")
_REPORTING_RE = re.compile(
    r"(?:[ \t]+[а-яё]+){0,3}?(?:[ \t]*,[ \t]*(?:что|как|когда|где|почему|зачем|будто|[а-яё]+[ \t]+ли)\b"
    r"|[ \t]+что\b|[ \t]*:)"
)
_NAMING_RE = re.compile(r"\b(?:назва|призва|выразил|выразила|выразили)(?:л|ла|ли)?\b")
_RELAY_RE = re.compile(r"(?:сообща|переда|пиш|информиру|со[ \t]+ссылкой)")
# "сообщил источник, близкий к переговорам": the source described, not the report resumed.
_SOURCE_DESCRIPTION_RE = re.compile(r"(?:близк|знаком|осведомл|ознаком|котор)")
_INVERTED_FRAME_RE = re.compile(
    r",[ \t]*(?P<frame>(?:такое|это|подобное|соответствующее)[ \t]+(?:заявление|мнение|признание)[ \t]+)"
    r"(?=(?:сделал|высказал|озвучил)[а-я]{0,2}\b)"
)
_VERB_GENDERS = {"л": "m", "ла": "f", "ли": "p"}


def _is_finite(word: str) -> bool:
    """A personal form that heads a clause: "заявил", "передает", not "заявив"."""
    for reading in parses(word)[:2]:
        grammemes = reading.grammemes
        if "VERB" in grammemes and ("past" in grammemes or "3per" in grammemes):
            return True
    return False


def _balanced(piece: str) -> bool:
    """The quotation that ends ``piece`` also opens in it ("… тема «всем надоела»")."""
    guillemets = piece.count("«") > 0 and piece.count("«") == piece.count("»")
    low = piece.count("„") > 0 and piece.count("„") == piece.count("“")
    straight = piece.count('"') >= 2 and piece.count('"') % 2 == 0
    return guillemets or low or straight


def _clause(
    ctx: TextContext, sentence: Offsets, end: int, min_words: int = _MIN_CLAUSE_WORDS, asked: bool = False
) -> Offsets | None:
    """The reported clause text[start:end] of a sentence, if it reads as one."""
    start = strip_dateline(ctx.text, sentence[0], end)
    while end > start and ctx.text[end - 1] in " \t.!?…;":
        end -= 1
    if end <= start or ctx.text[start] in "«„“\"" and opening_name_end(ctx.text, start, end) is None:
        return None  # a quotation in marks: the direct-quote detector's
    if ctx.text[end - 1] in _CLOSING_MARKS and not _balanced(ctx.text[start:end]):
        return None  # the end of a quotation whose opening mark is elsewhere
    first = bisect_left(ctx.word_starts, start)
    last = bisect_left(ctx.word_starts, end)
    if last - first < min_words or ctx.word_keys[first] in _QUESTION_WORDS and not asked:
        return None  # "Почему граница закрыта, объяснил министр": a topic, not the words ("Почему? – спросил он" asks)
    return start, end


def _inverted(ctx: TextContext, sentence: Offsets, verb_starts: list[int]) -> list[Candidate]:
    """ "…, заявил X." / "…, – подчеркнул X.": the clause before the verb;
    "…, продолжил он, …" also the clause after the attribution."""
    start, end = sentence
    index = bisect_left(verb_starts, start)
    while index < len(verb_starts) and verb_starts[index] < end:
        verb_start, verb_end, _ = ctx.verbs[index]
        index += 1
        window = ctx.text[max(start, verb_start - 40) : verb_start]
        match = _INVERSION_RE.search(window)
        if match is None or not _is_finite(ctx.text[verb_start:verb_end]):
            continue
        comma = verb_start - len(window) + match.start()
        resumed = _RESUMED_RE.match(ctx.text, verb_end, end)
        if resumed is not None and (
            _RELAY_RE.match(ctx.folded, resumed.end())
            or _gerund_at(ctx, resumed.end())
            or _SOURCE_DESCRIPTION_RE.match(ctx.folded, resumed.end())
            or apposition_to_end(tokenize(ctx.text, resumed.end(), end))
        ):
            resumed = None  # "…, заявил Лавров, передает ТАСС" / "…, ссылаясь на …" / "…, близкий к …": not the report resumed
        clause = _clause(ctx, (start, end), comma, 1 if resumed else _MIN_CLAUSE_WORDS, match.group("stop") is not None)
        # "…интерес - отметил Сибига.": a spaced dash with no comma before it sets the words apart too
        direct = match.group("dash") is not None or match.group("stop") is not None or match.group("bare_dash") is not None
        if clause is not None and not direct and _speaks_in_first_person(ctx.text[clause[0] : clause[1]]):
            direct = True  # "Мы слышим …, заявил министр.": reported speech would shift the person (guide, direct 6)
        if clause is not None and match.group("stop") is not None:
            clause = (clause[0], comma + len(match.group("stop")))  # "Какой двор? – возмутился он": the mark is the words'
        if clause is None or (not direct and _reports_speech(ctx, clause, verb_starts)):
            continue  # a direct quote may report speech inside it
        stop = resumed.start("comma") if resumed else end
        attribution = read_attribution(ctx.text, verb_start, stop, require_verb=True, opinion=True)
        if attribution is None or attribution.mention is None:
            continue
        later = bisect_left(verb_starts, verb_end)
        if later < len(verb_starts) and verb_starts[later] < attribution.mention.start:
            continue  # "…, продолжит работу …, заявил Лавров": the name belongs to the later verb
        kind = "direct" if direct else "indirect"
        found = [Candidate(clause[0], clause[1], kind, attribution)]
        rest = _clause(ctx, (resumed.end(), end), end) if resumed else None
        if rest is not None:
            found.append(Candidate(rest[0], rest[1], kind, attribution))
        return found
    return []


_MARKED_RE = re.compile(r"«[^«»]*»|„[^„“]*“|‘[^‘’]*’|\"[^\"]*\"")


def _speaks_in_first_person(clause: str) -> bool:
    """An unmarked clause with a first-person pronoun ("мы", "нас", "наш"), its
    quoted words left out: "…, что «мы готовы»" is the author relaying a fragment.
    A first-person verb alone is not enough ("Обращаем внимание" opens a statement
    the clause may only cite)."""
    words = _CYRILLIC_WORD_RE.findall(_MARKED_RE.sub(" ", clause))
    return any(word.lower() in FIRST_PERSON_PRONOUNS for word in words)


def _relay(ctx: TextContext, candidate: Candidate) -> bool:
    """An inverted report whose only source is an outlet or its correspondent
    ("…, передает ТАСС", "…, сообщает корреспондент Podrobno.uz")."""
    attribution = candidate.attribution
    if attribution is None or attribution.cue is None or attribution.mention is None:
        return False
    mention = attribution.mention
    outlet = mention.outlet or (mention.kind == "role" and mention.role is not None
                                and mention.role[0] in ("correspondent", "journalist"))
    return outlet and _RELAY_RE.match(ctx.folded, attribution.cue[0]) is not None


def _inverted_frame(ctx: TextContext, sentence: Offsets) -> list[Candidate]:
    """"…, такое заявление сделала Мария Захарова.": the clause before the frame."""
    match = _INVERTED_FRAME_RE.search(ctx.text, *sentence)
    if match is None:
        return []
    clause = _clause(ctx, sentence, match.start())
    attribution = _frame_attribution(ctx, match.start("frame"), sentence[1]) if clause else None
    if clause is None or attribution is None or attribution.mention is None:
        return []
    return [Candidate(clause[0], clause[1], "indirect", attribution)]


_CYRILLIC_WORD_RE = re.compile(r"[А-ЯЁа-яё]+")


def _gerund_at(ctx: TextContext, offset: int) -> bool:
    word = _CYRILLIC_WORD_RE.match(ctx.text, offset, offset + 30)  # no slice copied per call
    return word is not None and "GRND" in parses(word.group())[0].grammemes


def _after_gerund(ctx: TextContext, candidate: Candidate) -> bool:
    """A quote reported by a gerund ("…, отметив, что …") in a sentence an anaphoric
    frame opens ("Об этом заявил X, отметив, что …")."""
    attribution = candidate.attribution
    if attribution is None or attribution.cue is None or not _gerund_at(ctx, attribution.cue[0]):
        return False
    sentence = ctx.sentence_at(candidate.start)
    return _ANAPHORA_RE.match(ctx.text, sentence[0], attribution.cue[0]) is not None


def _frame_attribution(ctx: TextContext, start: int, end: int) -> Attribution | None:
    attribution = read_attribution(ctx.text, start, end, require_verb=True, opinion=True)
    if attribution is not None:
        return attribution
    verb = _FRAME_VERBS.search(ctx.text, start, end)
    if verb is None:
        return None
    ending = verb.group()[-2:] if verb.group().endswith(("ла", "ли")) else "л"
    found = read_attribution(ctx.text, start, end, require_verb=False, cue=verb.span())
    if found is None or found.mention is None:
        return None
    return Attribution(verb.span(), _VERB_GENDERS[ending], found.mention, True)


def _reports_speech(ctx: TextContext, sentence: Offsets, verb_starts: list[int]) -> bool:
    """The sentence reports speech of its own: a speech verb before a clause
    ("спросили, как …", "сообщил мне, что …") or a naming ("Лукашенко назвал …")."""
    index = bisect_left(verb_starts, sentence[0])
    while index < len(verb_starts) and verb_starts[index] < sentence[1]:
        verb_end = ctx.verbs[index][1]
        index += 1
        if _REPORTING_RE.match(ctx.folded, verb_end, sentence[1]):
            return True
    return _NAMING_RE.search(ctx.text, sentence[0], sentence[1]) is not None


def _anaphoric(
    ctx: TextContext, index: int, verb_starts: list[int], quoted: set[int], relayed: frozenset[int] | set[int] = frozenset()
) -> Candidate | None:
    """ "<sentence>. Об этом заявил X." -> the sentence before."""
    start, end = ctx.sentences[index]
    if ctx.text[start] not in "ОоТтСсЭэКк":  # what every frame opens with
        return None
    match = _ANAPHORA_RE.match(ctx.text, start, end)
    if match is None or index == 0 or (index - 1 in quoted and index - 1 not in relayed):
        return None
    attribution = _frame_attribution(ctx, match.end(), end)
    if attribution is None or attribution.mention is None:
        return None
    previous = ctx.sentences[index - 1]
    if _reports_speech(ctx, previous, verb_starts) or ctx.text[: previous[1]].rstrip().endswith("?"):
        return None  # its own speaker, or the author's question ("Как идёт работа? Об этом …")
    if _speaker_speaks(ctx, previous, verb_starts):
        return None  # "Лукашенко предложил … прекратить «эту драчку». Об этом он заявил …"
    clause = _clause(ctx, previous, previous[1])
    if clause is None:
        return None
    return Candidate(clause[0], clause[1], "indirect", attribution)


def _speaker_speaks(ctx: TextContext, sentence: Offsets, verb_starts: list[int]) -> bool:
    """A named person or title is the subject of a speech verb in the sentence."""
    index = bisect_left(verb_starts, sentence[0])
    if index >= len(verb_starts) or verb_starts[index] >= sentence[1]:
        return False
    verb = ctx.verbs[index][2]
    if verb.gender not in ("m", "f") or verb.lemma in ("продолжить", "продолжать"):
        return False  # "продолжает работать", "сообщат лидеру": facts, not someone's words
    before = find_mentions(tokenize(ctx.text, sentence[0], verb_starts[index]))
    return any(m.subject and m.kind in ("name", "role") for m in before)


def _sentences_with(ctx: TextContext, candidates: list[Candidate]) -> set[int]:
    return {ctx.sentence_index(c.start) for c in candidates} | {
        ctx.sentence_index(max(c.start, c.end - 1)) for c in candidates
    }


def _reported_question(ctx: TextContext, candidate: Candidate) -> bool:
    """A question reported after "на вопрос" (its cue), not words of the speaker."""
    cue = candidate.attribution.cue if candidate.attribution else None
    return candidate.kind == "indirect" and cue is not None and ctx.folded.startswith("на воп", cue[0])


def _inside(taken: list[Offsets], starts: list[int], offset: int) -> bool:
    index = bisect_right(starts, offset) - 1
    return index >= 0 and taken[index][0] <= offset < taken[index][1]


def detect_inverted(ctx: TextContext, taken: list[Offsets], found: list[Candidate]) -> list[Candidate]:
    """Inverted and anaphoric quotes in sentences where ``found`` has none
    and outside ``taken`` (quotations and transcripts)."""
    quoted = _sentences_with(ctx, found)
    owned = sentences_naming_speakers(ctx, found)
    # "Об этом заявил X, отвечая на вопрос, как …": the reported question leaves the
    # frame pointing back at the sentence before.
    # "Об этом заявил X, отметив, что …" too: the gerund reports more, the frame still points back.
    asked_only = _sentences_with(ctx, [c for c in found if _reported_question(ctx, c) or _after_gerund(ctx, c)]) - (
        _sentences_with(ctx, [c for c in found if not (_reported_question(ctx, c) or _after_gerund(ctx, c))]))
    taken_starts = [s for s, _ in taken]
    verb_starts = [v[0] for v in ctx.verbs]
    result: list[Candidate] = []
    relayed: dict[int, Candidate] = {}  # sentences quoted here only on an outlet's word
    for index, sentence in enumerate(ctx.sentences):
        if index in quoted and index not in asked_only:
            continue
        anaphoric = _anaphoric(ctx, index, verb_starts, quoted, set(relayed))
        if index in asked_only and anaphoric is None:
            continue
        if anaphoric is not None and index - 1 in relayed:
            # "…, передает корреспондент агентства. Об этом сообщил посол X.": X said it
            relay = relayed.pop(index - 1)
            result.remove(relay)
            anaphoric.start, anaphoric.end = relay.start, relay.end  # the relay is no part of the words
        candidates = [anaphoric] if anaphoric else (
            _inverted(ctx, sentence, verb_starts) or _inverted_frame(ctx, sentence)
        )
        probe = candidates[0].start if candidates else 0
        if candidates and ctx.text[probe] in "«„“\"":
            probe = opening_name_end(ctx.text, probe, candidates[0].end) or probe  # the name's marks are taken
        if not candidates or _inside(taken, taken_starts, probe):
            continue
        if anaphoric is None and len(candidates) == 1 and _relay(ctx, candidates[0]):
            # "Министр не исключил новой встречи, передает ТАСС": the outlet's quote whatever the
            # clause reports (guide, "Decided after the sixth batch: an outlet relaying a sentence")
            relayed[index] = candidates[0]
        if len(candidates) == 1 and candidates[0].kind == "direct":
            candidates[0].start = speech_start(ctx, index, candidates[0].start, quoted, verb_starts, owned)
            candidates[0].start, candidates[0].end = inside_odd_marks(ctx.text, candidates[0].start, candidates[0].end)
        quoted.add(ctx.sentence_index(candidates[0].start))
        quoted.add(index)
        owned |= sentences_naming_speakers(ctx, candidates)
        result.extend(candidates)
    return result
