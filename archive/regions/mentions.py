"""Collecting the weighted mentions of an article.

Every name found by ``names`` becomes a ``Mention`` whose weight is the worth of
the name times the weight of its zone, lowered where the context says the
place is not the subject: a list of places in several provinces (四川、青海、
云南), or a place where help goes or cases come from (驰援武汉, 来自湖北).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from .gazetteer import PROVINCE_OF_ABBREVIATION, Gazetteer, RegionEntry
from .lexicon import (
    AGENCY_BEFORE,
    GOV_HOST_LABELS,
    INSTITUTION_AFTER,
    MOVEMENT_AFTER,
    MOVEMENT_BEFORE,
    PERSON_AFTER,
    PERSON_BEFORE,
    SURNAMES,
)
from .hosts import place_of_gov_host
from .names import Match, NameIndex, Sense
from .zones import ARTICLE_ZONES, ZONE_WEIGHTS, Segment, article_segments

# A place's issuing body named in the text (…县…指挥部, …市人民政府) counts this much more than its bare name.
ISSUER_FACTOR = 1.5
ISSUER_BOOST_ZONES = ("lead", "body")
# (the body's name within the same clause, at most 24 characters after the place)
_ISSUING_BODY = re.compile(r"[^,。;:!?、\s]{0,24}?(指挥部|领导小组|人民政府|委员会|融媒)")
# The page around the article counts a name this many times at most.
SITE_REPEATS_COUNTED = 2
# Places listed with many others (四川、青海、云南) say little about any one.
ENUMERATION_RATE = 0.3
ENUMERATION_MIN_PROVINCES = 3
ENUMERATION_SEPARATORS = "、,，和及与 /"
ENUMERATION_MAX_GAP = 2
# Where help goes or cases come from (驰援武汉, 来自湖北) is not where the news is.
MOVEMENT_RATE = 0.25
MOVEMENT_ABBREVIATION_VERBS = "援赴"  # 援鄂, 赴鄂: said by the senders
ARRIVAL_ABBREVIATION_VERBS = "入返来抵回进"  # 返辽, 来鲁: said where people arrive, of that place
MOVEMENT_LOOK_BEHIND = 4
MOVEMENT_LOOK_AHEAD = 3
# '武汉、湖北及其它疫情省份返回人员': places people return from, listed before the returnees.
# (and people coming from there: '北京市来高人员', '瑞丽市来堰返堰人员', 堰 being 十堰)
# ('从通辽市科尔沁区…来返我市人员': coming to the writer's own place, or to the place the text names:
# '福建泉州市来返六安人员')
# ('滞留湖北返区人员': back to the district the text speaks for)
# ('武汉返平人员': returning to 平顶山, by its one character; not back to work or school, '温州返岗人员')
_RETURNEES_AFTER = re.compile(r"[^,。;:!?\s]{0,14}?(返回|返乡|来返[\u4e00-\u9fff]{0,4}?|返(?![岗校工程城家厂企园])[\u4e00-\u9fff]?"
                              r"|来[\u4e00-\u9fff]{0,2}?)(的)?((我|本)?[省市县区旗州])?(人员|老乡|同胞|乡亲|人士)")
# '我国湖北武汉等多个省市发生…疫情': one of the places an outbreak is reported in, named to warn of it (the text's
# own place is where it writes from: '…来盂县人员')
_AMONG_OUTBREAK_PLACES = re.compile(r"等(多个|多|\d+个|几个|部分|其他|其它)?(省市|省份|省区|地区|城市|地市|国家|省|市|地)"
                                    r"[^。;!?]{0,16}(发生|出现|报告|暴发|爆发)")
# '如果您刚从武汉或其他地方返乡': where someone comes back from, within the clause
_COMING_BACK_AFTER = re.compile(r"[^,。;:!?\s]{0,12}?(返回|返乡|返|回来|回到|回|来到|来)")
# '北京,7月20日(新华社)——…': a wire's dateline written the English way.
_WIRE_DATELINE_AFTER = re.compile(r"\s*,\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[(][^()]{2,8}社[)]")
_AGENCY_DATE = re.compile(r"\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(电|讯)")


HOST_OFFSET = -1  # a mention read from the site's address stands nowhere in the text


@dataclass
class Mention:
    text: str
    zone: str
    sense: Sense
    weight: float
    start: int  # offset in the article's segments joined by one separator each
    resolved: RegionEntry | None = None  # the region it is taken to mean
    credited: RegionEntry | None = None  # where its weight goes, if not ``resolved``
    scope_of_a_place: bool = False  # a local word right after a place's name ('藁城全区'): not the writer's voice
    locates_one_of_its_places: bool = False  # '西藏一市发布…': where the place of the news lies, not that place
    venue: bool = False  # '…会议在凯里召开': where an event is held
    branch_venue: bool = False  # '…在我市分会场收看会议': where a place follows another's meeting
    in_situation: bool = False  # '鉴于当前罗山县疫情发展形势,': the outbreak the text answers, maybe a neighbour's
    issuing: bool = False  # '文昌市…指挥部2日发布通告': named with a body of its own (_ISSUING_BODY: 指挥部, 政府, 融媒…)

    @property
    def kind(self) -> str:
        return self.sense.kind

    @property
    def possible_regions(self) -> tuple[RegionEntry, ...]:
        """The region it is taken to mean, or, where none is settled, every region its name may stand for."""
        return (self.resolved,) if self.resolved is not None else self.sense.entries

    @property
    def from_host(self) -> bool:
        """The publishing site's address (_host_mentions), not a name written on the page."""
        return self.start == HOST_OFFSET

    @property
    def arriving(self) -> bool:
        """An abbreviation after an arrival verb ('返辽', '来鲁'): where people arrive, the text's own place."""
        return bool(self.sense.abbreviation) and self.text[0] in ARRIVAL_ABBREVIATION_VERBS

    @property
    def coming_back_place(self) -> str | None:
        """The place a '来兴返兴' / '来(回)江华' mention (_coming_back_here) names: '兴', '江华'."""
        if self.kind != "local":
            return None
        found = _COMING_BACK_WORDS.fullmatch(self.text)
        return next((group for group in found.groups() if group), None) if found else None


