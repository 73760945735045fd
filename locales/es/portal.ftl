# Wellspring Health — patient portal and provider management.
# Every user-visible string lives here; code holds message ids only.
# Keep ids identical in every locale: a test fails when one is missing or extra.

## Producto

-brand = Wellspring Health
product-name = { -brand }
document-title = { $page } · { -brand }

## Estructura de la página

skip-to-main = Saltar al contenido principal
nav-main-label = Principal
nav-home = Inicio
nav-accessibility = Accesibilidad
language-label = Idioma
language-submit = Cambiar idioma
# The language chooser's button: a short word, so the chooser fits on one line of a phone. Its
# accessible name is language-submit, which must contain this word.
language-submit-short = Cambiar
footer-label = Información del sitio
footer-emergency = En caso de emergencia, llame al 911 o acuda a la sala de emergencias más cercana. No use este portal para problemas urgentes.
footer-rights = Portal del paciente de { -brand }

## Cuentas: iniciar y cerrar sesión

nav-sign-in = Iniciar sesión
nav-account = Cuenta y seguridad
signed-in-as = Sesión iniciada como { $name }
sign-out = Cerrar sesión
sign-in-title = Iniciar sesión
sign-in-intro = Use la dirección de correo electrónico y la contraseña de su cuenta del portal.
email-label = Correo electrónico
password-label = Contraseña
sign-in-submit = Iniciar sesión
error-summary-title = Hay un problema

## Registrarse con un código de invitación

sign-in-new-here = ¿Es la primera vez que usa el portal?
sign-in-sign-up-link = Crear una cuenta con su código de invitación
sign-up-title = Crear su cuenta
sign-up-intro = El personal de recepción de su clínica le da un código de invitación. Ingréselo junto con su fecha de nacimiento y, luego, elija la dirección de correo electrónico y la contraseña con las que iniciará sesión.
invitation-code-label = Código de invitación
invitation-code-hint = Doce letras y números, por ejemplo, ABCD-EFGH-JKMN.
date-of-birth-label = Fecha de nacimiento
new-password-label = Elija una contraseña
password-hint = Al menos 12 caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña segura y fácil de recordar.
sign-up-submit = Crear cuenta

## Recepción: buscar pacientes e invitarlos

nav-patients = Pacientes
patients-title = Buscar un paciente
patients-intro = Busque a un paciente por su apellido y su fecha de nacimiento para darle un código de invitación. Cada búsqueda queda registrada y el paciente puede verla.
family-name-label = Apellido
patients-search = Buscar paciente
patients-results = Pacientes que coinciden
patients-none = Ningún paciente coincide con ese apellido y esa fecha de nacimiento.
patient-born = Fecha de nacimiento: { $date }
patient-has-account = Ya tiene una cuenta
invitation-create = Crear código de invitación
# The button's accessible name: it must start with the visible text of invitation-create.
invitation-create-label = Crear código de invitación para { $name }
invitation-issued-title = Código de invitación para { $name }
invitation-issued-expires = Se puede usar una sola vez, hasta el { $date }. Si crea un código nuevo, este se cancela.

## Quién vio mi expediente

nav-activity = Quién vio mi expediente
activity-title = Quién vio mi expediente
activity-intro = Cada vez que alguien que no sea usted consulta o modifica su expediente, aparece aquí: el personal de su clínica y cualquier persona que le ayude como su representante.
activity-none = Nadie más ha consultado ni modificado su expediente todavía.
activity-list = Consultas y cambios de su expediente
activity-by = { $name }, { $role }
activity-by-unknown = Alguien que no había iniciado sesión
activity-refused = Se rechazó este intento.
role-patient = paciente
role-provider = profesional de atención médica
role-front_desk = recepción
role-credentialing_admin = oficina de acreditación
role-system_admin = administrador del sistema
role-proxy = representante
action-view_patient_summary = Consultó su expediente
action-issue_invitation = Creó un código de invitación para usted
action-sign_up = Creó su cuenta
action-appointment-book = Reservó una cita para usted
action-appointment-reschedule = Cambió la fecha u hora de su cita
action-appointment-cancel = Canceló su cita
action-appointment-read = Consultó su cita
action-appointment-arrive = Registró que usted llegó a su cita
action-appointment-no_show = Registró que usted no acudió a su cita
action-schedule-read = Vio su cita en la agenda de la clínica
action-patient-book_for = Empezó a reservar una cita para usted
action-waitlist-join = Pidió una hora más temprana para usted
action-waitlist-accept = Aceptó una hora más temprana para usted
action-waitlist-decline = Rechazó una hora más temprana para usted
action-view_audit_log = Buscó su expediente en el registro de auditoría
action-other = Usó su expediente

## Registro de auditoría (administradores)

nav-audit = Registro de auditoría
audit-title = Registro de auditoría
audit-intro = Cada lectura de datos de salud y cada cambio, empezando por los más recientes. Las fechas están en UTC. Las búsquedas en el registro también quedan registradas.
audit-person-label = Persona (correo electrónico)
audit-patient-label = Número de paciente
audit-action-label = Acción
audit-from-label = Desde la fecha
audit-until-label = Hasta la fecha
audit-refusals-only = Solo accesos denegados
audit-search = Buscar
audit-results = Entradas que coinciden
audit-none = Ninguna entrada coincide.
audit-col-number = N.º
audit-col-when = Cuándo
audit-col-who = Quién
audit-col-action = Acción
audit-col-object = Objeto
audit-col-patient = Paciente
audit-col-outcome = Resultado
audit-col-address = Dirección IP
# $count is how many refusals of that kind by that person in that minute the row stands for
audit-refusals-count = { $count ->
    [one] { $count } acceso denegado en ese minuto
   *[other] { $count } accesos denegados en ese minuto
}
audit-action-appointment-book = Reservó una cita
audit-action-appointment-reschedule = Cambió la fecha u hora de una cita
audit-action-appointment-cancel = Canceló una cita
audit-action-appointment-read = Consultó una cita
audit-action-appointment-arrive = Registró que un paciente llegó a su cita
audit-action-appointment-no_show = Registró que un paciente no acudió a su cita
audit-action-schedule-read = Vio una cita en la agenda de la clínica
audit-action-schedule_block-add = Bloqueó tiempo en una agenda
audit-action-schedule_block-lift = Quitó tiempo bloqueado
audit-action-patient-book_for = Empezó a reservar una cita para un paciente
audit-action-waitlist-join = Pidió una hora más temprana
audit-action-waitlist-accept = Aceptó una hora más temprana
audit-action-waitlist-decline = Rechazó una hora más temprana
audit-action-view_patient_summary = Buscó a un paciente
audit-action-issue_invitation = Creó un código de invitación para un paciente
audit-action-sign_up = Creó una cuenta de paciente
audit-action-issue_staff_invitation = Creó un código de invitación para un miembro del personal
audit-action-staff_sign_up = Creó una cuenta del personal
audit-action-sign_in = Inició sesión
audit-action-sign_in_password = Ingresó la contraseña correcta, antes del paso del código
audit-action-sign_in_second_factor = Ingresó un código de inicio de sesión
audit-action-sign_in_lock = Inicio de sesión pausado tras demasiados intentos
audit-action-sign_out = Cerró sesión
audit-action-end_session = Cerró una de sus sesiones
audit-action-end_other_sessions = Cerró todas sus demás sesiones
audit-action-set_preferred_locale = Cambió su idioma
audit-action-change_password = Cambió su contraseña
audit-action-change_email = Cambió su dirección de correo electrónico
audit-action-email_change_requested = Pidió cambiar su dirección de correo electrónico
audit-action-email_change_cancelled = Canceló un cambio de su dirección de correo electrónico
audit-action-password_reset_requested = Pidió un enlace para restablecer la contraseña
audit-action-password_reset = Restableció su contraseña con un enlace
audit-action-two_factor_begin = Empezó a configurar la verificación en dos pasos
audit-action-two_factor_confirm = Ingresó un código para activar la verificación en dos pasos
audit-action-two_factor_on = Activó la verificación en dos pasos
audit-action-two_factor_off = Desactivó la verificación en dos pasos
audit-action-recovery_codes_new = Creó nuevos códigos de recuperación
audit-action-location_create = Agregó una ubicación
audit-action-location_update = Cambió los datos de una ubicación
audit-action-location_deactivate = Desactivó una ubicación
audit-action-location_reactivate = Volvió a activar una ubicación
audit-action-provider_create = Agregó a un profesional
audit-action-provider_update = Cambió los datos de un profesional
audit-action-provider_deactivate = Desactivó a un profesional
audit-action-provider_reactivate = Volvió a activar a un profesional
audit-action-credential_add = Agregó una credencial
audit-action-credential_edit = Corrigió una credencial en verificación
audit-action-credential_pending = Reabrió una credencial para renovación
audit-action-credential_verified = Verificó una credencial
audit-action-credential_expired = Marcó una credencial como vencida
audit-action-credential_revoked = Revocó una credencial
audit-action-view_audit_log = Buscó en el registro de auditoría
audit-action-staff_location_assign = Asignó a un miembro del personal de recepción a una ubicación
audit-action-staff_location_remove = Quitó a un miembro del personal de recepción de una ubicación

