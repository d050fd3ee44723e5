//! The grammar words the matchers look for (function words, number words, date words),
//! in one place so the tokenizer can tag every word with the lists it may belong to in a
//! single hash probe; the matchers then check diacritics only on tagged words.

use crate::token::{Analysis, TokenKind};
use crate::words::{Distinct, WordIds};
use std::sync::LazyLock;

/// Function words that end a descriptive name or a run of names.
pub const STOP_WORDS: &[&str] = &[
    "của", "về", "tại", "trong", "với", "cho", "đã", "được", "cùng", "và", "là", "có", "sẽ",
    "đang", "để", "theo", "từ", "đến", "khi", "nhằm", "thì", "này", "đó", "các", "những", "nên",
    "mà", "do", "bị", "vào", "ra", "lên", "trên", "dưới", "sau", "trước", "giữa", "ở", "như",
    "thuộc", "chốt", "bắt", "yêu", "gửi", "đưa", "vượt", "hay", "hoặc", "nhưng", "vừa", "mới",
    "cũng", "đều", "không", "chưa", "rất", "phối", "tổ", "triển", "thực", "phát", "đề", "ký",
    "trao", "tặng", "tham", "chủ", "tiếp", "khen", "biểu", "ghi", "đánh", "nhận", "làm", "đi",
    "năm", "ngày", "tháng", "lúc", "hôm", "nay", "gồm", "bầu", "xử", "họp", "vì", "lấy", "kể",
];

/// The middle names that mark a person's full name: "Lê Thị Hoa", "Hoàng Văn An".
pub const MIDDLE_NAMES: &[&str] = &["văn", "thị"];

/// Words of [`STOP_WORDS`] that are also given names ("Phát", "Thực", "Tiếp"): in lower
/// case they may close a name before a comma.
pub const GIVEN_NAME_WORDS: &[&str] = &["phát", "thực", "tiếp"];

/// The heavenly stems and the earthly branches that name a year of the lunar calendar
/// ("Tết Giáp Thìn", "Bính Ngọ 2026"), not a person.
pub const YEAR_STEMS: &[&str] = &[
    "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý",
];
/// See [`YEAR_STEMS`].
pub const YEAR_BRANCHES: &[&str] = &[
    "Tý", "Tí", "Sửu", "Dần", "Mão", "Mẹo", "Thìn", "Tỵ", "Tị", "Ngọ", "Mùi", "Thân", "Dậu",
    "Tuất", "Hợi",
];

/// Whether tokens `i` and `i + 1` name a lunar year: a stem and a branch ("Giáp Thìn").
pub fn year_name_at(a: &Analysis<'_>, i: usize) -> bool {
    static STEMS: LazyLock<crate::token::WordSet> =
        LazyLock::new(|| crate::token::WordSet::new(YEAR_STEMS));
    static BRANCHES: LazyLock<crate::token::WordSet> =
        LazyLock::new(|| crate::token::WordSet::new(YEAR_BRANCHES));
    a.tokens
        .get(i + 1)
        .is_some_and(|t| t.kind == TokenKind::Word)
        && STEMS.contains(a, i)
        && BRANCHES.contains(a, i + 1)
}

/// Every word of a spelled number.
pub const NUMBER_WORDS: &[&str] = &[
    "không", "một", "mốt", "hai", "ba", "bốn", "tư", "năm", "lăm", "nhăm", "sáu", "bảy", "bẩy",
    "tám", "chín", "mười", "mươi", "trăm", "linh", "lẻ", "nghìn", "ngàn", "triệu", "tỷ", "tỉ",
    "chục",
];

/// Words that start a spelled date or a range of years.
pub const DATE_START: &[&str] = &["ngày", "mồng", "mùng", "tháng", "năm", "từ"];

/// Words before a day and month ("chiều 22/12") that make it a date.
pub const DAY_CONTEXT: &[&str] = &[
    "ngày", "mồng", "mùng", "sáng", "trưa", "chiều", "tối", "đêm", "nay", "hôm", "qua", "đến",
    "từ", "tới", "hết", "dịp", "lễ", "khánh", "niệm", "trước", "sau", "phiên",
];

