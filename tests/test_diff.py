"""The diff between dates, on a real embedded Oxigraph store."""

from __future__ import annotations

import json

import pytest

from extract.record import Document, Stance
from graph.diff import diff_periods
from graph.periods import parse_period
from graph.store import open_store
from ontology.errors import StancegraphError
from output.diff_page import diff_page
from stancegraph.cli import main
from tests.corpus import SEEDS, require


def _stance(doc: str, holder: str, type_: str, target: str, date: str, evidence: str,
            **kw: object) -> Stance:
    return Stance(holder=holder, stance_type=type_, target=target, evidence=evidence, start=0,
                  end=len(evidence), doc_id=doc, lang="en", rule="test", date=date, **kw)


DOCS = [
    ("d1", "2022-11-20", [
        ("RUS", "urges_restraint", "TUR", "Russia urges Turkey to show restraint."),
        ("RUS", "condemns", "USA", "Russia condemned the United States."),
    ]),
    ("d2", "2022-11-25", [
        ("RUS", "urges_restraint", "TUR", "Moscow again urged Ankara to show restraint."),
    ]),
    ("d3", "2024-11-10", [
        ("SYR", "demands_withdrawal", "TUR", "Syria demands that Turkey withdraw."),
        ("TUR", "affirms_sovereignty", "SYR", "Turkey affirms the sovereignty of Syria."),
        ("RUS", "condemns", "USA", "Russia condemned Washington <script>x</script>."),
    ]),
]


@pytest.fixture()
def store(tmp_path):
    s = open_store(tmp_path / "store")
    for doc_id, date, rows in DOCS:
        stances = [_stance(doc_id, h, t, g, date, e) for h, t, g, e in rows]
        # one negated and one hypothetical stance that must not count
        stances.append(_stance(doc_id, "FRA", "threatens", "TUR", date, "France did not.",
                               negated=True))
        stances.append(_stance(doc_id, "GBR", "threatens", "TUR", date, "Britain might.",
                               hypothetical=True))
        s.replace_document(Document(doc_id=doc_id, text=" ".join(r[3] for r in rows),
                                    date=date, lang="en"), stances)
    yield s
    s.close()


@pytest.mark.parametrize(("text", "start", "end"), [
    ("2024", "2024-01-01", "2024-12-31"),
    ("2024-02", "2024-02-01", "2024-02-29"),
    ("2024-11-01", "2024-11-01", "2024-11-01"),
    ("2022-11..2024", "2022-11-01", "2024-12-31"),
    (" 2023-06-05..2023-06-07 ", "2023-06-05", "2023-06-07"),
])
def test_parse_period(text, start, end):
    p = parse_period(text)
    assert (p.start.isoformat(), p.end.isoformat()) == (start, end)


@pytest.mark.parametrize("text", ["", "x", "2024-13", "2023-02-29", "24-11", "2024..",
                                  "..2024", "2025..2024", "2024-11-01T00:00", "2024/11"])
def test_bad_period(text):
    with pytest.raises(StancegraphError, match="not a period"):
        parse_period(text)


def test_diff_added_dropped_kept(store):
    d = diff_periods(store, parse_period("2022-11"), parse_period("2024-11"))
    dropped = {(c.holder, c.type, c.target): c for c in d.dropped}
    added = {(c.holder, c.type, c.target): c for c in d.added}
    kept = {(c.holder, c.type, c.target): c for c in d.kept}
    assert set(dropped) == {("RUS", "urges_restraint", "TUR")}
    assert set(added) == {("SYR", "demands_withdrawal", "TUR"),
                          ("TUR", "affirms_sovereignty", "SYR")}
    assert set(kept) == {("RUS", "condemns", "USA")}
    assert dropped[("RUS", "urges_restraint", "TUR")].docs == 2
    assert dropped[("RUS", "urges_restraint", "TUR")].evidence in (
        "Russia urges Turkey to show restraint.", "Moscow again urged Ankara to show restraint.")
    assert kept[("RUS", "condemns", "USA")].docs_a == 1
    assert added[("SYR", "demands_withdrawal", "TUR")].evidence == \
        "Syria demands that Turkey withdraw."
    # negated / hypothetical stances never appear
    assert not any(c.holder in ("FRA", "GBR") for c in d.added + d.dropped + d.kept)
    # shifts of the pairs stated in both periods sorted by their size; the kept pair did not
    # move; a pair absent from a period has no shift (no coverage is not a Goldstein of 0)
    sizes = [abs(s.delta) for s in d.shifts if s.delta is not None]
    assert sizes == sorted(sizes, reverse=True)
    by_pair = {(s.holder, s.target): s for s in d.shifts}
    assert by_pair[("RUS", "USA")].delta == 0
    assert by_pair[("SYR", "TUR")].from_ is None and by_pair[("SYR", "TUR")].to == -5.0
    assert by_pair[("SYR", "TUR")].delta is None