## Aviso de cierre de sesión por inactividad

idle-title = ¿Sigue ahí?
idle-body = { $minutes ->
    [one] Por su seguridad, su sesión se cerrará en 1 minuto, a menos que decida mantenerla abierta.
   *[other] Por su seguridad, su sesión se cerrará en { $minutes } minutos, a menos que decida mantenerla abierta.
}
idle-stay = Mantener la sesión abierta

## Seguridad de la cuenta

security-title = Inicio de sesión y seguridad
password-heading = Cambiar su contraseña
current-password-label = Contraseña actual
password-change-submit = Cambiar contraseña
password-changed = Su contraseña se cambió. Se cerraron sus demás sesiones.
sessions-heading = Dónde tiene la sesión iniciada
sessions-intro = Si ve un dispositivo que no reconoce, cierre la sesión en ese dispositivo.
sessions-caption = Sus sesiones
sessions-device = Dispositivo
sessions-network = Red
sessions-started = Inicio de sesión
sessions-last-active = Última actividad
sessions-actions = Acciones
# $browser and $system are product names such as Chrome and Android.
session-device = { $browser } en { $system }
session-device-unknown = Dispositivo desconocido
network-this-computer = Este equipo (el propio servidor del portal)
network-local = Una red local, como la de una clínica o un hogar ({ $address })
network-internet = Internet ({ $address })
network-unknown = Red desconocida
session-this-device = Este dispositivo
session-end = Cerrar sesión
# The button's accessible name: it must start with the visible text of session-end.
session-end-label = Cerrar sesión en { $device }
sessions-end-others = Cerrar todas las demás sesiones
sessions-ended = { $count ->
    [one] Se cerró otra sesión suya.
   *[other] Se cerraron otras { $count } sesiones suyas.
}
session-ended = Se cerró esa sesión.
email-heading = Dirección de correo electrónico
email-current = Usted inicia sesión con:
email-new-label = Nueva dirección de correo electrónico
email-change-submit = Cambiar dirección de correo electrónico
email-changed = Su dirección de correo electrónico se cambió. De ahora en adelante, inicie sesión con la nueva dirección.
email-change-sent = Enviamos un enlace a la dirección nueva. Su dirección cambia cuando lo abra; hasta entonces, siga iniciando sesión con su dirección actual.
# $address is the new address with most of it hidden, e.g. n…@example.org
email-pending = Esperando la confirmación en { $address }. Abra el enlace que enviamos allí en un plazo de 24 horas.
email-cancel-submit = Cancelar el cambio
email-change-cancelled = Se canceló el cambio de dirección de correo electrónico. Su enlace ya no funciona.
confirm-email-title = Confirme su nueva dirección de correo electrónico
confirm-email-intro = Pulse el botón para iniciar sesión con esta dirección de ahora en adelante. Hasta que lo haga, seguimos usando su dirección actual.
confirm-email-submit = Confirmar la nueva dirección
email-change-confirm-subject = Confirme su nueva dirección de correo electrónico
# $name is the account holder's name; $link opens the confirmation page; $hours is how long it works.
email-change-confirm-body = Hola, { $name }:

    Usted pidió iniciar sesión en el portal del paciente con esta dirección de correo electrónico. Para confirmarla, abra este enlace en un plazo de { $hours } horas y pulse el botón de la página:

    { $link }

    Si no fue usted, ignore este correo: no cambia nada.
email-change-taken-subject = Alguien intentó usar su dirección de correo electrónico
# $link is the portal's address.
email-change-taken-body = Hola:

    Alguien pidió usar esta dirección de correo electrónico para una cuenta del portal del paciente, pero ya hay una cuenta que la usa, así que no cambió nada.

    Si quiere iniciar sesión, vaya a { $link }. Si olvidó su contraseña, use «¿Olvidó su contraseña?» en la página de inicio de sesión. Si no fue usted, puede ignorar este correo.
email-change-requested-subject = Se pidió cambiar su dirección de correo electrónico
# $address is the new address with most of it hidden; $link opens the account's security page.
email-change-requested-body = Hola, { $name }:

    Alguien pidió cambiar la dirección de correo electrónico de su cuenta del portal del paciente a { $address }. Solo cambia cuando se abra el enlace que enviamos a esa dirección; hasta entonces, seguimos usando esta.

    Si no fue usted, abra { $link }, cancele el cambio y cambie su contraseña.
email-change-done-subject = Se cambió su dirección de correo electrónico
email-change-done-body = Hola, { $name }:

    La dirección de correo electrónico de su cuenta del portal del paciente ahora es { $address }. Ya no enviaremos mensajes a esta dirección.

    Si no fue usted, llame a la clínica de inmediato.
