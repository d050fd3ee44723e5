//! Overlap resolution: candidates from every matcher become flat, non-overlapping mentions.
//! The longest wins, then the higher priority of its kind, then the leftmost.

use crate::matchers::Candidate;

/// Scratch for [`resolve`], kept by each thread from one text to the next.
type Scratch = (Vec<(u64, u64)>, Vec<bool>, Vec<bool>);

thread_local! {
    static SCRATCH: std::cell::Cell<Scratch> = std::cell::Cell::new(Default::default());
}

/// Keeps the best non-overlapping candidates over `n` tokens, sorted by start.
pub fn resolve(mut cands: Vec<Candidate>, n: usize) -> Vec<Candidate> {
    cands.retain(|c| c.start < c.end && (c.end as usize) <= n);
    // The order of preference as one number per candidate (longest, then higher priority,
    // then leftmost), sorted with the candidate's index: the candidates themselves, large
    // values, are not moved.
    let (mut order, mut taken, mut keep) = SCRATCH.try_with(|s| s.take()).unwrap_or_default();
    order.clear();
    order.extend(cands.iter().enumerate().map(|(i, c)| {
        let len = (c.end - c.start) as u64;
        let key = (u32::MAX as u64 - len) << 32 | (u8::MAX - c.priority) as u64;
        (key, (c.start as u64) << 32 | i as u64)
    }));
    order.sort_unstable();
    taken.clear();
    taken.resize(n, false);
    keep.clear();
    keep.resize(cands.len(), false);
    for &(_, at) in &order {
        let i = at & 0xFFFF_FFFF;
        let c = &cands[i as usize];
        let r = c.start as usize..c.end as usize;
        if taken[r.clone()].iter().any(|&t| t) {
            continue;
        }
        taken[r].iter_mut().for_each(|t| *t = true);
        keep[i as usize] = true;
    }
    let mut k = keep.iter();
    cands.retain(|_| k.next().copied().unwrap_or(false));
    if taken.capacity() <= 1 << 20 {
        let _ = SCRATCH.try_with(|s| s.set((order, taken, keep)));
    }
    // Each matcher proposes in order of position: a stable sort merges those runs.
    cands.sort_by_key(|c| (c.start, c.end));
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
