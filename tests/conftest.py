"""Collection rules for the whole suite."""

import os

# The two-server test starts real server processes on Redis; scripts/test runs it on its own
# (SOCIALSTRATEGY_TEST_SERVERS=1) when Redis answers, on SQLite and on PostgreSQL.
collect_ignore = [] if os.environ.get("SOCIALSTRATEGY_TEST_SERVERS") else ["servers"]
