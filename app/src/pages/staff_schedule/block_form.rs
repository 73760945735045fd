//! The "add blocked time" form (front desk): whose time, why, and the start and end as the
//! location's wall-clock dates and times. Its fields post as `block[…]`; after a failed post
//! (with or without JavaScript) it shows what was typed and an error summary linking to each
//! field with a problem.

use super::reason_name;
use crate::{
    api::{
        error::AppError,
        staff_schedule::{AddScheduleBlock, SchedulePage, EVERYONE},
    },
    components::error_summary::FieldErrorSummary,
    i18n::{names, I18n},
    t,
};
use domain::staff_schedule::{BlockField, BlockProblem, BlockReason};
use leptos::prelude::*;
use std::collections::BTreeMap;

fn field_id(field: BlockField) -> &'static str {
    match field {
        BlockField::StartDate => "block-start-date",
        BlockField::StartTime => "block-start-time",
        BlockField::EndDate => "block-end-date",
        BlockField::EndTime => "block-end-time",
    }
}

fn field_label(i18n: I18n, field: BlockField) -> String {
    match field {
        BlockField::StartDate => t!(i18n, "staff-schedule-block-start-date"),
        BlockField::StartTime => t!(i18n, "staff-schedule-block-start-time"),
        BlockField::EndDate => t!(i18n, "staff-schedule-block-end-date"),
        BlockField::EndTime => t!(i18n, "staff-schedule-block-end-time"),
    }
}

fn problem_text(i18n: I18n, field: BlockField, problem: BlockProblem) -> String {
    let is_date = matches!(field, BlockField::StartDate | BlockField::EndDate);
    match problem {
        BlockProblem::Missing if is_date => t!(i18n, "staff-block-error-missing-date"),
        BlockProblem::Missing => t!(i18n, "staff-block-error-missing-time"),
        BlockProblem::NotADate => t!(i18n, "staff-block-error-not-a-date"),
        BlockProblem::NotATime => t!(i18n, "staff-block-error-not-a-time"),
        BlockProblem::EndNotAfterStart => t!(i18n, "staff-block-error-end-not-after-start"),
        BlockProblem::TooLong => t!(i18n, "staff-block-error-too-long"),
    }
}

/// The blocked-time form's problems, from the action (with or without JavaScript).
fn block_problems(add: ServerAction<AddScheduleBlock>) -> Option<Vec<(BlockField, BlockProblem)>> {
    match add.value().get() {
        Some(Err(AppError::BlockInvalid { problems })) => Some(problems),
        _ => None,
    }
}

pub(super) fn add_block_form(
    i18n: I18n,
    page: &SchedulePage,
    add: ServerAction<AddScheduleBlock>,
    typed: BTreeMap<String, String>,
) -> impl IntoView {
    let location = page.location_id.unwrap_or_default();
    let typed_provider = typed
        .get("provider_id")
        .cloned()
        .or_else(|| page.provider_id.map(|id| id.to_string()))
        .or_else(|| page.providers.first().map(|p| p.id.to_string()))
        .unwrap_or_default();
    let typed_reason = typed.get("reason").cloned().unwrap_or_default();
    let providers = page
        .providers
        .iter()
        .map(|p| {
            let value = p.id.to_string();
            let selected = value == typed_provider;
            view! { <option value=value selected=selected>{p.name.clone()}</option> }
        })
        .collect_view();
    let reasons = BlockReason::ALL
        .into_iter()
        .map(|reason| {
            let selected = reason.as_str() == typed_reason;
            view! { <option value=reason.as_str() selected=selected>{reason_name(i18n, reason)}</option> }
        })
        .collect_view();
    let summary_problems = Signal::derive(move || {
        block_problems(add)
            .unwrap_or_default()
            .into_iter()
            .map(|(field, problem)| {
                let text = t!(
                    i18n,
                    "staff-block-error-in-field",
                    field = field_label(i18n, field),
                    problem = problem_text(i18n, field, problem)
                );
                (field_id(field).to_string(), text)
            })
            .collect::<Vec<_>>()
    });
    let first_day = page.first_day.clone();
    let field = move |field: BlockField, kind: &'static str| {
        let id = field_id(field);
        let error_id = format!("{id}-error");
        let value = typed.get(field.as_str()).cloned().unwrap_or_else(|| {
            if kind == "date" {
                first_day.clone()
            } else {
                String::new()
            }
        });
        let problem = move || {
            block_problems(add).and_then(|problems| {
                problems
                    .into_iter()
                    .find(|(f, _)| *f == field)
                    .map(|(_, p)| problem_text(i18n, field, p))
            })
        };
        let described = error_id.clone();
        view! {
            <div class="field">
                <label for=id>{field_label(i18n, field)}</label>
                <p class="error field-error" id=error_id>{problem}</p>
                <input
                    id=id
                    name=format!("block[{}]", field.as_str())
                    type=kind
                    value=value
                    aria-describedby=move || problem().map(|_| described.clone())
                    aria-invalid=move || problem().map(|_| "true")
                />
            </div>
        }
    };
    let zone = page.time_zone.as_deref().map(|zone| {
        let zone = names::time_zone(i18n, zone);
        view! { <p class="hint">{t!(i18n, "staff-schedule-block-zone", zone = zone)}</p> }
    });
    view! {
        <section id="add-block" aria-labelledby="add-block-heading">
            <h2 id="add-block-heading">{t!(i18n, "staff-schedule-add-block")}</h2>
            <p>{t!(i18n, "staff-schedule-block-intro")}</p>
            {zone}
            <FieldErrorSummary id="block-errors" problems=summary_problems message=Signal::derive(|| None::<String>) fallback_field="block-start-date" />
            <ActionForm action=add attr:class="stacked-form">
                <input type="hidden" name="block[location_id]" value=location.to_string() />
                <div class="field">
                    <label for="block-provider">{t!(i18n, "staff-schedule-block-who")}</label>
                    <select id="block-provider" name="block[provider_id]">
                        {providers}
                        <option value=EVERYONE selected=typed_provider == EVERYONE>{t!(i18n, "staff-schedule-whole-location")}</option>
                    </select>
                </div>
                <div class="field">
                    <label for="block-reason">{t!(i18n, "staff-schedule-block-reason")}</label>
                    <select id="block-reason" name="block[reason]">{reasons}</select>
                </div>
                {field(BlockField::StartDate, "date")}
                {field(BlockField::StartTime, "time")}
                {field(BlockField::EndDate, "date")}
                {field(BlockField::EndTime, "time")}
                <button type="submit" class="primary">{t!(i18n, "staff-schedule-block-submit")}</button>
            </ActionForm>
        </section>
    }
}
