"""Reviewing and correcting articles in the admin: filters, the edit form, re-indexing, delete, re-extract."""
import json

import pytest
from django.contrib.admin.models import CHANGE, DELETION, LogEntry
from django.urls import reverse

from archive import services
from archive.intake import items_from_bytes
from archive.models import Article, RawPage, Region
from search import indexing
from search.models import PendingIndexChange
from upload_helpers import change_url, hostile_batch, seed_text

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/archive/article/"


@pytest.fixture
def articles(data_dir, seeds_dir, commit) -> dict[str, Article]:
    """The five real pages of the hostile batch, a reprint of one of them, and an undated record,
    ingested through the service and indexed."""
    real = {"hanjiang.html", "changdu-gb18030.txt", "zeku-big5.txt", "two-pages.zip"}
    pages = [f for f in hostile_batch(seeds_dir) if f.name in real]
    reprint = seed_text(seeds_dir, "000") + "\n\n（转载自昌都市人民政府网）\n"
    undated = json.dumps({"title": "会议部署疫情防控工作", "body": "会议要求做好疫情防控工作，落实各项措施。"},
                         ensure_ascii=False)
    with commit():
        outcomes = [
            outcome
            for name, data in [(f.name, f.data) for f in pages] + [("reprint.txt", reprint.encode()),
                                                                    ("undated.jsonl", undated.encode())]
            for outcome in services.ingest_items(items_from_bytes(name, data, services.upload_limits()))
        ]
    made = {o.origin: Article.objects.get(pk=o.article_id) for o in outcomes if o.status == "created"}
    assert set(made) == {"hanjiang.html", "changdu-gb18030.txt", "zeku-big5.txt", "two-pages.zip/daily/youyang.txt",
                         "two-pages.zip/daily/chengdu.txt", "reprint.txt", "undated.jsonl:1"}
    return made


def listed_ids(client, **params) -> set[int]:
    response = client.get(CHANGELIST, params)
    assert response.status_code == 200
    return {article.pk for article in response.context["cl"].result_list}


def ids_where(condition) -> set[int]:
    return {article.pk for article in Article.objects.select_related("region") if condition(article)}


def province_facets(client, query: str = "疫情") -> dict[str, int]:
    data = client.get("/api/search", {"q": query}).json()
    return {bucket["value"]: bucket["count"] for bucket in data["facets"]["province"]}


def change_form_data(article: Article, **overrides) -> dict:
    data = {
        "title": article.title,
        "published_at": article.published_at.isoformat() if article.published_at else "",
        "date_precision": article.date_precision,
        "date_month": article.date_month or "",
        "date_day": article.date_day or "",
        "source_name": article.source_name,
        "source_url": article.source_url,
        "region": article.region_id or "",
        "_save": "Save",
    }
    return {**data, **overrides}


def test_the_reprint_fixture_is_linked_to_its_original(articles):
    assert articles["reprint.txt"].duplicate_of == articles["changdu-gb18030.txt"]


def test_the_list_filters_by_province_year_publisher_and_precision(articles, curator_client):
    zeku = articles["zeku-big5.txt"]
    assert listed_ids(curator_client, province="630000") == {zeku.pk}
    assert listed_ids(curator_client, province="540000") == ids_where(
        lambda a: a.region is not None and a.region.code.startswith("54"))
    assert listed_ids(curator_client, year="2022") == ids_where(
        lambda a: a.published_at and a.published_at.year == 2022)
    assert listed_ids(curator_client, year="unknown") == {articles["undated.jsonl:1"].pk}
    assert listed_ids(curator_client, publisher=zeku.source_name) == {zeku.pk}
    assert listed_ids(curator_client, date_precision__exact="unknown") == {articles["undated.jsonl:1"].pk}

    page = curator_client.get(CHANGELIST).content.decode()
    for label in ("青海省", "2021", zeku.source_name):
        assert label in page


