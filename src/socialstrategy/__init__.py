"""socialstrategy: build an individual social media strategy, step by step."""

__version__ = "0.1.0"
