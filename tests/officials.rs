//! Officials, in sentences written for these tests: every pattern of linking a person with a
//! rank and posts, the same in capitals and without diacritics, coordination, and traps.

use viet_extract::{extract, Extractor, Force, Official, Value};

/// (name, rank, roles as written) of every official in `text`.
fn officials(text: &str) -> Vec<(String, Option<String>, Vec<String>)> {
    extract(text)
        .into_iter()
        .filter_map(|e| match e.value {
            Value::Official(o) => Some((
                o.name,
                o.rank,
                o.roles.into_iter().map(|r| r.text).collect(),
            )),
            _ => None,
        })
        .collect()
}

fn one(text: &str) -> Official {
    let mut found: Vec<Official> = extract(text)
        .into_iter()
        .filter_map(|e| match e.value {
            Value::Official(o) => Some(*o),
            _ => None,
        })
        .collect();
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    found.remove(0)
}

macro_rules! off {
    ($name:ident, $text:expr, [$(($n:expr, $rank:expr, [$($role:expr),*])),*]) => {
        #[test]
        fn $name() {
            let want: Vec<(String, Option<String>, Vec<String>)> = vec![$(
                ($n.to_string(), $rank.map(|r: &str| r.to_string()), vec![$($role.to_string()),*])
            ),*];
            assert_eq!(officials($text), want);
        }
    };
}

off!(
    former_posts_and_a_former_rank,
    "Tòa xét xử bị cáo Lò Văn Khánh, cựu Chủ tịch UBND huyện Mường La, và bị cáo Vi Thị Mai, nguyên Trung tá, nguyên Phó Trưởng phòng Cảnh sát kinh tế Công an tỉnh Sơn La.",
    [
        ("Lò Văn Khánh", None, ["Chủ tịch UBND huyện Mường La"]),
        ("Vi Thị Mai", Some("Trung tá"), ["Phó Trưởng phòng Cảnh sát kinh tế Công an tỉnh Sơn La"])
    ]
);
off!(
    the_post_held_then,
    "Bị cáo đưa tiền cho ông Triệu Văn Phong, khi đó là Phó Chi cục trưởng Chi cục Thuế khu vực 2.",
    [(
        "Triệu Văn Phong",
        None,
        ["Phó Chi cục trưởng Chi cục Thuế khu vực 2"]
    )]
);
off!(
    a_given_name_that_reads_as_a_post_without_diacritics,
    "Thu truong Bo Xay dung Ha Minh Truong da kiem tra cong truong.",
    [("Ha Minh Truong", None, ["Thu truong Bo Xay dung"])]
);
off!(
    foreign_names_after_posts,
    "Thứ trưởng Ngoại giao Yamada Haruto và Tổng Thư ký ASEAN Lim Jock Hoi gặp Đại sứ Pháp tại Việt Nam Marie-Claire Dubois.",
    [
        ("Yamada Haruto", None, ["Thứ trưởng Ngoại giao"]),
        ("Lim Jock Hoi", None, ["Tổng Thư ký ASEAN"]),
        ("Marie-Claire Dubois", None, ["Đại sứ Pháp tại Việt Nam"])
    ]
);
off!(
    a_dignitary_addressed,
    "Ngài Sok Chenda, Bộ trưởng Ngoại giao và Hợp tác quốc tế Campuchia, phát biểu.\nChanh an TAND tinh Quang Ngai Le Van Hai cho biet da xet xu.",
    [
        ("Sok Chenda", None, ["Bộ trưởng Ngoại giao và Hợp tác quốc tế Campuchia"]),
        ("Le Van Hai", None, ["Chanh an TAND tinh Quang Ngai"])
    ]
);
off!(
    an_abbreviation_between_the_post_and_the_name,
    "Chủ tịch Liên đoàn Điền kinh Việt Nam (VAF) Trần Đức Phấn và Giám đốc Sở Y tế (ảnh) Lê Văn Hùng.",
    [("Trần Đức Phấn", None, ["Chủ tịch Liên đoàn Điền kinh Việt Nam"])]
);
off!(
    a_deputy_head_of_a_hospital_ward,
    "Bác sĩ Lê Thị Nga, Phó Trưởng khoa Nhi Bệnh viện Đa khoa tỉnh Sơn La, cho biết.",
    [(
        "Lê Thị Nga",
        None,
        ["Phó Trưởng khoa Nhi Bệnh viện Đa khoa tỉnh Sơn La"]
    )]
);
off!(
    a_post_that_holds_the_start_of_its_body,
    "Linh mục Phêrô Đỗ Văn Hải, Chủ tịch Hội đồng Giám mục Việt Nam, và bà Lý Thị Mai, Chủ tịch Hội đồng nhân dân tỉnh Lạng Sơn, dự lễ.",
    [
        ("Phêrô Đỗ Văn Hải", None, ["Chủ tịch Hội đồng Giám mục Việt Nam"]),
        ("Lý Thị Mai", None, ["Chủ tịch Hội đồng nhân dân tỉnh Lạng Sơn"])
    ]
);
off!(
    post_after_the_name_without_a_comma,
    "chiều nay chị lò thị hoa chủ tịch ubnd xã đến thăm bà con trong xã nhé",
    [("lò thị hoa", None, ["chủ tịch ubnd xã"])]
);
off!(rank_name_dash_roles,
    "Thiếu tướng Đặng Văn Hải - Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh Bình Định phát biểu.",
    [("Đặng Văn Hải", Some("Thiếu tướng"), ["Ủy viên Ban Thường vụ Tỉnh ủy", "Giám đốc Công an tỉnh Bình Định"])]);
off!(
    rank_name_comma_role_clause_ends,
    "Trung tá Võ Minh Tâm, Phó Trưởng Công an huyện Cái Bè, cho hay lực lượng đã vào cuộc.",
    [(
        "Võ Minh Tâm",
        Some("Trung tá"),
        ["Phó Trưởng Công an huyện Cái Bè"]
    )]
);
off!(
    post_before_name_with_dash,
    "Phát biểu của Chủ tịch Hội Nông dân Việt Nam - Lương Quốc Đoàn được đánh giá cao.",
    [("Lương Quốc Đoàn", None, ["Chủ tịch Hội Nông dân Việt Nam"])]
);
off!(
    post_before_name,
    "Phó Chủ tịch UBND tỉnh Lê Ngọc Châu trao quyết định.",
    [("Lê Ngọc Châu", None, ["Phó Chủ tịch UBND tỉnh"])]
);
off!(
    abbreviated_post_before_name,
    "PCT UBND tỉnh Trần Thị Kim Hoa dự buổi làm việc.",
    [("Trần Thị Kim Hoa", None, ["PCT UBND tỉnh"])]
);
off!(
    honorific_name_comma_role,
    "Theo bà Phạm Thị Thu, Giám đốc Sở Y tế, ngành đã chuẩn bị đủ thuốc.",
    [("Phạm Thị Thu", None, ["Giám đốc Sở Y tế"])]
);
off!(coordinated_by_va,
    "Đồng chí Đại tá Ngô Thanh Bình - Bí thư Đảng ủy, Giám đốc Công an tỉnh và đồng chí Mai Văn Lộc - Phó Chủ tịch HĐND tỉnh cùng dự.",
    [
        ("Ngô Thanh Bình", Some("Đại tá"), ["Bí thư Đảng ủy", "Giám đốc Công an tỉnh"]),
        ("Mai Văn Lộc", None, ["Phó Chủ tịch HĐND tỉnh"])
    ]);
off!(list_with_semicolons,
    "Tham dự có các đồng chí: Hà Thị Nga, Phó Bí thư Thường trực Tỉnh ủy; Châu Văn Tài, Ủy viên BTV Tỉnh ủy, Trưởng Ban Nội chính Tỉnh ủy.",
    [
        ("Hà Thị Nga", None, ["Phó Bí thư Thường trực Tỉnh ủy"]),
        ("Châu Văn Tài", None, ["Ủy viên BTV Tỉnh ủy", "Trưởng Ban Nội chính Tỉnh ủy"])
    ]);
