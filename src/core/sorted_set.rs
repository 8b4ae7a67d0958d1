//! A set kept as a sorted `Vec`, in place of `std::collections::BTreeSet`.
//!
//! The app's sets hold a handful of members (posture signs, red flags, picked option ids), and
//! `BTreeSet` cost about 11 KB of release wasm (4 KB gzip) for them: its node code is generated
//! again for every member type. A sorted `Vec` with binary search behaves the same way for what
//! the app does: members are unique, iteration is in ascending order, and two sets are equal
//! (and hash and compare alike) exactly when they have the same members. Inserting is linear in
//! the size of the set, which is nothing at these sizes.
//!
//! Only the API the app and its tests use is here. No sorting routine is called (std's sorts
//! add wasm bytes): every member goes in through `insert`, at its place.

use std::borrow::Borrow;
use std::fmt;

/// Members in ascending order, without duplicates.
///
/// `PartialEq`, `Eq`, `Hash`, `PartialOrd` and `Ord` compare the members in ascending order,
/// as `BTreeSet`'s do.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SortedSet<T>(Vec<T>);

impl<T> SortedSet<T> {
    pub const fn new() -> SortedSet<T> {
        SortedSet(Vec::new())
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The members in ascending order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }
}

impl<T: Ord> SortedSet<T> {
    /// Where a member equal to `value` is (`Ok`), or where it belongs (`Err`).
    fn position<Q>(&self, value: &Q) -> Result<usize, usize>
    where
        T: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.0.binary_search_by(|member| member.borrow().cmp(value))
    }

    /// Adds `value`; false (and the set unchanged) if an equal member is already there.
    pub fn insert(&mut self, value: T) -> bool {
        match self.position(&value) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, value);
                true
            }
        }
    }

    /// Removes the member equal to `value`; false if there was none.
    pub fn remove<Q>(&mut self, value: &Q) -> bool
    where
        T: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        match self.position(value) {
            Ok(at) => {
                self.0.remove(at);
                true
            }
            Err(_) => false,
        }
    }

    pub fn contains<Q>(&self, value: &Q) -> bool
    where
        T: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.position(value).is_ok()
    }
}

// Not derived: that would require `T: Default`.
impl<T> Default for SortedSet<T> {
    fn default() -> SortedSet<T> {
        SortedSet::new()
    }
}

/// Written as `BTreeSet` writes itself: `{a, b}`.
impl<T: fmt::Debug> fmt::Debug for SortedSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl<T: Ord> FromIterator<T> for SortedSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> SortedSet<T> {
        let mut set = SortedSet::new();
        for item in items {
            set.insert(item);
        }
        set
    }
}

impl<T: Ord, const N: usize> From<[T; N]> for SortedSet<T> {
    fn from(items: [T; N]) -> SortedSet<T> {
        items.into_iter().collect()
    }
}

impl<'a, T> IntoIterator for &'a SortedSet<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> std::slice::Iter<'a, T> {
        self.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_are_kept_once_in_ascending_order() {
        let mut set = SortedSet::new();
        assert!(set.is_empty());
        assert!(set.insert(3));
        assert!(set.insert(1));
        assert!(set.insert(2));
        assert!(!set.insert(1));
        assert_eq!(set.iter().copied().collect::<Vec<_>>(), [1, 2, 3]);
        assert_eq!(set.len(), 3);
        assert!(!set.is_empty());
    }

    #[test]
    fn remove_and_contains_find_members_by_borrowed_value() {
        let mut set: SortedSet<String> = ["b".to_string(), "a".to_string()].into();
        assert!(set.contains("a"));
        assert!(!set.contains("c"));
        assert!(set.remove("a"));
        assert!(!set.remove("a"));
        assert!(!set.contains("a"));
        assert_eq!(set, SortedSet::from(["b".to_string()]));
        set.clear();
        assert!(set.is_empty());
    }

    #[test]
    fn sets_are_equal_whatever_order_members_came_in() {
        let a: SortedSet<u8> = [3, 1, 2, 1].into();
        let b: SortedSet<u8> = vec![2, 3, 1].into_iter().collect();
        assert_eq!(a, b);
        assert_eq!(a, SortedSet::from([1, 2, 3]));
        assert_ne!(a, SortedSet::from([1, 2]));
        assert_eq!(SortedSet::<u8>::default(), SortedSet::new());
    }

    #[test]
    fn iterating_a_reference_gives_the_members_in_order() {
        let set = SortedSet::from(['c', 'a', 'b']);
        let mut seen = String::new();
        for c in &set {
            seen.push(*c);
        }
        assert_eq!(seen, "abc");
    }

    #[test]
    fn debug_output_is_that_of_a_btree_set() {
        let set = SortedSet::from([2, 1]);
        let btree = std::collections::BTreeSet::from([2, 1]);
        assert_eq!(format!("{set:?}"), format!("{btree:?}"));
        assert_eq!(format!("{:?}", SortedSet::<u8>::new()), "{}");
    }
}

