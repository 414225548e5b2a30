"""The strategy model: one pydantic document that is the file format, the unit of every check,
planner and renderer, and what the web app stores.

Every section is optional so that a half-finished strategy loads and can be checked. Ids are
references: a goal's ``serves`` names corporate objectives, a calendar entry a pillar, and so on.
Dangling references are *findings* of the strategy check, not validation errors, so that a user
can save work in progress and be told what to fix.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal, get_args

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from socialstrategy.core.validation import (
    AGES_IN_ORDER,
    COUNTRY_CODE,
    CURRENCY_CODE,
    DATE_RANGE,
    FIRST_YEAR,
    LAST_YEAR,
    model_error,
)

SCHEMA_VERSION: Literal[1] = 1

IDENTIFIER_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"
Identifier = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64, pattern=IDENTIFIER_PATTERN)
]
"""A short, stable reference such as ``g-awareness`` or ``anna``."""


def is_identifier(text: str) -> bool:
    """Whether ``text`` is an :data:`Identifier` as it is (a key posted by hand may be none)."""
    return len(text) <= 64 and re.fullmatch(IDENTIFIER_PATTERN, text) is not None


_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f"  # control characters but tab and line feed
    "\u202a-\u202e\u2066-\u2069"  # bidi embeddings, overrides and isolates
    "\ud800-\udfff]"  # lone surrogates (a JSON "\\ud800" has no UTF-8 form)
)
_LINE_BREAKS = re.compile("\r\n?|[\u2028\u2029]")


def plain_text(value: str) -> str:
    """Text without the characters that break or reorder what shows it: NUL (which PostgreSQL
    refuses), control characters, bidi overrides and isolates (which reverse the text around
    them in a PDF), and lone surrogates. Line breaks become ``\\n``; tabs stay.

    >>> plain_text("A\\x00B\\u202eC\\r\\nD")
    'ABC\\nD'
    """
    return _INVISIBLE.sub("", _LINE_BREAKS.sub("\n", value))


def _plain_line(value: str) -> str:
    return plain_text(value).strip()


Text = Annotated[str, StringConstraints(max_length=20_000), AfterValidator(plain_text)]
ShortText = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=300), AfterValidator(_plain_line)
]


# Bounds on numbers and dates, so that nothing downstream (number formatting, sums, time zones,
# iCal, scheduler CSVs, the web's calendar views) meets a value it cannot handle. Every number is
# finite (``allow_inf_nan=False`` below); these are the largest values that still make sense.
MAX_EMPLOYEES = 10_000_000
"""More than the largest employer in the world."""
MAX_AMOUNT = 1_000_000_000_000
"""A monthly amount in any currency; sums over years stay exact in every document's numbers."""
MAX_KPI_VALUE = 1_000_000_000_000
"""A KPI's baseline or target (followers, reach, percent, euros), positive or negative."""
MAX_CALENDAR_ENTRIES = 5_000
"""Posts in one calendar: about a hundred a week for a year, more than any team carries; a
longer list makes exports no scheduler takes and pages nobody can read."""
MAX_RESPONSE_HOURS = 24 * 14
"""A response-time target: two weeks is the longest that still counts as an answer."""
IMPORTANCE_MAX = 5
"""A weight of the platform recommendation is an importance from 0 (leave out) to 5 (decisive)."""
MAX_WEIGHT = 1_000
"""What a stored weight may be at all: one off the scale is kept, so that an old document still
opens, and refused by the recommendation and the check (``recommendation-weight-off-scale``)."""
OLD_SCALE_DEFAULTS = {
    "audience_reach": 0.28,
    "goal_fit": 0.28,
    "audience_fit": 0.14,
    "business_model_fit": 0.10,
    "feasibility": 0.15,
    "budget_fit": 0.05,
}
"""The fractional default weights before the one scale of importance (#19), kept only to migrate
files written then: their weights keep the ratios they had."""
_OLD_ALIASES = {"effort": "feasibility", "reach": "audience_reach"}


def _is_old_scale(value: Any) -> bool:
    if not isinstance(value, dict) or not value:
        return False
    numbers = [v for v in value.values() if isinstance(v, int | float) and not isinstance(v, bool)]
    if len(numbers) != len(value) or not all(0 <= v <= 1 for v in numbers):
        return False
    return any(v * 2 != int(v * 2) for v in numbers)


