"""Speaker labels of transcript paragraphs (ANNOTATION-GUIDE.md, direct 5).

"Вопрос:", "Вопрос (перевод с английского):", "Ответ:", "С.В.Лавров:",
"Сергей ЛАВРОВ:", "ЛАВРОВ:", "Песков Д.С.:", "Министр иностранных дел России
С.В.Лавров:", "Посол:", "Алексей Петров, телеканал «Мир»:", an
interviewer under the outlet's name ("«Известия»: …?", "РГ: …?"), and a line
holding only the name ("М.В.Захарова", "ЗАХАРОВА"), once set in bold.  A
label read here opens a turn; qa.py decides whether the text is a transcript.
"""

from __future__ import annotations

import re

from annotator.nlp.attribution import Attribution, Candidate
from annotator.nlp.context import TextContext
from annotator.nlp.mentions import Mention, find_mentions, is_name_word
from annotator.nlp.name_mentions import outlet_at
from annotator.nlp.morph import parses
from annotator.nlp.segment import Token, tokenize

# "Вопрос:", "ВОПРОС:", "Вопрос (перевод с английского):", "Вопрос из зала:".
_QUESTION_LABEL_RE = re.compile(
    r"(?:Вопрос|ВОПРОС|Корреспондент|КОРРЕСПОНДЕНТ|Журналист|ЖУРНАЛИСТ|Ведущий|Ведущая|ВЕДУЩИЙ|ВЕДУЩАЯ"
    r"|Реплика|РЕПЛИКА|Корр\.|В\.)"
    r"(?:[ \t]+(?:журналиста|корреспондента|из[ \t]+зала|СМИ))?(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*:[ \t]*"
)
# "С. Лавров: ", "С.В.Лавров: ", "Сергей ЛАВРОВ: ", "ЛАВРОВ: ", "К.Папульяс (синхронный
# перевод): ", "Алексей Петров, телеканал «Мир»: " (the name, then whom they speak for).
_NAME_LABEL_RE = re.compile(
    r"((?:[А-ЯЁ]\.[ \t]?){0,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:[ \t][А-ЯЁ][а-яё]+){0,2}"
    r"|(?:[А-ЯЁ][а-яё]+[ \t]+|(?:[А-ЯЁ]\.[ \t]?){1,2})[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})?"
    r"|[А-ЯЁ]{3,}(?:-[А-ЯЁ]{2,})?(?:[ \t][А-ЯЁ]{3,}(?:-[А-ЯЁ]{2,})?)?)"
    r"(?P<affiliation>,[ \t][^:\n]{2,100}?)?"
    r"(?:[ \t]*\([^()]{1,80}\))?[ \t]*:(?:[ \t]+|$)"
)
# An affiliation is a noun phrase; a verb or gerund makes it a clause ("Лавров, отвечая на вопрос:").
_CLAUSE_TAGS = frozenset({"VERB", "INFN", "GRND", "PRTS"})
_INITIALLED_RE = re.compile(r"(?:[А-ЯЁ]\.[ \t]?){1,2}([А-ЯЁ][А-ЯЁа-яё]+(?:-[А-ЯЁ][А-ЯЁа-яё]+)?)")
_ANSWER_LABEL_RE = re.compile(r"(?:Ответ|ОТВЕТ|О\.)(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*:[ \t]*")
_WORD_RE = re.compile(r"[а-яё]+")
_MARKS_OPEN = "«„“\""
TURN_ENDS = ".!?…»“”\")"
# A turn may also stop at a comma or a colon ("Уважаемые дамы и господа,"); a headline never does.
SPOKEN_ENDS = TURN_ENDS + ",:;"
_NAME_LINE_CHARS = 40


def _name_tokens(ctx: TextContext, start: int, end: int) -> list[Token]:
    """Tokens of a label, a surname in capitals read as a name ("ЛАВРОВ")."""
    tokens = tokenize(ctx.text, start, end)
    return [
        t._replace(text=t.text.capitalize()) if len(t.text) > 2 and t.text.isupper() else t
        for t in tokens
    ]


