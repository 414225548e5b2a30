"""Review states: what a client approves, how an item moves from draft to approved, and what an
export may contain when approval is required."""

from __future__ import annotations

import datetime as dt

import pytest

from socialstrategy.core import review
from socialstrategy.core.model import Strategy
from socialstrategy.core.process import STEP_IDS
from socialstrategy.core.review import ReviewError, approved_posts, fingerprint, next_state


def _strategy(**overrides) -> Strategy:
    data = {
        "language": "de",
        "organisation": {
            "name": "Bäckerei Sonnenschein",
            "sector": "bakery",
            "corporate_strategy": "Wachsen",
        },
        "guidelines": {"sections": [{"key": "purpose", "title": "Wozu", "body": "Damit alle wissen."}]},
        "crisis": {"sections": [{"key": "first-hour", "title": "Die erste Stunde", "body": "Ruhe."}]},
        "content": {
            "pillars": [{"id": "craft", "name": "Handwerk"}],
            "calendar": [
                {"id": "p1", "date": "2027-01-04", "platform": "instagram", "title": "Brot"},
                {"id": "p2", "date": "2027-01-11", "platform": "instagram", "title": "Brötchen"},
                {"date": "2027-01-18", "platform": "instagram", "title": "Ohne Id"},
            ],
        },
    }
    data.update(overrides)
    return Strategy.model_validate(data)


def test_the_client_reviews_each_step_the_two_documents_and_each_post_with_an_id():
    keys = [item.key for item in review.review_items(_strategy())]
    steps = [s for s in STEP_IDS if s not in ("guidelines", "review")]
    assert keys[: len(steps) - 1] == steps[:-1]
    assert keys[len(steps) - 1 : len(steps) + 2] == ["guidelines", "crisis", "content"]
    assert keys[-2:] == ["post:p1", "post:p2"]


def test_the_documents_keep_the_guidelines_step_id_and_read_as_documents_in_german():
    items = {item.key: item for item in review.review_items(_strategy())}
    assert items["guidelines"].kind == "document"
    assert items["crisis"].label.render("de") == "Krisenleitfaden"
    assert items["goals"].label.render("de") == "Ziele & Kennzahlen"


@pytest.mark.parametrize(
    ("state", "action", "following"),
    [
        ("draft", "request", "in_review"),
        ("in_review", "approve", "approved"),
        ("in_review", "request_changes", "changes_requested"),
        ("changes_requested", "request", "in_review"),
        ("approved", "edit", "draft"),
        ("in_review", "withdraw", "draft"),
        ("changes_requested", "edit", "changes_requested"),
    ],
)
def test_an_item_moves_from_draft_through_review_to_approved(state, action, following):
    assert next_state(state, action) == following


def test_an_approved_item_cannot_be_approved_twice_and_the_message_names_its_state():
    with pytest.raises(ReviewError) as raised:
        next_state("approved", "approve")
    assert "„Freigegeben“" in raised.value.message.render("de")


def test_an_unknown_action_is_refused():
    with pytest.raises(ReviewError):
        next_state("draft", "publish")  # type: ignore[arg-type]


def test_editing_a_step_changes_its_fingerprint_and_no_other():
    before = _strategy()
    after = _strategy(
        organisation={"name": "Bäckerei Sonnenschein", "sector": "cafe", "corporate_strategy": "Wachsen"}
    )
    keys = [item.key for item in review.review_items(before)]
    assert review.edited_items(before, after, keys) == ["information"]


def test_a_new_post_leaves_the_content_step_and_the_other_posts_approved():
    before = _strategy()
    calendar = [*before.model_dump(mode="json")["content"]["calendar"]]
    calendar.append({"id": "p9", "date": "2027-02-01", "platform": "instagram", "title": "Neu"})
    after = _strategy(content={"pillars": [{"id": "craft", "name": "Handwerk"}], "calendar": calendar})
    assert review.edited_items(before, after, ["content", "post:p1", "post:p2"]) == []


def test_a_post_s_status_is_no_edit_of_what_was_approved():
    before = _strategy()
    data = before.model_dump(mode="json")
    data["content"]["calendar"][0]["status"] = "published"
    after = Strategy.model_validate(data)
    assert fingerprint(before, "post:p1") == fingerprint(after, "post:p1")
    data["content"]["calendar"][0]["title"] = "Anderes Brot"
    assert fingerprint(before, "post:p1") != fingerprint(Strategy.model_validate(data), "post:p1")


def test_required_mode_exports_approved_posts_only_and_counts_the_rest():
    entries = _strategy().content.calendar
    kept, left_out = approved_posts(entries, {"post:p1": "approved", "post:p2": "in_review"}, "required")
    assert [e.id for e in kept] == ["p1"]
    assert left_out == 2


@pytest.mark.parametrize("mode", ["none", "optional"])
def test_other_modes_export_every_post(mode):
    kept, left_out = approved_posts(_strategy().content.calendar, {}, mode)
    assert len(kept) == 3
    assert left_out == 0


def test_posts_can_be_chosen_by_date_range():
    items = review.post_items(_strategy(), dt.date(2027, 1, 5), dt.date(2027, 1, 31))
    assert [item.key for item in items] == ["post:p2"]


def test_comments_on_a_document_anchor_to_its_sections():
    assert review.section_keys(_strategy(), "crisis") == ["first-hour"]
    assert review.section_keys(_strategy(), "goals") == []


def test_the_edit_note_names_the_items_in_the_reader_s_language():
    note = review.edit_note([review.get_item(_strategy(), "goals").label])
    assert note.render("de") == "Nach der Freigabe bearbeitet, wieder Entwurf: Ziele & Kennzahlen"


def test_the_sign_off_page_lists_who_approved_which_part_at_which_version():
    from socialstrategy.core.render.document import build_document
    from socialstrategy.core.review import Approval

    when = dt.datetime(2027, 1, 8, 10, 30, tzinfo=dt.UTC)
    approvals = [
        Approval("goals", "Eva Sonnenschein", 7, when),
        Approval("post:p1", "Eva Sonnenschein", 8, when),
    ]
    document = build_document(_strategy(), "de", "strategy", approvals=approvals)
    signoff = next(c for c in document.chapters if c.key == "sign-off")
    assert signoff.title == "Freigabe"
    table = signoff.blocks[1]
    rows = {row[0]: row for row in table.rows}
    assert rows["Ziele & Kennzahlen"] == ("Ziele & Kennzahlen", "Eva Sonnenschein", "7", "08.01.2027")
    assert rows["Brot"][1:] == ("Eva Sonnenschein", "8", "08.01.2027")
    assert rows["Zielgruppen"][1] == "noch nicht freigegeben"
    assert signoff.blocks[0].text == "2 von 13 Teilen sind freigegeben."


def test_a_document_without_review_has_no_sign_off_page():
    from socialstrategy.core.render.document import build_document

    assert all(c.key != "sign-off" for c in build_document(_strategy(), "en").chapters)


def test_a_working_copy_of_the_guidelines_says_so_on_its_title_page():
    from socialstrategy.core.render.document import build_document

    meta = dict(build_document(_strategy(), "de", "guidelines", working_copy=True).meta)
    assert meta["Exemplar"] == "Arbeitsexemplar, nicht für den Kunden"
