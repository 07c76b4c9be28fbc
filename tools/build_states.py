"""Build ontology/gazetteer/states.jsonl from CLDR (via Babel), pycountry, countryinfo and the hand-curated overlay.

Usage:  .venv/bin/python tools/build_states.py [--check]

- Canonical English and Arabic names: CLDR territory names as shipped with Babel
  (``babel.Locale('en').territories`` / ``Locale('ar').territories``).
- ISO 3166-1 alpha-3 ids and extra aliases: pycountry (English ``name``/``official_name``/
  ``common_name``; Arabic from pycountry's iso3166-1 gettext catalogue, diacritics removed).
- English demonyms ("Chilean"): countryinfo (``CountryInfo(alpha3).demonym()``, a build-time
  package of the ``build`` extra), merged after the overlay's hand-curated ``adj_en``. A demonym
  is left out when it is ambiguous: the source gives it to two states ("Dominican",
  "Congolese"), it is already a phrase of another actor (name, alias, adjective, capital or
  seat), or it is the last word of another state's phrase ("Guinean" in "Equatorial Guinean",
  as "Korean" in "South Korean"), or the overlay's ``exclude_en`` names it. The plural noun
  ("Chileans") is added where English makes it with -s (see :func:`demonym_plural`).
- Everything else (spelling variants, hand-curated adjectives, capitals, seats of government,
  grammatical gender, Wikidata ids) comes from ``ontology/gazetteer/states_overlay.jsonl``.  An overlay ``en`` or
  ``ar`` replaces the CLDR name as canonical; the CLDR name is then kept as an alias.
- For states without curated Arabic adjectives, ``adj_ar`` is derived from the Arabic name by the
  regular nisba rule, but only for one-word names without the article ending in ـيا / ـا / ـستان,
  where the rule is reliable (رومانيا → روماني، كندا → كندي، طاجيكستان → طاجيكستاني).

With ``--check`` the script exits 1 when states.jsonl differs from what it would write, and
names each state and field that differs. The Babel, pycountry and countryinfo versions in the
``source`` fields tell a reader where the names came from; the check ignores them, so a new
release of one that leaves the names as they were does not make the committed file out of date.
"""

from __future__ import annotations

import argparse
import gettext
import json
import re
import sys
from pathlib import Path

import babel
import countryinfo
import pycountry
from babel import Locale
from countryinfo import CountryInfo, CountryNotFoundError

ROOT = Path(__file__).resolve().parent.parent
GAZETTEER = ROOT / "ontology" / "gazetteer"
OVERLAY = GAZETTEER / "states_overlay.jsonl"
OUTPUT = GAZETTEER / "states.jsonl"
ORGANISATIONS = GAZETTEER / "organisations.jsonl"

