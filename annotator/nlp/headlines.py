"""Headlines that attribute their words with a colon or a dash.

* "Песков: визит состоится в мае", "Лукашенко об итогах саммита: …";
* "Москва готова к диалогу — МИД", "С послом провели беседу – МИД РК о
  заявлениях дипломата", "Меня не интересуют такие беседы – Токаев
  высказался о встрече".

A headline is a paragraph that does not end a sentence with a full stop (or
a short line of that shape that does).
The words are a direct quote when they speak in the first person ("Мы не
закроем двери – Лавров"), otherwise an indirect one.  Words in quotation
marks are left to the direct-quote detector, which reads the same colon.
"""

from __future__ import annotations

import re
from dataclasses import replace

from annotator.nlp import lexicon
from annotator.nlp.attribution import Attribution, Candidate, read_attribution
from annotator.nlp.context import TextContext
from annotator.nlp.inverted_spans import opening_name_end, strip_dateline
from annotator.nlp.mentions import find_mentions, role_starters
from annotator.nlp.morph import fold, parses
from annotator.nlp.salience import UNNAMED_ROLES
from annotator.nlp.segment import tokenize

# "Замглавы МИД Рябков: …", "Лукашенко об отсутствии коллег на саммите: …".
# The words may open with a name in marks ("Песков: «Сила Сибири – 2» остается в повестке"),
# not with a quotation of their own (that is the direct-quote detector's).
_COLON_RE = re.compile(r"(?P<source>[^:«»\"„“.!?()]{2,90}?)[ \t]*:[ \t]+(?=\S)")
# "… – МИД РК", "… — Лавров о переговорах", "… – Токаев высказался о встрече".
_DASH_RE = re.compile(r"[ \t][–—-][ \t]+(?P<source>[^–—«»\"„“.!?:()]{2,90})$")
# "Илья Дарчиашвили - Тбилиси продолжит …": a name (with a role) before the dash.
_LEADING_NAME_RE = re.compile(r"(?P<source>[^–—:«»\"„“.!?(),]{3,70}?)[ \t]+[–—-][ \t]+(?=[^\s–—-])")
_TO_OUTLET_RE = re.compile(r"[«\"„“][^«»\"„“:]{2,40}[»\"“”][ \t]*:[ \t]+(?=\S)")
_CAPITALS_RE = re.compile(r"[А-ЯЁA-Z]{4,}")
_WORDS_COLON_RE = re.compile(r"(?P<words>[^:«»\"„“]{3,200}?)[ \t]*:[ \t]+(?=\S)")
_ABOUT = frozenset({"о", "об", "обо", "про"})
_PREDICATE_TAGS = frozenset({"VERB", "ADJS", "PRED"})
_NOT_SOURCES = re.compile(r"\b(?:Фото|фото|Видео|видео|Источник|Опубликовано|Обновлено)\b")
# "Москва – Пекин: …", "Россия — Китай: …": two sides joined by a dash are a topic, not a speaker.
_PAIR_RE = re.compile(r"^\s*[А-ЯЁA-Z][\w-]*[ \t]+[–—-][ \t]+[А-ЯЁA-Z][\w-]*\s*$")
_SOURCE_WORDS = 8
_LEAD_CHARS = 500  # how far after a headline its lead names the speaker
_STEM = 4
_SHORT_LINE = 200
_TITLE_WORDS = 6  # "Официальный представитель МИД России Мария Захарова"
_TRAILER_RE = re.compile(r"[ \t]+(?:Фото|Видео|Источник)[ \t]*[:—–-].*$")
FIRST_PERSON_PRONOUNS = frozenset(
    "я мы меня мне мной нас нам нами мой моя мое моё мои моего моей моим моих мою "
    "наш наша наше наши нашего нашей нашим наших нашу нашему".split()
)
_WORD_RE = re.compile(r"[А-ЯЁа-яё]+")


def first_person(text: str) -> bool:
    """The words speak for the speaker: a first-person pronoun or verb."""
    for word in _WORD_RE.findall(text):
        low = word.lower()
        if low in FIRST_PERSON_PRONOUNS:
            return True
        readings = parses(low)
        if readings and "1per" in readings[0].grammemes and "VERB" in readings[0].grammemes:
            return True
    return False


