"""One small extraction for the store's tests: a brand, a platform and the brand's follower count
on it, in one sentence, with the document's text, id and source as each test needs them."""

from __future__ import annotations

from crossreach.models import Document, Entity, Evidence, Extraction, Mention, Metric

#: The sentence every such document opens with.
TEXT = "Burberry said its WeChat account had 2.6 million followers."


def followers_extraction(text: str = TEXT, doc_id: str = "sha256:1", source: str = "a.txt",
                         value: float = 2_600_000.0, published: str | None = None,
                         extra: Entity | None = None) -> Extraction:
    """Burberry's WeChat followers, read from the document's first sentence (``TEXT`` when ``text``
    begins with it, else the whole ``text``); ``extra`` is one more entity of the document."""
    sentence = TEXT if text.startswith(TEXT) else text
    doc = Document(doc_id=doc_id, source=source, text=text, lang="en", title="t", published=published)
    evidence = Evidence(start=40, end=51, sentence_start=0, sentence_end=len(sentence), sentence=sentence)
    return Extraction(
        document=doc,
        mentions=[Mention(0, 8, "Burberry", "Burberry", "organization", "brand"),
                  Mention(18, 24, "WeChat", "WeChat", "platform")],
        entities=[Entity("Burberry", "organization", "brand", ["Burberry"]),
                  Entity("WeChat", "platform", None, ["WeChat"]), *([extra] if extra else [])],
        facts=[Metric(subject="Burberry", kind="followers", value=value, platform="WeChat",
                      evidence=evidence, confidence=0.8)],
    )
