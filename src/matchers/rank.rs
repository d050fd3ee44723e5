//! Ranks: dictionary hits of the ranks lexicon, in any case ("thượng tá", "ĐẠI TÁ").

use super::{Candidate, Cx};
use crate::entity::Value;
use crate::lexicon::EntryKind;
use crate::matchers::dictionary::Hit;

/// Whether the rank `h` is the start of a name instead: a rank written without diacritics
/// right after another rank, capitalised, its first word a surname and a capitalised word
/// after it. "Trung tuong Ha Si Luong" is Hà Sĩ Lương, not a hạ sĩ: no rank follows a rank.
pub fn reads_as_name(cx: &Cx<'_, '_>, h: &Hit) -> bool {
    let (start, end) = (h.start as usize, h.end as usize);
    start > 0
        && (start..end).all(|k| cx.is_cap(k) && !cx.tok(k).marks)
        && cx.is_surname(start)
        && cx.is_cap_spaced(end)
        && cx.ends_at(start, EntryKind::Rank, 3)
}

/// Every rank.
pub fn find(cx: &Cx<'_, '_>, out: &mut Vec<Candidate>) {
    let mut i = 0;
    while i < cx.n() {
        // A longer phrase may hold a rank's words: "hạ sĩ quan" (the rank and file).
        let phrase_end = || cx.longest(i, EntryKind::Stop).map_or(0, |(h, _)| h.end);
        if let Some((h, e)) = cx
            .longest(i, EntryKind::Rank)
            .filter(|(h, _)| h.end > phrase_end() && !reads_as_name(cx, h))
        {
            out.push(Candidate::new(
                i,
                h.end as usize,
                Value::Rank {
                    rank: e.canonical.clone(),
                    grade: e.attrs.grade,
                    force: e.attrs.force,
                },
            ));
            i = h.end as usize;
        } else {
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::test_util::ranks;

    #[test]
    fn every_case_and_placement() {
        assert_eq!(
            ranks("thượng tá A, ĐẠI TÁ B, Đại uý C,\nThieu ta D\nChuẩn đô đốc E"),
            vec![
                ("thượng tá".to_string(), "Thượng tá".to_string(), 6),
                ("ĐẠI TÁ".to_string(), "Đại tá".to_string(), 5),
                ("Đại uý".to_string(), "Đại úy".to_string(), 9),
                ("Thieu ta".to_string(), "Thiếu tá".to_string(), 8),
                ("Chuẩn đô đốc".to_string(), "Chuẩn Đô đốc".to_string(), 4),
            ]
        );
    }

    #[test]
    fn no_rank_right_after_a_rank() {
        // Without diacritics a name may read as a rank: Hà Sĩ is no hạ sĩ after a general.
        assert_eq!(
            ranks("Thieu tuong Ha Si Tuan va Ha si Binh"),
            vec![
                ("Thieu tuong".to_string(), "Thiếu tướng".to_string(), 4),
                ("Ha si".to_string(), "Hạ sĩ".to_string(), 16),
            ]
        );
    }

    #[test]
    fn the_rank_and_file_is_no_rank() {
        assert_eq!(
            ranks("các hạ sĩ quan và Hạ sĩ A"),
            vec![("Hạ sĩ".to_string(), "Hạ sĩ".to_string(), 16)]
        );
    }

    #[test]
    fn accents_must_agree() {
        assert!(ranks("trung tâm đại tạ").is_empty());
    }
}
