"""The actor gazetteer: one validated source of states, organisations and officials."""

import subprocess
import sys
from pathlib import Path

import pytest

from extract.errors import StancegraphError
from extract.gazetteer import DEFAULT_DIRECTORY, load_gazetteer
from tests.corpus import REPO

DESIGN_IDS = ["RUS", "TUR", "SYR", "USA", "IRN", "ISR", "PSE", "EGY", "SAU", "QAT", "ARE", "UKR", "CHN", "UN", "UNSC", "EU", "NATO", "ARL", "GCC", "OIC", "AU", "IAEA", "WEST", "SDF", "PKK", "HAMAS", "HEZBOLLAH", "HOUTHIS", "HTS", "ISIL"]


def test_every_un_member_and_the_design_ids_are_there() -> None:
    g = load_gazetteer()
    states = [a for a in g.actors.values() if a.kind == "state"]
    assert len(states) >= 193
    assert set(DESIGN_IDS) <= set(g.actors)
    assert all(a.en and a.ar for a in g.actors.values())


def test_officials_speak_for_the_actor_of_their_role_on_the_date() -> None:
    g = load_gazetteer()
    assert len(g.people) >= 150
    assert g.people["sergey-lavrov"].actor_on("2022-11-22") == "RUS"
    assert g.people["bashar-al-assad"].actor_on("2024-11-01") == "SYR"
    fidan = g.people["hakan-fidan"].role_on("2022-01-01")
    assert fidan is not None and "foreign minister" not in fidan.title_en.lower()


def test_arabic_adjective_forms_cover_plurals() -> None:
    tur = load_gazetteer().actors["TUR"]
    assert {"التركي", "التركية", "الأتراك"} <= set(tur.adj_ar)


def test_a_broken_line_names_the_file_and_line(tmp_path: Path) -> None:
    for f in DEFAULT_DIRECTORY.glob("*.jsonl"):
        (tmp_path / f.name).write_bytes(f.read_bytes())
    officials = tmp_path / "officials.jsonl"
    n = len(officials.read_text(encoding="utf-8").splitlines()) + 1
    with officials.open("a", encoding="utf-8") as out:
        out.write('{"id": "someone", "en": "X", "ar": "س", "gender": "x", "roles": []}\n')
    with pytest.raises(StancegraphError) as err:
        load_gazetteer(tmp_path)
    assert "officials.jsonl" in str(err.value) and f"line {n}" in str(err.value)


def test_state_names_are_in_sync_with_their_sources() -> None:
    proc = subprocess.run([sys.executable, "tools/build_states.py", "--check"], cwd=REPO,
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
