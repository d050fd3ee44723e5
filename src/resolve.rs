//! Overlap resolution: candidates from every matcher become flat, non-overlapping mentions.
//! The longest wins, then the higher priority of its kind, then the leftmost.

use crate::matchers::Candidate;

/// Keeps the best non-overlapping candidates over `n` tokens, sorted by start.
pub fn resolve(mut cands: Vec<Candidate>, n: usize) -> Vec<Candidate> {
    cands.retain(|c| c.start < c.end && (c.end as usize) <= n);
    cands.sort_unstable_by(|a, b| {
        (b.end - b.start)
            .cmp(&(a.end - a.start))
            .then(b.priority.cmp(&a.priority))
            .then(a.start.cmp(&b.start))
    });
    // In place: the candidates are most of the memory on dense input.
    let mut taken = vec![false; n];
    cands.retain(|c| {
        let r = c.start as usize..c.end as usize;
        if taken[r.clone()].iter().any(|&t| t) {
            return false;
        }
        taken[r].iter_mut().for_each(|t| *t = true);
        true
    });
    cands.sort_unstable_by_key(|c| (c.start, c.end));
    cands
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entity::Value;

    fn c(start: usize, end: usize, value: Value) -> Candidate {
        Candidate::new(start, end, value)
    }

    #[test]
    fn longest_then_priority_then_leftmost() {
        let org = Value::Organization { name: "X".into() };
        let person = Value::Person { name: "Y".into() };
        let num = Value::Number { value: 1.0 };
        let got = resolve(
            vec![
                c(0, 2, person.clone()),
                c(0, 4, org.clone()),
                c(3, 4, num.clone()),
                c(5, 7, person.clone()),
                c(5, 7, org.clone()),
                c(6, 8, num.clone()),
                c(9, 10, num.clone()),
            ],
            10,
        );
        let spans: Vec<(u32, u32, crate::entity::Kind)> = got
            .iter()
            .map(|c| (c.start, c.end, c.value.kind()))
            .collect();
        use crate::entity::Kind::*;
        assert_eq!(
            spans,
            vec![(0, 4, Organization), (5, 7, Organization), (9, 10, Number)]
        );
    }

    #[test]
    fn out_of_range_candidates_are_dropped() {
        let got = resolve(
            vec![
                c(3, 20, Value::Number { value: 1.0 }),
                c(2, 2, Value::Number { value: 1.0 }),
            ],
            5,
        );
        assert!(got.is_empty());
    }
}
