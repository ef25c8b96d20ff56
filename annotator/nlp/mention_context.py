"""Constructions around a mention that change what it names.

A title followed by an organisation spelled out with its abbreviation ("(ОДКБ)"),
"один из западных чиновников", a source cited by an outlet ("со ссылкой на
источники, знакомые с ситуацией"), a bare media noun ("Агентство пишет"), a
capital standing for its government ("Москва объявила"), a name in the dative
after "интервью".  :mod:`annotator.nlp.mentions` builds mentions with these.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from annotator.nlp import lexicon
from annotator.nlp.entities import nominative_phrase, singular_phrase
from annotator.nlp.morph import fold, forms_of, inflect_nominative, is_known, parses
from annotator.nlp.name_mentions import Mention, is_name_word
from annotator.nlp.names import first_name_reading
from annotator.nlp.segment import Token

PREPOSITIONS = frozenset("с со у к ко для от о об при между перед за по из без".split())
_OBLIQUE = frozenset({"gent", "datv", "accs", "ablt", "loct"})


# Per word form, like morph.parses: asked of every title's head and the word before a name.
@lru_cache(maxsize=300_000)
def oblique_head(word: str) -> bool:
    """Every noun reading of ``word`` is in an oblique case ("главы", not "глава")."""
    readings = [p for p in parses(word) if "NOUN" in p.grammemes]
    return bool(readings) and all(p.grammemes & _OBLIQUE and "nomn" not in p.grammemes for p in readings)


def spelled_out(tokens: Sequence[Token], index: int) -> tuple[str | None, int]:
    """An organisation spelled out with its abbreviation in brackets after a
    title: "генсек Шанхайской организации сотрудничества (ШОС) Нурлан
    Ермекбаев" -> ("ШОС", the index after the bracket)."""
    if index >= len(tokens) or not tokens[index].text[:1].isupper():
        return None, index
    for position in range(index + 1, min(index + 9, len(tokens) - 2)):
        text = tokens[position].text
        if text == "(":
            abbreviation = tokens[position + 1].text
            if abbreviation.isupper() and len(abbreviation) > 1 and tokens[position + 2].text == ")":
                return abbreviation, position + 3
            return None, index
        if not text.isalpha():
            return None, index
    return None, index


_ONE_OF = {"один": "m", "одна": "f"}
# "Агентство пишет": a media noun alone stands for the outlet named before.
OUTLET_NOUNS = frozenset(
    form for lemma in ("агентство", "газета", "телеканал", "издание", "журнал", "портал") for form in forms_of(lemma)
)
# "со ссылкой на сообщение Кулебы": a post or statement between "на" and the source cited.
_CITED_WORDS = frozenset("сообщение заявление слово пост публикация комментарий интервью".split())
# "источник в комментарии The Telegraph": where something was said, not where a source sits.
_SPEECH_EVENTS = frozenset("комментарий интервью беседа эфир разговор заявление сообщение публикация статья".split())


def one_of(tokens: Sequence[Token], keys: Sequence[str], index: int, mention: Mention) -> None:
    """"один из западных чиновников": one person of a group, the subject of a
    singular verb, named by the group's description in the singular."""
    start = index
    while start > 0 and tokens[start - 1].text.islower() and "ADJF" in parses(tokens[start - 1].text)[0].grammemes:
        start -= 1
    if start < 2 or keys[start - 1] != "из" or keys[start - 2] not in _ONE_OF:
        return
    words = [t.text for t in tokens[start:index]] + (mention.role_label or "").split()
    mention.start = tokens[start - 2].start
    mention.subject, mention.governed, mention.oblique = True, False, False
    mention.gender = _ONE_OF[keys[start - 2]]
    mention.role_label = singular_phrase(" ".join(words))
    mention.one_of = True


def opens_title(keys: Sequence[str], word: str, position: int) -> bool:
    """A title in the nominative starts here ("министр", not the genitive "главы")."""
    if lexicon.roles().match_at(keys, position) is None:
        return False
    nouns = [p for p in parses(word) if "NOUN" in p.grammemes]
    return bool(nouns) and all("nomn" in p.grammemes for p in nouns)


