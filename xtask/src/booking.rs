//! Booking over real HTTP against real server processes: what the booking race of `cargo xtask
//! test` and the booking benchmark of `cargo xtask bench` share. A database loaded with the demo
//! data and generated people (`portal demo --providers N --patients M`), read back through
//! `psql` or `sqlite3`; front desk signed in through `/api/sign_in`; free times from the public
//! `/api/booking_page`; bookings through `/api/book_appointment`, as the booking form's script
//! sends them (form fields, `Accept: application/json`, a same-origin `Origin`).

use crate::{
    build::Site,
    postgres,
    process::{self, root, Result},
    tools,
};
use serde_json::Value;
use std::{
    path::{Path, PathBuf},
    process::Command,
    sync::{Arc, Barrier},
    time::{Duration, Instant},
};

/// The statuses whose appointments hold their time (the database's overlap rules use the same).
const HOLDING: &str = "('held', 'booked', 'arrived', 'completed', 'no_show')";
/// The email domain of `portal demo --patients N`'s patients (`backend::demo::bulk`).
const GENERATED_PATIENTS: &str = "generated.test";
/// The issuer of generated providers' licences (`backend::demo::bulk`).
const GENERATED_ISSUER: &str = "Generated board";
const DAY_MS: i64 = 86_400_000;

/// A database for a run: a fresh PostgreSQL database (dropped afterwards) or SQLite file.
pub struct Database {
    pub url: String,
    pub label: &'static str,
    client: SqlClient,
    /// The PostgreSQL server's admin URL and this database's name, to drop it afterwards.
    owned: Option<(String, String)>,
}

enum SqlClient {
    Postgres(PathBuf),
    Sqlite(PathBuf, PathBuf),
}

impl Database {
    /// A new, empty database `name` on the PostgreSQL server at `admin_url`.
    pub fn postgres(admin_url: &str, name: &str) -> Result<Database> {
        let psql = tools::ensure_postgres_binaries()?.join("psql");
        let url = postgres::fresh_database(admin_url, name)?;
        Ok(Database {
            url,
            label: "PostgreSQL",
            client: SqlClient::Postgres(psql),
            owned: Some((admin_url.to_string(), name.to_string())),
        })
    }

    /// A SQLite file at `path`, which must not exist yet.
    pub fn sqlite(path: &Path) -> Result<Database> {
        let sqlite3 = tools::ensure_sqlite3()?;
        Ok(Database {
            url: format!("sqlite://{}", path.display()),
            label: "SQLite",
            client: SqlClient::Sqlite(sqlite3, path.to_path_buf()),
            owned: None,
        })
    }

    /// Loads the demo data set with `providers` generated providers (with hours and verified
    /// licences) and `patients` generated patients (with accounts).
    pub fn load(&self, site: &Site, providers: usize, patients: usize) -> Result {
        process::run(
            Command::new(&site.server)
                .current_dir(root())
                .args(["demo", "--providers", &providers.to_string()])
                .args(["--patients", &patients.to_string()])
                .env("DATABASE_URL", &self.url)
                .env("PORTAL_DEMO", "true")
                .env("PORTAL_LOG_FORMAT", "text")
                .stdout(std::process::Stdio::null()),
        )
    }

