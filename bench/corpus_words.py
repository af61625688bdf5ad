"""Invented vocabulary for the synthetic bulletin corpus: name parts, units, roles, sentences.

Every word list and sentence here is written for the benchmark; none is taken from real pages.
Sentence templates use str.format fields filled by bench/corpus.py.
"""


def words(text: str) -> list[str]:
    """A word list written as one "|"-separated string, so it stays compact."""
    return text.split("|")


SURNAMES = words(
    "Nguyễn|Trần|Lê|Phạm|Hoàng|Vũ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trịnh|Mai|Tạ|Lương|"
    "Kiều|Quách|Thái|Châu"
)
MIDDLE_MEN = words("Văn|Đức|Minh|Quang|Hữu|Xuân|Trọng|Thành|Bá|Công")
MIDDLE_WOMEN = words("Thị|Thu|Ngọc|Thanh|Kim|Diệu|Mỹ|Hải|Bích|Phương")
GIVEN_MEN = words(
    "Khánh|Quý|Tuấn|Dũng|Hưng|Sơn|Phúc|Lộc|Toàn|Nghĩa|Khôi|Đạt|Thắng|Long|Vượng|Hiển|"
    "Tùng|Kiên|Bảo|Thuận"
)
GIVEN_WOMEN = words(
    "Trang|Mai|Hằng|Lan|Hoa|Ngân|Thảo|Yến|Linh|Huyền|Dung|Nga|Oanh|Thư|Uyên|Vân|Nhung|"
    "Loan|Quyên|Diệp"
)

# Empty entries: many people are named without a degree.
DEGREES = [*words("GS.TS.|PGS.TS.|TS.|ThS.|ThS.|CN.|BS.|KS."), "", "", ""]
HONORIFICS_MEN = ["đồng chí", "đồng chí", "ông", "thầy"]
HONORIFICS_WOMEN = ["đồng chí", "đồng chí", "bà", "cô"]
# Each unit's own officers; "{unit}" becomes the unit: "Bí thư Chi bộ Khoa Ngữ văn".
UNIT_ROLES = [
    "Bí thư {unit}",
    "Phó Bí thư {unit}",
    "Chi ủy viên {unit}",
    "Trưởng khoa",
    "Chủ tịch Công đoàn bộ phận",
    "đảng viên {unit}",
]
# The đảng bộ's leaders, who attend meetings of many units.
LEADER_ROLES = [
    "Bí thư Đảng ủy",
    "Phó Bí thư Thường trực Đảng ủy",
    "Ủy viên Ban Thường vụ Đảng ủy",
    "Trưởng ban Tuyên giáo Đảng ủy",
    "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy",
    "Trưởng phòng Tổ chức cán bộ",
    "Bí thư Đoàn Thanh niên",
]

# Units are built from these parts: hundreds of chi bộ under a few đảng bộ bộ phận.
UNIT_KINDS = ["Khoa", "Phòng", "Trung tâm", "Viện", "Bộ môn"]
UNIT_FIELDS = words(
    "Toán - Tin|Ngữ văn|Lịch sử|Địa lý|Sinh học|Hóa học|Vật lý|Kinh tế|Luật|Ngoại ngữ|"
    "Công nghệ thông tin|Môi trường|Nông học|Thú y|Y tế công cộng|Điều dưỡng|Dược|"
    "Kế toán|Tài chính|Quản trị kinh doanh|Du lịch|Báo chí|Xã hội học|Tâm lý học|"
    "Giáo dục thể chất|Âm nhạc|Mỹ thuật|Kiến trúc|Xây dựng|Cơ khí|Điện - Điện tử|"
    "Thủy lợi|Lâm nghiệp|Thủy sản|Hành chính|Đào tạo|Khảo thí|Hợp tác quốc tế|Thư viện|"
    "Quản trị thiết bị"
)
TOP_UNIT = "Đảng bộ Trường Đại học Sông Lam"
PARENT_UNITS = [
    "Đảng bộ bộ phận Khối Đào tạo",
    "Đảng bộ bộ phận Khối Nghiên cứu",
    "Đảng bộ bộ phận Khối Hành chính",
    "Đảng bộ bộ phận Sinh viên",
]

