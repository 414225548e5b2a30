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
