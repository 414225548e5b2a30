# ruff: noqa: E501  (realistic long sentences are the point of this fixture)
"""A rich strategy for the document tests: every section filled, in German and English."""

from __future__ import annotations

import datetime as dt
from typing import Any

from socialstrategy.core.model import Strategy


def rich_strategy(language: str = "de", **overrides: Any) -> Strategy:
    data: dict[str, Any] = {
        "language": language,
        "title": "Social-Media-Strategie 2027" if language == "de" else "Social media strategy 2027",
        "author": "Maria Schneider, Beratung Nord",
        "document_version": "1.2",
        "created": dt.datetime(2026, 11, 2, 9, 0),
        "updated": dt.datetime(2026, 11, 20, 17, 30),
        "organisation": {
            "name": "Backstube Sonnenkorn GmbH",
            "industry": "Bäckerei und Café",
            "sector": "food_hospitality",
            "business_model": "b2c",
            "country": "DE",
            "region": "DE-BY",
            "city": "Regensburg",
            "employees": 38,
            "website": "https://sonnenkorn.example",
            "mission": "Wir backen jeden Tag ehrliches Brot aus regionalem Getreide.\n\n"
            "Unsere Backstube ist offen: Wer will, schaut uns beim Backen zu.",
            "corporate_strategy": "Wachstum über ein zweites Café und Catering für Unternehmen in der Region, "
            "bei gleichbleibender Handwerksqualität.",
            "principles": [
                {
                    "id": "p-regional",
                    "statement": "Regional und saisonal vor billig.",
                    "tone": ["bodenständig", "herzlich"],
                    "goals": ["g-awareness"],
                },
                {
                    "id": "p-open",
                    "statement": "Offenheit: Wir zeigen, wie wir arbeiten.",
                    "tone": ["transparent"],
                    "goals": ["g-recruiting"],
                },
            ],
        },
        "corporate_objectives": [
            {
                "id": "o-cafe",
                "statement": "Das zweite Café bis Ende 2027 profitabel betreiben.",
                "due": "2027-12-31",
            },
            {
                "id": "o-catering",
                "statement": "Cateringumsatz mit Firmenkunden um 30 % steigern.",
                "due": "2027-06-30",
            },
            {"id": "o-staff", "statement": "Alle Ausbildungsplätze in Backstube und Verkauf besetzen."},
        ],
        "goals": [
            {
                "id": "g-awareness",
                "type": "awareness",
                "priority": "high",
                "statement": "Das neue Café in der Altstadt bei Menschen zwischen 20 und 45 bekannt machen.",
                "serves": ["o-cafe"],
                "kpis": [
                    {
                        "metric": "Follower",
                        "platform": "instagram",
                        "baseline": 1200,
                        "target": 3000,
                        "unit": "Follower",
                        "due": "2027-06-30",
                    },
                    {
                        "metric": "Reichweite pro Monat",
                        "platform": "instagram",
                        "baseline": 8000,
                        "target": 25000,
                        "due": "2027-06-30",
                    },
                ],
            },
            {
                "id": "g-catering",
                "type": "sales_support",
                "priority": "medium",
                "statement": "Firmenkunden auf das Catering-Angebot aufmerksam machen und Anfragen gewinnen.",
                "serves": ["o-catering"],
                "kpis": [
                    {
                        "metric": "Catering-Anfragen über Social Media",
                        "platform": "linkedin",
                        "baseline": 2,
                        "target": 10,
                        "unit": "pro Monat",
                    }
                ],
            },
            {
                "id": "g-recruiting",
                "type": "recruiting",
                "priority": "high",
                "statement": "Auszubildende für Bäckerhandwerk und Fachverkauf gewinnen.",
                "serves": ["o-staff"],
                "kpis": [
                    {
                        "metric": "Bewerbungen",
                        "platform": "tiktok",
                        "baseline": 4,
                        "target": 12,
                        "due": "2027-09-01",
                    }
                ],
            },
            {
                "id": "g-community",
                "type": "community",
                "priority": "low",
                "statement": "Stammkundschaft mit Rezepten und Einblicken binden.",
                "serves": [],
            },
        ],
        "audiences": [
            {
                "id": "a-locals",
                "name": "Genießer aus der Altstadt",
                "kind": "consumers",
                "age_min": 20,
                "age_max": 45,
                "region": "Regensburg",
                "description": "Berufstätige und Studierende, die Wert auf gutes Brot und einen schönen Ort für den Kaffee legen.",
            },
            {
                "id": "a-companies",
                "name": "Büros und Agenturen",
                "kind": "business_buyers",
                "region": "DE-BY",
                "roles": ["Office-Management", "Assistenz der Geschäftsführung"],
            },
            {
                "id": "a-trainees",
                "name": "Schulabgängerinnen und Schulabgänger",
                "kind": "candidates",
                "age_min": 15,
                "age_max": 19,
            },
        ],
        "platforms": [
            {
                "platform": "instagram",
                "status": "use",
                "posts_per_week": 4,
                "formats": ["image", "carousel", "story", "short_video"],
                "audiences": ["a-locals"],
                "goals": ["g-awareness", "g-community"],
                "account": "@sonnenkorn",
                "rationale": "Hier ist unsere Zielgruppe zwischen 20 und 45 am stärksten vertreten; Brot und Café sind sehr visuell.",
            },
            {
                "platform": "tiktok",
                "status": "test",
                "posts_per_week": 2,
                "formats": ["short_video"],
                "audiences": ["a-trainees"],
                "goals": ["g-recruiting"],
                "rationale": "Auszubildende erreichen wir über kurze Videos aus der Backstube.",
            },
            {
                "platform": "linkedin",
                "status": "use",
                "posts_per_week": 1,
                "formats": ["text", "image"],
                "audiences": ["a-companies"],
                "goals": ["g-catering"],
                "rationale": "Entscheiderinnen in Büros für das Catering.",
            },
            {
                "platform": "google_business_profile",
                "status": "use",
                "posts_per_week": 1,
                "goals": ["g-awareness"],
            },
            {
                "platform": "facebook",
                "status": "observe",
                "rationale": "Ältere Stammkundschaft; wir beobachten, ob sich eine Seite lohnt.",
            },
            {"platform": "x", "status": "reject", "rationale": "Keine relevante Zielgruppe."},
        ],
        "community": {
            "address": "du",
            "use_ihr_for_groups": True,
            "tone": ["herzlich", "bodenständig", "mit Augenzwinkern"],
            "emoji_policy": "sparing",
            "response_time_hours": 24,
            "response_times": {"instagram": 4, "google_business_profile": 48},
            "netiquette": "Wir freuen uns über jede Frage und jede Kritik. Beleidigungen, Werbung und Hassrede löschen wir.",
            "moderation_rules": [
                "Kritik immer öffentlich beantworten, Details per Direktnachricht klären.",
                "Gesundheitsfragen (Allergene) mit Verweis auf das Team im Laden beantworten.",
            ],
        },
        "marketing_mix": {
            "product": {
                "current_state": "Sauerteigbrote, Feingebäck, Frühstück im Café.",
                "social_role": "Saisonale Brote und neue Produkte vorstellen.",
                "goals": ["g-awareness"],
            },
            "price": {
                "current_state": "Gehobenes Preisniveau.",
                "social_role": "Qualität und Handwerk erklären, nicht mit Rabatten werben.",
            },
            "place": {
                "current_state": "Stammhaus und neues Café in der Altstadt.",
                "social_role": "Wegbeschreibung, Öffnungszeiten im Google-Unternehmensprofil.",
                "goals": ["g-awareness"],
            },
            "promotion": {
                "current_state": "Plakate, Lokalzeitung.",
                "social_role": "Hauptkanal für Aktionen und Eröffnung.",
                "goals": ["g-awareness", "g-catering"],
            },
            "people": {
                "social_role": "Das Team als Gesicht der Marke; Azubis erzählen.",
                "goals": ["g-recruiting"],
            },
            "events": [
                {
                    "date": "2027-03-14",
                    "title": "Eröffnung Café Altstadt",
                    "kind": "launch",
                    "goals": ["g-awareness"],
                },
                {
                    "date": "2027-05-20",
                    "end": "2027-05-22",
                    "title": "Regionalmesse Genuss",
                    "kind": "fair",
                    "goals": ["g-catering"],
                },
                {"date": "2027-11-27", "end": "2027-12-23", "title": "Stollenzeit", "kind": "season"},
            ],
        },
        "resources": {
            "team": [
                {
                    "id": "anna",
                    "name": "Anna Becker",
                    "role": "Inhaberin",
                    "hours_per_week": 2,
                    "competences": {"strategy": 4, "crisis_communication": 3},
                    "phone": "+49 941 000000",
                    "email": "anna@sonnenkorn.example",
                },
                {
                    "id": "jonas",
                    "name": "Jonas Wagner",
                    "role": "Social-Media-Verantwortlicher",
                    "hours_per_week": 8,
                    "competences": {
                        "photo": 4,
                        "video": 3,
                        "copywriting": 3,
                        "platform_instagram": 4,
                        "community_management": 2,
                    },
                    "email": "jonas@sonnenkorn.example",
                },
                {
                    "id": "lea",
                    "name": "Lea Hoffmann",
                    "role": "Auszubildende",
                    "hours_per_week": 2,
                    "competences": {"video": 4, "platform_tiktok": 4},
                },
            ],
            "budget": [
                {"category": "ads", "monthly_amount": 250, "note": "Eröffnung und Azubi-Kampagne"},
                {"category": "tools", "monthly_amount": 39},
                {"category": "training", "monthly_amount": 100},
            ],
            "tools": [
                {"name": "Canva Pro", "purpose": "Grafiken und Vorlagen", "monthly_cost": 12},
                {
                    "name": "Meta Business Suite",
                    "purpose": "Planung für Instagram und Facebook",
                    "monthly_cost": 0,
                },
            ],
        },
        "guidelines": {
            "spokespeople": ["anna", "jonas"],
            "sections": [
                {
                    "key": "purpose",
                    "title": "Wofür wir Social Media nutzen",
                    "body": "Wir zeigen, wie ehrliches Brot entsteht. Du kannst stolz darauf sein und davon erzählen.\n\nAuf unseren Kanälen sprechen wir dich und unsere Kundschaft mit du an.",
                },
                {
                    "key": "dos",
                    "title": "Was du tun kannst",
                    "body": "- Teile unsere Beiträge gern.\n- Zeig, was du bei uns machst, aber keine Rezepturen.\n- Frag Jonas, wenn du unsicher bist.",
                },
                {
                    "key": "critical",
                    "title": "Wenn es kritisch wird",
                    "body": "Antworte nicht selbst auf Kritik an der Backstube. Gib Bescheid, wir kümmern uns.",
                },
            ],
        },
        "crisis": {
            "contacts": [
                {"role": "Krisenleitung", "member": "anna"},
                {"role": "Social Media", "member": "jonas"},
                {
                    "role": "Presse",
                    "name": "Agentur Nord",
                    "phone": "+49 941 111111",
                    "email": "presse@agentur-nord.example",
                },
            ],
            "levels": [
                {
                    "id": "routine",
                    "name": "Routine",
                    "criteria": ["Einzelne Beschwerde", "Frage zu Allergenen"],
                    "responsible": "jonas",
                    "response_time_hours": 24,
                },
                {
                    "id": "issue",
                    "name": "Problem",
                    "criteria": ["Mehrere ähnliche Beschwerden", "Negativer Beitrag mit Reichweite"],
                    "responsible": "anna",
                    "inform": ["jonas"],
                    "response_time_hours": 4,
                    "approval": ["anna"],
                },
                {
                    "id": "crisis",
                    "name": "Krise",
                    "criteria": ["Gesundheitsgefahr durch ein Produkt", "Medienanfragen"],
                    "responsible": "anna",
                    "inform": ["jonas", "lea"],
                    "response_time_hours": 1,
                    "approval": ["anna"],
                },
            ],
            "sections": [
                {
                    "key": "first-hour",
                    "title": "Die erste Stunde",
                    "body": "Ruhe bewahren. Nichts löschen. Anna anrufen.\n\n- Screenshots sichern\n- Keine Stellungnahme ohne Freigabe",
                },
            ],
        },
        "content": {
            "pillars": [
                {
                    "id": "craft",
                    "name": "Handwerk",
                    "description": "Einblicke in die Backstube",
                    "goals": ["g-awareness", "g-recruiting"],
                    "share": 40,
                },
                {
                    "id": "cafe",
                    "name": "Café-Leben",
                    "description": "Menschen, Frühstück, Ort",
                    "goals": ["g-awareness"],
                    "share": 30,
                },
                {"id": "team", "name": "Team und Ausbildung", "goals": ["g-recruiting"], "share": 20},
                {"id": "b2b", "name": "Catering", "goals": ["g-catering"], "share": 10},
            ],
            "calendar": [
                {
                    "date": "2027-03-01",
                    "platform": "instagram",
                    "pillar": "craft",
                    "format": "carousel",
                    "title": "So entsteht unser Roggensauerteig",
                },
                {
                    "date": "2027-03-03",
                    "platform": "tiktok",
                    "pillar": "team",
                    "format": "short_video",
                    "title": "Ein Tag als Azubi",
                },
                {
                    "date": "2027-03-08",
                    "platform": "linkedin",
                    "pillar": "b2b",
                    "title": "Frühstück fürs Team: unser Catering",
                },
                {
                    "date": "2027-03-14",
                    "platform": "instagram",
                    "pillar": "cafe",
                    "format": "story",
                    "title": "Eröffnung live",
                    "status": "idea",
                },
                {"date": "2027-04-02", "platform": "instagram", "pillar": "craft", "title": "Osterzopf"},
            ],
        },
    }
    data.update(overrides)
    return Strategy.model_validate(data)