/// Nouns of landmarks named like places and bodies: "cầu Trường Tiền", "tàu Thống Nhất",
/// "chợ Bến Thành", "quần đảo Trường Sa".
pub const LANDMARKS: &[&str] = &[
    "cầu", "chợ", "sông", "kênh", "rạch", "đảo", "núi", "đèo", "hồ", "đầm", "vịnh", "tàu", "cảng",
    "chùa", "đền", "đình", "hầm", "trạm", "ga",
];

/// Words that name a numbered thing ("lớp 10", "Điều 5", "năm 2025"): a number after them
/// is a label, not the start of a count whose thousands are grouped by spaces.
pub const LABELS: &[&str] = &[
    "năm",
    "ngày",
    "tháng",
    "quý",
    "lớp",
    "số",
    "điều",
    "khoản",
    "mục",
    "chương",
    "tổ",
    "khóa",
    "phòng",
    "tầng",
    "lần",
    "thứ",
    "khu",
    "đoàn",
    "đội",
    "quận",
    "phường",
    "vùng",
    "tuyến",
    "km",
    "giờ",
    "xóm",
    "ấp",
    "thôn",
    "ngõ",
    "hẻm",
    "kiệt",
    "đường",
    "nhà",
    "khối",
    "lô",
    "cấp",
    "hạng",
    "nhóm",
    "bảng",
    "hình",
    "câu",
    "trang",
];

/// Words of money shortly before an amount ("số tiền", "thưởng", "thiệt hại", "chi phí",
/// "bồi thường", "chiếm đoạt", "hỗ trợ" …).
pub const MONEY_CUES: &[&str] = &[
    "tiền",
    "thưởng",
    "hại",
    "giá",
    "lãi",
    "thu",
    "vốn",
    "phạt",
    "phí",
    "nộp",
    "chi",
    "lương",
    "dịch",
    "đoạt",
    "trợ",
    "thường",
    "ngân",
    "quỹ",
    "mất",
    "lừa",
];

/// Nouns a small number counts: after a place's name ("tỉnh Quảng Ninh 9 tháng") the
/// number is a count, not part of the name as in "phường Hà Giang 1".
pub const COUNTED: &[&str] = &[
    "tháng",
    "năm",
    "ngày",
    "tuần",
    "giờ",
    "phút",
    "quý",
    "người",
    "hộ",
    "ha",
    "km",
    "tấn",
    "lần",
    "vụ",
    "đối",
    "xã",
    "phường",
    "huyện",
    "tỉnh",
    "trường",
    "ca",
    "đơn",
    "dự",
    // A sum: "xã Hòa Xuân 18 tỷ đồng".
    "tỷ",
    "triệu",
    "nghìn",
];

/// Units of measure: a range before one is a measure ("5-10 km", "150-250 mm"), no day
/// and month, even after a word of time ("từ 5-10 km").
pub const MEASURES: &[&str] = &[
    "km", "m", "mm", "cm", "kg", "g", "mét", "lít", "độ", "cấp", "m2", "m3", "ha",
];

/// Countries whose short names are also given names: places only after a body ("Chính
/// phủ Đức", "Bộ Quốc phòng Anh").
pub const COUNTRIES_NAMED_LIKE_PEOPLE: &[&str] = &["Đức", "Anh", "Ý", "Nga", "Mỹ"];

/// Words a post names its own body by, heading no organization of the lexicon: "Hiệu
/// trưởng nhà trường", "Thủ trưởng đơn vị".
pub const OWN_BODIES: &[[&str; 2]] = &[["nhà", "trường"], ["đơn", "vị"], ["nhà", "máy"]];

/// Words after which capitalised words name a people or a branch, not a person: "dân tộc
/// La Hu", "đồng bào Khơ Mú", "chi nhánh Hà Thành".
pub const NOT_BEFORE_A_PERSON: &[[&str; 2]] = &[["dân", "tộc"], ["đồng", "bào"], ["chi", "nhánh"]];

/// Heads of a ministry's departments: one of their names followed by a ministry's is one
/// name ("Cục An ninh điều tra Bộ Công an", "Vụ Pháp chế Bộ Y tế").
pub const DEPARTMENT_HEADS: &[&str] = &[
    "Cục",
    "Tổng cục",
    "Vụ",
    "Viện",
    "Học viện",
    "Thanh tra",
    "Văn phòng",
];

