"""Inferring the region an article is about.

Mentions are evidence, not answers. Each mention of a region name is weighted
by where it appears (``zones``) and how reliable the name is (``names``), and
lowered in contexts that point elsewhere (``mentions``); a county mention also
supports its prefecture and province (``tally``). The guess is the deepest
level that is well supported and consistent, or None when the article is about
national or foreign matters, or when no region stands out.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from .gazetteer import PROVINCE_OF_ABBREVIATION, Gazetteer, RegionEntry, load_gazetteer
from .lexicon import (CITY_VOICE, COUNTY_VOICE, DISTRICT_VOICE, GOVERNMENT_BODY_END, MEDIA_NAME, MUNICIPALITIES,
                      NATIONAL_TITLE_WORDS, PREFECTURE_VOICE, PROVINCE_VOICE)
from .mentions import ENUMERATION_SEPARATORS, TO_HERE_BY_ONE_CHARACTER, Mention, collect_mentions
from .zones import ARTICLE_ZONES, ZONE_WEIGHTS
from .names import load_name_index
from .normalise import normalise_for_matching
from .tally import Tally, tally_regions

# Below this much weighted evidence nothing is claimed (one body mention of a
# prefecture is 1.0; one in the title is 6.0).
MIN_EVIDENCE = 0.9
# Without a place in the title, the body must name one at least this strongly
# (two mentions in the lead) unless the text speaks from inside (我省, 全市).
BODY_ONLY_EVIDENCE = 2.5
# A title names a place when its mentions there weigh this much: one plain
# mention does; a place only helped or travelled to (驰援武汉) does not.
TITLE_LOCAL_EVIDENCE = 3.0
# National and foreign words outweigh local evidence by this factor before a
# text written from inside a province is taken as national.
OUTSIDE_FACTOR = 2.0
# A prefecture (or county) is chosen when it holds this share of its parent's
# evidence and beats its nearest sibling by this factor; otherwise the article
# is about the parent as a whole.
DESCEND_SHARE = 0.6
DESCEND_MARGIN = 2.0
EVIDENCE_ITEMS = 8
# Where the article names its place up front.
UP_FRONT_ZONES = ("title", "source", "publisher")
UP_FRONT_SHARE = 0.3
ISSUER_ZONES = ("source", "publisher")  # the body that issued or published the text
# Where a county naming itself can stand (not a footer address, a neighbour list or related links).
SPEAKING_ZONES = ("title", "source", "publisher", "lead", "body", "site")


@dataclass(frozen=True)
class RegionGuess:
    code: str | None
    confidence: float  # 0..1; for None, how sure it is that no region applies
    evidence: tuple[str, ...]  # human-readable reasons, strongest first


def infer_region(
    *, title: str, body: str, source_name: str = "", source_url: str = "", page: str = "",
    title_devised: bool = False,
) -> RegionGuess:
    """``page``: the text of the page around the article (header, menus, footer), weaker evidence than
    the article's own words but often the only place a county site names its county. ``title_devised``: the
    title was made from the lead ('根据国务院联防联控机制有关规定'), so a national word in it is not a
    national headline."""
    gazetteer = load_gazetteer()
    title_key, body_key, source = (normalise_for_matching(text) for text in (title, body, source_name))
    mentions = collect_mentions(
        title=title_key,
        body=body_key,
        source_name=source,
        source_url=source_url,
        page=normalise_for_matching(page),
        index=load_name_index(),
        gazetteer=gazetteer,
    )
    tally = tally_regions(mentions, gazetteer)
    guess = _decide(mentions, tally, gazetteer, title_devised, title=title_key,
                    source_is_media=bool(MEDIA_NAME.search(source)),
                    source_is_government=bool(GOVERNMENT_BODY_END.search(source)),
                    towns=_title_places_the_text_calls_towns(mentions, body_key))
    here = _ARRIVING_AT.search(title_key)
    if guess.code and here and not _a_name_within(gazetteer[guess.code], here.group(1) or here.group(2), gazetteer):
        return _no_region(mentions, "title names arrivals at a place the text does not name")
    return guess


# '关于重点地区来富返富人员做好报备的通告': the place people come to, by the one character that stands for it (富阳
# here); the places the text names are where they come from
# (not '省外来(返)人员': arrivals, wherever they come to)
_ARRIVING_AT = re.compile(rf"{TO_HERE_BY_ONE_CHARACTER}|来[(（]返[)）](?!人员)([\u4e00-\u9fff])")


def _a_name_within(region: RegionEntry, character: str, gazetteer: Gazetteer) -> bool:
    """Whether ``character`` is in the name of ``region``, a region it lies in, or one within it."""
    return any(_in_line(entry, region) and (character in entry.name or character == entry.abbreviation)
               for entry in gazetteer)


@dataclass(frozen=True)
class _Signals:
    """What the article says about its scope, for the best province."""

    best: float  # evidence for the best province
    runner_up: float
    total: float  # evidence for all provinces
    outside: float  # national and foreign words
    inside: float  # 我省, 全市 …, and the publisher being of the province
    title_local: float  # evidence for the best province in the title
    title_national: bool
    title_foreign: bool
    title_lists_provinces: bool
    speaker: bool  # the best province is the one whose body speaks (我县 …, signed by its body)
    only_the_site: bool  # the best province is known only from the site's address (a repost says nothing of it)
    only_the_outlet: bool  # ... or only from the medium that published it (its source line, the site's page text)
    outside_in_text: bool  # the article's own words name a national body or a foreign place
    title_place_issues: bool  # the title's place of the province is also the body issuing what the text announces
    county_voice_without_counties: bool  # 全县, 县委 … in a municipality that has had no county since 2016 (北京, 上海, 天津)


def _decide(mentions: list[Mention], tally: Tally, gazetteer: Gazetteer, title_devised: bool = False, title: str = "",
            source_is_media: bool = False, source_is_government: bool = False,
            towns: frozenset[str] = frozenset()) -> RegionGuess:
    # (a devised title is the lead's first words, no headline naming the place of the news: '中共当局除了将北京市定为
    # “高风险地区”之外' opens a report on 黑龙江's rules)
    ranked = tally.ranked_provinces() if title_devised else _title_province_first(tally.ranked_provinces(), mentions)
    ranked = _speaker_first(ranked, mentions, source_is_government, title_devised, source_is_media)
    if not ranked:
        return _no_region(mentions, "no local evidence")
    province_code = ranked[0][0]
    signals = _signals(mentions, ranked, title, source_is_media, towns)
    if title_devised:
        signals = replace(signals, title_national=False, title_foreign=False)
        if signals.title_local < TITLE_LOCAL_EVIDENCE:
            # (nor does a place in it name only a destination or origin: '新邵县在…上海返乡人员中发现…' is the lead's)
            signals = replace(signals, title_local=0.0)
    reason = _reason_against_local(signals)
    if reason:
        return _no_region(mentions, reason)

    chosen = gazetteer[province_code]
    confidence = _confidence(signals)
    if not source_is_media:
        chosen = _the_county_signing(chosen, mentions, source_is_government) or chosen
    chosen = _the_city_signing(chosen, mentions, title_devised, source_is_media) or chosen
    while not _title_settles_scope(chosen, mentions, title, title_devised) \
            and (found := _dominant_child(chosen, tally, gazetteer, mentions, source_is_media)) is not None:
        chosen, share = found
        confidence *= min(share, 1.0)
    chosen = _the_county_speaking(chosen, mentions) or _the_place_arrived_at(chosen, mentions) or chosen
    chosen = _the_prefecture_holding_its_meeting(chosen, mentions, gazetteer) or chosen
    return RegionGuess(chosen.code, round(confidence, 3), _evidence(mentions, chosen))


def _title_settles_scope(chosen: RegionEntry, mentions: list[Mention], title: str, title_devised: bool) -> bool:
    """Whether the title says the item is the whole of ``chosen``, so no child of it takes the item (a devised
    title only when its lead's subject is ``chosen``'s own body). Not when the text acts on one child alone,
    named in the title and again, and no sibling beside it ('大同市…领导小组定于…在云冈区建成区开展…' / '…为云冈区建成区
    范围内全体居民'): the place of the news is that child."""
    if _the_one_child_acted_on(chosen, mentions):
        return False
    if title_devised:
        return _lead_issued_by(chosen, mentions, title)
    return _title_speaks_for(chosen, mentions) or _title_issued_by(chosen, mentions, title)


def _the_one_child_acted_on(chosen: RegionEntry, mentions: list[Mention]) -> bool:
    named = [m for m in mentions if m.zone in ("title", "lead", "body") and m.kind == "region"
             and m.resolved is not None and m.resolved.prefecture_code == chosen.code and m.resolved != chosen]
    # (named in the title too: not the district a press conference's cases live in, '…居住于雁塔区…' ×3; nor a text in
    # the city's voice, '…通告:全市中小学延期开学 雁塔区实行封控管理')
    return chosen.level == "prefecture" and len({m.resolved.code for m in named}) == 1 and len(named) >= 2 \
        and any(m.zone == "title" for m in named) \
        and not _voices(mentions) & CITY_VOICE


def _the_place_arrived_at(chosen: RegionEntry, mentions: list[Mention]) -> RegionEntry | None:
    """A text in a county's voice (全县) telling of people coming to a county of the chosen region by its name
    ('武汉等地来盂县人员'), and to no other, is that county's, however weak its name is alone (盂县); one in a city's
    voice (我市) telling of people coming to a city by its first character ('拟入(返)林人员') is that city's."""
    voices = {m.text for m in mentions if m.kind == "local"}
    level = "county" if voices & COUNTY_VOICE else "prefecture" if voices & CITY_VOICE else None
    if level is None or chosen.level == "county" or (level == "prefecture" and chosen.level != "province"):
        return None
    places = {m.coming_back_place for m in mentions if m.coming_back_place}
    arrived = {entry for m in mentions if m.zone in ARTICLE_ZONES and m.kind == "region"
               for entry in m.possible_regions
               if entry.level == level and _in_line(entry, chosen)
               and any(entry.name == place or (len(place) == 1 and entry.name.startswith(place)) for place in places)}
    return arrived.pop() if len(arrived) == 1 else None


def _the_prefecture_holding_its_meeting(chosen: RegionEntry, mentions: list[Mention],
                                        gazetteer: Gazetteer) -> RegionEntry | None:
    """'全州…电视电话会议在凯里召开' (我州, 州委常委): a text in a prefecture's own voice, and no county's, that
    names a county of it only as where its meeting is held is the prefecture's."""
    if chosen.level != "county" or chosen.prefecture_code not in gazetteer:
        return None
    voices = _voices(mentions)
    if not voices & PREFECTURE_VOICE or voices & (COUNTY_VOICE | DISTRICT_VOICE | CITY_VOICE):
        return None
    named = [m for m in mentions if m.resolved == chosen and m.zone in ARTICLE_ZONES + ("list",)]
    return gazetteer[chosen.prefecture_code] if named and all(m.venue for m in named) else None


def _title_issued_by(chosen: RegionEntry, mentions: list[Mention], title: str) -> bool:
    """'凉山州应对新冠肺炎疫情应急指挥部发布第8号公告': a headline naming the prefecture's own issuing body speaks for the
    whole prefecture, whichever of its counties the text names once (西昌市); not a county's body named after its
    prefecture ('成都市锦江区新冠肺炎疫情防控指挥部关于…')."""
    def own_body(m: Mention) -> bool:
        body = _ISSUING_BODY_AFTER.match(title, m.start + len(m.text))
        return body is not None and not any(n.zone == "title" and n.kind == "region" and n is not m
                                            and m.start < n.start < body.end() for n in mentions)
    return chosen.level == "prefecture" and any(m.zone == "title" and m.resolved == chosen and own_body(m)
                                                for m in mentions)


_ISSUING_BODY_AFTER = re.compile(r"[^,。!?:、]{0,16}?(指挥部|人民政府|领导小组|委员会|卫健委|疾控中心|新闻办)")


def _lead_issued_by(chosen: RegionEntry, mentions: list[Mention], title: str) -> bool:
    """'西安市政府新闻办在…召开…新闻发布会(第26场)', devised from a lead whose subject is the prefecture's own
    body, in no county's voice: the prefecture's item, whichever district its cases live in (not '内蒙古乌兰察布丰镇市
    人民政府…': a county's body, named after its prefecture)."""
    voices = _voices(mentions)
    places = sorted((m for m in mentions if m.zone == "title" and m.kind == "region"), key=lambda m: m.start)
    if chosen.level != "prefecture" or not places or places[0].start != 0 or places[0].resolved != chosen \
            or voices & (COUNTY_VOICE | DISTRICT_VOICE):
        return False
    body = _ISSUING_BODY_AFTER.match(title, len(places[0].text))
    return body is not None and all(m.start >= body.end() for m in places[1:])


def _title_speaks_for(chosen: RegionEntry, mentions: list[Mention]) -> bool:
    """A headline in the province's voice (全省…会议在兰州召开) is about the province, whichever city hosts it;
    a title devised from a county's report of that meeting is not the county's word on its scope, nor is a headline
    over a text telling how a place followed it at its branch venue ('…在我市分会场收看会议')."""
    # (a place below the province in its own voice, '我市分会场'; not the province's, '在我省分会场', nor another
    # city named at its venue in the province's report, '天水市在天水分会场收看')
    if any(m.branch_venue and m.zone != "title" and m.text in CITY_VOICE | COUNTY_VOICE | DISTRICT_VOICE
           for m in mentions):
        return False
    # (not one whose subject is a city or county of it, named first: '楚雄州设分会场参加全省疫情防控工作视频调度会')
    first_place = min((m.start for m in mentions if m.zone == "title" and m.resolved is not None
                       and m.resolved.level != "province" and m.resolved.province_code == chosen.code), default=None)
    return chosen.level == "province" and chosen.code not in MUNICIPALITIES and any(
        m.kind == "local" and m.zone == "title" and m.text in PROVINCE_VOICE
        and (first_place is None or m.start < first_place) for m in mentions)


def _the_county_speaking(chosen: RegionEntry, mentions: list[Mention]) -> RegionEntry | None:
    """A text written from inside a county (我县, 全县, 县委) whose page names one county of the chosen region
    only (in its site header, publisher or text) is that county's."""
    voice = COUNTY_VOICE | DISTRICT_VOICE if chosen.level == "prefecture" or chosen.code in MUNICIPALITIES \
        else COUNTY_VOICE
    # ('全区' in a province's text is a district's voice; in an autonomous region's, the region's own)
    if chosen.level == "province" and chosen.code not in MUNICIPALITIES and not chosen.name.endswith("自治区"):
        voice = voice | DISTRICT_VOICE | {"全区"}
    if chosen.level == "county" or not any(m.kind == "local" and m.text in voice for m in mentions):
        return None
    counties = {m.resolved for m in mentions if m.resolved is not None and m.resolved.level == "county"
                and m.zone in SPEAKING_ZONES and m.weight >= MIN_EVIDENCE / 2 and _in_line(m.resolved, chosen)}
    return counties.pop() if len(counties) == 1 else None


def _the_county_signing(province: RegionEntry, mentions: list[Mention],
                        source_is_government: bool = False) -> RegionEntry | None:
    """A text in a county's voice (我县, 全县) that one county's body signs or publishes (卢氏县疫情防控指挥部办公室)
    is that county's, however often it names the outbreak elsewhere that it warns of (驻马店泌阳县 ×3); so is a
    letter a county's government body signs in any voice ('致武汉返乡乡亲的一封信', signed 孝昌县…指挥部). Not a
    news outlet's county (集安广播电视台 reporting 长岭县's meeting), nor against a county the title names."""
    in_county_voice = any(m.kind == "local" and m.text in COUNTY_VOICE for m in mentions)
    if not source_is_government and not in_county_voice:
        return None
    # (in another voice, the signer itself must name the county, not the site's address: a prefecture's notice
    # reposted on a county's site stays the prefecture's)
    counties = {m.resolved for m in mentions if m.zone == "source" and m.resolved is not None
                and m.resolved.level == "county" and m.resolved.province_code == province.code
                and (in_county_voice or not m.from_host)}
    in_title = {m.resolved for m in mentions if m.zone == "title" and m.resolved is not None
                and m.resolved.level == "county"}
    return counties.pop() if len(counties) == 1 and in_title <= counties else None


def _the_city_signing(chosen: RegionEntry, mentions: list[Mention], title_devised: bool,
                      source_is_media: bool) -> RegionEntry | None:
    """A text in a city's voice (我市) that one city's body signs (乌兰察布市…指挥部) is that city's, whatever
    outbreak elsewhere it warns of (从通辽市科尔沁区…来返我市人员), unless its own headline names another city. So is
    a headline in that voice from the city's own outlet (我市组织收听收看…, 朔州市融媒体中心)."""
    voice_zones = ("title",) if source_is_media else SPEAKING_ZONES
    if chosen.level != "province" or not any(
            m.kind == "local" and m.text in CITY_VOICE and m.zone in voice_zones for m in mentions):
        return None
    signed = {m.resolved for m in mentions if m.zone == "source" and not m.from_host and m.resolved is not None}
    cities = {r for r in signed if r.level == "prefecture" and r.province_code == chosen.code}
    if len(cities) != 1 or len(signed) != 1:
        return None
    city = cities.pop()
    in_title = {m.resolved.prefecture_code for m in mentions if m.zone == "title" and m.resolved is not None
                and m.resolved.prefecture_code} if not title_devised else set()
    return city if in_title <= {city.code} else None


def _title_province_first(ranked: list[tuple[str, float]], mentions: list[Mention]) -> list[tuple[str, float]]:
    """The province the title names (as the place of the news, not a destination) ranks first, ahead of
    provinces a body only lists (risk areas, travel histories), unless the title names a national body or
    several provinces."""
    in_title = [m for m in mentions if m.zone == "title"]
    if any(m.kind in ("national", "foreign") for m in in_title):
        return ranked
    by_province: dict[str, float] = defaultdict(float)
    for mention in in_title:
        if mention.resolved is not None:
            by_province[mention.resolved.province_code] += mention.weight
    strong = [code for code, weight in by_province.items() if weight > TITLE_LOCAL_EVIDENCE]
    if len(strong) != 1 or not ranked or ranked[0][0] == strong[0]:
        return ranked
    return sorted(ranked, key=lambda item: item[0] != strong[0])


def _speaker_first(ranked: list[tuple[str, float]], mentions: list[Mention],
                   source_is_government: bool = False, title_devised: bool = False,
                   source_is_media: bool = False) -> list[tuple[str, float]]:
    """A text written from inside (我县, 全市) and signed or published by a body of one province is that
    province's, whatever other places its title names ('…我县有长春确诊病例的密接人员', signed 铁岭县…指挥部).
    Not a paper whose place the text never names, when the text names a place the voice fits: '全市' in a notice
    of 赤水市 that 長沙晚報 reprints is 赤水's ('我县' in 巫山网's report naming only 武汉市 is 巫山's)."""
    code = _speaking_province(mentions)
    if code is not None and source_is_media and ranked and not _named_in_the_text(code, mentions) \
            and _voice_fits_a_place_named(ranked[0][0], mentions):
        return ranked
    if code is not None and ranked and all(c != code for c, _ in ranked):
        # ('来(返)赣人员' is the only mention of 江西: those words are its evidence)
        ranked = ranked + [(code, sum(m.weight for m in mentions if m.coming_back_place))]
    if code is None or not ranked or ranked[0][0] == code or all(c != code or not w for c, w in ranked):
        return ranked
    # A newspaper of another province reporting what the title names in full ('北京:400场发布会…' in 香港商报)
    # does not speak from inside it; a title in the local voice does ('我县有长春确诊病例的密接人员'), and so does
    # a government body's notice on travellers from the place its title names ('关于加强四川省入(返)迪人员…',
    # 迪庆州…指挥部办公室), and a title naming the place travellers come to ('…来(回)江华人员…', in 江华融媒).
    in_title = _title_weights(mentions)
    body_issues = source_is_government and any(m.zone == "source" and not m.from_host and m.resolved is not None
                                               and m.resolved.province_code == code for m in mentions)
    # (a devised title is the lead's own words: '根据宁夏…疫情形势' over '来渝返渝人员' is no headline of 宁夏's)
    if not body_issues and not title_devised and in_title.get(ranked[0][0], 0.0) >= TITLE_LOCAL_EVIDENCE \
            and not in_title.get(code) \
            and not any(m.kind == "local" and m.zone == "title"
                        and (m.text.startswith(_FIRST_PERSON) or m.coming_back_place) for m in mentions):
        return ranked
    return sorted(ranked, key=lambda item: item[0] != code)


def _voice_fits_a_place_named(province_code: str, mentions: list[Mention]) -> bool:
    """'全市' and a 市 of the province named in the text ('赤水市'), '全县' and a 县 …"""
    units = {voice[-1] for voice in _voices(mentions)}
    return any(m.zone in ARTICLE_ZONES and m.resolved is not None and m.resolved.level != "province"
               and m.resolved.province_code == province_code and m.text[-1] in units for m in mentions)


def _named_in_the_text(province_code: str, mentions: list[Mention]) -> bool:
    return any(m.zone in ARTICLE_ZONES and any(entry.province_code == province_code for entry in m.possible_regions)
               for m in mentions)


# '我县有长春确诊病例的密接人员': a title in the writer's own voice; '塔河县召开县委常委会议' names a county's bodies,
# whoever reports it (a 香港 paper).
_FIRST_PERSON = ("我", "本")


def _title_weights(mentions: list[Mention]) -> dict[str, float]:
    weights: dict[str, float] = defaultdict(float)
    for mention in mentions:
        if mention.zone == "title" and mention.resolved is not None:
            weights[mention.resolved.province_code] += mention.weight
    return weights


def _voices(mentions: list[Mention]) -> set[str]:
    """The words in which the text speaks from inside a place (我县, 全市 …), not those naming a place's scope
    ('藁城全区')."""
    return {m.text for m in mentions if m.kind == "local" and not m.scope_of_a_place}


def _speaking_province(mentions: list[Mention]) -> str | None:
    voices = _voices(mentions)
    if not voices:
        return None
    speaker = {m.resolved.province_code for m in mentions if m.zone == "source" and m.resolved is not None}
    if not speaker:
        speaker = _coming_back_here_names(mentions)
    if not speaker and voices & COUNTY_VOICE:
        # ('通城县新冠肺炎防控指挥部召开会议,成立在隽北京人员返京工作分指挥部' / '我县共有涉京人员898人': the
        # county whose body acts speaks, whichever city its people travel to)
        speaker = {m.resolved.province_code for m in mentions if m.issuing and m.resolved is not None
                   and m.resolved.level == "county" and m.zone in ("title", "lead")}
    if not speaker and any(m.kind == "local" and m.text in PROVINCE_VOICE for m in mentions):
        # '我省…从省外低风险地区来黔人员': people arriving at the province the text speaks for name it (not a
        # county's voice: its '入辽' may be 辽源's)
        speaker = {m.resolved.province_code for m in mentions if m.resolved is not None and m.zone in ("lead", "body")
                   and m.arriving}
    return speaker.pop() if len(speaker) == 1 else None


# '来兴返兴人员' under '兴山县…指挥部', '来渝返渝人员', '来(返)赣人员': the place the text speaks from, named by its
# first character. A province's abbreviation counts alone only where no city or county starts with it too
# (not 新, 宁, 辽 …).
_UNSHARED_ABBREVIATIONS = frozenset("渝赣黔滇鄂湘粤桂琼闽皖豫冀晋沪浙鲁陕陇津")


def _coming_back_here_names(mentions: list[Mention]) -> set[str]:
    places = {m.coming_back_place for m in mentions if m.coming_back_place}
    if len(places) != 1:
        return set()
    place = places.pop()
    # (a weak name the tally left unresolved counts here: the arrival words are its support, '来盂县人员')
    named = {entry.province_code for m in mentions if not m.from_host and m.zone in ("title", "lead", "body", "source")
             for entry in m.possible_regions
             if entry.level != "province" and entry.name.startswith(place)}
    if named:
        return named
    return {PROVINCE_OF_ABBREVIATION[place]} if place in _UNSHARED_ABBREVIATIONS else set()


def _signals(mentions: list[Mention], ranked: list[tuple[str, float]], title: str = "",
             source_is_media: bool = False, towns: frozenset[str] = frozenset()) -> _Signals:
    province_code, best = ranked[0]

    def of_province(mention: Mention) -> bool:
        return mention.resolved is not None and mention.resolved.province_code == province_code

    in_title = [m for m in mentions if m.zone == "title"]
    title_places = {m.resolved for m in in_title}
    return _Signals(
        best=best,
        runner_up=ranked[1][1] if len(ranked) > 1 else 0.0,
        total=sum(score for _, score in ranked),
        outside=sum(m.weight for m in mentions if m.kind in ("national", "foreign")),
        inside=sum(
            m.weight for m in mentions
            if m.kind == "local" or (m.zone == "source" and of_province(m))
        ),
        title_local=sum(m.weight for m in in_title if of_province(m)),
        # '我县组织收听收看全国…电视电话会': a title in a local voice reports local news of national matters.
        title_national=any(_is_national_in_title(m) for m in in_title) and not any(m.kind == "local" for m in in_title),
        title_foreign=any(m.kind == "foreign" for m in in_title),
        title_lists_provinces=_lists_provinces(in_title, title, towns),
        speaker=_speaking_province(mentions) == province_code,
        only_the_site=all(m.from_host for m in mentions if of_province(m) or m.kind == "local"),
        # (a medium's, not a local body's: '武安市市场监督管理局' issuing its notice is its place)
        only_the_outlet=source_is_media and all(m.from_host or m.zone in _OUTLET_ZONES
                                                for m in mentions if of_province(m) or m.kind == "local"),
        outside_in_text=any(m.kind in ("national", "foreign") and m.zone in ARTICLE_ZONES for m in mentions),
        title_place_issues=any(m.issuing and of_province(m) and m.resolved in title_places for m in mentions),
        county_voice_without_counties=province_code in _MUNICIPALITIES_WITHOUT_COUNTIES
        and bool(_voices(mentions) & COUNTY_VOICE),
    )


_OUTLET_ZONES = ("source", "publisher", "site")
# (密云县, 延庆县 became districts in 2015, 蓟县 and 崇明县 in 2016: a text in a county's voice in 2020–2022 is not theirs)
_MUNICIPALITIES_WITHOUT_COUNTIES = frozenset({"110000", "120000", "310000"})


def _reason_against_local(s: _Signals) -> str | None:
    """Why the best province is not the answer, or None if it is."""
    if s.best < MIN_EVIDENCE:
        return "no local evidence"
    # ('全县…食品安全大检查,加大对北京新发地批发市场…等地…的检查': a county's text naming the city its goods came from)
    if s.county_voice_without_counties:
        return "a county's voice, and the place named has no counties"
    # a local site's copy of national news ('国务院联防联控机制…发布…第九版防控方案' on a city bureau's site)
    if s.only_the_site and s.outside > 0:
        return "national or foreign item on a local site"
    # (or a local outlet's compilation of national news: '来源:河南共青团综合自央视新闻…' over '国务院联防联控机制…')
    if s.only_the_outlet and s.outside_in_text:
        return "national or foreign item from a local outlet"
    # (not when the province's own body speaks: '松滋市…指挥部关于辽宁省大连市、河南省郑州市…来松返松人员…的通告'
    # lists where people come from)
    if s.title_lists_provinces and not s.speaker:
        return "title lists several provinces"
    # A place the title names outweighs the places a body lists (case reports, travel histories).
    if s.best < s.total / 2 and s.title_local < TITLE_LOCAL_EVIDENCE and not s.speaker:
        return "no province dominates"
    if s.title_local >= TITLE_LOCAL_EVIDENCE:
        # Foreign places in the body of such news are where cases came from;
        # a national body in the title makes the place one detail of it.
        return "national title naming a place" if s.title_national and not s.inside else None
    if s.title_national or s.title_foreign:
        return "national or foreign title"
    if s.inside:
        return "national or foreign" if s.outside > OUTSIDE_FACTOR * (s.best + s.inside) else None
    # ('凡進入文昌人員均需…' over '文昌市…指挥部2日發布通告稱': the place that issues the rules for entering it)
    if s.title_local > 0 and not s.title_place_issues:
        return "title names a place only as destination or origin"
    if s.best < BODY_ONLY_EVIDENCE:
        return "weak local evidence"
    if s.outside >= s.best:
        return "national or foreign"
    return None


def _is_national_in_title(mention: Mention) -> bool:
    return mention.kind == "national" and (
        mention.sense.strength >= 1.0 or mention.text in NATIONAL_TITLE_WORDS
    )


def _lists_provinces(in_title: list[Mention], title: str = "", towns: frozenset[str] = frozenset()) -> bool:
    """Whether the title lists places of several provinces: 西藏、湖北神农架林区… (not a place and the next word
    after a verb: '万宁将兴隆…小区…划为高风险区' names 兴隆镇 of 万宁; not a town the text names with its
    ending: '惠东吉隆划定风险区域' over '…将吉隆镇…划定为高风险区域' is 惠东's town, not 西藏's 吉隆县)"""
    places = sorted(
        # Full mentions, before a list damps them: a list of places is what is being recognised here.
        # (Not an abbreviation after a verb: '武汉来鲁人员' is a movement to 山东, not a list.)
        (m for m in in_title if m.resolved is not None and not m.sense.abbreviation
         and ZONE_WEIGHTS["title"] * m.sense.strength >= TITLE_LOCAL_EVIDENCE
         and not any(m.text + ending in towns for ending in _TOWN_ENDINGS)),
        key=lambda m: m.start,
    )
    for first, second in zip(places, places[1:]):
        end = first.start + len(first.text)
        gap = second.start - end
        between = title[end:second.start] if second.start <= len(title) else ""
        if first.resolved.province_code != second.resolved.province_code and 0 <= gap <= 1 \
                and all(c in ENUMERATION_SEPARATORS for c in between):
            return True
    return False


_TOWN_ENDINGS = ("镇", "乡", "街道")


def _title_places_the_text_calls_towns(mentions: list[Mention], body: str) -> frozenset[str]:
    """The title's place names that the article's text writes as towns ('吉隆' as '吉隆镇', '花溪' as '花溪街道')."""
    return frozenset(m.text + ending for m in mentions if m.zone == "title"
                     for ending in _TOWN_ENDINGS if m.text + ending in body)


def _dominant_child(
    parent: RegionEntry, tally: Tally, gazetteer: Gazetteer, mentions: list[Mention], source_is_media: bool = False
) -> tuple[RegionEntry, float] | None:
    """The child holding most of the parent's evidence, clearly ahead of its nearest sibling. The text naming
    the parent itself ('丹东市振兴区…辽宁省…') only says where the child lies, so it does not count against the
    child. A child that the title or the publisher names (and no other child there) needs that lead over its
    siblings only."""
    own_text = _own_text_mentions(parent, mentions)
    parent_score = tally.subtree(parent) - _outlet_weight(parent, mentions, source_is_media) - own_text
    if parent_score <= 0:
        return None
    scored = sorted(
        ((tally.subtree(child), child) for child in gazetteer.children(parent.code)),
        key=lambda item: item[0],
        reverse=True,
    )
    if not scored:
        return None
    best, child = scored[0]
    second = scored[1][0] if len(scored) > 1 else 0.0
    if best < MIN_EVIDENCE:
        return None
    share = best / parent_score
    if share >= DESCEND_SHARE and best >= DESCEND_MARGIN * second:
        return child, share
    speaking = _speaking_child(parent, mentions, gazetteer)
    if speaking is not None and tally.subtree(speaking) >= MIN_EVIDENCE:
        return speaking, tally.subtree(speaking) / parent_score
    # Named up front (title, publisher) and ahead of every sibling: the place of the news, even when the
    # body reports its neighbours too.
    children_total = sum(score for score, _ in scored)
    # (a child's site reposting the parent's own notice names the child only in its address: '林芝市…办公室通告'
    # on www.milin.gov.cn is 林芝市's)
    reposted = _issued_by_itself(parent, mentions)
    named = _named_up_front(parent, [m for m in mentions if not (reposted and m.from_host)], gazetteer)
    if len(named) > 1:  # a title naming two ('…乌拉特中旗…(内蒙古呼和浩特…)'): the issuing body's place decides
        named = _named_up_front(parent, mentions, gazetteer, ISSUER_ZONES)
    if named == {child.code} and best > second and best / children_total >= UP_FRONT_SHARE:
        return child, best / children_total
    # A city's outlet reporting one district ('…浦东新区为了保障封控小区…', 浦东新区 twice, 上海 once): the only
    # district its text names, named more than the city itself, is the place of the news.
    if (parent.level == "prefecture" or parent.code in MUNICIPALITIES) and second == 0:
        in_text = _weight_of(child, mentions, ("lead", "body"))
        if _weight_of(child, mentions, ("lead",)) > 0 and in_text > own_text:
            return child, in_text / (in_text + own_text + _weight_of(parent, mentions, ("title",)))
    return None


def _weight_of(region: RegionEntry, mentions: list[Mention], zones: tuple[str, ...]) -> float:
    """The weight of the mentions of ``region`` in ``zones`` (a town named there counts as its county's)."""
    return sum(m.weight for m in mentions if m.zone in zones and (m.credited or m.resolved) == region)


def _issued_by_itself(region: RegionEntry, mentions: list[Mention]) -> bool:
    """The title and the issuing body (not the site's address) both name the region itself."""
    return any(m.zone == "title" and m.resolved == region for m in mentions) \
        and any(m.zone in ISSUER_ZONES and m.resolved == region and not m.from_host for m in mentions)


def _speaking_child(parent: RegionEntry, mentions: list[Mention], gazetteer: Gazetteer) -> RegionEntry | None:
    """The one child that both the title and the issuing body name: '鄂尔多斯市…指挥部通告', signed by that 指挥部,
    is the city's, however often it names the cities whose cases it warns of (二连浩特市 ×3), and whether or not it
    says 我市 (楚雄州's notice on travellers from 西双版纳州)."""
    named = _named_up_front(parent, mentions, gazetteer, ("title",)) \
        & _named_up_front(parent, mentions, gazetteer, ISSUER_ZONES)
    return gazetteer[named.pop()] if len(named) == 1 else None


def _own_text_mentions(parent: RegionEntry, mentions: list[Mention]) -> float:
    """The text naming the parent itself ('丹东市…辽宁省…'): it says where the child lies, not that the news is
    the parent's as a whole."""
    # (so does a title naming it only to say where the news lies: '西藏一市发布最新公告')
    return sum(m.weight for m in mentions if (m.credited or m.resolved) == parent
               and (m.zone in ("lead", "body") or m.locates_one_of_its_places))


def _outlet_weight(parent: RegionEntry, mentions: list[Mention], source_is_media: bool) -> float:
    """Evidence that only says where the outlet is (人民网贵州频道 reporting one district of 贵州, the site's
    header): it does not make the story province-wide. A province's body signing a notice (甘肃省卫生健康委员会)
    does. Kept for a prefecture, whose paper mostly reports the city as a whole."""
    if parent.level != "province":
        return 0.0
    zones = ("source", "site") if source_is_media else ("site",)
    return sum(m.weight for m in mentions if (m.credited or m.resolved) == parent and m.zone in zones)


def _named_up_front(parent: RegionEntry, mentions: list[Mention], gazetteer: Gazetteer,
                    zones: tuple[str, ...] = UP_FRONT_ZONES) -> set[str]:
    """Codes of the children of ``parent`` that the title or the publisher (``zones``) names."""
    named = set()
    for mention in mentions:
        entry = mention.resolved
        if mention.zone not in zones or entry is None or entry.code == parent.code:
            continue
        for code in (entry.code, entry.prefecture_code):
            if code and code in gazetteer and gazetteer[code].parent_code == parent.code:
                named.add(code)
    return named


def _confidence(s: _Signals) -> float:
    # National words in a text written from inside a province are mostly
    # directives from above, so they weigh less against it.
    outside = s.outside if not s.inside else s.outside / 4
    margin = s.best / (s.best + s.runner_up + outside)
    amount = 1 - math.exp(-s.best / 3)
    return margin * amount


def _no_region(mentions: list[Mention], reason: str) -> RegionGuess:
    outside = sum(m.weight for m in mentions if m.kind in ("national", "foreign"))
    confidence = 0.5 + 0.5 * (1 - math.exp(-outside / 2))
    counts = Counter(f"{m.kind}: {m.text}" for m in mentions if m.kind in ("national", "foreign"))
    evidence = (reason, *[item for item, _ in counts.most_common(EVIDENCE_ITEMS - 1)])
    return RegionGuess(None, round(confidence, 3), evidence)


def _evidence(mentions: list[Mention], chosen: RegionEntry) -> tuple[str, ...]:
    weights: dict[tuple[str, str], float] = defaultdict(float)
    counts: Counter[tuple[str, str]] = Counter()
    for mention in mentions:
        if mention.resolved is not None and _in_line(mention.resolved, chosen):
            key = (mention.zone, mention.text)
            weights[key] += mention.weight
            counts[key] += 1
    strongest = sorted(weights, key=lambda key: weights[key], reverse=True)[:EVIDENCE_ITEMS]
    return tuple(
        f"{zone}: {text}" + (f" ×{counts[(zone, text)]}" if counts[(zone, text)] > 1 else "")
        for zone, text in strongest
    )


def _in_line(entry: RegionEntry, chosen: RegionEntry) -> bool:
    """Whether ``entry`` is ``chosen``, one of its ancestors or one of its descendants."""
    if entry.province_code != chosen.province_code:
        return False
    if chosen.level == "province" or entry.level == "province":
        return True
    return chosen.code in (entry.code, entry.prefecture_code) or entry.code == chosen.prefecture_code
