//! One-to-one matching of predictions to gold items.

use std::collections::VecDeque;

/// Matches predictions to gold items one to one.
///
/// `candidates[p]` lists the gold items prediction `p` may match, most
/// preferred first. Required gold items are matched first, by a maximum
/// bipartite matching (augmenting paths found breadth-first, predictions
/// taken in their order, so that without conflicts each prediction simply
/// takes its first free candidate); then the predictions left over are
/// matched to optional gold items the same way, so an optional item never
/// takes a prediction a required one could have had.
///
/// Returns, for each prediction, the gold item it matched.
pub(crate) fn assign(candidates: &[Vec<usize>], optional: &[bool]) -> Vec<Option<usize>> {
    let n_gold = optional.len();
    let mut gold_of: Vec<Option<usize>> = vec![None; candidates.len()];
    let mut pred_of: Vec<Option<usize>> = vec![None; n_gold];
    for want_optional in [false, true] {
        let adj: Vec<Vec<usize>> = candidates
            .iter()
            .enumerate()
            .map(|(p, c)| {
                if want_optional && gold_of[p].is_some() {
                    return Vec::new();
                }
                c.iter()
                    .copied()
                    .filter(|&g| g < n_gold && optional[g] == want_optional)
                    .collect()
            })
            .collect();
        for p in 0..candidates.len() {
            if gold_of[p].is_none() && !adj[p].is_empty() {
                augment(p, &adj, &mut gold_of, &mut pred_of);
            }
        }
    }
    gold_of
}

/// Looks for an augmenting path from the unmatched prediction `start`,
/// breadth first, and flips it if found.
fn augment(
    start: usize,
    adj: &[Vec<usize>],
    gold_of: &mut [Option<usize>],
    pred_of: &mut [Option<usize>],
) -> bool {
    // via[p] = (the prediction before p on the path, the gold item p held).
    let mut via: Vec<Option<(usize, usize)>> = vec![None; adj.len()];
    let mut visited = vec![false; adj.len()];
    let mut seen_gold = vec![false; pred_of.len()];
    let mut queue = VecDeque::from([start]);
    visited[start] = true;
    while let Some(u) = queue.pop_front() {
        for &g in &adj[u] {
            if seen_gold[g] {
                continue;
            }
            seen_gold[g] = true;
            match pred_of[g] {
                None => {
                    let (mut u, mut g) = (u, g);
                    loop {
                        gold_of[u] = Some(g);
                        pred_of[g] = Some(u);
                        match via[u] {
                            None => return true,
                            Some((parent, held)) => {
                                u = parent;
                                g = held;
                            }
                        }
                    }
                }
                Some(v) => {
                    if !visited[v] {
                        visited[v] = true;
                        via[v] = Some((u, g));
                        queue.push_back(v);
                    }
                }
            }
        }
    }
    false
}

/// Above this many cells the sentence alignment falls back from the
/// dynamic programme to greedy in-order matching.
const MAX_CELLS: usize = 4_000_000;

/// Order-aware multiset match of sentences: a longest common subsequence of
/// `gold` and `predicted` in which `allowed[p]` predictions may take part,
/// counting matched required items first and matched optional items second.
///
/// For very long articles (more than [`MAX_CELLS`] cells) it falls back to
/// greedy in-order matching: each prediction takes the first equal gold
/// sentence after the last one matched.
pub(crate) fn align(
    gold: &[&str],
    optional: &[bool],
    predicted: &[&str],
    allowed: &[bool],
) -> Vec<Option<usize>> {
    let (n, m) = (gold.len(), predicted.len());
    let mut out = vec![None; m];
    if n == 0 || m == 0 {
        return out;
    }
    let ok = |g: usize, p: usize| allowed[p] && gold[g] == predicted[p];
    if n.saturating_mul(m) > MAX_CELLS {
        let mut cursor = 0;
        for (p, slot) in out.iter_mut().enumerate() {
            if let Some(g) = (cursor..n).find(|&g| ok(g, p)) {
                *slot = Some(g);
                cursor = g + 1;
            }
        }
        return out;
    }
    // best[g][p]: (required, optional) matched in gold[g..] x predicted[p..].
    let w = m + 1;
    let mut best = vec![(0u32, 0u32); (n + 1) * w];
    for g in (0..n).rev() {
        for p in (0..m).rev() {
            let skip_g = best[(g + 1) * w + p];
            let skip_p = best[g * w + p + 1];
            let mut b = skip_g.max(skip_p);
            if ok(g, p) {
                let (r, o) = best[(g + 1) * w + p + 1];
                let take = if optional[g] { (r, o + 1) } else { (r + 1, o) };
                b = b.max(take);
            }
            best[g * w + p] = b;
        }
    }
    let (mut g, mut p) = (0, 0);
    while g < n && p < m {
        let here = best[g * w + p];
        if ok(g, p) {
            let (r, o) = best[(g + 1) * w + p + 1];
            let take = if optional[g] { (r, o + 1) } else { (r + 1, o) };
            if take == here {
                out[p] = Some(g);
                g += 1;
                p += 1;
                continue;
            }
        }
        if best[(g + 1) * w + p] == here {
            g += 1;
        } else {
            p += 1;
        }
    }
    out
}
