"""The ``annotator`` command: a thin click front over :mod:`annotator.services`."""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from annotator import __version__
from annotator.model import DOC_STATUSES, STATUSES, AnnotatorError

if TYPE_CHECKING:
    from annotator.nlp.evaluate import EvaluationReport
    from annotator.nlp.realnews import RealNewsCorpus

EXPORT_FORMATS = ["jsonl", "csv", "brat", "conll", "doccano", "labelstudio", "qdpx"]
IMPORT_FORMATS = ["auto", "jsonl", "brat", "doccano", "labelstudio", "qdpx"]


def _fail(message: str) -> None:
    click.echo(f"annotator: {message}", err=True)
    sys.exit(1)


def _open(ctx: click.Context, *, create: bool = True) -> Any:
    from annotator.services import open_project, project_path

    path = project_path(ctx.obj.get("project"))
    try:
        return open_project(path, create=create)
    except AnnotatorError as exc:
        _fail(str(exc))


@contextmanager
def _progress_bar(total: Callable[[], int], label: str) -> Iterator[Callable[[int], None] | None]:
    """A bar with the rate and the time left, on stderr, only when it is a terminal."""
    if not sys.stderr.isatty():
        yield None
        return
    started = time.monotonic()
    done = [0]  # the bar calls rate() while it is being made, before it can be named

    def rate(_: object) -> str:
        elapsed = time.monotonic() - started
        return f"{done[0] / elapsed:.0f}/s" if elapsed > 0 and done[0] else ""

    def update(count: int) -> None:
        bar.update(count - done[0])
        done[0] = count

    with click.progressbar(length=total(), label=label, file=sys.stderr, show_pos=True,
                           show_eta=True, item_show_func=rate) as bar:
        yield update


def _echo_progress(enabled: bool) -> Callable[[int, int, str], None] | None:
    if not enabled:
        return None

    def progress(done: int, total: int, label: str) -> None:
        click.echo(f"[{done}/{total}] {label}", err=True)

    return progress


@contextmanager
def _import_progress(lines: bool, paths: tuple[Path, ...]) -> Iterator[Callable[[int, int, str], None] | None]:
    """One line a file with --progress; else a bar on a terminal; else nothing."""
    if lines:
        yield _echo_progress(True)
        return

    def count_files() -> int:
        from annotator.services import ImportReport, collect_files

        return len(collect_files(paths, ImportReport()))

    with _progress_bar(count_files, "importing") as bar:
        yield None if bar is None else (lambda done, total, label: bar(done))


