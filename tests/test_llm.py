"""Instruct LLMs as the seq2seq engine's third generator family (summarizer/generation/llm.py), offline.

The Transformers path runs for real on a tiny random Qwen2ForCausalLM built here (byte-level BPE trained on
fixture text, ChatML template). The GGUF path runs twice: with llama.cpp's runtime replaced by a stand-in
module (`xllamacpp` in sys.modules), so that prompts, request settings, thread environment and output
parsing can be asserted against known answers; and for real, on xllamacpp, with the same tiny model written
as a GGUF file (tiny.causal_to_gguf, the `gguf` package). The real weights are measured by hand
(`summarizer bench llm`), never in CI.
The session's network guard (conftest) refuses any connection."""
from __future__ import annotations

import json
import os
import re
import struct
import sys
import types
from pathlib import Path

import pytest

pytest.importorskip("transformers")
pytest.importorskip("tokenizers")

from click.testing import CliRunner  # noqa: E402

from conftest import FIXTURES, NETWORK_ATTEMPTS  # noqa: E402
from summarizer.cli import main  # noqa: E402
from summarizer.condense import template  # noqa: E402
from summarizer.errors import SummarizerError  # noqa: E402
from summarizer.generation.llm import (clean_output, estimate_tokens, gguf_metadata, is_causal_dir, is_gguf,  # noqa: E402
                            parse_chat)
from summarizer.generation.weights import ModelNotFound, choose, list_models, resolve  # noqa: E402
from summarizer.schema import Brief  # noqa: E402
from summarizer.translate import GlossaryTranslator  # noqa: E402
from summarizer.translate.seq2seq import Seq2SeqTranslator  # noqa: E402

ART = FIXTURES / "alliance.txt"


def write_gguf(path: Path, arch: str = "qwen2", name: str = "tiny") -> Path:
    """A GGUF header (version 3, no tensors) with general.architecture and general.name: enough for
    detection and metadata; the runtime is a stand-in in these tests."""
    def s(x: str) -> bytes:
        b = x.encode()
        return struct.pack("<Q", len(b)) + b

    kv = [("general.architecture", arch), ("general.name", name)]
    body = b"GGUF" + struct.pack("<IQQ", 3, 0, len(kv) + 1)
    body += s("general.alignment") + struct.pack("<II", 4, 32)  # a u32 before the strings: skipped
    for k, v in kv:
        body += s(k) + struct.pack("<I", 8) + s(v)
    path.write_bytes(body + b"\0" * 64)
    return path


class FakeServer:
    """xllamacpp.Server as far as GGUFGenerator uses it: handle_chat_completions(dict) -> an OpenAI-style dict.
    It answers like a chatty instruct model: a prefix and quotes around a canned English or Chinese answer."""

    params = None
    requests: list[dict] = []

    def __init__(self, params) -> None:
        FakeServer.params = params
        FakeServer.requests = []

    def handle_chat_completions(self, body: dict) -> dict:
        FakeServer.requests.append(body)
        user = body["messages"][-1]["content"]
        system = body["messages"][0]["content"]
        if "translate" in system:
            phs = re.findall(r"Z\d", user)
            text = "Translation: \"" + (" and ".join(phs) + " work together on software talent." if phs else
                                        "The alliance trains talent for industrial software.") + "\""
        else:  # condensing: Chinese, shorter than its input
            text = "概要：联盟在西安成立，培养工业软件人才。"
        return {"choices": [{"message": {"role": "assistant", "content": text}}],
                "usage": {"prompt_tokens": 50, "completion_tokens": 9}}


@pytest.fixture
def fake_xllamacpp(monkeypatch):
    mod = types.ModuleType("xllamacpp")

    class Obj:
        pass

    def params():
        p = Obj()
        p.model, p.cpuparams, p.cpuparams_batch = Obj(), Obj(), Obj()
        return p

    mod.CommonParams = params
    mod.Server = FakeServer
    monkeypatch.setitem(sys.modules, "xllamacpp", mod)
    monkeypatch.delenv("OMP_WAIT_POLICY", raising=False)
    monkeypatch.delenv("GOMP_SPINCOUNT", raising=False)
    return mod