/// Heads that name the body just mentioned, capitalised and alone: "Giám đốc Sở", "Cục
/// trưởng Cục".
pub const HEADS_NAMED_ALONE: &[&str] = &["Sở", "Cục", "Vụ", "Viện", "Trường"];

/// Heads of a body's branch, named before the body and the place they are in ("Chi nhánh
/// Ngân hàng … tỉnh Quảng Ninh"), and no body without it.
pub const BRANCH_HEADS: &[&str] = &["Chi nhánh"];

/// Missions abroad, whose names may say where they serve: "Đại sứ quán Việt Nam tại Nhật
/// Bản".
pub const MISSIONS: &[&str] = &[
    "Đại sứ quán",
    "Tổng Lãnh sự quán",
    "Lãnh sự quán",
    "Phái đoàn Liên minh châu Âu",
    "Phái đoàn đại diện thường trực Việt Nam",
];

/// First words after "Bộ" that make it a set, a code or a pair, not a ministry abroad,
/// folded: "Bộ Luật Lao động Nhật Bản", "Bộ Sưu tập Hàn Quốc", "Bộ Đôi Rapper Hàn Quốc".
pub const NOT_MINISTRY_FIELDS: &[&str] = &[
    "luat", "suu", "phim", "ho", "quy", "nguyen", "tieu", "doi", "ba", "do", "sach", "anh", "tem",
    "tranh", "bai", "tu", "mon", "may", "trang", "phan", "tai", "bo", "ao", "qua",
];

/// Organization heads that are also the second syllable of a common word, folded: in
/// "cán bộ công an" there is no "bộ công an".
pub const HEADS_IN_COMPOUNDS: &[(&str, &str)] = &[
    // A stay in hospital: "nằm viện 4 ngày", "xuất viện" (not "nhập", "chuyển": "sáp nhập
    // viện …", "chuyển viện kiểm sát").
    ("nam", "vien"),
    ("xuat", "vien"),
    ("ra", "vien"),
    ("can", "bo"),
    ("toan", "bo"),
    ("noi", "bo"),
    ("dong", "bo"),
    ("so", "bo"),
    ("tien", "bo"),
    ("tru", "so"),
    ("co", "so"),
    ("bo", "doi"),
    ("du", "phong"),
    ("de", "phong"),
    ("bo", "cuc"),
    ("thong", "bao"),
    ("canh", "bao"),
];

/// Landmark nouns that are also the second syllable of a common word, folded: "yêu cầu"
/// (to ask) is no bridge.
pub const LANDMARKS_IN_COMPOUNDS: &[(&str, &str)] = &[
    ("yeu", "cau"),
    ("nhu", "cau"),
    ("toan", "cau"),
    ("khan", "cau"),
    ("thinh", "cau"),
    ("muu", "cau"),
    ("dia", "cau"),
    ("ban", "dao"),
    ("hai", "cang"),
];

/// Words whose second syllable is a function word elsewhere, folded: "việc làm"
/// (employment; "làm" is to do), "phát triển" ("triển" ends a name in "triển khai").
pub const STOP_IN_COMPOUNDS: &[(&str, &str)] = &[
    ("viec", "lam"),
    ("phat", "trien"),
    ("thiet", "bi"),
    ("chuan", "bi"),
    ("thuong", "truc"),
];

/// Words that end a name only before the word paired with them, folded: "trực thuộc"
/// ("… khu vực trực thuộc"; "Trực" alone is a given name).
pub const STOP_PAIRS: &[(&str, &str)] = &[("truc", "thuoc")];

/// Nouns whose first syllable is a function word, folded: "thực phẩm" (food), "thực
/// vật"; without diacritics "ve sinh" ("vệ sinh", not "về"). There it ends nothing:
/// "Chi cục An toàn vệ sinh thực phẩm".
pub const STOP_OPENS_COMPOUNDS: &[(&str, &str)] =
    &[("thuc", "pham"), ("thuc", "vat"), ("ve", "sinh")];

