"""Fixtures for the search tests: a few hand-made regions, articles, and a private index per test/module."""
from __future__ import annotations

import hashlib
import json
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

# The contract mixins live in a helper module: let pytest explain their failed asserts too.
pytest.register_assert_rewrite("search_contract")

from archive_test_support import index_at
from search import analysis

SAMPLES = Path(__file__).resolve().parent / "samples"

# code: (name, level, parent code)
REGIONS = {
    "540000": ("西藏自治区", "province", None),
    "540300": ("昌都市", "prefecture", "540000"),
    "540302": ("卡若区", "county", "540300"),
    "500000": ("重庆市", "province", None),
    "500242": ("酉阳土家族苗族自治县", "county", "500000"),
    "630000": ("青海省", "province", None),
    "632300": ("黄南藏族自治州", "prefecture", "630000"),
    "632323": ("泽库县", "county", "632300"),
    "510000": ("四川省", "province", None),
    "510100": ("成都市", "prefecture", "510000"),
    "510104": ("锦江区", "county", "510100"),
    "140000": ("山西省", "province", None),
    "140100": ("太原市", "prefecture", "140000"),
    "140105": ("小店区", "county", "140100"),
    "810000": ("香港特别行政区", "province", None),
}


@pytest.fixture(scope="session", autouse=True)
def _jieba_cache(tmp_path_factory):
    analysis.configure_jieba(tmp_path_factory.mktemp("jieba"))



@pytest.fixture
def index_dir(tmp_path, settings):
    settings.DATA_DIR = tmp_path
    with index_at(tmp_path) as backend:
        yield backend


def make_regions() -> dict:
    from archive.models import Region

    made = {}
    for code, (name, level, parent_code) in REGIONS.items():
        parent = made.get(parent_code)
        province = None
        prefecture = None
        if parent is not None:
            province = parent if parent.level == "province" else parent.province
            prefecture = parent if parent.level == "prefecture" else parent.prefecture
        made[code], _ = Region.objects.get_or_create(
            code=code,
            defaults=dict(name=name, level=level, parent=parent, province=province, prefecture=prefecture),
        )
    return made


_counter = iter(range(10**9))


def make_article(title: str, body: str, *, region=None, published_at=None, source_name="", **extra):
    from archive.models import Article

    n = next(_counter)
    if isinstance(published_at, str):
        published_at = date.fromisoformat(published_at)
    return Article.objects.create(
        title=title, body=body, region=region, published_at=published_at,
        date_precision="day" if published_at else "unknown", source_name=source_name,
        origin=f"test/{n}.txt", raw_sha256=hashlib.sha256(f"{n}".encode()).hexdigest(),
        fingerprint=hashlib.sha256(f"{n}:{title}:{body}".encode()).hexdigest(), **extra,
    )


def load_samples(regions: dict) -> list:
    articles = []
    for line in (SAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        articles.append(make_article(
            row["title"], row["body"], region=regions.get(row["region_code"]),
            published_at=row["published_at"], source_name=row["source_name"],
        ))
    return articles


@pytest.fixture
def regions(db):
    return make_regions()


@pytest.fixture
def drain_on_commit(django_capture_on_commit_callbacks):
    """Run the on-commit drains of this test's (never committed) transaction, as a commit would."""
    from django.db import connection

    from search import indexing

    @contextmanager
    def run():
        with django_capture_on_commit_callbacks(execute=True):
            yield
        # A real commit empties the callback list; the test's outer transaction never commits, so drop the
        # drains that ran, or the next block would think one is still scheduled.
        connection.run_on_commit = [e for e in connection.run_on_commit if e[1] is not indexing._drain_on_commit]
    return run


@pytest.fixture(scope="module")
def sample_corpus(django_db_setup, django_db_blocker, tmp_path_factory):
    """The committed sample articles, indexed once per module. Read-only for the tests that use it."""
    from archive.models import Article, Region
    from search import indexing
    from search.models import PendingIndexChange

    path = tmp_path_factory.mktemp("corpus-index")
    with django_db_blocker.unblock(), index_at(path) as backend:
        regions = make_regions()
        articles = load_samples(regions)
        indexing.drain()
        assert backend.doc_count() == len(articles)
        yield {"articles": articles, "regions": regions, "backend": backend}
        PendingIndexChange.objects.all().delete()
        Article.objects.all().delete()
        for level in ("county", "prefecture", "province"):
            Region.objects.filter(level=level).delete()
