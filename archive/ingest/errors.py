"""The one exception the ingest pipeline raises for input it refuses."""


class IngestError(Exception):
    """Raw input that cannot become an article; ``reason`` says why, for people."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason
