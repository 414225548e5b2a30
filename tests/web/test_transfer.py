"""Import (validated and atomic), downloads and duplicating a strategy."""

from __future__ import annotations

import json

import pytest
import yaml
from django.core.files.uploadedfile import SimpleUploadedFile

from socialstrategy.web.strategies.models import Revision, Strategy


def _upload(client, personas, name, content):
    return client.post(
        f"/w/{personas['home'].pk}/strategies/import/", {"file": SimpleUploadedFile(name, content)}
    )


def test_a_valid_yaml_file_becomes_a_new_strategy(bob, personas):
    content = yaml.safe_dump(
        {"schema_version": 1, "title": "Imported", "organisation": {"name": "Tischlerei"}}
    )
    response = _upload(bob, personas, "s.yaml", content.encode())
    assert response.status_code == 302
    strategy = Strategy.objects.get(title="Imported")
    assert strategy.workspace == personas["home"]
    assert strategy.revisions.get().author.username == "bob"


def test_an_invalid_file_names_the_field_and_changes_nothing(bob, personas):
    before = (Strategy.objects.count(), Revision.objects.count())
    content = json.dumps({"schema_version": 1, "goals": [{"id": "g1", "type": "fame", "statement": "x"}]})
    response = _upload(bob, personas, "s.json", content.encode())
    assert response.status_code == 400
    text = response.content.decode()
    assert "Nothing was imported" in text
    assert "goals" in text and "type" in text
    assert (Strategy.objects.count(), Revision.objects.count()) == before


def test_a_file_that_is_not_a_strategy_is_refused(bob, personas):
    for name, content in (("s.yaml", b"- just\n- a list\n"), ("s.json", b"{broken"), ("s.yaml", b"\xff\xfe")):
        assert _upload(bob, personas, name, content).status_code == 400
    assert Strategy.objects.count() == 2


def test_a_yaml_alias_bomb_is_refused(bob, personas):
    bomb = b'a: &a ["x","x"]\nb: &b [*a,*a]\nc: &c [*b,*b]\ntitle: *c\n'
    assert _upload(bob, personas, "bomb.yaml", bomb).status_code == 400


def test_an_oversized_file_is_refused(bob, personas, settings):
    settings.IMPORT_MAX_BYTES = 100
    assert _upload(bob, personas, "s.yaml", b"title: x\n" + b"#" * 200).status_code == 400


def test_yaml_and_json_downloads_load_back_as_the_same_strategy(bob, personas):
    strategy = personas["strategy"]
    as_yaml = bob.get(f"/s/{strategy.pk}/export/yaml/")
    as_json = bob.get(f"/s/{strategy.pk}/export/json/")
    assert "attachment" in as_yaml["Content-Disposition"]
    assert yaml.safe_load(as_yaml.content)["goals"][0]["id"] == "g-awareness"
    assert json.loads(as_json.content)["organisation"]["name"] == "Bäckerei Sonnenschein"
    _upload(bob, personas, "again.yaml", as_yaml.content)
    copy = Strategy.objects.exclude(pk__in=[strategy.pk, personas["foreign"].pk]).get()
    assert copy.document == strategy.document


def test_an_unknown_download_format_is_404(bob, personas):
    assert bob.get(f"/s/{personas['strategy'].pk}/export/exe/").status_code == 404


def test_duplicating_starts_a_new_strategy_from_a_copy(bob, personas):
    strategy = personas["strategy"]
    response = bob.post(f"/s/{strategy.pk}/duplicate/")
    copy = Strategy.objects.get(pk=int(response["Location"].strip("/").split("/")[-1]))
    assert copy.title.startswith("Copy of")
    assert copy.document["goals"] == strategy.document["goals"]
    assert copy.version == 1
    strategy.refresh_from_db()
    assert strategy.version == 1


def test_nul_characters_in_an_imported_file_are_stripped(bob, personas):
    content = json.dumps(
        {"schema_version": 1, "title": "Null\u0000Title", "organisation": {"name": "N\u0000"}}
    )
    assert _upload(bob, personas, "nul.json", content.encode()).status_code == 302
    strategy = Strategy.objects.get(title="NullTitle")
    assert strategy.document["organisation"]["name"] == "N"