def is_headline(ctx: TextContext, start: int, end: int) -> bool:
    """A headline, or a short line in its manner that ends with a full stop
    ("Кобахидзе: Москва не влияет на выборы.")."""
    if ctx.text[end - 1] == ".":
        return end - start <= _SHORT_LINE
    return ctx.text[end - 1] not in "!?…;" and end - start <= 300


def source_attribution(
    ctx: TextContext, start: int, end: int, cue: tuple[int, int], text: str | None = None
) -> Attribution | None:
    """The attribution of a headline: a short phrase whose first words name a speaker.
    ``text`` is the document with the headline's capitals undone, when it had them."""
    text = ctx.text if text is None else text
    if len(text[start:end].split()) > _SOURCE_WORDS or _NOT_SOURCES.search(text, start, end):
        return None
    if _PAIR_RE.match(text[start:end]):
        return None
    attribution = read_attribution(text, start, end, require_verb=False, cue=cue, opinion=True)
    if attribution is None:
        return None
    # The speaker opens the phrase ("Замглавы МИД Рябков", "Лукашенко об итогах саммита ОДКБ").
    tokens = tokenize(text, start, end)
    opening = [m for m in find_mentions(tokens) if m.subject]
    if not opening:
        return None
    # Words before the speaker are their title ("Посол Нечаев", "Официальный представитель
    # МИД Мария Захарова"), not a topic ("Саммит ШОС").
    before = len(text[start : opening[0].start].split())
    if before > (_TITLE_WORDS if opening[0].role else 2):
        return None
    if before and tokens[0].key not in role_starters():
        return None
    attribution.mention = opening[0]
    if attribution.cue is None:
        attribution.cue = cue
    return attribution


# Where a scraped page glues two headlines into one line: a capital right after a
# lower-case letter ("КоммерсантъЗамглавы МИДа: …") or after a word ("… по Украине Эрдоган: …").
_GLUE_RE = re.compile(r"(?<=[а-яёъ])(?=[А-ЯЁ])|(?<=[а-яё][ \t])(?=[А-ЯЁ])")
_GLUED_HEADLINE_WORDS = 5  # a first headline before a glue by a space ("Саммит ШОС: …" is one headline)


def _glued_source(ctx: TextContext, start: int, end: int, cue: tuple[int, int], text: str) -> Attribution | None:
    """The attribution of the last headline of a glued line: the longest short
    tail before the colon that opens with its speaker ("Замглавы МИД Рябков",
    not "МИД Рябков")."""
    for glue in _GLUE_RE.finditer(text, start, end):
        if len(text[glue.start() : end].split()) > _SOURCE_WORDS:
            continue
        if text[glue.start() - 1].isspace() and len(text[start : glue.start()].split()) < _GLUED_HEADLINE_WORDS:
            continue
        attribution = source_attribution(ctx, glue.start(), end, cue, text)  # the speaker opens the tail
        if attribution is not None:
            return attribution
    return None


def _candidate(ctx: TextContext, start: int, end: int, attribution: Attribution) -> Candidate | None:
    trailer = _TRAILER_RE.search(ctx.text, start, end)
    end = trailer.start() if trailer else end
    while end > start and ctx.text[end - 1] in " \t,;":
        end -= 1
    words = ctx.text[start:end].split()
    if len(words) < 2 or (len(words) == 2 and not _says(ctx.text[start:end])):
        return None  # "Лавров: подробности"; but "Москва ответит" says something
    kind = "direct" if first_person(ctx.text[start:end]) else "indirect"
    if kind == "indirect" and ctx.text[end - 1] == ".":
        end -= 1  # reported speech ends before the full stop
        while end > start and ctx.text[end - 1] in " \t,;–—-":
            end -= 1
    if not _WORD_RE.search(ctx.text, start, end):
        return None  # punctuation alone
    return Candidate(start, end, kind, attribution)


def _says(text: str) -> bool:
    """A finite verb or a short adjective: the words state something (names,
    capitalised, are not read as verbs; capitals are read when all are)."""
    words = _WORD_RE.findall(text.lower() if text.isupper() else text)
    return any(p.grammemes & _PREDICATE_TAGS for w in words if w.islower() for p in parses(w))


