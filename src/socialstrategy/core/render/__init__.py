"""Documents and exports. Every format follows one contract:
``render(strategy, language) -> (filename, content_type, bytes)``."""
