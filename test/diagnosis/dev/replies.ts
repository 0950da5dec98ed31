/**
 * The development set: real replies from public pages, collected on 2026-12-01 by two collectors who never ran or
 * read the engine (labels from the text and ../shared/docs/taxonomy.md alone), from sources other than the frozen
 * test's (every URL checked against it). Unlike the frozen test, its failures may be read: it shows which *kinds* of
 * text the engine does not generalize to, and the fixes are made with documented knowledge or general mechanisms,
 * never a phrase fitted to one sample (test/diagnosis/single-sample.test.ts). `npm run bench:corpus` prints it beside
 * the rule-writing table and the frozen test; `node scripts/run-ts.mjs bench/frozen.ts --misses` lists its misses.
 *
 * The collectors were given the frozen test's pages to skip, yet 20 of their entries came from 10 of those pages (11
 * of them the frozen text itself) and one more repeated a frozen text from another page. They were read in the misses
 * before test/diagnosis/dev-set.test.ts caught the overlap, and then removed; no rule was written from them (the
 * frozen entries on those pages scored 13/17 before and after this round's changes).
 *
 * - issues.ts: GitHub issue and pull-request threads (library exceptions, mail logs, notices pasted by users).
 * - pages.ts: hosting and vendor knowledge-base articles showing customers' bounces, Q&A and forum threads, blogs.
 * - issues2.ts, pages2.ts: a second round from other pages of the same kinds, looking for what the first found little
 *   of (text in other languages, the recipient-side categories, notices without a code).
 * - issues3.ts, pages3.ts: a third round (2026-12-02), by two new collectors under the same rules (labels from the text
 *   and the taxonomy alone, no page of the frozen test or of the earlier rounds), weighted towards the categories the
 *   frozen test's aggregates show weakest: delivery timeouts, policy and recipient-policy refusals, sender and domain
 *   refusals, disabled mailboxes, format errors, and wrapped forms.
 * - issues4.ts, pages4.ts: a fourth round the same day, under the same rules, weighted towards network failures as
 *   servers and sending programs print them, and the rarer wordings of timeouts, full mailboxes and format errors.
 * - issues5.ts, pages5.ts: a fifth round (2026-12-02, new collectors, same rules), weighted towards whole notices as
 *   users paste them, the pages of providers outside the English-speaking world, and the recipient-side and policy
 *   categories. (Its collectors' skip list missed the earlier rounds' pages quoted with single quotes: 29 of its entries
 *   come from pages the earlier rounds used; 25 texts equal to earlier entries were removed.)
 * - issues6.ts, pages6.ts: a sixth round the same day (new collectors, same rules, a corrected skip list of every frozen
 *   and development page): GitHub threads of self-hosted mail stacks, apps that send mail and sending libraries; Q&A
 *   and mailing-list pages.
 * - issues7.ts, pages7.ts: a seventh round the same day (new collectors, same rules): GitHub threads of forums, shops,
 *   monitoring and identity tools and mail tools; notices in languages other than English from any other page.
 * - issues8.ts, pages8.ts: an eighth round the same day (new collectors, same rules), searched by the words of replies
 *   rather than by project: GitHub threads, and pastes and help pages (mostly pastebin.com pastes of real bounces).
 * - issues9.ts, pages9.ts: a ninth round (2026-12-02, new collectors, same rules, a skip list that also holds every
 *   page the engine cites as a source): English replies from apps that send mail, admin forums, ISPs' and gateways'
 *   help pages (issues9); notices in other languages (pages9: only 13, the public pages that quote such notices are
 *   nearly all used).
 * - issues10.ts, pages10.ts: a tenth round the same day (new collectors, same rules): GitHub threads of sending
 *   libraries, self-hosted apps and mail servers; Q&A, mailing-list archives and pastes (mostly pastebin.com).
 * - issues11.ts, pages11.ts: an eleventh round (2026-12-02, new collectors, same rules, the skip list grown by round
 *   10's pages): GitHub threads of self-hosted mail stacks, apps and sending libraries; hosting and ISP help pages,
 *   admin forums, mailing-list archives and deliverability blogs quoting replies.
 * - issues12.ts, pages12.ts: a twelfth round the same day (new collectors, same rules): GitHub threads of helpdesk, ERP,
 *   monitoring, identity, CMS, forum and shop software; whole notices and rarer categories from help pages and list
 *   archives (only 45: the public pages that quote bounces are nearly all used).
 * - issues13.ts, pages13.ts: a thirteenth round the same day (new collectors, same rules): GitHub threads of mail
 *   servers, forwarders, password managers, helpdesks, phishing-simulation and newsletter tools, weighted towards
 *   HELO/PTR, sender and authentication refusals and regional providers; pages13 from projects' GitHub docs and wikis.
 *   As collected: 125/169 (74.0%), wrong at high 8 (4.7%), no suppression on a sender-side cause.
 * - issues14.ts, pages14.ts: a fourteenth round the same day (new collectors, same rules, the skip list grown by round
 *   13): GitHub threads of apps, mail servers and libraries; Q&A, hosting notes, pastes and gists. 4 texts already in
 *   the set were dropped. As collected (after this session's rules from rounds 11–13): 138/183 (75.4%; issues 69/98,
 *   pages 69/85), wrong at high 7 (3.8%), suppression advised on a sender-side cause 2.
 * - issues15.ts, pages15.ts: a fifteenth round (2026-12-03, new collectors, same rules, the skip list grown by round
 *   14): GitHub threads of apps, self-hosted mail and projects' contact addresses (auto-replies among them); Q&A,
 *   vendor and hosting help pages, admin blogs and list archives. 9 texts already in the set were dropped. As collected
 *   (after this session's first rules, from rounds 11–14): 121/164 (73.8%; issues 67/90, pages 54/74), wrong at high
 *   11 (6.7%), no suppression on a sender-side cause.
 * - issues16.ts, pages16.ts: a sixteenth round the same day (new collectors, same rules, the skip list grown by round
 *   15), cut short when the session's search budget ran out: GitHub threads of self-hosted apps, list managers and
 *   sending libraries (55); admin blogs, vendor knowledge-base pages and forums (23). 3 texts already in the set were
 *   dropped. As collected (after all of this session's rules, rounds 11–15): 50/78 (64.1%; issues 37/55, pages 13/23),
 *   wrong at high 6 (7.7%), no suppression on a sender-side cause — the same as the engine at the session's start.
 * - issues17.ts, pages17.ts: a seventeenth round (2026-12-03, new collectors who never read or ran the engine, same
 *   rules, the skip list grown by round 16): GitHub threads of mail servers, sending libraries, self-hosted apps and
 *   CMSs (102); pastebin pastes of DSNs and logs, ISP and hosting knowledge-base pages, admin blogs, Q&A mirrors (116).
 *   5 texts already in the set were dropped, and 5 more from pages the engine cites as a source (the skip list had
 *   missed them). As collected, scored on the engine as it stood at the start of the session (27d7ccd), before any
 *   rule of that session: 179/213 (84.0%; issues 85/102, pages 94/111), wrong at high 7 (3.3%), no suppression on a
 *   sender-side cause.
 * - issues18.ts, pages18.ts: an eighteenth round the same day (new collectors, same rules, the skip list grown by round
 *   17): GitHub threads of mail clients, apps that send mail and error trackers (89); hosting, ISP and vendor help
 *   pages, deliverability reference sites, admin blogs (81). 5 texts already in the set and 7 from pages the engine
 *   cites were dropped. Collected while that session's rules were written, and scored before any rule was written from
 *   it: on 193e909 (every rule of the session until then) 124/170 (72.9%; issues 69/89, pages 55/81), wrong at high 8
 *   (4.7%), one suppression on a sender-side cause; on 27d7ccd (the session's start) 122/170 (71.8%), wrong at high 7.
 * - mixed19.ts: a nineteenth round the same day (one new collector, same rules, a skip list of every page used before and
 *   every page the engine cites), cut short by the session's search budget: GitHub threads of projects the set had
 *   little of (21) and help pages, university helpdesks and deliverability blogs (15); 6 texts already in the set were
 *   dropped. Scored before any rule was written from it: 26/36 (72.2%), wrong at high 2 (5.6%), no suppression on a
 *   sender-side cause — the same on e31cf74 (every rule of that session) as on 27d7ccd (its start).
 * - issues20.ts, pages20.ts, lang20.ts: a twentieth round, the next session (three new collectors, a skip list of every
 *   page used before and every page the engine cites): GitHub threads of mail servers, libraries and apps (49); Q&A,
 *   forums, pastebin pastes and hosting help pages (64); pages in other languages — Japanese, Chinese, Vietnamese, Thai
 *   help pages and blogs, Chinese and Japanese GitHub threads (64). 8 texts already in the set were dropped. Scored
 *   before any rule was written from it, on 557c547 (the session's start): 151/177 (85.3%; issues 42/49, pages 57/64,
 *   other languages 52/64), right at high 117/120 (97.5%), wrong at high 3 (1.7%), no suppression on a sender-side cause.
 * - forums21.ts, europe21.ts: a twenty-first round the same session (two new collectors, the skip list grown by round
 *   20): issue trackers and vendor communities of self-hosted mail stacks and apps (46); hosting, ISP and university
 *   help pages, blogs and GitHub threads in German, Czech, Dutch, Russian, Portuguese, Finnish, Norwegian, French and
 *   Italian (18). Both collectors ran out of unused pages well before their target. 5 texts already in the set, 3 from
 *   localized copies of pages already used and one text a collector had re-encoded were dropped. Scored before any
 *   rule was written from it: 52/64 (81.3%; forums 39/46, European pages 13/18), wrong at high 1, no suppression on a
 *   sender-side cause — the same on 557c547 (the session's start) as on 9c16402 (every rule of the session until then).
 * - forums22.ts, lang22.ts: a twenty-second round, the next session (two new collectors, the skip list of every page used
 *   before and every page the engine cites, 3,636 pages). forums22: GitHub issue threads of apps, mail servers and
 *   sending libraries, and a few pages outside GitHub (Discourse Meta, a XenForo forum, a Server Fault mirror, hosting and
 *   vendor knowledge bases); the collector found nearly every mailing-list, forum and knowledge-base page its searches
 *   returned already in the skip list. 2 texts already in the set and one equal to a frozen text were dropped (scored
 *   right, never read). Scored before any rule was written from it: 41/57 (71.9%), right at high 30/34, wrong at high 4,
 *   no suppression on a sender-side cause, on 8d19016 and on dafe243 alike. lang22: pages in other languages — mostly
 *   GitHub threads of Chinese-language projects (comment systems, e-book senders, self-hosted mail) quoting QQ/Tencent,
 *   NetEase, Gmail, Outlook and Send to Kindle, and Japanese and Vietnamese help pages and blogs; most of its texts are
 *   English replies inside those pages. 2 texts already in the set and one equal to a frozen text were dropped. Scored
 *   before any rule was written from it: 36/55 (65.5%), right at high 28/31, wrong at high 3, no suppression on a
 *   sender-side cause, on 8d19016 (the session's start) and on ad090ff (its first rules) alike. Round 22 together:
 *   77/112 (68.8%), wrong at high 7 (6.3%) — the lowest round since round 16.
 * - issues23.ts, lang23.ts: a twenty-third round the same session (two new collectors, the skip list grown by round 22).
 *   issues23: issue threads weighted towards the categories the set has least of (DMARC, DKIM, unauthenticated, domain
 *   blocklists, virus and attachment refusals, size, recipient-side restrictions, greylisting, auto-replies) — old
 *   perl.org tickets migrated to GitHub, auto-replies posted on notification threads, projects' addresses that bounced;
 *   3 texts already in the set were dropped. lang23: notices written in other languages — only 7, as nearly every page
 *   the corpora return for them is already used. Scored before any rule was written from it: 46/62 (74.2%; issues 41/55,
 *   other languages 5/7), right at high 21/23, wrong at high 2 (3.2%), no suppression on a sender-side cause, on
 *   8d19016 (the session's start) and on 3be5321 (every rule of the session) alike.
 * - logs24.ts, filters24.ts: a twenty-fourth round (2026-12-03, two new collectors, the skip list regenerated from every
 *   source the set, the frozen test and the engine cite: 4,372 pages). logs24: mail-server log lines and client errors
 *   pasted in threads of less common mail software (maddy, mox, Stalwart, OpenSMTPD, Haraka, ZoneMTA, hestiacp…);
 *   filters24: replies of receiving-side filters, regional providers, hosting panels and sending services. A script
 *   dropped 14 texts already in the set (after folding case, digits, addresses and punctuation), 2 equal to frozen
 *   texts (not read), 4 that both collectors found, and 2 from a copy of a page already used. Scored before any rule
 *   was written from it: 57/75 (76.0%; logs 32/43, filters 25/32), right at high 38/41, wrong at high 3 (4.0%), no
 *   suppression on a sender-side cause, on cded48f (the session's start) and 2a9d627 alike.
 * - apps25.ts, forums25.ts: a twenty-fifth round the same day (two more collectors; the skip list grown by round 24's
 *   pages: 4,457). apps25: replies shown by applications that send mail and by mail libraries' users (issue threads),
 *   and mail logs and notices in pastes and gists; forums25: replies quoted in hosting and product communities. A script
 *   dropped 6 texts already in the set and 1 equal to a frozen text (not read). Scored before any rule was written from
 *   it: 46/71 (64.8%; apps 31/44, forums 15/27), right at high 35/36, wrong at high 1 (1.4%), no suppression on a
 *   sender-side cause, on cded48f (the session's start) and 5480421 alike.
 * - europe26.ts: a twenty-sixth round (2026-12-03, a new collector, the skip list regenerated from every source the
 *   set, the frozen test and the engine cite: 4,623 pages), replies and notices in other European languages as people
 *   quoted them: GMX/web.de, T-Online, 1&1/IONOS, Orange, SFR, Seznam, Interia, WP, UOL Host, Locaweb, Telia, Telenet,
 *   globo.com, Vade Secure, Exchange Online — mostly pastes of people's own bounces, often inside a localized forward
 *   ("Mensaje reenviado", "Début du message réexpédié"); 20 of the texts carry localized words (es, fr, it, de, pt, pl,
 *   cs, sv, fi), the others are English replies from those providers. A script dropped 1 text already in the set and 1
 *   equal to a frozen text (not read). Scored before any rule was written from it: 36/43 (83.7%), right at high 18/18,
 *   medium 10/12, no wrong answer at high, no suppression on a sender-side cause, on 2a1ff38 (whose categories are those
 *   of 282dad3, the session's start).
 * - asia26.ts: the same round's second collector: notices and replies in Japanese, Korean, Chinese and Russian, and
 *   English replies that reached senders there — GitHub comments (Korean Dooray! failure notices, Naver, QQ/163 SMTP
 *   errors and auto-replies) and Japanese hosting, vendor-FAQ and administrators' pages (OCN, docomo, Yahoo! JAPAN,
 *   Sakura/IDCF, MailGates, E-Post). The collector says four long Gmail/Outlook notices were written from its notes in
 *   those providers' standard wording rather than copied afresh. A script dropped 10 texts already in the set and 1
 *   equal to a frozen text (not read). Scored before any rule was written from it: 20/38 (52.6%), right at high 11/14,
 *   medium 4/8, wrong at high 3 (7.9%), no suppression on a sender-side cause, on ac97bcc. Round 26 together: 56/81
 *   (69.1%), right at high 29/32, wrong at high 3 (3.7%).
 * - qa27.ts, world27.ts: a twenty-seventh round the same day (two new collectors, the skip list grown by round 26:
 *   4,727 pages). qa27: replies quoted in question-and-answer sites and vendor communities — though the collector found
 *   those pages nearly all used already, and 52 of its 63 texts come from pastebin pastes of logs and bounces, 7 from
 *   GitHub threads, 2 from blogs; world27: replies from countries the earlier rounds barely reached (India, Ukraine,
 *   Romania, Bulgaria, Turkey, Malaysia, Singapore, the UAE, Kenya, Thailand) and Russian providers, mostly English
 *   server text. A script dropped 4 texts already in the set and 1 that both collectors found. Scored before any rule
 *   was written from it: 85/105 (81.0%; qa 49/61, world 36/44), right at high 50/56, medium 19/20, wrong at high 6
 *   (5.7%), one suppression advised on a sender-side cause — the same on 282dad3 (the session's start) and on e5f78fb.
 * - pastes28.ts, latin28.ts: a twenty-eighth round the same day (two new collectors, the skip list grown by round 27:
 *   4,843 pages). pastes28: pastes and gists of mail logs and bounce notices from many kinds of mail software (the
 *   collector found 70–90% of each page of results already used, and new texts only with unusual wordings); latin28:
 *   replies from Brazilian, Portuguese, Mexican, French and German/Austrian projects' issue threads. A script dropped 4
 *   texts already in the set. Scored before any rule was written from it: 62/83 (74.7%; pastes 44/56, latin 18/27),
 *   right at high 37/40, medium 15/22, wrong at high 3 (3.6%), no suppression on a sender-side cause — the same on
 *   282dad3 (the session's start) and on 31557c8.
 * - libs29.ts, clients29.ts: a twenty-ninth round (2026-12-03, two new collectors, the skip list regenerated: 4,690
 *   pages). libs29: send errors as programs report them — client libraries' exceptions (Nodemailer, smtplib, JavaMail,
 *   PHPMailer, Symfony Mailer, MailKit, lettre…) and sending services' API errors and events (SendGrid, Mailgun,
 *   Postmark, SparkPost, Mandrill, Amazon SES, Resend, Brevo, MailerSend, Microsoft Graph, Azure Communication
 *   Services), mostly from GitHub issue threads; clients29: what mail clients and mailing lists show (Thunderbird via
 *   Proton Bridge, K-9, msmtp, Outlook and Windows Mail dialogs, Gmail and Yahoo notices, Google Groups, Sympa, ezmlm,
 *   majordomo, forwarding loops, QQ auto-replies). A script dropped 8 texts already in the set and 1 in the rule
 *   table. Scored before any rule was written from it: 58/113 (51.3%; libs 36/73, clients 22/40), right at high 38/48,
 *   medium 9/14, wrong at high 10 (8.8%), suppression advised on a sender-side cause twice, on e50ea86 (the session's
 *   start).
 * - legacy30.ts, admins30.ts: a thirtieth round the same day (two new collectors, the skip list grown by round 29:
 *   4,816 pages). legacy30: bounces of legacy and enterprise systems (Exchange 4.0–2013 NDRs, MS Mail, IIS SMTP,
 *   GroupWise, Lotus Notes, Outlook Express), about 15 of them sample NDRs reproduced in Microsoft and vendor knowledge
 *   bases, the rest quoted by people; admins30: NDRs, relay errors and message-trace reasons as administrators of
 *   Microsoft 365, Google Workspace, Zoho and hosting panels quote them. A script dropped 6 texts already in the set and
 *   1 that both collectors found. Scored before any rule was written from it: 52/78 (66.7%; legacy 24/38, admins
 *   28/40), right at high 28/33, medium 11/15, wrong at high 5 (6.4%), suppression advised on a sender-side cause once
 *   — the same on e50ea86 (the session's start) and on the HEAD of the time (whose rules were written from round 29).
 * - selfhosted31.ts: a thirty-first round the same day (one new collector, the skip list grown by round 30: 4,911
 *   pages): bounces, deferrals and log lines users of self-hosted mail servers quote (mailcow, docker-mailserver, Mailu,
 *   Haraka, Stalwart, maddy, Postal, iRedMail issue threads). A script dropped 1 text already in the set and 1 equal to
 *   a frozen text (not read). Scored at the end of the session, no rule written from it: 28/42 (66.7%), right at high
 *   21/24, medium 4/8, wrong at high 3 (7.1%), no suppression on a sender-side cause — the same on e50ea86 (the
 *   session's start) and on the session's last rules.
 * - senders32.ts, isps32.ts: a thirty-second round (2026-12-03, two new collectors, the skip list grown by round 31:
 *   4,891 pages after folding trailing slashes and fragments). senders32: bounce reasons as newsletter, shop, helpdesk
 *   and CRM tools show them (listmonk, FreeScout, Mailtrain, phpList, Chatwoot, ERPNext, WordPress mail plugins…) and
 *   pastes of whole bounces; isps32: bounces customers of ISPs and web hosts quote (GoDaddy, HostGator, Hostinger, Shaw,
 *   BT, EarthLink, Verizon…), several from subscribers' bounces in public mailing-list archives. A script dropped 4
 *   texts already in the set. Scored before any rule was written from it: 41/62 (66.1%; senders 32/41, ISPs 9/21),
 *   right at high 30/33, medium 6/8, wrong at high 3 (4.8%), no suppression on a sender-side cause — the same on
 *   cfbf293 (the session's start) and on 6ce6c0e.
 * - lists32.ts: the same round's third collector (its skip list also held the texts of isps32.ts): bounces that
 *   reached public mailing-list archives (lore.kernel.org lists and their copies stored on GitHub, qemu-devel,
 *   alsa-devel, xen-devel, oss-security, pipermail archives). No text was already in the set. Scored before any rule
 *   was written from it: 30/37 (81.1%), right at high 21/24, medium 3/4, wrong at high 3 (8.1%), no suppression on a
 *   sender-side cause — the same on cfbf293 (the session's start), on 6ce6c0e and on 25a8317 (whose rules were
 *   written from senders32 and isps32). Round 32 together, as collected: 71/99 (71.7%).
 * - trackers33.ts, langs33.ts: a thirty-third round the same day (two new collectors, the skip list grown by round 32:
 *   5,005 pages). trackers33: bounces pasted in bug trackers and project infrastructure (PyPI, jenkins-infra, crates.io,
 *   RubyGems, GitLab and Bitbucket trackers, Mailman's tracker) and in pastes and gists; langs33: meant as bounces in
 *   languages other than English, it holds one (Chinese) — the rest are English replies quoted on Japanese, Chinese and
 *   Russian pages (the non-English pages the corpora hold were already used). A script dropped 2 texts already in the
 *   set. Scored before any rule was written from it: 49/66 (74.2%; trackers 31/44, langs 18/22), right at high 34/35,
 *   medium 5/7, wrong at high 1 (1.5%), suppression advised on a sender-side cause once — the same on cfbf293 (the
 *   session's start) and on d0a682f (the session's rules to then, none written from this round).
 * - otherlangs34.ts, apps34.ts, helpdesks34.ts: a thirty-fourth round (three new collectors, the skip list grown by
 *   round 33: 5,082 pages). otherlangs34: replies quoted on pages in languages the engine does not target (Czech,
 *   Polish, Serbian, Vietnamese, Greek, Indonesian, Thai), mostly hosting companies' help pages quoting their servers'
 *   replies, four texts themselves Vietnamese or Czech; apps34: replies that self-hosted applications logged or showed
 *   (Rocket.Chat, Nextcloud, Friendica, SuiteCRM, Jira and Confluence, Snipe-IT, Cal.com, Gogs…); helpdesks34: bounces
 *   as university IT help desks and small web hosts show them to their users. A script dropped 14 texts already in the
 *   set (8 of otherlangs34's 20, 6 of helpdesks34's 45). Scored before any rule was written from it: 51/86 (59.3%;
 *   otherlangs 5/12, apps 27/35, helpdesks 19/39), right at high 38/42, medium 8/13, wrong at high 4 (4.7%),
 *   suppression advised on a sender-side cause once — the same on 1291857 (the session's start) and on 6f50505 (the
 *   session's rules to then, none written from this round).
 * - social35.ts, stackx35.ts, archives35.ts: a thirty-fifth round (2026-12-04, three new collectors, the skip list grown
 *   by round 34: 5,178 pages). social35: bounces quoted in discussion communities (Reddit, vendor and hosting
 *   communities, Spiceworks, GitHub threads where a poster pasted their own bounce); stackx35: bounces quoted on Stack
 *   Exchange sites other than Server Fault and in blogs they link; archives35: mailing-list and newsgroup archives — one
 *   text, as the collector found nearly every archive page its searches returned already used. A script dropped 8
 *   texts already in the set, 2 equal to frozen texts (not read) and 1 that appeared twice. Scored before any rule was
 *   written from it: 33/43 (76.7%; social 18/27, Stack Exchange 14/15, archives 1/1), right at high 21/22, medium
 *   7/10, wrong at high 1 (2.3%), no suppression on a sender-side cause — the same on 1291857 (the previous session's
 *   start) and on e4a5950 (its end).
 * - devices36.ts, regional36.ts, tools36.ts: a thirty-sixth round the same day (three new collectors, the skip list
 *   grown by round 35: 5,285 pages). devices36: errors that devices and appliances logged or showed when sending mail
 *   (copiers' scan-to-email, NAS alerts, routers and firewalls, cameras, home automation, ESP32 boards, monitoring
 *   tools), nearly all from GitHub issue threads; regional36: replies of regional providers as their customers quote
 *   them (GMX, 1&1, mail.ru, Rambler, Yandex, IONOS, web.de, Telkom, BigPond, Optus), mostly pastebin pastes and
 *   issue threads; tools36: what sending platforms and newsletter tools report (SendGrid, SES, Mailgun, Postmark,
 *   Mailjet, Mandrill, Brevo, SMTP2GO, Postal, listmonk, Marketo…), several of them the platforms' own API errors. A
 *   script dropped 3 texts already in the set and 1 in the rule table; 3 more were dropped by hand for coming from a
 *   log parser's rule file and a mail server's test file rather than from someone's mail. Scored before any rule was
 *   written from it: 65/99 (65.7%; devices 33/45, regional 8/13, tools 24/41), right at high 41/46, medium 12/16,
 *   wrong at high 5 (5.1%), no suppression on a sender-side cause — the same on e4a5950 (the previous session's end)
 *   and on 4a5eec5 (this session's rules from round 35).
 * - wpforums37.ts, panels37.ts, rarer37.ts: a thirty-seventh round the same day (three new collectors, the skip list
 *   grown by round 36: 5,395 pages). wpforums37: replies quoted by users of CMS and shop software and their mail plugins
 *   (FluentSMTP, WP Offload SES, Joomla, PrestaShop, OpenCart, Magento, Mautic, Ghost, Craft, TYPO3…) — GitHub threads
 *   and pastes, as the corpora hold no wordpress.org support thread; panels37: replies in hosting control panels' and
 *   self-hosted mail tools' trackers and forums (HestiaCP, Vesta, CyberPanel, Virtualmin, YunoHost, cPanel, Plesk,
 *   Microsoft Q&A); rarer37: the rarer kinds (full mailboxes, size, greylisting, loops, TLS policy, virus findings),
 *   many from archived Microsoft knowledge-base articles and projects' FAQ files. A script dropped 4 texts already in
 *   the set; 2 more were dropped by hand as a sending service's table of its own replies rather than replies someone
 *   got. Scored before any rule was written from it: 95/121 (78.5%; CMS 30/37, panels 39/48, rarer 26/36), right at
 *   high 71/74, medium 10/16, wrong at high 3 (2.5%), no suppression on a sender-side cause — on 779c0cb; 94/121 on
 *   e4a5950 (the previous session's end), so this session's rules from rounds 35 and 36 moved one reply.
 * - pastes38.ts, kbs38.ts, intl38.ts: a thirty-eighth round the same day (three new collectors, the skip list grown by
 *   round 37: 5,524 pages), cut short when the session's search budget ran out. pastes38: mail logs, exceptions and
 *   bounces in pastebin pastes and gists; kbs38: customers' NDRs in archived vendor knowledge bases (Microsoft, Broadcom
 *   and Symantec, Trend Micro, Sophos, VPOP3, Polaris); intl38: replies in GitHub threads of Chinese, German, Korean and
 *   Brazilian projects (QQ, 163/126, Exmail, Aliyun, Lark, PMail). A script dropped 4 texts already in the set; 7 more
 *   were dropped by hand because they come from Microsoft support articles the engine cites (under their GitHub source
 *   path, which the skip list of rendered URLs missed). Scored before any rule was written from it: 57/88 (64.8%;
 *   pastes 30/40, knowledge bases 11/22, other languages 16/26), right at high 42/50, medium 5/9, wrong at high 8
 *   (9.1%), no suppression on a sender-side cause — the same on e4a5950 (the previous session's end) and on 63ec599
 *   (every rule of this session).
 * - communities39.ts, bugtrackers39.ts, blogs39.ts: a thirty-ninth round (2026-12-04, three new collectors, the skip list
 *   grown by round 38: 5,632 pages, and Microsoft's documentation repositories and providers' own pages excluded).
 *   communities39: replies in the support communities and issue threads of apps that send mail (Rocket.Chat, osTicket,
 *   Grafana, Keycloak, Zulip, Chatwoot, Request Tracker, Atlassian's knowledge base…); bugtrackers39: bounces in
 *   trackers migrated to GitHub (rt.perl.org, java.net JIRA, Trac) and in kernel list threads; blogs39: errors the
 *   authors of blog posts and troubleshooting notes say they got. The collectors found the corpora nearly exhausted
 *   (534 look-ups for 69 replies). A script dropped 2 texts already in the set. Scored before any rule was written
 *   from it: 50/67 (74.6%; communities 24/32, trackers 5/10, blogs 21/25), right at high 35/37, medium 4/5, wrong at
 *   high 2 (3.0%), no suppression on a sender-side cause — the same on 6498806 (the previous session's end) and on
 *   4cf08cf (this session's first reader change).
 * - recent40.ts, codes40.ts, hosts40.ts: a fortieth round the same day (three new collectors, the skip list grown by
 *   round 39: 5,699 pages). recent40: bounces from the providers' changes of 2024–2026 (Outlook.com's 5.7.515, Gmail's
 *   and Yahoo's sender requirements, Reject Direct Send); codes40: replies found by searching for seldom-seen enhanced
 *   status codes; hosts40: bounces customers of small mail providers and self-hosted stacks quote (Forward Email,
 *   Purelymail, chatmail, Modoboa, Mailu, mailcow, maddy, HestiaCP, Plesk). The corpora are close to exhausted: 391
 *   look-ups for 49 replies. A script dropped 4 texts already in the set. Scored before any rule was written from it:
 *   31/45 (68.9%; recent 6/8, codes 13/15, hosts 12/22), right at high 24/29, medium 5/5, wrong at high 5 (11.1%), no
 *   suppression on a sender-side cause — on 57b9631 (every rule of this session); 32/45 on 6498806 (the previous
 *   session's end): this session's Reject Direct Send entry (auth-required) lost the one reply both collectors of
 *   rounds 39 and 40 labelled policy.
 * - apps41.ts, langs41.ts, qa41.ts: a forty-first round (2026-12-04, three new collectors, the skip list rebuilt from
 *   every URL the project cites: 5,571). apps41: threads of sending libraries and self-hosted apps (Ghost, Zulip,
 *   Listmonk, Mastodon, Chatwoot, Rocket.Chat, Invoice Ninja); langs41: non-English bounces (few left to find: 6, one
 *   already in the set and dropped); qa41: Q&A and list archives (Microsoft Q&A threads, postfix-users, Debian lists).
 *   About 470 look-ups for 41 replies. Scored before any rule was written from it: 24/40 (60.0%; apps 5/11, langs 3/5,
 *   qa 16/24), right at high 16/19, medium 3/9, wrong at high 3 (7.5%), no suppression on a sender-side cause — on
 *   6c5eccd (this session's first change, which no entry of the round touches).
 * - msqa42.ts: a forty-second round the same day (one new collector, the skip list grown by round 41: 5,780 pages):
 *   bounces pasted into Microsoft Q&A threads (on-premises Exchange, Edge, hybrid connectors, queue viewer errors).
 *   130 look-ups for 11 replies (one already in the set dropped). Scored before any rule was written from it: 9/11,
 *   right at high 3/3, no wrong answer at high, no suppression on a sender-side cause — on 3bc993c and on e39d2f9 (the
 *   previous session's end) alike.
 * - lists43.ts: a forty-third round the same day (one new collector): bounces posted to mailing lists archived on
 *   lore.kernel.org (LKML, netdev, xen-devel, qemu-devel, dri-devel…), found through the list mirrors in the code
 *   corpus. 180 look-ups for 13 replies. Scored before any rule was written from it: 9/13, right at high 6/7, wrong
 *   at high 1, no suppression on a sender-side cause — on b0db2ea and on e39d2f9 alike.
 * - docs44.ts: a forty-fourth round (2026-12-04, two collectors, the skip list grown by rounds 42–43: 5,832 pages):
 *   troubleshooting and fix documents committed to application repositories that quote the error their owner got,
 *   and less-mined mail-server trackers (mox, postsrsd, modoboa). About 100 look-ups for 9 replies, one already in
 *   the set (Zoho's "554 5.1.8 Email Outgoing Blocked", forums21) dropped; the second collector, on mailing-list
 *   archives other than lore.kernel.org, found none that the set did not already hold (about 100 look-ups). Scored
 *   before any rule was written from it: 6/8, right at high 4/4, no wrong answer at high, no suppression on a
 *   sender-side cause — on 37f8f5b.
 * - google45.ts, microsoft45.ts, generic45.ts: a forty-fifth round the same day (three collectors on the vein round 44
 *   found, each with its own family of search strings: Google's wording, Microsoft's, and generic MTA and library
 *   wording), skip list 5,897 pages. About 400 look-ups for 52 replies; one found twice (a 5.7.708 NDR) kept once.
 *   Mostly the providers' common replies (Gmail's 535 5.7.8, Exchange Online's 5.7.139 and 5.7.708), so easier than
 *   earlier rounds. Scored before any rule was written from it: 46/51 (90.2%; Google 18/19, Microsoft 15/16, generic
 *   13/16), right at high 38/38, no wrong answer at high, no suppression on a sender-side cause — on 658e785.
 * - esp46.ts, providers46.ts, panels46.ts: a forty-sixth round the same day (three collectors on the same vein, with
 *   the families left: sending services' wording; mailbox providers other than Google and Microsoft and the
 *   blocklists; hosting panels, mail clients and other languages), skip list 6,071 pages. About 400 look-ups for 45
 *   replies, one already in the set dropped. Scored before any rule was written from it: 27/44 (61.4%; sending
 *   services 14/22, providers 4/6, panels and clients 9/16), right at high 20/21, medium 3/5, wrong at high 1 (2.3%),
 *   no suppression on a sender-side cause — on ee7d9f7.
 * - frameworks47.ts, ops47.ts: a forty-seventh round the same day (three collectors: web frameworks' wording, other
 *   languages, server administration notes), stopped after about 70 look-ups when the session's look-up budget ran
 *   out: 3 replies (the languages collector found none it could cite). Scored before any rule was written from it: 2/3,
 *   right at high 2/3, wrong at high 1 (a Postfix log whose anonymized "<server>" placeholder read as a server not
 *   found), no suppression on a sender-side cause — on 66d0b23.
 * - asia48.ts, europe48.ts, frameworks48.ts, selfhost48.ts: a forty-eighth round (2026-12-04, four collectors: Asian
 *   and European mailbox providers' replies as quoted in application repositories and pastes, sending frameworks'
 *   exceptions in issue threads, self-hosted mail stacks' logs), skip list 6,406 pages. About 560 look-ups for 83
 *   replies; the provider veins are nearly used up (most finds were on the skip list or already in the set). Scored
 *   before any rule was written from it: 58/83 (69.9%; Asia 9/13, Europe 7/10, frameworks 22/30, self-hosted 20/30),
 *   right at high 44/47, medium 9/13, wrong at high 3 (3.6%), no suppression on a sender-side cause — the same on
 *   2ffa900 (the session's start) as on ee5d91f.
 * - code49.ts, pastes49.ts: a forty-ninth round the same day (two collectors: replies quoted in application
 *   repositories' source and docs, found by the words only real replies hold; pastes and stored pages, by the words of
 *   the categories least found), skip list 6,808 pages. About 240 look-ups for 26 replies: the pastes the corpora hold
 *   are nearly all used (713 pastebin pastes on the skip list). Scored before any rule was written from it: 21/26
 *   (80.8%; code 11/14, pastes 10/12), right at high 13/13, medium 2/3, no wrong answer at high, no suppression on a
 *   sender-side cause — the same on 2ffa900 (the session's start) as on 5f2e0da.
 * - ubuntu50.ts: a fiftieth round the same day (one collector: users' bounces and logs in the Ubuntu Forums archive kept
 *   as a GitHub repository, a source no round had used). About 100 look-ups for 4 replies: the look-up tools find a
 *   thread's text but not its file's path, which the citation needs. Scored before any rule was written from it: 3/4,
 *   right at high 3/3 — on 1e50358.
 * - devices51.ts, forums51.ts, intl51.ts, semirrors51.ts: a fifty-first round (2026-12-04; four collectors: errors that
 *   devices and self-hosted applications logged when sending notifications; administrators' forums, where 26 of 27
 *   replies came from the Ubuntu Forums archive, cited by a GitHub code-search link because the look-up tools do not
 *   give a thread's file path; bounces quoted on non-English Q&A pages and blogs; Stack Exchange questions as mirror
 *   sites republish them), skip list 6,916 pages. About 440 look-ups for 68 replies. Scored before any rule was written
 *   from it: 46/68 (67.6%; devices 14/30, forums 24/27, non-English 7/10, Stack Exchange mirrors 1/1), right at high
 *   37/38, wrong at high 1, no suppression on a sender-side cause — on 65863af.
 * - apps52.ts, archives52.ts, ubuntu52.ts: a fifty-second round the same day (three collectors: sending errors quoted in
 *   the issues of open-source web applications earlier rounds used least; bounces of forged-sender spam posted back to
 *   mailing lists, in GitHub mirrors of SourceForge lists; more threads of the Ubuntu Forums archive, cited by GitHub
 *   code-search links), skip list 7,139 pages. About 360 look-ups for 48 replies. Scored before any rule was written
 *   from it: 35/48 (72.9%; applications 10/15, list archives 5/9, Ubuntu Forums 20/24), right at high 30/32, medium 4/7,
 *   wrong at high 2, no suppression on a sender-side cause — the same on 65863af (the session's start) as on 028cace.
 * - ubuntu53.ts, lists53.ts, intlissues53.ts: a fifty-third round the same day (three collectors: more Ubuntu Forums
 *   threads, found by the forum's own markup around providers' reply links; bounces posted back to mailing lists, in
 *   GitHub mirrors of list archives; sending errors quoted in issues of non-English projects), skip list 7,293 pages.
 *   About 330 look-ups for 41 replies. Scored before any rule was written from it: 32/41 (78.0%; Ubuntu Forums 23/28,
 *   list mirrors 2/4, non-English issues 7/9), right at high 19/20, medium 9/9, wrong at high 1, no suppression on a
 *   sender-side cause — on a9a71f9, which has rules written from rounds 51 and 52; 31/41 on 65863af (the session's start).
 * - ubuntu54.ts, categories54.ts, jablogs54.ts: a fifty-fourth round the same day (three collectors: Ubuntu Forums threads
 *   found by providers' help links; issues quoting replies of the categories least found; Japanese administrators'
 *   blogs), stopped after about 65 look-ups when the session's look-up budget ran out: 9 replies. Scored before any rule
 *   was written from it: 8/9, right at high 6/6 — on e245763, the same on 65863af (the session's start).
 * - ubuntu55.ts, devices55.ts, newsletters55.ts: a fifty-fifth round, 2026-12-04 (three collectors: more Ubuntu Forums
 *   threads, found by default host names, Sendmail's stat= strings and ISP smarthost names; errors of small relay
 *   clients and home-lab tools — msmtp, dma, Monit, cron, backup scripts — quoted in their issues; bounces quoted in
 *   the issues of newsletter software and self-hosted mail servers), skip list 7,825 pages. About 310 look-ups for 54
 *   replies: the sources are nearly used up (most threads found were on the skip list or their texts already here).
 *   Scored before any rule was written from it: 42/54 (77.8%; Ubuntu Forums 14/18, relay clients and devices 17/24,
 *   newsletter and mail-server issues 11/12), right at high 32/35, medium 4/5, wrong at high 3, no suppression on a
 *   sender-side cause — on ee4b2dd (the session's start).
 * - ubuntu56.ts, clients56.ts, hostforums56.ts: a fifty-sixth round the same day (three collectors: more Ubuntu Forums
 *   threads, found by client tools' output — ssmtp, msmtp, fetchmail — and ISP smarthost names; bounces quoted in the
 *   issues of mail clients and webmail software; posts in the forums of hosting panels and mail-server distributions),
 *   skip list 7,931 pages. About 285 look-ups for 27 replies: the clients' issues and the panels' forums are used up
 *   (nearly every thread found was on the skip list or its text already here). Scored before any rule was written from
 *   it: 17/27 (63.0%; Ubuntu Forums 14/20, clients 1/5, panels' forums 2/2), right at high 6/8, medium 8/8, wrong at
 *   high 2, no suppression on a sender-side cause — the same on ee4b2dd (the session's start) and on de7aa98.
 * - ubuntu57.ts, pastes57.ts, pastes57b.ts: a fifty-seventh round the same day (three collectors: more Ubuntu Forums
 *   threads; pastebin pages found through the search corpora, one collector on European and Russian providers, one on
 *   large US and Asian providers and the MTA logs of their replies), skip list 8,164 pages. About 230 look-ups for 73
 *   replies (the pastebin collector for US and Asian providers quoted from search excerpts, opening no page). Scored
 *   before any rule was written from it: 59/73 (80.8%; Ubuntu Forums 23/27, European pastes 12/16, US and Asian pastes
 *   24/30), right at high 39/43, medium 13/18, wrong at high 4, no suppression on a sender-side cause — on db1892a,
 *   which has this session's rules from rounds 55 and 56; 58/73 (79.5%) on ee4b2dd (the session's start).
 * - ubuntu58.ts, pastes58.ts: a fifty-eighth round the same day, stopped by the session's look-up budget (two
 *   collectors: more Ubuntu Forums threads, found by the forum's markup around pasted addresses and Sendmail's stat=
 *   strings; pastebin pages and gists of application and sending-service logs), skip list 8,242 pages. About 130
 *   look-ups for 43 replies. Scored before any rule was written from it: 32/43 (74.4%; Ubuntu Forums 9/14, pastes
 *   23/29), right at high 22/23, medium 7/11, wrong at high 1, no suppression on a sender-side cause — the same on
 *   09e678f and on ee4b2dd (the session's start).
 * - ubuntu59.ts, pastes59.ts, gitlist59.ts, transcripts59.ts: a fifty-ninth round (2026-12-05; four collectors: more
 *   Ubuntu Forums threads; pastebin pages found through the search corpora, quoted from the search excerpts; posts of
 *   the Git mailing list's archive (gitgitgadget/git-mailing-list-mirror) and of the Linux kernel lists' archives —
 *   git send-email's --smtp-debug traces, vger.kernel.org's refusals; SMTP session transcripts and debug traces pasted
 *   in issues and pastes — swaks, Python smtplib, PHPMailer's SMTPDebug, Net::SMTP, telnet, curl), skip list 8,443
 *   pages. About 470 look-ups for 94 replies: pastebin pages and the transcripts' markers are nearly used up. Scored
 *   before any rule was written from it: 70/94 (74.5%; Ubuntu Forums 15/22, pastes 20/26, Git and kernel lists 10/21,
 *   transcripts 25/25), right at high 45/53, medium 17/19, wrong at high 8 (five of them the Git list's send-email
 *   errors that the collector labelled tls-required from the thread, marked doubtful), no suppression on a sender-side
 *   cause — on 2e37656; the same accuracy on 2aada80 (the session's start), right at high 47/55.
 * - kernel60.ts, lists60.ts, ubuntu60.ts: a sixtieth round the same day (three collectors: bounces quoted in the Linux
 *   kernel lists' archives (linux-mailinglist-archives, from servers other than vger.kernel.org); bounces and Mailman
 *   notices quoted in other projects' lists (QEMU, freedesktop.org, ALSA, Intel's and Red Hat's lists); the last
 *   Ubuntu Forums threads), skip list 8,532 pages. About 330 look-ups for 31 replies: the lists' archives hold few
 *   bounces earlier rounds had not taken, and the Ubuntu Forums archive is used up (5 replies in 96 look-ups). Scored
 *   before any rule was written from it: 23/31 (74.2%; kernel lists 10/13, other lists 9/13, Ubuntu Forums 4/5), right
 *   at high 20/25, medium 1/1, wrong at high 5 (two of them Mailman holds whose reason one collector labelled by the
 *   reason and another, for the same reason, recipient-policy), no suppression on a sender-side cause — the same on
 *   59bd4e8 and on 2aada80 (the session's start).
 * - lkml61.ts: a sixty-first round the same day (one collector: bounces quoted in the old Linux kernel list's archive,
 *   ammarfaizi2/lore-inbox, 2000–2010, whose one file the skip list had named as a whole; each message checked against
 *   the project's texts instead), skip list 8,579 pages. About 90 look-ups for 16 replies. Scored before any rule was
 *   written from it: 7/16 (43.8%), right at high 5/6, medium 0/2, wrong at high 1 — with advice to drop the address
 *   (Courier's "does not accept mail without the required MIME headers" read as a domain that takes no mail) — on
 *   6e22ec3; the same on 2aada80 (the session's start).
 * - kbarchive62.ts, lkml62.ts, forums62.ts, nonen62.ts: a sixty-second round (2026-12-05; four collectors: the NDRs
 *   and send errors Microsoft's old Knowledge Base articles quote (jeffpar/kbarchive: Exchange 4.0–5.5, Outlook
 *   Express, IIS and FrontPage), the old Linux kernel list's archive again, web forums and support articles in the
 *   search corpus, and bounces in languages other than English), skip list 8,714 pages. About 390 look-ups for 37
 *   replies: the old kernel list gave 2 in 61 look-ups, the forums 8 in 120 (7 of them Broadcom support articles that
 *   quote a customer's bounce), the other languages 3 in 112 (one of them not in English) — every other hit was on the
 *   skip list or already in the project. Scored before any rule was written from it: 19/37 (51.4%; Knowledge Base 9/24,
 *   kernel list 2/2, forums 5/8, other languages 3/3), right at high 10/11, medium 5/9, wrong at high 1, no suppression
 *   on a sender-side cause — on b522dc8 (the session's start). The Knowledge Base's Exchange 4.0–5.5 NDRs, worded from
 *   X.400's diagnostic codes, are most of the misses.
 * - mskb63.ts, vendorkb63.ts: a sixty-third round the same day (two collectors: NDRs and send errors quoted in
 *   Microsoft's Knowledge Base articles in the copies the search corpus holds (ftp.zx.net.nz, techshelps,
 *   thedatadungeon, huntertur, pkisolutions) and in jeffpar/kbarchive, the articles round 62 had not used; bounces,
 *   queue states and log lines quoted in mail-security and mail-server vendors' support articles (Broadcom, Trend
 *   Micro, Cisco, Barracuda, Kerio, McAfee, Trustwave, Oracle, NoSpamProxy)), skip list 8,910 pages. About 200
 *   look-ups for 42 replies. Scored before any rule was written from it: 21/42 (50.0%; Knowledge Base 8/20, vendors
 *   13/22), right at high 10/12, medium 8/10, wrong at high 2 (Outlook's 0x800CCC0F "Your server has unexpectedly
 *   terminated the connection", labelled by the articles' causes: a login and a TLS setting), no suppression on a
 *   sender-side cause — on f587ca9; 20/42 on b522dc8 (the session's start), before the Exchange 4.0–5.5 notice lines.
 * - issues64.ts: a sixty-fourth round the same day (one collector: SMTP replies and send errors users pasted into the
 *   GitHub issues of applications that send mail, not mail servers or mail libraries: ntfy, qBittorrent, Sonarr,
 *   Matomo, ElastAlert, LLDAP, Kodi add-ons …), skip list 9,022 pages. About 120 look-ups for 30 replies; the
 *   provider refusals the search finds first were all on the skip list, so the round leans to the sender's own
 *   settings (network, login, TLS, sender address). Scored before any rule was written from it: 24/30 (80.0%), right
 *   at high 15/15, medium 5/6, wrong at high 0, no suppression on a sender-side cause — on 4484e94, with the
 *   calibration of one reading of the words (weights.ts WORDS_ALONE_CAP); 24/30 with right at high 18/19 and one wrong
 *   at high (PHPMailer's "Could not connect to SMTP host" after STARTTLS, labelled tls-required) on f587ca9 and on
 *   b522dc8 (the session's start).
 * - blogs65.ts: a sixty-fifth round the same day (one collector: bounces quoted in Japanese, Korean and Chinese blogs
 *   and help pages in the search corpus: Gmail's 5.7.26 and 534 5.7.9, Microsoft's S77719 and 5.7.606, NetEase's and
 *   Alibaba's SPF refusals, Tencent's notice), skip list 9,071 pages. About 100 look-ups for 11 replies. Scored
 *   before any rule was written from it: 10/11, right at high 8/8, medium 2/2, wrong at high 0 — on d442a46; the
 *   same accuracy on b522dc8 (the session's start), right at high 9/9.
 * - pages-looked.txt: every page a collector has looked at since round 66 and every page the set cites (6,969 by
 *   the end of round 69), written as the collectors' skip lists are (no scheme, no "www.", no trailing slash): the
 *   list a new round starts from, so that it does not spend look-ups on pages already read. (The earlier rounds' list
 *   of 9,071 pages was not kept in the repository and was lost with the machine it was on.)
 * - issues66.ts, kb66.ts, qa66.ts: a sixty-sixth round (2026-12-05; three collectors: SMTP replies and bounces pasted
 *   into GitHub issues of applications that send mail, 2023–2026 where possible; bounces and replies quoted in hosting,
 *   ISP, vendor and deliverability help-center articles; Q&A and forum threads, which the search corpus holds few of,
 *   so most came from issue threads again), skip list rebuilt from the sources the project cites (5,403 pages: the
 *   earlier list of pages looked at was not kept). About 240 look-ups for 85 replies, 16 of them dropped as texts
 *   the development set already held (short stock replies: "530 5.7.0 Must issue a STARTTLS command first", "451
 *   4.7.500 Server busy") or as touching the frozen test, which left 69. Scored before any rule was written from it:
 *   55/69 (79.7%; issues 20/21, help centers 22/30, Q&A 13/18), right at high 28/31, medium 24/27, wrong at high 3,
 *   no suppression on a sender-side cause — the same on addc924 and on 03c71ea (the session's start).
 * - msqa67.ts, delivkb67.ts, cats67.ts: a sixty-seventh round the same day (three collectors: Exchange and Outlook
 *   NDRs and send errors in Microsoft's Q&A, Knowledge Base symptom articles and on-premises Exchange admins' blogs;
 *   bounces quoted one article at a time by deliverability knowledge bases, most of them Suped's; the categories the
 *   set has least of — mailbox full, DKIM, message size, the receiving system's failures), skip list 6,025 pages
 *   (round 66's pages looked at added). About 280 look-ups for 71 replies, 11 dropped as texts the set already held,
 *   which left 60. Scored before any rule was written from it: 52/60 (86.7%; Microsoft 23/26, knowledge bases 21/23,
 *   scarce categories 8/11), right at high 28/29, medium 18/20, wrong at high 1, no suppression on a sender-side
 *   cause — on 4e320a8, and the same on 03c71ea (the session's start).
 * - suped68.ts, exadmin68.ts, intlblogs68.ts: a sixty-eighth round the same day (three collectors: deliverability
 *   sites' remaining one-bounce articles — Suped, ColdRelay, SparkPost, Postmark, Yandex's help; NDRs, queue errors and
 *   transport log lines in on-premises Exchange and other mail admins' blogs and in archived Knowledge Base symptom
 *   articles; bounces and library errors quoted in Japanese, Chinese, German, Italian and Polish blogs), skip list
 *   6,426 pages (round 67's pages looked at added). About 280 look-ups for 77 replies, 11 dropped as texts the set
 *   already held, which left 66. Scored before any rule was written from it: 38/66 (57.6%; deliverability sites 20/25,
 *   Exchange admins 8/24, other languages 10/17), right at high 20/25, medium 13/19, wrong at high 5, no suppression
 *   on a sender-side cause — on 451cb03, and the same on 03c71ea (the session's start). The admins' queue and log
 *   lines ("451 4.4.0 Primary target IP address responded with …", smart-host and connector errors) are most of the
 *   misses.
 * - devja69.ts, misc69.ts: a sixty-ninth round the same day (two collectors: developers' error write-ups in Japanese,
 *   Chinese and Korean — Amazon SES, QQ and 163 mail, SwiftMailer, JavaMail; bounces quoted in kernel.org mailing-list
 *   messages, and a few vendors' one-bounce articles), skip list 6,876 pages. About 125 look-ups for 26 replies, 4
 *   dropped as texts the set already held, which left 22. Scored before any rule was written from it: 16/22 (72.7%),
 *   right at high 4/4, medium 9/11, wrong at high 0 — on f0a3f8a, and the same on 03c71ea (the session's start). * - mailsrv70.ts, lists70.ts, intlforums70.ts, vendorq70.ts: a seventieth round (2026-12-05, next session; four
 *   collectors: GitHub issues of self-hosted mail servers — Mailu, mailcow, iRedMail, AnonAddy, Postal, maddy; bounces
 *   pasted in the trackers of newsletter and list software and of the applications that send through them — Ghost,
 *   Decidim, HumHub, gophish; non-English forums; hosting and mail providers' community forums), skip list 6,972
 *   pages. About 265 look-ups for 60 replies, 6 dropped as texts the set already held, which left 54. Every collector
 *   called its vein close to dry: most pages that quote a failure are already in the set. Scored before any rule was
 *   written from it: 44/54 (81.5%: mail servers 19/21, list software 17/24, forums 2/2, provider forums 6/7), right
 *   at high 22/23, medium 20/24, wrong at high 1, no suppression on a sender-side cause — on cc97e70, and the same on
 *   03c71ea (the previous session's start). * - reddit71.ts, appforums71.ts, support71.ts, devices71.ts: a seventy-first round the same session (four collectors:
 *   Reddit, which the search corpora turned out not to hold, so six bounces from blogs and hosts' pages instead;
 *   community forums and trackers of business applications — GLPI, osTicket, Chatwoot, Mautic, Snipe-IT, Odoo,
 *   Nextcloud; Mozilla, Apple and Microsoft community support — iCloud bounces, Microsoft Q&A threads; NAS, camera,
 *   board and monitoring software that sends notifications — motionEye, ESP Mail Client, ioBroker, Node-RED), skip list
 *   7,319 pages. About 255 look-ups for 89 replies, 7 dropped as texts the set already held, which left 82. Scored
 *   before any rule was written from it: 60/82 (73.2%: blogs 5/6, applications 16/20, support 15/26, devices 24/30),
 *   right at high 23/24, medium 31/34, low 6/21, wrong at high 1, no suppression on a sender-side cause — on 7965fbe
 *   and the same on 03c71ea.
 * - rarecats72.ts, commoncats72.ts, intlissues72.ts: a seventy-second round the same session (three collectors: the
 *   categories the set has least of — domain-blocklist, content-policy, recipient-policy, greylisting, dkim, virus —
 *   mostly found in kernel.org list copies; server-side, protocol and format failures in GitHub issues — SMTPUTF8
 *   refusals, SES duplicate headers; GitHub issues written in other languages), skip list 7,691 pages. About 200
 *   look-ups for 68 replies, 3 dropped as texts the set already held, which left 65. Scored before any rule was
 *   written from it: 51/65 (78.5%: rare categories 8/9, server and format 34/47, other languages 9/9), right at high
 *   22/23, medium 17/24, wrong at high 1, no suppression on a sender-side cause — on 5546ada, and the same on e7acc1f
 *   (this session's start).
 * - lore73.ts, archives73.ts: a seventy-third round the same session (two collectors: bounces quoted in the copies of
 *   lore.kernel.org's archives stored on GitHub, cited by their Message-ID; other lists' archives — Google Groups,
 *   infradead and SourceForge Mailman — mostly reached through the same copies), skip list 7,870 pages. About 160
 *   look-ups for 36 replies, 8 dropped as texts the set already held or pages of the frozen test, which left 28. Scored
 *   before any rule was written from it: 24/28 (85.7%: kernel lists 18/22, other lists 6/6), right at high 5/5, medium
 *   10/12, wrong at high 0 — on 059a4fb, and the same on e7acc1f. No rule was written from it.
 * - lore74.ts, recent74.ts, langs74.ts, asia74.ts, changelog74.ts: a seventy-fourth round, session 49 (five
 *   collectors: a second pass over the list-archive copies on GitHub, found through the words kernel developers use
 *   about a bounce rather than the notices' own; replies pasted in GitHub issues of 2024–2026; bounces and client
 *   errors in European languages other than English; in Chinese, Japanese and Korean; replies developers quote in
 *   their repositories' troubleshooting notes), skip list 7,943 pages. About 400 look-ups for 80 replies, 8 dropped
 *   as texts the set already held or pages of the frozen test, which left 72. Every collector reported its vein
 *   nearly dry. Scored before any rule was written from it: 53/72 (73.6%: list archives 15/17, recent issues 10/12,
 *   European languages 3/11 — eight of them one Outlook dialog in eight languages, from Microsoft's own article —
 *   Asian languages 7/8, troubleshooting notes 18/24), right at high 19/21, medium 29/31, low 4/13, wrong at high 2,
 *   no suppression on a sender-side cause — on d03ba1a, and the same on 9c65ee3 (the session's start).
 * - forges75.ts, gists75.ts, pastes75.ts, blogs75.ts: a seventy-fifth round the same session (four collectors: issue
 *   trackers other than GitHub; gists and wiki pages; paste sites, with the log-line queries earlier rounds had not
 *   tried; sysadmins' and senders' own write-ups of a bounce, with the cause they found), skip list 8,261 pages.
 *   About 320 look-ups for 44 replies, 4 dropped as texts the set already held, which left 40. The paste, gist and
 *   tracker veins were dry (1, 4 and 6 replies). Nine of the write-ups are providers' incidents in which the reply
 *   named a cause that was not the real one (Gmail's December 2020 "does not exist", AOL's 2012 and 2017 outages,
 *   Yahoo's 2019 "dd … doesn't have a yahoo.com account", Microsoft's 4.7.500), labelled with the cause the page
 *   found, which no reading of the text alone can give. Scored before any rule was written from it: 21/40 (52.5%:
 *   trackers 5/6, gists 2/4, pastes 0/1, write-ups 14/29), right at high 11/18, wrong at high 7 (five incidents;
 *   two Gmail 5.7.26 refusals, SPF and DKIM both failing, labelled spf), no suppression on a sender-side cause — on
 *   2640c17, and the same on 9c65ee3.
 * - ubuntu76a.ts, ubuntu76b.ts: a seventy-sixth round the same session (two collectors: the Ubuntu Forums archive on
 *   GitHub again — mail servers' log lines and remote replies; bounce notices and mail programs' errors — found through
 *   log-line prefixes with forum-typical host names, cited as earlier rounds did by a code search for the thread's
 *   title), skip list 8,451 pages. About 160 look-ups for 56 replies, 1 dropped as a text the set already held, which
 *   left 55. Scored before any rule was written from it: 50/55 (90.9%: server logs 28/30, notices and clients 22/25),
 *   right at high 31/32, medium 16/18, wrong at high 1, no suppression on a sender-side cause — on 53db604, and the
 *   same on 9c65ee3. Eleven earlier rounds came from the same archive: its texts are of the kinds the rules know best.
 * - logs77.ts, forums77.ts, intl77.ts, listarch77.ts, qamirrors77.ts, zoho77.ts: a seventy-seventh round, the next
 *   session (six collectors: mail logs and debug output committed to GitHub repositories, outside the Ubuntu Forums
 *   archive; threads on small web forums; notices in languages other than English; mailing-list archives on the web;
 *   copies of Stack Exchange threads on mirror sites; the Zoho community), skip list 8,507 pages. About 510 look-ups
 *   for 66 replies, 5 dropped as texts or pages the sets already held, which left 61. Four veins were dry (1, 1, 4
 *   and 12 replies): the pages they found were nearly all in the skip list. Scored before any rule was written from
 *   it: 43/61 (70.5%: logs 28/30, forums 7/13, languages 0/1, list archives 2/4, mirrors 1/1, Zoho 5/12), right at
 *   high 27/27, medium 11/18, low 5/16, wrong at high 0, no suppression on a sender-side cause — on 47aba6e, and the
 *   same on 93d3fdc (the session's start).
 * - logs78.ts, msqa78.ts: a seventy-eighth round the same session (two collectors: mail log files committed to GitHub,
 *   found by their file names, a second pass; Microsoft Q&A, Microsoft Community and Exchange blogs, a third pass),
 *   skip list 8,695 pages. About 160 look-ups for 25 replies, none dropped; both veins nearly dry. Scored before any
 *   rule was written from it: 20/25 (80.0%: logs 15/19, Microsoft 5/6), right at high 14/14, medium 4/8, wrong at
 *   high 0, no suppression on a sender-side cause — on ab7aef1, and the same on 93d3fdc.
 * - apps79.ts, msqa79.ts, logs79.ts: a seventy-ninth round the same session (three collectors: GitHub issues of
 *   self-hosted web applications that send mail, those earlier rounds had touched little; Microsoft Q&A and Exchange
 *   administrators' blogs, a fourth pass; mail and application logs committed to GitHub, found by their paths), skip
 *   list 8,763 pages. About 190 look-ups for 76 replies, 5 dropped as texts or pages the sets already held, which left
 *   71. The applications' replies are mostly setup errors (TLS, login, connection). Scored before any rule was written
 *   from it: 63/71 (88.7%: applications 41/48, Microsoft 7/7, logs 15/16), right at high 35/36, medium 21/24, wrong at
 *   high 1, no suppression on a sender-side cause — on 5bb55ce; 62/71 on 93d3fdc (the session's start).
 * - libs80.ts, shops80.ts: an eightieth round the same session (two collectors: issue trackers of mail libraries and of
 *   frameworks' mailers that earlier rounds had barely touched; issue trackers of shop systems and CMSs), skip list
 *   9,157 pages. About 150 look-ups for 74 replies, 9 dropped as texts or pages the sets already held, which left 65;
 *   mostly client-side errors (login, TLS, connection), the server replies of those trackers being taken already.
 *   Scored before any rule was written from it: 55/65 (84.6%: libraries 41/46, shops and CMSs 14/19), right at high
 *   34/35, medium 17/19, wrong at high 1, no suppression on a sender-side cause — on 07b2d1b, and the same on 93d3fdc.
 * - clients81.ts, fedi81.ts: an eighty-first round the same session (two collectors: issue trackers of mail clients;
 *   of federated social apps, NAS systems and small self-hosted tools), stopped after 26 look-ups when the session's
 *   search budget ran out: 16 replies, 2 dropped as texts the set already held, which left 14. Scored before any rule
 *   was written from it: 7/14 (clients 6/10, others 1/4), right at high 3/3, wrong at high 0 — on b7273eb, and the same
 *   on 93d3fdc. Most are logins and mechanisms whose labels say auth-required or protocol where either fits.
 * - clients82.ts, esp82.ts, intl82.ts, selfhost82.ts, servers82.ts: an eighty-second round, session 51 (five
 *   collectors: issue trackers and forums of mail clients; of monitoring, backup, NAS and home-automation tools; of
 *   self-hosted mail servers; bounces in other languages; users of sending services and their SDKs), skip list 9,495
 *   pages. About 320 look-ups for 59 replies: every collector called its vein dry (most pages found were on the skip
 *   list). 2 dropped as texts the set already held and 1 as a provider's own sample bounce in its FAQ (documentation,
 *   not a real one), which left 56. Scored before any rule was written from it: 40/56 (71.4%: clients 18/22, sending
 *   services 7/13, other languages 0/1, monitoring and NAS tools 13/16, mail servers 2/4), right at high 18/18, medium
 *   11/16, wrong at high 0, no suppression on a sender-side cause — on 4c2255a (the session's start). Sending services'
 *   own refusals (sandbox, suppression list, unverified sender) are most of what it missed.
 * - blogrepos83.ts, notes83.ts, newsletters83.ts: an eighty-third round, session 51 (three collectors: blog posts and
 *   notes kept in GitHub repositories — seven of the nine from one administrator's wiki of qmail and Exim notes, which
 *   may partly follow hosting panels' help —; projects' troubleshooting notes, the Ubuntu Forums archive and
 *   mailing-list archives found by exact strings; newsletter and marketing tools, webmail plugins and mail proxies),
 *   skip list 9,834 pages. About 225 look-ups for 40 replies, 5 dropped as texts or pages the sets already held, which
 *   left 35. Scored before any rule was written from it: 29/35 (82.9%: blog repositories 7/9, notes 13/15,
 *   newsletters 9/11), right at high 17/17, medium 8/10, wrong at high 0, no suppression on a sender-side cause — on
 *   689943d, and the same on 4c2255a (the session's start).
 * - asia84.ts, europe84.ts, apps84.ts: an eighty-fourth round, session 52 (three collectors: Japanese, Korean and
 *   Chinese pages and issues; European-language forums, blogs and help pages; issue threads of self-hosted and
 *   business apps that send notification mail), skip list 9,956 pages. About 200 look-ups for 55 replies, 5 dropped as
 *   texts the set already held, which left 50. All three collectors called their vein dry. Scored before any rule was
 *   written from it: 41/50 (82.0%: Asia 7/7, Europe 7/11, apps 27/32), right at high 20/22, medium 16/20, wrong at
 *   high 2 (qmail's "not in my list of allowed rcpthosts", labelled auth-required by its page, and Postfix's "Bad
 *   recipient address syntax", labelled protocol), no suppression on a sender-side cause — on 646a4b2 (the session's
 *   start).
 *   Two more collectors of the same round, launched once the first three had reported (issue threads of mail
 *   libraries in less common languages: R, Julia, Perl, Deno, Erlang/Elixir, Clojure, Swift, Lua, Emacs, libcurl —
 *   sdk84.ts; incident reports, status pages and operations notes — status84.ts), skip list 10,279 pages: about 110
 *   look-ups for 64 replies, none dropped. Scored before any rule was written from them: 43/64 (67.2%: libraries
 *   38/57, status pages 5/7), right at high 17/21, medium 23/25, wrong at high 4, no suppression on a sender-side
 *   cause — on 646a4b2 as well. Mostly client-side failures (connection, TLS, login), eight of them with no reply the
 *   reader takes for one (curl's and Swift's errors, an Erlang tuple). The round as a whole: 84/114 (73.7%).
 * - wp85.ts, cloud85.ts, latam85.ts, east85.ts, desk85.ts: an eighty-fifth round, session 53 (five collectors:
 *   WordPress, Drupal, Joomla and shop plugin forums; cloud providers' community Q&A; Spanish-, Portuguese- and
 *   Italian-language pages; Russian-, Polish-, Czech- and Turkish-language pages; help-desk, CRM and ticketing
 *   products), skip list 10,539 pages. About 330 look-ups for 118 replies, 5 dropped as texts the sets already held,
 *   which left 113. Every collector called its vein poor or dry (east85 found 2). Scored before any rule was written
 *   from it: 91/113 (80.5%: plugins 25/31, cloud 24/32, Latin languages 9/13, eastern languages 2/2, help desks
 *   31/35), right at high 40/41, medium 37/41, wrong at high 1 (0.9%), no suppression on a sender-side cause — on
 *   39688a3 (the session's start). Mostly setup failures again: login, TLS mode, blocked ports.
 * - monitor86.ts, nas86.ts, mailstack86.ts: an eighty-sixth round, session 53 (three collectors: monitoring, CI and
 *   alerting tools; NAS, router, firewall, camera and appliance notifications; self-hosted mail-server stacks), skip
 *   list 10,944 pages. About 200 look-ups for 67 replies, 1 dropped as a text the set already held, which left 66.
 *   Every collector called its vein nearly dry. Scored before any rule was written from it: 53/66 (80.3%: monitoring
 *   32/40, appliances 6/9, mail stacks 15/17), right at high 30/32, medium 18/19, wrong at high 2 (3.0%), no
 *   suppression on a sender-side cause — on de60aa3.
 * - panels87.ts, devtools87.ts, jvm87.ts: an eighty-seventh round, session 53 (three collectors: hosting control panels'
 *   forums and issue trackers; developer and collaboration tools that send mail; Java, Kotlin, Scala and .NET mail
 *   users), skip list 11,231 pages. About 220 look-ups for 90 replies, 3 dropped as texts the set already held, which
 *   left 87. Every collector called its vein poor or dry. Scored before any rule was written from it: 78/87 (89.7%:
 *   panels 5/7, developer tools 46/52, JVM and .NET 27/28), right at high 48/48, medium 22/25, wrong at high 0, no
 *   suppression on a sender-side cause — on 93761a6.
 * - baas88.ts, erp88.ts, bounces88.ts: an eighty-eighth round, session 53 (three collectors: backend-as-a-service and
 *   auth platforms with custom SMTP; ERP, invoicing, HR and inventory applications; bounce notices quoted whole),
 *   skip list 11,490 pages. About 210 look-ups for 85 replies, 6 dropped as texts the set already held, which left 79.
 *   Every collector called its vein poor or nearly dry. Scored before any rule was written from it: 71/79 (89.9%:
 *   platforms 33/39, business apps 30/31, notices 8/9), right at high 40/41, medium 26/31, wrong at high 1 (1.3%), no
 *   suppression on a sender-side cause — on 0025642.
 * - maint89.ts, lists89.ts: an eighty-ninth round, session 53 (two collectors: bounces reported against a project's
 *   published address — maintainers, security contacts, README addresses; mailing-list and newsletter bounce
 *   handling), skip list 11,805 pages. About 85 look-ups (the session's search budget ran out) for 28 replies, 1
 *   dropped as a text the set already held, which left 27. Scored before any rule was written from it: 22/27 (81.5%:
 *   published addresses 19/24, lists 3/3), right at high 12/12, medium 8/9, wrong at high 0, no suppression on a
 *   sender-side cause — on eff4bc8.
 * - isp90.ts, hosts90.ts, privacy90.ts, shops90.ts, crm90.ts, nordic90.ts, franco90.ts, apple90.ts: a ninetieth round,
 *   session 54 (eight collectors: internet providers' customer forums; web hosts' and registrars' communities; privacy
 *   and forwarding mail services; store builders, marketplaces and booking tools; CRM and outreach tools; Dutch and
 *   Nordic pages; French pages; Apple and phone mail), skip list 11,878 pages. About 520 look-ups for 108 replies, 10
 *   dropped as texts the set already held, which left 98. Every collector called its vein poor or dry: the forums named
 *   in the briefs are mostly not in the stored pages. Scored before any rule was written from it: 62/98 (63.3%: ISPs
 *   5/13, hosts 13/16, privacy 9/16, shops 18/24, CRM 6/12, Nordic 5/5, French 1/1, Apple 5/11), right at high
 *   25/27, medium 30/39, wrong at high 2 (2.0%), suppression on a sender-side cause 1 (an address a program malformed,
 *   labelled protocol) — on 93f5d9b.
 * - fwd91.ts, suped91.ts, ops91.ts: a ninety-first round, session 54 (three collectors: forwarding services' and small
 *   mail servers' issue trackers; deliverability write-ups that quote a real bounce; operations write-ups and
 *   incident threads), skip list 12,456 pages. About 160 look-ups for 60 replies, 3 dropped as texts the set already
 *   held, which left 57. Every collector called its vein poor or dry; most of what was left is outbound TLS and
 *   server-side failures. Scored before any rule was written from it: 49/57 (86.0%: forwarding and small servers 17/24,
 *   write-ups 4/4, operations 28/29), right at high 16/17, medium 26/27, wrong at high 1 (1.8%), no suppression on a
 *   sender-side cause — on a915d0a.
 * - tls92.ts, lookup92.ts: a ninety-second round, session 54 (two collectors: TLS, DANE, MTA-STS and certificate
 *   failures of mail delivery; receiving servers that failed on their own side — lookups, filters, disks, loops),
 *   skip list 12,709 pages. About 100 look-ups for 77 replies, 6 dropped as texts the set already held, which left
 *   71. Both collectors called their vein nearly used up. Scored before any rule was written from it: 54/71 (76.1%: TLS
 *   41/45, receiving-side failures 13/26), right at high 22/24, medium 20/22, wrong at high 2 (2.8%), no suppression
 *   on a sender-side cause — on 4aa2a76.
 * - (round 93, session 54: one collector on 2024–2026 issue threads quoting receiving servers' refusals, launched on
 *   6a65326, found nothing new in 42 look-ups — 168 of the 171 threads it found were already on the skip list — so no
 *   file; the pages it looked at are in pages-looked.txt.)
 * - archives94.ts: a ninety-fourth round, session 55 (three collectors in one file: the mailop list's archive; user
 *   lists of mail software and distributions in list archives; bug trackers outside GitHub), skip list 13,034 pages.
 *   About 215 look-ups for 15 replies, none dropped. All three called their vein dry: the stored pages hold almost no
 *   mailop or list-archive page that earlier rounds had not used, and no bug-tracker page at all; the replies come
 *   from personal blogs, a few 2026 Microsoft write-ups, and trackers mirrored into GitHub (Perl's old RT, a Trac).
 *   Scored before any rule was written from it: 10/15 (66.7%), right at high 3/3, medium 5/5, wrong at high 0, no
 *   suppression on a sender-side cause — on 8c4e63a.
 */
