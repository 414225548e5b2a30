"""URLs. Every URL that takes an object id must appear in tests/web/test_permissions.py."""

from __future__ import annotations

from django.urls import include, path
from django.views.i18n import set_language

from socialstrategy.web import health
from socialstrategy.web.accounts import passwords
from socialstrategy.web.accounts import views as accounts
from socialstrategy.web.strategies import history, transfer, trash, workshop
from socialstrategy.web.strategies import views as strategies
from socialstrategy.web.workspaces import members
from socialstrategy.web.workspaces import trash as workspace_trash
from socialstrategy.web.workspaces import views as workspaces

account_urls = [
    path("setup/", accounts.setup, name="setup"),
    path("login/", accounts.login_view, name="login"),
    path("logout/", accounts.logout_view, name="logout"),
    path("invite/<str:token>/", accounts.accept_invitation, name="invitation"),
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
    path("w/<int:pk>/", workspaces.show_workspace, name="detail"),
    path("w/<int:pk>/members/", members.show_members, name="members"),
    path("w/<int:pk>/members/invite/", members.invite_member, name="invite"),
    path("w/<int:pk>/members/<int:member>/remove/", members.remove_member, name="remove_member"),
    path("w/<int:pk>/members/<int:member>/role/", members.change_role, name="change_role"),
    path(
        "w/<int:pk>/invitations/<int:invitation>/withdraw/",
        members.withdraw_invitation,
        name="withdraw_invitation",
    ),
    path("w/<int:pk>/delete/", workspace_trash.delete_workspace, name="delete"),
    path("w/<int:pk>/restore/", workspace_trash.restore_workspace, name="restore"),
    path("s/<int:pk>/share/", workspaces.share_strategy, name="share"),
    path("s/<int:pk>/share/<int:grant>/revoke/", workspaces.revoke_grant, name="revoke_grant"),
]

strategy_urls = [
    path("w/<int:pk>/strategies/new/", transfer.create_blank, name="create"),
    path("w/<int:pk>/strategies/import/", transfer.import_strategy, name="import"),
    path("s/<int:pk>/", strategies.show_overview, name="overview"),
    path("s/<int:pk>/step/<str:step>/", strategies.show_step, name="step"),
    path("s/<int:pk>/item/", strategies.edit_item, name="item"),
    path("s/<int:pk>/item/remove/", strategies.remove_item, name="remove_item"),
    path("s/<int:pk>/check/", strategies.show_check, name="check"),
    path("s/<int:pk>/reapply/", strategies.reapply_changes, name="reapply"),
    path("s/<int:pk>/texts/", strategies.generate_texts, name="texts"),
    path("s/<int:pk>/history/", history.show_history, name="history"),
    path("s/<int:pk>/diff/", history.show_diff, name="diff"),
    path("s/<int:pk>/restore/<int:version>/", history.restore_revision, name="restore"),
    path("s/<int:pk>/export/<str:fmt>/", transfer.export_strategy, name="export"),
    path("s/<int:pk>/duplicate/", transfer.duplicate_strategy, name="duplicate"),
    path("s/<int:pk>/delete/", trash.delete_strategy, name="delete"),
    path("w/<int:pk>/trash/", trash.show_trash, name="trash"),
    path("w/<int:pk>/trash/<int:strategy>/restore/", trash.restore_strategy, name="undelete"),
]

panel_urls = [
    path("s/<int:pk>/section/", workshop.edit_section, name="section"),
    path("s/<int:pk>/section/reset/", workshop.reset_section, name="reset_section"),
    path("s/<int:pk>/chart/<str:key>.svg", workshop.show_chart, name="chart"),
    path("s/<int:pk>/calendar/generate/", workshop.generate_calendar, name="generate_calendar"),
    path("s/<int:pk>/calendar/entry/", workshop.change_entry, name="entry"),
    path("s/<int:pk>/platforms/<str:platform>/", workshop.show_platform, name="platform"),
    path("s/<int:pk>/tools/", workshop.show_tools, name="tools"),
]

strategy_urls += panel_urls

urlpatterns = [
    path("", include((account_urls, "accounts"))),
    path("", include((workspace_urls, "workspaces"))),
    path("", include((strategy_urls, "strategies"))),
    path("i18n/setlang/", set_language, name="set_language"),
    path("health/", health.health, name="health"),
]
