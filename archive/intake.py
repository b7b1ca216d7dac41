"""Turn what a user hands us (paths, directories, zips, JSONL files, uploaded files) into intake items.

No parsing and no database here: this module only opens containers safely and names every piece,
so that the import command and the admin upload report the same outcome for the same input.
"""
import io
import json
import os
import stat
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from archive import warc

PAGE_SUFFIXES = {".txt", ".html", ".htm"}
RECORD_SUFFIXES = {".jsonl"}
CONTAINER_SUFFIXES = {".zip"}
ACCEPTED_SUFFIXES = PAGE_SUFFIXES | RECORD_SUFFIXES | CONTAINER_SUFFIXES | set(warc.WARC_SUFFIXES)


@dataclass(frozen=True)
class Limits:
    """Bounds for untrusted input; defaults come from settings.ARCHIVE_* in the callers."""

    max_file_bytes: int = 20 * 1024 * 1024
    max_zip_members: int = 2000
    max_uncompressed_bytes: int = 200 * 1024 * 1024
    max_compression_ratio: int = 100


@dataclass(frozen=True)
class IntakeItem:
    """One page, one JSONL record, or one refusal, each with the name a person will recognise."""

    origin: str
    kind: str  # "page" | "record" | "refused" | "skipped"
    raw: bytes = b""
    record: dict | None = field(default=None, hash=False)
    reason: str = ""
    # Where and when a crawler captured the page (WARC records): provenance, not extracted metadata.
    source_url: str = ""
    captured_at: str = ""


def refused(origin: str, reason: str, raw: bytes = b"") -> IntakeItem:
    """A piece that cannot be ingested; ``raw`` carries its bytes when they are small enough to keep."""
    return IntakeItem(origin=origin, kind="refused", raw=raw, reason=reason)


def is_platform_litter(name: str) -> bool:
    """Files that operating systems add to folders and zips, never pages (macOS forks, Thumbs.db …)."""
    parts = PurePosixPath(name.replace("\\", "/")).parts
    base = parts[-1] if parts else name
    return "__MACOSX" in parts or base in {".DS_Store", "Thumbs.db", "desktop.ini"} or base.startswith("._")


def items_from_bytes(name: str, data: bytes, limits: Limits) -> Iterator[IntakeItem]:
    """Items from one named blob (a file on disk, an upload, or a zip member)."""
    suffix = PurePosixPath(name).suffix.lower()
    if len(data) > limits.max_file_bytes:
        yield refused(name, f"file is too large ({len(data):,} bytes; the limit is {limits.max_file_bytes:,})")
    elif suffix in PAGE_SUFFIXES:
        yield IntakeItem(origin=name, kind="page", raw=data)
    elif suffix in RECORD_SUFFIXES:
        yield from records_from_jsonl(name, data)
    elif suffix in CONTAINER_SUFFIXES:
        yield from items_from_zip(name, data, limits)
    elif warc.is_warc_name(name):
        yield from items_from_warc(name, data, limits)
    else:
        shown = suffix or "(no extension)"
        yield refused(name, f"unsupported file type {shown}: accepted are .txt, .html, .htm, .jsonl, .zip, "
                            f".warc and .warc.gz")


def items_from_warc(name: str, data: bytes, limits: Limits) -> Iterator[IntakeItem]:
    """Pages of a crawler's WARC file (read by archive.warc), each with its URL and capture time."""
    return warc.items_from_warc(
        name, data, limits, refused_item=refused,
        page_item=lambda origin, raw, url, when: IntakeItem(origin, "page", raw, source_url=url, captured_at=when),
        skipped_item=lambda origin, reason: IntakeItem(origin=origin, kind="skipped", reason=reason))


def records_from_jsonl(name: str, data: bytes) -> Iterator[IntakeItem]:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not data.strip():
        yield refused(name, "empty file")
        return
    for number, line in enumerate(data.splitlines(), start=1):
        origin = f"{name}:{number}"
        if not line.strip():
            continue
        try:
            record = json.loads(line.decode("utf-8"))
        except UnicodeDecodeError:
            yield refused(origin, "line is not UTF-8 text (JSON Lines must be UTF-8)", raw=line)
            continue
        except json.JSONDecodeError as error:
            yield refused(origin, f"line is not valid JSON ({error.msg} at column {error.colno})", raw=line)
            continue
        if not isinstance(record, dict):
            yield refused(origin, "line is JSON but not an object with article fields", raw=line)
            continue
        yield IntakeItem(origin=origin, kind="record", raw=line, record=record)


