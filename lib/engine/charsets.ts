/**
 * Text whose charset is unknown or wrong, decoded with the platform's TextDecoder (no tables of our own). Bounces
 * often carry text a mail system wrote in its local charset without saying so — Japanese carriers' notices in
 * Shift_JIS or EUC-JP, a Russian server's in KOI8-R, an old MTA's Latin-1 — or declare one charset and use another
 * (ISO-2022-JP declared, EUC-JP sent). The guess, in order:
 *   1. 7-bit text with ISO-2022-JP's escape sequences is ISO-2022-JP; other 7-bit text is ASCII;
 *   2. valid UTF-8 is UTF-8 (8-bit text in another charset is almost never valid UTF-8);
 *   3. Western text, whose 8-bit bytes stand one at a time inside ASCII words, is windows-1252;
 *   4. the East Asian multi-byte charsets that decode without error, scored by the script they give (kana for
 *      Japanese, the most frequent hanzi for Chinese, hangul for Korean);
 *   5. other single-byte text: Cyrillic when its 8-bit bytes make up whole words (KOI8-R or windows-1251, whichever gives
 *      mostly lower-case letters, as running text has), else windows-1252 (Latin-1's superset).
 */

const decoders = new Map<string, TextDecoder | null>();

/** A decoder for a label, or null when the platform does not know it. `fatal` decoders throw on invalid input. */
function decoder(label: string, fatal = false): TextDecoder | null {
  const key = `${label}|${fatal}`;
  let d = decoders.get(key);
  if (d === undefined) {
    try {
      d = new TextDecoder(label, { fatal });
    } catch {
      d = null;
    }
    decoders.set(key, d);
  }
  return d;
}

function tryDecode(bytes: Uint8Array, label: string): string | null {
  const d = decoder(label, true);
  if (!d) return null;
  try {
    const text = d.decode(bytes);
    return d.encoding === 'windows-1252' ? mendCp1252(text) : text;
  } catch {
    return null;
  }
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) >= 0x80) return true;
  return false;
}

/** ESC $ @, ESC $ B, ESC $ ( D (JIS X 0208/0212) or ESC ( J / ESC ( I: ISO-2022-JP's switches. */
function hasIso2022JpEscapes(bytes: Uint8Array): boolean {
  for (let i = bytes.indexOf(0x1b); i >= 0; i = bytes.indexOf(0x1b, i + 1)) {
    const a = bytes[i + 1];
    const b = bytes[i + 2];
    if (a === 0x24 && (b === 0x40 || b === 0x42 || b === 0x28)) return true;
    if (a === 0x28 && (b === 0x4a || b === 0x49)) return true;
  }
  return false;
}

// The most frequent characters of written Chinese, simplified and traditional, and of bounce notices (mail, send,
// address, failure, return): what tells GB18030 from Big5 on the same bytes.
const FREQUENT_SIMPLIFIED = new Set('的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敢术微妈较邮件发送址败退這個們來國時說會對過發後裡用經麼現當沒動進還從與長機無見開問頭體關點對應實戰區動變達權條內壓議郵件發送址敗退'.split(''));

function scoreEastAsian(text: string, label: string): number {
  let kana = 0;
  let halfKana = 0;
  let han = 0;
  let frequent = 0;
  let hangul = 0;
  let other = 0;
  let nonAscii = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) continue;
    nonAscii++;
    if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0xff61 && c <= 0xff9f) halfKana++;
    else if (c >= 0x4e00 && c <= 0x9fff) {
      han++;
      if (FREQUENT_SIMPLIFIED.has(ch)) frequent++;
    } else if (c >= 0xac00 && c <= 0xd7af) hangul++;
    else if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff5e)) {
      // CJK punctuation and full-width forms: neutral.
    } else other++;
  }
  if (nonAscii === 0) return 0;
  // Scores near 1 for text in the charset; other charsets' bytes decode into rare or mixed scripts.
  const noise = (other + halfKana * 2) / nonAscii;
  if (label === 'shift_jis' || label === 'euc-jp') return kana > 0 ? (kana + han) / nonAscii + Math.min(0.2, kana / nonAscii) - noise : -1;
  if (label === 'euc-kr') return hangul / nonAscii + 0.1 - noise;
  // Chinese: hanzi, counted in full only when enough of them are among the most frequent; kana count against.
  return han > 0 ? (han / nonAscii) * (0.6 + 0.4 * Math.min(1, (2 * frequent) / han)) - noise - kana / nonAscii : -1;
}

const EAST_ASIAN = ['shift_jis', 'euc-jp', 'gb18030', 'big5', 'euc-kr'] as const;

/** Single-byte text: Cyrillic, when its 8-bit bytes come in runs (whole words), else windows-1252. */
function guessSingleByte(bytes: Uint8Array): string {
  let high = 0;
  let inRuns = 0;
  for (let i = 0; i < bytes.length; i++) {
    if ((bytes[i] as number) < 0xc0) continue;
    high++;
    if (((bytes[i - 1] ?? 0) >= 0xc0 && (bytes[i - 2] ?? 0) >= 0xc0) || ((bytes[i + 1] ?? 0) >= 0xc0 && (bytes[i + 2] ?? 0) >= 0xc0)) inRuns++;
  }
  if (high < 8 || inRuns < high * 0.6) return 'windows-1252';
  const lowerShare = (label: string) => {
    const text = decoder(label)?.decode(bytes) ?? '';
    let lower = 0;
    let upper = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x430 && c <= 0x44f) lower++;
      else if (c >= 0x410 && c <= 0x42f) upper++;
    }
    return lower / Math.max(1, lower + upper);
  };
  return lowerShare('koi8-r') > lowerShare('windows-1251') ? 'koi8-r' : 'windows-1251';
}

