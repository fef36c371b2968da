"""Generated articles for benchmarks and load tests, and the embedded engine's benchmark.

The generator writes articles in the shape of regional S&T news (headline, dateline, lead, one section
per platform with figures and partners, page tail) from random parts, so sizes and counts can be set
without shipping anyone's text.
"""
from __future__ import annotations

import json
import os
import random
import resource
import time
from statistics import median

PLACES = ["长沙", "株洲", "湘潭", "衡阳", "岳阳", "常德", "武汉", "宜昌", "襄阳", "合肥", "芜湖", "南昌", "贵阳", "成都",
          "绵阳", "西安", "郑州", "洛阳", "济南", "青岛", "南京", "苏州", "无锡", "杭州", "宁波", "福州", "厦门", "广州", "深圳",
          "佛山", "东莞", "南宁", "昆明", "太原", "石家庄", "天津", "沈阳", "大连", "长春", "哈尔滨"]
FIELDS = ["人工智能", "先进计算", "智能制造", "集成电路", "生物医药", "新能源汽车", "工业互联网", "大数据", "量子信息",
          "新材料", "储能", "航空航天", "智能网联汽车", "数字经济", "区块链", "机器人", "北斗应用", "氢能"]
SUFFIXES = ["创新中心", "研究院", "实验室", "产业园", "计算中心", "技术创新中心", "产业创新中心", "研究中心"]
COMPANIES = ["华为", "百度", "腾讯", "阿里云", "科大讯飞", "中科曙光", "浪潮", "中国移动", "中国电信", "中国联通", "三一重工",
             "中联重科", "比亚迪", "宁德时代", "京东", "小米", "联想", "中兴通讯", "寒武纪", "商汤科技"]
UNIVERSITIES = ["清华大学", "北京大学", "浙江大学", "中南大学", "湖南大学", "武汉大学", "华中科技大学", "中国科学技术大学",
                "西安交通大学", "南京大学", "复旦大学", "上海交通大学", "国防科技大学", "四川大学", "山东大学", "厦门大学"]
SLOGANS = ["夯实创新支撑，服务产业升级", "打通成果转化“最后一公里”", "聚力关键技术攻关", "培育战略科技力量",
           "构建开放协同生态", "赋能千行百业数字化转型"]
FILLER = [
    "业内人士表示，{field}产业的发展离不开高水平创新平台的支撑，平台建设已成为衡量城市竞争力的重要指标。",
    "近年来，{place}持续加大科技投入，推动创新链、产业链、人才链深度融合，一批重大项目相继落地。",
    "据了解，当地还将出台配套政策，在人才引进、成果转化、金融服务等方面给予支持。",
    "“我们将坚持开放合作，让更多科研成果在这里转化落地。”相关负责人介绍。",
    "记者在现场看到，施工人员正在加紧作业，各类设备有序进场，项目建设进展顺利。",
    "下一步，{place}将围绕{field}等重点领域，持续引进高端人才团队，打造具有影响力的产业集群。",
]


def _platform_section(rng: random.Random, place: str) -> tuple[str, str]:
    field, sfx = rng.choice(FIELDS), rng.choice(SUFFIXES)
    name = f"{place}{field}{sfx}"
    comps = rng.sample(COMPANIES, rng.randint(2, 6))
    unis = rng.sample(UNIVERSITIES, rng.randint(1, 4))
    n_ent = rng.randint(8, 300)
    paras = [
        f"{name}由{unis[0]}与{place}市政府共建，总投资{rng.randint(2, 90)}亿元，建筑面积{rng.randint(1, 20)}万平方米。",
        f"该{sfx[-3:] if sfx.endswith('中心') else sfx}以建设国内领先的{field}创新平台为目标，聚焦{field}关键核心技术攻关和成果转化。",
        f"目前，已有{'、'.join(comps)}等{n_ent}家企业入驻，{'、'.join(unis)}等{len(unis)}所高校参与建设，"
        f"{rng.randint(20, 500)}余名科研人员在此工作，算力规模达到{rng.choice([100, 200, 300, 512, 1024])}P。",
    ]
    return name, "\n".join(paras)