CATEGORIES = words(
    "Sinh hoạt chuyên đề|Kết nạp đảng viên|Đại hội|Dân vận khéo|Tin tức|"
    "Học tập nghị quyết|Kiểm tra giám sát|Công tác chính trị tư tưởng|Đoàn thể|"
    "Sinh hoạt chi bộ định kỳ|Khen thưởng|Tập huấn"
)
TAGS = words(
    "phát triển đảng viên|sinh viên|giảng viên|nghị quyết|học tập và làm theo|"
    "chuyển đổi số|dân vận|an sinh xã hội|thi đua|khen thưởng|tổng kết năm|"
    "đại hội nhiệm kỳ|kiểm tra|giám sát|bồi dưỡng lý luận|tình nguyện|hiến máu|"
    "môi trường xanh|nghiên cứu khoa học|hợp tác quốc tế|công đoàn|đoàn thanh niên|"
    "cựu chiến binh|người cao tuổi|phòng chống tham nhũng|cải cách hành chính|"
    "sinh hoạt chuyên đề|kỷ niệm|truyền thống|tuyển sinh|tốt nghiệp|khởi nghiệp"
)
TOPICS = words(
    "nâng cao chất lượng sinh hoạt chi bộ|đổi mới phương pháp giảng dạy|"
    "xây dựng văn hóa học đường|phát huy vai trò nêu gương của đảng viên|"
    "chuyển đổi số trong quản lý đào tạo|tăng cường công tác dân vận|"
    "bảo vệ nền tảng tư tưởng của Đảng|nâng cao chất lượng nghiên cứu khoa học|"
    "đẩy mạnh phong trào thi đua yêu nước|xây dựng đội ngũ cán bộ trẻ|"
    "thực hành tiết kiệm, chống lãng phí|hỗ trợ sinh viên có hoàn cảnh khó khăn"
)
TITLE_FORMS = {
    "Sinh hoạt chuyên đề": "{unit} sinh hoạt chuyên đề về {topic}",
    "Kết nạp đảng viên": "{unit} kết nạp {count} đảng viên mới",
    "Đại hội": "Đại hội {unit} nhiệm kỳ {term}",
    "Dân vận khéo": "{unit} triển khai mô hình dân vận khéo: {topic}",
    "Tin tức": "{unit}: {topic}",
    "Học tập nghị quyết": "{unit} học tập, quán triệt nghị quyết về {topic}",
    "Kiểm tra giám sát": "{unit} kiểm tra, giám sát việc {topic}",
    "Công tác chính trị tư tưởng": "{unit} tọa đàm về {topic}",
    "Đoàn thể": "Các đoàn thể {unit} phối hợp {topic}",
    "Sinh hoạt chi bộ định kỳ": "{unit} sinh hoạt định kỳ tháng {month}/{year}",
    "Khen thưởng": "{unit} khen thưởng tập thể, cá nhân tiêu biểu năm {year}",
    "Tập huấn": "{unit} tập huấn nghiệp vụ về {topic}",
}

DOC_KINDS = [
    ("Nghị quyết", "NQ"),
    ("Kế hoạch", "KH"),
    ("Hướng dẫn", "HD"),
    ("Công văn", "CV"),
    ("Quyết định", "QĐ"),
    ("Chỉ thị", "CT"),
    ("Thông báo", "TB"),
    ("Báo cáo", "BC"),
]
DOC_ISSUERS = words("ĐU|BCH|BTV|TU|BTGTW|UBKT|ĐUK")
FIGURE_UNITS = words(
    "đảng viên|sinh viên|giảng viên|chi bộ|đoàn viên|lượt người|đề tài|suất quà|đơn vị máu|buổi"
)
PLACES = [
    "Hội trường A2",
    "phòng họp tầng 3 nhà B",
    "Hội trường lớn",
    "phòng họp trực tuyến",
    "Nhà văn hóa sinh viên",
    "phòng 205 nhà C1",
]