def test_the_problems_of_an_upload_are_named_in_german(bob, personas):
    bob.post("/i18n/setlang/", {"language": "de", "next": "/"})
    content = json.dumps({"schema_version": 1, "goals": [{"id": "g1", "type": "fame", "statement": "x"}]})
    text = _upload(bob, personas, "s.json", content.encode()).content.decode()
    assert "goals[0].type" in text and "Erlaubte Werte: " in text
    assert "Input should" not in text


def test_an_import_with_180000_unknown_keys_lists_50_problems_and_counts_the_rest(bob, personas):
    keys = {f"{i:x}": 1 for i in range(180_000)}
    content = json.dumps({"schema_version": 1, **keys}, separators=(",", ":")).encode()
    response = _upload(bob, personas, "keys.json", content)
    assert response.status_code == 400
    text = response.content.decode()
    assert text.count("unknown") == 50 and "<li>… and 179,950 more problems</li>" in text
    assert len(text) < 50_000  # the page of the attack was 19 MB


def test_the_count_of_problems_left_out_is_german_in_the_german_interface(bob, personas):
    content = json.dumps({"schema_version": 1, **{f"k{i}": 1 for i in range(51)}}).encode()
    bob.cookies["django_language"] = "de"
    text = _upload(bob, personas, "keys.json", content).content.decode()
    assert "<li>… und 1 weiteres Problem</li>" in text


def test_the_strategy_download_is_the_client_copy_unless_the_working_copy_is_asked_for(bob, personas):
    strategy = personas["strategy"]
    page = bob.get(f"/s/{strategy.pk}/step/review/").content.decode()
    assert f"/s/{strategy.pk}/export/md/?copy=working" in page
    client = bob.get(f"/s/{strategy.pk}/export/md/").content.decode()
    working = bob.get(f"/s/{strategy.pk}/export/md/?copy=working").content.decode()
    findings = ("Open findings of the check", "Offene Befunde")
    assert not any(title in client for title in findings)
    assert any(title in working for title in findings)


def test_a_download_is_named_once_by_the_core(bob, personas):
    from socialstrategy.core.render.document import document_filename

    strategy = personas["strategy"]
    expected = document_filename(strategy.load(), strategy.load().language, "strategy", "md")
    response = bob.get(f"/s/{strategy.pk}/export/md/")
    assert response["Content-Disposition"] == f'attachment; filename="{expected}"'
    assert bob.get(f"/s/{strategy.pk}/export/yaml/")["Content-Disposition"].endswith('.yaml"')


def test_a_document_too_large_for_the_compiler_goes_back_to_the_review_naming_the_limit(
    bob, personas, monkeypatch
):
    from socialstrategy.core.i18n import N_
    from socialstrategy.core.render import pdf
    from socialstrategy.core.render.worker import CompileError

    def too_large(*args, **kwargs):
        template = N_("the document is too large to compile within the limit of {size} GB of memory")
        raise CompileError.limit(template, "memory allocation of 8 bytes failed", size=2)

    monkeypatch.setattr(pdf, "render_pdf", too_large)
    strategy = personas["strategy"]
    bob.cookies["django_language"] = "de"
    response = bob.get(f"/s/{strategy.pk}/export/pdf/", follow=True)
    assert response.redirect_chain == [(f"/s/{strategy.pk}/step/review/", 302)]
    assert "Es braucht mehr als die erlaubten 2\u00a0GB Arbeitsspeicher." in response.content.decode()


@pytest.mark.documents
def test_a_strategy_thirty_times_the_demo_downloads_as_pdf_and_docx_after_every_edit(bob, personas):
    from socialstrategy.core.demos import grown_demo
    from socialstrategy.web.strategies.store import save_document

    strategy, document = personas["strategy"], grown_demo("bakery", 30)
    for edit in range(3):
        goal = document.goals[0].model_copy(update={"statement": f"Bekannter werden ({edit})"})
        document = document.model_copy(update={"goals": [goal, *document.goals[1:]]})
        strategy = save_document(strategy, document, strategy.version, None, "edit")
        for fmt, magic in (("pdf", b"%PDF"), ("docx", b"PK")):
            response = bob.get(f"/s/{strategy.pk}/export/{fmt}/")
            assert response.status_code == 200 and response.content.startswith(magic)
