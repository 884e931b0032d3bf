//! A generational slot table: values in a vector, named by `(index, generation)` keys that go
//! stale once their slot is freed, so a late completion, wake or timer entry never reaches the
//! value that took the slot over.
//!
//! It serves spawned tasks (`executor::task`, keys in wakers) and timers (`time`, keys in heap
//! entries); each bounds the generation to what its key can carry: the generation wraps to 0
//! after `LAST_GENERATION`. The table of in-flight operations (`ops::table`) keeps its own,
//! specialised slab: on this table it measured slower (see there).
//!
//! Pure bookkeeping: no syscalls, no `unsafe` (miri runs these tests).

/// A key: the slot's index and the generation it had when the value was inserted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Key {
    pub(crate) index: u32,
    pub(crate) generation: u32,
}

struct Slot<T> {
    generation: u32,
    value: Option<T>,
}

/// The table. Freed indices are reused last-in, first-out, so a busy table stays dense.
pub(crate) struct Slots<T, const LAST_GENERATION: u32 = { u32::MAX }> {
    slots: Vec<Slot<T>>,
    free: Vec<u32>,
    live: usize,
}

impl<T, const G: u32> Default for Slots<T, G> {
    fn default() -> Self {
        Self {
            slots: Vec::new(),
            free: Vec::new(),
            live: 0,
        }
    }
}

impl<T, const G: u32> std::fmt::Debug for Slots<T, G> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Slots")
            .field("capacity", &self.slots.len())
            .field("live", &self.live)
            .finish()
    }
}

impl<T, const LAST_GENERATION: u32> Slots<T, LAST_GENERATION> {
    /// Number of occupied slots.
    pub(crate) fn live(&self) -> usize {
        self.live
    }

    /// The index the next [`Slots::insert`] will use.
    pub(crate) fn next_index(&self) -> usize {
        self.free
            .last()
            .map_or(self.slots.len(), |&index| index as usize)
    }

    /// Stores `value` in a free slot and returns its key.
    ///
    /// # Panics
    ///
    /// Panics past `u32::MAX` occupied slots.
    pub(crate) fn insert(&mut self, value: T) -> Key {
        if let Some(index) = self.free.pop() {
            self.live += 1;
            let slot = &mut self.slots[index as usize];
            debug_assert!(slot.value.is_none());
            // A free slot holds `None`: nothing to drop, so skip the drop glue (a hot path).
            std::mem::forget(slot.value.replace(value));
            return Key {
                index,
                generation: slot.generation,
            };
        }
        let index = u32::try_from(self.slots.len()).expect("fewer than 2^32 slots");
        self.live += 1;
        self.slots.push(Slot {
            generation: 0,
            value: Some(value),
        });
        Key {
            index,
            generation: 0,
        }
    }

    /// The value `key` names, unless its slot was freed since.
    pub(crate) fn get_mut(&mut self, key: Key) -> Option<&mut T> {
        let slot = self.slots.get_mut(key.index as usize)?;
        if slot.generation != key.generation {
            return None;
        }
        slot.value.as_mut()
    }

    /// The value at `index` whatever its generation, with its key (for queues of bare indices).
    pub(crate) fn at_mut(&mut self, index: u32) -> Option<(Key, &mut T)> {
        let slot = self.slots.get_mut(index as usize)?;
        let generation = slot.generation;
        Some((Key { index, generation }, slot.value.as_mut()?))
    }

    /// Takes the value `key` names out and frees its slot; `None` if it was freed already.
    pub(crate) fn remove(&mut self, key: Key) -> Option<T> {
        let slot = self.slots.get_mut(key.index as usize)?;
        if slot.generation != key.generation {
            return None;
        }
        let value = slot.value.take()?;
        slot.generation = if slot.generation >= LAST_GENERATION {
            0
        } else {
            slot.generation + 1
        };
        self.free.push(key.index);
        self.live -= 1;
        Some(value)
    }

