"""Resolving mentions to regions and adding up their weight per subtree.

Clear mentions are counted first. Ambiguous names (朝阳, 通州, 鼓楼区) and weak
ones (和县) are then resolved only where that evidence supports their province
or prefecture; otherwise they count, at a lower rate, for what all their
candidates share, or not at all.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .gazetteer import Gazetteer, RegionEntry
from .mentions import Mention
from .names import TAIWAN
from .zones import ARTICLE_ZONES

# Unresolved ambiguous names still support a common ancestor, at this rate.
COMMON_ANCESTOR_RATE = 0.5
# Evidence for an entry's prefecture counts this much more than for its
# province when choosing between candidates.
PREFECTURE_SUPPORT_FACTOR = 2
# Evidence for the candidate place itself counts more still.
SELF_SUPPORT_FACTOR = 4
# A weak name (滑县) written this many times in the article's own words supports itself: a stray
# '和县' is one slip of a conjunction, not a county named again and again.
SELF_EVIDENT_REPEATS = 2


@dataclass
class Tally:
    """Weighted evidence per region code, and per province and prefecture subtree."""

    direct: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    province: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    prefecture: dict[str, float] = field(default_factory=lambda: defaultdict(float))

    def add(self, entry: RegionEntry, weight: float) -> None:
        self.direct[entry.code] += weight
        self.province[entry.province_code] += weight
        if entry.prefecture_code:
            self.prefecture[entry.prefecture_code] += weight

    def subtree(self, entry: RegionEntry) -> float:
        if entry.level == "province":
            return self.province.get(entry.code, 0.0)
        if entry.level == "prefecture":
            return self.prefecture.get(entry.code, 0.0)
        return self.direct.get(entry.code, 0.0)

    def support_for(self, entry: RegionEntry, itself: bool = False) -> float:
        """Evidence for the places around ``entry``: its prefecture, then province; and with ``itself``, the
        place itself (a township's county named in the text: 黄潭镇 with 天门市)."""
        support = self.province.get(entry.province_code, 0.0)
        if itself:
            support += SELF_SUPPORT_FACTOR * self.direct.get(entry.code, 0.0)
        if entry.prefecture_code:
            support += PREFECTURE_SUPPORT_FACTOR * self.prefecture.get(entry.prefecture_code, 0.0)
        return support

    def ranked_provinces(self) -> list[tuple[str, float]]:
        return sorted(self.province.items(), key=lambda item: item[1], reverse=True)


def tally_regions(mentions: list[Mention], gazetteer: Gazetteer) -> Tally:
    regional = [m for m in mentions if m.kind == "region"]
    settled = Tally()
    for mention in regional:
        if not mention.sense.needs_support:
            mention.resolved = mention.sense.entries[0]
            settled.add(mention.resolved, mention.weight)
    repeats = Counter(m.text for m in regional if m.zone in ARTICLE_ZONES)
    for mention in regional:
        if mention.sense.needs_support:
            _resolve_with_support(mention, settled, gazetteer, repeats[mention.text])
    _credit_qualifiers(regional)

    tally = Tally()
    for mention in regional:
        if mention.resolved is not None:
            tally.add(mention.credited or mention.resolved, mention.weight)
    return tally


def _resolve_with_support(mention: Mention, settled: Tally, gazetteer: Gazetteer, repeats: int = 1) -> None:
    """Pick the candidate whose surroundings other evidence supports; failing
    that, fall back to what the candidates share (朝阳市 for 朝阳 in 辽宁朝阳)."""
    candidates = list(mention.sense.entries)
    mainland = [entry for entry in candidates if entry.province_code != TAIWAN]
    # Between counties alone (a township's, a district name several cities have), the county named elsewhere
    # in the text wins; not between a city and its namesake county (南昌 is 南昌市 beside 南昌县's towns).
    between_counties = all(entry.level == "county" for entry in candidates)
    support = {entry.code: settled.support_for(entry, itself=between_counties) for entry in candidates}
    best = max(support.values())
    if best > 0:
        candidates = [entry for entry in candidates if support[entry.code] == best]
        if len(candidates) == 1:
            mention.resolved = candidates[0]
            return
    elif len(candidates) == 1:
        if repeats >= SELF_EVIDENT_REPEATS:
            # '滑县各机关…滑县广大干部': counted then as a name written in full
            mention.resolved = candidates[0]
            mention.weight /= mention.sense.strength
        return  # a weak name (和县) with nothing around it
    elif len(mainland) == 1:
        # '致泰山区居民的一封信': with nothing pointing to Taiwan, a local-government page's 泰山区 is
        # the mainland's (Taiwan's namesake wins only where 新北市 or 台湾 is named).
        mention.resolved = mainland[0]
        return
    ancestor = common_ancestor(candidates, gazetteer)
    if ancestor is not None:
        mention.resolved = ancestor
        mention.weight *= COMMON_ANCESTOR_RATE


def common_ancestor(entries: list[RegionEntry], gazetteer: Gazetteer) -> RegionEntry | None:
    prefectures = {entry.prefecture_code for entry in entries}
    if len(prefectures) == 1 and None not in prefectures:
        return gazetteer[prefectures.pop()]
    provinces = {entry.province_code for entry in entries}
    if len(provinces) == 1:
        return gazetteer[provinces.pop()]
    return None


def _credit_qualifiers(mentions: list[Mention]) -> None:
    """In 北京朝阳区 or 湖北黄石 the province only says which 朝阳区 or 黄石 is
    meant: its weight goes to the place it qualifies."""
    for first, second in zip(mentions, mentions[1:]):
        if first.resolved is None or second.resolved is None:
            continue
        adjacent = second.start == first.start + len(first.text)
        if adjacent and descends_from(second.resolved, first.resolved):
            first.credited = second.resolved


def descends_from(entry: RegionEntry, ancestor: RegionEntry) -> bool:
    return entry.code != ancestor.code and ancestor.code in (
        entry.province_code,
        entry.prefecture_code,
    )
