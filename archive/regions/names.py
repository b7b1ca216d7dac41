"""Finding region names (and national or foreign words) in normalised text.

``NameIndex`` maps every matchable string to a ``Sense``: the candidate regions
it may mean and how much a mention of it is worth. ``scan`` walks the text once,
leftmost-longest and without overlaps, looking names up by their first two
characters (every name has at least two), which is fast enough in pure Python.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from typing import Iterator, Literal

from archive.chinese_text import is_han, match_key

from .gazetteer import PROVINCE_OF_ABBREVIATION, Gazetteer, RegionEntry, load_gazetteer
from .lexicon import (
    ABBREVIATION_BLOCKERS,
    ABBREVIATION_VERBS,
    CASINO_BRANDS,
    CITY_ABBREVIATIONS,
    COMMON_WORD_SHORT_NAMES,
    EXTRA_ALIASES,
    FOREIGN_TERMS,
    GENERIC_NAMES,
    INSTITUTION_AFTER,
    LANDMARKS,
    LOCAL_FOCUS_WORDS,
    NATIONAL_BODIES,
    NATIONAL_WORDS,
    NON_PLACE_PHRASES,
    UNSAFE_VERB_ABBREVIATIONS,
)
from .short_names import split_suffix
from .towns import town_entries

SenseKind = Literal["region", "national", "foreign", "local", "none"]

# How much one mention is worth before zone weighting.
FULL_NAME_STRENGTH = 1.0  # 泽库县, 昌都市, 四川省
COMPOUND_NAME_STRENGTH = 2.0  # 厦门湖里: two names in one (each counted, as when written apart)
SHORT_NAME_STRENGTH = 1.0  # 四川, 成都
COUNTY_SHORT_NAME_STRENGTH = 0.7  # 泽库, 孝义: two characters hide in other words
TWO_CHARACTER_COUNTY_STRENGTH = 0.4  # 和县, 义县: 市和县 is not 和县
ABBREVIATION_STRENGTH = 0.8  # 入晋, 援鄂, 在京
TOWN_STRENGTH = 0.7  # 十间房镇: names its county as surely as a short county name does
TAIWAN = "710000"
# A two-character word of jieba's dictionary at least this frequent is a word.
COMMON_WORD_MIN_FREQUENCY = 20
NATIONAL_BODY_STRENGTH = 1.0
NATIONAL_WORD_STRENGTH = 0.25
FOREIGN_STRENGTH = 1.0


@dataclass(frozen=True)
class Sense:
    kind: SenseKind
    entries: tuple[RegionEntry, ...] = ()
    strength: float = 1.0
    # Weak names (和县) and names of several places (朝阳) only count when other
    # evidence supports their province or prefecture.
    needs_support: bool = False
    # Two-character county names (和静, 武强) are rejected when either character
    # forms a word with its neighbour: 封控区和静默, 林武强调.
    strict_boundaries: bool = False
    # Found as a one-character abbreviation after a verb (入晋, 援鄂).
    abbreviation: bool = False
    # A township's name (十间房镇), standing for its county (towns.py).
    town: bool = False


@dataclass(frozen=True)
class Match:
    start: int
    text: str
    sense: Sense


NO_PLACE = Sense(kind="none", strength=0.0)


class NameIndex:
    def __init__(self, senses: dict[str, Sense], common_words: frozenset[str] = frozenset()):
        # Keyed by the matching form the scanned text is in (normalise.py): 乾县 and 乾縣 are both 干县 there.
        self._senses = {match_key(name): sense for name, sense in senses.items()}
        self._common_words = frozenset(map(match_key, common_words))
        by_prefix: dict[str, list[str]] = defaultdict(list)
        for name in self._senses:
            by_prefix[name[:2]].append(name)
        self._by_prefix = {
            prefix: tuple(sorted(names, key=len, reverse=True))
            for prefix, names in by_prefix.items()
        }
        self._abbreviations = _AbbreviationFinder(load_gazetteer())

    def sense(self, name: str) -> Sense | None:
        return self._senses.get(match_key(name))

    def scan(self, text: str) -> list[Match]:
        """Every match, by position. A name wins over an abbreviation that starts
        it: 在鲁山县 is 鲁山县, not 在鲁."""
        names = list(self._scan_names(text))
        covered = {i for match in names for i in range(match.start, match.start + len(match.text))}
        abbreviations = [m for m in self._abbreviations.scan(text) if m.start + 1 not in covered]
        return sorted(names + abbreviations, key=lambda match: match.start)

    def _scan_names(self, text: str) -> Iterator[Match]:
        by_prefix = self._by_prefix
        i, end = 0, len(text) - 1
        name_ended_at = -1
        while i < end:
            candidates = by_prefix.get(text[i : i + 2])
            name = None
            if candidates:
                name = next((n for n in candidates if text.startswith(n, i)), None)
            # '天津港口区域': 区域 (an area) follows, not the district 港口区.
            if name is not None and name.endswith("区") and text.startswith("域", i + len(name)):
                name = next((n for n in candidates if text.startswith(n, i) and len(n) < len(name)), None)
            # '内江市中级人民法院': the city's intermediate court, not 内江 市中(区)
            if name is not None and name.endswith("市中") and text.startswith("级", i + len(name)):
                name = next((n for n in candidates if text.startswith(n, i) and len(n) < len(name)), None)
            if name is None or self._straddles_words(text, i, name, after_a_name=i == name_ended_at):
                i += 1
                continue
            sense = self._senses[name]
            if sense.kind != "none":
                yield Match(i, name, sense)
            i += len(name)
            name_ended_at = i

    def _a_full_name_at(self, text: str, start: int) -> bool:
        """Whether a place's full name (安宁市, not 安宁) starts at ``start``."""
        return any(text.startswith(n, start) and n.endswith(_FULL_NAME_ENDINGS) and len(n) >= 3
                   for n in self._by_prefix.get(text[start:start + 2], ()))

    def _straddles_words(self, text: str, start: int, name: str, after_a_name: bool = False) -> bool:
        """Whether a two-character match is the tail of one word and the head of
        the next: 天全 in 当天全省, 中西 in 其中西宁, 长春 in 延长春节."""
        sense = self._senses[name]
        if sense.town:
            # '部分乡镇': 部分 then 乡镇, not the township 分乡镇 (夷陵区)
            return len(name) == 3 and start > 0 and not after_a_name \
                and text[start - 1] + name[0] in self._common_words and name[1:] in self._common_words
        if len(name) != 2:
            return False
        # '…形势和县疫情防控工作部署': a conjunction before 县 is not 和县 (安徽), unless a place name ends right there
        if name[0] in _CONJUNCTIONS and start > 0 and is_han(text[start - 1]) and not after_a_name:
            return True
        # '阜城三区': a city's nickname (阜阳城区) and the number of its districts, not 阜城县
        if name.endswith("城") and _DISTRICTS_COUNTED.match(text, start + len(name)):
            return True
        # '西山区和安宁市': a conjunction between two places, the second named in full right after it (not 和安)
        if name[0] in _CONJUNCTIONS and after_a_name and self._a_full_name_at(text, start + 1):
            return True
        # A 'word' that is itself a place (阜新 in 曲阜新冠) does not hide the name before it; nor does a word
        # spanning the end of the name just read (北平 in 河北平乡).
        before = start > 0 and not after_a_name and text[start - 1] + name[0] in self._common_words
        after_word = name[1] + text[start + 2] if start + 2 < len(text) else ""
        # '曹县县委书记': a county's own organ after its name is not a word straddling it (县县).
        heads_institution = text.startswith(INSTITUTION_AFTER, start + 2)
        after = after_word in self._common_words and after_word not in self._senses and not heads_institution
        if sense.strict_boundaries:
            return before or after
        return before and after