@pytest.fixture(scope="session")
def causal(tmp_path_factory) -> Path:
    from summarizer.generation.tiny import build_causal

    lines = [x for p in sorted(FIXTURES.glob("*.txt")) for x in p.read_text(encoding="utf-8").splitlines() if x.strip()]
    lines += ["Z1 and Z2 signed a cooperation agreement.", "The project was officially launched.", "Translate"]
    return build_causal(tmp_path_factory.mktemp("llm") / "qwen2-tiny", lines)


@pytest.fixture(scope="session")
def glossary() -> GlossaryTranslator:
    return GlossaryTranslator()


# ---- what a model is comes from its files ---------------------------------------------------------------
def test_kind_from_files_not_names(tmp_path, causal):
    g = write_gguf(tmp_path / "model.bin.gguf")
    assert is_gguf(g) and resolve(g) == g
    assert gguf_metadata(g) == {"general.architecture": "qwen2", "general.name": "tiny"}
    fake = tmp_path / "qwen2.5-instruct.gguf"
    fake.write_bytes(b"not a gguf")
    with pytest.raises(ModelNotFound, match="not a GGUF file"):
        resolve(fake)
    assert is_causal_dir(causal)
    # A seq2seq directory named like an LLM is not one.
    named = tmp_path / "qwen-instruct-gguf"
    named.mkdir()
    (named / "config.json").write_text(json.dumps({"architectures": ["MarianMTModel"], "model_type": "marian"}))
    assert not is_causal_dir(named) and not is_gguf(named)


def test_an_llm_given_as_model_also_translates(tmp_path, causal):
    g = write_gguf(tmp_path / "m.gguf")
    assert choose(str(g), None) == (str(g), str(g))
    assert choose(str(causal), None) == (str(causal), str(causal))
    assert choose(str(g), "glossary") == (str(g), None)