/// Words of two syllables that, without diacritics, read as function words, folded: "do
/// thi" is "đô thị" (urban), not "do" (because) and "thì". There they end nothing.
pub const PLAIN_COMPOUNDS: &[(&str, &str)] = &[("do", "thi")];

/// Verbs whose first syllable is a function word that a company's name in capitals also
/// holds ("CÔNG TY ĐẠI PHÁT"), folded: on a line in capitals the word ends a name only
/// where it opens one of them ("… PHÁT HIỆN …").
pub const CAPS_STOP_VERBS: &[(&str, &str)] = &[
    ("phat", "hien"),
    ("phat", "bieu"),
    ("phat", "dong"),
    ("phat", "hanh"),
    ("phat", "sinh"),
    ("phat", "huy"),
    ("phat", "ra"),
    ("phat", "lenh"),
    ("phat", "tan"),
    ("phat", "di"),
];

/// Verbs of the police and court pages that a headline in capitals puts right after a noun
/// ("… ĐỐI TƯỢNG VẬN CHUYỂN MA TÚY", "… NGÂN HÀNG CHIẾM ĐOẠT 26 TỶ ĐỒNG"), and superlatives
/// ("… LÝ TỰ TRỌNG CAO NHẤT"), that no name of a person or a body holds: on a line in
/// capitals they end a name. (Not those that bodies' names hold: "điều tra", "buôn lậu",
/// "tạm giam", "mua bán".)
pub const CAPS_VERBS: &[(&str, &str)] = &[
    ("chiếm", "đoạt"),
    ("lừa", "đảo"),
    ("vận", "chuyển"),
    ("tàng", "trữ"),
    ("bắt", "giữ"),
    ("khởi", "tố"),
    ("truy", "tố"),
    ("xét", "xử"),
    ("tuyên", "án"),
    ("trục", "xuất"),
    ("truy", "nã"),
    ("đầu", "thú"),
    ("cưỡng", "đoạt"),
    ("cướp", "giật"),
    ("trộm", "cắp"),
    ("đánh", "bạc"),
    ("thu", "giữ"),
    ("triệt", "phá"),
    ("lạm", "dụng"),
    ("làm", "giả"),
    ("tiêu", "thụ"),
    ("nhận", "hối"),
    ("đưa", "hối"),
    ("nợ", "thuế"),
    ("nợ", "đọng"),
    ("nợ", "bảo"),
    ("nợ", "lương"),
    ("đạt", "chuẩn"),
    ("đăng", "ký"),
    ("chia", "cổ"),
    ("tăng", "vốn"),
    ("bị", "phạt"),
    ("đối", "với"),
    ("từ", "nhiệm"),
    ("cao", "nhất"),
    ("thấp", "nhất"),
    ("lớn", "nhất"),
    ("nhiều", "nhất"),
    // What headlines say an official does, right after the name.
    ("đối", "thoại"),
    ("làm", "việc"),
    ("phát", "biểu"),
    ("chỉ", "đạo"),
    ("kiểm", "tra"),
    ("tiếp", "xúc"),
    ("chúc", "mừng"),
    ("trao", "tặng"),
    ("yêu", "cầu"),
    ("trả", "lời"),
    ("đề", "nghị"),
    ("cho", "biết"),
    ("khẳng", "định"),
];

/// Verbs of one word that headlines put right after a company's name in capitals ("… LÃI
/// KỶ LỤC", "… GIẢM 37%"), which no company's name holds.
pub const CAPS_VERB_WORDS: &[&str] = &["lãi", "lỗ", "giảm", "vọt", "thua", "báo"];

/// Whether one of [`CAPS_VERBS`] or [`CAPS_VERB_WORDS`] starts at token `i`.
pub fn caps_verb_at(a: &Analysis<'_>, i: usize) -> bool {
    CAPS_VERBS
        .iter()
        .any(|&(w, v)| a.is_word(i, w) && a.is_word(i + 1, v))
        // (Not inside a person's name: "TRẦN VĂN BÁO", "LỖ VĂN THÀNH".)
        || a.tokens.get(i).is_some_and(|t| t.marks)
            && a.is_any_word(i, CAPS_VERB_WORDS)
            && !a.is_any_word(i + 1, MIDDLE_NAMES)
            && !(i > 0 && a.is_any_word(i - 1, MIDDLE_NAMES))
}

