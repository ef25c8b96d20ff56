"""Looking back (and ahead) through the text for the entity a mention stands for.

A pronoun is the person named as a subject just before it (in its own
sentence, else the subject of the speech verb of the sentence before), then
the last speaker of its gender; "который" is the person named right before its
comma; a bare surname the dictionary reads as a common noun is a person
already named.  :class:`annotator.nlp.speakers.SpeakerResolver` builds on
these look-backs, which are bounded per article so that the analysis stays
linear.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from annotator.nlp import lexicon
from annotator.nlp.analysis import Offsets
from annotator.nlp.entities import Entity, RoleKey, conflicts
from annotator.nlp.mentions import PRONOUNS, Mention, compatible, find_mentions, pick
from annotator.nlp.morph import fold, parses
from annotator.nlp.name_mentions import family_name_first
from annotator.nlp.names import surname_gender
from annotator.nlp.segment import Token, tokenize

UNNAMED_ROLES = frozenset({"journalist", "correspondent", "source"})
RUN_ON_RE = re.compile(r"[^,.;:!?()«»\"—–\n]{0,80}")
_WORD_AFTER_RE = re.compile(r"[ \t]+([А-ЯЁ][а-яё]{2,})\b")
_COMMA_RE = re.compile(r"[ \t]*,[ \t]*")
_CREDIT_RE = re.compile(r"Фото|фото|©")
_BYLINE_LEAD_RE = re.compile(r"[ \t]*(?:[-–—]|[Аа]втор:?)[ \t]*")


class Lookbacks:
    """The resolver's state and its searches through the text."""

    def __init__(
        self, text: str, sentence_starts: list[int] | None = None, quoted: list[Offsets] | None = None
    ) -> None:
        self._text = text
        self._sentence_starts = sentence_starts or [0]
        # What was said (quote spans, in text order): a name inside it is not who said it.
        self._quoted = sorted(quoted or [])
        self._quoted_starts = [start for start, _ in self._quoted]
        # The quote being attributed when its attribution follows it in the same sentence
        # ("…Белград не признает независимость края, заявил сербский президент"): names in it are what was said.
        self._attributed: Offsets | None = None
        # Attribution mentions already resolved, by start: a look-back reuses them.
        self._resolved: dict[int, Entity] = {}
        self._entities: dict[tuple[str, ...], Entity] = {}
        self._recent: list[Entity] = []  # speakers, most recent last
        self._position = 0
        # Look-backs over the text are bounded per article so that a huge
        # input with thousands of unresolvable pronouns stays linear and fast.
        self._lookbacks_left = 400

    # Made by the resolver (speakers.py).
    def _person(self, mention: Mention, verb_gender: str | None) -> Entity:
        raise NotImplementedError

    def _role(self, mention: Mention, verb_gender: str | None) -> Entity:
        raise NotImplementedError

    def _organization(self, mention: Mention) -> Entity | None:
        raise NotImplementedError

    @staticmethod
    def _surname(mention: Mention, verb_gender: str | None) -> str:
        raise NotImplementedError

    def named_after(self, offset: int, verb_gender: str | None) -> tuple[Entity, Offsets] | None:
        """A capitalised word right after a speech verb that is the surname of
        a person already named ("— заявил Глаз." after "Анатолий Глаз"), though
        the dictionary reads it as a common noun."""
        match = _WORD_AFTER_RE.match(self._text, offset)
        if match is None:
            return None
        word = fold(match.group(1))
        for entity in reversed(self._recent + list(self._entities.values())):
            label = fold(entity.label)
            if entity.type != "person" or entity.from_role or len(label) < 3:
                continue
            if word == label or (word[:-1] == label[:-1] and len(word) - len(label) in (0, 1)) or (
                word.startswith(label) and len(word) - len(label) <= 2
            ):
                if verb_gender in ("m", "f") and entity.gender not in (None, verb_gender):
                    continue
                self._add_mention(entity, match.span(1))
                self._recent = [e for e in self._recent if e is not entity] + [entity]
                return entity, match.span(1)
        return None

    def _salient(self, anchor: int, gender: str | None, *, names_only: bool = False, chain: int = 2) -> Entity | None:
        """The person a pronoun stands for: the last one named as a subject in
        its own sentence before it, else the first subject of the sentence
        before ("Информацию подтвердил Ермак. По его словам, …"; "Эрдоган
        заявил, что Алиев … . По его словам, …" -> Эрдоган), whether or not
        they spoke yet."""
        if (gender not in ("m", "f") and not names_only) or self._lookbacks_left <= 0:
            return None
        self._lookbacks_left -= 1
        index = bisect_right(self._sentence_starts, anchor) - 1
        current = self._sentence_starts[index] if index >= 0 else 0
        previous = self._sentence_starts[index - 1] if index > 0 else current
        tokens = tokenize(self._text, max(previous, anchor - 900), anchor)
        subjects = self._subjects(tokens)
        # "Во время встречи с … Ван И, он подчеркнул": a name heads no clause of its own
        # before the pronoun unless a verb follows it ("Лавров прибыл в Минск, где он заявил").
        own = [m for m in subjects if m.start >= current and self._verb_after(tokens, m.end)]
        before = [m for m in subjects if m.start < current]
        table = lexicon.speech_verbs()
        verb = next((t.start for t in tokens if t.start < current and t.key in table and table[t.key].finite), None)
        # Names inside a "что" clause are what was said, not who said it.
        chto = next((t.start for t in tokens if t.start < current and t.key in ("что", ":")), current)
        before = [m for m in before if m.start < chto]
        if verb is not None and before:  # the subject of its speech verb first: "Замсекретаря СБ Дмитрий Медведев рассказал"
            chosen = pick([m for m in before if compatible(m, gender)], verb, gender)
            before = ([chosen] if chosen else []) + [m for m in before if m is not chosen]
        # "…, которые обсуждают Зеленский и Европа, заявил Лавров. Он отметил": the one the
        # sentence before was read as quoting outranks a name its quote mentions.
        spoke = [m for m in before if m.kind != "org" and m.start in self._resolved]
        if spoke:
            before = spoke[-1:] + [m for m in before if m is not spoke[-1]]
        for mention in own[::-1] + before:
            if names_only and mention.kind != "name":
                continue
            candidate = self._fitting(mention, gender)
            if candidate is not None and not self._named_in_quote(candidate):
                return candidate
        opening = next((t for t in tokens if t.start >= previous), None)
        if chain and not names_only and previous < current and opening is not None and PRONOUNS.get(opening.key) == gender:
            # "Высказался Марко Рубио. Он рассказал, когда … . По его словам, …": the pronoun before stands for the same one
            return self._salient(previous, gender, chain=chain - 1)
        return None

    @staticmethod
    def _verb_after(tokens: list[Token], offset: int) -> bool:
        return any("VERB" in parses(t.text)[0].grammemes for t in tokens if t.start >= offset and t.text.isalpha())

    def _antecedent(self, position: int, gender: str | None) -> Entity | None:
        """What "который" stands for: the person or title named right before its comma."""
        if self._lookbacks_left <= 0:
            return None
        self._lookbacks_left -= 1
        start = max(0, position - 300, self._text.rfind("\n", 0, position) + 1)
        found = [m for m in find_mentions(tokenize(self._text, start, position)) if m.kind in ("name", "role")]
        if not found or _COMMA_RE.fullmatch(self._text, found[-1].end, position) is None:
            return None
        mention = found[-1]
        if mention.kind == "role":
            return self._role(mention, gender) if gender != "p" else None
        if gender not in (None, "m", "f") or not mention.surname:
            return None
        entity = self._person(mention, None)
        if gender in ("m", "f") and entity.gender not in (None, gender):
            return None
        self._add_mention(entity, (mention.start, mention.end))
        return entity

    def _said(self, mention: Mention) -> bool:
        """The mention stands inside a quote (what was said, not who said it)."""
        if self._attributed is not None and self._attributed[0] <= mention.start and mention.end <= self._attributed[1]:
            return True
        index = bisect_right(self._quoted_starts, mention.start) - 1
        return index >= 0 and self._quoted[index][1] >= mention.end

    def _same_sentence(self, a: int, b: int) -> bool:
        return bisect_right(self._sentence_starts, a) == bisect_right(self._sentence_starts, b)

    def _subjects(self, tokens: list[Token]) -> list[Mention]:
        mentions = [m for m in find_mentions(tokens) if not self._said(m)]
        # A title whose words run on into a name is that name's title ("секретарь
        # комиссии ЦК КПК Чэнь Вэньцин"), not someone else.
        titled = {
            id(m) for m, following in zip(mentions, mentions[1:])
            if m.kind == "role" and following.kind == "name"
            and RUN_ON_RE.fullmatch(self._text, m.end, following.start) is not None
            and not any("VERB" in parses(word)[0].grammemes for word in self._text[m.end : following.start].split())
        }
        return [
            m for m in mentions
            if (m.subject and not m.oblique and not self._credit(m) and id(m) not in titled
                and ((m.kind == "name" and m.surname) or (m.kind == "role" and m.role and m.role[0] not in UNNAMED_ROLES)))
            or (m.kind != "org" and m.start in self._resolved)  # an attribution already read: "по словам Кулебы"
            or (m.cited and m.kind == "name")  # "со ссылкой на сообщение Кулебы. «…», — написал он"
        ]

    def _fitting(self, mention: Mention, gender: str | None) -> Entity | None:
        """The entity of ``mention`` if it can be a person of ``gender``."""
        known = self._resolved.get(mention.start)
        if known is not None:  # "Премьер отметил, что … . «…», — сказал он": the premier as resolved then
            agrees = known.type == "person" and (gender not in ("m", "f") or known.gender in (None, gender))
            return known if agrees else None
        if mention.kind == "role":
            if mention.gender not in (None, gender):
                return None
            entity = self._role(mention, gender)
            return entity if entity.gender in (None, gender) else None
        assert mention.surname is not None
        known_gender = mention.gender or surname_gender(mention.surname)
        verb_gender = gender if gender in ("m", "f") else None  # "сообщение Кулебы … написал он": Кулеба
        key = ("person", fold(self._surname(mention, verb_gender)))
        existing = self._entities.get(key)
        fits = (None, gender) if gender in ("m", "f") else (None, "m", "f")
        if known_gender not in fits or (existing is not None and existing.gender not in fits):
            return None
        candidate = existing or self._person(mention, verb_gender)
        self._add_mention(candidate, (mention.start, mention.end))
        return candidate

    def _named_in_quote(self, entity: Entity) -> bool:
        """"«Страны, куда поедет Ван И, нам близки», — сообщил он": the
        quote being attributed names this person in the third person, so they are not
        who says it."""
        if self._attributed is None or entity.type != "person":
            return False
        name = entity.full_name if entity.full_name and family_name_first(entity.full_name) else entity.label.split()[-1]
        stem = name[:-1] if len(name) > 4 and name[-1] in "аяйьео" else name
        return re.search(r"\b" + re.escape(stem), self._text[self._attributed[0] : self._attributed[1]]) is not None

    def _pronoun(self, gender: str | None) -> Entity | None:
        for entity in reversed(self._recent):
            if gender == "p" and entity.type == "organization":
                return entity
            if gender in ("m", "f") and entity.type == "person" and entity.gender in (gender, None) \
                    and not self._named_in_quote(entity):
                return entity
        if gender not in ("m", "f"):
            return None
        return (
            self._nearby_person(self._position, gender)
            or self._nearby_title(self._position, gender)
            or self._next_person(self._position, gender)
        )

    def _next_person(self, position: int, gender: str) -> Entity | None:
        """A pronoun with no one named before it (an excerpt that opens with
        "— ответил он"): the first fitting person named after it."""
        if self._lookbacks_left <= 0 or self._text[:position].strip(" \t\n«»\"—–-").count("\n") > 2:
            return None
        self._lookbacks_left -= 1
        tokens = tokenize(self._text, position, min(len(self._text), position + 600))
        for mention in find_mentions(tokens):
            if mention.kind == "role" and mention.owner is not None and mention.subject:
                # "… он написал … . «…», — подчеркнул пресс-секретарь Токаева": the aide
                return self._role(mention, gender)
            if mention.kind == "name" and mention.surname and mention.subject and not self._credit(mention):
                candidate = self._person(mention, None)
                if candidate.gender in (None, gender):
                    candidate.named_after_pronoun = mention.start
                    return candidate
        return None

    def _nearby_title(self, position: int, gender: str) -> Entity | None:
        """A pronoun after a person named only by a title ("Министр провёл брифинг.
        По его словам, …")."""
        if self._lookbacks_left <= 0:
            return None
        self._lookbacks_left -= 1
        tokens = tokenize(self._text, max(0, position - 600), position)
        titles = [m for m in find_mentions(tokens) if m.kind == "role" and m.subject and not m.oblique]
        return self._role(titles[-1], gender) if titles else None

    def _credit(self, mention: Mention) -> bool:
        """A photo credit ("Сергей Савостьянов/РИА Новости", "Фото: …") names no one in the story."""
        after = self._text[mention.end : mention.end + 3].lstrip(" \t")
        line_start = self._text.rfind("\n", 0, mention.start) + 1
        if after.startswith("/") or _CREDIT_RE.search(self._text, line_start, mention.start) is not None:
            return True
        # A byline: a line with nothing but a dash and the author's name ("- Анна Иванова").
        line_end = self._text.find("\n", mention.end)
        return (
            _BYLINE_LEAD_RE.fullmatch(self._text, line_start, mention.start) is not None
            and not self._text[mention.end : line_end if line_end >= 0 else len(self._text)].strip(" \t.")
        )

    def context_person(self, position: int) -> tuple[Entity | None, Offsets | None]:
        """For a quote with no attribution and no quote before it: the person
        last named as a subject in the 600 characters before it."""
        entity = self._nearby_person(position, None, window=600, subjects_only=True)
        if entity is None or not entity.mentions:
            return None, None
        before = [m for m in entity.mentions if m[1] <= position]
        return entity, max(before) if before else None

    def _nearby_person(
        self,
        position: int,
        gender: str | None,
        role: RoleKey | None = None,
        *,
        window: int = 1200,
        subjects_only: bool = False,
    ) -> Entity | None:
        """The last person named before ``position`` whose gender (and, for a
        role, whose known posts) fit."""
        if self._lookbacks_left <= 0:
            return None
        self._lookbacks_left -= 1
        tokens = tokenize(self._text, max(0, position - window), position)
        names = [
            m for m in find_mentions(tokens)
            if m.kind == "name" and m.surname and not self._credit(m) and not self._said(m)
        ]
        # Subjects first ("Путин провёл переговоры с Эрдоганом. Он заявил…"),
        # then any name, most recent first.
        # A name right after a noun is its genitive ("о связях Карлеса Пучдемона"), no subject.
        subjects = [m for m in reversed(names) if m.subject and not m.after_noun]
        for mention in subjects + ([] if subjects_only else names[::-1]):
            known_gender = mention.gender
            if known_gender is None and not mention.oblique:
                known_gender = surname_gender(mention.surname or "")
            if gender in ("m", "f") and known_gender not in (None, gender):
                continue
            key = ("person", fold(self._surname(mention, None)))
            existing = self._entities.get(key)
            if existing is not None and gender in ("m", "f") and existing.gender not in (None, gender):
                continue
            candidate = existing or self._person(mention, None)
            if (role is not None and conflicts(candidate, role)) or self._named_in_quote(candidate):
                continue
            self._add_mention(candidate, (mention.start, mention.end))
            return candidate
        return None

    def _nearby_organization(self, position: int, *, outlet: bool = False, skip: int = 0) -> Entity | None:
        if self._lookbacks_left <= 0:
            return None
        self._lookbacks_left -= 1
        tokens = tokenize(self._text, max(0, position - 1200), position)
        for mention in reversed(find_mentions(tokens)):
            if mention.kind == "org" and not mention.generic and not mention.seat and mention.org and mention.outlet >= outlet:
                if skip:
                    skip -= 1
                    continue
                entity = self._organization(mention)
                if entity is not None:
                    self._add_mention(entity, (mention.start, mention.end))
                return entity
        return None

    def _outlet_named_next(self, position: int) -> Entity | None:
        """"По данным газеты, …" in a headline, before any outlet is named: the outlet
        the article names first after it ("…, сообщила газета The New York Times")."""
        if self._lookbacks_left <= 0:
            return None
        self._lookbacks_left -= 1
        tokens = tokenize(self._text, position, min(len(self._text), position + 1200))
        for mention in find_mentions(tokens):
            if mention.kind == "org" and mention.outlet and not mention.generic and mention.org:
                if self._text[mention.start - 1 : mention.start] == "/" or self._text[mention.end : mention.end + 1] == "/":
                    continue  # "НЬЮ-ЙОРК, 4 сентября. /ТАСС/.": the agency relaying, not the paper it relays
                entity = self._organization(mention)
                if entity is not None:
                    self._add_mention(entity, (mention.start, mention.end))
                return entity
        return None

    @staticmethod
    def _add_mention(entity: Entity, span: Offsets) -> None:
        # Spans come from one tokenisation, so overlapping ones share a start or an end.
        if span[0] not in entity.covered and -span[1] not in entity.covered:
            entity.mentions.append(span)
            entity.covered.update((span[0], -span[1]))
