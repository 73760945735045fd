use super::session_actions::use_session_actions;
use crate::{
    i18n::{use_i18n, I18n},
    t,
};
use domain::locale::Locale;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// "Language" (and "Language" in English beside it) with the five languages, each named in
/// itself. Signed out: a GET form that reloads the current page with `?lang=` (the server turns the
/// choice into a cookie), carrying the page's other query parameters so a filtered search stays
/// filtered. Signed in: a POST form that saves the choice on the account, which outranks
/// `?lang=`. Both work without JavaScript; with it, the page reloads in the new language.
#[component]
pub fn LanguageChooser() -> impl IntoView {
    let i18n = use_i18n();
    let actions = use_session_actions();
    let location = use_location();
    let set_language = actions.set_language;
    // Named in the page's language and in English, for whoever cannot read the page's.
    let label = move || {
        let here = t!(i18n, "language-label");
        if i18n.locale() == Locale::En {
            here
        } else {
            {
                let english = t!(I18n::new(Locale::En), "language-label");
                t!(
                    i18n,
                    "language-label-with-english",
                    here = here,
                    english = english
                )
            }
        }
    };
    let select = move || {
        let current = i18n.locale();
        view! {
            <label for="language-select">{label()}</label>
            <select id="language-select" name="lang">
                {Locale::ALL
                    .into_iter()
                    .map(|locale| {
                        view! {
                            <option value=locale.tag() lang=locale.tag() selected=locale == current>
                                {locale.autonym()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            // A short word on the button keeps the chooser on one line of a phone; its name
            // says the whole thing (and contains the word, as WCAG's label-in-name asks).
            <button type="submit" aria-label=t!(i18n, "language-submit")>{t!(i18n, "language-submit-short")}</button>
        }
    };
    let kept_parameters = move || {
        location
            .query
            .get()
            .into_iter()
            .filter(|(key, _)| key != "lang")
            .map(|(key, value)| view! { <input type="hidden" name=key.to_string() value=value.to_string() /> })
            .collect_view()
    };
    view! {
        <Transition>
            {move || Suspend::new(async move {
                if matches!(actions.user.await, Ok(Some(_))) {
                    view! {
                        <ActionForm action=set_language attr:class="language-chooser">
                            {select()}
                        </ActionForm>
                    }
                        .into_any()
                } else {
                    view! {
                        <form class="language-chooser" method="get" action=move || location.pathname.get()>
                            {kept_parameters}
                            {select()}
                        </form>
                    }
                        .into_any()
                }
            })}
        </Transition>
    }
}
