use crate::{
    i18n::{format, use_i18n},
    t,
};
use domain::time::ZonedDateTime;
use leptos::prelude::*;

/// A single-use code just created, shown once (and printable): whom it is for, the code, and
/// until when it works; `children` add how to use it.
#[component]
pub fn IssuedCode(
    title: String,
    code: String,
    expires: ZonedDateTime,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="issued-code" role="status" aria-labelledby="issued-title">
            <h2 id="issued-title">{title}</h2>
            <p class="code">{code}</p>
            <p>
                {t!(i18n, "invitation-issued-expires", date = format::date_time_in_zone(i18n, &expires))}
            </p>
            {children.map(|children| children())}
        </section>
    }
}