def source_tail(tokens: Sequence[Token], keys: Sequence[str], index: int) -> int:
    """The end of what places an anonymous source: "источник в российской
    делегации", "источники в Ташкенте", "источник, близкий к переговорам"."""
    if index + 1 >= len(tokens):
        return index
    if keys[index] in ("в", "во", "из"):
        position = index + 1
        while position < len(tokens) and tokens[position].text.islower() and "ADJF" in parses(tokens[position].text)[0].grammemes:
            position += 1  # "в российской делегации"
        if position >= len(tokens) or not tokens[position].text.isalpha():
            return index
        head = tokens[position]
        if not (head.text[:1].isupper() or "NOUN" in parses(head.text)[0].grammemes):
            return index
        if parses(head.text)[0].lemma in _SPEECH_EVENTS or keys[position] in lexicon.title_nouns():
            return index  # "источник в комментарии The Telegraph": where it was said, not who
        position += 1
        if position < len(tokens) and tokens[position].text[:1].isupper() and tokens[position].text.isalpha():
            position += 1  # "в правительстве Армении"
        return position
    if keys[index] == "," and keys[index + 1].startswith(_CLOSE_TO):
        position = index + 2  # "близкий к ходу переговоров", "знакомые с ситуацией"
        if position >= len(tokens) or keys[position] not in PREPOSITIONS:
            return index
        return _noun_phrase_end(tokens, position + 1)
    return index


_TAIL_LIMIT = 8


def alleged_closeness(keys: Sequence[str], index: int) -> bool:
    """", якобы близкий к …" right after an anonymous source."""
    return index + 2 < len(keys) and keys[index] == "," and keys[index + 1] == "якобы" and keys[index + 2].startswith(_CLOSE_TO)


def description_end(tokens: Sequence[Token], index: int) -> int:
    """"источник, близкий к администрации президента США, сообщил":
    after the words that name a source's place (``source_tail``), its description
    runs on to the comma that closes it (a few words at most); the names inside it
    are never taken for the speaker."""
    for position in range(index, min(index + _TAIL_LIMIT + 1, len(tokens))):
        text = tokens[position].text
        if text in ",;.:!?" or text in "«»\"()":
            return position if position > index else index
        if not text.isalpha():
            return index
    return index


def _noun_phrase_end(tokens: Sequence[Token], index: int) -> int:
    """The end of a lower-case noun phrase: adjectives, its noun and up to two
    nouns in the genitive after it ("ходу переговоров", "ситуацией")."""
    position = index
    while position < len(tokens) and tokens[position].text.islower() and "ADJF" in parses(tokens[position].text)[0].grammemes:
        position += 1
    if position >= len(tokens) or not tokens[position].text.isalpha() or "NOUN" not in parses(tokens[position].text)[0].grammemes:
        return index
    position += 1
    nouns = 0  # "ходу переговоров", "Совету национальной безопасности Белого дома"
    while position < len(tokens) and tokens[position].text.isalpha() and nouns < 2:
        grammemes = parses(tokens[position].text)[0].grammemes
        if "gent" not in grammemes or not grammemes & {"NOUN", "ADJF"}:
            break
        nouns += "NOUN" in grammemes
        position += 1
    return position


# "в интервью Укринформу": the name after these is whom the words were given to.
MEDIA_OBJECT_CUES = frozenset({"интервью", "эфире", "эфир"})
# "источник, близкий к переговорам", "источники, ознакомленные с ситуацией".
_CLOSE_TO = ("близк", "знаком", "осведомл", "ознаком")