class AppGroup(click.Group):
    """The command group; ``annotator FILE.annotator`` opens that project.

    A file manager starts the app with the project file as its only argument
    (the ``%f`` of the .desktop file).  The first positional argument that is
    not a command and names a file, or ends in ``.annotator``, is taken as
    the project; a mistyped command is still reported as one.
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        args = list(args)
        index = _first_positional(args)
        if index is not None and args[index] not in self.commands and _looks_like_project(args[index]):
            ctx.meta["open_file"] = Path(args.pop(index))
        return super().parse_args(ctx, args)


def _first_positional(args: list[str]) -> int | None:
    index = 0
    while index < len(args):
        arg = args[index]
        if arg == "--":
            return index + 1 if index + 1 < len(args) else None
        if arg == "--project":
            index += 2
            continue
        if not arg.startswith("-"):
            return index
        index += 1
    return None


def _looks_like_project(arg: str) -> bool:
    from annotator.services import PROJECT_SUFFIX

    return arg.endswith(PROJECT_SUFFIX) or Path(arg).exists()


@click.group(cls=AppGroup, invoke_without_command=True)
@click.version_option(__version__, prog_name="annotator")
@click.option(
    "--project",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="ANNOTATOR_PROJECT",
    help="Project file (default: in the user data directory; env ANNOTATOR_PROJECT).",
)
@click.pass_context
def main(ctx: click.Context, project: Path | None) -> None:
    """Annotate quotes, speakers and themes in Russian diplomatic news.

    Without a command, opens the desktop application; `annotator FILE.annotator`
    opens it on that project (the file must exist; --project creates one).
    """
    ctx.ensure_object(dict)
    open_file = ctx.meta.get("open_file")
    if open_file is not None:
        if open_file.is_dir():
            _fail(f"{open_file}: is a folder, not a project file")
        if not open_file.is_file():
            _fail(f"{open_file}: no such project file (use --project {open_file} to create one)")
        project = open_file
    ctx.obj["project"] = project
    if ctx.invoked_subcommand is None:
        from annotator.gui.app import run_gui

        sys.exit(run_gui(project))


@main.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "format_name",
    type=click.Choice(IMPORT_FORMATS),
    default="auto",
    show_default=True,
    help="auto: articles by file type (.txt .docx .html .csv .jsonl, folders recursively).",
)
@click.option("--analyze/--no-analyze", default=True, show_default=True, help="Suggest quotes, speakers and themes.")
@click.option("--jobs", "--workers", "workers", type=click.IntRange(1, 64), default=None,
              help="Processes that read and analyse (default: all cores).")
@click.option("--progress", is_flag=True, help="Print one line per file to stderr (else a progress bar on a terminal).")
@click.option("--offsets", type=click.Choice(["utf16", "codepoints", "graphemes"]), default=None,
              help="doccano: the unit of files that do not say (default utf16); files we wrote say it.")
@click.option(
    "--encoding",
    default=None,
    metavar="NAME",
    help="Text encoding of .txt/.html/.csv files (e.g. cp1251, utf-16-le) when it cannot be told "
    "from the file; the default is to recognise it and refuse a doubtful file.",
)
@click.pass_context
def import_command(
    ctx: click.Context,
    paths: tuple[Path, ...],
    format_name: str,
    analyze: bool,
    workers: int | None,
    progress: bool,
    offsets: str | None,
    encoding: str | None,
) -> None:
    """Import articles or annotated files; exits 1 if any file failed."""
    from annotator import services
    from annotator.formats.decoding import check_encoding_name

    if offsets and format_name != "doccano":
        _fail("--offsets applies to --format doccano only")
    if encoding:
        try:
            check_encoding_name(encoding)
        except AnnotatorError as exc:
            _fail(f"--encoding: {exc}")
    project = _open(ctx)
    report = services.ImportReport()
    try:
        if format_name == "auto":
            with _import_progress(progress, paths) as show:
                report = services.import_paths(
                    project, paths, analyze=analyze, workers=workers, progress=show, encoding=encoding,
                )
        else:
            for path in paths:
                try:
                    part = services.import_annotated(project, path, format_name=format_name,
                                                     options={"offsets": offsets} if offsets else None)
                except AnnotatorError as exc:
                    report.failures.append((str(path), str(exc)))
                    continue
                report.imported += part.imported
                report.duplicates += part.duplicates
                report.failures += part.failures
    except AnnotatorError as exc:  # the project itself failed (busy, unreadable): say so, then the summary
        report.failures.append((str(project.path), str(exc)))
    finally:
        project.close()
    for line in report.lines():
        click.echo(line, err=line.startswith("failed"))
    if not report.ok:
        sys.exit(1)


@main.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per document.")
@click.pass_context
def list_command(ctx: click.Context, as_json: bool) -> None:
    """List the project's documents."""
    project = _open(ctx)
    try:
        summaries = project.document_summaries()
    finally:
        project.close()
    for s in summaries:
        if as_json:
            click.echo(json.dumps(s.__dict__, ensure_ascii=False))
        else:
            click.echo(
                f"{s.id:>5}  {s.status:<11} {s.date:<10}  quotes {s.quote_count:>3}  tags {s.tag_count:>2}  "
                f"{s.title[:70]}"
            )
    if not as_json:
        click.echo(f"{len(summaries)} document(s)", err=True)


