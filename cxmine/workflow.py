"""``run_all``: the whole pipeline in one call: ingest -> topics -> intents -> gaps -> report (+ HTML page).

The one orchestrator above the stages (the layers contract puts it between ``cli`` and ``pipeline`` /
``classify`` / ``report``). Every stage writes its tables atomically, so a stage that fails leaves the tables of
the stages before it intact; the run stops there with a ``StageError`` that names the stage. Re-running into the
same OUT appends new export files (ingest adds only new messages) and rebuilds the downstream tables; topics and
gaps keep their ids because their models are kept in ``OUT/.cxmine/models/`` and reused.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from time import perf_counter

from cxmine.errors import CxmineError
from cxmine.store import holds_out_lock

STAGES = ("ingest", "topics", "intents", "gaps", "report")
StageCallback = Callable[[str, str, str], None]  # (stage, event: start|status|done|skipped, message)


class StageError(CxmineError):
    """A stage of ``cxmine run`` failed; the tables of the stages before it are intact."""

    def __init__(self, stage: str, cause: Exception) -> None:
        what = str(cause) if isinstance(cause, CxmineError) else f"{type(cause).__name__} (details withheld: they may hold customer text; set CXMINE_DEBUG=1)"
        super().__init__(f"stage '{stage}' failed: {what}. The tables of the stages before it are intact.")
        self.stage = stage
        self.cause = cause


@dataclass
class StageOutcome:
    name: str
    status: str  # done | skipped
    seconds: float
    summary: str


@dataclass
class RunResult:
    out: Path
    stages: list[StageOutcome] = field(default_factory=list)
    ingest: object | None = None
    topics: object | None = None
    intents: object | None = None
    gaps: object | None = None
    report: object | None = None
    html: Path | None = None


def model_dir(out: Path, name: str) -> Path:
    """Where ``run_all`` keeps a stage's model between weekly runs (``OUT/.cxmine/models/<name>``)."""
    return Path(out) / ".cxmine" / "models" / name


def _kept_model(out: Path, name: str, marker: str) -> Path | None:
    path = model_dir(out, name)
    return path if (path / marker).exists() else None


@holds_out_lock(create=True)  # once for every stage: no other run writes OUT in between
def run_all(
    paths: Sequence[Path | str],
    out: Path,
    ingest_config: object,
    kb: Sequence[Path | str] = (),
    gap_threshold: float | None = None,
    intent_model: Path | None = None,
    embedding_model: str | None = None,
    min_topic_size: int | None = None,
    seed: int = 42,
    html: Path | None = None,
    on_stage: StageCallback = lambda stage, event, msg: None,
    ingest_progress: Callable[[str, int], None] | None = None,
    engine: str = "local",
    spark_master: str | None = None,
) -> RunResult:
    """Run every stage on ``paths`` into ``out``; ``ingest_config`` is a ``cxmine.pipeline.run.IngestConfig``.

    ``engine="spark"`` runs the ingest on Apache Spark (``cxmine.spark``: the running SparkSession, else a new one on
    ``spark_master``); topics, intents, gaps and the report run here on the driver either way (docs/spark.md).
    """
    out = Path(out)
    result = RunResult(out)

    def stage(name: str, fn: Callable[[Callable[[str], None]], tuple[object, str] | None]) -> object:
        on_stage(name, "start", "")
        t0 = perf_counter()
        try:
            got = fn(lambda msg: on_stage(name, "status", msg))
        except _Skip as skip:
            result.stages.append(StageOutcome(name, "skipped", perf_counter() - t0, str(skip)))
            on_stage(name, "skipped", str(skip))
            return None
        except KeyboardInterrupt:
            raise
        except Exception as exc:  # every failure names its stage; earlier tables stay as they are
            raise StageError(name, exc) from exc
        value, summary = got
        result.stages.append(StageOutcome(name, "done", perf_counter() - t0, summary))
        on_stage(name, "done", summary)
        return value

    result.ingest = stage("ingest", lambda say: _ingest(paths, out, ingest_config, ingest_progress or _counting(say),
                                                        engine, spark_master))
    result.topics = stage("topics", lambda say: _topics(out, embedding_model, min_topic_size, seed, say))
    result.intents = stage("intents", lambda say: _intents(out, intent_model))
    result.gaps = stage("gaps", lambda say: _gaps(out, kb, gap_threshold, embedding_model, say))
    result.report = stage("report", lambda say: _report(out, html))
    if html is not None and result.report is not None:
        result.html = Path(html)
    return result


