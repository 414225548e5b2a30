from django.apps import AppConfig


class WorkspacesConfig(AppConfig):
    name = "socialstrategy.web.workspaces"
    label = "workspaces"
