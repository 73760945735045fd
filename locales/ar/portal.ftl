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
# The language chooser's button: a short word, so the chooser fits on one line of a phone. Its
# accessible name is language-submit, which must contain this word.
language-submit-short = تغيير
footer-label = معلومات الموقع
footer-emergency = في حالات الطوارئ، اتصل بالرقم 911 أو توجّه إلى أقرب قسم طوارئ. لا تستخدم هذه البوابة للمشكلات العاجلة.
footer-rights = بوابة المرضى في { -brand }

## Accounts: signing in and out

nav-sign-in = تسجيل الدخول
nav-account = الحساب والأمان
signed-in-as = تم تسجيل الدخول باسم { $name }
sign-out = تسجيل الخروج
sign-in-title = تسجيل الدخول
sign-in-intro = استخدم عنوان البريد الإلكتروني وكلمة المرور الخاصين بحسابك في البوابة.
email-label = البريد الإلكتروني
password-label = كلمة المرور
sign-in-submit = تسجيل الدخول
error-summary-title = توجد مشكلة

## Signing up with an invitation code

sign-in-new-here = هل تستخدم البوابة لأول مرة؟
sign-in-sign-up-link = أنشئ حسابًا باستخدام رمز الدعوة الخاص بك
sign-up-title = إنشاء حسابك
sign-up-intro = يعطيك موظفو الاستقبال في عيادتك رمز دعوة. أدخله مع تاريخ ميلادك، ثم اختر عنوان البريد الإلكتروني وكلمة المرور اللذين ستسجّل الدخول بهما.
invitation-code-label = رمز الدعوة
invitation-code-hint = اثنتا عشرة خانة من الحروف والأرقام، مثل ABCD-EFGH-JKMN.
date-of-birth-label = تاريخ الميلاد
new-password-label = اختر كلمة مرور
password-hint = 12 حرفًا على الأقل. بضع كلمات لا رابط بينها تصنع كلمة مرور قوية يسهل تذكّرها.
sign-up-submit = إنشاء الحساب

## Front desk: finding patients and inviting them

nav-patients = المرضى
patients-title = البحث عن مريض
patients-intro = ابحث عن المريض باسم العائلة وتاريخ الميلاد لإعطائه رمز دعوة. تُسجَّل كل عملية بحث، ويمكن للمريض الاطلاع عليها.
family-name-label = اسم العائلة
patients-search = البحث عن المريض
patients-results = المرضى المطابقون
patients-none = لا يوجد مريض يطابق اسم العائلة وتاريخ الميلاد المُدخلين.
patient-born = تاريخ الميلاد: { $date }
patient-has-account = لديه حساب بالفعل
invitation-create = إنشاء رمز دعوة
# The button's accessible name: it must start with the visible text of invitation-create.
invitation-create-label = إنشاء رمز دعوة للمريض { $name }
invitation-issued-title = رمز الدعوة للمريض { $name }
invitation-issued-expires = يمكن استخدامه مرة واحدة فقط، حتى { $date }. يؤدي إنشاء رمز جديد إلى إلغاء هذا الرمز.

## Who viewed my record

nav-activity = من اطّلع على سجلي الطبي
activity-title = من اطّلع على سجلي الطبي
activity-intro = في كل مرة يطّلع فيها شخص غيرك على سجلك أو يغيّره، يظهر ذلك هنا: موظفو عيادتك، وأي شخص يساعدك بصفته وكيلًا عنك.
activity-none = لم يطّلع أحد غيرك على سجلك أو يغيّره حتى الآن.
activity-list = عمليات الاطلاع على سجلك وتغييره
activity-by = { $name }، { $role }
activity-by-unknown = شخص لم يكن قد سجّل الدخول
activity-refused = رُفضت هذه المحاولة.
role-patient = مريض
role-provider = مقدّم رعاية صحية
role-front_desk = مكتب الاستقبال
role-credentialing_admin = مكتب الاعتماد المهني
role-system_admin = مسؤول النظام
role-proxy = وكيل
action-view_patient_summary = بحث عن سجلك واطّلع عليه
action-issue_invitation = أنشأ رمز دعوة لك
action-sign_up = أنشأ حسابك
action-appointment-book = حجز موعدًا لك
action-appointment-reschedule = غيّر موعدك
action-appointment-cancel = ألغى موعدك
action-appointment-read = اطّلع على موعدك
action-appointment-arrive = سجّل وصولك إلى موعدك
action-appointment-no_show = سجّل أنك لم تحضر موعدك
action-schedule-read = رأى موعدك في جدول العيادة
action-patient-book_for = بدأ حجز موعد لك
action-waitlist-join = طلب لك موعدًا أبكر
action-waitlist-accept = قبل لك موعدًا أبكر
action-waitlist-decline = رفض عنك موعدًا أبكر
action-view_audit_log = بحث عن سجلك في سجل التدقيق
action-other = قام باستخدام سجلك

## Audit log (administrators)

nav-audit = سجل التدقيق
audit-title = سجل التدقيق
audit-intro = كل قراءة للبيانات الصحية وكل تغيير، بدءًا بالأحدث. التواريخ بالتوقيت العالمي المنسّق (UTC). تُسجَّل عمليات البحث في السجل أيضًا.
audit-person-label = الشخص (البريد الإلكتروني)
audit-patient-label = رقم المريض
audit-action-label = الإجراء
audit-from-label = من تاريخ
audit-until-label = حتى تاريخ
audit-refusals-only = حالات الرفض فقط
audit-search = بحث
audit-results = الإدخالات المطابقة
audit-none = لا توجد إدخالات مطابقة.
audit-col-number = الرقم
audit-col-when = الوقت
audit-col-who = الشخص
audit-col-action = الإجراء
audit-col-object = العنصر
audit-col-patient = المريض
audit-col-outcome = النتيجة
audit-col-address = عنوان IP
# $count is how many refusals of that kind by that person in that minute the row stands for
audit-refusals-count = { $count ->
    [one] حالة رفض واحدة في تلك الدقيقة
    [two] حالتا رفض في تلك الدقيقة
    [few] { $count } حالات رفض في تلك الدقيقة
    [many] { $count } حالة رفض في تلك الدقيقة
   *[other] { $count } حالة رفض في تلك الدقيقة
}
audit-action-appointment-book = حجز موعدًا
audit-action-appointment-reschedule = غيّر موعدًا
audit-action-appointment-cancel = ألغى موعدًا
audit-action-appointment-read = اطّلع على موعد
audit-action-appointment-arrive = سجّل وصول مريض إلى موعده
audit-action-appointment-no_show = سجّل أن مريضًا لم يحضر موعده
audit-action-schedule-read = رأى موعدًا في جدول العيادة
audit-action-schedule_block-add = حجب وقتًا في جدول
audit-action-schedule_block-lift = رفع حجب وقت
audit-action-patient-book_for = بدأ حجز موعد لمريض
audit-action-waitlist-join = طلب موعدًا أبكر
audit-action-waitlist-accept = قبل موعدًا أبكر
audit-action-waitlist-decline = رفض موعدًا أبكر
audit-action-view_patient_summary = بحث عن مريض
audit-action-issue_invitation = أنشأ رمز دعوة لمريض
audit-action-sign_up = أنشأ حساب مريض
audit-action-issue_staff_invitation = أنشأ رمز دعوة لموظف
audit-action-staff_sign_up = أنشأ حساب موظف
audit-action-sign_in = سجّل الدخول
audit-action-sign_in_password = أدخل كلمة المرور الصحيحة، قبل خطوة الرمز
audit-action-sign_in_second_factor = أدخل رمز تسجيل الدخول
audit-action-sign_in_lock = أُوقف تسجيل الدخول مؤقتًا بعد محاولات كثيرة جدًا
audit-action-sign_out = سجّل الخروج
audit-action-end_session = أنهى إحدى جلساته
audit-action-end_other_sessions = سجّل الخروج من جميع جلساته الأخرى
audit-action-set_preferred_locale = غيّر لغته
audit-action-change_password = غيّر كلمة المرور الخاصة به
audit-action-change_email = غيّر عنوان بريده الإلكتروني
audit-action-email_change_requested = طلب تغيير عنوان بريده الإلكتروني
audit-action-email_change_cancelled = ألغى تغيير عنوان بريده الإلكتروني
audit-action-password_reset_requested = طلب رابط إعادة تعيين كلمة المرور
audit-action-password_reset = أعاد تعيين كلمة المرور برابط
audit-action-two_factor_begin = بدأ إعداد التحقق بخطوتين
audit-action-two_factor_confirm = أدخل رمزًا لتفعيل التحقق بخطوتين
audit-action-two_factor_on = فعّل التحقق بخطوتين
audit-action-two_factor_off = أوقف التحقق بخطوتين
audit-action-recovery_codes_new = أنشأ رموز استرداد جديدة
audit-action-location_create = أضاف موقعًا
audit-action-location_update = غيّر بيانات موقع
audit-action-location_deactivate = عطّل موقعًا
audit-action-location_reactivate = أعاد تفعيل موقع
audit-action-provider_create = أضاف مقدّم رعاية
audit-action-provider_update = غيّر بيانات مقدّم رعاية
audit-action-provider_deactivate = عطّل مقدّم رعاية
audit-action-provider_reactivate = أعاد تفعيل مقدّم رعاية
audit-action-credential_add = أضاف مؤهلًا
audit-action-credential_edit = صحّح مؤهلًا قيد التحقق
audit-action-credential_pending = أعاد فتح مؤهل للتجديد
audit-action-credential_verified = تحقّق من مؤهل
audit-action-credential_expired = سجّل انتهاء صلاحية مؤهل
audit-action-credential_revoked = ألغى مؤهلًا
audit-action-view_audit_log = بحث في سجل التدقيق
audit-action-staff_location_assign = عيّن موظف استقبال في موقع
audit-action-staff_location_remove = أزال موظف استقبال من موقع

