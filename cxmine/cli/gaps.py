"""``cxmine gaps``: what customers ask that the FAQ and the chatbot do not answer.

``cxmine gaps OUT --kb KB...`` runs the default command ``run``; ``cxmine gaps calibrate LABELS --kb KB...``
picks the threshold from a labelled sample.
"""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from cxmine.cli._util import DefaultRunGroup
from cxmine.cli.app import app

gaps_app = typer.Typer(
    cls=DefaultRunGroup,
    help=(
        "Gaps: 'cxmine gaps OUT --kb FAQ.csv' matches every customer question against your FAQ, chatbot training "
        "data or help-centre articles, and groups the unanswered ones into gaps across languages (OUT/kb_matches, "
        "OUT/gaps, OUT/unanswered); 'calibrate' picks the threshold from a labelled sample."
    ),
    no_args_is_help=True,
    rich_markup_mode="rich",
)
app.add_typer(gaps_app, name="gaps")

KB_HELP = (
    "Knowledge base (repeatable): FAQ table (CSV/TSV/JSON Lines/Parquet with id, question, answer[, language, "
    "intent]), chatbot training table (intent, example[, language]), Rasa nlu.yml / nlu.md, a Dialogflow ES agent "
    "folder or .zip, or a folder of help-centre articles (Markdown/HTML)."
)


@gaps_app.command("run")
def run_cmd(
    out: Path = typer.Argument(..., help="The OUT folder written by 'cxmine ingest'.", exists=True, file_okay=False),
    kb: list[Path] = typer.Option(..., "--kb", help=KB_HELP),
    unit: str = typer.Option("question", "--unit", help="question (extracted questions) or message (whole customer messages)."),
    threshold: float | None = typer.Option(None, "--threshold", help="Similarity in [0, 1] below which a question counts as unanswered (default: for a FAQ matched lexically, set from the KB itself; else the measured default of the method; see 'cxmine gaps calibrate')."),
    model: Path | None = typer.Option(None, "--model", help="A gap model saved last week with --save-model: gaps keep their ids."),
    save_model: Path | None = typer.Option(None, "--save-model", help="Save this run's gaps to this folder for next week's --model."),
    embedding_model: str | None = typer.Option(None, "--embedding-model", help="A local sentence-transformers model (minilm, or a PATH) to add to the lexical evidence; a multilingual one also links languages."),
    intent_bonus: float | None = typer.Option(None, "--intent-bonus", min=0.0, max=1.0, help="Added to an entry's similarity when the question's intent (OUT/intents from 'cxmine classify', else the shipped model's) equals the entry's intent (its intent column, else the model's label of its question). Default: the measured 0.15 for FAQ matching, 0 for chatbot data."),
    csv_path: Path | None = typer.Option(None, "--csv", help="Write the editor's list, one row per gap, to this CSV file."),
    markdown: Path | None = typer.Option(None, "--markdown", help="Write the editor's list, one section per gap with examples, to this Markdown file."),
    top: int = typer.Option(20, "--top", min=1, help="Gaps to show in the table (and in the Markdown file)."),
) -> None:
    """Match customer questions against the knowledge base and list the gaps: OUT/kb_matches, OUT/gaps, OUT/unanswered."""
    from cxmine.classify.gaps.run import run_gaps
    from cxmine.cli.render import render_gaps, render_kb_read
    from cxmine.report.gap_lists import gaps_csv, gaps_markdown

    err = Console(stderr=True)
    with err.status("gaps") if err.is_terminal else _quiet() as st:
        result = run_gaps(out, kb, unit=unit, threshold=threshold, model_dir=model, save_model_dir=save_model,
                          embedding_model=embedding_model, intent_bonus=intent_bonus,
                          status=(lambda m: st.update(f"gaps: {m}")) if st else (lambda m: None))
    render_kb_read(result, err)
    render_gaps(result, Console(), top=top)
    if csv_path:
        err.print(f"editor's list (CSV): {gaps_csv(result.gaps, csv_path)}", highlight=False)
    if markdown:
        err.print(f"editor's list (Markdown): {gaps_markdown(result.gaps, markdown, result.threshold, result.kb_titles, top)}",
                  highlight=False)
    if result.model_saved:
        err.print(f"gap model saved to {result.model_saved}", highlight=False)


class _quiet:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


@gaps_app.command("calibrate")
def calibrate_cmd(
    labels: Path = typer.Argument(..., exists=True, dir_okay=False, help="Labelled sample: CSV/TSV/JSON Lines/Parquet with the question text and the kb_id that answers it, or 'none'."),
    kb: list[Path] = typer.Option(..., "--kb", help=KB_HELP),
    text_column: str = typer.Option("text", "--text-column", help="Column with the question text."),
    label_column: str = typer.Option("kb_id", "--label-column", help="Column with the answering kb_id, or 'none'."),
    language_column: str = typer.Option("language", "--language-column", help="Optional column with nl/da/en; detected when missing."),
    embedding_model: str | None = typer.Option(None, "--embedding-model", help="The same local embedding model you use with 'cxmine gaps'."),
    intent_bonus: float | None = typer.Option(None, "--intent-bonus", min=0.0, max=1.0, help="The same intent bonus you use with 'cxmine gaps' (default: the measured one)."),
) -> None:
    """Pick the threshold from a small labelled sample and print precision and recall of 'unanswered' at it."""
    from cxmine.classify.gaps.calibrate import calibrate
    from cxmine.classify.gaps.run import detect_languages
    from cxmine.cli.render import render_calibration

    cal = calibrate(labels, kb, text_column, label_column, language_column, detect_languages, embedding_model,
                    intent_bonus)
    render_calibration(cal, Console())