def collect_mentions(
    *, title: str, body: str, source_name: str, source_url: str, index: NameIndex, gazetteer: Gazetteer,
    page: str = "",
) -> list[Mention]:
    """Mentions in already normalised texts, plus the publishing site's host."""
    mentions: list[Mention] = []
    offset = 0
    # Each segment scanned once; the people a text names (副县长周宁, 志愿者周海宁) are known before any of its
    # mentions counts.
    scanned = [(segment, index.scan(segment.text))
               for segment in article_segments(title=title, body=body, source_name=source_name, page=page)]
    people = {name for segment, matches in scanned for match in matches
              if (name := _person_after_a_role(match, segment.text))}
    # (a short name the page writes with a street's or town's ending is that place's wherever it stands alone:
    # '龙城街道' … '文明龙城', '龙城多个点位', not 朝阳's 龙城区)
    smaller_places = {match.text for segment, matches in scanned for match in matches
                      if not match.sense.town and _names_a_smaller_place(match, segment.text)}
    for segment, matches in scanned:
        in_segment = [_mention(_institutional(match, segment.text, segment.zone), segment, offset)
                      for previous, match in zip([None] + matches, matches)
                      if not _in_person_name(match, segment.text) and not _names_a_smaller_place(match, segment.text)
                      and not _ends_a_role(match, segment.text)
                      and not (match.text in smaller_places and not match.sense.town and not _is_full_name(match))
                      and not _province_before_a_county_word(match, segment.text, gazetteer)
                      and not _names_a_known_person(match, segment.text, people)
                      and not _town_after_its_county(match, previous)
                      and not _unit_of_the_name_before(match, previous)
                      and not _zone_of_the_place_before(match, previous)]
        _mark_scopes_of_places(in_segment)
        _mark_places_locating_one_of_theirs(in_segment, segment.text, offset)
        in_segment += _coming_back_here(segment, offset)
        _weigh_issuing_bodies(in_segment, segment, offset)
        _damp_agency_datelines(in_segment, segment.text, offset)
        _damp_enumerations(in_segment, segment.text, offset)
        _damp_movements(in_segment, segment.text, offset)
        _damp_cited_authorities(in_segment, segment.text, offset)
        _mark_situations(in_segment, segment.text, offset)
        _mark_venues(in_segment, segment.text, offset)
        mentions.extend(in_segment)
        offset += len(segment.text) + 1
    _damp_situations_elsewhere(mentions)
    _cap_site_repeats(mentions)
    mentions.extend(_host_mentions(source_url, gazetteer))
    mentions.extend(_registration_mentions(page, gazetteer, offset))
    return mentions


