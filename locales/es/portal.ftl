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
route-announcement = Página cargada: { $title }
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

## Seguridad de la cuenta

security-title = Inicio de sesión y seguridad
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
error-sign-in-invalid = El correo electrónico o la contraseña no son correctos. Revíselos y vuelva a intentarlo.
error-too-many-attempts = { $minutes ->
    [one] Demasiados intentos. Vuelva a intentarlo en 1 minuto.
   *[other] Demasiados intentos. Vuelva a intentarlo en { $minutes } minutos.
}
error-sign-in-required = Inicie sesión para ver esta página.
error-not-found = No pudimos encontrar lo que buscaba. Es posible que se haya eliminado.
error-request = No se pudo enviar su solicitud. Revise su conexión y vuelva a intentarlo.

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
# $zone is the time zone's abbreviation, e.g. EST.
date-time-in-zone = { $date }, a las { $time } { $zone }
# $amount is already written with this language's digit grouping and decimal mark.
money-usd = { $amount } US$
