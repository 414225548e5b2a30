"""Pure-Python core: the strategy model and everything that reasons about it. Never imports Django."""
