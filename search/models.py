"""The index outbox: written in the same transaction as the article change, drained by search.indexing."""
from django.db import models


class PendingIndexChange(models.Model):
    """"Article N changed": the drain re-reads the article, so it indexes its state at drain time, or
    deletes it from the index when the row is gone. Durable: a crash between commit and drain leaves the
    row for the next drain or ``check_index --repair``."""

    class Action(models.TextChoices):
        UPDATE = "update", "update"
        DELETE = "delete", "delete"

    article_id = models.BigIntegerField(db_index=True)
    action = models.CharField(max_length=6, choices=Action.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return f"{self.action} article {self.article_id}"


class IndexedDocument(models.Model):
    """The database reference engine's index (search.db_backend): one row per indexed article, its text in
    the normalised, compacted form every engine matches against. Written only through the contract."""

    article_id = models.BigIntegerField(unique=True)
    title = models.TextField()
    body = models.TextField()
    words = models.TextField()  # distinct jieba words of title + body, space-separated: ranking
    day = models.IntegerField()  # YYYYMMDD, 0 when unknown
    facets = models.JSONField()  # index field → value or null (search.facets)

    class Meta:
        ordering = ["article_id"]

    def __str__(self):
        return f"indexed article {self.article_id}"
