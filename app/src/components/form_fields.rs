//! Form fields that carry their own problems: each shows its message between its hint and its
//! control, names the message (and the hint) in `aria-describedby` and marks itself
//! `aria-invalid`, so a screen reader hears what to fix on reaching the field. The problems are
//! `(field id, message)` pairs, as `AppError::field_problems` gives them.

use leptos::prelude::*;

/// `(field id, message)` of each problem a form has.
pub type Problems = Signal<Vec<(String, String)>>;

/// The messages about field `id`, as one text.
fn message_for(problems: Problems, id: &str) -> Option<String> {
    let messages: Vec<String> = problems.with(|all| {
        all.iter()
            .filter(|(field, _)| field == id)
            .map(|(_, message)| message.clone())
            .collect()
    });
    (!messages.is_empty()).then(|| messages.join(" "))
}

/// The ids a field's `aria-describedby` names: its hint, and its message while it has one.
fn described_by(
    problems: Problems,
    id: String,
    has_hint: bool,
) -> impl Fn() -> Option<String> + Send + Sync + Clone + 'static {
    move || {
        let mut ids = Vec::new();
        if has_hint {
            ids.push(format!("{id}-hint"));
        }
        if message_for(problems, &id).is_some() {
            ids.push(format!("{id}-error"));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// The hint and the current problem of a field, in that order.
fn hint_and_error(problems: Problems, id: String, hint: Option<String>) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    view! {
        {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
        {move || {
            message_for(problems, &id)
                .map(|message| view! { <p class="field-error" id=error_id.clone()>{message}</p> })
        }}
    }
}

/// A one-line text field. Addresses and names typed here are someone else's (a clinic's, a
/// clinician's), so the browser is not asked to fill in the user's own unless `autocomplete`
/// says otherwise.
#[component]
pub fn TextField(
    #[prop(into)] id: String,
    #[prop(into)] name: String,
    label: String,
    value: String,
    problems: Problems,
    #[prop(optional)] hint: Option<String>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] list: Option<&'static str>,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(optional)] spellcheck: Option<&'static str>,
) -> impl IntoView {
    let has_hint = hint.is_some();
    let invalid_id = id.clone();
    let invalid = move || message_for(problems, &invalid_id).map(|_| "true");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {hint_and_error(problems, id.clone(), hint)}
            <input
                id=id.clone()
                name=name
                type=input_type
                value=value
                inputmode=inputmode
                list=list
                autocomplete=autocomplete
                spellcheck=spellcheck
                aria-describedby=described_by(problems, id, has_hint)
                aria-invalid=invalid
            />
        </div>
    }
}

/// A several-line text field, in the language `lang` of what is typed into it.
#[component]
pub fn TextAreaField(
    #[prop(into)] id: String,
    #[prop(into)] name: String,
    label: String,
    value: String,
    problems: Problems,
    #[prop(optional)] hint: Option<String>,
    #[prop(optional)] lang: Option<&'static str>,
) -> impl IntoView {
    let has_hint = hint.is_some();
    let invalid_id = id.clone();
    let invalid = move || message_for(problems, &invalid_id).map(|_| "true");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {hint_and_error(problems, id.clone(), hint)}
            <textarea
                id=id.clone()
                name=name
                rows="4"
                lang=lang
                dir="auto"
                aria-describedby=described_by(problems, id, has_hint)
                aria-invalid=invalid
            >
                {value}
            </textarea>
        </div>
    }
}

/// A choice from a list; `options` are `(value, text)`, the first usually "Choose…" with an empty
/// value.
#[component]
pub fn SelectField(
    #[prop(into)] id: String,
    #[prop(into)] name: String,
    label: String,
    selected: String,
    options: Vec<(String, String)>,
    problems: Problems,
    #[prop(optional)] hint: Option<String>,
) -> impl IntoView {
    let has_hint = hint.is_some();
    let invalid_id = id.clone();
    let invalid = move || message_for(problems, &invalid_id).map(|_| "true");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {hint_and_error(problems, id.clone(), hint)}
            <select
                id=id.clone()
                name=name
                aria-describedby=described_by(problems, id, has_hint)
                aria-invalid=invalid
            >
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        let chosen = value == selected;
                        view! { <option value=value selected=chosen>{text}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// One checkbox with its label after it.
#[component]
pub fn Checkbox(
    #[prop(into)] id: String,
    #[prop(into)] name: String,
    label: String,
    checked: bool,
    #[prop(default = "on".to_string(), into)] value: String,
) -> impl IntoView {
    view! {
        <div class="choice">
            <input type="checkbox" id=id.clone() name=name value=value checked=checked />
            <label for=id>{label}</label>
        </div>
    }
}

/// A group of checkboxes under a legend, each sending `name[i]=value` when ticked (a list for the
/// server function). `options` are `(value, label)`; `id` names the group for the error summary.
#[component]
pub fn CheckboxGroup(
    #[prop(into)] id: String,
    #[prop(into)] name: String,
    legend: String,
    options: Vec<(String, String)>,
    checked: Vec<String>,
    problems: Problems,
    #[prop(optional)] hint: Option<String>,
) -> impl IntoView {
    let has_hint = hint.is_some();
    view! {
        <fieldset class="field choices" id=id.clone() aria-describedby=described_by(problems, id.clone(), has_hint)>
            <legend>{legend}</legend>
            {hint_and_error(problems, id.clone(), hint)}
            <div class="choice-grid">
                {options
                    .into_iter()
                    .enumerate()
                    .map(|(index, (value, label))| {
                        let ticked = checked.contains(&value);
                        view! {
                            <Checkbox
                                id=format!("{id}-{index}")
                                name=format!("{name}[{index}]")
                                label=label
                                checked=ticked
                                value=value
                            />
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}
