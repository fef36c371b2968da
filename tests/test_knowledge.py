"""The knowledge base: its files load, layers override in order, aliases resolve, every file has a source."""
from __future__ import annotations

import csv
import re

import pytest

from summarizer.errors import ConfigError
from summarizer.translate.glossary_data import Glossary
from summarizer.translate.knowledge import KB_DIR, knowledge_base, load_knowledge_base


@pytest.fixture(scope="module")
def kb():
    return knowledge_base()


def _write(path, rows, header="zh\ten\tkind\taliases"):
    path.write_text(header + "\n" + "\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")


def test_every_data_file_has_a_source_line():
    sources = (KB_DIR / "SOURCES.md").read_text(encoding="utf-8")
    named = set(re.findall(r"^## (\S+)", sources, re.M))
    files = {p.name for p in KB_DIR.iterdir() if p.is_file() and p.name != "SOURCES.md"}
    assert files, "no data files in the KB folder"
    assert files <= named, f"data files without a section in SOURCES.md: {sorted(files - named)}"
    for name in files:  # each section names a public origin: a repository, a package or a URL
        section = sources.split(f"## {name}", 1)[1].split("\n## ", 1)[0]
        assert re.search(r"github\.com/|https?://|package", section), f"{name}: no source named"
        assert re.search(r"[Ll]icen[cs]e", section), f"{name}: no licence recorded"


