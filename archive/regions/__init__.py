"""Chinese administrative regions: a gazetteer and region inference for articles.

No Django here: ``gazetteer.load_gazetteer()`` also feeds the data migration of
the Region table, and ``inference.infer_region()`` runs inside the ingest steps.
Import the modules themselves; this package imports nothing on purpose.
"""