off!(
    photo_note_is_skipped,
    "ông Lý Văn Sang (ảnh), Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết.",
    [("Lý Văn Sang", None, ["Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"])]
);
off!(
    rank_alone,
    "Đại tướng Phan Văn Giang thăm đơn vị.",
    [("Phan Văn Giang", Some("Đại tướng"), [])]
);
off!(
    lower_case_rank,
    "đại úy Lò Văn Khánh, Phó Đội trưởng, kể lại.",
    [("Lò Văn Khánh", Some("Đại úy"), ["Phó Đội trưởng"])]
);
off!(
    post_without_organization,
    "Trung tướng Hoàng Xuân Chiến - Phó Tổng Tham mưu trưởng dự lễ.",
    [(
        "Hoàng Xuân Chiến",
        Some("Trung tướng"),
        ["Phó Tổng Tham mưu trưởng"]
    )]
);
off!(
    two_posts_before_two_names,
    "Phó Chủ tịch UBND tỉnh Đinh Văn Thu, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lê Minh Hoan dự.",
    [
        ("Đinh Văn Thu", None, ["Phó Chủ tịch UBND tỉnh"]),
        (
            "Lê Minh Hoan",
            None,
            ["Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"]
        )
    ]
);
off!(
    a_post_without_a_person_is_no_official,
    "Giám đốc Công an tỉnh đã tặng giấy khen cho 5 tập thể.",
    []
);
off!(
    person_without_rank_or_post_is_no_official,
    "Ông Nguyễn Văn Bảy cho biết gia đình đã nhận hỗ trợ.",
    []
);
off!(
    in_capitals,
    "ĐẠI TÁ NGUYỄN VĂN HÙNG, GIÁM ĐỐC CÔNG AN TỈNH, CHO BIẾT",
    [("NGUYỄN VĂN HÙNG", Some("Đại tá"), ["GIÁM ĐỐC CÔNG AN TỈNH"])]
);
off!(
    without_diacritics,
    "Trung tuong Le Quoc Hung, Thu truong Bo Cong an, phat bieu tai hoi nghi",
    [(
        "Le Quoc Hung",
        Some("Trung tướng"),
        ["Thu truong Bo Cong an"]
    )]
);
off!(
    old_tone_placement_rank,
    "Đại uý Trịnh Văn Toàn, Đội trưởng Đội Cảnh sát giao thông, cho biết.",
    [(
        "Trịnh Văn Toàn",
        Some("Đại úy"),
        ["Đội trưởng Đội Cảnh sát giao thông"]
    )]
);

off!(
    post_comma_rank_name,
    "Bộ trưởng Bộ Quốc phòng, Đại tướng Lê Văn Khôi thăm đơn vị.",
    [(
        "Lê Văn Khôi",
        Some("Đại tướng"),
        ["Bộ trưởng Bộ Quốc phòng"]
    )]
);
off!(
    posts_joined_by_va,
    "Ông Trịnh Văn Lực, Bí thư Huyện ủy và Chủ tịch UBND huyện Phú Tân, cho biết.",
    [(
        "Trịnh Văn Lực",
        None,
        ["Bí thư Huyện ủy", "Chủ tịch UBND huyện Phú Tân"]
    )]
);
off!(
    va_before_a_post_is_not_a_post,
    "Ông Đào Văn Mạnh và Giám đốc Sở Y tế đã đến.",
    []
);
off!(
    post_org_place_then_name,
    "Chủ tịch UBND tỉnh Tây Ninh Nguyễn Hồng Sơn đã ký quyết định.",
    [("Nguyễn Hồng Sơn", None, ["Chủ tịch UBND tỉnh Tây Ninh"])]
);
off!(
    head_of_a_commission,
    "Ông Hà Văn Tú, Trưởng ban Tổ chức Tỉnh ủy, trao quyết định.",
    [("Hà Văn Tú", None, ["Trưởng ban Tổ chức Tỉnh ủy"])]
);

off!(new_post_after_giu_chuc_vu,
    "Đại tá Tô Văn Bảo, Phó Giám đốc Công an tỉnh Lâm Đồng, giữ chức vụ Giám đốc Công an tỉnh Gia Lai.",
    [("Tô Văn Bảo", Some("Đại tá"), ["Phó Giám đốc Công an tỉnh Lâm Đồng", "Giám đốc Công an tỉnh Gia Lai"])]);
off!(
    elected_as,
    "Ông Kim Văn Hòa được bầu giữ chức Chủ tịch HĐND tỉnh nhiệm kỳ mới.",
    [("Kim Văn Hòa", None, ["Chủ tịch HĐND tỉnh"])]
);
off!(
    post_comma_form_of_address_name,
    "Viện trưởng Viện kiểm sát nhân dân huyện, bà Vũ Thị Lan, đọc cáo trạng; Giám đốc Sở Xây dựng, ông Hồ Văn Khải, trả lời.",
    [
        ("Vũ Thị Lan", None, ["Viện trưởng Viện kiểm sát nhân dân huyện"]),
        ("Hồ Văn Khải", None, ["Giám đốc Sở Xây dựng"])
    ]
);
off!(
    a_post_held_now_after_a_former_one,
    "Bà Đỗ Thị Lan, Trưởng phòng Tài chính huyện Yên Minh (cũ), nay là Phó Giám đốc Sở Tài chính tỉnh Tuyên Quang, trả lời báo chí.",
    [(
        "Đỗ Thị Lan",
        None,
        [
            "Trưởng phòng Tài chính huyện Yên Minh",
            "Phó Giám đốc Sở Tài chính tỉnh Tuyên Quang"
        ]
    )]
);
off!(
    working_is_not_a_post,
    "Ông Kim Văn Hòa làm việc với Sở Y tế.",
    []
);

#[test]
fn role_fields_are_canonical() {
    let o = one("Trung tướng Tạ Đức Minh - Uỷ viên Trung ương Đảng, Thứ trưởng Bộ Công an dự.");
    assert_eq!(o.rank.as_deref(), Some("Trung tướng"));
    assert_eq!(o.force, Some(Force::Police));
    let titles: Vec<&str> = o.roles.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(titles, ["Ủy viên", "Thứ trưởng"]);
    let orgs: Vec<Option<&str>> = o.roles.iter().map(|r| r.organization.as_deref()).collect();
    assert_eq!(orgs, [Some("Trung ương Đảng"), Some("Bộ Công an")]);
    assert_eq!(
        o.roles[0].text, "Uỷ viên Trung ương Đảng",
        "role text is as written"
    );
}

#[test]
fn honorific_and_military_force() {
    let o = one(
        "đồng chí Thượng tá Bùi Văn Nam, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh, báo cáo.",
    );
    assert_eq!(o.honorific.as_deref(), Some("đồng chí"));
    assert_eq!(o.force, Some(Force::Military));
    assert_eq!(
        o.roles[0].organization.as_deref(),
        Some("Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh")
    );
}

#[test]
fn official_span_covers_its_parts() {
    let text = "Hôm qua, Đại tá Kiều Văn Nam, Phó Giám đốc Công an tỉnh, đã đến.";
    let found = extract(text);
    let off = found
        .iter()
        .find(|e| matches!(e.value, Value::Official(_)))
        .unwrap();
    assert_eq!(off.text, "Đại tá Kiều Văn Nam, Phó Giám đốc Công an tỉnh");
    for e in &found {
        if e.kind() != viet_extract::Kind::Official && e.start >= off.start && e.start < off.end {
            assert!(e.end <= off.end, "{e:?} sticks out of the official");
        }
    }
    let kinds: Vec<&str> = found.iter().map(|e| e.kind().as_str()).collect();
    assert_eq!(kinds, ["official", "rank", "person", "organization"]);
}

#[test]
fn document_level_merge() {
    let text = "Đại tá Lục Văn Sơn, Phó Giám đốc Công an tỉnh, chủ trì buổi họp. \
                Sau đó, ông Lục Văn Sơn, Bí thư Đảng ủy Công an tỉnh, trao thưởng. \
                Cuối buổi, đại tá Lục Văn Sơn phát biểu bế mạc; Thượng úy Mạc Văn Dũng ghi biên bản.";
    let ex = Extractor::new().unwrap();
    let records = ex.officials(text);
    assert_eq!(records.len(), 2, "{records:?}");
    let son = &records[0];
    assert_eq!(son.name, "Lục Văn Sơn");
    assert_eq!(son.rank.as_deref(), Some("Đại tá"));
    let titles: Vec<&str> = son.roles.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(titles, ["Phó Giám đốc", "Bí thư"]);
    assert_eq!(son.mentions.len(), 3);
    for m in &son.mentions {
        assert_eq!(&text[m.start..m.end], "Lục Văn Sơn");
    }
    assert_eq!(records[1].name, "Mạc Văn Dũng");
    assert_eq!(records[1].rank.as_deref(), Some("Thượng úy"));
}