def test_data_files_are_well_formed_tsv():
    for p in KB_DIR.glob("*.tsv"):
        with p.open(encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
        width = len(rows[0])
        for n, row in enumerate(rows[1:], 2):
            assert len(row) == width, f"{p.name}:{n}: {len(row)} columns, header has {width}"
            assert row[0] and row[1], f"{p.name}:{n}: empty key or English"
            assert all(c == c.strip() for c in row), f"{p.name}:{n}: a field has surrounding spaces"
            assert not re.search(r"[\u4e00-\u9fff]", row[2 if p.name == "place_abbrev.tsv" else 1]), \
                f"{p.name}:{n}: Chinese in the English column"


def test_organisations_and_terms(kb):
    assert kb.org("兴业银行").en == "Industrial Bank"                      # listed company, short name
    assert kb.org("兴业银行股份有限公司").en == "Industrial Bank Co., Ltd."   # its registered name
    assert kb.org("成功大学").en == "National Cheng Kung University"      # alias of 国立成功大学
    assert kb.org("中国地质大学").en == "China University of Geosciences"  # campus-less form
    assert kb.term("绝对误差") == "absolute error"
    assert kb.org("绝对误差") is None and kb.term("兴业银行") is None      # kinds do not leak


def test_places_and_abbreviations(kb):
    assert kb.place("来宾市") == "Laibin"
    assert kb.place("来宾") == "Laibin"          # short form as alias
    assert kb.place("长治") == "Changzhi"        # polyphone read as the place name reads it
    assert kb.place("呼和浩特市") == "Hohhot"      # established exonym
    info = kb.place_info("来宾")
    assert info is not None and info.level == "prefecture" and info.parent == "广西壮族自治区"
    assert kb.place_abbrev("甬") == "Ningbo"
    assert kb.place_abbrev("鲁") == "Shandong"
    assert kb.place_abbrev("蓉") == "Chengdu"
    assert kb.place_abbrev("x") is None
    # an everyday word is not made a place through a county's short form
    assert kb.place("通道") is None
    assert kb.place("通道侗族自治县") == "Tongdao"


def test_layers_override_in_order(tmp_path):
    kb_dir = tmp_path / "kb"
    kb_dir.mkdir()
    _write(kb_dir / "orgs.tsv", [("甲乙研究院", "KB Institute", "org", "甲乙院"),
                                 ("丙丁股份有限公司", "Bingding Co., Ltd.", "org", "")])
    _write(kb_dir / "terms.tsv", [("氮化硅", "silicon nitride", "term", "")])
    builtin = Glossary()
    builtin.add("甲乙研究院", "Builtin Institute", "org")
    user = Glossary()
    user.add("氮化硅", "Si3N4", "term")
    base = load_knowledge_base(kb_dir, builtin=builtin)
    assert base.org("甲乙研究院").en == "Builtin Institute"       # built-in glossary over KB
    assert base.layer_of("甲乙研究院") == "builtin"
    assert base.org("甲乙院").en == "KB Institute"                 # KB alias, the built-in has no such key
    assert base.term("氮化硅") == "silicon nitride"
    assert base.org("丙丁").en == "Bingding Co., Ltd."            # derived: legal form dropped
    assert base.layer_of("丙丁") == "derived"
    top = base.with_user(user)
    assert top.term("氮化硅") == "Si3N4" and top.layer_of("氮化硅") == "user"   # user over everything
    assert base.term("氮化硅") == "silicon nitride"                # the base KB is unchanged
    assert base.org("氮化硅") is None                               # kind filter


def test_matching_inside_longer_names(tmp_path):
    kb_dir = tmp_path / "kb"
    kb_dir.mkdir()
    _write(kb_dir / "terms.tsv", [("氮化硅", "silicon nitride", "term", ""), ("氮化", "nitriding", "term", ""),
                                  ("陶瓷", "ceramics", "term", "")])
    kb = load_knowledge_base(kb_dir, builtin=Glossary())
    hit = kb.longest_prefix("氮化硅陶瓷基板")
    assert hit and hit.key == "氮化硅" and hit.entry.en == "silicon nitride" and (hit.start, hit.end) == (0, 3)
    suf = kb.longest_suffix("高性能陶瓷")
    assert suf and suf.key == "陶瓷" and suf.start == 3
    assert [h.key for h in kb.find_all("新型氮化硅陶瓷与氮化工艺")] == ["氮化硅", "陶瓷", "氮化"]
    assert kb.longest_prefix("无关文字") is None


def test_bad_file_is_a_config_error(tmp_path):
    kb_dir = tmp_path / "kb"
    kb_dir.mkdir()
    (kb_dir / "terms.tsv").write_text("zh\ten\n只有中文\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="terms.tsv:2"):
        load_knowledge_base(kb_dir, builtin=Glossary())


def test_loads_once_with_every_layer():
    """The knowledge base loads once per process (its speed is the benchmark's business, not a unit test's)."""
    kb = knowledge_base()
    assert knowledge_base() is kb and len(kb) > 20000


def test_a_contradictory_abbreviation_names_no_body():
    # CC-CEDICT gives 中科院 as "abbr. for 中国社会科学院, Chinese Academy of Sciences": the KB files alone (no
    # glossary) must not make it the Academy of Social Sciences
    kb_only = load_knowledge_base(builtin=Glossary())
    e = kb_only.lookup("中科院")
    assert e is None or "Social" not in e.en


def test_a_new_area_named_with_its_city_reads_as_two_names(kb):
    assert kb.place("沧州渤海新区") == "Cangzhou Bohai"


def test_taiwan_and_hong_kong_places_keep_their_established_english(kb):
    # from CC-CEDICT's place senses: a Taiwan city keeps its established spelling, a Hong Kong district its own
    assert kb.place("新竹") == "Hsinchu" and kb.place("高雄") == "Kaohsiung"
    assert kb.place("荃湾") == "Tsuen Wan"
    assert kb.place("中和") != "Zhonghe"  # an everyday word ("to neutralize") is no place key


def test_an_academy_institute_under_the_academys_short_form(kb, tmp_path):
    # news writes 中科院上海硅酸盐研究所 for 中国科学院上海硅酸盐研究所: the KB derives the academy's short form
    e = kb.org("中科院上海硅酸盐研究所")
    assert e is not None and e.en == "Shanghai Institute of Ceramics, Chinese Academy of Sciences"
    kb_dir = tmp_path / "kb"
    kb_dir.mkdir()
    _write(kb_dir / "orgs.tsv", [("中国农业科学院作物科学研究所", "Institute of Crop Sciences, CAAS", "org", "")])
    small = load_knowledge_base(kb_dir, builtin=Glossary())
    for short in ("中国农科院作物科学研究所", "中国农科院作物科学所"):
        assert small.org(short).en == "Institute of Crop Sciences, CAAS" and small.layer_of(short) == "derived"
    assert small.org("中国农科院") is None  # the academy alone is not the institute


def test_chinese_companies_by_the_english_cc_cedict_gives_them(kb):
    assert kb.org("哔哩哔哩").en == "Bilibili" and kb.org("大疆").en == "DJI"
    assert kb.org("国泰航空").en == "Cathay Pacific"
    assert kb.org("中国海洋石油总公司").en == "CNOOC"  # an acronym as CC-CEDICT writes it, not "Cnooc"
    orgs = {line.split("\t", 1)[0] for line in (KB_DIR / "orgs.tsv").read_text(encoding="utf-8").splitlines()}
    assert "小米" not in orgs  # CC-CEDICT's Xiaomi is millet too: an everyday word is no company key


def test_research_organisations_by_the_english_ror_gives_them(kb):
    # a state key laboratory and an academy's institute by ROR's English; the institute names its academy, as its
    # Chinese does, and resolves under the academy's short form too
    assert kb.org("波谱与原子分子物理国家重点实验室").en == \
        "State Key Laboratory of Spectroscopy and Atomic and Molecular Physics"
    cotton = "Cotton Research Institute, Chinese Academy of Agricultural Sciences"
    assert kb.org("中国农业科学院棉花研究所").en == cotton and kb.org("中国农科院棉花所").en == cotton
    assert kb.org("滇池学院").en == "Dianchi College"  # ROR writes it 滇池學院: the key is simplified
    assert kb.org("石药集团").en == "CSPC Pharmaceutical Group"  # a company without ROR's "(China)"
    # left out: a short hospital name many hospitals share, a local government's department
    assert kb.org("仁济医院") is None and kb.org("南京市科技局") is None


def test_hong_kong_bodies_by_their_wikipedia_titles(kb):
    # Cantonese Wikipedia's titles linked to English ones: Hong Kong's public bodies keep their own English
    assert kb.org("香港天文台").en == "Hong Kong Observatory" and kb.org("香港赛马会").en == "Hong Kong Jockey Club"
    assert kb.org("土地注册处").en == "Land Registry"  # Wikipedia's "(Hong Kong)" disambiguator dropped
    assert kb.org("航空公司") is None and kb.org("科技大学") is None  # a kind of body is nobody's name
