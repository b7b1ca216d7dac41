"""Test support shared by every test folder: a private search index, the region table, and the archive
the web and browser tests look at (seeds/ plus tests/web/samples/, imported through the real intake and
ingest services and indexed by search.indexing, as `import_articles` would do).

Importable as `archive_test_support` because pytest puts tests/ (the folder of the root conftest) on
sys.path.
"""
from contextlib import contextmanager
from pathlib import Path

from haystack import connections

TESTS = Path(__file__).resolve().parent
SEEDS = TESTS.parent / "seeds"
SAMPLES = TESTS / "web" / "samples"


@contextmanager
def use_engine(connection: dict):
    """Point haystack's default connection (and so search.indexing and the selectors) at this engine."""
    info = connections.connections_info["default"]
    old = dict(info)
    info.clear()
    info.update(connection)
    connections.reload("default")
    try:
        yield connections["default"].get_backend()
    finally:
        info.clear()
        info.update(old)
        connections.reload("default")


def whoosh_connection(path: Path) -> dict:
    return {"ENGINE": "search.backend.ChineseWhooshEngine", "PATH": str(path / "whoosh"), "BATCH_SIZE": 500}


@contextmanager
def index_at(path: Path):
    """Point the haystack connection (and so search.indexing) at a private Whoosh index directory."""
    with use_engine(whoosh_connection(path)) as backend:
        yield backend


_region_rows: list[dict] | None = None


def ensure_regions() -> bool:
    """Region inference needs the gazetteer in the Region table. The data migration loads it, but a
    transactional test's flush (every live_server test has one) or another module's clean-up can empty
    it: reload it then, from a snapshot after the first time (0.6 s instead of 2 s). True if it loaded."""
    global _region_rows
    from archive.models import Region
    from archive.region_table import sync_regions

    loaded = Region.objects.filter(level=Region.Level.PROVINCE).count() < 34
    if loaded:
        if _region_rows is None or Region.objects.exists():
            sync_regions(Region)  # idempotent: completes a partial table too
        else:
            Region.objects.bulk_create(Region(**row) for row in _region_rows)
    if _region_rows is None:
        _region_rows = list(Region.objects.values())
    return loaded


def remove_regions():
    from archive.models import Region

    Region.objects.update(parent=None, province=None, prefecture=None)  # self-references are PROTECT
    Region.objects.all().delete()


@contextmanager
def imported_archive(index_path: Path, *extra_paths: Path):
    """Import and index the corpus (committed), yield {origin: Article}, then delete what was imported,
    so the database is left as it was found."""
    from archive.intake import ACCEPTED_SUFFIXES, items_from_paths
    from archive.models import Article, RawPage
    from archive.services import ingest_items, upload_limits
    from search import indexing
    from search.models import PendingIndexChange

    with index_at(index_path) as backend:
        regions_loaded_here = ensure_regions()
        samples = sorted(p for p in SAMPLES.iterdir() if p.suffix in ACCEPTED_SUFFIXES)  # not the README
        outcomes = list(ingest_items(items_from_paths([SEEDS, *samples, *extra_paths], upload_limits())))
        failed = [o for o in outcomes if o.status == "failed"]
        assert not failed, failed
        indexing.drain()
        articles = {a.origin: a for a in Article.objects.select_related("region")}
        assert backend.doc_count() == len(articles)
        try:
            yield articles
        finally:
            PendingIndexChange.objects.all().delete()
            RawPage.objects.all().delete()
            Article.objects.update(duplicate_of=None)
            Article.objects.all().delete()
            if regions_loaded_here:  # leave the table as this archive found it (other tests restore it)
                remove_regions()
