"""``SEARCH_BACKEND`` → haystack connection settings. Imported by config.settings: no Django here."""
from __future__ import annotations

from pathlib import Path

ENGINES = {
    "whoosh": "search.backend.ChineseWhooshEngine",
    "solr": "search.solr_backend.ChineseSolrEngine",
    "database": "search.db_backend.DatabaseEngine",
}


def haystack_connection(name: str, *, data_dir: Path, solr_url: str = "") -> dict:
    if name not in ENGINES:
        raise ValueError(f"SEARCH_BACKEND must be one of {', '.join(ENGINES)}, not {name!r}")
    connection = {"ENGINE": ENGINES[name], "BATCH_SIZE": 500}
    if name == "whoosh":
        connection["PATH"] = str(Path(data_dir) / "whoosh")
    elif name == "solr":
        if not solr_url:
            raise ValueError("SEARCH_BACKEND=solr needs SOLR_URL (e.g. http://127.0.0.1:8983/solr/archive)")
        connection.update(URL=solr_url, TIMEOUT=60)
    return connection