OPENINGS = [
    "Sáng ngày {date}, tại {place}, {unit} đã tổ chức {event}.",
    "Chiều ngày {date}, {unit} long trọng tổ chức {event} tại {place}.",
    "Ngày {date}, thực hiện {doc}, {unit} đã tổ chức {event}.",
]
ATTENDANCE = [
    "Tham dự có {person}.",
    "Về dự và chỉ đạo có {person}; cùng dự có {person2}.",
    "Chủ trì buổi làm việc là {person}, cùng với {person2}.",
    "Đến dự buổi lễ có {person} và {count} {fig_unit} của đơn vị.",
]
BODY = [
    "Phát biểu tại buổi {event_short}, {person} nhấn mạnh yêu cầu {topic} trong giai đoạn mới.",
    "Báo cáo cho biết trong năm qua, đơn vị đã có {count} {fig_unit} tham gia các hoạt động do {unit} phát động, đạt tỷ lệ {percent}% so với kế hoạch.",
    "Tổng kinh phí huy động được là {money} triệu đồng, toàn bộ được dùng để {topic}.",
    "Theo {doc}, các chi bộ cần hoàn thành việc rà soát trước ngày {date2}.",
    "Các đảng viên đã thảo luận sôi nổi, đề xuất nhiều giải pháp thiết thực nhằm {topic}.",
    "{person} đề nghị mỗi đảng viên xây dựng kế hoạch cá nhân, gắn với nhiệm vụ chuyên môn.",
    "Hội nghị thống nhất giao chỉ tiêu phấn đấu kết nạp {count} {fig_unit} trong năm học tới.",
    "Buổi sinh hoạt diễn ra trong không khí dân chủ, cởi mở và đoàn kết.",
    "Nhiều ý kiến cho rằng cần tiếp tục {topic}, đồng thời chú trọng công tác bồi dưỡng.",
    "Đến nay, {count} {fig_unit} đã hoàn thành chương trình, vượt {percent}% chỉ tiêu đề ra.",
    "Dịp này, {unit} đã trao {count} suất quà cho các trường hợp có hoàn cảnh khó khăn.",
    "Kết quả kiểm tra cho thấy {percent}% đảng viên thực hiện tốt quy định nêu gương.",
    "Đơn vị cũng đã tiếp nhận {money} triệu đồng từ các nhà hảo tâm trong và ngoài trường.",
    "Căn cứ {doc}, chi ủy đã phân công từng đồng chí phụ trách các nhóm việc cụ thể.",
    "Các ý kiến phát biểu đều thống nhất cao với dự thảo báo cáo do chi ủy chuẩn bị.",
    "Ngày {long_date}, {person} đã trực tiếp làm việc với chi ủy về kế hoạch năm.",
    "Trong đợt cao điểm, đơn vị đã vận động được {big} lượt người tham gia hiến máu tình nguyện.",
    "Chi bộ hiện có {count} đảng viên, trong đó {count2} đồng chí là đảng viên dự bị.",
    "Thay mặt chi ủy, {person} tiếp thu các ý kiến và hứa sẽ chỉ đạo khắc phục trong quý tới.",
    "Năm học vừa qua, {percent}% sinh viên của khoa đạt kết quả rèn luyện từ khá trở lên.",
    "Hội nghị đã biểu quyết thông qua nghị quyết với {percent}% ý kiến tán thành.",
    "Các đồng chí đảng viên trẻ được giao phụ trách {count} câu lạc bộ học thuật của sinh viên.",
    "Đợt kiểm tra kết thúc ngày {date2}, kết luận được gửi tới từng đảng viên.",
    "Chương trình có sự phối hợp của Công đoàn, Đoàn Thanh niên và Hội Cựu chiến binh Trường.",
    "Mỗi đảng viên đăng ký ít nhất một việc làm cụ thể để {topic}.",
]
CLOSINGS = [
    "Buổi {event_short} kết thúc tốt đẹp lúc {hour} giờ cùng ngày.",
    "Kết thúc chương trình, {person} ghi nhận và biểu dương tinh thần trách nhiệm của các đảng viên.",
    "Hội nghị bế mạc trong không khí phấn khởi, tin tưởng.",
]
EVENTS = {
    "Đại hội": ("đại hội nhiệm kỳ {term}", "đại hội"),
    "Kết nạp đảng viên": ("lễ kết nạp đảng viên mới", "lễ"),
    "Tập huấn": ("lớp tập huấn nghiệp vụ", "tập huấn"),
    "Khen thưởng": ("hội nghị tổng kết và khen thưởng", "hội nghị"),
}
DEFAULT_EVENT = ("buổi sinh hoạt chuyên đề", "sinh hoạt")
