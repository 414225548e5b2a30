"""``socialstrategy calendar``: a plan larger than a calendar holds is refused before anything
is written."""

from click.testing import CliRunner

from socialstrategy.cli import main
from socialstrategy.core.demos import load_demo
from socialstrategy.core.fileformat import dump_strategy


def test_more_weeks_than_a_calendar_holds_is_a_usage_error_naming_weeks(tmp_path):
    bakery = load_demo("bakery")
    busy = [d.model_copy(update={"posts_per_week": 100.0}) for d in bakery.platforms if d.status == "use"]
    path = tmp_path / "busy.yaml"
    path.write_text(dump_strategy(bakery.model_copy(update={"platforms": busy})), encoding="utf-8")
    out = tmp_path / "c.ics"
    result = CliRunner().invoke(main, ["calendar", str(path), "-o", str(out), "--weeks", "104"])
    assert result.exit_code == 2
    assert "'--weeks'" in result.output and "Planen Sie weniger Wochen" in result.output
    assert not out.exists()
