"""Measure extraction on labelled real pages (tests/realpages/labels.tsv) the way a user meets it.

Each page goes through the real import (``article_ingest``) inside a transaction that is rolled back, so the
figures include region resolution and the review flag, and measuring never changes the archive. A field is
scored only where its label gives evidence (see tests/realpages/README.md for the label format).
"""
from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from django.db import transaction

from archive.export import export_record, exportable_articles
from archive.ingest.fingerprint import normalise
from archive.chinese_text import match_key, to_simplified
from archive.label_markers import recover_markers
from archive.services import article_ingest

LABEL_COLUMNS = ("id", "url", "title", "title_supplied", "edtf", "province", "prefecture", "county",
                 "publisher", "junk", "keep", "pattern")
FIELDS = ("title", "date", "province", "local", "junk", "publisher")
NONE = "-"  # label: the page is about no unit at this level (national item, whole province …)

# A supplied title must not be any of these (the title rules).
_TIME_PHRASE = re.compile(r"^\s*(\d{4}\s*年)?\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]|^\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
                          r"|^\s*(截至|截止|至|到)?\s*(\d{1,2}\s*[日号])?\s*\d{1,2}\s*[时点]")  # '至24时,…'

# ('1、自2022年4月18日0时起': a notice's first item, from when its measure takes effect, is a time phrase too)
_ITEM_OR_SINCE = re.compile(r"^\s*(\d{1,2}\s*[、.](?!\d))?\s*(自|从)?")
_PART_OF_DAY = r"(上午|下午|晚上|晚间|晚|凌晨|早上|早|中午|傍晚)?"
_WEEKDAY = r"([(（](星期|周).[)）])?"
_HOUR = r"(\d{1,2}\s*[时点](\d{1,2}分|半)?)?"
# ('于12月15日(星期三)下午3点': with its weekday and hour)
# ('…领导小组定于2022年1月30日(星期日)早6时开始,在…开展…': with when it starts)
_DAY_NAMED = re.compile(rf"(定于|将于|于)?(\d{{4}}\s*年)?(\d{{1,2}}\s*月)?\d{{1,2}}\s*日\s*{_WEEKDAY}\s*{_PART_OF_DAY}{_HOUR}"
                        r"((?<=[时点])(开始|起)\s*[,，]?)?")
# (the evaluator's own reading, kept apart from the pipeline's titles._PLACES_LISTED so that it judges, not repeats)
_OTHER_PLACES_LISTED = re.compile(r"(?:、[^、,，。;；:：!?]{2,12}){1,9}(?=等(各|多|[地处]|\d|[一二三四五六七八九十两]"
                                  r"|[\u4e00-\u9fff]{0,2}(景区|场所|单位|小区|社区|区域|地区|村|镇|乡|街道|企业|学校|市场|公园)))")
_DECISION_WORDS = re.compile(r"(?<=[部室组府委局办])(研究|会议)?决定\s*[,，:]?")  # (the decider's: not '暂不决定是否…')
_STARTING_DAY_WORDS = re.compile(r"(?:自|从|從)(?=(\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日[^,，。]{0,6}?起)"
                                 r"|(?<=日)(?:\d{1,2}\s*[时点時])?起(?=[\u4e00-\u9fff])")
_ONLY_TIMES = re.compile(r"^[\d\s年月日号、和及与至—-]+$")  # '2020年9月、2021年4月和7月'
_BYLINE = re.compile(r"本报讯|本网讯|记者(?!招待会|见面会|会)|通讯员|客户端\s*[|｜]|^\s*[(（【]"  # (记者招待会: an event)
                     r"|\d{1,2}\s*月\s*\d{1,2}\s*日\s*(电|讯)?\s*[(（](?!星期|周)")  # a dateline: '某某县4月9日(张三 李四)'
_ENDS_WITH_TIME = re.compile(rf"\d{{1,2}}\s*[日号]\s*{_WEEKDAY}\s*{_PART_OF_DAY}{_HOUR}$"  # '…4月8日上午'
                             r"|(上午|下午|晚上|晚间|凌晨|早上|中午|傍晚)\d{1,2}\s*[时点](\d{1,2}分|半)?$"  # '…下午3点'
                             r"|\d{1,2}:\d{2}(\s*[—–~\-至到]\s*\d{1,2}(:\d{2})?)?$"  # '…1月9日14:30—17', '…14:30至17'
                             r"|(早上|早|上午|下午|晚上|凌晨|中午)?\d{1,2}\s*[时点](\d{1,2}分)?(开始|起)$")  # '…早6时开始'