FIRST_DAY, LAST_DAY = dt.date(FIRST_YEAR, 1, 1), dt.date(LAST_YEAR, 12, 31)
"""The first and last day a date in a strategy may have."""


def _within_years(value: dt.date) -> dt.date:
    """Dates from 1900 to 2200: every export (iCal in UTC, scheduler CSVs, week views that
    look a few days ahead or back) can write them, and they cover every real plan."""
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise model_error(DATE_RANGE, first=FIRST_YEAR, last=LAST_YEAR)
    return value


Day = Annotated[dt.date, AfterValidator(_within_years)]
"""A date between 1900 and 2200."""
Moment = Annotated[dt.datetime, AfterValidator(_within_years)]
"""A date and time between 1900 and 2200."""
LocalTime = Annotated[
    dt.time,
    WithJsonSchema(
        {
            "type": "string",
            "pattern": r"^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?)?$",
            "description": "Local time HH:MM or HH:MM:SS in the organisation's time zone.",
        }
    ),
]
"""A wall-clock time without offset: the organisation's country and region give the zone. The
schema says so with a pattern, because JSON Schema's ``time`` format (RFC 3339) needs an offset."""
KpiValue = Annotated[float, Field(ge=-MAX_KPI_VALUE, le=MAX_KPI_VALUE)]
ResponseHours = Annotated[float, Field(gt=0, le=MAX_RESPONSE_HOURS)]
PlatformResponseHours = Annotated[float, Field(ge=0, le=MAX_RESPONSE_HOURS)]
"""Per platform, 0 was always accepted (answer at once); files that use it stay valid."""

Language = Literal["de", "en"]
BusinessModel = Literal["b2b", "b2c", "b2b2c", "nonprofit", "public"]
GoalType = Literal[
    "awareness",
    "reach_customers",
    "consumer_insights",
    "sales",
    "sales_support",
    "recruiting",
    "customer_service",
    "community",
    "reputation",
]
GOAL_TYPES: tuple[GoalType, ...] = get_args(GoalType)
"""The goal types in the order the Literal lists them (one list, not a second copy)."""
Priority = Literal["high", "medium", "low"]
AudienceKind = Literal[
    "consumers",
    "business_buyers",
    "candidates",
    "members",
    "citizens",
    "donors",
    "partners",
    "media",
    "other",
]
PlatformStatus = Literal["use", "test", "observe", "reject"]
ACTIVE_STATUSES: frozenset[str] = frozenset({"use", "test"})
Address = Literal["du", "sie"]
EmojiPolicy = Literal["none", "sparing", "welcome"]
BudgetCategory = Literal["ads", "tools", "production", "training", "agency", "other"]
EventKind = Literal["launch", "fair", "season", "sale", "campaign", "holiday", "other"]
CalendarStatus = Literal["idea", "planned", "in_progress", "ready", "scheduled", "published", "cancelled"]
MixElementName = Literal["product", "price", "place", "promotion", "people", "process", "physical_evidence"]
MIX_ELEMENTS_4P: tuple[MixElementName, ...] = ("product", "price", "place", "promotion")
MIX_ELEMENTS_7P: tuple[MixElementName, ...] = (*MIX_ELEMENTS_4P, "people", "process", "physical_evidence")
Metric = Literal[
    "followers",
    "new_followers",
    "reach",
    "views",
    "engagements",
    "likes",
    "comments",
    "shares",
    "saves",
    "link_clicks",
    "profile_visits",
    "calls",
    "direction_requests",
    "website_clicks",
    "visitors",
    "page_views",
    "job_page_views",
    "applications",
    "engagement_rate",
    "custom",
]
KpiPeriod = Literal["day", "week", "month", "quarter", "year", "total"]

_COUNTRY = re.compile(r"^[A-Z]{2}$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


class Section(BaseModel):
    """Base of every part of the document: unknown keys are errors, so typos are reported."""

    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        str_strip_whitespace=False,
        allow_inf_nan=False,
        defer_build=True,
    )


# --- organisation (step 1 of the process): organisation, objectives, principles --------------
# (sector, business model, country and region are edited in information, step 2)


