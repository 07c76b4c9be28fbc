"""Stage 5 — discourse conventions of a whole document (``sg_discourse``).

Runs after the sentence rules, over their records, sentences and context: the conventions of
ONTOLOGY.md that need more than one sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class DiscourseComponent:
    """``sg_discourse``: document-level conventions applied to the sentence records."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("sg_discourse", default_config={"lang": "ar"})
def make_discourse(nlp: Language, name: str, lang: str) -> DiscourseComponent:
    return DiscourseComponent(lang)
