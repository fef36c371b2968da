"""The public API, the JSON schema round trip, rendering and the CLI."""
import json
import subprocess
import sys

import pytest
from conftest import FIXTURES

import summarizer
from summarizer.schema import Brief

CLI = [sys.executable, "-m", "summarizer.cli"]


def test_brief_accepts_path_text_and_bytes():
    p = FIXTURES / "one_platform.txt"
    a = summarizer.brief(p)
    b = summarizer.brief(p.read_text(encoding="utf-8"))
    c = summarizer.brief(p.read_bytes())
    assert a.platforms == b.platforms == c.platforms
    assert a.id == "one_platform" and b.id == c.id != ""


def test_json_round_trip(engine):
    b = engine.brief(FIXTURES / "four_platforms.txt")
    again = Brief.from_json(b.to_json())
    assert again == b
    data = json.loads(b.to_json())
    assert set(data) == {"schema_version", "id", "title", "summary", "platforms", "text", "meta"}
    assert set(data["platforms"][0]) == {"name", "goal", "scale", "partners"}


def test_schema_rejects_unknown_fields(engine):
    data = json.loads(engine.brief(FIXTURES / "one_platform.txt").to_json())
    data["platforms"][0]["nmae"] = {}
    with pytest.raises(Exception):
        Brief.model_validate(data)


def test_every_field_has_english_or_a_warning_says_why(engine):
    """The embedded engine writes running text only where its grammar can: a goal or figure it cannot put
    into English is left out, and a warning says so."""
    b = engine.brief(FIXTURES / "four_platforms.txt")
    assert b.title.en and b.summary.en
    for p in b.platforms:
        assert p.name.en and all(x.en for x in p.partners)
        assert p.goal.en or not p.goal.zh or any("goal of " + p.name.en in w for w in b.meta.warnings)
        assert all(s.en for s in p.scale) or any("scale item" in w for w in b.meta.warnings)


def test_summary_is_short_and_covers_every_platform(engine):
    for name in ("four_platforms.txt", "chinese_numerals.txt", "traditional.txt"):
        b = engine.brief(FIXTURES / name)
        assert len(b.summary.zh) <= 220
        for p in b.platforms:
            short = p.name.zh[-6:]
            assert any(a in b.summary.zh for a in (p.name.zh, short)) or any(
                b.text[s:e] and p.name.zh in b.text[s:e] for s, e in b.summary.evidence), p.name.zh


def test_markdown_has_a_section_per_platform(engine):
    from summarizer.render import to_markdown

    b = engine.brief(FIXTURES / "four_platforms.txt")
    md = to_markdown(b)
    assert md.count("\n## ") == 1 + len(b.platforms)
    for p in b.platforms:
        assert p.name.zh in md and p.name.en in md


def run_cli(*args, input=None):
    return subprocess.run(CLI + list(args), input=input, capture_output=True, timeout=120)


def test_cli_json_is_exactly_the_schema():
    r = run_cli("brief", str(FIXTURES / "one_platform.txt"))
    assert r.returncode == 0, r.stderr.decode()
    b = Brief.from_json(r.stdout)
    assert b.platforms[0].name.zh == "宜昌城市智算中心"


def test_cli_markdown_and_stdin():
    r = run_cli("brief", "-", "--format", "md", input=(FIXTURES / "traditional.txt").read_bytes())
    assert r.returncode == 0, r.stderr.decode()
    assert "深港微电子联合研究中心" in r.stdout.decode()


def test_cli_user_glossary(tmp_path):
    g = tmp_path / "g.tsv"
    g.write_text("宜昌城市智算中心\tYichang Urban AI Computing Center\n", encoding="utf-8")
    r = run_cli("brief", str(FIXTURES / "one_platform.txt"), "--glossary", str(g))
    assert Brief.from_json(r.stdout).platforms[0].name.en == "Yichang Urban AI Computing Center"


@pytest.mark.parametrize("make,expect", [
    (lambda d: str(d / "missing.txt"), "no such file"),
    (lambda d: (d / "empty.txt").write_bytes(b"") and str(d / "empty.txt") or str(d / "empty.txt"), "empty"),
    (lambda d: (d / "blank.txt").write_bytes(b"  \n \n") and str(d / "blank.txt") or str(d / "blank.txt"), "whitespace"),
    (lambda d: (d / "img.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200)) and str(d / "img.txt") or str(d / "img.txt"), "PNG"),
    (lambda d: (d / "bin.txt").write_bytes(bytes(range(256)) * 8) and str(d / "bin.txt") or str(d / "bin.txt"), ""),
])
def test_cli_bad_input_is_one_clear_line(tmp_path, make, expect):
    r = run_cli("brief", make(tmp_path))
    err = r.stderr.decode().strip()
    assert r.returncode == 2
    assert err.startswith("error: ") and "\n" not in err and "Traceback" not in err
    assert expect in err
    assert r.stdout == b""


def test_cli_empty_stdin():
    r = run_cli("brief", "-", input=b"")
    assert r.returncode == 2 and b"empty" in r.stderr


def test_a_photo_caption_in_the_text_is_not_summarised(engine):
    text = ("江州传感器创新中心揭牌\n6月3日,江州传感器创新中心在江州高新区揭牌。图为江州传感器创新中心揭牌仪式现场。"
            "该中心由江州大学与江州电子集团共建,总投资2亿元,建筑面积1.2万平方米。\n"
            "▲江州传感器创新中心外景。\n该中心将围绕传感器芯片设计、封装测试等方向开展技术攻关,服务长三角传感器企业。")
    b = engine.brief(text)
    assert "图为" not in b.summary.zh and "▲" not in b.summary.zh
    assert "总投资2亿元" in b.summary.zh


def test_a_question_in_the_text_is_not_summarised(engine):
    text = ("江州传感器创新中心揭牌\n6月3日,江州传感器创新中心在江州高新区揭牌。"
            "该中心由江州大学与江州电子集团共建,总投资2亿元,建筑面积1.2万平方米。"
            "那么,江州传感器创新中心的建设目标是什么?该中心将围绕传感器芯片设计、封装测试等方向开展技术攻关。")
    b = engine.brief(text)
    assert "?" not in b.summary.zh and "？" not in b.summary.zh and "总投资2亿元" in b.summary.zh


def test_a_name_takes_the_english_the_page_prints_beside_it_not_an_acronym_alone(engine):
    text = ("江州人工智能实验室揭牌\n6月3日,江州人工智能实验室(Jiangzhou AI Lab)在江州科学园揭牌。"
            "该实验室由江州大学(JZU)与江州电子集团共建,总投资2亿元。")
    b = engine.brief(text)
    lab = next(p for p in b.platforms if p.name.zh == "江州人工智能实验室")
    assert lab.name.en == "Jiangzhou AI Lab"
    assert all(x.en != "JZU" for x in lab.partners)
