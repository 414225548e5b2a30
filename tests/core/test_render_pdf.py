"""The PDF: read back by poppler, fonts embedded, and hostile text stays text."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from render_fixtures import rich_strategy
from render_payloads import PAYLOADS, hostile_strategy
from render_tools import needs_poppler, pdf_fonts, pdf_info, pdf_text, squash

from socialstrategy.core.render import render
from socialstrategy.core.render.document import build_document
from socialstrategy.core.render.pdf import typst_data
from socialstrategy.core.render.worker import (
    RECYCLE_BYTES,
    TEMPLATE_DIR,
    WORKER,
    CompileError,
    TypstWorker,
    check_root,
    compile_template,
    emoji_font,
)

pytestmark = [pytest.mark.documents, needs_poppler]
LANGUAGES = ("de", "en")
DOCUMENTS = ("strategy", "guidelines", "crisis")
CANARY = "CANARY-7f3a9c-should-never-appear"


@pytest.fixture
def fresh_worker():
    """A newly started worker: in a long test run the shared one may have grown past its
    recycling size (``RECYCLE_BYTES``) and be replaced after its next job, which would make a
    test about keeping the same worker depend on which tests ran before it."""
    WORKER.shutdown()
    yield WORKER


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("document", DOCUMENTS)
def test_poppler_reads_every_chapter_title(language, document, tmp_path):
    strategy = rich_strategy(language)
    filename, content_type, pdf = render(strategy, language, document, "pdf")
    assert filename.endswith(f"-{language}.pdf")
    assert content_type == "application/pdf"
    assert int(pdf_info(pdf, tmp_path)["Pages"]) >= 2
    text = squash(pdf_text(pdf, tmp_path))
    for chapter in build_document(strategy, language, document).chapters:
        assert squash(chapter.title) in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_strategy_pdf_shows_every_goal_statement_and_objective(language, tmp_path):
    strategy = rich_strategy(language)
    text = squash(pdf_text(render(strategy, language, "strategy", "pdf")[2], tmp_path))
    for goal in strategy.goals:
        assert squash(goal.statement) in text
    for objective in strategy.corporate_objectives:
        assert squash(objective.statement) in text


def test_the_pdf_title_and_language_are_set(tmp_path):
    pdf = render(rich_strategy("de"), "de", "strategy", "pdf")[2]
    assert pdf_info(pdf, tmp_path)["Title"].strip() == "Social-Media-Strategie 2027"


def test_every_font_is_embedded_and_bundled(tmp_path):
    pdf = render(rich_strategy("de"), "de", "strategy", "pdf")[2]
    fonts = pdf_fonts(pdf, tmp_path)
    assert fonts
    for row in fonts:
        name = row[0].split("+")[-1]
        assert name.startswith(("Inter-", "InterDisplay-")), name
        assert row[-5] == "yes", row  # the "emb" column


def test_emoji_print_as_emoji_from_the_system_s_colour_emoji_font(tmp_path):
    """Posts and pillars are full of emoji; Inter has none, so without a fallback every one
    printed as a missing-glyph box."""
    assert emoji_font() is not None, "install the colour emoji font: apt-get install fonts-noto-color-emoji"
    strategy = rich_strategy("de")
    strategy.title = "Frisch gebacken 🥐🍞 👍🏽"
    plain = pdf_fonts(render(rich_strategy("de"), "de", "strategy", "pdf")[2], tmp_path)
    with_emoji = pdf_fonts(render(strategy, "de", "strategy", "pdf")[2], tmp_path)
    bitmaps = [row for row in with_emoji if row[0] == "[none]" and row[1:3] == ["Type", "3"]]
    assert len(bitmaps) == 1 and len(with_emoji) == len(plain) + 1
    assert bitmaps[0][-5] == "yes"  # embedded, as every font


@pytest.mark.parametrize("document", DOCUMENTS)
def test_hostile_text_appears_literally_and_reads_nothing_from_disk(document, tmp_path):
    strategy = hostile_strategy(rich_strategy("en"))
    root = tmp_path / "root"
    shutil.copytree(TEMPLATE_DIR, root)
    (root / "canary.txt").write_text(CANARY)
    content = build_document(strategy, "en", document)
    pdf = compile_template("document.typ", typst_data(content), root=root)[0]
    text = pdf_text(pdf, tmp_path)
    squashed = squash(text)
    assert CANARY not in text
    assert "root:x:0:0" not in text
    shown = [payload for payload in PAYLOADS if squash(payload) in squashed]
    assert len(shown) >= 6, f"only these payloads appear literally: {shown}"


def test_every_payload_appears_literally_in_the_strategy(tmp_path):
    strategy = hostile_strategy(rich_strategy("en"))
    text = squash(pdf_text(render(strategy, "en", "strategy", "pdf")[2], tmp_path))
    for payload in PAYLOADS:
        assert squash(payload) in text, payload


def test_the_template_imports_nothing_and_reads_only_its_input():
    source = (TEMPLATE_DIR / "document.typ").read_text()
    code = "\n".join(line for line in source.splitlines() if not line.lstrip().startswith("//"))
    for forbidden in ("#import", "#include", "read(", "eval(", "@preview", "plugin("):
        assert forbidden not in code
    assert "json(bytes(sys.inputs.data))" in code


def test_the_compile_root_holds_only_the_templates_and_fonts():
    names = {path.relative_to(TEMPLATE_DIR).parts[0] for path in TEMPLATE_DIR.rglob("*")}
    assert names == {"document.typ", "charts.typ", "fonts"}
    assert not any(path.is_symlink() for path in TEMPLATE_DIR.rglob("*"))


def test_a_symbolic_link_in_the_compile_root_is_refused(tmp_path):
    root = tmp_path / "root"
    shutil.copytree(TEMPLATE_DIR, root)
    os.symlink("/etc/passwd", root / "passwd")
    with pytest.raises(CompileError, match="symbolic links"):
        check_root(root)


SLOW = "#for i in range(100000) { for j in range(100000) { } }\n"


def slow_root(tmp_path: Path) -> Path:
    """A compile root whose template loops for hours."""
    root = tmp_path / "slow"
    (root / "fonts").mkdir(parents=True)
    (root / "slow.typ").write_text(SLOW)
    return root


def test_a_second_render_reuses_the_warm_worker(fresh_worker):
    strategy = rich_strategy("en")
    render(strategy, "en", "guidelines", "pdf")
    first = WORKER.pid
    render(strategy, "en", "crisis", "pdf")
    assert first is not None
    assert WORKER.pid == first


def test_a_compile_that_takes_too_long_kills_and_replaces_the_worker(tmp_path):
    render(rich_strategy("en"), "en", "crisis", "pdf")
    hung = WORKER.pid
    with pytest.raises(CompileError, match=r"longer than 0\.5 seconds"):
        compile_template("slow.typ", "{}", root=slow_root(tmp_path), timeout=0.5)
    assert WORKER.pid is None
    assert hung is not None and not Path(f"/proc/{hung}").exists()
    pdf = render(rich_strategy("en"), "en", "crisis", "pdf")[2]
    assert WORKER.pid not in (None, hung)
    assert "Crisis" in pdf_text(pdf, tmp_path)


def test_a_compile_that_uses_too_much_cpu_is_stopped_by_its_own_limit(tmp_path):
    worker = TypstWorker(cpu_seconds=1)
    try:
        with pytest.raises(CompileError, match=r"too large to compile within the limit of 1 s of CPU time"):
            worker.compile("slow.typ", "{}", "pdf", None, slow_root(tmp_path), timeout=30)
        assert worker.pid is None
    finally:
        worker.shutdown()


def test_a_compile_that_needs_too_much_memory_is_stopped_and_the_next_one_works(tmp_path):
    root = tmp_path / "root"
    (root / "fonts").mkdir(parents=True)
    (root / "bomb.typ").write_text('#let s = "x" * 3000000000\n#s.len()\n')
    with pytest.raises(CompileError, match="memory allocation"):
        compile_template("bomb.typ", "{}", root=root)
    pdf = render(rich_strategy("en"), "en", "guidelines", "pdf")[2]
    assert int(pdf_info(pdf, tmp_path)["Pages"]) >= 2


def echo_root(tmp_path: Path) -> Path:
    """A compile root whose template prints its data, and one that needs 3 GB for any data."""
    root = tmp_path / "root"
    (root / "fonts").mkdir(parents=True, exist_ok=True)
    (root / "echo.typ").write_text("#sys.inputs.data\n")
    (root / "bomb.typ").write_text('#let s = "x" * 3000000000\n#s.len()\n')
    return root


def test_a_child_grown_past_its_limit_is_replaced_after_its_job(tmp_path):
    worker = TypstWorker(recycle_bytes=1)
    try:
        worker.compile("echo.typ", "one", "pdf", None, echo_root(tmp_path), timeout=30)
        first = worker.pid
        assert first is not None and worker.peak_bytes > 1
        pdf = worker.compile("echo.typ", "two", "pdf", None, echo_root(tmp_path), timeout=30)[0]
        assert worker.pid not in (None, first)
        assert "two" in pdf_text(pdf, tmp_path)
    finally:
        worker.shutdown()


def test_a_document_too_large_for_the_memory_limit_is_tried_in_a_fresh_child_and_names_the_limit(
    tmp_path, monkeypatch
):
    from socialstrategy.core.render import worker as module

    started = []
    popen = module.subprocess.Popen
    monkeypatch.setattr(module.subprocess, "Popen", lambda *a, **k: started.append(a) or popen(*a, **k))
    worker = TypstWorker()
    try:
        worker.compile("echo.typ", "warm", "pdf", None, echo_root(tmp_path), timeout=30)
        with pytest.raises(CompileError, match=r"too large to compile within the limit of 2 GB of memory"):
            worker.compile("bomb.typ", "{}", "pdf", None, echo_root(tmp_path), timeout=30)
        assert len(started) == 2  # the warm child, then a fresh one for the second try
        pdf = worker.compile("echo.typ", "after", "pdf", None, echo_root(tmp_path), timeout=30)[0]
        assert "after" in pdf_text(pdf, tmp_path)
    finally:
        worker.shutdown()


def test_a_typst_error_is_reported_and_keeps_the_worker(tmp_path, fresh_worker):
    root = tmp_path / "root"
    (root / "fonts").mkdir(parents=True)
    (root / "broken.typ").write_text("#let x = (\n")
    render(rich_strategy("en"), "en", "crisis", "pdf")
    alive = WORKER.pid
    with pytest.raises(CompileError, match="typst:"):
        compile_template("broken.typ", "{}", root=root)
    assert WORKER.pid == alive


def test_renders_from_several_threads_share_the_worker_one_job_at_a_time(tmp_path, fresh_worker):
    from concurrent.futures import ThreadPoolExecutor

    strategy = rich_strategy("de")
    render(strategy, "de", "crisis", "pdf")
    worker = WORKER.pid
    jobs = [("de", "crisis"), ("en", "crisis"), ("de", "guidelines"), ("en", "guidelines")]
    with ThreadPoolExecutor(max_workers=4) as pool:
        pdfs = list(pool.map(lambda job: render(strategy, job[0], job[1], "pdf")[2], jobs))
    assert WORKER.pid == worker
    for (language, document), pdf in zip(jobs, pdfs, strict=True):
        title = build_document(strategy, language, document).chapters[-1].title
        assert squash(title) in squash(pdf_text(pdf, tmp_path))


def test_the_same_document_again_is_answered_without_compiling():
    data = typst_data(build_document(rich_strategy("en"), "en", "crisis"))
    worker = TypstWorker()
    try:
        first = worker.compile("document.typ", data, "pdf", None, TEMPLATE_DIR, timeout=60)
        again = worker.compile("document.typ", data, "pdf", None, TEMPLATE_DIR, timeout=60)
        assert again == first
        assert worker.compiles == 1
        worker.compile("document.typ", data.replace("Crisis", "Krise"), "pdf", None, TEMPLATE_DIR, timeout=60)
        assert worker.compiles == 2
    finally:
        worker.shutdown()


def test_a_large_parent_does_not_make_a_fresh_worker_look_large(tmp_path):
    """Linux carries the parent's resident size into a child's ru_maxrss at exec: measured that
    way, every worker of a large process (a long test run, a busy web worker) passed its
    recycling size after its first job and was replaced at once."""
    root = tmp_path / "root"
    (root / "fonts").mkdir(parents=True)
    (root / "echo.typ").write_text("#sys.inputs.data\n")
    ballast = bytearray(RECYCLE_BYTES + 64 * 1024**2)
    ballast[::4096] = b"\x01" * len(ballast[::4096])  # resident, not just reserved
    worker = TypstWorker(max_jobs=5)
    try:
        worker.compile("echo.typ", "one", "pdf", None, root, timeout=30)
        first = worker.pid
        worker.compile("echo.typ", "two", "pdf", None, root, timeout=30)
        assert first is not None and worker.pid == first
        assert worker.peak_bytes < RECYCLE_BYTES
    finally:
        worker.shutdown()
        del ballast


def test_a_worker_is_retired_after_its_last_job_and_the_next_job_starts_a_new_one(tmp_path):
    root = tmp_path / "root"
    (root / "fonts").mkdir(parents=True)
    (root / "echo.typ").write_text("#sys.inputs.data\n")
    worker = TypstWorker(max_jobs=2)
    try:
        worker.compile("echo.typ", "one", "pdf", None, root, timeout=30)
        first = worker.pid
        worker.compile("echo.typ", "two", "pdf", None, root, timeout=30)
        assert first is not None and worker.pid is None
        worker.compile("echo.typ", "three", "pdf", None, root, timeout=30)
        assert worker.pid not in (None, first)
        assert worker.compiles == 3
    finally:
        worker.shutdown()


def test_a_missing_template_is_a_compile_error(tmp_path):
    with pytest.raises(CompileError, match=r"missing\.typ cannot be read"):
        compile_template("missing.typ", "{}", root=tmp_path)


def test_the_worker_stops_when_shut_down():
    worker = TypstWorker()
    worker.start()
    pid = worker.pid
    worker.shutdown()
    assert pid is not None and worker.pid is None
    assert not Path(f"/proc/{pid}").exists()


def test_an_empty_strategy_still_renders(tmp_path):
    from socialstrategy.core.model import Strategy

    pdf = render(Strategy(), "en", "strategy", "pdf")[2]
    assert "This step is not filled in yet." in pdf_text(pdf, tmp_path)


def page_text(pdf: bytes, tmp_path: Path, page: int) -> str:
    path = tmp_path / "pages.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
    )
    return done.stdout.decode()


def test_pages_are_numbered_and_the_contents_list_every_chapter(tmp_path):
    strategy = rich_strategy("de")
    pdf = render(strategy, "de", "strategy", "pdf")[2]
    pages = int(pdf_info(pdf, tmp_path)["Pages"])
    assert f"Seite 3 / {pages}" in page_text(pdf, tmp_path, 3)
    contents = page_text(pdf, tmp_path, 2)
    assert "Inhalt" in contents
    for chapter in build_document(strategy, "de").chapters:
        assert squash(chapter.title) in squash(contents)


def test_a_long_table_repeats_its_header_on_the_next_page(tmp_path):
    strategy = rich_strategy("en")
    goal = strategy.goals[0]
    goal.kpis = [goal.kpis[0].model_copy(update={"metric": f"Metric number {n}"}) for n in range(60)]
    pdf = render(strategy, "en", "strategy", "pdf")[2]
    pages_with_kpis = [  # the KPI table names the goal (G1); the KPI chart does not
        page
        for page in range(1, int(pdf_info(pdf, tmp_path)["Pages"]) + 1)
        if "Metric number" in (text := page_text(pdf, tmp_path, page))
        and "G1" in text
        and "Executive summary" not in text  # the summary shows the headline targets only
    ]
    assert len(pages_with_kpis) >= 2
    for page in pages_with_kpis:
        text = page_text(pdf, tmp_path, page)
        assert "Baseline" in text and "Target" in text


def test_a_chart_taller_than_a_page_is_scaled_to_fit(tmp_path):
    strategy = rich_strategy("en")
    goal = strategy.goals[0]
    goal.kpis = [goal.kpis[0].model_copy(update={"metric": f"Metric number {n}"}) for n in range(60)]
    text = pdf_text(render(strategy, "en", "strategy", "pdf")[2], tmp_path)
    assert "Metric number 59 · Instagram" in text


def test_long_german_words_are_hyphenated(tmp_path):
    word = "Donaudampfschifffahrtsgesellschaftskapitänsmützenträgervereinsvorsitzender"
    strategy = rich_strategy("de")
    strategy.goals[0].kpis[0].metric = f"{word} {word}"
    strategy.goals[0].kpis[0].target = None  # kept out of the KPI chart, which wraps on its own
    text = pdf_text(render(strategy, "de", "strategy", "pdf")[2], tmp_path)
    assert word not in text.replace("\n", " ")
    assert word in squash(text)


@settings(max_examples=12, deadline=None)
@given(st.text(min_size=1, max_size=60))
def test_any_text_compiles(statement):
    strategy = rich_strategy("en")
    strategy.goals[0].statement = statement
    strategy.organisation.name = statement[:300]
    assert render(strategy, "en", "strategy", "pdf")[2].startswith(b"%PDF-")


NAMES = {"anna": "Annegret Krämer", "jonas": "Jonas Hofstetter"}


def with_names(strategy, names):
    assert strategy.resources is not None
    team = [m.model_copy(update={"name": names.get(m.id, m.name)}) for m in strategy.resources.team]
    return strategy.model_copy(update={"resources": strategy.resources.model_copy(update={"team": team})})


def hyphenated(word: str, text: str) -> bool:
    """Typst marks a hyphenation point with a soft hyphen, which pdftotext keeps."""
    pattern = "(?:\u00ad\n)?".join(re.escape(letter) for letter in word)
    return any("\u00ad" in match for match in re.findall(pattern, text))


@pytest.mark.parametrize("document", ["strategy", "crisis"])
def test_names_are_never_hyphenated_but_german_prose_is(document, tmp_path):
    text = pdf_text(render(with_names(rich_strategy("de"), NAMES), "de", document, "pdf")[2], tmp_path)
    words = {word for name in NAMES.values() for word in name.split()}
    assert "Hofstetter" in squash(text)
    assert not [word for word in words if hyphenated(word, text)]
    assert re.search("[a-zäöüß]\u00ad\n[a-zäöüß]", text), "long German words in prose are hyphenated"


def test_a_name_too_wide_for_its_column_is_broken_rather_than_overflowing(tmp_path):
    strategy = with_names(rich_strategy("de"), {"jonas": "Jonas Oberstadtwaldmeier"})
    text = pdf_text(render(strategy, "de", "crisis", "pdf")[2], tmp_path)
    assert hyphenated("Oberstadtwaldmeier", text)