def test_diff_filters(store):
    d = diff_periods(store, parse_period("2022"), parse_period("2024"), holder="RUS")
    assert {c.holder for c in d.dropped + d.added + d.kept} == {"RUS"}
    d = diff_periods(store, parse_period("2022"), parse_period("2024"), target="TUR",
                     stance_type="demands_withdrawal")
    assert [(c.holder, c.type) for c in d.added] == [("SYR", "demands_withdrawal")]
    assert not d.dropped and not d.kept
    with pytest.raises(StancegraphError, match="unknown stance type"):
        diff_periods(store, parse_period("2022"), parse_period("2024"), stance_type="nope")


def test_day_bounds_inclusive(store):
    d = diff_periods(store, parse_period("2022-11-25"), parse_period("2024-11-10"))
    assert {(c.holder, c.type) for c in d.dropped} == {("RUS", "urges_restraint")}
    assert d.dropped[0].docs == 1


def test_cli_json_and_empty(store, tmp_path, capsys):
    location = store.location
    store.close()
    html_file = tmp_path / "diff.html"
    assert main(["diff", "2022-11", "2024-11", "--store", location, "--format", "json",
                 "--html", str(html_file)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) >= {"a", "b", "added", "dropped", "kept", "shifts"}
    assert out["a"]["from"] == "2022-11-01" and out["b"]["to"] == "2024-11-30"
    assert {"holder": "RUS", "type": "urges_restraint", "target": "TUR"}.items() <= \
        out["dropped"][0].items()
    assert set(out["shifts"][0]) >= {"holder", "target", "from", "to"}
    page = html_file.read_text(encoding="utf-8")
    assert "<script>x</script>" not in page and "&lt;script&gt;x" in page
    assert "#1a9850" in page and "#d73027" in page and "Content-Security-Policy" in page
    assert 'src="http' not in page and "<link" not in page

    assert main(["diff", "2019", "2020", "--store", location, "--format", "json"]) == 0
    captured = capsys.readouterr()
    empty = json.loads(captured.out)
    assert empty["added"] == empty["dropped"] == empty["kept"] == empty["shifts"] == []
    assert "holds no stance" in captured.err and "empty" in captured.err

    assert main(["diff", "2019", "2020", "--store", location]) == 0
    assert "nothing to compare" in capsys.readouterr().out

    assert main(["diff", "2024-13", "2020", "--store", location]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a period" in err


def test_empty_page():
    from graph.diff import compare
    d = compare(parse_period("2019"), parse_period("2020"), {}, {})
    page = diff_page(d)
    assert "Neither period holds a stance" in page and "vis.Network" not in page


@pytest.mark.corpus
def test_seeds_2022_11_vs_2024_11(tmp_path, capsys):
    from extract.pipeline import extract_paths

    seeds = require(SEEDS)
    with open_store(tmp_path / "store") as s:
        for result in extract_paths([seeds]):
            s.replace_document(result.document, result.stances)
    assert main(["diff", "2022-11", "2024-11", "--store", str(tmp_path / "store"),
                 "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)

    def keys(items):
        return {(i["holder"], i["type"], i["target"]): i for i in items}

    dropped, added = keys(out["dropped"]), keys(out["added"])
    for key, table in ((("RUS", "urges_restraint", "TUR"), dropped),
                       (("SYR", "demands_withdrawal", "TUR"), added),
                       (("TUR", "affirms_sovereignty", "SYR"), added)):
        assert key in table, key
        assert table[key]["docs"] >= 1 and table[key]["evidence"]
