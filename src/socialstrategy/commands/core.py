"""CLI commands of this topic."""

from __future__ import annotations

import click

COMMANDS: list[click.Command] = []