# '来镇返镇人员', '入(返)迪人员': people coming to the place the text speaks from, named by its one-character
# abbreviation; the writer's voice as much as 我市 (not in the page around the article: another item's words).
# ('来(回)江华人员': or its short name)
TO_HERE_BY_ONE_CHARACTER = r"[来抵]([\u4e00-\u9fff])返\1"  # ('来兴返兴人员', '抵忻返忻人员')
_TO_HERE_IN_BRACKETS = r"[入来][(（][返回][)）]([\u4e00-\u9fff]{1,4}?)"
# ('武汉等地来盂县人员': or its full name)
_TO_HERE_BY_NAME = r"(?<![外往未将原本])来([\u4e00-\u9fff]{1,3}[县市区旗])"
# ('由国内有病例报告地区抵返牡人员': arriving or coming back, by its first character)
_TO_HERE_ARRIVING = r"抵返([\u4e00-\u9fff])"
_COMING_BACK_HERE = re.compile(rf"{TO_HERE_BY_ONE_CHARACTER}(?=人员|群众|车辆)|{_TO_HERE_IN_BRACKETS}(?=人员)"
                               rf"|{_TO_HERE_BY_NAME}(?=人员)|{_TO_HERE_ARRIVING}(?=人员)")
_COMING_BACK_WORDS = re.compile(rf"{TO_HERE_BY_ONE_CHARACTER}|{_TO_HERE_IN_BRACKETS}|{_TO_HERE_BY_NAME}"
                                rf"|{_TO_HERE_ARRIVING}")  # (its own text)


def _coming_back_here(segment: Segment, offset: int) -> list[Mention]:
    if segment.zone not in ARTICLE_ZONES:
        return []
    return [Mention(found.group(0), segment.zone, Sense(kind="local"), ZONE_WEIGHTS[segment.zone], offset + found.start())
            for found in _COMING_BACK_HERE.finditer(segment.text)]


def _cap_site_repeats(mentions: list[Mention]) -> None:
    """The page around the article names its own place once or twice (a header, a footer); a name it repeats
    many times belongs to another text printed beside the article ('重要发布' and another city's notice)."""
    seen: dict[str, int] = defaultdict(int)
    for mention in mentions:
        if mention.zone != "site" or mention.kind != "region":
            continue
        seen[mention.text] += 1
        if seen[mention.text] > SITE_REPEATS_COUNTED:
            mention.weight = 0.0


# '蜀ICP备12028360号', '川公网安备 51…号': a site registers where its operator is. Weak evidence, since a
# mirror registers where the mirror is, but on a hijacked county site it may be the only trace of the place.
_REGISTRATION = re.compile(r"([\u4e00-\u9fff])\s*(?:ICP\s*[备證证]|公网安备)")


def _registration_mentions(page: str, gazetteer: Gazetteer, offset: int) -> list[Mention]:
    codes = {PROVINCE_OF_ABBREVIATION[m.group(1)] for m in _REGISTRATION.finditer(page)
             if m.group(1) in PROVINCE_OF_ABBREVIATION}
    return [Mention(f"{gazetteer[code].short_name}ICP", "site",
                    Sense(kind="region", entries=(gazetteer[code],), abbreviation=True), ZONE_WEIGHTS["site"], offset)
            for code in sorted(codes)]