forgot-link = ¿Olvidó su contraseña?
forgot-title = Restablecer su contraseña
forgot-intro = Ingrese la dirección de correo electrónico con la que inicia sesión. Le enviaremos un enlace para elegir una contraseña nueva.
forgot-submit = Enviar enlace para restablecer la contraseña
forgot-sent = Si alguna cuenta usa esta dirección, le enviamos un enlace a ella. El enlace funciona durante 30 minutos. Si no le llega, revise su carpeta de correo no deseado.
reset-title = Elija una contraseña nueva
reset-intro = Elija una contraseña nueva para su cuenta. Se cerrarán todas sus sesiones y, luego, podrá iniciar sesión con la contraseña nueva.
reset-submit = Guardar contraseña nueva
reset-done = Su contraseña se cambió. Inicie sesión con su contraseña nueva.
error-reset-link = Este enlace venció o ya se usó. Pida uno nuevo.
email-reset-subject = Restablezca su contraseña
# $name is the account holder's name; $link is the address to open; $minutes is how long it works.
email-reset-body = Hola, { $name }:

    Alguien pidió restablecer la contraseña de su cuenta del portal del paciente. Para elegir una contraseña nueva, abra este enlace en un plazo de { $minutes ->
        [one] 1 minuto
       *[other] { $minutes } minutos
    }:

    { $link }

    Si no fue usted, puede ignorar este correo electrónico: su contraseña no ha cambiado.

## Verificación en dos pasos

two-factor-heading = Verificación en dos pasos
two-factor-intro = Después de su contraseña, ingrese también un código de una aplicación de autenticación en su teléfono. Así, aunque alguien averigüe su contraseña, no podrá iniciar sesión.
two-factor-needed = Su función como miembro del personal requiere la verificación en dos pasos. Configúrela aquí para poder usar las páginas del personal.
two-factor-start = Configurar la verificación en dos pasos
two-factor-scan = Escanee este código QR con su aplicación de autenticación o escriba la clave en la aplicación.
two-factor-qr-alt = Código QR para su aplicación de autenticación. La misma clave aparece escrita como texto más abajo.
two-factor-key = Clave:
two-factor-code-label = El código de 6 dígitos que muestra su aplicación
two-factor-confirm = Activar la verificación en dos pasos
two-factor-on = La verificación en dos pasos está activada.
two-factor-turn-off = Desactivar la verificación en dos pasos
two-factor-turned-off = Se desactivó la verificación en dos pasos.
recovery-codes-left = { $count ->
    [one] Tiene 1 código de recuperación sin usar.
   *[other] Tiene { $count } códigos de recuperación sin usar.
}
recovery-codes-new = Crear nuevos códigos de recuperación
recovery-codes-heading = Sus códigos de recuperación
recovery-codes-intro = Si pierde su teléfono, inicie sesión con uno de estos códigos. Cada código se puede usar una sola vez. Imprímalos o anótelos y guárdelos en un lugar seguro: no se volverán a mostrar.
sign-in-code-title = Ingrese su código
sign-in-code-intro = Abra su aplicación de autenticación e ingrese el código que muestra para este portal. Si no tiene su teléfono, ingrese uno de sus códigos de recuperación.
sign-in-code-label = Código
sign-in-code-submit = Continuar
sign-in-code-start-over = Volver a empezar el inicio de sesión
staff-title = Cuentas del personal
staff-intro = Cree un código de invitación para un nuevo miembro del personal. Entrégueselo en persona; esa persona elegirá su propia dirección de correo electrónico y contraseña y, luego, configurará la verificación en dos pasos.
staff-name-label = Nombre completo
staff-roles-legend = Funciones
staff-invitation-create = Crear código de invitación
# $name is the new staff member's name.
staff-invitation-issued-title = Código de invitación para { $name }
staff-invitation-issued-how = Esa persona se registra con este código en «Registro del personal» de este portal. Se puede usar una sola vez.
staff-locations-link = Dónde trabaja el personal de recepción
staff-locations-title = Dónde trabaja el personal de recepción
staff-locations-intro = El personal de recepción ve y cambia citas, agendas y horarios bloqueados solo en las ubicaciones que se le asignan aquí.
staff-locations-none = Todavía no hay cuentas de recepción.
staff-locations-nowhere = Sin ninguna ubicación asignada: no puede ver ninguna cita.
staff-locations-everywhere = Asignado a todas las ubicaciones activas.
staff-locations-remove = Quitar
staff-locations-remove-label = Quitar { $location } a { $name }
staff-locations-location-label = Ubicación que se añade
staff-locations-assign = Asignar
staff-locations-assign-label = Asignar a { $name }
staff-locations-done-assigned = Se asignó la ubicación.
staff-locations-done-removed = Se quitó la ubicación.
staff-sign-up-title = Registro del personal
staff-sign-up-intro = Ingrese el código de invitación que le dio su administrador y elija la dirección de correo electrónico y la contraseña con las que iniciará sesión. Después, configurará la verificación en dos pasos.
nav-staff = Cuentas del personal
error-name-required = Ingrese un nombre de 1 a 200 caracteres.
error-role-required = Elija al menos una función.
error-code = Ese código no es correcto o ya se usó. Ingrese el código que muestra su aplicación en este momento.
error-stale-form = Esta página no estaba actualizada. Ya se actualizó; vuelva a intentarlo.

## Buscar un médico

nav-find = Buscar un médico
find-title = Buscar un médico
find-intro = Busque entre nuestros profesionales de atención médica por nombre, especialidad, lugar, idioma y seguro. Cada búsqueda tiene su propia dirección, así que puede guardarla en sus favoritos o compartirla.
find-filters = Filtros de búsqueda
find-name-label = Nombre
find-specialty-label = Especialidad
find-location-label = Ubicación
find-postcode-label = Cerca del código postal
find-within-label = Distancia
# $miles is a number of miles.
find-within-option = A menos de { $miles } millas
find-language-label = Idioma que habla
find-plan-label = Plan de seguro
find-visit-label = Tipo de consulta
find-visit-in-person = En persona
find-visit-telehealth = Consulta por video
find-any = Cualquiera
find-new-patients-label = Acepta pacientes nuevos
find-submit = Buscar
# $count is the number of clinicians found.
find-count = { $count ->
    [0] No se encontró ningún profesional de atención médica.
    [one] Se encontró 1 profesional de atención médica.
   *[other] Se encontraron { $count } profesionales de atención médica.
}
find-none = Ningún profesional de atención médica coincide con todos estos filtros. Intente quitar un filtro, elegir una distancia mayor o buscar por especialidad en lugar de por nombre.
find-unknown-postcode = No reconocemos el código postal que ingresó, así que no se tuvo en cuenta la distancia. Revíselo o elija una ubicación.
find-results = Resultados de la búsqueda
find-speaks = Habla
find-accepting = Acepta pacientes nuevos
find-not-accepting = No acepta pacientes nuevos
find-visit-modes = Consultas
# $miles is a distance, already rounded.
find-distance = A { $miles } millas
find-pages = Páginas
find-previous = Página anterior
find-next = Página siguiente
# $page and $pages are numbers.
find-page-of = Página { $page } de { $pages }

provider-role-physician = Médico(a)
provider-role-nurse_practitioner = Enfermero(a) practicante
provider-role-physician_assistant = Asistente médico
provider-role-therapist = Terapeuta
provider-role-nurse = Enfermero(a)
provider-role-midwife = Partero(a)

