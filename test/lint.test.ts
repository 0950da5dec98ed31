/** The lint rules that keep stranger-written text from becoming HTML or code: each banned sink must be reported. */
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: join(__dirname, '..') });

describe('lint bans HTML and code sinks', () => {
  it.each([
    ['innerHTML', 'export function f(el: HTMLElement, s: string) { el.innerHTML = s; }'],
    ['outerHTML', 'export function f(el: HTMLElement, s: string) { el.outerHTML = s; }'],
    ['insertAdjacentHTML', "export function f(el: HTMLElement, s: string) { el.insertAdjacentHTML('beforeend', s); }"],
    ['document.write', 'export function f(s: string) { document.write(s); }'],
    ['eval', 'export function f(s: string) { return eval(s); }'],
    ['new Function', 'export function f(s: string) { return new Function(s); }'],
    ['dangerouslySetInnerHTML', 'export const f = (s: string) => ({ dangerouslySetInnerHTML: { __html: s } });'],
  ])('%s', async (_name, code) => {
    const [result] = await eslint.lintText(code, { filePath: join(__dirname, '../lib/sample.ts') });
    expect(result?.errorCount).toBeGreaterThan(0);
  });

  it('accepts text rendering', async () => {
    const [result] = await eslint.lintText('export function f(el: HTMLElement, s: string) { el.textContent = s; }', { filePath: join(__dirname, '../lib/sample.ts') });
    expect(result?.errorCount).toBe(0);
  });
});
