//! Ranks: dictionary hits of the ranks lexicon, in any case ("thượng tá", "ĐẠI TÁ").

use super::{Candidate, Cx};
use crate::entity::Value;
use crate::lexicon::EntryKind;

/// Every rank.
pub fn find(cx: &Cx<'_, '_>, out: &mut Vec<Candidate>) {
    let mut i = 0;
    while i < cx.n() {
        if let Some((h, e)) = cx.longest(i, EntryKind::Rank) {
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
    fn accents_must_agree() {
        assert!(ranks("trung tâm đại tạ").is_empty());
    }
}
