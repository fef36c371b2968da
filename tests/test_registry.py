"""The registry: built from a run directory, idempotent, one platform per platform across articles, figures
over time, exports opened by pandas/openpyxl, merges/splits undoable, bad input refused in one line, and a
build killed (SIGKILL) at random points then rerun equals an uninterrupted build."""
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import summarizer.registry as registry
from summarizer.registry.build import build, figure_what, parse_date
from summarizer.registry.bench import generate_run
from summarizer.registry.places import kind_of, place_of
from summarizer.schema import Brief

CLI = [sys.executable, "-m", "summarizer.cli"]


# ---- briefs written for these tests (original text, in the style of regional news) ----------------------
def _brief(id: str, title: str, text: str, platforms: list[dict]) -> Brief:
    def field(s: str, en: str = "") -> dict:
        i = text.find(s)
        return {"zh": s, "en": en, "evidence": [[i, i + len(s)]] if i >= 0 else []}

    plats = []
    for p in platforms:
        plats.append({
            "name": field(p["name"], p.get("en", "")),
            "goal": field(p.get("goal", "")) if p.get("goal") else {"zh": "", "en": "", "evidence": []},
            "scale": [{**field(c), "value": v, "unit": u} for c, v, u in p.get("scale", [])],
            "partners": [field(x) for x in p.get("partners", [])],
        })
    return Brief.model_validate({"id": id, "title": {"zh": title, "en": ""}, "text": text, "platforms": plats,
                                 "meta": {"engine": "embedded", "models": {"ner": "lac"}}})


A1 = ("长沙人工智能计算中心开工", "长沙人工智能计算中心今日在长沙高新区开工建设，项目总投资12亿元，由湖南大学与中科曙光共同建设。"
      "该中心以打造中部算力枢纽为目标。")
A2 = ("长沙人工智能计算中心投入运营", "记者从长沙市获悉，长沙人工智能计算中心正式投入运营，项目总投资12亿元，"
      "算力规模达到300P。湖南大学、中科曙光参与运营。")
A3 = ("合肥人工智能计算中心揭牌", "合肥人工智能计算中心在合肥揭牌，总投资8亿元，算力规模达到200P，由中国科学技术大学牵头。")
A4 = ("长沙人工智能计算中心扩容", "长沙人工智能计算中心完成扩容，算力规模达到500P，湖南大学继续参与。")


def _platforms_of(title, text):
    out = []
    for city, n in (("长沙", "长沙人工智能计算中心"), ("合肥", "合肥人工智能计算中心")):
        if n in text:
            scale = []
            for clause, v, u in (("总投资12亿元", 12, "亿元"), ("总投资8亿元", 8, "亿元"), ("算力规模达到300P", 300, "P"),
                                 ("算力规模达到200P", 200, "P"), ("算力规模达到500P", 500, "P")):
                if clause in text:
                    scale.append((clause, v, u))
            partners = [x for x in ("湖南大学", "中科曙光", "中国科学技术大学") if x in text]
            goal = "打造中部算力枢纽" if "打造中部算力枢纽" in text else ""
            out.append({"name": n, "en": f"{'Changsha' if city == '长沙' else 'Hefei'} AI Computing Center",
                        "scale": scale, "partners": partners, "goal": goal})
    return out


def _run_dir(tmp_path: Path, items, dates=None, name="run") -> Path:
    run = tmp_path / name
    run.mkdir()
    with (run / "briefs.jsonl").open("w", encoding="utf-8") as f:
        for i, (title, text) in items:
            f.write(_brief(i, title, text, _platforms_of(title, text)).to_json(indent=None) + "\n")
    arch = run / "input.jsonl"
    with arch.open("w", encoding="utf-8") as f:
        for i, (title, text) in items:
            f.write(json.dumps({"id": i, "title": title, "text": text, "published": (dates or {}).get(i, ""),
                                "url": f"https://news.example.cn/{i}"}, ensure_ascii=False) + "\n")
    (run / "manifest.json").write_text(json.dumps({
        "job": {"input": str(arch), "kind": "brief", "engine": "embedded", "glossary": None,
                "fields": {"id": "id", "text": "", "title": ""}},
        "started_at": "2026-01-01T00:00:00+00:00", "runs": [], "status": "complete"}), encoding="utf-8")
    return run