## Idle sign-out warning

idle-title = هل ما زلت هنا؟
idle-body = { $minutes ->
    [one] حفاظًا على أمانك، سيتم تسجيل خروجك بعد دقيقة واحدة ما لم تختر متابعة الجلسة.
    [two] حفاظًا على أمانك، سيتم تسجيل خروجك بعد دقيقتين ما لم تختر متابعة الجلسة.
    [few] حفاظًا على أمانك، سيتم تسجيل خروجك بعد { $minutes } دقائق ما لم تختر متابعة الجلسة.
    [many] حفاظًا على أمانك، سيتم تسجيل خروجك بعد { $minutes } دقيقة ما لم تختر متابعة الجلسة.
   *[other] حفاظًا على أمانك، سيتم تسجيل خروجك بعد { $minutes } دقيقة ما لم تختر متابعة الجلسة.
}
idle-stay = متابعة الجلسة

## Account security

security-title = تسجيل الدخول والأمان
password-heading = تغيير كلمة المرور
current-password-label = كلمة المرور الحالية
password-change-submit = تغيير كلمة المرور
password-changed = تم تغيير كلمة المرور، وتم تسجيل خروجك من جميع الأجهزة الأخرى.
sessions-heading = الأماكن التي سجّلت الدخول منها
sessions-intro = إذا رأيت جهازًا لا تعرفه، فسجّل الخروج منه.
sessions-caption = جلساتك
sessions-device = الجهاز
sessions-network = الشبكة
sessions-started = وقت تسجيل الدخول
sessions-last-active = آخر نشاط
sessions-actions = الإجراءات
# $browser and $system are product names such as Chrome and Android.
session-device = { $browser } على { $system }
session-device-unknown = جهاز غير معروف
network-this-computer = هذا الحاسوب (خادم البوابة نفسه)
network-local = شبكة محلية، مثل شبكة عيادة أو منزل ({ $address })
network-internet = الإنترنت ({ $address })
network-unknown = شبكة غير معروفة
session-this-device = هذا الجهاز
session-end = تسجيل الخروج
# The button's accessible name: it must start with the visible text of session-end.
session-end-label = تسجيل الخروج من الجلسة على { $device }
sessions-end-others = تسجيل الخروج من جميع الجلسات الأخرى
sessions-ended = { $count ->
    [zero] لم يتم تسجيل خروجك من أي جلسة أخرى.
    [one] تم تسجيل خروجك من جلسة أخرى واحدة.
    [two] تم تسجيل خروجك من جلستين أخريين.
    [few] تم تسجيل خروجك من { $count } جلسات أخرى.
    [many] تم تسجيل خروجك من { $count } جلسة أخرى.
   *[other] تم تسجيل خروجك من { $count } جلسة أخرى.
}
session-ended = تم تسجيل الخروج من تلك الجلسة.
email-heading = عنوان البريد الإلكتروني
email-current = تسجّل الدخول حاليًا باستخدام:
email-new-label = عنوان البريد الإلكتروني الجديد
email-change-submit = تغيير عنوان البريد الإلكتروني
email-changed = تم تغيير عنوان بريدك الإلكتروني. من الآن فصاعدًا، سجّل الدخول بالعنوان الجديد.
email-change-sent = أرسلنا رابطًا إلى العنوان الجديد. يتغيّر عنوانك عندما تفتحه؛ وحتى ذلك الحين، واصل تسجيل الدخول بعنوانك الحالي.
# $address is the new address with most of it hidden, e.g. n…@example.org
email-pending = بانتظار التأكيد على { $address }. افتح الرابط الذي أرسلناه إليه خلال 24 ساعة.
email-cancel-submit = إلغاء التغيير
email-change-cancelled = تم إلغاء تغيير عنوان البريد الإلكتروني. لم يعد رابطه يعمل.
confirm-email-title = أكّد عنوان بريدك الإلكتروني الجديد
confirm-email-intro = اضغط الزر لتسجّل الدخول بهذا العنوان من الآن فصاعدًا. وإلى أن تفعل، سنواصل استخدام عنوانك الحالي.
confirm-email-submit = تأكيد العنوان الجديد
email-change-confirm-subject = أكّد عنوان بريدك الإلكتروني الجديد
# $name is the account holder's name; $link opens the confirmation page; $hours is how long it works.
email-change-confirm-body = مرحبًا { $name }،

    طلبتَ تسجيل الدخول إلى بوابة المرضى بعنوان البريد الإلكتروني هذا. لتأكيده، افتح هذا الرابط خلال { $hours } ساعة واضغط الزر في الصفحة:

    { $link }

    إذا لم تكن أنت من طلب ذلك، فتجاهل هذه الرسالة: لن يتغيّر شيء.
email-change-taken-subject = حاول شخص ما استخدام عنوان بريدك الإلكتروني
# $link is the portal's address.
email-change-taken-body = مرحبًا،

    طلب شخص ما استخدام عنوان البريد الإلكتروني هذا لحساب في بوابة المرضى، لكن هناك حسابًا يستخدمه بالفعل، لذلك لم يتغيّر شيء.

    إذا أردت تسجيل الدخول، فانتقل إلى { $link }. وإذا نسيت كلمة المرور، فاستخدم "هل نسيت كلمة المرور؟" في صفحة تسجيل الدخول. وإذا لم تكن أنت، فيمكنك تجاهل هذه الرسالة.
email-change-requested-subject = طُلب تغيير عنوان بريدك الإلكتروني
# $address is the new address with most of it hidden; $link opens the account's security page.
email-change-requested-body = مرحبًا { $name }،

    طلب شخص ما تغيير عنوان البريد الإلكتروني لحسابك في بوابة المرضى إلى { $address }. لا يتغيّر إلا عند فتح الرابط الذي أرسلناه إلى ذلك العنوان؛ وحتى ذلك الحين نواصل استخدام هذا العنوان.

    إذا لم تكن أنت، فافتح { $link } وألغِ التغيير وغيّر كلمة المرور.
email-change-done-subject = تم تغيير عنوان بريدك الإلكتروني
email-change-done-body = مرحبًا { $name }،

    أصبح عنوان البريد الإلكتروني لحسابك في بوابة المرضى الآن { $address }. لن نرسل بعد الآن رسائل إلى هذا العنوان.

    إذا لم تكن أنت، فاتصل بالعيادة فورًا.