/// `SortedSet` against `BTreeSet` as the model: same answers for any sequence of changes.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;
    use std::collections::hash_map::DefaultHasher;
    use std::collections::BTreeSet;
    use std::hash::{Hash, Hasher};

    #[derive(Clone, Debug)]
    enum Op {
        Insert(u8),
        Remove(u8),
        Clear,
    }

    fn arb_op() -> impl Strategy<Value = Op> {
        // A small range of members so inserts meet existing members and removes find some.
        prop_oneof![
            8 => (0u8..24).prop_map(Op::Insert),
            4 => (0u8..24).prop_map(Op::Remove),
            1 => Just(Op::Clear),
        ]
    }

    fn hash_of<T: Hash>(value: &T) -> u64 {
        let mut hasher = DefaultHasher::new();
        value.hash(&mut hasher);
        hasher.finish()
    }

    fn assert_same(set: &SortedSet<u8>, model: &BTreeSet<u8>) -> Result<(), TestCaseError> {
        prop_assert!(set.iter().eq(model.iter()));
        prop_assert!(set.into_iter().eq(model));
        prop_assert_eq!(set.len(), model.len());
        prop_assert_eq!(set.is_empty(), model.is_empty());
        prop_assert_eq!(format!("{set:?}"), format!("{model:?}"));
        for v in 0u8..24 {
            prop_assert_eq!(set.contains(&v), model.contains(&v));
        }
        Ok(())
    }

    proptest! {
        #[test]
        fn changes_give_what_a_btree_set_gives(ops in proptest::collection::vec(arb_op(), 0..64)) {
            let mut set = SortedSet::new();
            let mut model = BTreeSet::new();
            for op in ops {
                match op {
                    Op::Insert(v) => prop_assert_eq!(set.insert(v), model.insert(v)),
                    Op::Remove(v) => prop_assert_eq!(set.remove(&v), model.remove(&v)),
                    Op::Clear => {
                        set.clear();
                        model.clear();
                    }
                }
                assert_same(&set, &model)?;
            }
        }

        #[test]
        fn collecting_gives_what_a_btree_set_gives(items in proptest::collection::vec(0u8..24, 0..40)) {
            let set: SortedSet<u8> = items.iter().copied().collect();
            let model: BTreeSet<u8> = items.iter().copied().collect();
            assert_same(&set, &model)?;
        }

        #[test]
        fn equal_members_make_equal_sets_whatever_the_order(
            items in proptest::collection::vec(0u8..24, 0..40),
            shuffle in any::<proptest::sample::Index>(),
        ) {
            let forward: SortedSet<u8> = items.iter().copied().collect();
            let mut rotated = items.clone();
            if !rotated.is_empty() {
                let by = shuffle.index(rotated.len());
                rotated.rotate_left(by);
            }
            let backward: SortedSet<u8> = rotated.into_iter().rev().collect();
            prop_assert_eq!(&forward, &backward);
            prop_assert_eq!(hash_of(&forward), hash_of(&backward));
            prop_assert_eq!(forward.cmp(&backward), std::cmp::Ordering::Equal);
        }

        #[test]
        fn sets_compare_as_btree_sets_do(
            a in proptest::collection::vec(0u8..8, 0..8),
            b in proptest::collection::vec(0u8..8, 0..8),
        ) {
            let (set_a, set_b): (SortedSet<u8>, SortedSet<u8>) =
                (a.iter().copied().collect(), b.iter().copied().collect());
            let (model_a, model_b): (BTreeSet<u8>, BTreeSet<u8>) =
                (a.iter().copied().collect(), b.iter().copied().collect());
            prop_assert_eq!(set_a == set_b, model_a == model_b);
            prop_assert_eq!(set_a.cmp(&set_b), model_a.cmp(&model_b));
            prop_assert_eq!(set_a.partial_cmp(&set_b), model_a.partial_cmp(&model_b));
            if set_a == set_b {
                prop_assert_eq!(hash_of(&set_a), hash_of(&set_b));
            }
            // Same hash as the model too: both write the length, then the members in order.
            prop_assert_eq!(hash_of(&set_a), hash_of(&model_a));
        }
    }
}