def _institutional(match: Match, text: str, zone: str) -> Match:
    """A name heading an institution or local medium (杞县关于…, 兴县融媒, 临县宣传事业发展中心) counts in full,
    even a weak two-character county name, when it names one place only; so does one opening a title or
    following its 关于/开展 (关于开展乾县全域…), and one opening the publisher's name."""
    sense = match.sense
    if sense.kind != "region" or len(sense.entries) != 1 or not sense.needs_support:
        return match
    before = text[: match.start].rstrip()
    leads_title = zone == "title" and (not before or before.endswith(("关于", "开展", "!", ":", "|", " "))
                                       # '关于恢复成县常态化…的通告': a full name a few words after 关于
                                       or (_is_full_name(match) and bool(re.search(r"关于[\u4e00-\u9fff]{1,4}$", before))))
    # The publisher is an organisation: a name opening it is that body's place (洋县新型冠状病毒…指挥部).
    leads_publisher = zone == "source" and not before
    if not (text.startswith(INSTITUTION_AFTER, match.start + len(match.text)) or leads_title or leads_publisher):
        return match
    return Match(match.start, match.text, replace(sense, strength=1.0, needs_support=False, strict_boundaries=False))


# '龙门街道', '临江社区', '高唐村': a short county name heading a street, community or village's name is that
# smaller place's (often in another county altogether), not the county.
_SMALLER_PLACE_AFTER = ("街道", "社区", "镇", "乡", "村", "居委会", "片区", "小区",
                        "高速口", "高速路口", "收费站", "服务区",  # '金沙高速口': a town's motorway exit
                        "新区")  # '西安曲江新区': a development zone named after a place, not 韶关's 曲江区
# '新丰市场', '东方广场': a market or square named after a place (not '唐山市场监管局', the city's own bureau)
_FACILITY_AFTER = re.compile(r"(市场|商场|广场)(?!监|管|主体|秩序|供应|价格)")


_LISTED_BEFORE_UNIT = re.compile(r"(?:、[\u4e00-\u9fff]{2,4}){1,9}等")


def _is_full_name(match: Match) -> bool:
    """'兴平市', not '兴平': a name with its unit, which neither a person's name nor a street's contains."""
    # (a city's two characters ending in 州 are its short name: 荆州乡 is a township, 荆州市 the city)
    return match.text.endswith(("省", "市", "县", "区", "州", "盟", "旗")) and not (len(match.text) == 2 and match.text[1] == "州")


def _names_a_smaller_place(match: Match, text: str) -> bool:
    if match.sense.kind != "region" or match.sense.abbreviation:
        return False
    if _is_full_name(match):
        return False  # '巫山县城区'
    end = match.start + len(match.text)
    # '榆树、四方、袁川…等村': the first of a list of villages named without their unit
    listed = _LISTED_BEFORE_UNIT.match(text, end)
    if text.startswith("新区", end) and all(entry.level != "county" for entry in match.sense.entries):
        return False  # '云浮新区', '兰州新区': a city's own new zone is in that city
    return text.startswith(_SMALLER_PLACE_AFTER, end) or bool(_FACILITY_AFTER.match(text, end)) \
        or bool(listed and text.startswith(_SMALLER_PLACE_AFTER, listed.end()))


def _province_before_a_county_word(match: Match, text: str, gazetteer: Gazetteer) -> bool:
    """'河南县域经济网': a province's name before 县域 (county-level) is the province and a word, not 河南县 in
    青海 (while '成安县域内' is 成安县's area)."""
    return match.text.endswith("县") and text.startswith(("域", "级"), match.start + len(match.text)) \
        and any(entry.short_name == match.text[:-1] for entry in gazetteer.provinces())


def _unit_of_the_name_before(match: Match, previous: Match | None) -> bool:
    """'宁夏固原市南出口': 市 ends 固原市, so 市南 is no mention of 青岛's 市南区."""
    return previous is not None and previous.start + len(previous.text) == match.start \
        and match.text[0] in "市县区州旗盟" and previous.sense.kind == "region"