forgot-link = هل نسيت كلمة المرور؟
forgot-title = إعادة تعيين كلمة المرور
forgot-intro = أدخل عنوان البريد الإلكتروني الذي تسجّل الدخول به. سنرسل إليك رابطًا لاختيار كلمة مرور جديدة.
forgot-submit = إرسال رابط إعادة تعيين كلمة المرور
forgot-sent = إذا كان هناك حساب يستخدم هذا العنوان، فقد أرسلنا إليه رابطًا. يعمل الرابط لمدة 30 دقيقة. إذا لم تصلك الرسالة، فتحقّق من مجلد الرسائل غير المرغوب فيها.
reset-title = اختر كلمة مرور جديدة
reset-intro = اختر كلمة مرور جديدة لحسابك. سيتم تسجيل خروجك من جميع الأجهزة، ثم يمكنك تسجيل الدخول بكلمة المرور الجديدة.
reset-submit = حفظ كلمة المرور الجديدة
reset-done = تم تغيير كلمة المرور. سجّل الدخول بكلمة المرور الجديدة.
error-reset-link = انتهت صلاحية هذا الرابط أو سبق استخدامه. اطلب رابطًا جديدًا.
email-reset-subject = إعادة تعيين كلمة المرور
# $name is the account holder's name; $link is the address to open; $minutes is how long it works.
email-reset-body = مرحبًا { $name }،

    طلب شخص ما إعادة تعيين كلمة المرور لحسابك في بوابة المرضى. لاختيار كلمة مرور جديدة، افتح هذا الرابط خلال { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    }:

    { $link }

    إذا لم تكن أنت من قدّم هذا الطلب، فيمكنك تجاهل هذه الرسالة، فكلمة المرور الخاصة بك لم تتغيّر.

## Two-step verification

two-factor-heading = التحقق بخطوتين
two-factor-intro = بعد إدخال كلمة المرور، أدخل أيضًا رمزًا من تطبيق المصادقة على هاتفك. بهذا لا يستطيع أحد تسجيل الدخول حتى لو عرف كلمة المرور الخاصة بك.
two-factor-needed = يتطلب دورك الوظيفي التحقق بخطوتين. أعِدّه هنا حتى تتمكن من استخدام صفحات الموظفين.
two-factor-start = إعداد التحقق بخطوتين
two-factor-scan = امسح رمز QR هذا باستخدام تطبيق المصادقة، أو اكتب المفتاح في التطبيق.
two-factor-qr-alt = رمز QR لتطبيق المصادقة. المفتاح نفسه مكتوب نصًّا في الأسفل.
two-factor-key = المفتاح:
two-factor-code-label = الرمز المكوّن من 6 أرقام الذي يعرضه تطبيقك
two-factor-confirm = تفعيل التحقق بخطوتين
two-factor-on = التحقق بخطوتين مفعّل.
two-factor-turn-off = إيقاف التحقق بخطوتين
two-factor-turned-off = تم إيقاف التحقق بخطوتين.
recovery-codes-left = { $count ->
    [zero] لم يبقَ لديك أي رمز استرداد غير مستخدَم.
    [one] لديك رمز استرداد واحد غير مستخدَم.
    [two] لديك رمزا استرداد غير مستخدَمين.
    [few] لديك { $count } رموز استرداد غير مستخدَمة.
    [many] لديك { $count } رمز استرداد غير مستخدَم.
   *[other] لديك { $count } رمز استرداد غير مستخدَم.
}
recovery-codes-new = إنشاء رموز استرداد جديدة
recovery-codes-heading = رموز الاسترداد الخاصة بك
recovery-codes-intro = إذا فقدت هاتفك، فسجّل الدخول بأحد هذه الرموز بدلًا من ذلك. يمكن استخدام كل رمز مرة واحدة فقط. اطبعها أو اكتبها واحفظها في مكان آمن، فلن تظهر لك مرة أخرى.
sign-in-code-title = أدخل الرمز
sign-in-code-intro = افتح تطبيق المصادقة وأدخل الرمز الذي يعرضه لهذه البوابة. إذا لم يكن هاتفك معك، فأدخل أحد رموز الاسترداد الخاصة بك.
sign-in-code-label = الرمز
sign-in-code-submit = متابعة
sign-in-code-start-over = بدء تسجيل الدخول من جديد
staff-title = حسابات الموظفين
staff-intro = أنشئ رمز دعوة لموظف جديد. أعطه الرمز شخصيًا؛ وسيختار بنفسه عنوان بريده الإلكتروني وكلمة المرور، ثم يُعِدّ التحقق بخطوتين.
staff-name-label = الاسم الكامل
staff-roles-legend = الأدوار
staff-invitation-create = إنشاء رمز دعوة
# $name is the new staff member's name.
staff-invitation-issued-title = رمز الدعوة للموظف { $name }
staff-invitation-issued-how = يسجّل الموظف بهذا الرمز في صفحة «تسجيل الموظفين» في هذه البوابة. يمكن استخدامه مرة واحدة فقط.
staff-locations-link = أماكن عمل موظفي الاستقبال
staff-locations-title = أماكن عمل موظفي الاستقبال
staff-locations-intro = لا يرى موظفو الاستقبال المواعيد والجداول والأوقات المحجوبة ولا يغيّرونها إلا في المواقع المعيّنة لهم هنا.
staff-locations-none = لا توجد حسابات استقبال بعد.
staff-locations-nowhere = غير معيّن في أي موقع: لا يمكنه رؤية أي موعد.
staff-locations-everywhere = معيّن في كل المواقع النشطة.
staff-locations-remove = إزالة
staff-locations-remove-label = إزالة { $location } من { $name }
staff-locations-location-label = الموقع المراد إضافته
staff-locations-assign = تعيين
staff-locations-assign-label = تعيين { $name }
staff-locations-done-assigned = تم تعيين الموقع.
staff-locations-done-removed = تمت إزالة الموقع.
staff-sign-up-title = تسجيل الموظفين
staff-sign-up-intro = أدخل رمز الدعوة الذي أعطاك إياه المسؤول، واختر عنوان البريد الإلكتروني وكلمة المرور اللذين ستسجّل الدخول بهما. بعد ذلك ستُعِدّ التحقق بخطوتين.
nav-staff = حسابات الموظفين
error-name-required = أدخل اسمًا يتكوّن من 1 إلى 200 حرف.
error-role-required = اختر دورًا واحدًا على الأقل.
error-code = هذا الرمز غير صحيح أو سبق استخدامه. أدخل الرمز الذي يعرضه تطبيقك الآن.
error-stale-form = لم تكن هذه الصفحة محدَّثة. تم تحديثها الآن، فيُرجى المحاولة مرة أخرى.

## Find a doctor

nav-find = البحث عن طبيب
find-title = البحث عن طبيب
find-intro = ابحث عن مقدّمي الرعاية الصحية لدينا حسب الاسم أو التخصص أو المكان أو اللغة أو التأمين الصحي. لكل عملية بحث عنوان خاص بها، لذا يمكنك حفظها في المفضلة أو مشاركتها.
find-filters = عوامل تصفية البحث
find-name-label = الاسم
find-specialty-label = التخصص
find-location-label = الموقع
find-postcode-label = بالقرب من الرمز البريدي
find-within-label = المسافة
# $miles is a number of miles.
find-within-option = في نطاق { $miles } ميل
find-language-label = اللغة التي يتحدثها
find-plan-label = خطة التأمين الصحي
find-visit-label = نوع الزيارة
find-visit-in-person = زيارة حضورية
find-visit-telehealth = زيارة بالفيديو
find-any = الكل
find-new-patients-label = يقبل مرضى جددًا
find-submit = بحث
# $count is the number of clinicians found.
find-count = { $count ->
    [0] لم يُعثر على أي مقدّم رعاية صحية.
    [zero] لم يُعثر على أي مقدّم رعاية صحية.
    [one] تم العثور على مقدّم رعاية صحية واحد.
    [two] تم العثور على اثنين من مقدّمي الرعاية الصحية.
    [few] تم العثور على { $count } من مقدّمي الرعاية الصحية.
    [many] تم العثور على { $count } من مقدّمي الرعاية الصحية.
   *[other] تم العثور على { $count } من مقدّمي الرعاية الصحية.
}
find-none = لا يوجد مقدّم رعاية صحية يطابق جميع عوامل التصفية هذه. جرّب إزالة أحد عوامل التصفية، أو اختيار مسافة أكبر، أو البحث حسب التخصص بدلًا من الاسم.
find-unknown-postcode = لا نعرف الرمز البريدي الذي أدخلته، لذا لم نستخدم المسافة في البحث. تحقّق منه، أو اختر موقعًا بدلًا من ذلك.
find-results = نتائج البحث
find-speaks = يتحدث
find-accepting = يقبل مرضى جددًا
find-not-accepting = لا يقبل مرضى جددًا
find-visit-modes = الزيارات
# $miles is a distance, already rounded.
find-distance = على بُعد { $miles } ميل
find-pages = الصفحات
find-previous = الصفحة السابقة
find-next = الصفحة التالية
# $page and $pages are numbers.
find-page-of = الصفحة { $page } من { $pages }