off!(
    post_given_further_on_by_giu_chuc,
    "Thượng tá Hồ Minh Khoa, Phó Trưởng phòng Hậu cần, được điều động về công tác và giữ chức Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Sơn La.",
    [(
        "Hồ Minh Khoa",
        Some("Thượng tá"),
        [
            "Phó Trưởng phòng Hậu cần",
            "Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Sơn La"
        ]
    )]
);
off!(
    giu_chuc_not_across_another_person,
    "Ông Đỗ Văn Lợi, Giám đốc Sở Xây dựng, cho biết ông Phan Quốc Huy sẽ giữ chức Phó Giám đốc Sở Tài chính.",
    [
        ("Đỗ Văn Lợi", None, ["Giám đốc Sở Xây dựng"]),
        ("Phan Quốc Huy", None, ["Phó Giám đốc Sở Tài chính"])
    ]
);
off!(
    an_aside_between_name_and_post,
    "Cơ quan điều tra đã bắt Mai Văn Thịnh (SN 1979, trú tại xã Phú Lộc), Giám đốc Công ty TNHH Thịnh Phát.",
    [("Mai Văn Thịnh", None, ["Giám đốc Công ty TNHH Thịnh Phát"])]
);
off!(
    a_post_someone_else_holds_is_not_taken,
    "Ông Trịnh Văn Hải, Giám đốc Sở Tài chính, cho biết tỉnh chưa có người giữ chức Giám đốc Sở Y tế.",
    [("Trịnh Văn Hải", None, ["Giám đốc Sở Tài chính"])]
);
off!(
    a_post_said_of_the_person_just_named,
    "Hội đồng miễn nhiệm ông Quách Văn Tùng, người vừa thôi giữ chức Phó Chủ tịch UBND huyện Lạc Sơn.",
    [("Quách Văn Tùng", None, ["Phó Chủ tịch UBND huyện Lạc Sơn"])]
);
off!(
    a_foreign_leader_after_post_and_country,
    "Chủ tịch nước tiếp Tổng thống Indonesia Prabowo Subianto tại Hà Nội.",
    [("Prabowo Subianto", None, ["Tổng thống Indonesia"])]
);

off!(
    envoy_between_two_countries,
    "Hôm qua, Đại sứ Việt Nam tại Hàn Quốc Vũ Thanh Hải đã gặp cộng đồng người Việt.",
    [(
        "Vũ Thanh Hải",
        None::<&str>,
        ["Đại sứ Việt Nam tại Hàn Quốc"]
    )]
);

off!(
    posts_stacked_before_the_name,
    "Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng Phan Đức Mạnh chủ trì buổi làm việc.",
    [(
        "Phan Đức Mạnh",
        None::<&str>,
        ["Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Quốc phòng"]
    )]
);

off!(
    posts_joined_by_kiem,
    "Đại tá Hồ Văn Lực, Phó Tư lệnh kiêm Tham mưu trưởng Quân khu 4, đã kiểm tra.",
    [(
        "Hồ Văn Lực",
        Some("Đại tá"),
        ["Phó Tư lệnh", "Tham mưu trưởng Quân khu 4"]
    )]
);

off!(
    appointed_without_giu_chuc,
    "THƯỢNG TÁ ĐẶNG VĂN BÌNH ĐƯỢC BỔ NHIỆM PHÓ GIÁM ĐỐC CÔNG AN TỈNH KHÁNH HÒA",
    [(
        "ĐẶNG VĂN BÌNH",
        Some("Thượng tá"),
        ["PHÓ GIÁM ĐỐC CÔNG AN TỈNH KHÁNH HÒA"]
    )]
);

off!(
    envoy_after_the_name,
    "Thứ trưởng tiếp bà Anna Kowalska, Đại sứ Ba Lan tại Việt Nam, chiều qua.",
    [(
        "Anna Kowalska",
        None::<&str>,
        ["Đại sứ Ba Lan tại Việt Nam"]
    )]
);

/// A person named again later holds the posts the text gave them: each mention's official
/// carries them, with the rank given at another mention.
#[test]
fn posts_shared_across_mentions() {
    let text = "Đại tá Mai Xuân Hòa, Giám đốc Công an tỉnh Điện Biên, dự lễ. \
                Phát biểu tại buổi lễ, Đại tá Mai Xuân Hòa nhấn mạnh yêu cầu giữ vững an ninh.";
    let found = officials(text);
    assert_eq!(found.len(), 2, "{found:?}");
    for (name, rank, roles) in &found {
        assert_eq!(name, "Mai Xuân Hòa");
        assert_eq!(rank.as_deref(), Some("Đại tá"));
        assert_eq!(roles, &["Giám đốc Công an tỉnh Điện Biên".to_string()]);
    }
}

off!(
    rank_before_titles_of_learning,
    "Thiếu tướng, Giáo sư, Tiến sĩ Khổng Văn Tài, Giám đốc Học viện Quân y, phát biểu.",
    [(
        "Khổng Văn Tài",
        Some("Thiếu tướng"),
        ["Giám đốc Học viện Quân y"]
    )]
);

off!(
    a_post_of_a_body_named_by_its_kind,
    "Bác sĩ Trần Văn Bảy, Phó Giám đốc bệnh viện, cho biết ca mổ thành công.",
    [("Trần Văn Bảy", None::<&str>, ["Phó Giám đốc bệnh viện"])]
);
off!(
    plain_name_that_reads_as_a_rank,
    "Thieu tuong Ha Si Tuan, Pho Tu lenh Quan khu 3, den tham cac gia dinh.",
    [(
        "Ha Si Tuan",
        Some("Thiếu tướng"),
        ["Pho Tu lenh Quan khu 3"]
    )]
);
off!(
    plain_post_whose_body_is_named_like_an_address,
    "Thieu ta Vi Van Son, Don truong Don Bien phong Chi Lang, cho biet da bat 2 doi tuong.",
    [(
        "Vi Van Son",
        Some("Thiếu tá"),
        ["Don truong Don Bien phong Chi Lang"]
    )]
);
off!(
    post_after_re_election,
    "Đại tá Lò Văn Toản, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Điện Biên, tái đắc cử Bí thư Đảng ủy.",
    [(
        "Lò Văn Toản",
        Some("Đại tá"),
        ["Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Điện Biên", "Bí thư Đảng ủy"]
    )]
);
off!(
    rank_then_degrees_of_learning_abbreviated,
    "Thượng tá, TS.BS Đinh Quang Vũ, Phó Giám đốc Bệnh viện Quân y 175, cho biết.",
    [(
        "Đinh Quang Vũ",
        Some("Thượng tá"),
        ["Phó Giám đốc Bệnh viện Quân y 175"]
    )]
);
off!(
    post_then_degree_then_name_in_capitals,
    "HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC Y HÀ NỘI, PGS.TS LƯƠNG VĂN PHÚC: SẼ TUYỂN THÊM",
    [(
        "LƯƠNG VĂN PHÚC",
        None,
        ["HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC Y HÀ NỘI"]
    )]
);
off!(
    abbreviated_post,
    "Bà Trịnh Thu Hà, Chủ tịch HĐQT Công ty cổ phần Chè Thái Nguyên, phát biểu.",
    [(
        "Trịnh Thu Hà",
        None,
        ["Chủ tịch HĐQT Công ty cổ phần Chè Thái Nguyên"]
    )]
);
off!(
    envoy_of_a_country_named_like_a_person,
    "Phó Thủ tướng Lê Văn Thành tiếp Đại sứ Đức tại Việt Nam Klaus Weber.",
    [
        ("Lê Văn Thành", None, ["Phó Thủ tướng"]),
        ("Klaus Weber", None, ["Đại sứ Đức tại Việt Nam"])
    ]
);
off!(
    head_of_an_international_body,
    "Tổng Thư ký Liên hợp quốc Amina Diallo phát biểu.",
    [("Amina Diallo", None, ["Tổng Thư ký Liên hợp quốc"])]
);
off!(
    post_of_ones_own_body,
    "Cô Phạm Thị Lan, Hiệu trưởng nhà trường, cho biết năm nay trường có 40 lớp.",
    [("Phạm Thị Lan", None, ["Hiệu trưởng nhà trường"])]
);
off!(
    post_of_a_branch,
    "Ông Vũ Đức Minh, Giám đốc Vietcombank chi nhánh tỉnh Nghệ An, cho biết.",
    [(
        "Vũ Đức Minh",
        None,
        ["Giám đốc Vietcombank chi nhánh tỉnh Nghệ An"]
    )]
);
off!(
    post_of_a_body_where_it_serves,
    "Bà Sara Lind, Giám đốc Quốc gia WB tại Việt Nam, cho biết.",
    [("Sara Lind", None, ["Giám đốc Quốc gia WB tại Việt Nam"])]
);
off!(
    plain_capitals_surname_read_as_a_function_word,
    "THUONG TA DANG VAN TOAN, TRUONG CONG AN XA TAN PHU, CHO BIET.",
    [(
        "DANG VAN TOAN",
        Some("Thượng tá"),
        ["TRUONG CONG AN XA TAN PHU"]
    )]
);
off!(
    post_of_the_body_just_named,
    "Theo Sở Xây dựng, Giám đốc Sở Trần Thị Bích Ngọc đã ký văn bản.",
    [("Trần Thị Bích Ngọc", None, ["Giám đốc Sở"])]
);