specialty-family_medicine = Medicina familiar
specialty-internal_medicine = Medicina interna
specialty-pediatrics = Pediatría
specialty-cardiology = Cardiología
specialty-interventional_cardiology = Cardiología intervencionista
specialty-pediatric_cardiology = Cardiología pediátrica
specialty-dermatology = Dermatología
specialty-obstetrics_gynecology = Obstetricia y ginecología
specialty-psychiatry = Psiquiatría
specialty-child_psychiatry = Psiquiatría de niños y adolescentes
specialty-mental_health_therapy = Consejería y terapia
specialty-orthopedics = Ortopedia
specialty-sports_medicine = Medicina deportiva
specialty-neurology = Neurología
specialty-endocrinology = Endocrinología
specialty-diabetes_care = Atención de la diabetes
specialty-gastroenterology = Gastroenterología
specialty-ophthalmology = Oftalmología
specialty-physical_therapy = Fisioterapia
specialty-geriatrics = Geriatría
specialty-nursing = Atención de enfermería

language-en = Inglés
language-es = Español
language-ar = Árabe
language-zh = Chino (mandarín)
language-yue = Chino (cantonés)
language-vi = Vietnamita
language-fr = Francés
language-ht = Criollo haitiano
language-pt = Portugués
language-ru = Ruso
language-ko = Coreano
language-tl = Tagalo
language-hi = Hindi (India)
language-pl = Polaco
language-it = Italiano
language-de = Alemán
language-ja = Japonés
language-fa = Persa (farsi)
language-so = Somalí
language-ur = Urdu (Pakistán)
language-bn = Bengalí
language-asl = Lengua de señas americana (ASL)

credential-kind-licence = Licencia para ejercer
credential-kind-board_certification = Certificación de especialidad
credential-kind-registration = Registro (DEA)
credential-kind-malpractice = Seguro contra negligencia médica
credential-status-pending = En verificación
credential-status-verified = Verificada
credential-status-expired = Vencida
credential-status-revoked = Revocada

profile-new-patients = Pacientes nuevos
profile-plans = Seguros que acepta
profile-locations = Dónde atiende este profesional
profile-credentials = Credenciales
profile-credentials-intro = Verificamos cada licencia y cada certificación con la entidad que la emitió. Solo se puede programar una cita con un profesional en una ubicación mientras tenga una licencia verificada y vigente en ese estado.
profile-credential-kind = Credencial
profile-credential-issuer = Emitida por
profile-credential-jurisdiction = Dónde es válida
profile-credential-valid-to = Válida hasta
profile-credential-status = Estado
# $zone is the time zone's name in words, e.g. Central Time.
profile-hours-caption = Horario de atención ({ $zone })
# $opens and $closes are times of day.
profile-hours-range = De { $opens } a { $closes }
profile-closed = Cerrado
profile-not-bookable-inactive = Este profesional no está atendiendo pacientes en este momento.
profile-not-bookable-new-patients = Este profesional no está aceptando pacientes nuevos en este momento.
# $jurisdiction is a state's name.
profile-not-bookable-licence-pending = Todavía no se pueden programar citas aquí: se está verificando la licencia del { $jurisdiction }.
# $jurisdiction is a state's name.
profile-not-bookable-no-licence = No se pueden programar citas aquí: no tenemos una licencia vigente y verificada del { $jurisdiction }.
jurisdiction-us-ny = Estado de Nueva York
jurisdiction-us-il = Estado de Illinois
# A time zone by the name people use, whatever the location's IANA zone id is.
zone-eastern = hora del Este
zone-central = hora del Centro
zone-mountain = hora de la Montaña
# The Mountain zone where clocks do not change in summer (America/Phoenix).
zone-arizona = hora de la Montaña (Arizona)
zone-pacific = hora del Pacífico
zone-alaska = hora de Alaska
zone-hawaii-aleutian = hora de Hawái-Aleutianas
# Puerto Rico and the US Virgin Islands.
zone-atlantic = hora del Atlántico
zone-utc = tiempo universal coordinado (UTC)
# A zone without a name of its own: $city is the city it is named after, e.g. Berlin.
zone-city = hora de { $city }

## Credentialing

nav-credentials = Credenciales
credentials-title = Credenciales por revisar
credentials-intro = Licencias, certificaciones de especialidad, registros y seguros contra negligencia médica que están vencidos, vencen en los próximos 90 días o están en espera de verificación. No se puede programar una cita con un profesional en una ubicación si no tiene una licencia vigente y verificada del estado correspondiente.
credentials-summary = Resumen
credentials-band-expired = Vencidas
credentials-band-30 = Vencen en los próximos 30 días
credentials-band-60 = Vencen dentro de 31 a 60 días
credentials-band-90 = Vencen dentro de 61 a 90 días
credentials-band-pending = En espera de verificación
credentials-none = No hay nada aquí.
credentials-col-provider = Profesional
credentials-col-actions = Acciones
credentials-evidence-label = Comprobante
credentials-verify = Verificar
credentials-revoke = Revocar
credentials-reopen = Reabrir para renovación
# $what names the clinician and the credential, e.g. "Ana Ruiz, Licence to practise".
credentials-verify-label = Verificar: { $what }
# $what names the clinician and the credential.
credentials-revoke-label = Revocar: { $what }
# $what names the clinician and the credential.
credentials-reopen-label = Reabrir para renovación: { $what }
error-transition = Ese cambio no está permitido para esta credencial en este momento (por ejemplo, no se puede verificar una credencial vencida). La lista se actualizó.

## Directory administration: locations, providers and their credentials

nav-providers = Profesionales
nav-locations = Ubicaciones
directory-admin-active = Activo
directory-admin-inactive = Desactivado
directory-admin-col-status = Estado
directory-admin-status-heading = Estado
directory-admin-save = Guardar cambios
directory-admin-saved = Se guardaron los cambios.
# $name is the name of what was just added.
directory-admin-added = Se agregó { $name }.
# $name is the name of what was just added.
directory-admin-open = Abrir { $name }
error-fields = Hay campos que corregir. Cada problema aparece en la lista de abajo y junto a su campo.
error-jurisdiction = Escriba la jurisdicción como un código de país y un código de estado, por ejemplo US-NY.

