import pytest
pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.search.urls")]

def test_smoke(sample_corpus, client):
    for q in ["人民银行", "晋", "港", "社會面清零", "疫情 防控", "title:疫情", "澤庫", "covid-19"]:
        r = client.get("/api/search", {"q": q})
        assert r.status_code == 200, r.content
        d = r.json()
        print(q, d["count"], [x["value"] for x in d["facets"]["province"]], d["results"][0]["snippet"] if d["results"] else None)
