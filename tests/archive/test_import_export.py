"""The import and export commands, end to end, on the seed pages and files built from them."""
import csv
import io
import json
import zipfile

import pytest
from django.core.management import CommandError, call_command

from archive.export import EXPORT_FIELDS
from archive.models import Article, RawPage

pytestmark = pytest.mark.django_db


def run_import(*paths) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("import_articles", *map(str, paths), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def export(fmt: str) -> str:
    out = io.StringIO()
    call_command("export_articles", "--format", fmt, stdout=out)
    return out.getvalue()


def test_importing_the_seeds_twice_leaves_five_articles(seeds_dir):
    first, _ = run_import(seeds_dir)
    assert "5 created, 0 duplicate, 0 failed" in first
    second, _ = run_import(seeds_dir)
    assert "0 created, 5 duplicate, 0 failed" in second
    assert "duplicate of #" in second
    assert Article.objects.count() == 5
    assert RawPage.objects.count() == 5


def test_raw_bytes_are_kept_exactly_with_their_sha256(seeds_dir):
    run_import(seeds_dir)
    for path in sorted(seeds_dir.glob("*.txt")):
        page = RawPage.objects.get(origin=path.name)
        assert bytes(page.content) == path.read_bytes()
        assert page.article.raw_sha256 == page.sha256


def test_jsonl_export_has_exactly_the_export_fields(seeds_dir):
    run_import(seeds_dir)
    records = [json.loads(line) for line in export("jsonl").splitlines()]
    assert len(records) == 5
    for record in records:
        assert tuple(record) == EXPORT_FIELDS
        assert record["published_at"] is None or len(record["published_at"]) == 10


def test_csv_export_has_the_same_records_as_jsonl(seeds_dir):
    run_import(seeds_dir)
    jsonl = [json.loads(line) for line in export("jsonl").splitlines()]
    rows = list(csv.DictReader(io.StringIO(export("csv").lstrip("\ufeff"))))
    assert tuple(rows[0]) == EXPORT_FIELDS
    assert [r["id"] for r in rows] == [str(r["id"]) for r in jsonl]
    assert [r["body"] for r in rows] == [r["body"] for r in jsonl]


def test_export_to_a_file(seeds_dir, tmp_path):
    run_import(seeds_dir)
    target = tmp_path / "out.jsonl"
    call_command("export_articles", "--format", "jsonl", "--output", str(target))
    assert len(target.read_text(encoding="utf-8").splitlines()) == 5


def test_a_bad_file_fails_by_name_and_the_rest_still_import(seeds_dir, tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "good.txt").write_bytes((seeds_dir / "000_829faed94c0e5ca3.txt").read_bytes())
    (batch / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (batch / "empty.html").write_bytes(b"")
    (batch / "notes.pdf").write_bytes(b"%PDF-1.4")
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("import_articles", str(batch), stdout=out, stderr=err)
    assert raised.value.returncode == 1
    assert "1 created, 0 duplicate, 3 failed" in out.getvalue()
    report = err.getvalue()
    for name in ("picture.txt", "empty.html", "notes.pdf"):
        assert f"FAILED {name}:" in report
    assert "unsupported file type .pdf" in report
    assert Article.objects.count() == 1


def test_zip_members_are_imported_and_named_inside_their_zip(seeds_dir, tmp_path):
    bundle = tmp_path / "pages.zip"
    with zipfile.ZipFile(bundle, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(seeds_dir.glob("00[12]*.txt")):
            archive.writestr(f"daily/{path.name}", path.read_bytes())
    out, _ = run_import(bundle)
    assert "2 created" in out
    assert set(Article.objects.values_list("origin", flat=True)) == {
        "pages.zip/daily/001_873c324a46ab2f1b.txt", "pages.zip/daily/002_0c72a39e280394a5.txt"}


def test_zip_with_an_escaping_member_name_is_refused_by_name(seeds_dir, tmp_path):
    bundle = tmp_path / "evil.zip"
    with zipfile.ZipFile(bundle, "w") as archive:
        archive.writestr("../../escape.txt", (seeds_dir / "001_873c324a46ab2f1b.txt").read_bytes())
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_articles", str(bundle), stdout=out, stderr=err)
    assert "FAILED evil.zip/../../escape.txt: unsafe path" in err.getvalue()
    assert not (tmp_path.parent / "escape.txt").exists()
    assert Article.objects.count() == 0


def test_jsonl_records_import_with_declared_or_inferred_regions(tmp_path):
    rows = [
        {"title": "泽库县召开疫情防控会议", "body": "泽库县人民政府召开会议，部署疫情防控。",
         "published_at": "2022-05-25", "source_name": "泽库县人民政府", "source_url": "https://example.gov.cn/a"},
        {"title": "会议部署防控工作", "body": "会议要求做好疫情防控工作。", "published_at": "2020-03-01 08:00:00",
         "source_name": "某报", "source_url": "", "province": "四川省", "prefecture": "成都市"},
    ]
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n{not json\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_articles", str(path), stdout=out, stderr=err)
    assert "FAILED rows.jsonl:3: line is not valid JSON" in err.getvalue()
    records = {r["title"]: r for r in map(json.loads, export("jsonl").splitlines())}
    assert records["泽库县召开疫情防控会议"]["county"] == "泽库县"
    assert records["泽库县召开疫情防控会议"]["published_at"] == "2022-05-25"
    declared = records["会议部署防控工作"]
    assert (declared["province"], declared["prefecture"], declared["county"]) == ("四川省", "成都市", None)
    assert declared["published_at"] == "2020-03-01"
    assert declared["origin"] == "rows.jsonl:2"


def test_a_command_on_a_database_never_migrated_says_to_migrate_first(seeds_dir, monkeypatch):
    from django.db.migrations.executor import MigrationExecutor

    monkeypatch.setattr(MigrationExecutor, "migration_plan", lambda self, targets: [("archive.0001", False)])
    with pytest.raises(CommandError, match=r"not set up: 1 migration\(s\) not applied; run `python manage.py migrate`"):
        call_command("import_articles", str(seeds_dir))
    assert not Article.objects.exists()