provider-role-physician = طبيب
provider-role-nurse_practitioner = ممرض ممارس
provider-role-physician_assistant = مساعد طبيب
provider-role-therapist = معالج
provider-role-nurse = ممرض
provider-role-midwife = قابلة

specialty-family_medicine = طب الأسرة
specialty-internal_medicine = الطب الباطني
specialty-pediatrics = طب الأطفال
specialty-cardiology = أمراض القلب
specialty-interventional_cardiology = أمراض القلب التداخلية
specialty-pediatric_cardiology = أمراض القلب لدى الأطفال
specialty-dermatology = الأمراض الجلدية
specialty-obstetrics_gynecology = أمراض النساء والتوليد
specialty-psychiatry = الطب النفسي
specialty-child_psychiatry = الطب النفسي للأطفال والمراهقين
specialty-mental_health_therapy = الإرشاد والعلاج النفسي
specialty-orthopedics = طب العظام
specialty-sports_medicine = الطب الرياضي
specialty-neurology = طب الأعصاب
specialty-endocrinology = الغدد الصماء
specialty-diabetes_care = رعاية مرضى السكري
specialty-gastroenterology = أمراض الجهاز الهضمي
specialty-ophthalmology = طب العيون
specialty-physical_therapy = العلاج الطبيعي
specialty-geriatrics = طب كبار السن
specialty-nursing = الرعاية التمريضية

language-en = الإنجليزية
language-es = الإسبانية
language-ar = العربية
language-zh = الصينية (الماندرين)
language-yue = الصينية (الكانتونية)
language-vi = الفيتنامية
language-fr = الفرنسية
language-ht = الكريولية الهايتية
language-pt = البرتغالية
language-ru = الروسية
language-ko = الكورية
language-tl = التاغالوغية
language-hi = الهندية
language-pl = البولندية
language-it = الإيطالية
language-de = الألمانية
language-ja = اليابانية
language-fa = الفارسية
language-so = الصومالية
language-ur = الأردية
language-bn = البنغالية
language-asl = لغة الإشارة الأمريكية

credential-kind-licence = ترخيص مزاولة المهنة
credential-kind-board_certification = شهادة البورد في التخصص
credential-kind-registration = التسجيل لدى إدارة مكافحة المخدرات (DEA)
credential-kind-malpractice = تأمين ضد الأخطاء الطبية
credential-status-pending = قيد التحقق
credential-status-verified = تم التحقق منه
credential-status-expired = منتهي الصلاحية
credential-status-revoked = ملغى

profile-new-patients = المرضى الجدد
profile-plans = التأمين الصحي المقبول
profile-locations = أين يمكنك مراجعة مقدّم الرعاية الصحية هذا
profile-credentials = المؤهلات والتراخيص
profile-credentials-intro = نتحقّق من كل ترخيص وكل شهادة لدى الجهة التي أصدرتها. لا يمكن حجز موعد مع مقدّم الرعاية الصحية في أي موقع إلا ما دام لديه ترخيص ساري المفعول وتم التحقق منه في تلك الولاية.
profile-credential-kind = نوع المؤهل
profile-credential-issuer = الجهة المُصدِرة
profile-credential-jurisdiction = مكان السريان
profile-credential-valid-to = صالح حتى
profile-credential-status = الحالة
# $zone is the time zone's name in words, e.g. Central Time.
profile-hours-caption = ساعات العمل ({ $zone })
# $opens and $closes are times of day.
profile-hours-range = من { $opens } إلى { $closes }
profile-closed = مغلق
profile-not-bookable-inactive = لا يستقبل مقدّم الرعاية الصحية هذا المرضى في الوقت الحالي.
profile-not-bookable-new-patients = لا يقبل مقدّم الرعاية الصحية هذا مرضى جددًا في الوقت الحالي.
# $jurisdiction is a state's name.
profile-not-bookable-licence-pending = لا يمكن الحجز هنا بعد: يجري التحقق من الترخيص الخاص بولاية { $jurisdiction }.
# $jurisdiction is a state's name.
profile-not-bookable-no-licence = لا يمكن الحجز هنا: ليس لدينا ترخيص ساري المفعول وتم التحقق منه لولاية { $jurisdiction }.
jurisdiction-us-ny = نيويورك
jurisdiction-us-il = إلينوي
# A time zone by the name people use, whatever the location's IANA zone id is.
zone-eastern = التوقيت الشرقي
zone-central = التوقيت المركزي
zone-mountain = التوقيت الجبلي
# The Mountain zone where clocks do not change in summer (America/Phoenix).
zone-arizona = التوقيت الجبلي (أريزونا)
zone-pacific = توقيت المحيط الهادئ
zone-alaska = توقيت ألاسكا
zone-hawaii-aleutian = توقيت هاواي وجزر ألوشيان
# Puerto Rico and the US Virgin Islands.
zone-atlantic = توقيت الأطلسي
zone-utc = التوقيت العالمي المنسق (UTC)
# A zone without a name of its own: $city is the city it is named after, e.g. Berlin.
zone-city = توقيت { $city }

## Credentialing

nav-credentials = المؤهلات والتراخيص
credentials-title = مؤهلات وتراخيص تحتاج إلى مراجعة
credentials-intro = تراخيص مزاولة المهنة وشهادات البورد في التخصص والتسجيلات ووثائق التأمين ضد الأخطاء الطبية التي انتهت صلاحيتها، أو تنتهي صلاحيتها خلال 90 يومًا، أو تنتظر التحقق. لا يمكن حجز موعد مع مقدّم الرعاية الصحية في أي موقع ما لم يكن لديه ترخيص ساري المفعول وتم التحقق منه في ولاية ذلك الموقع.
credentials-summary = ملخص
credentials-band-expired = منتهية الصلاحية
credentials-band-30 = تنتهي صلاحيتها خلال 30 يومًا
credentials-band-60 = تنتهي صلاحيتها خلال 31 إلى 60 يومًا
credentials-band-90 = تنتهي صلاحيتها خلال 61 إلى 90 يومًا
credentials-band-pending = بانتظار التحقق
credentials-none = لا يوجد شيء هنا.
credentials-col-provider = مقدّم الرعاية الصحية
credentials-col-actions = الإجراءات
credentials-evidence-label = المستندات الداعمة
credentials-verify = التحقق
credentials-revoke = إلغاء
credentials-reopen = إعادة الفتح للتجديد
# $what names the clinician and the credential, e.g. "Ana Ruiz, Licence to practise".
credentials-verify-label = التحقق: { $what }
# $what names the clinician and the credential.
credentials-revoke-label = إلغاء: { $what }
# $what names the clinician and the credential.
credentials-reopen-label = إعادة الفتح للتجديد: { $what }
error-transition = هذا التغيير غير مسموح به لهذا المؤهل حاليًا (على سبيل المثال، لا يمكن التحقق من مؤهل منتهي الصلاحية). تم تحديث القائمة.

## Directory administration: locations, providers and their credentials

