//! Where front desk acts: only at the locations a system administrator assigned them to
//! (HIPAA's minimum necessary). Every backend function front desk can call asks
//! [`DeskReach::covers`] about the location of what it reads or changes; somewhere else the
//! answer is the one an outsider gets. A patient's own appointments and a provider's own
//! schedule follow their own rules, which this does not touch.

/// The locations someone may act at as front desk: none unless they hold the role now.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DeskReach {
    /// Sorted, each once.
    locations: Vec<i64>,
}

impl DeskReach {
    /// The reach of someone who holds the front-desk role now (`front_desk`) with these
    /// assignments; without the role (or while it waits for two-step verification) assignments
    /// reach nothing.
    pub fn new(front_desk: bool, assigned: impl IntoIterator<Item = i64>) -> DeskReach {
        let mut locations: Vec<i64> = if front_desk {
            assigned.into_iter().collect()
        } else {
            Vec::new()
        };
        locations.sort_unstable();
        locations.dedup();
        DeskReach { locations }
    }

    /// Whether front desk may act on what is at `location_id`.
    pub fn covers(&self, location_id: i64) -> bool {
        self.locations.binary_search(&location_id).is_ok()
    }

    /// Whether they act as front desk anywhere: patient look-up and "book for" need it.
    pub fn anywhere(&self) -> bool {
        !self.locations.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_desk_reaches_only_its_assigned_locations() {
        // (holds the role, assigned, location asked about, covered)
        let cases: [(bool, &[i64], i64, bool); 8] = [
            (true, &[1, 2, 3], 1, true),
            (true, &[1, 2, 3], 3, true),
            (true, &[1, 2, 3], 4, false),
            (true, &[3, 1, 3], 3, true),
            (true, &[], 1, false),
            (false, &[1, 2, 3], 1, false),
            (false, &[], 1, false),
            (true, &[4], 1, false),
        ];
        for (front_desk, assigned, location, covered) in cases {
            let reach = DeskReach::new(front_desk, assigned.iter().copied());
            assert_eq!(
                reach.covers(location),
                covered,
                "{front_desk} {assigned:?} {location}"
            );
        }
    }

    #[test]
    fn front_desk_acts_anywhere_only_with_an_assignment() {
        for (front_desk, assigned, anywhere) in [
            (true, vec![4], true),
            (true, vec![], false),
            (false, vec![4], false),
        ] {
            assert_eq!(
                DeskReach::new(front_desk, assigned.clone()).anywhere(),
                anywhere,
                "{front_desk} {assigned:?}"
            );
        }
    }
}
