use crate::{i18n::use_i18n, t};
use domain::locale::Locale;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// A GET form that reloads the current page with `?lang=`: works without JavaScript, and the
/// server turns the choice into a cookie. The page's other query parameters ride along, so a
/// filtered search stays filtered in the new language.
#[component]
pub fn LanguageChooser() -> impl IntoView {
    let i18n = use_i18n();
    let current = i18n.locale();
    let location = use_location();
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
        <form class="language-chooser" method="get" action=move || location.pathname.get()>
            {kept_parameters}
            <label for="language-select">{t!(i18n, "language-label")}</label>
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
            <button type="submit">{t!(i18n, "language-submit")}</button>
        </form>
    }
}
