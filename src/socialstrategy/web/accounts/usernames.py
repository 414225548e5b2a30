"""One normalisation of user names, used by sign-up, authentication and login throttling.

A name is stored and looked up in Unicode NFKC form without surrounding white space, so
" racer3", "racer3\t" and a fullwidth "ｒacer3" all mean the account "racer3". The throttle
counts by the case-folded form on top, so every spelling that could sign in as an account, and
a few more, count against the same limit.
"""

from __future__ import annotations

import unicodedata

MAX_LENGTH = 150  # Django's username field


def normalise(name: str) -> str:
    """The user name as it is stored and looked up."""
    return unicodedata.normalize("NFKC", name).strip()


def throttle_key(name: str) -> str:
    """What the login throttle counts failures by: the normalised name, case-folded, without NUL
    (PostgreSQL cannot store it; the login form refuses such a name after it was counted)."""
    return normalise(name).replace("\x00", "").casefold()[:MAX_LENGTH]