/// Whether token `i` is a function word that company names in capitals hold (see
/// [`CAPS_STOP_VERBS`]) and that opens none of those verbs there.
pub fn name_word_in_capitals(a: &Analysis<'_>, i: usize) -> bool {
    let f = a.fold(i);
    CAPS_STOP_VERBS.iter().any(|&(w, _)| w == f) && !CAPS_STOP_VERBS.contains(&(f, a.fold(i + 1)))
}

/// Heads of companies and their schools, after which a brand goes on with their own name
/// ("Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên", "Học viện HAGL JMG"; not a
/// club, after which a player may be named).
pub const COMPANY_HEADS: &[&str] = &[
    "Công ty",
    "Tập đoàn",
    "Tổng công ty",
    "Tổng Công ty",
    "Ngân hàng",
    "Học viện",
];

/// Names of peoples that follow a unit word as a kind, not a name: "chùa Khmer", "làng
/// Chăm" (only those that name no place of one word).
pub const PEOPLES: &[&str] = &["khmer", "chăm"];

/// Words of two syllables that names write with the first capitalised only ("Bảo tàng Lịch
/// sử Quốc gia", "Nhà hát Tuổi trẻ"), folded: the second goes on the name.
pub const NAME_COMPOUNDS: &[(&str, &str)] = &[
    ("quoc", "gia"),
    // A former capital: "Cố đô Hoa Lư", "Cố đô Huế".
    ("co", "do"),
    ("canh", "sat"),
    ("quoc", "te"),
    ("trung", "uong"),
    ("nhan", "dan"),
    ("chinh", "tri"),
    ("khoa", "hoc"),
    ("cong", "nghe"),
    ("van", "hoa"),
    ("du", "lich"),
    ("giao", "duc"),
    ("dao", "tao"),
    ("y", "te"),
    ("the", "thao"),
    ("kinh", "te"),
    ("xa", "hoi"),
    ("lich", "su"),
    ("nghe", "thuat"),
    ("tuoi", "tre"),
    ("phu", "nu"),
    ("thanh", "nien"),
    ("moi", "truong"),
    ("nong", "nghiep"),
    ("cong", "nghiep"),
    ("thuong", "mai"),
    ("tai", "chinh"),
    ("nghien", "cuu"),
    ("luong", "thuc"),
    ("thuc", "pham"),
    ("thuy", "san"),
    ("nong", "san"),
    ("xuat", "khau"),
    ("xuat", "nhap"),
    ("nhap", "khau"),
    ("dau", "tu"),
    ("xay", "dung"),
    ("dich", "vu"),
    ("san", "xuat"),
    ("hang", "khong"),
    ("van", "tai"),
    ("chung", "khoan"),
    ("ngan", "hang"),
    ("dia", "oc"),
    ("bao", "hiem"),
    ("vien", "thong"),
    ("dau", "khi"),
    ("xang", "dau"),
    ("hoa", "chat"),
    ("khoang", "san"),
    ("thiet", "bi"),
    ("duoc", "pham"),
    ("det", "may"),
    ("bien", "phong"),
    ("sac", "tu"),
    ("chinh", "sach"),
    ("bao", "tro"),
    ("ho", "tro"),
    ("thi", "truong"),
    ("bat", "dong"),
    ("dong", "san"),
    ("khuyen", "hoc"),
    ("tu", "thien"),
    ("hoi", "suc"),
];

/// A form of address and a surname after it that together spell a common word without
/// diacritics, folded: "chi dao" is "chỉ đạo" (directs), not "chị Đào"; "chi dinh" is
/// "chỉ định", "chi tieu" "chỉ tiêu".
pub const PLAIN_ADDRESS_COMPOUNDS: &[(&str, &str)] = &[
    ("chi", "dao"),
    ("chi", "dinh"),
    ("chi", "tieu"),
    ("chi", "ton"),
    ("ba", "con"),
];

/// Words for kin that end in a form of address, folded: (first, form): "con em" (the
/// children of), "anh em", "chị em", "ông bà", "anh chị". There the form starts no name.
pub const KIN_WORDS: &[(&str, &str)] = &[
    ("con", "em"),
    ("anh", "em"),
    ("chi", "em"),
    ("ong", "ba"),
    ("anh", "chi"),
];