def with_tail(label: str, tail: Sequence[Token]) -> str:
    """The role label and its tail, a participle put into the nominative
    ("источника, близкого к" -> "источник, близкий к" once the head is)."""
    words = [t.text for t in tail]
    if words and words[0] == "," and len(words) > 1:
        parse = parses(words[1])[0]
        if parse.grammemes & {"ADJF", "PRTF"} and "nomn" not in parse.grammemes:  # "осведомленных" too
            words[1] = inflect_nominative(words[1]) or words[1]
        return nominative_phrase(label) + ", " + " ".join(words[1:])
    return label + " " + " ".join(words)


def nominative_given(word: str) -> bool:
    """A dictionary first name that can only be nominative ("Алексей", not "Алексея")."""
    reading = first_name_reading(word)
    return reading is not None and not reading[2] and "nomn" in parses(word)[0].grammemes


def cited_directly(tokens: Sequence[Token], start: int, index: int) -> bool:
    """Only "на" and lower-case qualifiers ("двух", "собственные") stand between
    "со ссылкой" and the mention."""
    between = tokens[start:index]
    if not between or between[0].key != "на":
        return False
    nouns = [t for t in between[1:] if "NOUN" in parses(t.text)[0].grammemes]
    if len(nouns) > 1 or (nouns and parses(nouns[0].text)[0].lemma not in _CITED_WORDS):
        return False  # "на сообщение Кулебы" cites Кулеба; "на проект заявления Брюсселя" cites a draft
    return all(t.text.islower() and t.text.isalpha() for t in between[1:])


def bare_media_noun(tokens: Sequence[Token], keys: Sequence[str], index: int) -> bool:
    """"Агентство пишет, что …": a media noun alone, standing for the outlet
    last named (not "Агентство Reuters", not "Газета «Известия»")."""
    if not tokens[index].text[1:].islower():
        return False
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    return not (following[:1].isupper() or following in ("«", '"', "„", "“"))


def dative_name(mention: Mention) -> bool:
    """"интервью Укринформу", "интервью Лаврову": a name in the dative after a
    media noun is who was spoken to ("В интервью Путин сказал" keeps its subject)."""
    surname = mention.surname or ""
    return mention.oblique or (
        surname[-1:] in ("у", "ю") and not mention.known and not is_known(surname)
        and surname.lower() not in lexicon.known_surname_forms()
    )


def qualifies(word: str) -> bool:
    return "ADJF" in parses(word)[0].grammemes and fold(word) not in lexicon.country_adjectives()


def seat_at(tokens: Sequence[Token], keys: Sequence[str], index: int) -> tuple[Mention, int] | None:
    """A capital or seat standing for its government: "Москва объявила", "в Раде заявили"."""
    match = lexicon.seats().match_at(keys, index)
    if match is None:
        return None
    canonical, country = match.payload
    end = index + match.length
    if end < len(tokens) and tokens[end].start == tokens[end - 1].end + 1 and is_name_word(tokens[end]):
        return None  # "Рада Петрова": a first name, not the parliament
    mention = Mention(tokens[index].start, tokens[end - 1].end, "org", org=canonical, seat=True)
    mention.role = ("org", country or None)
    mention.oblique = oblique_head(tokens[index].text)
    return mention, end


_CLOSERS = {"«": "»", "\"": "\"", "„": "“"}
# "по данным «Газпрома»", "по словам «Росатома»": a source named in the genitive.
_SOURCE_NOUNS = frozenset({"данным", "словам", "сообщению", "информации", "оценке"})
# "говорится в сообщении «Газпрома»": a document in the locative, its owner after it.
_DOCUMENT_FORMS = frozenset({"сообщении", "заявлении", "релизе", "пресс-релизе", "письме", "ответе", "комментарии"})
_CLAUSE_OPENERS = frozenset({".", "!", "?", "\n", ":", "—", "–"})


def _verb_ahead(tokens: Sequence[Token], keys: Sequence[str], index: int) -> bool:
    """A finite speech verb within a few words, no comma or mark before it."""
    verbs = lexicon.speech_verbs()
    for position in range(index, min(index + 6, len(keys))):
        key = keys[position]
        if key in verbs and verbs[key].finite:
            return True
        if not tokens[position].text[:1].isalnum():
            return False
    return False


