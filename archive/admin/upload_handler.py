"""Stop oversized uploads while they stream in, before they fill memory or the temporary directory."""
from django.core.files.uploadhandler import FileUploadHandler, SkipFile


class BoundedUploadHandler(FileUploadHandler):
    """Runs first in the handler chain: skips a file once it passes max_file_bytes, and every file once
    the request passes max_batch_bytes. Skipped files never reach request.FILES, so their names and
    reasons are kept in ``refused`` for the results table."""

    def __init__(self, request=None, *, max_file_bytes: int, max_batch_bytes: int):
        super().__init__(request)
        self.max_file_bytes = max_file_bytes
        self.max_batch_bytes = max_batch_bytes
        self.batch_bytes = 0
        self.file_bytes = 0
        self.refused: list[tuple[str, str]] = []

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.file_bytes = 0

    def receive_data_chunk(self, raw_data, start):
        self.file_bytes += len(raw_data)
        self.batch_bytes += len(raw_data)
        if self.file_bytes > self.max_file_bytes:
            self.refused.append((self.file_name, f"file is too large (more than {self.max_file_bytes:,} bytes)"))
            raise SkipFile()
        if self.batch_bytes > self.max_batch_bytes:
            self.refused.append(
                (self.file_name, f"not read: the upload passed the batch limit of {self.max_batch_bytes:,} bytes")
            )
            raise SkipFile()
        return raw_data  # the next handler (memory or temporary file) stores it

    def file_complete(self, file_size):
        return None  # storing is the next handler's job