_CONJUNCTIONS = "和与及"
_DISTRICTS_COUNTED = re.compile(r"[一二三四五六七八九十两]区")
_FULL_NAME_ENDINGS = ("市", "县", "区", "旗", "州", "盟", "省")


@cache
def load_name_index() -> NameIndex:
    return build_name_index(load_gazetteer())


def build_name_index(gazetteer: Gazetteer) -> NameIndex:
    candidates: dict[str, list[tuple[RegionEntry, float]]] = defaultdict(list)
    for entry in gazetteer:
        for name, strength in _names_of(entry):
            candidates[name].append((entry, strength))
    for alias, code in {**EXTRA_ALIASES, **LANDMARKS}.items():
        candidates[alias].append((gazetteer[code], SHORT_NAME_STRENGTH))
    for name, entry in [*_compound_names(gazetteer), *_organ_names(gazetteer)]:
        candidates[name].append((entry, COMPOUND_NAME_STRENGTH))

    province_names = {
        name for entry in gazetteer.provinces() for name in (entry.name, entry.short_name)
    }
    current_by_short = defaultdict(list)
    for entry in gazetteer:
        if entry.is_current:
            current_by_short[(entry.province_code, entry.level, entry.short_name)].append(entry)
    senses: dict[str, Sense] = {}
    for name, found in candidates.items():
        if name in GENERIC_NAMES:
            continue
        found = _preferred_candidates(name, found, province_names)
        found = _current_successors(found, current_by_short)
        entries = tuple(dict.fromkeys(entry for entry, _ in found))
        strength = max(strength for _, strength in found)
        senses[name] = Sense(
            kind="region",
            entries=entries,
            strength=strength,
            needs_support=len(entries) > 1 or strength <= TWO_CHARACTER_COUNTY_STRENGTH,
            strict_boundaries=len(name) == 2 and strength < SHORT_NAME_STRENGTH,
        )

    for name, entries in town_entries(gazetteer).items():
        if name not in GENERIC_NAMES:
            senses.setdefault(name, Sense(kind="region", entries=entries, strength=TOWN_STRENGTH,
                                          needs_support=len(entries) > 1, town=True))
    for term in NATIONAL_BODIES:
        senses[term] = Sense(kind="national", strength=NATIONAL_BODY_STRENGTH)
    for term in NATIONAL_WORDS:
        senses[term] = Sense(kind="national", strength=NATIONAL_WORD_STRENGTH)
    for term in FOREIGN_TERMS:
        senses[term] = Sense(kind="foreign", strength=FOREIGN_STRENGTH)
    for word in LOCAL_FOCUS_WORDS:
        senses[word] = Sense(kind="local")
    for phrase in NON_PLACE_PHRASES | COMMON_WORD_SHORT_NAMES | CASINO_BRANDS:
        senses.setdefault(phrase, NO_PLACE)
    return NameIndex(
        {name: sense for name, sense in senses.items() if len(name) >= 2},
        common_two_character_words(),
    )


@cache
def common_two_character_words() -> frozenset[str]:
    """Frequent two-character words of jieba's dictionary (read as a file: jieba
    itself is not needed, and initialising it costs a second)."""
    path = metadata.distribution("jieba").locate_file("jieba/dict.txt")
    words = set()
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            word, frequency, _ = line.split(" ", 2)
            if len(word) == 2 and int(frequency) >= COMMON_WORD_MIN_FREQUENCY:
                words.add(word)
    return frozenset(words)


def _names_of(entry: RegionEntry) -> Iterator[tuple[str, float]]:
    """Every string that names ``entry``, with the worth of one mention."""
    county = entry.level == "county"
    # Taiwan's 新社区 and 大社区 read, in mainland text, as a new or large community (社区): '归义镇汨新社区'.
    if county and entry.province_code == TAIWAN and entry.name.endswith("社区"):
        return
    if len(entry.name) == 2 and county:
        yield entry.name, TWO_CHARACTER_COUNTY_STRENGTH
    else:
        yield entry.name, FULL_NAME_STRENGTH
    short = entry.short_name
    # 黄南州 for 黄南藏族自治州, 酉阳县 for 酉阳土家族苗族自治县; 互助县 too, although 互助 alone is a word.
    _, suffix = split_suffix(entry.name)
    if short != entry.name and suffix.startswith("自治") and entry.level != "province":
        yield short + suffix[-1], FULL_NAME_STRENGTH
    if short == entry.name or short in COMMON_WORD_SHORT_NAMES:
        return
    # A county or district that no longer exists (佛山's 石湾区, merged in 2002) is named in full, if at all; its
    # short name is a town's or a word by now ('我县石湾…隔离酒店' in 博罗县).
    if county and not entry.is_current:
        return
    # Taiwan's districts are named in mainland news with their suffix if at
    # all, and their short forms are words or mainland places (树林, 三峡, 大同).
    if county and entry.province_code == TAIWAN:
        return
    short_strength = COUNTY_SHORT_NAME_STRENGTH if county and len(short) == 2 else SHORT_NAME_STRENGTH
    yield short, short_strength


def _compound_names(gazetteer: Gazetteer) -> Iterator[tuple[str, RegionEntry]]:
    """'厦门湖里', '吉林吉林', '北京朝阳': a place written right after its parent's name. That names it alone, even
    when its own short name is a common word (湖里) or another place's too (吉林, 朝阳)."""
    for entry in gazetteer:
        parent = gazetteer.get(entry.parent_code)
        if entry.level == "province" or parent is None or not entry.is_current or len(entry.short_name) < 2:
            continue
        # After the parent's short name only: '广西壮族自治区南宁市' is two full names already.
        if len(parent.short_name) >= 2 and parent.short_name != parent.name:
            yield parent.short_name + entry.short_name, entry
        # …unless the child's name is too generic to count alone: '内江市市中区', '阳泉市城区'.
        if entry.name in GENERIC_NAMES:
            yield parent.name + entry.name, entry


# A place's own organs, which a word never heads: '无为疫防办', '麒麟区委' (not '光明日报', a national paper).
_ORGANS_NAMING_THE_PLACE = ("疫防办", "疫情防控指挥部", "指挥部", "县委", "区委", "市委", "县政府", "区政府", "市政府",
                            "融媒体中心", "卫健委", "疾控中心")


