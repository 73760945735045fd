//! Password hashing with argon2id (RFC 9106; the crate's defaults are OWASP's recommended
//! parameters: 19 MiB, 2 passes, 1 lane), run on the blocking pool so sign-ins never stall the
//! threads that render pages, and at most one per core at a time: a flood of sign-ins queues
//! for a turn instead of taking 19 MiB each at once (the blocking pool would run 512).

use argon2::{
    password_hash::{phc::PasswordHash, PasswordHasher, PasswordVerifier},
    Argon2,
};
use domain::accounts::{password_policy, PasswordProblem};
use std::sync::LazyLock;
use tokio::sync::Semaphore;

/// Turns at hashing: one per core. Waiting requests queue; none is refused.
static TURNS: LazyLock<Semaphore> = LazyLock::new(|| {
    Semaphore::new(std::thread::available_parallelism().map_or(2, std::num::NonZero::get))
});

/// Runs argon2 work on the blocking pool when a turn is free.
async fn with_turn<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> T {
    let _turn = TURNS
        .acquire()
        .await
        .expect("the semaphore is never closed");
    tokio::task::spawn_blocking(work)
        .await
        .expect("argon2 work does not panic")
}

/// A hash of a random password, verified against when the email is unknown so that an unknown
/// email takes as long as a wrong password.
static DECOY: LazyLock<String> = LazyLock::new(|| {
    let mut random = [0u8; 32];
    rand::RngCore::fill_bytes(&mut rand::rng(), &mut random);
    hash_now(&hex::encode(random))
});

fn hash_now(password: &str) -> String {
    Argon2::default()
        .hash_password(password.as_bytes())
        .expect("argon2 with default parameters hashes any input")
        .to_string()
}

/// The PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`) to store.
pub async fn hash(password: String) -> String {
    with_turn(move || hash_now(&password)).await
}

/// Whether `password` matches `stored`; with no stored hash, spends the same time and says no.
pub async fn verify(password: String, stored: Option<String>) -> bool {
    with_turn(move || {
        let known = stored.is_some();
        let stored = stored.unwrap_or_else(|| DECOY.clone());
        let matches = PasswordHash::new(&stored)
            .map(|parsed| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false);
        known && matches
    })
    .await
}

/// Whether a new password may be used: long enough, not too long, and not easy to guess
/// (zxcvbn, offline, with the person's own email and name counted as guessable).
pub async fn check_new(password: String, personal: Vec<String>) -> Result<(), PasswordProblem> {
    password_policy::check_length(&password)?;
    tokio::task::spawn_blocking(move || {
        // The person's own email or name inside the password is guessable whatever zxcvbn says.
        let lowered = password.to_lowercase();
        let personal: Vec<String> = personal
            .iter()
            .flat_map(|p| {
                p.to_lowercase()
                    .split(['@', '.', ' ', '-', '_'])
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .filter(|part| part.chars().count() >= 4)
            .collect();
        let contains_personal = personal.iter().any(|part| lowered.contains(part.as_str()));
        let inputs: Vec<&str> = personal.iter().map(String::as_str).collect();
        let strong = zxcvbn::zxcvbn(&password, &inputs).score() >= zxcvbn::Score::Three;
        if strong && !contains_personal {
            Ok(())
        } else {
            Err(PasswordProblem::TooEasyToGuess)
        }
    })
    .await
    .expect("the strength check does not panic")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_verify_and_are_salted() {
        let first = hash("correct horse battery staple".into()).await;
        let second = hash("correct horse battery staple".into()).await;
        assert!(
            first.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{first}"
        );
        assert_ne!(first, second, "a fresh salt each time");
        assert!(verify("correct horse battery staple".into(), Some(first.clone())).await);
        assert!(!verify("wrong".into(), Some(first)).await);
        assert!(!verify("anything".into(), None).await);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_flood_of_verifications_queues_for_a_turn_per_core() {
        let stored = hash("correct horse battery staple".into()).await;
        let turns = TURNS.available_permits();
        let flood: Vec<_> = (0..4 * turns)
            .map(|n| {
                let stored = stored.clone();
                tokio::spawn(verify(
                    if n % 2 == 0 {
                        "correct horse battery staple"
                    } else {
                        "wrong"
                    }
                    .into(),
                    Some(stored),
                ))
            })
            .collect();
        // While the flood runs, every turn is taken and the rest wait: never more at once.
        let busy = async {
            while TURNS.available_permits() > 0 {
                tokio::task::yield_now().await;
            }
        };
        busy.await;
        let answers = futures::future::join_all(flood).await;
        for (n, answer) in answers.into_iter().enumerate() {
            assert_eq!(
                answer.unwrap(),
                n % 2 == 0,
                "verification {n} queued and answered"
            );
        }
        assert_eq!(TURNS.available_permits(), turns, "every turn given back");
    }

    #[tokio::test]
    async fn new_passwords_must_be_long_and_hard_to_guess() {
        let none = Vec::new;
        assert_eq!(
            check_new("short".into(), none()).await,
            Err(PasswordProblem::TooShort)
        );
        assert_eq!(
            check_new("password1234".into(), none()).await,
            Err(PasswordProblem::TooEasyToGuess)
        );
        assert_eq!(
            check_new(
                "marygarcia1975".into(),
                vec!["mary".into(), "garcia".into()]
            )
            .await,
            Err(PasswordProblem::TooEasyToGuess)
        );
        assert_eq!(
            check_new("plum orbit lantern kettle".into(), none()).await,
            Ok(())
        );
    }
}