/**
 * windows-1252's characters for bytes 0x80–0x9F (the Encoding Standard's table; undefined bytes keep their C1
 * control). Node 20's TextDecoder('windows-1252') decodes them as ISO-8859-1's C1 controls instead — curly quotes
 * and dashes would vanish — so its output is mended here (a browser's decoder already gives these).
 */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function mendCp1252(text: string): string {
  return /[\u0080-\u009f]/.test(text) ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] as string) : text;
}

/**
 * Western text in a single-byte charset: its 8-bit bytes are accents and quotes inside ASCII words ("Réessayez",
 * "s’il"), one at a time. East Asian text has them in pairs or runs; Cyrillic or Greek text in whole words.
 */
function looksLatin(bytes: Uint8Array): boolean {
  let high = 0;
  let isolated = 0;
  for (let i = 0; i < bytes.length; i++) {
    if ((bytes[i] as number) < 0x80) continue;
    high++;
    // In bounds only (a read past either end deoptimizes V8's code for this loop): outside, a byte counts as ASCII.
    if ((i > 0 ? (bytes[i - 1] as number) : 0) < 0x80 && (i + 1 < bytes.length ? (bytes[i + 1] as number) : 0) < 0x80) isolated++;
  }
  return high <= bytes.length * 0.3 && isolated >= high * 0.9;
}

/** The charset `bytes` are most likely in (a WHATWG encoding label). */
export function guessCharset(bytes: Uint8Array): string {
  if (!hasHighBytes(bytes)) return hasIso2022JpEscapes(bytes) ? 'iso-2022-jp' : 'utf-8';
  if (tryDecode(bytes, 'utf-8') !== null) return 'utf-8';
  if (looksLatin(bytes)) return 'windows-1252';
  let best: { label: string; score: number } | null = null;
  for (const label of EAST_ASIAN) {
    const text = tryDecode(bytes, label);
    if (text === null) continue;
    const score = scoreEastAsian(text, label);
    if (score > 0.5 && (!best || score > best.score)) best = { label, score };
  }
  return best?.label ?? guessSingleByte(bytes);
}

/** Charsets that cannot hold 8-bit bytes: 8-bit bytes under one of these mean the declaration is wrong. */
const SEVEN_BIT = /^(?:us-ascii|ascii|iso-2022-jp|iso-2022-kr|iso-2022-cn|csiso2022jp|utf-7)$/i;

export interface Decoded {
  text: string;
  /** The charset used. */
  charset: string;
  /** True when the declared charset was missing or wrong and the charset was guessed. */
  guessed: boolean;
}

/**
 * Decodes bytes in their declared charset when it fits them (known to the platform, valid for these bytes), else in
 * the guessed one. Never throws; the last resort is windows-1252, which decodes anything.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string | null): Decoded {
  const label = declared?.trim().toLowerCase() || null;
  if (label && !(SEVEN_BIT.test(label) && hasHighBytes(bytes))) {
    const text = tryDecode(bytes, label);
    if (text !== null) return { text, charset: label, guessed: false };
  }
  const charset = guessCharset(bytes);
  const text = tryDecode(bytes, charset) ?? mendCp1252((decoder('windows-1252') as TextDecoder).decode(bytes));
  return { text, charset, guessed: label !== charset };
}

/**
 * Text that was decoded as ASCII (or Latin-1, or UTF-8) although it was ISO-2022-JP: its escape sequences are still
 * there as characters. Decodes those stretches properly; text without them comes back unchanged.
 */
export function decodeIso2022JpLeftovers(text: string): string {
  // eslint-disable-next-line no-control-regex -- ISO-2022-JP's escapes are the point
  if (!/\u001b(?:\$[@B(]|\([BJI])/.test(text)) return text;
  const d = decoder('iso-2022-jp');
  if (!d) return text;
  // Each line that holds an escape is re-read as bytes (its characters are all 7-bit there).
  return text
    .split('\n')
    .map((line) => {
      if (!line.includes('\u001b')) return line;
      const bytes = new Uint8Array(line.length);
      for (let i = 0; i < line.length; i++) {
        const c = line.charCodeAt(i);
        if (c > 0x7f) return line;
        bytes[i] = c;
      }
      return d.decode(bytes);
    })
    .join('\n');
}

function fatalDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * An encoded word (RFC 2047) labelled with a 7-bit charset whose bytes are 8-bit was written in another one: Japanese mailers label
 * Shift_JIS or EUC-JP as ISO-2022-JP. Tried in the order that tells them apart (EUC-JP rejects Shift_JIS's lead
 * bytes), then UTF-8; windows-1252 decodes anything else.
 */
export function decodeMislabelled(charset: string, bytes: Uint8Array): string | null {
  if (!/^(?:iso-2022-jp|us-ascii|ascii)$/i.test(charset) || !bytes.some((b) => b >= 0x80)) return null;
  const tries = /jp/i.test(charset) ? ['euc-jp', 'shift_jis', 'utf-8'] : ['utf-8'];
  for (const label of tries) {
    const text = fatalDecode(label, bytes);
    if (text !== null) return text;
  }
  return new TextDecoder('windows-1252').decode(bytes);
}

