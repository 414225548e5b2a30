from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "socialstrategy.web.accounts"
    label = "accounts"