off!(
    the_head_of_a_village_and_a_head_of_nothing_named,
    "Ông Hà Văn Tư, Trưởng ấp Bến Đình, đón đoàn do bà Lê Thị Na, Phó Chủ tịch UBND xã, làm trưởng đoàn.",
    [
        ("Hà Văn Tư", None, ["Trưởng ấp Bến Đình"]),
        ("Lê Thị Na", None, ["Phó Chủ tịch UBND xã"])
    ]
);

off!(
    a_person_named_again_by_the_given_name_alone,
    "Trung tá Lò Văn Sáu, Đội trưởng Đội Cảnh sát giao thông, cho biết; Trung tá Sáu nói thêm, còn ông Tâm im lặng.",
    [("Lò Văn Sáu", Some("Trung tá"), ["Đội trưởng Đội Cảnh sát giao thông"])]
);

off!(
    a_post_of_someone_elses_act_is_no_apposition,
    "Theo quyết định của Giám đốc Công an tỉnh, Thượng tá Lê Văn Hòa được bổ nhiệm giữ chức Trưởng phòng Tham mưu; theo chỉ đạo của Bộ trưởng Bộ Y tế, bà Đào Hồng Lan, các bệnh viện tăng ca.",
    [
        ("Lê Văn Hòa", Some("Thượng tá"), ["Trưởng phòng Tham mưu"]),
        ("Đào Hồng Lan", None, ["Bộ trưởng Bộ Y tế"])
    ]
);

off!(
    a_post_given_just_now,
    "Ông Đinh Văn Tài, Vụ trưởng Vụ Tổ chức cán bộ, vừa được bổ nhiệm làm Thứ trưởng Bộ Xây dựng.",
    [(
        "Đinh Văn Tài",
        None,
        ["Vụ trưởng Vụ Tổ chức cán bộ", "Thứ trưởng Bộ Xây dựng"]
    )]
);

off!(
    a_rank_before_an_abbreviated_title_with_its_full_stop,
    "Thượng tá, TS. Lê Minh Khoa, Phó Giám đốc Học viện Cảnh sát nhân dân, phát biểu.",
    [(
        "Lê Minh Khoa",
        Some("Thượng tá"),
        ["Phó Giám đốc Học viện Cảnh sát nhân dân"]
    )]
);

off!(
    posts_of_the_neighbours_and_an_envoy_where_he_serves,
    "Ông Bun-mi Xay-xa-na, Phó Tỉnh trưởng tỉnh Xiêng Khoảng, gặp ông Lê Quang Minh, Tổng Lãnh sự Việt Nam tại Luông Pha Băng.",
    [
        ("Bun-mi Xay-xa-na", None, ["Phó Tỉnh trưởng tỉnh Xiêng Khoảng"]),
        (
            "Lê Quang Minh",
            None,
            ["Tổng Lãnh sự Việt Nam tại Luông Pha Băng"]
        )
    ]
);

off!(
    officers_of_the_courts_and_of_enforcement,
    "Chấp hành viên Chi cục Thi hành án dân sự huyện Gia Lâm Lê Thị Hạnh và Điều tra viên Trần Văn Bình có mặt.",
    [
        (
            "Lê Thị Hạnh",
            None,
            ["Chấp hành viên Chi cục Thi hành án dân sự huyện Gia Lâm"]
        ),
        ("Trần Văn Bình", None, ["Điều tra viên"])
    ]
);

off!(
    clergy_posts_and_baptismal_names_of_two_words,
    "Đức cha Phêrô Nguyễn Văn Khảm, Giám mục chính tòa Giáo phận Mỹ Tho, và Linh mục Gioan Baotixita Trần Minh Đức, Tổng Đại diện Giáo phận Vĩnh Long, dự lễ.",
    [
        (
            "Phêrô Nguyễn Văn Khảm",
            None,
            ["Giám mục chính tòa Giáo phận Mỹ Tho"]
        ),
        (
            "Gioan Baotixita Trần Minh Đức",
            None,
            ["Tổng Đại diện Giáo phận Vĩnh Long"]
        )
    ]
);

off!(
    ministers_by_portfolio_and_no_post_in_the_palace,
    "Tại Phủ Chủ tịch, Chủ tịch nước Lê Minh Hưng tiếp khách; Bộ trưởng Công Thương Trần Quốc Bảo và Thứ trưởng Y tế Đinh Thu Hà dự.",
    [
        ("Lê Minh Hưng", None, ["Chủ tịch nước"]),
        ("Trần Quốc Bảo", None, ["Bộ trưởng Công Thương"]),
        ("Đinh Thu Hà", None, ["Thứ trưởng Y tế"])
    ]
);

off!(
    posts_in_brackets_and_a_birth_date_between_commas,
    "Ông Đặng Văn Khôi (Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh) và Thiếu tướng Mai Hữu Lộc, sinh ngày 3/9/1968, Phó Tư lệnh Quân khu 2, dự lễ.",
    [
        (
            "Đặng Văn Khôi",
            None,
            ["Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"]
        ),
        ("Mai Hữu Lộc", Some("Thiếu tướng"), ["Phó Tư lệnh Quân khu 2"])
    ]
);

off!(
    a_post_then_la_and_the_name_and_a_post_after_an_age_in_brackets,
    "Phó Chủ tịch UBND xã An Phú là ông Đỗ Văn Lâm đã ký, còn bị cáo Lưu Thị Hạnh (52 tuổi, nguyên Giám đốc Công ty CP Cơ khí Hà Bắc) thì khai.",
    [
        ("Đỗ Văn Lâm", None, ["Phó Chủ tịch UBND xã An Phú"]),
        (
            "Lưu Thị Hạnh",
            None,
            ["Giám đốc Công ty CP Cơ khí Hà Bắc"]
        )
    ]
);

off!(
    a_post_then_a_named_body_then_its_holder,
    "Nguyên Tổng Giám đốc Ngân hàng TMCP Hưng Thịnh Mới Vũ Hải Lâm và Chủ tịch Tập đoàn Tân Phú Cường Trần Đức Vinh hầu tòa.",
    [
        (
            "Vũ Hải Lâm",
            None,
            ["Tổng Giám đốc Ngân hàng TMCP Hưng Thịnh Mới"]
        ),
        ("Trần Đức Vinh", None, ["Chủ tịch Tập đoàn Tân Phú Cường"])
    ]
);

