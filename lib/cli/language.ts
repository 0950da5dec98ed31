/**
 * The CLI's language: `--lang LANG` (or `--lang=LANG`), else the terminal's locale (LC_ALL, LC_MESSAGES, LANG, as
 * POSIX orders them), else English. The option is taken out of the arguments, so the rest of the parsing never sees
 * it. Every language is bundled with the CLI.
 */
import { loadKnowledge } from '../diagnosis/texts/load';
import { LANGS, matchLang, resolveLang, terminalLanguages, type Lang } from '../i18n/lang';
import { loadLocale, loadMore } from '../i18n/locale';
import { setCliLanguage } from './output';

/** Removes `--lang X` / `--lang=X` from args; the language it names, null when absent, or an error in words. */
export function takeLangOption(args: string[]): { lang: Lang | null } | { error: string } {
  let lang: Lang | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a !== '--lang' && !a.startsWith('--lang=')) continue;
    const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[i + 1];
    args.splice(i, a.includes('=') ? 1 : 2);
    i--;
    const matched = matchLang(value);
    if (!matched) return { error: `bounce-doctor: --lang takes ${LANGS.join(', ')} (got ${value ?? 'nothing'}).` };
    lang = matched;
  }
  return { lang };
}

/** Sets the language the CLI prints in and returns it. */
export async function useCliLanguage(option: Lang | null, env: Readonly<Record<string, string | undefined>>): Promise<Lang> {
  const lang = option ?? resolveLang('auto', terminalLanguages(env));
  const [loc, k] = await Promise.all([loadLocale(lang, true), loadKnowledge(lang)]);
  setCliLanguage({ loc, more: loc.more ?? (await loadMore(lang)), k });
  return lang;
}
