"""A file of imported facts for the command line: one SQLite database beside the strategy.

SQLite (in the standard library) is enough here: the report reads every fact of one strategy
once, a few hundred thousand rows at most, and aggregates them in Python (docs/results.md has
the measurements). Each import is one transaction, so a failed import leaves the file as it was;
a fact's key (platform, metric, day, post) makes a re-import replace, never double-count.
The web app keeps the same facts in its own database (``web/results``).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path

from socialstrategy.core.results.facts import Fact, Recognised

SCHEMA = """
create table if not exists facts (
    platform text not null, metric text not null, day text not null, post text not null,
    value real not null, source text not null, imported_at text not null,
    primary key (platform, metric, day, post)
);
create table if not exists imports (
    file text not null, format text not null, imported_at text not null, facts integer not null,
    first_day text, last_day text, account text
);
"""


def default_store(strategy_file: Path) -> Path:
    """``bakery.yaml`` → ``bakery.results.sqlite3`` beside it."""
    return strategy_file.with_name(f"{strategy_file.stem}.results.sqlite3")


def save_imports(path: Path, results: Sequence[Recognised], imported_at: dt.datetime | None = None) -> int:
    """Add the facts of ``results`` to the store at ``path`` in one transaction; the number of
    facts written."""
    stamp = (imported_at or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
    written = 0
    with _connection(path) as db:
        for result in results:
            rows = [(*_key(f), f.value, result.file, stamp) for f in result.facts]
            db.executemany("insert or replace into facts values (?, ?, ?, ?, ?, ?, ?)", rows)
            db.execute(
                "insert into imports values (?, ?, ?, ?, ?, ?, ?)",
                (
                    result.file,
                    result.format,
                    stamp,
                    len(rows),
                    _day(result.first),
                    _day(result.last),
                    result.account,
                ),
            )
            written += len(rows)
    return written


def load_facts(path: Path) -> list[Fact]:
    """Every fact in the store (none when there is no store yet)."""
    if not path.exists():
        return []
    with _connection(path) as db:
        rows = db.execute("select platform, metric, day, post, value from facts").fetchall()
    return [
        Fact(dt.date.fromisoformat(day), platform, metric, value, post)
        for platform, metric, day, post, value in rows
    ]


@contextmanager
def _connection(path: Path) -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(path)) as db:
        db.executescript(SCHEMA)
        with db:  # one transaction: committed on success, rolled back on any error
            yield db


def _key(fact: Fact) -> tuple[str, str, str, str]:
    return (fact.platform, fact.metric, fact.day.isoformat(), fact.post)


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None