DATES = {"a1": "2023年3月2日", "a2": "2024-01-15 09:30", "a3": "2024/05/01", "a4": ""}


@pytest.fixture
def run(tmp_path):
    return _run_dir(tmp_path, [("a1", A1), ("a2", A2), ("a3", A3), ("a4", A4)], DATES)


def _dump(db: Path) -> dict:
    """Every table but the build log, in a fixed order: what two builds must agree on."""
    with sqlite3.connect(db) as c:
        tables = [r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT IN "
                                          "('builds', 'imports', '_sqlite_migrations') ORDER BY name")]
        return {t: sorted(map(repr, c.execute(f"SELECT * FROM {t}"))) for t in tables}


# ---- building --------------------------------------------------------------------------------------------
def test_one_platform_across_articles_with_figures_over_time(run):
    res = build(run)
    assert (res.added, res.unchanged, res.bad) == (4, 0, [])
    with registry.open(run) as reg:
        [cs] = reg.find("长沙人工智能计算中心")
        [hf] = reg.find("合肥人工智能计算中心")
        assert cs != hf  # two computing centres in two cities stay two
        p = reg.platform(cs)
        assert (p["city"], p["province"], p["kind"]) == ("长沙", "湖南", "AI computing centre")
        assert p["article_ids"] == ["a1", "a2", "a4"]  # dated first, by date; the undated one last
        assert p["first_date"] == "2023-03-02" and p["last_date"] == "2024-01-15"
        figs = {(f["what"], f["value"], f["unit"]): f for f in p["all_figures"]}
        # the same investment in the signing and the opening is one figure with two sources
        assert figs[("总投资", 12, "亿元")]["article_ids"] == ["a1", "a2"]
        # a changed figure keeps both values, with their dates (a4 has none)
        assert figs[("算力规模", 300, "P")]["first_date"] == "2024-01-15"
        assert figs[("算力规模", 500, "P")]["first_date"] is None
        assert {(f["what"], f["value"]) for f in p["figures"]} == {("总投资", 12), ("算力规模", 500)}  # the latest per what
        assert p["partners"][0] == "湖南大学" and "中科曙光" in p["partners"]
        src = p["sources"][0]
        assert src["name_evidence"][0]["text"] == "长沙人工智能计算中心"  # evidence spans index the article text
        assert src["url"] == "https://news.example.cn/a1" and src["engine"] == "embedded" and src["models"] == {"ner": "lac"}
        assert reg.platforms(province="安徽")[0]["platform_id"] == hf
        assert [r["platform_id"] for r in reg.platforms(partner="中科曙光")] == [cs]
        assert [r["platform_id"] for r in reg.platforms(year=2024)] == [cs, hf]


