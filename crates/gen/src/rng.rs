//! A small, fixed pseudo-random generator.
//!
//! SplitMix64 rather than the `rand` crate: its output is defined by a dozen
//! lines here, so a corpus generated today is byte-identical to one generated
//! after any dependency upgrade, which is what makes a seed a reproducible
//! name for a corpus.

/// SplitMix64: 64 bits of state, one multiply-xorshift finalizer per draw.
#[derive(Debug, Clone)]
pub struct Rng {
    state: u64,
}

const GAMMA: u64 = 0x9E37_79B9_7F4A_7C15;

/// The SplitMix64 finalizer: a bijective scramble of one word.
pub fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Rng {
    /// A generator whose whole output is fixed by `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng { state: mix(seed) }
    }

    /// An independent stream for item `index` under `seed`: documents draw
    /// from their own stream so they can be generated in any order.
    pub fn stream(seed: u64, label: u64, index: u64) -> Rng {
        Rng::new(mix(seed ^ mix(label.wrapping_add(GAMMA))) ^ mix(index.wrapping_mul(GAMMA)))
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(GAMMA);
        mix(self.state)
    }

    /// A number in `0..n` (0 when `n` is 0), by multiply-shift (no modulo bias worth caring about).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo {
            return lo;
        }
        lo + self.below((hi - lo + 1) as usize) as i64
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }

    /// One element, uniformly; `None` only for an empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        if items.is_empty() {
            None
        } else {
            items.get(self.below(items.len()))
        }
    }

    /// An index skewed towards the front (Zipf-like, exponent about 1): a
    /// few actors and events are famous, most are rarely mentioned.
    pub fn skewed(&mut self, n: usize) -> usize {
        if n <= 1 {
            return 0;
        }
        // Inverse of the continuous 1/x density over [1, n+1).
        let u = (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
        let x = ((n as f64 + 1.0).ln() * u).exp() - 1.0;
        (x as usize).min(n - 1)
    }

    /// Shuffles in place (Fisher-Yates).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_stream() {
        let a: Vec<u64> = (0..5).map(|_| Rng::new(7).next_u64()).collect();
        let mut r = Rng::new(7);
        let b: Vec<u64> = (0..5).map(|_| r.next_u64()).collect();
        assert_eq!(a[0], b[0]);
        assert_ne!(b[0], b[1]);
    }

    #[test]
    fn streams_differ_by_index() {
        assert_ne!(
            Rng::stream(1, 2, 3).next_u64(),
            Rng::stream(1, 2, 4).next_u64()
        );
    }

    #[test]
    fn below_and_skewed_stay_in_range() {
        let mut r = Rng::new(1);
        for n in 1..50 {
            assert!(r.below(n) < n);
            assert!(r.skewed(n) < n);
        }
        assert_eq!(r.below(0), 0);
    }

    #[test]
    fn skewed_prefers_the_front() {
        let mut r = Rng::new(3);
        let front = (0..10_000).filter(|_| r.skewed(100) < 10).count();
        assert!(front > 4000, "{front}");
    }
}