import { DEV_ISSUES } from './issues';
import type { DevReply } from './types';
import { DEV_PAGES } from './pages';
import { DEV_ISSUES2 } from './issues2';
import { DEV_PAGES2 } from './pages2';
import { DEV_ISSUES3 } from './issues3';
import { DEV_PAGES3 } from './pages3';
import { DEV_ISSUES4 } from './issues4';
import { DEV_PAGES4 } from './pages4';
import { DEV_ISSUES5 } from './issues5';
import { DEV_PAGES5 } from './pages5';
import { DEV_ISSUES6 } from './issues6';
import { DEV_PAGES6 } from './pages6';
import { DEV_ISSUES7 } from './issues7';
import { DEV_PAGES7 } from './pages7';
import { DEV_ISSUES8 } from './issues8';
import { DEV_PAGES8 } from './pages8';
import { DEV_ISSUES9 } from './issues9';
import { DEV_PAGES9 } from './pages9';
import { DEV_ISSUES10 } from './issues10';
import { DEV_PAGES10 } from './pages10';
import { DEV_ISSUES11 } from './issues11';
import { DEV_PAGES11 } from './pages11';
import { DEV_ISSUES12 } from './issues12';
import { DEV_PAGES12 } from './pages12';
import { DEV_ISSUES13 } from './issues13';
import { DEV_PAGES13 } from './pages13';
import { DEV_ISSUES14 } from './issues14';
import { DEV_PAGES14 } from './pages14';
import { DEV_ISSUES15 } from './issues15';
import { DEV_PAGES15 } from './pages15';
import { DEV_ISSUES16 } from './issues16';
import { DEV_PAGES16 } from './pages16';
import { DEV_ISSUES17 } from './issues17';
import { DEV_PAGES17 } from './pages17';
import { DEV_ISSUES18 } from './issues18';
import { DEV_PAGES18 } from './pages18';
import { DEV_MIXED19 } from './mixed19';
import { DEV_ISSUES20 } from './issues20';
import { DEV_PAGES20 } from './pages20';
import { DEV_LANG20 } from './lang20';
import { DEV_FORUMS21 } from './forums21';
import { DEV_EUROPE21 } from './europe21';
import { DEV_FORUMS22 } from './forums22';
import { DEV_LANG22 } from './lang22';
import { DEV_ISSUES23 } from './issues23';
import { DEV_LANG23 } from './lang23';
import { DEV_LOGS24 } from './logs24';
import { DEV_FILTERS24 } from './filters24';
import { DEV_APPS25 } from './apps25';
import { DEV_FORUMS25 } from './forums25';
import { DEV_EUROPE26 } from './europe26';
import { DEV_ASIA26 } from './asia26';
import { DEV_QA27 } from './qa27';
import { DEV_WORLD27 } from './world27';
import { DEV_PASTES28 } from './pastes28';
import { DEV_LATIN28 } from './latin28';
import { DEV_LIBS29 } from './libs29';
import { DEV_CLIENTS29 } from './clients29';
import { DEV_LEGACY30 } from './legacy30';
import { DEV_ADMINS30 } from './admins30';
import { DEV_SELFHOSTED31 } from './selfhosted31';
import { DEV_SENDERS32 } from './senders32';
import { DEV_ISPS32 } from './isps32';
import { DEV_LISTS32 } from './lists32';
import { DEV_TRACKERS33 } from './trackers33';
import { DEV_LANGS33 } from './langs33';
import { DEV_OTHERLANGS34 } from './otherlangs34';
import { DEV_APPS34 } from './apps34';
import { DEV_HELPDESKS34 } from './helpdesks34';
import { DEV_SOCIAL35 } from './social35';
import { DEV_STACKX35 } from './stackx35';
import { DEV_ARCHIVES35 } from './archives35';
import { DEV_DEVICES36 } from './devices36';
import { DEV_REGIONAL36 } from './regional36';
import { DEV_TOOLS36 } from './tools36';
import { DEV_WPFORUMS37 } from './wpforums37';
import { DEV_PANELS37 } from './panels37';
import { DEV_RARER37 } from './rarer37';
import { DEV_PASTES38 } from './pastes38';
import { DEV_KBS38 } from './kbs38';
import { DEV_INTL38 } from './intl38';
import { DEV_COMMUNITIES39 } from './communities39';
import { DEV_BUGTRACKERS39 } from './bugtrackers39';
import { DEV_BLOGS39 } from './blogs39';
import { DEV_RECENT40 } from './recent40';
import { DEV_CODES40 } from './codes40';
import { DEV_HOSTS40 } from './hosts40';
import { DEV_APPS41 } from './apps41';
import { DEV_LANGS41 } from './langs41';
import { DEV_QA41 } from './qa41';
import { DEV_MSQA42 } from './msqa42';
import { DEV_LISTS43 } from './lists43';
import { DEV_DOCS44 } from './docs44';
import { DEV_GOOGLE45 } from './google45';
import { DEV_MICROSOFT45 } from './microsoft45';
import { DEV_GENERIC45 } from './generic45';
import { DEV_ESP46 } from './esp46';
import { DEV_PROVIDERS46 } from './providers46';
import { DEV_PANELS46 } from './panels46';
import { DEV_FRAMEWORKS47 } from './frameworks47';
import { DEV_OPS47 } from './ops47';
import { DEV_ASIA48 } from './asia48';
import { DEV_EUROPE48 } from './europe48';
import { DEV_FRAMEWORKS48 } from './frameworks48';
import { DEV_SELFHOST48 } from './selfhost48';
import { DEV_CODE49 } from './code49';
import { DEV_PASTES49 } from './pastes49';
import { DEV_UBUNTU50 } from './ubuntu50';
import { DEV_DEVICES51 } from './devices51';
import { DEV_FORUMS51 } from './forums51';
import { DEV_INTL51 } from './intl51';
import { DEV_SEMIRRORS51 } from './semirrors51';
import { DEV_APPS52 } from './apps52';
import { DEV_ARCHIVES52 } from './archives52';
import { DEV_UBUNTU52 } from './ubuntu52';
import { DEV_UBUNTU53 } from './ubuntu53';
import { DEV_LISTS53 } from './lists53';
import { DEV_INTLISSUES53 } from './intlissues53';
import { DEV_UBUNTU54 } from './ubuntu54';
import { DEV_CATEGORIES54 } from './categories54';
import { DEV_JABLOGS54 } from './jablogs54';
import { DEV_UBUNTU55 } from './ubuntu55';
import { DEV_DEVICES55 } from './devices55';
import { DEV_NEWSLETTERS55 } from './newsletters55';
import { DEV_UBUNTU56 } from './ubuntu56';
import { DEV_CLIENTS56 } from './clients56';
import { DEV_HOSTFORUMS56 } from './hostforums56';
import { DEV_UBUNTU57 } from './ubuntu57';
import { DEV_PASTES57 } from './pastes57';
import { DEV_PASTES57B } from './pastes57b';
import { DEV_UBUNTU58 } from './ubuntu58';
import { DEV_PASTES58 } from './pastes58';
import { DEV_UBUNTU59 } from './ubuntu59';
import { DEV_PASTES59 } from './pastes59';
import { DEV_GITLIST59 } from './gitlist59';
import { DEV_TRANSCRIPTS59 } from './transcripts59';
import { DEV_KERNEL60 } from './kernel60';
import { DEV_LISTS60 } from './lists60';
import { DEV_UBUNTU60 } from './ubuntu60';
import { DEV_LKML61 } from './lkml61';
import { DEV_KBARCHIVE62 } from './kbarchive62';
import { DEV_LKML62 } from './lkml62';
import { DEV_FORUMS62 } from './forums62';
import { DEV_NONEN62 } from './nonen62';
import { DEV_MSKB63 } from './mskb63';
import { DEV_VENDORKB63 } from './vendorkb63';
import { DEV_ISSUES64 } from './issues64';
import { DEV_BLOGS65 } from './blogs65';
import { DEV_ISSUES66 } from './issues66';
import { DEV_KB66 } from './kb66';
import { DEV_QA66 } from './qa66';
import { DEV_MSQA67 } from './msqa67';
import { DEV_DELIVKB67 } from './delivkb67';
import { DEV_CATS67 } from './cats67';
import { DEV_SUPED68 } from './suped68';
import { DEV_EXADMIN68 } from './exadmin68';
import { DEV_INTLBLOGS68 } from './intlblogs68';
import { DEV_DEVJA69 } from './devja69';
import { DEV_MISC69 } from './misc69';
import { DEV_MAILSRV70 } from './mailsrv70';
import { DEV_LISTS70 } from './lists70';
import { DEV_INTLFORUMS70 } from './intlforums70';
import { DEV_VENDORQ70 } from './vendorq70';
import { DEV_REDDIT71 } from './reddit71';
import { DEV_APPFORUMS71 } from './appforums71';
import { DEV_SUPPORT71 } from './support71';
import { DEV_DEVICES71 } from './devices71';
import { DEV_RARECATS72 } from './rarecats72';
import { DEV_COMMONCATS72 } from './commoncats72';
import { DEV_INTLISSUES72 } from './intlissues72';
import { DEV_LORE73 } from './lore73';
import { DEV_ARCHIVES73 } from './archives73';
import { DEV_LORE74 } from './lore74';
import { DEV_RECENT74 } from './recent74';
import { DEV_LANGS74 } from './langs74';
import { DEV_ASIA74 } from './asia74';
import { DEV_CHANGELOG74 } from './changelog74';
import { DEV_FORGES75 } from './forges75';
import { DEV_GISTS75 } from './gists75';
import { DEV_PASTES75 } from './pastes75';
import { DEV_BLOGS75 } from './blogs75';
import { DEV_UBUNTU76A } from './ubuntu76a';
import { DEV_UBUNTU76B } from './ubuntu76b';
import { DEV_LOGS77 } from './logs77';
import { DEV_FORUMS77 } from './forums77';
import { DEV_INTL77 } from './intl77';
import { DEV_LISTARCH77 } from './listarch77';
import { DEV_QAMIRRORS77 } from './qamirrors77';
import { DEV_ZOHO77 } from './zoho77';
import { DEV_LOGS78 } from './logs78';
import { DEV_MSQA78 } from './msqa78';
import { DEV_APPS79 } from './apps79';
import { DEV_MSQA79 } from './msqa79';
import { DEV_LOGS79 } from './logs79';
import { DEV_LIBS80 } from './libs80';
import { DEV_SHOPS80 } from './shops80';
import { DEV_CLIENTS81 } from './clients81';
import { DEV_FEDI81 } from './fedi81';
import { DEV_CLIENTS82 } from './clients82';
import { DEV_ESP82 } from './esp82';
import { DEV_INTL82 } from './intl82';
import { DEV_SELFHOST82 } from './selfhost82';
import { DEV_SERVERS82 } from './servers82';
import { DEV_BLOGREPOS83 } from './blogrepos83';
import { DEV_NOTES83 } from './notes83';
import { DEV_NEWSLETTERS83 } from './newsletters83';
import { DEV_ASIA84 } from './asia84';
import { DEV_EUROPE84 } from './europe84';
import { DEV_APPS84 } from './apps84';
import { DEV_SDK84 } from './sdk84';
import { DEV_STATUS84 } from './status84';
import { DEV_WP85 } from './wp85';
import { DEV_CLOUD85 } from './cloud85';
import { DEV_LATAM85 } from './latam85';
import { DEV_EAST85 } from './east85';
import { DEV_DESK85 } from './desk85';
import { DEV_MONITOR86 } from './monitor86';
import { DEV_NAS86 } from './nas86';
import { DEV_MAILSTACK86 } from './mailstack86';
import { DEV_PANELS87 } from './panels87';
import { DEV_DEVTOOLS87 } from './devtools87';
import { DEV_JVM87 } from './jvm87';
import { DEV_BAAS88 } from './baas88';
import { DEV_ERP88 } from './erp88';
import { DEV_BOUNCES88 } from './bounces88';
import { DEV_MAINT89 } from './maint89';
import { DEV_LISTS89 } from './lists89';
import { DEV_ISP90 } from './isp90';
import { DEV_HOSTS90 } from './hosts90';
import { DEV_PRIVACY90 } from './privacy90';
import { DEV_SHOPS90 } from './shops90';
import { DEV_CRM90 } from './crm90';
import { DEV_NORDIC90 } from './nordic90';
import { DEV_FRANCO90 } from './franco90';
import { DEV_APPLE90 } from './apple90';
import { DEV_FWD91 } from './fwd91';
import { DEV_SUPED91 } from './suped91';
import { DEV_OPS91 } from './ops91';
import { DEV_TLS92 } from './tls92';
import { DEV_LOOKUP92 } from './lookup92';
import { DEV_ARCHIVES94 } from './archives94';

