"""``check --deploy``: behind a proxy, the login throttle must know where the client address is."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Tags, Warning, register


@register(Tags.security, deploy=True)
def check_client_address(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    if getattr(settings, "SECURE_PROXY_SSL_HEADER", None) and not settings.CLIENT_ADDRESS_HEADER:
        hint = "Set CLIENT_ADDRESS_HEADER=X-Forwarded-For (and TRUSTED_PROXIES) as in docs/deploying.md."
        text = "BEHIND_PROXY is set, but the login throttle would count every client as the proxy."
        return [Warning(text, hint=hint, id="socialstrategy.W001")]
    return []