_APPEAL_TITLE = re.compile(r"致(\S{2,40})的倡议")
_APPEAL_OPENING = 300
_NOT_A_TITLE = re.compile(r"举报|无障碍|首页|索\s*引\s*号|标签|版权|ICP|当前位置|发布时间\s*:|来源\s*:|称呼\s*:")
# '根据疫情防控需要', '…,按照某市指挥部统一部署', '为进一步做好疫情防控工作': the authority or purpose a lead opens
# with, and nothing of what was done (read folded: its commas are ',')
_CONTEXT_PIECE = (r"((根据|按照|依据|遵照)[^,。]{2,30}(需要|要求|部署|规定|精神|安排|形势|指示|原则)"
                  r"|(根据|按照|依据|遵照)(《[^》]{2,40}》[、和及]?)+(等|的)?(相关|有关)?(规定|要求)?"
                  r"|为了?(进一步|切实|有效|全力|确保|做好|加强|保障|全面|更好|深入|坚决|严格|防止|巩固)[^,。]{0,30}"
                  # ('经市疫情防控专家组研判', '报市领导小组同意': the steps taken before deciding)
                  r"|(经|报)[^,。]{2,30}(研判|研究|评估|同意|批准))")
# '现将有关事项公告如下': the formula announcing a notice's items, not what they say
_ONLY_THE_FORMULA = re.compile(r"^现(将|就)[^,。]{0,12}(公告|通告|通知|告知|提示|通报)(如下)?$")
_ONLY_A_CONTEXT = re.compile(rf"^{_CONTEXT_PIECE}(,\s*{_CONTEXT_PIECE})*$")
# An organisation's name ends like one; a date, a column name or a reprint note does not. Deliberately not
# archive.ingest.publishers' rule: a measure must not share the rule it measures.
_ORG_ENDING = re.compile(
    r"(局|委|委员会|政府|办|办公室|指挥部|领导小组|工作组|防控组|中心|院|所|厅|部|处|科|站|台|报|报社|网|社|馆|队|会|协会|公司|集团"
    r"|融媒|发布|日报|晚报|时报|频道|署|党委|街道|镇|乡|村|社区|医院|学校|大学|法院|检察院|机制|app|App|APP|客户端|号"
    r"|新闻|在线|之声|电视|广播|传媒|媒体|联播|观察|头条|政务|门户)$"
)
# A keep marker quoted from a pinyin mirror ('累計(jì)') must survive as words: the annotation is junk itself.
_PINYIN_ANNOTATION = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńň]{1,7}[)）]")
_COLUMN_NAMES = re.compile(r"^(热点|社会|综合|国内|国际|本地|图片|今日|最新|时政|要闻|资讯|新闻|动态|头条|视频|专题)+(新闻|资讯|热点|要闻|动态)?$")


@dataclass(frozen=True)
class Label:
    id: str
    url: str
    title: str
    title_supplied: bool
    edtf: str | None
    province: str
    prefecture: str
    county: str
    publishers: tuple[str, ...]
    junk: tuple[str, ...]
    keep: tuple[str, ...]
    patterns: tuple[str, ...]


@dataclass(frozen=True)
class Failure:
    page: str
    field: str
    expected: str
    got: str


@dataclass
class Report:
    scored: Counter = field(default_factory=Counter)
    right: Counter = field(default_factory=Counter)
    province_wrong: int = 0  # a province given, but not the labelled one (or one given to a national item)
    too_deep: list[str] = field(default_factory=list)  # a prefecture or county given to a province-wide item
    junk_publishers: list[str] = field(default_factory=list)
    pages: int = 0
    flagged: int = 0
    pages_with_a_wrong_field: int = 0
    flagged_among_wrong: int = 0
    missing_texts: int = 0
    unmatched_markers: list[str] = field(default_factory=list)  # a label's digest that its page text lacks
    failed_imports: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)

    def accuracy(self, name: str) -> float:
        return self.right[name] / self.scored[name] if self.scored[name] else 0.0


