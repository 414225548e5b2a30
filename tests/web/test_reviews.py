"""The client reviews and approves: review links, the reviewer's view, decisions, comments, the
audit trail, mail, and approval after an edit (#17)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from socialstrategy.core.model import Strategy as StrategyDocument
from socialstrategy.web.reviews import services
from socialstrategy.web.reviews.models import Comment, ItemReview, ReviewEvent, ReviewLink
from socialstrategy.web.strategies.models import Strategy
from socialstrategy.web.strategies.store import save_document
from tests.web.conftest import add_client_roles, admitted_reviewer, client_for, make_review_link


@pytest.fixture
def team(personas):
    return add_client_roles(personas)


def _states(strategy):
    return services.item_states(Strategy.objects.get(pk=strategy.pk))


def test_the_token_is_stored_only_as_its_hash(team):
    link, token = make_review_link(team["strategy"])
    assert len(token) >= 43
    assert token not in link.token_hash
    assert not ReviewLink.objects.filter(token_hash=token).exists()


def test_a_reviewer_gives_a_name_before_seeing_the_strategy(team):
    _link, token = make_review_link(team["strategy"])
    from django.test import Client

    client = Client()
    response = client.get(f"/r/{token}/")
    assert response.status_code == 200
    assert b'name="name"' in response.content
    assert b"Become the best-known bakery" not in response.content
    refused = client.post(f"/r/{token}/", {"name": " "})
    assert refused.status_code == 422


def test_the_reviewer_page_sends_no_referrer_and_is_not_indexed(team):
    _link, token = make_review_link(team["strategy"])
    response = admitted_reviewer(token).get(f"/r/{token}/")
    assert response.status_code == 200
    assert response["Referrer-Policy"] == "no-referrer"
    assert "noindex" in response["X-Robots-Tag"]
    assert b'<meta name="robots" content="noindex, nofollow">' in response.content
    assert "no-store" in response["Cache-Control"]
    assert b"Become the best-known bakery in the quarter" in response.content


def test_the_reviewer_page_speaks_the_strategy_s_language(team):
    strategy = team["strategy"]
    german = strategy.load().model_copy(update={"language": "de"})
    save_document(strategy, german, strategy.version, None, "Deutsch")
    _link, token = make_review_link(strategy)
    response = admitted_reviewer(token).get(f"/r/{token}/")
    text = response.content.decode()
    assert '<html lang="de">' in text
    assert "Freigeben" in text
    assert "Änderungen erbitten" in text


def test_a_password_link_needs_its_password(team):
    _link, token = make_review_link(team["strategy"], password="Brötchen-2027")
    from django.test import Client

    client = Client()
    assert client.post(f"/r/{token}/", {"name": "Eva", "password": "wrong"}).status_code == 422
    assert client.post(f"/r/{token}/decide/", {"item": "goals", "action": "approve"}).status_code == 404
    assert client.post(f"/r/{token}/", {"name": "Eva", "password": "Brötchen-2027"}).status_code == 302
    assert client.get(f"/r/{token}/").status_code == 200


def test_too_many_wrong_passwords_are_refused_for_an_hour(team):
    _link, token = make_review_link(team["strategy"], password="Brötchen-2027")
    from django.test import Client

    client = Client()
    for _ in range(10):
        client.post(f"/r/{token}/", {"name": "Eva", "password": "wrong"})
    assert client.post(f"/r/{token}/", {"name": "Eva", "password": "Brötchen-2027"}).status_code == 429


def test_a_client_approves_a_step_through_the_link_and_the_trail_names_them(team):
    strategy = team["strategy"]
    link, token = make_review_link(strategy)
    reviewer = admitted_reviewer(token, "Eva Sonnenschein")
    response = reviewer.post(f"/r/{token}/decide/", {"item": "goals", "action": "approve", "body": "Passt."})
    assert response.status_code == 302
    assert _states(strategy)["goals"] == "approved"
    event = ReviewEvent.objects.get(action="approve")
    assert (event.reviewer_name, event.item, event.version, event.link) == (
        "Eva Sonnenschein",
        "goals",
        1,
        link,
    )
    assert Comment.objects.get().body == "Passt."
    assert list(link.uses.values_list("action", flat=True)) == ["comment", "approve", "open"]


def test_a_feedback_link_comments_but_cannot_approve(team):
    _link, token = make_review_link(team["strategy"], role="feedback")
    reviewer = admitted_reviewer(token)
    assert reviewer.post(f"/r/{token}/decide/", {"item": "goals", "action": "approve"}).status_code == 403
    assert (
        reviewer.post(f"/r/{token}/comment/", {"item": "goals", "body": "Rechtlich ok?"}).status_code == 302
    )
    assert b"Approve" not in reviewer.get(f"/r/{token}/").content


def test_a_link_covers_the_posts_of_its_date_range_only(team):
    strategy = team["strategy"]
    calendar = [
        {"id": "p1", "date": "2027-01-04", "platform": "instagram", "title": "Brot"},
        {"id": "p2", "date": "2027-03-01", "platform": "instagram", "title": "Später"},
    ]
    document = strategy.load().model_copy(update={"content": {"calendar": calendar}})
    save_document(strategy, StrategyDocument.model_validate(document.model_dump()), 1, None, "Plan")
    _link, token = make_review_link(strategy, posts_from=dt.date(2027, 1, 1), posts_to=dt.date(2027, 1, 31))
    reviewer = admitted_reviewer(token)
    assert reviewer.post(f"/r/{token}/decide/", {"item": "post:p1", "action": "approve"}).status_code == 302
    assert reviewer.post(f"/r/{token}/decide/", {"item": "post:p2", "action": "approve"}).status_code == 404
    page = reviewer.get(f"/r/{token}/").content.decode()
    assert "Brot" in page and "Später" not in page


def test_reviewers_never_see_internal_comments(team):
    strategy = team["strategy"]
    services.add_comment(
        strategy,
        "goals",
        "Intern: Budget prüfen",
        services.Reviewer(user=team["users"]["bob"]),
        internal=True,
    )
    services.add_comment(strategy, "goals", "Für den Kunden", services.Reviewer(user=team["users"]["bob"]))
    _link, token = make_review_link(strategy)
    page = admitted_reviewer(token).get(f"/r/{token}/").content.decode()
    assert "Für den Kunden" in page and "Budget" not in page
    assert "Budget" not in client_for("amy").get(reverse("reviews:show", args=[strategy.pk])).content.decode()
    assert "Budget" in client_for("bob").get(reverse("reviews:show", args=[strategy.pk])).content.decode()


def test_a_reviewer_cannot_reply_to_an_internal_or_foreign_thread(team):
    strategy, foreign = team["strategy"], team["foreign"]
    internal = services.add_comment(
        strategy, "goals", "Intern", services.Reviewer(user=team["users"]["bob"]), internal=True
    )
    other = services.add_comment(foreign, "goals", "Fremd", services.Reviewer(user=team["users"]["charlie"]))
    _link, token = make_review_link(strategy)
    reviewer = admitted_reviewer(token)
    for parent in (internal, other):
        assert (
            reviewer.post(f"/r/{token}/comment/", {"parent": parent.pk, "body": "Hallo"}).status_code == 404
        )


def test_an_edit_after_approval_sets_the_step_back_to_draft_and_says_so(team):
    strategy = team["strategy"]
    services.decide(strategy, "goals", "approve", services.Reviewer(user=team["users"]["amy"]))
    services.decide(strategy, "audiences", "approve", services.Reviewer(user=team["users"]["amy"]))
    document = strategy.load().model_copy(update={"title": "A new title"})  # organisation, not goals
    changed = strategy.load().model_dump()
    changed["goals"][0]["statement"] = "Become the best-loved bakery"
    save_document(strategy, StrategyDocument.model_validate(changed), 1, team["users"]["bob"], "Goals")
    assert _states(strategy)["goals"] == "draft"
    assert _states(strategy)["audiences"] == "approved"
    event = ReviewEvent.objects.filter(action="edit").get()
    assert (event.item, event.version, event.user) == ("goals", 2, team["users"]["bob"])
    assert document.title == "A new title"


def test_the_coach_requests_a_review_and_approvers_get_a_mail_in_their_language(team):
    from socialstrategy.web.reviews.models import MailLanguage

    MailLanguage.objects.create(user=team["users"]["amy"], language="de")
    response = client_for("alice").post(
        reverse("reviews:request", args=[team["strategy"].pk]), {"item": ["goals"]}
    )
    assert response.status_code == 302
    assert _states(team["strategy"]) == {"goals": "in_review"}
    recipients = {message.to[0]: message for message in mail.outbox}
    assert set(recipients) == {"amy@example.org", "fred@example.org"}
    german = recipients["amy@example.org"]
    assert german.subject == "Bitte prüfen Sie „Sonnenschein social media“"
    assert "Ziele & Kennzahlen" in german.body
    assert f"/s/{team['strategy'].pk}/review/" in german.body
    assert "Please review" in recipients["fred@example.org"].subject


def test_a_decision_through_a_link_mails_the_team_without_the_token(team):
    _link, token = make_review_link(team["strategy"])
    admitted_reviewer(token, "Eva").post(
        f"/r/{token}/decide/", {"item": "goals", "action": "request_changes"}
    )
    assert {m.to[0] for m in mail.outbox} == {"alice@example.org", "bob@example.org"}
    assert all(token not in m.body and "/r/" not in m.body for m in mail.outbox)
    assert "Eva asks for changes" in mail.outbox[0].body


def test_remind_reviews_mails_about_parts_waiting_for_days(team):
    from django.core.management import call_command

    services.decide(team["strategy"], "goals", "request", services.Reviewer(user=team["users"]["alice"]))
    ItemReview.objects.update(updated=timezone.now() - dt.timedelta(days=4))
    call_command("remind_reviews", "--days", "3")
    assert {m.to[0] for m in mail.outbox} == {"amy@example.org", "fred@example.org"}
    assert "1 part has been waiting" in mail.outbox[0].body


def test_a_revoked_link_stops_working_and_the_revocation_is_in_the_trail(team):
    link, token = make_review_link(team["strategy"])
    reviewer = admitted_reviewer(token)
    response = client_for("bob").post(reverse("reviews:revoke_link", args=[team["strategy"].pk, link.pk]))
    assert response.status_code == 302
    assert reviewer.get(f"/r/{token}/").status_code == 404
    assert ReviewEvent.objects.filter(action="revoke", user=team["users"]["bob"]).exists()


def test_an_expired_link_stops_working(team):
    link, token = make_review_link(team["strategy"])
    reviewer = admitted_reviewer(token)
    ReviewLink.objects.filter(pk=link.pk).update(expires=timezone.now() - dt.timedelta(seconds=1))
    assert reviewer.get(f"/r/{token}/").status_code == 404


def test_the_coach_creates_a_link_and_sees_it_once(team):
    response = client_for("bob").post(
        reverse("reviews:create_link", args=[team["strategy"].pk]), {"days": "7"}, follow=True
    )
    text = response.content.decode()
    assert "/r/" in text
    assert (
        "/r/"
        not in client_for("bob").get(reverse("reviews:show", args=[team["strategy"].pk])).content.decode()
    )


def test_the_coach_resolves_a_comment(team):
    comment = services.add_comment(team["strategy"], "goals", "Zu vage", services.Reviewer(name="Eva"))
    url = reverse("reviews:resolve", args=[team["strategy"].pk, comment.pk])
    assert client_for("bob").post(url, {"resolved": "1"}).status_code == 302
    comment.refresh_from_db()
    assert comment.resolved is not None and comment.resolved_by == team["users"]["bob"]


def test_what_waits_for_an_approver(team):
    services.decide(team["strategy"], "goals", "request", services.Reviewer(user=team["users"]["alice"]))
    page = client_for("amy").get(reverse("reviews:waiting")).content.decode()
    assert "Goals &amp; KPIs" in page


def _with_posts(strategy):
    calendar = [
        {"id": f"p{n}", "date": f"2027-01-{n + 3:02d}", "platform": "instagram", "title": f"Post {n}"}
        for n in range(1, 4)
    ]
    document = strategy.load().model_dump()
    document["content"] = {"calendar": calendar}
    return save_document(strategy, StrategyDocument.model_validate(document), strategy.version, None, "Plan")


def test_required_mode_exports_approved_posts_only_and_says_how_many_it_left_out(team):
    strategy = _with_posts(team["strategy"])
    services.set_review_mode(team["home"], "required")
    services.decide(strategy, "post:p2", "approve", services.Reviewer(user=team["users"]["amy"]))
    response = client_for("bob").get(reverse("strategies:export", args=[strategy.pk, "csv"]))
    text = response.content.decode()
    assert "Post 2" in text and "Post 1" not in text and "Post 3" not in text
    assert response["X-Posts-Not-Approved"] == "2"
    follow = client_for("bob")
    follow.get(reverse("strategies:export", args=[strategy.pk, "ics"]))
    page = follow.get(reverse("reviews:show", args=[strategy.pk])).content.decode()
    assert "2 posts that are not approved were left out" in page


def test_in_required_mode_the_calendar_feed_carries_approved_posts_only(team):
    from django.test import Client

    strategy = _with_posts(team["strategy"])
    services.set_review_mode(team["home"], "required")
    services.decide(strategy, "post:p2", "approve", services.Reviewer(user=team["users"]["amy"]))
    page = client_for("bob").post(reverse("strategies:make_feed", args=[strategy.pk])).content.decode()
    path = page.split('value="http://testserver', 1)[1].split('"', 1)[0]
    feed = Client().get(path).content.decode()  # a calendar app, without an account
    assert "Post 2" in feed and "Post 1" not in feed and "Post 3" not in feed


@pytest.mark.parametrize("mode", ["none", "optional"])
def test_other_modes_export_every_post(team, mode):
    strategy = _with_posts(team["strategy"])
    services.set_review_mode(team["home"], mode)
    response = client_for("bob").get(reverse("strategies:export", args=[strategy.pk, "csv"]))
    assert all(f"Post {n}" in response.content.decode() for n in (1, 2, 3))
    assert "X-Posts-Not-Approved" not in response


@pytest.mark.django_db(transaction=True)
def test_two_approvals_of_one_item_at_once_record_one_approval(threaded_personas):
    """Both reviewers press "Approve" together: one approval is recorded, the other is told the
    item is approved already; on SQLite and on PostgreSQL."""
    from socialstrategy.core.review import ReviewError
    from tests.web.conftest import at_once

    strategy = threaded_personas["strategy"]
    links = [make_review_link(strategy)[0] for _ in range(2)]

    def approve(number):
        try:
            services.decide(
                strategy, "goals", "approve", services.Reviewer(link=links[number], name=f"R{number}")
            )
        except ReviewError:
            return "refused"
        return "approved"

    results, errors = at_once(2, approve)
    assert errors == []
    assert sorted(results) == ["approved", "refused"]
    assert ReviewEvent.objects.filter(action="approve").count() == 1
    assert ItemReview.objects.get(strategy=strategy, item="goals").state == "approved"


def test_the_pdf_gets_a_sign_off_page_with_the_approvals_once_a_review_began(team):
    from socialstrategy.web.reviews.exports import signoff_options

    strategy = team["strategy"]
    assert signoff_options(strategy, "pdf") == {}
    _link, token = make_review_link(strategy)
    admitted_reviewer(token, "Eva Sonnenschein").post(
        f"/r/{token}/decide/", {"item": "goals", "action": "approve"}
    )
    (approval,) = signoff_options(strategy, "pdf")["approvals"]
    assert (approval.item, approval.by, approval.version) == ("goals", "Eva Sonnenschein", 1)
    assert signoff_options(strategy, "docx") == {}
    response = client_for("bob").get(reverse("strategies:export", args=[strategy.pk, "pdf"]))
    assert response.status_code == 200 and response.content.startswith(b"%PDF")


def test_the_history_shows_who_approved_what_at_which_version(team):
    strategy = team["strategy"]
    _link, token = make_review_link(strategy)
    admitted_reviewer(token, "Eva Sonnenschein").post(
        f"/r/{token}/decide/", {"item": "goals", "action": "approve"}
    )
    page = client_for("vera").get(reverse("strategies:history", args=[strategy.pk])).content.decode()
    assert "Eva Sonnenschein" in page
    assert "approved" in page and "„Goals &amp; KPIs“" in page and "version 1" in page


def test_requesting_a_review_gives_an_imported_plan_s_posts_ids_once(team):
    strategy = team["strategy"]
    document = strategy.load().model_dump()
    document["content"] = {"calendar": [{"date": "2027-01-04", "platform": "instagram", "title": "Brot"}]}
    save_document(strategy, StrategyDocument.model_validate(document), 1, None, "Import")
    url = reverse("reviews:request", args=[strategy.pk])
    client_for("bob").post(url)
    client_for("bob").post(url)
    strategy.refresh_from_db()
    assert strategy.version == 3
    assert _states(strategy)["post:20270104-instagram-1"] == "in_review"


def test_in_required_mode_an_unapproved_document_downloads_as_a_working_copy(team):
    from socialstrategy.web.reviews import exports

    strategy = team["strategy"]
    services.set_review_mode(team["home"], "required")
    document = strategy.load()
    assert exports.must_be_working_copy(strategy, document, "guidelines-pdf")
    assert exports.must_be_working_copy(strategy, document, "md")
    assert not exports.must_be_working_copy(strategy, document, "yaml")
    services.decide(strategy, "guidelines", "approve", services.Reviewer(user=team["users"]["amy"]))
    assert not exports.must_be_working_copy(strategy, document, "guidelines-pdf")
    client = client_for("bob")
    markdown = client.get(reverse("strategies:export", args=[strategy.pk, "md"])).content.decode()
    assert "Working copy, not for the client" in markdown
    page = client.get(reverse("reviews:show", args=[strategy.pk])).content.decode()
    assert "it was downloaded as a working copy" in page


def test_in_optional_mode_documents_download_as_they_are(team):
    from socialstrategy.web.reviews import exports

    assert not exports.must_be_working_copy(team["strategy"], team["strategy"].load(), "guidelines-pdf")


def test_the_german_review_pages_show_no_english(team):
    """The reviewer's view of a German strategy, and the coach's review page in German."""
    from socialstrategy.core.demos import load_demo
    from socialstrategy.web.strategies.store import create_strategy
    from tests.web.test_german_pages import _not_ours, english_fragments

    document = load_demo("bakery")
    strategy = create_strategy(team["home"], document, team["users"]["alice"], "Demo")
    client_for("alice").post(reverse("reviews:request", args=[strategy.pk]))
    strategy.refresh_from_db()
    _link, token = make_review_link(
        strategy, posts_from=dt.date(2026, 11, 30), posts_to=dt.date(2026, 12, 15)
    )
    reviewer = admitted_reviewer(token, "Eva Sonnenkorn")
    reviewer.post(f"/r/{token}/comment/", {"item": "goals", "body": "Bitte prüfen."})
    reviewer.post(f"/r/{token}/decide/", {"item": "audiences", "action": "approve"})
    theirs = _not_ours(strategy.load())
    assert english_fragments(reviewer.get(f"/r/{token}/").content.decode(), theirs) == []
    coach = client_for("bob")
    coach.post("/i18n/setlang/", {"language": "de", "next": "/"})
    page = coach.get(reverse("reviews:show", args=[strategy.pk])).content.decode()
    assert "Prüfung und Freigabe" in page
    assert english_fragments(page, theirs) == []


def test_a_reviewer_s_name_is_one_line_so_it_cannot_write_into_the_team_s_mail(team):
    """The name goes into plain-text mail to the coach's team: line breaks, control and bidi
    characters in it would let a link holder add lines of their own (or break the subject)."""
    strategy = team["strategy"]
    _link, token = make_review_link(strategy)
    from django.test import Client

    reviewer = Client()
    name = "Eva\r\n\r\nPlease sign in again at https://example.invalid\u202e\x07"
    assert reviewer.post(f"/r/{token}/", {"name": name}).status_code == 302
    response = reviewer.post(f"/r/{token}/decide/", {"item": "goals", "action": "approve"})

    assert response.status_code == 302
    event = ReviewEvent.objects.get(action="approve")
    assert event.reviewer_name == "Eva Please sign in again at https://example.invalid"
    assert mail.outbox, "the team is told"
    assert all("\nPlease sign in" not in message.body for message in mail.outbox)