def generate_article(rng: random.Random, target_chars: int = 3000, n_platforms: int | None = None) -> str:
    place = rng.choice(PLACES)
    field = rng.choice(FIELDS)
    n = n_platforms or rng.randint(1, 4)
    sections = [_platform_section(rng, place) for _ in range(n)]
    head = [f"{place}{field}创新平台建设提速", f"本报讯（记者 {rng.choice('王李张刘陈杨')}{rng.choice('晓敏军华丽伟')}）{place}正加快建设"
            f"{'、'.join(s[0] for s in sections)}等创新平台，为{field}产业发展注入新动能。"]
    body = []
    for name, text in sections:
        body += [f"{name}：{rng.choice(SLOGANS)}", text]
    tail = ["【责任编辑：王敏】", "相关新闻", "我要举报", "回顶部"]
    article = head + body
    while sum(len(x) for x in article) < target_chars:
        article.insert(rng.randint(2, len(article)), rng.choice(FILLER).format(place=place, field=field))
    return "\n".join(article + tail)


def peak_rss_mb() -> float:
    """This process's peak RSS. VmHWM, not ru_maxrss: the latter survives exec, so a spawned child would
    report its parent's peak."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_brief_bench(n_articles: int = 60, seed: int = 7, json_out: str | None = None) -> dict:
    from .pipeline import EmbeddedEngine

    rng = random.Random(seed)
    t0 = time.perf_counter()
    engine = EmbeddedEngine()
    engine.brief(generate_article(rng, 2000))  # load models and dictionaries before timing
    load_s = time.perf_counter() - t0
    rss_loaded = peak_rss_mb()
    results = {}
    for label, sizes in (("3k", [3000] * n_articles), ("1k-10k", [rng.randint(1000, 10000) for _ in range(n_articles)])):
        arts = [generate_article(rng, s) for s in sizes]
        chars = sum(len(a) for a in arts)
        times = []
        t = time.perf_counter()
        for a in arts:
            t1 = time.perf_counter()
            engine.brief(a)
            times.append(time.perf_counter() - t1)
        dt = time.perf_counter() - t
        results[label] = {"articles": len(arts), "mean_chars": round(chars / len(arts)), "seconds": round(dt, 2),
                          "articles_per_s": round(len(arts) / dt, 2), "chars_per_s": round(chars / dt),
                          "median_ms": round(1000 * median(times), 1)}
    out = {"engine": "embedded", "load_s": round(load_s, 2), "rss_after_load_mb": round(rss_loaded),
           "peak_rss_mb": round(peak_rss_mb()), "runs": results}
    for label, r in results.items():
        print(f"{label:>7}: {r['articles']} articles, mean {r['mean_chars']} chars: {r['articles_per_s']} articles/s, "
              f"{r['chars_per_s']} chars/s, median {r['median_ms']} ms")
    print(f"load {out['load_s']} s · RSS after load {out['rss_after_load_mb']} MB · peak RSS {out['peak_rss_mb']} MB")
    if json_out:
        with open(json_out, "w", encoding="utf-8") as f:
            json.dump(out, f, indent=2)
    return out


def write_archive(path: str, n: int, seed: int = 7, chars: tuple[int, int] = (1000, 3000)) -> str:
    """A JSONL archive of `n` generated articles (streamed to disk)."""
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"id": f"a{i:07d}", "text": generate_article(rng, rng.randint(*chars))},
                               ensure_ascii=False) + "\n")
    return path


def run_batch_bench(sizes: tuple[int, ...] = (1000, 10000), workers: tuple[int, ...] = (1, 2), seed: int = 7,
                    json_out: str | None = None) -> dict:
    """`summarizer batch` on generated archives, each configuration in a fresh process (so peak RSS is
    its own): articles/s by worker count (same archive), and peak RSS (parent and worker) by archive size."""
    import subprocess
    import sys
    import tempfile

    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            arch = write_archive(f"{tmp}/archive-{n}.jsonl", n, seed)
            for w in (workers if n == min(sizes) else (max(workers),)):
                out = f"{tmp}/run-{n}-{w}"
                code = ("import json, resource, sys, time\n"
                        "from summarizer.archives.runs import JobSpec, run\n"
                        f"r = run({arch!r}, {out!r}, JobSpec(), workers={w}, progress=False)\n"
                        "rss = lambda who: resource.getrusage(who).ru_maxrss / 1024\n"
                        "print(json.dumps({'done': r.done, 'failed': r.failed, 'seconds': r.seconds,\n"
                        "  'rss_parent_mb': rss(resource.RUSAGE_SELF), 'rss_worker_mb': rss(resource.RUSAGE_CHILDREN)}))\n")
                p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
                r = json.loads(p.stdout.strip().splitlines()[-1])
                r.update(articles=n, workers=w, articles_per_s=round(r["done"] / r["seconds"], 2))
                results.append(r)
                print(f"{n:>6} articles · {w} worker(s): {r['articles_per_s']:.1f} articles/s · "
                      f"peak RSS parent {r['rss_parent_mb']:.0f} MB, worker {r['rss_worker_mb']:.0f} MB", flush=True)
    by = {(r["articles"], r["workers"]): r for r in results}
    small, big, wmin, wmax = min(sizes), max(sizes), min(workers), max(workers)
    summary = {}
    if (small, wmin) in by and (small, wmax) in by and wmax != wmin:
        summary["speedup"] = round(by[(small, wmax)]["articles_per_s"] / by[(small, wmin)]["articles_per_s"], 2)
        print(f"speed-up {wmax} vs {wmin} worker(s) on {small} articles: {summary['speedup']}x")
    if (small, wmax) in by and (big, wmax) in by and big != small:
        a, b = by[(small, wmax)], by[(big, wmax)]
        summary["rss_growth_mb"] = {k: round(b[k] - a[k], 1) for k in ("rss_parent_mb", "rss_worker_mb")}
        print(f"peak RSS growth {small} → {big} articles: parent {summary['rss_growth_mb']['rss_parent_mb']:+.0f} MB, "
              f"worker {summary['rss_growth_mb']['rss_worker_mb']:+.0f} MB")
    out = {"runs": results, **summary}
    if json_out:
        with open(json_out, "w", encoding="utf-8") as f:
            json.dump(out, f, indent=2)
    return out


# ---- translation backends -----------------------------------------------------------------------------
TRANSLATE_CONFIGS = ("naive", "hf", "hf_int8", "ct2", "ct2_raw")


def bench_sentences(n: int, seed: int = 7) -> list[str]:
    """Sentences of generated news, 12–80 characters (what the translator is given)."""
    from .text.article import split_sentences

    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < n:
        for line in generate_article(rng, 3000).split("\n"):
            out.extend(s for a, b in split_sentences(line) if 12 <= len(s := line[a:b]) <= 80)
    rng.shuffle(out)
    return out[:n]


def _no_eos(model) -> None:
    """Outputs of exactly max_new_tokens: a model with no end token. (min_new_tokens would do it through a
    logits processor that masks 65,001 logits at every step, a cost no real run pays.)"""
    model.generation_config.eos_token_id = None
    model.generation_config.forced_eos_token_id = None


def _translate_child(config: str, model_dir: str, ct2_dir: str, texts: list[str], tokens: int, conn) -> None:
    """One configuration in its own process, so that its peak RSS is its own: loads, warms up, says
    "ready", then runs a round each time it is told to, and finally reports its best round."""
    import warnings

    warnings.simplefilter("ignore")
    try:
        t_load = time.perf_counter()
        if config == "naive":
            import torch
            from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

            tok = AutoTokenizer.from_pretrained(model_dir)
            model = AutoModelForSeq2SeqLM.from_pretrained(model_dir).eval()
            _no_eos(model)

            def run(batch: list[str]) -> int:
                n = 0
                for s in batch:  # what a first attempt looks like: one sentence per generate call
                    with torch.inference_mode():
                        ids = model.generate(**tok([s], return_tensors="pt"), max_new_tokens=tokens,
                                             num_beams=1, do_sample=False)
                    tok.batch_decode(ids, skip_special_tokens=True)
                    n += ids.shape[1] - 1
                return n
        elif config in ("hf", "hf_int8", "ct2"):
            from .generation.backends import CT2Generator, HFGenerator

            if config == "ct2":
                gen = CT2Generator(ct2_dir, "cpu")
                fixed = {"min_new_tokens": tokens}  # CTranslate2 masks the end token itself, at no cost
            else:
                gen = HFGenerator(model_dir, "cpu", "int8" if config == "hf_int8" else None)
                _no_eos(gen.net)
                fixed = {}

            def run(batch: list[str]) -> int:
                gen.generate(batch, max_new_tokens=tokens, **fixed)
                return tokens * len(batch)
        else:  # ct2_raw: CTranslate2 alone on pre-tokenised input with our backend's settings: its ceiling
            import ctranslate2
            from transformers import AutoTokenizer

            from .generation.backends import CT2_BATCH_SIZE

            tok = AutoTokenizer.from_pretrained(ct2_dir)
            tr = ctranslate2.Translator(ct2_dir, device="cpu", intra_threads=os.cpu_count() or 1)
            pre = {s: tok.convert_ids_to_tokens(tok.encode(s)) for s in texts}

            def run(batch: list[str]) -> int:
                tr.translate_batch([pre[s] for s in batch], max_batch_size=CT2_BATCH_SIZE, beam_size=1,
                                   min_decoding_length=tokens, max_decoding_length=tokens)
                return tokens * len(batch)
        run(texts[:4])  # warm-up: first-call allocations and lazy initialisation
        conn.send({"ready": True, "load_s": round(time.perf_counter() - t_load, 2)})
        rounds, n_tokens = [], 0
        while conn.recv() == "run":  # the parent interleaves the configurations' rounds
            t = time.perf_counter()
            n_tokens = run(texts)
            rounds.append(time.perf_counter() - t)
            conn.send(rounds[-1])
        dt = min(rounds)
        conn.send({"sentences": len(texts), "seconds": round(dt, 2), "sentences_per_s": round(len(texts) / dt, 2),
                   "tokens_per_s": round(n_tokens / dt, 1), "peak_rss_mb": round(peak_rss_mb()),
                   "rounds_s": [round(x, 2) for x in rounds]})
    except Exception as e:  # reported, not raised: the other configurations still run
        conn.send({"error": f"{type(e).__name__}: {e}"})
    finally:
        conn.close()


def _recv(conn, p) -> dict:
    try:
        return conn.recv()
    except EOFError:
        p.join()
        return {"error": f"the process died (exit code {p.exitcode})"}


def run_translate_bench(n_sentences: int = 128, tokens: int = 40, configs: tuple[str, ...] = TRANSLATE_CONFIGS,
                        json_out: str | None = None, repeat: int = 5, work_dir: str | None = None) -> dict:
    """Each configuration in its own process, one after another, on the same sentences and the same model
    (opus-mt-zh-en's dimensions, random weights, built and converted here), every output `tokens` long;
    rounds interleaved across configurations, each reporting its best. Naive generate gets an eighth of the
    sentences (it is slow)."""
    import multiprocessing as mp
    import tempfile
    import warnings

    from .generation.weights import convert
    from .generation.tiny import OPUS_DIMS, build_marian

    unknown = set(configs) - set(TRANSLATE_CONFIGS)
    if unknown:
        from .errors import SummarizerError

        raise SummarizerError(f"unknown configuration(s) {', '.join(sorted(unknown))}; known: {', '.join(TRANSLATE_CONFIGS)}")
    if os.environ.get("CT2_USE_MKL") == "1":
        print("warning: CT2_USE_MKL=1 makes CTranslate2 int8 many times slower on AMD CPUs")
    texts = bench_sentences(n_sentences)
    tmp = tempfile.TemporaryDirectory(dir=work_dir)
    model_dir, ct2_dir = os.path.join(tmp.name, "marian"), os.path.join(tmp.name, "marian-ct2")
    t = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        lines = bench_sentences(3000, seed=11)
        d = OPUS_DIMS
        build_marian(model_dir, lines, [f"sentence {i} of the benchmark" for i in range(200)], d_model=d["d_model"],
                     layers=d["layers"], heads=d["heads"], ffn=d["ffn"], vocab=d["vocab"], spm_vocab=4000)
        if {"ct2", "ct2_raw"} & set(configs):
            convert(model_dir, ct2_dir, "int8")
    print(f"model: Marian d_model {d['d_model']}, {d['layers']}+{d['layers']} layers, {d['heads']} heads, FFN {d['ffn']}, "
          f"vocabulary {d['vocab']:,}; random weights; built in {time.perf_counter() - t:.0f} s")
    n_naive = max(8, len(texts) // 8)
    print(f"{len(texts)} sentences (naive: {n_naive}), {tokens} generated tokens each, best of {repeat} rounds, "
          f"{os.cpu_count()} cores")
    ctx = mp.get_context("spawn")
    results: dict[str, dict] = {}
    procs: dict[str, tuple] = {}
    try:
        for config in configs:  # one at a time, so that loading is not timed against another's load
            parent, child = ctx.Pipe()
            p = ctx.Process(target=_translate_child,
                            args=(config, model_dir, ct2_dir, texts[:n_naive] if config == "naive" else texts, tokens, child))
            p.start()
            child.close()
            r = _recv(parent, p)
            if "error" in r:
                results[config] = r
                p.join()
            else:
                procs[config] = (parent, p)
        # Rounds interleaved (naive, hf, …, naive, hf, …): a change in the machine's load between the first
        # and the last configuration does not turn into a ratio. Each reports its best round.
        for _ in range(repeat):
            for config, (conn, p) in list(procs.items()):
                conn.send("run")
                r = _recv(conn, p)
                if isinstance(r, dict):  # it failed: its error is its result
                    results[config] = r
                    p.join()
                    del procs[config]
        for config, (conn, p) in procs.items():
            conn.send("stop")
            results[config] = _recv(conn, p)
            p.join()
    finally:
        for conn, p in procs.values():
            if p.is_alive():
                p.kill()
        tmp.cleanup()
    base = results.get("naive", {}).get("sentences_per_s")
    for config in configs:
        r = results[config]
        if "error" in r:
            print(f"{config:>8}: failed: {r['error']}")
            continue
        speed = f" · {r['sentences_per_s'] / base:5.1f}x naive" if base else ""
        print(f"{config:>8}: {r['sentences_per_s']:7.2f} sentences/s · {r['tokens_per_s']:8.1f} tokens/s · "
              f"peak RSS {r['peak_rss_mb']:5} MB{speed}")
    if "ct2" in results and "ct2_raw" in results and "error" not in results["ct2"] and "error" not in results["ct2_raw"]:
        print(f"ct2 / ct2_raw: {results['ct2']['sentences_per_s'] / results['ct2_raw']['sentences_per_s']:.2f}")
    if json_out:
        with open(json_out, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=2)
    return results


# ---- limits: what an oversized or pathological input costs before it is refused -------------------------
# Runs argv[1:] as its child and prints (seconds, its peak RSS in KB, exit code, its CPU seconds). The child's
# peak RSS counts what it inherited at fork, so it is forked from this small interpreter, not from the benchmark.
_MEASURE = """import os, sys, time
t = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
print(time.perf_counter() - t, usage.ru_maxrss, os.waitstatus_to_exitcode(status), usage.ru_utime + usage.ru_stime)
"""


def _child_run(cmd: list[str], stdin=None) -> tuple[float, float, int]:
    """(seconds, peak RSS in MB, exit code) of one command."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", _MEASURE, *cmd], stdin=stdin, capture_output=True, text=True).stdout
    seconds, kb, code, _cpu = out.split()
    return float(seconds), int(kb) / 1024, int(code)


