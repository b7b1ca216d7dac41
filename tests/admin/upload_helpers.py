"""Helpers for the admin tests: building upload batches and reading the upload page's results."""
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import lxml.html
from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

SAMPLES = Path(__file__).resolve().parent.parent / "ingest" / "samples"
UPLOAD_URL = "/admin/archive/article/upload/"

# A PNG signature plus binary noise: what a screenshot saved as .txt looks like.
PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8

# Pinyin glosses the seed pages carry, e.g. 當(dāng): Big5 has no tone-marked letters, so a real Big5
# page would not contain them.
PINYIN_GLOSS = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)")


def seed_text(seeds_dir: Path, prefix: str) -> str:
    return next(seeds_dir.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def zip_of(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@dataclass(frozen=True)
class BatchFile:
    name: str
    data: bytes

    def upload(self) -> SimpleUploadedFile:
        return SimpleUploadedFile(self.name, self.data, content_type="application/octet-stream")


def hostile_batch(seeds_dir: Path) -> list[BatchFile]:
    """The issue's batch: three real pages in three encodings, a zip of two pages, and hostile files."""
    big5_page = PINYIN_GLOSS.sub("", seed_text(seeds_dir, "002")).encode("big5", errors="strict")
    return [
        BatchFile("hanjiang.html", (SAMPLES / "005_gov_page.html").read_bytes()),
        BatchFile("changdu-gb18030.txt", seed_text(seeds_dir, "000").encode("gb18030")),
        BatchFile("zeku-big5.txt", big5_page),
        BatchFile("two-pages.zip", zip_of({
            "daily/youyang.txt": seed_text(seeds_dir, "001").encode("utf-8"),
            "daily/chengdu.txt": seed_text(seeds_dir, "003").encode("utf-8"),
        })),
        BatchFile("screenshot.txt", PNG_BYTES),
        BatchFile("empty.txt", b""),
        BatchFile("escape.zip", zip_of({"../../escape.txt": seed_text(seeds_dir, "004").encode("utf-8")})),
    ]


def post_upload(client: Client, files: list[BatchFile], **extra):
    return client.post(UPLOAD_URL, {"files": [f.upload() for f in files], **extra})


def outcomes_by_name(response) -> dict[str, dict]:
    """Result rows of the upload page keyed by the name shown (zip members by their path in the zip)."""
    return {row["name"]: row for row in response.context["rows"] if row["status"] != "container"}


def outcomes_from_html(response) -> dict[str, tuple[str, int | None]]:
    """name → (status, article id) read from the page itself (response.context is not thread-safe)."""
    page = lxml.html.fromstring(response.content)
    rows = page.xpath('//table[@id="upload-results"]/tbody/tr[@data-status!="container"]')
    return {
        row.get("data-name"): (row.get("data-status"), int(row.get("data-article") or 0) or None)
        for row in rows
    }


def change_url(article_id: int) -> str:
    return reverse("admin:archive_article_change", args=[article_id])


def grant(user, *codenames: str) -> None:
    # The permissions post_migrate creates; a transactional test's flush may have removed them.
    create_permissions(apps.get_app_config("archive"), verbosity=0)
    permissions = Permission.objects.filter(content_type__app_label="archive", codename__in=codenames)
    assert permissions.count() == len(codenames), codenames
    user.user_permissions.add(*permissions)
