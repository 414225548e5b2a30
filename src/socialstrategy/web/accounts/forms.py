"""Forms for the first account, login and accepting an invitation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import UserCreationForm
from django.utils.translation import gettext_lazy as _

from socialstrategy.web.accounts import usernames

if TYPE_CHECKING:
    from django.contrib.auth.models import User

    # Generic only in django-stubs: UserCreationForm[User] would fail at runtime.
    _UserCreationForm = UserCreationForm[User]
else:
    _UserCreationForm = UserCreationForm


class AccountForm(_UserCreationForm):
    email = forms.EmailField(label=_("Email (optional)"), required=False)

    class Meta:
        model = get_user_model()
        fields = ("username", "email")

    def clean_username(self) -> str:
        """The name normalised as login and the throttle do; taken also when it differs in case."""
        self.cleaned_data["username"] = usernames.normalise(self.cleaned_data.get("username") or "")
        return str(super().clean_username())


class SetupForm(AccountForm):
    workspace = forms.CharField(
        label=_("Name of your workspace"),
        max_length=200,
        help_text=_("Your practice, agency or company, e.g. “Müller Coaching”."),
    )

    field_order = ("username", "email", "password1", "password2", "workspace")
