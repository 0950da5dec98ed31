/** The CLI speaks the terminal's language (LC_ALL, LC_MESSAGES, LANG) or the one --lang names; English otherwise. */
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';
import { terminalLanguages } from '../../lib/i18n/lang';

const REPLY = '550 5.1.1 <pat@example.org>: Recipient address rejected: User unknown in virtual mailbox table\n';

function run(args: string[], env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const io = {
    stdout: { write: (s: string) => (out += s), isTTY: false },
    stderr: { write: (s: string) => (err += s) },
    stdin: (async function* () {
      yield Buffer.from(REPLY);
    })(),
    env,
  };
  return main(args, io).then((code) => ({ code, out, err }));
}

describe('bounce-doctor diagnose in the reader’s language', () => {
  it('--lang fr prints French: the title, who acts, the explanation and the steps; the reply stays as the server wrote it', async () => {
    const { code, out } = await run(['diagnose', '--lang', 'fr', '-']);
    expect(code).toBe(0);
    expect(out).toContain('rebond : non remis');
    expect(out).toContain('L’adresse pat@example.org n’existe pas');
    expect(out).toContain('le côté destinataire doit agir');
    expect(out).toContain('1. Vérifiez l’orthographe de l’adresse');
    expect(out).toContain('Recipient address rejected: User unknown in virtual mailbox table');
    expect(out).not.toMatch(/does not exist|must act|Check the spelling/);
  });

  it('follows LANG, and LC_ALL over LANG; --lang over both', async () => {
    expect((await run(['diagnose', '-'], { LANG: 'de_DE.UTF-8' })).out).toContain('Die Adresse pat@example.org existiert nicht');
    expect((await run(['diagnose', '-'], { LANG: 'de_DE.UTF-8', LC_ALL: 'ja_JP.UTF-8' })).out).toContain('アドレス pat@example.org は存在しません');
    expect((await run(['diagnose', '--lang=es', '-'], { LC_ALL: 'ja_JP.UTF-8' })).out).toContain('La dirección pat@example.org no existe');
    expect((await run(['diagnose', '--lang', 'pt', '-'])).out).toContain('O endereço pat@example.org não existe');
  });

  it('speaks English for a locale it does not have, and for C/POSIX', async () => {
    expect((await run(['diagnose', '-'], { LANG: 'it_IT.UTF-8' })).out).toContain('The address pat@example.org does not exist');
    expect((await run(['diagnose', '-'], { LC_ALL: 'C', LANG: 'fr_FR.UTF-8' })).out).toContain('The address pat@example.org does not exist');
    expect(terminalLanguages({ LC_ALL: 'C', LANGUAGE: 'de:en' })).toEqual(['C']);
    expect(terminalLanguages({ LANG: 'fr_FR.UTF-8', LANGUAGE: 'de:en' })).toEqual(['de', 'en', 'fr_FR.UTF-8']);
  });

  it('refuses a language it does not have, in words, with exit status 2', async () => {
    const { code, out, err } = await run(['diagnose', '--lang', 'xx', '-']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/--lang takes en, de, fr, es, pt-BR, ja \(got xx\)/);
    expect((await run(['diagnose', '--lang'])).code).toBe(2);
  });

  it('JSON output carries the diagnosis texts in the chosen language, codes and categories unchanged', async () => {
    const { out } = await run(['diagnose', '--format', 'jsonl', '--lang', 'ja', '-']);
    const result = JSON.parse(out);
    expect(result.bounces[0]).toMatchObject({ category: 'recipient-unknown', code: '550', enhanced: '5.1.1', title: 'アドレス pat@example.org は存在しません', statusMeaning: '宛先メールボックスのアドレスが不正' });
  });
});
