"""Every encoding a Chinese news page comes in decodes to the same text; non-text input is refused."""
import io
import os
import random
import threading
from pathlib import Path

import pytest

from summarizer.errors import BinaryInput, ConfigError, EmptyInput, InputError, InputNotFound, TooLarge, UndecodableInput
from summarizer.text.decode import decode_bytes, read_limited, read_source, set_max_bytes

TEXT = "湘江实验室揭牌成立，国防科技大学与华为公司共建，算力规模可达1024P。六个人才团队已到位。"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be"])
def test_simplified_encodings_roundtrip(encoding):
    text, used = decode_bytes(TEXT.encode(encoding))
    assert text == TEXT


def test_big5_traditional():
    trad = "湘江實驗室揭牌成立，國防科技大學與華為公司共建，算力規模可達1024P。六個人才團隊已到位。"
    text, used = decode_bytes(trad.encode("big5"))
    assert text == trad
    assert "big5" in used


def test_path_and_str_and_bytes_agree(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(TEXT.encode("gb18030"))
    assert read_source(p)[0] == read_source(str(p))[0] == read_source(TEXT)[0] == TEXT


@pytest.mark.parametrize("data", [b"", b"   \n\t  ", "\u3000\n".encode("utf-8")])
def test_empty_input_is_refused(data):
    with pytest.raises(EmptyInput):
        decode_bytes(data)


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n" + bytes(range(256)), b"%PDF-1.7 ...", bytes(range(256)) * 4,
                                  b"abc\x00def\x00\x01\x02\x03" * 50])
def test_binary_input_is_refused(data):
    with pytest.raises((BinaryInput, UndecodableInput)):
        decode_bytes(data)


def test_missing_file():
    with pytest.raises(InputNotFound):
        read_source("/no/such/article.txt")


def test_whitespace_str_is_empty():
    with pytest.raises(EmptyInput):
        read_source("  \n ")


# ---- a byte-order mark is a claim, checked like any guess ------------------------------------------------
ARTICLE = (TEXT + "\n") * 20


@pytest.mark.parametrize("data,expect", [
    (b"\xff\xfe" + ARTICLE.encode("utf-8"), "remove the byte-order mark"),  # a UTF-16 BOM before UTF-8
    (b"\xfe\xff" + ARTICLE.encode("utf-8"), "remove the byte-order mark"),
    (b"\xff\xfe" + ARTICLE.encode("gb18030"), "utf-16-le"),
    (b"\xef\xbb\xbf" + random.Random(1).randbytes(4096).translate(bytes(range(128)) * 2), "control"),  # 7-bit noise
])
def test_bytes_behind_a_bom_must_read_as_text(data, expect):
    with pytest.raises((BinaryInput, UndecodableInput)) as e:
        decode_bytes(data)
    assert "byte-order mark" in str(e.value) and expect in str(e.value)


def test_mojibake_without_a_bom_is_refused_too():
    with pytest.raises(UndecodableInput, match="private use"):
        read_source(ARTICLE.encode("utf-8").decode("utf-16-le", "ignore"))


def test_a_last_character_cut_short_is_forgiven():
    for enc in ("utf-8", "utf-16", "utf-8-sig"):
        data = ARTICLE.strip().encode(enc)
        assert decode_bytes(data[:-1])[0] == ARTICLE.strip()[:-1]


# ---- one byte limit, checked before the input is read whole -----------------------------------------------
def test_the_limit_holds_for_bytes_str_and_paths(tmp_path, monkeypatch):
    big = "湘江实验室揭牌成立。" * 70_000  # 2.1 MB of UTF-8
    p = tmp_path / "big.txt"
    p.write_text(big, encoding="utf-8")
    for src in (big.encode("utf-8"), big, p, str(p)):
        with pytest.raises(TooLarge, match="at most 2,000,000 bytes"):
            read_source(src)
    monkeypatch.setenv("SUMMARIZER_MAX_BYTES", "3000000")
    assert read_source(p)[0] == big
    set_max_bytes(100)
    try:
        with pytest.raises(TooLarge, match="at most 100 bytes"):
            read_source(TEXT * 2)
    finally:
        set_max_bytes(None)
    monkeypatch.setenv("SUMMARIZER_MAX_BYTES", "lots")
    with pytest.raises(ConfigError, match="SUMMARIZER_MAX_BYTES"):
        read_source(TEXT)


def test_a_stream_is_read_no_further_than_the_limit():
    class Endless(io.RawIOBase):
        served = 0

        def readinto(self, b):
            self.served += len(b)
            b[:] = b"x" * len(b)
            return len(b)

    stream = Endless()
    with pytest.raises(TooLarge):
        read_limited(stream, "standard input", 1000)
    assert stream.served <= 1001


def test_pipes_and_devices_are_read_not_called_missing(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_bytes(TEXT.encode("gb18030")))
    writer.start()
    assert read_source(fifo)[0] == TEXT
    writer.join()
    with pytest.raises(TooLarge):
        read_source(Path("/dev/zero"))
    with pytest.raises(EmptyInput):
        read_source(Path("/dev/null"))
    with pytest.raises(InputError, match="is a directory"):
        read_source(tmp_path)


def test_a_file_that_cannot_be_read_is_an_input_error(tmp_path, monkeypatch):
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")

    def denied(self, *a, **k):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", denied)
    with pytest.raises(InputError, match="cannot read .*Permission denied"):
        read_source(p)
