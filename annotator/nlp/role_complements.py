"""What a role title or an organisation governs, read after its words.

The complement: a country or an organisation ("президент Казахстана", "МИД
КНР", "постоянный представитель России при ООН"), a name in marks
("представитель «Газпрома»") or a company's service ("в пресс-службе
компании «Газпром»"); the lower-case field of work between a title and a name
("представитель ЕС по иностранным делам Кая Каллас"); a country a title names
itself ("председатель КНР").  :mod:`annotator.nlp.role_mentions` reads titles
and organisations with these.
"""

from __future__ import annotations

from collections.abc import Sequence

from annotator.nlp import lexicon
from annotator.nlp.mention_context import opens_title
from annotator.nlp.morph import analyzer, is_known, parses
from annotator.nlp.name_mentions import is_media_noun, is_name_word, short_family_name
from annotator.nlp.segment import Token

PREPOSITIONS = frozenset("с со у к ко для от о об при между перед за по из без".split())
OPENING_MARKS = {"«": "»", "\"": "\"", "„": "“"}
_FIELD_TAGS = frozenset({"NOUN", "ADJF", "PRTF"})
# "представитель ЕС по иностранным делам", "посол РФ в республике", "посол на Украине".
_FIELDPREPOSITIONS = frozenset({"по", "в", "во", "на"})
# "министр иностранных дел и евроинтеграции Нику Попеску": "и" joins two fields of one post.
_FIELD_WORDS = _FIELDPREPOSITIONS | {"и"}


def complement_at(keys: Sequence[str], tokens: Sequence[Token], index: int) -> tuple[str | None, int]:
    """Country or organisation governed by a role or an organisation.

    "президента России" after a role counts as its country, and a trailing
    "при ООН" is skipped ("постоянный представитель России при ООН").
    """
    if index >= len(keys):
        return None, index
    complement: str | None = None
    country = lexicon.countries().match_at(keys, index)
    org = lexicon.organizations().match_at(keys, index)
    role = lexicon.roles().match_at(keys, index)
    if country is not None:
        complement, index = country.payload, index + country.length
    elif org is not None and (org.length > 1 or tokens[index].text[:1].isupper()):
        inner, index = complement_at(keys, tokens, index + org.length)
        complement = org.payload + (f" {inner}" if inner else "")
    elif keys[index] in OPENING_MARKS and (named := _in_marks(keys, tokens, index)) is not None:
        complement, index = named  # "представитель «Газпрома»"
    elif is_media_noun(keys[index]) and index + 1 < len(keys) and keys[index + 1] in OPENING_MARKS \
            and (named := _in_marks(keys, tokens, index + 1)) is not None:
        name, index = named  # "в пресс-службе компании «Газпром»": the company's service
        complement = _company_genitive(name)
    elif role is not None and role.payload.role_class in ("head_of_state", "head_of_government"):
        inner, end = complement_at(keys, tokens, index + role.length)
        if inner is not None:
            complement, index = inner, end
    if complement is not None and index + 1 < len(keys) and keys[index] in ("при", "в", "во"):
        _, after = complement_at(keys, tokens, index + 1)  # "посол РФ в КНР", "постпред при ООН"
        index = after if after > index + 1 else index
    return complement, index




def _company_genitive(name: str) -> str:
    """"Газпром" -> "Газпрома" (the service's owner as the guide names it); a name of
    several words, an abbreviation or one the dictionary cannot decline stays as written."""
    if " " in name or name.isupper():
        return name
    readings = [p for p in parses(name) if "NOUN" in p.grammemes and "nomn" in p.grammemes]
    inflected = analyzer().parse(name)[0].inflect({"gent"}) if readings else None
    return name if inflected is None else name[0] + inflected.word[1:]


def _in_marks(keys: Sequence[str], tokens: Sequence[Token], index: int) -> tuple[str, int] | None:
    """A capitalised name of one to four words in marks, as written, and the index after it."""
    closer = next((p for p in range(index + 1, min(index + 6, len(keys))) if keys[p] == OPENING_MARKS[keys[index]]), None)
    if closer is None or closer == index + 1 or not tokens[index + 1].text[:1].isupper():
        return None
    return " ".join(t.text for t in tokens[index + 1 : closer]), closer + 1


def field_length(keys: Sequence[str], tokens: Sequence[Token], index: int) -> int:
    """Lower-case words of a field before a name ("представитель ЕС по
    иностранным делам Кая Каллас", "помощник главы нашего государства Юрий
    Ушаков"), or 0 when no name follows them."""
    skip_to = -1
    for offset in range(0, 8):
        position = index + offset
        if position >= len(tokens):
            return 0
        text = tokens[position].text
        if position <= skip_to:
            continue
        if text in "«\"":  # an outlet in marks: "корреспондент «Ъ» Андрей Колесников"
            closer = next((p for p in range(position + 1, min(position + 5, len(tokens))) if tokens[p].text in "»\""), -1)
            if closer < 0:
                return 0
            skip_to = closer
            continue
        if text[:1].isupper() and (is_name_word(tokens[position]) or short_family_name(tokens, position)):
            return offset if offset else 0
        if text[:1].isupper() and text.isalpha() and not is_known(text):
            return 0  # an unknown capitalised word: not a field of work
        if not text.isalpha() or (keys[position] in PREPOSITIONS and keys[position] != "по"):
            return 0
        if opens_title(keys, text, position):
            return 0  # "заявил журналистам министр иностранных дел …": another title, the name is its
        if keys[position] not in _FIELD_WORDS and not parses(text)[0].grammemes & _FIELD_TAGS:
            return 0
    return 0


def country_inside(words: Sequence[str]) -> str | None:
    """The country a role phrase names itself ("председатель КНР")."""
    for index in range(len(words)):
        found = lexicon.countries().match_at(words, index)
        if found is not None:
            return found.payload
    return None