@main.command("export")
@click.option("--format", "format_name", type=click.Choice(EXPORT_FORMATS), required=True)
@click.option("--out", type=click.Path(path_type=Path), required=True, help="File or folder to write.")
@click.option("--status", "statuses", multiple=True, type=click.Choice(STATUSES), help="Only annotations with this status (repeatable).")
@click.option("--accepted", is_flag=True, help="Only accepted annotations (same as --status accepted).")
@click.option("--gold", is_flag=True, help="Only gold annotations (accepted, adjudicated).")
@click.option("--annotator", "annotators", multiple=True, help="Only annotations by this annotator (repeatable).")
@click.option("--doc-status", "doc_statuses", multiple=True, type=click.Choice(DOC_STATUSES), help="Only documents with this status.")
@click.option("--theme", "themes", multiple=True, help="Only documents tagged with this theme id or a theme below it.")
@click.option("--doc", "doc_ids", multiple=True, type=int, help="Only this document id (repeatable).")
@click.option("--include-rejected", is_flag=True, help="Keep rejected annotations (left out by default).")
@click.option("--lang", type=click.Choice(["ru", "en"]), default=None,
              help="Language of theme names in the CSV (default: from the locale).")
@click.option("--bom", is_flag=True, help="CSV: write a UTF-8 BOM so that Excel reads Cyrillic.")
@click.option("--from-name", default="label", show_default=True, help="Label Studio: name of the Labels control.")
@click.option("--to-name", default="text", show_default=True, help="Label Studio: name of the Text object.")
@click.option("--offsets", type=click.Choice(["utf16", "codepoints", "graphemes"]), default=None,
              help="doccano: offset unit. utf16 (default) for a default doccano project, graphemes for one "
                   "with grapheme mode on, codepoints for Python tools.")
@click.option("--no-overlaps", is_flag=True,
              help="Keep one span of each group of overlapping spans (rule: README, doccano settings).")
@click.pass_context
def export_command(ctx: click.Context, format_name: str, out: Path, **kw: Any) -> None:
    """Export annotations in one of the exchange formats."""
    from annotator import services

    export_filter = _export_filter(kw)
    options = {"bom": kw["bom"], "from_name": kw["from_name"], "to_name": kw["to_name"],
               "theme_names": kw["lang"] or services.default_language(),
               "no_overlaps": kw["no_overlaps"]}
    if kw["offsets"]:
        if format_name != "doccano":
            _fail("--offsets applies to --format doccano only (Label Studio, brat and REFI-QDA count characters)")
        options["offsets"] = kw["offsets"]
    project = _open(ctx, create=False)
    try:
        summary = services.export_with_summary(
            project,
            format_name=format_name,
            out=out,
            doc_ids=kw["doc_ids"] or None,
            export_filter=export_filter,
            options=options,
        )
    except (AnnotatorError, OSError) as exc:
        _fail(str(exc))
    finally:
        project.close()
    click.echo(summary.line())
    if summary.warning():
        click.echo(summary.warning(), err=True)


def _export_filter(kw: dict[str, Any]) -> Any:
    from annotator.formats.filters import filter_from_options

    return filter_from_options(
        statuses=kw["statuses"], accepted=kw["accepted"], gold=kw["gold"], annotators=kw["annotators"],
        doc_statuses=kw["doc_statuses"], themes=kw["themes"], doc_ids=kw["doc_ids"],
        include_rejected=kw["include_rejected"],
    )


@main.command("analyze")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="JSON Lines: one object per file (the default output).")
@click.option(
    "--jsonl",
    "jsonl_in",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Stream an article JSONL file (one article a line) into --out, one analysis a line.",
)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None, help="With --jsonl: the analyses.")
@click.option("--jobs", type=click.IntRange(min=1), default=None, help="Processes (default: all cores).")
def analyze_command(
    files: tuple[Path, ...], as_json: bool, jsonl_in: Path | None, out: Path | None, jobs: int | None
) -> None:
    """Find quotes, speakers and themes in article files (no project needed).

    With --jsonl IN --out OUT: pre-annotate an archive; a killed run started
    again with the same arguments resumes where it stopped, and
    `annotator import OUT` stores the analyses as suggestions.
    """
    if jsonl_in is not None or out is not None:
        if files or jsonl_in is None or out is None:
            _fail("analyze: --jsonl IN and --out OUT go together, without other files")
        _analyze_stream(jsonl_in, out, jobs)  # type: ignore[arg-type]
        return
    if not files:
        _fail("analyze: name article files, or --jsonl IN --out OUT")
    from annotator.formats.articles import read_articles
    from annotator.nlp import analyze

    failed = False
    for path in files:
        try:
            bundles = read_articles(path)
        except AnnotatorError as exc:
            click.echo(f"annotator: {exc}", err=True)
            failed = True
            continue
        for bundle in bundles:
            result = analyze(bundle.document.text)
            click.echo(json.dumps(result.to_json(str(path)), ensure_ascii=False))
    if failed:
        sys.exit(1)


