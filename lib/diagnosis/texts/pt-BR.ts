/**
 * O que o Bounce Doctor diz, em português do Brasil: as mesmas chaves e {marcadores} dos textos em inglês (catalog.ts,
 * en.ts, titles.ts); os passos ficam na mesma posição que em en.ts. Termos técnicos (SPF, DKIM, DMARC, PTR, MX) e
 * comandos ficam como estão. Tratamento: você.
 */
import type { DeepPartial } from '../../i18n/catalog';
import type { Knowledge } from './catalog';

const SPF = 'SPF (Sender Policy Framework: um registro DNS que lista os servidores autorizados a enviar e-mail pelo seu domínio)';
const DKIM = 'DKIM (DomainKeys Identified Mail: uma assinatura criptográfica que o seu servidor de e-mail adiciona, conferida com uma chave publicada no seu DNS)';
const DMARC = 'DMARC (uma política DNS que diz aos destinatários o que fazer com e-mails do seu domínio que falham no SPF e no DKIM)';

const AUTH_PREVENTION = [
  'Publique SPF, DKIM e DMARC para cada domínio de onde você envia, e leia seus relatórios agregados de DMARC (rua=) para perceber falhas cedo.',
  'Ao adicionar um novo serviço de envio (ferramenta de newsletter, CRM, central de atendimento), inclua-o no SPF e configure o DKIM dele antes de enviar.',
];
const REPUTATION_PREVENTION = [
  'Envie só para quem pediu seus e-mails; remova os endereços que retornam e quem nunca abre.',
  'Aqueça devagar novos endereços IP e domínios, e separe o e-mail de marketing do transacional.',
  'Mantenha a taxa de retorno abaixo de 2–3% e a de reclamações abaixo de 0,1% (acompanhe o Google Postmaster Tools e o Microsoft SNDS).',
];
const LIST_HYGIENE = [
  'Remova este endereço das suas listas agora; continuar escrevendo para endereços desconhecidos prejudica sua reputação de remetente.',
  'Use confirmação dupla (double opt-in) e valide os endereços no cadastro; mantenha a taxa de retorno abaixo de 2–3%.',
];

const MICROSOFT_IP = [
  'Se o destinatário usa o Microsoft 365 (um endereço corporativo), peça à Microsoft para retirar {ip} da lista no portal de remoção dela: informe o IP e um endereço seu para confirmar.',
  'Se o destinatário usa Outlook.com ou Hotmail, use o formulário de suporte a remetentes do Outlook.com, citando este retorno.',
  'Cadastre {ip} no Microsoft SNDS para ver como o Outlook.com o avalia e o que os usuários dele relatam.',
];
const GOOGLE_REPUTATION = [
  'Abra o Google Postmaster Tools para {domain}: veja a taxa de spam relatada pelos usuários e a reputação do domínio e do IP. O Google pede aos remetentes que fiquem abaixo de 0,1% de spam e nunca cheguem a 0,3%.',
];
const GOOGLE_AUTH = [
  'As regras do Gmail: todo remetente precisa de SPF ou DKIM; quem envia 5.000 mensagens ou mais por dia ao Gmail precisa de SPF, DKIM e DMARC, de um domínio From alinhado com eles e de cancelamento de inscrição com um clique nos e-mails de marketing.',
];
const YAHOO_REPUTATION = [
  'Procure o código desta resposta no Sender Hub do Yahoo e inscreva-se no circuito de reclamações dele para ver quem marca seus e-mails como spam.',
];
const gatewayAllow = (product: string, list: string) => [
  `O ${product} aplica as regras da própria organização do destinatário: peça ao destinatário que o administrador de e-mail dele inclua você em ${list}, se seus e-mails forem desejados.`,
];

const STILL_TRYING = 'Ninguém por enquanto: seu servidor continua tentando sozinho; aja só se ele finalmente desistir';

