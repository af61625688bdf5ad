"""Checks a facts dict against SCHEMA.md (keys, types, closed value sets, ISO dates)."""

from datetime import date

HONORIFICS = {None, "đồng chí", "ông", "bà", "em", "cô", "thầy"}
DEGREES = {
    None,
    "GS.TS.",
    "PGS.TS.",
    "TS.",
    "ThS.",
    "GS.",
    "PGS.",
    "BS.",
    "CN.",
    "KS.",
    "BSCKI.",
    "BSCKII.",
    "ThS.BS.",
    "TS.BS.",
}
DOCUMENT_KINDS = {
    "Công văn",
    "Hướng dẫn",
    "Nghị quyết",
    "Chỉ thị",
    "Quyết định",
    "Kế hoạch",
    "Quy định",
    "Thông báo",
    "Kết luận",
    "Thông tư",
    "Nghị định",
    "Quy chế",
    "Chương trình",
    "Báo cáo",
    "Tờ trình",
    "Luật",
}
TOP_KEYS = {"title", "published", "views", "event_dates", "people", "figures", "documents"}
OPTIONAL_TOP_KEYS = {"id", "source", "partial_dates"}


def _iso(value) -> bool:
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        return date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def _number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value == value


def _person_errors(person) -> list[str]:
    if not isinstance(person, dict) or not {"name", "honorific", "degree", "role"} <= set(person):
        return [f"bad person {person!r}"]
    errors = []
    if not isinstance(person["name"], str) or not person["name"].strip():
        errors.append(f"bad person name {person['name']!r}")
    if person["honorific"] not in HONORIFICS:
        errors.append(f"honorific {person['honorific']!r} outside the closed set")
    if person["degree"] not in DEGREES:
        errors.append(f"degree {person['degree']!r} outside the closed set")
    if person["role"] is not None and not (
        isinstance(person["role"], str) and person["role"].strip()
    ):
        errors.append(f"bad role {person['role']!r}")
    if "incidental" in person and person["incidental"] is not True:
        errors.append("incidental must be true when present")
    return errors


def _figure_errors(figure) -> list[str]:
    if not isinstance(figure, dict) or not {"value", "unit", "text"} <= set(figure):
        return [f"bad figure {figure!r}"]
    errors = []
    if not _number(figure["value"]):
        errors.append(f"figure value {figure['value']!r} is not a number")
    if not isinstance(figure["unit"], str) or not figure["unit"].strip():
        errors.append(f"figure unit empty in {figure!r}")
    if not isinstance(figure["text"], str) or not figure["text"].strip():
        errors.append(f"figure text empty in {figure!r}")
    for key in ("total", "value_max"):
        if key in figure and not _number(figure[key]):
            errors.append(f"figure {key} {figure[key]!r} is not a number")
    if "words" in figure and figure["words"] is not True:
        errors.append("words must be true when present")
    extra = set(figure) - {"value", "unit", "text", "total", "value_max", "words"}
    return errors + ([f"unknown figure keys {sorted(extra)}"] if extra else [])


def _document_errors(document) -> list[str]:
    if not isinstance(document, dict) or not {"kind", "number", "date"} <= set(document):
        return [f"bad document {document!r}"]
    errors = []
    if document["kind"] not in DOCUMENT_KINDS:
        errors.append(f"document kind {document['kind']!r} outside the closed set")
    if document["number"] is not None and not (
        isinstance(document["number"], str) and document["number"].strip()
    ):
        errors.append(f"bad document number {document['number']!r}")
    if document["date"] is not None and not _iso(document["date"]):
        errors.append(f"bad document date {document['date']!r}")
    if document["number"] is None and document["date"] is None:
        errors.append("a document needs a number or a date")
    return errors


def facts_errors(facts) -> list[str]:
    """What is wrong with a facts dict; an empty list when it follows the schema."""
    if not isinstance(facts, dict):
        return ["facts are not an object"]
    errors = []
    if missing := TOP_KEYS - set(facts):
        errors.append(f"missing keys {sorted(missing)}")
    if unknown := set(facts) - TOP_KEYS - OPTIONAL_TOP_KEYS:
        errors.append(f"unknown keys {sorted(unknown)}")
    if facts.get("title") is not None and not (
        isinstance(facts["title"], str) and facts["title"].strip()
    ):
        errors.append(f"bad title {facts['title']!r}")
    if facts.get("published") is not None and not _iso(facts["published"]):
        errors.append(f"bad published {facts['published']!r}")
    views = facts.get("views")
    if views is not None and not (
        isinstance(views, int) and not isinstance(views, bool) and views >= 0
    ):
        errors.append(f"bad views {views!r}")
    dates = facts.get("event_dates", [])
    if (
        not isinstance(dates, list)
        or not all(_iso(d) for d in dates)
        or len(set(dates)) != len(dates)
    ):
        errors.append(f"bad event_dates {dates!r}")
    for partial in facts.get("partial_dates", []):
        if (
            not isinstance(partial, dict)
            or set(partial) != {"text", "resolved"}
            or not isinstance(partial["text"], str)
            or not all(_iso(d) for d in partial["resolved"])
        ):
            errors.append(f"bad partial date {partial!r}")
    for person in facts.get("people", []):
        errors += _person_errors(person)
    for figure in facts.get("figures", []):
        errors += _figure_errors(figure)
    for document in facts.get("documents", []):
        errors += _document_errors(document)
    return errors