off!(
    a_post_given_by_a_named_body,
    "Bà Đỗ Thị Lan, Phó Giám đốc Sở Nội vụ, vừa được UBND tỉnh Hà Tĩnh bổ nhiệm làm Giám đốc Sở Nội vụ; ông Phan Văn Kiên được Quốc hội bầu giữ chức Phó Chủ nhiệm Ủy ban Kinh tế và Tài chính.",
    [
        (
            "Đỗ Thị Lan",
            None,
            ["Phó Giám đốc Sở Nội vụ", "Giám đốc Sở Nội vụ"]
        ),
        (
            "Phan Văn Kiên",
            None,
            ["Phó Chủ nhiệm Ủy ban Kinh tế và Tài chính"]
        )
    ]
);

off!(
    a_post_whose_last_words_begin_its_body,
    "Ông Lã Minh Tâm giữ chức Chánh Văn phòng UBND tỉnh Bắc Ninh từ tháng 12.",
    [("Lã Minh Tâm", None, ["Chánh Văn phòng UBND tỉnh Bắc Ninh"])]
);

off!(
    a_deputy_of_the_national_assembly,
    "Đại biểu Quốc hội Hà Văn Sơn (Đoàn ĐBQH tỉnh Phú Thọ) chất vấn; bà Lục Thị Mến, đại biểu Quốc hội chuyên trách, trả lời.",
    [
        ("Hà Văn Sơn", None, ["Đại biểu Quốc hội"]),
        ("Lục Thị Mến", None, ["đại biểu Quốc hội chuyên trách"])
    ]
);

off!(
    a_standing_deputy_head_of_a_board,
    "Hòa thượng Thích Minh Tâm, Phó Trưởng ban Thường trực Ban Văn hóa Trung ương Giáo hội Phật giáo Việt Nam, phát biểu.",
    [(
        "Thích Minh Tâm",
        None,
        ["Phó Trưởng ban Thường trực Ban Văn hóa Trung ương Giáo hội Phật giáo Việt Nam"]
    )]
);

off!(
    units_named_short_and_posts_just_given,
    "Đại tá Lò Văn Hùng, Phó Tư lệnh Quân khu, và Thượng úy Vi Văn Tám, Trung đội trưởng Trung đội 3, dự lễ; ông Hồ Văn Kiên, người vừa được giao giữ chức Cục trưởng Cục Thuế, phát biểu.",
    [
        ("Lò Văn Hùng", Some("Đại tá"), ["Phó Tư lệnh Quân khu"]),
        ("Vi Văn Tám", Some("Thượng úy"), ["Trung đội trưởng Trung đội 3"]),
        ("Hồ Văn Kiên", None, ["Cục trưởng Cục Thuế"])
    ]
);

off!(
    a_cell_secretary_and_village_head,
    "Ông Rơ Mah Thun, Bí thư Chi bộ, Trưởng thôn Plei Ông, xã Ia Mơr, được khen; Thiếu tá Hà Văn Sinh, Đội trưởng Đội vận động quần chúng Đồn Biên phòng Pa Tần, dự lễ.",
    [
        ("Rơ Mah Thun", None, ["Bí thư Chi bộ", "Trưởng thôn Plei Ông"]),
        (
            "Hà Văn Sinh",
            Some("Thiếu tá"),
            ["Đội trưởng Đội vận động quần chúng Đồn Biên phòng Pa Tần"]
        )
    ]
);

off!(
    a_post_as_the_predicate_and_fields_joined_by_a_dash,
    "Bà Đặng Thị Yến là Phó Giám đốc Bệnh viện Đa khoa tỉnh Lâm Đồng; BSCKII Hồ Văn Lộc, Trưởng khoa Hồi sức - Chống độc, trực; Trung tá Lê Thị Vân, Phó Trưởng Công an phường Vinh Lộc, dự.",
    [
        (
            "Đặng Thị Yến",
            None,
            ["Phó Giám đốc Bệnh viện Đa khoa tỉnh Lâm Đồng"]
        ),
        ("Hồ Văn Lộc", None, ["Trưởng khoa Hồi sức - Chống độc"]),
        (
            "Lê Thị Vân",
            Some("Trung tá"),
            ["Phó Trưởng Công an phường Vinh Lộc"]
        )
    ]
);

off!(
    foreign_envoys_and_a_ministry_of_a_country_named_like_a_person,
    "Đại sứ Suzuki Haruto thăm tỉnh; Quốc vụ khanh Bộ Ngoại giao Đức Lena Hoffmann phát biểu.",
    [
        ("Suzuki Haruto", None, ["Đại sứ"]),
        ("Lena Hoffmann", None, ["Quốc vụ khanh Bộ Ngoại giao Đức"])
    ]
);

off!(
    a_president_abroad_in_capitals,
    "CHỦ TỊCH NƯỚC HỘI ĐÀM VỚI TỔNG THỐNG HÀN QUỐC PARK MIN-SOO",
    [("PARK MIN-SOO", None, ["TỔNG THỐNG HÀN QUỐC"])]
);

off!(
    an_age_aside_and_a_post_held_at_the_time,
    "Trong số bị can có Đỗ Văn Khánh, 52 tuổi, nguyên Phó Chi cục trưởng Chi cục Hải quan Mộc Bài; khi ông Lê Văn Hòa còn giữ chức Chủ tịch UBND tỉnh thì dự án được duyệt.",
    [
        (
            "Đỗ Văn Khánh",
            None,
            ["Phó Chi cục trưởng Chi cục Hải quan Mộc Bài"]
        ),
        ("Lê Văn Hòa", None, ["Chủ tịch UBND tỉnh"])
    ]
);

// The director of an airport heads it: the post reads over the airport's name.
off!(
    the_director_of_an_airport,
    "Bà Trịnh Thu Hà, Giám đốc Cảng hàng không quốc tế Cát Bi, và ông Lê Minh Đức, Giám đốc sân bay Côn Đảo, dự họp.",
    [
        ("Trịnh Thu Hà", None, ["Giám đốc Cảng hàng không quốc tế Cát Bi"]),
        ("Lê Minh Đức", None, ["Giám đốc sân bay Côn Đảo"])
    ]
);

// A post right after the name with no comma, as comments type it, when it names its place;
// a post given by a move ("được điều về làm").
off!(
    a_post_without_its_comma_and_a_post_moved_to,
    "ông trần văn bảy chủ tịch xã hòa an nói đúng\nThượng tá Lê Hữu Phước được điều về làm Phó Giám đốc Công an tỉnh Gia Lai.",
    [
        ("trần văn bảy", None, ["chủ tịch xã hòa an"]),
        ("Lê Hữu Phước", Some("Thượng tá"), ["Phó Giám đốc Công an tỉnh Gia Lai"])
    ]
);

// A frequent surname opening a place's name is a person's after a post: "Vũ Quang" is a
// district, "Vũ Quang Thái" a name.
off!(
    a_name_that_begins_with_a_place,
    "Theo Thứ trưởng Bộ Y tế Vũ Quang Thái, số ca bệnh giảm.",
    [("Vũ Quang Thái", None, ["Thứ trưởng Bộ Y tế"])]
);

// The post held now, after a comma and the post held before ("…, nay giữ chức …"); a post
// confirmed by a minister whose body's name holds a glued "&"; a staff assistant by field.
off!(
    a_post_held_now_and_a_post_confirmed,
    "Ông Lâm Văn Tới, nguyên Chủ tịch UBND huyện Tân Hồng, nay giữ chức Bí thư Đảng ủy xã Tân Hộ Cơ.\nTS Đỗ Thị Mai vừa được Bộ trưởng Bộ GD&ĐT công nhận giữ chức Hiệu trưởng Trường Đại học Vinh.\nThiếu tá Hồ Văn Ninh, Trợ lý Tham mưu Ban Chỉ huy Phòng thủ khu vực 3, trực chỉ huy.",
    [
        (
            "Lâm Văn Tới",
            None,
            ["Chủ tịch UBND huyện Tân Hồng", "Bí thư Đảng ủy xã Tân Hộ Cơ"]
        ),
        ("Đỗ Thị Mai", None, ["Hiệu trưởng Trường Đại học Vinh"]),
        (
            "Hồ Văn Ninh",
            Some("Thiếu tá"),
            ["Trợ lý Tham mưu Ban Chỉ huy Phòng thủ khu vực 3"]
        )
    ]
);

