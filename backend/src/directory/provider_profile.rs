//! The public profile page's read model: the profile, and at each of the provider's locations
//! whether a new patient may book them there and the soonest free times, in one read
//! transaction.

use super::{profile_in, Profile};
use crate::{
    db::{Db, DbError},
    scheduling::{bookability_in, free_slots_in, time_choices},
};
use domain::{booking::TimeChoice, credentials::NotBookable, time::UtcMillis};

/// Free times a profile shows per location; the booking page shows the rest.
const PROFILE_TIMES: usize = 6;
/// Days ahead those times are looked for.
const PROFILE_DAYS: u16 = 14;

/// Booking at one of the provider's locations.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceBooking {
    pub location_id: i64,
    /// Why a new patient cannot book here, when they cannot.
    pub not_bookable: Option<NotBookable>,
    /// The soonest free times here (two weeks ahead), when the provider can be booked here.
    pub times: Vec<TimeChoice>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ProviderProfile {
    pub profile: Profile,
    /// One per place of the profile, in its order.
    pub booking: Vec<PlaceBooking>,
}

/// An active provider's profile page in the reader's language; `None` for an unknown or
/// inactive id.
pub async fn provider_profile(
    db: &Db,
    id: i64,
    locale_tag: &str,
    now: UtcMillis,
) -> Result<Option<ProviderProfile>, DbError> {
    let mut tx = db.begin_read().await?;
    let Some(profile) = profile_in(&mut tx, id, locale_tag).await? else {
        return Ok(None);
    };
    let verdicts = bookability_in(&mut tx, id, true, now)
        .await?
        .unwrap_or_default();
    let mut booking = Vec::with_capacity(profile.places.len());
    for place in &profile.places {
        let not_bookable = verdicts
            .iter()
            .find(|(location, _)| *location == place.id)
            .and_then(|(_, verdict)| verdict.clone().err());
        let times = match not_bookable {
            Some(_) => Vec::new(),
            None => match free_slots_in(&mut tx, id, place.id, None, PROFILE_DAYS, now).await? {
                Some((zone, free)) => time_choices(&free[..free.len().min(PROFILE_TIMES)], &zone)?,
                None => Vec::new(),
            },
        };
        booking.push(PlaceBooking {
            location_id: place.id,
            not_bookable,
            times,
        });
    }
    tx.commit().await?;
    Ok(Some(ProviderProfile { profile, booking }))
}
