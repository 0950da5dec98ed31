/**
 * Commands offered for copying are filled with values taken from the bounce, and a bounce can be written by anyone.
 * Every value goes through here: it is checked against the grammar of what it is (a DNS name, a DKIM selector, an IP
 * address) and, when it does not fit, replaced by a placeholder the user must fill in, with a note saying so. What
 * remains is quoted for a POSIX shell. The result is always one simple command whose words are exactly the expected
 * arguments: no expansion, substitution, redirection, separator or second line can get in.
 */

/** A command template's argument kinds. */
export type ArgKind = 'hostname' | 'selector' | 'ip' | 'ipv4';

/** One letters-digits-hyphens DNS label (RFC 1035 §2.3.1, RFC 5321 `Let-dig [Ldh-str]`). */
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** Converts an internationalized name to its ASCII (A-label) form; null when it cannot be one. */
function toAscii(name: string): string | null {
  if (/^[\x21-\x7e]*$/.test(name)) return name;
  // Only letters, marks and digits of any script, dots and hyphens may become an A-label; the URL parser does the
  // IDNA mapping (UTS #46) in both browsers and Node. Bidi controls, spaces and symbols never pass this gate.
  if (!/^[\p{L}\p{M}\p{N}.-]+$/u.test(name)) return null;
  try {
    const host = new URL(`http://${name}/`).hostname;
    return host || null;
  } catch {
    return null;
  }
}

/** A fully qualified host or domain name: two to 127 labels, at most 253 characters, a non-numeric top label. */
export function asHostname(value: string | null | undefined): string | null {
  if (!value || value.length > 253) return null;
  const ascii = toAscii(value.trim().replace(/\.$/, ''));
  if (!ascii || ascii.length > 253) return null;
  const labels = ascii.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return null;
  if (/^\d+$/.test(labels[labels.length - 1] as string)) return null;
  return ascii.toLowerCase();
}

/** A DKIM selector (RFC 6376 §3.1: `sub-domain *( "." sub-domain )`), ASCII only. */
export function asSelector(value: string | null | undefined): string | null {
  if (!value || value.length > 253) return null;
  const labels = value.split('.');
  return labels.every((l) => LABEL.test(l)) ? value : null;
}

/** An IPv4 address in dotted-quad form, no leading zeros (they read as octal to some tools). */
export function asIpv4(value: string | null | undefined): string | null {
  if (!value || value.length > 15) return null;
  const parts = value.split('.');
  if (parts.length !== 4) return null;
  return parts.every((p) => /^(?:0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255) ? value : null;
}

/** An IPv6 address (RFC 4291 §2.2 text forms, with an optional embedded IPv4), lower-cased. */
export function asIpv6(value: string | null | undefined): string | null {
  if (!value || value.length > 45 || !value.includes(':')) return null;
  let v = value.toLowerCase();
  let groups = 8;
  const lastColon = v.lastIndexOf(':');
  const tail = v.slice(lastColon + 1);
  if (tail.includes('.')) {
    if (!asIpv4(tail)) return null;
    v = `${v.slice(0, lastColon + 1)}0:0`;
    groups = 8;
  }
  const halves = v.split('::');
  if (halves.length > 2) return null;
  const part = (s: string) => (s === '' ? [] : s.split(':'));
  const head = part(halves[0] as string);
  const rest = halves.length === 2 ? part(halves[1] as string) : [];
  if (![...head, ...rest].every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  const count = head.length + rest.length;
  if (halves.length === 2 ? count > groups - 1 : count !== groups) return null;
  return value.toLowerCase();
}

export function asIp(value: string | null | undefined): string | null {
  return asIpv4(value) ?? asIpv6(value);
}

const VALIDATE: Record<ArgKind, (v: string | null | undefined) => string | null> = {
  hostname: asHostname,
  selector: asSelector,
  ip: asIp,
  ipv4: asIpv4,
};

/** Characters a POSIX shell takes literally anywhere in an unquoted word after the command name. */
const SAFE_WORD = /^[A-Za-z0-9_./:@+=,-]+$/;

/** Quotes one word for a POSIX shell: as it is when every character is inert, else in single quotes. */
export function shellQuote(word: string): string {
  if (word !== '' && SAFE_WORD.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** A value for a command, with the placeholder to use when the bounce's value does not fit its grammar. */
export interface CommandArg {
  kind: ArgKind;
  value: string | null;
  /** What the user types instead, in capitals so it reads as a blank to fill ("SELECTOR", "YOUR-DOMAIN.EXAMPLE"). */
  placeholder: string;
  /** How the note names the value: "the DKIM selector", "your sending IP". */
  name: string;
}

export interface FilledCommand {
  command: string;
  /** Set when a value from the bounce was refused: says what to replace. */
  note: string | null;
}

/**
 * Fills a command template: `{name}` stands for one argument of `args`. Literal parts of the template are ours; each
 * filled value is validated by its kind, else replaced by its placeholder (with a note); the whole word that holds it
 * (e.g. `{selector}._domainkey.{domain}`) is then quoted. Unknown names are left as their placeholder text.
 */
export function fillCommand(template: string, args: Readonly<Record<string, CommandArg>>): FilledCommand {
  const refused: string[] = [];
  const missing: string[] = [];
  const words = template.split(' ').map((word) => {
    const filled = word.replace(/\{([a-zA-Z]+)\}/g, (whole, key: string) => {
      const arg = args[key];
      if (!arg) return 'VALUE';
      if (arg.value === null || arg.value === '') {
        missing.push(arg.placeholder);
        return arg.placeholder;
      }
      const valid = VALIDATE[arg.kind](arg.value);
      if (valid) return valid;
      refused.push(`the bounce's ${arg.name} is not a valid ${arg.kind === 'selector' ? 'selector name' : arg.kind === 'hostname' ? 'domain name' : 'IP address'}; replace ${arg.placeholder}`);
      return arg.placeholder;
    });
    return shellQuote(filled);
  });
  const note = refused.length ? `(${capitalize(refused.join('; '))}.)` : null;
  return { command: words.join(' '), note };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * A command is inert when it is one line of words that are each plain or single-quoted: nothing a shell would expand,
 * substitute, redirect or run as a second command. Surfaces check this before they show or copy a command, so a
 * command stored by an older version (history, tab state) cannot carry anything else.
 */
export function isInertCommand(command: string): boolean {
  return splitWords(command) !== null;
}

/** Splits an inert command into its words; null when it is not inert. */
export function splitWords(command: string): string[] | null {
  if (command.length === 0 || command.length > 2000) return null;
  const words: string[] = [];
  let i = 0;
  while (i < command.length) {
    if (command[i] === ' ') {
      i++;
      continue;
    }
    let word = '';
    while (i < command.length && command[i] !== ' ') {
      if (command[i] === "'") {
        const end = command.indexOf("'", i + 1);
        if (end < 0) return null;
        const quoted = command.slice(i + 1, end);
        // eslint-disable-next-line no-control-regex
        if (/[\x00-\x1f\x7f]/.test(quoted)) return null;
        word += quoted;
        i = end + 1;
      } else if (command[i] === '\\' && command[i + 1] === "'") {
        // The quote escaped between two quoted parts, as shellQuote writes it.
        word += "'";
        i += 2;
      } else if (/[A-Za-z0-9_./:@+=,-]/.test(command[i] as string)) {
        word += command[i];
        i++;
      } else return null;
    }
    words.push(word);
  }
  return words.length ? words : null;
}