// A team's deputy named the short way ("Đội phó"), written as it is and in capitals.
off!(
    the_deputy_of_a_team,
    "Thượng úy Vi Văn Đông, Đội phó Đội CSGT số 2 Phòng CSGT Công an tỉnh Lạng Sơn, trực chốt.\nTHIẾU TÁ LƯƠNG VĂN BẰNG, ĐỘI PHÓ ĐỘI CSGT SỐ 4 PHÒNG CSGT CÔNG AN TỈNH BẮC NINH, NHẬN KHEN",
    [
        (
            "Vi Văn Đông",
            Some("Thượng úy"),
            ["Đội phó Đội CSGT số 2 Phòng CSGT Công an tỉnh Lạng Sơn"]
        ),
        (
            "LƯƠNG VĂN BẰNG",
            Some("Thiếu tá"),
            ["ĐỘI PHÓ ĐỘI CSGT SỐ 4 PHÒNG CSGT CÔNG AN TỈNH BẮC NINH"]
        )
    ]
);

// An abbot heads the pagoda named after the post; a party cell of a village; a post held now
// after an aside ("…, người dân tộc Khmer, hiện giữ chức …"); a post held once.
off!(
    posts_of_a_pagoda_a_village_and_held_now,
    "Thượng tọa Thạch Sô Phal, Trụ trì chùa Kh'Leang, dự lễ.\nÔng Lò Văn Sơn, Bí thư Chi bộ bản Nà Lò, cho biết.\nÔng Danh Sơn (SN 1980), người dân tộc Khmer, hiện giữ chức Chủ tịch UBND xã Vĩnh Hải.\nBà Ngô Thị Hạnh, nguyên Chủ tịch HĐQT Công ty cổ phần Minh Long, từng giữ chức Tổng Giám đốc doanh nghiệp này.",
    [
        ("Thạch Sô Phal", None, ["Trụ trì chùa Kh'Leang"]),
        ("Lò Văn Sơn", None, ["Bí thư Chi bộ bản Nà Lò"]),
        ("Danh Sơn", None, ["Chủ tịch UBND xã Vĩnh Hải"]),
        (
            "Ngô Thị Hạnh",
            None,
            ["Chủ tịch HĐQT Công ty cổ phần Minh Long", "Tổng Giám đốc"]
        )
    ]
);

// Careers: posts held once ("từng là", "từng giữ các chức vụ" with a list), after a term
// ("giai đoạn 2016-2021"), after an aside closed by a comma, confirmed ("được phê chuẩn
// giữ chức"), typed in haste ("dc bo nhiem"); a rank conferred on the one named after "đối
// với".
off!(
    careers_and_conferred_ranks,
    "Thiếu tướng Hà Văn Kiên, Cục trưởng Cục Cảnh sát kinh tế, từng là Phó Giám đốc Công an tỉnh Bắc Giang.\nĐại tá Lê Văn Tám từng giữ các chức vụ Trung đoàn trưởng Trung đoàn 3, Phó Tư lệnh Quân khu 5.\nÔng Trần Văn Lợi, Phó Chủ tịch UBND tỉnh Bình Định giai đoạn 2016-2021, được điều động làm Giám đốc Sở Tài chính.\nĐại tá Y Kông Niê, quê xã Ea Kly, giữ chức Phó Giám đốc Công an tỉnh Đắk Lắk.\nÔng Hồ Văn Niên được phê chuẩn giữ chức Chủ tịch UBND tỉnh Gia Lai.\nanh Le Van Tuan dc bo nhiem lam pho giam doc So Y te.\nThăng quân hàm Thiếu tướng đối với Phó Tư lệnh Quân khu 7 Nguyễn Văn Hòa.",
    [
        (
            "Hà Văn Kiên",
            Some("Thiếu tướng"),
            ["Cục trưởng Cục Cảnh sát kinh tế", "Phó Giám đốc Công an tỉnh Bắc Giang"]
        ),
        (
            "Lê Văn Tám",
            Some("Đại tá"),
            ["Trung đoàn trưởng Trung đoàn 3", "Phó Tư lệnh Quân khu 5"]
        ),
        (
            "Trần Văn Lợi",
            None,
            ["Phó Chủ tịch UBND tỉnh Bình Định", "Giám đốc Sở Tài chính"]
        ),
        ("Y Kông Niê", Some("Đại tá"), ["Phó Giám đốc Công an tỉnh Đắk Lắk"]),
        ("Hồ Văn Niên", None, ["Chủ tịch UBND tỉnh Gia Lai"]),
        ("Le Van Tuan", None, ["pho giam doc So Y te"]),
        ("Nguyễn Văn Hòa", Some("Thiếu tướng"), ["Phó Tư lệnh Quân khu 7"])
    ]
);

// The one who gives a post is read across joiners glued inside a name ("GD&ĐT"), never
// across the end of a sentence; a monk's name after his pagoda is his.
off!(
    a_giver_stops_at_a_sentence_end,
    "Ông Lê Văn Hòa được Tỉnh ủy tín nhiệm. Bổ nhiệm giữ chức Giám đốc Sở Y tế là bà Trần Thị Mai.\nTrụ trì chùa Phước Hậu Thích Minh Tâm dự lễ.",
    [
        ("Trần Thị Mai", None, ["Giám đốc Sở Y tế"]),
        ("Thích Minh Tâm", None, ["Trụ trì chùa Phước Hậu"])
    ]
);

// A legislature's term between the post and the name: the post is the person's, without
// the term.
off!(
    a_term_between_the_post_and_the_name,
    "Tại phiên họp, Đại biểu Quốc hội khóa XV Lò Thị Mai đề nghị sửa luật.",
    [("Lò Thị Mai", None, ["Đại biểu Quốc hội"])]
);

// Two posts joined by a dash before the body they are of are one post; the militia's
// commander of a village and a staff assistant by field are posts.
off!(
    posts_joined_by_a_dash_and_the_militia,
    "Thượng tá Phạm Văn Khoa, Phó Chỉ huy trưởng - Tham mưu trưởng Bộ CHQS tỉnh Gia Lai, cùng ông Hà Văn Sáng, Thôn đội trưởng thôn Bản Phố, và Thiếu tá Vi Văn Tường, Trợ lý Dân quân tự vệ Ban CHQS xã Quảng Hòa, kiểm tra trận địa.",
    [
        (
            "Phạm Văn Khoa",
            Some("Thượng tá"),
            ["Phó Chỉ huy trưởng - Tham mưu trưởng Bộ CHQS tỉnh Gia Lai"]
        ),
        ("Hà Văn Sáng", None, ["Thôn đội trưởng thôn Bản Phố"]),
        (
            "Vi Văn Tường",
            Some("Thiếu tá"),
            ["Trợ lý Dân quân tự vệ Ban CHQS xã Quảng Hòa"]
        )
    ]
);

// A legislature's term after a post does not end the posts that follow; a ward named after
// a person is a ward where the commune list names it.
off!(
    posts_after_a_term_and_wards_named_after_people,
    "Ông Lò Văn Hưng, Đại biểu Quốc hội khóa XV, Phó Trưởng Đoàn ĐBQH tỉnh Điện Biên, và bà Hà Thị Lan, Bí thư Đảng ủy phường Lương Văn Tri, dự họp.",
    [
        (
            "Lò Văn Hưng",
            None,
            ["Đại biểu Quốc hội", "Phó Trưởng Đoàn ĐBQH tỉnh Điện Biên"]
        ),
        ("Hà Thị Lan", None, ["Bí thư Đảng ủy phường Lương Văn Tri"])
    ]
);

// The holder named after the body he heads is the full name with its middle name, though
// the word before it is a surname too ("Lộc").
off!(
    a_holder_after_his_cooperative,
    "Giám đốc HTX Kim Lộc Phạm Văn Hải cho biết sản lượng tăng.",
    [("Phạm Văn Hải", None, ["Giám đốc HTX Kim Lộc"])]
);