def test_the_list_filters_by_region_confidence_band(articles, curator_client):
    bands = {
        "none": lambda a: a.region_id is None,
        "low": lambda a: a.region_id is not None and a.region_confidence < 0.5,
        "medium": lambda a: a.region_id is not None and 0.5 <= a.region_confidence < 0.8,
        "high": lambda a: a.region_id is not None and a.region_confidence >= 0.8,
    }
    seen = set()
    for band, condition in bands.items():
        ids = listed_ids(curator_client, confidence=band)
        assert ids == ids_where(condition), band
        seen |= ids
    assert seen == set(Article.objects.values_list("pk", flat=True))  # the bands cover every article


def test_the_list_filters_by_duplicate_status_and_needs_review(articles, curator_client):
    original, reprint = articles["changdu-gb18030.txt"], articles["reprint.txt"]
    assert listed_ids(curator_client, duplicates="reprint") == {reprint.pk}
    assert listed_ids(curator_client, duplicates="has_reprints") == {original.pk}
    assert reprint.pk not in listed_ids(curator_client, duplicates="original")
    flagged = listed_ids(curator_client, needs_review__exact="1")
    assert flagged == ids_where(lambda a: a.needs_review)
    assert articles["undated.jsonl:1"].pk in flagged  # no date: a person should look


def test_the_list_searches_titles(articles, curator_client):
    assert listed_ids(curator_client, q="澤庫縣") == {articles["zeku-big5.txt"].pk}
    assert listed_ids(curator_client, q="核酸检测") == {articles["hanjiang.html"].pk}


def test_the_region_autocomplete_lists_provinces_first_and_reads_traditional_names(curator_client):
    def autocomplete(term):
        response = curator_client.get("/admin/autocomplete/", {
            "app_label": "archive", "model_name": "article", "field_name": "region", "term": term})
        assert response.status_code == 200
        return [row["text"] for row in response.json()["results"]]

    assert autocomplete("吉林")[:2] == ["吉林省", "吉林省 / 吉林市"]
    assert autocomplete("澤庫") == ["青海省 / 黄南藏族自治州 / 泽库县"]
    assert autocomplete("632323") == ["青海省 / 黄南藏族自治州 / 泽库县"]


def test_the_change_page_shows_evidence_and_the_raw_page_as_escaped_text(articles, curator_client):
    article = articles["hanjiang.html"]
    page = curator_client.get(change_url(article.pk)).content.decode()
    assert '<pre class="raw-page"' in page
    assert "&lt;meta name=&quot;ArticleTitle&quot;" in page  # the HTML source, shown as text
    assert '<div class="top-bar">' not in page  # never rendered
    assert article.raw_sha256 in page
    for evidence in article.region_evidence:
        assert str(evidence).split()[0] in page


def test_correcting_the_region_makes_it_staff_set_and_reindexes_once_after_commit(
    articles, curator, curator_client, commit, monkeypatch
):
    article = articles["zeku-big5.txt"]
    chengdu = Region.objects.get(code="510100")
    enqueued, written = [], []
    real_enqueue, real_apply = indexing.enqueue, indexing._apply
    monkeypatch.setattr(indexing, "enqueue", lambda ids, *a, **k: (enqueued.append(list(ids)),
                                                                    real_enqueue(ids, *a, **k)))
    monkeypatch.setattr(indexing, "_apply", lambda ids: (written.append(list(ids)),
                                                                 real_apply(ids)))

    with commit() as callbacks:
        response = curator_client.post(change_url(article.pk), change_form_data(article, region=chengdu.pk))
        assert written == []  # nothing touches the index before the commit

    assert response.status_code == 302, response.context["adminform"].form.errors
    assert enqueued == [[article.pk]]
    assert written == [[article.pk]]
    assert len(callbacks) == 1
    assert not PendingIndexChange.objects.exists()
    article.refresh_from_db()
    assert (article.region, article.region_source, article.region_confidence) == (chengdu, "staff", 1.0)
    assert article.region_evidence == ["set by staff (curator)"]
    assert LogEntry.objects.filter(user=curator, action_flag=CHANGE, object_id=str(article.pk)).exists()


def test_correcting_a_region_moves_the_article_between_search_facets(
    articles, curator_client, client, commit
):
    article = articles["zeku-big5.txt"]
    before = province_facets(client)
    assert before["青海省"] == 1

    with commit():
        curator_client.post(change_url(article.pk), change_form_data(
            article, region=Region.objects.get(code="510100").pk))

    after = province_facets(client)
    assert after.get("青海省", 0) == 0
    assert after["四川省"] == before.get("四川省", 0) + 1


