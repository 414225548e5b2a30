"""CLI commands, one module per topic; each exposes ``COMMANDS``."""
