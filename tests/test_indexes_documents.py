"""bantin_indexes.documents: which citations are the same document, and their order."""

from datetime import datetime

from bantin_indexes.documents import DocumentsIndex, document_key, group_by_kind
from bantin_indexes.entries import Entry


def entry(ref, month, *documents):
    return Entry(ref, datetime(2024, month, 1), ref, None, None, {"documents": list(documents)})


def test_qualified_numbers_identify_a_document_bare_numbers_need_the_year():
    assert document_key("Công văn", "308-CV/TU", "2021-11-26") == document_key(
        "công văn", "308-cv/tu", None
    )
    assert document_key("Hướng dẫn", "01", "2023-01-19") != document_key(
        "Hướng dẫn", "01", "2024-01-05"
    )
    assert document_key("Kế hoạch", None, None) is None


def test_citations_gather_on_one_document_newest_first_grouped_by_kind():
    index = DocumentsIndex()
    decision = {"kind": "Quyết định", "number": "312-QĐ/ĐU", "date": "2023-12-12"}
    index.add(entry("old", 1, decision, {"kind": "Kế hoạch", "number": None, "date": None}))
    index.add(entry("new", 5, dict(decision, date=None)))
    index.add(entry("plan", 2, {"kind": "Kế hoạch", "number": "45-KH/ĐU", "date": None}))
    docs = index.result(lambda d: f"{d['kind']}-{d['number']}".lower())
    assert index.unidentified == 1
    assert [kind for kind, _ in group_by_kind(docs)] == ["Kế hoạch", "Quyết định"]
    decision_doc = docs[1]
    assert decision_doc.date == "2023-12-12"
    assert [c.article for c in decision_doc.citations] == ["new", "old"]


def test_each_document_gets_its_address_and_an_article_one_citation_for_all_it_cites():
    index = DocumentsIndex()
    plan = {"kind": "Kế hoạch", "number": "45-KH/ĐU", "date": None}
    decision = {"kind": "Quyết định", "number": "312-QĐ/ĐU", "date": "2023-12-12"}
    index.add(entry("both", 3, plan, decision))
    docs = index.result(lambda d: d["number"].lower(), lambda slug: f"van-ban/{slug}.html")
    assert [doc.url for doc in docs] == ["van-ban/45-kh/đu.html", "van-ban/312-qđ/đu.html"]
    assert docs[0].citations[0] is docs[1].citations[0]