nav-providers = مقدّمو الرعاية
nav-locations = المواقع
directory-admin-active = نشط
directory-admin-inactive = معطَّل
directory-admin-col-status = الحالة
directory-admin-status-heading = الحالة
directory-admin-save = حفظ التغييرات
directory-admin-saved = تم حفظ التغييرات.
# $name is the name of what was just added.
directory-admin-added = تمت إضافة { $name }.
# $name is the name of what was just added.
directory-admin-open = فتح { $name }
error-fields = بعض الحقول تحتاج إلى تصحيح. كل مشكلة مذكورة في القائمة أدناه وبجانب حقلها.
error-jurisdiction = اكتب جهة الاختصاص على شكل رمز البلد ورمز الولاية، مثل US-NY.

locations-title = المواقع
locations-intro = جميع مواقع العيادة، بما فيها المواقع المعطَّلة. يختفي الموقع المعطَّل من صفحة البحث عن طبيب، ويُحتفظ بسجله. لا يُحذف أي شيء أبدًا.
locations-list-heading = جميع المواقع
locations-none = لا توجد مواقع بعد.
locations-col-providers = مقدّمو الرعاية
locations-back = العودة إلى جميع المواقع
location-add-heading = إضافة موقع
location-add-submit = إضافة الموقع
location-edit-heading = البيانات وساعات العمل
# $status is Active or Inactive.
location-page-lead = موقع · { $status }
location-name-label = الاسم
location-street-label = عنوان الشارع
location-city-label = المدينة
location-postcode-label = الرمز البريدي
location-jurisdiction-label = جهة الاختصاص في الترخيص
location-jurisdiction-hint = رمز البلد والولاية، مثل US-NY. يحتاج مقدّمو الرعاية إلى ترخيص فيها ليمكن حجز مواعيدهم هنا.
location-phone-label = رقم الهاتف
location-time-zone-label = المنطقة الزمنية
location-time-zone-hint = اسم منطقة زمنية من قاعدة بيانات IANA، مثل America/New_York أو America/Chicago. تُعرض ساعات العمل والمواعيد بحسبها.
# A location's time zone in the list of locations: $name is its name in words (Eastern Time), $zone its IANA id (America/New_York).
location-time-zone-named = { $name } ({ $zone })
location-position-legend = الموقع على الخريطة
location-position-hint = بالدرجات العشرية، مثل 40.7128 و-74.0060. يُستخدم لقياس المسافة من رمز بريدي.
location-latitude-label = خط العرض
location-longitude-label = خط الطول
location-hours-legend = ساعات العمل (بالتوقيت المحلي)
location-hours-hint = اترك الوقتين فارغين في الأيام التي يكون فيها الموقع مغلقًا.
location-opens-label = يفتح
location-closes-label = يغلق
location-active-explanation = هذا الموقع نشط: يظهر في صفحة البحث عن طبيب.
location-inactive-explanation = هذا الموقع معطَّل: لا يظهر في صفحة البحث عن طبيب. يُحتفظ بساعات عمله ومقدّمي الرعاية فيه وسجله.
location-deactivate = تعطيل هذا الموقع
location-reactivate = إعادة تفعيل هذا الموقع
error-location-name-missing = اكتب اسم الموقع.
error-location-name-too-long = يمكن أن يتكوّن الاسم من 200 حرف على الأكثر.
error-location-street-missing = اكتب عنوان الشارع.
error-location-street-too-long = يمكن أن يتكوّن عنوان الشارع من 200 حرف على الأكثر.
error-location-city-missing = اكتب المدينة.
error-location-city-too-long = يمكن أن يتكوّن اسم المدينة من 100 حرف على الأكثر.
error-location-postcode = اكتب رمزًا بريديًا من 3 إلى 10 أحرف أو أرقام أو مسافات أو شرطات.
error-location-latitude = اكتب خط العرض رقمًا بين -90 و90، مثل 40.7128.
error-location-longitude = اكتب خط الطول رقمًا بين -180 و180، مثل -74.0060.
error-location-phone = اكتب رقم هاتف من 3 أرقام على الأقل، باستخدام الأرقام والمسافات و+ ( ) - . فقط.
error-location-time-zone-missing = اكتب المنطقة الزمنية للموقع، مثل America/New_York.
error-location-time-zone-unknown = لا نعرف هذه المنطقة الزمنية. اكتب اسم منطقة زمنية من قاعدة بيانات IANA، مثل America/New_York أو America/Chicago.
# $weekday is a day's name.
error-hours-incomplete = { $weekday }: اكتب وقت الفتح ووقت الإغلاق معًا، أو اترك الاثنين فارغين إذا كان الموقع مغلقًا.
# $weekday is a day's name.
error-hours-opens = { $weekday }: اكتب وقت الفتح بالساعات والدقائق، مثل 08:30.
# $weekday is a day's name.
error-hours-closes = { $weekday }: اكتب وقت الإغلاق بالساعات والدقائق، مثل 17:00.
# $weekday is a day's name.
error-hours-order = { $weekday }: يجب أن يكون وقت الإغلاق بعد وقت الفتح.

