"""The kinds of official documents bulletins cite, as written and as abbreviated before a number."""

# Written forms (lower case, old spellings too) of each kind, mapped to the canonical kind.
KINDS = {
    "nghị quyết": "Nghị quyết",
    "chỉ thị": "Chỉ thị",
    "kết luận": "Kết luận",
    "quyết định": "Quyết định",
    "quy định": "Quy định",
    "qui định": "Quy định",
    "hướng dẫn": "Hướng dẫn",
    "kế hoạch": "Kế hoạch",
    "công văn": "Công văn",
    "thông báo": "Thông báo",
    "thông tư": "Thông tư",
    "nghị định": "Nghị định",
    "quy chế": "Quy chế",
    "qui chế": "Quy chế",
    "chương trình": "Chương trình",
    "báo cáo": "Báo cáo",
    "tờ trình": "Tờ trình",
    "luật": "Luật",
}
# Abbreviated kinds, upper case only and only before a number ("QĐ số 12/QĐ-UBND", "KH 45-KH/ĐU").
ABBREVIATIONS = {
    "QĐ": "Quyết định",
    "NQ": "Nghị quyết",
    "KH": "Kế hoạch",
    "HD": "Hướng dẫn",
    "CT": "Chỉ thị",
    "CV": "Công văn",
    "TB": "Thông báo",
    "KL": "Kết luận",
    "NĐ": "Nghị định",
}