def test_platforms_updated_from_their_new_mentions_equal_platforms_made_from_all_of_them(run, tmp_path):
    """A platform that gains mentions is updated from the new ones only (its summary: bounded work per new
    mention however many articles it has); that gives what folding all of its mentions again gives. A registry
    of schema version 1 (no summaries) gets them as its platforms come up again."""
    from summarizer.registry.build import refresh_platforms
    from summarizer.registry.store import open_db, transaction

    build(run, batch_lines=1)  # one article per batch: the 长沙 centre grows mention by mention
    db = run / "registry.sqlite"
    grown = _dump(db)
    assert len(grown["platform_summaries"]) == 2
    reg = open_db(db, write=True)
    with transaction(reg):
        refresh_platforms(reg, {r[0] for r in reg.execute("SELECT platform_id FROM platforms")})
    reg.conn.close()
    assert _dump(db) == grown
    # the same registry as schema version 1 left it, then one more article
    with sqlite3.connect(db) as c:
        c.execute("DROP TABLE platform_summaries")
        c.execute("DELETE FROM _sqlite_migrations WHERE name = 'm002_platform_summaries'")
    a5 = _brief("a5", "合肥人工智能计算中心签约", "合肥人工智能计算中心签约仪式举行。", _platforms_of("", "合肥人工智能计算中心"))
    with (run / "briefs.jsonl").open("a", encoding="utf-8") as f:
        f.write(a5.to_json(indent=None) + "\n")
    assert build(run, batch_lines=1).added == 1
    fresh = _run_dir(tmp_path, [], name="fresh")
    (fresh / "briefs.jsonl").write_bytes((run / "briefs.jsonl").read_bytes())
    (fresh / "input.jsonl").write_bytes((run / "input.jsonl").read_bytes())
    build(fresh, batch_lines=1)
    migrated = _dump(db)
    new = {t: sorted(r.replace(str(fresh), str(run)) for r in rows) for t, rows in _dump(fresh / "registry.sqlite").items()}
    hf = [r for r in new["platforms"] if "合肥" in r]
    assert len(hf) == 1 and [r for r in migrated["platforms"] if "合肥" in r] == hf
    assert {t: v for t, v in migrated.items() if t != "platform_summaries"} == \
        {t: v for t, v in new.items() if t != "platform_summaries"}
    assert len(migrated["platform_summaries"]) == 1  # 合肥's, made when a5 met it; 长沙's when it next comes up


def test_build_again_adds_nothing_and_a_changed_brief_replaces_its_old_self(run, tmp_path):
    build(run)
    before = _dump(run / "registry.sqlite")
    res = build(run)
    assert (res.added, res.replaced, res.unchanged) == (0, 0, 4)
    assert _dump(run / "registry.sqlite") == before
    # a later run re-briefed a2 (other content, same id) and added a5: a2 replaced, nothing duplicated
    lines = (run / "briefs.jsonl").read_text(encoding="utf-8").splitlines()
    a2 = json.loads(lines[1])
    a2["platforms"][0]["scale"] = a2["platforms"][0]["scale"][:1]
    lines[1] = json.dumps(a2, ensure_ascii=False)
    a5 = _brief("a5", "合肥人工智能计算中心签约", "合肥人工智能计算中心签约仪式举行。", _platforms_of("", "合肥人工智能计算中心"))
    (run / "briefs.jsonl").write_text("\n".join(lines + [a5.to_json(indent=None)]) + "\n", encoding="utf-8")
    res = build(run)
    assert (res.added, res.replaced, res.unchanged) == (1, 1, 3)
    with sqlite3.connect(run / "registry.sqlite") as c:
        assert c.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
        assert c.execute("SELECT count(*) FROM mentions").fetchone()[0] == 5
        assert c.execute("SELECT count(*) FROM platforms").fetchone()[0] == 2
        assert c.execute("SELECT count(*) FROM figures f JOIN mentions m USING (mention_id) "
                         "WHERE m.article_id = 'a2'").fetchone()[0] == 1


def test_bad_lines_are_reported_and_the_rest_is_built(run):
    good = (run / "briefs.jsonl").read_text(encoding="utf-8")
    other = json.loads(good.splitlines()[0])
    other.update(schema_version="2.0", id="future")
    bad = good + "{not json}\n" + json.dumps({"id": "x", "unknown": 1}) + "\n" + json.dumps(other) + "\n" + '{"schema_version":"1.0","id":"torn'
    (run / "briefs.jsonl").write_text(bad, encoding="utf-8")
    p = subprocess.run(CLI + ["registry", "build", str(run), "--no-progress"], capture_output=True, text=True, timeout=120)
    assert p.returncode == 1, p.stderr
    err = [x for x in p.stderr.splitlines() if x.startswith("error:")]
    assert len(err) == 4 and "Traceback" not in p.stderr
    assert "line 5: not JSON" in err[0] and "line 6: not a brief" in err[1]
    assert "schema version 2.0" in err[2] and "line 8: torn" in err[3]
    with sqlite3.connect(run / "registry.sqlite") as c:
        assert c.execute("SELECT count(*) FROM articles").fetchone()[0] == 4


