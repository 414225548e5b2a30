"""Forms for the first account, accepting an invitation and the account's e-mail address."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import UserCreationForm
from django.utils.translation import gettext_lazy as _

from socialstrategy.web.accounts import usernames
from socialstrategy.web.demo import DEMO_USER

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
        if usernames.throttle_key(self.cleaned_data["username"]) == DEMO_USER:
            raise forms.ValidationError(_("This name belongs to the demo workspace; please choose another."))
        return str(super().clean_username())


class SetupForm(AccountForm):
    workspace = forms.CharField(
        label=_("Name of your workspace"),
        max_length=200,
        help_text=_("Your practice, agency or company, e.g. “Müller Coaching”."),
    )

    field_order = ("username", "email", "password1", "password2", "workspace")


class EmailForm(forms.Form):
    """The account's e-mail address, where password reset links go; changing it needs the
    password, so that someone at an unlocked computer cannot redirect the reset links."""

    email = forms.EmailField(
        label=_("Email address"),
        required=False,
        help_text=_("If you forget your password, we send a link to this address. Nothing else."),
    )
    password = forms.CharField(label=_("Current password"), strip=False, widget=forms.PasswordInput)

    def __init__(self, user: User, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["email"].initial = user.email

    def clean_password(self) -> str:
        password = str(self.cleaned_data.get("password") or "")
        if not self.user.check_password(password):
            raise forms.ValidationError(_("This is not your current password."), code="password_incorrect")
        return password

    def save(self) -> None:
        self.user.email = self.cleaned_data["email"]
        self.user.save(update_fields=["email"])