def read_labels(path: Path) -> list[Label]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    labels = []
    for number, row in enumerate(rows, start=2):
        missing = [c for c in LABEL_COLUMNS if row.get(c) is None]
        if missing:
            raise ValueError(f"{path}:{number}: missing column(s) {', '.join(missing)}")
        edtf = row["edtf"].strip()
        labels.append(Label(
            id=row["id"].strip(), url=row["url"].strip(), title=row["title"].strip(),
            title_supplied=row["title_supplied"].strip() == "1",
            edtf=None if edtf in ("", "null") else edtf,
            province=row["province"].strip(), prefecture=row["prefecture"].strip(), county=row["county"].strip(),
            publishers=_split(row["publisher"]), junk=_split(row["junk"]), keep=_split(row["keep"]),
            patterns=tuple(p for p in row["pattern"].split(";") if p.strip()),
        ))
    return labels


def evaluate_extraction(pages_dir: Path, labels: list[Label], *, with_urls: bool = True) -> Report:
    """``with_urls``: import each page with its address known, as a crawl (WARC) gives it; without, as a bare
    file upload, where the address is only known if the page prints it."""
    report = Report()
    for label in labels:
        path = _page_file(pages_dir, label.id)
        if path is None:
            report.missing_texts += 1
            continue
        raw = path.read_bytes()
        label = _with_markers_recovered(label, raw.decode("utf-8", errors="replace"), report)
        record, flagged = _import_and_roll_back(raw, path.name, label.url if with_urls else None)
        if record is None:
            report.failed_imports.append(f"{label.id}: {flagged}")
            continue
        report.pages += 1
        wrong = score_page(label, record, report)
        report.flagged += bool(flagged)
        if wrong:
            report.pages_with_a_wrong_field += 1
            report.flagged_among_wrong += bool(flagged)
    return report


def score_page(label: Label, record: dict, report: Report) -> bool:
    """Score one exported record against its label; True when a field is wrong (title, date, province, county or
    city, junk in the body, a publisher that is not an organisation)."""
    wrong = False

    def mark(name: str, ok: bool, expected: str, got, *, counts_as_wrong: bool = True) -> None:
        nonlocal wrong
        report.scored[name] += 1
        if ok:
            report.right[name] += 1
        else:
            wrong = wrong or counts_as_wrong
            report.failures.append(Failure(label.id, name, expected, "" if got is None else str(got)))

    title = record["title"] or ""
    if label.title_supplied:
        mark("title", _good_supplied_title(title, record["body"], label.title), f"[{label.title}]",
             f"[{title}]" if record["title_supplied"] else title)
    else:
        mark("title", _same_title(title, label.title), label.title, title)
    mark("date", record["edtf"] == label.edtf, label.edtf or "null", record["edtf"] or "null")

    if label.province:
        got = record["province"]
        right = _one_of(got, label.province)
        mark("province", right, label.province, got or NONE)
        if got is not None and not right:
            report.province_wrong += 1
    if label.province not in ("", NONE) and label.prefecture == NONE and label.county in ("", NONE) \
            and record["province"] == label.province and (record["prefecture"] or record["county"]):
        report.too_deep.append(f"{label.id}: {record['prefecture'] or ''}{record['county'] or ''}")
    expected_local = _expected_local(label)
    if expected_local is not None:
        got_local = record["county"] or (record["prefecture"] if label.county in ("", NONE) else None)
        if label.county == NONE and record["county"]:
            got_local = record["county"]
        mark("local", _one_of(got_local, expected_local), expected_local, got_local or NONE)

    body = record["body"] or ""
    left = [j for j in label.junk if j in body]
    lost = [k for k in label.keep if normalise(_PINYIN_ANNOTATION.sub("", k)) not in normalise(body)]
    mark("junk", not left and not lost, "no junk, keep " + " | ".join(label.keep),
         "; ".join([*(f"left: {j}" for j in left), *(f"lost: {k}" for k in lost)]))

    # A publisher missing or other than the labelled one is reported, but makes a page wrong only when it is
    # not an organisation at all (the target is "0 junk publishers"; which organisation is named is a choice).
    publisher = record["source_name"] or ""
    ok = _same_publisher(publisher, label.publishers)
    # (one that merely contains the labelled name is no excuse: '…指挥部咨询电话某市疫情防控指挥部')
    exact = any(normalise(publisher) == normalise(e) for e in label.publishers)
    junk_publisher = bool(publisher) and not exact and not looks_like_organisation(publisher)
    mark("publisher", ok, " | ".join(label.publishers) or "(none)", publisher or "(none)",
         counts_as_wrong=junk_publisher)
    if junk_publisher:
        report.junk_publishers.append(f"{label.id}: {publisher}")
    return wrong


