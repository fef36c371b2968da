"""Every encoding a Chinese news page comes in decodes to the same text; non-text input is refused."""
import pytest

from summarizer.errors import BinaryInput, EmptyInput, InputNotFound, UndecodableInput
from summarizer.text.decode import decode_bytes, read_source

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