def _zone_of_the_place_before(match: Match, previous: Match | None) -> bool:
    """'茂名滨海新区' is 茂名's own new zone, not 天津's 滨海新区: a 新区 written right after a place of another
    province is part of that place's name."""
    if previous is None or previous.start + len(previous.text) != match.start or not match.text.endswith("新区") \
            or previous.sense.kind != "region":
        return False
    provinces = {entry.code[:2] for entry in previous.sense.entries}
    return bool(provinces) and not any(entry.code[:2] in provinces for entry in match.sense.entries)


def _town_after_its_county(match: Match, previous: Match | None) -> bool:
    """'青浦区练塘镇' names 青浦区 once: a township written right after its own county adds nothing."""
    if not match.sense.town or previous is None or previous.start + len(previous.text) != match.start:
        return False
    counties = {entry.code for entry in previous.sense.entries}
    return any(entry.code in counties or entry.parent_code in counties for entry in match.sense.entries)


def _mark_scopes_of_places(mentions: list[Mention]) -> None:
    """'藁城全区人员不得离开': 全区 right after a place's name is that place's whole area; it says what the news
    covers, not that the writer speaks from inside (a 岳阳 paper reporting 石家庄 does not speak for 全区)."""
    for previous, mention in zip(mentions, mentions[1:]):
        if mention.kind == "local" and previous.kind == "region" \
                and previous.start + len(previous.text) == mention.start:
            mention.scope_of_a_place = True


# '西藏一市', '河北一地', '江苏一县': one unnamed place within the named one.
# ('广西一村庄发现疫情': or one of its villages, towns, neighbourhoods)
_ONE_OF_ITS_PLACES = re.compile(r"一(市|县|区|州|地|城|村庄|村|镇|乡|小区|社区)(?!场|民|委|长|政府|方|带|子|里)")


def _mark_places_locating_one_of_theirs(mentions: list[Mention], text: str, offset: int) -> None:
    """'出入政策更新!西藏一市发布最新公告': a place named only to say where one of its cities (counties) lies."""
    for mention in mentions:
        if mention.kind == "region" and _ONE_OF_ITS_PLACES.match(text, mention.start - offset + len(mention.text)):
            mention.locates_one_of_its_places = True


def _in_person_name(match: Match, text: str) -> bool:
    """李兴平 is a person, not 兴平市: a short name after a surname, with a role before or an act after it. (A name
    that spells a place after a role, 副县长周宁, is found for the whole text: ``_named_after_a_role``.)"""
    if match.sense.kind != "region" or match.start == 0 or match.sense.abbreviation:
        return False
    if _is_full_name(match):
        return False
    if text[match.start - 1] not in SURNAMES:
        return False
    before = text[: match.start - 1]
    after = text[match.start + len(match.text):]
    return before.endswith(PERSON_BEFORE) or after.startswith(PERSON_AFTER) or not before[-1:].strip()


def _ends_a_role(match: Match, text: str) -> bool:
    """'副指挥长葛宁': 长葛 starts on the last character of the role before the person's name, not 长葛市. (Not a
    full name: '上海市长宁区' is 长宁区, whatever '市长' spells.)"""
    # (nor a province's or city's name before a city's: '吉林省长春…', '山西省长治…': 省长 is no role there)
    return not _is_full_name(match) and text[match.start - 1:match.start] not in _PLACE_UNIT_ENDS \
        and text[max(0, match.start + 1 - _ROLE_MAX):match.start + 1].endswith(_ROLES)


_PLACE_UNIT_ENDS = ("省", "市", "县", "区", "州", "旗")
_ROLES = tuple(role for role in PERSON_BEFORE if len(role) >= 2)
_ROLE_MAX = max(map(len, _ROLES))


def _person_after_a_role(match: Match, text: str) -> str | None:
    """The name, as written, of a person a role introduces whose name spells a place: '副县长周宁' (surname and
    given name together spell 周宁县) or '志愿者周海宁' (a surname, then a given name that spells 海宁市)."""
    if _named_after_a_role(match, text):
        return match.text
    if _in_person_name(match, text) and text[:match.start - 1].endswith(PERSON_BEFORE):
        return _with_surname(match, text)
    return None