    /// The rows `sql` returns, each as its columns' text.
    pub fn rows(&self, sql: &str) -> Result<Vec<Vec<String>>> {
        let mut command = match &self.client {
            SqlClient::Postgres(psql) => {
                let mut command = Command::new(psql);
                command
                    .arg(&self.url)
                    .args(["-X", "-q", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1"])
                    .args(["-c", sql]);
                command
            }
            SqlClient::Sqlite(sqlite3, path) => {
                let mut command = Command::new(sqlite3);
                command
                    .args(["-batch", "-bail", "-noheader", "-separator", "\t"])
                    .arg(path)
                    .arg(sql);
                command
            }
        };
        let out = command
            .output()
            .map_err(|e| format!("could not run {:?}: {e}", command.get_program()))?;
        if !out.status.success() {
            return Err(format!(
                "{sql}: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            ));
        }
        Ok(String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter(|l| !l.is_empty())
            .map(|l| l.split('\t').map(str::to_string).collect())
            .collect())
    }

    /// The single integer `sql` returns.
    pub fn number(&self, sql: &str) -> Result<i64> {
        self.rows(sql)?
            .first()
            .and_then(|row| row.first())
            .and_then(|n| n.parse().ok())
            .ok_or_else(|| format!("{sql}: no number"))
    }

    /// The single text `sql` returns.
    pub fn text(&self, sql: &str) -> Result<String> {
        self.rows(sql)?
            .first()
            .and_then(|row| row.first())
            .cloned()
            .ok_or_else(|| format!("{sql}: no answer"))
    }

    /// The ids of the generated patients, in order.
    pub fn generated_patients(&self) -> Result<Vec<i64>> {
        self.ids(&format!(
            "SELECT p.id FROM patients p JOIN users u ON u.id = p.user_id \
             WHERE u.email_key LIKE '%@{GENERATED_PATIENTS}' ORDER BY p.id"
        ))
    }

    /// Every active provider at each active location they work at, demo providers first, or
    /// only the generated ones.
    pub fn places(&self, generated_only: bool) -> Result<Vec<(i64, i64)>> {
        let only = if generated_only {
            format!(
                "AND EXISTS (SELECT 1 FROM credentials c WHERE c.provider_id = p.id \
                 AND c.issuer = '{GENERATED_ISSUER}')"
            )
        } else {
            String::new()
        };
        self.rows(&format!(
            "SELECT pl.provider_id, pl.location_id FROM provider_locations pl \
             JOIN providers p ON p.id = pl.provider_id JOIN locations l ON l.id = pl.location_id \
             WHERE p.active = 1 AND l.active = 1 {only} ORDER BY pl.provider_id, pl.location_id"
        ))?
        .iter()
        .map(|row| match row.as_slice() {
            [provider, location] => Ok((number_in(provider)?, number_in(location)?)),
            _ => Err(format!("unexpected row {row:?}")),
        })
        .collect()
    }

    fn ids(&self, sql: &str) -> Result<Vec<i64>> {
        self.rows(sql)?
            .iter()
            .map(|row| number_in(row.first().map_or("", String::as_str)))
            .collect()
    }

    /// Pairs of appointments that hold their time and overlap, for one provider or for one
    /// patient: double bookings, which the database must make impossible.
    pub fn double_bookings(&self) -> Result<i64> {
        let mut total = 0;
        for who in ["provider_id", "patient_id"] {
            total += self.number(&format!(
                "SELECT COUNT(*) FROM appointments a JOIN appointments b \
                 ON b.{who} = a.{who} AND b.id > a.id \
                 AND b.starts_at < a.ends_at AND a.starts_at < b.ends_at \
                 WHERE a.status IN {HOLDING} AND b.status IN {HOLDING}"
            ))?;
        }
        Ok(total)
    }

    /// The ids of `provider`'s appointments that cover the instant `start`, whatever their
    /// status.
    pub fn appointments_at(&self, provider: i64, start: i64) -> Result<Vec<i64>> {
        self.ids(&format!(
            "SELECT id FROM appointments WHERE provider_id = {provider} \
             AND starts_at < {start} + 1 AND ends_at > {start} ORDER BY id"
        ))
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        if let Some((admin_url, name)) = &self.owned {
            let _ = postgres::drop_database(admin_url, name);
        }
    }
}

fn number_in(text: &str) -> Result<i64> {
    text.trim()
        .parse()
        .map_err(|_| format!("not a number: {text:?}"))
}

/// A free time as the booking page offers it.
#[derive(Clone, Debug)]
pub struct FreeTime {
    pub provider_id: i64,
    pub location_id: i64,
    /// UTC milliseconds.
    pub start: i64,
    /// `new_patient` where the time and the provider take new patients, else `follow_up`.
    pub visit_type: &'static str,
    pub visit_mode: &'static str,
}

/// An HTTP client for one server, signed in as the demo front desk account.
#[derive(Clone)]
pub struct Desk {
    pub base: String,
    cookie: String,
}

/// A client that answers every status instead of erring on 4xx and 5xx, with one connection
/// kept alive.
pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(60)))
        .build()
        .new_agent()
}

/// Signs the demo front desk account in as the sign-in form does; returns the session cookie.
pub fn staff_session(agent: &ureq::Agent, base: &str) -> Result<String> {
    session(agent, base, "desk@demo.test", "demo-staff-pass")
}

/// Signs a demo account in as the sign-in form does; returns the session cookie.
pub fn session(agent: &ureq::Agent, base: &str, email: &str, password: &str) -> Result<String> {
    let response = agent
        .post(&format!("{base}/api/sign_in"))
        .header("Origin", base)
        .header("Accept", "application/json")
        .send_form([("email", email), ("password", password)])
        .map_err(|e| format!("sign-in: {e}"))?;
    if !response.status().is_success() {
        return Err(format!("sign-in answered {}", response.status()));
    }
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("portal_session="))
        .and_then(|v| v.split(';').next())
        .map(str::to_string)
        .ok_or_else(|| "the sign-in set no session cookie".to_string())
}

