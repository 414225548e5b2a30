"""socialstrategy render FILE -o OUT.(pdf|docx|html|md) [--lang] [--document]."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import socialstrategy.core.render as render_module
from socialstrategy.cli import main
from socialstrategy.core.demos import demo_text
from socialstrategy.core.render.worker import CompileError

MAGIC = {"pdf": b"%PDF-", "docx": b"PK\x03\x04", "html": b"<!DOCTYPE html>", "md": b"# "}


@pytest.fixture
def bakery(tmp_path):
    path = tmp_path / "bakery.yaml"
    path.write_text(demo_text("bakery"), encoding="utf-8")
    return path


@pytest.mark.parametrize("extension", ["pdf", "docx", "html", "md"])
def test_it_writes_every_format_named_by_the_suffix(bakery, tmp_path, extension):
    out = tmp_path / f"strategy.{extension}"
    result = CliRunner().invoke(main, ["render", str(bakery), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(MAGIC[extension])
    assert result.output == f"{out} ist gespeichert.\n"  # the bakery's language


def test_the_working_copy_keeps_the_open_findings_and_the_client_copy_does_not(bakery, tmp_path):
    client, working = tmp_path / "client.md", tmp_path / "working.md"
    assert CliRunner().invoke(main, ["render", str(bakery), "-o", str(client)]).exit_code == 0
    result = CliRunner().invoke(main, ["render", str(bakery), "-o", str(working), "--working-copy"])
    assert result.exit_code == 0, result.output
    assert "Offene Befunde" in working.read_text(encoding="utf-8")
    assert "Offene Befunde" not in client.read_text(encoding="utf-8")


def test_it_renders_the_crisis_playbook_in_english(bakery, tmp_path):
    out = tmp_path / "crisis.md"
    result = CliRunner().invoke(
        main, ["render", str(bakery), "-o", str(out), "--lang", "en", "--document", "crisis"]
    )
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "Escalation levels" in text
    assert "Goals and key figures" not in text


def test_an_unknown_suffix_is_refused_and_nothing_is_written(bakery, tmp_path):
    out = tmp_path / "strategy.odt"
    result = CliRunner().invoke(main, ["render", str(bakery), "-o", str(out)])
    assert result.exit_code == 2
    assert "use .pdf, .docx, .html or .md" in result.output
    assert not out.exists()


def test_an_invalid_strategy_names_the_line_and_writes_nothing(tmp_path):
    source = tmp_path / "broken.yaml"
    source.write_text(
        "schema_version: 1\ngoals:\n  - id: g1\n    type: fame\n    statement: x\n", encoding="utf-8"
    )
    out = tmp_path / "out.pdf"
    result = CliRunner().invoke(main, ["render", str(source), "-o", str(out)])
    assert result.exit_code == 2
    assert "broken.yaml:4" in result.output
    assert not out.exists()


def test_a_missing_output_folder_is_one_clear_error(bakery, tmp_path):
    result = CliRunner().invoke(main, ["render", str(bakery), "-o", str(tmp_path / "nowhere" / "x.pdf")])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_a_failed_compile_keeps_the_old_file(bakery, tmp_path, monkeypatch):
    out = tmp_path / "strategy.pdf"
    out.write_bytes(b"old")

    def failing(*args, **kwargs):
        raise CompileError("the document took longer than 60 seconds to compile")

    monkeypatch.setattr(render_module, "render", failing)
    result = CliRunner().invoke(main, ["render", str(bakery), "-o", str(out), "--force"])
    assert result.exit_code == 1
    assert "longer than 60 seconds" in result.output
    assert "Traceback" not in result.output
    assert out.read_bytes() == b"old"


def test_a_logo_file_brands_the_document_and_an_unusable_one_is_a_usage_error(bakery, tmp_path):
    from tests.core.test_render_branding import LOGO

    logo, out = tmp_path / "logo.png", tmp_path / "branded.html"
    logo.write_bytes(LOGO)
    result = CliRunner().invoke(main, ["render", str(bakery), "-o", str(out), "--logo", str(logo)])
    assert result.exit_code == 0, result.output
    assert '<img class="logo" src="data:image/png;base64,' in out.read_text(encoding="utf-8")
    (tmp_path / "logo.gif").write_bytes(b"GIF89a" + bytes(20))
    gif = str(tmp_path / "logo.gif")
    result = CliRunner().invoke(main, ["render", str(bakery), "-o", str(out), "--force", "--logo", gif])
    assert result.exit_code == 2 and "not a complete PNG or JPEG image" in result.output


def test_a_bad_branding_value_is_a_warning_naming_the_field_and_the_document_is_written(bakery, tmp_path):
    bakery.write_text(
        bakery.read_text(encoding="utf-8") + "branding:\n  primary_colour: navy\n", encoding="utf-8"
    )
    out = tmp_path / "strategy.pdf"
    result = CliRunner().invoke(main, ["render", str(bakery), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"%PDF-")
    assert "Warnung: branding.primary_colour: „navy“ ist keine Farbe" in result.output
