"""Command line: `summarizer brief`, `summarizer eval`, `summarizer bench brief`. A thin shell over the public API."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .errors import InputNotFound, SummarizerError


class _Group(click.Group):
    """Turns SummarizerError into one line on stderr and exit code 2, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except SummarizerError as e:
            click.echo(f"error: {e}", err=True)
            sys.exit(2)


@click.group(cls=_Group)
@click.version_option(package_name="summarizer")
def main() -> None:
    """Chinese regional science & technology news → structured bilingual briefs."""


@main.command()
@click.argument("source", metavar="PATH|-")
@click.option("--format", "fmt", type=click.Choice(["json", "md"]), default="json", show_default=True,
              help="json is exactly the Brief schema; md is a bilingual Markdown report.")
@click.option("--engine", type=click.Choice(["embedded"]), default="embedded", show_default=True)
@click.option("--glossary", type=click.Path(dir_okay=False), default=None,
              help="User glossary (TSV: zh<TAB>en[<TAB>kind[<TAB>aliases]], or YAML zh: en); overrides the built-in one.")
@click.option("--id", "doc_id", default="", help="Id to put in the brief (default: file name, or a hash of the text).")
def brief(source: str, fmt: str, engine: str, glossary: str | None, doc_id: str) -> None:
    """Print the brief of one article (a file, or - for standard input)."""
    from .pipeline import get_engine
    from .render import render

    if source == "-":
        data: bytes | Path = sys.stdin.buffer.read()
    else:
        data = Path(source)
        if not data.exists():
            raise InputNotFound(f"no such file: {source}")
        if data.is_dir():
            raise SummarizerError(f"{source} is a directory; give one article file (batch runs come with `summarizer batch`)")
    eng = get_engine(engine, glossary=glossary)
    click.echo(render(eng.brief(data, id=doc_id), fmt))


@main.command("eval")
@click.option("--refs", type=click.Path(dir_okay=False), default=None,
              help="JSONL of {id, article, reference: Brief} (eval/README.md): field scores, worst articles.")
@click.option("--summaries", type=click.Path(dir_okay=False), default=None,
              help="JSONL of {id, article, summary}: our summary vs LEAD and TextRank, ROUGE at equal length.")
@click.option("--ids", type=click.Path(dir_okay=False), default=None, help="With --summaries: only these ids (one a line).")
@click.option("--id-prefix", "prefixes", multiple=True, help="With --summaries: only ids starting so (repeatable).")
@click.option("--translations", type=click.Path(dir_okay=False), default=None,
              help="JSONL of {zh, en}: corpus chrF and BLEU of the translator.")
@click.option("--engine", type=click.Choice(["embedded"]), default="embedded", show_default=True)
@click.option("--limit", type=int, default=None, help="Score at most this many records of each file.")
@click.option("--worst", type=int, default=5, show_default=True, help="How many worst articles to show with --refs.")
@click.option("--report", type=click.Path(dir_okay=False), default=None, help="Write every score, per article, as JSON.")
def eval_cmd(refs, summaries, ids, prefixes, translations, engine, limit, worst, report) -> None:
    """How good are the briefs? Scores against hand-written references, human summaries and translations."""
    import json

    try:
        from .eval import harness
    except ImportError as e:
        raise SummarizerError(f"evaluation needs extra packages ({e.name}): pip install -c constraints.txt -e '.[eval]'")
    from .pipeline import get_engine

    if not (refs or summaries or translations):
        raise SummarizerError("nothing to evaluate: give --refs, --summaries and/or --translations")
    eng = get_engine(engine)
    out: dict = {}
    if refs:
        out["references"] = r = harness.evaluate_refs(eng, refs, progress=sys.stderr.isatty())
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


if __name__ == "__main__":
    main()
