"""Vocabulary of figures: counted nouns, where a unit phrase stops, words that name or order."""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(text: str) -> tuple[str, ...]:
    return tuple(" ".join(part.split()) for part in text.split("|") if part.strip())


# Counted nouns whose category words form a closed set: the unit keeps only those.
CLOSED_HEADS = {
    "đảng viên": _phrases("chính thức | dự bị | trẻ | nữ | lão thành | cao tuổi | ưu tú"),
    "đồng chí": (),
    "chi bộ": _phrases(
        "khu dân cư | sinh viên | học sinh | cơ sở | thôn | ấp | khu phố | tổ dân phố | doanh nghiệp | quân sự | công an | nhà trường"
    ),
    "đảng bộ": _phrases("cơ sở | bộ phận | trực thuộc | xã | phường"),
    "quần chúng": _phrases("ưu tú"),
    "học sinh": _phrases("ưu tú | giỏi | nghèo | tiêu biểu | xuất sắc"),
    "sinh viên": _phrases("ưu tú | giỏi | nghèo | tiêu biểu | xuất sắc"),
    "đoàn viên": _phrases("ưu tú | thanh niên"),
    "hội viên": _phrases("phụ nữ | cựu chiến binh | nông dân"),
    "người": _phrases("dân | bệnh | lao động | cao tuổi | có công"),
    "đại biểu": (),
    "cán bộ": _phrases("công chức | chủ chốt | lão thành"),
    "giáo viên": (),
    "giảng viên": (),
    "học viên": (),
    "hộ": _phrases("nghèo | cận nghèo | gia đình | dân"),
    "xã": (),
    "phường": (),
    "thị trấn": (),
    "khoa": (),
    "tổ dân phố": (),
    "đồng": (),
    "gia đình": _phrases("chính sách | có công"),
    "em": _phrases("học sinh | sinh viên | thiếu nhi | đoàn viên"),
    "cháu": _phrases("học sinh | thiếu nhi | mầm non"),
    "cá nhân": _phrases("xuất sắc | tiêu biểu"),
    "tập thể": _phrases("xuất sắc | tiêu biểu"),
    "đơn vị": (),
    "thành viên": (),
    "ủy viên": (),
    "m2": (),
    "m3": (),
    "km": (),
    "km2": (),
    "ha": (),
    "tấn": (),
    "kg": (),
    "lít": (),
    "uỷ viên": (),
    "chi ủy viên": (),
    "cấp ủy viên": (),
    "đảng ủy viên": (),
}
# Counted nouns that take the words after them until a stop word ("lượt người bệnh").
OPEN_HEADS = _phrases(
    """
    tổ chức cơ sở đảng | tổ chức đảng | tổ chức | mô hình | suất | phần quà | lượt | ca | thủ
    tục | đề án | chuyên đề | bài | tin | buổi | cuộc | đợt | công trình | phim | tác phẩm |
    giấy | hồ sơ | ý kiến | kiến nghị | vụ | con | cây | căn | ngôi | nhà | học
    bổng | huy hiệu | huân chương | bằng khen | giấy khen | chỉ tiêu | nhiệm vụ | nội dung | chủ
    đề | câu | đối tượng | tiêu chí | lớp | trường | thôn | ấp | khu | tổ | nhóm | đội | hội |
    đoàn | doanh nghiệp | cơ sở | sản phẩm | dự án | văn bản | điểm | phòng | gương |
    USD | triệu | nghìn | tỷ
    """
)
HEADS = {**CLOSED_HEADS, **dict.fromkeys(OPEN_HEADS)}
# First word of each head → the heads starting with it, longest first.
HEAD_WORDS: dict[str, list[list[str]]] = {}
for _head in HEADS:
    HEAD_WORDS.setdefault(_head.split()[0].lower(), []).append(_head.lower().split())
for _options in HEAD_WORDS.values():
    _options.sort(key=len, reverse=True)
# Every word of a known counted noun: never an acronym, whatever its case ("HAI ĐẢNG VIÊN").
HEAD_TOKENS = frozenset(word.lower() for head in HEADS for word in head.split())

# First words that make a number a time, duration, age or title, never a count.
NOT_COUNTS = _words(
    """
    cấp giai giây giờ h kỳ kỷ lăm lần mươi ngày nhiệm niên năm phút tháng thập thế trăm tuần
    tuổi tốt đoạn
    """
)
# Words that end a unit phrase: function words, common verbs, determiners.
STOP_WORDS = _words(
    """
    bầu bằng bị bởi chiếm cho chưa các còn có cùng cũng cần của do dưới giảm gần gồm hay hiện
    hoàn hoặc hơn khi khoảng không kia kèm ký là lên lại mà mỗi mới nay ngoài ngày nhiều như
    nhưng nhằm những nào này nên nói năm phải qua ra rất sau so sẽ tham theo thuộc tháng thì
    thực tiếp toàn trao trong trên trước trực tuyên tăng tại tất tặng tới từ và vào vì về với
    vừa xuống xếp đang đi đây đã đó đăng được đạt đến đề đều để đủ ước ấy ở
    """
)
# Words right before a number that make it a name, ordinal, code or date part ("chi bộ 20").
NAMING = _words(
    """
    biểu bài bàn bảng chương covid câu căn cổng cụm giờ hình hạng khoa khoá khoản khu khóa khóm
    khối kỳ luật lô lúc lần lộ lớp mã mẫu mục ngày nhà nhóm năm phiên phòng phường phần phố quý
    quận số tháng thôn thứ trang trường tuyến tầng tập tốp tổ vòng xe xóm điều đoạn đường đội
    đợt ảnh ấp
    """
)
NAMING_PAIRS = frozenset(
    tuple(pair.split("_"))
    for pair in _words(
        """
        báo_cáo chi_bộ chi_đoàn chương_trình chỉ_thị công_văn cơ_sở hướng_dẫn học_sinh kế_hoạch
        kết_luận liên_đội nghị_quyết nghị_định phụ_lục quy_chế quy_định quyết_định sinh_viên sư_đoàn
        thông_báo thông_tư tiểu_đoàn trung_đoàn trung_ương tờ_trình văn_kiện đơn_vị đại_đội đảng_bộ
        đề_án
        """
    )
)
# Before a spelled-out number: an ordinal ("thứ hai", "hạng Ba"), not a count.
ORDINAL_BEFORE = _words("hạng khoá khóa kỳ lần quý số thứ đợt")
# Before "năm": a count ("có năm đồng chí"), not the word for year ("Hàng năm").
COUNT_VERBS = _words("cho có của gồm là trao tặng và với được")

WORD_NUMBERS = {
    "một": 1,
    "mốt": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "lăm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "linh": 0,
    "lẻ": 0,
}
MULTIPLIERS = {
    "nghìn": 1_000,
    "ngàn": 1_000,
    "triệu": 1_000_000,
    "tỷ": 1_000_000_000,
    "tỉ": 1_000_000_000,
}


def word_value(tokens: list[str]) -> int:
    """The value of spelled-out number words ("hai mươi lăm" → 25)."""
    total, current = 0, 0
    for token in tokens:
        if token == "mươi":
            current = (current or 1) * 10
        elif token == "trăm":
            total += (current or 1) * 100
            current = 0
        elif token in ("nghìn", "ngàn"):
            total = (total + (current or 1)) * 1000
            current = 0
        else:
            current += WORD_NUMBERS[token]
    return total + current