providers-title = مقدّمو الرعاية الصحية
providers-intro = جميع مقدّمي الرعاية الصحية في الدليل، بمن فيهم المعطَّلون. يختفي مقدّم الرعاية المعطَّل من صفحة البحث عن طبيب، ويُحتفظ بمؤهلاته وسجله. لا يُحذف أي شيء أبدًا.
providers-list-heading = جميع مقدّمي الرعاية
providers-search-label = البحث عن مقدّمي الرعاية
providers-count = { $count ->
    [zero] لا يوجد مقدّمو رعاية.
    [one] مقدّم رعاية واحد.
    [two] اثنان من مقدّمي الرعاية.
    [few] { $count } من مقدّمي الرعاية.
    [many] { $count } من مقدّمي الرعاية.
   *[other] { $count } من مقدّمي الرعاية.
}
providers-count-found = { $count ->
    [0] لا يوجد مقدّم رعاية بهذا الاسم.
    [zero] لا يوجد مقدّم رعاية بهذا الاسم.
    [one] تم العثور على مقدّم رعاية واحد.
    [two] تم العثور على اثنين من مقدّمي الرعاية.
    [few] تم العثور على { $count } من مقدّمي الرعاية.
    [many] تم العثور على { $count } من مقدّمي الرعاية.
   *[other] تم العثور على { $count } من مقدّمي الرعاية.
}
# $limit is a number.
providers-more = تُعرض أول { $limit } نتيجة فقط. ابحث بالاسم للعثور على الآخرين.
providers-col-pending = مؤهلات تنتظر التحقق
providers-back = العودة إلى جميع مقدّمي الرعاية
provider-add-heading = إضافة مقدّم رعاية
provider-add-submit = إضافة مقدّم الرعاية
provider-edit-heading = البيانات
# $role is the clinician's role, $status is Active or Inactive.
provider-page-lead = { $role } · { $status }
provider-public-profile = الملف العام
provider-given-name-label = الاسم الأول
provider-family-name-label = اسم العائلة
provider-suffix-label = المؤهلات العلمية (اختياري)
provider-suffix-hint = تظهر بعد الاسم، مثل MD أو DO أو NP أو LCSW.
provider-role-label = الدور
provider-role-choose = اختر دورًا
provider-gender-label = الجنس (اختياري)
provider-gender-not-stated = غير محدد
provider-gender-female = أنثى
provider-gender-male = ذكر
provider-gender-nonbinary = غير ثنائي
provider-visit-modes-legend = كيف يمكن للمرضى زيارته
provider-specialties-legend = التخصصات
provider-languages-legend = اللغات التي يتحدثها
provider-plans-legend = خطط التأمين المقبولة
provider-locations-legend = المواقع
provider-locations-hint = لا يمكن إضافة إلا المواقع النشطة. يبقى الموقع المعطَّل الذي لدى مقدّم الرعاية حتى تلغي تحديده.
# $name is a location's name and city.
provider-location-inactive = { $name } (معطَّل)
provider-bios-legend = نبذة تعريفية (اختياري)
provider-bios-hint = تعريف قصير للمرضى، بكل لغة تتوفر بها. يقرؤها المرضى بلغتهم، وإلا فبالإنجليزية.
# $language is a language's name.
provider-bio-label = النبذة باللغة { $language }
provider-active-explanation = مقدّم الرعاية هذا نشط: يظهر في صفحة البحث عن طبيب.
provider-inactive-explanation = مقدّم الرعاية هذا معطَّل: لا يظهر في صفحة البحث عن طبيب. يُحتفظ بمؤهلاته وسجله.
provider-deactivate = تعطيل مقدّم الرعاية هذا
provider-reactivate = إعادة تفعيل مقدّم الرعاية هذا
provider-credentials-none = لم تُسجَّل أي مؤهلات بعد.
provider-credentials-dashboard-link = مؤهلات وتراخيص تحتاج إلى مراجعة
provider-credential-add-heading = إضافة مؤهل
provider-credential-add-intro = ينتظر المؤهل الجديد التحقق منه في صفحة المؤهلات قبل أن يُعتدّ به.
provider-credential-add = إضافة المؤهل
provider-credential-correct-heading = تصحيح مؤهل قيد التحقق
provider-credential-correct = تصحيح
# $what names the credential, e.g. "Licence to practise 312456".
provider-credential-correct-label = تصحيح: { $what }
provider-credential-save = حفظ المؤهل
provider-credential-cancel = إلغاء
provider-credential-saved = تم حفظ المؤهل، وهو ينتظر التحقق.
credential-kind-choose = اختر النوع
credential-number-label = الرقم
credential-issuer-hint = المجلس أو الجهة التي أصدرته، مثل NYSED أو إدارة مكافحة المخدرات (DEA).
credential-jurisdiction-hint = مطلوبة للتراخيص والتسجيلات: رمز البلد والولاية، مثل US-NY.
credential-valid-from-label = صالح من
error-provider-given-name-missing = اكتب الاسم الأول.
error-provider-given-name-too-long = يمكن أن يتكوّن الاسم الأول من 100 حرف على الأكثر.
error-provider-family-name-missing = اكتب اسم العائلة.
error-provider-family-name-too-long = يمكن أن يتكوّن اسم العائلة من 100 حرف على الأكثر.
error-provider-suffix-too-long = يمكن أن تتكوّن المؤهلات العلمية من 40 حرفًا على الأكثر.
error-provider-role = اختر دورًا.
error-provider-gender = اختر الجنس من القائمة، أو «غير محدد».
error-provider-visit-mode = اختر الزيارة الحضورية أو الزيارة بالفيديو أو كلتيهما.
error-provider-specialty = اختر التخصصات من القائمة فقط.
error-provider-language = اختر اللغات من القائمة فقط.
error-provider-plan = اختر خطط التأمين من القائمة فقط.
error-provider-location = اختر المواقع النشطة فقط: لا يمكن إضافة موقع معطَّل.
# $language is a language's name.
error-provider-bio-too-long = يمكن أن تتكوّن النبذة باللغة { $language } من 2000 حرف على الأكثر.
error-provider-bio-locale = لا يمكن كتابة النبذة إلا بإحدى لغات البوابة.
error-credential-kind = اختر نوع المؤهل.
error-credential-issuer-missing = اكتب الجهة التي أصدرت المؤهل.
error-credential-issuer-too-long = يمكن أن يتكوّن اسم الجهة المُصدِرة من 200 حرف على الأكثر.
error-credential-number-missing = اكتب رقم المؤهل.
error-credential-number-too-long = يمكن أن يتكوّن الرقم من 100 حرف على الأكثر.
error-credential-jurisdiction-missing = تحتاج التراخيص والتسجيلات إلى جهة اختصاص، مثل US-NY.
error-credential-valid-from = اكتب تاريخ بدء صلاحيته.
error-credential-valid-to = اكتب تاريخ انتهاء صلاحيته.
error-credential-order = لا يمكن أن يكون تاريخ الانتهاء قبل تاريخ البدء.

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
continue-title = هل تريد المتابعة إلى هذه الصفحة؟
continue-body = لقد اتبعت رابطًا من موقع آخر إلى صفحة تسجّل من يطّلع عليها. لحماية سجلك، لا تفتح البوابة هذه الصفحة إلا من رابطها الخاص.
# $page is the address of the page on this site, without anything after a question mark
continue-link = المتابعة إلى { $page }
error-sign-in-invalid = البريد الإلكتروني أو كلمة المرور غير صحيحة. تحقّق منهما وحاول مرة أخرى.
error-too-many-attempts = { $minutes ->
    [one] عدد المحاولات كبير جدًا. حاول مرة أخرى بعد دقيقة واحدة.
    [two] عدد المحاولات كبير جدًا. حاول مرة أخرى بعد دقيقتين.
    [few] عدد المحاولات كبير جدًا. حاول مرة أخرى بعد { $minutes } دقائق.
    [many] عدد المحاولات كبير جدًا. حاول مرة أخرى بعد { $minutes } دقيقة.
   *[other] عدد المحاولات كبير جدًا. حاول مرة أخرى بعد { $minutes } دقيقة.
}
error-sign-in-required = يُرجى تسجيل الدخول لعرض هذه الصفحة.
error-not-found = تعذّر علينا العثور على ما طلبته. ربما تمت إزالته.
error-request = تعذّر إرسال طلبك. تحقّق من اتصالك بالإنترنت وحاول مرة أخرى.
error-invitation-invalid = رمز الدعوة أو تاريخ الميلاد غير صحيح. تحقّق منهما، أو اطلب رمزًا جديدًا من موظفي الاستقبال.
error-already-has-account = لدى هذا المريض حساب بالفعل.
error-password-too-short = اختر كلمة مرور لا تقل عن 12 حرفًا.
error-password-too-long = اختر كلمة مرور لا تزيد على 256 حرفًا.
error-password-guessable = من السهل جدًا تخمين كلمة المرور هذه. تجنّب الكلمات الشائعة واسمك وعنوان بريدك الإلكتروني.
error-email-invalid = أدخل عنوان بريد إلكتروني بالشكل name@example.com.
error-email-taken = يوجد حساب مرتبط بعنوان البريد الإلكتروني هذا بالفعل. سجّل الدخول بدلًا من ذلك، أو استخدم عنوانًا آخر.
error-email-change-link = انتهت صلاحية هذا الرابط، أو تم استبداله أو إلغاؤه، أو سبق استخدامه. اطلب رابطًا جديدًا من صفحة أمان حسابك.
error-email-taken-meanwhile = بدأ حساب آخر باستخدام هذا العنوان قبل أن تؤكّده، لذلك لم يتغيّر عنوان بريدك الإلكتروني. اختر عنوانًا آخر.
error-current-password = كلمة المرور الحالية غير صحيحة.

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
# $zone is the time zone's name in words, e.g. Eastern Time.
date-time-in-zone = { $date } الساعة { $time } حسب { $zone }
# $amount is already written with this language's digit grouping and decimal mark.
money-usd = { $amount } US$