def _analyze_stream(source: Path, out: Path, jobs: int | None) -> None:
    from annotator.preannotate import analyse_stream, count_articles
    from annotator.resources import default_taxonomy

    if out.resolve() == source.resolve():
        _fail(f"--out {out}: is the input file; choose another")
    jobs = jobs or (os.cpu_count() or 1)
    with _progress_bar(lambda: count_articles(source), "analysing") as progress:
        try:
            report = analyse_stream(source, out, jobs=jobs, themes=default_taxonomy(), progress=progress)
        except AnnotatorError as exc:
            _fail(str(exc))
    resumed = f" (resumed after {report.resumed_after})" if report.resumed_after else ""
    click.echo(f"wrote {report.written} analysis line(s) to {out}{resumed}", err=True)


@main.command("reanalyze")
@click.option("--doc", "doc_ids", multiple=True, type=int, help="Only this document id (repeatable).")
@click.pass_context
def reanalyze_command(ctx: click.Context, doc_ids: tuple[int, ...]) -> None:
    """Run the analysis again on stored documents.

    Only suggestions still pending are replaced; what an analyst accepted,
    rejected or made by hand is kept, and no suggestion is duplicated.
    """
    from annotator import services

    project = _open(ctx, create=False)
    try:
        ids = list(doc_ids) or project.document_ids()
        written = sum(services.analyse_document(project, doc_id) for doc_id in ids)
    except AnnotatorError as exc:
        _fail(str(exc))
    finally:
        project.close()
    click.echo(f"re-analysed {len(ids)} document(s); {written} pending suggestion(s) written")