def looks_like_organisation(name: str) -> bool:
    """The evaluator's own, independent test of a publisher: a name ending like an organisation's, with no
    digits, labels or column names in it."""
    text = to_simplified(name.strip())
    if not text or re.search(r"[0-9０-９:：>»›]|发布时间|日期|转载|来源|首页|电话|热线|通报$", text):  # (a breadcrumb: 首頁 > 權威發布)
        return False
    return bool(_ORG_ENDING.search(text)) and not _COLUMN_NAMES.match(text)


def _one_of(got: str | None, expected: str) -> bool:
    """A region label may list alternatives (`疏附县|喀什市`) for an item about several units alike; a unit may be
    labelled by its common name, without its autonomy words (`化隆县` for 化隆回族自治县)."""
    return _common_name(got or NONE) in {_common_name(e) for e in _split(expected)}


def _common_name(name: str) -> str:
    return _AUTONOMY_WORDS.sub("", name)


_PEOPLES = ("蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|"
            "柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|普米|塔吉克|怒|鄂温克|保安|裕固|京|独龙|鄂伦春|赫哲|门巴|"
            "珞巴|基诺|各")
_AUTONOMY_WORDS = re.compile(rf"(?:(?:{_PEOPLES})族)+自治(?=[县州旗])")


def _expected_local(label: Label) -> str | None:
    if label.county not in ("", NONE):
        return label.county
    if label.prefecture not in ("", NONE):
        return label.prefecture
    return None


_DOCUMENT_NUMBER_END = re.compile(r"[(（〔\[]?(第?\s*\d+\s*[号號]|\d{4}\s*年\s*第?\s*\d+\s*[号號])[)）〕\]]?$")


def _same_title(got: str, expected: str) -> bool:
    """Equal letters and digits (script, width, punctuation and a mirror's pinyin annotations ignored: '發(fā)布' is
    '發布', whichever a label kept); a trailing document number (第34号) may be printed or left off."""
    got, expected = _PINYIN_ANNOTATION.sub("", got), _PINYIN_ANNOTATION.sub("", expected)

    def key(text: str) -> str:
        return normalise(_DOCUMENT_NUMBER_END.sub("", text.strip()))
    return normalise(got) == normalise(expected) or (bool(key(got)) and key(got) == key(expected))


_PINYIN_ANNOTATION = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,8}[)）]")


def _good_supplied_title(title: str, body: str, reference: str) -> bool:
    """A devised title is right when it is a faithful piece of the lead that breaks none of the title rules."""
    # (the rules read the title with its widths folded: '，' is ',', '１４：３０－１７' is '14:30-17')
    folded = match_key(title or "").strip()
    if not folded or _TIME_PHRASE.match(_ITEM_OR_SINCE.sub("", folded)) or _ONLY_TIMES.match(folded) \
            or _BYLINE.search(folded) or _ONLY_THE_FORMULA.match(folded) \
            or _ENDS_WITH_TIME.search(folded) or _NOT_A_TITLE.search(folded) or _ONLY_A_CONTEXT.match(folded):
        return False
    # (a faithful summary may leave out the day the lead names: '我县定于11月22日在县城…筛查' -> '我县在县城…筛查')
    # (or leave out all but the first of the places the lead lists: '某县甲景区、乙公园、丙古寨等各大景区从1月27日起
    # 停止对外开放' -> '某县甲景区等各大景区停止对外开放')
    key = normalise(_DAY_NAMED.sub("", title))
    listed_once = _OTHER_PLACES_LISTED.sub("", body[:400])
    # (or leave out that it was decided: '某办公室研究决定,自…起,划定风险区域如下' -> '某办公室划定风险区域')
    undecided = _DECISION_WORDS.sub("", _STARTING_DAY_WORDS.sub("", listed_once), count=1)
    leads = {normalise(_DAY_NAMED.sub("", text))
             for text in (body[:400], listed_once, _STARTING_DAY_WORDS.sub("", listed_once), undecided)}
    return len(key) >= 4 and (any(key in lead for lead in leads) or normalise(reference)[:6] in key
                              or _names_the_appeal(title, body) or _a_list_told_by_its_first(title, body[:400]))