locations-title = Ubicaciones
locations-intro = Todas las ubicaciones de la clínica, incluidas las desactivadas. Una ubicación desactivada deja de aparecer en Buscar un médico y se conserva su historial. Nunca se borra nada.
locations-list-heading = Todas las ubicaciones
locations-none = Todavía no hay ubicaciones.
locations-col-providers = Profesionales
locations-back = Volver a todas las ubicaciones
location-add-heading = Agregar una ubicación
location-add-submit = Agregar ubicación
location-edit-heading = Datos y horario de atención
# $status is Active or Inactive.
location-page-lead = Ubicación · { $status }
location-name-label = Nombre
location-street-label = Dirección
location-city-label = Ciudad
location-postcode-label = Código postal
location-jurisdiction-label = Jurisdicción de licencias
location-jurisdiction-hint = Código de país y de estado, por ejemplo US-NY. Los profesionales necesitan una licencia de esa jurisdicción para recibir citas aquí.
location-phone-label = Teléfono
location-time-zone-label = Zona horaria
location-time-zone-hint = Un nombre de zona horaria de la IANA, por ejemplo America/New_York o America/Chicago. El horario y las citas se muestran en esa zona.
# A location's time zone in the list of locations: $name is its name in words (Eastern Time), $zone its IANA id (America/New_York).
location-time-zone-named = { $name } ({ $zone })
location-position-legend = Posición en el mapa
location-position-hint = En grados decimales, por ejemplo 40.7128 y -74.0060. Se usa para medir la distancia desde un código postal.
location-latitude-label = Latitud
location-longitude-label = Longitud
location-hours-legend = Horario de atención (hora local)
location-hours-hint = Deje las dos horas vacías los días en que la ubicación está cerrada.
location-opens-label = Abre
location-closes-label = Cierra
location-active-explanation = Esta ubicación está activa: aparece en Buscar un médico.
location-inactive-explanation = Esta ubicación está desactivada: no aparece en Buscar un médico. Se conservan su horario, sus profesionales y su historial.
location-deactivate = Desactivar esta ubicación
location-reactivate = Volver a activar esta ubicación
error-location-name-missing = Escriba el nombre de la ubicación.
error-location-name-too-long = El nombre puede tener como máximo 200 caracteres.
error-location-street-missing = Escriba la dirección.
error-location-street-too-long = La dirección puede tener como máximo 200 caracteres.
error-location-city-missing = Escriba la ciudad.
error-location-city-too-long = La ciudad puede tener como máximo 100 caracteres.
error-location-postcode = Escriba un código postal de 3 a 10 letras, números, espacios o guiones.
error-location-latitude = Escriba la latitud como un número entre -90 y 90, por ejemplo 40.7128.
error-location-longitude = Escriba la longitud como un número entre -180 y 180, por ejemplo -74.0060.
error-location-phone = Escriba un teléfono de al menos 3 dígitos, usando solo números, espacios y + ( ) - .
error-location-time-zone-missing = Escriba la zona horaria de la ubicación, por ejemplo America/New_York.
error-location-time-zone-unknown = No conocemos esta zona horaria. Escriba un nombre de zona horaria de la IANA, por ejemplo America/New_York o America/Chicago.
# $weekday is a day's name.
error-hours-incomplete = { $weekday }: escriba la hora de apertura y la de cierre, o deje las dos vacías si está cerrado.
# $weekday is a day's name.
error-hours-opens = { $weekday }: escriba la hora de apertura en horas y minutos, por ejemplo 08:30.
# $weekday is a day's name.
error-hours-closes = { $weekday }: escriba la hora de cierre en horas y minutos, por ejemplo 17:00.
# $weekday is a day's name.
error-hours-order = { $weekday }: la hora de cierre debe ser posterior a la de apertura.

providers-title = Profesionales
providers-intro = Todos los profesionales del directorio, incluidos los desactivados. Un profesional desactivado deja de aparecer en Buscar un médico y se conservan sus credenciales y su historial. Nunca se borra nada.
providers-list-heading = Todos los profesionales
providers-search-label = Buscar profesionales
providers-count = { $count ->
    [one] 1 profesional.
   *[other] { $count } profesionales.
}
providers-count-found = { $count ->
    [0] Ningún profesional tiene ese nombre.
    [one] Se encontró 1 profesional.
   *[other] Se encontraron { $count } profesionales.
}
# $limit is a number.
providers-more = Solo se muestran los primeros { $limit }. Busque por nombre para encontrar a los demás.
providers-col-pending = Credenciales por verificar
providers-back = Volver a todos los profesionales
provider-add-heading = Agregar un profesional
provider-add-submit = Agregar profesional
provider-edit-heading = Datos
# $role is the clinician's role, $status is Active or Inactive.
provider-page-lead = { $role } · { $status }
provider-public-profile = Perfil público
provider-given-name-label = Nombre
provider-family-name-label = Apellidos
provider-suffix-label = Títulos (opcional)
provider-suffix-hint = Aparecen después del nombre, por ejemplo MD, DO, NP o LCSW.
provider-role-label = Función
provider-role-choose = Elija una función
provider-gender-label = Género (opcional)
provider-gender-not-stated = Sin indicar
provider-gender-female = Femenino
provider-gender-male = Masculino
provider-gender-nonbinary = No binario
provider-visit-modes-legend = Cómo pueden consultarle los pacientes
provider-specialties-legend = Especialidades
provider-languages-legend = Idiomas que habla
provider-plans-legend = Planes de seguro aceptados
provider-locations-legend = Ubicaciones
provider-locations-hint = Solo se pueden agregar ubicaciones activas. Una ubicación desactivada que el profesional ya tiene se conserva hasta que usted la desmarque.
# $name is a location's name and city.
provider-location-inactive = { $name } (desactivada)
provider-bios-legend = Biografía (opcional)
provider-bios-hint = Una breve presentación para los pacientes, en cada idioma en que la tenga. Los pacientes la leen en su idioma o, si no existe, en inglés.
# $language is a language's name.
provider-bio-label = Biografía en { $language }
provider-active-explanation = Este profesional está activo: aparece en Buscar un médico.
provider-inactive-explanation = Este profesional está desactivado: no aparece en Buscar un médico. Se conservan sus credenciales y su historial.
provider-deactivate = Desactivar a este profesional
provider-reactivate = Volver a activar a este profesional
provider-credentials-none = Todavía no hay credenciales registradas.
provider-credentials-dashboard-link = Credenciales por revisar
provider-credential-add-heading = Agregar una credencial
provider-credential-add-intro = Una credencial nueva queda en espera de verificación en la página de credenciales antes de tenerse en cuenta.
provider-credential-add = Agregar credencial
provider-credential-correct-heading = Corregir una credencial en verificación
provider-credential-correct = Corregir
# $what names the credential, e.g. "Licence to practise 312456".
provider-credential-correct-label = Corregir: { $what }
provider-credential-save = Guardar credencial
provider-credential-cancel = Cancelar
provider-credential-saved = Se guardó la credencial, que queda en espera de verificación.
credential-kind-choose = Elija un tipo
credential-number-label = Número
credential-issuer-hint = La junta o el organismo que la emitió, por ejemplo NYSED o la DEA.
credential-jurisdiction-hint = Necesaria para licencias y registros: código de país y de estado, por ejemplo US-NY.
credential-valid-from-label = Válida desde
error-provider-given-name-missing = Escriba el nombre.
error-provider-given-name-too-long = El nombre puede tener como máximo 100 caracteres.
error-provider-family-name-missing = Escriba los apellidos.
error-provider-family-name-too-long = Los apellidos pueden tener como máximo 100 caracteres.
error-provider-suffix-too-long = Los títulos pueden tener como máximo 40 caracteres.
error-provider-role = Elija una función.
error-provider-gender = Elija un género de la lista, o Sin indicar.
error-provider-visit-mode = Elija en persona, consulta por video o ambas.
error-provider-specialty = Elija solo especialidades de la lista.
error-provider-language = Elija solo idiomas de la lista.
error-provider-plan = Elija solo planes de seguro de la lista.
error-provider-location = Elija solo ubicaciones activas: no se puede agregar una ubicación desactivada.
# $language is a language's name.
error-provider-bio-too-long = La biografía en { $language } puede tener como máximo 2000 caracteres.
error-provider-bio-locale = Solo se puede escribir una biografía en uno de los idiomas del portal.
error-credential-kind = Elija el tipo de credencial.
error-credential-issuer-missing = Escriba quién emitió la credencial.
error-credential-issuer-too-long = El emisor puede tener como máximo 200 caracteres.
error-credential-number-missing = Escriba el número de la credencial.
error-credential-number-too-long = El número puede tener como máximo 100 caracteres.
error-credential-jurisdiction-missing = Las licencias y los registros necesitan una jurisdicción, por ejemplo US-NY.
error-credential-valid-from = Escriba la fecha desde la que es válida.
error-credential-valid-to = Escriba la fecha hasta la que es válida.
error-credential-order = La fecha de fin no puede ser anterior a la de inicio.

