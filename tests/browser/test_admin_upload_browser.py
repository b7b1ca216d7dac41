"""A curator logs in through the admin login page and uploads a batch through the real form."""
import io
import zipfile
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
SEEDS = TESTS.parent / "seeds"
SAMPLE_HTML = TESTS / "ingest" / "samples" / "005_gov_page.html"

# Chromium, the off-site request guard and DJANGO_ALLOW_ASYNC_UNSAFE come from tests/browser/conftest.py.
# No serialized_rollback: under Playwright's sync API the test sees another connection object, without
# the snapshot, so the restore silently does nothing. The fixtures below re-create what a flush removed.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def curator(django_user_model):
    from django.apps import apps
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Permission

    # What post_migrate creates, gone after an earlier transactional test's flush.
    create_permissions(apps.get_app_config("archive"), verbosity=0)

    user = django_user_model.objects.create_user("curator", password="curator-pass-1234", is_staff=True)
    user.user_permissions.add(*Permission.objects.filter(
        content_type__app_label="archive", codename__in=["add_article", "change_article", "view_article"]))
    return user


@pytest.fixture
def batch_dir(tmp_path) -> Path:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "hanjiang.html").write_bytes(SAMPLE_HTML.read_bytes())
    changdu = next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8")
    (folder / "changdu-gb18030.txt").write_bytes(changdu.encode("gb18030"))
    (folder / "screenshot.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("daily/youyang.txt", next(SEEDS.glob("001_*.txt")).read_bytes())
        archive.writestr("../../escape.txt", next(SEEDS.glob("003_*.txt")).read_bytes())
    (folder / "mixed.zip").write_bytes(buffer.getvalue())
    return folder


def test_a_curator_uploads_a_batch_through_the_form_and_sees_each_outcome(
    data_dir, live_server, page, curator, batch_dir, tmp_path
):
    from archive.models import Article

    page.goto(f"{live_server.url}/admin/login/?next=/admin/archive/article/")
    page.fill("#id_username", "curator")
    page.fill("#id_password", "curator-pass-1234")
    page.click("input[type=submit]")
    page.click("a[href='/admin/archive/article/upload/']")  # linked from the article list

    page.set_input_files("input[name=files]", sorted(str(p) for p in batch_dir.iterdir()))
    page.click("input[name=_upload]")
    page.wait_for_selector("#upload-results")
    page.screenshot(path=str(tmp_path / "upload-results.png"), full_page=True)

    rows = {
        row.get_attribute("data-name"): row.get_attribute("data-status")
        for row in page.query_selector_all("#upload-results tbody tr")
    }
    assert rows == {
        "changdu-gb18030.txt": "created",
        "hanjiang.html": "created",
        "mixed.zip": "container",
        "daily/youyang.txt": "created",
        "../../escape.txt": "failed",
        "screenshot.txt": "failed",
    }
    assert Article.objects.count() == 3
    created_link = page.locator("#upload-results tr[data-name='hanjiang.html'] a").first
    created_link.click()
    assert page.locator("#id_title").input_value() == "邗江区全力做好新一轮全员核酸检测工作"
