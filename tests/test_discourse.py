"""The discourse stage and the document conventions of ONTOLOGY.md (rules 12, 14, 16, 23).

Every sentence here is written for these tests. Each case is a small article: a neutral
headline, then the body; the expected set is every edge (holder, type, target).
"""

from __future__ import annotations

import pytest

from extract.discourse import document_sides
from extract.pipeline import extract_text
from extract.sentence import Context

Edge = tuple[str, str, str]


def edges(body: str, lang: str) -> set[Edge]:
    text = ("نشرة\n\n" if lang == "ar" else "Bulletin\n\n") + body
    return {(s.holder, s.stance_type, s.target) for s in extract_text(text, lang=lang,
                                                                      date="2024-05-01")
            if s.is_edge and s.target}


CASES = [
    # a demand whose owner is named, turned down in the same sentence: the refuser was asked
    ("en", "Hamas refused Israel's demand that it hand over its weapons.",
     {("HAMAS", "rejects", "ISR"), ("ISR", "demands", "HAMAS")}),
    # a fronted participle speaks for the main clause's subject, and a call on two sides to
    # hold back names the sides that the concern in the same sentence is about (rule 12)
    ("en", ('Sounding the alarm that "the border is on fire", Kenya urged the African Union '
            "to call on Ethiopia and Eritrea to pull back their troops."),
     {("KEN", "demands", "AU"), ("KEN", "urges_restraint", "ETH"),
      ("KEN", "urges_restraint", "ERI"), ("KEN", "expresses_concern", "ETH"),
      ("KEN", "expresses_concern", "ERI")}),
    # a clause with a finite verb of its own is no fronted participle
    ("en", "Rising sea levels threaten low-lying Bangladesh, a UN report said.", set()),
    # rule 23: congratulating both parties of the agreement welcomes neither
    ("en", ("Armenia and Azerbaijan signed a peace agreement in Washington on Friday. Turkey "
            "congratulated Armenia and Azerbaijan on the signing."),
     {("ARM", "expresses_intent_to_cooperate", "AZE"),
      ("AZE", "expresses_intent_to_cooperate", "ARM")}),
    ("en", "Turkey congratulated Armenia on its election.", {("TUR", "welcomes", "ARM")}),
    # rule 12: «called for unimpeded access» asks something of nobody in particular, so the
    # sentence's call to «the parties» still goes to each side
    ("en", ("Israel accused Hamas of violating the truce, and Hamas accused Israel of blocking "
            "aid. Guterres urged the parties to respect the ceasefire and called for unimpeded "
            "humanitarian access."),
     {("ISR", "accuses", "HAMAS"), ("HAMAS", "accuses", "ISR"),
      ("UN", "urges_restraint", "ISR"), ("UN", "urges_restraint", "HAMAS"),
      ("UN", "demands", "ISR"), ("UN", "demands", "HAMAS")}),
    # rule 23: an agreement the article recalls («agreed last year», «in 2018») is background
    ("en", "Manila and Beijing agreed last year on a provisional arrangement for the shoal.",
     set()),
    ("en", "Manila and Beijing agreed on Monday on a provisional arrangement for the shoal.",
     {("PHL", "expresses_intent_to_cooperate", "CHN"),
      ("CHN", "expresses_intent_to_cooperate", "PHL")}),
    ("ar", "وكانت مصر والسودان قد وقعتا اتفاقا للتعاون العسكري في عام 2021.", set()),
    # «remained committed to the declaration» charges nobody
    ("en", "Ethiopia said it remained committed to the Ankara Declaration with Somalia.",
     set()),
    # rule 16: «mediators X, Y and Z» in apposition are each a mediator of the sides
    ("en", ("Israel and Hamas have agreed on the terms of a truce, mediators Qatar, Egypt and "
            "the United States said. Israel accused Hamas of violating the truce, and Hamas "
            "accused Israel of blocking aid."),
     {("QAT", "mediates", "ISR"), ("QAT", "mediates", "HAMAS"), ("EGY", "mediates", "ISR"),
      ("EGY", "mediates", "HAMAS"), ("USA", "mediates", "ISR"), ("USA", "mediates", "HAMAS"),
      ("ISR", "accuses", "HAMAS"), ("HAMAS", "accuses", "ISR")}),
    # rule 12: "the parties" is all parties, for a demand as for a call to calm; a talk
    # partner is no side, and an organisation's own condemnations make it no side either
    ("en", ("Israel threatened Hamas with new strikes, and Hamas accused Israel of violating the "
            "truce. Hamas again accused Israel of blocking aid. The UN Security Council "
            "condemned Hamas over the attack and condemned it again on Monday. The US envoy "
            "held talks with Qatar. Guterres called on the parties to implement the deal."),
     {("ISR", "threatens", "HAMAS"), ("HAMAS", "accuses", "ISR"), ("UNSC", "condemns", "HAMAS"),
      ("USA", "holds_talks", "QAT"), ("UN", "demands", "ISR"), ("UN", "demands", "HAMAS")}),
    # rule 16: «the efforts of X to facilitate talks between Y and Z»: X mediates
    ("en", ("France welcomes the efforts of the African Union to facilitate dialogue between "
            "Ethiopia and Eritrea."),
     {("FRA", "welcomes", "AU"), ("AU", "mediates", "ETH"), ("AU", "mediates", "ERI")}),
    # rule 9: an offer to bring about talks between two others is mediation, not a meeting
    ("en", "Qatar said it was ready to facilitate talks between Armenia and Azerbaijan.",
     {("QAT", "mediates", "ARM"), ("QAT", "mediates", "AZE")}),
    ("ar", "وأعربت قطر عن استعدادها لاستضافة محادثات بين أرمينيا وأذربيجان.",
     {("QAT", "mediates", "ARM"), ("QAT", "mediates", "AZE")}),
    ("en", "Armenia said it was ready to hold talks with Azerbaijan.",
     {("ARM", "expresses_intent_to_meet", "AZE")}),
    # rule 11: rejecting "that account" rejects whoever gave it
    ("en", ("Azerbaijan accused Armenia of shelling its positions. Yerevan rejected that "
            "account."),
     {("AZE", "accuses", "ARM"), ("ARM", "rejects", "AZE")}),
    # rule 12: the caller's own quarrel is not the conflict its call to «all parties» is about
    ("en", ("The Security Council demanded that Rwanda withdraw its troops from the east. The "
            "Security Council also accused Rwanda of backing the rebels. The DRC accused Rwanda "
            "of aggression, and Rwanda accused the DRC of arming militias. The Security Council "
            "urged all parties to exercise restraint."),
     {("UNSC", "demands_withdrawal", "RWA"), ("UNSC", "accuses", "RWA"),
      ("COD", "accuses", "RWA"), ("RWA", "accuses", "COD"),
      ("UNSC", "urges_restraint", "COD"), ("UNSC", "urges_restraint", "RWA")}),
    # rule 12: «all parties» is each side the article names, even when the pair is named
    # only in a later sentence of the same paragraph
    ("ar", ("دعت الجزائر جميع الأطراف إلى ضبط النفس. ويتواصل التصعيد بين إثيوبيا وإريتريا "
           "منذ أسابيع."),
     {("DZA", "urges_restraint", "ETH"), ("DZA", "urges_restraint", "ERI")}),
    # rule 12: the pair named most often is the dispute, not one named in passing
    ("ar", ("تتصاعد المواجهة بين الهند وباكستان. وقالت روسيا إن المواجهة بين الهند وباكستان "
           "تقلقها. وأشارت إلى الخلاف القديم بين مصر والسودان. وحثت موسكو كافة الأطراف على "
           "التهدئة."),
     {("RUS", "urges_restraint", "IND"), ("RUS", "urges_restraint", "PAK")}),
    # no named sides: a call about «the situation» has no addressee and gives no edge
    ("ar", "دعت الصين جميع الأطراف إلى ضبط النفس إزاء الوضع في المنطقة.", set()),
    # an addressee the gazetteer does not know is still an addressee: no sides
    ("ar", "تتواصل الاشتباكات بين أرمينيا وأذربيجان. ودعت فرنسا الأحزاب المحلية إلى التهدئة.",
     set()),
    # rule 14: a warning of the dangers between the two sides, addressed to neither
    ("ar", "وحذرت تونس من مخاطر التصعيد بين الجانبين الإيراني والإسرائيلي.",
     {("TUN", "expresses_concern", "IRN"), ("TUN", "expresses_concern", "ISR")}),
    # rule 23: an agreement signed by a coordinated subject binds both ways; its sponsor
    # mediates between them (rule 16)
    ("ar", "وقعت إثيوبيا وإريتريا اتفاقا لإنهاء النزاع الحدودي برعاية سعودية.",
     {("ETH", "expresses_intent_to_cooperate", "ERI"),
      ("ERI", "expresses_intent_to_cooperate", "ETH"),
      ("SAU", "mediates", "ETH"), ("SAU", "mediates", "ERI")}),
    # rule 23: «الاتفاق الذي تم التوصل إليه بين X وY»; welcoming it gives no edge to the
    # parties
    ("ar", "ورحب الأردن بالاتفاق الذي تم التوصل إليه أمس بين السودان وتشاد.",
     {("SDN", "expresses_intent_to_cooperate", "TCD"),
      ("TCD", "expresses_intent_to_cooperate", "SDN")}),
    # rule 23: a purpose («للتوصل إلى اتفاق») is no agreement reached
    ("ar", "تبذل الجهود للتوصل إلى اتفاق بين كمبوديا وتايلاند.", set()),
    # rule 23: welcoming an agreement welcomes the sponsor it names; the sponsor mediates
    # between the parties (rule 16)
    ("ar", "ورحب المغرب بالاتفاق الذي رعته قطر بين تشاد والنيجر.",
     {("MAR", "welcomes", "QAT"), ("QAT", "mediates", "TCD"), ("QAT", "mediates", "NER")}),
    # a mediation named by an adjective, parties as the subject of the main verb
    ("ar", "بوساطة عمانية، أطلقت إيران وبريطانيا سراح عدد من المحتجزين.",
     {("OMN", "mediates", "IRN"), ("OMN", "mediates", "GBR")}),
    # hosting talks between two parties is mediation (rules 9, 16)
    ("ar", "استضافت تركيا محادثات بين روسيا وأوكرانيا في إسطنبول.",
     {("TUR", "mediates", "RUS"), ("TUR", "mediates", "UKR")}),
    # rule 12: "X's attack on Y" names the sides for a call to all parties …
    ("ar", "دعت اليابان جميع الأطراف إلى ضبط النفس عقب الهجوم الروسي على أوكرانيا.",
     {("JPN", "urges_restraint", "RUS"), ("JPN", "urges_restraint", "UKR")}),
    # … but a call with no addressee about a region after such an attack gives no edge
    ("ar", "وأعربت اليابان عن قلقها إزاء التوتر في المنطقة عقب الهجوم الروسي على أوكرانيا.",
     set()),
    # rule 20: a call to stop military action is urges_restraint, with its family of objects
    ("ar", "وطالبت كندا إسرائيل بالوقف الفوري لعملياتها العسكرية في غزة.",
     {("CAN", "urges_restraint", "ISR")}),
    # the subject of the clause that says what must be done is the addressee
    ("ar", "وشدد الاتحاد الأوروبي على ضرورة أن تنسحب روسيا من أوكرانيا.",
     {("EU", "demands_withdrawal", "RUS")}),
    # rule 12 in English: "the X-Y border" names the sides; rule 20: "an end to the fighting"
    # rule 20: asking the addressee to compel a third party is a demand toward the addressee,
    # and what the third party must do is asked of it; «للأمم المتحدة» names the UN
    ("ar", "وطالبت مصر الأمين العام للأمم المتحدة ومجلس الأمن بإلزام إسرائيل بسحب قواتها.",
     {("EGY", "demands", "UN"), ("EGY", "demands", "UNSC"),
      ("EGY", "demands_withdrawal", "ISR")}),
    # rule 16: a mediation with no parties goes to the parties of the dispute the article
    # reports, even when they are known only from its conflictual stances
    ("ar", ("اتهمت السعودية قطر بدعم الإرهاب. وأدانت السعودية سياسات قطر في المنطقة. "
            "وتواصل الكويت وساطتها لحل الأزمة."),
     {("SAU", "accuses", "QAT"), ("SAU", "condemns", "QAT"), ("KWT", "mediates", "QAT"),
      ("KWT", "mediates", "SAU")}),
    ("en", ("Clashes erupted on the Kyrgyzstan-Tajikistan border on Monday. The European "
            "Union called for an end to the fighting."),
     {("EU", "urges_restraint", "KGZ"), ("EU", "urges_restraint", "TJK")}),
    # those thanked (welcomes, rule 22) for hosting rounds of talks mediate between the
    # parties, never the parties themselves (rules 9, 16)
    ("en", ("Kenya and Somalia thanked Djibouti and Qatar for hosting several rounds of "
            "talks."),
     {("DJI", "mediates", "KEN"), ("DJI", "mediates", "SOM"), ("QAT", "mediates", "KEN"),
      ("QAT", "mediates", "SOM"), ("KEN", "welcomes", "DJI"), ("KEN", "welcomes", "QAT"),
      ("SOM", "welcomes", "DJI"), ("SOM", "welcomes", "QAT")}),
    ("en", "Kenya and Somalia signed an agreement on Tuesday to reopen their border.",
     {("KEN", "expresses_intent_to_cooperate", "SOM"),
      ("SOM", "expresses_intent_to_cooperate", "KEN")}),
]


@pytest.mark.parametrize(("lang", "body", "expected"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_document_conventions(lang: str, body: str, expected: set[Edge]) -> None:
    assert edges(body, lang) == expected


def test_sides_are_the_pair_named_most_often() -> None:
    ctx = Context(named_pairs=[(0, ("EGY", "SDN")), (10, ("IND", "PAK")),
                               (20, ("PAK", "IND"))])
    assert set(document_sides(ctx, parties=False)) == {"IND", "PAK"}


def test_conflict_links_count_as_sides_only_for_calls_to_all_parties() -> None:
    ctx = Context(conflict={frozenset(("USA", "HOUTHIS")): 2})
    assert document_sides(ctx, parties=False) == ()
    assert set(document_sides(ctx, parties=True)) == {"USA", "HOUTHIS"}