def _names_a_known_person(match: Match, text: str, people: set[str]) -> bool:
    """Further on, that name is the person still: '周宁仔细了解…', '周海宁就赶来'."""
    return not _is_full_name(match) and (match.text in people or _with_surname(match, text) in people)


def _with_surname(match: Match, text: str) -> str:
    return text[max(0, match.start - 1):match.start + len(match.text)]


def _named_after_a_role(match: Match, text: str) -> bool:
    """'副县长周宁': a role, then a name that is a surname and a given name spelling a place (周宁县); further on,
    '周宁仔细了解…' is that person still."""
    return match.sense.kind == "region" and not match.sense.abbreviation and len(match.text) == 2 \
        and match.text[0] in SURNAMES and text[: match.start].endswith(PERSON_BEFORE)


def _mention(match: Match, segment: Segment, offset: int) -> Mention:
    weight = ZONE_WEIGHTS[segment.zone] * match.sense.strength
    return Mention(match.text, segment.zone, match.sense, weight, offset + match.start)


def _weigh_issuing_bodies(mentions: list[Mention], segment: Segment, offset: int) -> None:
    """'经巫山县新型冠状病毒肺炎疫情防控指挥部研究', '按照洪雅县疫情应急指挥部统一部署': a body of the place that
    issues or directs what the text announces is strong evidence, though named once in the text."""
    if segment.zone not in ISSUER_BOOST_ZONES:
        return
    for mention in mentions:
        if mention.kind != "region":
            continue
        if _ISSUING_BODY.match(segment.text, mention.start - offset + len(mention.text)):
            mention.weight *= ISSUER_FACTOR
            mention.issuing = True


def _damp_agency_datelines(mentions: list[Mention], text: str, offset: int) -> None:
    """新华社北京7月9日电: the place a report was filed from weighs little."""
    for mention in mentions:
        start = mention.start - offset
        after = text[start + len(mention.text): start + len(mention.text) + 8]
        if (text[max(0, start - 6): start].endswith(AGENCY_BEFORE) and _AGENCY_DATE.match(after)) \
                or _WIRE_DATELINE_AFTER.match(text, start + len(mention.text)):
            mention.weight *= MOVEMENT_RATE


def _damp_enumerations(mentions: list[Mention], text: str, offset: int) -> None:
    run: list[Mention] = []
    for mention in (m for m in mentions if m.kind == "region"):
        if run:
            previous = run[-1]
            gap = text[previous.start - offset + len(previous.text) : mention.start - offset]
            if len(gap) <= ENUMERATION_MAX_GAP and all(c in ENUMERATION_SEPARATORS for c in gap):
                run.append(mention)
                continue
            _damp_run(run)
        run = [mention]
    _damp_run(run)


def _damp_run(run: list[Mention]) -> None:
    provinces = {entry.province_code for m in run for entry in m.sense.entries}
    if len(run) >= ENUMERATION_MIN_PROVINCES and len(provinces) >= ENUMERATION_MIN_PROVINCES:
        for mention in run:
            mention.weight *= ENUMERATION_RATE


def _damp_movements(mentions: list[Mention], text: str, offset: int) -> None:
    previous: Mention | None = None
    previous_damped = False
    for mention in (m for m in mentions if m.kind == "region"):
        start = mention.start - offset
        end = start + len(mention.text)
        before = text[max(0, start - MOVEMENT_LOOK_BEHIND) : start]
        after = text[end : end + MOVEMENT_LOOK_AHEAD]
        said_by_sender = mention.sense.abbreviation and mention.text[0] in MOVEMENT_ABBREVIATION_VERBS
        # 来自武汉市江夏区: the whole chain of places is the origin.
        continues_chain = (
            previous_damped
            and previous is not None
            and mention.start == previous.start + len(previous.text)
        )
        # ('武汉返辽来辽人员': 返辽 and 来辽 are where the returnees come to, the text's own place)
        # ('致岱岳区返乡大学生的一封信': a letter to the place's own people, coming home to it)
        damped = not mention.arriving and not before.endswith("致") and (
            before.endswith(MOVEMENT_BEFORE)
            # ('曾到滇瑞丽入境者': the place's province, by its one character, between)
            or (before[-1:] in PROVINCE_OF_ABBREVIATION and before[:-1].endswith(MOVEMENT_BEFORE))
            or after.startswith(MOVEMENT_AFTER)
            or bool(_RETURNEES_AFTER.match(text, end))
            or bool(_AMONG_OUTBREAK_PLACES.match(text, end))
            or (before.endswith("从") and bool(_COMING_BACK_AFTER.match(text, end)))
            or said_by_sender
            or continues_chain
        )
        if damped:
            mention.weight *= MOVEMENT_RATE
        previous, previous_damped = mention, damped