def _vm_hwm_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as f:
        return next(int(line.split()[1]) / 1024 for line in f if line.startswith("VmHWM:"))


def _app_body_refusal(body_mb: int) -> dict:
    """Start the web app, send it a text body of `body_mb` MB, and see how fast and at what memory cost it says no."""
    import http.client
    import socket
    import subprocess
    import sys
    import urllib.request
    from pathlib import Path

    app_py = Path(__file__).resolve().parent.parent / "app.py"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    p = subprocess.Popen([sys.executable, str(app_py), "--port", str(port)], stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, env={**os.environ, "GRADIO_ANALYTICS_ENABLED": "False"})
    try:
        deadline = time.time() + 180
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)
                break
            except OSError:
                if p.poll() is not None or time.time() > deadline:
                    return {"error": "the app did not start"}
                time.sleep(0.5)
        before = _vm_hwm_mb(p.pid)
        body = json.dumps({"data": ["湘" * (body_mb * 1_000_000 // 6), None, "embedded"], "fn_index": 0,
                           "session_hash": "bench"}).encode()
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        t = time.perf_counter()
        c.putrequest("POST", "/gradio_api/queue/join")
        c.putheader("Content-Type", "application/json")
        c.putheader("Content-Length", str(len(body)))
        c.endheaders()
        try:
            c.send(body)
        except OSError:  # answered and closed before the whole body was sent
            pass
        status = c.getresponse().status
        seconds = time.perf_counter() - t
        return {"status": status, "seconds": round(seconds, 3), "body_bytes": len(body),
                "server_peak_rss_mb_before": round(before), "server_peak_rss_mb_after": round(_vm_hwm_mb(p.pid))}
    finally:
        p.terminate()
        p.wait(10)


def run_limits_bench(app: bool = True, json_out: str | None = None) -> dict:
    """The issue-11 figures: a 2 MB page of 100k nested <div> cleaned; `brief` of a 2.3 MB file and of
    /dev/zero refused; a 50 MB text body refused by the web app. Each refusal in its own process."""
    import sys
    import tempfile
    from pathlib import Path

    from .text.clean import clean

    out: dict = {}
    depth = 100_000
    page = "<html><body>" + "<div>" * depth + "<p>江州智能计算中心今天正式启用。</p>" + "</div>" * depth
    page += "<p>" + "湘江实验室揭牌成立。" * ((2_000_000 - len(page.encode())) // 30) + "</p></body></html>"
    t = time.perf_counter()
    clean(page)
    out["clean_nested_divs"] = {"bytes": len(page.encode()), "divs": depth, "seconds": round(time.perf_counter() - t, 2),
                                "peak_rss_mb": round(peak_rss_mb())}
    cli = [sys.executable, "-m", "summarizer.cli", "brief"]
    with tempfile.TemporaryDirectory() as d:
        big = Path(d) / "big.txt"
        big.write_bytes(("湘江实验室揭牌成立。\n".encode() * (2_300_000 // 31 + 1))[:2_300_000])
        s, rss, code = _child_run(cli + [str(big)])
        out["brief_2.3MB_file"] = {"seconds": round(s, 2), "peak_rss_mb": round(rss), "exit": code}
    with open("/dev/zero", "rb") as zero:
        s, rss, code = _child_run(cli + ["-"], stdin=zero)
    out["brief_dev_zero_stdin"] = {"seconds": round(s, 2), "peak_rss_mb": round(rss), "exit": code}
    if app:
        try:
            import gradio  # noqa: F401
            import pebble  # noqa: F401

            out["app_50MB_body"] = _app_body_refusal(50)
        except ImportError:
            out["app_50MB_body"] = {"skipped": "the app extra is not installed"}
    for k, v in out.items():
        print(f"{k:22} " + " · ".join(f"{a} {b}" for a, b in v.items()))
    if json_out:
        with open(json_out, "w", encoding="utf-8") as f:
            json.dump(out, f, indent=2)
    return out
