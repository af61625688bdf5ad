"""The facts an article's sidebars will show, as lines an editor can read and correct."""

from datetime import date

from bantin_text import format_vi_number


def _vi_date(iso: str | None) -> str:
    try:
        return date.fromisoformat(iso).strftime("%d/%m/%Y") if iso else ""
    except ValueError:
        return iso


def person_line(person: dict) -> str:
    name = " ".join(
        p for p in (person.get("honorific"), person.get("degree"), person.get("name")) if p
    )
    role = person.get("role")
    return f"{name} – {role}" if role else name


def figure_line(figure: dict) -> str:
    if figure.get("text"):
        return figure["text"]
    value = figure.get("value")
    return f"{format_vi_number(value) if isinstance(value, int | float) else value} {figure.get('unit') or ''}".strip()


def document_line(document: dict) -> str:
    parts = [document.get("kind") or "Văn bản"]
    if document.get("number"):
        parts.append(f"số {document['number']}")
    if document.get("date"):
        parts.append(f"ngày {_vi_date(document['date'])}")
    return " ".join(parts)


def facts_sections(facts: dict) -> list[tuple[str, list[str], str]]:
    """[(heading, lines, the Facts_* fields that correct it)] in sidebar order."""
    attending = [p for p in facts.get("people", []) if not p.get("incidental")]
    return [
        (
            "Người tham dự",
            [person_line(p) for p in attending],
            "Facts_People_Add / Facts_People_Drop / Facts_Roles",
        ),
        (
            "Ngày diễn ra",
            [_vi_date(d) for d in facts.get("event_dates", [])],
            "Facts_Dates_Add / Facts_Dates_Drop",
        ),
        (
            "Số liệu",
            [figure_line(f) for f in facts.get("figures", [])],
            "Facts_Figures_Add / Facts_Figures_Drop",
        ),
        (
            "Văn bản",
            [document_line(d) for d in facts.get("documents", [])],
            "Facts_Documents_Add / Facts_Documents_Drop",
        ),
    ]
