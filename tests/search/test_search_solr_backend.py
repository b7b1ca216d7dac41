"""The Solr 9 backend against the contract, on a real SolrCloud (``make solr``: 2 nodes, 2 shards).

Runs when SOLR_URL names a collection created from solr/configset (``.ci/run`` starts one and sets it);
skipped otherwise. Never an imitation of Solr.
"""
import os

import pytest

from search_contract import ExactSearchContract, IndexLifecycleContract, RebuildUnderReadersContract

SOLR_URL = os.environ.get("SOLR_URL", "")

pytestmark = pytest.mark.skipif(not SOLR_URL, reason="SOLR_URL not set: start `make solr` to run these")


@pytest.fixture(scope="class")
def engine_connection():
    return {"ENGINE": "search.solr_backend.ChineseSolrEngine", "URL": SOLR_URL, "TIMEOUT": 60}


class TestSolrExactSearch(ExactSearchContract):
    pass


class TestSolrIndexLifecycle(IndexLifecycleContract):
    pass


class TestSolrRebuildUnderReaders(RebuildUnderReadersContract):
    pass


def test_the_collection_has_two_shards_on_two_nodes():
    import requests

    base, collection = SOLR_URL.rstrip("/").rsplit("/", 1)
    status = requests.get(f"{base}/admin/collections", params={"action": "CLUSTERSTATUS",
                                                                "collection": collection}, timeout=30).json()
    shards = status["cluster"]["collections"][collection]["shards"]
    nodes = {replica["node_name"] for shard in shards.values() for replica in shard["replicas"].values()}
    assert len(shards) == 2 and len(nodes) == 2
