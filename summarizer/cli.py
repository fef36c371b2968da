"""Command line: `summarizer brief`, `summarizer bench brief`. A thin shell over the public API."""
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