/// Heads of organizations written short, which comments write in lower case: "cty
/// Thuận Phát", "clb Hồng Lĩnh Hà Tĩnh", "bv Chợ Rẫy", "ca phường Bến Thành" (công an).
pub const SHORT_HEADS: &[&str] = &["cty", "clb", "bv", "htx", "ubnd", "hđnd", "ca"];

/// Words whose first half, without diacritics, is a scale word, folded: "ngan hang" is
/// "ngân hàng" (a bank), "ngan sach" "ngân sách" (a budget), not "ngàn".
pub const SCALE_OPENS_COMPOUND: &[(&str, &str)] =
    &[("ngan", "hang"), ("ngan", "sach"), ("ngan", "quy")];

/// Common words whose first half is a unit word: (unit, second), folded: "xã hội"
/// (society), "tỉnh táo" (alert); without diacritics "quan sự" is "quân sự" (military),
/// "quan ly" "quản lý" (management), not "quận".
pub const UNIT_OPENS_COMPOUND: &[(&str, &str)] = &[
    ("xa", "hoi"),
    ("tinh", "tao"),
    ("quan", "su"),
    ("quan", "doi"),
    ("quan", "khu"),
    ("quan", "nhan"),
    ("quan", "chung"),
    ("quan", "ly"),
    ("quan", "tri"),
];

/// Common words whose second half, without diacritics, is a unit word: (first, unit),
/// folded.
pub const UNIT_WORD_COMPOUNDS: &[(&str, &str)] = &[
    ("co", "quan"),
    ("hai", "quan"),
    ("lien", "quan"),
    ("dia", "phuong"),
    ("doi", "phuong"),
    ("mua", "ban"),
    ("buon", "ban"),
    ("phat", "ban"),
    ("ban", "ban"),
    ("bien", "ban"),
    ("van", "ban"),
    ("co", "ban"),
    ("dia", "ban"),
    ("rao", "ban"),
    ("binh", "quan"),
    ("tuong", "quan"),
];

/// Words of direction after a verb ("diễn ra", "đưa lên"): the word before them is a verb,
/// no syllable closing a name.
pub const DIRECTIONS: &[&str] = &["ra", "lên", "xuống"];

/// Verbs of going that headlines put between a name and what the person does there ("…
/// HƯƠNG XUỐNG KIỂM TRA", "… HOA TỚI CHÚC MỪNG"): no given name there.
pub const GOING_WORDS: &[&str] = &["ra", "lên", "xuống", "tới", "đến", "về", "vào", "sang"];

/// Words that make a one-word head a post ("đội phó", "đội trưởng").
pub const HEAD_POST_WORDS: &[&str] = &["phó", "trưởng"];

/// Heads of a team or a division (of type `desc`) or of an office (of type `of`) that a
/// description in lower case may follow before the body they belong to: "Đội vận động quần
/// chúng Đồn Biên phòng X", "Văn phòng tư vấn pháp luật LĐLĐ tỉnh Y". (Not a "Tổ công tác",
/// a working party.)
pub const DESCRIBED_HEADS: &[&str] = &["Đội", "Phòng", "Văn phòng"];

/// Words before a post that say when or how it is held ("nguyên phó chủ tịch", "tân giám
/// đốc", "quyền giám đốc"): no part of the name before them.
pub const POST_PREFIXES: &[&str] = &["nguyên", "cựu", "tân", "quyền"];

/// Bodies whose departments ("phòng", "khoa") are named before them and stand for them: a
/// department's head works at the hospital or the school.
pub const HOUSING_HEADS: &[&str] = &["Bệnh viện", "Trường", "Đại học", "Học viện"];

/// The words of a department or a team before the body it belongs to: "phòng Đào tạo",
/// "khoa Nội", "đội vận động quần chúng".
pub const DEPARTMENT_WORDS: &[&str] = &["phòng", "khoa", "đội"];

/// Heads of a name whose kind may stand in lower case between the head and the name: a
/// club's sport ("CLB bóng chuyền nữ LPBank Ninh Bình").
pub const DESCRIBED_NAME_HEADS: &[&str] = &["Câu lạc bộ"];

