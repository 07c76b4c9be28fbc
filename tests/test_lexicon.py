"""Language data is validated at start-up and stays consistent with the normaliser."""

import importlib.util
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from extract import lexicon
from extract.normalize import PROCLITIC_CONJ, PROCLITIC_PREP, normalize
from ontology.errors import StancegraphError


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_lexicons_load_and_cover_every_stance_type(lang: str) -> None:
    from ontology.types import stance_types

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
    ('{"id": "x", "label": "agrees_with", "frame": "with", "heads": ["تطابق"]}', "go together"),
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


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_word_list_named_twice_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             lang: str) -> None:
    """JSON keeps the last of two lists of one name: the first would vanish without a word."""
    folder = _copy_lexicon(tmp_path, monkeypatch)
    words = folder / lang / "words.json"
    text = words.read_text(encoding="utf-8")
    first = next(iter(json.loads(text)))
    words.write_text(text.replace("{", f'{{"{first}": ["x"],', 1), encoding="utf-8")
    try:
        with pytest.raises(StancegraphError) as err:
            lexicon.load_lexicon(lang)
        assert str(words) in str(err.value) and f"{first!r} is given twice" in str(err.value)
    finally:
        lexicon.load_lexicon.cache_clear()


def test_inflected_word_lists_take_both_numbers() -> None:
    """«strikes» in the list brings «strike» (generated at build time), and both read as one."""
    lex = lexicon.load_lexicon("en")
    acts = lex.word("reported_acts")
    assert {"strike", "strikes", "raid", "raids"} <= acts
    assert lex.singulars["strikes"] == lex.singulars["strike"] == "strike"


@pytest.mark.parametrize(("name", "word"), [("reported_acts", "skirmishes"),
                                          ("force_verbs", "blockade")])
