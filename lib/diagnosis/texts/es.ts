/**
 * Lo que dice Bounce Doctor, en español: las mismas claves y {marcadores} que los textos en inglés (catalog.ts, en.ts,
 * titles.ts); los pasos están en el mismo lugar que en en.ts. Los términos técnicos (SPF, DKIM, DMARC, PTR, MX) y los
 * comandos quedan como están. Trato de usted.
 */
import type { DeepPartial } from '../../i18n/catalog';
import type { Knowledge } from './catalog';

const SPF = 'SPF (Sender Policy Framework: un registro DNS que enumera los servidores autorizados a enviar correo en nombre de su dominio)';
const DKIM = 'DKIM (DomainKeys Identified Mail: una firma criptográfica que añade su servidor de correo y que se comprueba con una clave publicada en su DNS)';
const DMARC = 'DMARC (una política DNS que indica a los receptores qué hacer con el correo de su dominio que no supera SPF ni DKIM)';

const AUTH_PREVENTION = [
  'Publique SPF, DKIM y DMARC para cada dominio desde el que envía, y lea sus informes agregados de DMARC (rua=) para detectar fallos a tiempo.',
  'Cuando incorpore un nuevo servicio de envío (herramienta de boletines, CRM, soporte), añádalo a SPF y configure su DKIM antes de enviar.',
];
const REPUTATION_PREVENTION = [
  'Envíe solo a quien haya pedido su correo; elimine las direcciones que rebotan y a quienes nunca abren.',
  'Caliente despacio las nuevas direcciones IP y dominios, y separe el correo de marketing del transaccional.',
  'Mantenga la tasa de rebotes por debajo del 2–3 % y la de quejas por debajo del 0,1 % (vigile Google Postmaster Tools y Microsoft SNDS).',
];
const LIST_HYGIENE = [
  'Quite ya esta dirección de sus listas; seguir escribiendo a direcciones desconocidas perjudica su reputación como remitente.',
  'Use doble confirmación (double opt-in) y valide las direcciones al registrarse; mantenga la tasa de rebotes por debajo del 2–3 %.',
];

const MICROSOFT_IP = [
  'Si el destinatario usa Microsoft 365 (una dirección de empresa), pida a Microsoft que quite {ip} de su lista en su portal de exclusión: introduzca la IP y una dirección suya para confirmar.',
  'Si el destinatario usa Outlook.com o Hotmail, use en su lugar el formulario de soporte a remitentes de Outlook.com, citando este rebote.',
  'Registre {ip} en Microsoft SNDS para ver cómo la valora Outlook.com y qué informan sus usuarios.',
];
const GOOGLE_REPUTATION = [
  'Abra Google Postmaster Tools para {domain}: revise la tasa de spam notificada por los usuarios y la reputación del dominio y de la IP. Google pide a los remitentes mantenerse por debajo del 0,1 % de spam y no llegar nunca al 0,3 %.',
];
const GOOGLE_AUTH = [
  'Las reglas de Gmail: todos los remitentes necesitan SPF o DKIM; quien envía 5000 mensajes o más al día a Gmail necesita SPF, DKIM y DMARC, un dominio From alineado con ellos y baja con un clic en el correo de marketing.',
];
const YAHOO_REPUTATION = [
  'Busque el código de esta respuesta en el Sender Hub de Yahoo y suscríbase a su circuito de quejas para ver quién marca su correo como spam.',
];
const gatewayAllow = (product: string, list: string) => [
  `${product} aplica las reglas propias de la organización del destinatario: pida al destinatario que su administrador de correo le añada a ${list} si su correo es deseado.`,
];

const STILL_TRYING = 'Nadie por ahora: su servidor sigue intentándolo solo; actúe solo si al final se rinde';

