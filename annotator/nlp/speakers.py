"""Resolving speaker mentions to one entity per article.

Mentions are resolved in text order.  A name makes or finds a person keyed by
the nominative surname; a role title seen next to a name ("президент
Казахстана Касым-Жомарт Токаев") teaches the resolver who holds that role, so
a bare title or description later ("казахстанский президент") resolves to
the same person (titles are resolved by :mod:`annotator.nlp.role_resolution`).  Pronouns, "который" and other look-backs through the text
are in :mod:`annotator.nlp.salience`; the names are completed from the whole
article by :mod:`annotator.nlp.speaker_names`.
"""

from __future__ import annotations

import re

from annotator.nlp import lexicon
from annotator.nlp.analysis import Offsets, Speaker
from annotator.nlp.entities import Entity
from annotator.nlp.mentions import Mention, find_mentions
from annotator.nlp.name_mentions import family_name_first
from annotator.nlp.morph import fold, genitive
from annotator.nlp.names import is_patronymic, nominative_surname, surname_gender
from annotator.nlp.role_resolution import RoleResolver
from annotator.nlp.segment import tokenize
from annotator.nlp.speaker_names import (
    complete_organization,
    keyed_surname,
    nominative_written,
    outlet_with_domain,
    restore_written_nominative,
    scan_names,
    spell_out_abbreviation,
    spell_out_outlet,
)
from annotator.nlp.spelling import Speller

_SERVICES = frozenset({"пресс-служба"})


def _other_first_name(entity: Entity, mention: Mention) -> bool:
    """A namesake: the same surname with another first name."""
    given = mention.first_name or mention.given_raw
    if not given:
        return False
    known = entity.first_name or (entity.given_raw[0] if entity.given_raw else None)
    known = known or (entity.full_name.split()[0] if entity.full_name else None)
    return known is not None and fold(known)[:4] != fold(given)[:4]  # "Акылбека" is still Акылбек


