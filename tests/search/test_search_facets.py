"""The facet registry is the one definition: drill-down, labels, and every engine's schema follow it."""
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from search.engines import haystack_connection
from search.facets import API_FACETS, BY_NAME, FACETS, FILTER_PARAMS, below

CONFIGSET = Path(__file__).resolve().parents[2] / "solr" / "configset" / "conf"


def test_choosing_a_level_clears_every_level_below_it():
    assert below("province") == ("prefecture", "county")
    assert below("prefecture") == ("county",)
    assert below("county") == ()
    assert below("year") == ("year_month",)
    assert below("source") == ()


def test_the_api_reports_the_registry_facets_in_registry_order():
    assert API_FACETS == ("province", "prefecture", "county", "year", "year_month", "source")
    assert list(FILTER_PARAMS) == list(API_FACETS)
    assert all(BY_NAME[f.parent] for f in FACETS if f.parent)


def test_the_solr_configset_has_a_docvalues_string_field_for_every_facet():
    schema = ET.parse(CONFIGSET / "schema.xml").getroot()
    types = {t.get("name"): t for t in schema.iter("fieldType")}
    fields = {f.get("name"): f for f in schema.iter("field")}
    for facet in FACETS:
        kind = types[fields[facet.field].get("type")]
        assert kind.get("class") == "solr.StrField" and kind.get("docValues") == "true", facet.field


def test_the_solr_text_fields_are_position_keeping_character_grams():
    schema = ET.parse(CONFIGSET / "schema.xml").getroot()
    grams = {t.get("name"): t.find("analyzer/tokenizer").attrib for t in schema.iter("fieldType")
             if t.get("name") in ("char_unigrams", "char_bigrams")}
    assert grams["char_unigrams"]["minGramSize"] == grams["char_unigrams"]["maxGramSize"] == "1"
    assert grams["char_bigrams"]["minGramSize"] == grams["char_bigrams"]["maxGramSize"] == "2"


def test_search_backend_setting_names_an_engine(tmp_path):
    assert haystack_connection("whoosh", data_dir=tmp_path)["PATH"] == str(tmp_path / "whoosh")
    assert haystack_connection("solr", data_dir=tmp_path, solr_url="http://h:1/solr/a")["URL"] == "http://h:1/solr/a"
    with pytest.raises(ValueError, match="SEARCH_BACKEND must be one of whoosh, solr, database"):
        haystack_connection("elasticsearch", data_dir=tmp_path)