class Principle(Section):
    """A corporate principle the strategy must stay true to (Unternehmensgrundsatz).

    A principle is *reflected* when tone attributes, guideline sections or goals refer to it.
    """

    id: Identifier
    statement: Text
    tone: list[ShortText] = Field(default_factory=list, description="Tone attributes that express it.")
    guideline_sections: list[Identifier] = Field(
        default_factory=list, description="Keys of guideline sections that put it into practice."
    )
    goals: list[Identifier] = Field(default_factory=list, description="Goals that serve it.")


class Organisation(Section):
    name: ShortText
    industry: ShortText | None = None
    sector: Identifier | None = Field(
        None,
        description=(
            "Sector code from the knowledge base (e.g. 'tax_advice', 'pharmacy'); drives legal notes."
        ),
    )
    business_model: BusinessModel | None = None
    country: str | None = Field(None, description="ISO 3166-1 alpha-2, e.g. DE.")
    region: ShortText | None = Field(None, description="ISO 3166-2 subdivision (e.g. DE-BY) or a free name.")
    city: ShortText | None = None
    customers_visit: bool | None = Field(
        None,
        description=(
            "Customers come to the premises or book appointments (a shop, café, practice, workshop): "
            "then a Google Business Profile leads the recommendation."
        ),
    )
    employees: int | None = Field(None, ge=0, le=MAX_EMPLOYEES)
    website: ShortText | None = None
    mission: Text | None = None
    corporate_strategy: Text | None = Field(None, description="The corporate strategy in a few sentences.")
    principles: list[Principle] = Field(default_factory=list)

    @field_validator("country")
    @classmethod
    def _country_is_alpha2(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = value.strip().upper()
        if not _COUNTRY.match(value):
            raise model_error(COUNTRY_CODE)
        return value


class CorporateObjective(Section):
    """An objective of the whole company (Unternehmensziel) that social media goals serve."""

    id: Identifier
    statement: Text
    due: Day | None = None


# --- goals (step 3 of the process): goals and KPIs -------------------------------------------


class KPI(Section):
    """A SMART key figure (Kennzahl): metric, baseline, target, deadline."""

    id: Identifier | None = None
    metric: ShortText
    platform: Identifier | None = None
    baseline: KpiValue | None = None
    target: KpiValue | None = None
    unit: ShortText | None = None
    due: Day | None = None
    measure: Metric | None = Field(
        None, description="The canonical metric the results importers measure this KPI with."
    )
    per: KpiPeriod | None = Field(
        None, description="The period a summed metric counts over (default: month; levels ignore it)."
    )
    since: Day | None = Field(None, description="The date of the baseline: when tracking began.")


class Goal(Section):
    """A social media goal (Social-Media-Ziel). It must serve at least one corporate objective."""

    id: Identifier
    type: GoalType
    statement: Text
    priority: Priority = "medium"
    serves: list[Identifier] = Field(default_factory=list, description="Ids of corporate objectives.")
    kpis: list[KPI] = Field(default_factory=list)


# --- audiences (step 4 of the process) -------------------------------------------------------


class Audience(Section):
    """A target group (Zielgruppe)."""

    id: Identifier
    name: ShortText
    kind: AudienceKind = "consumers"
    age_min: int | None = Field(None, ge=0, le=120)
    age_max: int | None = Field(None, ge=0, le=120)
    region: ShortText | None = Field(None, description="Country code (DE) or a local area.")
    description: Text | None = None
    roles: list[ShortText] = Field(default_factory=list, description="Job roles, for B2B buyers.")

    @model_validator(mode="after")
    def _ages_in_order(self) -> Audience:
        if self.age_min is not None and self.age_max is not None and self.age_min > self.age_max:
            raise model_error(AGES_IN_ORDER)
        return self


# --- platforms (step 5) and community (step 6 of the process) --------------------------------


class PlatformDecision(Section):
    """The decision about one platform or owned channel (Plattformwahl)."""

    platform: Identifier = Field(description="Knowledge-base id, e.g. instagram, linkedin, newsletter.")
    status: PlatformStatus = "use"
    rationale: Text | None = None
    audiences: list[Identifier] = Field(default_factory=list)
    goals: list[Identifier] = Field(default_factory=list)
    posts_per_week: float | None = Field(None, ge=0, le=100)
    formats: list[Identifier] = Field(default_factory=list)
    account: ShortText | None = Field(None, description="Handle or page name.")

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES


class Community(Section):
    """How the company addresses its community (Community-Ansprache)."""

    address: Address | None = Field(None, description="du or Sie towards individuals.")
    use_ihr_for_groups: bool = Field(False, description="Address groups with 'ihr' (German, informal).")
    tone: list[ShortText] = Field(default_factory=list, description="Tone attributes, e.g. warm, competent.")
    emoji_policy: EmojiPolicy | None = None
    response_time_hours: ResponseHours | None = None
    response_times: dict[str, PlatformResponseHours] = Field(
        default_factory=dict, description="Response-time target in hours per platform id."
    )
    netiquette: Text | None = None
    moderation_rules: list[Text] = Field(default_factory=list)


# --- marketing_mix (step 7 of the process) ---------------------------------------------------


class MixElement(Section):
    current_state: Text | None = None
    social_role: Text | None = Field(None, description="What social media does for this element.")
    goals: list[Identifier] = Field(default_factory=list, description="Goals that work on this element.")


class MarketingEvent(Section):
    """A marketing event (launch, fair, season, sale) that content must support."""

    id: Identifier | None = None
    date: Day
    end: Day | None = None
    title: ShortText
    kind: EventKind = "other"
    goals: list[Identifier] = Field(default_factory=list)


class MarketingMix(Section):
    product: MixElement | None = None
    price: MixElement | None = None
    place: MixElement | None = None
    promotion: MixElement | None = None
    people: MixElement | None = None
    process: MixElement | None = None
    physical_evidence: MixElement | None = None
    events: list[MarketingEvent] = Field(default_factory=list)

    def elements(self) -> dict[MixElementName, MixElement]:
        """The elements that are filled in, in the order of the 7 Ps."""
        return {name: el for name in MIX_ELEMENTS_7P if (el := getattr(self, name)) is not None}


# --- resources (step 8 of the process): team, budget, tools, effort --------------------------


class TeamMember(Section):
    id: Identifier
    name: ShortText
    role: ShortText | None = None
    hours_per_week: float = Field(0, ge=0, le=80, description="Hours per week available for social media.")
    competences: dict[Identifier, Annotated[int, Field(ge=1, le=5)]] = Field(
        default_factory=dict, description="Competence ratings 1 (novice) to 5 (expert)."
    )
    email: ShortText | None = None
    phone: ShortText | None = None


class BudgetLine(Section):
    category: BudgetCategory
    monthly_amount: float = Field(ge=0, le=MAX_AMOUNT)
    currency: str = "EUR"
    note: ShortText | None = None

    @field_validator("currency")
    @classmethod
    def _currency_is_iso(cls, value: str) -> str:
        value = value.strip().upper()
        if not _CURRENCY.match(value):
            raise model_error(CURRENCY_CODE)
        return value


class ToolChoice(Section):
    name: ShortText
    tool: Identifier | None = Field(None, description="Knowledge-base id of the tool, if it has one.")
    purpose: ShortText | None = None
    monthly_cost: float | None = Field(None, ge=0, le=MAX_AMOUNT)


class EffortOverride(Section):
    """The user's own effort figure, replacing the effort model's default."""

    platform: Identifier
    format: Identifier | None = None
    hours_per_post: float | None = Field(None, ge=0, le=200)
    community_hours_per_week: float | None = Field(None, ge=0, le=80)
    note: ShortText | None = None


class Resources(Section):
    team: list[TeamMember] = Field(default_factory=list)
    budget: list[BudgetLine] = Field(default_factory=list)
    tools: list[ToolChoice] = Field(default_factory=list)
    effort: list[EffortOverride] = Field(default_factory=list)


# --- guidelines (step 9 of the process): guidelines and crisis playbook ----------------------


class TextSection(Section):
    """A generated text section the user may edit; ``customised`` protects it from regeneration."""

    key: Identifier
    title: ShortText
    body: Text = ""
    customised: bool = False


class Guidelines(Section):
    """Employee social media guidelines (Social-Media-Guidelines)."""

    spokespeople: list[Identifier] = Field(
        default_factory=list, description="Team ids who speak for the company."
    )
    address: Address | None = Field(
        None, description="du or Sie towards employees (German); default: the community address."
    )
    sections: list[TextSection] = Field(default_factory=list)


class CrisisContact(Section):
    role: ShortText
    member: Identifier | None = Field(None, description="Team id.")
    name: ShortText | None = None
    phone: ShortText | None = None
    email: ShortText | None = None


class CrisisLevel(Section):
    id: Identifier = Field(description="e.g. routine, issue, crisis")
    name: ShortText
    criteria: list[Text] = Field(default_factory=list)
    responsible: Identifier | None = Field(None, description="Team id of who decides.")
    inform: list[Identifier] = Field(default_factory=list, description="Team ids to inform.")
    response_time_hours: ResponseHours | None = None
    approval: list[Identifier] = Field(default_factory=list, description="Team ids who approve statements.")


class Crisis(Section):
    """Crisis playbook (Krisenleitfaden)."""

    contacts: list[CrisisContact] = Field(default_factory=list)
    levels: list[CrisisLevel] = Field(default_factory=list)
    sections: list[TextSection] = Field(default_factory=list)


# --- content (step 10 of the process): content pillars and editorial calendar ----------------


class Pillar(Section):
    """A content pillar (Themensäule)."""

    id: Identifier
    name: ShortText
    description: Text | None = None
    goals: list[Identifier] = Field(default_factory=list)
    share: float | None = Field(None, ge=0, le=100, description="Share of all posts in percent.")


MediaKind = Literal["image", "video", "document"]


class Media(Section):
    """An image, video or document of a post: a file in the team's storage or a URL, with the
    alt text that describes it to people who cannot see it."""

    url: ShortText | None = Field(None, description="Where the file is online (https://…).")
    file: ShortText | None = Field(None, description="The file's name or path in the team's storage.")
    kind: MediaKind = "image"
    alt: Text | None = Field(None, description="Alt text: what the image or video shows.")
    duration_seconds: int | None = Field(None, ge=0, le=86_400, description="Length of a video.")

    @model_validator(mode="before")
    @classmethod
    def _from_a_url(cls, value: object) -> object:
        """Older files list media as plain URLs."""
        return {"url": value} if isinstance(value, str) else value

    @property
    def location(self) -> str:
        return self.url or self.file or ""


def _hashtag(value: str) -> str:
    return value.strip().lstrip("#").strip()


Hashtag = Annotated[
    str,
    AfterValidator(_hashtag),
    StringConstraints(min_length=1, max_length=140, pattern=r"^#?[^\s#]+$"),
]
"""A hashtag without its ``#`` (it is written with one)."""


class CalendarEntry(Section):
    """A planned post in the editorial calendar (Redaktionsplan): when, where, and what it says."""

    id: Identifier | None = None
    date: Day
    time: LocalTime | None = None
    platform: Identifier
    pillar: Identifier | None = None
    format: Identifier | None = None
    goal: Identifier | None = None
    event: Identifier | None = None
    title: ShortText
    owner: Identifier | None = Field(None, description="Team id.")
    status: CalendarStatus = "planned"
    text: Text | None = Field(
        None,
        description="The post's copy for this platform, when written; exports fall back to the title.",
    )
    link: ShortText | None = Field(None, description="A URL the post links to.")
    media: list[Media] = Field(
        default_factory=list, description="Images, videos or documents (a URL or file, with alt text)."
    )
    hashtags: list[Hashtag] = Field(default_factory=list, description="Hashtags, written after the copy.")
    first_comment: Text | None = Field(None, description="A comment to post right after the post.")
    sequence: int = Field(
        0, ge=0, le=1_000_000, description="Revision of the post for calendar apps (iCalendar SEQUENCE)."
    )
    modified: Moment | None = Field(None, description="When the post last changed (iCalendar LAST-MODIFIED).")


class Content(Section):
    pillars: list[Pillar] = Field(default_factory=list)
    calendar: list[CalendarEntry] = Field(default_factory=list, max_length=MAX_CALENDAR_ENTRIES)


class Recommendation(Section):
    """Settings of the platform recommendation: the weights are visible and adjustable."""

    weights: dict[Identifier, Annotated[float, Field(ge=-MAX_WEIGHT, le=MAX_WEIGHT)]] = Field(
        default_factory=dict,
        description=(
            "Importance of each contribution, 0 (leave out) to 5 (decisive); "
            "unmentioned ones keep their defaults."
        ),
    )

    @field_validator("weights", mode="before")
    @classmethod
    def _migrate_old_scale(cls, value: Any) -> Any:
        """Weights of the old fractional scale (every one at most 1, some not a whole or half
        number, such as ``goal_fit: 0.4``) become importances with the same ratios, the old
        defaults included; the largest becomes 5."""
        if not _is_old_scale(value):
            return value
        full = {**OLD_SCALE_DEFAULTS}
        full.update(
            {_OLD_ALIASES.get(k, k): float(v) for k, v in value.items() if _OLD_ALIASES.get(k, k) in full}
        )
        top = max(full.values())
        migrated: dict[str, Any] = {k: round(v / top * IMPORTANCE_MAX * 2) / 2 for k, v in full.items()}
        migrated.update({k: v for k, v in value.items() if _OLD_ALIASES.get(k, k) not in full})
        return migrated


# --- Branding: the look of the documents ------------------------------------------------------

MAX_LOGO_URI = 1_400_000
"""A 1 MB image in base64 with its ``data:`` prefix (``core.branding`` checks the image)."""


class Branding(Section):
    """The look of the documents: the coach's or agency's (or the client's) logo, colours, font
    and sender lines. A value that cannot be used is reported by the check and replaced by the
    default look, so it never stops a document."""

    logo: Annotated[str, StringConstraints(strip_whitespace=True, max_length=MAX_LOGO_URI)] | None = Field(
        None,
        description="The logo as a data URI (data:image/png;base64,… or image/jpeg), at most 1 MB.",
    )
    primary_colour: ShortText | None = Field(
        None, description="#RRGGBB for the cover, headings and table headers (white text on it)."
    )
    accent_colour: ShortText | None = Field(None, description="#RRGGBB for chapter numbers, rules, charts.")
    highlight_colour: ShortText | None = Field(None, description="#RRGGBB for highlights and the poster.")
    font: ShortText | None = Field(
        None, description="Font of the DOCX and HTML, e.g. Calibri (the PDF: Inter)."
    )
    prepared_by: ShortText | None = Field(
        None, description="The coach or agency, on the cover and in the footer."
    )
    contact: ShortText | None = Field(
        None, description="Their contact line (phone, e-mail, web) on the cover."
    )


# --- The document -----------------------------------------------------------------------------


class Strategy(Section):
    """A whole social media strategy (Social-Media-Strategie)."""

    schema_version: Literal[1] = SCHEMA_VERSION
    language: Language = "en"
    title: ShortText = ""
    author: ShortText | None = None
    document_version: ShortText | None = Field(
        None, description="Version shown on the title page of the documents, e.g. 1.0."
    )
    created: Moment | None = None
    updated: Moment | None = None
    organisation: Organisation | None = None
    corporate_objectives: list[CorporateObjective] = Field(default_factory=list)
    goals: list[Goal] = Field(default_factory=list)
    audiences: list[Audience] = Field(default_factory=list)
    platforms: list[PlatformDecision] = Field(default_factory=list)
    community: Community | None = None
    marketing_mix: MarketingMix | None = None
    resources: Resources | None = None
    guidelines: Guidelines | None = None
    crisis: Crisis | None = None
    content: Content | None = None
    recommendation: Recommendation | None = None
    branding: Branding | None = None

    def active_platforms(self) -> list[PlatformDecision]:
        """Platforms in use or being tested."""
        return [p for p in self.platforms if p.is_active]

    def team(self) -> list[TeamMember]:
        return self.resources.team if self.resources else []

    def text_variant(self) -> Literal["en", "de-sie", "de-du"]:
        """Which variant of generated texts fits: English, German formal or German informal."""
        if self.language == "en":
            return "en"
        return "de-du" if self.community and self.community.address == "du" else "de-sie"

    def employee_variant(self) -> Literal["en", "de-sie", "de-du"]:
        """The variant of texts to employees (the guidelines): ``guidelines.address`` if set,
        else the community's."""
        address = self.guidelines.address if self.guidelines else None
        if self.language == "en" or address is None:
            return self.text_variant()
        return "de-du" if address == "du" else "de-sie"
