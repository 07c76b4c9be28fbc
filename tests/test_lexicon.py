"""Language data is validated at start-up and stays consistent with the normaliser."""

import json
from pathlib import Path

import pytest

from extract import lexicon
from extract.errors import StancegraphError
from extract.normalize import PROCLITIC_CONJ, PROCLITIC_PREP


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_lexicons_load_and_cover_every_stance_type(lang: str) -> None:
    from extract.stance_types import stance_types

    lex = lexicon.load_lexicon(lang)
    labels = {f.cue.label for forms in lex.cues.values() for f in forms}
    labels |= {f.cue.default for forms in lex.cues.values() for f in forms if f.cue.default}
    direct = labels - lexicon.PSEUDO_LABELS
    via_content = {c.label for classes in lex.content.values() for c in classes}
    assert set(stance_types()) <= direct | via_content


def _copy_lexicon(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "lexicons"
    for lang in ("ar", "en"):
        (folder / lang).mkdir(parents=True)
        for f in (lexicon.LEXICON_DIR / lang).iterdir():
            (folder / lang / f.name).write_bytes(f.read_bytes())
    monkeypatch.setattr(lexicon, "LEXICON_DIR", folder)
    lexicon.load_lexicon.cache_clear()
    return folder


@pytest.mark.parametrize(("line", "message"), [
    ('{"id": "x", "label": "condemns", "frame": "object", "colour": 1}', "unknown keys"),
    ('{"id": "x", "label": "scolds", "frame": "object"}', "unknown label"),
    ('{"id": "x", "label": "condemns", "frame": "sideways"}', "unknown frame"),
    ('{"id": "x", "label": "condemns", "frame": "object", "verbs": ["أدان"]}', "pairs"),
    ('{"id": "x", "label": ', "malformed JSON"),
])
def test_a_bad_cue_line_names_the_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                line: str, message: str) -> None:
    folder = _copy_lexicon(tmp_path, monkeypatch)
    cues = folder / "ar" / "cues.jsonl"
    n = len(cues.read_text(encoding="utf-8").splitlines()) + 1
    with cues.open("a", encoding="utf-8") as f:
        f.write(line + "\n")
    try:
        with pytest.raises(StancegraphError) as err:
            lexicon.load_lexicon("ar")
        assert str(cues) in str(err.value) and f"line {n}" in str(err.value)
        assert message in str(err.value)
    finally:
        lexicon.load_lexicon.cache_clear()


def test_no_arabic_content_form_hides_a_bare_form_behind_a_clitic() -> None:
    """«بوقف» listed beside «وقف …» would become the reading of بوقف and hide وقف الحرب:
    clitics are the normaliser's job, so the data lists bare forms only."""
    path = lexicon.LEXICON_DIR / "ar" / "content.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    lex = lexicon.load_lexicon("ar")
    firsts = {key[0] for key in lex.content}
    bad = []
    for row in rows:
        for word in row["words"]:
            first = lexicon.normalize(word.split()[0])
            for clitic in PROCLITIC_CONJ + PROCLITIC_PREP:
                if first.startswith(clitic) and len(first) > 3 and first[1:] in firsts:
                    bad.append(word)
    assert bad == []