def quoted_source(tokens: Sequence[Token], keys: Sequence[str], index: int) -> tuple[Mention, int] | None:
    """A name in quotation marks that speaks: right before a speech verb ("«Газпром»
    сообщил"), after "в" next to one ("в «Газпроме» заявили", "сообщили в «Газпроме»")
    or after "по данным"; elsewhere a name in marks is a title, not a speaker."""
    closer = next((p for p in range(index + 1, min(index + 6, len(tokens))) if keys[p] == _CLOSERS[keys[index]]), None)
    if closer is None or closer == index + 1 or not tokens[index + 1].text[:1].isupper():
        return None
    if not all(t.text.replace("-", "").isalnum() for t in tokens[index + 1 : closer]):
        return None
    verbs = lexicon.speech_verbs()
    before = keys[index - 1] if index else ""
    if before.isalpha() and before not in ("в", "во", *_SOURCE_NOUNS, *_DOCUMENT_FORMS) \
            and "NOUN" in parses(before)[0].grammemes:
        return None  # "Гендиректор «Росатома» заявил": the name completes a noun, which speaks
    after = keys[closer + 1] if closer + 1 < len(keys) else ""
    ahead = keys[index - 2] if index > 1 else ""
    speaks = after in verbs and verbs[after].finite
    located = before in ("в", "во") and (speaks or (ahead in verbs and verbs[ahead].finite))
    cited = (before in _SOURCE_NOUNS and ahead == "по") or before in _DOCUMENT_FORMS  # "в сообщении «Газпрома»"
    opening = index == 0 or keys[index - 1] in _CLAUSE_OPENERS
    speaks = speaks or (opening and _verb_ahead(tokens, keys, closer + 1))  # "«Газпром» в своем канале сообщил"
    if not (speaks or located or cited):
        return None
    words = [t.text for t in tokens[index + 1 : closer]]
    if len(words) == 1 and (located or cited):
        words = [inflect_nominative(words[0]) or words[0]]  # "в «Газпроме»" -> "Газпром"
        words[0] = words[0][:1].upper() + words[0][1:]
    mention = Mention(tokens[index].start, tokens[closer].end, "org", org=" ".join(words))
    mention.role = ("org", None)
    mention.located = located
    return mention, closer + 1


_PERSON_TAGS = frozenset({"Surn", "Name", "Patr"})


def dictionary_organization(token: Token) -> Mention | None:
    """"Нафтогаз заявил", "в Роскомнадзоре сообщили": a word the dictionary knows as an
    organisation's name, in the nominative as the canonical name."""
    readings = parses(token.text)
    reading = readings[0]
    if not {"Orgn", "NOUN", "sing"} <= reading.grammemes or "Abbr" in reading.grammemes:
        return None
    if any(r.grammemes & _PERSON_TAGS for r in readings) or fold(token.text) in lexicon.known_surname_forms():
        return None  # "Кулебы": a surname the dictionary also files as a company
    lemma = reading.lemma
    name = token.text if "nomn" in reading.grammemes else token.text[0] + lemma[1:]
    mention = Mention(token.start, token.end, "org", org=name)
    mention.role = ("org", None)
    mention.oblique = "nomn" not in reading.grammemes
    return mention


@lru_cache(maxsize=1)
def company_nouns() -> frozenset[str]:
    return frozenset().union(*(forms_of(noun) for noun in ("компания", "госкорпорация", "концерн", "холдинг")))


def company_reference(tokens: Sequence[Token], keys: Sequence[str], index: int) -> Mention | None:
    """"В компании заявили", "говорится в сообщении компании": a company noun with no
    name after it refers back to the organisation named before."""
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    if following[:1].isupper() or following[:1] in "«\"„":
        return None  # "компания «Газпром»", "концерн Siemens": named here
    mention = Mention(tokens[index].start, tokens[index].end, "org", org=keys[index], generic=True)
    mention.role = ("org", None)
    mention.oblique = oblique_head(tokens[index].text)
    return mention
