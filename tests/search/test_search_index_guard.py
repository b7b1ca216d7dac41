"""The storage layer is guarded: the index records what built it, refuses other versions, and a damaged
segment is named by `check_index --deep` while the site answers an honest 503."""
import io
import json
import os
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from importlib import metadata

from conftest import make_article
from search import index_manifest, indexing

QUERY = "核酸"


@pytest.fixture
def small_index(index_dir):
    with indexing.bulk():
        for i in range(30):
            make_article(f"疫情防控第{i}号通知", "核酸检测在全市开展，請市民配合。" * (i + 1))
    call_command("rebuild_index", "--noinput", verbosity=0)
    return Path(os.path.realpath(indexing.backend().link_path))


def _postings_file(index_dir: Path) -> Path:
    """The one segment's postings (rebuilds write segments as separate files: .trm terms, .pst postings)."""
    (postings,) = index_dir.glob("*.pst")
    return postings


def _check_index(*args) -> tuple[str, str | None]:
    out = io.StringIO()
    try:
        call_command("check_index", *args, stdout=out)
    except CommandError as error:
        return out.getvalue(), str(error)
    return out.getvalue(), None


def _api(client):
    return client.get("/api/search", {"q": QUERY})


@pytest.mark.django_db(transaction=True)
def test_an_index_records_the_versions_and_normalisation_it_was_built_with(small_index):
    manifest = json.loads((small_index / index_manifest.MANIFEST_NAME).read_text())
    assert manifest["whoosh"] == metadata.version("whoosh")
    assert manifest["jieba"] == metadata.version("jieba")
    assert manifest["opencc-python-reimplemented"] == metadata.version("opencc-python-reimplemented")
    assert manifest == index_manifest.expected(indexing.backend().schema)


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("change", ["other jieba", "no manifest"])
def test_an_index_built_by_other_versions_answers_503_until_rebuild_index(small_index, client, change):
    path = small_index / index_manifest.MANIFEST_NAME
    if change == "no manifest":
        path.unlink()
    else:
        path.write_text(json.dumps({**json.loads(path.read_text()), "jieba": "0.39"}))
    indexing.backend().setup_complete = False  # as a new server process would open it

    response = _api(client)
    assert response.status_code == 503
    detail = response.json()["detail"]
    assert "rebuild_index" in detail
    assert ("jieba: index 0.39" in detail) if change == "other jieba" else ("no manifest" in detail)
    page = client.get(reverse("search"), {"q": QUERY})
    assert page.status_code == 503 and "rebuild_index" in page.content.decode()
    _, error = _check_index()
    assert error and "rebuild_index" in error

    call_command("rebuild_index", "--noinput", verbosity=0)
    assert _api(client).json()["count"] == 30
    assert _check_index("--deep")[1] is None


@pytest.mark.django_db(transaction=True)
def test_check_index_deep_reads_every_segment_of_a_sound_index(small_index):
    out, error = _check_index("--deep")
    assert error is None
    segment = _postings_file(small_index).stem
    assert f"segment {segment} (30 docs; files {segment}{{" in out and "}): ok" in out
    assert ".pst" in out and ".trm" in out and "._stored.col" in out


@pytest.mark.django_db(transaction=True)
def test_a_truncated_segment_is_named_by_check_index_deep_and_the_site_answers_503(small_index, client):
    postings = _postings_file(small_index)
    with open(postings, "r+b") as handle:
        handle.truncate(postings.stat().st_size // 2)
    indexing.backend().setup_complete = False

    out, error = _check_index("--deep")
    assert error and postings.stem in error
    assert f"segment {postings.stem} (30 docs; files {postings.stem}{{" in out
    assert "): DAMAGED: SegmentDamage: reading terms and postings of " in out

    response = _api(client)
    assert response.status_code == 503
    assert response.json()["error"] == "search index damaged"
    page = client.get(reverse("search"), {"q": QUERY})
    assert page.status_code == 503
    assert "检索索引已损坏" in page.content.decode()  # the default language; /en/ says it in English
    assert "The search index is damaged" in client.get("/en/", {"q": QUERY}).content.decode()
    assert client.get(reverse("search-export-csv"), {"q": QUERY}).status_code == 503  # before streaming

    call_command("rebuild_index", "--noinput", verbosity=0)
    assert _api(client).json()["count"] == 30
    assert _check_index("--deep")[1] is None


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("where", [0.2, 0.5, 0.8])
def test_check_index_deep_finds_bytes_overwritten_inside_a_segment(small_index, where):
    postings = _postings_file(small_index)
    size = postings.stat().st_size
    with open(postings, "r+b") as handle:
        handle.seek(int(size * where))
        handle.write(b"\xff" * 256)
    indexing.backend().setup_complete = False

    out, error = _check_index("--deep")
    assert error is not None, out


@pytest.mark.django_db(transaction=True)
def test_a_damaged_table_of_contents_answers_503_and_rebuild_index_replaces_it(small_index, client):
    (toc,) = small_index.glob("_MAIN_*.toc")
    toc.write_bytes(toc.read_bytes()[:100])
    indexing.backend().setup_complete = False

    _, error = _check_index("--deep")
    assert error and "rebuild_index" in error
    assert _api(client).status_code == 503

    call_command("rebuild_index", "--noinput", verbosity=0)
    assert _api(client).json()["count"] == 30


@pytest.mark.django_db
def test_an_unreachable_search_engine_answers_503_without_its_address(client):
    from archive_test_support import use_engine

    closed = "http://127.0.0.1:9/solr/archive"  # the discard port: nothing listens
    with use_engine({"ENGINE": "search.solr_backend.ChineseSolrEngine", "URL": closed, "TIMEOUT": 2}):
        response = _api(client)
        page = client.get("/en/", {"q": QUERY})
    assert response.status_code == 503
    assert response.json() == {"error": "search engine unreachable"}
    assert page.status_code == 503 and "cannot be reached" in page.content.decode()
    assert "127.0.0.1:9" not in page.content.decode()
