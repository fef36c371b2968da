"""Field words learned from the knowledge base's parallel names (data/kb/learned_terms.tsv): the name grammar uses
them below every hand-written word and knowledge-base row, running text never does, and the learner script
rebuilds the committed file."""
from __future__ import annotations

import importlib.util

import pytest

from summarizer.eval.names_holdout import half_of, rows
from summarizer.translate.glossary import GlossaryTranslator, jieba_words
from summarizer.translate.knowledge import KB_DIR, LEARNED_FILE, LearnedTerm, learned_terms


@pytest.fixture(scope="module")
def tr():
    return GlossaryTranslator(segmenter=jieba_words)


def _without(tr: GlossaryTranslator) -> GlossaryTranslator:
    bare = GlossaryTranslator(segmenter=jieba_words)
    bare.learned = {}
    return bare


def test_the_shipped_lexicon_names_a_company_by_its_field_words(tr):
    assert learned_terms()["矿机"].en == "Mining Machinery"
    # 矿机, 药业 right after the place are no brand to say in pinyin: the lexicon knows them as fields
    assert tr.translate_name("江州矿机有限公司") == "Jiangzhou Mining Machinery Co., Ltd."
    assert _without(tr).translate_name("江州矿机有限公司") == "Jiangzhou Kuangji Co., Ltd."
    assert tr.translate_name("江州药业有限公司") == "Jiangzhou Pharmaceutical Co., Ltd."
    assert tr.translate_name("湖北路桥建设集团有限公司") == "Hubei Road and Bridge Construction Group Co., Ltd."


def test_hand_written_words_and_rows_win_over_learned_ones():
    t = GlossaryTranslator(segmenter=jieba_words)
    t.learned = {"职业教育": LearnedTerm("Job Teaching"),  # a name word of name_rules.yaml (Vocational Education)
                 "光电": LearnedTerm("Light Electric"),    # a knowledge-base term (Optoelectronic)
                 "矿机": LearnedTerm("Ore Machine")}
    assert "Vocational Education" in t.translate_name("江州职业教育中心")
    assert "Optoelectronic" in t.translate_name("江州光电有限公司")
    assert t.translate_name("江州矿机有限公司") == "Jiangzhou Ore Machine Co., Ltd."


def test_a_word_companies_also_use_as_their_brand_stays_a_brand_there():
    t = GlossaryTranslator(segmenter=jieba_words)
    t.learned = {"时代": LearnedTerm("Times", pinyin=1)}  # some companies of the knowledge base say it Shidai
    assert t.translate_name("江州时代电子有限公司") == "Jiangzhou Shidai Electronic Co., Ltd."
    t.learned = {"时代": LearnedTerm("Times", pinyin=0)}  # none does: a field word (as a modifier, singular)
    assert t.translate_name("江州时代电子有限公司") == "Jiangzhou Time Electronic Co., Ltd."


def test_running_text_does_not_read_the_lexicon(tr):
    assert "Mining Machinery" not in tr.translate("江州矿机有限公司发布新品")


def test_hash_halves_are_stable_and_split_the_rows():
    assert [half_of(z) for z in ("清华大学", "北京大学", "中国科学院声学研究所")] == \
        [half_of(z) for z in ("清华大学", "北京大学", "中国科学院声学研究所")]
    a, b = rows("all", 0), rows("all", 1)
    assert a and b and not {z for z, _ in a} & {z for z, _ in b}
    assert len(a) + len(b) == len(rows("all"))


def test_the_learner_rebuilds_the_committed_file(tmp_path):
    path = KB_DIR / "rebuild" / "learn_terms.py"
    spec = importlib.util.spec_from_file_location("learn_terms", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    out = tmp_path / LEARNED_FILE
    mod.main(["--out", str(out)])
    assert out.read_bytes() == (KB_DIR / LEARNED_FILE).read_bytes()
