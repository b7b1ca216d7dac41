"""Uploads at the same time to a real gunicorn (`make serve`'s command: 2 worker processes): each answers
once its own pages are searchable, whichever process indexed them."""
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import loadtest  # noqa: E402
from server_harness import Server, create_staff, manage, prepare  # noqa: E402

UPLOADERS = 4
BATCHES = 2
PAGES = 10


def test_concurrent_uploads_to_two_worker_processes_are_searchable_when_they_answer(tmp_path):
    prepare(tmp_path, import_seeds=False)
    create_staff(tmp_path, "uploader", "uploader-pass-1234")
    server = Server(tmp_path).start()
    tally = loadtest.Tally()
    try:
        threads = [threading.Thread(target=loadtest.uploader, args=(
            server.url, "uploader", "uploader-pass-1234", n, PAGES, float("inf"), tally, BATCHES))
            for n in range(UPLOADERS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=300)
        check = manage(tmp_path, "check_index", check=False)
    finally:
        server.stop()
    assert tally.upload_errors == [] and tally.search_errors == 0
    assert tally.created == UPLOADERS * BATCHES * PAGES
    assert tally.said_not_yet == 0
    assert tally.searchable_at_answer == tally.created
    assert check.returncode == 0, check.stdout + check.stderr
