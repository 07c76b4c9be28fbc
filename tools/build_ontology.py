"""Build the vocabulary files of ontology/ from their single sources.

    ontology/stance_types.jsonl ──► ontology/stance.ttl    (OWL ontology + SKOS scheme of types)
                                   ontology/namespace.py  (rdflib DefinedNamespace for sg:)
    ontology/gazetteer/*.jsonl  ──► ontology/actors.ttl    (actors and officials)

Run ``python tools/build_ontology.py`` after changing any source and commit the outputs;
``--check`` exits 1 when a committed output is out of date (the test suite runs it).
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from rdflib import Literal

from extract.stance_types import StanceType, stance_types

STANCE_TTL = ROOT / "ontology" / "stance.ttl"
ACTORS_TTL = ROOT / "ontology" / "actors.ttl"
NAMESPACE_PY = ROOT / "ontology" / "namespace.py"

# The generator is the one place where the project's own base IRIs are written out;
# everything else in Python takes them from the generated ontology/namespace.py.
NS = "https://w3id.org/stancegraph/ns#"
ONTOLOGY = "https://w3id.org/stancegraph/ns"
ID = "https://w3id.org/stancegraph/id/"
GRAPHS = "https://w3id.org/stancegraph/graph/"
WIKIDATA = "http://www.wikidata.org/entity/"
LICENSE = "https://www.apache.org/licenses/LICENSE-2.0"
VERSION = "0.1.0"

PREFIXES = {
    "sg": NS,
    "actor": ID + "actor/",
    "person": ID + "person/",
    "role": ID + "role/",
    "doc": ID + "doc/",
    "stance": ID + "stance/",
    "dyad": ID + "dyad/",
    "edge": ID + "edge/",
    "tally": ID + "tally/",
    "wd": WIKIDATA,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dct": "http://purl.org/dc/terms/",
    "vann": "http://purl.org/vocab/vann/",
}

# --- term definitions: (local name, English label, Arabic label, English definition,
#     Arabic definition, extra Turtle predicate-object pairs) -----------------------------------

CLASSES: list[tuple[str, str, str, str, str, list[str]]] = [
    ("Stance", "stance", "موقف",
     ("A position that an actor takes as stated in one sentence of one document: who holds it, "
     "its type, the actor it is directed at, and the evidence."),
     ("موقف يتخذه فاعل كما ورد في جملة من وثيقة واحدة: صاحب الموقف ونوعه والفاعل الموجه إليه "
     "والدليل النصي."),
     ["rdfs:subClassOf prov:Entity"]),
    ("Document", "document", "وثيقة",
     ("A news article or other text from which stances were extracted; its triples form one "
     "named graph named by the document itself."),
     ("مقال إخباري أو نص آخر استُخرجت منه المواقف، وتشكل ثلاثياته رسمًا بيانيًا مسمى باسم "
     "الوثيقة نفسها."),
     ["rdfs:subClassOf prov:Entity"]),
    ("Actor", "actor", "فاعل",
     ("A state, organisation, bloc or group that can hold a stance or be its target; a person is "
     "never an actor in this sense."),
     ("دولة أو منظمة أو تكتل أو جماعة يمكن أن تتخذ موقفًا أو أن تكون هدفًا له، ولا يكون الشخص "
     "فاعلًا بهذا المعنى."),
     ["rdfs:subClassOf prov:Agent"]),
    ("State", "state", "دولة",
     "A sovereign state, identified by its ISO 3166-1 alpha-3 code.",
     "دولة ذات سيادة، تُعرَّف برمزها الثلاثي وفق المعيار ISO 3166-1.",
     ["rdfs:subClassOf sg:Actor"]),
    ("Organization", "organisation", "منظمة",
     ("An international or regional intergovernmental organisation or one of its organs, such as "
     "the United Nations, its Security Council, the European Union or the Arab League."),
     ("منظمة دولية أو إقليمية حكومية أو أحد أجهزتها، مثل الأمم المتحدة ومجلس الأمن والاتحاد "
     "الأوروبي وجامعة الدول العربية."),
     ["rdfs:subClassOf sg:Actor"]),
    ("Bloc", "bloc", "تكتل",
     "A loose grouping of states spoken of as one actor, such as the West.",
     "مجموعة غير رسمية من الدول يُتحدث عنها بوصفها فاعلًا واحدًا، مثل الغرب.",
     ["rdfs:subClassOf sg:Actor"]),
    ("Group", "group", "جماعة",
     "A non-state armed or political group, such as the SDF, Hamas or Hezbollah.",
     "جماعة مسلحة أو سياسية من غير الدول، مثل قسد وحماس وحزب الله.",
     ["rdfs:subClassOf sg:Actor"]),
    ("Person", "person", "شخص",
     ("An official or other individual who voices stances on behalf of an actor; a person is "
     "never the holder of a stance."),
     "مسؤول أو فرد آخر يعبّر عن المواقف باسم فاعل، ولا يكون الشخص صاحب موقف أبدًا.",
     ["rdfs:subClassOf prov:Person"]),
    ("Dyad", "dyad", "ثنائية",
     ("A directed pair of actors, holder → target, as in event data; every stance with a target "
     "points to its dyad, so the stances between two actors are found by one index lookup."),
     ("زوج مرتب من الفاعلين (صاحب الموقف ← الهدف) كما في بيانات الأحداث؛ يشير كل موقف له هدف "
     "إلى ثنائيته، فتُستخرج المواقف بين فاعلَين ببحث واحد في الفهرس."),
     []),
    ("Edge", "edge", "حافة",
     ("A direct stance edge, holder –type→ target, as a node: the reification "
     "(rdf:subject, rdf:predicate, rdf:object) of a triple such as actor:RUS sg:urgesRestraint "
     "actor:TUR. Every stance that is an edge points to it, so the edges stated in a period "
     "are counted from their stances by two index lookups each."),
     ("حافة موقف مباشرة (صاحب الموقف –نوعه← الهدف) بوصفها عقدة: تشييء ثلاثية مثل "
     "actor:RUS sg:urgesRestraint actor:TUR. يشير إليها كل موقف هو حافة، فتُعدّ حواف فترة ما "
     "من مواقفها ببحثين في الفهرس لكل موقف."),
     ["rdfs:subClassOf rdf:Statement"]),
    ("Tally", "tally", "حصيلة",
     ("The stances of one type stated in one month, as in monthly event counts: every stance "
     "that is neither negated nor hypothetical and has a date points to its tally, so counts "
     "by type and month are one pass over one property."),
     ("المواقف من نوع واحد المعلنة في شهر واحد، كما في العدّ الشهري للأحداث: يشير كل موقف غير "
     "منفي وغير افتراضي وله تاريخ إلى حصيلته، فيُحسب العدد حسب النوع والشهر بمرور واحد على خاصية "
     "واحدة."),
     []),
    ("Role", "role", "منصب",
     "An office that a person holds for an actor between two dates.",
     "منصب يشغله شخص لدى فاعل بين تاريخين.",
     []),
    ("StanceType", "stance type", "نوع الموقف",
     ("One of the closed set of stance types: a concept of the scheme sg:StanceTypes with its "
     "CAMEO code, Goldstein value, PLOVER category and polarity."),
     ("أحد أنواع المواقف المحددة سلفًا: مفهوم في مخطط أنواع المواقف له رمز CAMEO وقيمة "
     "غولدستين وفئة PLOVER وقطبية."),
     ["rdfs:subClassOf skos:Concept"]),
    ("StanceGroup", "stance group", "مجموعة مواقف",
     "A broader concept that groups related stance types, such as appeals or threats.",
     "مفهوم أعم يجمع أنواع مواقف متقاربة، مثل المناشدات أو التهديدات.",
     ["rdfs:subClassOf skos:Concept"]),
    ("Polarity", "polarity", "القطبية",
     ("Whether a stance type is cooperative, neutral or conflictual, following its Goldstein "
     "value."),
     "كون نوع الموقف تعاونيًا أو محايدًا أو صراعيًا، بحسب قيمة غولدستين.",
     ["rdfs:subClassOf skos:Concept"]),
]

OBJECT_PROPERTIES: list[tuple[str, str, str, str, str, list[str]]] = [
    ("holder", "holder", "صاحب الموقف",
     ("The actor whose stance it is: the state, organisation, bloc or group that the speaker "
     "speaks for on the date of the statement."),
     ("الفاعل الذي يعود إليه الموقف: الدولة أو المنظمة أو التكتل أو الجماعة التي يتحدث "
     "المتحدث باسمها في تاريخ التصريح."),
     ["rdfs:domain sg:Stance", "rdfs:range sg:Actor", "rdfs:subPropertyOf prov:wasAttributedTo"]),
    ("target", "target", "هدف الموقف",
     "The actor that the stance is directed at; absent when the stance is about a topic only.",
     "الفاعل الموجه إليه الموقف، ويغيب عندما يتعلق الموقف بموضوع فقط.",
     ["rdfs:domain sg:Stance", "rdfs:range sg:Actor"]),
    ("stanceType", "stance type", "نوع الموقف",
     "The type of the stance, a concept of the scheme sg:StanceTypes.",
     "نوع الموقف، وهو مفهوم من مخطط أنواع المواقف.",
     ["rdfs:domain sg:Stance", "rdfs:range sg:StanceType"]),
    ("speaker", "speaker", "المتحدث",
     "The person who voiced the stance, when the gazetteer knows them.",
     "الشخص الذي عبّر عن الموقف، متى كان معروفًا في المعجم الجغرافي للفاعلين.",
     ["rdfs:domain sg:Stance", "rdfs:range sg:Person"]),
    ("reportedBy", "reported by", "نقلًا عن",
     ("The actor that reported the stance when it is not the holder's own statement, as in "
     "'Lavrov said that Syria insists on the withdrawal'."),
     ("الفاعل الذي نقل الموقف حين لا يكون تصريحًا من صاحبه، كقول لافروف إن سوريا تصر على "
     "الانسحاب."),
     ["rdfs:domain sg:Stance", "rdfs:range sg:Actor"]),
    ("stanceToward", "stance toward", "موقف تجاه",
     ("Direct edge from the holder to the target of a stance that is neither negated nor "
     "hypothetical; each of its sub-properties names one stance type."),
     ("حافة مباشرة من صاحب الموقف إلى هدفه لموقف غير منفي وغير افتراضي، وتسمّي كل خاصية فرعية "
     "منها نوعًا واحدًا من المواقف."),
     ["rdfs:domain sg:Actor", "rdfs:range sg:Actor"]),
    ("holdsRole", "holds role", "يشغل منصب",
     "Links a person to a role that they hold or held.",
     "يربط شخصًا بمنصب يشغله أو شغله.",
     ["rdfs:domain sg:Person", "rdfs:range sg:Role"]),
    ("forActor", "for actor", "لدى الفاعل",
     "The actor that a role is held for: the actor an official speaks for while in office.",
     "الفاعل الذي يُشغل المنصب لديه: الفاعل الذي يتحدث المسؤول باسمه خلال توليه المنصب.",
     ["rdfs:domain sg:Role", "rdfs:range sg:Actor"]),
    ("dyad", "dyad", "الثنائية",
     "The dyad (holder → target) of a stance that has a target.",
     "ثنائية الموقف (صاحبه ← هدفه) للموقف الذي له هدف.",
     ["rdfs:domain sg:Stance", "rdfs:range sg:Dyad"]),
    ("edge", "edge", "الحافة",
     ("The direct edge (holder –type→ target) that a stance asserts; only stances that are "
     "edges (a holder and a target, neither negated nor hypothetical) have one."),
     ("الحافة المباشرة (صاحب الموقف –نوعه← الهدف) التي يثبتها الموقف؛ لا تكون إلا للمواقف "
     "التي هي حواف (لها صاحب وهدف، وليست منفية ولا افتراضية)."),
     ["rdfs:domain sg:Stance", "rdfs:range sg:Edge"]),
    ("tally", "tally", "الحصيلة",
     ("The tally (type, month) that a stance counts in; only stances that are neither negated "
     "nor hypothetical and have a date have one."),
     "الحصيلة (النوع، الشهر) التي يُعدّ فيها الموقف؛ لا تكون إلا للمواقف غير المنفية وغير الافتراضية التي لها تاريخ.",
     ["rdfs:domain sg:Stance", "rdfs:range sg:Tally"]),
    ("tallyType", "tally type", "نوع الحصيلة",
     "The stance type whose stances a tally counts.",
     "نوع المواقف التي تعدّها الحصيلة.",
     ["rdfs:domain sg:Tally", "rdfs:range sg:StanceType"]),
    ("dyadHolder", "dyad holder", "صاحب الثنائية",
     "The first actor of a dyad: the holder of its stances.",
     "الفاعل الأول في الثنائية: صاحب مواقفها.",
     ["rdfs:domain sg:Dyad", "rdfs:range sg:Actor"]),
    ("dyadTarget", "dyad target", "هدف الثنائية",
     "The second actor of a dyad: the target of its stances.",
     "الفاعل الثاني في الثنائية: هدف مواقفها.",
     ["rdfs:domain sg:Dyad", "rdfs:range sg:Actor"]),
]

DATATYPE_PROPERTIES: list[tuple[str, str, str, str, str, list[str]]] = [
    ("topic", "topic", "الموضوع",
     ("What the stance is about, in the words of the source, such as 'withdrawal of Turkish "
     "forces'."),
     "ما يتعلق به الموقف بكلمات المصدر، مثل «انسحاب القوات التركية».",
     ["rdfs:domain sg:Stance", "rdfs:range rdf:langString"]),
    ("speakerName", "speaker name", "اسم المتحدث",
     "The name or title of the speaker as written in the source.",
     "اسم المتحدث أو صفته كما وردا في المصدر.",
     ["rdfs:domain sg:Stance"]),
    ("date", "date", "التاريخ",
     "Date of the statement: the document date unless the text dates the statement.",
     "تاريخ التصريح: تاريخ الوثيقة ما لم يحدد النص تاريخًا للتصريح.",
     ["rdfs:domain sg:Stance", "rdfs:range xsd:date"]),
    ("confidence", "confidence", "درجة الثقة",
     "Confidence of the rule that produced the stance, from 0 to 1.",
     "درجة ثقة القاعدة التي أنتجت الموقف، من 0 إلى 1.",
     ["rdfs:domain sg:Stance", "rdfs:range xsd:decimal"]),
    ("tallyMonth", "tally month", "شهر الحصيلة",
     "The month whose stances a tally counts.",
     "الشهر الذي تعدّ الحصيلة مواقفه.",
     ["rdfs:domain sg:Tally", "rdfs:range xsd:gYearMonth"]),
    ("evidence", "evidence", "الدليل النصي",
     "The sentence that states the stance, exactly as in the source, tagged with its language.",
     "الجملة التي تعبّر عن الموقف كما وردت في المصدر حرفيًا، موسومة بلغتها.",
     ["rdfs:domain sg:Stance", "rdfs:range rdf:langString"]),
    ("evidenceStart", "evidence start", "بداية الدليل",
     "Character offset in the document text where the evidence starts.",
     "موضع الحرف في نص الوثيقة الذي يبدأ عنده الدليل النصي.",
     ["rdfs:domain sg:Stance", "rdfs:range xsd:integer"]),
    ("evidenceEnd", "evidence end", "نهاية الدليل",
     "Character offset in the document text just after the end of the evidence.",
     "موضع الحرف في نص الوثيقة الذي يلي نهاية الدليل النصي مباشرة.",
     ["rdfs:domain sg:Stance", "rdfs:range xsd:integer"]),
    ("rule", "rule", "القاعدة",
     "Id of the extraction rule that fired, so that an analyst can ask why a stance exists.",
     "معرّف قاعدة الاستخراج التي طُبقت، ليتمكن المحلل من معرفة سبب وجود الموقف.",
     ["rdfs:domain sg:Stance", "rdfs:range xsd:string"]),
    ("negated", "negated", "منفي",
     "True when the text denies the stance; a negated stance has no direct edge.",
     "صحيح عندما ينفي النص الموقف، ولا تكون للموقف المنفي حافة مباشرة.",
     ["rdfs:domain sg:Stance", "rdfs:range xsd:boolean"]),
    ("hypothetical", "hypothetical", "افتراضي",
     "True when the stance is only hypothetical; a hypothetical stance has no direct edge.",
     "صحيح عندما يكون الموقف افتراضيًا فقط، ولا تكون للموقف الافتراضي حافة مباشرة.",
     ["rdfs:domain sg:Stance", "rdfs:range xsd:boolean"]),
    ("extractorVersion", "extractor version", "إصدار أداة الاستخراج",
     "Version of stancegraph that extracted the stances of a document.",
     "إصدار stancegraph الذي استخرج مواقف الوثيقة.",
     ["rdfs:domain sg:Document", "rdfs:range xsd:string"]),
    ("contentHash", "content hash", "بصمة المحتوى",
     ("SHA-256 of the stored triples of a document other than the time of extraction; "
     "re-ingesting a document with the same hash leaves the store unchanged."),
     ("بصمة SHA-256 للثلاثيات المخزنة لوثيقة ما عدا وقت الاستخراج؛ وإعادة إدخال وثيقة لها "
     "البصمة نفسها لا تغيّر المخزن."),
     ["rdfs:range xsd:string"]),
    ("sourceFile", "source file", "الملف المصدر",
     "Name of the file that the document was read from.",
     "اسم الملف الذي قُرئت منه الوثيقة.",
     ["rdfs:domain sg:Document", "rdfs:range xsd:string"]),
    ("startDate", "start date", "تاريخ البدء",
     "First day on which a role was held.",
     "أول يوم شُغل فيه المنصب.",
     ["rdfs:domain sg:Role", "rdfs:range xsd:date"]),
    ("endDate", "end date", "تاريخ الانتهاء",
     "Last day on which a role was held; absent while the role is held.",
     "آخر يوم شُغل فيه المنصب، ويغيب ما دام المنصب مشغولًا.",
     ["rdfs:domain sg:Role", "rdfs:range xsd:date"]),
    ("cameoCode", "CAMEO code", "رمز CAMEO",
     "Event code of the CAMEO codebook that the stance type corresponds to, as used by GDELT.",
     "رمز الحدث في دليل CAMEO الذي يقابل نوع الموقف، كما تستخدمه قاعدة GDELT.",
     ["rdfs:domain sg:StanceType", "rdfs:range xsd:string"]),
    ("goldstein", "Goldstein value", "قيمة غولدستين",
     ("Goldstein scale value of the CAMEO code, from -10 (most conflictual) to +10 (most "
     "cooperative)."),
     "قيمة مقياس غولدستين لرمز CAMEO، من ‎-10 (الأشد صراعًا) إلى ‎+10 (الأشد تعاونًا).",
     ["rdfs:domain sg:StanceType", "rdfs:range xsd:decimal"]),
    ("ploverCategory", "PLOVER category", "فئة PLOVER",
     ("Event category and mode of the PLOVER manual, as used by POLECAT; absent when PLOVER has "
     "no matching category."),
     ("فئة الحدث ونمطه في دليل PLOVER كما تستخدمهما قاعدة POLECAT، وتغيب حين لا توجد فئة "
     "مقابلة في PLOVER."),
     ["rdfs:domain sg:StanceType", "rdfs:range xsd:string"]),
    ("ploverScore", "PLOVER score", "درجة PLOVER",
     "Intensity score of the PLOVER category.",
     "درجة شدة فئة PLOVER.",
     ["rdfs:domain sg:StanceType", "rdfs:range xsd:decimal"]),
]

ANNOTATION_PROPERTIES: list[tuple[str, str, str, str, str, list[str]]] = [
    ("polarity", "polarity", "القطبية",
     ("Polarity of a stance type or of its direct property: sg:Cooperative, sg:Neutral or "
     "sg:Conflictual."),
     "قطبية نوع الموقف أو خاصيته المباشرة: تعاوني أو محايد أو صراعي.",
     []),
    ("directProperty", "direct property", "الخاصية المباشرة",
     "The sub-property of sg:stanceToward that asserts the stances of a type as direct edges.",
     "الخاصية الفرعية من «موقف تجاه» التي تعبّر عن مواقف نوع ما بوصفها حواف مباشرة.",
     []),
]

POLARITIES: dict[str, tuple[str, str, str, str, str]] = {
    "cooperative": ("Cooperative", "cooperative", "تعاوني",
                    "A stance type whose Goldstein value is at least +1.",
                    "نوع موقف لا تقل قيمة غولدستين له عن ‎+1."),
    "neutral": ("Neutral", "neutral", "محايد",
                "A stance type whose Goldstein value lies strictly between -1 and +1.",
                "نوع موقف تقع قيمة غولدستين له بين ‎-1 و‎+1 حصرًا."),
    "conflictual": ("Conflictual", "conflictual", "صراعي",
                    "A stance type whose Goldstein value is at most -1.",
                    "نوع موقف لا تزيد قيمة غولدستين له على ‎-1."),
}

GROUPS: dict[str, tuple[str, str, str]] = {
    "Appeal": ("مناشدة", "Calls on another actor to act: to show restraint or to talk.",
               "دعوة فاعل آخر إلى التصرف: إلى ضبط النفس أو إلى الحوار."),
    "Demand": ("مطالبة", "Demands made of another actor.", "مطالب موجهة إلى فاعل آخر."),
    "Commitment": ("التزام", ("Statements of the holder's own intent or commitment toward another "
                   "actor."), "تصريحات عن نية صاحب الموقف أو التزامه تجاه فاعل آخر."),
    "Endorsement": ("تأييد", "Support for, welcome of or agreement with another actor.",
                    "دعم فاعل آخر أو الترحيب به أو الاتفاق معه."),
    "Engagement": ("تواصل", "Talks held with another actor or mediated between actors.",
                   "محادثات تُجرى مع فاعل آخر أو وساطة تُبذل بين فاعلين."),
    "Disapproval": ("استنكار", ("Concern about, condemnation of, accusation against or rejection "
                    "of another actor."), "القلق من فاعل آخر أو إدانته أو اتهامه أو رفض ما فعله."),
    "Threat": ("تهديد", "Warnings and threats addressed to another actor.",
               "تحذيرات وتهديدات موجهة إلى فاعل آخر."),
}

TYPE_DEFINITIONS: dict[str, tuple[str, str]] = {
    "urges_restraint": (
        ("The holder calls on the target to show restraint, calm or de-escalation, or to stop or "
        "limit military action (a ceasefire, an end to strikes or to the war)."),
        ("يدعو صاحب الموقف الهدف إلى ضبط النفس أو التهدئة أو عدم التصعيد، أو إلى وقف العمليات "
        "العسكرية أو الحد منها (وقف إطلاق النار، وقف الضربات أو الحرب).")),
    "demands_withdrawal": (
        "The holder demands or insists that the target withdraw its forces.",
        "يطالب صاحب الموقف الهدف بسحب قواته أو يصر على انسحابها."),
    "demands": (
        ("The holder demands that the target do something other than show restraint, talk or "
        "withdraw."),
        "يطالب صاحب الموقف الهدف بأمر غير ضبط النفس أو الحوار أو الانسحاب."),
    "calls_for_dialogue": (
        ("The holder calls on the target to hold talks, to negotiate or to seek a political or "
        "peaceful solution."),
        "يدعو صاحب الموقف الهدف إلى الحوار أو التفاوض أو البحث عن حل سياسي أو سلمي."),
    "expresses_intent_to_meet": (
        "The holder states that it is ready or willing to meet or to negotiate with the target.",
        "يعلن صاحب الموقف استعداده أو رغبته في لقاء الهدف أو التفاوض معه."),
    "expresses_intent_to_cooperate": (
        ("The holder pledges or affirms its commitment to cooperate with the target or to develop "
        "relations with it, including by an agreement reached or signed."),
        ("يتعهد صاحب الموقف أو يؤكد التزامه بالتعاون مع الهدف أو بتطوير العلاقات معه، ومن ذلك "
        "اتفاق يُبرم أو يُوقَّع.")),
    "affirms_sovereignty": (
        ("The holder affirms its respect for or support of the sovereignty, unity or territorial "
        "integrity of the target."),
        "يؤكد صاحب الموقف احترامه أو دعمه لسيادة الهدف أو وحدته أو سلامة أراضيه."),
    "expresses_support": (
        "The holder expresses support for or solidarity with the target.",
        "يعرب صاحب الموقف عن دعمه للهدف أو تضامنه معه أو وقوفه إلى جانبه."),
    "welcomes": (
        "The holder welcomes, praises or commends the target or an act of the target.",
        "يرحب صاحب الموقف بالهدف أو بفعل من أفعاله أو يشيد به أو يثمّنه."),
    "agrees_with": (
        "The holder agrees with the target or shares its view.",
        "يتفق صاحب الموقف مع الهدف أو يشاركه رأيه."),
    "mediates": (
        ("The holder mediates, brokers, hosts or offers to facilitate talks in which the target "
        "is one of the parties."),
        ("يتوسط صاحب الموقف في محادثات يكون الهدف أحد أطرافها، أو يرعاها أو يستضيفها أو يعرض "
        "تسهيلها.")),
    "holds_talks": (
        "The holder meets, phones, receives or holds talks with the target.",
        "يلتقي صاحب الموقف الهدف أو يتصل به أو يستقبله أو يجري محادثات معه."),
    "expresses_concern": (
        "The holder expresses concern or worry about the target or its conduct.",
        "يعرب صاحب الموقف عن قلقه إزاء الهدف أو سلوكه."),
    "condemns": (
        "The holder condemns, denounces or criticises the target or its conduct.",
        "يدين صاحب الموقف الهدف أو سلوكه أو يستنكره أو ينتقده."),
    "accuses": (
        "The holder attributes a specific wrongdoing, intent or responsibility to the target.",
        "ينسب صاحب الموقف إلى الهدف مخالفة أو نية أو مسؤولية محددة."),
    "rejects": (
        ("The holder refuses, opposes or dismisses what the target did, proposed, demanded, "
        "imposed or claimed."),
        "يرفض صاحب الموقف ما فعله الهدف أو اقترحه أو طالب به أو فرضه أو ادعاه، أو يعارضه."),
    "warns": (
        ("The holder warns the target, or threatens it with sanctions or other non-military "
        "steps."),
        "يحذر صاحب الموقف الهدف أو يهدده بعقوبات أو بخطوات غير عسكرية."),
    "threatens": (
        "The holder threatens the target with force or with retaliation by the holder itself.",
        "يهدد صاحب الموقف الهدف باستخدام القوة أو بالرد الانتقامي."),
}


def camel(type_id: str, upper: bool) -> str:
    """``urges_restraint`` → ``urgesRestraint`` (property) or ``UrgesRestraint`` (concept)."""
    words = type_id.split("_")
    head = words[0].capitalize() if upper else words[0]
    return head + "".join(w.capitalize() for w in words[1:])


def lit(text: str, lang: str | None = None, datatype: str | None = None) -> str:
    """A Turtle literal with proper escaping (quotes, backslashes, newlines)."""
    escaped = Literal(text).n3()  # a plain "…" string, escaped by rdflib
    if lang:
        return f"{escaped}@{lang}"
    if datatype:
        return f"{escaped}^^{datatype}"
    return escaped


def decimal(value: float) -> str:
    text = repr(float(value))
    return f'"{text}"^^xsd:decimal'


def block(subject: str, pairs: Sequence[tuple[str, str | Sequence[str]]]) -> str:
    """One Turtle subject block: ``subject p1 o1 ; p2 o2a , o2b .``"""
    lines = []
    for pred, objs in pairs:
        if isinstance(objs, str):
            objs = [objs]
        if not objs:
            continue
        joined = " ,\n        ".join(objs)
        lines.append(f"    {pred} {joined}")
    return f"{subject}\n" + " ;\n".join(lines) + " .\n"


def prefix_lines(names: Iterable[str]) -> str:
    return "".join(f"@prefix {n}: <{PREFIXES[n]}> .\n" for n in names)


def term_block(kind: str, local: str, en: str, ar: str, def_en: str, def_ar: str,
               extra: list[str]) -> str:
    pairs: list[tuple[str, str | Sequence[str]]] = [
        ("a", kind),
        ("rdfs:label", [lit(en, "en"), lit(ar, "ar")]),
        ("skos:definition", [lit(def_en, "en"), lit(def_ar, "ar")]),
        ("rdfs:isDefinedBy", f"<{ONTOLOGY}>"),
    ]
    for item in extra:
        pred, obj = item.split(" ", 1)
        pairs.append((pred, obj))
    return block(f"sg:{local}", pairs)


def render_stance_ttl() -> str:
    types = stance_types()
    missing = sorted(set(types) - set(TYPE_DEFINITIONS))
    if missing:
        raise SystemExit(f"build_ontology: no definition for stance type(s) {missing}: "
                         "add them to TYPE_DEFINITIONS")
    groups = list(dict.fromkeys(t.group for t in types.values()))
    unknown = [g for g in groups if g not in GROUPS]
    if unknown:
        raise SystemExit(f"build_ontology: no definition for group(s) {unknown}")

    out: list[str] = [
        ("# The stancegraph ontology: classes and properties of the stance graph, the SKOS scheme\n"
        "# of stance types with their CAMEO, Goldstein and PLOVER data, and one direct\n"
        "# sub-property of sg:stanceToward per type.\n"
        "# GENERATED by tools/build_ontology.py from ontology/stance_types.jsonl: do not edit.\n"),
        prefix_lines(["sg", "rdf", "rdfs", "owl", "xsd", "skos", "prov", "dct", "vann"]),
        "\n",
        block(f"<{ONTOLOGY}>", [
            ("a", "owl:Ontology"),
            ("dct:title", [lit("stancegraph ontology", "en"),
                           lit("أنطولوجيا مخطط المواقف stancegraph", "ar")]),
            ("dct:description", [
                lit("Vocabulary of the stancegraph knowledge graph of diplomatic stances: who "
                    "said what, to or about whom, when, and on what evidence.", "en"),
                lit("مفردات مخطط المعرفة stancegraph للمواقف الدبلوماسية: من قال ماذا، ولمن أو "
                    "عمّن، ومتى، وبأي دليل.", "ar")]),
            ("owl:versionInfo", lit(VERSION)),
            ("owl:versionIRI", f"<{ONTOLOGY}/{VERSION}>"),
            ("dct:license", f"<{LICENSE}>"),
            ("vann:preferredNamespacePrefix", lit("sg")),
            ("vann:preferredNamespaceUri", lit(NS, datatype="xsd:anyURI")),
        ]),
        "\n# --- classes ---------------------------------------------------------------------\n\n",
    ]
    for local, en, ar, def_en, def_ar, extra in CLASSES:
        out.append(term_block("owl:Class", local, en, ar, def_en, def_ar, extra) + "\n")
    out.append("# --- object properties -----------------------------------------------------------\n\n")
    for local, en, ar, def_en, def_ar, extra in OBJECT_PROPERTIES:
        out.append(term_block("owl:ObjectProperty", local, en, ar, def_en, def_ar, extra) + "\n")
    out.append("# --- datatype properties ---------------------------------------------------------\n\n")
    for local, en, ar, def_en, def_ar, extra in DATATYPE_PROPERTIES:
        out.append(term_block("owl:DatatypeProperty", local, en, ar, def_en, def_ar, extra) + "\n")
    out.append("# --- annotation properties -------------------------------------------------------\n\n")
    for local, en, ar, def_en, def_ar, extra in ANNOTATION_PROPERTIES:
        out.append(term_block("owl:AnnotationProperty", local, en, ar, def_en, def_ar, extra)
                   + "\n")

    out.append("# --- polarities ------------------------------------------------------------------\n\n")
    out.append(block("sg:Polarities", [
        ("a", "skos:ConceptScheme"),
        ("rdfs:label", [lit("polarities", "en"), lit("القطبيات", "ar")]),
        ("skos:definition", [lit("The three polarities of stance types.", "en"),
                             lit("القطبيات الثلاث لأنواع المواقف.", "ar")]),
        ("rdfs:isDefinedBy", f"<{ONTOLOGY}>"),
        ("skos:hasTopConcept", [f"sg:{p[0]}" for p in POLARITIES.values()]),
    ]) + "\n")
    for pid, (local, en, ar, def_en, def_ar) in POLARITIES.items():
        out.append(block(f"sg:{local}", [
            ("a", ["sg:Polarity", "owl:NamedIndividual"]),
            ("rdfs:label", [lit(en, "en"), lit(ar, "ar")]),
            ("skos:prefLabel", [lit(en, "en"), lit(ar, "ar")]),
            ("skos:definition", [lit(def_en, "en"), lit(def_ar, "ar")]),
            ("skos:notation", lit(pid)),
            ("skos:inScheme", "sg:Polarities"),
            ("skos:topConceptOf", "sg:Polarities"),
            ("rdfs:isDefinedBy", f"<{ONTOLOGY}>"),
        ]) + "\n")

    out.append("# --- the scheme of stance types and its groups ------------------------------------\n\n")
    out.append(block("sg:StanceTypes", [
        ("a", "skos:ConceptScheme"),
        ("rdfs:label", [lit("stance types", "en"), lit("أنواع المواقف", "ar")]),
        ("skos:definition", [
            lit("The closed set of stance types that the extractor emits, grouped by broader "
                "concepts.", "en"),
            lit("المجموعة المغلقة من أنواع المواقف التي تستخرجها الأداة، مصنفة في مفاهيم أعم.",
                "ar")]),
        ("rdfs:isDefinedBy", f"<{ONTOLOGY}>"),
        ("skos:hasTopConcept", [f"sg:{g}" for g in groups]),
    ]) + "\n")
    for g in groups:
        ar, def_en, def_ar = GROUPS[g]
        members = [f"sg:{camel(t.id, True)}" for t in types.values() if t.group == g]
        en = re.sub(r"(?<!^)(?=[A-Z])", " ", g).lower()
        out.append(block(f"sg:{g}", [
            ("a", ["sg:StanceGroup", "owl:NamedIndividual"]),
            ("rdfs:label", [lit(en, "en"), lit(ar, "ar")]),
            ("skos:prefLabel", [lit(en, "en"), lit(ar, "ar")]),
            ("skos:definition", [lit(def_en, "en"), lit(def_ar, "ar")]),
            ("skos:inScheme", "sg:StanceTypes"),
            ("skos:topConceptOf", "sg:StanceTypes"),
            ("skos:narrower", members),
            ("rdfs:isDefinedBy", f"<{ONTOLOGY}>"),
        ]) + "\n")

    out.append("# --- stance types: a concept and a direct property each ----------------------------\n\n")
    for t in types.values():
        out.append(_type_concept(t))
        out.append(_type_property(t))
    return "".join(out)


def _type_concept(t: StanceType) -> str:
    def_en, def_ar = TYPE_DEFINITIONS[t.id]
    pairs: list[tuple[str, str | Sequence[str]]] = [
        ("a", ["sg:StanceType", "owl:NamedIndividual"]),
        ("rdfs:label", [lit(t.en, "en"), lit(t.ar, "ar")]),
        ("skos:prefLabel", [lit(t.en, "en"), lit(t.ar, "ar")]),
        ("skos:definition", [lit(def_en, "en"), lit(def_ar, "ar")]),
        ("skos:notation", lit(t.id)),
        ("skos:inScheme", "sg:StanceTypes"),
        ("skos:broader", f"sg:{t.group}"),
        ("sg:cameoCode", lit(t.cameo)),
        ("sg:goldstein", decimal(t.goldstein)),
    ]
    if t.plover is not None:
        pairs.append(("sg:ploverCategory", lit(t.plover)))
    if t.plover_score is not None:
        pairs.append(("sg:ploverScore", decimal(t.plover_score)))
    pairs += [
        ("sg:polarity", f"sg:{POLARITIES[t.polarity][0]}"),
        ("sg:directProperty", f"sg:{camel(t.id, False)}"),
        ("rdfs:isDefinedBy", f"<{ONTOLOGY}>"),
    ]
    return block(f"sg:{camel(t.id, True)}", pairs) + "\n"


def _type_property(t: StanceType) -> str:
    return block(f"sg:{camel(t.id, False)}", [
        ("a", "owl:ObjectProperty"),
        ("rdfs:subPropertyOf", "sg:stanceToward"),
        ("rdfs:label", [lit(t.en, "en"), lit(t.ar, "ar")]),
        ("skos:definition", [
            lit(f"Direct edge from the holder to the target of a stance of type '{t.en}' "
                "that is neither negated nor hypothetical.", "en"),
            lit(f"حافة مباشرة من صاحب الموقف إلى هدفه لموقف من نوع «{t.ar}» غير منفي وغير "
                "افتراضي.", "ar")]),
        ("rdfs:domain", "sg:Actor"),
        ("rdfs:range", "sg:Actor"),
        ("sg:polarity", f"sg:{POLARITIES[t.polarity][0]}"),
        ("rdfs:isDefinedBy", f"<{ONTOLOGY}>"),
    ]) + "\n"


def defined_terms(stance_ttl: str) -> list[str]:
    """Local names of every sg: term that stance.ttl declares (each has its own block)."""
    return sorted(set(re.findall(r"^sg:([A-Za-z][A-Za-z0-9]*)\n", stance_ttl, re.MULTILINE)))


def render_namespace_py(stance_ttl: str) -> str:
    terms = defined_terms(stance_ttl)
    term_lines = "".join(f"    {t}: URIRef\n" for t in terms)
    prefix_items = "".join(f'    "{k}": "{v}",\n' for k, v in PREFIXES.items())
    return f'''"""The stancegraph vocabulary as rdflib namespaces: the only place with its IRIs in Python.

