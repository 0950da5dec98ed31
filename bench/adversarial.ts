/** Hostile inputs for the linear-time checks (benchmark and tests share them). Sizes in characters. */
export interface Adversarial {
  name: string;
  text: string;
}

const repeatTo = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

export function adversarialInputs(sizes: number[] = [1 << 20, 5 << 20]): Adversarial[] {
  const out: Adversarial[] = [];
  for (const size of sizes) {
    const mb = `${Math.round(size / 1048576)}MB`;
    out.push({ name: `digits ${mb}`, text: repeatTo('5', size) });
    out.push({ name: `digits, dashes, dots ${mb}`, text: repeatTo('550-5.1.1.', size) });
    out.push({ name: `spaces ${mb}`, text: repeatTo(' ', size - 1) + 'x' });
    out.push({ name: `newlines ${mb}`, text: repeatTo('\n', size - 1) + 'x' });
    out.push({ name: `one character ${mb}`, text: repeatTo('a', size) });
    out.push({ name: `codes and addresses ${mb}`, text: repeatTo('<a@b.example>: 550 5.1.1 user unknown (in reply to RCPT TO command)\n', size) });
    out.push({ name: `one long line of replies ${mb}`, text: repeatTo('said: 550 5.1.1 x@y.example ', size) });
    out.push({ name: `at-signs and dots ${mb}`, text: repeatTo('a@a.', size) });
    out.push({ name: `CRLF and zero-width ${mb}`, text: repeatTo('550 5.7.1\u200b\r\n', size) });
    const depth = 2000;
    let nested = '';
    for (let i = 0; i < depth; i++) nested += `Content-Type: multipart/mixed; boundary="b${i}"\n\n--b${i}\n`;
    out.push({ name: `nested MIME ${mb}`, text: 'From: a@b.example\nSubject: x\n' + nested + repeatTo('x', Math.max(0, size - nested.length)) });
  }
  return out;
}

/**
 * Hostile pastes for the tolerant paste reader (lib/engine/paste.ts): each repeats a piece its wrapper table or its
 * loose reading starts on, so every pattern is tried as often as it can be. The popup reads pastes up to 2 MB.
 */
export function pasteAdversarialInputs(size = 2 << 20): Adversarial[] {
  const mb = `${Math.round(size / 1048576)}MB`;
  const units: [string, string][] = [
    ['Python tuples', "(550, b'"],
    ['Python dict entries', "'a@b.example': (550, b'5.1.1 x', "],
    ['unclosed quotes after a field', "response: '"],
    ['escaped newlines and quotes', '\\n\\"'],
    ['string concatenations', "'a' + "],
    ['Symfony messages', 'Expected response code "250" but got code "550", with message "550 x\n'],
    ['Ruby exception names', 'Net::SMTPFatalError '],
    ['Erlang failure tuples', '{permanent_failure, <<"'],
    ['PHPMailer labels', 'SMTP code: 550 '],
    ['codes after colons', 'x: 550 y '],
    ['bare statuses', '5.1.1 x\n'],
    ['failure words', 'mail bounced '],
  ];
  return units.map(([name, unit]) => ({ name: `paste: ${name} ${mb}`, text: repeatTo(unit, size) }));
}