## Página de inicio

home-title = Le damos la bienvenida a { -brand }
home-intro = Gestione su atención médica en línea, en su idioma y desde cualquier dispositivo.
home-features-heading = Con su portal podrá
home-feature-find = encontrar un médico que hable su idioma y acepte su seguro,
home-feature-book = programar, cambiar o cancelar citas,
home-feature-message = enviar mensajes no urgentes a su equipo de atención médica,
home-feature-records = leer los resúmenes de sus consultas y los resultados de sus pruebas.
home-help-heading = ¿Necesita ayuda?
home-help-body = El personal de recepción puede ayudarle a empezar. En nuestra declaración de accesibilidad puede leer cómo hacemos que este portal funcione para todas las personas.
home-help-link = Leer la declaración de accesibilidad

## Declaración de accesibilidad

accessibility-title = Declaración de accesibilidad
accessibility-intro = Queremos que todas las personas puedan usar este portal, incluidas quienes usan un lector de pantalla, un teclado, control por voz o ampliación de pantalla, y quienes leen en un idioma distinto del inglés.
accessibility-standard-heading = La norma que seguimos
accessibility-standard-body = Este portal tiene como objetivo cumplir las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.2 en el nivel AA. Antes de cada versión, todas las páginas se revisan automáticamente en todos los idiomas.
accessibility-features-heading = Qué puede esperar
accessibility-feature-keyboard = Todas las tareas se pueden realizar usando solo el teclado.
accessibility-feature-languages = Todas las páginas están disponibles en inglés, español, árabe, chino simplificado y vietnamita.
accessibility-feature-zoom = El texto se puede ampliar hasta un 400 % sin que se pierda ningún contenido.
accessibility-feature-no-script = Las tareas principales funcionan incluso cuando JavaScript está desactivado o tarda en cargar.
accessibility-help-heading = Si algo no le funciona
accessibility-help-body = Avise al personal de recepción de su clínica o pídales esta información en otro formato. Respondemos en un plazo de cinco días hábiles.

## Página no encontrada

not-found-title = Página no encontrada
not-found-body = No pudimos encontrar la página que solicitó. Es posible que se haya movido o que la dirección tenga un error de escritura.
not-found-home = Ir a la página de inicio

## Errores

error-title = Algo salió mal
error-body = No pudimos completar su solicitud. No se perdió nada de lo que ingresó. Vuelva a intentarlo en unos momentos.
error-reference = Código de referencia: { $code }
error-reference-help = Si se comunica con nosotros por este problema, indíquenos este código para que podamos averiguar qué sucedió.
error-forbidden-origin = Esta solicitud provenía de otro sitio web, por lo que la rechazamos para proteger su cuenta.
continue-title = ¿Continuar a esta página?
continue-body = Siguió un enlace desde otro sitio web a una página que registra quién la consulta. Para proteger su expediente, el portal solo la abre desde su propio enlace.
# $page is the address of the page on this site, without anything after a question mark
continue-link = Continuar a { $page }
error-sign-in-invalid = El correo electrónico o la contraseña no son correctos. Revíselos y vuelva a intentarlo.
error-too-many-attempts = { $minutes ->
    [one] Demasiados intentos. Vuelva a intentarlo en 1 minuto.
   *[other] Demasiados intentos. Vuelva a intentarlo en { $minutes } minutos.
}
error-sign-in-required = Inicie sesión para ver esta página.
error-not-found = No pudimos encontrar lo que buscaba. Es posible que se haya eliminado.
error-request = No se pudo enviar su solicitud. Revise su conexión y vuelva a intentarlo.
error-invitation-invalid = El código de invitación o la fecha de nacimiento no son correctos. Revíselos o pida un código nuevo al personal de recepción.
error-already-has-account = Este paciente ya tiene una cuenta.
error-password-too-short = Elija una contraseña de al menos 12 caracteres.
error-password-too-long = Elija una contraseña de 256 caracteres como máximo.
error-password-guessable = Esta contraseña es demasiado fácil de adivinar. Evite palabras comunes, su nombre y su dirección de correo electrónico.
error-email-invalid = Ingrese una dirección de correo electrónico como nombre@example.com.
error-email-taken = Ya existe una cuenta con esta dirección de correo electrónico. Inicie sesión o use otra dirección.
error-email-change-link = Este enlace venció, se reemplazó o se canceló, o ya se usó. Pida uno nuevo en la página de seguridad de su cuenta.
error-email-taken-meanwhile = Otra cuenta empezó a usar esta dirección antes de que usted la confirmara, así que su dirección de correo electrónico no cambió. Elija otra dirección.
error-current-password = Su contraseña actual no es correcta.

## Formato de fechas, horas y montos

# $weekday is one of: mon tue wed thu fri sat sun
weekday-name = { $weekday ->
    [mon] lunes
    [tue] martes
    [wed] miércoles
    [thu] jueves
    [fri] viernes
    [sat] sábado
   *[sun] domingo
}
# $month is 1 to 12
month-name = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}
# $weekday and $month are already names; $day and $year are numbers.
date-long = { $weekday }, { $day } de { $month } de { $year }
# $hour12 is 1 to 12, $hour24 is 00 to 23, $minute is 00 to 59, $period is am or pm.
time-short = { $hour24 }:{ $minute }
# $zone is the time zone's name in words, e.g. Eastern Time.
date-time-in-zone = { $date }, a las { $time } { $zone }
# $amount is already written with this language's digit grouping and decimal mark.
money-usd = { $amount } US$

