"""Vocabulary for reading roles: office heads, words inside offices and organisations' names."""

from bantin_extract.tokens import key_of as canon
from bantin_extract.tokens import keys_of, phrases_of

# Lower-case words that occur inside offices and organisation names. Anything else in lower
# case (a verb, "cùng", "sinh năm") ends the role.
ROLE_WORDS = keys_of(
    "bí thư phó trưởng ban chi bộ ủy uỷ viên đảng thường trực vụ chủ tịch tổ chức tuyên giáo "
    "dân vận kiểm tra phường xã thị trấn huyện quận tỉnh thành phố khối doanh nghiệp cơ quan "
    "sở trường nhà khoa lớp lớn nhỏ giảng nhiệm hiệu giám đốc chuyên trách hội đồng học viện "
    "sinh đoàn thanh niên liên đội công an sự nhân mặt trận quốc văn phòng hành chính đại "
    "trung tâm phổ thông tiểu mầm non cao đẳng kinh tế y bệnh ngân hàng nhánh cục kiêm huy "
    "năm tuổi khu thôn ấp xóm cư khóa khoá lâm thời tư pháp tài kế toán hoạch đầu nông lao "
    "động thương binh cựu chiến phụ nữ cấp quản lý điều hành tịch trị quân ủy ban thư ký "
    "tổng hợp bảo hiểm xã hội giáo dục đào tạo ngoại vụ kỳ và nguyên chánh phân hiệu tập "
    "đoàn trợ lý hành đội trưởng nhiệm công nghệ thông tin kỹ thuật môn bộ môn dược điều "
    "dưỡng hộ sinh tế tổ dân phố khoá cán bộ ương gia hiệp ty tnhh cổ phần nước số tác chấp "
    "chỉ biên thủ biểu lạc câu huấn tích cực lực thể hình năng môi lợi lịch phẩm cần lượng tiêu "
    "khám bản buôn sóc làng khóm bon plei"
)
# Role words that are verbs or other things on their own ("chủ trì", "giám sát", "sinh năm"):
# allowed only next to the word that makes them part of an office (previous, next).
PAIRED = {
    canon(word): (keys_of(before), keys_of(after))
    for word, before, after in (
        ("chủ", "", "tịch nhiệm"),
        ("và", "", ""),
        ("giám", "", "đốc hiệu"),
        ("tin", "thông", ""),
        ("thông", "phổ truyền", "tin"),
        ("công", "", "an ty đoàn nghệ nghiệp thương chức nhân tác"),
        ("tác", "công hợp", ""),
        ("biểu", "đại", ""),
        ("lạc", "câu", "bộ"),
        ("chỉ", "", "huy"),
        ("thủ", "", "trưởng"),
        ("đồng", "hội cộng", ""),
        ("tập", "biên", "đoàn"),
        ("sinh", "học hộ", "viên"),
        ("năm", "", "tuổi"),
        ("kỳ", "nhiệm", ""),
        ("điều", "", "hành dưỡng"),
        ("hành", "điều chấp thực", "chính"),
        ("động", "lao khí", ""),
        # Words of departments' names that are common words too: only beside their partner.
        ("tích", "sức", ""),
        ("cực", "tích", ""),
        ("lực", "động", "lượng"),
        ("thể", "", "thao dục"),
        ("hình", "chỉnh", ""),
        ("năng", "chức", ""),
        ("môi", "", "trường"),
        ("lợi", "thủy thuỷ", ""),
        ("lịch", "du", ""),
        ("phẩm", "thực dược", ""),
        ("cần", "hậu", ""),
        ("lượng", "chất năng lực", ""),
        ("tiêu", "", "hóa hoá"),
        ("khám", "", "bệnh"),
        ("thời", "lâm", ""),
        ("trị", "chính", ""),
        ("tế", "kinh y quốc", ""),
        ("lý", "quản trợ", ""),
        ("tư", "đầu", "pháp"),
        ("đại", "", "học biểu hội"),
        ("sự", "quân nhân tư", ""),
        ("vụ", "thường ngoại nghiệp nhiệm dịch", ""),
        ("nhân", "công", "dân viên sự"),
        ("quản", "", "lý"),
        ("tổ", "", "chức trưởng dân"),
        ("học", "đại sinh tin khoa toán hóa hoá văn tiểu trung vật y dược", "sinh viện"),
    )
}
# Lower-case words of departments and organisations (medicine, engineering, culture, army),
# verbs left out ("giao", "xây dựng"): they follow a capitalised word of the name.
ORG_LOWER = keys_of(
    "mưu sức độc cơ khí điện tử hóa hoá thao nhi sản nhiễm thần mắt răng hàm tai mũi họng liễu "
    "ung bướu chấn mê nghiệm huyết dinh khoáng trúc thủy thuỷ ngữ toán lý địa sử nhạc mỹ tải "
    "đô nước ninh bào cứu ngoại nội phạm bách chất mỏ"
)
# Office words that are verbs too: after a complete office and before their object ("Phó Bí
# thư Chi bộ tổng hợp ý kiến", "Chi bộ tổ chức hội nghị") they begin the verb, not the office
# ("Khoa Ngoại tổng hợp," is a department).
VERB_TOO = phrases_of(
    "tổ chức|tổng hợp|kiểm tra|quản lý|điều hành|giám sát|phụ trách|tuyên truyền|chủ trì"
)
VERB_FIRST = frozenset(phrase.split(" ")[0] for phrase in VERB_TOO)
# Words before which those name an office or a department: "Ban tổ chức", "phòng tổng hợp",
# "cán bộ kiểm tra", "chuyên viên phụ trách".
OFFICE_NOUNS = keys_of("ban phòng phận ủy uỷ tổ")
# Two-word nouns that take the complement; "Chi bộ", "ủy viên" are complete offices.
CADRE_NOUNS = phrases_of("cán bộ|chuyên viên|nhân viên")