def _counting(say: Callable[[str], None]) -> Callable[[str, int], None]:
    """The ingest's progress events as status lines: files and messages read, then messages cleaned."""
    seen = {"file": 0, "messages": 0, "cleaned": 0, "written": 0}

    def progress(event: str, amount: int) -> None:
        if event in seen:
            seen[event] += amount
        if event in ("file", "messages"):
            say(f"{seen['file']:,} files, {seen['messages']:,} messages read")
        elif event == "cleaned":
            say(f"cleaning, redacting, language: {seen['cleaned']:,} of {seen['messages']:,}")
        elif event == "written":
            say(f"questions and writing: {seen['written']:,} of {seen['messages']:,}")

    return progress


class _Skip(Exception):
    """A stage with nothing to do (no KB given, too few questions for topics): said, not an error."""


def _ingest(paths: Sequence[Path | str], out: Path, cfg: object, progress: Callable | None, engine: str = "local",
            spark_master: str | None = None) -> tuple[object, str]:
    if engine == "spark":
        from cxmine.spark import ingest_on_spark

        res = ingest_on_spark(list(paths), out, cfg, master=spark_master, progress=progress)
    else:
        from cxmine.pipeline.run import run_ingest

        res = run_ingest(list(paths), out, cfg, progress)
    summary = (f"{res.new_messages:,} new messages ({res.skipped_duplicates:,} already in OUT), "
               f"{res.new_questions:,} new questions; {res.files_read:,} files read, {res.files_failed:,} failed")
    return res, summary


def _topics(out: Path, embedding_model: str | None, min_topic_size: int | None, seed: int,
            say: Callable[[str], None]) -> tuple[object, str]:
    from cxmine.classify.topics.run import NoTextsError, TooFewTextsError, run_topics

    saved = _kept_model(out, "topics", "manifest.json")
    try:
        res = run_topics(out, embedding_model=embedding_model, min_topic_size=min_topic_size, seed=seed,
                         model_dir=saved, save_model_dir=model_dir(out, "topics"), status=say)
    except (NoTextsError, TooFewTextsError) as exc:
        raise _Skip(f"skipped: {exc}") from None
    n_topics = sum(1 for t in res.topics.column("topic_id").to_pylist() if not t.endswith("-outlier"))
    return res, f"{n_topics} topics in {res.n_texts:,} texts" + (" (ids kept from the last run)" if saved else "")


def _intents(out: Path, intent_model: Path | None) -> tuple[object, str]:
    from cxmine.classify.intents.run import classify_out

    res = classify_out(out, intent_model)
    return res, f"{res.n_rows:,} {res.unit}s classified"


def _gaps(out: Path, kb: Sequence[Path | str], threshold: float | None, embedding_model: str | None,
          say: Callable[[str], None]) -> tuple[object, str]:
    if not kb:
        raise _Skip("skipped: no knowledge base given (--kb or kb = [...] in cxmine.toml)")
    from cxmine.classify.gaps.run import run_gaps

    saved = _kept_model(out, "gaps", "gaps.json")
    res = run_gaps(out, list(kb), threshold=threshold, model_dir=saved, save_model_dir=model_dir(out, "gaps"),
                   embedding_model=embedding_model, status=say)
    return res, f"{res.n_unanswered:,} of {res.n_units:,} questions unanswered, {res.gaps.num_rows} gaps"


def _report(out: Path, html: Path | None) -> tuple[object, str]:
    from cxmine.report.weekly import build_report, write_report

    res = build_report(out)
    write_report(out, res.table, res.weeks)
    summary = f"weekly report for {res.week}{' (partial week)' if res.partial else ''} in {out / 'report'}"
    if html is not None:
        from cxmine.report.html import render_html

        render_html(out, Path(html))
        summary += f"; page {html}"
    return res, summary