# The 193 member states of the United Nations (ISO 3166-1 alpha-3).
UN_MEMBERS = [
    "AFG", "ALB", "DZA", "AND", "AGO", "ATG", "ARG", "ARM", "AUS", "AUT", "AZE", "BHS", "BHR",
    "BGD", "BRB", "BLR", "BEL", "BLZ", "BEN", "BTN", "BOL", "BIH", "BWA", "BRA", "BRN", "BGR",
    "BFA", "BDI", "CPV", "KHM", "CMR", "CAN", "CAF", "TCD", "CHL", "CHN", "COL", "COM", "COG",
    "COD", "CRI", "CIV", "HRV", "CUB", "CYP", "CZE", "DNK", "DJI", "DMA", "DOM", "ECU", "EGY",
    "SLV", "GNQ", "ERI", "EST", "SWZ", "ETH", "FJI", "FIN", "FRA", "GAB", "GMB", "GEO", "DEU",
    "GHA", "GRC", "GRD", "GTM", "GIN", "GNB", "GUY", "HTI", "HND", "HUN", "ISL", "IND", "IDN",
    "IRN", "IRQ", "IRL", "ISR", "ITA", "JAM", "JPN", "JOR", "KAZ", "KEN", "KIR", "KWT", "KGZ",
    "LAO", "LVA", "LBN", "LSO", "LBR", "LBY", "LIE", "LTU", "LUX", "MDG", "MWI", "MYS", "MDV",
    "MLI", "MLT", "MHL", "MRT", "MUS", "MEX", "FSM", "MDA", "MCO", "MNG", "MNE", "MAR", "MOZ",
    "MMR", "NAM", "NRU", "NPL", "NLD", "NZL", "NIC", "NER", "NGA", "PRK", "MKD", "NOR", "OMN",
    "PAK", "PLW", "PAN", "PNG", "PRY", "PER", "PHL", "POL", "PRT", "QAT", "KOR", "ROU", "RUS",
    "RWA", "KNA", "LCA", "VCT", "WSM", "SMR", "STP", "SAU", "SEN", "SRB", "SYC", "SLE", "SGP",
    "SVK", "SVN", "SLB", "SOM", "ZAF", "SSD", "ESP", "LKA", "SDN", "SUR", "SWE", "CHE", "SYR",
    "TJK", "TZA", "THA", "TLS", "TGO", "TON", "TTO", "TUN", "TUR", "TKM", "TUV", "UGA", "UKR",
    "ARE", "GBR", "USA", "URY", "UZB", "VUT", "VEN", "VNM", "YEM", "ZMB", "ZWE",
]
# Non-member observer states of the General Assembly.
UN_OBSERVERS = ["PSE", "VAT"]
# De-facto states commonly named in the news (not UN members, not in every ISO list).
DE_FACTO = ["TWN", "XKX"]
# Codes pycountry does not know: alpha-3 -> CLDR territory code.
EXTRA_ALPHA2 = {"XKX": "XK"}

OVERLAY_FIELDS = {
    "id", "en", "ar", "aliases_en", "aliases_ar", "adj_en", "adj_ar", "capitals_en",
    "capitals_ar", "seats_en", "seats_ar", "gender_ar", "wikidata", "exclude_en", "exclude_ar",
}
LIST_FIELDS = ("aliases_en", "aliases_ar", "adj_en", "adj_ar",
               "capitals_en", "capitals_ar", "seats_en", "seats_ar")

_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")  # harakat, shadda, sukun, dagger alef, tatweel
_ARABIC_ONLY = re.compile(r"[\u0621-\u064a\s\-]+")