# Lower-case words that cannot end a role: a role cut before its verb must not end on them.
DANGLING = keys_of("và của kiêm công nhà ban phó cấp")


# Offices that may follow a name with no punctuation ("đ/c Huỳnh Thị Hồng Bí thư chi bộ").
DIRECT_HEADS = phrases_of(
    "bí thư|phó|chủ tịch|chủ nhiệm|trưởng|hiệu trưởng|hiệu phó|giám đốc|ủy viên|giáo viên|"
    "giảng viên|lớp|chi ủy viên|đảng ủy viên|huy hiệu|phó chủ tịch|tổng bí thư|nguyên|thư ký|"
    "điều dưỡng|bác sĩ|dược sĩ|y sĩ|kế toán|chuyên viên|nhân viên|trợ lý|chính trị viên"
)
AFTER_AND_STOPS = phrases_of("huy hiệu|bằng khen|giấy khen|kỷ niệm chương|huy chương|quyết định")
# Words that open an office or affiliation after a dash, comma or parenthesis.
OFFICE_HEADS = DIRECT_HEADS | phrases_of(
    "đảng uv|quận ủy viên|huyện ủy viên|tỉnh ủy viên|thành ủy viên|cán bộ|chuyên viên|kế toán|"
    "thư ký|tổng|sinh viên|học sinh|nguyên|chánh|trợ lý|chính ủy|tư lệnh|đội trưởng|tổ trưởng|"
    "đảng viên|học viên|nhân viên|bác sĩ|điều dưỡng|chỉ huy|thường trực|chi bộ|đảng bộ|đảng ủy|"
    "trường|khoa|phòng|ban|sở|trung tâm|văn phòng|công ty|ngân hàng|bệnh viện|hội|đoàn|viện|"
    "học viện|ủy ban|mặt trận|liên đoàn|công đoàn|tổng công ty|cục|chi cục|đại biểu|thủ trưởng|"
    "chính trị viên|chỉ huy trưởng"
)
# Capitalised words that end a name but go on in an organisation's name after a dash:
# "Khoa Toán - Tin", "Phòng Kế hoạch - Tài chính", "Ban Kinh tế - Xã hội".
NAME_PARTS = keys_of("Tin Xã Kế Tổ Kiểm Tổng Sản Phòng Luật Thông Hội Khoa Đảng Viện Điện")
# Status nouns alone are not roles ("quần chúng ưu tú", "đảng viên").
STATUS_ONLY = phrases_of(
    "đảng viên|quần chúng|quần chúng ưu tú|đảng viên mới|học sinh|sinh viên|đảng viên dự bị|"
    "đảng viên chính thức|học viên"
)
OPENERS = frozenset("-–—,(")


STATUS_WORDS = phrases_of("đảng viên|đoàn viên|quần chúng|hội viên")
STATUS_TAILS = keys_of("ưu tú dự bị chính thức mới")
# Affiliations several people share: "em A và em B, học sinh lớp 12A1".
AFFILIATION_HEADS = phrases_of(
    "học sinh|sinh viên|lớp|đoàn viên|đảng viên|giáo viên|công nhân|nhân viên|hội viên|"
    "học viên|chiến sĩ|cán bộ"
)
