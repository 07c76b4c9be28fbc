"""Property-based tests (Hypothesis) of the readers and the extraction behind them (issue 16).

For each reader — plain text in any encoding, raw bytes, JSON Lines, HTML, the index.jsonl
manifest — generated files are read in a batch beside one good article, through the reader
and the extraction as :func:`extract.pipeline.extract_paths` runs them (reader, cleaning,
chunks, rules). Whatever the input:

- no exception escapes (from the reader or the rules) and no internal error is reported;
- every problem is one printable line that names its file;
- a skipped file has exactly one fatal problem; a JSON Lines line is a document or a problem;
- the batch goes on: the good article is always read, with its stances;
- every stance's evidence is the document text at its offsets, every metadata field a
  string or absent, and the document maps to RDF quads as ``ingest`` would store them.

Each reader gets 1,000 examples; the runs are derandomised, so CI sees the same inputs each
time (a failure is reproducible), and no example database is written.
"""

from __future__ import annotations

import codecs
import dataclasses
import json
import string
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.chunks import extract_document
from extract.pipeline import Problem, Result
from extract.reader import read_paths
from extract.record import Document
from graph import rdf

EXAMPLES = 1000
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                suppress_health_check=list(HealthCheck))

GOOD_NAME = "zz_good.txt"
GOOD = "أدانت مصر الضربة الإسرائيلية على لبنان، وطالبت إسرائيل بالانسحاب من الجنوب نهائياً."
GOOD_EDGE = ("EGY", "condemns", "ISR")

# Text that matters to the readers: Arabic and English words, digits, punctuation, every kind
# of line break, control characters, zero-width and bidi controls, odd spaces, a BOM.
SPECIAL = ("\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\u00a0\u00ad\u061c\u200b\u200c\u200d\u200e"
           "\u200f\u202a\u202e\u2028\u2029\u2066\u2069\ufeff\ufffd\r\n\t")
WORDS = ["أدانت", "مصر", "روسيا", "تركيا", "دعت", "إلى", "ضبط", "النفس", "Russia", "urged",
         "Turkey", "to", "show", "restraint", "condemned", "Iran", ".", "،", "؟", "\n\n"]
text_chars = st.text(alphabet=st.sampled_from(
    list(SPECIAL) + list(string.printable) + list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىة")),
    max_size=300)
wordy = st.lists(st.one_of(st.sampled_from(WORDS), text_chars), max_size=40).map(" ".join)
any_text = st.one_of(text_chars, wordy, st.text(max_size=200))
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256", "latin-1"]


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace" if encoding in ("cp1256", "latin-1")
                       else "surrogatepass")


json_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                        any_text)
json_value = st.recursive(json_scalar, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=5), inner, max_size=3)),
    max_leaves=6)
FIELDS = ["doc", "text", "date", "outlet", "url", "title", "lang"]
field_value = st.one_of(json_value, st.sampled_from(
    ["2024-05-01", "2024-02-30", "20240501", "ar", "en", "xx", "http://a.example/x",
     "http://a b/c", "", " "]))
jsonl_row = st.dictionaries(st.sampled_from(FIELDS), field_value, max_size=7)
jsonl_line = st.one_of(
    jsonl_row.map(lambda r: json.dumps(r, ensure_ascii=False)),
    jsonl_row.map(json.dumps),
    st.builds(lambda t: json.dumps({"doc": "w", "text": t}, ensure_ascii=False), wordy),
    json_value.map(json.dumps),
    any_text,
)


_SEEN: dict[Document, list] = {}