class SpeakerResolver(RoleResolver):
    def __init__(
        self, text: str, sentence_starts: list[int] | None = None, quoted: list[Offsets] | None = None
    ) -> None:
        super().__init__(text, sentence_starts, quoted)
        self._interviewee: tuple[Entity | None, Offsets | None] | None = None
        self._speller = Speller(text)

    def learn(self, mention: Mention) -> None:
        """Record a name seen with a role anywhere in the article."""
        if mention.kind == "name" and mention.surname:
            self._person(mention, None)

    def resolve(self, mention: Mention, verb_gender: str | None, position: int) -> Entity | None:
        woman = mention.woman
        if woman is not None and (verb_gender == "f" or (verb_gender != "m" and woman.given_raw is None)):
            mention = woman  # "заявила депутат Надира Нарматова": not the aide of "Надир Нарматов"
        self._position = mention.start
        inverted = position < mention.start and self._same_sentence(position, mention.start)
        self._attributed = (position, mention.start) if inverted else None
        if mention.kind == "name":
            entity: Entity | None = self._person(mention, verb_gender)
        elif mention.kind == "org":
            entity = self._organization(mention)
        elif mention.kind == "relative":
            entity = self._antecedent(mention.start, mention.gender or verb_gender)
        elif mention.kind == "pronoun":
            gender = mention.gender or verb_gender
            entity = self._salient(min(position, mention.start), gender) or self._pronoun(gender)
        else:
            entity = self._role(mention, verb_gender)
        self._attributed = None
        if entity is not None:
            if entity.type == "person" and entity.gender is None and verb_gender in ("m", "f"):
                entity.gender = verb_gender
            self._add_mention(entity, (mention.start, mention.end))
            self._resolved[mention.start] = entity
            entity.last_spoke = position
            if entity in self._recent:
                self._recent.remove(entity)
            self._recent.append(entity)
        return entity

    def asked(self, entity: Entity, mention: Offsets | None) -> None:
        """``entity`` asked a question: the pronoun of its answer ("— ответил он")
        is the one asked, so the asker leaves the recent speakers and its mention
        is no speaker's to a look-back."""
        if mention is not None and self._resolved.get(mention[0]) is entity:
            del self._resolved[mention[0]]
        if entity in self._recent:
            self._recent.remove(entity)

    @staticmethod
    def _surname(mention: Mention, verb_gender: str | None) -> str:
        return keyed_surname(mention, verb_gender)

    def _person(self, mention: Mention, verb_gender: str | None) -> Entity:
        by_patronymic = self._by_first_name_and_patronymic(mention)
        if by_patronymic is not None:
            return by_patronymic
        gender = mention.gender or (verb_gender if verb_gender in ("m", "f") else None)
        surname = self._speller.correct(self._surname(mention, verb_gender))
        if gender is None and not mention.oblique and not mention.known:
            gender = surname_gender(surname)
        elif gender is None and mention.oblique and not mention.known and surname == mention.surname:
            surname, gender = nominative_written(surname, self._text)
        full = mention.family_first or (mention.known if mention.known and family_name_first(mention.known) else None)
        key: tuple[str, ...] = ("person", fold(full or surname))
        namesake = self._entities.get(key)
        if namesake is not None and _other_first_name(namesake, mention):
            key = ("person", fold(surname), fold(mention.first_name or mention.given_raw or "")[:4])  # "Садыр" and "Акылбек Жапаров"
        entity = self._entities.get(key) or (None if full else self._by_family_name(surname))
        if entity is not None and not (mention.first_name or mention.given_raw or mention.known):
            entity = self._last_namesake(key, entity)
        if entity is None and not full and not mention.known and mention.surname and not (mention.first_name or mention.given_raw):
            entity = self._in_another_case(mention.surname, mention.gender or (verb_gender if verb_gender in ("m", "f") else None))
            if entity is not None:
                key = ("person", fold(entity.label))
        if entity is None:
            entity = Entity("person", surname, gender)
            listed = lexicon.known_surnames().get(fold(full.split()[-1] if full else surname))
            if listed is not None:
                entity.country = listed.country
                entity.gender = entity.gender or listed.gender or None
            self._entities[key] = entity
        entity.gender = entity.gender or gender
        entity.first_name = entity.first_name or mention.first_name
        if mention.given_raw and entity.given_raw is None:
            entity.given_raw = (mention.given_raw, mention.oblique)
        if mention.known and len(mention.known.split()) > 1:
            entity.full_name = mention.known
        elif full:  # Chinese names do not decline
            entity.full_name = entity.full_name or full
        if mention.role:
            entity.roles.add(mention.role)
        return entity

    def _by_first_name_and_patronymic(self, mention: Mention) -> Entity | None:
        """"— высказалась Мария Владимировна" after "Мария Захарова": a first name and
        patronymic address the one person already named with that first name."""
        if not mention.first_name or not mention.surname or not is_patronymic(mention.surname):
            return None
        named = [e for e in self._entities.values() if e.type == "person" and e.first_name == mention.first_name]
        return max(named, key=lambda e: e.last_spoke) if len({id(e) for e in named}) == 1 else None

    def _last_namesake(self, key: tuple[str, ...], entity: Entity) -> Entity:
        """A bare surname two people share: the one who spoke last."""
        namesakes = [e for k, e in self._entities.items() if k[:2] == key[:2]]
        return max(namesakes, key=lambda e: e.last_spoke) if len(namesakes) > 1 else entity

    def _in_another_case(self, form: str, gender: str | None) -> Entity | None:
        """"Прямая речь Токаева:" after "Касым-Жомарт Токаев": a person already
        named, whose surname this form is an oblique case of."""
        for candidate in (gender,) if gender in ("m", "f") else ("m", "f"):
            entity = self._entities.get(("person", fold(nominative_surname(form, oblique=True, gender=candidate))))
            if entity is not None and entity.gender in (None, candidate):
                return entity
        return None

    def _by_family_name(self, surname: str) -> Entity | None:
        """The bare family name of a Chinese name ("уточнила Мао"): the person
        with that family name who spoke last."""
        family = [
            e for e in self._entities.values()
            if e.type == "person" and e.full_name and family_name_first(e.full_name) and e.label == surname
        ]
        return max(family, key=lambda e: e.last_spoke) if family else None

    def _organization(self, mention: Mention) -> Entity | None:
        assert mention.role is not None and mention.org is not None
        head = mention.org.split()[0]
        complement = mention.role[1]
        if mention.possessor is not None:
            served = self._service_of_person(mention)
            if served is not None:
                return served
        if mention.generic:  # "ведомство", "министерство", "издание": the organisation last named
            service = self._last_service(head)
            if service is not None:
                return service
            for entity in reversed(self._recent):
                if entity.type == "organization" and entity.outlet >= mention.outlet and not entity.seat:
                    return entity
            # "интервью агентству «Синьхуа», передает NUR.KZ со ссылкой на издание": the outlet before the relaying one
            found = self._nearby_organization(mention.start, outlet=mention.outlet, skip=1 if mention.cited else 0)
            if found is None and mention.outlet and not mention.cited:
                found = self._outlet_named_next(mention.end)
            if found is not None or mention.outlet or self._text.find(head + " ", 0, mention.start) < 0:
                return found  # "Лавров прибыл в Минск. В ведомстве заявили": no ministry named, no speaker
            # "Глава МИД Китая … . В ведомстве сообщили": no ministry named alone; the bare one, completed later
        if complement is None:
            for entity in reversed(list(self._entities.values())):
                if entity.type == "organization" and entity.label.split()[0] == head:
                    return entity
        key = ("org", head, complement or "")
        organization = self._entities.get(key)
        if organization is None:
            organization = Entity("organization", mention.org, outlet=mention.outlet, seat=mention.seat)
            organization.roles.add(("org", complement))
            self._entities[key] = organization
        return organization

    def _last_service(self, head: str) -> Entity | None:
        """"В пресс-службе «Росатома» заявили … . По данным РИА Новости, … . «…», — ответили
        в пресс-службе": a bare press service is the one that spoke last, not an outlet."""
        if head not in _SERVICES:
            return None
        for entity in reversed(self._recent):
            if entity.type == "organization" and entity.label.split()[0] == head:
                return entity
        return None

    def _service_of_person(self, mention: Mention) -> Entity | None:
        """"Токаев отменил форум. Об этом сообщила его пресс-служба": the press
        service of the head of state the pronoun stands for, named as the guide
        does ("пресс-служба президента Казахстана")."""
        owner = self._salient(mention.start, mention.possessor)
        countries = {r[1] for r in owner.roles if r[0] == "head_of_state" and r[1]} if owner else set()
        if len(countries) != 1 or next(iter(countries)) not in lexicon.country_names():
            return None
        country = next(iter(countries))
        key = ("org", "пресс-служба", f"президент {country}")
        service = self._entities.get(key)
        if service is None:
            service = Entity("organization", f"пресс-служба президента {genitive(country)}")
            service.roles.add(("org", f"президент {country}"))
            self._entities[key] = service
        return service

    def interviewee(self, position: int) -> tuple[Entity | None, Offsets | None]:
        """The person an interview is with: the last one named before the
        transcript (remembered for every later "Ответ:")."""
        if self._interviewee is None:
            transcript_start = max(0, self._text.rfind("\n", 0, max(0, self._first_answer(position))))
            entity = self._most_named(transcript_start) or self._nearby_person(transcript_start, None)
            self._interviewee = (entity, entity.mentions[-1] if entity and entity.mentions else None)
        entity, span = self._interviewee
        if entity is not None:
            self._recent = [e for e in self._recent if e is not entity] + [entity]
        return entity, span

    def _most_named(self, position: int) -> Entity | None:
        """The person named most often before the transcript (the interview's
        subject, not someone listed among its topics); None on a tie."""
        tokens = tokenize(self._text, max(0, position - 1500), position)
        counts: dict[str, tuple[int, Mention]] = {}
        for mention in find_mentions(tokens):
            if mention.kind == "name" and mention.surname and not self._credit(mention):
                key = fold(self._surname(mention, None))[:-1]  # the stem groups the case forms
                counts[key] = (counts.get(key, (0, mention))[0] + 1, mention)
        ranked = sorted(counts.values(), key=lambda item: -item[0])
        if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
            return None
        mention = ranked[0][1]
        entity = self._person(mention, None)
        self._add_mention(entity, (mention.start, mention.end))
        return entity

    def _first_answer(self, position: int) -> int:
        found = re.search(r"^(?:(?:Вопрос|Ответ)[ \t]*:|[–—-][ \t])", self._text, re.MULTILINE)
        return found.start() if found else position

    def speakers(self, speaking: set[int]) -> list[Speaker]:
        """Entities that speak (their ids in ``speaking``), with every mention."""
        entities = [e for e in self._entities.values() if id(e) in speaking]
        for entity in entities:
            if entity.type == "organization" and spell_out_abbreviation(entity, self._text):
                pass  # "Институт изучения войны (ISW)"
            elif entity.type == "organization" and not entity.outlet and " " not in entity.label:
                complete_organization(entity, self._text, self._entities.values())
            elif entity.outlet and 1 < len(entity.label) <= 4 and entity.label.isupper():
                spell_out_outlet(entity, self._text)
            if entity.outlet:
                outlet_with_domain(entity, self._text)
        people = [e for e in entities if e.type == "person" and e.label[:1].isupper() and not e.from_role]
        for person in people:
            restore_written_nominative(person, self._text)
        scan_names(self._text, people, self._add_mention)
        by_name: dict[tuple[str, str], list[Offsets]] = {}  # "Фомина" restored is the "Фомин" named after
        for e in entities:
            by_name.setdefault((e.name, e.type), []).extend(e.mentions)
        return [
            Speaker(name, kind, sorted(set(mentions)))  # type: ignore[arg-type]
            for (name, kind), mentions in by_name.items()
        ]