/// The first words of a sport that a club names in lower case before its own name.
pub const SPORTS: &[&str] = &[
    "bóng", "cầu", "quần", "futsal", "cờ", "bơi", "điền", "võ", "bắn", "xe",
];

/// Particles inside foreign names, in lower case between capitalised parts: "Luiz Carlos
/// de Almeida", "Pieter van der Linden", "Alejandro Ruiz de la Vega".
pub const NAME_PARTICLES: &[&str] = &[
    "de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "der", "den", "von", "la",
    "le", "bin", "binti",
];

/// The most frequent Vietnamese surnames, which nine names in ten bear: on a line in
/// capitals, one of them after "BỊ CÁO" starts the defendant's name ("BỊ CÁO PHẠM QUỐC
/// BẢO"), where a rarer one may be a word ("BỊ CÁO CẦM ĐẦU").
pub const COMMON_SURNAMES: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý",
];

/// H'Mông clan names, folded: in capitals, one of them before "A" and a given name is a
/// man's name ("SÙNG A PÁO"), where another surname before "A" may be a lot's ("LÔ A").
pub const HMONG_SURNAMES: &[&str] = &[
    "giang", "sung", "vang", "thao", "lau", "mua", "ho", "ly", "cu", "hau", "trang", "vu", "cha",
    "sinh", "tan", "di", "hang", "khang",
];

/// Baptismal names that Catholic news writes before a Vietnamese name ("Linh mục Giuse Trần
/// Văn A", "Giám mục Phêrô Nguyễn Văn B"), folded.
pub const BAPTISMAL_NAMES: &[&str] = &[
    "phero",
    "phaolo",
    "giuse",
    "gioan",
    "giacobe",
    "anre",
    "anton",
    "daminh",
    "phanxico",
    "micae",
    "martino",
    "toma",
    "luca",
    "mattheo",
    "macco",
    "stephano",
    "gioakim",
    "anphong",
    "inhaxio",
    "maria",
    "anna",
    "teresa",
    "cecilia",
    "rosa",
    "catarina",
    "agata",
    "lucia",
    "baotixita",
    "xavie",
    "vinhson",
    "gioanbaotixita",
    "phanxicoxavie",
    "tadeo",
    "philipphe",
    "simon",
    "augustino",
    "batolomeo",
];

/// The last word of a sports event's name, folded, after which a number is the edition's
/// and part of the name: "SEA Games 33", "ASIAD 20", "V.League 1".
pub const EVENT_ENDS: &[&str] = &["games", "asiad", "league", "paragames", "cup", "olympiad"];

/// Common words whose second half is a unit word, with or without diacritics: (first,
/// unit), folded: "khai thác" (to exploit) is no waterfall, "biên bản" (a record) no village.
pub const UNIT_CLOSES_COMPOUND: &[(&str, &str)] = &[
    ("khai", "thac"),
    ("bien", "ban"),
    ("van", "ban"),
    ("phien", "ban"),
    ("co", "ban"),
    // "lừa đảo" (fraud), "đảo" of no island.
    ("lua", "dao"),
    // Boats and trains that are fast: "tàu cao tốc", "ca nô cao tốc", "đường sắt cao tốc".
    ("tau", "cao"),
    ("no", "cao"),
    ("sat", "cao"),
    ("thuyen", "cao"),
];

/// Function words that, written without diacritics, are no given name: "da" (đã), "va"
/// (và), "cho"… Not "nam" (năm, and Nam), "tai" (tại, and Tài), "thi" (thì, and Thị),
/// "danh" (đánh, and Danh), "trong" (trong, and Trọng), "sau", "nhung", "bao", "chi".
pub const PLAIN_FUNCTION_WORDS: &[&str] = &[
    "da", "va", "co", "se", "cho", "duoc", "bi", "voi", "cua", "khi", "do", "vua", "moi", "deu",
    "khong", "chua", "rat", "ra", "vao", "len", "den", "theo", "ve", "cac", "truoc", "tren",
    "duoi", "giua", "hay", "hoac", "nen", "de", "noi", "trao", "yeu", "gui", "tiep",
];