## Booking and appointments
error-slot-taken = حُجز هذا الوقت للتو. اختر أحد أقرب الأوقات المتاحة أدناه، أو وقتًا آخر.
error-patient-busy = لديك موعد بالفعل في هذا الوقت. اختر وقتًا آخر.
error-visit-not-offered = هذا الوقت غير متاح لهذا النوع من الزيارات. اختر نوعًا آخر من الزيارات أو وقتًا آخر.
error-reason-required = اكتب باختصار سبب الزيارة.
error-reason-too-long = يجب ألا يزيد سبب الزيارة على 500 حرف.
# $hours is the location's cut-off in hours
error-change-too-late = { $hours ->
    [one] يبدأ هذا الموعد بعد أقل من ساعة واحدة، لذا لم يعد من الممكن تغييره عبر الإنترنت. يُرجى الاتصال بالعيادة.
    [two] يبدأ هذا الموعد بعد أقل من ساعتين، لذا لم يعد من الممكن تغييره عبر الإنترنت. يُرجى الاتصال بالعيادة.
    [few] يبدأ هذا الموعد بعد أقل من { $hours } ساعات، لذا لم يعد من الممكن تغييره عبر الإنترنت. يُرجى الاتصال بالعيادة.
    [many] يبدأ هذا الموعد بعد أقل من { $hours } ساعة، لذا لم يعد من الممكن تغييره عبر الإنترنت. يُرجى الاتصال بالعيادة.
   *[other] يبدأ هذا الموعد بعد أقل من { $hours } ساعة، لذا لم يعد من الممكن تغييره عبر الإنترنت. يُرجى الاتصال بالعيادة.
}
# $hours is the location's cut-off in hours
error-offer-replaces-too-late = { $hours ->
    [one] يبدأ موعدك الحالي بعد أقل من ساعة واحدة، لذا لم يعد من الممكن استبداله بهذا الموعد عبر الإنترنت. يُرجى الاتصال بالعيادة.
    [two] يبدأ موعدك الحالي بعد أقل من ساعتين، لذا لم يعد من الممكن استبداله بهذا الموعد عبر الإنترنت. يُرجى الاتصال بالعيادة.
    [few] يبدأ موعدك الحالي بعد أقل من { $hours } ساعات، لذا لم يعد من الممكن استبداله بهذا الموعد عبر الإنترنت. يُرجى الاتصال بالعيادة.
    [many] يبدأ موعدك الحالي بعد أقل من { $hours } ساعة، لذا لم يعد من الممكن استبداله بهذا الموعد عبر الإنترنت. يُرجى الاتصال بالعيادة.
   *[other] يبدأ موعدك الحالي بعد أقل من { $hours } ساعة، لذا لم يعد من الممكن استبداله بهذا الموعد عبر الإنترنت. يُرجى الاتصال بالعيادة.
}
error-not-changeable = لم يعد من الممكن تغيير هذا الموعد.
# $name is the clinician's name
book-title = حجز موعد مع { $name }
book-choose-time = اختر وقتًا
# $zone is the time zone's name in words, e.g. Eastern Time.
book-times-local = الأوقات معروضة بالتوقيت المحلي للعيادة ({ $zone }).
book-no-times = لا توجد أوقات متاحة هذا الأسبوع. جرّب أسبوعًا لاحقًا.
book-weeks = الأسابيع
book-earlier = أوقات سابقة
book-later = أوقات لاحقة
book-confirm-title = تأكيد موعدك
# $when is the date and time with its zone; $place is the clinic
book-chosen = { $when } في { $place }
book-nearest = أقرب الأوقات المتاحة
book-visit-type = نوع الزيارة
book-new-patient = الزيارة الأولى لدى مقدّم الرعاية الصحية هذا
book-follow-up = زيارة متابعة
book-visit-mode = طريقة الزيارة
book-reason = سبب الزيارة
book-reason-hint = تكفي بضع كلمات، مثل «ألم في الركبة» أو «تجديد وصفة طبية». 500 حرف على الأكثر.
book-instructions-title = قبل زيارتك
book-instructions-in-person = يُرجى الحضور قبل الموعد بـ 15 دقيقة. أحضر بطاقة هوية تحمل صورتك، وبطاقة التأمين الصحي، وقائمة بالأدوية التي تتناولها.
book-instructions-telehealth = للزيارة بالفيديو، استخدم هاتفًا أو حاسوبًا مزوّدًا بكاميرا في مكان هادئ وخاص. نرسل إليك الرابط بالبريد الإلكتروني قبل بدء الموعد بـ 15 دقيقة.
book-confirm = تأكيد الحجز
book-other-time = اختيار وقت آخر
book-next-available = المواعيد المتاحة القادمة
book-see-all-times = عرض جميع الأوقات
appointments-title = المواعيد
appointments-book-new = حجز موعد جديد
appointments-upcoming = المواعيد القادمة
appointments-past = المواعيد السابقة والملغاة
appointments-none-upcoming = ليس لديك أي مواعيد قادمة.
appointments-none-past = لا توجد مواعيد سابقة.
# $provider is the clinician's name, $place the clinic
appointments-with = مع { $provider } في { $place }
appointment-title = الموعد
appointment-when = الوقت
# $start is the date and start time with the zone, $end the end time
appointment-when-range = { $start } حتى { $end }
appointment-with = مع
appointment-where = المكان
appointment-patient = المريض
appointment-status = الحالة
appointment-add-to-calendar = إضافة إلى التقويم (.ics)
appointment-add-to-calendar-with-reason = إضافة إلى التقويم مع سبب الزيارة (.ics)
appointment-calendar-reason-note = الملف الأول لا يذكر سبب الزيارة، حتى لا يظهر في تقويم مشترك أو متزامن.
appointment-reschedule = نقل الموعد إلى وقت آخر
appointment-new-time = الوقت الجديد
appointment-reschedule-submit = نقل الموعد
appointment-cancel = إلغاء هذا الموعد
appointment-cancel-submit = إلغاء الموعد
appointment-all = جميع المواعيد
appointment-booked-notice = تم حجز موعدك. أرسلنا إليك تأكيدًا بالبريد الإلكتروني.
appointment-rescheduled-notice = تم نقل موعدك. أرسلنا إليك الوقت الجديد بالبريد الإلكتروني.
appointment-cancelled-notice = تم إلغاء موعدك.
appointment-status-held = معروض عليك
appointment-status-booked = محجوز
appointment-status-arrived = تم الحضور
appointment-status-completed = مكتمل
appointment-status-no_show = لم يتم الحضور
appointment-status-cancelled = ملغى
appointment-status-lapsed = انتهت صلاحية العرض
# $provider is the clinician's name
calendar-summary = موعد مع { $provider }
# $reason is what the patient wrote; $phone the clinic's number
calendar-description = السبب: { $reason }. لتغيير الموعد أو إلغائه، استخدم البوابة أو اتصل بالرقم { $phone }.
# $phone is the clinic's number
calendar-description-no-reason = لتغيير الموعد أو إلغائه، استخدم البوابة أو اتصل بالرقم { $phone }.
email-appointment-booked-subject = تم حجز موعدك
email-appointment-rescheduled-subject = تم نقل موعدك
email-appointment-cancelled-subject = تم إلغاء موعدك
# $when is the date and time with the zone
email-appointment-reminder-subject = تذكير: موعدك يوم { $when }
email-appointment-booked = تم حجز موعدك.
# $previous is the old date and time with the zone
email-appointment-rescheduled = تم نقل موعدك. كان موعدك السابق يوم { $previous }.
email-appointment-cancelled = تم إلغاء موعدك. إذا لم تطلب ذلك، فيُرجى الاتصال بالعيادة.
email-appointment-reminder = هذا تذكير بموعدك القادم.
email-appointment-in-person = زيارة حضورية
email-appointment-telehealth = زيارة بالفيديو
# $when, $provider, $place and $mode are already written out
email-appointment-details =
    الوقت: { $when }
    مع: { $provider }
    المكان: { $place }
    الطريقة: { $mode }
# $name is the patient's name; $opening, $details and $link are already written out
email-appointment-body = مرحبًا { $name }،

    { $opening }

    { $details }

    لعرض الموعد أو نقله أو إلغائه، أو لإضافته إلى التقويم:
    { $link }
profile-no-times = لا توجد أوقات متاحة خلال الأسبوعين القادمين. اعرض جميع الأوقات لرؤية الأسابيع اللاحقة.
find-sort-label = الترتيب حسب
find-sort-relevance = الأكثر مطابقة
find-sort-soonest = أقرب موعد متاح
# $count is how many of the best matches were sorted (a formatted number)
find-soonest-among = مرتبة حسب أقرب موعد بين أفضل { $count } نتيجة. ضيّق البحث، أو سجّل الدخول، لترتيب كل النتائج.
# $when is the date and time with its zone; $place is the clinic
find-next-available-at = أقرب موعد متاح: { $when } في { $place }
find-no-times = لا توجد أوقات متاحة خلال الأيام الـ 60 القادمة.
appointment-phone = هاتف العيادة
waitlist-title = هل تريد موعدًا في وقت أبكر؟
waitlist-intro = يمكننا إبلاغك عندما يصبح وقت أبكر متاحًا لدى مقدّم الرعاية الصحية هذا. نحتفظ به لك مدة تصل إلى ساعتين؛ وإذا حجزته، فسيُلغى هذا الموعد.
waitlist-join = أبلغني بالأوقات الأبكر
waitlist-joined-notice = أنت الآن على قائمة الانتظار. سنرسل إليك بريدًا إلكترونيًا عندما يصبح وقت أبكر متاحًا.
offer-title = يتوفر لك وقت أبكر
# $when is the date and time with its zone; $provider the clinician; $place the clinic; $until the time the hold ends
offer-text = { $when } مع { $provider } في { $place }. نحتفظ به لك حتى الساعة { $until }.
offer-accept = حجز هذا الوقت
offer-decline = لا، شكرًا
email-offer-subject = يتوفر وقت أبكر لموعدك
# $name, $when, $provider, $place, $until and $link are already written out
email-offer-body = مرحبًا { $name }،

    أصبح وقت أبكر متاحًا: { $when } مع { $provider } في { $place }.

    نحتفظ به لك حتى { $until }. لحجزه (وعندئذٍ يُلغى موعدك اللاحق)، أو للتخلي عنه:
    { $link }