    /// Every occupied slot, in index order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (Key, &T)> {
        self.slots.iter().enumerate().filter_map(|(index, slot)| {
            let key = Key {
                index: index as u32,
                generation: slot.generation,
            };
            slot.value.as_ref().map(|value| (key, value))
        })
    }

    /// Every occupied slot, in index order.
    pub(crate) fn iter_mut(&mut self) -> impl Iterator<Item = (Key, &mut T)> {
        self.slots
            .iter_mut()
            .enumerate()
            .filter_map(|(index, slot)| {
                let key = Key {
                    index: index as u32,
                    generation: slot.generation,
                };
                slot.value.as_mut().map(|value| (key, value))
            })
    }

    /// Takes every value out, freeing every slot (their keys go stale).
    pub(crate) fn drain(&mut self) -> Vec<T> {
        let keys: Vec<Key> = self.iter().map(|(key, _)| key).collect();
        keys.into_iter()
            .filter_map(|key| self.remove(key))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_freed_key_goes_stale_even_when_its_index_is_reused() {
        let mut slots: Slots<&str> = Slots::default();
        let a = slots.insert("a");
        let b = slots.insert("b");
        assert_eq!(slots.live(), 2);
        assert_eq!(slots.get_mut(a).copied(), Some("a"));
        assert_eq!(slots.next_index(), 2);
        assert_eq!(slots.remove(a), Some("a"));
        assert_eq!(slots.remove(a), None, "removed once only");
        assert_eq!(slots.next_index(), a.index as usize);
        let c = slots.insert("c");
        assert_eq!(c.index, a.index);
        assert_ne!(c, a);
        assert_eq!(slots.get_mut(a), None);
        assert_eq!(slots.remove(a), None);
        assert_eq!(slots.get_mut(c).copied(), Some("c"));
        assert_eq!(slots.get_mut(b).copied(), Some("b"));
        assert_eq!(slots.live(), 2);
    }

    #[test]
    fn keys_past_the_end_name_nothing() {
        let mut slots: Slots<u8> = Slots::default();
        let far = Key {
            index: 7,
            generation: 0,
        };
        assert_eq!(slots.get_mut(far), None);
        assert_eq!(slots.remove(far), None);
        assert!(slots.at_mut(7).is_none());
        assert_eq!(slots.live(), 0);
    }

    #[test]
    fn the_generation_wraps_after_its_last_value() {
        let mut slots: Slots<u8, 2> = Slots::default();
        let mut seen = Vec::new();
        for _ in 0..4 {
            let key = slots.insert(0);
            seen.push(key.generation);
            slots.remove(key);
        }
        assert_eq!(seen, [0, 1, 2, 0]);
        let mut full: Slots<u8> = Slots::default();
        full.insert(0);
        full.slots[0].generation = u32::MAX;
        let key = Key {
            index: 0,
            generation: u32::MAX,
        };
        assert_eq!(full.remove(key), Some(0));
        assert_eq!(full.insert(1).generation, 0);
        let mut below: Slots<u8, { u32::MAX - 1 }> = Slots::default();
        below.insert(0);
        below.slots[0].generation = u32::MAX - 1;
        let key = Key {
            index: 0,
            generation: u32::MAX - 1,
        };
        assert_eq!(below.remove(key), Some(0));
        assert_eq!(below.insert(1).generation, 0, "never reaches u32::MAX");
    }

    #[test]
    fn at_mut_finds_occupied_slots_by_index() {
        let mut slots: Slots<u8> = Slots::default();
        let a = slots.insert(1);
        let (key, value) = slots.at_mut(a.index).unwrap();
        assert_eq!(key, a);
        *value = 5;
        assert_eq!(slots.get_mut(a).copied(), Some(5));
        slots.remove(a);
        assert!(slots.at_mut(a.index).is_none(), "a free slot holds nothing");
    }

    #[test]
    fn iteration_and_drain_see_occupied_slots_only() {
        let mut slots: Slots<u32> = Slots::default();
        let keys: Vec<Key> = (0..5).map(|i| slots.insert(i)).collect();
        slots.remove(keys[1]);
        slots.remove(keys[3]);
        let seen: Vec<u32> = slots.iter().map(|(_, v)| *v).collect();
        assert_eq!(seen, [0, 2, 4]);
        for (_, v) in slots.iter_mut() {
            *v *= 10;
        }
        assert_eq!(slots.drain(), [0, 20, 40]);
        assert_eq!(slots.live(), 0);
        assert!(keys.iter().all(|&k| slots.get_mut(k).is_none()));
        // Every slot is free again and reused.
        let mut again: Vec<u32> = (0..5).map(|i| slots.insert(i).index).collect();
        again.sort_unstable();
        assert_eq!(again, [0, 1, 2, 3, 4], "the table did not grow");
    }
}
