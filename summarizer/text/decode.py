"""Input → str: accept a path, bytes or text; detect the encoding; refuse binary, empty and oversized input.

Every surface (API, CLI, web app, archives) goes through `read_source` or `read_limited`, so one limit,
`max_bytes()`, holds everywhere, and it is checked before more than that many bytes are read.
"""
from __future__ import annotations

import codecs
import contextlib
import os
import re
import stat
from pathlib import Path
from typing import BinaryIO, Optional, Union

from charset_normalizer import from_bytes

from ..errors import BinaryInput, ConfigError, EmptyInput, InputError, InputNotFound, TooLarge, UndecodableInput

Source = Union[str, bytes, os.PathLike]

DEFAULT_MAX_BYTES = 2_000_000  # a news article is 2–30 KB; 2 MB is a book or a dump
MAX_BYTES_ENV = "SUMMARIZER_MAX_BYTES"
_CHUNK = 1 << 16
_max_bytes_override: Optional[int] = None

# File signatures of formats that are certainly not articles.
_MAGIC = {
    b"\x89PNG": "PNG image", b"\xff\xd8\xff": "JPEG image", b"GIF8": "GIF image",
    b"%PDF": "PDF document", b"PK\x03\x04": "zip archive (docx/xlsx?)", b"\x1f\x8b": "gzip archive",
    b"\x7fELF": "executable", b"MZ": "executable", b"BZh": "bzip2 archive",
}
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
]
# Encodings a Chinese news page is realistically in; limiting the detector to these stops it from
# choosing a Latin code page for short texts.
_CANDIDATES = ["utf_8", "gb18030", "big5", "big5hkscs", "utf_16", "utf_16_le", "utf_16_be"]
_PATH_SUFFIXES = {".txt", ".html", ".htm", ".md", ".text", ".xhtml"}
MAX_PATH_LEN = 1024
# Control characters (not tab, newlines, form feed) and U+FFFD: what binary data decodes to.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffd]")
# What bytes read in the wrong encoding decode to and no article contains: private use, Yi syllables,
# lone surrogates. UTF-8 Chinese read as UTF-16 is a third private use; GBK or Big5 read so, a sixth.
_ODD = re.compile("[\ue000-\uf8ff\ua000-\ua4cf\ud800-\udfff\U000f0000-\U0010ffff]")


def max_bytes() -> int:
    """The most bytes one article may have: set_max_bytes(), else $SUMMARIZER_MAX_BYTES, else 2,000,000."""
    if _max_bytes_override is not None:
        return _max_bytes_override
    env = os.environ.get(MAX_BYTES_ENV, "").strip()
    if not env:
        return DEFAULT_MAX_BYTES
    try:
        n = int(env.replace("_", "").replace(",", ""))
    except ValueError:
        n = 0
    if n <= 0:
        raise ConfigError(f"{MAX_BYTES_ENV} must be a positive number of bytes, not {env!r}")
    return n


def set_max_bytes(n: Optional[int]) -> None:
    """Set this process's limit (the CLI's --max-bytes, a server's workers); None: back to the default."""
    global _max_bytes_override
    if n is not None and n <= 0:
        raise ConfigError(f"the byte limit must be positive, not {n}")
    _max_bytes_override = n


@contextlib.contextmanager
def byte_limit(n: Optional[int]):
    """The limit set to `n` (None: unchanged) for the duration of a block: one archive record's --max-bytes."""
    if n is None:
        yield
        return
    before = _max_bytes_override
    set_max_bytes(n)
    try:
        yield
    finally:
        set_max_bytes(before)


def too_large(name: str, size: int | None, limit: int) -> TooLarge:
    what = f"{name} is {size:,} bytes" if size is not None else f"{name} holds more than {limit:,} bytes"
    return TooLarge(f"{what}; one article may be at most {limit:,} bytes (--max-bytes or {MAX_BYTES_ENV} to change it)")


def read_limited(stream: BinaryIO, name: str = "the input", limit: Optional[int] = None) -> bytes:
    """Everything in a binary stream (a file, a pipe, a device), read in chunks; TooLarge as soon as it
    holds more than `limit` bytes, so /dev/zero costs one limit's worth of memory, not all of it."""
    limit = max_bytes() if limit is None else limit
    chunks, size = [], 0
    while size <= limit:
        chunk = stream.read(min(_CHUNK, limit + 1 - size))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
    raise too_large(name, None, limit)


def check_path(path: Path, limit: Optional[int] = None) -> bool:
    """True for a regular file within the limit (read it when you like), False for what can be read only
    once (a pipe such as <(cmd), a device); InputError when it is missing, a directory, or cannot be
    looked at, TooLarge for a regular file over the limit (its size is known without reading it)."""
    limit = max_bytes() if limit is None else limit
    try:
        st = path.stat()
    except FileNotFoundError:
        raise InputNotFound(f"no such file: {path}") from None
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror or e}") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{path} is a directory, not an article (archives go to `summarizer batch`)")
    if stat.S_ISREG(st.st_mode) and st.st_size > limit:
        raise too_large(str(path), st.st_size, limit)
    return stat.S_ISREG(st.st_mode)


def read_path(path: Path, limit: Optional[int] = None) -> bytes:
    """The bytes of a file, a pipe or a device, within the limit; InputError with the reason when it
    cannot be read."""
    limit = max_bytes() if limit is None else limit
    check_path(path, limit)
    try:
        with path.open("rb") as f:
            return read_limited(f, str(path), limit)
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror or e}") from None


def looks_like_path(s: str) -> bool:
    """A short single-line string naming a file (existing, or with a file suffix)."""
    if not s or "\n" in s or len(s) > MAX_PATH_LEN:
        return False
    p = Path(s.strip())
    try:
        if p.is_file():
            return True
    except (OSError, ValueError):  # ValueError: a NUL in the string
        return False
    return p.suffix.lower() in _PATH_SUFFIXES or s.startswith(("/", "./", "../", "~"))