def _read_batch(files: dict[str, bytes]) -> tuple[list[Result], list[Problem]]:
    """The batch through the reader and the extraction, as extract_paths runs them. A text
    seen before (the good article, the manifest's file) is not extracted again: the rules
    give the same records for the same document (all but its path)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, data in files.items():
            (folder / name).write_bytes(data)
        (folder / GOOD_NAME).write_text(GOOD, encoding="utf-8")
        problems: list[Problem] = []
        results = []
        for doc in read_paths([folder], date="2024-05-01", on_problem=problems.append):
            key = dataclasses.replace(doc, path=None)
            stances = _SEEN.get(key)
            if stances is None:
                stances = extract_document(doc)  # an exception here fails the test
                _SEEN[key] = [dataclasses.replace(s, path=None) for s in stances]
            else:
                stances = [dataclasses.replace(s, path=doc.path) for s in stances]
            results.append(Result(doc, stances))
            assert all(doc.text[s.start:s.end] == s.evidence for s in stances)
            assert all(v is None or isinstance(v, str) for v in
                       (doc.title, doc.outlet, doc.url, doc.date, doc.lang, doc.path))
            assert doc.lang in ("ar", "en")
            rdf.document_quads(doc, stances)  # what ingest writes: no wrong type reaches it
        return results, problems


def _check(results: list, problems: list[Problem], fuzzed: str) -> None:
    assert not [p for p in problems if p.internal], problems
    for p in problems:
        line = str(p)
        assert "\n" not in line and "\r" not in line and "\u202e" not in line
        assert fuzzed in p.path or "index.jsonl" in p.path or GOOD_NAME in p.path
    good = [r for r in results if r.document.path.endswith(GOOD_NAME)]
    same_text = [p for p in problems if GOOD_NAME in p.path and "same text" in p.message]
    assert good or same_text, (problems, [r.document.path for r in results])
    if good:
        assert GOOD_EDGE in {(s.holder, s.stance_type, s.target) for s in good[0].stances}


def _one_outcome(results: list, problems: list[Problem], name: str) -> None:
    """A plain file is read, or skipped with exactly one fatal problem (never both)."""
    read = [r for r in results if r.document.path.endswith(name)]
    fatal = [p for p in problems if p.fatal and p.path.endswith(name)]
    duplicate = [p for p in problems if "same text" in p.message]
    assert len(read) + len(fatal) == 1 or duplicate, (read, fatal)


@FUZZ
@given(text=any_text, encoding=st.sampled_from(ENCODINGS))
def test_text_files_in_any_encoding(text: str, encoding: str) -> None:
    results, problems = _read_batch({"a.txt": _encode(text, encoding)})
    _check(results, problems, "a.txt")
    _one_outcome(results, problems, "a.txt")


@FUZZ
@given(data=st.one_of(st.binary(max_size=3000),
                      st.builds(lambda b, t: t.encode() + b, st.binary(max_size=200), wordy),
                      st.builds(lambda a, b: a + codecs.BOM_UTF16_LE + b,
                                st.binary(max_size=50), st.binary(max_size=50))))
def test_random_bytes(data: bytes) -> None:
    results, problems = _read_batch({"b.txt": data})
    _check(results, problems, "b.txt")
    _one_outcome(results, problems, "b.txt")


@FUZZ
@given(lines=st.lists(jsonl_line, max_size=6), newline=st.sampled_from(["\n", "\r\n"]))
def test_json_lines(lines: list[str], newline: str) -> None:
    data = newline.join(lines).encode("utf-8", errors="surrogatepass")
    results, problems = _read_batch({"c.jsonl": data})
    _check(results, problems, "c.jsonl")
    read = [r for r in results if "c.jsonl" in r.document.path]
    if not [p for p in problems if p.path.endswith("c.jsonl") and p.fatal]:
        # the file itself was decoded: every non-blank line is a document or a problem
        blank = sum(1 for line in data.decode("utf-8", "replace").split("\n")
                    if not line.strip())
        lines_with_problems = {p.path for p in problems if "c.jsonl:" in p.path and p.fatal}
        duplicates = sum(1 for p in problems if "same text" in p.message)
        assert len(read) + len(lines_with_problems) + duplicates >= len(lines) - blank


tag = st.sampled_from(["div", "p", "article", "span", "nav", "script", "style", "h1", "a",
                       "table", "td", "meta", "br", "!--", "body", "html", "x:y"])
attribute = st.builds(lambda k, v: f' {k}="{v}"', st.text(string.ascii_letters, min_size=1,
                                                           max_size=8), text_chars)
element = st.recursive(
    st.one_of(any_text, wordy),
    lambda inner: st.builds(
        lambda t, attrs, body: f"<{t}{''.join(attrs)}>{''.join(body)}</{t}>",
        tag, st.lists(attribute, max_size=4), st.lists(inner, max_size=3)),
    max_leaves=8)


@FUZZ
@given(body=element, head=st.booleans(), many_attributes=st.integers(0, 3))
def test_html_pages(body: str, head: bool, many_attributes: int) -> None:
    attrs = " ".join(f"a{i}=x" for i in range(many_attributes * 700))
    page = (("<!DOCTYPE html><html><head><title>t</title></head>" if head else "")
            + f"<body {attrs}>{body}</body></html>")
    results, problems = _read_batch({"d.html": page.encode("utf-8", errors="surrogatepass")})
    _check(results, problems, "d.html")
    _one_outcome(results, problems, "d.html")


@FUZZ
@given(lines=st.lists(st.one_of(
    jsonl_line,
    st.builds(lambda r: json.dumps({**r, "doc": "m.txt"}), jsonl_row)), max_size=5))
def test_manifests(lines: list[str]) -> None:
    files = {"index.jsonl": "\n".join(lines).encode("utf-8", errors="surrogatepass"),
             "m.txt": b"Russia urged Turkey to show restraint in northern Syria on Monday, "
                      b"the ministry said."}
    results, problems = _read_batch(files)
    _check(results, problems, "m.txt")
    assert all(not p.fatal for p in problems if "index.jsonl" in p.path)
    m = [r for r in results if r.document.path.endswith("m.txt")]
    assert len(m) == 1
    assert m[0].document.lang in ("ar", "en")
    assert all(isinstance(v, str) for v in (m[0].document.outlet, m[0].document.url,
                                            m[0].document.title) if v is not None)
