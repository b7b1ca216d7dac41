"""The archive the web and browser tests look at: seeds/ plus tests/web/samples/, imported through the
real intake and ingest services and indexed by search.indexing, as `import_articles` would do.

Used by tests/web/conftest.py and tests/browser/conftest.py (loaded by path: test folders are not
packages here).
"""
import importlib.util
from contextlib import contextmanager
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
SEEDS = TESTS.parent / "seeds"
SAMPLES = Path(__file__).resolve().parent / "samples"


def _search_test_fixtures():
    """tests/search/conftest.py's index_at (a private index directory), reused rather than copied."""
    spec = importlib.util.spec_from_file_location("search_test_fixtures", TESTS / "search" / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


index_at = _search_test_fixtures().index_at


def ensure_regions():
    """The data migration loads the gazetteer, but a transactional test's flush (or another module's
    clean-up) can empty the table; region inference needs it."""
    from archive.models import Region
    from archive.region_table import sync_regions

    if not Region.objects.filter(level=Region.Level.PROVINCE).exists():
        sync_regions(Region)


@contextmanager
def imported_archive(index_path: Path, *extra_paths: Path):
    """Import and index the corpus (committed), yield {origin: Article}, then delete what was imported."""
    from archive.intake import ACCEPTED_SUFFIXES, items_from_paths
    from archive.models import Article, RawPage
    from archive.services import ingest_items, upload_limits
    from search import indexing
    from search.models import PendingIndexChange

    with index_at(index_path) as backend:
        ensure_regions()
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
