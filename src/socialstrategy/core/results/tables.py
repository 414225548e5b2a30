"""Reading what the platforms export into tables of text cells: CSV in any of the encodings they
use, XLSX workbooks and ZIP archives of either.

Nothing here knows a platform: a :class:`Table` is a file name and its rows, each row with the
line it starts on, so that every problem can name file, line and column. Encodings are found
from the byte-order mark (UTF-8, UTF-16 as Meta's overview exports are written), else UTF-8,
else Windows-1252. A ``sep=,`` first line (Excel's hint, in Meta's exports) sets the delimiter;
without it the header line decides between ``,``, ``;`` and tab.

>>> [t.rows for t in read_tables("a.csv", b"sep=;\\nDate;Views\\n2026-01-02;5\\n")]
[[(2, ['Date', 'Views']), (3, ['2026-01-02', '5'])]]
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import PurePosixPath

import xlrd
from defusedxml import ElementTree

from socialstrategy.core.i18n import N_
from socialstrategy.core.message import Message

MAX_BYTES = 100_000_000
"""The largest file (and the largest unpacked member of an archive) an import reads."""
MAX_MEMBERS = 200
"""The most files an archive may hold; YouTube's and TikTok's archives hold a handful."""
MAX_RATIO = 200
"""How much larger than its compressed size a member may unpack; more is a ZIP bomb."""
_TABLE_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx", ".xls")
_BIFF_MAGIC = b"\xd0\xcf\x11\xe0"
_XLSX_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"

Row = tuple[int, list[str]]
"""A row: the line (CSV) or row number (XLSX) it starts on, and its cells."""


class TableError(Exception):
    """A file that cannot be read as a table; ``message`` says why, ``line`` where."""

    def __init__(self, file: str, message: Message, line: int | None = None) -> None:
        super().__init__(message.render("en"))
        self.file, self.message, self.line = file, message, line


@dataclass
class Table:
    """The rows of one file (or one member of an archive); formula cells are marked in
    ``formulas`` by (line, column index), since an export never holds one."""

    name: str
    rows: list[Row]
    formulas: set[tuple[int, int]] = field(default_factory=set)
    delimiter: str = ","
    made: dt.date | None = None
    """When the export was made (an archive member's date), for dates without a year."""

    @property
    def basename(self) -> str:
        return PurePosixPath(self.name).name


def read_tables(name: str, data: bytes) -> list[Table]:
    """The tables in a file: one for a CSV or a workbook's first sheet, one per table member
    of a ZIP archive. ``TableError`` when the file cannot be read."""
    if len(data) > MAX_BYTES:
        raise TableError(name, Message(N_("The file is larger than 100 MB.")))
    if data[:4] == b"PK\x03\x04" and not name.lower().endswith(".xlsx"):
        return list(_archive_tables(name, data))
    return [_table(name, data)]


def decode(name: str, data: bytes) -> str:
    """The text of a CSV file, by its byte-order mark, else UTF-8, else Windows-1252."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16")):
        if data.startswith(bom):
            return _decoded(name, data, encoding)
    if data.startswith(codecs.BOM_UTF16_BE):
        return _decoded(name, data, "utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _decoded(name, data, "cp1252")


def _decoded(name: str, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise TableError(
            name, Message(N_("The file is not readable text ({encoding})."), {"encoding": encoding})
        ) from error


def _table(name: str, data: bytes) -> Table:
    if data[:4] == _BIFF_MAGIC:
        return _biff_table(name, data)
    if data[:4] == b"PK\x03\x04":
        return _workbook_table(name, data)
    return csv_table(name, decode(name, data))


def csv_table(name: str, text: str) -> Table:
    """The rows of CSV text; a ``sep=`` first line sets the delimiter."""
    lines = text.splitlines(keepends=True)
    first_line = 1
    delimiter = None
    if lines and lines[0].strip().lower().startswith("sep=") and len(lines[0].strip()) == 5:
        delimiter, lines, first_line = lines[0].strip()[4], lines[1:], 2
    delimiter = delimiter or _sniff("".join(lines[:5]))
    reader = csv.reader(io.StringIO("".join(lines)), delimiter=delimiter, strict=True)
    rows: list[Row] = []
    start = first_line
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                rows.append((start, [cell.strip() for cell in cells]))
            start = first_line + reader.line_num
    except csv.Error as error:
        raise TableError(
            name, Message(N_("The file is not valid CSV: {error}."), {"error": str(error)}), start
        ) from error
    return Table(name, rows, delimiter=delimiter)


def _sniff(head: str) -> str:
    """The delimiter of the first lines: the most frequent of ``,``, ``;`` and tab."""
    first = head.splitlines()[0] if head else ""
    counts = {delimiter: first.count(delimiter) for delimiter in (",", ";", "\t")}
    return max(counts, key=lambda delimiter: counts[delimiter]) if any(counts.values()) else ","


def _archive_tables(name: str, data: bytes) -> Iterator[Table]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [info for info in archive.infolist() if not info.is_dir()]
    except zipfile.BadZipFile as error:
        raise TableError(name, Message(N_("The ZIP archive is damaged."))) from error
    if len(members) > MAX_MEMBERS:
        raise TableError(name, Message(N_("The ZIP archive holds more than 200 files.")))
    for info in members:
        if _is_bomb(info):
            raise TableError(
                name, Message(N_("{member} unpacks to too much data; refused."), {"member": info.filename})
            )
    for info in members:
        if info.filename.lower().endswith(_TABLE_SUFFIXES) and not _is_hidden(info.filename):
            table = _table(f"{name}/{info.filename}", archive.read(info))
            table.made = _member_day(info)
            yield table


def _member_day(info: zipfile.ZipInfo) -> dt.date | None:
    try:
        return dt.date(*info.date_time[:3])
    except ValueError:
        return None


def _is_bomb(info: zipfile.ZipInfo) -> bool:
    too_large = info.file_size > MAX_BYTES
    return too_large or info.file_size > MAX_RATIO * max(info.compress_size, 1) + 1_000_000


def _is_hidden(member: str) -> bool:
    """macOS adds ``__MACOSX/._name`` copies of every file to archives it makes."""
    return member.startswith("__MACOSX/") or PurePosixPath(member).name.startswith(".")


# --- XLSX: the first sheet, with shared strings; formulas are marked, not evaluated ----------


def _workbook_table(name: str, data: bytes) -> Table:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        for info in archive.infolist():
            if _is_bomb(info):
                raise TableError(name, Message(N_("The workbook unpacks to too much data; refused.")))
        strings = _shared_strings(archive)
        sheet = ElementTree.fromstring(archive.read(_first_sheet(archive)))
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as error:
        raise TableError(name, Message(N_("The workbook cannot be read as .xlsx."))) from error
    table = Table(name, [])
    for row in sheet.iter(f"{_XLSX_NS}row"):
        number = int(row.get("r", len(table.rows) + 1))
        cells = _row_cells(row, strings, number, table.formulas)
        if any(cell.strip() for cell in cells):
            table.rows.append((number, [cell.strip() for cell in cells]))
    return table


def _biff_table(name: str, data: bytes) -> Table:
    """The first sheet of an old Excel workbook (.xls, LinkedIn's downloads), read by xlrd;
    dates become ISO dates, whole numbers lose their ``.0``. xlrd keeps no formulas, so an
    .xls cannot be checked for them: its cells are the values Excel last computed."""
    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True)
        sheet = book.sheet_by_index(0)
        rows = [
            (number + 1, [_biff_text(cell, book.datemode) for cell in sheet.row(number)])
            for number in range(sheet.nrows)
        ]
    except Exception as error:  # xlrd raises many kinds of error on a damaged file
        raise TableError(name, Message(N_("The workbook cannot be read as .xls."))) from error
    return Table(
        name, [(n, [c.strip() for c in cells]) for n, cells in rows if any(c.strip() for c in cells)]
    )


def _biff_text(cell: xlrd.sheet.Cell, datemode: int) -> str:
    if cell.ctype == xlrd.XL_CELL_DATE:
        return str(xlrd.xldate_as_datetime(cell.value, datemode).date().isoformat())
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        value = float(cell.value)
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if cell.ctype in (xlrd.XL_CELL_TEXT,):
        return str(cell.value)
    return ""


def _shared_strings(archive: zipfile.ZipFile) -> list[str]:
    if "xl/sharedStrings.xml" not in archive.namelist():
        return []
    root = ElementTree.fromstring(archive.read("xl/sharedStrings.xml"))
    return ["".join(t.text or "" for t in item.iter(f"{_XLSX_NS}t")) for item in root.iter(f"{_XLSX_NS}si")]


def _first_sheet(archive: zipfile.ZipFile) -> str:
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    first = next(workbook.iter(f"{_XLSX_NS}sheet"))
    relation = first.get(f"{_REL_NS}id")
    relations = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    for item in relations:
        if item.get("Id") == relation:
            target = str(item.get("Target", "")).lstrip("/")
            return target if target.startswith("xl/") else f"xl/{target}"
    return "xl/worksheets/sheet1.xml"


def _row_cells(row: object, strings: list[str], number: int, formulas: set[tuple[int, int]]) -> list[str]:
    cells: list[str] = []
    for cell in row.iter(f"{_XLSX_NS}c"):  # type: ignore[attr-defined]
        index = _column_index(cell.get("r", ""), len(cells))
        cells.extend([""] * (index - len(cells)))
        if cell.find(f"{_XLSX_NS}f") is not None:
            formulas.add((number, index))
        cells.append(_cell_text(cell, strings))
    return cells


def _cell_text(cell: object, strings: list[str]) -> str:
    kind = cell.get("t")  # type: ignore[attr-defined]
    if kind == "inlineStr":
        return "".join(t.text or "" for t in cell.iter(f"{_XLSX_NS}t"))  # type: ignore[attr-defined]
    value = cell.find(f"{_XLSX_NS}v")  # type: ignore[attr-defined]
    text = value.text or "" if value is not None else ""
    if kind == "s" and text.isdigit() and int(text) < len(strings):
        return strings[int(text)]
    return text


def _column_index(reference: str, default: int) -> int:
    letters = "".join(ch for ch in reference if ch.isalpha())
    if not letters:
        return default
    index = 0
    for letter in letters.upper():
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1
