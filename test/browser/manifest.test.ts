/**
 * The generated manifests, pinned: exact permissions and hosts, no remote code, a strict CSP for extension pages.
 * Runs after both builds (npm test builds them).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const out = resolve(process.cwd(), '.output');
const read = (dir: string) => JSON.parse(readFileSync(join(out, dir, 'manifest.json'), 'utf8'));
const HOSTS = ['https://mail.google.com/*', 'https://outlook.cloud.microsoft/*', 'https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'];

function files(dir: string): string[] {
  const all: string[] = [];
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) all.push(...files(p));
    else all.push(p);
  }
  return all;
}

describe('Chromium manifest', () => {
  const m = read('chrome-mv3');
  it('pins permissions, hosts and content scripts', () => {
    expect(m.manifest_version).toBe(3);
    expect([...m.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect([...m.host_permissions].sort()).toEqual(HOSTS);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.content_scripts.flatMap((c: { matches: string[] }) => c.matches).sort()).toEqual(HOSTS);
    expect(m.web_accessible_resources ?? []).toEqual([]);
    expect(m.externally_connectable).toBeUndefined();
    expect(m.commands._execute_action.suggested_key.default).toBe('Alt+Shift+B');
  });
  it('has a strict CSP for extension pages', () => {
    const csp: string = m.content_security_policy.extension_pages;
    // Nothing by default; only our own scripts, styles and images (and data: images).
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("img-src 'self' data:");
    expect(csp).toContain("object-src 'none'");
    // No connection from extension pages or the service worker: no fetch, beacon or socket can leave.
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|wasm-unsafe-eval/);
  });
});

describe('Firefox manifest', () => {
  const m = read('firefox-mv2');
  it('pins permissions (hosts included, as MV2 lists them) and the add-on settings', () => {
    expect(m.manifest_version).toBe(2);
    expect([...m.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage', ...HOSTS].sort());
    expect(m.browser_specific_settings.gecko.id).toBe('bounce-doctor@bounce-doctor.dev');
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(m.content_security_policy).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; connect-src 'none'",
    );
    expect(m.commands._execute_browser_action.suggested_key.default).toBe('Alt+Shift+B');
  });
});

describe('no remote code in either build', () => {
  for (const dir of ['chrome-mv3', 'firefox-mv2']) {
    it(dir, () => {
      expect(existsSync(join(out, dir))).toBe(true);
      for (const f of files(join(out, dir)).filter((p) => /\.(js|html)$/.test(p))) {
        const text = readFileSync(f, 'utf8');
        // No script loaded from the network, no code made from strings.
        expect(text, f).not.toMatch(/<script[^>]+src=["']https?:/i);
        expect(text, f).not.toMatch(/\bimport\(\s*["']https?:/);
        expect(text, f).not.toMatch(/\bnew Function\(|\beval\(/);
      }
    });
  }
});