impl Desk {
    pub fn sign_in(base: &str) -> Result<Desk> {
        Ok(Desk {
            base: base.to_string(),
            cookie: staff_session(&agent(), base)?,
        })
    }

    /// The same session on another server sharing the database.
    pub fn on(&self, base: &str) -> Desk {
        Desk {
            base: base.to_string(),
            cookie: self.cookie.clone(),
        }
    }

    fn post(
        &self,
        agent: &ureq::Agent,
        endpoint: &str,
    ) -> ureq::RequestBuilder<ureq::typestate::WithBody> {
        agent
            .post(&format!("{}/api/{endpoint}", self.base))
            .header("Origin", &self.base)
            .header("Accept", "application/json")
            .header("Cookie", &self.cookie)
    }

    /// The free times of a provider at a location from `after` (UTC ms) on, for `weeks` weeks
    /// of the booking page; none when front desk could not book them there.
    pub fn free_times(
        &self,
        agent: &ureq::Agent,
        (provider_id, location_id): (i64, i64),
        weeks: usize,
        after: i64,
    ) -> Result<Vec<FreeTime>> {
        let mut found = Vec::new();
        let mut week: Option<String> = None;
        for _ in 0..weeks {
            let mut form = vec![
                ("provider_id", provider_id.to_string()),
                ("location_id", location_id.to_string()),
            ];
            if let Some(week) = &week {
                form.push(("week", week.clone()));
            }
            let mut response = self
                .post(agent, "booking_page")
                .send_form(form)
                .map_err(|e| format!("booking_page: {e}"))?;
            let status = response.status();
            let body = response
                .body_mut()
                .read_to_string()
                .map_err(|e| e.to_string())?;
            if !status.is_success() {
                return Err(format!("booking_page answered {status}: {body}"));
            }
            let page: Value = serde_json::from_str(&body).map_err(|e| e.to_string())?;
            let not_bookable = &page["not_bookable"];
            // Only a licence problem stops a follow-up; not taking new patients does not.
            let follow_ups_only = match not_bookable {
                Value::Null => false,
                Value::String(reason) if reason == "NotAcceptingNewPatients" => true,
                _ => return Ok(Vec::new()),
            };
            for day in page["days"].as_array().into_iter().flatten() {
                for time in day["times"].as_array().into_iter().flatten() {
                    let Some(start) = time["start"].as_i64().filter(|s| *s > after) else {
                        continue;
                    };
                    let new_patients = time["new_patients"] == Value::Bool(true);
                    let in_person = time["in_person"] == Value::Bool(true);
                    found.push(FreeTime {
                        provider_id,
                        location_id,
                        start,
                        visit_type: if new_patients && !follow_ups_only {
                            "new_patient"
                        } else {
                            "follow_up"
                        },
                        visit_mode: if in_person { "in_person" } else { "telehealth" },
                    });
                }
            }
            match page["next_week"].as_str() {
                Some(next) => week = Some(next.to_string()),
                None => break,
            }
        }
        Ok(found)
    }

    /// Books `time` for `patient_id` with a fresh idempotency key; times the request.
    pub fn book(
        &self,
        agent: &ureq::Agent,
        time: &FreeTime,
        patient_id: i64,
        key: &str,
    ) -> Outcome {
        let started = Instant::now();
        let form = [
            ("booking[provider_id]", time.provider_id.to_string()),
            ("booking[location_id]", time.location_id.to_string()),
            ("booking[starts_at]", time.start.to_string()),
            ("booking[visit_type]", time.visit_type.to_string()),
            ("booking[visit_mode]", time.visit_mode.to_string()),
            ("booking[reason]", "Booking race".to_string()),
            ("booking[idempotency_key]", key.to_string()),
            ("booking[patient_id]", patient_id.to_string()),
        ];
        let answer = self
            .post(agent, "book_appointment")
            .send_form(form)
            .map_err(|e| e.to_string())
            .and_then(|mut response| {
                let status = response.status().as_u16();
                let body = response
                    .body_mut()
                    .read_to_string()
                    .map_err(|e| e.to_string())?;
                Ok((status, body))
            });
        let latency = started.elapsed();
        let answer = match answer {
            Ok((status, body)) => Answer::classify(status, &body),
            Err(error) => Answer::Transport(error),
        };
        Outcome { answer, latency }
    }
}

