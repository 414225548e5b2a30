from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "socialstrategy.web.accounts"
    label = "accounts"

    def ready(self) -> None:
        from socialstrategy.web.accounts import checks  # noqa: F401  (registers the check)