export const PT_BR: DeepPartial<Knowledge> = {
  titles: {
    spf: '{who} rejeitou sua mensagem porque ela falhou no SPF',
    dkim: '{who} rejeitou sua mensagem porque a assinatura DKIM dela não foi validada',
    dmarc: '{who} rejeitou sua mensagem por causa da política DMARC de {domain}',
    unauthenticated: '{who} recusou sua mensagem porque ela não estava autenticada',
    ptr: '{who} recusou seu servidor porque o endereço IP dele não tem um nome de DNS reverso correspondente',
    'ip-blocklist': '{who} está recusando e-mails do endereço IP do seu servidor{zoneClause}',
    'domain-blocklist': '{who} recusou sua mensagem porque um domínio nela está numa lista de bloqueio{zoneClause}',
    reputation: '{who} está recusando seus e-mails por causa da sua reputação de remetente',
    'rate-limit': '{who} está limitando quantos e-mails você pode enviar agora',
    spam: '{who} recusou sua mensagem como spam',
    virus: '{who} bloqueou sua mensagem porque ela parece perigosa',
    'content-policy': '{who} não aceita este tipo de conteúdo ou anexo',
    'message-size': 'Sua mensagem é maior do que {who} aceita',
    'message-format': '{who} recusou sua mensagem porque ela não está formatada corretamente',
    'relay-denied': 'O servidor de destino não vai repassar sua mensagem para {recipientDomain}',
    'auth-required': 'O servidor exige que você faça login antes de enviar',
    'tls-required': 'A conexão foi recusada porque não estava criptografada como exigido',
    'sender-rejected': '{who} recusou seu endereço de remetente',
    'recipient-unknown': 'O endereço {recipient} não existe',
    'recipient-domain': 'O domínio {recipientDomain} não pode receber e-mails',
    'mailbox-full': 'A caixa de entrada de {recipient} está cheia',
    'mailbox-disabled': 'A caixa {recipient} está desativada ou não é mais usada',
    'recipient-policy': '{recipient} não aceita mensagens suas',
    policy: '{who} recusou sua mensagem por uma política',
    greylisting: 'O servidor de destino pediu ao seu servidor que tente de novo mais tarde (greylisting)',
    'delivery-timeout': 'Seu servidor desistiu de entregar para {recipient} depois de tentar por muito tempo',
    network: 'Seu servidor não conseguiu alcançar o servidor de e-mail do destinatário',
    'remote-error': 'O servidor de e-mail do destinatário teve um problema interno',
    protocol: 'Os dois servidores de e-mail não se entenderam',
    'auto-reply': 'Esta é uma resposta automática, não um retorno',
    complaint: 'Um destinatário denunciou sua mensagem como spam',
    delivered: 'Este é um aviso de entrega: sua mensagem foi entregue ou repassada',
    unknown: 'Sua mensagem não foi entregue, e a resposta não diz claramente por quê',
  },
  providerTitles: {
    'microsoft:ip-blocklist': 'A Microsoft está recusando e-mails do endereço IP do seu servidor',
    'microsoft:reputation': 'A Microsoft está recusando e-mails do seu servidor por causa da reputação dele',
    'google:unauthenticated': 'O Gmail bloqueou sua mensagem porque ela não estava autenticada (SPF ou DKIM)',
    'google:dmarc': 'O Gmail rejeitou sua mensagem por causa da política DMARC de {domain}',
    'google:rate-limit': 'O Gmail está limitando temporariamente os e-mails do seu servidor',
    'yahoo:reputation': 'O Yahoo está adiando seus e-mails por causa de volume ou reclamações',
    'yahoo:ip-blocklist': 'O Yahoo está recusando e-mails do endereço IP do seu servidor',
    'kddi:recipient-policy': 'As configurações de e-mail au de {recipient} recusam mensagens suas',
  },
  ruleTitles: {
    'fact.unconfirmed-unknown': '{recipient} foi recusado: um filtro do lado do destinatário, ou um endereço que não existe',
    'fact.delay-without-cause': 'Ainda não entregue: seu servidor ainda está tentando alcançar {recipientDomain}',
    'fact.temporary-domain': 'O domínio {recipientDomain} não foi encontrado por enquanto; seu servidor vai continuar tentando',
    'recipient.suppressed': 'Não enviado: {recipient} já retornou antes e seu serviço de envio agora se recusa a enviar para ele',
    'service.test-mode': "Não enviado para {recipient}: o modo de teste do seu serviço de envio só envia para endereços que você autorizou",
    'service.account-hold': "Não enviado para {recipient}: seu serviço de envio não está enviando pela sua conta ou domínio no momento",
    'service.sender-unverified': "Não enviado: seu serviço de envio não verificou o endereço ou o domínio de onde você enviou",
    'sendmail.relay-mailer': "Não enviado para {recipient}: seu servidor não encontrou o smart host pelo qual repassa o e-mail",
    'client.no-connection': 'Não enviado: o programa que envia não conseguiu se conectar ao servidor de e-mail',
    'client.tls': 'Não enviado: o programa de envio não conseguiu estabelecer uma conexão criptografada com o servidor de e-mail',
    'list.held': 'Ainda não entregue: a lista de e-mail está retendo sua mensagem para o moderador',
    'auth.login-throttle': 'Não enviado: o servidor de e-mail parou de aceitar logins do seu programa por um tempo',
    'account.sending-limit': 'Não enviado: sua conta atingiu o limite de envio por enquanto',
    'auth.sasl-mechanism': 'Não enviado: seu servidor e o servidor de e-mail em que ele faz login não encontraram nenhum método de login em comum',
    'auth.login-refused': "O servidor de e-mail recusou o login: o usuário ou a senha não foram aceitos",
    'microsoft.smtp-auth-off': "A Microsoft não aceita o login por senha deste programa (o SMTP AUTH está desligado ou bloqueado)",
    'tls.starttls-first': "Não enviado: o servidor exige criptografia (STARTTLS) primeiro, e o programa não a ativou",
    'recipient.malformed': "O endereço {recipient} não é um endereço de e-mail válido da forma como está escrito",
    'sender.malformed': 'Não enviado: o endereço de remetente informado não é um endereço de e-mail completo',
    'network.outbound-blocked': "Seu servidor não conseguiu se conectar ao provedor de e-mail do destinatário: a porta 25 de saída provavelmente está bloqueada do seu lado",
    'mta.mail-loop': 'Não entregue para {recipient}: a rota do servidor de e-mail para {recipientDomain} volta para ele mesmo',
    'mta.hop-loop': "Não entregue a {recipient}: a mensagem ficou em loop entre servidores de e-mail",
    'blocklist.lookup-error': "O servidor de destino recusou você porque a própria consulta dele à lista de bloqueio falhou, não porque você está listado",
    'sender.login-mismatch': 'Não enviado: a conta usada no envio não pode usar este endereço de remetente',
    'tenant.unregistered-domain': 'Não enviado: o Microsoft 365 bloqueia e-mail de um domínio que sua organização não adicionou a ele',
    'auth.helo': '{who} recusou o nome com que seu servidor se apresentou (HELO/EHLO)',
  },
  unnamedTitles: {
    'recipient-unknown': 'O endereço não existe',
    'recipient-domain': 'O domínio do destinatário não pode receber e-mails',
    'mailbox-full': 'A caixa de entrada do destinatário está cheia',
    'mailbox-disabled': 'A caixa está desativada ou não é mais usada',
    'recipient-policy': 'O destinatário não aceita mensagens suas',
    'relay-denied': 'O servidor de destino não vai repassar sua mensagem para o domínio do destinatário',
    'delivery-timeout': 'Seu servidor desistiu de entregar sua mensagem depois de tentar por muito tempo',
    'kddi:recipient-policy': 'As configurações de e-mail au do destinatário recusam mensagens suas',
    'fact.unconfirmed-unknown': 'O endereço foi recusado: um filtro do lado do destinatário, ou um endereço que não existe',
    'fact.delay-without-cause': 'Ainda não entregue: seu servidor ainda está tentando alcançar o servidor do destinatário',
    'fact.temporary-domain': 'O domínio do destinatário não foi encontrado por enquanto; seu servidor vai continuar tentando',
    'recipient.suppressed': 'Não enviado: o endereço já retornou antes e seu serviço de envio agora se recusa a enviar para ele',
    'service.test-mode': "Não enviado: o modo de teste do seu serviço de envio só envia para endereços que você autorizou",
    'service.account-hold': "Não enviado: seu serviço de envio não está enviando pela sua conta ou domínio no momento",
    'service.sender-unverified': "Não enviado: seu serviço de envio não verificou o endereço ou o domínio de onde você enviou",
    'sendmail.relay-mailer': "Não enviado: seu servidor não encontrou o smart host pelo qual repassa o e-mail",
    'client.no-connection': 'Não enviado: o programa que envia não conseguiu se conectar ao servidor de e-mail',
    'client.tls': 'Não enviado: o programa de envio não conseguiu estabelecer uma conexão criptografada com o servidor de e-mail',
    'list.held': 'Ainda não entregue: a lista de e-mail está retendo sua mensagem para o moderador',
    'auth.login-throttle': 'Não enviado: o servidor de e-mail parou de aceitar logins do seu programa por um tempo',
    'account.sending-limit': 'Não enviado: sua conta atingiu o limite de envio por enquanto',
    'auth.sasl-mechanism': 'Não enviado: seu servidor e o servidor de e-mail em que ele faz login não encontraram nenhum método de login em comum',
    'auth.login-refused': "O servidor de e-mail recusou o login: o usuário ou a senha não foram aceitos",
    'microsoft.smtp-auth-off': "A Microsoft não aceita o login por senha deste programa (o SMTP AUTH está desligado ou bloqueado)",
    'tls.starttls-first': "Não enviado: o servidor exige criptografia (STARTTLS) primeiro, e o programa não a ativou",
    'recipient.malformed': "O endereço do destinatário não é um endereço de e-mail válido da forma como está escrito",
    'sender.malformed': 'Não enviado: o endereço de remetente informado não é um endereço de e-mail completo',
    'network.outbound-blocked': "Seu servidor não conseguiu se conectar ao provedor de e-mail do destinatário: a porta 25 de saída provavelmente está bloqueada do seu lado",
    'mta.mail-loop': 'Não entregue: a rota do servidor de e-mail para o domínio do destinatário volta para ele mesmo',
    'mta.hop-loop': "Não entregue: a mensagem ficou em loop entre servidores de e-mail",
    'blocklist.lookup-error': "O servidor de destino recusou você porque a própria consulta dele à lista de bloqueio falhou, não porque você está listado",
    'sender.login-mismatch': 'Não enviado: a conta usada no envio não pode usar este endereço de remetente',
    'tenant.unregistered-domain': 'Não enviado: o Microsoft 365 bloqueia e-mail de um domínio que sua organização não adicionou a ele',
  },
  categories: {
    spf: {
      explanation: `O servidor de destino verificou o ${SPF}. O servidor que enviou sua mensagem{ipClause} não está no registro SPF de {domain}, então a mensagem pareceu falsificada. Enquanto o registro não listar todos os serviços que enviam por {domain}, os destinatários vão continuar recusando ou filtrando esses e-mails.`,
      checklist: [
        'Veja o registro SPF de {domain}: deve haver exatamente um registro começando com v=spf1.',
        'Inclua nesse registro o servidor ou serviço que enviou esta mensagem (para um provedor de e-mail, o include: documentado dele, como include:_spf.google.com ou include:spf.protection.outlook.com).',
        'Inclua seu servidor de envio{ipClause} no registro (ip4:{ipOr}) e mantenha o registro abaixo de 10 consultas DNS.',
        'Peça a quem encaminhou que use SRS, ou conte com o DKIM (que sobrevive ao encaminhamento), se a mensagem foi encaminhada.',
        'Envie a mensagem de novo quando a mudança no DNS tiver se propagado (normalmente em até uma hora).',
      ],
      prevention: AUTH_PREVENTION,
    },
    dkim: {
      explanation: `O servidor de destino verificou o ${DKIM}. Sua mensagem não tinha uma assinatura válida para {domain} — ela estava faltando, foi danificada no caminho ou era de outro domínio. Sem ela, o destinatário não consegue distinguir seu e-mail de uma falsificação.`,
      checklist: [
        'Confira se a chave DKIM de {domain} está publicada ({selectorClause}).',
        'Ative a assinatura DKIM para {domain} no seu provedor de e-mail (Google Workspace: Apps › Gmail › Autenticar e-mail; Microsoft 365: Defender › Autenticação de e-mail › DKIM).',
        'Garanta que seu servidor assine os e-mails de saída (OpenDKIM, rspamd ou o módulo DKIM do seu MTA) com o seletor publicado no DNS.',
        'Assine depois de qualquer gateway ou lista de discussão que reescreva as mensagens, ou tire-o da assinatura.',
      ],
      prevention: AUTH_PREVENTION,
    },
    dmarc: {
      explanation: `O servidor de destino verificou o ${DMARC}. Sua mensagem não passou no SPF nem no DKIM de forma alinhada com o endereço From ({domain}), e a política DMARC do domínio pede que esses e-mails sejam rejeitados. Isso protege {domain} contra falsificação, mas também bloqueia seus próprios e-mails enviados por serviços que não foram configurados.`,
      checklist: [
        'Veja a política DMARC de {domain}.',
        'Descubra qual serviço enviou esta mensagem e configure-o para assinar com DKIM para {domain} (preferível) ou para usar um caminho de retorno autorizado pelo SPF em {domain}.',
        'Confira o registro SPF de {domain}.',
        'Confira a chave DKIM de {domain} ({selectorClause}).',
        'Coloque a política em p=none enquanto corrige os remetentes, se ainda não estiver pronto, e leia os relatórios agregados (rua=).',
        'Envie do seu próprio domínio, não do de outra pessoa (por exemplo, um endereço do Gmail pelo seu próprio servidor).',
      ],
      prevention: AUTH_PREVENTION,
    },
    unauthenticated: {
      explanation: `O servidor de destino exige que toda mensagem passe no ${SPF} ou no ${DKIM}, e a sua não passou em nenhum dos dois para {domain}. Os grandes destinatários exigem isso de todos os remetentes desde 2024.`,
      checklist: [
        'Confira o registro SPF de {domain}.',
        'Confira a chave DKIM de {domain} ({selectorClause}).',
        'Confira o registro DMARC de {domain}; os destinatários esperam pelo menos p=none.',
        'Ative a assinatura DKIM no seu provedor de e-mail e inclua o include de SPF dele no seu domínio.',
        'Assine os e-mails de saída com DKIM e liste seu servidor no SPF.',
      ],
      prevention: AUTH_PREVENTION,
    },
    ptr: {
      explanation:
        'O servidor de destino procurou o nome do endereço IP de onde seu servidor se conectou{ipClause} (o DNS reverso, ou registro PTR) e não encontrou nenhum, ou encontrou um nome que não aponta de volta para o mesmo endereço. Os destinatários tratam e-mails desses endereços como provável spam de máquinas infectadas.',
      checklist: [
        'Consulte o DNS reverso do seu IP de envio.',
        'Peça a quem fornece o endereço IP (sua hospedagem ou provedor de internet) que crie um registro PTR com o nome do seu servidor de e-mail, e faça esse nome apontar de volta para o mesmo IP.',
        'Faça seu servidor anunciar o mesmo nome completo no HELO/EHLO.',
        'Envie este retorno ao seu provedor de e-mail: o IP de envio e o nome dele são responsabilidade dele.',
      ],
    },
    'ip-blocklist': {
      explanation:
        'Seu servidor de envio{ipClause} está numa lista de bloqueio{zoneClause} que o servidor de destino consulta, por isso ele recusou a conexão ou a mensagem. Endereços IP entram nessas listas quando se viu spam saindo deles, porque uma máquina da mesma rede estava infectada, ou porque o endereço é residencial ou dinâmico e não deveria enviar e-mail diretamente.',
      checklist: [
        'Procure seu IP de envio em {lookupZone}: uma resposta (127.0.0.x) significa que ele está listado; nenhuma resposta, que não está.',
        'Leia por que o endereço está listado e peça a remoção{zoneClause}.',
        'Antes de pedir a remoção, acabe com a causa: procure contas comprometidas, relays abertos, malware ou uma newsletter enviada para uma lista comprada.',
        'Envie pelo smarthost do seu provedor em vez de enviar direto, se o endereço for residencial ou dinâmico.',
        'Envie este retorno ao seu provedor de e-mail: o IP listado é dele, e a solução também.',
        'Envie a mensagem de novo depois que a listagem sair.',
      ],
      prevention: REPUTATION_PREVENTION,
    },
    'domain-blocklist': {
      explanation:
        'Seu domínio de envio, ou um domínio com link na mensagem, está numa lista de bloqueio de domínios{zoneClause}. Essas listas reúnem domínios vistos em spam, phishing ou malware; um único link ruim (por exemplo, um encurtador de URL) basta.',
      checklist: [
        'Descubra qual domínio está listado (seu domínio de envio, seus links, seu domínio de rastreamento) e peça a remoção dele.',
        'Tire da mensagem os links para domínios listados ou encurtadores, e envie-a de novo.',
      ],
      prevention: REPUTATION_PREVENTION,
    },
    reputation: {
      explanation:
        'O servidor de destino considerou indesejados os e-mails vindos do seu servidor{ipClause} ou domínio, por volume, reclamações ou spam anterior, sem citar uma lista de bloqueio pública. A reputação se recupera quando param os e-mails que a causaram, normalmente em alguns dias.',
      checklist: [
        'Confira as ferramentas de postmaster do destinatário para seu IP e domínio e siga os passos delas.',
        'Diminua o ritmo: envie menos, só para destinatários engajados, e deixe os e-mails adiados serem tentados de novo.',
        'Procure algo incomum que você enviou recentemente (uma campanha grande, uma conta comprometida).',
      ],
      prevention: REPUTATION_PREVENTION,
    },
    'rate-limit': {
      explanation:
        'Você enviou mais mensagens, destinatários ou conexões do que o servidor de destino (ou seu próprio provedor) permite num período. Limites temporários se desfazem sozinhos; seu servidor tenta de novo os e-mails adiados.',
      checklist: [
        'Espere e deixe seu servidor tentar de novo; não reenvie manualmente, isso aumenta a contagem.',
        'Distribua os envios grandes ao longo do tempo e mantenha poucos destinatários por mensagem.',
        'Confira os limites de envio do seu provedor, e sua conta em busca de envios inesperados, se a cota dele foi atingida.',
      ],
      prevention: REPUTATION_PREVENTION,
    },
    spam: {
      explanation:
        'O filtro do servidor de destino classificou a mensagem como spam — pelo texto, links, anexos, formatação ou pelo histórico do remetente. Enviada sem mudanças, ela será recusada novamente.',
      checklist: [
        'Tire o que os filtros de spam não gostam: encurtadores de link, muitos links, conteúdo só de imagens, anexos, assuntos em maiúsculas.',
        'Garanta que SPF, DKIM e DMARC passem para o seu domínio.',
        'Peça ao destinatário que libere seu endereço, ou fale com ele de outra forma, se for uma mensagem pessoal única.',
      ],
      prevention: REPUTATION_PREVENTION,
    },
    virus: {
      explanation:
        'O servidor de destino encontrou malware ou algo que parece perigoso (um executável, um documento com macros, um arquivo compactado protegido por senha) na mensagem.',
      checklist: ['Verifique o anexo e seu computador em busca de malware.', 'Compartilhe o arquivo por um link para um armazenamento em nuvem em vez de anexá-lo.'],
    },
    'content-policy': {
      explanation:
        'A política da organização de destino recusa algo na mensagem — normalmente um tipo de anexo (como .exe, .js, arquivos compactados ou macros) —, mesmo que não seja spam.',
      checklist: [
        'Envie o arquivo como link para um armazenamento em nuvem, ou num formato aceito (PDF em vez de um documento com macros).',
        'Pergunte ao destinatário quais tipos de arquivo ele aceita.',
      ],
    },
    'message-size': {
      explanation: 'A mensagem, com os anexos, é maior do que o servidor de destino permite. Os anexos crescem cerca de um terço ao serem enviados.',
      checklist: ['Envie arquivos grandes como link para um armazenamento em nuvem em vez de anexos.', 'Comprima as imagens, ou divida os anexos em várias mensagens.'],
    },
    'message-format': {
      explanation:
        'A mensagem viola os padrões de e-mail (RFC 5322/5321): um cabeçalho faltando ou duplicado, finais de linha errados, linhas longas demais ou codificação errada. Normalmente a causa é o programa ou script que a gerou.',
      checklist: [
        "Leia qual parte a resposta cita: um cabeçalho (From, To, Date, Message-ID, Subject) faltando, repetido ou malformado, linhas longas demais, quebras de linha soltas ou texto que não foi codificado.",
        "Corrija como o script ou app que enviou isto monta as mensagens: use uma biblioteca de e-mail mantida em vez de escrever os cabeçalhos à mão, e dê a cada mensagem exatamente um cabeçalho From, um Date e um Message-ID.",
        "Mantenha cada linha abaixo de 998 caracteres e termine cada uma com CRLF, não com uma quebra de linha solta: deixe a biblioteca de e-mail codificar as linhas longas e o texto não ASCII (quoted-printable ou base64), e também as palavras não ASCII dos cabeçalhos.",
        "Coloque um só endereço no cabeçalho From, sozinho ou depois de um nome de exibição entre sinais de menor e maior, nunca codificado inteiro: o Gmail e outros recusam um From com vários endereços ou nenhum.",
        "Envie a mensagem de novo quando estiver corrigida; enviar antes o mesmo conteúdo de um programa de e-mail comum mostra se a falha é do programa.",
      ],
    },
    'relay-denied': {
      explanation:
        'O servidor a que você entregou a mensagem não entrega e-mails para esse domínio de destino, e não vai repassá-la por você. Normalmente isso significa que seu programa de e-mail não está autenticado no servidor de saída, ou que os registros de e-mail do domínio de destino apontam para um servidor que não o hospeda mais.',
      checklist: [
        'Garanta que seu programa de e-mail use autenticação SMTP (usuário e senha) na porta 587 para os e-mails de saída.',
        'Confira os servidores de e-mail do domínio do destinatário.',
        'Permita o repasse só para usuários autenticados e para suas próprias redes.',
      ],
    },
    'auth-required': {
      explanation:
        'Seu programa de e-mail ou aplicativo se conectou ao servidor de saída sem um login válido (autenticação SMTP), ou com credenciais erradas, por isso o servidor se recusou a enviar.',
      checklist: [
        'Confira as configurações de saída (SMTP): nome do servidor, porta 587 com STARTTLS (ou 465), e se a autenticação está ativada.',
        'Confira o usuário e a senha; alguns provedores exigem uma senha de app ou OAuth.',
        'No Microsoft 365, confira se o SMTP AUTH está ativado para a caixa.',
      ],
    },
    'tls-required': {
      explanation:
        'Um dos dois servidores exige uma conexão criptografada (TLS), e a conexão não pôde ser criptografada o suficiente — o TLS não foi oferecido, um certificado estava errado ou as cifras não combinavam.',
      checklist: [
        'Garanta que seu servidor ou programa de e-mail use STARTTLS (porta 587) ou TLS (porta 465) com uma versão atual do TLS.',
        'Confira o certificado que o servidor do destinatário oferece.',
      ],
    },
    'sender-rejected': {
      explanation:
        'O servidor de destino recusou o endereço de onde a mensagem foi enviada: o domínio dele não existe ou não pode receber e-mails, ele não é permitido na sua conta, ou está bloqueado.',
      checklist: [
        'Confira se o domínio remetente {domain} tem registros de e-mail funcionando.',
        'Envie de um endereço que sua conta ou serviço tem permissão para usar (verificado no seu provedor).',
      ],
    },
    'recipient-unknown': {
      explanation:
        'O servidor de e-mail do destinatário diz que não há nenhuma caixa com este endereço. Ele pode estar escrito errado, ou a pessoa pode ter saído da organização.',
      checklist: [
        'Confira a grafia do endereço, letra por letra: uma letra faltando ou trocada, ou .con no lugar de .com, é a causa comum.',
        'Peça à pessoa o endereço atual dela por outro meio.',
        'Remova o endereço dos seus contatos e listas de e-mail.',
      ],
      prevention: LIST_HYGIENE,
    },
    'recipient-domain': {
      explanation:
        'O domínio do destinatário não existe, ou não publica nenhum servidor de e-mail (ou um "MX nulo" dizendo que não aceita e-mails). Muitas vezes o domínio está escrito errado ou expirou.',
      checklist: [
        'Confira a grafia do domínio (a parte depois do @).',
        'Consulte os servidores de e-mail do domínio.',
        'Remova o endereço das suas listas se o domínio não existe mais.',
      ],
      prevention: LIST_HYGIENE,
    },
    'mailbox-full': {
      explanation:
        'A caixa do destinatário passou do limite de armazenamento, então não aceita mensagens novas até ele apagar algumas. Não há nada de errado com o seu e-mail.',
      checklist: [
        'Avise o destinatário por outro meio que a caixa dele está cheia.',
        'Envie a mensagem de novo quando ele tiver liberado espaço.',
        'Pare de enviar para ela se continuar cheia por semanas: a caixa pode estar abandonada.',
      ],
    },
    'mailbox-disabled': {
      explanation: 'A conta do destinatário existe, mas está suspensa, desativada ou mudou de lugar, por isso não aceita e-mails.',
      checklist: ['Peça à pessoa o endereço atual dela por outro meio.', 'Remova o endereço das suas listas.'],
      prevention: LIST_HYGIENE,
    },
    'recipient-policy': {
      explanation:
        'O lado do destinatário restringe quem pode escrever para este endereço: um grupo que só aceita os próprios membros, um endereço que bloqueou você ou uma lista moderada. Não há nada de errado com o seu servidor de e-mail.',
      checklist: [
        'Peça ao destinatário (ou ao dono do grupo) que libere seu endereço, ou que adicione você como membro.',
        'Envie do endereço com que você entrou, se for membro.',
      ],
    },
    policy: {
      explanation:
        'O servidor de destino recusou a mensagem pelas próprias regras, sem dizer exatamente qual. O texto da resposta é a melhor pista; se não ajudar, o administrador de e-mail do destinatário pode procurar nos registros dele.',
      checklist: [
        'Leia a resposta abaixo: ela pode citar a regra, um link ou uma referência para passar ao administrador do destinatário.',
        'Confira se SPF, DKIM e DMARC passam para o seu domínio.',
        'Peça ao destinatário, por outro meio, que verifique com o administrador de e-mail dele.',
      ],
    },
    greylisting: {
      explanation:
        'Greylisting é uma defesa contra spam: a primeira mensagem de um remetente desconhecido é adiada por alguns minutos, e um servidor de e-mail de verdade tenta de novo. Não é preciso fazer nada; a entrega normalmente dá certo em até uma hora.',
      checklist: ['Espere: seu servidor tenta de novo sozinho. Só se a mensagem nunca chegar, confira se seu servidor tenta de novo os e-mails adiados.'],
    },
    'delivery-timeout': {
      explanation:
        'Seu servidor de e-mail recebeu falhas temporárias seguidas do servidor do destinatário (ou não conseguiu alcançá-lo) e parou depois do período de novas tentativas, muitas vezes de vários dias.',
      checklist: [
        'Confira se os servidores de e-mail do destinatário estão acessíveis.',
        'Envie de novo mais tarde; se continuar falhando, fale com o destinatário por outro meio.',
      ],
    },
    network: {
      explanation:
        'O servidor de e-mail do destinatário não foi encontrado no DNS, recusou a conexão ou não respondeu a tempo. Ele pode estar fora do ar ou mal configurado, ou um firewall pode estar no caminho.',
      checklist: [
        'Consulte os servidores de e-mail do domínio do destinatário.',
        'Espere e deixe seu servidor tentar de novo; se continuar falhando, avise o destinatário por outro meio.',
        'Confira se as conexões de saída para a porta 25 estão liberadas.',
      ],
    },
    'remote-error': {
      explanation:
        'O sistema de destino falhou ao processar a mensagem (um disco cheio, um erro interno, um programa de entrega travado). O problema está do lado do destinatário.',
      checklist: ['Envie de novo mais tarde.', 'Avise o destinatário se continuar falhando, para que o administrador dele verifique.'],
    },
    protocol: {
      explanation:
        'O servidor de destino recusou um comando ou a sintaxe dele (um erro do protocolo SMTP). Normalmente a causa é um script, um equipamento ou um servidor mal configurado do lado que envia.',
      checklist: [
        'Use uma biblioteca de e-mail mantida no script ou aplicativo que enviou isto, e confira o que ele envia.',
        'Procure no seu servidor ou firewall algo que altere a conversa SMTP.',
      ],
    },
    'auto-reply': {
      explanation: 'O destinatário (ou o sistema dele) respondeu automaticamente, por exemplo com um aviso de ausência. Sua mensagem foi entregue.',
      checklist: ['Leia na resposta a data de volta da pessoa ou outro contato; não há nada a corrigir.'],
    },
    complaint: {
      explanation:
        'Este é um relatório de circuito de reclamações: um provedor de e-mail avisa que um usuário dele clicou em "Isto é spam" na sua mensagem. Reclamações prejudicam sua reputação depressa.',
      checklist: [
        'Pare de enviar para a pessoa que reclamou (cancele a inscrição dela).',
        'Facilite o cancelamento (List-Unsubscribe com um clique) e envie só o que as pessoas pediram.',
      ],
      prevention: REPUTATION_PREVENTION,
    },
    delivered: {
      explanation: 'O relatório diz que a mensagem foi entregue, repassada ou expandida, não que falhou.',
      checklist: ['Guarde este aviso se você o pediu (uma confirmação de entrega); não há nada a corrigir.'],
    },
    unknown: {
      explanation: 'O servidor de destino não deu um motivo que o Bounce Doctor reconheça. A resposta completa abaixo é a melhor pista.',
      checklist: [
        'Procure na resposta abaixo uma referência, um link ou o nome de uma regra.',
        'Envie de novo uma vez; se falhar do mesmo jeito, peça ao destinatário, por outro meio, que verifique com o administrador dele.',
      ],
    },
  },
  rules: {
    'fact.unconfirmed-unknown': {
      explanation:
        'O servidor do destinatário respondeu que não conhece o endereço, mas não confirmou isso como os servidores fazem para um endereço inexistente (um status 5.1.1, na etapa RCPT TO). Filtros de spam e as configurações de bloqueio dos destinatários muitas vezes recusam com essas mesmas palavras, então ou o endereço não existe, ou o lado do destinatário está recusando e-mails seus.',
      checklist: [
        'Compare o endereço, em busca de erros de digitação, com um que você sabe que funciona (uma assinatura, uma resposta anterior).',
        'Pergunte ao destinatário por outro meio (telefone, outro endereço) se o endereço está certo e se ele bloqueia ou filtra remetentes como você.',
        'Remova o endereço das suas listas quando se confirmar que está errado ou não existe mais; peça ao destinatário que libere seu endereço se ele estiver certo.',
      ],
      prevention: ['Mantenha numa lista de observação os endereços que retornam assim: se o mesmo endereço retornar de novo, remova-o.'],
    },
    'fact.delay-without-cause': {
      explanation:
        'Isto é um aviso, não uma falha: seu servidor de e-mail ainda não conseguiu entregar a mensagem ao servidor de {recipientDomain} e continua tentando sozinho. O aviso não diz por quê; normalmente o servidor de destino está inacessível, lento ou adiando e-mails por um tempo.',
      checklist: [
        'Espere, e não mande a mensagem outra vez ainda: ela pode chegar duas vezes.',
        'Confira se os servidores de e-mail do domínio do destinatário existem e respondem.',
        'Leia o aviso de falha definitiva, se vier um: ele normalmente diz por quê.',
      ],
    },
    'recipient.suppressed': {
      explanation:
        'Seu serviço de envio nem tentou entregar esta mensagem: o endereço já retornou antes (ou o dono dele marcou seus e-mails como spam), então o serviço o mantém numa lista de supressão e se recusa a enviar para ele, para proteger sua reputação de remetente. O servidor de destino não foi consultado desta vez.',
      checklist: [
        'Procure o endereço na lista de supressão (ou de retornos) do seu serviço de envio: ela mostra o retorno original, a resposta e a data.',
        'Remova o endereço das suas próprias listas também, se aquele primeiro retorno dizia que ele não existe.',
        'Tire o endereço da lista de supressão só quando o destinatário confirmar que ele funciona, e então envie.',
      ],
      prevention: ['Remova das suas listas os endereços com retorno definitivo assim que retornarem, para que o serviço nunca precise suprimi-los.'],
    },
    'service.test-mode': {
      explanation:
        "Seu serviço de envio não enviou esta mensagem: a conta ou o domínio de onde você enviou ainda está em modo de teste (um domínio sandbox, um endereço de teste, uma conta aguardando aprovação), que só entrega para endereços que você autorizou ou para os seus. O servidor do destinatário não foi consultado.",
      checklist: [
        "Envie do seu próprio domínio, adicionado e verificado no seu serviço de envio, em vez do domínio sandbox ou de teste dele.",
        "Para testar antes disso, adicione o destinatário aos destinatários autorizados (verificados) do serviço.",
        "Se sua conta aguarda aprovação, conclua a análise do serviço; até lá, envie só para endereços do seu próprio domínio.",
      ],
      prevention: ["Verifique seu próprio domínio de envio antes de enviar para destinatários reais."],
    },
    'service.account-hold': {
      explanation:
        "Seu serviço de envio não enviou esta mensagem: ele pausou, suspendeu ou encerrou o envio para sua conta, seu domínio ou seu plano (após uma análise dos seus envios, por um plano não pago ou vencido, uma conta ainda não aprovada ou um limite do serviço). O servidor do destinatário não foi consultado, e o endereço do destinatário não é o problema.",
      checklist: [
        "Entre no painel do seu serviço de envio e leia o aviso dele sobre sua conta, domínio ou plano; o suporte do serviço pode dizer por que ele parou de enviar.",
        "Se ele citar reclamações ou devoluções, remova os endereços que voltaram ou reclamaram e revise como os endereços se inscrevem antes de pedir que a pausa seja retirada.",
        "Quando o serviço voltar a enviar por você, envie a mensagem de novo.",
      ],
      prevention: ["Mantenha baixas as taxas de devolução e de reclamação e seu plano em dia: serviços de envio pausam contas que passam dos limites."],
    },
    'service.sender-unverified': {
      explanation:
        "Seu serviço de envio não enviou esta mensagem: o endereço de onde você enviou, ou o domínio dele, não está verificado na sua conta lá (ou não na conta, no projeto ou na região da sua chave ou do seu login), e um serviço de envio só envia de endereços e domínios que você provou serem seus. O servidor do destinatário não foi consultado, e o endereço do destinatário não tem culpa.",
      checklist: [
        "Abra a lista de remetentes ou domínios verificados do seu serviço de envio e confira se o endereço de envio que você usou, ou o domínio dele, está lá e verificado, na mesma conta, projeto e região da chave ou do login que seu aplicativo usa.",
        "Se faltar ou ainda não estiver verificado, adicione e verifique: confirme o endereço pela mensagem do serviço, ou publique os registros DNS que o serviço informa para o domínio (em geral DKIM e um registro TXT ou CNAME), e espere até aparecer como verificado.",
        "Faça seu aplicativo enviar exatamente desse endereço verificado (mesmo domínio, sem erro de digitação) e então envie a mensagem de novo.",
      ],
      prevention: ["Verifique cada endereço ou domínio no seu serviço de envio antes que seu aplicativo envie dele, e mantenha o endereço de envio num só lugar da sua configuração."],
    },
    'auth.helo': {
      explanation:
        'Um servidor ou programa que se conecta para entregar e-mail primeiro se apresenta com um nome (o comando HELO ou EHLO). O servidor receptor recusou esse nome: não era um nome de domínio completo (um simples "localhost", o nome curto de um computador, um nome privado como "server.local"), estava malformado, não existe no DNS, não pertence ao endereço IP de onde você se conectou{ipClause}, ou era o próprio nome do servidor receptor. Os padrões de e-mail pedem o nome de domínio completo do remetente (ou o endereço IP entre colchetes), e os receptores recusam o resto como sinal de software de spam. Sua mensagem, seu endereço e o do destinatário não são os culpados.',
      checklist: [
        'Verifique qual nome seu servidor ou programa envia: a recusa costuma citá-lo (entre sinais de menor e maior, ou depois de HELO ou EHLO); "localhost", "localhost.localdomain", uma só palavra ou um nome interno é a causa habitual.',
        'Configure-o com o nome público completo do seu servidor de e-mail, que exista no DNS e aponte para o endereço IP de onde você envia: myhostname (ou smtp_helo_name) do Postfix, primary_hostname (ou helo_data do transporte smtp) do Exim, confDOMAIN_NAME do Sendmail, o FQDN de um conector de envio do Exchange.',
        'Configure o nome que a biblioteca de e-mail de um aplicativo envia, se foi um aplicativo que enviou a mensagem: Hostname do PHPMailer, a opção name do Nodemailer, local_hostname do smtplib do Python, mail.smtp.localhost do JavaMail, LocalDomain do MailKit.',
        'Verifique se o DNS reverso do endereço IP devolve o mesmo nome: alguns receptores comparam os dois.',
        'Envie este bounce ao seu provedor de e-mail ou de hospedagem se o servidor for dele: cabe a ele corrigir o nome com que se apresenta.',
      ],
      prevention: ['Dê a cada servidor e aplicativo que envia e-mail o seu nome de host completo e resolvível nas configurações de e-mail, em vez do nome padrão da máquina.'],
    },
    'tenant.unregistered-domain': {
      explanation:
        'O Microsoft 365 (Exchange Online), que envia o e-mail da sua organização, não enviou esta mensagem: o domínio de onde ela veio não é um dos domínios aceitos da sua organização (adicionados e verificados no Microsoft 365). A Microsoft deixa passar um pouco de e-mail desses domínios e bloqueia mais, geralmente e-mail que um aplicativo, um dispositivo ou o seu próprio servidor retransmite pelo Microsoft 365 com um endereço de remetente de outro domínio. O servidor do destinatário não foi consultado, e o endereço do destinatário não é o culpado; só um administrador da sua organização do Microsoft 365 pode remover esse bloqueio.',
      checklist: [
        'Adicione o domínio do endereço de remetente à sua organização do Microsoft 365 (centro de administração: Configurações, Domínios), verifique-o com o registro TXT que a Microsoft fornece e envie a mensagem de novo; se você não for administrador lá, envie este relatório a ele.',
        'Verifique o conector pelo qual o seu próprio servidor, aplicativos ou dispositivos retransmitem, se houver: o certificado de um conector baseado em certificado deve ser de um dos seus domínios aceitos e verificados.',
        'Verifique se há, entre os conectores da sua organização, algum que ninguém criou de propósito, e nas contas sinais de comprometimento: conectores que um invasor adicionou para enviar spam pela sua organização também causam este bloqueio.',
      ],
      prevention: ['Adicione e verifique no Microsoft 365 cada domínio de onde sua organização envia, incluindo os de aplicativos e dispositivos que retransmitem por ele, antes que saia e-mail deles.'],
    },
    'sender.login-mismatch': {
      explanation:
        'O servidor pelo qual você envia (o do seu provedor de e-mail, ou o seu próprio) recusou o endereço de remetente (From) desta mensagem: a conta com que seu programa fez login não tem permissão para enviar com esse endereço. Os servidores verificam isso para que uma conta não envie em nome de outra (a verificação de remetente do Postfix, a permissão "Enviar como" do Microsoft 365, os aliases do Gmail, do Zoho e de outros provedores). O servidor do destinatário não foi consultado, e o endereço do destinatário não é o culpado.',
      checklist: [
        'Envie do endereço da conta com que você faz login, ou faça login com a conta dona do endereço de remetente.',
        'Dê à sua conta o direito de enviar com o outro endereço se precisar (um alias, uma caixa compartilhada, um endereço no-reply): adicione-o como alias ou endereço "Enviar como" no seu provedor, conceda "Enviar como" no Microsoft 365, ou associe-o ao login no seu próprio servidor (Postfix: smtpd_sender_login_maps).',
        'Faça do endereço de remetente de um aplicativo o próprio endereço do login (ou um que ele possa usar), e coloque qualquer outro endereço em Reply-To.',
      ],
      prevention: ['Mantenha lado a lado, nas configurações de cada aplicativo, o login e o endereço de remetente, e altere-os juntos.'],
    },
    'mta.mail-loop': {
      explanation:
        'O servidor de e-mail que tratou a mensagem procurou onde {recipientDomain} recebe e-mail e encontrou a si mesmo: o registro MX do domínio (ou o relay que ele deve usar) aponta para esse mesmo servidor, mas o servidor não está configurado para receber e-mail desse domínio. Em vez de enviar a mensagem para si mesmo em loop, ele desistiu. É um erro de configuração nesse servidor ou no DNS do domínio; o endereço em si pode estar certo.',
      checklist: [
        'Consulte onde o domínio do destinatário recebe e-mail.',
        'Se for o seu próprio servidor, inclua o domínio entre os domínios para os quais ele recebe e-mail (Postfix: mydestination, ou virtual_mailbox_domains / virtual_alias_domains; Sendmail: local-host-names), ou aponte o registro MX para o servidor que de fato guarda as caixas. Atrás de NAT ou de um proxy, informe o endereço público em proxy_interfaces do Postfix.',
        'Se o servidor não for seu, envie este bounce para quem o administra (seu provedor de hospedagem ou de e-mail, ou o do destinatário): a configuração do domínio lá está errada.',
      ],
      prevention: ['Depois de mudar o e-mail de um domínio para outro servidor, atualize o registro MX e remova o domínio dos domínios locais do servidor antigo.'],
    },
    'mta.hop-loop': {
      explanation:
        "Um servidor de e-mail no caminho parou a mensagem porque ela já tinha passado por servidores demais (linhas Received: demais no cabeçalho, ou de novo a linha Delivered-To: da mesma caixa): ela estava andando em loop. Em geral, o e-mail do destinatário é encaminhado em círculo: um endereço ou domínio que encaminha para outro que devolve, um encaminhamento que aponta para o próprio endereço, ou um domínio cujo e-mail vai e volta entre dois serviços (por exemplo, um provedor antigo e um novo, ou o Microsoft 365 e um servidor próprio) que o mandam um para o outro. Mais raramente, o loop está do lado de quem envia, entre seus próprios servidores ou num encaminhamento que você configurou. Enviar de novo só entra no loop outra vez até o roteamento ser corrigido; o endereço do destinatário pode estar certo.",
      checklist: [
        "Leia no aviso por quais servidores a mensagem passou (as linhas Received:, ou o servidor que a resposta cita): os nomes que se repetem mostram onde está o loop.",
        "Avise o destinatário por outro meio de que o e-mail para este endereço fica em loop: as regras de encaminhamento, os aliases ou o roteamento de e-mail do domínio dele (registros MX e conectores) precisam ser corrigidos.",
        "Se o loop estiver entre servidores seus, verifique os encaminhamentos e aliases do endereço e para onde cada servidor manda o e-mail do domínio (Postfix: relayhost, transport_maps, virtual_alias_maps; Exchange ou Microsoft 365: conectores e domínios aceitos), para que o e-mail termine em uma só caixa.",
        "Envie a mensagem de novo quando o loop estiver corrigido: ela não foi entregue.",
      ],
      prevention: ["Ao mudar o e-mail de um domínio para outro provedor ou configurar um encaminhamento, envie uma mensagem de teste e confira se ela chega uma vez só, na caixa esperada."],
    },
    'blocklist.lookup-error': {
      explanation:
        "O servidor de destino consultou a lista de bloqueio do Spamhaus sobre o endereço IP do seu servidor ou o seu domínio, mas o Spamhaus não respondeu com uma listagem: respondeu com um código de erro, porque a consulta passou por um resolvedor DNS público ou compartilhado (como 8.8.8.8, 1.1.1.1 ou o de um grande provedor), porque o servidor fez consultas demais, ou porque procurou um endereço IP numa lista de nomes de domínio. O Spamhaus pede que essas respostas de erro nunca sejam usadas para recusar e-mail, mas o servidor de destino a tratou como uma listagem. Esta resposta não diz nada contra o seu endereço IP, o seu domínio ou a sua mensagem; a falha está na configuração do servidor de destino, e só o administrador dele pode corrigi-la.",
      checklist: [
        "Consulte seu endereço IP e seu domínio na ferramenta de verificação do Spamhaus se quiser ter certeza: a recusa em si não diz que você está listado.",
        "Avise o destinatário por outro meio de que o servidor de e-mail dele recusa mensagens por erros nas próprias consultas ao Spamhaus, e repasse esta resposta ao administrador dele.",
        "Se o servidor que recusou for seu, faça as consultas às listas de bloqueio passarem por um resolvedor próprio (um resolvedor recursivo local como o Unbound, nem público nem o compartilhado do seu provedor) ou use uma chave do Spamhaus Data Query Service; no Postfix, mapeie as respostas de erro 127.255.255.x para que nunca recusem.",
        "Envie a mensagem de novo quando tiverem corrigido: ela não foi entregue.",
      ],
      prevention: ["Nada do seu lado causa este erro; se você administra um servidor de e-mail, dê às consultas dele às listas de bloqueio um resolvedor próprio."],
    },
    'auth.login-throttle': {
      explanation:
        'O servidor pelo qual você envia não deixa seu programa fazer login de novo por enquanto: viu logins demais dele em pouco tempo, em geral com falha (uma senha errada ou antiga, tentada repetidas vezes por um programa ou um celular), ou um programa que faz login de novo para cada mensagem. O bloqueio é removido sozinho depois de um tempo. Nenhum servidor receptor foi consultado, e o endereço do destinatário não é o culpado.',
      checklist: [
        'Verifique o usuário e a senha do programa (no Gmail, uma senha de app ou um login do programa pelo Google, não a senha normal da conta), para que as próximas tentativas não falhem de novo.',
        'Impeça o programa, ou seu servidor, de tentar fazer login por um tempo (uma hora costuma bastar): cada tentativa com falha pode manter o bloqueio.',
        'Faça o programa enviar as mensagens por uma única conexão e um único login, em vez de fazer login de novo para cada mensagem.',
        'Envie as mensagens de novo quando o programa conseguir fazer login: elas não foram enviadas.',
      ],
      prevention: ['Atualize a senha, ou a senha de app, em cada programa que envia pela conta sempre que ela mudar, e deixe os programas reutilizarem uma conexão para muitas mensagens.'],
    },
    'account.sending-limit': {
      explanation:
        'O provedor de e-mail, a hospedagem ou o serviço de envio pelo qual você envia limita quanto uma conta pode enviar em um período (um número de mensagens ou de destinatários por hora ou por dia; num serviço de envio, por dia ou por mês do seu plano), às vezes para um domínio ou uma organização inteira, e sua conta atingiu esse limite, então o servidor dele não enviou esta mensagem adiante: nenhum servidor receptor foi consultado, e o endereço do destinatário não é o culpado. O limite se desfaz sozinho quando o período termina; até lá, toda mensagem, inclusive uma enviada outra vez, é retida da mesma forma.',
      checklist: [
        'Espere o limite ser redefinido e então envie de novo a mensagem, com as outras recusadas junto: elas não foram enviadas. A resposta ou a página de limites do seu provedor diz quando: em até uma hora para um limite por hora, até 24 horas para um diário (o Gmail conta as últimas 24 horas, não o dia do calendário).',
        'Verifique para quantos destinatários você enviou, não só quantas mensagens: a maioria dos provedores conta cada endereço de uma mensagem no limite, em Para, Cc e Cco igualmente; uma mensagem para 200 pessoas gasta 200.',
        'Procure na caixa de saída e nos enviados mensagens que saem de novo e de novo ou que você não escreveu: uma mensagem travada que um celular ou programa tenta reenviar, um script em loop ou uma senha roubada esgota o limite, e os provedores podem suspender uma conta que o ultrapassa repetidamente.',
        'Se você precisa enviar mais com frequência, peça ao seu provedor ou serviço de envio um limite ou plano maior, e envie newsletters e outros envios em massa por um serviço de envio de e-mail: os limites de uma conta de caixa postal são feitos para o e-mail de uma pessoa.',
      ],
      prevention: ['Mantenha envios em massa e notificações automáticas fora das contas de caixa postal pessoais e de escritório, e compare o número de destinatários de um envio grande com o limite diário da sua conta antes de começá-lo.'],
    },
    'auth.sasl-mechanism': {
      explanation:
        'Seu servidor de e-mail (ou programa) tem usuário e senha para o servidor pelo qual envia, mas não conseguiu fazer login: entre os métodos de login que esse servidor oferecia (PLAIN, LOGIN, CRAM-MD5…), não havia nenhum que o seu lado pudesse ou quisesse usar. Em geral a conexão não estava criptografada e o servidor só lista seus métodos depois do STARTTLS, ou o seu lado não envia senha em texto puro (o Postfix, por padrão, não envia); ou os plugins da biblioteca SASL para esses métodos não estão instalados; ou um filtro nas configurações não deixa nenhum. A senha nunca foi testada, então pode muito bem estar certa; nenhum servidor receptor foi consultado, e o endereço do destinatário não é o culpado.',
      checklist: [
        'Ative a criptografia da conexão com esse servidor (STARTTLS na porta 587, ou TLS desde o início na 465): a maioria dos servidores só lista seus métodos de login numa conexão criptografada. No Postfix, configure smtp_tls_security_level = encrypt para ele.',
        'Se o seu servidor é Postfix, deixe-o usar os métodos que o servidor oferece nessa conexão criptografada: smtp_sasl_tls_security_options = noanonymous (o padrão das duas configurações de segurança, noplaintext, noanonymous, recusa PLAIN e LOGIN), e nenhum smtp_sasl_mechanism_filter que deixe todos de fora.',
        'Instale os plugins da biblioteca SASL para esses métodos se estiverem faltando ("No worthy mechs found"): libsasl2-modules no Debian e no Ubuntu, cyrus-sasl-plain e cyrus-sasl-md5 no Red Hat, Fedora e CentOS; depois recarregue o Postfix.',
        'Verifique quais métodos o servidor oferece: depois de conectar, digite EHLO e um nome, e leia a linha que começa com 250-AUTH.',
        'Se foi um aplicativo que a enviou, ative STARTTLS (ou TLS na porta 465) nas configurações de e-mail dele: a biblioteca de e-mail só procura um método em comum com o servidor entre os que o servidor lista.',
      ],
      prevention: ['Exija criptografia em toda conexão em que seus servidores e programas fazem login, e mantenha os plugins SASL instalados junto com o servidor de e-mail.'],
    },
    'auth.login-refused': {
      explanation:
        "Seu programa de e-mail, aplicativo ou servidor fez login no servidor pelo qual envia (autenticação SMTP), e o servidor respondeu que o login estava errado (o 535 da RFC 4954, \"authentication credentials invalid\"). Na maioria das vezes a senha está errada ou foi trocada, o usuário não é o endereço de e-mail completo que o provedor espera, ou a conta tem verificação em duas etapas e precisa de uma senha de app (Gmail, iCloud, Yahoo) ou de um login pelo provedor (OAuth) em vez da senha da própria conta; alguns provedores desligam de vez o login por senha para programas de e-mail (Outlook.com e Hotmail desde setembro de 2024, o SMTP AUTH no Microsoft 365 e os padrões de segurança dele). Tentativas falhas demais podem bloquear os logins por um tempo. Nada foi enviado, e o endereço do destinatário não tem culpa.",
      checklist: [
        "Verifique o usuário e a senha nas configurações de envio (SMTP) do programa: o usuário costuma ser o endereço de e-mail completo; digite a senha de novo e procure um espaço no fim ou um caractere que o arquivo de configuração precise entre aspas.",
        "Use uma senha de app se a conta tiver verificação em duas etapas (Gmail, iCloud e Yahoo exigem uma para programas de e-mail), ou deixe o programa entrar pelo provedor (OAuth) se ele oferecer isso: o Outlook.com e o Hotmail não aceitam outra coisa de programas de e-mail.",
        "No Microsoft 365, verifique se o SMTP AUTH está permitido para a caixa (e não bloqueado pelos padrões de segurança), ou envie pelo Microsoft Graph.",
        "Entre na conta pelo site do provedor: uma conta bloqueada, uma troca de senha obrigatória ou uma verificação de segurança impede logins de programas até ser resolvida.",
        "Envie a mensagem de novo quando o login funcionar: ela não foi enviada.",
      ],
      prevention: ["Depois de trocar a senha de uma conta ou ativar a verificação em duas etapas, atualize cada programa e aparelho que envia pela conta."],
    },
    'microsoft.smtp-auth-off': {
      explanation:
        "O programa fez login no servidor de saída do Microsoft 365 (Exchange Online) com usuário e senha, e a Microsoft recusou a forma de login, não necessariamente a senha: o SMTP AUTH está desligado para a caixa ou para toda a organização (o padrão nas organizações novas), os padrões de segurança da organização ou uma política de acesso condicional bloqueiam logins por senha, ou vale a desativação, pela Microsoft, do login por senha (Basic) para o SMTP AUTH; uma conta do Outlook.com ou do Hotmail só aceita OAuth de programas de e-mail desde setembro de 2024. Digitar a senha de novo não resolve. Nada foi enviado, e o endereço do destinatário não tem culpa.",
      checklist: [
        "Peça ao administrador do Microsoft 365 que permita o SMTP AUTH para esta caixa (no Centro de administração do Microsoft 365, nas configurações de e-mail do usuário, \"SMTP autenticado\", ou com Set-CASMailbox -SmtpClientAuthenticationDisabled $false), se a organização permitir.",
        "Faça o programa entrar com OAuth (autenticação moderna) se ele oferecer isso para SMTP: a Microsoft está desativando o login por senha no SMTP AUTH do Exchange Online, e o Outlook.com e o Hotmail não aceitam outra coisa.",
        "Verifique se os padrões de segurança ou uma política de acesso condicional bloqueiam a autenticação legada (por senha) da conta: eles barram o SMTP AUTH com senha mesmo onde ele é permitido para a caixa.",
        "Se o programa não souber usar OAuth (uma impressora, um scanner, um aplicativo antigo), envie pelo relay com conector ou pelo envio direto do Microsoft 365, ou por um serviço de envio, em vez de fazer login em smtp.office365.com.",
        "Envie a mensagem de novo quando o programa conseguir fazer login: ela não foi enviada.",
      ],
      prevention: ["Configure os aparelhos e aplicativos que enviam pelo Microsoft 365 com OAuth ou com um relay com conector, não com uma senha."],
    },
    'tls.starttls-first': {
      explanation:
        "O servidor pelo qual o programa envia (o servidor de saída dele, ou o próximo servidor de e-mail) só aceita e-mail por uma conexão criptografada, e o programa mandou os comandos em texto puro sem iniciar antes a criptografia (o comando STARTTLS, RFC 3207). É uma configuração do programa ou do servidor que enviou a mensagem: a criptografia está desligada ou configurada para a porta errada. Nenhum servidor de e-mail julgou a mensagem em si, e o endereço do destinatário não tem culpa.",
      checklist: [
        "Ative a criptografia nas configurações de envio (SMTP) do programa: STARTTLS na porta 587 (ou 25), ou TLS desde o início (muitas vezes chamado de SSL) na porta 465.",
        "Verifique como a biblioteca de e-mail do programa chama essa configuração: mail.smtp.starttls.enable=true no JavaMail, EMAIL_USE_TLS = True no Django, SMTPSecure = 'tls' no PHPMailer, requireTLS: true no Nodemailer.",
        "Se um servidor de e-mail seu retransmite a mensagem, faça-o usar STARTTLS até esse servidor (Postfix: smtp_tls_security_level = may, ou encrypt para esse relay; Exim: hosts_require_tls no transporte smtp).",
        "Envie a mensagem de novo quando a criptografia estiver ativada: ela não foi enviada.",
      ],
      prevention: ["Configure cada programa que envia e-mail para criptografar a conexão com o servidor de e-mail (STARTTLS na 587 ou TLS na 465): a maioria dos provedores recusa logins e e-mail em texto puro."],
    },
    'recipient.malformed': {
      explanation:
        "O servidor de destino recusou o endereço do destinatário pela forma como está escrito, não porque procurou a caixa: ele não tem a forma nome@domínio que os padrões de e-mail exigem (RFC 5321) — um @ faltando ou repetido, um espaço, uma vírgula ou ponto e vírgula, um nome de exibição ou aspas no lugar do endereço, um ponto no fim, caracteres não permitidos ou vários endereços que um programa juntou num só campo. Escrito corretamente, o endereço pode funcionar muito bem.",
      checklist: [
        "Leia o endereço que a resposta cita, ou aquele para o qual você enviou: procure um espaço, uma vírgula ou ponto e vírgula entre dois endereços, um @ ou domínio faltando, um ponto no fim, ou um nome ou aspas em volta.",
        "Corrija o endereço onde ele foi digitado ou guardado (o catálogo de endereços, o formulário, o banco de dados ou as configurações do programa) e envie a mensagem de novo.",
        "Se um programa enviou a mensagem, verifique como ele monta a lista de destinatários: um endereço por destinatário, não uma lista nem um nome e um endereço juntos num campo, e nenhum caractere que o padrão não permite.",
      ],
      prevention: ["Confira os endereços na hora em que são digitados (com a validação de um formulário ou um e-mail de confirmação), para que um endereço digitado errado nunca chegue a um envio."],
    },
    'sender.malformed': {
      explanation:
        'O servidor recusou o endereço de remetente que seu servidor de e-mail ou programa informou (no comando MAIL FROM) porque não é um endereço completo da forma nome@domínio: um nome solto (o do programa, o nome de login), o nome próprio de uma máquina em vez de um domínio real (root@localhost, www-data@ubuntu, o ID de um contêiner), um nome de exibição ou texto codificado no lugar do endereço, ou um erro de digitação. É uma configuração do programa ou do servidor que enviou a mensagem, não da sua conta nem do DNS do seu domínio, e o endereço do destinatário não é o culpado.',
      checklist: [
        'Leia o endereço que a resposta cita (entre sinais de menor e maior, ou depois do código): é o que seu programa ou servidor informou como remetente, e em geral mostra o que falta, o @ e um domínio, ou um domínio real depois do nome próprio de uma máquina (root@localhost, pi@raspberrypi).',
        'Configure o endereço de remetente ("from") nas configurações de e-mail do programa com um endereço completo do seu domínio, do qual seu provedor deixa você enviar: não só o nome de exibição, não o nome de login, não o usuário da máquina.',
        'Se quem envia é um servidor ou um script nele (cron, um aplicativo web pelo mail() do PHP, um contêiner), faça-o completar com o seu domínio os endereços que escreve: myorigin (ou smtp_generic_maps) do Postfix, qualify_domain do Exim, o masquerading (MASQUERADE_AS) do Sendmail, a opção -f ou sendmail_from do PHP.',
        'Verifique se o nome e o endereço estão separados: um nome entre aspas ou codificado (=?utf-8?…?=) no lugar do endereço, um espaço, um ponto no final ou um caractere perdido no endereço é recusado da mesma forma.',
      ],
      prevention: ['Dê a cada servidor, contêiner e aplicativo que envia e-mail um endereço de remetente completo do seu próprio domínio nas configurações de e-mail, em vez do padrão da máquina.'],
    },
    'network.outbound-blocked': {
      explanation:
        "O servidor de e-mail que enviou sua mensagem (o seu, ou o do seu provedor de e-mail) não conseguiu abrir uma conexão com os servidores de recebimento de um grande provedor de e-mail ou serviço de filtragem (Gmail, Outlook.com, Yahoo, iCloud, GMX e semelhantes) na porta 25, a porta pela qual os servidores entregam e-mail: a conexão expirou, foi recusada ou não encontrou rota. Esses provedores mantêm vários servidores de recebimento que respondem a qualquer hora, então, quando nenhum deles pode ser alcançado, a saída quase sempre está bloqueada do lado de quem envia: o Google Cloud bloqueia a porta 25 de saída, a AWS e o Azure a restringem, a DigitalOcean a bloqueia em contas novas, muitos provedores de internet residenciais e empresariais também a bloqueiam, e um firewall no próprio servidor pode fazer o mesmo. Se o endereço que ele não alcançou for IPv6 (escrito com dois-pontos) e o motivo for \"Network is unreachable\", o servidor não tem uma rota IPv6 funcionando. O endereço do destinatário e o provedor dele não têm culpa.",
      checklist: [
        "Envie este aviso ao suporte do seu provedor de e-mail, se você envia por um: o servidor dele não conseguiu sair até o provedor do destinatário, e só o provedor pode corrigir isso.",
        "Verifique, a partir do servidor, se ele consegue alcançar algum servidor de e-mail na porta 25: se este teste contra os servidores do Gmail também expirar ou for recusado, o bloqueio está do seu lado, não do destinatário.",
        "Pergunte ao seu provedor de hospedagem ou nuvem se ele bloqueia a porta 25 de saída e como liberá-la para um servidor que entrega o próprio e-mail: o Google Cloud bloqueia a porta 25, a AWS e o Azure a restringem, a DigitalOcean a bloqueia em contas novas; provedores de internet residenciais também costumam bloqueá-la.",
        "Envie por um relay se a porta 25 continuar fechada: o servidor do seu provedor de e-mail ou de um serviço de envio na porta 587 com login (no Postfix, relayhost = [smtp.example.com]:587 com autenticação SASL).",
        "Se o endereço que ele não alcançou tiver dois-pontos (IPv6) e o motivo for \"Network is unreachable\", faça o servidor usar só IPv4 (Postfix: inet_protocols = ipv4) ou dê a ele uma rota IPv6 funcionando.",
        "Verifique o firewall do próprio servidor em busca de uma regra que descarte conexões de saída para a porta 25 (iptables ou nftables, ufw, um grupo de segurança na nuvem).",
      ],
      prevention: ["Antes de rodar um servidor de e-mail em uma máquina de nuvem ou hospedagem, verifique se o provedor permite enviar pela porta 25, ou configure-o desde o início para retransmitir por um serviço de envio."],
    },
    'list.held': {
      explanation:
        'A lista de e-mail não recusou sua mensagem: está retendo-a até que um moderador a revise, pelo motivo que o aviso informa (você não é membro, a lista é moderada, a mensagem tem muitos destinatários ou um cabeçalho que a lista vigia). O moderador vai liberá-la para a lista ou rejeitá-la, e a lista avisa você se ela for rejeitada. Seu servidor de e-mail e seu endereço não são os culpados, e nada precisa ser enviado de novo.',
      checklist: [
        'Aguarde a decisão do moderador e não envie a mensagem de novo: uma segunda cópia também ficaria retida, e as duas poderiam sair.',
        'Escreva do endereço com que você se inscreveu, se for membro da lista: uma mensagem de outro endereço seu fica retida como a de quem não é membro.',
        'Peça ao dono da lista que permita seu endereço, ou inscreva-se, se quiser que suas mensagens saiam sem esperar um moderador.',
        'Use o link do aviso para cancelar o envio, se não quiser mais que ele saia.',
      ],
      prevention: ['Escreva para listas de e-mail do endereço com que você se inscreveu.'],
    },
    'client.tls': {
      explanation:
        'O programa que enviou esta mensagem (um aplicativo, um script, um cliente de e-mail ou um servidor de e-mail seu) alcançou o servidor de e-mail para o qual enviava, mas os dois não conseguiram estabelecer uma conexão criptografada (TLS), então nada foi enviado. Em geral, a porta e a configuração de criptografia não combinam (a porta 465 espera TLS desde o primeiro byte; 587 e 25 começam sem criptografia e mudam com STARTTLS), o certificado do servidor não vale para o nome ao qual o programa se conectou (um endereço IP ou um alias em vez do nome do certificado), expirou ou é autoassinado, o servidor não oferece criptografia nessa porta, ou o sistema do programa é antigo demais para as versões de TLS e as autoridades certificadoras do servidor. Nenhum servidor recusou a mensagem, e o endereço do destinatário não é o culpado.',
      checklist: [
        'Verifique se a porta e a configuração de criptografia combinam: 465 com TLS desde o início (muitas vezes chamado de SSL), 587 com STARTTLS. "Wrong version number", "unrecognized SSL message" ou uma negociação que falha na hora costuma significar que uma está configurada para a outra.',
        'Verifique se o programa usa o nome de servidor que consta no certificado do servidor, o que seu provedor de e-mail indica, e não um endereço IP, "localhost" ou outro alias do servidor.',
        'Verifique o certificado que o servidor apresenta, a partir da máquina onde o programa roda (com o nome do servidor e a porta do programa): ele deve ser válido hoje e emitido para esse nome.',
        'Peça a quem administra o servidor de e-mail que renove um certificado expirado ou substitua um autoassinado, se for isso que ele apresenta; desative a verificação de certificados no programa só para um teste, nunca para e-mail de verdade.',
        'Atualize as autoridades certificadoras confiáveis e o ambiente de execução na máquina do programa (os certificados CA do sistema, OpenSSL, Java, .NET, PHP) se o certificado for válido e o erro continuar, ou se o erro citar uma versão de protocolo: sistemas antigos não têm as autoridades atuais nem TLS 1.2 ou 1.3.',
      ],
      prevention: ['Configure os programas com o nome de servidor, a porta e a criptografia que seu provedor de e-mail indica, envie uma mensagem de teste após cada mudança e acompanhe a data de expiração do certificado do seu próprio servidor.'],
    },
    'client.no-connection': {
      explanation:
        'O programa que enviou esta mensagem (um aplicativo, um script, um cliente de e-mail ou um servidor de e-mail seu) não conseguiu se conectar ao servidor de e-mail para o qual enviava: o nome do servidor não foi resolvido, a conexão foi recusada ou expirou, ou foi cortada antes de o servidor responder. Nenhum servidor de e-mail recusou a mensagem, e o endereço do destinatário não é o culpado. A causa costuma estar do lado do envio: um nome de servidor, uma porta ou uma configuração de criptografia errados, nenhum servidor de e-mail onde o programa procura (como localhost), ou um firewall ou provedor de hospedagem que bloqueia as portas de e-mail de saída.',
      checklist: [
        'Compare as configurações de servidor de e-mail do programa com as do seu provedor: o nome do servidor (sem erro de digitação, espaços ou aspas), a porta e a criptografia correspondente (587 com STARTTLS, 465 com TLS desde o início). Uma recusa de localhost ou 127.0.0.1 significa que nenhum servidor de e-mail roda nessa máquina.',
        'Na máquina onde o programa roda, verifique se o nome do servidor é resolvido e se a porta responde (por exemplo com nc -vz, ou Test-NetConnection no Windows, com o nome do servidor e a porta).',
        'Se a conexão expirar, pergunte ao seu provedor de hospedagem ou de nuvem se ele bloqueia portas de e-mail de saída: o Google Cloud bloqueia a porta 25, a AWS e o Azure a restringem, a DigitalOcean a bloqueia em contas novas. Envie em vez disso pelo seu provedor de e-mail na porta 587 ou 465, ou peça a liberação.',
        'Envie a mensagem de novo quando o programa conseguir se conectar: ela não foi enviada.',
      ],
      prevention: ['Depois de mudar as configurações de e-mail do programa, ou de movê-lo para outro servidor ou rede, envie uma mensagem de teste.'],
    },
    'sendmail.relay-mailer': {
      explanation:
        "O Sendmail do seu servidor entrega o e-mail de saída a um relay (um smart host) e não conseguiu resolver o nome desse relay: a linha do log diz que o mailer relay estava entregando (mailer=relay) e cita o host que não foi encontrado. O endereço e o domínio do destinatário não têm culpa; a mensagem não saiu do seu servidor.",
      checklist: [
        "Confira se o nome do relay na configuração do Sendmail (SMART_HOST no sendmail.mc, a linha DS do sendmail.cf) não tem erro de digitação.",
        "Confira se o seu servidor consegue resolver esse nome (as configurações de DNS, /etc/hosts).",
        "Depois, gere de novo o sendmail.cf, reinicie o Sendmail e processe a fila outra vez (sendmail -q).",
      ],
      prevention: ["Depois de mudar o nome do relay ou as configurações de DNS do seu servidor, envie uma mensagem de teste e leia o log de e-mail."],
    },
    'fact.temporary-domain': {
      explanation:
        'A busca de onde {recipientDomain} recebe e-mails deu "domínio inexistente" desta vez, e seu servidor trata isso como temporário: ele vai tentar de novo. Um domínio recém-registrado ou alterado, ou uma falha de DNS, causa isso; um domínio escrito errado também, e esse vai continuar falhando.',
      checklist: [
        'Confira a grafia do domínio (a parte depois do @).',
        'Consulte o domínio você mesmo.',
        'Deixe seu servidor continuar tentando se o domínio estiver certo; se estiver escrito errado, escreva para o endereço certo.',
      ],
    },
  },
  finals: {
    'rate-limit': {
      explanation:
        'Você enviou mais mensagens, destinatários ou conexões do que o servidor de destino (ou seu próprio provedor) permite num período, e esta mensagem foi recusada, não adiada: ela não será tentada de novo. O limite volta a zero depois do período dele, muitas vezes uma hora ou um dia.',
      checklist: [
        'Espere o limite voltar a zero (a resposta ou a página de limites do seu provedor diz quando; muitas vezes uma hora ou um dia) e então envie a mensagem de novo.',
        'Distribua os envios grandes ao longo do tempo e mantenha poucos destinatários por mensagem.',
        'Confira os limites de envio do seu provedor, e sua conta em busca de envios inesperados, se a cota dele foi atingida.',
      ],
      prevention: REPUTATION_PREVENTION,
    },
    network: {
      explanation:
        'O servidor de e-mail do destinatário não foi encontrado no DNS, recusou a conexão ou não respondeu a tempo, e seu servidor parou de tentar: esta mensagem não foi entregue. O servidor pode estar fora do ar ou mal configurado, ou um firewall pode estar no caminho.',
      checklist: [
        'Consulte os servidores de e-mail do domínio do destinatário.',
        'Envie a mensagem de novo mais tarde; se continuar falhando, avise o destinatário por outro meio.',
        'Confira se as conexões de saída para a porta 25 estão liberadas.',
      ],
    },
    greylisting: {
      explanation:
        'O servidor de destino adiou sua mensagem com greylisting a cada tentativa do seu servidor, e seu servidor parou de tentar: esta mensagem não foi entregue. O greylisting deixa uma mensagem passar quando o mesmo servidor tenta de novo após alguns minutos; ele continua adiando quando cada tentativa vem de outro servidor ou endereço IP de um pool, quando cada tentativa usa um novo endereço de remetente do envelope, ou quando as novas tentativas param cedo demais.',
      checklist: [
        'Envie a mensagem de novo.',
        'Garanta que seu servidor tente de novo o e-mail adiado a partir do mesmo endereço IP de saída e com o mesmo remetente do envelope (Return-Path), por pelo menos algumas horas.',
        'Se for recusada de novo, peça ao administrador do destinatário que isente seu servidor de envio do greylisting.',
      ],
    },
  },
  programs: {
    'rate-limit': {
      explanation:
        'Você enviou mais mensagens, destinatários ou conexões do que o servidor de destino (ou o seu próprio provedor) permite em um período, e ele adiou esta mensagem (uma resposta 4xx). O programa que relatou isso só a envia de novo se mantiver o e-mail que falhou em uma fila que tenta novamente. O limite é zerado após o período, muitas vezes de alguns minutos a uma hora.',
      checklist: [
        'Envie a mensagem de novo quando o limite for zerado (a resposta ou a página de limites do seu provedor pode dizer quando), ou deixe a fila do programa tentar de novo; enviar de novo na hora aumenta a contagem.',
        'Deixe o programa mais lento: menos mensagens por conexão e por minuto, e menos destinatários por mensagem.',
        'Verifique os limites de envio do seu provedor, e sua conta por envios inesperados, se a cota foi atingida.',
      ],
      prevention: REPUTATION_PREVENTION,
    },
  },
  providerSteps: {
    'google:auth-required': ['Para uma conta do Gmail ou do Google Workspace: entre com uma senha de app (ela exige a verificação em duas etapas ativada) ou por um app que faz login com o Google (OAuth); o Google não aceita mais a senha da própria conta vinda de outros programas de e-mail.'],
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
      'Os celulares au recusam e-mails que as configurações antispam do dono não permitem (muitas vezes tudo o que vem de computadores ou de domínios desconhecidos): peça ao destinatário que adicione seu endereço ou domínio aos remetentes permitidos (受信リスト) nas configurações de e-mail au.',
    ],
    'mimecast:spam': gatewayAllow('Mimecast', 'os Permitted Senders dele'),
    'mimecast:policy': gatewayAllow('Mimecast', 'os Permitted Senders dele'),
    'mimecast:content-policy': gatewayAllow('Mimecast', 'os Permitted Senders dele'),
    'proofpoint:spam': gatewayAllow('Proofpoint', 'a lista de remetentes seguros dele'),
    'proofpoint:policy': gatewayAllow('Proofpoint', 'a lista de remetentes seguros dele'),
  },
  whoActs: {
    spf: { permanent: 'Você: inclua o servidor que enviou isto no registro SPF do seu domínio e envie de novo', temporary: 'Você: corrija o registro SPF do seu domínio; enquanto isso, seu servidor continua tentando' },
    dkim: { permanent: 'Você: ative a assinatura DKIM para o seu domínio e envie de novo', temporary: 'Você: corrija a assinatura DKIM do seu domínio; enquanto isso, seu servidor continua tentando' },
    dmarc: { permanent: 'Você: faça o serviço que enviou isto passar no SPF ou no DKIM do seu domínio e envie de novo', temporary: 'Você: faça o serviço de envio passar no SPF ou no DKIM; enquanto isso, seu servidor continua tentando' },
    unauthenticated: { permanent: 'Você: configure SPF e DKIM para o seu domínio e envie de novo', temporary: 'Você: configure SPF e DKIM para o seu domínio; enquanto isso, seu servidor continua tentando' },
    ptr: { permanent: 'Você ou quem administra seu servidor de e-mail: dê ao IP de envio um nome de DNS reverso e envie de novo', temporary: 'Você ou quem administra seu servidor de e-mail: dê ao IP de envio um nome de DNS reverso; seu servidor continua tentando' },
    'ip-blocklist': { permanent: 'Você ou seu provedor de e-mail: acabem com a causa e peçam a remoção da lista, depois envie de novo', temporary: 'Você ou seu provedor de e-mail: acabem com a causa e peçam a remoção da lista; seu servidor continua tentando' },
    'domain-blocklist': { permanent: 'Você: tire o domínio listado da mensagem ou peça a remoção dele, depois envie de novo', temporary: 'Você: tire o domínio listado ou peça a remoção dele; seu servidor continua tentando' },
    reputation: { permanent: 'Você: envie menos, e só para quem quer seus e-mails', temporary: 'Você: envie menos por um tempo; seu servidor continua tentando' },
    'rate-limit': { permanent: 'Você: envie menos de cada vez e envie de novo mais tarde', temporary: 'Ninguém por enquanto: seu servidor tenta de novo; você: envie menos de cada vez' },
    spam: { permanent: 'Você: mude a mensagem e envie de novo', temporary: 'Ninguém por enquanto: seu servidor tenta de novo; se continuar falhando, você: mude a mensagem' },
    virus: { permanent: 'Você: tire o anexo perigoso e envie de novo', temporary: 'Você: tire o anexo perigoso; enquanto isso, seu servidor continua tentando' },
    'content-policy': { permanent: 'Você: envie o arquivo de outra forma (um link, outro formato)', temporary: 'Ninguém por enquanto: seu servidor tenta de novo; se continuar falhando, você: envie o arquivo de outra forma' },
    'message-size': { permanent: 'Você: envie uma mensagem menor (arquivos grandes como links)', temporary: 'Ninguém por enquanto: seu servidor tenta de novo; se continuar falhando, você: envie uma mensagem menor' },
    'message-format': { permanent: 'Você ou o app que a enviou: corrija como a mensagem é montada', temporary: 'Você ou o app que a enviou: corrija como a mensagem é montada; seu servidor continua tentando' },
    'relay-denied': { permanent: 'Você: confira as configurações do seu servidor de saída e o domínio do destinatário', temporary: 'Você: confira as configurações do seu servidor de saída; seu servidor continua tentando' },
    'auth-required': { permanent: 'Você: faça login no seu servidor de saída (confira as configurações SMTP) e envie de novo', temporary: 'Você: confira o login nas suas configurações SMTP; seu servidor continua tentando' },
    'tls-required': { permanent: 'Você ou o administrador do destinatário: consertem a conexão criptografada, depois envie de novo', temporary: 'Você ou o administrador do destinatário: consertem a conexão criptografada; seu servidor continua tentando' },
    'sender-rejected': { permanent: 'Você: envie de um endereço que você tem permissão para usar', temporary: 'Você: confira seu endereço de remetente; seu servidor continua tentando' },
    'recipient-unknown': { permanent: 'Você: corrija o endereço ou pare de enviar para ele', temporary: 'Ninguém por enquanto: seu servidor tenta de novo; você: confira o endereço' },
    'recipient-domain': { permanent: 'Você: corrija o domínio ou pare de enviar para ele', temporary: 'Ninguém por enquanto: seu servidor tenta de novo; você: confira a grafia do domínio' },
    'mailbox-full': { permanent: 'O destinatário: liberar espaço — você: tentar de novo mais tarde', temporary: 'O destinatário: liberar espaço — seu servidor continua tentando' },
    'mailbox-disabled': { permanent: 'Você: peça à pessoa um endereço novo e pare de enviar para este', temporary: 'Ninguém por enquanto: seu servidor tenta de novo; você: pergunte à pessoa se o endereço ainda funciona' },
    'recipient-policy': { permanent: 'O destinatário: liberar seu endereço — você: pedir isso a ele', temporary: 'O destinatário: liberar seu endereço — seu servidor continua tentando' },
    policy: { permanent: 'Você: leia a resposta; o administrador do destinatário pode dizer qual regra a recusou', temporary: 'Ninguém por enquanto: seu servidor tenta de novo; se continuar falhando, você: pergunte ao destinatário por outro meio' },
    greylisting: { permanent: 'Você: envie a mensagem de novo', temporary: 'Ninguém: seu servidor tenta de novo sozinho' },
    'delivery-timeout': { permanent: 'Você: confira o endereço e envie de novo mais tarde, ou fale com a pessoa por outro meio', temporary: STILL_TRYING },
    network: { permanent: 'O lado do destinatário: consertar o servidor de e-mail — você: enviar de novo mais tarde', temporary: 'O lado do destinatário: consertar o servidor de e-mail — seu servidor continua tentando' },
    'remote-error': { permanent: 'O administrador do destinatário: consertar o servidor dele — você: tentar de novo mais tarde', temporary: 'O administrador do destinatário: consertar o servidor dele — seu servidor continua tentando' },
    protocol: { permanent: 'Você ou o app que a enviou: corrija o programa de envio', temporary: 'Você ou o app que a enviou: corrija o programa de envio; seu servidor continua tentando' },
    'auto-reply': { permanent: 'Ninguém: sua mensagem foi entregue', temporary: 'Ninguém: sua mensagem foi entregue' },
    complaint: { permanent: 'Você: pare de enviar para esta pessoa', temporary: 'Você: pare de enviar para esta pessoa' },
    delivered: { permanent: 'Ninguém: sua mensagem foi entregue', temporary: 'Ninguém: sua mensagem foi entregue' },
    unknown: { permanent: 'Você: leia a resposta e depois pergunte ao destinatário por outro meio', temporary: STILL_TRYING },
  },
  ruleWhoActs: {
    'recipient.suppressed': { permanent: 'Você: veja na lista de supressão do seu serviço de envio por que o endereço já voltou antes; corrija-o ou pare de enviar para ele', temporary: 'Você: veja na lista de supressão do seu serviço de envio por que o endereço já voltou antes' },
    'service.test-mode': { permanent: "Você: envie do seu próprio domínio verificado ou autorize o destinatário no seu serviço de envio", temporary: "Você: envie do seu próprio domínio verificado ou autorize o destinatário no seu serviço de envio" },
    'service.account-hold': { permanent: "Você: pergunte ao seu serviço de envio por que ele parou de enviar pela sua conta ou domínio, e peça que o envio seja retomado", temporary: "Você: pergunte ao seu serviço de envio por que ele parou de enviar pela sua conta ou domínio, e peça que o envio seja retomado" },
    'service.sender-unverified': { permanent: "Você: verifique no seu serviço de envio o endereço ou o domínio de onde envia e então envie de novo", temporary: "Você: verifique no seu serviço de envio o endereço ou o domínio de onde envia e então envie de novo" },
    'sender.login-mismatch': { permanent: 'Você: envie de um endereço que seu login possa usar, ou obtenha o direito de enviar com este', temporary: 'Você: envie de um endereço que seu login possa usar, ou obtenha o direito de enviar com este' },
    'tenant.unregistered-domain': { permanent: 'Você ou o administrador do Microsoft 365: adicione e verifique no Microsoft 365 o domínio de onde você envia', temporary: 'Você ou o administrador do Microsoft 365: adicione e verifique no Microsoft 365 o domínio de onde você envia' },
    'auth.helo': { permanent: 'Você ou quem administra o servidor de envio: faça-o se apresentar com o nome de domínio completo e envie de novo', temporary: 'Você ou quem administra o servidor de envio: faça-o se apresentar com o nome de domínio completo; seu servidor continua tentando' },
    'mta.mail-loop': { permanent: 'Quem administra esse servidor de e-mail: configure-o para receber o e-mail do domínio, ou corrija o registro MX do domínio', temporary: 'Quem administra esse servidor de e-mail: configure-o para receber o e-mail do domínio, ou corrija o registro MX do domínio' },
    'mta.hop-loop': { permanent: "O destinatário, ou quem administra o e-mail dele: corrija o encaminhamento ou o roteamento que faz o loop — você: avise-o, depois envie de novo", temporary: "O destinatário, ou quem administra o e-mail dele: corrija o encaminhamento ou o roteamento que faz o loop — seu servidor continua tentando" },
    'blocklist.lookup-error': { permanent: "O administrador do destinatário: corrija as consultas às listas de bloqueio — você: avise-o, depois envie de novo", temporary: "O administrador do destinatário: corrija as consultas às listas de bloqueio — seu servidor continua tentando" },
    'client.no-connection': { permanent: 'Você ou quem administra o programa: corrija as configurações de servidor de e-mail dele, ou libere o caminho até esse servidor', temporary: 'Você ou quem administra o programa: corrija as configurações de servidor de e-mail dele, ou libere o caminho até esse servidor' },
    'client.tls': { permanent: 'Você ou quem administra o programa: ajuste a porta e a criptografia ao servidor, ou corrija o certificado do servidor', temporary: 'Você ou quem administra o programa: ajuste a porta e a criptografia ao servidor, ou corrija o certificado do servidor' },
    'list.held': { permanent: 'O moderador da lista: aprovar ou rejeitar — você: nada a reenviar', temporary: 'O moderador da lista: aprovar ou rejeitar — você: nada a reenviar' },
    'auth.login-throttle': { permanent: 'Você: corrija o login do programa e deixe-o descansar um pouco, depois envie de novo', temporary: 'Você: corrija o login do programa e deixe-o descansar um pouco, depois envie de novo' },
    'account.sending-limit': { permanent: 'Você: espere o limite de envio da sua conta ser redefinido e depois envie de novo', temporary: 'Você: espere o limite de envio da sua conta ser redefinido e depois envie de novo' },
    'auth.sasl-mechanism': { permanent: 'Você ou quem administra o servidor de envio: criptografe a conexão antes do login, ou permita um método que o servidor oferece', temporary: 'Você ou quem administra o servidor de envio: criptografe a conexão antes do login, ou permita um método que o servidor oferece; seu servidor continua tentando' },
    'auth.login-refused': { permanent: "Você: corrija o login nas configurações de envio (SMTP) do programa, depois envie de novo", temporary: "Você: corrija o login nas configurações de envio (SMTP) do programa; seu servidor continua tentando" },
    'microsoft.smtp-auth-off': { permanent: "O administrador do Microsoft 365: permita o SMTP AUTH para a caixa, ou você: passe o programa para OAuth ou para um relay, depois envie de novo", temporary: "O administrador do Microsoft 365: permita o SMTP AUTH para a caixa, ou você: passe o programa para OAuth ou para um relay; seu servidor continua tentando" },
    'tls.starttls-first': { permanent: "Você ou quem administra o programa: ative a criptografia (STARTTLS) nas configurações de e-mail dele, depois envie de novo", temporary: "Você ou quem administra o programa: ative a criptografia (STARTTLS) nas configurações de e-mail dele; seu servidor continua tentando" },
    'recipient.malformed': { permanent: "Você: corrija o endereço onde ele foi escrito, depois envie de novo", temporary: "Você: corrija o endereço onde ele foi escrito; seu servidor continua tentando" },
    'sender.malformed': { permanent: 'Você ou quem administra o programa ou servidor: configure um endereço de remetente completo (nome@seu-dominio) nas configurações de e-mail e envie de novo', temporary: 'Você ou quem administra o programa ou servidor: configure um endereço de remetente completo (nome@seu-dominio) nas configurações de e-mail; seu servidor continua tentando' },
    'network.outbound-blocked': { permanent: "Quem administra o servidor de e-mail que envia (você, seu provedor de hospedagem ou seu provedor de e-mail): libere a porta 25 de saída ou retransmita pela porta 587, depois envie de novo", temporary: "Quem administra o servidor de e-mail que envia (você, seu provedor de hospedagem ou seu provedor de e-mail): libere a porta 25 de saída ou retransmita pela porta 587; o servidor continua tentando" },
    'sendmail.relay-mailer': { permanent: "Você: corrija o nome do relay na configuração do Sendmail, ou a resolução de nomes do seu servidor", temporary: "Você: corrija o nome do relay na configuração do Sendmail, ou a resolução de nomes do seu servidor" },
  },
  temporary: {
    lead: 'Isto é um atraso, não uma falha definitiva: o servidor de destino adiou a mensagem (uma resposta 4xx), e seu servidor continua tentando sozinho, normalmente por alguns dias.',
    wait: 'Espere, e não mande a mensagem outra vez manualmente: seu servidor continua tentando, e uma cópia enviada agora pode chegar duas vezes.',
    ifFails: 'Se seu servidor finalmente desistir e chegar um aviso de falha, corrija o que ele indicar e depois envie de novo.',
    programLead:
      'É uma recusa temporária, não definitiva: o servidor de destino adiou a mensagem (uma resposta 4xx) e pede que ela seja enviada de novo mais tarde. O programa que a relatou só tenta de novo se mantiver o e-mail que falhou em uma fila que tenta novamente.',
    programWait: 'Deixe a fila do programa tentar de novo, se houver uma; se não, envie a mensagem de novo daqui a pouco (de alguns minutos a uma hora).',
    ownLead: 'Isto é um atraso, não uma falha definitiva: o seu próprio servidor de e-mail está segurando a mensagem e continua tentando sozinho, normalmente por alguns dias.',
    finalWords: ['recusada novamente', 'continuar recusando', 'envie a mensagem de novo', 'envie-a de novo', 'envie de novo', 'não foi entregue'],
  },
  registry: {
    '0.0': 'Outro status não definido',
    '1.0': 'Outro status de endereço',
    '1.1': 'Endereço de caixa de destino inválido',
    '1.2': 'Endereço de sistema de destino inválido',
    '1.3': 'Sintaxe de endereço de caixa de destino inválida',
    '1.4': 'Endereço de caixa de destino ambíguo',
    '1.5': 'Endereço de destino válido',
    '1.6': 'A caixa de destino mudou, sem endereço de encaminhamento',
    '1.7': 'Sintaxe inválida do endereço de caixa do remetente',
    '1.8': 'Endereço de sistema do remetente inválido',
    '1.9': 'Mensagem repassada a um sistema de e-mail fora do padrão',
    '1.10': 'O endereço do destinatário tem MX nulo',
    '2.0': 'Outro status de caixa ou não definido',
    '2.1': 'Caixa desativada, não aceita mensagens',
    '2.2': 'Caixa cheia',
    '2.3': 'O tamanho da mensagem excede o limite administrativo',
    '2.4': 'Problema na expansão da lista de e-mail',
    '3.0': 'Outro status do sistema de e-mail ou não definido',
    '3.1': 'Sistema de e-mail cheio',
    '3.2': 'O sistema não aceita mensagens da rede',
    '3.3': 'O sistema não tem os recursos selecionados',
    '3.4': 'Mensagem grande demais para o sistema',
    '3.5': 'Sistema configurado incorretamente',
    '3.6': 'A prioridade solicitada foi alterada',
    '4.0': 'Outro status de rede ou roteamento, ou não definido',
    '4.1': 'Nenhuma resposta do host',
    '4.2': 'Conexão ruim',
    '4.3': 'Falha do servidor de diretório',
    '4.4': 'Não foi possível rotear',
    '4.5': 'Congestionamento do sistema de e-mail',
    '4.6': 'Loop de roteamento detectado',
    '4.7': 'Prazo de entrega expirado',
    '4.8': 'TLS implícito obrigatório',
    '5.0': 'Outro status de protocolo ou não definido',
    '5.1': 'Comando inválido',
    '5.2': 'Erro de sintaxe',
    '5.3': 'Destinatários demais',
    '5.4': 'Argumentos de comando inválidos',
    '5.5': 'Versão de protocolo errada',
    '5.6': 'Linha da troca de autenticação longa demais',
    '6.0': 'Outro erro de mídia ou não definido',
    '6.1': 'Mídia não suportada',
    '6.2': 'Conversão necessária, mas proibida',
    '6.3': 'Conversão necessária, mas não suportada',
    '6.4': 'Conversão feita com perda',
    '6.5': 'A conversão falhou',
    '6.6': 'Conteúdo da mensagem indisponível',
    '6.7': 'Endereços não ASCII não permitidos para esse remetente/destinatário',
    '6.8': 'Resposta em UTF-8 necessária, mas não permitida pelo cliente SMTP',
    '6.9': 'Mensagem com cabeçalhos UTF-8 não pode ser transferida para um ou mais destinatários',
    '6.10': 'Resposta em UTF-8 necessária, mas não permitida pelo cliente SMTP',
    '7.0': 'Outro status de segurança ou não definido',
    '7.1': 'Entrega não autorizada, mensagem recusada',
    '7.2': 'Expansão da lista de e-mail proibida',
    '7.3': 'Conversão de segurança necessária, mas impossível',
    '7.4': 'Recursos de segurança não suportados',
    '7.5': 'Falha criptográfica',
    '7.6': 'Algoritmo criptográfico não suportado',
    '7.7': 'Falha de integridade da mensagem',
    '7.8': 'Credenciais de autenticação inválidas',
    '7.9': 'Mecanismo de autenticação fraco demais',
    '7.10': 'Criptografia necessária',
    '7.11': 'Criptografia obrigatória para o mecanismo de autenticação solicitado',
    '7.12': 'É preciso trocar a senha',
    '7.13': 'Conta de usuário desativada',
    '7.14': 'Relação de confiança necessária',
    '7.15': 'Nível de prioridade baixo demais',
    '7.16': 'Mensagem grande demais para a prioridade indicada',
    '7.17': 'O dono da caixa mudou',
    '7.18': 'O dono do domínio mudou',
    '7.19': 'O teste RRVS não pode ser concluído',
    '7.20': 'Nenhuma assinatura DKIM válida encontrada',
    '7.21': 'Nenhuma assinatura DKIM aceitável encontrada',
    '7.22': 'Nenhuma assinatura DKIM válida correspondente ao autor encontrada',
    '7.23': 'A validação SPF falhou',
    '7.24': 'Erro na validação SPF',
    '7.25': 'A validação do DNS reverso falhou',
    '7.26': 'Várias verificações de autenticação falharam',
    '7.27': 'O endereço do remetente tem MX nulo',
    '7.28': 'Enxurrada de e-mails detectada',
    '7.29': 'Falha na validação ARC',
    '7.30': 'Suporte a REQUIRETLS necessário',
  },
  classMeaning: {
    '2': 'Sucesso',
    '4': 'Falha temporária persistente: a mesma mensagem pode ser aceita mais tarde',
    '5': 'Falha permanente: enviar de novo sem mudanças vai falhar outra vez',
  },
  unlisted: '{meaning} (um código que o registro não lista)',
  values: {
    who: 'O servidor de destino',
    domain: 'seu domínio',
    recipient: 'o destinatário',
    recipientDomain: 'o domínio do destinatário',
    ip: 'seu IP de envio',
    selectorKnown: 'seletor {selector}, tirado da assinatura DKIM da sua mensagem',
    selectorUnknown: 'o retorno não mostra seu seletor: troque SELECTOR pelo que seu provedor informou',
    defaultZone: 'Spamhaus ZEN, a lista de bloqueio mais usada',
    refusedValue: '(Um valor do retorno não é válido neste comando; troque {placeholder}.)',
    typo: 'Confira o endereço: {recipientDomain} parece um erro de digitação de {meant}. Se era {meantAddress}, escreva para esse endereço.',
    didYouMean: ' — você quis dizer {meantAddress}?',
  },
  links: {
    reply: 'A página citada na resposta',
    zone: '{zone}: verificar e pedir remoção',
    delisting: '{provider}: remoção da lista',
    postmaster: '{provider}: página de postmaster',
    errors: '{provider}: códigos de erro',
  },
  reason: {
    provider: 'Resposta documentada de {provider}: {evidence}.',
    reply: 'A resposta diz {evidence}.',
    statusAgrees: 'O código de status {status} confirma.',
    statusOnly: 'Só o código de status {status} diz o que aconteceu.',
    codeOnly: 'Só o código de resposta {code} diz o que aconteceu.',
    authResults: 'Os Authentication-Results da mensagem original mostram {result}.',
    alternative: 'Também pode ser: {title}.',
    none: 'Nada na resposta corresponde a uma causa conhecida.',
    noReply: 'O retorno não traz nenhuma resposta de onde tirar uma causa.',
    notFailure: 'A mensagem não é uma falha: {title}.',
    quote: '"{text}"',
    status: 'status {status}',
    code: 'código {code}',
  },
};