def test_a_list_word_without_generated_forms_is_reported(name: str, word: str, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A noun of INFLECTED_LISTS or a verb of INFLECTED_VERB_LISTS with no generated forms is
    one error naming words.json, the word and the build command."""
    folder = _copy_lexicon(tmp_path, monkeypatch)
    words = folder / "en" / "words.json"
    data = json.loads(words.read_text(encoding="utf-8"))
    data[name].append(word)
    words.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    lexicon._read_generated.cache_clear()
    try:
        with pytest.raises(StancegraphError) as err:
            lexicon.load_lexicon("en")
        assert str(words) in str(err.value) and repr(word) in str(err.value)
        assert "build_forms" in str(err.value)
    finally:
        lexicon.load_lexicon.cache_clear()
        lexicon._read_generated.cache_clear()


def test_inflected_verb_lists_take_every_form() -> None:
    """«storm» in force_verbs brings «stormed», «storms», «storming» (lemminflect at build
    time), so «Ecuadorian police stormed the embassy» names an act of force."""
    verbs = lexicon.load_lexicon("en").word("force_verbs")
    assert {"storm", "stormed", "storms", "storming", "struck", "shelled"} <= verbs


def _refused_at_start_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str,
                         line: str, build: Callable[[str], object]) -> str:
    """The error that building ``build("en")`` raises once ``line`` is appended to the English
    word list ``name`` (in a copy of the lexicons; the caches are cleared either way)."""
    from extract.nlp import resources

    folder = _copy_lexicon(tmp_path, monkeypatch)
    words = folder / "en" / "words.json"
    data = json.loads(words.read_text(encoding="utf-8"))
    data[name].append(line)
    words.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    resources.cache_clear()
    try:
        with pytest.raises(StancegraphError) as err:
            build("en")
        return str(err.value)
    finally:
        lexicon.load_lexicon.cache_clear()
        resources.cache_clear()


@pytest.mark.parametrize(("name", "line"), [("recourse_forums", "zzz"),
                                          ("ambiguous_demonyms", "Zedish dom zzz")])
def test_a_word_list_of_unknown_actor_ids_is_reported(name: str, line: str, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Word lists that hold gazetteer ids (the forums a dispute is taken to, the states a
    demonym may name) are checked at start-up: an unknown id is one error naming the list."""
    from extract.discourse import DiscourseComponent
    from extract.sentence import RuleBase

    message = _refused_at_start_up(tmp_path, monkeypatch, name, line,
                                   DiscourseComponent if name == "recourse_forums" else RuleBase)
    assert name in message and "'ZZZ'" in message
    assert "words.json" in message


@pytest.mark.parametrize(("name", "line", "said"), [
    ("ambiguous_names", "government of zed", "expected «name = IDS»"),
    ("ambiguous_names", "= LBY SSD", "expected «name = IDS»"),
    ("ambiguous_names", "government of zed = LBY ZZZ", "'ZZZ'"),
    ("title_synonyms", "zed minister =", "expected «title = title»"),
    ("title_synonyms", "zed minister", "expected «title = title»")])
def test_a_malformed_equation_line_is_reported(name: str, line: str, said: str,
                                               tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The lists of «left = right» lines (a name shared by several actors = their ids, a
    title = its synonym) are checked at start-up: a line with an empty side, or an id the
    gazetteer lacks, is one error naming the list, the line and the file."""
    from extract.clause_en import EnglishClauseRules

    message = _refused_at_start_up(tmp_path, monkeypatch, name, line, EnglishClauseRules)
    assert name in message and said in message and "words.json" in message
    assert repr(line.lower()) in message  # (English lists are read in lower case)
    assert "\n" not in message


@pytest.mark.parametrize("line", ["seizure", "confiscate confiscation"])
def test_a_force_verb_act_that_is_no_pair_of_a_force_verb_is_reported(
        line: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """force_verb_acts pairs a verb of force_verbs with its act noun («seize seizure»): a line
    without its noun, or with a verb the list does not hold, is one error naming the list."""
    from extract.clause_en import EnglishClauseRules

    message = _refused_at_start_up(tmp_path, monkeypatch, "force_verb_acts", line,
                                   EnglishClauseRules)
    assert "force_verb_acts" in message and repr(line) in message
    assert "words.json" in message


def test_no_arabic_content_form_hides_a_bare_form_behind_a_clitic() -> None:
    """«بوقف» listed beside «وقف …» would become the reading of بوقف and hide وقف الحرب:
    clitics are the normaliser's job, so the data lists bare forms only."""
    path = lexicon.LEXICON_DIR / "ar" / "content.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    lex = lexicon.load_lexicon("ar")
    firsts = {key[0] for key in lex.content}
    bad = []
    for row in rows:
        for word in row.get("words", []) + row.get("heads", []):
            first = lexicon.normalize(word.split()[0])
            for clitic in PROCLITIC_CONJ + PROCLITIC_PREP:
                if first.startswith(clitic) and len(first) > 3 and first[1:] in firsts:
                    bad.append(word)
    assert bad == []


# --- verb forms generated at build time (tools/build_forms.py) ------------------------------

REPO = Path(__file__).resolve().parents[1]


def _generated(lang: str) -> dict:
    path = lexicon.LEXICON_DIR / lang / "verb_forms.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    # a noun spelt like a verb («call on», an appeal noun) keys under the verb's row last
    rows.sort(key=lambda r: "verb" in r)
    return {tuple(r["verb"]) if isinstance(r.get("verb"), list) else r.get("verb", r.get("noun")):
            r for r in rows}


def _build_tool():  # the tool as a module, to point it at a copy of the lexicons
    for lib in ("libqutrub", "arramooz", "lemminflect"):
        pytest.importorskip(lib, reason="install the build extra: pip install -e '.[build]'")
    spec = importlib.util.spec_from_file_location("build_forms", REPO / "tools" / "build_forms.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_build_forms_check_passes_on_the_committed_data() -> None:
    _build_tool()
    proc = subprocess.run([sys.executable, "tools/build_forms.py", "--check"], cwd=REPO,
                          capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "up to date" in proc.stdout


def test_build_forms_check_names_the_verb_that_is_stale(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    tool = _build_tool()
    folder = _copy_lexicon(tmp_path, monkeypatch)
    lexicon.load_lexicon.cache_clear()
    monkeypatch.setattr(tool, "LEXICONS", folder)
    with (folder / "en" / "cues.jsonl").open("a", encoding="utf-8") as f:
        f.write('{"id": "en.intercede", "label": "mediates", "frame": "between", '
                '"verbs": ["intercede"]}\n')
    assert tool.main(["--check"]) == 1
    err = capsys.readouterr().err
    assert '"intercede" is missing' in err and "tools/build_forms.py" in err
    assert tool.main([]) == 0  # writing brings the file up to date
    assert tool.main(["--check"]) == 0
    row = _generated("en")["intercede"]
    assert row["forms"]["VBD"] == ["interceded"] and row["forms"]["VBG"] == ["interceding"]
    assert row["source"].startswith("lemminflect ")


def test_build_forms_inflects_the_head_of_a_phrasal_verb_and_irregular_verbs() -> None:
    tool = _build_tool()
    assert tool.english_verb_line("call on")["forms"]["VBD"] == ["called on"]
    assert tool.english_verb_line("call on")["forms"]["VBG"] == ["calling on"]
    assert tool.english_verb_line("speak")["forms"]["VBD"] == ["spoke"]
    assert tool.english_verb_line("decry")["forms"]["VBZ"] == ["decries"]
    assert tool.english_noun_line("phone call")["forms"]["NNS"] == ["phone calls"]
    assert tool.english_noun_line("call for")["forms"]["NNS"] == ["calls for"]
    assert tool.english_noun_line("sovereignty")["forms"]["NNS"] == []


def test_build_forms_refuses_a_pair_it_cannot_reproduce(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    tool = _build_tool()
    folder = _copy_lexicon(tmp_path, monkeypatch)
    lexicon.load_lexicon.cache_clear()
    monkeypatch.setattr(tool, "LEXICONS", folder)
    with (folder / "ar" / "cues.jsonl").open("a", encoding="utf-8") as f:
        f.write('{"id": "ar.x", "label": "condemns", "frame": "object", '
                '"verbs": [["أعربت", "تعرب"]]}\n')  # a feminine past is not a 3ms pair
    assert tool.main(["--check"]) == 1
    err = capsys.readouterr().err
    assert "[أعربت, تعرب]" in err and len(err.strip().splitlines()) == 1


def test_a_shadda_in_the_lexicon_keeps_only_the_readings_with_it() -> None:
    rows = _generated("ar")
    pinned = rows[("ذكّر", "يذكّر")]["readings"]  # ذَكَّرَ "remind" only
    assert len(pinned) == 1 and lexicon.normalize(pinned[0]) == "ذكر يذكر" and "\u0651" in pinned[0]
    assert len(rows[("ذكر", "يذكر")]["readings"]) > 1  # ذَكَرَ "mention" too


@pytest.mark.parametrize(("verb", "tag", "form"), [
    (("أدان", "يدين"), "3f", "أدانت"),
    (("أدان", "يدين"), "3p", "يدينون"),
    (("أدان", "يدين"), "3p", "أدانوا"),
    (("أدان", "يدين"), "3p", "أدانا"),      # masculine dual past
    (("أدان", "يدين"), "1", "ندين"),
    (("أدان", "يدين"), "3f", "تدينان"),     # feminine dual present
    (("أدان", "يدين"), "3p", "يدينوا"),     # subjunctive: لن يدينوا
    (("أدان", "يدين"), "2", "تدينون"),
    (("أدان", "يدين"), "imp", "أدينوا"),
    (("أدان", "يدين"), "juss.3m", "يدن"),   # لم يدن
    (("أدان", "يدين"), "pass.3f", "أدينت"),
    (("استنكر", "يستنكر"), "1", "استنكرنا"),
    (("دعا", "يدعو"), "3f", "دعت"),
    (("دعا", "يدعو"), "3p", "يدعون"),
    (("رأى", "يرى"), "3m", "يرى"),
    (("اتهم", "يتهم"), "3f", "اتهمتا"),
])
def test_generated_arabic_forms(verb: tuple[str, str], tag: str, form: str) -> None:
    forms = _generated("ar")[verb]["forms"]
    group, _, person = tag.rpartition(".")
    assert form in (forms[group][person] if group else forms[tag])


@pytest.mark.parametrize(("verb", "tag", "form"), [
    ("urge", "VBD", "urged"), ("urge", "VBZ", "urges"), ("urge", "VBG", "urging"),
    ("broker", "VBD", "brokered"), ("call on", "VBD", "called on"),
    ("speak", "VBD", "spoke"), ("strike", "VBD", "struck"), ("slam", "VBG", "slamming"),
    ("say", "VBN", "said"), ("agree", "VBG", "agreeing"),
])
def test_generated_english_forms(verb: str, tag: str, form: str) -> None:
    assert form in _generated("en")[verb]["forms"][tag]


@pytest.mark.parametrize(("lang", "words", "cue", "tag"), [
    ("ar", ("ادانت",), "ar.condemns.adana", "3f"),
    ("ar", ("يدينون",), "ar.condemns.adana", "3p"),
    ("ar", ("ندين",), "ar.condemns.adana", "1"),
    ("ar", ("تدينان",), "ar.condemns.adana", "3f"),
    ("ar", ("يدن",), "ar.condemns.adana", "3m"),  # hand-listed: the jussive is not loaded
    ("ar", ("استنكرنا",), "ar.condemns.istankar", "1"),
    ("ar", ("ناقشا",), "ar.talks.bahath", "3p"),
    ("en", ("urged",), "en.appeal.urge", "3m"),
    ("en", ("urging",), "en.appeal.urge", "p"),
    ("en", ("called", "on"), "en.appeal.urge", "3m"),
    ("en", ("brokered",), "en.mediates", "3m"),
    ("en", ("condemnations",), "en.condemns", "n"),
    ("en", ("phone", "calls"), "en.talks.talks", "n"),
])
def test_generated_forms_reach_the_cue_table(lang: str, words: tuple[str, ...], cue: str,
                                             tag: str) -> None:
    forms = lexicon.load_lexicon(lang).cues.get(words, [])
    assert (cue, tag) in {(f.cue.id, f.tag) for f in forms}


@pytest.mark.parametrize("phrase", ["تقارب في المواقف", "توافق رؤيتيهما", "اتفاق الآراء"])
def test_a_phrase_family_reaches_the_cue_table(phrase: str) -> None:
    # ar.agrees.views writes its phrases as heads × objects, with or without «في» between
    key = tuple(normalize(w) for w in phrase.split())
    forms = lexicon.load_lexicon("ar").cues.get(key, [])
    assert ("ar.agrees.views", "x") in {(f.cue.id, f.tag) for f in forms}


@pytest.mark.parametrize("word", [
    "تدينين",  # 2nd person: the rules would give it to the speaker
    "ادينوا",  # imperative of أدان (and its passive plural)
    "اشد",     # jussive and imperative of أشاد: «بأشد العبارات»
    "ادينت",   # passive: its subject is the target, not the holder
    "يدان",    # passive, and «فيدان» once ف is stripped
])
def test_forms_kept_out_of_the_cue_table(word: str) -> None:
    assert lexicon.load_lexicon("ar").cues.get((word,)) is None


def test_a_verb_missing_from_the_generated_forms_is_a_one_line_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _copy_lexicon(tmp_path, monkeypatch)
    cues = folder / "ar" / "cues.jsonl"
    n = len(cues.read_text(encoding="utf-8").splitlines()) + 1
    with cues.open("a", encoding="utf-8") as f:
        f.write('{"id": "ar.x", "label": "condemns", "frame": "object", '
                '"verbs": [["استصوب", "يستصوب"]]}\n')
    try:
        with pytest.raises(StancegraphError) as err:
            lexicon.load_lexicon("ar")
        msg = str(err.value)
        assert "\n" not in msg
        assert str(folder / "ar" / "verb_forms.jsonl") in msg
        assert '["استصوب", "يستصوب"]' in msg and f"cues.jsonl line {n}" in msg
        assert "python tools/build_forms.py" in msg
    finally:
        lexicon.load_lexicon.cache_clear()


def test_an_english_noun_missing_from_the_generated_forms_is_an_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _copy_lexicon(tmp_path, monkeypatch)
    with (folder / "en" / "cues.jsonl").open("a", encoding="utf-8") as f:
        f.write('{"id": "en.x", "label": "condemns", "frame": "object", '
                '"nouns": ["rebuke"]}\n')
    try:
        with pytest.raises(StancegraphError, match=r'"rebuke" of cues.jsonl line \d+'):
            lexicon.load_lexicon("en")
    finally:
        lexicon.load_lexicon.cache_clear()


def test_a_bad_generated_line_names_the_file_and_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _copy_lexicon(tmp_path, monkeypatch)
    path = folder / "en" / "verb_forms.jsonl"
    n = len(path.read_text(encoding="utf-8").splitlines()) + 1
    with path.open("a", encoding="utf-8") as f:
        f.write('{"verb": "x", "forms": {"VBX": ["xed"]}}\n')
    try:
        with pytest.raises(StancegraphError, match=rf"verb_forms.jsonl: line {n}: unknown tag"):
            lexicon.load_lexicon("en")
    finally:
        lexicon.load_lexicon.cache_clear()


def test_loading_the_lexicons_never_imports_the_build_libraries() -> None:
    code = ("import sys; from extract.lexicon import load_lexicon; load_lexicon('ar'); "
            "load_lexicon('en'); print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('libqutrub', 'arramooz', 'lemminflect', 'pyarabic')))")
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_a_cue_target_that_is_no_actor_is_reported(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A cue's fixed target («the one-China principle» -> CHN) is checked at start-up against
    the gazetteer: an unknown id is one error naming the cue file."""
    from extract.nlp import resources
    from extract.sentence import RuleBase

    folder = _copy_lexicon(tmp_path, monkeypatch)
    cues = folder / "en" / "cues.jsonl"
    rows = [json.loads(line) for line in cues.read_text(encoding="utf-8").splitlines() if line]
    for row in rows:
        if row["id"] == "en.sovereignty.one_china":
            row["target"] = "ZZZ"
    cues.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                    encoding="utf-8")
    resources.cache_clear()
    try:
        with pytest.raises(StancegraphError) as err:
            RuleBase("en")
        assert "cue target" in str(err.value) and "'ZZZ'" in str(err.value)
        assert "cues.jsonl" in str(err.value)
    finally:
        lexicon.load_lexicon.cache_clear()
        resources.cache_clear()


def test_act_nominals_take_every_form_of_their_verb() -> None:
    """«veto» in act_nominals.jsonl brings «vetoed», «vetoes» (lemminflect at build time),
    each naming the noun of its act."""
    nominals = lexicon.load_lexicon("en").act_nominals
    assert nominals["vetoed"] == nominals["vetoes"] == ("veto",)
    assert nominals["adopted"] == ("adoption",)
    assert "vetoed" not in lexicon.load_lexicon("ar").act_nominals


@pytest.mark.parametrize(("line", "message"), [
    ('{"verb": "adopt"}', "expected the keys"),
    ('{"verb": "adopt", "nouns": []}', "a list of strings"),
    ('{"verb": "skedaddle", "nouns": ["skedaddling"]}', "no generated forms for 'skedaddle'"),
    ('{"verb": ', "malformed JSON"),
])
def test_a_bad_act_nominals_line_names_the_file_and_line(
        line: str, message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _copy_lexicon(tmp_path, monkeypatch)
    path = folder / "en" / "act_nominals.jsonl"
    n = len(path.read_text(encoding="utf-8").splitlines()) + 1
    with path.open("a", encoding="utf-8") as f:
        f.write(line + "\n")
    lexicon._read_generated.cache_clear()
    try:
        with pytest.raises(StancegraphError) as err:
            lexicon.load_lexicon("en")
        assert str(path) in str(err.value) and f"line {n}" in str(err.value)
        assert message in str(err.value)
    finally:
        lexicon.load_lexicon.cache_clear()
        lexicon._read_generated.cache_clear()
