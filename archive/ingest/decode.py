"""Bytes to text: UTF-8 (with or without BOM) first, then GB18030 or Big5 by detection.

We never guess: a legacy encoding is only used when charset-normalizer, restricted to the
encodings we accept, finds it plausible. Binary files and garbled text are refused.
"""

import re
import unicodedata
from dataclasses import dataclass

import charset_normalizer

from .errors import IngestError

# What scraped Chinese pages come in. GB18030 is a superset of GB2312 and GBK, so it
# stands for all three; Big5 covers Traditional pages from Taiwan/Hong Kong-style sites.
CANDIDATE_ENCODINGS = ("utf_8", "gb18030", "big5")

_DECLARED_ALIASES = {
    "utf-8": "utf_8", "utf8": "utf_8",
    "gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "x-gbk": "gb18030",
    "cp936": "gb18030", "euc-cn": "gb18030",
    "big5": "big5", "big5-hkscs": "big5", "cp950": "big5", "x-x-big5": "big5",
}

# File signatures of things people save next to pages by mistake.
_MAGIC_NUMBERS = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"ID3", "MP3 audio"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ\x90\x00", "Windows executable"),
    (b"SQLite format 3\x00", "SQLite database"),
)
_RIFF_KINDS = {b"WEBP": "WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}

_UTF16_BOMS = ((b"\xff\xfe", "utf_16_le"), (b"\xfe\xff", "utf_16_be"))
_UTF8_BOM = b"\xef\xbb\xbf"

_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_-]+)", re.I)

_MAX_TRUNCATED_BYTES = 3  # the longest GB18030 character is 4 bytes
# More garbage than this (control chars, U+FFFD, private-use chars) means a wrong decode.
_MAX_GARBAGE_RATIO = 0.02


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # Python codec name: utf_8, utf_8_sig, gb18030, big5, utf_16_le, ...
    warnings: tuple[str, ...] = ()


def declared_charset(raw: bytes) -> str | None:
    """The encoding an HTML page declares in <meta charset>, mapped to our codec names."""
    match = _META_CHARSET.search(raw[:8192])
    if not match:
        return None
    return _DECLARED_ALIASES.get(match.group(1).decode("ascii").lower())


def decode_bytes(raw: bytes, *, hint: str | None = None) -> Decoded:
    """Decode a scraped page. ``hint`` (e.g. from <meta charset>) only breaks ties between
    encodings the detector already finds plausible; it never overrides the bytes."""
    if not raw.strip(b" \t\r\n\x0b\x0c"):
        raise IngestError("empty file")
    _refuse_known_binary(raw)

    if raw.startswith(_UTF8_BOM):
        return _checked(_strict(raw[len(_UTF8_BOM):], "utf_8", "UTF-8 byte order mark present but"), "utf_8_sig")
    for bom, codec in _UTF16_BOMS:
        if raw.startswith(bom):
            return _checked(_strict(raw[len(bom):], codec, "UTF-16 byte order mark present but"), codec)

    if b"\x00" in raw:
        raise IngestError("binary file (contains NUL bytes), not a text page")

    for cut in range(_MAX_TRUNCATED_BYTES + 1):
        # A download cut mid-character leaves 1-3 stray bytes at the end; nothing else is forgiven.
        payload = raw[: len(raw) - cut]
        encoding = _strict_utf8_or_detected(payload, hint)
        if encoding:
            note = (f"dropped {cut} trailing byte(s) of a truncated character",) if cut else ()
            return _checked(payload.decode(encoding), encoding, note)
    raise IngestError("cannot decode: not valid UTF-8, GB18030 or Big5")


def _refuse_known_binary(raw: bytes) -> None:
    for magic, kind in _MAGIC_NUMBERS:
        if raw.startswith(magic):
            raise IngestError(f"binary file (looks like {kind}), not a text page")
    if raw.startswith(b"RIFF") and raw[8:12] in _RIFF_KINDS:
        raise IngestError(f"binary file (looks like {_RIFF_KINDS[raw[8:12]]}), not a text page")


def _strict(payload: bytes, codec: str, what: str) -> str:
    try:
        return payload.decode(codec)
    except UnicodeDecodeError as exc:
        raise IngestError(f"cannot decode: {what} bytes are not valid ({exc.reason} at byte {exc.start})") from exc


def _strict_utf8_or_detected(payload: bytes, hint: str | None) -> str | None:
    try:
        payload.decode("utf_8")
        return "utf_8"
    except UnicodeDecodeError:
        pass
    # preemptive_behaviour=False: our own hint handling below is explicit and testable.
    matches = charset_normalizer.from_bytes(
        payload, cp_isolation=list(CANDIDATE_ENCODINGS), preemptive_behaviour=False
    )
    plausible = [m.encoding for m in matches]
    if not plausible:
        return None
    return hint if hint in plausible else matches.best().encoding


def _checked(text: str, encoding: str, warnings: tuple[str, ...] = ()) -> Decoded:
    if not text.strip():
        raise IngestError("empty file (only whitespace)")
    garbage = sum(1 for c in text if _is_garbage(c))
    if garbage >= 3 and garbage / len(text) > _MAX_GARBAGE_RATIO:
        raise IngestError(
            f"cannot decode: {garbage} replacement/control characters in {len(text)} "
            f"after decoding as {encoding}; binary or corrupt text"
        )
    return Decoded(text=text, encoding=encoding, warnings=warnings)


def _is_garbage(char: str) -> bool:
    if char in "\t\n\r\x0b\x0c":
        return False
    return char == "\ufffd" or unicodedata.category(char) in ("Cc", "Co")