def test_models_list_shows_gguf_files(tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_MODELS", str(tmp_path))
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    write_gguf(tmp_path / "qwen.gguf")
    rows = {r["id"]: r for r in list_models()}
    assert rows["qwen.gguf"]["present"] and rows["qwen.gguf"]["note"] == "gguf qwen2"
    assert resolve("qwen.gguf") == tmp_path / "qwen.gguf"  # by name, under the models folder


# ---- prompts and output parsing -----------------------------------------------------------------------
@pytest.mark.parametrize("raw, want", [
    ('Translation: "Z1 and Z2 signed an agreement."', "Z1 and Z2 signed an agreement."),
    ("Here is the translation:\n\nThe park opened.\n\nNote: 园区 means park.", "The park opened."),
    ("```\nThe park opened.\n```", "The park opened."),
    ("**English translation:** The park opened. (Note: literal.)", "The park opened."),
    ("“The park opened.”", "The park opened."),
    ("概要：联盟在西安成立。", "联盟在西安成立。"),
    ('He said "yes" and "no".', 'He said "yes" and "no".'),  # inner quotes are content
])
def test_clean_output_keeps_the_answer_only(raw, want):
    assert clean_output(raw) == want


def test_prompts_are_chat_transcripts_from_templates_yaml():
    gen = types.SimpleNamespace(model="x.gguf", path="x.gguf", model_type="qwen2", prompt_family="llm")
    msgs = parse_chat(template("translate", gen).format(text="Z1 位于 Z2。"))
    assert msgs[0]["role"] == "system" and "Z1" in msgs[0]["content"]
    assert [m["role"] for m in msgs[1:]] == ["user", "assistant"] * 3 + ["user"]  # three examples, then the segment
    assert msgs[-1] == {"role": "user", "content": "Z1 位于 Z2。"}
    goal = parse_chat(template("goal", gen).format(text="打造一流平台。", name="某实验室"))
    assert goal[-1]["content"] == "平台：某实验室\n打造一流平台。"
    # the translator's goal prompt: verb phrases as examples; a translation model has none ("": its own)
    tg = parse_chat(template("translate_goal", gen).format(text="打造 Z1 算力枢纽"))
    assert [m["role"] for m in tg[1:]] == ["user", "assistant"] * 3 + ["user"] and tg[-1]["content"] == "打造 Z1 算力枢纽"
    assert all(m["content"][:1].islower() and not m["content"].endswith(".") for m in tg if m["role"] == "assistant")
    marian = types.SimpleNamespace(model="opus-mt-zh-en", path="opus", model_type="marian")
    assert template("translate_goal", marian) == ""
    assert parse_chat("plain") == [{"role": "user", "content": "plain"}]
    assert estimate_tokens("人工智能 platform") >= 5


# ---- Transformers decoder: a tiny random Qwen2 through the translator and the engine ----------------------
def test_causal_generator_through_the_translator(causal, glossary):
    from summarizer.generation.backends import load_generator

    gen = load_generator(str(causal), device="cpu")
    assert gen.name == "llm" and gen.model_type == "qwen2"
    tr = Seq2SeqTranslator(gen, glossary, template("translate", gen))
    text = "陕西工业软件产教融合创新联盟在西安成立。华为参与建设，总投资5亿元。"
    before = len(NETWORK_ATTEMPTS)
    out = tr.translate(text)
    # Random weights: the checks reject what it writes and the glossary stands in, counted in warnings.
    assert out and not re.search(r"[\u4e00-\u9fff]", out)
    assert "500 million" in out and "Huawei" in out
    assert tr.pop_warnings()
    assert gen.stats["calls"] >= 2  # first pass, then the retry with a repeat penalty
    # A model that answers well is used as written, prefix and quotes stripped, names restored.
    gen._chat = lambda reqs, penalty: ['Translation: "Z1 was founded in Z2."' for _ in reqs]
    tr2 = Seq2SeqTranslator(gen, glossary, template("translate", gen))
    got = tr2.translate("陕西工业软件产教融合创新联盟在西安成立。", {"陕西工业软件产教融合创新联盟": "Shaanxi Industrial Software Alliance"})
    assert got == "Shaanxi Industrial Software Alliance was founded in Xi'an."
    assert len(NETWORK_ATTEMPTS) == before


def test_cli_brief_with_a_causal_translator(causal):
    r = CliRunner().invoke(main, ["brief", str(ART), "--engine", "seq2seq", "--translator-model", str(causal),
                                  "--device", "cpu"])
    assert r.exit_code == 0, r.output
    b = Brief.from_json(r.stdout)
    assert b.meta.models["translator"].startswith("llm:") and b.summary.en
    assert not re.search(r"[\u4e00-\u9fff]", b.summary.en)


# ---- GGUF on llama.cpp, the runtime stood in ---------------------------------------------------------------
def test_gguf_generator_requests_and_environment(tmp_path, fake_xllamacpp, glossary):
    from summarizer.generation.backends import load_generator

    g = write_gguf(tmp_path / "tiny.gguf")
    gen = load_generator(str(g), threads=2)
    assert gen.name == "llm" and gen.model_type == "qwen2"
    # Set in-process before the runtime loads (libgomp reads them once): no spinning on shared cores.
    assert os.environ["OMP_WAIT_POLICY"] == "passive" and os.environ["GOMP_SPINCOUNT"] == "0"
    p = FakeServer.params
    assert p.model.path == str(g) and p.cpuparams.n_threads == 2 and p.n_parallel == gen.slots
    tr = Seq2SeqTranslator(gen, glossary, template("translate", gen))
    out = tr.translate_batch(["陕西工业软件产教融合创新联盟与西安交通大学合作。", "联盟培养人才。"])
    assert out[0] == "Shaanxi Industrial Software Industry-Education Integration Innovation Alliance and Xi'an Jiaotong University work together on software talent." or \
        ("Xi'an Jiaotong University" in out[0] and "Z1" not in out[0] and "Translation" not in out[0])
    assert out[1] == "The alliance trains talent for industrial software."
    body = FakeServer.requests[0]
    assert body["temperature"] == 0 and body["cache_prompt"] and body["messages"][0]["role"] == "system"
    assert 16 < body["max_tokens"] <= 512
    assert tr.pop_warnings() == []
    assert gen.stats["completion_tokens"] == 18


def test_gguf_as_model_condenses_and_translates_in_a_brief(tmp_path, fake_xllamacpp):
    g = write_gguf(tmp_path / "tiny.gguf")
    r = CliRunner().invoke(main, ["brief", str(ART), "--engine", "seq2seq", "--model", str(g)])
    assert r.exit_code == 0, r.output
    b = Brief.from_json(r.stdout)
    assert b.meta.models["summarizer"].startswith("llm:") and b.meta.models["translator"].startswith("llm:")
    assert b.summary.zh == "联盟在西安成立，培养工业软件人才。"
    roles = {m["role"] for req in FakeServer.requests for m in req["messages"]}
    assert roles == {"system", "user", "assistant"}


def test_missing_runtime_or_file_is_one_clear_line(tmp_path, monkeypatch):
    from summarizer.generation.backends import load_generator

    g = write_gguf(tmp_path / "tiny.gguf")
    monkeypatch.setitem(sys.modules, "xllamacpp", None)  # import fails as if not installed
    with pytest.raises(SummarizerError, match=r"xllamacpp.*\.\[llm\]"):
        load_generator(str(g))
    r = CliRunner().invoke(main, ["brief", str(ART), "--engine", "seq2seq", "--translator-model", str(tmp_path / "none.gguf")])
    assert r.exit_code == 2 and "none.gguf" in r.output and "Traceback" not in r.output
    with pytest.raises(SummarizerError, match="--quantize"):
        load_generator(str(g), quantize="int8")


# ---- GGUF on the real llama.cpp runtime: the tiny Qwen2 written as GGUF (the `gguf` package) -------------
@pytest.fixture(scope="session")
def tiny_gguf(causal, tmp_path_factory) -> Path:
    pytest.importorskip("gguf")
    pytest.importorskip("xllamacpp")
    from summarizer.generation.tiny import causal_to_gguf

    return causal_to_gguf(causal, tmp_path_factory.mktemp("gguf") / "qwen2-tiny.gguf")


def test_tiny_gguf_runs_on_llama_cpp_through_the_translator(tiny_gguf, glossary):
    from summarizer.generation.backends import load_generator

    gen = load_generator(str(tiny_gguf), threads=1)
    assert gen.name == "llm" and gen.model_type == "qwen2" and gguf_metadata(tiny_gguf)["general.name"] == "tiny-qwen2"
    before = len(NETWORK_ATTEMPTS)
    tr = Seq2SeqTranslator(gen, glossary, template("translate", gen))
    out = tr.translate_batch(["华为参与建设，总投资5亿元。", "联盟在西安成立。", "项目正式启动。"])
    # Random weights: llama.cpp generates (tokens counted), the checks reject it, the glossary stands in.
    assert gen.stats["completion_tokens"] > 0 and gen.stats["prompt_tokens"] > 0
    assert all(o and not re.search(r"[\u4e00-\u9fff]", o) for o in out) and "500 million" in out[0]
    assert len(NETWORK_ATTEMPTS) == before


def test_cli_brief_with_a_tiny_gguf(tiny_gguf):
    r = CliRunner().invoke(main, ["brief", str(ART), "--engine", "seq2seq", "--translator-model", str(tiny_gguf)])
    assert r.exit_code == 0, r.output
    b = Brief.from_json(r.stdout)
    assert b.meta.models["translator"] == f"llm:{tiny_gguf}" and b.summary.en