def _clause(text: str) -> bool:
    """Words with a verb or a gerund: a clause, not a label ("Лавров, отвечая на вопрос:")."""
    return any(parses(word)[0].grammemes & _CLAUSE_TAGS for word in _WORD_RE.findall(text.lower()))


def _name_label(ctx: TextContext, start: int, end: int) -> tuple[Mention, int, int] | None:
    """(mention, colon offset, answer start) for a paragraph opening "С. Лавров: "."""
    if ctx.text.find(":", start, start + 160) < 0:
        return None
    match = _NAME_LABEL_RE.match(ctx.text, start, end)
    if match is None:
        return _titled_label(ctx, start, end)
    affiliation = match.group("affiliation")
    if affiliation and _clause(affiliation):
        return None
    colon = ctx.text.index(":", match.end(1))
    initialled = _INITIALLED_RE.fullmatch(ctx.text, match.start(1), match.end(1))
    if initialled is not None:  # "Ё.Мори": after initials any capitalised word is a surname
        surname = initialled.group(1).capitalize()
        return Mention(match.start(1), match.end(1), "name", surname=surname), colon, match.end()
    tokens = _name_tokens(ctx, match.start(1), match.end(1))
    if not any(is_name_word(t) for t in tokens if len(t.text) > 1):
        return _titled_label(ctx, start, end)
    mentions = [m for m in find_mentions(tokens) if m.kind == "name"]
    if len(mentions) != 1:
        return _titled_label(ctx, start, end)
    return mentions[0], colon, match.end()


# "Министр иностранных дел России С.В.Лавров:", "Президент Республики Казахстан К.-Ж. Токаев:",
# "Песков Д.С.:", "Посол:", "Ван И (министр иностранных дел КНР, как переведено):".
_TITLED_LABEL_RE = re.compile(
    r"(?P<label>[А-ЯЁ][^:\n«»\"„“()]{0,100}?)(?:[ \t]+(?:[А-ЯЁ]\.[ \t]?){1,2})?"
    r"(?P<affiliation>,[ \t][^:\n]{2,60}?)?(?:[ \t]*\([^()\n]{1,80}\))?[ \t]*:(?:[ \t]+|$)"
)
_LABEL_WORDS = 10
_NOT_SPEAKER_ROLES = frozenset({"source", "interlocutor"})


def _titled_label(ctx: TextContext, start: int, end: int) -> tuple[Mention, int, int] | None:
    """A label that names the speaker by a role with or without the name: the
    name (or the role) closes the label, and nothing before it is a clause."""
    match = _TITLED_LABEL_RE.match(ctx.text, start, end)
    if match is None or len(match.group("label").split()) > _LABEL_WORDS:
        return None
    label_start, label_end = match.span("label")
    if _clause(ctx.text[label_start:label_end]) or _clause(match.group("affiliation") or ""):
        return None
    mentions = find_mentions(_name_tokens(ctx, label_start, label_end))
    if not mentions or any(m.kind not in ("name", "role") or m.oblique for m in mentions):
        return None  # "Прямая речь министра Бакаева:" names whose words follow, not who speaks
    speaker, first = mentions[-1], mentions[0]
    if speaker.end != label_end or (speaker.role and speaker.role[0] in _NOT_SPEAKER_ROLES):
        return None  # "Источник:" credits a source
    if first.start != label_start and not speaker.role:
        return None  # words before the speaker that are not their title
    colon = ctx.text.index(":", label_end)
    return mentions[-1], colon, match.end()


# An interviewer's turn under the outlet's name: "«Известия»: …?", "Российская газета: …?".
_OUTLET_LABEL_RE = re.compile(r"(?:[«\"„“](?P<quoted>[^«»\"„“”\n:]{2,40})[»\"“”]|(?P<plain>[^\s:«»\"„“][^:\n]{0,40}?))[ \t]*:[ \t]+")


_ABBREVIATION_RE = re.compile(r"[А-ЯЁ][А-ЯЁа-яё]?[А-ЯЁ]{1,4}")


