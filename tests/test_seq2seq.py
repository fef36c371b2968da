"""The seq2seq engine without a hub: models built here (sentencepiece trained on fixture text, random-init
Marian and T5), and a tiny Marian trained on pairs written for this test, loaded through the public API
and the CLI, on Transformers and on CTranslate2. The session's network guard (conftest) refuses and
records any connection or name lookup."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

pytest.importorskip("transformers")
pytest.importorskip("sentencepiece")

from click.testing import CliRunner  # noqa: E402

from conftest import FIXTURES, NETWORK_ATTEMPTS  # noqa: E402
from summarizer.cli import main  # noqa: E402
from summarizer.errors import SummarizerError  # noqa: E402
from summarizer.generation.weights import ModelNotFound, resolve  # noqa: E402
from summarizer.translate import GlossaryTranslator  # noqa: E402
from summarizer.translate.seq2seq import Seq2SeqTranslator, is_loop  # noqa: E402

# Written for this test: names, phrases and sentences of regional S&T news, and sentences with
# placeholders (spaced, as the translator sends them), so that the model learns to carry a protected name.
PAIRS = [
    ("人工智能", "artificial intelligence"), ("算力中心", "computing center"), ("产业园", "industrial park"),
    ("研究院", "research institute"), ("新材料", "new materials"), ("智能制造", "intelligent manufacturing"),
    ("生物医药", "biomedicine"), ("项目正式启动。", "The project was officially launched."),
    ("平台已投入运营。", "The platform is in operation."),
    ("Z1 与 Z2 签署合作协议。", "Z1 and Z2 signed a cooperation agreement."), ("Z1 位于 Z2。", "Z1 is located in Z2."),
    ("总投资5亿元。", "The total investment is 500 million yuan."),
    ("首期建设面积3万平方米。", "The first phase covers 30,000 square meters."),
    ("预计明年建成。", "It is expected to be completed next year."),
    ("双方将共建联合实验室。", "The two sides will build a joint laboratory."),
    ("培养高端人才。", "Train high-end talent."), ("推动成果转化。", "Promote the transfer of research results."),
    ("服务地方产业。", "Serve local industries."), ("聚焦关键技术攻关。", "Focus on key technology breakthroughs."),
    ("Z1 将重点发展储能技术。", "Z1 will focus on energy storage technology."),
    ("团队共有50名科研人员。", "The team has 50 researchers."), ("会议在线上举行。", "The meeting was held online."),
    ("该中心算力达到1024P。", "The center's computing power reaches 1024P."),
    ("园区已入驻企业80家。", "80 companies have moved into the park."),
    ("今年将新增就业岗位2000个。", "2,000 new jobs will be created this year."),
    ("实验室设有三个研究部。", "The laboratory has three research departments."),
    ("Z1 牵头组建创新联合体。", "Z1 leads an innovation consortium."),
    ("数据中心采用液冷技术。", "The data center uses liquid cooling."),
]


def _corpus() -> list[str]:
    lines = [z for z, _ in PAIRS]
    for p in sorted(FIXTURES.glob("*.txt")):
        lines += [x for x in p.read_text(encoding="utf-8").splitlines() if x.strip()]
    return lines


@pytest.fixture(scope="session")
def models(tmp_path_factory) -> dict[str, Path]:
    from summarizer.generation.weights import convert
    from summarizer.generation.tiny import build_marian, build_t5, train_marian

    root = tmp_path_factory.mktemp("models")
    en = [e for _, e in PAIRS] * 4
    zh = _corpus()
    out = {"marian": build_marian(root / "marian-random", zh, en, spm_vocab=400),
           "t5": build_t5(root / "t5-random", zh + en, spm_vocab=500)}
    trained = build_marian(root / "marian-trained", [z for z, _ in PAIRS] * 4, en, d_model=64, layers=2, heads=4,
                           ffn=128, spm_vocab=300)
    train_marian(trained, PAIRS, steps=1500)
    out["trained"] = trained
    out["trained-ct2"] = convert(trained, root / "marian-trained-ct2", quantization=None)
    return out


@pytest.fixture(scope="session")
def glossary() -> GlossaryTranslator:
    return GlossaryTranslator()


def _translator(path, glossary, **kw) -> Seq2SeqTranslator:
    from summarizer.generation.backends import load_generator

    return Seq2SeqTranslator(load_generator(str(path), device="cpu"), glossary, **kw)


# ---- models: offline resolution and the message when one is missing ------------------------------------
def test_unknown_model_is_one_clear_message_and_no_network(tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_MODELS", str(tmp_path))
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    before = len(NETWORK_ATTEMPTS)
    with pytest.raises(ModelNotFound) as e:
        resolve("some-org/no-such-model")
    msg = str(e.value)
    assert "some-org/no-such-model" in msg and "summarizer models pull" in msg and "--engine embedded" in msg
    assert len(NETWORK_ATTEMPTS) == before, NETWORK_ATTEMPTS[before:]


def test_cli_missing_default_translator_exits_cleanly(tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_MODELS", str(tmp_path))
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    art = next(FIXTURES.glob("*.txt"))
    r = CliRunner().invoke(main, ["brief", str(art), "--engine", "seq2seq"])
    assert r.exit_code == 2
    assert "Helsinki-NLP/opus-mt-zh-en" in r.output and "is not on this machine" in r.output
    assert "Traceback" not in r.output
    r = CliRunner().invoke(main, ["brief", str(art), "--model", str(tmp_path)])
    assert r.exit_code == 2 and "--engine seq2seq" in r.output


def test_a_directory_that_is_not_a_model_is_refused(tmp_path):
    with pytest.raises(ModelNotFound, match="no config.json"):
        resolve(tmp_path)


def test_models_list_shows_what_is_present(models, tmp_path, monkeypatch):
    import shutil

    monkeypatch.setenv("SUMMARIZER_MODELS", str(tmp_path))
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    shutil.copytree(models["trained-ct2"], tmp_path / "my-marian-ct2")
    r = CliRunner().invoke(main, ["models", "list", "--json"])
    assert r.exit_code == 0, r.output
    rows = {x["id"]: x for x in json.loads(r.stdout)}
    assert rows["Helsinki-NLP/opus-mt-zh-en"]["present"] is False
    assert rows["my-marian-ct2"]["present"] and rows["my-marian-ct2"]["note"] == "ctranslate2"
    # A model under SUMMARIZER_MODELS is found by its name, as if it were a hub id.
    assert resolve("my-marian-ct2") == tmp_path / "my-marian-ct2"


# ---- random-weight models through the public API ---------------------------------------------------
def test_random_marian_and_t5_load_and_generate_in_order(models):
    from summarizer.generation.backends import load_generator

    for name in ("marian", "t5"):
        gen = load_generator(str(models[name]), device="cpu")
        assert gen.name == "hf" and gen.model_type == ("marian" if name == "marian" else "t5")
        texts = [f"项目总投资{i}亿元，建设面积{i}万平方米。" * (1 + i % 3) for i in range(5)]
        outs = gen.generate(texts, max_new_tokens=6)
        assert len(outs) == 5 and all(isinstance(o, str) for o in outs)
        # Batched and one-by-one greedy decoding agree: outputs are not shuffled by length sorting.
        assert outs == [gen.generate([t], max_new_tokens=6)[0] for t in texts]


def test_seq2seq_engine_end_to_end_with_local_models(models):
    from summarizer import Brief

    art = FIXTURES / "alliance.txt"
    r = CliRunner().invoke(main, ["brief", str(art), "--engine", "seq2seq", "--model", str(models["t5"]),
                                  "--translator-model", str(models["trained"]), "--device", "cpu"])
    assert r.exit_code == 0, r.output
    b = Brief.from_json(r.stdout)
    assert b.meta.engine == "seq2seq"
    assert b.meta.models["summarizer"].startswith("hf:") and b.meta.models["translator"].startswith("hf:")
    assert b.platforms and b.summary.zh and b.summary.en
    for p in b.platforms:
        assert p.name.en and b.span_text(p.name.evidence[0]) == p.name.zh
        assert all(s.en for s in p.scale)
    for a, z in [e for p in b.platforms for e in p.goal.evidence] + b.summary.evidence:
        assert 0 <= a < z <= len(b.text)
    # A translation model alone as --model: it translates, the summary stays extractive.
    r = CliRunner().invoke(main, ["brief", str(art), "--engine", "seq2seq", "--model", str(models["trained-ct2"]),
                                  "--format", "md"])
    assert r.exit_code == 0, r.output
    assert "陕西工业软件产教融合创新联盟" in r.stdout


# ---- a trained tiny Marian: real translations, hf and ct2 identical ---------------------------------
def test_trained_marian_translates_its_pairs_on_hf_and_ct2(models, glossary):
    zh = [z for z, _ in PAIRS if "Z1" not in z]
    want = [e for z, e in PAIRS if "Z1" not in z]
    hf = _translator(models["trained"], glossary)
    ct2 = _translator(models["trained-ct2"], glossary)
    assert hf.gen.name == "hf" and ct2.gen.name == "ct2"
    got_hf, got_ct2 = hf.translate_batch(zh), ct2.translate_batch(zh)
    assert got_hf == got_ct2  # greedy decoding: the same tokens on both runtimes
    assert sum(a == b for a, b in zip(got_hf, want)) >= len(want) - 1, list(zip(got_hf, want))


def test_cli_convert_int8_keeps_translations(models, glossary, tmp_path):
    out = tmp_path / "int8"
    r = CliRunner().invoke(main, ["models", "convert", str(models["trained"]), str(out), "--quantization", "int8"])
    assert r.exit_code == 0, r.output
    assert (out / "model.bin").is_file() and (out / "summarizer.json").is_file()
    tr = _translator(out, glossary)
    assert tr.gen.name == "ct2"
    zh = ["项目正式启动。", "培养高端人才。", "会议在线上举行。"]
    assert tr.translate_batch(zh) == _translator(models["trained"], glossary).translate_batch(zh)
    r = CliRunner().invoke(main, ["models", "convert", str(models["trained"]), str(out)])
    assert r.exit_code == 2 and "--force" in r.output


def test_names_are_protected_and_restored_through_the_model(models, glossary):
    tr = _translator(models["trained"], glossary)
    names = {"湘江实验室": "Xiangjiang Laboratory", "长沙": "Changsha"}
    assert tr.translate("湘江实验室位于长沙。", names) == "Xiangjiang Laboratory is located in Changsha."
    assert tr.translate("湘江实验室将重点发展储能技术。", names) == "Xiangjiang Laboratory will focus on energy storage technology."


def test_order_is_kept_across_batches_and_repeats_are_cached(models, glossary):
    zh = [z for z, _ in PAIRS if "Z1" not in z]
    one_by_one = _translator(models["trained"], glossary)
    ref = {z: one_by_one.translate(z) for z in zh}
    tr = _translator(models["trained"], glossary)
    tr.gen.batch_size = 4  # many length-sorted batches out of few inputs
    mixed = zh[::-1] + zh[::2]
    assert tr.translate_batch(mixed) == [ref[z] for z in mixed]
    assert tr.stats["generated"] == len(zh)  # each distinct sentence once
    assert tr.translate_batch(mixed) == [ref[z] for z in mixed]
    assert tr.stats["generated"] == len(zh) and tr.stats["cache_hits"] == len(mixed)


def test_disk_cache_serves_a_new_process(models, glossary, tmp_path):
    db = str(tmp_path / "cache.sqlite")
    first = _translator(models["trained"], glossary, cache_path=db)
    out = first.translate_batch(["项目正式启动。", "预计明年建成。"])
    second = _translator(models["trained"], glossary, cache_path=db)
    assert second.translate_batch(["项目正式启动。", "预计明年建成。"]) == out
    assert second.stats["generated"] == 0 and second.stats["cache_hits"] == 2


# ---- checks and repairs, with generators that misbehave on purpose -----------------------------------
class FakeGen:
    """A Generator whose outputs a test scripts: `fn(text, beam)` → output."""

    name, model, model_type, max_input_tokens, quantize = "fake", "fake", "marian", 64, ""

    def __init__(self, fn) -> None:
        self.fn, self.calls = fn, []

    def count_tokens(self, texts):
        return [len(t) for t in texts]  # one token a character: easy to reason about

    def generate(self, texts, *, beam=1, no_repeat_ngram=0, max_new_tokens=None, min_new_tokens=0):
        self.calls.append((list(texts), beam))
        return [self.fn(t, beam) for t in texts]


def test_mangled_placeholders_are_restored(glossary):
    def mangle(t, beam):
        return {"Z1 与 Z2 签署合作协议。": "( z 1 ) and Z-2 signed an agreement.",
                "Z1 位于 Z2。": "z1 is in Ｚ２."}[t]

    tr = Seq2SeqTranslator(FakeGen(mangle), glossary)
    names = {"湘江实验室": "Xiangjiang Laboratory", "华为": "Huawei", "长沙": "Changsha"}
    assert tr.translate("湘江实验室与华为签署合作协议。", names) == "Xiangjiang Laboratory and Huawei signed an agreement."
    assert tr.translate("湘江实验室位于长沙。", names) == "Xiangjiang Laboratory is in Changsha."
    assert not tr.pop_warnings()


def test_placeholders_next_to_figures_and_letters(glossary):
    def model(t, beam):
        return {"Z1 发布5G芯片。": "Z1 released a 5G chip.", "Z1 2024年营收增长。": "Z1's revenue grew in 2024."}[t]

    tr = Seq2SeqTranslator(FakeGen(model), glossary)
    names = {"华为": "Huawei", "湘江实验室": "Xiangjiang Laboratory"}
    assert tr.translate("华为发布5G芯片。", names) == "Huawei released a 5G chip."
    assert tr.translate("湘江实验室2024年营收增长。", names) == "Xiangjiang Laboratory's revenue grew in 2024."
    assert tr.translate("湘江实验室。", names) == "Xiangjiang Laboratory."  # nothing for the model: punctuation in English


def test_brackets_of_the_source_stay_and_the_models_own_go(glossary):
    tr = Seq2SeqTranslator(FakeGen(lambda t, beam: {"该中心（Z1）已投入运营。": "The center (Z1) is in operation.",
                                                   "Z1 已投入运营。": "(Z1) is in operation."}[t]), glossary)
    names = {"湘江实验室": "Xiangjiang Laboratory"}
    assert tr.translate("该中心（湘江实验室）已投入运营。", names) == "The center (Xiangjiang Laboratory) is in operation."
    assert tr.translate("湘江实验室已投入运营。", names) == "Xiangjiang Laboratory is in operation."


def test_a_failed_model_call_is_not_cached(models, glossary, tmp_path):
    db = str(tmp_path / "cache.sqlite")
    fails = Seq2SeqTranslator(FakeGen(lambda t, beam: 1 / 0), glossary, cache_path=db)
    fails._fingerprint = lambda: "same"  # noqa: E731 (the two generators stand for one model)
    stand_in = fails.translate("项目正式启动。")
    assert any("model failed" in w for w in fails.pop_warnings())
    works = Seq2SeqTranslator(FakeGen(lambda t, beam: "The project has officially started."), glossary, cache_path=db)
    assert works.translate("项目正式启动。") == "The project has officially started." != stand_in
    # The failure left nothing behind: the first translator now reads the good one from the shared cache.
    assert fails.translate("项目正式启动。") == "The project has officially started."


def test_a_loop_is_retried_with_beam_search(glossary):
    gen = FakeGen(lambda t, beam: "the the the the the the" if beam == 1 else "The project was launched.")
    tr = Seq2SeqTranslator(gen, glossary)
    assert tr.translate("项目正式启动。") == "The project was launched."
    assert [b for _, b in gen.calls] == [1, 4]
    assert any("re-translated" in w for w in tr.pop_warnings())


def test_a_persistent_loop_falls_back_to_the_glossary(glossary):
    tr = Seq2SeqTranslator(FakeGen(lambda t, beam: "of the city of the city of the city of the city"), glossary)
    out = tr.translate("项目总投资5亿元。")
    assert "500 million yuan" in out and "of the city" not in out
    assert any("looped" in w for w in tr.pop_warnings())
    assert tr.pop_warnings() == []  # popped once


def test_dropped_content_is_caught(glossary):
    tr = Seq2SeqTranslator(FakeGen(lambda t, beam: "The park."), glossary)
    out = tr.translate("园区已入驻企业80家，今年将新增就业岗位2000个，预计明年全面建成投用。")
    assert "80" in out and ("2,000" in out or "2000" in out)
    assert any("lost content" in w for w in tr.pop_warnings())


def test_a_lost_name_falls_back_and_keeps_the_name(glossary):
    tr = Seq2SeqTranslator(FakeGen(lambda t, beam: "The laboratory is in the city."), glossary)
    out = tr.translate("湘江实验室位于长沙。", {"湘江实验室": "Xiangjiang Laboratory", "长沙": "Changsha"})
    assert "Xiangjiang Laboratory" in out and "Changsha" in out
    assert any("protected name" in w for w in tr.pop_warnings())


def test_chinese_left_in_the_english_is_glossed(glossary):
    tr = Seq2SeqTranslator(FakeGen(lambda t, beam: "The 新材料 park opened."), glossary)
    out = tr.translate("新材料产业园开园。")
    assert not re.search(r"[\u4e00-\u9fff]", out) and "new material" in out.lower()
    assert any("kept Chinese" in w for w in tr.pop_warnings())


def test_long_sentences_are_split_at_clauses_under_the_limit(glossary):
    gen = FakeGen(lambda t, beam: "x " * max(1, len(t)))
    tr = Seq2SeqTranslator(gen, glossary, max_tokens=30)
    sent = "，".join(f"这是第{i}个比较长的分句用来测试切分" for i in range(6)) + "。"
    tr.translate(sent)
    sent_inputs = gen.calls[0][0]
    assert len(sent_inputs) > 1 and all(len(t) <= 30 for t in sent_inputs)
    assert "".join(sent_inputs) == sent  # nothing lost or repeated at the cuts


def test_sentences_are_translated_one_by_one_and_joined(glossary):
    gen = FakeGen(lambda t, beam: {"项目正式启动。": "The project was launched.",
                                   "平台已投入运营。": "The platform is in operation."}.get(t, "?"))
    tr = Seq2SeqTranslator(gen, glossary)
    assert tr.translate("项目正式启动。平台已投入运营。\n项目正式启动。") == \
        "The project was launched. The platform is in operation.\nThe project was launched."
    assert sorted(gen.calls[0][0]) == ["平台已投入运营。", "项目正式启动。"]  # the repeat went once


def test_loop_detector():
    assert is_loop("the the the the")
    assert is_loop("in the park in the park in the park")
    assert is_loop("华华华华")
    assert not is_loop("The 3 centers, 4 institutes and 5 labs opened in 2024, 2025 and 2026.")
    assert not is_loop("It has 1,000 mu, 2,000 mu, 3,000 mu and 4,000 mu of land.")


def test_condensed_text_checks():
    from summarizer.condense import acceptable

    src = "湘江实验室由湖南省政府组建，聚焦先进计算与人工智能，已引进团队30个。"
    assert acceptable("湘江实验室聚焦先进计算与人工智能。", src) is None
    assert acceptable("The lab.", src) == "too short or not Chinese"
    assert acceptable("实验室实验室实验室实验室", src) == "a repetition loop"
    assert acceptable(src + src, src) == "longer than what it condenses"
    assert acceptable("园区占地10000平方米，投资1000000元。", "园区占地10000平方米，总投资1000000元，已入驻企业80家。") is None


# ---- archives -------------------------------------------------------------------------------------
def test_translate_archive_with_a_ct2_model(models, tmp_path):
    src = tmp_path / "in.jsonl"
    recs = [{"id": "a", "text": "项目正式启动。平台已投入运营。"}, {"id": "b", "text": "会议在线上举行。"},
            {"id": "c", "text": "项目正式启动。"}]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs), encoding="utf-8")
    out = tmp_path / "run"
    r = CliRunner().invoke(main, ["translate", str(src), "--out", str(out), "--translator", "seq2seq",
                                  "--translator-model", str(models["trained-ct2"]), "--no-progress"])
    assert r.exit_code == 0, r.output
    lines = {json.loads(x)["id"]: json.loads(x) for x in (out / "translations.jsonl").read_text(encoding="utf-8").splitlines()}
    assert set(lines) == {"a", "b", "c"}
    assert lines["b"]["en"] == "The meeting was held online."
    assert lines["a"]["sentences"][0]["en"] == lines["c"]["sentences"][0]["en"] == "The project was officially launched."
    assert lines["a"]["meta"]["translator"].startswith("ct2:")
    assert (out / "translation_cache.sqlite").is_file()
    # Resuming with another model is refused: the run directory belongs to its job.
    r = CliRunner().invoke(main, ["translate", str(src), "--out", str(out), "--translator", "seq2seq",
                                  "--translator-model", str(models["trained"]), "--no-progress"])
    assert r.exit_code == 2 and "another job" in r.output


def test_bad_device_and_quantize_are_clear_errors(models):
    from summarizer.generation.backends import load_generator

    with pytest.raises(SummarizerError, match="--device"):
        load_generator(str(models["trained"]), device="tpu")
    with pytest.raises(SummarizerError, match="is a CTranslate2 model"):
        load_generator(str(models["trained-ct2"]), backend="hf")
    with pytest.raises(SummarizerError, match="is not a CTranslate2 model"):
        load_generator(str(models["trained"]), backend="ct2")


def test_m2m100_gets_its_language_codes_on_both_runtimes(tmp_path):
    from summarizer.generation.backends import load_generator
    from summarizer.generation.weights import convert
    from summarizer.generation.tiny import build_m2m100

    d = build_m2m100(tmp_path / "m2m", _corpus() + [e for _, e in PAIRS])
    hf = load_generator(str(d), device="cpu")
    assert hf.family == "m2m_100" and hf.tok.src_lang == "zh"
    assert hf.tok.convert_ids_to_tokens(hf.tok("项目")["input_ids"])[0] == "__zh__"  # source language first
    assert hf._gen_kwargs["forced_bos_token_id"] == hf.tok.convert_tokens_to_ids("__en__")
    enc = hf.tok(["项目正式启动。"], return_tensors="pt")
    ids = hf.net.generate(**enc, max_new_tokens=3, **hf._gen_kwargs)[0].tolist()
    assert ids[1] == hf.tok.convert_tokens_to_ids("__en__")  # after the decoder start, the target language
    ct2 = load_generator(str(convert(d, tmp_path / "m2m-ct2", quantization=None)), device="cpu")
    assert ct2.name == "ct2" and ct2._prefix == ["__en__"]
    raw = ct2.net.translate_batch(ct2.tokens(["项目正式启动。"]), target_prefix=[["__en__"]], max_decoding_length=3)
    assert raw[0].hypotheses[0][0] == "__en__"
    texts = ["项目正式启动。", "总投资5亿元。"]
    outs = hf.generate(texts, max_new_tokens=4) + ct2.generate(texts, max_new_tokens=4)
    assert len(outs) == 4 and not any("__en__" in o or "__zh__" in o for o in outs)


def test_convert_never_overwrites_what_it_did_not_make(models, tmp_path):
    other = tmp_path / "notes"
    other.mkdir()
    (other / "keep.txt").write_text("mine", encoding="utf-8")
    r = CliRunner().invoke(main, ["models", "convert", str(models["trained"]), str(other), "--force"])
    assert r.exit_code == 2 and "refusing" in r.output and (other / "keep.txt").exists()
    r = CliRunner().invoke(main, ["models", "convert", str(models["trained"]), str(models["trained"] / "ct2"), "--force"])
    assert r.exit_code == 2 and "outside" in r.output and (models["trained"] / "config.json").exists()


def test_cuda_where_there_is_none_is_a_clear_error(models):
    import torch

    from summarizer.generation.backends import load_generator

    if torch.cuda.is_available():
        pytest.skip("this machine has CUDA")
    with pytest.raises(SummarizerError, match="no CUDA device"):
        load_generator(str(models["trained"]), device="cuda")


def test_a_model_that_fails_while_translating_falls_back_with_a_warning(glossary):
    def broken(t, beam):
        raise IndexError("index out of range in self")

    tr = Seq2SeqTranslator(FakeGen(broken), glossary)
    assert "500 million yuan" in tr.translate("总投资5亿元。")
    assert any("model failed (IndexError" in w for w in tr.pop_warnings())


@pytest.mark.parametrize("workers", [1, 2])
def test_a_model_that_will_not_load_stops_an_archive_run_cleanly(tmp_path, workers):
    broken = tmp_path / "broken-model"
    broken.mkdir()
    (broken / "config.json").write_text("{}", encoding="utf-8")  # a model directory with nothing usable in it
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "项目正式启动。"}\n', encoding="utf-8")
    out = tmp_path / "run"
    r = CliRunner().invoke(main, ["translate", str(src), "--out", str(out), "--translator", "seq2seq",
                                  "--translator-model", str(broken), "--no-progress", "--workers", str(workers)])
    assert r.exit_code == 2 and "cannot load the tokenizer" in r.output, r.output
    assert "Traceback" not in r.output
    # Nothing was written for the record: a rerun with a good model processes it.
    assert not (out / "errors.jsonl").exists() or (out / "errors.jsonl").read_text() == ""


def test_summary_for_evaluation_comes_from_the_condensing_model(models):
    from summarizer import EmbeddedEngine, Seq2SeqEngine

    eng = Seq2SeqEngine(model=str(models["t5"]), translator_model="glossary", device="cpu")
    assert eng.translator.name == "glossary" and eng.condenser is not None
    text = (FIXTURES / "alliance.txt").read_text(encoding="utf-8")
    eng.condenser.gen = FakeGen(lambda t, beam: "陕西成立工业软件产教融合创新联盟，二十四家单位首批加入。")
    summary, sentences = eng.summary_zh(text, max_chars=20)
    assert summary == "陕西成立工业软件产教融合创新联盟，二十四" and sentences
    # An output that fails the checks is not used: the extractive summary of that length stands.
    eng.condenser.gen = FakeGen(lambda t, beam: "The alliance was founded.")
    assert eng.summary_zh(text, max_chars=60)[0] == EmbeddedEngine.summary_zh(eng, text, 60)[0]
    b = eng.brief(text)
    assert any("summary was not used (too short or not Chinese)" in w for w in b.meta.warnings)


def test_pull_without_a_network_is_one_clear_message(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    r = CliRunner().invoke(main, ["models", "pull", "some-org/no-such-model"])
    assert r.exit_code == 2 and "could not download 'some-org/no-such-model'" in r.output, r.output
    assert "Traceback" not in r.output


def test_a_changed_figure_is_caught(glossary):
    from summarizer.translate.seq2seq import figures_kept

    assert figures_kept("总投资6.8亿元，面积5000平方米。", "A total investment of 680 million yuan covers 5,000 square meters.")
    assert figures_kept("3月28日，3家企业入驻，增长12.5%。", "On March 28, three companies moved in, up 12.5%.")
    assert not figures_kept("总投资6.8亿元。", "The total investment is 500 million yuan.")
    assert not figures_kept("算力达到1024P。", "Computing power reaches 124P.")
    # 千 of a unit is not a magnitude: 5千瓦 is 5 kW; 100万千瓦 is a million kW
    assert figures_kept("建设7515个5千瓦机柜，装机100万千瓦。", "7,515 cabinets of 5 kW, with 1 million kW installed.")
    assert figures_kept("投资5千万元。", "An investment of 50 million yuan.")
    assert not figures_kept("投资5千万元。", "An investment of 5 million yuan.")
    tr = Seq2SeqTranslator(FakeGen(lambda t, beam: "The total investment is 500 million yuan."), glossary)
    assert "680 million yuan" in tr.translate("总投资6.8亿元。")
    assert any("figure changed" in w for w in tr.pop_warnings())


def test_an_llm_reads_figures_in_english(glossary):
    """Small instruct LLMs multiply 亿 by ten: the translator writes such figures in English before the model
    reads them, and still checks the answer against the Chinese figures."""
    from summarizer.translate.seq2seq import english_figures

    assert english_figures("前5年将投入55亿元用于建设，占地6.54万平方米。") == "前5年将投入 5.5 billion yuan 用于建设，占地 65,400 平方米。"
    assert english_figures("投资3-5万元，装机100万千瓦，1.2万亿元。") == "投资 30,000 to 50,000 yuan，装机 1 million 千瓦，1.2 trillion yuan。"
    assert english_figures("2025年建成5千瓦的Z1。") == "2025年建成5千瓦的Z1。"  # no magnitude: as it is
    assert english_figures("投资5千万元") == "投资 50 million yuan"

    class LLMGen(FakeGen):
        prompt_family = "llm"

    copies = LLMGen(lambda t, beam: "Z1 will invest 5.5 billion yuan in construction." if "5.5 billion yuan" in t
                    else "Z1 will invest 55 billion yuan in construction.")
    tr = Seq2SeqTranslator(copies, glossary)
    assert tr.translate("湘江实验室将投入55亿元用于建设。", {"湘江实验室": "Xiangjiang Laboratory"}) == \
        "Xiangjiang Laboratory will invest 5.5 billion yuan in construction."
    assert copies.calls[0][0] == ["Z1 将投入 5.5 billion yuan 用于建设。"] and not tr.pop_warnings()
    # A translation model (not an LLM) reads the Chinese figure; a wrong figure is still caught.
    marian = FakeGen(lambda t, beam: "Z1 will invest 55 billion yuan in construction.")
    tr2 = Seq2SeqTranslator(marian, glossary)
    out = tr2.translate("湘江实验室将投入55亿元用于建设。", {"湘江实验室": "Xiangjiang Laboratory"})
    assert marian.calls[0][0] == ["Z1 将投入55亿元用于建设。"] and "55 billion" not in out
    assert any("figure changed" in w for w in tr2.pop_warnings())


def test_chinese_left_is_retried_before_it_is_patched(glossary):
    """An answer with a Chinese word left ("for成果转化") gets a second pass; a clean retry is used, else the
    first answer with that word written by the phrase grammar or left out; never a retry with a worse fault."""
    def model(t, beam):
        if "成果转化" in t:
            return "It invests in transferring research results." if beam > 1 else "It invests in成果转化."
        if "攻坚" in t:
            return "They show a spirit of攻坚." if beam > 1 else "They show a spirit of攻坚 here."
        return "Figures: 7 yuan." if beam > 1 else "It invests 5 million yuan in设备."

    gen = FakeGen(model)
    tr = Seq2SeqTranslator(gen, glossary)
    assert tr.translate("投资用于成果转化。") == "It invests in transferring research results."
    assert [b for _, b in gen.calls] == [1, 4]
    out = tr.translate("发扬攻坚精神。")
    assert out.startswith("They show a spirit of") and out.endswith("here.") and not re.search(r"[\u4e00-\u9fff]", out)
    out = tr.translate("投资500万元购买设备。")  # the retry changed a figure: the first answer, patched
    assert out.startswith("It invests 5 million yuan in") and not re.search(r"[\u4e00-\u9fff]", out)
    assert any("kept Chinese" in w for w in tr.pop_warnings())


def test_what_a_translator_leaves_empty_is_written_from_the_facts(glossary):
    """Beside a translator, scale items are the figure grammar's (a figure and what it counts, as a report lists
    it); the translator's English stands elsewhere, and a field it left empty (no Chinese title) is the embedded
    writer's, from the brief's facts, never blank."""
    from summarizer.english import EnglishWriter
    from summarizer.pipeline import EmbeddedEngine, translate_brief

    eng = EmbeddedEngine()
    b = eng.brief((FIXTURES / "one_platform.txt").read_bytes())
    assert b.platforms and b.platforms[0].scale and b.title.en
    want_scale = [s.en for s in b.platforms[0].scale]
    for f in [b.title, b.summary] + [x for p in b.platforms for x in (p.goal, *p.scale)]:
        f.en = ""
    b.title.zh = ""  # an article whose headline was not found

    class HalfModel:
        name = "half"
        translate_name = glossary.translate_name
        asked: list[str] = []

        def translate_batch(self, texts, names=None):
            self.asked += texts
            return ["The model tells of a new partnership with local firms." if k == 1 else "" for k in range(len(texts))]

    model = HalfModel()
    translate_brief(b, model, None, None, backup=EnglishWriter())
    # scale items the figure grammar writes are not the model's to write
    assert not set(model.asked) & {s.zh for s in b.platforms[0].scale if s.en}
    # the summary: the facts' summary, then what the model wrote that tells more
    assert b.summary.en.endswith(" The model tells of a new partnership with local firms.") and "Yichang" in b.summary.en
    assert b.title.en and not re.search(r"[\u4e00-\u9fff]", b.title.en)
    assert [s.en for s in b.platforms[0].scale] == want_scale
    assert any("title is the phrase grammar's headline from the brief's facts" in w for w in b.meta.warnings)


def test_a_placeholder_the_chinese_does_not_have_is_never_in_the_english(glossary):
    """An instruct model copies "Z1" from its examples into a goal with no name in it: retried, and where the
    retry does it again, the missing subject reads "it"; "Z1" never reaches the brief."""
    gen = FakeGen(lambda t, beam: "Making the city an important hub." if beam > 1 else "Making Z1 an important hub.")
    tr = Seq2SeqTranslator(gen, glossary)
    assert tr.translate("成为重要枢纽") == "Making the city an important hub."
    stubborn = Seq2SeqTranslator(FakeGen(lambda t, beam: "Z1's aim: making Z1 an important hub."), glossary)
    assert stubborn.translate("成为重要枢纽") == "Its aim: making it an important hub."
    assert any('reads "it"' in w for w in stubborn.pop_warnings())
    # A name it was given stays; only the one it made up is read as "it".
    names = {"江州": "Jiangzhou"}
    both = Seq2SeqTranslator(FakeGen(lambda t, beam: "Z2 makes Z1 an important hub."), glossary)
    assert both.translate("成为江州的重要枢纽", names) == "It makes Jiangzhou an important hub."


def test_a_sentence_that_lost_one_name_of_three_keeps_the_models_english(glossary):
    """A dateline name dropped by the model, also when shown it inline: the model's sentence with the other
    names stands (the grammar's clause-by-clause English of a long sentence says less)."""
    names = {"江州日报": "Jiangzhou Daily", "江州大学": "Jiangzhou University", "华为": "Huawei"}

    def model(t, beam):
        if "Jiangzhou University" in t:  # the inline retry: still no dateline
            return "Jiangzhou University and Huawei jointly built the computing center, which opened today."
        return "Z2 and Z3 jointly built the computing center, which opened today."

    tr = Seq2SeqTranslator(FakeGen(model), glossary)
    out = tr.translate("江州日报讯 江州大学与华为共建的计算中心今日启用。", names)
    assert out == "Jiangzhou University and Huawei jointly built the computing center, which opened today."
    assert any("the model's English is used without that name" in w for w in tr.pop_warnings())


def test_everyday_words_ner_took_for_names_are_not_protected_from_the_model(glossary):
    """国家实验室 is "national laboratory" in a sentence: not a placeholder with a pinyin name."""
    from summarizer.pipeline import translate_brief
    from summarizer.schema import Brief

    b = Brief.model_validate({"title": {"zh": "江州实验室启用"}, "summary": {"zh": "江州实验室对标国家实验室建设。"},
                              "platforms": [{"name": {"zh": "江州实验室"}}]})

    class Recorder:
        name = "rec"
        translate_name = glossary.translate_name
        seen: dict = {}

        def translate_batch(self, texts, names=None):
            self.seen = dict(names or {})
            return ["x"] * len(texts)

    rec = Recorder()
    translate_brief(b, rec, {"国家实验室": "org", "江州": "place"})
    assert "江州实验室" in rec.seen and "江州" in rec.seen and "国家实验室" not in rec.seen


def test_a_year_is_not_a_figure_when_the_grammar_writes_a_clause(glossary):
    """A model output that loops goes to the phrase grammar: a year is not written as a count ("2,022")."""
    from summarizer.translate.seq2seq import _figure_clause
    from summarizer.english.lexicon import Lexicon
    from summarizer.english.phrases import Grammar
    from summarizer.english.scale import ScaleWriter

    w = ScaleWriter(Grammar(Lexicon()))
    assert _figure_clause(w, "25日上午，江州2022年重点项目巡回采访活动走进园区") is None
    assert "500 million yuan" in (_figure_clause(w, "2022年项目总投资5亿元") or "")


def test_a_models_goal_reads_as_a_verb_phrase(glossary):
    """A model translates a goal as a sentence ("To build X.", "Conducting X, serving Y and becoming Z."); a
    brief lists a goal as a verb phrase, the way the phrase grammar writes it. Names keep their capitals."""
    from summarizer.english.writer import goal_phrase
    from summarizer.pipeline import translate_brief
    from summarizer.schema import Brief

    assert goal_phrase("To build a national computing hub.") == "build a national computing hub"
    assert goal_phrase("Conducting original research, serving national strategies, and becoming a source of "
                       "innovation.") == "conduct original research, serve national strategies, and become a source of innovation"
    assert goal_phrase("The goal is to create a digital trade hub.") == "create a digital trade hub"
    assert goal_phrase("Laboratory development and transfer") == "laboratory development and transfer"
    assert goal_phrase("Jiangzhou will build a hub.") == "Jiangzhou will build a hub"
    assert goal_phrase("AI chips for industry") == "AI chips for industry"
    # an unbalanced closing quote left by a clause cut goes; a quoted name stays whole
    assert goal_phrase('Build a "reserve team" for labs.') == 'build a "reserve team" for labs'
    assert goal_phrase("Build a reserve team.”") == "build a reserve team"

    b = Brief.model_validate({"title": {"zh": "江州实验室启用"}, "summary": {"zh": "江州实验室启用。"},
                              "platforms": [{"name": {"zh": "江州实验室"}, "goal": {"zh": "打造算力枢纽"}}]})

    class Model:
        name = "m"
        translate_name = glossary.translate_name

        def translate_batch(self, texts, names=None):
            return ["To build a computing hub." for _ in texts]

    translate_brief(b, Model())
    assert b.platforms[0].goal.en == "build a computing hub"
    assert b.summary.en == "To build a computing hub."  # only goals are verb phrases


def test_goals_take_the_goal_prompt_and_the_rest_the_translate_prompt(glossary):
    """A translator given a goal prompt uses it for goal fields only, the names' placeholders in it as in any
    prompt; a retry after a lost name keeps the goal prompt."""
    from summarizer.pipeline import translate_brief
    from summarizer.schema import Brief

    def model(t, beam):
        if t.startswith("GOAL "):
            return "Building Z1 into a computing hub." if "Z1" in t else "Build Jiangzhou into a computing hub."
        return "Jiangzhou Laboratory opened."

    gen = FakeGen(model)
    tr = Seq2SeqTranslator(gen, glossary, "{text}", templates={"goal": "GOAL {text}"})
    b = Brief.model_validate({"title": {"zh": "江州实验室启用"}, "summary": {"zh": "江州实验室启用。"},
                              "platforms": [{"name": {"zh": "江州实验室"}, "goal": {"zh": "把江州打造成算力枢纽"}}]})
    translate_brief(b, tr, {"江州": "place"})
    asked = [t for texts, _ in gen.calls for t in texts]
    assert [t for t in asked if t.startswith("GOAL ")] == ["GOAL 把 Z1 打造成算力枢纽"]
    assert "江州实验室启用。" in asked or "Z1 启用。" in asked
    assert b.platforms[0].goal.en == "build Jiangzhou into a computing hub"
    assert b.summary.en == "Jiangzhou Laboratory opened."
    # a translator without a goal prompt translates goals with its own
    plain = Seq2SeqTranslator(FakeGen(lambda t, beam: "To build a hub."), glossary)
    b.platforms[0].goal.en = ""
    translate_brief(b, plain)
    assert b.platforms[0].goal.en == "build a hub"


def test_bylines_and_markup_left_in_a_summary_are_not_translated(glossary):
    """Markup and newsroom lines that cleaning left in the extractive summary ("<video …>", 【…记者…】,
    记者XX报道：, 核心提示：, 发布时间：…来源：…。) are not the model's to translate; the Chinese summary stays."""
    from summarizer.pipeline import translate_brief
    from summarizer.schema import Brief

    zh = ('<video id="a1"></video>。【江州日报讯 记者 李明】5月20日，江州智算中心投入运营。核心提示：中心总投资6.8亿元。'
          '记者王芳报道：中心由江州大学建设。')
    b = Brief.model_validate({"title": {"zh": "江州智算中心投入运营"}, "summary": {"zh": zh}, "platforms": []})

    class Recorder:
        name = "rec"
        translate_name = glossary.translate_name
        asked: list[str] = []

        def translate_batch(self, texts, names=None):
            self.asked += texts
            return ["x"] * len(texts)

    rec = Recorder()
    translate_brief(b, rec)
    assert "5月20日，江州智算中心投入运营。中心总投资6.8亿元。中心由江州大学建设。" in rec.asked
    assert b.summary.zh == zh
    # a sentence that only mentions a reporter stays
    rec.asked = []
    b.summary.zh = "10月15日，记者从江州市科技局获悉，中心获批建设。"
    translate_brief(b, rec)
    assert b.summary.zh in rec.asked


def test_beside_a_model_the_english_is_the_facts_first_and_the_models_news(glossary):
    """Beside a model (the seq2seq engine), the title is the headline the phrase grammar writes from the brief's
    facts; a goal's clauses the grammar writes are its own and only the others go to the model (goal prompt);
    the summary is the facts' summary followed by the model's English of the extractive sentences that tell
    more. A sentence that retells the facts is not said twice; one whose figure the model changed or whose
    name it lost never reaches the brief."""
    from summarizer.english import EnglishWriter
    from summarizer.pipeline import EmbeddedEngine, translate_brief

    eng = EmbeddedEngine()
    facts = eng.brief((FIXTURES / "one_platform.txt").read_bytes())
    b = facts.model_copy(deep=True)
    b.platforms[0].goal.zh = "打造算力枢纽，让普惠算力成为宜昌产业转型的新基础设施"
    for f in [b.title, b.summary] + [x for p in b.platforms for x in (p.goal, *p.scale)]:
        f.en = ""
    b.meta.warnings = []

    def model(t, beam):
        if t.startswith("GOAL "):
            return "Making inclusive computing power the new infrastructure for the industrial transformation of Z1."
        for cue, en in (("正式上线运营", "On the morning of 18 September, Z2 in Wujiagang District, Z1 was officially put into service."),
                        ("鄂西地区首个", "It is the first public AI computing centre open to society in western Hubei, and a "
                                           "landmark of Z1's drive for a \"Digital Z2\"."),
                        ("总投资", "The centre has a total investment of 1.5 billion yuan, built by Z1, with Z2 running its network."),
                        ("提供算法研发", "It provides algorithm research and talent support."),  # the name is lost
                        ("算力有没有人用", "Whether anyone uses the computing power is the key test of such a centre.")):
            if cue in t:
                return en
        return "x"

    class Gen(FakeGen):
        max_input_tokens = 512

    gen = Gen(model)
    tr = Seq2SeqTranslator(gen, glossary, "{text}", templates={"goal": "GOAL {text}"})
    translate_brief(b, tr, None, None, backup=EnglishWriter())
    asked = [t for texts, _ in gen.calls for t in texts]
    assert [t for t in asked if t.startswith("GOAL ")] == ["GOAL 让普惠算力成为 Z1 产业转型的新基础设施"]
    assert b.platforms[0].goal.en == ("become a computing hub and make inclusive computing power the new infrastructure "
                                      "for the industrial transformation of Yichang")
    assert b.title.en == facts.title.en
    s = b.summary.en
    facts_first = facts.summary.en.split(" It will ")[0]  # the aim is the goal's, which the model rewrote here
    assert s.startswith(facts_first) and "western Hubei" in s and "Whether anyone uses the computing power" in s
    assert "officially put into service" not in s  # the model's sentence that retells what the facts say
    assert "1.5 billion" not in s and "It provides algorithm research" not in s
    assert not re.search(r"[\u4e00-\u9fff]", s)
    assert any("followed by the model's English of 2 sentence(s)" in w for w in b.meta.warnings)


def test_a_bare_city_government_partner_reads_as_that_citys_on_a_model_too(glossary):
    """"由北京大学与市政府共建" the 宜昌 institute: the partner 市政府 is Yichang's government, with a model as
    translator as with the glossary (names are the same on every engine)."""
    from summarizer.pipeline import translate_brief
    from summarizer.schema import Brief

    def brief():
        return Brief.model_validate({"title": {"zh": "研究院揭牌"}, "summary": {"zh": "研究院揭牌。"},
                                     "platforms": [{"name": {"zh": "北京大学宜昌创新研究院"},
                                                    "partners": [{"zh": "市政府"}, {"zh": "北京大学"}]}]})

    b, g = brief(), brief()
    translate_brief(b, Seq2SeqTranslator(FakeGen(lambda t, beam: "The institute was unveiled."), glossary))
    translate_brief(g, glossary)
    assert b.platforms[0].partners[0].en == g.platforms[0].partners[0].en
    assert "Yichang" in b.platforms[0].partners[0].en