@main.command("evaluate")
@click.argument("gold", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--split", type=click.Choice(["dev", "test"]), default=None, help="Only this part of the gold set.")
@click.option("--realnews", is_flag=True,
              help="GOLD is the real-news offsets file (default tests/data/realnews/realnews.jsonl); "
                   "texts come from the cache folder.")
@click.option("--cache", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder of cached real-news texts (default $ANNOTATOR_REALNEWS_CACHE or "
                   "~/.cache/annotator/realnews/texts).")
@click.option("--from-id", "from_number", type=click.IntRange(min=0), default=None,
              help="With --realnews: only documents numbered N or higher (r501 and later for 501), "
                   "i.e. a later annotation batch.")
@click.option("--against", "second", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="With --realnews: score this second annotation (an offsets file of the same texts) "
                   "against GOLD instead of the analysis, i.e. the agreement of two annotators.")
@click.option("--errors", "show_errors", is_flag=True, help="List every mismatch (dev split only).")
def evaluate_command(gold: Path | None, split: str | None, realnews: bool, cache: Path | None,
                     from_number: int | None, second: Path | None, show_errors: bool) -> None:
    """Score the analysis against a hand-annotated gold file or the real-news corpus."""
    from annotator.nlp.evaluate import evaluate, evaluate_documents
    from annotator.nlp.evaluate_format import format_errors

    if show_errors and split != "dev":
        _fail("--errors needs --split dev: the test split is held out and its errors stay unseen")
    if cache is not None and not realnews:
        _fail("--cache only applies with --realnews")
    if from_number is not None and not realnews:
        _fail("--from-id only applies with --realnews")
    if second is not None and not realnews:
        _fail("--against only applies with --realnews")
    try:
        if realnews:
            from annotator.nlp.realnews import load_realnews

            offsets = gold or Path("tests/data/realnews/realnews.jsonl")
            corpus = load_realnews(offsets, cache, split=split, from_number=from_number)
            click.echo(corpus.summary())
            if not corpus.documents:
                _fail(f"no real-news text to score in {corpus.cache}; see tests/data/realnews/README.md")
            if second is None:
                report = evaluate_documents(corpus.documents, split=split)
            else:
                report = _agreement(corpus, second, cache, split, from_number)
        elif gold is None:
            _fail("give a gold file, or --realnews")
        else:
            report = evaluate(gold, split=split)
        click.echo(report.format())
        if show_errors:
            click.echo(format_errors(report))
    except AnnotatorError as exc:
        _fail(str(exc))


def _agreement(reference: RealNewsCorpus, second: Path, cache: Path | None, split: str | None,
               from_number: int | None) -> EvaluationReport:
    from annotator.nlp.realnews import compare_annotations, load_realnews

    other = load_realnews(second, cache, split=split, from_number=from_number)
    report = compare_annotations(reference, other)
    if not report.documents:
        _fail(f"{second}: none of its documents is in both annotations with its text cached")
    click.echo(f"agreement: {second} scored against the reference on {report.documents} document(s)")
    return report


@main.command("search")
@click.argument("query")
@click.pass_context
def search_command(ctx: click.Context, query: str) -> None:
    """Find documents containing every word of QUERY in any inflected form."""
    from annotator.services import search_documents

    project = _open(ctx, create=False)
    try:
        for doc_id, snippet in search_documents(project, query):
            click.echo(f"{doc_id:>5}  {snippet.replace(chr(10), ' ')}")
    finally:
        project.close()


# -- team work: templates, merge, agreement ------------------------------------


@main.command("template")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True, help="Template project to write.")
@click.option("--with-suggestions", is_flag=True, help="Keep the pending automatic suggestions.")
@click.pass_context
def template_command(ctx: click.Context, out: Path, with_suggestions: bool) -> None:
    """Write a copy of the project with its taxonomy and documents but no annotations."""
    from annotator.team.template import make_template

    project = _open(ctx, create=False)
    try:
        report = make_template(project, out=out, keep_suggestions=with_suggestions)
    except (AnnotatorError, OSError) as exc:
        _fail(str(exc))
    finally:
        project.close()
    for line in report.lines():
        click.echo(line)


@main.command("merge")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="Team project to write (an existing one gets the inputs added).")
@click.option("--taxonomy-from", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="When taxonomies differ: the project whose taxonomy to keep.")
@click.option("--progress", is_flag=True, help="Print one line per merged project to stderr.")
def merge_command(inputs: tuple[Path, ...], out: Path, taxonomy_from: Path | None, progress: bool) -> None:
    """Merge analysts' project files into one team project (documents matched by text)."""
    from annotator.team.merge import merge_projects

    try:
        report = merge_projects(list(inputs), out=out, taxonomy_from=taxonomy_from, progress=_echo_progress(progress))
    except (AnnotatorError, OSError) as exc:
        _fail(str(exc))
    for line in report.lines():
        click.echo(line)


@main.command("agreement")
@click.argument("team", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--html", "html_out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write an HTML report with plots.")
def agreement_command(team: Path, as_json: bool, html_out: Path | None) -> None:
    """Inter-annotator agreement of a merged team project."""
    from annotator.store import Project
    from annotator.team.agreement import compute_agreement
    from annotator.team.agreement_json import report_lines

    if not team.is_file():
        _fail(f"{team}: no such project file")
    try:
        with Project.open(team, create=False) as project:
            report = compute_agreement(project)
            if html_out is not None:
                from annotator.team.report_html import write_html_report

                write_html_report(project, report, html_out)
    except (AnnotatorError, OSError) as exc:
        _fail(str(exc))
    if len(report.annotators) < 2:
        click.echo(f"annotator: {team}: agreement needs two or more annotators "
                   f"(found {len(report.annotators)}); merge the analysts' projects first", err=True)
    if as_json:
        click.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=1))
    else:
        for line in report_lines(report):
            click.echo(line)
    if html_out is not None:
        click.echo(f"wrote {html_out}", err=True)


if __name__ == "__main__":
    main()