export type { DevReply };
export const DEV_REPLIES: readonly DevReply[] = [...DEV_ISSUES, ...DEV_PAGES, ...DEV_ISSUES2, ...DEV_PAGES2, ...DEV_ISSUES3, ...DEV_PAGES3, ...DEV_ISSUES4, ...DEV_PAGES4, ...DEV_ISSUES5, ...DEV_PAGES5, ...DEV_ISSUES6, ...DEV_PAGES6, ...DEV_ISSUES7, ...DEV_PAGES7, ...DEV_ISSUES8, ...DEV_PAGES8, ...DEV_ISSUES9, ...DEV_PAGES9, ...DEV_ISSUES10, ...DEV_PAGES10, ...DEV_ISSUES11, ...DEV_PAGES11, ...DEV_ISSUES12, ...DEV_PAGES12, ...DEV_ISSUES13, ...DEV_PAGES13, ...DEV_ISSUES14, ...DEV_PAGES14, ...DEV_ISSUES15, ...DEV_PAGES15, ...DEV_ISSUES16, ...DEV_PAGES16, ...DEV_ISSUES17, ...DEV_PAGES17, ...DEV_ISSUES18, ...DEV_PAGES18, ...DEV_MIXED19, ...DEV_ISSUES20, ...DEV_PAGES20, ...DEV_LANG20, ...DEV_FORUMS21, ...DEV_EUROPE21, ...DEV_FORUMS22, ...DEV_LANG22, ...DEV_ISSUES23, ...DEV_LANG23, ...DEV_LOGS24, ...DEV_FILTERS24, ...DEV_APPS25, ...DEV_FORUMS25, ...DEV_EUROPE26, ...DEV_ASIA26, ...DEV_QA27, ...DEV_WORLD27, ...DEV_PASTES28, ...DEV_LATIN28, ...DEV_LIBS29, ...DEV_CLIENTS29, ...DEV_LEGACY30, ...DEV_ADMINS30, ...DEV_SELFHOSTED31, ...DEV_SENDERS32, ...DEV_ISPS32, ...DEV_LISTS32, ...DEV_TRACKERS33, ...DEV_LANGS33, ...DEV_OTHERLANGS34, ...DEV_APPS34, ...DEV_HELPDESKS34, ...DEV_SOCIAL35, ...DEV_STACKX35, ...DEV_ARCHIVES35, ...DEV_DEVICES36, ...DEV_REGIONAL36, ...DEV_TOOLS36, ...DEV_WPFORUMS37, ...DEV_PANELS37, ...DEV_RARER37, ...DEV_PASTES38, ...DEV_KBS38, ...DEV_INTL38, ...DEV_COMMUNITIES39, ...DEV_BUGTRACKERS39, ...DEV_BLOGS39, ...DEV_RECENT40, ...DEV_CODES40, ...DEV_HOSTS40, ...DEV_APPS41, ...DEV_LANGS41, ...DEV_QA41, ...DEV_MSQA42, ...DEV_LISTS43, ...DEV_DOCS44, ...DEV_GOOGLE45, ...DEV_MICROSOFT45, ...DEV_GENERIC45, ...DEV_ESP46, ...DEV_PROVIDERS46, ...DEV_PANELS46, ...DEV_FRAMEWORKS47, ...DEV_OPS47, ...DEV_ASIA48, ...DEV_EUROPE48, ...DEV_FRAMEWORKS48, ...DEV_SELFHOST48, ...DEV_CODE49, ...DEV_PASTES49, ...DEV_UBUNTU50, ...DEV_DEVICES51, ...DEV_FORUMS51, ...DEV_INTL51, ...DEV_SEMIRRORS51, ...DEV_APPS52, ...DEV_ARCHIVES52, ...DEV_UBUNTU52, ...DEV_UBUNTU53, ...DEV_LISTS53, ...DEV_INTLISSUES53, ...DEV_UBUNTU54, ...DEV_CATEGORIES54, ...DEV_JABLOGS54, ...DEV_UBUNTU55, ...DEV_DEVICES55, ...DEV_NEWSLETTERS55, ...DEV_UBUNTU56, ...DEV_CLIENTS56, ...DEV_HOSTFORUMS56, ...DEV_UBUNTU57, ...DEV_PASTES57, ...DEV_PASTES57B, ...DEV_UBUNTU58, ...DEV_PASTES58, ...DEV_UBUNTU59, ...DEV_PASTES59, ...DEV_GITLIST59, ...DEV_TRANSCRIPTS59, ...DEV_KERNEL60, ...DEV_LISTS60, ...DEV_UBUNTU60, ...DEV_LKML61, ...DEV_KBARCHIVE62, ...DEV_LKML62, ...DEV_FORUMS62, ...DEV_NONEN62, ...DEV_MSKB63, ...DEV_VENDORKB63, ...DEV_ISSUES64, ...DEV_BLOGS65, ...DEV_ISSUES66, ...DEV_KB66, ...DEV_QA66, ...DEV_MSQA67, ...DEV_DELIVKB67, ...DEV_CATS67, ...DEV_SUPED68, ...DEV_EXADMIN68, ...DEV_INTLBLOGS68, ...DEV_DEVJA69, ...DEV_MISC69, ...DEV_MAILSRV70, ...DEV_LISTS70, ...DEV_INTLFORUMS70, ...DEV_VENDORQ70, ...DEV_REDDIT71, ...DEV_APPFORUMS71, ...DEV_SUPPORT71, ...DEV_DEVICES71, ...DEV_RARECATS72, ...DEV_COMMONCATS72, ...DEV_INTLISSUES72, ...DEV_LORE73, ...DEV_ARCHIVES73, ...DEV_LORE74, ...DEV_RECENT74, ...DEV_LANGS74, ...DEV_ASIA74, ...DEV_CHANGELOG74, ...DEV_FORGES75, ...DEV_GISTS75, ...DEV_PASTES75, ...DEV_BLOGS75, ...DEV_UBUNTU76A, ...DEV_UBUNTU76B, ...DEV_LOGS77, ...DEV_FORUMS77, ...DEV_INTL77, ...DEV_LISTARCH77, ...DEV_QAMIRRORS77, ...DEV_ZOHO77, ...DEV_LOGS78, ...DEV_MSQA78, ...DEV_APPS79, ...DEV_MSQA79, ...DEV_LOGS79, ...DEV_LIBS80, ...DEV_SHOPS80, ...DEV_CLIENTS81, ...DEV_FEDI81, ...DEV_CLIENTS82, ...DEV_ESP82, ...DEV_INTL82, ...DEV_SELFHOST82, ...DEV_SERVERS82, ...DEV_BLOGREPOS83, ...DEV_NOTES83, ...DEV_NEWSLETTERS83, ...DEV_ASIA84, ...DEV_EUROPE84, ...DEV_APPS84, ...DEV_SDK84, ...DEV_STATUS84, ...DEV_WP85, ...DEV_CLOUD85, ...DEV_LATAM85, ...DEV_EAST85, ...DEV_DESK85, ...DEV_MONITOR86, ...DEV_NAS86, ...DEV_MAILSTACK86, ...DEV_PANELS87, ...DEV_DEVTOOLS87, ...DEV_JVM87, ...DEV_BAAS88, ...DEV_ERP88, ...DEV_BOUNCES88, ...DEV_MAINT89, ...DEV_LISTS89, ...DEV_ISP90, ...DEV_HOSTS90, ...DEV_PRIVACY90, ...DEV_SHOPS90, ...DEV_CRM90, ...DEV_NORDIC90, ...DEV_FRANCO90, ...DEV_APPLE90, ...DEV_FWD91, ...DEV_SUPED91, ...DEV_OPS91, ...DEV_TLS92, ...DEV_LOOKUP92, ...DEV_ARCHIVES94];
