"""Collection rules for the whole suite."""

import os
import tempfile

from hypothesis import HealthCheck, settings

# Speed is measured in bench/, never by a test: on a busy machine Hypothesis's own timing checks
# (how long generating an example or running one takes) fail tests that are correct.
settings.register_profile("socialstrategy", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("socialstrategy")

# The two-server test starts real server processes on Redis; scripts/test runs it on its own
# (SOCIALSTRATEGY_TEST_SERVERS=1) when Redis answers, on SQLite and on PostgreSQL.
collect_ignore = [] if os.environ.get("SOCIALSTRATEGY_TEST_SERVERS") else ["servers"]

# Compiled catalogs and knowledge (core/runtime.py) go to a folder of the test run's own, not
# into the user's cache.
os.environ.setdefault("SOCIALSTRATEGY_CACHE", tempfile.mkdtemp(prefix="socialstrategy-test-cache-"))
