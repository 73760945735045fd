use crate::{api::display::SaveDisplay, i18n::use_i18n, t};
use domain::display::{DisplayPreferences, TextSize};
use leptos::{prelude::*, server_fn::ServerFn};

#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer" aria-label=t!(i18n, "footer-label")>
            <p class="emergency">{t!(i18n, "footer-emergency")}</p>
            <DisplayForm />
            <p>{t!(i18n, "footer-rights")}</p>
        </footer>
    }
}

/// Text size and high contrast, as the server applies them to every page (a plain form: no
/// JavaScript needed, and the next page is already drawn with them).
#[component]
fn DisplayForm() -> impl IntoView {
    let i18n = use_i18n();
    let current = use_context::<DisplayPreferences>().unwrap_or_default();
    view! {
        <form class="display-preferences" method="post" action=SaveDisplay::PATH>
            <fieldset>
                <legend>{t!(i18n, "display-legend")}</legend>
                <div class="field">
                    <label for="display-text-size">{t!(i18n, "display-text-size")}</label>
                    <select id="display-text-size" name="text_size">
                        {TextSize::ALL
                            .into_iter()
                            .map(|size| {
                                let percent = size.percent();
                                view! {
                                    <option value=percent selected=size == current.text_size>
                                        {t!(i18n, "display-text-size-option", percent = percent)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <div class="field choice">
                    <input id="display-high-contrast" name="high_contrast" type="checkbox" value="on" checked=current.high_contrast />
                    <label for="display-high-contrast">{t!(i18n, "display-high-contrast")}</label>
                </div>
                <button type="submit">{t!(i18n, "display-submit")}</button>
            </fieldset>
        </form>
    }
}