def unsafe_member_reason(member: zipfile.ZipInfo) -> str | None:
    name = member.filename.replace("\\", "/")
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or (len(name) > 1 and name[1] == ":"):
        return "unsafe path inside the zip (absolute or containing '..'): refused, nothing was extracted"
    if member.flag_bits & 0x1:
        return "encrypted zip member: cannot be read"
    # Unix file type in the high bits of external_attr (zip 'version made by' Unix): only regular files.
    kind = stat.S_IFMT(member.external_attr >> 16)
    if kind == stat.S_IFLNK:
        return "symbolic link inside the zip: refused, links are never followed"
    if kind and kind != stat.S_IFREG:
        return "device, socket or other special file inside the zip: refused"
    return None


def items_from_zip(name: str, data: bytes, limits: Limits) -> Iterator[IntakeItem]:
    """Members are read into memory and never written to disk, so a hostile name cannot escape."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [m for m in archive.infolist() if not m.is_dir()]
    except (zipfile.BadZipFile, ValueError) as error:
        yield refused(name, f"not a readable zip file ({error})")
        return
    if len(members) > limits.max_zip_members:
        yield refused(name, f"zip has {len(members):,} files; the limit is {limits.max_zip_members:,}")
        return
    declared_total = sum(m.file_size for m in members)
    if declared_total > limits.max_uncompressed_bytes:
        yield refused(name, f"zip would expand to {declared_total:,} bytes; the limit is "
                            f"{limits.max_uncompressed_bytes:,}")
        return
    expanded = 0
    for member in members:
        origin = f"{name}/{member.filename}"
        if is_platform_litter(member.filename):
            yield IntakeItem(origin=origin, kind="skipped", reason="operating-system metadata, not a page")
            continue
        reason = unsafe_member_reason(member)
        if reason:
            yield refused(origin, reason)
            continue
        if PurePosixPath(member.filename).suffix.lower() in CONTAINER_SUFFIXES:
            yield refused(origin, "zip inside a zip is not accepted: upload the inner zip on its own")
            continue
        ratio = member.file_size / max(member.compress_size, 1)
        if ratio > limits.max_compression_ratio:
            yield refused(origin, f"compression ratio {ratio:,.0f}:1 looks like a zip bomb "
                                  f"(limit {limits.max_compression_ratio}:1)")
            continue
        try:
            content = read_member_bounded(archive, member, limits.max_file_bytes)
        except (zipfile.BadZipFile, OSError, ValueError, RuntimeError) as error:
            yield refused(origin, f"cannot read this zip member ({error})")
            continue
        if content is None:
            yield refused(origin, f"file is larger than {limits.max_file_bytes:,} bytes once unpacked")
            continue
        expanded += len(content)
        if expanded > limits.max_uncompressed_bytes:
            yield refused(origin, "the zip expands past the total size limit; the rest was not read")
            return
        yield from items_from_bytes(origin, content, limits)


def read_member_bounded(archive: zipfile.ZipFile, member: zipfile.ZipInfo, limit: int) -> bytes | None:
    """Read at most limit bytes: the header's declared size can lie, the stream cannot."""
    with archive.open(member) as stream:
        content = stream.read(limit + 1)
    return None if len(content) > limit else content


def items_from_paths(paths: Iterable[str | os.PathLike], limits: Limits) -> Iterator[IntakeItem]:
    """Files, directories (recursively, in name order) and zips, as the import command receives them."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                yield from items_from_file(child, child.relative_to(path).as_posix(), limits)
        elif path.is_file():
            yield from items_from_file(path, path.name, limits)
        else:
            yield refused(str(given), "no such file or directory")


def items_from_file(path: Path, name: str, limits: Limits) -> Iterator[IntakeItem]:
    """name is how the file is reported: its path below the directory given, or its own name."""
    if is_platform_litter(name):
        yield IntakeItem(origin=name, kind="skipped", reason="operating-system metadata, not a page")
        return
    if path.suffix.lower() not in ACCEPTED_SUFFIXES and not warc.is_warc_name(path.name):
        yield from items_from_bytes(name, b"", limits)
        return
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        yield refused(name, f"file is too large ({size:,} bytes; the limit is {limits.max_file_bytes:,})")
        return
    try:
        data = path.read_bytes()
    except OSError as error:
        yield refused(name, f"cannot read the file ({error.strerror})")
        return
    yield from items_from_bytes(name, data, limits)