def _dedupe(items: list[str], drop: set[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        item = " ".join(item.split())
        if item and item not in seen and item not in drop:
            seen.add(item)
            out.append(item)
    return out


def english_variants(name: str) -> list[str]:
    """Spellings of a CLDR English name, best first ("Bosnia & Herzegovina" -> "Bosnia and ...")."""
    clean = name.replace("\u2019", "'")
    if clean.startswith("St. "):
        clean = "Saint " + clean[4:]
    out = [clean.replace(" & ", " and "), clean, name]
    if "(" in name:  # "Myanmar (Burma)" -> "Myanmar", "Burma"
        head, _, rest = name.partition("(")
        out += [head.strip(), rest.rstrip(")").strip()]
    return [v for v in out if " - " not in v and "(" not in v and "&" not in v]


def arabic_variants(name: str) -> list[str]:
    """Spellings of a CLDR Arabic name, best first ("ميانمار (بورما)" -> "ميانمار", "بورما")."""
    out = [name]
    if "(" in name:
        head, _, rest = name.partition("(")
        out += [head.strip(), rest.rstrip(")").strip()]
    return [v for v in out if " - " not in v and "(" not in v]


def pycountry_english(country: object) -> list[str]:
    names = []
    for attr in ("common_name", "name", "official_name"):
        value = getattr(country, attr, None)
        if value and "," not in value and "(" not in value:
            names.append(value.removeprefix("the "))
    return names


def pycountry_arabic(country: object, catalogue: gettext.NullTranslations) -> list[str]:
    names = []
    for attr in ("name", "official_name"):
        value = getattr(country, attr, None)
        if not value:
            continue
        translated = catalogue.gettext(value)
        if translated == value:
            continue
        translated = " ".join(_ARABIC_MARKS.sub("", translated).split())
        if _ARABIC_ONLY.fullmatch(translated) and "،" not in translated:
            names.append(translated)
    return names


def nisba_adjectives(name_ar: str) -> list[str]:
    """Regular relative adjectives of a one-word Arabic country name, or [] when unsure."""
    if " " in name_ar or name_ar.startswith("ال") or "-" in name_ar:
        return []
    if name_ar.endswith("ستان"):
        stem = name_ar + "ي"
    elif name_ar.endswith("يا"):
        stem = name_ar[:-1]
    elif name_ar.endswith("ا") and len(name_ar) > 3:
        stem = name_ar[:-1] + "ي"
    else:
        return []
    return [
        "ال" + stem, "ال" + stem + "ة", "ال" + stem + "ين", "ال" + stem + "ون",
        stem, stem + "ة", stem + "ين", stem + "ون",
    ]


def source_demonyms(alpha3: str) -> list[str]:
    """countryinfo's English demonym of a state, split where it names two peoples
    ("Antiguan,Barbudan", "Kittian and Nevisian"); [] when countryinfo has none."""
    try:
        raw = CountryInfo(alpha3).demonym() or ""
    except CountryNotFoundError:
        return []
    parts = re.split(r",|\s+(?:and|or)\s+", raw, flags=re.IGNORECASE)
    return [" ".join(p.split()) for p in parts if p.strip()]


# Endings of demonyms that do not take -s in the plural: -ese, -ois, -ish, -ch, -ss are
# invariant ("the Togolese", "the Seychellois"); -a, -o, -u, -y are Bantu, Malagasy or
# Pacific forms whose plural is another word (Motswana/Batswana, Mosotho/Basotho) or none;
# -men is already plural-shaped ("Turkmen"); hyphenated forms (I-Kiribati, Ni-Vanuatu) are
# invariant.
_NO_S_PLURAL = ("ese", "ois", "ish", "ch", "ss", "z", "a", "o", "u", "y", "men")


def demonym_plural(adjective: str) -> str | None:
    """The plural noun of a demonym ("Chilean" -> "Chileans"), or None when it is not -s."""
    if adjective.endswith(_NO_S_PLURAL) or "-" in adjective:
        return None
    return adjective + "s"


def _key(phrase: str) -> tuple[str, ...]:
    """A phrase as the matcher compares it: lower-cased words, a leading "the" dropped."""
    words = phrase.lower().replace("\u2019", "'").split()
    return tuple(words[1:] if len(words) > 1 and words[0] == "the" else words)


def _phrases(record: dict) -> list[str]:
    return [record["en"], *record.get("aliases_en", []), *record.get("adj_en", []),
            *record.get("capitals_en", []), *record.get("seats_en", [])]


def add_demonyms(records: list[dict], overlay: dict[str, dict]) -> dict[str, list[str]]:
    """Merge countryinfo's demonyms (and their plurals) into each record's ``adj_en`` after the
    hand-curated ones, leaving out the ambiguous ones (see the module docstring). Returns
    the demonyms kept per state id."""
    found = {r["id"]: source_demonyms(r["id"]) for r in records}
    givers: dict[tuple[str, ...], set[str]] = {}
    for alpha3, forms in found.items():
        for form in forms:
            givers.setdefault(_key(form), set()).add(alpha3)
    # every phrase of every actor, and the tails of the multi-word ones, by actor
    owners: dict[tuple[str, ...], set[str]] = {}
    tails: dict[tuple[str, ...], set[str]] = {}
    actors = [(r["id"], _phrases(r) + found[r["id"]]) for r in records]
    for line in ORGANISATIONS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            org = json.loads(line)
            actors.append((org["id"], _phrases(org)))
    for actor_id, phrases in actors:
        for phrase in phrases:
            key = _key(phrase)
            owners.setdefault(key, set()).add(actor_id)
            for start in range(1, len(key)):
                tails.setdefault(key[start:], set()).add(actor_id)
    kept: dict[str, list[str]] = {}
    for record in records:
        alpha3 = record["id"]
        exclude = {_key(x) for x in overlay.get(alpha3, {}).get("exclude_en", [])}
        own = {_key(p) for p in _phrases(record)}
        new: list[str] = []
        for form in found[alpha3]:
            key = _key(form)
            if (key in exclude or key in own or givers[key] != {alpha3}
                    or owners.get(key, set()) - {alpha3} or tails.get(key, set()) - {alpha3}):
                continue
            new.append(form)
        if new:
            kept[alpha3] = new
        plurals = [p for p in map(demonym_plural, new) if p and _key(p) not in exclude]
        record["adj_en"] = _dedupe(record["adj_en"] + new + plurals, set())
    return kept


def read_overlay(path: Path) -> dict[str, dict]:
    overlay: dict[str, dict] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            sys.exit(f"{path}:{number}: malformed JSON: {exc.msg}")
        unknown = set(obj) - OVERLAY_FIELDS
        if unknown or "id" not in obj:
            sys.exit(f"{path}:{number}: missing id or unknown fields {sorted(unknown)}")
        if obj["id"] in overlay:
            sys.exit(f"{path}:{number}: duplicate id {obj['id']}")
        overlay[obj["id"]] = obj
    return overlay


def build() -> list[dict]:
    en_names = Locale("en").territories
    ar_names = Locale("ar").territories
    catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    overlay = read_overlay(OVERLAY)
    ids = UN_MEMBERS + UN_OBSERVERS + DE_FACTO
    assert len(UN_MEMBERS) == 193 and len(set(ids)) == len(ids), "membership list is wrong"
    unknown = set(overlay) - set(ids)
    if unknown:
        sys.exit(f"{OVERLAY}: ids that are not states: {sorted(unknown)}")

    source_names = f"CLDR (Babel {babel.__version__}) names; pycountry {_pycountry_version()} aliases"
    records = []
    for alpha3 in sorted(ids):
        country = pycountry.countries.get(alpha_3=alpha3)
        alpha2 = country.alpha_2 if country else EXTRA_ALPHA2[alpha3]
        cldr_en, cldr_ar = en_names[alpha2], ar_names[alpha2]
        cur = overlay.get(alpha3, {})
        en = cur.get("en") or _first(english_variants(cldr_en), cldr_en)
        ar = cur.get("ar") or _first(arabic_variants(cldr_ar), cldr_ar)
        gen_en = english_variants(cldr_en) + (pycountry_english(country) if country else [])
        gen_ar = arabic_variants(cldr_ar) + (pycountry_arabic(country, catalogue) if country else [])
        drop_en = set(cur.get("exclude_en", [])) | {en}
        drop_ar = set(cur.get("exclude_ar", [])) | {ar}
        record: dict = {"id": alpha3, "kind": "state", "en": en, "ar": ar}
        # «the Democratic Republic of Congo», «Republic of Congo»: news drops the article
        # of «X of the Y» as often as it keeps it
        without_the = [n.replace(" of the ", " of ")
                       for n in [en, *gen_en, *cur.get("aliases_en", [])] if " of the " in n]
        record["aliases_en"] = _dedupe(gen_en + cur.get("aliases_en", []) + without_the,
                                       drop_en)
        record["aliases_ar"] = _dedupe(gen_ar + cur.get("aliases_ar", []), drop_ar)
        adj_source = "hand-curated"
        if "adj_ar" in cur:
            adj_ar = cur["adj_ar"]
        else:
            # the name and each one-word spelling variant («غيانا», «غويانا»): «الغويانية» is
            # as regular as «الغيانية»
            adj_ar = [a for name in (ar, *record["aliases_ar"]) for a in nisba_adjectives(name)]
            adj_source = "adj_ar by the nisba rule" if adj_ar else "no Arabic adjectives"
        record["adj_en"] = _dedupe(cur.get("adj_en", []), set())
        record["adj_ar"] = _dedupe(adj_ar, set())
        for field in ("capitals_en", "capitals_ar", "seats_en", "seats_ar"):
            record[field] = _dedupe(cur.get(field, []), set())
        record["gender_ar"] = cur.get("gender_ar", "f")
        record["wikidata"] = cur.get("wikidata")
        if cur:
            record["source"] = f"{source_names}; overlay ({adj_source} adjectives, capitals, seats)"
        else:
            record["source"] = f"{source_names}; {adj_source}"
        records.append(record)
    kept = add_demonyms(records, overlay)
    for record in records:
        if record["id"] in kept:
            record["source"] += f"; English demonyms from countryinfo {countryinfo.__version__}"
    return records


def _first(variants: list[str], name: str) -> str:
    if not variants:
        sys.exit(f"no usable form of the CLDR name {name!r}: give en/ar in the overlay")
    return variants[0]


def _pycountry_version() -> str:
    try:
        from importlib.metadata import version
        return version("pycountry")
    except ImportError:  # pragma: no cover - metadata missing
        return "?"


def render(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


_LIBRARY_VERSION = re.compile(r"\b(Babel|pycountry|countryinfo) \d[\w.+-]*")


def _comparable(field: str, value: object) -> object:
    """A field's value as the check compares it: ``source`` without its library versions."""
    if field == "source" and isinstance(value, str):
        return _LIBRARY_VERSION.sub(r"\1 <version>", value)
    return value


def _show(value: object, limit: int = 120) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def differences(committed_text: str, built: list[dict]) -> list[str]:
    """What differs between the committed states.jsonl and freshly built records, one line
    each ("RUS ar: old → new"), ignoring the library versions in ``source`` fields."""
    out: list[str] = []
    committed: dict[str, dict] = {}
    for number, line in enumerate(committed_text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            committed[record["id"]] = record
        except (json.JSONDecodeError, TypeError, KeyError):
            out.append(f"line {number}: not a state record")
    fresh = {r["id"]: r for r in built}
    out += [f"{i}: committed but no longer built" for i in sorted(committed.keys() - fresh.keys())]
    out += [f"{i}: built but not committed" for i in sorted(fresh.keys() - committed.keys())]
    for i in sorted(committed.keys() & fresh.keys()):
        old, new = committed[i], fresh[i]
        for field in list(new) + [f for f in old if f not in new]:
            before, after = _comparable(field, old.get(field)), _comparable(field, new.get(field))
            if before != after:
                out.append(f"{i} {field}: {_show(before)} → {_show(after)}")
    if not out and list(committed) != list(fresh):
        out.append("the states are in another order than the one the script writes")
    return out


def _versions(text: str) -> set[str]:
    """The library versions a states.jsonl text records ("Babel 2.18.0", "pycountry 26.2.16",
    "countryinfo 1.0.1")."""
    return {match.group(0) for match in _LIBRARY_VERSION.finditer(text)}


MAX_SHOWN = 40


def _relative(path: Path) -> Path:
    return path.relative_to(ROOT) if path.is_relative_to(ROOT) else path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if states.jsonl is out of date")
    args = parser.parse_args(argv)
    records = build()
    text = render(records)
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        problems = differences(current, records)
        if problems:
            print(f"{_relative(OUTPUT)} is out of date ({len(problems)} differences); "
                  "run tools/build_states.py and review the diff:", file=sys.stderr)
            for line in problems[:MAX_SHOWN]:
                print(f"  {line}", file=sys.stderr)
            if len(problems) > MAX_SHOWN:
                print(f"  … and {len(problems) - MAX_SHOWN} more", file=sys.stderr)
            return 1
        was, now = _versions(current), _versions(text)
        if was != now:
            print(f"{_relative(OUTPUT)} is up to date: the names are the same, only the library "
                  f"versions it records differ ({', '.join(sorted(was - now))} committed, "
                  f"{', '.join(sorted(now - was))} installed)")
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} states to {_relative(OUTPUT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