## Reservas y citas
error-slot-taken = Alguien acaba de reservar ese horario. Elija uno de los horarios libres más cercanos que aparecen abajo u otro horario.
error-patient-busy = Ya tiene una cita a esa hora. Elija otro horario.
error-visit-not-offered = Ese horario no está disponible para este tipo de consulta. Elija otro tipo de consulta u otro horario.
error-reason-required = Indique brevemente el motivo de la consulta.
error-reason-too-long = El motivo puede tener 500 caracteres como máximo.
# $hours is the location's cut-off in hours
error-change-too-late = { $hours ->
    [one] Esta cita empieza en menos de { $hours } hora, así que ya no se puede cambiar en línea. Llame a la clínica.
   *[other] Esta cita empieza en menos de { $hours } horas, así que ya no se puede cambiar en línea. Llame a la clínica.
}
# $hours is the location's cut-off in hours
error-offer-replaces-too-late = { $hours ->
    [one] Su cita actual empieza en menos de { $hours } hora, así que ya no se puede cambiar por este horario en línea. Llame a la clínica.
   *[other] Su cita actual empieza en menos de { $hours } horas, así que ya no se puede cambiar por este horario en línea. Llame a la clínica.
}
error-not-changeable = Esta cita ya no se puede cambiar.
# $name is the clinician's name
book-title = Programar una cita con { $name }
book-choose-time = Elija un horario
# $zone is the time zone's name in words, e.g. Eastern Time.
book-times-local = Los horarios están en la hora local de la clínica ({ $zone }).
book-no-times = No hay horarios libres esta semana. Pruebe con una semana posterior.
book-weeks = Semanas
book-earlier = Horarios anteriores
book-later = Horarios posteriores
book-confirm-title = Confirme su cita
# $when is the date and time with its zone; $place is the clinic
book-chosen = { $when }, en { $place }
book-nearest = Horarios libres más cercanos
book-visit-type = Tipo de consulta
book-new-patient = Primera consulta con este profesional
book-follow-up = Consulta de seguimiento
book-visit-mode = Cómo será la consulta
book-reason = Motivo de la consulta
book-reason-hint = Basta con unas pocas palabras, por ejemplo, «dolor de rodilla» o «renovar una receta». Como máximo, 500 caracteres.
book-instructions-title = Antes de su consulta
book-instructions-in-person = Llegue 15 minutos antes. Traiga una identificación con foto, su tarjeta del seguro y una lista de los medicamentos que toma.
book-instructions-telehealth = Para una consulta por video, use un teléfono o una computadora con cámara en un lugar tranquilo y privado. Le enviaremos el enlace por correo electrónico 15 minutos antes de la hora de inicio.
book-confirm = Confirmar la cita
book-other-time = Elegir otro horario
book-next-available = Próximos horarios disponibles
book-see-all-times = Ver todos los horarios
appointments-title = Citas
appointments-book-new = Programar una cita nueva
appointments-upcoming = Próximas citas
appointments-past = Anteriores y canceladas
appointments-none-upcoming = No tiene citas próximas.
appointments-none-past = No tiene citas anteriores.
# $provider is the clinician's name, $place the clinic
appointments-with = Con { $provider } en { $place }
appointment-title = Cita
appointment-when = Cuándo
# $start is the date and start time with the zone, $end the end time
appointment-when-range = { $start } hasta las { $end }
appointment-with = Con
appointment-where = Dónde
appointment-patient = Paciente
appointment-status = Estado
appointment-add-to-calendar = Agregar al calendario (.ics)
appointment-add-to-calendar-with-reason = Agregar al calendario con el motivo de la visita (.ics)
appointment-calendar-reason-note = El primer archivo no incluye el motivo de la visita, para que no aparezca en un calendario compartido o sincronizado.
appointment-reschedule = Cambiar a otro horario
appointment-new-time = Nuevo horario
appointment-reschedule-submit = Cambiar la cita
appointment-cancel = Cancelar esta cita
appointment-cancel-submit = Cancelar la cita
appointment-all = Todas las citas
appointment-booked-notice = Su cita está programada. Le enviamos una confirmación por correo electrónico.
appointment-rescheduled-notice = Su cita se cambió de horario. Le enviamos el nuevo horario por correo electrónico.
appointment-cancelled-notice = Su cita se canceló.
appointment-status-held = Ofrecida a usted
appointment-status-booked = Programada
appointment-status-arrived = Llegada registrada
appointment-status-completed = Completada
appointment-status-no_show = No asistió
appointment-status-cancelled = Cancelada
appointment-status-lapsed = Oferta vencida
# $provider is the clinician's name
calendar-summary = Cita con { $provider }
# $reason is what the patient wrote; $phone the clinic's number
calendar-description = Motivo: { $reason }. Para cambiar o cancelar la cita, use el portal o llame al { $phone }.
# $phone is the clinic's number
calendar-description-no-reason = Para cambiar o cancelar la cita, use el portal o llame al { $phone }.
email-appointment-booked-subject = Su cita está programada
email-appointment-rescheduled-subject = Su cita cambió de horario
email-appointment-cancelled-subject = Su cita se canceló
# $when is the date and time with the zone
email-appointment-reminder-subject = Recordatorio: cita el { $when }
email-appointment-booked = Su cita está programada.
# $previous is the old date and time with the zone
email-appointment-rescheduled = Su cita cambió de horario. Antes era el { $previous }.
email-appointment-cancelled = Su cita se canceló. Si usted no lo pidió, llame a la clínica.
email-appointment-reminder = Le recordamos su próxima cita.
email-appointment-in-person = En persona
email-appointment-telehealth = Consulta por video
# $when, $provider, $place and $mode are already written out
email-appointment-details =
    Cuándo: { $when }
    Con: { $provider }
    Dónde: { $place }
    Cómo: { $mode }
# $name is the patient's name; $opening, $details and $link are already written out
email-appointment-body = Hola, { $name }:

    { $opening }

    { $details }

    Para ver, cambiar o cancelar la cita, o para agregarla a su calendario:
    { $link }
profile-no-times = No hay horarios libres en las próximas dos semanas. Vea todos los horarios para las semanas posteriores.
find-sort-label = Ordenar por
find-sort-relevance = Mejor coincidencia
find-sort-soonest = Disponibilidad más próxima
# $count is how many of the best matches were sorted (a formatted number)
find-soonest-among = Ordenado por la hora más próxima entre las { $count } mejores coincidencias. Precise su búsqueda, o inicie sesión, para ordenar todas.
# $when is the date and time with its zone; $place is the clinic
find-next-available-at = Próximo horario disponible: { $when }, en { $place }
find-no-times = No hay horarios libres en los próximos 60 días.
appointment-phone = Teléfono de la clínica
waitlist-title = ¿Quiere un horario más temprano?
waitlist-intro = Podemos avisarle cuando se libere un horario más temprano con este profesional. Se lo guardamos durante un máximo de dos horas; si lo reserva, esta cita se cancelará.
waitlist-join = Avisarme de horarios más tempranos
waitlist-joined-notice = Usted está en la lista de espera. Le enviaremos un correo electrónico cuando se libere un horario más temprano.
offer-title = Hay un horario más temprano disponible para usted
# $when is the date and time with its zone; $provider the clinician; $place the clinic; $until the time the hold ends
offer-text = { $when }, con { $provider } en { $place }. Se lo guardamos hasta las { $until }.
offer-accept = Reservar este horario
offer-decline = No, gracias
email-offer-subject = Hay disponible un horario más temprano para su cita
# $name, $when, $provider, $place, $until and $link are already written out
email-offer-body = Hola, { $name }:

    Se liberó un horario más temprano: { $when }, con { $provider } en { $place }.

    Se lo guardamos hasta el { $until }. Para reservarlo (en ese caso, se cancelará su cita posterior) o para rechazarlo:
    { $link }