def test_refused_databases_say_why_in_one_line(run, tmp_path):
    def cli(*args):
        return subprocess.run(CLI + ["registry", *args], capture_output=True, text=True, timeout=120)

    not_ours = tmp_path / "other.sqlite"
    with sqlite3.connect(not_ours) as c:
        c.execute("CREATE TABLE t (x)")
    p = cli("build", str(run), "--db", str(not_ours), "--no-progress")
    assert p.returncode == 2 and p.stderr.startswith("error:") and "not a summarizer registry" in p.stderr
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"hello, not a database" * 100)
    p = cli("export", "--db", str(junk), "--format", "csv", "--out", str(tmp_path / "x.csv"))
    assert p.returncode == 2 and "not a registry database" in p.stderr and p.stderr.count("\n") == 1
    # a registry written by a newer summarizer (a migration this one does not know)
    build(run)
    db = run / "registry.sqlite"
    with sqlite3.connect(db) as c:
        c.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('summarizer-registry', 'm999_future', 'x')")
    p = cli("build", str(run), "--no-progress")
    assert p.returncode == 2 and f"schema version {registry.SCHEMA_VERSION + 1}" in p.stderr and "newer" in p.stderr
    with sqlite3.connect(db) as c:
        c.execute("DELETE FROM _sqlite_migrations WHERE name = 'm999_future'")
    # locked by another writer
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        t = time.time()
        p = cli("merge", "1", "2", "--db", str(db))
        assert p.returncode == 2 and "locked" in p.stderr, p.stderr
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_read_only_database_reads_and_refuses_writes(run):
    build(run)
    db = run / "registry.sqlite"
    before = _dump(db)
    os.chmod(db, 0o444)
    try:
        if os.access(db, os.W_OK):
            pytest.skip("root ignores file modes (test_readonly_database_as_root_too covers the message)")
        p = subprocess.run(CLI + ["registry", "merge", "1", "2", "--db", str(db)], capture_output=True, text=True)
        assert p.returncode == 2 and "read-only" in p.stderr
        with registry.open(db) as reg:
            assert len(reg.platforms()) == 2
    finally:
        os.chmod(db, 0o644)
    assert _dump(db) == before


def test_one_build_at_a_time(run):
    import fcntl

    from summarizer.errors import SummarizerError

    with open(run / "registry.sqlite.build-lock", "w") as other:
        fcntl.flock(other, fcntl.LOCK_EX)
        with pytest.raises(SummarizerError, match="another build is writing"):
            build(run)
        with pytest.raises(SummarizerError, match="another build is writing"):
            registry.open(run, write=True)
    assert build(run).added == 4