# '根据国务院联防联控机制有关规定,经徐州市指挥部研究决定': the national body a local notice cites as its
# authority is no sign that the news is national.
_CITING_BEFORE = ("根据", "按照", "依据", "遵照")


def _damp_cited_authorities(mentions: list[Mention], text: str, offset: int) -> None:
    previous: Mention | None = None
    for mention in mentions:
        if mention.kind != "national":
            continue
        start = mention.start - offset
        chained = previous is not None and mention.start == previous.start + len(previous.text)
        if text[max(0, start - 2): start].endswith(_CITING_BEFORE) or chained:
            mention.weight *= MOVEMENT_RATE
            previous = mention
        else:
            previous = None


# '鉴于当前罗山县疫情发展形势,…决定于7月29日在全县开展全员核酸检测': the outbreak a notice answers may be a
# neighbour's; the place named in that clause is the situation's, not the notice's.
_SITUATION_CLAUSE = re.compile(r"(鉴于|鑒於|鑒于|针对|針對|面对|面對)[^,。;:!?]{0,30}疫情[^,。;:!?]{0,12}(形势|形勢|态势|態勢)\s*[,,]")


def _mark_situations(mentions: list[Mention], text: str, offset: int) -> None:
    for clause in _SITUATION_CLAUSE.finditer(text):
        for mention in mentions:
            if mention.kind == "region" and clause.start() <= mention.start - offset < clause.end():
                mention.in_situation = True


def _damp_situations_elsewhere(mentions: list[Mention]) -> None:
    """Damp the places a situation clause names, when the article names another place of its own (潢川县 after
    '鉴于当前罗山县疫情发展形势'); alone, the place of the situation is the notice's own."""
    own = {m.text for m in mentions
           if m.kind == "region" and not m.in_situation and m.zone in ARTICLE_ZONES}
    for mention in mentions:
        if mention.in_situation and own - {mention.text}:
            mention.weight *= MOVEMENT_RATE


# '国务院联防联控机制12月8日在北京召开新闻发布会': where a national body holds its event, not the place of its news.
_VENUE_AFTER = re.compile(r"(召开|举行|举办)")


def _mark_venues(mentions: list[Mention], text: str, offset: int) -> None:
    for mention in mentions:
        start = mention.start - offset
        end = start + len(mention.text)
        mention.branch_venue = mention.kind == "local" and text.startswith("分会场", end)
        if mention.kind != "region":
            continue
        if not text[max(0, start - 1):start] == "在" or not _VENUE_AFTER.match(text, end):
            continue
        mention.venue = True
        clause_start = max(text.rfind(stop, 0, start) for stop in "。!?;\n") + 1
        if any(m.kind == "national" and clause_start <= m.start - offset < start for m in mentions):
            mention.weight *= MOVEMENT_RATE


def _host_mentions(url: str, gazetteer: Gazetteer) -> list[Mention]:
    """wjw.beijing.gov.cn publishes for 北京: a provincial government host; tielingxian.gov.cn for 铁岭县
    (archive.regions.hosts)."""
    host = (urlsplit(url).hostname or "") if url else ""
    if not host.endswith(".gov.cn"):
        return []
    codes = {GOV_HOST_LABELS[label] for label in host.split(".") if label in GOV_HOST_LABELS}
    place = place_of_gov_host(url)
    if place is not None:
        codes.add(place.code)
    return [
        Mention(host, "source", Sense(kind="region", entries=(gazetteer[code],)), ZONE_WEIGHTS["source"], HOST_OFFSET)
        for code in sorted(codes)
    ]