# $name is the patient's name
book-for-patient = Reserva para { $name }
book-for-patient-start = Programar una cita
# $name is the patient's name
book-for-patient-start-label = Programar una cita para { $name }
book-for-patient-stop = Dejar de reservar para este paciente
## Staff schedule (/staff/schedule)
nav-schedule = Agenda
staff-schedule-title = Agenda
staff-schedule-intro-desk = Los profesionales de un centro por día o por semana: horario de trabajo, citas y llegadas, tiempo bloqueado y quién está de guardia.
staff-schedule-intro-provider = Sus citas, su horario de trabajo, el tiempo bloqueado y sus guardias.
staff-schedule-location = Centro
staff-schedule-provider = Profesional
staff-schedule-all-providers = Todos los profesionales
staff-schedule-all-locations = Todos mis centros
staff-schedule-day = Fecha
staff-schedule-span = Mostrar
staff-schedule-span-day = Un día
staff-schedule-span-week = Toda la semana
staff-schedule-show = Ver agenda
staff-schedule-dates = Fechas
staff-schedule-previous-day = Día anterior
staff-schedule-next-day = Día siguiente
staff-schedule-previous-week = Semana anterior
staff-schedule-next-week = Semana siguiente
staff-schedule-today = Hoy
# $place is the clinic, $zone its time zone's name in words, e.g. Eastern Time.
staff-schedule-zone = Las horas son las locales de { $place } ({ $zone }).
staff-schedule-none = No hay profesionales que mostrar.
# $jurisdiction is a state's name
staff-schedule-licence-none = Problema de licencia: no hay una licencia vigente y verificada del { $jurisdiction }. Los pacientes no pueden reservar con este profesional aquí.
# $jurisdiction is a state's name
staff-schedule-licence-pending = Problema de licencia: la licencia del { $jurisdiction } todavía se está verificando. Los pacientes aún no pueden reservar con este profesional aquí.
staff-schedule-hours = Horario de trabajo
staff-schedule-not-working = No trabaja
# $start and $end are times of day
staff-schedule-hours-range = De { $start } a { $end }
staff-schedule-on-call = De guardia
staff-schedule-blocks = Tiempo bloqueado
staff-schedule-appointments = Citas
staff-schedule-no-appointments = No hay citas.
# $start and $end are times of day, $zone the time zone's name in words, e.g. Eastern Time.
staff-schedule-time-range = De { $start } a { $end } { $zone }
# $start and $end are dates and times with their zone
staff-schedule-date-range = Desde { $start } hasta { $end }
# $status is the appointment's status
staff-schedule-status = Estado: { $status }
staff-schedule-during-block = Durante tiempo bloqueado
staff-schedule-whole-location = Todo el personal de este centro
staff-schedule-affected = Citas durante este tiempo (conservan su hora hasta que alguien las cambie o las cancele):
staff-schedule-mark-arrived = Marcar llegada
# $who is the patient's name and the appointment's time
staff-schedule-mark-arrived-label = Marcar llegada: { $who }
staff-schedule-mark-no-show = Marcar inasistencia
# $who is the patient's name and the appointment's time
staff-schedule-mark-no-show-label = Marcar inasistencia: { $who }
staff-schedule-lift = Quitar
# $what is the reason and the time of the blocked time
staff-schedule-lift-label = Quitar tiempo bloqueado: { $what }
staff-schedule-add-block = Bloquear tiempo
staff-schedule-block-intro = El tiempo bloqueado deja de ofrecerse a los pacientes. Las citas ya reservadas en él conservan su hora; la agenda las muestra para que pueda cambiarlas o cancelarlas.
# $zone is the time zone's name in words, e.g. Eastern Time.
staff-schedule-block-zone = Escriba las fechas y horas en la hora local del centro ({ $zone }).
staff-schedule-block-who = Profesional
staff-schedule-block-reason = Motivo
staff-schedule-block-start-date = Fecha de inicio
staff-schedule-block-start-time = Hora de inicio
staff-schedule-block-end-date = Fecha de fin
staff-schedule-block-end-time = Hora de fin
staff-schedule-block-submit = Bloquear tiempo
staff-block-reason-procedure = Procedimiento
staff-block-reason-leave = Permiso
staff-block-reason-holiday = Día festivo
staff-block-reason-training = Formación
staff-block-reason-other = Otro motivo
staff-status-held = Reservada para una oferta de la lista de espera
staff-status-booked = Reservada
staff-status-arrived = Ha llegado
staff-status-completed = Completada
staff-status-no_show = No se presentó
staff-status-cancelled = Cancelada
staff-status-lapsed = Oferta vencida
staff-visit-new-patient = Paciente nuevo
staff-visit-follow-up = Seguimiento
staff-schedule-done-arrived = Llegada registrada.
staff-schedule-done-no_show = Inasistencia registrada.
staff-schedule-done-blocked = Tiempo bloqueado. Esas horas ya no se ofrecen a los pacientes.
# $count is the number of appointments during the blocked time
staff-schedule-done-blocked-affected = { $count ->
    [one] Coincide con una cita, que aparece junto al bloqueo.
   *[other] Coincide con { $count } citas, que aparecen junto al bloqueo.
}
staff-schedule-done-lifted = Bloqueo quitado. Esas horas vuelven a ofrecerse.
staff-error-not-booked = Esta cita ya no está reservada, así que no se puede marcar. La agenda muestra ahora su estado.
staff-error-not-its-day = Solo se puede registrar la llegada de un paciente el día de su cita.
staff-error-not-started = Solo se puede marcar la inasistencia cuando la cita ya ha empezado.
staff-block-error = Revise el tiempo bloqueado: hay campos que corregir.
staff-block-error-missing-date = Escriba una fecha.
staff-block-error-missing-time = Escriba una hora.
staff-block-error-not-a-date = Escriba la fecha como año, mes y día, por ejemplo 2027-01-18.
staff-block-error-not-a-time = Escriba la hora como horas y minutos, por ejemplo 09:30.
staff-block-error-end-not-after-start = El fin debe ser posterior al inicio.
staff-block-error-too-long = Un bloqueo puede durar como máximo 366 días. Registre un permiso más largo en varias partes.
# $field is the field's name, $problem what is wrong with it
staff-block-error-in-field = { $field }: { $problem }

## Shell: menu, language and display preferences
# The disclosure that holds the sections on narrow screens.
menu = Menú
nav-appointments = Citas
# The language chooser's label in the page's language ($here) with the English one ($english) beside it.
language-label-with-english = { $here } ({ $english })
display-legend = Visualización
display-text-size = Tamaño del texto
# $percent is a number such as 150
display-text-size-option = { $percent } %
display-high-contrast = Alto contraste
display-submit = Aplicar
