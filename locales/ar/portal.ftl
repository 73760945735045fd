# Wellspring Health — patient portal and provider management.
# Every user-visible string lives here; code holds message ids only.
# Keep ids identical in every locale: a test fails when one is missing or extra.

## Product

-brand = Wellspring Health
product-name = { -brand }
document-title = { $page } · { -brand }

## Page shell

skip-to-main = الانتقال إلى المحتوى الرئيسي
nav-main-label = القائمة الرئيسية
nav-home = الصفحة الرئيسية
nav-accessibility = إمكانية الوصول
language-label = اللغة
language-submit = تغيير اللغة
route-announcement = تم تحميل الصفحة: { $title }
footer-label = معلومات الموقع
footer-emergency = في حالات الطوارئ، اتصل بالرقم 911 أو توجّه إلى أقرب قسم طوارئ. لا تستخدم هذه البوابة للمشكلات العاجلة.
footer-rights = بوابة المرضى في { -brand }

## Home page

home-title = مرحبًا بك في { -brand }
home-intro = أدِر رعايتك الصحية عبر الإنترنت، بلغتك، ومن أي جهاز.
home-features-heading = من خلال بوابتك ستتمكن من
home-feature-find = العثور على طبيب يتحدث لغتك ويقبل تأمينك الصحي،
home-feature-book = حجز المواعيد أو تغييرها أو إلغائها،
home-feature-message = إرسال رسائل غير عاجلة إلى فريق الرعاية الخاص بك،
home-feature-records = الاطلاع على ملخصات زياراتك ونتائج فحوصاتك.
home-help-heading = هل تحتاج إلى مساعدة؟
home-help-body = يمكن لموظفي الاستقبال لدينا مساعدتك على البدء. اقرأ في بيان إمكانية الوصول كيف نجعل هذه البوابة مناسبة للجميع.
home-help-link = اقرأ بيان إمكانية الوصول

## Accessibility statement

accessibility-title = بيان إمكانية الوصول
accessibility-intro = نريد أن يتمكن الجميع من استخدام هذه البوابة، بمن فيهم من يستخدمون قارئ الشاشة أو لوحة المفاتيح أو التحكم الصوتي أو أدوات التكبير، ومن يقرؤون بلغة غير الإنجليزية.
accessibility-standard-heading = المعيار الذي نتّبعه
accessibility-standard-body = تهدف هذه البوابة إلى استيفاء إرشادات إمكانية الوصول إلى محتوى الويب (WCAG 2.2) على المستوى AA. تُفحَص كل صفحة تلقائيًا بجميع اللغات قبل كل إصدار.
accessibility-features-heading = ما يمكنك توقّعه
accessibility-feature-keyboard = يمكن إنجاز كل مهمة باستخدام لوحة المفاتيح وحدها.
accessibility-feature-languages = كل صفحة متاحة باللغات الإنجليزية والإسبانية والعربية والصينية المبسّطة والفيتنامية.
accessibility-feature-zoom = يمكن تكبير النص حتى 400% دون فقدان أي محتوى.
accessibility-feature-no-script = تعمل المهام الرئيسية حتى عند إيقاف JavaScript أو بطء تحميلها.
accessibility-help-heading = إذا واجهتك صعوبة في استخدام أي جزء
accessibility-help-body = أبلغ موظفي الاستقبال في عيادتك، أو اطلب منهم هذه المعلومات بتنسيق آخر. نردّ خلال خمسة أيام عمل.

## Not found

not-found-title = الصفحة غير موجودة
not-found-body = تعذّر علينا العثور على الصفحة التي طلبتها. ربما نُقلت إلى مكان آخر، أو ربما يحتوي العنوان على خطأ في الكتابة.
not-found-home = الانتقال إلى الصفحة الرئيسية

## Errors

error-title = حدث خطأ ما
error-body = تعذّر علينا إكمال طلبك. لم يُفقَد أي شيء أدخلته. يُرجى المحاولة مرة أخرى بعد قليل.
error-reference = الرمز المرجعي: { $code }
error-reference-help = إذا تواصلت معنا بشأن هذه المشكلة، فأخبرنا بهذا الرمز حتى نتمكن من معرفة ما حدث.
error-forbidden-origin = ورد هذا الطلب من موقع ويب آخر، لذا رفضناه لحماية حسابك.

## Formatting of dates, times and money

# $weekday is one of: mon tue wed thu fri sat sun
weekday-name = { $weekday ->
    [mon] الاثنين
    [tue] الثلاثاء
    [wed] الأربعاء
    [thu] الخميس
    [fri] الجمعة
    [sat] السبت
   *[sun] الأحد
}
# $month is 1 to 12
month-name = { $month ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
}
# $weekday and $month are already names; $day and $year are numbers.
date-long = { $weekday }، { $day } { $month } { $year }
# $hour12 is 1 to 12, $hour24 is 00 to 23, $minute is 00 to 59, $period is am or pm.
time-short = { $hour12 }:{ $minute } { $period ->
    [am] ص
   *[pm] م
}
# $zone is the time zone's abbreviation, e.g. EST.
date-time-in-zone = { $date } الساعة { $time } { $zone }
# $amount is already written with this language's digit grouping and decimal mark.
money-usd = { $amount } US$
