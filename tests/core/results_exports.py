"""Export files built from the documented headers and quirks of each platform (no real
customer data): docs/results.md says where each header set comes from."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

INSTAGRAM_POSTS = (
    "Post ID,Account ID,Account username,Account name,Description,Duration (sec),Publish time,"
    "Permalink,Post type,Data comment,Date,Views,Reach,Likes,Shares,Follows,Comments,Saves\n"
    '1789,1784,baeckerei.sonne,Bäckerei Sonne,"Neues Brot,\nzweite Zeile",32,09/15/2026 18:00,'
    'https://www.instagram.com/reel/x/,IG reel,,Lifetime,"15,000",9800,410,120,14,20,55\n'
    "1790,1784,baeckerei.sonne,Bäckerei Sonne,Stollen,0,09/16/2026 07:30,"
    "https://www.instagram.com/p/y/,IG image,,Lifetime,900,700,40,3,1,2,5\n"
)
FACEBOOK_POSTS = (
    "Post ID,Page ID,Page name,Title,Description,Duration (sec),Publish time,Permalink,Post type,"
    "Views,Reach,Reactions,Comments,Shares,Total clicks,Link clicks\n"
    "101,55,Bäckerei Sonne,Herbst,Neue Brote,,10/01/2026 09:00,https://www.facebook.com/1,Photo,"
    '"1,250",1000,80,10,4,30,12\n'
)
YOUTUBE_TOTALS = "Date,Views\nTotal,30\n2026-09-01,10\n2026-09-02,20\n"
YOUTUBE_CHART = (
    "Date,Content,Video title,Video publish time,Duration,Views\n"
    '2026-09-01,abc,How to,"Aug 30, 2026",300,4\n2026-09-01,def,Tour,"Aug 31, 2026",200,6\n'
)
YOUTUBE_VIDEOS = (
    "Content,Video title,Video publish time,Duration,Views,Watch time (hours),Subscribers,Impressions\n"
    "Total,,,,500,20.5,7,9000\n"
    'abc,How to,"Aug 30, 2026",300,300,12.0,5,5000\n'
    'def,Tour,"Aug 31, 2026",200,200,8.5,2,4000\n'
)
LINKEDIN_FOLLOWERS = (
    "Date,Sponsored followers,Organic followers,Auto-invited followers,Total followers\n"
    "09/01/2026,0,3,0,3\n09/02/2026,1,2,0,3\n"
)
LINKEDIN_VISITORS = (
    "Date,Overview page views (total),Total page views (total),Total unique visitors (total)\n"
    "09/01/2026,5,12,7\n"
)
LINKEDIN_UPDATES = (
    "Date,Impressions (organic),Impressions (sponsored),Impressions (total),Clicks (total),"
    "Reactions (total),Comments (total),Reposts (total),Engagement rate (total)\n"
    "09/01/2026,100,0,100,4,6,1,2,0.13\n"
)
BUSINESS_PROFILE = (
    "Store code,Business name,Address,Labels,Google Search - Mobile,Google Search - Desktop,"
    "Google Maps - Mobile,Google Maps - Desktop,Calls,Messages,Bookings,Directions,Website clicks\n"
    ",,,,Number of people who viewed the profile on mobile search,,,,Number of calls,,,"
    "Number of direction requests,Number of website clicks\n"
    "B1,Bäckerei Sonne,Hauptstr. 1,,100,50,30,20,30,0,0,60,90\n"
)
GENERIC = "date,platform,metric,value\n2026-09-01,website,visitors,120\n2026-09-02,website,visitors,80\n"
PERIOD = (dt.date(2026, 9, 1), dt.date(2026, 9, 30))


def zipped(members: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return out.getvalue()


def workbook(rows: list[list[str]], formula_at: tuple[int, int] | None = None) -> bytes:
    """A minimal .xlsx with one sheet of inline strings (a formula cell where asked)."""
    cells = []
    for r, row in enumerate(rows, start=1):
        parts = []
        for c, text in enumerate(row):
            ref = f"{chr(65 + c)}{r}"
            if formula_at == (r, c):
                parts.append(f'<c r="{ref}"><f>1+1</f><v>2</v></c>')
            else:
                parts.append(f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>')
        cells.append(f'<row r="{r}">{"".join(parts)}</row>')
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    return zipped(
        {
            "xl/workbook.xml": (
                f'<workbook {ns} {rel}><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>'
            ),
            "xl/_rels/workbook.xml.rels": (
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="worksheet"/></Relationships>'
            ),
            "xl/worksheets/sheet1.xml": (
                f"<worksheet {ns}><sheetData>{''.join(cells)}</sheetData></worksheet>"
            ),
        }
    )


# --- the formats of the German UI, TikTok, web analytics and Meta's overviews -------------------

FACEBOOK_POSTS_DE = (
    "Beitrags-ID;Seiten-ID;Seitenname;Titel;Beschreibung;Veröffentlichungszeitpunkt;Permalink;"
    "Beitragstyp;Aufrufe;Reichweite;Reaktionen;Kommentare;Geteilte Inhalte;Link-Klicks\n"
    "101;55;Bäckerei Sonne;Herbst;Neue Brote;10/01/2026 09:00;https://www.facebook.com/1;Foto;"
    "1.250;1.000;80;10;4;12\n"
)
INSTAGRAM_POSTS_DE = (
    "Beitrags-ID,Konto-ID,Konto-Benutzername,Kontoname,Beschreibung,Veröffentlichungszeitpunkt,"
    "Aufrufe,Reichweite,„Gefällt mir“-Angaben,Geteilte Inhalte,Follows,Kommentare,Gespeichert\n"
    '1789,1784,baeckerei.sonne,Bäckerei Sonne,Brot,09/15/2026 18:00,"15.000",9800,410,120,14,20,55\n'
)
YOUTUBE_TOTALS_DE = "Datum,Aufrufe\nGesamt,1.030\n2026-09-01,1.010\n2026-09-02,20\n"
YOUTUBE_VIDEOS_DE = (
    "Inhalt,Videotitel,Veröffentlichungszeitpunkt des Videos,Dauer,Aufrufe,Abonnenten\n"
    "Gesamt,,,,500,7\n"
    'abc,Anleitung,"Aug 30, 2026",300,300,5\n'
)
LINKEDIN_FOLLOWERS_DE = (
    "Datum,Gesponserte Follower,Organische Follower,Automatisch eingeladene Follower,Follower gesamt\n"
    "09/01/2026,0,3,0,3\n09/02/2026,1,2,0,3\n"
)
LINKEDIN_UPDATES_DE = (
    "Datum,Impressionen (organisch),Impressionen (gesamt),Klicks (gesamt),Reaktionen (gesamt),"
    "Kommentare (gesamt),Reposts (gesamt),Engagement-Rate (gesamt)\n"
    '09/01/2026,1.100,1.100,4,6,1,2,"0,13"\n'
)
TIKTOK_OVERVIEW = (
    "Date,Video Views,Profile Views,Likes,Comments,Shares\n"
    "December 30,120,8,30,2,1\nDecember 31,90,undefined,20,1,0\nJanuary 1,200,12,50,4,3\n"
)
TIKTOK_FOLLOWERS = (
    "Date,Followers,Difference in followers from previous day\nDecember 31,1200,5\nJanuary 1,1207,7\n"
)
TIKTOK_MADE = dt.datetime(2027, 1, 2, 10, 0)
PLAUSIBLE_VISITORS = (
    "date,visitors,pageviews,bounces,visits,visit_duration\n"
    "2026-09-01,120,300,40,150,9000\n2026-09-02,80,200,30,90,5000\n"
)
PLAUSIBLE_PAGES = (
    "date,hostname,page,visits,visitors,pageviews,exits,time_on_page\n2026-09-01,x.de,/,1,1,1,1,1\n"
)
MATOMO_VISITS = (
    "date,nb_uniq_visitors,nb_visits,nb_users,nb_actions,nb_pageviews,bounce_count\n"
    "2026-09-01,110,140,0,400,380,50\n"
)
INSTAGRAM_REACH_OVERVIEW = 'sep=,\n"Instagram-Reichweite"\n"Date","Primary"\n"2026-09-01T00:00:00","1200"\n'


def tiktok_archive() -> bytes:
    """TikTok Studio's download: a ZIP whose members carry the day it was made."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in (("Overview.csv", TIKTOK_OVERVIEW), ("FollowerHistory.csv", TIKTOK_FOLLOWERS)):
            info = zipfile.ZipInfo(name, TIKTOK_MADE.timetuple()[:6])
            archive.writestr(info, text)
        archive.writestr(
            zipfile.ZipInfo("Viewers.csv", TIKTOK_MADE.timetuple()[:6]), "Hour,Active followers\n1,3\n"
        )
    return out.getvalue()