def test_readonly_database_as_root_too(run, tmp_path):
    """Root ignores file modes: a read-only mount is what refuses it. sqlite's immutable/ro URI stands in:
    writes through a read-only connection are refused in one line."""
    build(run)
    from summarizer.registry.store import db_error

    c = sqlite3.connect(f"file:{run / 'registry.sqlite'}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as e:
        c.execute("DELETE FROM platforms")
    assert "read-only" in str(db_error(e.value, run / "registry.sqlite"))


# ---- exports ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["csv", "xlsx", "parquet"])
def test_export_opens_in_pandas_and_openpyxl(run, tmp_path, fmt):
    pd = pytest.importorskip("pandas")
    build(run)
    out = tmp_path / f"platforms.{fmt}"
    p = subprocess.run(CLI + ["registry", "export", str(run), "--format", fmt, "--out", str(out)],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    if fmt == "xlsx":
        openpyxl = pytest.importorskip("openpyxl")
        ws = openpyxl.load_workbook(out, read_only=True)["platforms"]
        rows = list(ws.values)
        assert rows[0][:8] == ("platform_id", "name_zh", "name_en", "kind", "city", "province", "names", "article_ids")
        df = pd.read_excel(out)
    elif fmt == "csv":
        df = pd.read_csv(out, encoding="utf-8-sig")
    else:
        df = pd.read_parquet(out)
    assert len(df) == 2
    cs = df[df["name_zh"] == "长沙人工智能计算中心"].iloc[0]
    assert json.loads(cs["names"]) == ["长沙人工智能计算中心"]
    assert json.loads(cs["article_ids"]) == ["a1", "a2", "a4"]
    assert (cs["city"], cs["province"]) == ("长沙", "湖南")
    assert {(f["what"], f["value"]) for f in json.loads(cs["figures"])} == {("总投资", 12), ("算力规模", 500)}
    assert json.loads(cs["partners"])[0] == "湖南大学"


def test_python_api_dataframe(run):
    pytest.importorskip("pandas")
    build(run)
    df = registry.open(run / "registry.sqlite").dataframe()
    assert sorted(df["name_zh"]) == ["合肥人工智能计算中心", "长沙人工智能计算中心"]
    assert df.set_index("name_zh").loc["合肥人工智能计算中心", "article_ids"] == ["a3"]


# ---- merges and splits -----------------------------------------------------------------------------------
def test_merge_split_undo_survive_builds(run):
    build(run)
    db = run / "registry.sqlite"
    with registry.open(db, write=True) as reg:
        [cs], [hf] = reg.find("长沙人工智能计算中心"), reg.find("合肥人工智能计算中心")
        d1 = reg.merge([cs, hf], note="test")
        assert reg.find("合肥人工智能计算中心") == [min(cs, hf)]
        assert len(reg.platforms()) == 1
    # a later build, and a recluster, keep the merge
    build(run)
    registry.recluster(db)
    with registry.open(db, write=True) as reg:
        assert len(reg.platforms()) == 1
        p = reg.platform(reg.find("长沙人工智能计算中心")[0])
        assert "merged by the user (decision 1)" in {s["reason"] for s in p["sources"]}
        reg.undo(d1)
        assert len(reg.platforms()) == 2
        [cs] = reg.find("长沙人工智能计算中心")
        d2 = reg.split(cs, ["a4"])
        assert len(reg.platforms()) == 3
        assert [d["action"] for d in reg.decisions()] == ["merge", "split"] and reg.decisions()[0]["undone_at"]
    registry.recluster(db)
    with registry.open(db) as reg:
        assert len(reg.platforms()) == 3
        split_off = [r for r in reg.platforms() if r["article_ids"] == ["a4"]]
        assert len(split_off) == 1
    p = subprocess.run(CLI + ["registry", "show", "长沙人工智能计算中心", "--db", str(db)], capture_output=True, text=True, timeout=120)
    assert p.returncode == 2 and "2 platforms match" in p.stderr  # the split made two of that name
    p = subprocess.run(CLI + ["registry", "show", str(split_off[0]["platform_id"]), "--db", str(db)],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0 and "split off by the user" in p.stdout and "算力规模 500P" in p.stdout


# ---- lexicons and parsers --------------------------------------------------------------------------------
def test_places_kinds_dates_and_what_figures_measure():
    assert place_of([("name", "武汉人工智能计算中心")])[0].province == "湖北"
    assert place_of([("name", "数据交易所"), ("sentence", "在浦东揭牌")])[0].city == "上海"
    pl, where = place_of([("name", "嘉庚创新实验室"), ("sentence", "福建省科技厅表示"), ("article", "位于厦门市")])
    assert (pl.city, pl.province, where) == ("厦门", "福建", "article")  # a city further away beats a province
    assert place_of([("name", "吉林省数据中心")])[0] == place_of([("name", "吉林省")])[0]
    assert place_of([("name", "国家超算中心")])[0].province is None
    assert kind_of("深圳数据交易所") == "data exchange" and kind_of("某某产业园（一期）") == "industrial park"
    assert parse_date("2021年12月12日") == "2021-12-12" and parse_date("2023/3") == "2023-03"
    assert parse_date("") is None and parse_date("yesterday") is None
    assert figure_what("项目总投资约50亿元", "亿元") == "总投资"
    assert figure_what("占地面积达120亩", "亩") == "占地面积"
    assert figure_what("已聚集企业300余家", "家") == "企业"


# ---- SIGKILL at random points ----------------------------------------------------------------------------
SEEDS = [_brief(f"s{i}", t, x, _platforms_of(t, x)).to_json(indent=None) for i, (t, x) in enumerate([A1, A2, A3, A4])]


def _built(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as c:
            return c.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:  # not created yet
        return 0


def test_sigkill_at_random_points_then_rerun_equals_an_uninterrupted_build(tmp_path):
    n = 2000
    run = generate_run(tmp_path / "run", n, SEEDS)
    clean = tmp_path / "clean.sqlite"
    build(run, clean, batch_lines=10)
    cmd = CLI + ["registry", "build", str(run), "--no-progress", "--batch-lines", "10"]
    db = run / "registry.sqlite"
    rng = random.Random(5)
    killed_at = []
    for target in sorted(rng.sample(range(n // 10, n * 8 // 10), 3)):
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while p.poll() is None and _built(db) < target:
            time.sleep(0.02)
        time.sleep(rng.uniform(0, 0.05))  # anywhere in the next batches: mid-transaction or between them
        assert p.poll() is None, "the build must be killed midway"
        os.kill(p.pid, signal.SIGKILL)
        p.wait()
        killed_at.append(_built(db))  # what a killed build left is a committed state: it opens and reads
    # Each kill left a committed state no smaller than the last; on a fast moment the last build may have
    # written its final batch before the signal came, but the first was stopped midway.
    assert killed_at == sorted(killed_at) and killed_at[0] < n
    q = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert q.returncode == 0, q.stderr
    assert _dump(db) == _dump(clean)


def test_follow_builds_a_run_while_it_is_written(tmp_path):
    """--follow: lines land while a batch run holds RUN_DIR/.lock (one written in two pieces); the build
    waits for them and ends when the run releases the lock."""
    import fcntl
    import threading

    full = _run_dir(tmp_path, [("a1", A1), ("a2", A2), ("a3", A3), ("a4", A4)], DATES, name="full")
    lines = (full / "briefs.jsonl").read_bytes().splitlines(keepends=True)
    run = tmp_path / "live"
    run.mkdir()
    for f in ("input.jsonl", "manifest.json"):
        (run / f).write_bytes((full / f).read_bytes())
    lock = open(run / ".lock", "w")
    fcntl.flock(lock, fcntl.LOCK_EX)
    out = open(run / "briefs.jsonl", "wb")

    def writer():
        for i, line in enumerate(lines):
            time.sleep(0.3)
            if i == 2:  # a line in two writes: the build must wait for its end
                out.write(line[:50])
                out.flush()
                time.sleep(0.3)
                line = line[50:]
            out.write(line)
            out.flush()
        time.sleep(0.3)
        out.close()
        lock.close()  # the run ends

    t = threading.Thread(target=writer)
    t.start()
    res = build(run, follow=True, poll_s=0.05)
    t.join()
    assert (res.added, res.bad) == (4, [])
    with registry.open(run) as reg:
        assert len(reg.platforms()) == 2