/// What one booking request got back.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    /// 200 with the new appointment's id.
    Booked(i64),
    /// 409 `SlotTaken`, with the nearest free times' starts.
    Taken(Vec<i64>),
    /// Any other 4xx: a refusal that is not the one a race should give.
    Refused(u16, String),
    /// 5xx.
    Failed(u16, String),
    /// No HTTP answer at all.
    Transport(String),
}

impl Answer {
    fn classify(status: u16, body: &str) -> Answer {
        let json: Option<Value> = serde_json::from_str(body).ok();
        match (status, json) {
            (200, Some(Value::Number(id))) if id.as_i64().is_some() => {
                Answer::Booked(id.as_i64().unwrap_or_default())
            }
            (409, Some(json)) if json["SlotTaken"]["nearest"].is_array() => Answer::Taken(
                json["SlotTaken"]["nearest"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|t| t["start"].as_i64())
                    .collect(),
            ),
            (500.., _) => Answer::Failed(status, body.chars().take(300).collect()),
            _ => Answer::Refused(status, body.chars().take(300).collect()),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Outcome {
    pub answer: Answer,
    pub latency: Duration,
}

/// A fresh idempotency key (16 to 100 characters), unique within and across runs.
pub fn key(run: &str, n: usize) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    format!("{run}-{:x}-{nanos:x}-{n}", std::process::id())
}

/// One request per attempt, each on its own thread and connection (opened and warmed first),
/// all released at once by a barrier. Answers in the attempts' order.
pub fn race(attempts: Vec<(Desk, FreeTime, i64)>, run: &str) -> Result<Vec<Outcome>> {
    let barrier = Arc::new(Barrier::new(attempts.len()));
    let threads: Vec<_> = attempts
        .into_iter()
        .enumerate()
        .map(|(n, (desk, time, patient))| {
            let barrier = barrier.clone();
            let key = key(run, n);
            std::thread::spawn(move || {
                let agent = agent();
                // Open the connection before the start, so the requests leave together.
                let warm = agent.get(&format!("{}/healthz", desk.base)).call();
                barrier.wait();
                match warm {
                    Ok(_) => desk.book(&agent, &time, patient, &key),
                    Err(e) => Outcome {
                        answer: Answer::Transport(format!("warming up: {e}")),
                        latency: Duration::ZERO,
                    },
                }
            })
        })
        .collect();
    threads
        .into_iter()
        .map(|t| t.join().map_err(|_| "a racing thread panicked".to_string()))
        .collect()
}

/// Counts of a run's answers, with latency percentiles.
#[derive(Debug, Default)]
pub struct Summary {
    pub attempts: usize,
    pub booked: usize,
    pub taken: usize,
    pub refused: usize,
    pub failed: usize,
    pub transport: usize,
    pub p50: Duration,
    pub p99: Duration,
}

impl Summary {
    pub fn of(outcomes: &[Outcome]) -> Summary {
        let mut summary = Summary {
            attempts: outcomes.len(),
            ..Summary::default()
        };
        for outcome in outcomes {
            match outcome.answer {
                Answer::Booked(_) => summary.booked += 1,
                Answer::Taken(_) => summary.taken += 1,
                Answer::Refused(..) => summary.refused += 1,
                Answer::Failed(..) => summary.failed += 1,
                Answer::Transport(_) => summary.transport += 1,
            }
        }
        let mut latencies: Vec<Duration> = outcomes.iter().map(|o| o.latency).collect();
        latencies.sort();
        summary.p50 = percentile(&latencies, 50.0);
        summary.p99 = percentile(&latencies, 99.0);
        summary
    }
}

/// The nearest-rank percentile of sorted values.
pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

pub fn millis(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1000.0)
}

/// Now, in UTC milliseconds.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

/// The earliest start a run books: tomorrow, so no time passes its start while a run lasts.
pub fn bookable_after() -> i64 {
    now_ms() + DAY_MS
}

/// Warnings and errors a server logged (JSON lines), to show with a failure.
pub fn logged_errors(log: &Path) -> Vec<String> {
    std::fs::read_to_string(log)
        .unwrap_or_default()
        .lines()
        .filter(|l| l.contains("\"level\":\"ERROR\"") || l.contains("panic"))
        .map(str::to_string)
        .collect()
}