export const ES: DeepPartial<Knowledge> = {
  titles: {
    spf: '{who} rechazó su mensaje porque no superó SPF',
    dkim: '{who} rechazó su mensaje porque su firma DKIM no era válida',
    dmarc: '{who} rechazó su mensaje por la política DMARC de {domain}',
    unauthenticated: '{who} rechazó su mensaje porque no estaba autenticado',
    ptr: '{who} rechazó su servidor porque su dirección IP no tiene un nombre DNS inverso coincidente',
    'ip-blocklist': '{who} rechaza el correo de la dirección IP de su servidor{zoneClause}',
    'domain-blocklist': '{who} rechazó su mensaje porque un dominio que contiene está en una lista de bloqueo{zoneClause}',
    reputation: '{who} rechaza su correo por su reputación como remitente',
    'rate-limit': '{who} está limitando cuánto correo puede enviar ahora mismo',
    spam: '{who} rechazó su mensaje como spam',
    virus: '{who} bloqueó su mensaje porque parece peligroso',
    'content-policy': '{who} no acepta este tipo de contenido o adjunto',
    'message-size': 'Su mensaje es más grande de lo que {who} acepta',
    'message-format': '{who} rechazó su mensaje porque no tiene el formato correcto',
    'relay-denied': 'El servidor receptor no transmitirá su mensaje a {recipientDomain}',
    'auth-required': 'El servidor exige que inicie sesión antes de enviar',
    'tls-required': 'La conexión se rechazó porque no estaba cifrada como se exige',
    'sender-rejected': '{who} rechazó su dirección de remitente',
    'recipient-unknown': 'La dirección {recipient} no existe',
    'recipient-domain': 'El dominio {recipientDomain} no puede recibir correo',
    'mailbox-full': 'El buzón de {recipient} está lleno',
    'mailbox-disabled': 'El buzón {recipient} está desactivado o ya no se usa',
    'recipient-policy': '{recipient} no acepta mensajes suyos',
    policy: '{who} rechazó su mensaje por una política',
    greylisting: 'El servidor receptor pidió a su servidor que lo vuelva a intentar más tarde (greylisting)',
    'delivery-timeout': 'Su servidor dejó de intentar entregar a {recipient} tras intentarlo mucho tiempo',
    network: 'Su servidor no pudo conectar con el servidor de correo del destinatario',
    'remote-error': 'El servidor de correo del destinatario tuvo un problema interno',
    protocol: 'Los dos servidores de correo no se entendieron',
    'auto-reply': 'Es una respuesta automática, no un rebote',
    complaint: 'Un destinatario marcó su mensaje como spam',
    delivered: 'Es un aviso de entrega: su mensaje se entregó o se transmitió',
    unknown: 'Su mensaje no se entregó, y la respuesta no dice claramente por qué',
  },
  providerTitles: {
    'microsoft:ip-blocklist': 'Microsoft rechaza el correo de la dirección IP de su servidor',
    'microsoft:reputation': 'Microsoft rechaza el correo de su servidor por su reputación',
    'google:unauthenticated': 'Gmail bloqueó su mensaje porque no estaba autenticado (SPF o DKIM)',
    'google:dmarc': 'Gmail rechazó su mensaje por la política DMARC de {domain}',
    'google:rate-limit': 'Gmail está limitando temporalmente el correo de su servidor',
    'yahoo:reputation': 'Yahoo está aplazando su correo por volumen o quejas',
    'yahoo:ip-blocklist': 'Yahoo rechaza el correo de la dirección IP de su servidor',
    'kddi:recipient-policy': 'La configuración de correo au de {recipient} rechaza sus mensajes',
  },
  ruleTitles: {
    'fact.unconfirmed-unknown': '{recipient} fue rechazado: un filtro del lado del destinatario, o una dirección que no existe',
    'fact.delay-without-cause': 'Aún sin entregar: su servidor sigue intentando llegar a {recipientDomain}',
    'fact.temporary-domain': 'El dominio {recipientDomain} no se encontró por ahora; su servidor seguirá intentándolo',
    'recipient.suppressed': 'No enviado: {recipient} ya rebotó antes y su servicio de envío ahora se niega a enviarle',
    'service.test-mode': "No enviado a {recipient}: el modo de prueba de su servicio de envío solo envía a direcciones que usted autorizó",
    'service.account-hold': "No enviado a {recipient}: su servicio de envío no está enviando por su cuenta o dominio en este momento",
    'service.sender-unverified': "No enviado: su servicio de envío no ha verificado la dirección o el dominio desde el que envió",
    'sendmail.relay-mailer': "No enviado a {recipient}: su servidor no encontró el smart host por el que reenvía el correo",
    'client.no-connection': 'No enviado: el programa que envía no pudo conectarse al servidor de correo',
    'client.tls': 'No enviado: el programa de envío no pudo establecer una conexión cifrada con el servidor de correo',
    'list.held': 'Aún no entregado: la lista de correo retiene su mensaje para su moderador',
    'auth.login-throttle': 'No enviado: el servidor de correo dejó de aceptar inicios de sesión de su programa por un tiempo',
    'account.sending-limit': 'No enviado: su cuenta ha alcanzado su límite de envío por ahora',
    'auth.sasl-mechanism': 'No enviado: su servidor y el servidor de correo en el que inicia sesión no encontraron ningún método de inicio de sesión en común',
    'auth.login-refused': "El servidor de correo rechazó el inicio de sesión: el usuario o la contraseña no se aceptaron",
    'microsoft.smtp-auth-off': "Microsoft no acepta el inicio de sesión con contraseña de este programa (SMTP AUTH está desactivado o bloqueado)",
    'tls.starttls-first': "No enviado: el servidor exige cifrado (STARTTLS) primero, y el programa no lo activó",
    'recipient.malformed': "La dirección {recipient} no es una dirección de correo válida tal como está escrita",
    'sender.malformed': 'No enviado: la dirección de remitente indicada no es una dirección de correo completa',
    'network.outbound-blocked': "Su servidor no pudo conectarse al proveedor de correo del destinatario: lo más probable es que el puerto 25 de salida esté bloqueado en su lado",
    'mta.mail-loop': 'No entregado a {recipient}: la ruta del servidor de correo hacia {recipientDomain} lo lleva de vuelta a sí mismo',
    'mta.hop-loop': "No entregado a {recipient}: el mensaje dio vueltas en un bucle entre servidores de correo",
    'blocklist.lookup-error': "El servidor receptor lo rechazó porque falló su propia consulta a la lista de bloqueo, no porque usted esté en ella",
    'sender.login-mismatch': 'No enviado: la cuenta con la que envió no puede usar esta dirección de remitente',
    'tenant.unregistered-domain': 'No enviado: Microsoft 365 bloquea el correo de un dominio que su organización no ha agregado',
    'auth.helo': '{who} rechazó el nombre con el que se presentó su servidor (HELO/EHLO)',
  },
  unnamedTitles: {
    'recipient-unknown': 'La dirección no existe',
    'recipient-domain': 'El dominio del destinatario no puede recibir correo',
    'mailbox-full': 'El buzón del destinatario está lleno',
    'mailbox-disabled': 'El buzón está desactivado o ya no se usa',
    'recipient-policy': 'El destinatario no acepta mensajes suyos',
    'relay-denied': 'El servidor receptor no transmitirá su mensaje al dominio del destinatario',
    'delivery-timeout': 'Su servidor dejó de intentar entregar su mensaje tras intentarlo mucho tiempo',
    'kddi:recipient-policy': 'La configuración de correo au del destinatario rechaza sus mensajes',
    'fact.unconfirmed-unknown': 'La dirección fue rechazada: un filtro del lado del destinatario, o una dirección que no existe',
    'fact.delay-without-cause': 'Aún sin entregar: su servidor sigue intentando llegar al servidor del destinatario',
    'fact.temporary-domain': 'El dominio del destinatario no se encontró por ahora; su servidor seguirá intentándolo',
    'recipient.suppressed': 'No enviado: la dirección ya rebotó antes y su servicio de envío ahora se niega a enviarle',
    'service.test-mode': "No enviado: el modo de prueba de su servicio de envío solo envía a direcciones que usted autorizó",
    'service.account-hold': "No enviado: su servicio de envío no está enviando por su cuenta o dominio en este momento",
    'service.sender-unverified': "No enviado: su servicio de envío no ha verificado la dirección o el dominio desde el que envió",
    'sendmail.relay-mailer': "No enviado: su servidor no encontró el smart host por el que reenvía el correo",
    'client.no-connection': 'No enviado: el programa que envía no pudo conectarse al servidor de correo',
    'client.tls': 'No enviado: el programa de envío no pudo establecer una conexión cifrada con el servidor de correo',
    'list.held': 'Aún no entregado: la lista de correo retiene su mensaje para su moderador',
    'auth.login-throttle': 'No enviado: el servidor de correo dejó de aceptar inicios de sesión de su programa por un tiempo',
    'account.sending-limit': 'No enviado: su cuenta ha alcanzado su límite de envío por ahora',
    'auth.sasl-mechanism': 'No enviado: su servidor y el servidor de correo en el que inicia sesión no encontraron ningún método de inicio de sesión en común',
    'auth.login-refused': "El servidor de correo rechazó el inicio de sesión: el usuario o la contraseña no se aceptaron",
    'microsoft.smtp-auth-off': "Microsoft no acepta el inicio de sesión con contraseña de este programa (SMTP AUTH está desactivado o bloqueado)",
    'tls.starttls-first': "No enviado: el servidor exige cifrado (STARTTLS) primero, y el programa no lo activó",
    'recipient.malformed': "La dirección del destinatario no es una dirección de correo válida tal como está escrita",
    'sender.malformed': 'No enviado: la dirección de remitente indicada no es una dirección de correo completa',
    'network.outbound-blocked': "Su servidor no pudo conectarse al proveedor de correo del destinatario: lo más probable es que el puerto 25 de salida esté bloqueado en su lado",
    'mta.mail-loop': 'No entregado: la ruta del servidor de correo hacia el dominio del destinatario lo lleva de vuelta a sí mismo',
    'mta.hop-loop': "No entregado: el mensaje dio vueltas en un bucle entre servidores de correo",
    'blocklist.lookup-error': "El servidor receptor lo rechazó porque falló su propia consulta a la lista de bloqueo, no porque usted esté en ella",
    'sender.login-mismatch': 'No enviado: la cuenta con la que envió no puede usar esta dirección de remitente',
    'tenant.unregistered-domain': 'No enviado: Microsoft 365 bloquea el correo de un dominio que su organización no ha agregado',
  },
  categories: {
    spf: {
      explanation: `El servidor receptor comprobó ${SPF}. El servidor que envió su mensaje{ipClause} no figura en el registro SPF de {domain}, así que el mensaje parecía falsificado. Mientras el registro no incluya todos los servicios que envían en nombre de {domain}, los receptores seguirán rechazando o filtrando este correo.`,
      checklist: [
        'Mire el registro SPF de {domain}: debe haber exactamente un registro que empiece por v=spf1.',
        'Añada a ese registro el servidor o servicio que envió este mensaje (para un proveedor de correo, su include: documentado, como include:_spf.google.com o include:spf.protection.outlook.com).',
        'Añada su servidor de envío{ipClause} al registro (ip4:{ipOr}) y mantenga el registro por debajo de 10 consultas DNS.',
        'Pida a quien reenvía que use SRS, o confíe en DKIM (que sobrevive al reenvío), si el mensaje se reenvió.',
        'Vuelva a enviar el mensaje cuando el cambio de DNS se haya propagado (normalmente en menos de una hora).',
      ],
      prevention: AUTH_PREVENTION,
    },
    dkim: {
      explanation: `El servidor receptor comprobó ${DKIM}. Su mensaje no tenía una firma válida para {domain}: faltaba, se estropeó por el camino o era de otro dominio. Sin ella, el receptor no puede distinguir su correo de una falsificación.`,
      checklist: [
        'Compruebe que la clave DKIM de {domain} está publicada ({selectorClause}).',
        'Active la firma DKIM para {domain} en su proveedor de correo (Google Workspace: Aplicaciones › Gmail › Autenticar correo electrónico; Microsoft 365: Defender › Autenticación de correo electrónico › DKIM).',
        'Asegúrese de que su servidor firma el correo saliente (OpenDKIM, rspamd o el módulo DKIM de su MTA) con el selector publicado en el DNS.',
        'Firme después de cualquier pasarela o lista de correo que reescriba los mensajes, o exclúyala de la firma.',
      ],
      prevention: AUTH_PREVENTION,
    },
    dmarc: {
      explanation: `El servidor receptor comprobó ${DMARC}. Su mensaje no superó SPF ni DKIM de forma alineada con la dirección From ({domain}), y la política DMARC del dominio pide rechazar ese correo. Esto protege {domain} de la suplantación, pero también bloquea su propio correo enviado a través de servicios que no están configurados.`,
      checklist: [
        'Mire la política DMARC de {domain}.',
        'Averigüe qué servicio envió este mensaje y configúrelo para firmar con DKIM para {domain} (preferible) o para usar una ruta de retorno autorizada por SPF en {domain}.',
        'Compruebe el registro SPF de {domain}.',
        'Compruebe la clave DKIM de {domain} ({selectorClause}).',
        'Ponga la política en p=none mientras corrige los remitentes, si no está listo, y lea los informes agregados (rua=).',
        'Envíe desde su propio dominio, no desde el de otro (por ejemplo, una dirección de Gmail a través de su propio servidor).',
      ],
      prevention: AUTH_PREVENTION,
    },
    unauthenticated: {
      explanation: `El servidor receptor exige que cada mensaje supere ${SPF} o ${DKIM}, y el suyo no superó ninguno para {domain}. Los grandes receptores lo exigen a todos los remitentes desde 2024.`,
      checklist: [
        'Compruebe el registro SPF de {domain}.',
        'Compruebe la clave DKIM de {domain} ({selectorClause}).',
        'Compruebe el registro DMARC de {domain}; los receptores esperan al menos p=none.',
        'Active la firma DKIM en su proveedor de correo y añada su include de SPF a su dominio.',
        'Firme el correo saliente con DKIM e incluya su servidor en SPF.',
      ],
      prevention: AUTH_PREVENTION,
    },
    ptr: {
      explanation:
        'El servidor receptor buscó el nombre de la dirección IP desde la que se conectó su servidor{ipClause} (su DNS inverso, o registro PTR) y no encontró ninguno, o encontró un nombre que no apunta de vuelta a la misma dirección. Los receptores tratan el correo de esas direcciones como probable spam de equipos infectados.',
      checklist: [
        'Consulte el DNS inverso de su IP de envío.',
        'Pida a quien le proporciona la dirección IP (su proveedor de alojamiento o de internet) que cree un registro PTR con el nombre de su servidor de correo, y haga que ese nombre resuelva a la misma IP.',
        'Haga que su servidor anuncie ese mismo nombre completo en HELO/EHLO.',
        'Envíe este rebote a su proveedor de correo: la IP de envío y su nombre son cosa suya.',
      ],
    },
    'ip-blocklist': {
      explanation:
        'Su servidor de envío{ipClause} está en una lista de bloqueo{zoneClause} que consulta el servidor receptor, así que rechazó la conexión o el mensaje. Las direcciones IP entran en estas listas cuando se ha visto spam desde ellas, porque un equipo de la misma red estaba infectado, o porque es una dirección doméstica o dinámica que no debe enviar correo directamente.',
      checklist: [
        'Busque su IP de envío en {lookupZone}: una respuesta (127.0.0.x) significa que está en la lista; ninguna respuesta, que no lo está.',
        'Lea por qué está en la lista y solicite su eliminación{zoneClause}.',
        'Antes de pedir la eliminación, quite la causa: busque cuentas comprometidas, relés abiertos, malware o un boletín enviado a una lista comprada.',
        'Envíe a través del smarthost de su proveedor en lugar de directamente, si la dirección es doméstica o dinámica.',
        'Envíe este rebote a su proveedor de correo: la IP en la lista es suya, y la solución también.',
        'Vuelva a enviar el mensaje cuando ya no esté en la lista.',
      ],
      prevention: REPUTATION_PREVENTION,
    },
    'domain-blocklist': {
      explanation:
        'Su dominio de envío, o un dominio enlazado en el mensaje, está en una lista de bloqueo de dominios{zoneClause}. Estas listas recogen dominios vistos en spam, phishing o malware; basta un enlace malo (por ejemplo, un acortador de URL).',
      checklist: [
        'Averigüe qué dominio está en la lista (su dominio de envío, sus enlaces, su dominio de seguimiento) y solicite su eliminación.',
        'Quite del mensaje los enlaces a dominios en la lista o acortadores, y vuelva a enviarlo.',
      ],
      prevention: REPUTATION_PREVENTION,
    },
    reputation: {
      explanation:
        'El servidor receptor consideró no deseado el correo de su servidor{ipClause} o de su dominio, por volumen, quejas o spam anterior, sin nombrar una lista de bloqueo pública. La reputación se recupera cuando cesa el correo que la causó, normalmente en unos días.',
      checklist: [
        'Revise las herramientas para postmasters del receptor para su IP y su dominio y siga sus pasos.',
        'Baje el ritmo: envíe menos, solo a destinatarios interesados, y deje que el correo aplazado se reintente.',
        'Busque algo inusual que haya enviado hace poco (una campaña grande, una cuenta comprometida).',
      ],
      prevention: REPUTATION_PREVENTION,
    },
    'rate-limit': {
      explanation:
        'Ha enviado más mensajes, destinatarios o conexiones de los que el servidor receptor (o su propio proveedor) permite en un periodo. Los límites temporales se levantan solos; su servidor reintenta el correo aplazado.',
      checklist: [
        'Espere y deje que su servidor lo reintente; no lo reenvíe a mano, eso suma al recuento.',
        'Reparta los envíos grandes en el tiempo y mantenga pocos destinatarios por mensaje.',
        'Revise los límites de envío de su proveedor, y su cuenta por si hay envíos inesperados, si se alcanzó su cuota.',
      ],
      prevention: REPUTATION_PREVENTION,
    },
    spam: {
      explanation:
        'El filtro del servidor receptor calificó el mensaje como spam, por su redacción, enlaces, adjuntos, formato o el historial del remitente. Si se envía otra vez sin cambios, será rechazado de nuevo.',
      checklist: [
        'Quite lo que no gusta a los filtros de spam: acortadores de enlaces, muchos enlaces, contenido solo de imágenes, adjuntos, asuntos en mayúsculas.',
        'Asegúrese de que SPF, DKIM y DMARC se superan para su dominio.',
        'Pida al destinatario que permita su dirección, o contacte con él de otra forma, si es un mensaje personal puntual.',
      ],
      prevention: REPUTATION_PREVENTION,
    },
    virus: {
      explanation:
        'El servidor receptor encontró malware o algo que parece peligroso (un ejecutable, un documento con macros, un archivo comprimido protegido con contraseña) en el mensaje.',
      checklist: ['Analice el adjunto y su equipo en busca de malware.', 'Comparta el archivo mediante un enlace a un almacenamiento en la nube en lugar de adjuntarlo.'],
    },
    'content-policy': {
      explanation:
        'La política de la organización receptora rechaza algo del mensaje, normalmente un tipo de adjunto (como .exe, .js, archivos comprimidos o macros), aunque no sea spam.',
      checklist: [
        'Envíe el archivo como enlace a un almacenamiento en la nube, o en un formato aceptado (PDF en lugar de un documento con macros).',
        'Pregunte al destinatario qué tipos de archivo acepta.',
      ],
    },
    'message-size': {
      explanation: 'El mensaje, con sus adjuntos, es más grande de lo que permite el servidor receptor. Los adjuntos crecen aproximadamente un tercio al enviarse.',
      checklist: ['Envíe los archivos grandes como enlace a un almacenamiento en la nube en lugar de adjuntarlos.', 'Comprima las imágenes, o reparta los adjuntos en varios mensajes.'],
    },
    'message-format': {
      explanation:
        'El mensaje incumple los estándares del correo (RFC 5322/5321): una cabecera que falta o está duplicada, finales de línea incorrectos, líneas demasiado largas o una codificación errónea. Suele deberse al programa o script que lo generó.',
      checklist: [
        "Lea qué parte nombra la respuesta: una cabecera (From, To, Date, Message-ID, Subject) que falta, está repetida o mal formada, líneas demasiado largas, saltos de línea sueltos o texto que no se codificó.",
        "Corrija cómo construye los mensajes el script o la aplicación que envió esto: use una biblioteca de correo mantenida en lugar de escribir las cabeceras a mano, y dé a cada mensaje exactamente una cabecera From, una Date y una Message-ID.",
        "Mantenga cada línea por debajo de 998 caracteres y termínela con CRLF, no con un salto de línea suelto: deje que la biblioteca de correo codifique las líneas largas y el texto no ASCII (quoted-printable o base64), y también las palabras no ASCII de las cabeceras.",
        "Ponga una sola dirección en la cabecera From, sola o tras un nombre visible entre corchetes angulares, nunca codificada entera: Gmail y otros rechazan un From con varias direcciones o sin ninguna.",
        "Vuelva a enviar el mensaje cuando esté corregido; enviar antes el mismo contenido desde un programa de correo normal muestra si el fallo es del programa.",
      ],
    },
    'relay-denied': {
      explanation:
        'El servidor al que entregó el mensaje no entrega correo para ese dominio de destino, y no lo retransmitirá por usted. Normalmente significa que su programa de correo no ha iniciado sesión en su servidor de salida, o que los registros de correo del dominio de destino apuntan a un servidor que ya no lo aloja.',
      checklist: [
        'Asegúrese de que su programa de correo usa autenticación SMTP (usuario y contraseña) en el puerto 587 para el correo saliente.',
        'Compruebe los servidores de correo del dominio del destinatario.',
        'Permita la retransmisión solo a usuarios autenticados y a sus propias redes.',
      ],
    },
    'auth-required': {
      explanation:
        'Su programa de correo o su aplicación se conectó al servidor de salida sin un inicio de sesión válido (autenticación SMTP), o con credenciales incorrectas, así que el servidor se negó a enviar.',
      checklist: [
        'Revise la configuración de salida (SMTP): nombre del servidor, puerto 587 con STARTTLS (o 465), y que la autenticación esté activada.',
        'Compruebe el usuario y la contraseña; algunos proveedores exigen una contraseña de aplicación u OAuth.',
        'En Microsoft 365, compruebe que SMTP AUTH está habilitado para el buzón.',
      ],
    },
    'tls-required': {
      explanation:
        'Uno de los dos servidores exige una conexión cifrada (TLS), y la conexión no se pudo cifrar lo suficiente: no se ofrecía TLS, un certificado era incorrecto o los cifrados no coincidían.',
      checklist: [
        'Asegúrese de que su servidor o programa de correo usa STARTTLS (puerto 587) o TLS (puerto 465) con una versión de TLS actual.',
        'Compruebe el certificado que ofrece el servidor del destinatario.',
      ],
    },
    'sender-rejected': {
      explanation:
        'El servidor receptor rechazó la dirección desde la que se envió el mensaje: su dominio no existe o no puede recibir correo, no está permitida en su cuenta, o está bloqueada.',
      checklist: [
        'Compruebe que el dominio remitente {domain} tiene registros de correo que funcionan.',
        'Envíe desde una dirección que su cuenta o servicio pueda usar (verificada en su proveedor).',
      ],
    },
    'recipient-unknown': {
      explanation:
        'El servidor de correo del destinatario dice que no hay ningún buzón con esta dirección. Puede estar mal escrita, o la persona puede haber dejado la organización.',
      checklist: [
        'Revise la dirección letra por letra: una letra que falta o está cambiada, o .con en lugar de .com, es la causa habitual.',
        'Pida a la persona su dirección actual por otra vía.',
        'Quite la dirección de sus contactos y listas de correo.',
      ],
      prevention: LIST_HYGIENE,
    },
    'recipient-domain': {
      explanation:
        'El dominio del destinatario no existe, o no publica ningún servidor de correo (o un «MX nulo» que indica que no acepta correo). A menudo el dominio está mal escrito o ha caducado.',
      checklist: [
        'Revise cómo está escrito el dominio (la parte después de la @).',
        'Consulte los servidores de correo del dominio.',
        'Quite la dirección de sus listas si el dominio ya no existe.',
      ],
      prevention: LIST_HYGIENE,
    },
    'mailbox-full': {
      explanation:
        'El buzón del destinatario superó su límite de almacenamiento y no puede aceptar mensajes nuevos hasta que borre algunos. Su correo no tiene ningún problema.',
      checklist: [
        'Avise al destinatario por otra vía de que su buzón está lleno.',
        'Vuelva a enviar el mensaje cuando haya hecho espacio.',
        'Deje de escribirle si sigue lleno durante semanas: puede que el buzón esté abandonado.',
      ],
    },
    'mailbox-disabled': {
      explanation: 'La cuenta del destinatario existe, pero está suspendida, desactivada o se ha trasladado, así que no acepta correo.',
      checklist: ['Pida a la persona su dirección actual por otra vía.', 'Quite la dirección de sus listas.'],
      prevention: LIST_HYGIENE,
    },
    'recipient-policy': {
      explanation:
        'El lado del destinatario limita quién puede escribir a esta dirección: un grupo que solo acepta a sus miembros, una dirección que le ha bloqueado a usted o una lista moderada. Su servidor de correo no tiene ningún problema.',
      checklist: [
        'Pida al destinatario (o al propietario del grupo) que permita su dirección, o que le añada como miembro.',
        'Envíe desde la dirección con la que se unió, si es miembro.',
      ],
    },
    policy: {
      explanation:
        'El servidor receptor rechazó el mensaje según sus propias reglas, sin decir exactamente cuál. El texto de la respuesta es la mejor pista; si no ayuda, el administrador de correo del destinatario puede buscarlo en sus registros.',
      checklist: [
        'Lea la respuesta de abajo: puede nombrar la regla, un enlace o una referencia que dar al administrador del destinatario.',
        'Compruebe que SPF, DKIM y DMARC se superan para su dominio.',
        'Pida al destinatario por otra vía que lo consulte con su administrador de correo.',
      ],
    },
    greylisting: {
      explanation:
        'El greylisting es una defensa contra el spam: el primer mensaje de un remitente desconocido se aplaza unos minutos, y un servidor de correo de verdad lo reintenta. No hay que hacer nada; la entrega suele lograrse en menos de una hora.',
      checklist: ['Espere: su servidor lo reintenta por sí solo. Solo si el mensaje no llega nunca, compruebe que su servidor reintenta el correo aplazado.'],
    },
    'delivery-timeout': {
      explanation:
        'Su servidor de correo recibió fallos temporales una y otra vez del servidor del destinatario (o no pudo conectar con él) y se detuvo al acabar su periodo de reintentos, a menudo de varios días.',
      checklist: [
        'Compruebe si los servidores de correo del destinatario están accesibles.',
        'Vuelva a enviar más tarde; si sigue fallando, contacte con el destinatario por otra vía.',
      ],
    },
    network: {
      explanation:
        'El servidor de correo del destinatario no se encontró en el DNS, rechazó la conexión o no respondió a tiempo. Puede estar caído o mal configurado, o puede haber un cortafuegos en medio.',
      checklist: [
        'Consulte los servidores de correo del dominio del destinatario.',
        'Espere y deje que su servidor lo reintente; si sigue fallando, avise al destinatario por otra vía.',
        'Compruebe que las conexiones salientes al puerto 25 están permitidas.',
      ],
    },
    'remote-error': {
      explanation:
        'El sistema receptor falló al procesar el mensaje (un disco lleno, un error interno, un programa de entrega caído). El problema está del lado del destinatario.',
      checklist: ['Vuelva a enviar más tarde.', 'Avise al destinatario si sigue fallando, para que su administrador lo revise.'],
    },
    protocol: {
      explanation:
        'El servidor receptor rechazó un comando o su sintaxis (un error del protocolo SMTP). Suele deberse a un script, un dispositivo o un servidor mal configurado del lado que envía.',
      checklist: [
        'Use una biblioteca de correo mantenida en el script o la aplicación que envió esto, y revise lo que envía.',
        'Revise su servidor o cortafuegos por si algo altera la conversación SMTP.',
      ],
    },
    'auto-reply': {
      explanation: 'El destinatario (o su sistema) respondió automáticamente, por ejemplo con un aviso de ausencia. Su mensaje se entregó.',
      checklist: ['Lea en la respuesta la fecha de vuelta de la persona u otro contacto; no hay nada que corregir.'],
    },
    complaint: {
      explanation:
        'Es un informe del circuito de quejas: un proveedor de correo le informa de que uno de sus usuarios pulsó «Es spam» en su mensaje. Las quejas dañan su reputación rápidamente.',
      checklist: [
        'Deje de escribir a la persona que se quejó (dela de baja).',
        'Facilite la baja (List-Unsubscribe con un clic) y envíe solo lo que la gente pidió.',
      ],
      prevention: REPUTATION_PREVENTION,
    },
    delivered: {
      explanation: 'El informe dice que el mensaje se entregó, se retransmitió o se expandió, no que fallara.',
      checklist: ['Guarde este aviso si lo pidió (un acuse de entrega); no hay nada que corregir.'],
    },
    unknown: {
      explanation: 'El servidor receptor no dio un motivo que Bounce Doctor reconozca. La respuesta completa de abajo es la mejor pista.',
      checklist: [
        'Busque en la respuesta de abajo una referencia, un enlace o el nombre de una regla.',
        'Vuelva a enviar una vez; si falla igual, pida al destinatario por otra vía que lo consulte con su administrador.',
      ],
    },
  },
  rules: {
    'fact.unconfirmed-unknown': {
      explanation:
        'El servidor del destinatario respondió que no conoce la dirección, pero no lo confirmó como hacen los servidores con una dirección inexistente (un estado 5.1.1, en el paso RCPT TO). Los filtros de spam y los ajustes de bloqueo de los destinatarios rechazan a menudo con estas mismas palabras, así que o la dirección no existe o el lado del destinatario rechaza su correo.',
      checklist: [
        'Compare la dirección, para detectar erratas, con una que sepa que funciona (una firma, una respuesta anterior).',
        'Pregunte al destinatario por otra vía (teléfono, otra dirección) si la dirección es correcta y si bloquea o filtra a remitentes como usted.',
        'Quite la dirección de sus listas cuando se confirme que es errónea o ya no existe; pida al destinatario que permita su dirección si es correcta.',
      ],
      prevention: ['Ponga en una lista de vigilancia las direcciones que rebotan así: si la misma dirección vuelve a rebotar, elimínela.'],
    },
    'fact.delay-without-cause': {
      explanation:
        'Es un aviso, no un fallo: su servidor de correo aún no ha conseguido entregar el mensaje al servidor de {recipientDomain} y sigue intentándolo por su cuenta. El aviso no dice por qué; normalmente el servidor receptor no está accesible, va lento o está aplazando el correo un tiempo.',
      checklist: [
        'Espere, y no mande el mensaje otra vez todavía: podría llegar dos veces.',
        'Compruebe que los servidores de correo del dominio del destinatario existen y responden.',
        'Lea el aviso de fallo definitivo, si llega: suele decir por qué.',
      ],
    },
    'recipient.suppressed': {
      explanation:
        'Su servicio de envío ni siquiera intentó entregar este mensaje: la dirección ya rebotó antes (o su titular marcó su correo como spam), así que el servicio la mantiene en una lista de supresión y se niega a enviarle, para proteger su reputación como remitente. Esta vez no se consultó al servidor receptor.',
      checklist: [
        'Busque la dirección en la lista de supresión (o de rebotes) de su servicio de envío: muestra el rebote original, su respuesta y su fecha.',
        'Quite también la dirección de sus propias listas, si aquel primer rebote decía que no existe.',
        'Saque la dirección de la lista de supresión solo cuando el destinatario confirme que funciona, y luego envíe.',
      ],
      prevention: ['Quite de sus listas las direcciones con rebote definitivo en cuanto reboten, para que el servicio nunca tenga que suprimirlas.'],
    },
    'service.test-mode': {
      explanation:
        "Su servicio de envío no envió este mensaje: la cuenta o el dominio desde el que envió sigue en un modo de prueba (un dominio sandbox, una dirección de prueba, una cuenta pendiente de aprobación), que solo entrega a direcciones que usted autorizó o a las suyas. No se consultó al servidor del destinatario.",
      checklist: [
        "Envíe desde su propio dominio, añadido y verificado en su servicio de envío, en lugar de su dominio sandbox o de prueba.",
        "Para probar antes, añada el destinatario a los destinatarios autorizados (verificados) del servicio.",
        "Si su cuenta espera aprobación, complete la revisión del servicio; hasta entonces, envíe solo a direcciones de su propio dominio.",
      ],
      prevention: ["Verifique su propio dominio de envío antes de enviar a destinatarios reales."],
    },
    'service.account-hold': {
      explanation:
        "Su servicio de envío no envió este mensaje: ha pausado, suspendido o cerrado el envío para su cuenta, su dominio o su plan (tras revisar sus envíos, por un plan impago o vencido, una cuenta aún no aprobada o un límite del servicio). No se consultó al servidor del destinatario, y la dirección del destinatario no tiene la culpa.",
      checklist: [
        "Inicie sesión en el panel de su servicio de envío y lea su aviso sobre su cuenta, dominio o plan; el soporte del servicio puede decirle por qué dejó de enviar.",
        "Si menciona quejas o rebotes, quite las direcciones que rebotaron o se quejaron y revise cómo se suscriben las direcciones antes de pedir que se levante la pausa.",
        "Cuando el servicio vuelva a enviar por usted, envíe el mensaje de nuevo.",
      ],
      prevention: ["Mantenga bajas las tasas de rebote y de quejas y su plan al día: los servicios de envío pausan las cuentas que superan sus límites."],
    },
    'service.sender-unverified': {
      explanation:
        "Su servicio de envío no envió este mensaje: la dirección desde la que envió, o su dominio, no está verificada en su cuenta allí (o no en la cuenta, el proyecto o la región de su clave o su inicio de sesión), y un servicio de envío solo envía desde direcciones y dominios cuya propiedad usted ha demostrado. No se consultó al servidor del destinatario, y la dirección del destinatario no tiene la culpa.",
      checklist: [
        "Abra la lista de remitentes o dominios verificados de su servicio de envío y compruebe que la dirección de envío que usó, o su dominio, figura allí y está verificada, en la misma cuenta, proyecto y región que la clave o el inicio de sesión de su aplicación.",
        "Si falta o aún no está verificada, agréguela y verifíquela: confirme la dirección desde el mensaje del servicio, o publique los registros DNS que el servicio indica para el dominio (por lo general DKIM y un registro TXT o CNAME), y espere a que aparezca como verificada.",
        "Haga que su aplicación envíe exactamente desde esa dirección verificada (mismo dominio, sin errores) y luego envíe el mensaje de nuevo.",
      ],
      prevention: ["Verifique cada dirección o dominio en su servicio de envío antes de que su aplicación envíe desde él, y mantenga la dirección de envío en un solo lugar de su configuración."],
    },
    'auth.helo': {
      explanation:
        'Un servidor o programa que se conecta para entregar correo se presenta primero con un nombre (el comando HELO o EHLO). El servidor receptor rechazó ese nombre: no era un nombre de dominio completo (un simple «localhost», el nombre corto de un equipo, un nombre privado como «server.local»), estaba mal formado, no existe en el DNS, no pertenece a la dirección IP desde la que se conectó{ipClause}, o era el propio nombre del servidor receptor. Los estándares del correo piden el nombre de dominio completo del remitente (o su dirección IP entre corchetes), y los receptores rechazan lo demás como señal de software de spam. Su mensaje, su dirección y la del destinatario no tienen la culpa.',
      checklist: [
        'Compruebe qué nombre envía su servidor o programa: el rechazo suele citarlo (entre ángulos, o después de HELO o EHLO); «localhost», «localhost.localdomain», una sola palabra o un nombre interno es la causa habitual.',
        'Configúrelo con el nombre público completo de su servidor de correo, que exista en el DNS y apunte a la dirección IP desde la que envía: myhostname (o smtp_helo_name) de Postfix, primary_hostname (o helo_data del transporte smtp) de Exim, confDOMAIN_NAME de Sendmail, el FQDN de un conector de envío de Exchange.',
        'Configure el nombre que envía la biblioteca de correo de una aplicación, si fue una aplicación la que envió el mensaje: Hostname de PHPMailer, la opción name de Nodemailer, local_hostname del smtplib de Python, mail.smtp.localhost de JavaMail, LocalDomain de MailKit.',
        'Compruebe que el DNS inverso de la dirección IP devuelve el mismo nombre: algunos receptores comparan ambos.',
        'Envíe este rebote a su proveedor de correo o de hosting si el servidor es suyo: le toca a él corregir el nombre con el que se presenta.',
      ],
      prevention: ['Dé a cada servidor y aplicación que envía correo su nombre de host completo y resoluble en su configuración de correo, en lugar del nombre predeterminado del equipo.'],
    },
    'tenant.unregistered-domain': {
      explanation:
        'Microsoft 365 (Exchange Online), que envía el correo de su organización, no envió este mensaje: el dominio del que procedía no es uno de los dominios aceptados de su organización (agregados y verificados en Microsoft 365). Microsoft deja pasar un poco de correo de esos dominios y bloquea más, normalmente correo que una aplicación, un dispositivo o su propio servidor retransmite por Microsoft 365 con una dirección de remitente de otro dominio. No se consultó al servidor del destinatario, y la dirección del destinatario no tiene la culpa; solo un administrador de su organización de Microsoft 365 puede levantar este bloqueo.',
      checklist: [
        'Agregue el dominio de la dirección de remitente a su organización de Microsoft 365 (centro de administración: Configuración, Dominios), verifíquelo con el registro TXT que le da Microsoft y envíe el mensaje de nuevo; si no es administrador allí, envíele este informe.',
        'Revise el conector por el que retransmiten su propio servidor, sus aplicaciones o dispositivos, si hay uno: el certificado de un conector basado en certificado debe ser de uno de sus dominios aceptados y verificados.',
        'Revise los conectores de su organización en busca de alguno que nadie haya creado a propósito, y sus cuentas en busca de señales de compromiso: los conectores que un atacante agrega para enviar spam a través de su organización también causan este bloqueo.',
      ],
      prevention: ['Agregue y verifique en Microsoft 365 cada dominio desde el que envía su organización, incluidos los de aplicaciones y dispositivos que retransmiten por él, antes de que salga correo de ellos.'],
    },
    'sender.login-mismatch': {
      explanation:
        'El servidor por el que envía (el de su proveedor de correo, o el suyo propio) rechazó la dirección de remitente (From) de este mensaje: la cuenta con la que su programa inició sesión no puede enviar con esa dirección. Los servidores lo comprueban para que una cuenta no pueda enviar en nombre de otra (la comprobación de remitente de Postfix, el permiso «Enviar como» de Microsoft 365, los alias de Gmail, Zoho y otros proveedores). No se consultó al servidor del destinatario, y la dirección del destinatario no tiene la culpa.',
      checklist: [
        'Envíe desde la dirección de la cuenta con la que inicia sesión, o inicie sesión con la cuenta a la que pertenece la dirección de remitente.',
        'Dé a su cuenta el derecho de enviar con la otra dirección si lo necesita (un alias, un buzón compartido, una dirección no-reply): añádala como alias o dirección «Enviar como» en su proveedor, conceda «Enviar como» en Microsoft 365, o asóciela al inicio de sesión en su propio servidor (Postfix: smtpd_sender_login_maps).',
        'Haga que la dirección de remitente de una aplicación sea la propia de su inicio de sesión (o una que pueda usar), y ponga cualquier otra dirección en Reply-To.',
      ],
      prevention: ['Mantenga juntos, en los ajustes de cada aplicación, su inicio de sesión y su dirección de remitente, y cámbielos a la vez.'],
    },
    'mta.mail-loop': {
      explanation:
        'El servidor de correo que gestionó el mensaje buscó dónde recibe correo {recipientDomain} y se encontró a sí mismo: el registro MX del dominio (o el relay que debe usar) apunta a ese mismo servidor, pero el servidor no está configurado para recibir correo de ese dominio. En lugar de enviarse el mensaje a sí mismo en bucle, desistió. Es un error de configuración en ese servidor o en el DNS del dominio; puede que la dirección en sí esté bien.',
      checklist: [
        'Consulte dónde recibe correo el dominio del destinatario.',
        'Si es su propio servidor, añada el dominio a los dominios para los que recibe correo (Postfix: mydestination, o virtual_mailbox_domains / virtual_alias_domains; Sendmail: local-host-names), o haga que el registro MX apunte al servidor que de verdad tiene los buzones. Detrás de NAT o de un proxy, indique la dirección pública en proxy_interfaces de Postfix.',
        'Si el servidor no es suyo, envíe este rebote a quien lo gestiona (su proveedor de alojamiento o de correo, o el del destinatario): la configuración del dominio allí es errónea.',
      ],
      prevention: ['Tras trasladar el correo de un dominio a otro servidor, actualice su registro MX y quite el dominio de los dominios locales del servidor antiguo.'],
    },
    'mta.hop-loop': {
      explanation:
        "Un servidor de correo en el camino detuvo el mensaje porque ya había pasado por demasiados servidores (demasiadas líneas Received: en su cabecera, o de nuevo la línea Delivered-To: del mismo buzón): estaba dando vueltas en un bucle. Lo habitual es que el correo del destinatario se reenvíe en círculo: una dirección o un dominio que reenvía a otro que lo devuelve, un reenvío que apunta a su propia dirección, o un dominio cuyo correo va y viene entre dos servicios (por ejemplo, un proveedor antiguo y uno nuevo, o Microsoft 365 y un servidor propio) que se lo envían el uno al otro. Con menos frecuencia el bucle está del lado que envía, entre sus propios servidores o en un reenvío que usted configuró. Enviarlo de nuevo solo vuelve a dar vueltas hasta que se corrija el enrutamiento; la dirección del destinatario puede estar bien.",
      checklist: [
        "Lea en el aviso por qué servidores pasó el mensaje (sus líneas Received:, o el servidor que nombra la respuesta): los nombres que se repiten muestran dónde está el bucle.",
        "Avise al destinatario por otra vía de que el correo a esta dirección da vueltas en un bucle: hay que corregir sus reglas de reenvío, sus alias o el enrutamiento del correo de su dominio (registros MX y conectores).",
        "Si el bucle está entre servidores suyos, revise los reenvíos y alias de la dirección y adónde envía cada servidor el correo del dominio (Postfix: relayhost, transport_maps, virtual_alias_maps; Exchange o Microsoft 365: conectores y dominios aceptados), para que el correo termine en un solo buzón.",
        "Envíe el mensaje de nuevo cuando el bucle esté corregido: no se entregó.",
      ],
      prevention: ["Cuando traslade el correo de un dominio a otro proveedor o configure un reenvío, envíe un mensaje de prueba y compruebe que llega una sola vez, al buzón que espera."],
    },
    'blocklist.lookup-error': {
      explanation:
        "El servidor receptor consultó la lista de bloqueo de Spamhaus por la dirección IP de su servidor o por su dominio, pero Spamhaus no respondió con una inclusión en la lista sino con un código de error: porque la consulta llegó a través de un resolvedor DNS público o compartido (como 8.8.8.8, 1.1.1.1 o el de un gran proveedor), porque el servidor hizo demasiadas consultas, o porque buscó una dirección IP en una lista de nombres de dominio. Spamhaus pide que estas respuestas de error nunca se usen para rechazar correo, pero el servidor receptor la trató como una inclusión. Esta respuesta no dice nada contra su dirección IP, su dominio o su mensaje; el fallo está en la configuración del servidor receptor, y solo su administrador puede corregirlo.",
      checklist: [
        "Consulte su dirección IP y su dominio en el verificador de Spamhaus si quiere estar seguro: el rechazo en sí no dice que usted esté en la lista.",
        "Avise al destinatario por otra vía de que su servidor de correo rechaza mensajes por errores en sus propias consultas a Spamhaus, y pase esta respuesta a su administrador.",
        "Si el servidor que rechazó es suyo, haga que sus consultas a listas de bloqueo pasen por un resolvedor propio (un resolvedor recursivo local como Unbound, no uno público ni el compartido de su proveedor) o use una clave del Spamhaus Data Query Service; en Postfix, asigne las respuestas de error 127.255.255.x de forma que nunca rechacen.",
        "Envíe el mensaje de nuevo cuando lo hayan corregido: no se entregó.",
      ],
      prevention: ["Nada de su lado causa este error; si administra un servidor de correo, dé a sus consultas a listas de bloqueo un resolvedor propio."],
    },
    'auth.login-throttle': {
      explanation:
        'El servidor por el que envía no deja que su programa inicie sesión de nuevo por ahora: vio demasiados inicios de sesión suyos en poco tiempo, normalmente fallidos (una contraseña errónea o antigua, reintentada una y otra vez por un programa o un teléfono), o un programa que inicia sesión de nuevo para cada mensaje. El bloqueo se levanta solo al cabo de un rato. No se consultó a ningún servidor receptor, y la dirección del destinatario no tiene la culpa.',
      checklist: [
        'Compruebe el usuario y la contraseña del programa (para Gmail, una contraseña de aplicación o un inicio de sesión del programa con Google, no la contraseña normal de la cuenta), para que sus próximos intentos no vuelvan a fallar.',
        'Evite que el programa, o su servidor, intente iniciar sesión durante un rato (suele bastar una hora): cada intento fallido puede mantener el bloqueo.',
        'Haga que el programa envíe sus mensajes por una sola conexión y un solo inicio de sesión, en lugar de iniciar sesión de nuevo para cada mensaje.',
        'Envíe los mensajes de nuevo cuando el programa pueda iniciar sesión: no se enviaron.',
      ],
      prevention: ['Actualice la contraseña, o la contraseña de aplicación, en cada programa que envía por la cuenta cuando cambie, y deje que los programas reutilicen una conexión para muchos mensajes.'],
    },
    'account.sending-limit': {
      explanation:
        'El proveedor de correo, el hosting o el servicio de envío por el que envía limita cuánto puede enviar una cuenta en un período (un número de mensajes o de destinatarios por hora o por día; en un servicio de envío, por día o por mes según su plan), a veces para todo un dominio u organización, y su cuenta ha llegado a ese límite, así que su servidor no ha enviado este mensaje más allá: no se consultó a ningún servidor receptor, y la dirección del destinatario no tiene la culpa. El límite se levanta solo cuando termina su período; hasta entonces, cada mensaje, también uno enviado otra vez, se retiene igual.',
      checklist: [
        'Espere a que el límite se restablezca y luego vuelva a enviar el mensaje, con los demás rechazados con él: no se enviaron. La respuesta o la página de límites de su proveedor dice cuándo: en una hora para un límite por hora, hasta 24 horas para uno diario (Gmail cuenta las últimas 24 horas, no el día natural).',
        'Compruebe a cuántos destinatarios envió, no solo cuántos mensajes: la mayoría de los proveedores cuentan cada dirección de un mensaje contra el límite, en Para, CC y CCO por igual, así que un mensaje a 200 personas gasta 200.',
        'Busque en su bandeja de salida y en los enviados mensajes que salen una y otra vez o que usted no escribió: un mensaje atascado que un teléfono o programa reintenta, un script en bucle o una contraseña robada agota el límite, y los proveedores pueden suspender una cuenta que lo supera una y otra vez.',
        'Si necesita enviar más con regularidad, pida a su proveedor o servicio de envío un límite o plan mayor, y envíe boletines y otros envíos masivos por un servicio de envío de correo: los límites de una cuenta de buzón están pensados para el correo de una persona.',
      ],
      prevention: ['Mantenga los envíos masivos y las notificaciones automáticas fuera de las cuentas de buzón personales y de oficina, y compare el número de destinatarios de un envío grande con el límite diario de su cuenta antes de empezarlo.'],
    },
    'auth.sasl-mechanism': {
      explanation:
        'Su servidor de correo (o programa) tiene usuario y contraseña para el servidor por el que envía, pero no pudo iniciar sesión: entre los métodos de inicio de sesión que ofrecía ese servidor (PLAIN, LOGIN, CRAM-MD5…), no había ninguno que su lado pudiera o quisiera usar. Normalmente la conexión no estaba cifrada y el servidor solo lista sus métodos después de STARTTLS, o su lado no envía una contraseña en texto claro (Postfix, por defecto, no lo hace); o no están instalados los complementos de la biblioteca SASL para esos métodos; o un filtro de la configuración no deja ninguno. La contraseña nunca se probó, así que puede ser correcta; no se consultó a ningún servidor receptor, y la dirección del destinatario no tiene la culpa.',
      checklist: [
        'Active el cifrado de la conexión con ese servidor (STARTTLS en el puerto 587, o TLS desde el inicio en el 465): la mayoría de los servidores solo listan sus métodos de inicio de sesión en una conexión cifrada. En Postfix, configure smtp_tls_security_level = encrypt para él.',
        'Si su servidor es Postfix, déjelo usar los métodos que el servidor ofrece en esa conexión cifrada: smtp_sasl_tls_security_options = noanonymous (el valor por defecto de ambos ajustes de seguridad, noplaintext, noanonymous, rechaza PLAIN y LOGIN), y ningún smtp_sasl_mechanism_filter que los deje todos fuera.',
        'Instale los complementos de la biblioteca SASL para esos métodos si faltan («No worthy mechs found»): libsasl2-modules en Debian y Ubuntu, cyrus-sasl-plain y cyrus-sasl-md5 en Red Hat, Fedora y CentOS; luego recargue Postfix.',
        'Compruebe qué métodos ofrece el servidor: una vez conectado, escriba EHLO y un nombre, y lea la línea que empieza por 250-AUTH.',
        'Si fue una aplicación la que lo envió, active STARTTLS (o TLS en el puerto 465) en su configuración de correo: su biblioteca busca un método en común con el servidor solo entre los que el servidor lista.',
      ],
      prevention: ['Exija cifrado en cada conexión en la que sus servidores y programas inician sesión, y mantenga instalados los complementos SASL con el servidor de correo.'],
    },
    'auth.login-refused': {
      explanation:
        "Su programa de correo, su aplicación o su servidor inició sesión en el servidor por el que envía (autenticación SMTP), y el servidor respondió que el inicio de sesión era incorrecto (el 535 de la RFC 4954, «authentication credentials invalid»). Lo más frecuente es que la contraseña sea incorrecta o haya cambiado, que el usuario no sea la dirección de correo completa que espera el proveedor, o que la cuenta tenga verificación en dos pasos y necesite una contraseña de aplicación (Gmail, iCloud, Yahoo) o un inicio de sesión a través del proveedor (OAuth) en lugar de la contraseña propia de la cuenta; algunos proveedores desactivan del todo el inicio de sesión con contraseña para programas de correo (Outlook.com y Hotmail desde septiembre de 2024, SMTP AUTH en Microsoft 365 y sus valores predeterminados de seguridad). Demasiados intentos fallidos pueden bloquear los inicios de sesión un tiempo. No se envió nada, y la dirección del destinatario no tiene la culpa.",
      checklist: [
        "Revise el usuario y la contraseña en la configuración de salida (SMTP) del programa: el usuario suele ser la dirección de correo completa; escriba de nuevo la contraseña y fíjese en un espacio al final o en un carácter que el archivo de configuración necesite entre comillas.",
        "Use una contraseña de aplicación si la cuenta tiene verificación en dos pasos (Gmail, iCloud y Yahoo la exigen para programas de correo), o deje que el programa inicie sesión a través del proveedor (OAuth) si lo ofrece: Outlook.com y Hotmail no aceptan otra cosa de los programas de correo.",
        "En Microsoft 365, compruebe que SMTP AUTH está permitido para el buzón (y no bloqueado por los valores predeterminados de seguridad), o envíe a través de Microsoft Graph.",
        "Inicie sesión en la cuenta en el sitio web del proveedor: una cuenta bloqueada, un cambio de contraseña obligatorio o una comprobación de seguridad detienen los inicios de sesión de los programas hasta que se resuelven.",
        "Envíe el mensaje de nuevo cuando el inicio de sesión funcione: no se envió.",
      ],
      prevention: ["Después de cambiar la contraseña de una cuenta o activar la verificación en dos pasos, actualice cada programa y dispositivo que envía a través de la cuenta."],
    },
    'microsoft.smtp-auth-off': {
      explanation:
        "El programa inició sesión en el servidor de salida de Microsoft 365 (Exchange Online) con usuario y contraseña, y Microsoft rechazó la forma de iniciar sesión, no necesariamente la contraseña: SMTP AUTH está desactivado para el buzón o para toda la organización (lo predeterminado en las organizaciones nuevas), los valores predeterminados de seguridad de la organización o una directiva de acceso condicional bloquean los inicios de sesión con contraseña, o se aplica la retirada por parte de Microsoft del inicio de sesión con contraseña (Basic) para SMTP AUTH; una cuenta de Outlook.com o Hotmail solo acepta OAuth de los programas de correo desde septiembre de 2024. Escribir de nuevo la contraseña no sirve. No se envió nada, y la dirección del destinatario no tiene la culpa.",
      checklist: [
        "Pida a su administrador de Microsoft 365 que permita SMTP AUTH para este buzón (en el Centro de administración de Microsoft 365, en la configuración de correo del usuario, «SMTP autenticado», o con Set-CASMailbox -SmtpClientAuthenticationDisabled $false), si la organización lo permite.",
        "Haga que el programa inicie sesión con OAuth (autenticación moderna) si lo admite para SMTP: Microsoft está retirando el inicio de sesión con contraseña para SMTP AUTH en Exchange Online, y Outlook.com y Hotmail no aceptan otra cosa.",
        "Compruebe si los valores predeterminados de seguridad o una directiva de acceso condicional bloquean la autenticación heredada (con contraseña) de la cuenta: detienen SMTP AUTH con contraseña aunque esté permitido para el buzón.",
        "Si el programa no admite OAuth (una impresora, un escáner, una aplicación antigua), envíe a través del relay con conector o del envío directo de Microsoft 365, o de un servicio de envío, en lugar de iniciar sesión en smtp.office365.com.",
        "Vuelva a enviar el mensaje cuando el programa pueda iniciar sesión: no se envió.",
      ],
      prevention: ["Configure los dispositivos y las aplicaciones que envían a través de Microsoft 365 con OAuth o con un relay con conector, no con una contraseña."],
    },
    'tls.starttls-first': {
      explanation:
        "El servidor por el que envía el programa (su servidor de salida, o el siguiente servidor de correo) solo acepta correo por una conexión cifrada, y el programa envió sus órdenes en texto claro sin iniciar antes el cifrado (la orden STARTTLS, RFC 3207). Es un ajuste del programa o del servidor que envió el mensaje: el cifrado está desactivado o configurado para el puerto equivocado. Ningún servidor de correo juzgó el mensaje en sí, y la dirección del destinatario no tiene la culpa.",
      checklist: [
        "Active el cifrado en la configuración de salida (SMTP) del programa: STARTTLS en el puerto 587 (o 25), o TLS desde el principio (a menudo llamado SSL) en el puerto 465.",
        "Compruebe cómo llama a ese ajuste la biblioteca de correo del programa: mail.smtp.starttls.enable=true en JavaMail, EMAIL_USE_TLS = True en Django, SMTPSecure = 'tls' en PHPMailer, requireTLS: true en Nodemailer.",
        "Si un servidor de correo suyo reenvía el mensaje, haga que use STARTTLS hacia ese servidor (Postfix: smtp_tls_security_level = may, o encrypt para ese relay; Exim: hosts_require_tls en el transporte smtp).",
        "Vuelva a enviar el mensaje cuando el cifrado esté activado: no se envió.",
      ],
      prevention: ["Configure cada programa que envía correo para que cifre su conexión con el servidor de correo (STARTTLS en 587 o TLS en 465): la mayoría de los proveedores de correo rechazan inicios de sesión y correo en texto claro."],
    },
    'recipient.malformed': {
      explanation:
        "El servidor receptor rechazó la dirección del destinatario por cómo está escrita, no porque buscara el buzón: no tiene la forma nombre@dominio que exigen los estándares del correo (RFC 5321) — una @ que falta o está repetida, un espacio, una coma o un punto y coma, un nombre visible o comillas donde va la dirección, un punto al final, caracteres no permitidos o varias direcciones que un programa unió en un solo campo. Bien escrita, la dirección puede funcionar perfectamente.",
      checklist: [
        "Lea la dirección que cita la respuesta, o aquella a la que envió: busque un espacio, una coma o un punto y coma entre dos direcciones, una @ o un dominio que falta, un punto al final, o un nombre o comillas alrededor.",
        "Corrija la dirección donde se escribió o se guardó (la libreta de direcciones, el formulario, la base de datos o la configuración del programa) y vuelva a enviar el mensaje.",
        "Si un programa envió el mensaje, revise cómo construye la lista de destinatarios: una dirección por destinatario, no una lista ni un nombre y una dirección juntos en un campo, y ningún carácter que el estándar no permita.",
      ],
      prevention: ["Compruebe las direcciones al introducirlas (con la validación de un formulario o un correo de confirmación), para que una dirección mal escrita nunca llegue a un envío."],
    },
    'sender.malformed': {
      explanation:
        'El servidor rechazó la dirección de remitente que dio su servidor de correo o programa (en el comando MAIL FROM) porque no es una dirección completa de la forma nombre@dominio: un nombre suelto (el del programa, el nombre de usuario), el nombre propio de una máquina en lugar de un dominio real (root@localhost, www-data@ubuntu, el ID de un contenedor), un nombre visible o un texto codificado en el lugar de la dirección, o un error de escritura. Es un ajuste del programa o del servidor que envió el mensaje, no de su cuenta ni del DNS de su dominio, y la dirección del destinatario no tiene la culpa.',
      checklist: [
        'Lea la dirección que cita la respuesta (entre ángulos, o después del código): es lo que su programa o servidor dio como remitente, y suele mostrar qué falta, la @ y un dominio, o un dominio real después del nombre propio de una máquina (root@localhost, pi@raspberrypi).',
        'Configure la dirección de remitente («from») en los ajustes de correo del programa con una dirección completa de su dominio, desde la que su proveedor le deje enviar: no solo el nombre visible, no el nombre de usuario, no el usuario de la máquina.',
        'Si envía un servidor o un script en él (cron, una aplicación web con mail() de PHP, un contenedor), haga que complete con su dominio las direcciones que escribe: myorigin (o smtp_generic_maps) de Postfix, qualify_domain de Exim, el enmascaramiento (MASQUERADE_AS) de Sendmail, la opción -f o sendmail_from de PHP.',
        'Compruebe que el nombre y la dirección están separados: un nombre entre comillas o codificado (=?utf-8?…?=) en el lugar de la dirección, un espacio, un punto final o un carácter suelto en la dirección se rechaza igual.',
      ],
      prevention: ['Dé a cada servidor, contenedor y aplicación que envía correo una dirección de remitente completa de su propio dominio en sus ajustes de correo, en lugar de la predeterminada de la máquina.'],
    },
    'network.outbound-blocked': {
      explanation:
        "El servidor de correo que envió su mensaje (el suyo, o el de su proveedor de correo) no pudo abrir una conexión con los servidores de recepción de un gran proveedor de correo o servicio de filtrado (Gmail, Outlook.com, Yahoo, iCloud, GMX y similares) en el puerto 25, el puerto por el que los servidores entregan el correo: la conexión agotó el tiempo de espera, fue rechazada o no encontró ruta. Estos proveedores tienen varios servidores de recepción que responden a todas horas, así que cuando no se puede llegar a ninguno, la salida está casi siempre bloqueada en el lado que envía: Google Cloud bloquea el puerto 25 de salida, AWS y Azure lo restringen, DigitalOcean lo bloquea en las cuentas nuevas, muchos proveedores de internet domésticos y de oficina también lo bloquean, y un cortafuegos en el propio servidor puede hacer lo mismo. Si la dirección a la que no pudo llegar es IPv6 (escrita con dos puntos) y el motivo es «Network is unreachable», el servidor no tiene una ruta IPv6 que funcione. Ni la dirección del destinatario ni su proveedor tienen la culpa.",
      checklist: [
        "Envíe este aviso al soporte de su proveedor de correo, si envía a través de uno: su servidor no logró salir hacia el proveedor del destinatario, y solo el proveedor puede arreglarlo.",
        "Compruebe desde el servidor si puede llegar a algún servidor de correo en el puerto 25: si esta prueba contra los servidores de Gmail también agota el tiempo de espera o es rechazada, el bloqueo está en su lado, no en el del destinatario.",
        "Pregunte a su proveedor de hosting o de nube si bloquea el puerto 25 de salida y cómo abrirlo para un servidor que entrega su propio correo: Google Cloud bloquea el puerto 25, AWS y Azure lo restringen, DigitalOcean lo bloquea en las cuentas nuevas; los proveedores de internet domésticos también suelen bloquearlo.",
        "Envíe a través de un relay si el puerto 25 sigue cerrado: el servidor de su proveedor de correo o de un servicio de envío en el puerto 587 con inicio de sesión (en Postfix, relayhost = [smtp.example.com]:587 con autenticación SASL).",
        "Si la dirección a la que no pudo llegar tiene dos puntos (IPv6) y el motivo es «Network is unreachable», haga que el servidor use solo IPv4 (Postfix: inet_protocols = ipv4) o dele una ruta IPv6 que funcione.",
        "Revise el cortafuegos del propio servidor en busca de una regla que descarte las conexiones salientes al puerto 25 (iptables o nftables, ufw, un grupo de seguridad en la nube).",
      ],
      prevention: ["Antes de poner un servidor de correo en una máquina de nube o de hosting, compruebe que su proveedor le deja enviar por el puerto 25, o configúrelo desde el principio para reenviar a través de un servicio de envío."],
    },
    'list.held': {
      explanation:
        'La lista de correo no rechazó su mensaje: lo retiene hasta que un moderador lo revise, por el motivo que da el aviso (no es miembro, la lista está moderada, el mensaje tiene muchos destinatarios o una cabecera que la lista vigila). El moderador lo dejará salir a la lista o lo rechazará, y la lista le avisa si lo rechaza. Su servidor de correo y su dirección no tienen la culpa, y no hay que enviar nada de nuevo.',
      checklist: [
        'Espere la decisión del moderador y no envíe el mensaje de nuevo: una segunda copia también quedaría retenida, y podrían salir las dos.',
        'Escriba desde la dirección con la que se suscribió, si es miembro de la lista: un mensaje desde otra dirección suya se retiene como el de alguien que no es miembro.',
        'Pida al propietario de la lista que permita escribir a su dirección, o suscríbase, si quiere que sus mensajes salgan sin esperar a un moderador.',
        'Use el enlace del aviso para cancelar el envío, si ya no quiere que salga.',
      ],
      prevention: ['Escriba a las listas de correo desde la dirección con la que se suscribió.'],
    },
    'client.tls': {
      explanation:
        'El programa que envió este mensaje (una aplicación, un script, un cliente de correo o un servidor de correo propio) llegó al servidor de correo al que enviaba, pero los dos no pudieron establecer una conexión cifrada (TLS), así que no se envió nada. Normalmente el puerto y la configuración de cifrado no casan (el puerto 465 espera TLS desde el primer byte; 587 y 25 empiezan sin cifrar y cambian con STARTTLS), el certificado del servidor no es válido para el nombre al que se conectó el programa (una dirección IP o un alias en lugar del nombre del certificado), ha caducado o es autofirmado, el servidor no ofrece cifrado en ese puerto, o el sistema del programa es demasiado antiguo para las versiones de TLS y las autoridades de certificación del servidor. Ningún servidor rechazó el mensaje, y la dirección del destinatario no tiene la culpa.',
      checklist: [
        'Compruebe que el puerto y la configuración de cifrado casan: 465 con TLS desde el principio (a menudo llamado SSL), 587 con STARTTLS. «Wrong version number», «unrecognized SSL message» o una negociación que falla al instante suele significar que uno está configurado para el otro.',
        'Compruebe que el programa usa el nombre de servidor que figura en el certificado del servidor, el que indica su proveedor de correo, y no una dirección IP, «localhost» u otro alias del servidor.',
        'Compruebe el certificado que ofrece el servidor, desde el equipo donde se ejecuta el programa (con el nombre del servidor y el puerto del programa): debe ser válido hoy y estar emitido para ese nombre.',
        'Pida a quien administra el servidor de correo que renueve un certificado caducado o sustituya uno autofirmado, si es lo que ofrece; desactive la comprobación de certificados en el programa solo para una prueba, nunca para correo real.',
        'Actualice las autoridades de certificación de confianza y el entorno de ejecución en el equipo del programa (los certificados CA del sistema, OpenSSL, Java, .NET, PHP) si el certificado es válido y el error sigue, o si el error nombra una versión de protocolo: a los sistemas antiguos les faltan las autoridades actuales y TLS 1.2 o 1.3.',
      ],
      prevention: ['Configure los programas con el nombre de servidor, el puerto y el cifrado que indica su proveedor de correo, envíe un mensaje de prueba tras cada cambio y vigile la fecha de caducidad del certificado de su propio servidor.'],
    },
    'client.no-connection': {
      explanation:
        'El programa que envió este mensaje (una aplicación, un script, un cliente de correo o un servidor de correo propio) no pudo conectarse al servidor de correo al que enviaba: el nombre del servidor no se resolvió, la conexión fue rechazada o agotó el tiempo de espera, o se cortó antes de que el servidor respondiera. Ningún servidor de correo rechazó el mensaje, y la dirección del destinatario no tiene la culpa. La causa suele estar del lado del envío: un nombre de servidor, un puerto o un ajuste de cifrado erróneos, ningún servidor de correo donde el programa lo busca (como localhost), o un cortafuegos o un proveedor de alojamiento que bloquea los puertos de correo salientes.',
      checklist: [
        'Compare los ajustes de servidor de correo del programa con los de su proveedor: el nombre del servidor (sin erratas, espacios ni comillas), el puerto y el cifrado que le corresponde (587 con STARTTLS, 465 con TLS desde el inicio). Un rechazo desde localhost o 127.0.0.1 significa que no hay ningún servidor de correo en esa máquina.',
        'Desde la máquina donde se ejecuta el programa, compruebe que el nombre del servidor se resuelve y que su puerto responde (por ejemplo con nc -vz, o Test-NetConnection en Windows, con el nombre del servidor y el puerto).',
        'Si la conexión agota el tiempo de espera, pregunte a su proveedor de alojamiento o de nube si bloquea los puertos de correo salientes: Google Cloud bloquea el puerto 25, AWS y Azure lo restringen, DigitalOcean lo bloquea en las cuentas nuevas. Envíe en su lugar a través de su proveedor de correo por el puerto 587 o 465, o pida que levanten el bloqueo.',
        'Envíe el mensaje de nuevo cuando el programa logre conectarse: no se envió.',
      ],
      prevention: ['Tras cambiar los ajustes de correo del programa, o trasladarlo a otro servidor o red, envíe un mensaje de prueba.'],
    },
    'sendmail.relay-mailer': {
      explanation:
        "El Sendmail de su servidor entrega el correo saliente a un relay (un smart host) y no pudo resolver el nombre de ese relay: la línea del registro dice que entregaba el mailer relay (mailer=relay) y nombra el host que no encontró. La dirección y el dominio del destinatario no tienen la culpa; el mensaje no ha salido de su servidor.",
      checklist: [
        "Revise que el nombre del relay en su configuración de Sendmail (SMART_HOST en sendmail.mc, la línea DS de sendmail.cf) no tenga errores.",
        "Compruebe que su servidor puede resolver ese nombre (su configuración de DNS, /etc/hosts).",
        "Después, regenere sendmail.cf, reinicie Sendmail y vuelva a procesar la cola (sendmail -q).",
      ],
      prevention: ["Tras cambiar el nombre del relay o la configuración de DNS de su servidor, envíe un mensaje de prueba y lea el registro de correo."],
    },
    'fact.temporary-domain': {
      explanation:
        'Al buscar dónde recibe el correo {recipientDomain} se obtuvo «no existe el dominio» esta vez, y su servidor lo trata como temporal: lo intentará de nuevo. Pasa con un dominio recién registrado o cambiado, o con una caída del DNS; también con un dominio mal escrito, que seguirá fallando.',
      checklist: [
        'Revise cómo está escrito el dominio (la parte después de la @).',
        'Consulte el dominio usted mismo.',
        'Deje que su servidor siga intentándolo si el dominio es correcto; si está mal escrito, escriba a la dirección correcta.',
      ],
    },
  },
  finals: {
    'rate-limit': {
      explanation:
        'Ha enviado más mensajes, destinatarios o conexiones de los que el servidor receptor (o su propio proveedor) permite en un periodo, y este mensaje fue rechazado, no aplazado: no se volverá a intentar. El límite se restablece al acabar su periodo, a menudo una hora o un día.',
      checklist: [
        'Espere a que el límite se restablezca (la respuesta o la página de límites de su proveedor dice cuándo; a menudo una hora o un día) y luego envíe el mensaje de nuevo.',
        'Reparta los envíos grandes en el tiempo y mantenga pocos destinatarios por mensaje.',
        'Revise los límites de envío de su proveedor, y su cuenta por si hay envíos inesperados, si se alcanzó su cuota.',
      ],
      prevention: REPUTATION_PREVENTION,
    },
    network: {
      explanation:
        'El servidor de correo del destinatario no se encontró en el DNS, rechazó la conexión o no respondió a tiempo, y su servidor dejó de intentarlo: este mensaje no se entregó. El servidor puede estar caído o mal configurado, o puede haber un cortafuegos en medio.',
      checklist: [
        'Consulte los servidores de correo del dominio del destinatario.',
        'Envíe el mensaje de nuevo más tarde; si sigue fallando, avise al destinatario por otra vía.',
        'Compruebe que las conexiones salientes al puerto 25 están permitidas.',
      ],
    },
    greylisting: {
      explanation:
        'El servidor receptor aplazó su mensaje con greylisting cada vez que su servidor lo intentó, y su servidor dejó de intentarlo: este mensaje no se entregó. El greylisting deja pasar un mensaje cuando el mismo servidor lo reintenta tras unos minutos; sigue aplazándolo cuando cada intento llega desde otro servidor o dirección IP de un grupo, cuando cada intento usa una nueva dirección de remitente del sobre, o cuando los reintentos se detienen demasiado pronto.',
      checklist: [
        'Envíe el mensaje de nuevo.',
        'Asegúrese de que su servidor reintente el correo aplazado desde la misma dirección IP de salida y con el mismo remitente del sobre (Return-Path), durante al menos unas horas.',
        'Si se rechaza de nuevo, pida al administrador del destinatario que excluya su servidor de envío del greylisting.',
      ],
    },
  },
  programs: {
    'rate-limit': {
      explanation:
        'Envió más mensajes, destinatarios o conexiones de los que el servidor receptor (o su propio proveedor) permite en un periodo, y aplazó este mensaje (una respuesta 4xx). El programa que lo notificó solo lo vuelve a enviar si guarda el correo fallido en una cola que reintenta. El límite se restablece tras su periodo, a menudo de unos minutos a una hora.',
      checklist: [
        'Envíe el mensaje de nuevo cuando el límite se restablezca (la respuesta o la página de límites de su proveedor puede decir cuándo), o deje que la cola del programa lo reintente; enviarlo de nuevo enseguida suma al recuento.',
        'Frene el programa: menos mensajes por conexión y por minuto, y menos destinatarios por mensaje.',
        'Revise los límites de envío de su proveedor, y su cuenta por envíos inesperados, si se alcanzó su cuota.',
      ],
      prevention: REPUTATION_PREVENTION,
    },
  },
  providerSteps: {
    'google:auth-required': ['Para una cuenta de Gmail o Google Workspace: inicie sesión con una contraseña de aplicación (requiere tener activada la verificación en dos pasos) o desde una aplicación que inicie sesión con Google (OAuth); Google ya no acepta la contraseña propia de la cuenta desde otros programas de correo.'],
    'microsoft:ip-blocklist': MICROSOFT_IP,
    'microsoft:reputation': MICROSOFT_IP,
    'google:reputation': GOOGLE_REPUTATION,
    'google:spam': GOOGLE_REPUTATION,
    'google:unauthenticated': GOOGLE_AUTH,
    'google:spf': GOOGLE_AUTH,
    'google:dkim': GOOGLE_AUTH,
    'google:dmarc': GOOGLE_AUTH,
    'yahoo:reputation': YAHOO_REPUTATION,
    'yahoo:rate-limit': YAHOO_REPUTATION,
    'yahoo:spam': YAHOO_REPUTATION,
    'yahoo:ip-blocklist': YAHOO_REPUTATION,
    'kddi:recipient-policy': [
      'Los teléfonos au rechazan el correo que la configuración antispam del propietario no permite (a menudo todo lo que llega de ordenadores o de dominios desconocidos): pida al destinatario que añada su dirección o dominio a sus remitentes permitidos (受信リスト) en la configuración de correo au.',
    ],
    'mimecast:spam': gatewayAllow('Mimecast', 'sus Permitted Senders'),
    'mimecast:policy': gatewayAllow('Mimecast', 'sus Permitted Senders'),
    'mimecast:content-policy': gatewayAllow('Mimecast', 'sus Permitted Senders'),
    'proofpoint:spam': gatewayAllow('Proofpoint', 'su lista de remitentes seguros'),
    'proofpoint:policy': gatewayAllow('Proofpoint', 'su lista de remitentes seguros'),
  },
  whoActs: {
    spf: { permanent: 'Usted: añada el servidor que envió esto al registro SPF de su dominio y vuelva a enviar', temporary: 'Usted: corrija el registro SPF de su dominio; mientras tanto su servidor sigue reintentando' },
    dkim: { permanent: 'Usted: active la firma DKIM para su dominio y vuelva a enviar', temporary: 'Usted: corrija la firma DKIM de su dominio; mientras tanto su servidor sigue reintentando' },
    dmarc: { permanent: 'Usted: haga que el servicio que envió esto supere SPF o DKIM para su dominio y vuelva a enviar', temporary: 'Usted: haga que el servicio de envío supere SPF o DKIM; mientras tanto su servidor sigue reintentando' },
    unauthenticated: { permanent: 'Usted: configure SPF y DKIM para su dominio y vuelva a enviar', temporary: 'Usted: configure SPF y DKIM para su dominio; mientras tanto su servidor sigue reintentando' },
    ptr: { permanent: 'Usted o quien gestione su servidor de correo: dé a la IP de envío un nombre DNS inverso y vuelva a enviar', temporary: 'Usted o quien gestione su servidor de correo: dé a la IP de envío un nombre DNS inverso; su servidor sigue reintentando' },
    'ip-blocklist': { permanent: 'Usted o su proveedor de correo: quite la causa y pida salir de la lista, luego vuelva a enviar', temporary: 'Usted o su proveedor de correo: quite la causa y pida salir de la lista; su servidor sigue reintentando' },
    'domain-blocklist': { permanent: 'Usted: quite del mensaje el dominio de la lista o pida su eliminación, luego vuelva a enviar', temporary: 'Usted: quite el dominio de la lista o pida su eliminación; su servidor sigue reintentando' },
    reputation: { permanent: 'Usted: envíe menos, y solo a quien quiera su correo', temporary: 'Usted: envíe menos durante un tiempo; su servidor sigue reintentando' },
    'rate-limit': { permanent: 'Usted: envíe menos de una vez y vuelva a enviar más tarde', temporary: 'Nadie por ahora: su servidor reintenta; usted: envíe menos de una vez' },
    spam: { permanent: 'Usted: cambie el mensaje y vuelva a enviar', temporary: 'Nadie por ahora: su servidor reintenta; si sigue fallando, usted: cambie el mensaje' },
    virus: { permanent: 'Usted: quite el adjunto peligroso y vuelva a enviar', temporary: 'Usted: quite el adjunto peligroso; mientras tanto su servidor sigue reintentando' },
    'content-policy': { permanent: 'Usted: envíe el archivo de otra forma (un enlace, otro formato)', temporary: 'Nadie por ahora: su servidor reintenta; si sigue fallando, usted: envíe el archivo de otra forma' },
    'message-size': { permanent: 'Usted: envíe un mensaje más pequeño (los archivos grandes como enlaces)', temporary: 'Nadie por ahora: su servidor reintenta; si sigue fallando, usted: envíe un mensaje más pequeño' },
    'message-format': { permanent: 'Usted o la aplicación que lo envió: corrija cómo se construye el mensaje', temporary: 'Usted o la aplicación que lo envió: corrija cómo se construye el mensaje; su servidor sigue reintentando' },
    'relay-denied': { permanent: 'Usted: revise la configuración de su servidor de salida y el dominio del destinatario', temporary: 'Usted: revise la configuración de su servidor de salida; su servidor sigue reintentando' },
    'auth-required': { permanent: 'Usted: inicie sesión en su servidor de salida (revise la configuración SMTP) y vuelva a enviar', temporary: 'Usted: revise el inicio de sesión en su configuración SMTP; su servidor sigue reintentando' },
    'tls-required': { permanent: 'Usted o el administrador del destinatario: arreglen la conexión cifrada, luego vuelva a enviar', temporary: 'Usted o el administrador del destinatario: arreglen la conexión cifrada; su servidor sigue reintentando' },
    'sender-rejected': { permanent: 'Usted: envíe desde una dirección que pueda usar', temporary: 'Usted: revise su dirección de remitente; su servidor sigue reintentando' },
    'recipient-unknown': { permanent: 'Usted: corrija la dirección o deje de escribirle', temporary: 'Nadie por ahora: su servidor reintenta; usted: revise la dirección' },
    'recipient-domain': { permanent: 'Usted: corrija el dominio o deje de escribirle', temporary: 'Nadie por ahora: su servidor reintenta; usted: revise cómo está escrito el dominio' },
    'mailbox-full': { permanent: 'El destinatario: liberar espacio — usted: intentarlo más tarde', temporary: 'El destinatario: liberar espacio — su servidor sigue reintentando' },
    'mailbox-disabled': { permanent: 'Usted: pida a la persona una dirección nueva y deje de escribir a esta', temporary: 'Nadie por ahora: su servidor reintenta; usted: pregunte a la persona si la dirección sigue funcionando' },
    'recipient-policy': { permanent: 'El destinatario: permitir su dirección — usted: pedírselo', temporary: 'El destinatario: permitir su dirección — su servidor sigue reintentando' },
    policy: { permanent: 'Usted: lea la respuesta; el administrador del destinatario puede decir qué regla lo rechazó', temporary: 'Nadie por ahora: su servidor reintenta; si sigue fallando, usted: pregunte al destinatario por otra vía' },
    greylisting: { permanent: 'Usted: envíe el mensaje de nuevo', temporary: 'Nadie: su servidor reintenta por sí solo' },
    'delivery-timeout': { permanent: 'Usted: revise la dirección y vuelva a enviar más tarde, o contacte con la persona por otra vía', temporary: STILL_TRYING },
    network: { permanent: 'El lado del destinatario: arreglar su servidor de correo — usted: volver a enviar más tarde', temporary: 'El lado del destinatario: arreglar su servidor de correo — su servidor sigue reintentando' },
    'remote-error': { permanent: 'El administrador del destinatario: arreglar su servidor — usted: intentarlo más tarde', temporary: 'El administrador del destinatario: arreglar su servidor — su servidor sigue reintentando' },
    protocol: { permanent: 'Usted o la aplicación que lo envió: corrija el programa de envío', temporary: 'Usted o la aplicación que lo envió: corrija el programa de envío; su servidor sigue reintentando' },
    'auto-reply': { permanent: 'Nadie: su mensaje se entregó', temporary: 'Nadie: su mensaje se entregó' },
    complaint: { permanent: 'Usted: deje de escribir a esta persona', temporary: 'Usted: deje de escribir a esta persona' },
    delivered: { permanent: 'Nadie: su mensaje se entregó', temporary: 'Nadie: su mensaje se entregó' },
    unknown: { permanent: 'Usted: lea la respuesta y luego pregunte al destinatario por otra vía', temporary: STILL_TRYING },
  },
  ruleWhoActs: {
    'recipient.suppressed': { permanent: 'Usted: consulte en la lista de supresión de su servicio de envío por qué la dirección rebotó antes; corríjala o deje de enviarle', temporary: 'Usted: consulte en la lista de supresión de su servicio de envío por qué la dirección rebotó antes' },
    'service.test-mode': { permanent: "Usted: envíe desde su propio dominio verificado o autorice al destinatario en su servicio de envío", temporary: "Usted: envíe desde su propio dominio verificado o autorice al destinatario en su servicio de envío" },
    'service.account-hold': { permanent: "Usted: pregunte a su servicio de envío por qué dejó de enviar para su cuenta o dominio, y pida que lo reanude", temporary: "Usted: pregunte a su servicio de envío por qué dejó de enviar para su cuenta o dominio, y pida que lo reanude" },
    'service.sender-unverified': { permanent: "Usted: verifique en su servicio de envío la dirección o el dominio desde el que envía y luego envíe de nuevo", temporary: "Usted: verifique en su servicio de envío la dirección o el dominio desde el que envía y luego envíe de nuevo" },
    'sender.login-mismatch': { permanent: 'Usted: envíe desde una dirección que su inicio de sesión pueda usar, u obtenga el derecho de enviar con esta', temporary: 'Usted: envíe desde una dirección que su inicio de sesión pueda usar, u obtenga el derecho de enviar con esta' },
    'tenant.unregistered-domain': { permanent: 'Usted o su administrador de Microsoft 365: agregue y verifique en Microsoft 365 el dominio desde el que envía', temporary: 'Usted o su administrador de Microsoft 365: agregue y verifique en Microsoft 365 el dominio desde el que envía' },
    'auth.helo': { permanent: 'Usted o quien administra el servidor de envío: haga que se presente con su nombre de dominio completo y envíe de nuevo', temporary: 'Usted o quien administra el servidor de envío: haga que se presente con su nombre de dominio completo; su servidor sigue reintentando' },
    'mta.mail-loop': { permanent: 'Quien gestiona ese servidor de correo: configúrelo para recibir el correo del dominio, o corrija el registro MX del dominio', temporary: 'Quien gestiona ese servidor de correo: configúrelo para recibir el correo del dominio, o corrija el registro MX del dominio' },
    'mta.hop-loop': { permanent: "El destinatario, o quien gestiona su correo: corrija el reenvío o el enrutamiento que hace el bucle — usted: avíseles y luego envíe de nuevo", temporary: "El destinatario, o quien gestiona su correo: corrija el reenvío o el enrutamiento que hace el bucle — su servidor sigue reintentando" },
    'blocklist.lookup-error': { permanent: "El administrador del destinatario: corrija sus consultas a listas de bloqueo — usted: avíseles y luego envíe de nuevo", temporary: "El administrador del destinatario: corrija sus consultas a listas de bloqueo — su servidor sigue reintentando" },
    'client.no-connection': { permanent: 'Usted o quien gestiona el programa: corrija sus ajustes de servidor de correo, o abra el camino a ese servidor', temporary: 'Usted o quien gestiona el programa: corrija sus ajustes de servidor de correo, o abra el camino a ese servidor' },
    'client.tls': { permanent: 'Usted o quien administra el programa: ajuste su puerto y su cifrado al servidor, o corrija el certificado del servidor', temporary: 'Usted o quien administra el programa: ajuste su puerto y su cifrado al servidor, o corrija el certificado del servidor' },
    'list.held': { permanent: 'El moderador de la lista: aprobar o rechazar — usted: nada que reenviar', temporary: 'El moderador de la lista: aprobar o rechazar — usted: nada que reenviar' },
    'auth.login-throttle': { permanent: 'Usted: corrija el inicio de sesión del programa y déjelo reposar un rato, luego envíe de nuevo', temporary: 'Usted: corrija el inicio de sesión del programa y déjelo reposar un rato, luego envíe de nuevo' },
    'account.sending-limit': { permanent: 'Usted: espere a que se restablezca el límite de envío de su cuenta y luego envíe de nuevo', temporary: 'Usted: espere a que se restablezca el límite de envío de su cuenta y luego envíe de nuevo' },
    'auth.sasl-mechanism': { permanent: 'Usted o quien administra el servidor de envío: cifre la conexión antes de iniciar sesión, o permita un método que el servidor ofrezca', temporary: 'Usted o quien administra el servidor de envío: cifre la conexión antes de iniciar sesión, o permita un método que el servidor ofrezca; su servidor sigue reintentando' },
    'auth.login-refused': { permanent: "Usted: corrija el inicio de sesión en la configuración de salida (SMTP) del programa y luego envíe de nuevo", temporary: "Usted: corrija el inicio de sesión en la configuración de salida (SMTP) del programa; su servidor sigue reintentando" },
    'microsoft.smtp-auth-off': { permanent: "Su administrador de Microsoft 365: permita SMTP AUTH para el buzón, o usted: cambie el programa a OAuth o a un relay, y luego envíe de nuevo", temporary: "Su administrador de Microsoft 365: permita SMTP AUTH para el buzón, o usted: cambie el programa a OAuth o a un relay; su servidor sigue reintentando" },
    'tls.starttls-first': { permanent: "Usted o quien gestiona el programa: active el cifrado (STARTTLS) en su configuración de correo y luego envíe de nuevo", temporary: "Usted o quien gestiona el programa: active el cifrado (STARTTLS) en su configuración de correo; su servidor sigue reintentando" },
    'recipient.malformed': { permanent: "Usted: corrija la dirección donde se escribió y luego envíe de nuevo", temporary: "Usted: corrija la dirección donde se escribió; su servidor sigue reintentando" },
    'sender.malformed': { permanent: 'Usted o quien administra el programa o el servidor: configure una dirección de remitente completa (nombre@su-dominio) en sus ajustes de correo y envíe de nuevo', temporary: 'Usted o quien administra el programa o el servidor: configure una dirección de remitente completa (nombre@su-dominio) en sus ajustes de correo; su servidor sigue reintentando' },
    'network.outbound-blocked': { permanent: "Quien administra el servidor de correo que envía (usted, su proveedor de hosting o su proveedor de correo): abra el puerto 25 de salida o reenvíe por el puerto 587, y luego envíe de nuevo", temporary: "Quien administra el servidor de correo que envía (usted, su proveedor de hosting o su proveedor de correo): abra el puerto 25 de salida o reenvíe por el puerto 587; el servidor sigue reintentando" },
    'sendmail.relay-mailer': { permanent: "Usted: corrija el nombre del relay en su configuración de Sendmail, o la resolución de nombres de su servidor", temporary: "Usted: corrija el nombre del relay en su configuración de Sendmail, o la resolución de nombres de su servidor" },
  },
  temporary: {
    lead: 'Es un retraso, no un fallo definitivo: el servidor receptor aplazó el mensaje (una respuesta 4xx), y su servidor sigue reintentando por su cuenta, normalmente durante unos días.',
    wait: 'Espere, y no mande el mensaje otra vez a mano: su servidor sigue reintentando, y una copia enviada ahora podría llegar dos veces.',
    ifFails: 'Si al final su servidor se rinde y llega un aviso de fallo, corrija lo que indique y luego vuelva a enviar.',
    programLead:
      'Es un rechazo temporal, no definitivo: el servidor receptor aplazó el mensaje (una respuesta 4xx) y pide que se vuelva a enviar más tarde. El programa que lo notificó solo lo reintenta si guarda el correo fallido en una cola que reintenta.',
    programWait: 'Deje que la cola del programa lo reintente, si tiene una; si no, envíe el mensaje de nuevo dentro de un rato (de unos minutos a una hora).',
    ownLead: 'Es un retraso, no un fallo definitivo: su propio servidor de correo retiene el mensaje y sigue reintentando por su cuenta, normalmente durante unos días.',
    finalWords: ['rechazado de nuevo', 'seguirán rechazando', 'vuelva a enviar', 'volver a enviar', 'no se entregó'],
  },
  registry: {
    '0.0': 'Otro estado no definido',
    '1.0': 'Otro estado de dirección',
    '1.1': 'Dirección de buzón de destino incorrecta',
    '1.2': 'Dirección de sistema de destino incorrecta',
    '1.3': 'Sintaxis de dirección de buzón de destino incorrecta',
    '1.4': 'Dirección de buzón de destino ambigua',
    '1.5': 'Dirección de destino válida',
    '1.6': 'El buzón de destino se ha trasladado, sin dirección de reenvío',
    '1.7': 'Sintaxis incorrecta de la dirección de buzón del remitente',
    '1.8': 'Dirección de sistema del remitente incorrecta',
    '1.9': 'Mensaje retransmitido a un sistema de correo no conforme',
    '1.10': 'La dirección del destinatario tiene un MX nulo',
    '2.0': 'Otro estado de buzón o no definido',
    '2.1': 'Buzón desactivado, no acepta mensajes',
    '2.2': 'Buzón lleno',
    '2.3': 'La longitud del mensaje supera el límite administrativo',
    '2.4': 'Problema al expandir la lista de correo',
    '3.0': 'Otro estado del sistema de correo o no definido',
    '3.1': 'Sistema de correo lleno',
    '3.2': 'El sistema no acepta mensajes de la red',
    '3.3': 'El sistema no admite las funciones seleccionadas',
    '3.4': 'Mensaje demasiado grande para el sistema',
    '3.5': 'Sistema mal configurado',
    '3.6': 'Se cambió la prioridad solicitada',
    '4.0': 'Otro estado de red o de enrutamiento, o no definido',
    '4.1': 'Sin respuesta del host',
    '4.2': 'Conexión defectuosa',
    '4.3': 'Fallo del servidor de directorio',
    '4.4': 'No se puede enrutar',
    '4.5': 'Congestión del sistema de correo',
    '4.6': 'Bucle de enrutamiento detectado',
    '4.7': 'Plazo de entrega vencido',
    '4.8': 'Se requiere TLS implícito',
    '5.0': 'Otro estado de protocolo o no definido',
    '5.1': 'Comando no válido',
    '5.2': 'Error de sintaxis',
    '5.3': 'Demasiados destinatarios',
    '5.4': 'Argumentos de comando no válidos',
    '5.5': 'Versión de protocolo incorrecta',
    '5.6': 'Línea de intercambio de autenticación demasiado larga',
    '6.0': 'Otro error de medio o no definido',
    '6.1': 'Medio no admitido',
    '6.2': 'Conversión necesaria pero prohibida',
    '6.3': 'Conversión necesaria pero no admitida',
    '6.4': 'Conversión realizada con pérdida',
    '6.5': 'La conversión falló',
    '6.6': 'Contenido del mensaje no disponible',
    '6.7': 'Direcciones no ASCII no permitidas para ese remitente o destinatario',
    '6.8': 'Se requiere una respuesta en UTF-8, pero el cliente SMTP no la permite',
    '6.9': 'Un mensaje con cabeceras UTF-8 no puede transferirse a uno o más destinatarios',
    '6.10': 'Se requiere una respuesta en UTF-8, pero el cliente SMTP no la permite',
    '7.0': 'Otro estado de seguridad o no definido',
    '7.1': 'Entrega no autorizada, mensaje rechazado',
    '7.2': 'Expansión de la lista de correo prohibida',
    '7.3': 'Conversión de seguridad necesaria pero imposible',
    '7.4': 'Funciones de seguridad no admitidas',
    '7.5': 'Fallo criptográfico',
    '7.6': 'Algoritmo criptográfico no admitido',
    '7.7': 'Fallo de integridad del mensaje',
    '7.8': 'Credenciales de autenticación no válidas',
    '7.9': 'Mecanismo de autenticación demasiado débil',
    '7.10': 'Se necesita cifrado',
    '7.11': 'Cifrado obligatorio para el mecanismo de autenticación solicitado',
    '7.12': 'Se necesita un cambio de contraseña',
    '7.13': 'Cuenta de usuario desactivada',
    '7.14': 'Se requiere una relación de confianza',
    '7.15': 'Nivel de prioridad demasiado bajo',
    '7.16': 'Mensaje demasiado grande para la prioridad indicada',
    '7.17': 'El titular del buzón ha cambiado',
    '7.18': 'El titular del dominio ha cambiado',
    '7.19': 'No se puede completar la prueba RRVS',
    '7.20': 'No se encontró ninguna firma DKIM válida',
    '7.21': 'No se encontró ninguna firma DKIM aceptable',
    '7.22': 'No se encontró ninguna firma DKIM válida que coincida con el autor',
    '7.23': 'La validación SPF falló',
    '7.24': 'Error en la validación SPF',
    '7.25': 'La validación del DNS inverso falló',
    '7.26': 'Fallaron varias comprobaciones de autenticación',
    '7.27': 'La dirección del remitente tiene un MX nulo',
    '7.28': 'Avalancha de correo detectada',
    '7.29': 'Fallo de validación ARC',
    '7.30': 'Se requiere compatibilidad con REQUIRETLS',
  },
  classMeaning: {
    '2': 'Éxito',
    '4': 'Fallo transitorio persistente: el mismo mensaje puede aceptarse más tarde',
    '5': 'Fallo permanente: enviarlo de nuevo sin cambios volverá a fallar',
  },
  unlisted: '{meaning} (un código que el registro no incluye)',
  values: {
    who: 'El servidor receptor',
    domain: 'su dominio',
    recipient: 'el destinatario',
    recipientDomain: 'el dominio del destinatario',
    ip: 'su IP de envío',
    selectorKnown: 'selector {selector}, tomado de la firma DKIM de su mensaje',
    selectorUnknown: 'el rebote no muestra su selector: sustituya SELECTOR por el que le dio su proveedor',
    defaultZone: 'Spamhaus ZEN, la lista de bloqueo más usada',
    refusedValue: '(Un valor del rebote no es válido en este comando; sustituya {placeholder}.)',
    typo: 'Compruebe la dirección: {recipientDomain} parece un error de escritura de {meant}. Si era {meantAddress}, escriba a esa dirección.',
    didYouMean: ' — ¿quería decir {meantAddress}?',
  },
  links: {
    reply: 'La página que cita la respuesta',
    zone: '{zone}: comprobar y pedir la eliminación',
    delisting: '{provider}: salir de la lista',
    postmaster: '{provider}: página para postmasters',
    errors: '{provider}: códigos de error',
  },
  reason: {
    provider: 'Respuesta documentada de {provider}: {evidence}.',
    reply: 'La respuesta dice {evidence}.',
    statusAgrees: 'El código de estado {status} lo confirma.',
    statusOnly: 'Solo el código de estado {status} dice lo que pasó.',
    codeOnly: 'Solo el código de respuesta {code} dice lo que pasó.',
    authResults: 'Los Authentication-Results del mensaje original muestran {result}.',
    alternative: 'También podría ser: {title}.',
    none: 'Nada en la respuesta coincide con una causa conocida.',
    noReply: 'El rebote no trae ninguna respuesta de la que sacar una causa.',
    notFailure: 'El mensaje no es un fallo: {title}.',
    quote: '«{text}»',
    status: 'estado {status}',
    code: 'código {code}',
  },
};
