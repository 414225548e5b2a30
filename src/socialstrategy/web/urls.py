"""URLs. Every URL that takes an object id must appear in tests/web/test_permissions.py; ids use
the ``id`` converter (web/converters.py), so a number beyond 64 bits is a 404."""

from __future__ import annotations

from django.urls import include, path
from django.views.i18n import set_language

from socialstrategy.web import (
    converters,  # noqa: F401  (registers <id:…> and <token:…>)
    display,
    health,
)
from socialstrategy.web.accounts import passwords
from socialstrategy.web.accounts import views as accounts
from socialstrategy.web.results import views as results
from socialstrategy.web.reviews import reviewer
from socialstrategy.web.reviews import views as reviews
from socialstrategy.web.strategies import feeds, history, transfer, trash, workshop
from socialstrategy.web.strategies import views as strategies
from socialstrategy.web.workspaces import members
from socialstrategy.web.workspaces import trash as workspace_trash
from socialstrategy.web.workspaces import views as workspaces

account_urls = [
    path("setup/", accounts.setup, name="setup"),
    path("login/", accounts.login_view, name="login"),
    path("logout/", accounts.logout_view, name="logout"),
    path("invite/<token:token>/", accounts.accept_invitation, name="invitation"),
    path("account/", passwords.show_account, name="account"),
    path("account/password/", passwords.change_password, name="password_change"),
    path("password-reset/", passwords.request_reset, name="password_reset"),
    path("password-reset/sent/", passwords.show_reset_sent, name="password_reset_sent"),
    path("password-reset/done/", passwords.show_reset_done, name="password_reset_done"),
    path("password-reset/<str:uidb64>/<str:token>/", passwords.confirm_reset, name="password_reset_confirm"),
]

workspace_urls = [
    path("", workspaces.list_workspaces, name="index"),
    path("w/new/", workspaces.create_workspace, name="create"),
    path("w/<id:pk>/", workspaces.show_workspace, name="detail"),
    path("w/<id:pk>/members/", members.show_members, name="members"),
    path("w/<id:pk>/members/invite/", members.invite_member, name="invite"),
    path("w/<id:pk>/members/<id:member>/remove/", members.remove_member, name="remove_member"),
    path("w/<id:pk>/members/<id:member>/role/", members.change_role, name="change_role"),
    path(
        "w/<id:pk>/invitations/<id:invitation>/withdraw/",
        members.withdraw_invitation,
        name="withdraw_invitation",
    ),
    path("w/<id:pk>/delete/", workspace_trash.delete_workspace, name="delete"),
    path("w/<id:pk>/restore/", workspace_trash.restore_workspace, name="restore"),
    path("s/<id:pk>/share/", workspaces.share_strategy, name="share"),
    path("s/<id:pk>/share/<id:grant>/revoke/", workspaces.revoke_grant, name="revoke_grant"),
]

strategy_urls = [
    path("w/<id:pk>/strategies/new/", transfer.create_blank, name="create"),
    path("w/<id:pk>/strategies/import/", transfer.import_strategy, name="import"),
    path("s/<id:pk>/", strategies.show_overview, name="overview"),
    path("s/<id:pk>/step/<str:step>/", strategies.show_step, name="step"),
    path("s/<id:pk>/item/", strategies.edit_item, name="item"),
    path("s/<id:pk>/item/remove/", strategies.remove_item, name="remove_item"),
    path("s/<id:pk>/check/", strategies.show_check, name="check"),
    path("s/<id:pk>/reapply/", strategies.reapply_changes, name="reapply"),
    path("s/<id:pk>/texts/", strategies.generate_texts, name="texts"),
    path("s/<id:pk>/history/", history.show_history, name="history"),
    path("s/<id:pk>/diff/", history.show_diff, name="diff"),
    path("s/<id:pk>/restore/<id:version>/", history.restore_revision, name="restore"),
    path("s/<id:pk>/export/<str:fmt>/", transfer.export_strategy, name="export"),
    path("s/<id:pk>/duplicate/", transfer.duplicate_strategy, name="duplicate"),
    path("s/<id:pk>/delete/", trash.delete_strategy, name="delete"),
    path("w/<id:pk>/trash/", trash.show_trash, name="trash"),
    path("w/<id:pk>/trash/<id:strategy>/restore/", trash.restore_strategy, name="undelete"),
]

panel_urls = [
    path("s/<id:pk>/section/", workshop.edit_section, name="section"),
    path("s/<id:pk>/section/reset/", workshop.reset_section, name="reset_section"),
    path("s/<id:pk>/chart/<str:key>.svg", workshop.show_chart, name="chart"),
    path("s/<id:pk>/calendar/generate/", workshop.generate_calendar, name="generate_calendar"),
    path("s/<id:pk>/platforms/adopt/", workshop.adopt_platforms, name="adopt_platforms"),
    path("s/<id:pk>/resources/apply-plan/", workshop.apply_plan, name="apply_plan"),
    path("s/<id:pk>/calendar/entry/", workshop.change_entry, name="entry"),
    path("s/<id:pk>/calendar/feed/", feeds.show_feed, name="feed"),
    path("s/<id:pk>/calendar/feed/new/", feeds.make_feed, name="make_feed"),
    path("s/<id:pk>/calendar/feed/revoke/", feeds.revoke_feed, name="revoke_feed"),
    path("s/<id:pk>/platforms/<str:platform>/", workshop.show_platform, name="platform"),
    path("s/<id:pk>/tools/", workshop.show_tools, name="tools"),
]

strategy_urls += panel_urls

result_urls = [
    path("s/<id:pk>/results/", results.show_results, name="show"),
    path("s/<id:pk>/results/upload/", results.upload_exports, name="upload"),
    path("s/<id:pk>/results/figure/", results.add_figure, name="add"),
    path("s/<id:pk>/results/report.<str:fmt>", results.download_results, name="download"),
]

review_urls = [
    path("review/waiting/", reviews.show_waiting, name="waiting"),
    path("w/<id:pk>/review-mode/", reviews.set_mode, name="mode"),
    path("s/<id:pk>/review/", reviews.show_review, name="show"),
    path("s/<id:pk>/review/request/", reviews.request_review, name="request"),
    path("s/<id:pk>/review/decide/", reviews.decide_item, name="decide"),
    path("s/<id:pk>/review/comment/", reviews.add_comment, name="comment"),
    path("s/<id:pk>/review/comment/<id:comment>/resolve/", reviews.resolve_comment, name="resolve"),
    path("s/<id:pk>/review/links/", reviews.create_link, name="create_link"),
    path("s/<id:pk>/review/links/<id:link>/revoke/", reviews.revoke_link, name="revoke_link"),
    # Without an account: the token is the key (web/reviews/links.py).
    path("r/<token:token>/", reviewer.open_review, name="open"),
    path("r/<token:token>/decide/", reviewer.decide, name="reviewer_decide"),
    path("r/<token:token>/comment/", reviewer.comment, name="reviewer_comment"),
]

urlpatterns = [
    path("", include((account_urls, "accounts"))),
    path("", include((workspace_urls, "workspaces"))),
    path("", include((strategy_urls, "strategies"))),
    path("", include((result_urls, "results"))),
    path("", include((review_urls, "reviews"))),
    path("i18n/setlang/", set_language, name="set_language"),
    path("health/", health.health, name="health"),
    # Without an account: a calendar app subscribes, the token is the key (strategies/feeds.py).
    path("feed/<token:token>.ics", feeds.serve_feed, name="feed"),
    path("display/", display.switch_display, name="switch_display"),
]