GENERATED by tools/build_ontology.py from ontology/stance.ttl: do not edit. ``SG`` raises on a
term that stance.ttl does not declare (``_fail = True``), so a misspelled term fails at once.
"""

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_VERSION = "{VERSION}"


class SG(DefinedNamespace):
    """Terms of the stancegraph ontology (prefix ``sg:``)."""

    _NS = Namespace("{NS}")
    _fail = True

{term_lines}

ONTOLOGY = URIRef("{ONTOLOGY}")
ID = Namespace("{ID}")
ACTOR = Namespace("{PREFIXES['actor']}")
PERSON = Namespace("{PREFIXES['person']}")
ROLE = Namespace("{PREFIXES['role']}")
DOC = Namespace("{PREFIXES['doc']}")
STANCE = Namespace("{PREFIXES['stance']}")
DYAD = Namespace("{PREFIXES['dyad']}")
EDGE = Namespace("{PREFIXES['edge']}")
TALLY = Namespace("{PREFIXES['tally']}")
WIKIDATA = Namespace("{WIKIDATA}")
LICENSE = URIRef("{LICENSE}")

# Named graphs of the store that are not documents.
GRAPHS = Namespace("{GRAPHS}")
ONTOLOGY_GRAPH = URIRef("{GRAPHS}ontology")
ACTORS_GRAPH = URIRef("{GRAPHS}actors")
DYADS_GRAPH = URIRef("{GRAPHS}dyads")
EDGES_GRAPH = URIRef("{GRAPHS}edges")
TALLIES_GRAPH = URIRef("{GRAPHS}tallies")

# Prefixes predeclared in every query and used when writing Turtle.
PREFIXES: dict[str, str] = {{
{prefix_items}}}
'''


def render_actors_ttl() -> str:
    """actors.ttl from the gazetteer, through the same mapping the store uses."""
    gazetteer_mod = importlib.import_module("extract.gazetteer")
    rdf = importlib.import_module("graph.rdf")
    gaz = gazetteer_mod.load_gazetteer()
    triples = rdf.gazetteer_triples(gaz)
    by_subject: dict[str, list[tuple[str, str]]] = {}
    for s, p, o in triples:
        by_subject.setdefault(qname(str(s)[1:-1]), []).append((qname(str(p)[1:-1]), term_n3(o)))
    out = [
        ("# Actors and officials of the stancegraph gazetteer: labels in English and Arabic,\n"
        "# aliases, Wikidata identities and the dated roles of officials.\n"
        "# GENERATED by tools/build_ontology.py from ontology/gazetteer/*.jsonl: do not edit.\n"),
        prefix_lines(["sg", "actor", "person", "role", "wd", "rdf", "rdfs", "owl", "xsd", "skos"]),
        "\n",
    ]
    for subject, pairs in by_subject.items():
        grouped: dict[str, list[str]] = {}
        for p, o in pairs:
            grouped.setdefault("a" if p == "rdf:type" else p, []).append(o)
        out.append(block(subject, list(grouped.items())) + "\n")
    return "".join(out)


def qname(iri: str) -> str:
    best = ""
    for name, base in PREFIXES.items():
        if iri.startswith(base) and len(base) > len(PREFIXES.get(best, "")):
            local = iri[len(base):]
            if re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_\-]*", local):
                best = name
    if best:
        return f"{best}:{iri[len(PREFIXES[best]):]}"
    return f"<{iri}>"


def term_n3(term: object) -> str:
    """A pyoxigraph term in Turtle, with prefixed names where possible."""
    text = str(term)
    if text.startswith("<"):
        return qname(text[1:-1])
    match = re.fullmatch(r'(".*")\^\^<([^>]*)>', text, re.DOTALL)
    if match:
        return f"{match.group(1)}^^{qname(match.group(2))}"
    return text


def outputs() -> dict[Path, str]:
    stance = render_stance_ttl()
    return {
        STANCE_TTL: stance,
        NAMESPACE_PY: render_namespace_py(stance),
        ACTORS_TTL: render_actors_ttl(),
    }


def stale(files: dict[Path, str]) -> list[tuple[Path, str]]:
    """(file, unified diff) for every output whose committed text differs from its source."""
    result = []
    for path, text in files.items():
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != text:
            diff = "".join(difflib.unified_diff(
                current.splitlines(keepends=True), text.splitlines(keepends=True),
                fromfile=f"{path.name} (committed)", tofile=f"{path.name} (from sources)", n=1))
            result.append((path, diff))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if a committed output differs from its sources")
    args = parser.parse_args(argv)
    if args.check:
        problems = stale(outputs())
        for path, diff in problems:
            print(f"{path.relative_to(ROOT)} is out of date: run python tools/build_ontology.py",
                  file=sys.stderr)
            print(diff[:4000], file=sys.stderr)
        return 1 if problems else 0
    # namespace.py first: graph.rdf (used for actors.ttl) imports it.
    stance = render_stance_ttl()
    for path, text in ((STANCE_TTL, stance), (NAMESPACE_PY, render_namespace_py(stance))):
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    ACTORS_TTL.write_text(render_actors_ttl(), encoding="utf-8")
    print(f"wrote {ACTORS_TTL.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
