"""Input → str: accept a path, bytes or text; detect the encoding; refuse binary and empty input."""
from __future__ import annotations

import codecs
import os
from pathlib import Path
from typing import Union

from charset_normalizer import from_bytes

from ..errors import BinaryInput, EmptyInput, InputNotFound, UndecodableInput

Source = Union[str, bytes, os.PathLike]

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


def looks_like_path(s: str) -> bool:
    """A short single-line string naming a file (existing, or with a file suffix)."""
    if not s or "\n" in s or len(s) > MAX_PATH_LEN:
        return False
    p = Path(s.strip())
    try:
        if p.is_file():
            return True
    except OSError:
        return False
    return p.suffix.lower() in _PATH_SUFFIXES or s.startswith(("/", "./", "../", "~"))


def read_source(source: Source) -> tuple[str, str]:
    """Return ``(text, encoding)`` for a path, bytes or str. Raises an InputError with a clear reason."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        return decode_bytes(bytes(source))
    if isinstance(source, os.PathLike) or (isinstance(source, str) and looks_like_path(source)):
        path = Path(os.fspath(source)).expanduser()
        if not path.is_file():
            raise InputNotFound(f"no such file: {path}")
        return decode_bytes(path.read_bytes(), name=str(path))
    if isinstance(source, str):
        if not source.strip():
            raise EmptyInput("the input is empty")
        _reject_control_chars(source, "the input")
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
            return _strict(data[len(bom):], enc, name), enc
    enc = _utf16_without_bom(data)
    if enc:
        return _strict(data, enc, name), enc
    if b"\x00" in data:
        raise BinaryInput(f"{name} contains NUL bytes: it looks binary, not a text article")
    try:
        text = data.decode("utf-8")
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
    _reject_control_chars(text, name)
    return text, encoding


def _strict(data: bytes, enc: str, name: str) -> str:
    try:
        text = data.decode(enc)
    except UnicodeDecodeError as e:
        raise UndecodableInput(f"{name} claims {enc} but is not valid {enc}: {e.reason}") from None
    if not text.strip():
        raise EmptyInput(f"{name} contains only whitespace")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII characters put NULs in one byte lane. Try both byte orders and keep
    the one that reads as text (CJK, ASCII, punctuation); binary data reads as neither."""
    if len(data) < 4 or len(data) % 2 or b"\x00" not in data[:4000]:
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


def _reject_control_chars(text: str, name: str) -> None:
    sample = text[:20000]
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\n\r\f\v") or c == "\ufffd")
    if bad > max(8, len(sample) * 0.02):
        raise BinaryInput(f"{name} has {bad} control or replacement characters: it looks binary")