def _organ_names(gazetteer: Gazetteer) -> Iterator[tuple[str, RegionEntry]]:
    """'无为疫防办致无为在外人员的一封信': a county whose short name is a common word (无为, 麒麟) is named by it
    when one of its own organs follows."""
    # (Taiwan's districts have no party committees: '清水县委' is never 台中's 清水区)
    named = [entry for entry in gazetteer if entry.level == "county" and entry.is_current
             and entry.short_name in COMMON_WORD_SHORT_NAMES and entry.province_code != TAIWAN]
    by_short_name: dict[str, list[RegionEntry]] = defaultdict(list)
    for entry in named:
        by_short_name[entry.short_name].append(entry)
    for entry in named:
        namesakes = [other for other in by_short_name[entry.short_name] if other is not entry]
        for organ in _ORGANS_NAMING_THE_PLACE:
            # '和平县委' is 和平县's, not 天津's 和平区, whose is '和平区委'; a county renamed a city keeps its old
            # organs' names for a while ('无为县委' in 2020, 无为市 since late 2019) when no namesake claims them
            if organ[0] in "县区市" and organ[0] != entry.name[-1] \
                    and any(other.name.endswith(organ[0]) for other in namesakes):
                continue
            yield entry.short_name + organ, entry


def _current_successors(found, current_by_short):
    """An abolished prefecture's name (保定地区, a 地区 that became a city long before 2020) means, on a
    2020–2022 page, the current prefecture of the same short name and province (保定市). Counties keep their
    old codes: those renamed in 2020–2022 (海门市 → 海门区) are named either way in the period."""
    if any(entry.is_current for entry, _ in found):
        return found
    successors = []
    for entry, strength in found:
        if entry.level != "prefecture":
            successors.append((entry, strength))
            continue
        current = current_by_short.get((entry.province_code, entry.level, entry.short_name), [])
        successors += [(c, strength) for c in current] if len(current) == 1 else [(entry, strength)]
    return successors


def _preferred_candidates(name, found, province_names):
    # A province's own name is never a lower-level place: 河南 is 河南省, not
    # 河南蒙古族自治县; 吉林 alone is the province.
    if name in province_names:
        found = [(e, s) for e, s in found if e.level == "province"]
    # Where a current region carries the name, old codes that did are history.
    current = [(e, s) for e, s in found if e.is_current]
    if current:
        return current
    # Among old codes of one name in one province (海门市 320684, and 329026 of
    # the 1980s under a pseudo-prefecture), keep those linked to a prefecture.
    by_province: dict[str, list] = defaultdict(list)
    for entry, strength in found:
        by_province[entry.province_code].append((entry, strength))
    kept = []
    for same_province in by_province.values():
        linked = [(e, s) for e, s in same_province if e.prefecture_code]
        kept.extend(linked or same_province)
    return kept


class _AbbreviationFinder:
    """入晋 返晋 赴鄂 在京 离汉, and number plates such as 晋A12345."""

    def __init__(self, gazetteer: Gazetteer):
        self._senses: dict[str, Sense] = {}
        for abbreviation, code in PROVINCE_OF_ABBREVIATION.items():
            self._senses[abbreviation] = _abbreviation_sense(gazetteer[code])
        for abbreviation, code in CITY_ABBREVIATIONS.items():
            self._senses[abbreviation] = _abbreviation_sense(gazetteer[code])
        after_verb = "".join(a for a in self._senses if a not in UNSAFE_VERB_ABBREVIATIONS)
        plate_chars = "".join(PROVINCE_OF_ABBREVIATION)
        self._after_verb = re.compile(f"[{ABBREVIATION_VERBS}]([{after_verb}])")
        self._plate = re.compile(f"([{plate_chars}])[A-HJ-NP-Z]·?[A-Z0-9]{{5}}(?![A-Za-z0-9])")

    def scan(self, text: str) -> Iterator[Match]:
        for found in self._after_verb.finditer(text):
            abbreviation = found.group(1)
            following = text[found.end() : found.end() + 1]
            if following and following in ABBREVIATION_BLOCKERS.get(abbreviation, ""):
                continue
            yield Match(found.start(), found.group(0), self._senses[abbreviation])
        for found in self._plate.finditer(text):
            yield Match(found.start(), found.group(0), self._senses[found.group(1)])


def _abbreviation_sense(entry: RegionEntry) -> Sense:
    return Sense(kind="region", entries=(entry,), strength=ABBREVIATION_STRENGTH, abbreviation=True)