def _uncapitalised(text: str, start: int, end: int) -> str:
    """The text with a headline set in capitals written as a sentence would be:
    long words capitalised ("СЕРГЕЙ ЛАВРОВ" -> "Сергей Лавров"), short ones
    kept as abbreviations ("МИД", "РФ").  Same length, so offsets hold."""
    cased = _CAPITALS_RE.sub(lambda m: m.group().capitalize(), text[start:end])
    return text[:start] + cased + text[end:]


def _read_headline(ctx: TextContext, start: int, end: int) -> Candidate | None:
    start = strip_dateline(ctx.text, start, end)
    text = ctx.text
    if text[start:end].isupper():
        text = _uncapitalised(text, start, end)
    colon = _COLON_RE.match(text, start, end)
    if colon is not None and text[colon.end()] in "«„“\"" and opening_name_end(text, colon.end(), end) is None:
        colon = None
    if colon is not None:
        cue = (colon.end("source"), colon.end("source") + 1)
        attribution = source_attribution(ctx, start, colon.end("source"), cue, text) or _glued_source(
            ctx, start, colon.end("source"), cue, text
        )
        candidate = None if attribution is None else _candidate(ctx, colon.end(), end, attribution)
        if candidate is not None:
            return candidate
    dash = _DASH_RE.search(text, start, end)
    if dash is not None and text[start] not in "«„“\"":
        cue = (dash.start() + 1, dash.start() + 2)
        attribution = source_attribution(ctx, dash.start("source"), end, cue, text)
        # "Илья Дарчиашвили - Тбилиси продолжит …": a capital after the dash is
        # no speaker when the words before it say nothing; the name may be.
        candidate = None if attribution is None else _candidate(ctx, start, dash.start(), attribution)
        if candidate is not None:
            return candidate
    return _name_first(ctx, text, start, end) or _words_first(ctx, text, start, end)


def _words_first(ctx: TextContext, text: str, start: int, end: int) -> Candidate | None:
    """ "Россия не будет вмешиваться: Кремль о выборах в Молдавии": the words,
    a colon and the speaker with what they spoke about (or a speech verb).
    The words must say something (a verb or a short adjective), so a topic
    ("Саммит в Астане: Токаев об итогах") or a teaser stays out."""
    colon = _WORDS_COLON_RE.match(text, start, end)
    if colon is None or text[start] in "«„“\"":
        return None
    source_start = colon.end()
    comma = _CLAUSE_END_RE.search(text, source_start, end)
    source_end = comma.start() if comma else end
    keys = [t.key for t in tokenize(text, source_start, source_end)]
    if _ABOUT.isdisjoint(keys) and lexicon.speech_verbs().keys().isdisjoint(keys):
        return None
    if not _says(text[start : colon.end("words")]):
        return None
    attribution = source_attribution(ctx, source_start, source_end, (colon.end("words"), source_start), text)
    if attribution is None:
        return None
    return _candidate(ctx, start, colon.end("words"), attribution)


def _name_first(ctx: TextContext, text: str, start: int, end: int) -> Candidate | None:
    """ "Илья Дарчиашвили - Тбилиси продолжит помогать …": a person's name, a dash
    and a statement with a finite verb (not a caption "Имя Фамилия – министр …")."""
    match = _LEADING_NAME_RE.match(text, start, end)
    if match is None:
        return None
    mentions = find_mentions(tokenize(text, start, match.end("source")))
    if len(mentions) != 1 or mentions[0].kind != "name" or mentions[0].end != match.end("source"):
        return None
    if not any("VERB" in parses(word)[0].grammemes for word in _WORD_RE.findall(text[match.end() : end].lower())):
        return None
    outlet = _TO_OUTLET_RE.match(text, match.end(), end)  # "Лавров — «Известиям»: …": the outlet spoken to
    words_start = outlet.end() if outlet else match.end()
    cue = (match.end("source"), words_start)
    attribution = Attribution(cue, None, mentions[0], False)
    return _candidate(ctx, words_start, end, attribution)


