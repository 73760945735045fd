use crate::{i18n::use_i18n, t};
use leptos::prelude::*;

#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer" aria-label=t!(i18n, "footer-label")>
            <p class="emergency">{t!(i18n, "footer-emergency")}</p>
            <p>{t!(i18n, "footer-rights")}</p>
        </footer>
    }
}