// A former rank before the posts in brackets, or alone between commas, is the person's; a
// post after the year of birth may follow "nguyên".
off!(
    former_ranks_in_brackets_and_between_commas,
    "Bị cáo Lâm Văn Tùng (nguyên Trung tá, Phó Trưởng phòng Cảnh sát hình sự Công an tỉnh Bến Tre) và bị cáo Hà Minh Quân, nguyên thiếu úy, cán bộ Công an xã Tân Phú, cùng bị cáo Vũ Đình Khải, sinh năm 1970, nguyên Giám đốc Sở Xây dựng tỉnh Thái Bình, hầu tòa.",
    [
        (
            "Lâm Văn Tùng",
            Some("Trung tá"),
            ["Phó Trưởng phòng Cảnh sát hình sự Công an tỉnh Bến Tre"]
        ),
        ("Hà Minh Quân", Some("Thiếu úy"), []),
        ("Vũ Đình Khải", None, ["Giám đốc Sở Xây dựng tỉnh Thái Bình"])
    ]
);

// A grade of a judicial post is part of it.
off!(
    graded_judicial_posts,
    "Bà Hoàng Thị Yến, Thẩm phán trung cấp TAND tỉnh Phú Thọ, và ông Lê Quốc Huy, Kiểm sát viên cao cấp VKSND cấp cao tại Đà Nẵng, dự phiên tòa.",
    [
        ("Hoàng Thị Yến", None, ["Thẩm phán trung cấp TAND tỉnh Phú Thọ"]),
        (
            "Lê Quốc Huy",
            None,
            ["Kiểm sát viên cao cấp VKSND cấp cao tại Đà Nẵng"]
        )
    ]
);

// A post held before, as comments write it.
off!(
    a_post_held_before_in_a_comment,
    "chị Vũ Thị Hạnh hồi trước làm phó giám đốc sở y tế tỉnh Hưng Yên, giờ nghỉ hưu rồi",
    [("Vũ Thị Hạnh", None, ["phó giám đốc sở y tế tỉnh Hưng Yên"])]
);

// A company's executives by their field, and as the business press writes them in English.
off!(
    executives_by_field,
    "Bà Trần Thu Hà, CEO Công ty Cổ phần Vận tải Sông Lam, và ông Đỗ Quốc Bảo, Giám đốc Tài chính Tập đoàn Hòa Bình Xanh, ký kết hợp đồng.",
    [
        (
            "Trần Thu Hà",
            None,
            ["CEO Công ty Cổ phần Vận tải Sông Lam"]
        ),
        (
            "Đỗ Quốc Bảo",
            None,
            ["Giám đốc Tài chính Tập đoàn Hòa Bình Xanh"]
        )
    ]
);

// A post given or taken by a decision "đối với" the one named, a term between.
off!(
    a_post_decided_for_the_one_named,
    "HĐND tỉnh đã miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh Bắc Ninh nhiệm kỳ 2021 - 2026 đối với ông Lại Văn Khang.",
    [("Lại Văn Khang", None, ["Phó Chủ tịch UBND tỉnh Bắc Ninh"])]
);

// The post of whoever decides is not given to the one the decision is about.
off!(
    the_deciders_post_stays_the_deciders,
    "Quyết định kỷ luật của Chủ tịch UBND tỉnh Hải Dương đối với ông Phí Văn Lâm đã được công bố.",
    []
);

// A second post held at once, "đồng thời là", with or without diacritics; the bodies of the
// Party of 2025 by the province; a standing deputy head of a board before that board.
off!(
    a_second_post_held_at_once,
    "Ông Hồ Văn Lực, Bí thư Đảng ủy xã Tân Phú, đồng thời là Chủ tịch HĐND xã, dự họp.\nBa Kha Thi Nga, Pho Bi thu Dang uy phuong, dong thoi lam Truong Ban Dan van, phat bieu.",
    [
        (
            "Hồ Văn Lực",
            None,
            ["Bí thư Đảng ủy xã Tân Phú", "Chủ tịch HĐND xã"]
        ),
        (
            "Kha Thi Nga",
            None,
            ["Pho Bi thu Dang uy phuong", "Truong Ban Dan van"]
        )
    ]
);
off!(
    party_bodies_of_a_province_and_a_standing_deputy_head,
    "Ông Vũ Minh Đức, Bí thư Đảng ủy các cơ quan Đảng tỉnh Lào Cai, và bà Đinh Thị Yến, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy, dự lễ.",
    [
        (
            "Vũ Minh Đức",
            None,
            ["Bí thư Đảng ủy các cơ quan Đảng tỉnh Lào Cai"]
        ),
        (
            "Đinh Thị Yến",
            None,
            ["Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"]
        )
    ]
);

// Ranks written short with a slash, with or without diacritics; a post held before, "trước
// là".
off!(
    ranks_written_short_and_a_post_held_before,
    "Đ/tá Lò Văn Khiêm, Chính ủy Lữ đoàn 972, đến thăm.\nCam on Tr/uy Ha Van Son nhieu nhe.\nÔng Cao Văn Thịnh, trước là Phó Giám đốc Sở Xây dựng, nay nghỉ hưu.",
    [
        ("Lò Văn Khiêm", Some("Đại tá"), ["Chính ủy Lữ đoàn 972"]),
        ("Ha Van Son", Some("Trung úy"), []),
        ("Cao Văn Thịnh", None, ["Phó Giám đốc Sở Xây dựng"])
    ]
);

// A board member who is also the chief executive.
off!(
    a_board_member_and_chief_executive,
    "Bà Lưu Thị Nhàn, Ủy viên HĐQT kiêm Tổng Giám đốc Công ty Cổ phần Thép Hòa Phong, ký kết.",
    [(
        "Lưu Thị Nhàn",
        None,
        [
            "Ủy viên HĐQT",
            "Tổng Giám đốc Công ty Cổ phần Thép Hòa Phong"
        ]
    )]
);

// "nguyên" before a post is no fourth name in lower case; a club that signs a player is no
// club named after him.
off!(
    a_former_post_in_lower_case,
    "bà trịnh thị mai nguyên phó chủ tịch ubnd xã yên lạc đã phát biểu",
    [("trịnh thị mai", None, ["phó chủ tịch ubnd xã yên lạc"])]
);

// A department's head works at the hospital or the school the department is of: the post
// reads through the department's words, and the organization is the hospital or the school.
off!(
    a_department_head_at_a_hospital_or_a_school,
    "Bà Vi Thị Nguyệt, Trưởng phòng Điều dưỡng Bệnh viện Bạch Mai, và ông Lò Văn Tiến, Trưởng khoa Ngoại Bệnh viện Chợ Rẫy, dự họp.",
    [
        (
            "Vi Thị Nguyệt",
            None,
            ["Trưởng phòng Điều dưỡng Bệnh viện Bạch Mai"]
        ),
        ("Lò Văn Tiến", None, ["Trưởng khoa Ngoại Bệnh viện Chợ Rẫy"])
    ]
);

#[test]
fn a_department_gives_its_hospital_as_the_organization() {
    let orgs: Vec<String> = extract(
        "Bà Vi Thị Nguyệt, Trưởng phòng Điều dưỡng Bệnh viện Bạch Mai, cho biết em bé nằm viện 4 ngày.",
    )
    .into_iter()
    .filter(|e| matches!(e.value, Value::Organization { .. }))
    .map(|e| e.text.to_string())
    .collect();
    assert_eq!(orgs, ["Bệnh viện Bạch Mai"]);
}

// In a headline in capitals, a woman's four-word name before the verb that says what she
// does.
off!(
    a_womans_name_before_a_headline_verb,
    "BÍ THƯ ĐẢNG ỦY PHƯỜNG LÊ THỊ KIM OANH ĐỐI THOẠI VỚI THANH NIÊN",
    [("LÊ THỊ KIM OANH", None, ["BÍ THƯ ĐẢNG ỦY PHƯỜNG"])]
);

// In a headline in capitals, a deputy named after the legislature's term; a minister's
// four-word name before the verb of the headline.
off!(
    headlines_with_a_term_and_a_verb,
    "DAI BIEU QUOC HOI KHOA XV TRINH XUAN MANH DE NGHI TANG LUONG\nBỘ TRƯỞNG BỘ Y TẾ ĐÀO THỊ HỒNG LAN TRẢ LỜI CHẤT VẤN",
    [
        ("TRINH XUAN MANH", None, ["DAI BIEU QUOC HOI"]),
        ("ĐÀO THỊ HỒNG LAN", None, ["BỘ TRƯỞNG BỘ Y TẾ"])
    ]
);