def _outlet_label(ctx: TextContext, start: int, end: int) -> tuple[Mention, int] | None:
    """(the outlet, question start) for a question asked under an outlet's name."""
    if ctx.text[end - 1] != "?":  # asked, or no outlet's turn: decided before the pattern is tried
        return None
    match = _OUTLET_LABEL_RE.match(ctx.text, start, end)
    if match is None:
        return None
    if match.group("quoted"):
        name = match.group("quoted").strip()
        mention = Mention(match.start(), match.end("quoted") + 1, "org", org=name, outlet=True)
    else:
        tokens = tokenize(ctx.text, match.start("plain"), match.end("plain"))
        found = outlet_at(tokens, [t.key for t in tokens], 0) if tokens else None
        if found is not None and found[1] == len(tokens):
            mention = found[0]
        elif _ABBREVIATION_RE.fullmatch(match.group("plain")):  # "РГ:", "АиФ:", "КП:"
            mention = Mention(match.start("plain"), match.end("plain"), "org", org=match.group("plain"), outlet=True)
        else:
            return None
    mention.role = ("org", None)
    return mention, match.end()


def _whole_quotation(text: str, start: int, end: int) -> bool:
    """ "Мирзоян: «…»" is a headline with a quote, not a transcript turn; so is
    "Ван И: «…»." with its full stop after the marks."""
    while end - start > 2 and text[end - 1] in ".!?…":
        end -= 1
    return text[start] in _MARKS_OPEN and text[end - 1] in "»“”\"" and end - start > 2


# A line that is only a speaker's name, once set in bold: "С.В.Лавров", "ЗАХАРОВА", "Вопрос".
_NAME_LINE_RE = re.compile(
    r"(?P<question>Вопрос|ВОПРОС)|(?P<answer>Ответ|ОТВЕТ)"
    r"|(?P<initials>(?:[А-ЯЁ]\.[ \t]?){1,2})(?P<surname>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ]{3,})"
    r"|(?P<capitals>[А-ЯЁ]{3,}(?:-[А-ЯЁ]{2,})?(?:[ \t][А-ЯЁ]{3,})?)"
)


def _name_line(ctx: TextContext, start: int, end: int) -> Candidate | None:
    """The turn a name line opens (an empty candidate: the words follow)."""
    line = _NAME_LINE_RE.fullmatch(ctx.text, start, end)
    if line is None:
        return None
    if line.group("question"):
        return Candidate(end, end, "direct", speakerless=True)
    if line.group("answer"):
        return Candidate(end, end, "direct", interviewee=True)
    if line.group("surname"):
        mention = Mention(start, end, "name", surname=line.group("surname").capitalize())
    else:
        tokens = _name_tokens(ctx, start, end)
        names = [m for m in find_mentions(tokens) if m.kind == "name"]
        if not all(is_name_word(t) for t in tokens) or len(names) != 1:
            return None  # "ВАЖНО", "МОСКВА"
        mention = names[0]
    return Candidate(end, end, "direct", Attribution((start, end), None, mention, False))


def read_label(ctx: TextContext, start: int, end: int) -> Candidate | None:
    """The quote a transcript paragraph holds, by its label; None if unlabelled."""
    if end - start < _NAME_LINE_CHARS and (line := _name_line(ctx, start, end)) is not None:
        return line
    question = _QUESTION_LABEL_RE.match(ctx.text, start, end)
    if question is not None:
        return Candidate(question.end(), end, "direct", speakerless=True)
    answer = _ANSWER_LABEL_RE.match(ctx.text, start, end)
    if answer is not None:
        return Candidate(answer.end(), end, "direct", interviewee=True)
    outlet = _outlet_label(ctx, start, end)
    if outlet is not None:
        mention, text_start = outlet
        attribution = Attribution((mention.end, mention.end + 1), None, mention, False)
        return Candidate(text_start, end, "direct", attribution)
    named = _name_label(ctx, start, end)
    if named is not None:
        mention, colon, text_start = named
        attribution = Attribution((colon, colon + 1), None, mention, False)
        if text_start == end:  # "М.В.Захарова:" on a line of its own: the turn follows
            return Candidate(end, end, "direct", attribution)
        if _whole_quotation(ctx.text, text_start, end) or ctx.text[end - 1] not in SPOKEN_ENDS:
            return None  # a headline ("Алиев: переговоры продолжатся")
        return Candidate(text_start, end, "direct", attribution)
    return None