def read_source(source: Source, limit: Optional[int] = None) -> tuple[str, str]:
    """Return ``(text, encoding)`` for a path, bytes or str. Raises an InputError with a clear reason;
    TooLarge for more than `limit` bytes (default `max_bytes()`), before reading more than that."""
    limit = max_bytes() if limit is None else limit
    if isinstance(source, (bytes, bytearray, memoryview)):
        if len(source) > limit:
            raise too_large("the input", len(source), limit)
        return decode_bytes(bytes(source))
    if isinstance(source, os.PathLike) or (isinstance(source, str) and looks_like_path(source)):
        path = Path(os.fspath(source)).expanduser()
        return decode_bytes(read_path(path, limit), name=str(path))
    if isinstance(source, str):
        # A character is 1–4 bytes of UTF-8: encode only when the length alone does not decide.
        if len(source) > limit or (len(source) * 4 > limit and len(source.encode("utf-8", "surrogatepass")) > limit):
            raise too_large("the text", None, limit)
        if not source.strip():
            raise EmptyInput("the input is empty")
        check_plausible(source, "the input")
        return source, "str"
    raise TypeError(f"expected str, bytes or a path, got {type(source).__name__}")


def decode_bytes(data: bytes, name: str = "the input") -> tuple[str, str]:
    if not data:
        raise EmptyInput(f"{name} is empty")
    if not data.strip():
        raise EmptyInput(f"{name} contains only whitespace")
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise BinaryInput(f"{name} is a {kind}, not a text article")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            # A byte-order mark is a claim, checked like any guess.
            rest = data[len(bom):]
            hint = "; the bytes after it are UTF-8: remove the byte-order mark" if enc != "utf-8" and _is_utf8(rest) else ""
            return _decode_claimed(rest, enc, name, f"starts with a {enc} byte-order mark", hint), enc
    enc = _utf16_without_bom(data)
    if enc:
        return _decode_claimed(data, enc, name, f"looks like {enc} without a byte-order mark"), enc
    if b"\x00" in data:
        raise BinaryInput(f"{name} contains NUL bytes: it looks binary, not a text article")
    try:
        text = _decode_cut(data, "utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        best = from_bytes(data, cp_isolation=_CANDIDATES).best()
        if best is None:
            raise UndecodableInput(
                f"{name} is not in a text encoding this tool reads (UTF-8, GB18030/GBK, Big5, UTF-16)"
            ) from None
        text, encoding = str(best), best.encoding
    if not text.strip():
        raise EmptyInput(f"{name} contains only whitespace")
    check_plausible(text, name)
    return text, encoding


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _decode_cut(data: bytes, enc: str) -> str:
    """`data` decoded, forgiving only a last character cut short (a truncated file or upload): the
    first error is reported first, so when it is at the very end everything before it is valid."""
    try:
        return data.decode(enc)
    except UnicodeDecodeError as e:
        if e.end == len(data) and e.reason in ("unexpected end of data", "truncated data") and e.start > 0:
            return data[: e.start].decode(enc)
        raise


def _decode_claimed(data: bytes, enc: str, name: str, claim: str, hint: str = "") -> str:
    """`data` in the encoding something claimed (a BOM, NUL byte lanes), if it reads as text."""
    try:
        text = _decode_cut(data, enc)
    except UnicodeDecodeError as e:
        raise UndecodableInput(f"{name} {claim} but is not valid {enc} ({e.reason}){hint}") from None
    if not text.strip():
        raise EmptyInput(f"{name} contains only whitespace")
    why = _implausible(text)
    if why:
        raise why[0](f"{name} {claim} but {why[1]}{hint}")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII characters put NULs in one byte lane. Try both byte orders and keep
    the one that reads as text (CJK, ASCII, punctuation); binary data reads as neither."""
    if len(data) < 4 or b"\x00" not in data[:4000]:
        return None
    best, best_score = None, 0.0
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            sample = data[:4000].decode(enc)
        except UnicodeDecodeError:
            continue
        ok = sum(1 for c in sample if _texty(c))
        score = ok / max(1, len(sample))
        if score > best_score:
            best, best_score = enc, score
    return best if best_score >= 0.95 else None


def _texty(c: str) -> bool:
    o = ord(c)
    return (32 <= o < 127 or c in "\n\r\t" or 0x4E00 <= o <= 0x9FFF or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF
            or 0x2000 <= o <= 0x206F or 0x3400 <= o <= 0x4DBF)


def check_plausible(text: str, name: str = "the input") -> None:
    """Refuse text that is binary data or bytes decoded in the wrong encoding, whatever named the encoding
    (a BOM, the detector, the caller)."""
    why = _implausible(text)
    if why:
        raise why[0](f"{name} {why[1]}")


def _implausible(text: str) -> tuple[type[InputError], str] | None:
    """Why `text` is not an article's text, or None: too many control or replacement characters (binary
    data), or characters of private use, Yi syllables and lone surrogates, which bytes read in the wrong
    encoding are full of and no article has. Counted in C (regex) over the whole text: linear."""
    tolerated = max(8, len(text) // 50)  # 2%: a stray control character or two is a bad copy, not binary
    bad = len(_CONTROL.findall(text))
    if bad > tolerated:
        return BinaryInput, f"has {bad:,} control or replacement characters: it looks binary, not a text article"
    odd = len(_ODD.findall(text))
    if odd > tolerated:
        return UndecodableInput, (f"does not read as text: {odd:,} of {len(text):,} characters are of private use or "
                                  "lone surrogates, as in bytes decoded with the wrong encoding")
    return None