// A seat on a People's Council taken by election, as a second post.
off!(
    elected_to_a_peoples_council,
    "Thượng tá Vi Văn Thắm, Phó Trưởng Công an phường Tân An, được bầu làm đại biểu HĐND phường khóa I.",
    [(
        "Vi Văn Thắm",
        Some("Thượng tá"),
        ["Phó Trưởng Công an phường Tân An", "đại biểu HĐND phường"]
    )]
);

// The department rule reads only a department's words ("phòng", "khoa", "đội"): a union or
// a Party cell of a hospital or a school stays the body; a department whose name holds more
// words keeps its head.
off!(
    bodies_of_a_hospital_that_are_no_department,
    "Ông Hà Văn Tú, Chủ tịch công đoàn Bệnh viện Bạch Mai, và bà Mẫn Thị Hậu, Trưởng phòng Tổ chức cán bộ Bệnh viện Bạch Mai, dự họp.",
    [
        ("Hà Văn Tú", None, ["Chủ tịch công đoàn Bệnh viện Bạch Mai"]),
        (
            "Mẫn Thị Hậu",
            None,
            ["Trưởng phòng Tổ chức cán bộ Bệnh viện Bạch Mai"]
        )
    ]
);

// In a headline in capitals, a verb of going after a woman's name is no fourth name.
off!(
    a_verb_of_going_after_a_name_in_capitals,
    "PHÓ BÍ THƯ TỈNH ỦY LÒ THỊ MAI XUỐNG KIỂM TRA VÙNG LŨ",
    [("LÒ THỊ MAI", None, ["PHÓ BÍ THƯ TỈNH ỦY"])]
);

// Envoys posted to a city of today, posts held only abroad, and ministries abroad named
// by their fields: the names after them have no Vietnamese surname to anchor them.
off!(
    a_consul_general_posted_to_a_city,
    "Chiều qua, lãnh đạo tỉnh tiếp Tổng Lãnh sự Hàn Quốc tại TP Hồ Chí Minh Choi Young-sam và Tổng Lãnh sự Lào tại Đà Nẵng Vilay Phommachanh.",
    [
        ("Choi Young-sam", None, ["Tổng Lãnh sự Hàn Quốc tại TP Hồ Chí Minh"]),
        ("Vilay Phommachanh", None, ["Tổng Lãnh sự Lào tại Đà Nẵng"])
    ]
);
off!(
    a_post_held_only_abroad,
    "Đoàn do Phó Tỉnh trưởng Khăm Sỉ Vông Xay dẫn đầu đã làm việc với Thị trưởng Thành phố Osaka Tanaka Ichiro.",
    [
        ("Khăm Sỉ Vông Xay", None, ["Phó Tỉnh trưởng"]),
        ("Tanaka Ichiro", None, ["Thị trưởng Thành phố Osaka"])
    ]
);
off!(
    a_minister_of_a_ministry_abroad_by_its_fields,
    "Bộ trưởng Bộ Kinh tế, Thương mại và Công nghiệp Nhật Bản Suzuki Kenta tiếp đoàn công tác.",
    [(
        "Suzuki Kenta",
        None,
        ["Bộ trưởng Bộ Kinh tế, Thương mại và Công nghiệp Nhật Bản"]
    )]
);

// A title of showbiz is no post held abroad, and in a headline in capitals an envoy's city
// does not open a name, whose end is not seen there.
off!(
    no_name_read_past_a_showbiz_title_or_a_capitals_city,
    "Nữ hoàng Giải Trí Hồ Ngọc Hà dự tiệc.\nĐẠI SỨ HOA KỲ TẠI HÀ NỘI MARC KNAPPER THĂM HUẾ",
    []
);

// Posts given by a body named at length before the verb, confirmed, or handed over.
off!(
    posts_given_confirmed_or_handed_over,
    "Bà Hà Thị Mến được Ban Chấp hành Đảng bộ tỉnh Tuyên Quang bầu làm Phó Bí thư Tỉnh ủy; ông Vàng A Lử được giao làm Chủ tịch UBND xã Mèo Vạc; ông Tạ Quang Huy được chuẩn y giữ chức Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Tuyên Quang.",
    [
        ("Hà Thị Mến", None, ["Phó Bí thư Tỉnh ủy"]),
        ("Vàng A Lử", None, ["Chủ tịch UBND xã Mèo Vạc"]),
        (
            "Tạ Quang Huy",
            None,
            ["Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Tuyên Quang"]
        )
    ]
);
off!(
    a_full_time_deputy_head_of_a_delegation,
    "Bà Lò Thị Hoa, Phó Trưởng đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh Sơn La, phát biểu.",
    [(
        "Lò Thị Hoa",
        None,
        ["Phó Trưởng đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh Sơn La"]
    )]
);

// The province a body is in, in brackets between the post and the name; a body's
// abbreviation after a rank in capitals is no name.
off!(
    a_province_in_brackets_before_the_name,
    "Trưởng Công an huyện Sơn Hà (tỉnh Quảng Ngãi) Đinh Văn Thơ bị đình chỉ. THƯỢNG TÁ CSGT BỊ THƯƠNG KHI LÀM NHIỆM VỤ",
    [(
        "Đinh Văn Thơ",
        None,
        ["Trưởng Công an huyện Sơn Hà"]
    )]
);

// The military posts of logistics and technics.
off!(
    a_chief_of_logistics,
    "Thượng tá Lê Văn Đông, Chủ nhiệm Hậu cần Bộ Chỉ huy Quân sự tỉnh Tây Ninh, kiểm tra kho.",
    [(
        "Lê Văn Đông",
        Some("Thượng tá"),
        ["Chủ nhiệm Hậu cần Bộ Chỉ huy Quân sự tỉnh Tây Ninh"]
    )]
);

// "giữ chức Vụ trưởng": the connector ends before the post its last word opens; "kể từ"
// ends the department's name.
off!(
    a_post_whose_first_word_ends_the_connector,
    "Bộ trưởng bổ nhiệm bà Vi Thị Lan, Phó Vụ trưởng Vụ Ngân sách nhà nước, giữ chức Vụ trưởng Vụ Ngân sách nhà nước kể từ ngày 1/8/2025.",
    [(
        "Vi Thị Lan",
        None,
        [
            "Phó Vụ trưởng Vụ Ngân sách nhà nước",
            "Vụ trưởng Vụ Ngân sách nhà nước"
        ]
    )]
);

// "giữ chức vụ Trưởng phòng": the connector keeps its "vụ" where the post's first word is
// not capitalised as a department's.
off!(
    a_post_after_giu_chuc_vu,
    "Ông Lò Văn Tâm giữ chức vụ Trưởng phòng Tổ chức cán bộ Sở Nội vụ tỉnh Điện Biên.",
    [(
        "Lò Văn Tâm",
        None,
        ["Trưởng phòng Tổ chức cán bộ Sở Nội vụ tỉnh Điện Biên"]
    )]
);

// The head of a military hospital's department, and the standing deputy prime minister.
off!(
    a_department_head_of_a_military_hospital,
    "Thiếu tá Hà Văn Quyết, Chủ nhiệm khoa Nội Bệnh viện Quân y 354, và Phó Thủ tướng Thường trực Lê Văn Sáu thăm bệnh nhân.",
    [
        (
            "Hà Văn Quyết",
            Some("Thiếu tá"),
            ["Chủ nhiệm khoa Nội Bệnh viện Quân y 354"]
        ),
        ("Lê Văn Sáu", None, ["Phó Thủ tướng Thường trực"])
    ]
);

// A member of a council, and a post to which the clergy chose someone.
off!(
    a_council_member_and_a_post_chosen_by_the_clergy,
    "Thượng tọa Thích Minh Quang, Thành viên Hội đồng Trị sự GHPGVN, được suy cử làm Trưởng ban Trị sự GHPGVN tỉnh Lâm Đồng.",
    [(
        "Thích Minh Quang",
        None,
        [
            "Thành viên Hội đồng Trị sự GHPGVN",
            "Trưởng ban Trị sự GHPGVN tỉnh Lâm Đồng"
        ]
    )]
);