def test_a_date_without_a_year_is_kept_as_month_and_day_and_stays_flagged(articles, curator_client):
    article = articles["hanjiang.html"]
    response = curator_client.post(change_url(article.pk), change_form_data(
        article, published_at="", date_precision="month_day", date_month=11, date_day=23))
    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.published_at, article.date_month, article.date_day) == (None, 11, 23)
    assert article.needs_review  # the year is still missing


def test_fixing_the_date_and_title_clears_needs_review(articles, curator_client):
    article = articles["undated.jsonl:1"]
    assert article.needs_review and article.review_reasons == ["date: none found"]
    response = curator_client.post(change_url(article.pk), change_form_data(
        article, title="某县部署疫情防控工作", published_at="2020-02-04", date_precision="day"))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "某县部署疫情防控工作"
    assert not article.needs_review and article.review_reasons == []


def test_contradictory_date_fields_are_refused_with_a_message(articles, curator_client):
    article = articles["hanjiang.html"]
    response = curator_client.post(change_url(article.pk), change_form_data(
        article, published_at="", date_precision="month_day", date_month=2, date_day=31))
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert errors["date_day"] == ["There is no day 31 in month 2."]
    article.refresh_from_db()
    assert article.published_at.isoformat() == "2021-08-05"


def test_deleting_an_article_removes_it_from_search_and_keeps_its_raw_page(
    articles, curator, curator_client, client, commit
):
    article = articles["zeku-big5.txt"]
    assert article.pk in {r["id"] for r in client.get("/api/search", {"q": "泽库"}).json()["results"]}

    with commit():
        response = curator_client.post(reverse("admin:archive_article_delete", args=[article.pk]), {"post": "yes"})

    assert response.status_code == 302
    assert not Article.objects.filter(pk=article.pk).exists()
    assert article.pk not in {r["id"] for r in client.get("/api/search", {"q": "泽库"}).json()["results"]}
    page = RawPage.objects.get(sha256=article.raw_sha256)
    assert page.article is None and bytes(page.content)
    assert LogEntry.objects.filter(user=curator, action_flag=DELETION, object_id=str(article.pk)).exists()


def rerun_extraction(client, *articles):
    response = client.post(CHANGELIST, {"action": "rerun_extraction",
                                        "_selected_action": [a.pk for a in articles]}, follow=True)
    assert response.status_code == 200
    return [str(message) for message in response.context["messages"]]


def test_rerun_extraction_restores_extracted_fields_and_keeps_what_staff_corrected(
    articles, curator, curator_client, commit
):
    article = articles["hanjiang.html"]
    chengdu = Region.objects.get(code="510100")
    services.article_correct(article, user=curator, title="邗江区全员核酸检测", region=chengdu)
    # As if an older pipeline had extracted the publisher and the date as written differently.
    Article.objects.filter(pk=article.pk).update(source_name="某某", date_text="旧的")

    with commit():
        messages = rerun_extraction(curator_client, article)

    article.refresh_from_db()
    assert article.title == "邗江区全员核酸检测"
    assert article.source_name == "邗江区融媒体中心"
    assert (article.region, article.region_source) == (chengdu, "staff")
    assert messages == [f"#{article.pk}: re-extracted, changed date_text, source_name"]
    assert RawPage.objects.filter(article=article).count() == 1


def test_rerun_extraction_of_an_unchanged_article_changes_and_reindexes_nothing(
    articles, curator_client, commit
):
    article = articles["zeku-big5.txt"]
    with commit() as callbacks:
        messages = rerun_extraction(curator_client, article)
    assert messages == [f"#{article.pk}: re-extracted, nothing changed"]
    assert callbacks == []


def test_rerun_extraction_reports_an_article_without_a_raw_page(articles, curator_client):
    article = articles["hanjiang.html"]
    RawPage.objects.filter(article=article).update(article=None)  # as if its page had been detached
    assert rerun_extraction(curator_client, article) == [
        f"#{article.pk}: not re-extracted: no raw page is kept for this article"]