# $name is the patient's name
book-for-patient = الحجز لـ { $name }
book-for-patient-start = حجز موعد
# $name is the patient's name
book-for-patient-start-label = حجز موعد لـ { $name }
book-for-patient-stop = التوقف عن الحجز لهذا المريض
## Staff schedule (/staff/schedule)
nav-schedule = الجدول
staff-schedule-title = الجدول
staff-schedule-intro-desk = مقدّمو الرعاية في أحد المواقع يومًا بيوم أو أسبوعًا بأسبوع: ساعات العمل، والمواعيد والوصول، والأوقات المحجوبة، ومن هو المناوب.
staff-schedule-intro-provider = مواعيدك وساعات عملك والأوقات المحجوبة ونوبات المناوبة.
staff-schedule-location = الموقع
staff-schedule-provider = مقدّم الرعاية
staff-schedule-all-providers = جميع مقدّمي الرعاية
staff-schedule-all-locations = جميع مواقعي
staff-schedule-day = التاريخ
staff-schedule-span = العرض
staff-schedule-span-day = يوم واحد
staff-schedule-span-week = الأسبوع كاملًا
staff-schedule-show = عرض الجدول
staff-schedule-dates = التواريخ
staff-schedule-previous-day = اليوم السابق
staff-schedule-next-day = اليوم التالي
staff-schedule-previous-week = الأسبوع السابق
staff-schedule-next-week = الأسبوع التالي
staff-schedule-today = اليوم
# $place is the clinic, $zone its time zone's name in words, e.g. Eastern Time.
staff-schedule-zone = الأوقات بالتوقيت المحلي لـ { $place } ({ $zone }).
staff-schedule-none = لا يوجد مقدّمو رعاية لعرضهم.
# $jurisdiction is a state's name
staff-schedule-licence-none = مشكلة في الترخيص: لا يوجد ترخيص ساري المفعول وتم التحقق منه لولاية { $jurisdiction }. لا يمكن للمرضى الحجز مع مقدّم الرعاية هذا هنا.
# $jurisdiction is a state's name
staff-schedule-licence-pending = مشكلة في الترخيص: لا يزال التحقق جاريًا من الترخيص الخاص بولاية { $jurisdiction }. لا يمكن للمرضى الحجز مع مقدّم الرعاية هذا هنا بعد.
staff-schedule-hours = ساعات العمل
staff-schedule-not-working = لا يعمل
# $start and $end are times of day
staff-schedule-hours-range = من { $start } إلى { $end }
staff-schedule-on-call = مناوب
staff-schedule-blocks = أوقات محجوبة
staff-schedule-appointments = المواعيد
staff-schedule-no-appointments = لا توجد مواعيد.
# $start and $end are times of day, $zone the time zone's name in words, e.g. Eastern Time.
staff-schedule-time-range = من { $start } إلى { $end } حسب { $zone }
# $start and $end are dates and times with their zone
staff-schedule-date-range = من { $start } إلى { $end }
# $status is the appointment's status
staff-schedule-status = الحالة: { $status }
staff-schedule-during-block = خلال وقت محجوب
staff-schedule-whole-location = جميع العاملين في هذا الموقع
staff-schedule-affected = المواعيد خلال هذا الوقت (تبقى في موعدها إلى أن يغيّرها أحد أو يلغيها):
staff-schedule-mark-arrived = تسجيل الوصول
# $who is the patient's name and the appointment's time
staff-schedule-mark-arrived-label = تسجيل الوصول: { $who }
staff-schedule-mark-no-show = تسجيل عدم الحضور
# $who is the patient's name and the appointment's time
staff-schedule-mark-no-show-label = تسجيل عدم الحضور: { $who }
staff-schedule-lift = رفع الحجب
# $what is the reason and the time of the blocked time
staff-schedule-lift-label = رفع حجب الوقت: { $what }
staff-schedule-add-block = حجب وقت
staff-schedule-block-intro = لا يُعرض الوقت المحجوب على المرضى بعد الآن. تبقى المواعيد المحجوزة فيه في وقتها، ويعرضها الجدول لكي تغيّرها أو تلغيها.
# $zone is the time zone's name in words, e.g. Eastern Time.
staff-schedule-block-zone = أدخل التواريخ والأوقات بالتوقيت المحلي للموقع ({ $zone }).
staff-schedule-block-who = مقدّم الرعاية
staff-schedule-block-reason = السبب
staff-schedule-block-start-date = تاريخ البداية
staff-schedule-block-start-time = وقت البداية
staff-schedule-block-end-date = تاريخ النهاية
staff-schedule-block-end-time = وقت النهاية
staff-schedule-block-submit = حجب الوقت
staff-block-reason-procedure = إجراء طبي
staff-block-reason-leave = إجازة
staff-block-reason-holiday = عطلة رسمية
staff-block-reason-training = تدريب
staff-block-reason-other = سبب آخر
staff-status-held = محجوز لعرض من قائمة الانتظار
staff-status-booked = محجوز
staff-status-arrived = وصل
staff-status-completed = مكتمل
staff-status-no_show = لم يحضر
staff-status-cancelled = ملغى
staff-status-lapsed = انتهت مدة العرض
staff-visit-new-patient = مريض جديد
staff-visit-follow-up = زيارة متابعة
staff-schedule-done-arrived = تم تسجيل الوصول.
staff-schedule-done-no_show = تم تسجيل عدم الحضور.
staff-schedule-done-blocked = تم حجب الوقت. لم تعد أوقاته معروضة على المرضى.
# $count is the number of appointments during the blocked time
staff-schedule-done-blocked-affected = { $count ->
    [one] يقع خلاله موعد واحد، مدرج معه أدناه.
   *[other] يقع خلاله { $count } من المواعيد، مدرجة معه أدناه.
}
staff-schedule-done-lifted = تم رفع الحجب. عادت أوقاته معروضة من جديد.
staff-error-not-booked = لم يعد هذا الموعد محجوزًا، لذا لا يمكن تسجيله. يعرض الجدول حالته الآن.
staff-error-not-its-day = لا يمكن تسجيل وصول المريض إلا في يوم موعده.
staff-error-not-started = لا يمكن تسجيل عدم الحضور إلا بعد بدء الموعد.
staff-block-error = راجع الوقت المحجوب: بعض الحقول تحتاج إلى تصحيح.
staff-block-error-missing-date = أدخل تاريخًا.
staff-block-error-missing-time = أدخل وقتًا.
staff-block-error-not-a-date = أدخل التاريخ بالسنة والشهر واليوم، مثل 2027-01-18.
staff-block-error-not-a-time = أدخل الوقت بالساعات والدقائق، مثل 09:30.
staff-block-error-end-not-after-start = يجب أن تكون النهاية بعد البداية.
staff-block-error-too-long = لا يمكن أن يزيد الوقت المحجوب على 366 يومًا. أدخل الإجازة الأطول على أجزاء.
# $field is the field's name, $problem what is wrong with it
staff-block-error-in-field = { $field }: { $problem }

## Shell: menu, language and display preferences
# The disclosure that holds the sections on narrow screens.
menu = القائمة
nav-appointments = المواعيد
# The language chooser's label in the page's language ($here) with the English one ($english) beside it.
language-label-with-english = { $here } ({ $english })
display-legend = العرض
display-text-size = حجم النص
# $percent is a number such as 150
display-text-size-option = { $percent }٪
display-high-contrast = تباين عالٍ
display-submit = تطبيق