def detect_headlines(ctx: TextContext) -> list[Candidate]:
    """Attributed headlines, one quote per headline paragraph at most."""
    found = []
    for start, end in ctx.paragraphs:
        if is_headline(ctx, start, end):
            candidate = _read_headline(ctx, start, end)
            if candidate is not None and candidate.attribution is not None:
                _name_from_lead(ctx, candidate.attribution, end, (candidate.start, candidate.end))
                found.append(candidate)
    return found


def _name_from_lead(ctx: TextContext, attribution: Attribution, end: int, words: tuple[int, int]) -> None:
    """A headline's title without a name ("Генсек ОДКБ: …", "… — пресс-секретарь
    Кремля") stands for the person the lead names: the first person named in
    the nominative after the headline, with the same title or none, who is
    not among the headline's own words ("Визит Путина …"); "по словам X" names one too.  The mention keeps
    the title's place and takes that person's name."""
    title = attribution.mention
    if title is None or title.kind != "role" or title.role is None or title.role[0] in UNNAMED_ROLES:
        return
    said = ctx.folded[words[0] : words[1]]
    tokens = tokenize(ctx.text, end, min(len(ctx.text), end + _LEAD_CHARS))
    for mention in find_mentions(tokens):
        if mention.kind != "name" or not mention.subject or not mention.surname:
            continue  # "визита Путина" is no subject; "по словам Алиева" names a source
        if attribution.verb_gender in ("m", "f") and mention.gender in ("m", "f") and mention.gender != attribution.verb_gender:
            continue
        if mention.role is not None and mention.role[0] != title.role[0]:
            continue  # someone else with a title of their own
        if fold(mention.surname)[:_STEM] in said:
            continue  # the person the headline speaks about
        if ctx.text[mention.end : mention.end + 3].lstrip(" \t").startswith("/"):
            continue  # "Иван Петров/РИА Новости": a photo credit under the headline
        attribution.mention = replace(mention, start=title.start, end=title.end, role=title.role,
                                      role_label=title.role_label)
        return


# After a quotation that opens a headline: "«…»: Лавров о переговорах", "«…» – Алиев Лаврову".
_AFTER_QUOTE_RE = re.compile(r"[ \t]*,?[ \t]*(?::|[–—-]|(?P<stop>\.))[ \t]+")
_CLAUSE_END_RE = re.compile(r"[,;]")


def _named_again(text: str, attribution: Attribution, after: int) -> bool:
    mention = attribution.mention
    if mention is None or mention.kind != "name" or not mention.surname:
        return False
    stem = mention.surname[:-1] if len(mention.surname) > 4 else mention.surname
    return re.search(r"\b" + re.escape(stem), text[after:]) is not None


def _about_or_said(text: str, start: int, end: int) -> bool:
    keys = [t.key for t in tokenize(text, start, end)]
    return not (_ABOUT.isdisjoint(keys) and lexicon.speech_verbs().keys().isdisjoint(keys))


def quoted_headline_source(ctx: TextContext, close: int) -> Attribution | None:
    """The speaker named after a quotation in a headline paragraph."""
    paragraph = ctx.paragraphs[ctx.paragraph_index(close)]
    if not is_headline(ctx, *paragraph):
        return None
    match = _AFTER_QUOTE_RE.match(ctx.text, close + 1, paragraph[1])
    if match is None:
        return None
    cue = (match.start(), match.end())
    text = ctx.text
    if text[paragraph[0] : paragraph[1]].isupper():  # "«ВЫДЕРЖИМ»: ЗАХАРОВА О …"
        text = _uncapitalised(text, *paragraph)
    # "«Не намерен спорить»: Гутерриш объяснил, почему …": the speaker's clause ends at the comma
    comma = _CLAUSE_END_RE.search(text, match.end(), paragraph[1])
    source_end = comma.start() if comma else paragraph[1]
    if match.group("stop") and not _about_or_said(text, match.end(), source_end):
        return None  # "«…». Попеску об отношениях с Россией", not "«…». Что известно о …"
    attribution = source_attribution(ctx, match.end(), source_end, cue, text)
    if attribution is not None and match.group("stop") and not _named_again(ctx.text, attribution, paragraph[1]):
        return None  # "«…». Слова президента о …": after a full stop only a person the article names again
    if attribution is not None:
        _name_from_lead(ctx, attribution, paragraph[1], (paragraph[0], close))
    return attribution
