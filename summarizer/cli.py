"""Command line: brief, eval, batch, translate, registry, serve, models, bench. A thin shell over the public API.

Exit codes: 0 done; 1 an archive run finished but some records failed (errors.jsonl); 2 refused (bad input,
bad options, a missing extra or model, an environment error such as a full or read-only disk); 3 an internal
error (a bug: report it; SUMMARIZER_DEBUG=1 shows the traceback); 130 interrupted. Every failure is one line
on stderr starting with "error:"."""
from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import click

from .errors import InputNotFound, InternalError, MissingExtra, SummarizerError


def _one_line(msg: object) -> str:
    """A message on one line: some libraries' messages (PyYAML's) run over several."""
    return " ".join(str(msg).split())


class _Group(click.Group):
    """The CLI's edge: whatever happens below ends in one line on stderr and a documented exit code,
    never a traceback."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode: bool = True, **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            rv = super().main(args, prog_name, complete_var, False, **extra)
        except _NO_ARGS as e:  # `summarizer` or `summarizer models` alone: the help, as asked
            click.echo(e.ctx.get_help() if e.ctx else "")
            sys.exit(0)
        except click.ClickException as e:  # a usage error or a bad option value: one line too
            _fail(f"{_one_line(e.format_message())} (--help shows the usage)", 2)
        except click.Abort:
            _fail("interrupted", 130)
        sys.exit(rv if isinstance(rv, int) else 0)  # --help and --version return their exit code

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except InternalError as e:  # a bug, caught at brief()'s edge with its sentence
            _fail(_one_line(e), 3)
        except SummarizerError as e:
            _fail(_one_line(e), 2)
        except BrokenPipeError:  # `summarizer brief x | head`: the reader left; nothing to say
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(0)
        except OSError as e:  # the machine: a full disk, a permission, a vanished file
            where = f" ({e.filename})" if getattr(e, "filename", None) else ""
            _fail(f"{e.strerror or _one_line(e)}{where}", 2)
        except KeyboardInterrupt:
            _fail("interrupted", 130)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except Exception as e:  # a bug: one line here, the traceback on request
            if os.environ.get("SUMMARIZER_DEBUG"):
                raise
            _fail(f"internal error ({type(e).__name__}: {_one_line(e)[:300]}); please report it "
                  "(SUMMARIZER_DEBUG=1 shows the traceback)", 3)


_NO_ARGS = getattr(click.exceptions, "NoArgsIsHelpError", ())  # click 8.2+: a group called without a command


def _fail(message: str, code: int) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def require_extra(extra: str, *modules: str) -> None:
    """MissingExtra, naming the pip install, when a module of an optional extra is not installed."""
    for m in modules:
        try:
            found = importlib.util.find_spec(m) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            raise MissingExtra(f"this command needs the {extra} extra ({m} is not installed): "
                               f"pip install -c constraints.txt -e '.[{extra}]'")


EVAL_MODULES = ("rouge_score", "sacrebleu", "sumy", "jieba")
SEQ2SEQ_MODULES = ("torch", "transformers", "sentencepiece", "ctranslate2")


@click.group(cls=_Group)
@click.version_option(package_name="summarizer")
def main() -> None:
    """Chinese regional science & technology news → structured bilingual briefs."""


ENGINES = ["embedded", "seq2seq"]


# Options shared by several commands (one definition each).
_DEVICE = click.option("--device", type=click.Choice(["auto", "cpu", "cuda"]), default="auto", show_default=True,
                       help="seq2seq: where the models run (auto: CUDA when present).")
_QUANTIZE = click.option("--quantize", type=click.Choice(["none", "int8"]), default="none", show_default=True,
                         help="seq2seq on Transformers: torch dynamic int8 of every linear layer (CPU, about 3x faster).")
_CACHE = click.option("--cache/--no-cache", default=True, show_default=True,
                      help="seq2seq: keep translations in OUT/translation_cache.sqlite (repeated sentences and resumed runs).")


def _seq2seq_options(f):
    for opt in reversed([
        click.option("--model", default=None, metavar="ID|DIR",
                     help="seq2seq: the model that condenses (mT5/mT0, BART, Pegasus), or translates (Marian, M2M100, "
                          "NLLB). A local directory or a hub id already on this machine (`summarizer models list`)."),
        click.option("--translator-model", default=None, metavar="ID|DIR",
                     help="seq2seq: the zh→en translator (default: --model when it translates, else "
                          "Helsinki-NLP/opus-mt-zh-en; `glossary` keeps the embedded one). A CTranslate2 directory "
                          "(`summarizer models convert`) runs on CTranslate2."),
        _DEVICE,
        _QUANTIZE,
    ]):
        f = opt(f)
    return f


def _engine_options(engine: str, model, translator_model, device, quantize, **extra) -> dict:
    """Keyword arguments of get_engine for these options; model options need --engine seq2seq."""
    if engine != "seq2seq":
        if model or translator_model:
            raise SummarizerError("--model and --translator-model need --engine seq2seq")
        return {}
    opts = {"model": model, "translator_model": translator_model, "device": device,
            "quantize": None if quantize == "none" else quantize, **extra}
    return {k: v for k, v in opts.items() if v is not None}


@main.command()
@click.argument("source", metavar="PATH|-")
@click.option("--format", "fmt", type=click.Choice(["json", "md"]), default="json", show_default=True,
              help="json is exactly the Brief schema; md is a bilingual Markdown report.")
@click.option("--engine", type=click.Choice(ENGINES), default="embedded", show_default=True,
              help="embedded needs no model; seq2seq runs local Transformers/CTranslate2 models.")
@_seq2seq_options
@click.option("--glossary", type=click.Path(dir_okay=False), default=None,
              help="User glossary (TSV: zh<TAB>en[<TAB>kind[<TAB>aliases]], or YAML zh: en); overrides the built-in one.")
@click.option("--id", "doc_id", default="", help="Id to put in the brief (default: file name, or a hash of the text).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=None,
              help="Refuse a larger article (default 2,000,000, or SUMMARIZER_MAX_BYTES).")
def brief(source: str, fmt: str, engine: str, model, translator_model, device, quantize, glossary: str | None,
          doc_id: str, max_bytes: int | None) -> None:
    """Print the brief of one article (a file, or - for standard input)."""
    from .pipeline import get_engine
    from .render import render
    from .text.decode import max_bytes as limit_now, set_max_bytes

    if max_bytes:
        set_max_bytes(max_bytes)
    data, default_id = _article_arg(source, limit_now())  # before the engine loads: a refusal is instant
    eng = get_engine(engine, glossary=glossary, **_engine_options(engine, model, translator_model, device, quantize))
    click.echo(render(eng.brief(data, id=doc_id or default_id), fmt))


def _article_arg(source: str, limit: int) -> tuple[bytes | Path, str]:
    """(what to brief, its default id) for PATH or -, checked against the byte limit before the engine
    loads. Standard input, pipes (<(cmd)) and devices are read here, in chunks, never past the limit; a
    regular file is left for the engine to read."""
    from .text.decode import check_path, read_limited, read_path

    if source == "-":
        return read_limited(sys.stdin.buffer, "standard input", limit), ""
    path = Path(source).expanduser()
    if check_path(path, limit):
        return path, ""
    return read_path(path, limit), "" if str(path).startswith(("/dev/", "/proc/")) else path.stem


@main.command("eval")
@click.option("--refs", type=click.Path(dir_okay=False), multiple=True,
              help="JSONL of {id, article, reference: Brief} (eval/README.md): field scores, worst articles (repeatable).")
@click.option("--cv", type=click.IntRange(min=2), default=None, metavar="K",
              help="With --refs: cross-validate the decision models by article, K folds (each article scored by a "
                   "model trained without it).")
@click.option("--summaries", type=click.Path(dir_okay=False), default=None,
              help="JSONL of {id, article, summary}: our summary vs LEAD and TextRank, ROUGE at equal length.")
@click.option("--ids", type=click.Path(dir_okay=False), default=None, help="With --summaries: only these ids (one a line).")
@click.option("--id-prefix", "prefixes", multiple=True, help="With --summaries: only ids starting so (repeatable).")
@click.option("--translations", type=click.Path(dir_okay=False), default=None,
              help="JSONL of {zh, en}: corpus chrF and BLEU of the translator.")
@click.option("--engine", type=click.Choice(ENGINES), default="embedded", show_default=True)
@_seq2seq_options
@click.option("--limit", type=int, default=None, help="Score at most this many records of each file.")
@click.option("--worst", type=int, default=5, show_default=True, help="How many worst articles to show with --refs.")
@click.option("--report", type=click.Path(dir_okay=False), default=None, help="Write every score, per article, as JSON.")
def eval_cmd(refs, cv, summaries, ids, prefixes, translations, engine, model, translator_model, device, quantize, limit,
             worst, report) -> None:
    """How good are the briefs? Scores against hand-written references, human summaries and translations."""
    import json

    require_extra("eval", *EVAL_MODULES)
    from .eval import harness
    from .pipeline import get_engine

    if not (refs or summaries or translations):
        raise SummarizerError("nothing to evaluate: give --refs, --summaries and/or --translations")
    eng = get_engine(engine, **_engine_options(engine, model, translator_model, device, quantize))
    out: dict = {}
    if cv and not refs:
        raise SummarizerError("--cv needs --refs")
    if refs:
        if cv:
            require_extra("eval", "sklearn")
            r = harness.cross_validate_refs(eng, list(refs), cv, progress=sys.stderr.isatty(), limit=limit)
        else:
            r = harness.evaluate_refs(eng, list(refs), progress=sys.stderr.isatty(), limit=limit)
        out["references"] = r
        click.echo(harness.format_refs(r, worst))
    for label, path in (("summaries", summaries), ("translations", translations)):
        if path and not Path(path).is_file():
            # The public corpora live outside the repo (../shared/corpus); their absence is not an error.
            click.echo(f"skipped --{label}: {path} does not exist (the corpus is not on this machine)", err=True)
            continue
        if label == "summaries" and path:
            wanted = None
            if ids:
                if not Path(ids).is_file():
                    raise InputNotFound(f"no such file: {ids}")
                wanted = {x.strip() for x in Path(ids).read_text(encoding="utf-8").split() if x.strip()}
            out["summaries"] = r = harness.evaluate_summaries(eng, path, wanted, limit, progress=sys.stderr.isatty(),
                                                                   prefixes=tuple(prefixes))
            click.echo(harness.format_summaries(r))
        elif label == "translations" and path:
            out["translations"] = r = harness.evaluate_translations(eng.translator, path, limit)
            click.echo(harness.format_translations(r))
    if report:
        Path(report).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        click.echo(f"report: {report}", err=True)


@main.command("train")
@click.option("--refs", type=click.Path(dir_okay=False), multiple=True, required=True,
              help="Gold briefs (JSONL, as for eval --refs); repeatable: all are used.")
@click.option("--out", type=click.Path(dir_okay=False), default=None,
              help="Where to write the models (default: the package's summarizer/data/decisions.json).")
@click.option("--kinds", default=None, metavar="K[,K]",
              help="Which decisions to learn: platform, partner, scale, goal (default: those that beat the hand rules in "
                   "cross-validation); the others stay with the hand rules.")
def train_cmd(refs, out, kinds) -> None:
    """Train the decision models (platform, partner, scale, goal) from gold briefs; deterministic."""
    require_extra("eval", *EVAL_MODULES, "sklearn")
    from .decide import train
    from .decide.model import DEFAULT_PATH
    from .eval import harness
    from .pipeline import EmbeddedEngine

    gold, errors = harness.load_all(list(refs))
    for e in errors:
        click.echo(f"skipped: {e}", err=True)
    if not gold:
        raise SummarizerError("no usable gold brief in " + ", ".join(refs))
    eng = EmbeddedEngine(decisions=train.Decisions())
    chosen = tuple(k.strip() for k in kinds.split(",") if k.strip()) if kinds else train.SHIPPED
    bad = [k for k in chosen if k not in train.KINDS]
    if bad:
        raise SummarizerError(f"--kinds: no such decision {', '.join(bad)} ({', '.join(train.KINDS)})")
    ex = train.examples(eng, gold, progress=sys.stderr.isatty())
    models = train.fit(ex, kinds=chosen, info={"refs": [Path(r).name for r in refs],
                                 "command": "summarizer train " + " ".join(f"--refs {Path(r).name}" for r in refs)
                                 + (f" --kinds {','.join(chosen)}" if kinds else "")})
    path = Path(out) if out else DEFAULT_PATH
    models.save(path)
    counts = ", ".join(f"{k} {sum(len(a.by_kind.get(k, [])) for a in ex)} candidates" for k in models.models)
    click.echo(f"trained on {len(gold)} articles ({counts}): {path}")


def _archive_options(f):
    for opt in reversed([
        click.argument("input_path", metavar="INPUT"),
        click.option("--out", "out", required=True, type=click.Path(file_okay=False), help="Run directory (created; resumed if it exists)."),
        click.option("--workers", default=1, show_default=True, help="Worker processes (one per core is the sweet spot)."),
        click.option("--backend", type=click.Choice(["local", "ray"]), default="local", show_default=True,
                     help="ray: Ray Data actors; RAY_ADDRESS points at a cluster."),
        click.option("--id-field", default="id", show_default=True, help="JSONL/CSV/Parquet column with the record id."),
        click.option("--text-field", default="", help="Column with the article (default: text, article, content or body)."),
        click.option("--title-field", default="", help="Column with the title (default: title or headline)."),
        click.option("--glossary", type=click.Path(dir_okay=False), default=None, help="User glossary (TSV or YAML)."),
        click.option("--force", is_flag=True, help="Start over: forget what the run directory holds."),
        click.option("--limit", type=int, default=None, help="Only the first N records."),
        click.option("--max-bytes", type=click.IntRange(min=1), default=None,
                     help="Larger records are refused, in errors.jsonl (default 2,000,000, or SUMMARIZER_MAX_BYTES)."),
        click.option("--no-progress", is_flag=True, help="No progress bar."),
    ]):
        f = opt(f)
    return f


def _run_archive(spec, input_path, out, workers, backend, id_field, text_field, title_field, force, limit,
                 max_bytes, no_progress) -> None:
    from .archives.records import Fields
    from .archives.runs import run

    res = run(input_path, out, spec, workers=workers, backend=backend, force=force, limit=limit, max_bytes=max_bytes,
              fields=Fields(id=id_field, text=text_field, title=title_field), progress=not no_progress)
    click.echo(res.line(), err=True)
    if not res.ok:
        click.echo(f"some records failed: see {Path(out) / 'errors.jsonl'}", err=True)
        sys.exit(1)


def _cache_path(out: str, cache: bool) -> dict:
    return {"cache_path": str(Path(out) / "translation_cache.sqlite")} if cache else {}


@main.command("batch")
@_archive_options
@click.option("--engine", type=click.Choice(ENGINES), default="embedded", show_default=True)
@_seq2seq_options
@_CACHE
def batch_cmd(input_path, out, workers, backend, id_field, text_field, title_field, glossary, force, limit, max_bytes,
              no_progress, engine, model, translator_model, device, quantize, cache) -> None:
    """One brief per article of an archive (directory, JSONL, CSV, Parquet) into OUT/briefs.jsonl.

    Resumable: run the same command again after an interruption. Exit code 1 when some records failed
    (OUT/errors.jsonl says which and why), 0 when all succeeded."""
    from .archives.runs import JobSpec

    opts = _engine_options(engine, model, translator_model, device, quantize,
                           **(_cache_path(out, cache) if engine == "seq2seq" else {}))
    _run_archive(JobSpec("brief", engine, glossary, options=opts), input_path, out, workers, backend, id_field,
                 text_field, title_field, force, limit, max_bytes, no_progress)


@main.command("translate")
@_archive_options
@click.option("--translator", type=click.Choice(["glossary", "seq2seq"]), default="glossary", show_default=True,
              help="glossary works offline (word by word); seq2seq runs --translator-model.")
@click.option("--translator-model", default=None, metavar="ID|DIR",
              help="seq2seq: the zh→en model (default Helsinki-NLP/opus-mt-zh-en); a CTranslate2 directory runs on CTranslate2.")
@_DEVICE
@_QUANTIZE
@_CACHE
@click.option("--markdown", is_flag=True, help="Also write bilingual Markdown per article into OUT/markdown/.")
def translate_cmd(input_path, out, workers, backend, id_field, text_field, title_field, glossary, force, limit,
                  max_bytes, no_progress, translator, translator_model, device, quantize, cache, markdown) -> None:
    """Translate whole articles sentence by sentence into OUT/translations.jsonl (zh/en pairs, full English)."""
    from .archives.runs import JobSpec

    engine = "seq2seq" if translator == "seq2seq" else "embedded"
    if translator_model and engine != "seq2seq":
        raise SummarizerError("--translator-model needs --translator seq2seq")
    opts = _engine_options(engine, None, translator_model, device, quantize, **_cache_path(out, cache and engine == "seq2seq"))
    spec = JobSpec("translate", engine, glossary, str(Path(out) / "markdown") if markdown else None, options=opts)
    _run_archive(spec, input_path, out, workers, backend, id_field, text_field, title_field, force, limit,
                 max_bytes, no_progress)


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="0.0.0.0 to serve other machines.")
@click.option("--port", default=7860, show_default=True)
@click.option("--time-budget", type=click.FloatRange(min=0, min_open=True), default=None,
              help="Seconds one article may take (default 60, or SUMMARIZER_TIME_BUDGET).")
@_seq2seq_options
def serve(host: str, port: int, time_budget: float | None, model, translator_model, device, quantize) -> None:
    """The web app (app.py at the repository root): one article or a batch, in a browser. With --model
    and/or --translator-model it also offers the seq2seq engine."""
    require_extra("app", "gradio", "pebble")
    app_py = Path(__file__).resolve().parent.parent / "app.py"
    if not app_py.exists():
        raise SummarizerError("app.py is not beside the package (run from a source checkout: pip install -e .)")
    try:
        spec = importlib.util.spec_from_file_location("summarizer_app", app_py)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
    except ImportError as e:
        raise MissingExtra(f"the web app needs the app extra ({e.name}): pip install -c constraints.txt -e '.[app]'")
    seq2seq = _engine_options("seq2seq", model, translator_model, device, quantize) if (model or translator_model) else None
    mod.launch(host, port, seq2seq=seq2seq, time_budget=time_budget)


@main.group()
def models() -> None:
    """Seq2seq models: which are here, get one (where a network exists), convert one to CTranslate2."""


@models.command("list")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable.")
def models_list(as_json: bool) -> None:
    """Known default models and local ones, and whether each is on this machine (never goes online)."""
    import json

    from .generation.weights import list_models, models_home

    rows = list_models()
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    for r in rows:
        mark = "present" if r["present"] else "missing"
        click.echo(f"{mark:8} {r['role']:9} {r['id']}  ({r['note']})" + (f"\n{'':19}{r['path']}" if r["path"] else ""))
    click.echo(f"local models folder: {models_home()} (SUMMARIZER_MODELS)", err=True)


@models.command("pull")
@click.argument("model_id")
def models_pull(model_id: str) -> None:
    """Download MODEL_ID from the Hugging Face hub into its cache (needs a network)."""
    from .generation.weights import pull

    click.echo(str(pull(model_id)))


@models.command("convert")
@click.argument("src", metavar="SRC")
@click.argument("out", metavar="OUT")
@click.option("--quantization", type=click.Choice(["int8", "int8_float32", "int16", "float16", "float32", "none"]),
              default="int8", show_default=True, help="Weights as stored by CTranslate2 (int8: 4x smaller, fastest on CPU).")
@click.option("--force", is_flag=True, help="Overwrite OUT.")
def models_convert(src: str, out: str, quantization: str, force: bool) -> None:
    """Convert a Transformers model (SRC: a directory or a hub id already here) to CTranslate2 in OUT,
    tokenizer included; then give OUT as --translator-model."""
    require_extra("seq2seq", *SEQ2SEQ_MODULES)
    from .generation.weights import convert

    click.echo(str(convert(src, out, None if quantization == "none" else quantization, force)))


@main.group()
def registry() -> None:
    """One row per platform across every article: an SQLite registry built from run directories.

    Exit codes as for every command; `build` exits 1 when some lines of briefs.jsonl were not built (each
    one said on stderr) and 2 when it is refused (a database of another schema, locked or read-only)."""


def _registry_db(run_dir: str | None, db: str | None) -> str:
    from .registry import default_db

    if db:
        return db
    if run_dir:
        return str(default_db(run_dir))
    raise click.UsageError("give a RUN_DIR or --db PATH")


_DB = click.option("--db", "db", type=click.Path(dir_okay=False), default=None,
                   help="The registry database (default RUN_DIR/registry.sqlite).")
_RUN = click.option("--run", "run_dir", type=click.Path(file_okay=False), default=None,
                    help="A run directory whose registry.sqlite to use (instead of --db).")


@registry.command("build")
@click.argument("run_dir", type=click.Path(file_okay=False))
@_DB
@click.option("--follow", is_flag=True, help="While a `summarizer batch` run is writing RUN_DIR, build its briefs as they land.")
@click.option("--recluster", is_flag=True, help="Then put every mention in a platform again (after the merge rules changed).")
@click.option("--no-progress", is_flag=True, help="No progress line.")
@click.option("--batch-lines", type=click.IntRange(min=1), default=None, hidden=True,
              help="Lines per transaction (tests: more checkpoints).")
def registry_build(run_dir: str, db: str | None, follow: bool, recluster: bool, no_progress: bool,
                   batch_lines: int | None) -> None:
    """Build RUN_DIR/briefs.jsonl into the registry (default RUN_DIR/registry.sqlite); again to update it.

    Idempotent and resumable: what is there is not added twice, a killed build is finished by the same command."""
    from .registry import build, recluster as do_recluster

    def progress(res) -> None:
        click.echo(f"\r{res.added + res.replaced + res.unchanged} briefs", nl=False, err=True)

    from .registry.build import BATCH_LINES

    res = build(run_dir, db, follow=follow, batch_lines=batch_lines or BATCH_LINES,
                on_batch=None if no_progress else progress)
    if not no_progress:
        click.echo("", err=True)
    if recluster:
        res.platforms = do_recluster(res.db)
    for line in res.bad[:20]:
        click.echo(f"error: {line}", err=True)
    if res.n_bad > 20:
        click.echo(f"error: … and {res.n_bad - 20} more lines not built", err=True)
    click.echo(res.line(), err=True)
    if res.n_bad:
        sys.exit(1)


@registry.command("export")
@click.argument("run_dir", required=False, type=click.Path(file_okay=False))
@_DB
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx", "parquet"]), required=True)
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="The file to write.")
def registry_export(run_dir: str | None, db: str | None, fmt: str, out: str) -> None:
    """One row per platform: platform_id, name_zh, name_en, kind, city, province, names, article_ids (JSON
    arrays), goal, latest figures, partners."""
    from .registry import open as open_registry
    from .registry.export import export

    with open_registry(_registry_db(run_dir, db)) as reg:
        n = export(reg.db, fmt, out)
    click.echo(f"{n} platforms → {out}", err=True)


@registry.command("show")
@click.argument("name")
@_DB
@_RUN
@click.option("--json", "as_json", is_flag=True, help="The platform as JSON (with every source's evidence).")
def registry_show(name: str, db: str | None, run_dir: str | None, as_json: bool) -> None:
    """A platform (by platform_id or any of its names), its facts and their sources."""
    import json as _json

    from .registry import open as open_registry
    from .registry.show import render

    with open_registry(_registry_db(run_dir, db)) as reg:
        ids = reg.find(name)
        if not ids:
            raise SummarizerError(f"no platform named {name!r} in {reg.path}")
        if len(ids) > 1:
            for pid in ids:
                p = reg.platform(pid)
                click.echo(f"{pid}\t{p['name_zh']}\t{p['city'] or ''}\t{p['n_articles']} articles")
            raise SummarizerError(f"{len(ids)} platforms match {name!r} (listed above); give its platform_id")
        p = reg.platform(ids[0])
        if as_json:
            for s in p["sources"]:
                s.pop("text", None)
            click.echo(_json.dumps(p, ensure_ascii=False, indent=2))
        else:
            click.echo(render(p))


@registry.command("merge")
@click.argument("platform_ids", nargs=-1, type=int, required=True)
@_DB
@_RUN
@click.option("--note", default="", help="Why (kept with the decision).")
def registry_merge(platform_ids: tuple[int, ...], db: str | None, run_dir: str | None, note: str) -> None:
    """Make these platforms one (recorded; `registry undo` takes it back; later builds keep it)."""
    from .registry import open as open_registry

    with open_registry(_registry_db(run_dir, db), write=True) as reg:
        did = reg.merge(list(platform_ids), note)
    click.echo(f"decision {did}: merged {', '.join(map(str, platform_ids))} into {min(platform_ids)}", err=True)


@registry.command("split")
@click.argument("platform_id", type=int)
@click.option("--article", "articles", multiple=True, required=True, help="An article (brief id) whose mention to split off; repeatable.")
@_DB
@_RUN
@click.option("--note", default="", help="Why (kept with the decision).")
def registry_split(platform_id: int, articles: tuple[str, ...], db: str | None, run_dir: str | None, note: str) -> None:
    """Make the mentions of a platform in these articles a platform of their own (recorded; undoable)."""
    from .registry import open as open_registry

    with open_registry(_registry_db(run_dir, db), write=True) as reg:
        did = reg.split(platform_id, list(articles), note)
    click.echo(f"decision {did}: split {len(articles)} article(s) off platform {platform_id}", err=True)


@registry.command("decisions")
@_DB
@_RUN
def registry_decisions(db: str | None, run_dir: str | None) -> None:
    """The merges and splits made, one per line (undone ones say when)."""
    from .registry import open as open_registry

    with open_registry(_registry_db(run_dir, db)) as reg:
        for d in reg.decisions():
            state = f"undone {d['undone_at']}" if d["undone_at"] else "active"
            click.echo(f"{d['decision_id']}\t{d['action']}\t{len(d['refs'])} mentions\t{d['created_at']}\t{state}\t{d['note']}")


@registry.command("undo")
@click.argument("decision_id", type=int)
@_DB
@_RUN
def registry_undo(decision_id: int, db: str | None, run_dir: str | None) -> None:
    """Take back a merge or split; every mention is put in a platform again without it."""
    from .registry import open as open_registry

    with open_registry(_registry_db(run_dir, db), write=True) as reg:
        reg.undo(decision_id)
    click.echo(f"decision {decision_id} undone", err=True)


@main.group()
def bench() -> None:
    """Benchmarks (ratios within one run are what to compare: the machine may be shared)."""


@bench.command("brief")
@click.option("--articles", default=60, show_default=True, help="How many generated articles (1k–10k characters).")
@click.option("--seed", default=7, show_default=True)
@click.option("--json", "json_out", type=click.Path(dir_okay=False), default=None, help="Also write the figures here.")
def bench_brief(articles: int, seed: int, json_out: str | None) -> None:
    """Articles/second and peak memory of the embedded engine on generated articles."""
    from .bench import run_brief_bench

    run_brief_bench(articles, seed, json_out)


@bench.command("batch")
@click.option("--sizes", default="1000,10000", show_default=True, help="Archive sizes (articles), comma-separated.")
@click.option("--workers", default="1,2", show_default=True, help="Worker counts to compare on the smallest archive.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False), default=None, help="Also write the figures here.")
def bench_batch(sizes: str, workers: str, json_out: str | None) -> None:
    """Batch throughput by worker count and peak memory by archive size (generated archives)."""
    from .bench import run_batch_bench

    run_batch_bench(tuple(int(x) for x in sizes.split(",")), tuple(int(x) for x in workers.split(",")), json_out=json_out)


@bench.command("registry")
@click.option("--sizes", default="1000,10000,100000", show_default=True, help="Briefs per run directory, comma-separated.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False), default=None, help="Also write the figures here.")
@click.option("--workdir", type=click.Path(file_okay=False), default=None, help="Where the generated runs go (default: the temp dir).")
def bench_registry(sizes: str, json_out: str | None, workdir: str | None) -> None:
    """`registry build` time and peak RSS by run size (generated run directories, each built in a fresh process)."""
    from .registry.bench import run_registry_bench

    run_registry_bench(tuple(int(x) for x in sizes.split(",")), json_out, workdir)


@bench.command("limits")
@click.option("--no-app", is_flag=True, help="Skip the web app's figure (it starts the app).")
@click.option("--json", "json_out", type=click.Path(dir_okay=False), default=None, help="Also write the figures here.")
def bench_limits(no_app: bool, json_out: str | None) -> None:
    """What pathological input costs: a 2 MB page of 100k nested <div> cleaned; `brief` of a 2.3 MB file and
    of /dev/zero refused; a 50 MB text body refused by the web app (seconds and peak RSS of each)."""
    from .bench import run_limits_bench

    run_limits_bench(app=not no_app, json_out=json_out)


@bench.command("translate")
@click.option("--sentences", default=128, show_default=True, help="Sentences per configuration (naive: an eighth).")
@click.option("--repeat", default=5, show_default=True, help="Rounds per configuration, interleaved; the best one counts.")
@click.option("--tokens", default=40, show_default=True, help="Generated tokens per sentence (fixed, so runs compare).")
@click.option("--only", default="naive,hf,hf_int8,ct2,ct2_raw", show_default=True, help="Configurations to run.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False), default=None, help="Also write the figures here.")
def bench_translate(sentences: int, repeat: int, tokens: int, only: str, json_out: str | None) -> None:
    """Translation throughput of an opus-mt-zh-en-sized Marian (random weights, built here): naive per-sentence
    generate vs our hf backend (fp32, int8) vs our ct2 backend vs raw CTranslate2 translate_batch."""
    require_extra("seq2seq", *SEQ2SEQ_MODULES)
    from .bench import run_translate_bench

    run_translate_bench(sentences, tokens, tuple(x.strip() for x in only.split(",") if x.strip()), json_out, repeat)


@bench.command("llm")
@click.option("--model", required=True, metavar="PATH.gguf|DIR", help="An instruct LLM: a GGUF file or a ForCausalLM directory.")
@click.option("--sentences", default=200, show_default=True, help="The first N sentences of ../shared/corpus/mt_zhen.jsonl.")
@click.option("--compare", default=12, show_default=True, help="Sentences for per-sentence vs batched throughput.")
@click.option("--corpus", type=click.Path(exists=True, dir_okay=False), default=None, help="Another JSONL with zh and en.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False), default=None, help="Also write the figures here.")
def bench_llm(model: str, sentences: int, compare: int, corpus: str | None, json_out: str | None) -> None:
    """An instruct LLM as the translator vs the glossary translator: chrF/BLEU, figures changed, names lost,
    guard repairs, sentences/s, tokens/s, peak RSS; per-sentence vs batched prompting."""
    from .bench_llm import run_llm_bench

    run_llm_bench(model, sentences, compare, corpus, json_out)

if __name__ == "__main__":
    main()