def _a_list_told_by_its_first(title: str, lead: str) -> bool:
    """'大朗镇杨新路82号等调整为高风险地区' from '将大朗镇杨新路82号、112号、…、238号调整为高风险地区': a list the
    lead gives in full, told by its first item and 等, with what the lead says of them all, in one sentence."""
    first, listed, rest = match_key(_DAY_NAMED.sub("", title)).strip().partition("等")
    if not listed or len(first) < 2 or len(rest) < 4:
        return False
    # (what follows the list must be what the title says of it: not a later clause, '…,将某小区调整为低风险地区')
    return re.search(re.escape(first) + r"(、[^、,。;:]{1,12})+等?" + re.escape(rest), match_key(lead)) is not None


def _names_the_appeal(title: str, body: str) -> bool:
    """'致全县广大志愿者的倡议' over an appeal that opens '全县广大志愿者:' and makes its appeal (…发出如下倡议):
    the cataloguer's form of title for a letter, whose words are the salutation's."""
    addressed = _APPEAL_TITLE.fullmatch(title.strip())
    opening = body.lstrip()[:_APPEAL_OPENING]
    return bool(addressed) and opening.startswith(addressed.group(1) + ":") and "倡议" in to_simplified(opening)


def _same_publisher(got: str, expected: tuple[str, ...]) -> bool:
    if not expected:
        return not got
    key = normalise(got)
    return any(key and (key == normalise(e) or (len(key) >= 4 and (key in normalise(e) or normalise(e) in key)))
               for e in expected)


def _with_markers_recovered(label: Label, text: str, report: Report) -> Label:
    """The label with its digested markers replaced by the page's own words (see archive.label_markers).
    An unmatched junk digest cannot be checked, and an unmatched keep digest counts as lost."""
    junk, unmatched_junk = recover_markers(label.junk, text)
    keep, unmatched_keep = recover_markers(label.keep, text)
    report.unmatched_markers += [f"{label.id}: {marker}" for marker in (*unmatched_junk, *unmatched_keep)]
    return replace(label, junk=junk, keep=(*keep, *unmatched_keep))


class _Rollback(Exception):
    pass


def _import_and_roll_back(raw: bytes, origin: str, url: str | None) -> tuple[dict | None, object]:
    """The exported record and review reasons of a page imported alone, or (None, reason)."""
    result: tuple[dict | None, object] = (None, "")
    try:
        with transaction.atomic():
            outcome = article_ingest(raw=raw, origin=origin, url=url)
            if outcome.status != "created":
                why = outcome.reason or f"already in this archive as #{outcome.article_id} (use an empty DATA_DIR)"
                result = (None, f"{outcome.status}: {why}")
            else:
                article = exportable_articles().get(pk=outcome.article_id)
                result = (export_record(article), list(article.review_reasons) if article.needs_review else [])
            raise _Rollback
    except _Rollback:
        pass
    return result


def _page_file(pages_dir: Path, page_id: str) -> Path | None:
    for suffix in (".txt", ".html", ".htm"):
        path = pages_dir / f"{page_id}{suffix}"
        if path.exists():
            return path
    return None


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (cell or "").split("|") if part.strip())


def review_summary(report: Report) -> str:
    share = report.flagged / report.pages if report.pages else 0.0
    recall = report.flagged_among_wrong / report.pages_with_a_wrong_field if report.pages_with_a_wrong_field else 1.0
    return (f"needs review: {report.flagged}/{report.pages} pages flagged ({share:.0%}); "
            f"{report.flagged_among_wrong}/{report.pages_with_a_wrong_field} pages with a wrong field flagged "
            f"({recall:.0%})")


__all__ = ["FIELDS", "Label", "Report", "evaluate_extraction", "looks_like_organisation",
           "read_labels", "review_summary", "score_page"]
