"""What the phenomenon tests compare: the edges (holder, type, target) the extractor gives for
one sentence written for a test, and the check of a case's wanted and forbidden edges."""

from extract.pipeline import extract_text

Edge = tuple[str, str, str]


def edges_in(text: str, lang: str, date: str = "2024-05-01") -> set[Edge]:
    return {(s.holder, s.stance_type, s.target) for s in extract_text(text, date=date, lang=lang)
            if s.is_edge and s.target}


def edges_en(text: str, date: str = "2024-05-01") -> set[Edge]:
    return edges_in(text, "en", date)


def edges_ar(text: str) -> set[Edge]:
    return edges_in(text, "ar")


def check_en(text: str, want: set[Edge], never: set[Edge]) -> None:
    got = edges_en(text)
    assert want <= got, (want - got, got)
    assert not (never & got), (never & got, got)
