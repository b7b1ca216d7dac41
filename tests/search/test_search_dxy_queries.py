"""Our own query list on the dxy dev corpus + seeds, through /api/search (every page) vs brute force.

Skipped when ../shared/corpora is absent. Prints the comparison table (run with -s to see it).
"""
import json
from datetime import datetime
from pathlib import Path

import pytest

from conftest import index_at, make_article
from search import indexing
from search_contract import brute_facets, brute_force

pytestmark = [pytest.mark.django_db, pytest.mark.urls("search_test_urls")]

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
DXY_DEV = REPO.parent / "shared" / "corpora" / "dxy-news-2020" / "dev.jsonl"

QUERIES = [
    "社会面清零", "社會面清零", "人民银行", "中国人民银行", "晋", "港", "疫", "鄂", "武汉", "武漢",
    "新冠肺炎", "新型冠狀病毒", "钟南山", "口罩", "核酸检测", "隔离 观察", '"境外 输入"', "境外输入",
    "口罩 OR 防护服", "疫情 -境外", "title:确诊", "title:湖北 死亡", "无症状感染者", "复工复产",
    "火神山 OR 雷神山", "世卫组织", "WHO", "covid-19", "ＣＯＶＩＤ", "方舱医院", "医护人员 -湖北",
    "累计确诊病例", "2月", "4.2", "泽库", "四方责任", "北京 上海 广州",
]


@pytest.fixture(scope="module")
def dxy_corpus(django_db_setup, django_db_blocker, tmp_path_factory):
    if not DXY_DEV.exists():
        pytest.skip("../shared/corpora/dxy-news-2020 is not present on this machine")
    from archive.models import Article, Region
    from search.models import PendingIndexChange

    with django_db_blocker.unblock(), index_at(tmp_path_factory.mktemp("dxy-index")):
        provinces = {r.name: r for r in Region.objects.filter(level="province")}
        with indexing.bulk():
            for line in DXY_DEV.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                make_article(row["title"], row["body"], region=provinces.get(row["province"]),
                             published_at=datetime.fromisoformat(row["published_at"]).date(),
                             source_name=row["source_name"] or "")
            for path in sorted(SEEDS.glob("*.txt")):
                lines = path.read_text(encoding="utf-8").splitlines()
                make_article(lines[0], "\n".join(lines[1:]))
        articles = list(Article.objects.select_related("region", "region__province", "region__prefecture"))
        yield articles
        PendingIndexChange.objects.all().delete()
        Article.objects.all().delete()


def test_own_queries_equal_brute_force(client, dxy_corpus):
    rows, failures = [], []
    for q in QUERIES:
        ids, page, data = [], 1, None
        while True:
            data = client.get("/api/search", {"q": q, "page": page, "page_size": 100}).json()
            ids += [r["id"] for r in data["results"]]
            if page >= data["num_pages"]:
                break
            page += 1
        expected = brute_force(dxy_corpus, q)
        province_ok = {b["value"]: b["count"] for b in data["facets"]["province"]} == \
            brute_facets(dxy_corpus, expected, "province")
        year_ok = {b["value"]: b["count"] for b in data["facets"]["year"]} == \
            brute_facets(dxy_corpus, expected, "year")
        same = set(ids) == expected and len(ids) == len(expected) == data["count"]
        rows.append((q, data["count"], len(expected), same, province_ok, year_ok))
        if not (same and province_ok and year_ok):
            failures.append(q)
    print(f"\n{'query':<16}{'api':>6}{'brute':>7}  ids  province  year")
    for q, api, brute, same, p, y in rows:
        print(f"{q:<16}{api:>6}{brute:>7}  {'ok' if same else 'NO':<4} {'ok' if p else 'NO':<9} {'ok' if y else 'NO'}")
    assert len(QUERIES) >= 30 and not failures