/// Surnames that, written without diacritics in lower case, are far more often a function
/// word: "cung" is "cùng" (with), seldom "Cung".
pub const PLAIN_SURNAME_WORDS: &[&str] = &["cung"];

/// Whether token `i` of `a` is the second word of one of `pairs` (folded), the first standing
/// right before it: "cán bộ", "yêu cầu", "việc làm", "cơ quan".
pub fn ends_pair(pairs: &[(&str, &str)], a: &Analysis<'_>, i: usize) -> bool {
    i > 0 && pairs.contains(&(a.fold(i - 1), a.fold(i)))
}

/// The tag of [`STOP_WORDS`].
pub const STOP: u8 = 1;
/// The tag of [`NUMBER_WORDS`].
pub const NUMBER: u8 = 2;
/// The tag of [`DATE_START`].
pub const DATE: u8 = 4;
/// The tag of [`DAY_CONTEXT`].
pub const DAY: u8 = 8;
/// The tag of [`LANDMARKS`].
pub const LANDMARK: u8 = 16;
/// The tag of [`COUNTRIES_NAMED_LIKE_PEOPLE`].
pub const COUNTRY_LIKE: u8 = 32;

/// The folded forms of every listed word, and per id the tags of the lists holding a word
/// that folds to it.
static TAGS: LazyLock<(Distinct, WordIds, Vec<u8>)> = LazyLock::new(|| {
    let mut folds = Distinct::default();
    let mut tags: Vec<u8> = Vec::new();
    for (list, tag) in [
        (STOP_WORDS, STOP),
        (NUMBER_WORDS, NUMBER),
        (DATE_START, DATE),
        (DAY_CONTEXT, DAY),
        (LANDMARKS, LANDMARK),
        (COUNTRIES_NAMED_LIKE_PEOPLE, COUNTRY_LIKE),
    ] {
        for w in list {
            let id = folds.id(&crate::normalize::fold(w)) as usize;
            tags.resize(folds.len(), 0);
            tags[id] |= tag;
        }
    }
    let ids = folds.ids();
    (folds, ids, tags)
});

/// Every grammar word's folded form with the tags of the lists holding it.
pub fn grammar_words() -> impl Iterator<Item = (&'static String, &'static u8)> {
    let (folds, _, tags) = &*TAGS;
    folds.words().iter().zip(tags.iter())
}

/// The tags of the folded word `folded[start..end]` (0 for most words).
#[inline]
pub fn tags_at(folded: &str, start: usize, end: usize) -> u8 {
    let (_, ids, tags) = &*TAGS;
    ids.get_at(folded, start, end)
        .map_or(0, |id| tags[id as usize])
}

/// A list of words checked with diacritics, after the tokenizer's tag says a token may be one.
pub struct Keywords {
    set: LazyLock<crate::token::WordSet>,
    tag: u8,
}

impl Keywords {
    /// Whether word token `i` of `a` is one of the list's words.
    #[inline]
    pub fn contains(&self, a: &Analysis<'_>, i: usize) -> bool {
        a.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word && t.tags & self.tag != 0)
            && self.set.contains(a, i)
    }
}

macro_rules! keywords {
    ($name:ident, $list:expr, $tag:expr, $doc:literal) => {
        #[doc = $doc]
        pub static $name: Keywords = Keywords {
            set: LazyLock::new(|| crate::token::WordSet::new($list)),
            tag: $tag,
        };
    };
}

keywords!(STOP_SET, STOP_WORDS, STOP, "The function words, checked.");
keywords!(
    NUMBER_SET,
    NUMBER_WORDS,
    NUMBER,
    "The number words, checked."
);
keywords!(
    DATE_SET,
    DATE_START,
    DATE,
    "The date-starting words, checked."
);
keywords!(DAY_SET, DAY_CONTEXT, DAY, "The day-context words, checked.");
keywords!(
    LANDMARK_SET,
    LANDMARKS,
    LANDMARK,
    "The nouns of landmarks, checked."
);
keywords!(
    COUNTRY_LIKE_SET,
    COUNTRIES_NAMED_LIKE_PEOPLE,
    COUNTRY_LIKE,
    "The countries named like people, checked."
);
