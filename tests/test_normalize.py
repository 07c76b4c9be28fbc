"""Arabic normalisation, clitic readings and verb conjugation."""

import pytest

from extract.lexicon import conjugate_ar
from extract.normalize import candidates, normalize, split_words


@pytest.mark.parametrize(("raw", "norm"), [
    ("أدانَت", "ادانت"), ("إسرائيل", "اسراءيل"), ("مصطفى", "مصطفي"), ("الحكومة", "الحكومه"),
    ("ســوريا", "سوريا"), ("مسؤول", "مسءول"), ("مسئول", "مسءول"), ("Turkey", "turkey"),
])
def test_normalize_folds_hamza_maqsura_ta_marbuta_tatweel_diacritics(raw: str, norm: str) -> None:
    assert normalize(raw) == norm


@pytest.mark.parametrize(("token", "reading"), [
    ("وللأتراك", "الاتراك"), ("بالتعاون", "التعاون"), ("وشدد", "شدد"), ("بسحب", "سحب"),
    ("قواتهم", "قوات"), ("إدانتها", "ادانه"), ("للعراق", "العراق"), ("للقائه", "لقاء"),
    # a final alif maqsura is written alif before a pronoun: «يرعاه» is «يرعى» + «ه»
    ("يرعاه", "يرعي"), ("ودعاها", "دعي"),
    # the plural's alif is not written before a pronoun: «طالبوها» is «طالبوا» + «ها»
    ("وطالبوها", "طالبوا"), ("ودعوها", "دعوا"),
])
def test_clitic_candidates_include_the_bare_reading(token: str, reading: str) -> None:
    assert reading in candidates(normalize(token))


def test_least_stripped_reading_comes_first() -> None:
    c = candidates(normalize("والتقى"))
    assert c[0] == "والتقي" and c.index("التقي") < c.index("تقي")


def test_conjugation_covers_gender_person_and_defective_verbs() -> None:
    f = conjugate_ar("دعا", "يدعو")
    assert {"دعت"} <= f["3f"] and "تدعو" in f["3f"] and "ندعو" in f["1"] and "يدعون" in f["3p"]
    g = conjugate_ar("أدان", "يدين")
    assert "ادانت" in g["3f"] and "يدين" in g["3m"] and "ندين" in g["1"]


@pytest.mark.parametrize(("raw", "words"), [
    ("Guinea-Bissau", ["Guinea", "-", "Bissau"]),
    ("the UN Secretary-General", ["the", "UN", "Secretary", "-", "General"]),
    ("de-escalate", ["de", "-", "escalate"]),
    ("People's Republic of China", ["People", "'s", "Republic", "of", "China"]),
    ("2023-24", ["2023", "-", "24"]),
    ("non - aligned", ["non", "-", "aligned"]),
    ("الأمم المتحدة", ["الأمم", "المتحدة"]),
])
def test_phrases_split_like_the_tokenizer(raw: str, words: list[str]) -> None:
    assert split_words(raw) == words


@pytest.mark.parametrize(("text", "edge"), [
    ("Guinea-Bissau urged Senegal to show restraint.", ("GNB", "urges_restraint", "SEN")),
    ("Timor-Leste condemned Indonesia over the raid.", ("TLS", "condemns", "IDN")),
    # not Taiwan's «Republic of China» inside it
    ("Vietnam condemned the People's Republic of China over the collision.",
     ("VNM", "condemns", "CHN")),
])
def test_hyphenated_names_match(text: str, edge: tuple[str, str, str]) -> None:
    from extract.pipeline import extract_text

    found = {(s.holder, s.stance_type, s.target)
             for s in extract_text("Bulletin\n\n" + text, lang="en") if s.is_edge}
    assert found == {edge}


def test_the_plural_alif_comes_back_only_before_a_pronoun() -> None:
    # «النووي» ends in «ي» («my» only as a pronoun): no plural verb «نووا» is read into it
    assert "نووا" not in candidates(normalize("النووي"))
