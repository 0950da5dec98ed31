/// <reference types="chrome" />
/**
 * Runs the built extension (.output/chrome-mv3) in a real Chromium through playwright-core. Pages are served at the
 * real webmail URLs by request routing, so content scripts are injected exactly as on the real sites, and no request
 * ever leaves the machine (anything not routed is aborted and recorded).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** Paths from the project root (where npm runs), so the harness also works bundled, from the benchmark. */
export const EXTENSION_DIR = resolve(process.cwd(), '.output/chrome-mv3');
const PAGES_DIR = resolve(process.cwd(), 'test/browser/pages');

/** Finds a Chromium: CHROME_PATH, then Debian's /usr/bin/chromium, then google-chrome or chromium on PATH. */
export function findChrome(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync, which = whichOnPath): string {
  if (env.CHROME_PATH) {
    if (exists(env.CHROME_PATH)) return env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${env.CHROME_PATH}, but there is no file there.`);
  }
  if (exists('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of ['google-chrome', 'google-chrome-stable', 'chromium', 'chromium-browser']) {
    const found = which(name);
    if (found) return found;
  }
  throw new Error(
    'No Chromium or Chrome found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`), ' +
      'or point CHROME_PATH at a Chrome or Chromium binary.',
  );
}

function whichOnPath(name: string): string | null {
  try {
    return execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Requests that nothing routed: each would have left the machine. */
  strayRequests: string[];
  /** Serves `body` as HTML at `url` (any later navigation to it gets the same page), with extra response headers. */
  serve(url: string, body: string, headers?: Record<string, string>): Promise<void>;
  close(): Promise<void>;
}

/**
 * `lang` starts the browser in that interface language: Chromium's --lang, and (for Linux builds, which take the
 * interface language from the environment) LANGUAGE and LANG.
 */
export async function launch(options: { headless?: boolean; lang?: string } = {}): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build:chrome\` first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'bounce-doctor-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChrome(),
    headless: options.headless ?? true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-gpu',
      '--disable-quic',
      ...(options.lang ? [`--lang=${options.lang}`] : []),
    ],
    ...(options.lang ? { env: { ...process.env, LANGUAGE: options.lang, LANG: `${options.lang.replace('-', '_')}.UTF-8`, LC_ALL: `${options.lang.replace('-', '_')}.UTF-8` } } : {}),
  });
  const strayRequests: string[] = [];
  const pages = new Map<string, { body: string; headers: Record<string, string> }>();
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    async (route) => {
      const url = route.request().url();
      const page = pages.get(url) ?? pages.get(url.replace(/[#?].*$/, ''));
      if (page !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page.body, headers: page.headers });
      if (/\/favicon\.ico$/.test(url)) return route.fulfill({ status: 404, body: '' });
      strayRequests.push(url);
      return route.abort();
    },
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    strayRequests,
    async serve(url, body, headers = {}) {
      pages.set(url, { body, headers });
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function fixturePage(name: string): string {
  return readFileSync(join(PAGES_DIR, name), 'utf8');
}

/**
 * Opens the extension's popup page in a normal tab, where Playwright can drive it (the real toolbar popup, opened by
 * chrome.action.openPopup, is checked in surfaces.test.ts), once it has rendered: the popup renders after its tab
 * lookup, not at load.
 */
export async function openPopup(h: Harness, query = ''): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/popup.html${query}`);
  await page.locator('textarea[name="bounce-text"]').waitFor();
  return page;
}

/**
 * Where the real toolbar popup is opened (chrome.action.openPopup): the Gmail fixture with its bounce in the active
 * tab, and an extension page in the same window through which the popup's window can be read
 * (chrome.extension.getViews).
 */
export async function gmailWithProbe(h: Harness): Promise<{ gmail: Page; probe: Page }> {
  await h.serve('https://mail.google.com/mail/u/0/', fixturePage('gmail.html'));
  const gmail = await h.context.newPage();
  await gmail.goto('https://mail.google.com/mail/u/0/');
  await gmail.waitForSelector('[data-bounce-doctor]');
  const probe = await h.context.newPage();
  await probe.goto(`chrome-extension://${h.extensionId}/options.html`);
  await gmail.bringToFront();
  return { gmail, probe };
}

/** Reads what the background stored about a tab. */
export function tabState(h: Harness, tabId: number): Promise<unknown> {
  return h.worker.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null, tabId);
}

/** The id Chromium gave the tab showing `url`. */
export function tabIdFor(h: Harness, url: string): Promise<number | null> {
  return h.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null, url);
}

/**
 * The storage keys the README's privacy section lists (each in backticks on its own list line, "`tab:<id>`"), as
 * patterns: what the extension may leave in storage.local and storage.session.
 */
export function readmeStorageKeys(): { local: RegExp[]; session: RegExp[] } {
  const readme = readFileSync(resolve(process.cwd(), 'README.md'), 'utf8');
  const start = readme.indexOf('## Privacy');
  const privacy = readme.slice(start, readme.indexOf('\n## ', start + 3));
  const area = (name: string, until: string | null) => {
    const from = privacy.indexOf(`\`storage.${name}\``);
    const block = privacy.slice(from, until ? privacy.indexOf(`\`storage.${until}\``, from + 1) : undefined);
    return [...block.matchAll(/^ {2}- `([a-z:<>-]{2,40})`/gm)].map((m) => new RegExp(`^${(m[1] as string).replace(/<[a-z]+>/g, '[\\w-]+')}$`));
  };
  return { session: area('session', 'local'), local: area('local', null) };
}

/** What the extension stored (both areas) that the README's privacy section does not list, and what it stored at all. */
export async function storageOutsideReadme(h: Harness): Promise<{ local: string[]; session: string[]; stored: { local: Record<string, unknown>; session: Record<string, unknown> } }> {
  const listed = readmeStorageKeys();
  const local = await h.worker.evaluate(() => chrome.storage.local.get(null));
  const session = await h.worker.evaluate(() => chrome.storage.session.get(null));
  return {
    local: Object.keys(local).filter((k) => !listed.local.some((re) => re.test(k))),
    session: Object.keys(session).filter((k) => !listed.session.some((re) => re.test(k))),
    stored: { local, session },
  };
}

/**
 * The card's closed shadow root, reached the way only the browser's own tools can (DevTools' DOM domain pierces closed
 * roots; page scripts cannot): to read what the card shows and to click it with real mouse events.
 */
export interface CardProbe {
  /** Runs `fn` with the card's shadow root (of the n-th card, default the first). */
  evaluate<T, A = undefined>(fn: (root: ShadowRoot, arg: A) => T, arg?: A, n?: number): Promise<T>;
  text(selector: string, n?: number): Promise<string | null>;
  count(selector: string, n?: number): Promise<number>;
  /** A real click on the element matching `selector` (and, if given, whose text is `name`). */
  click(selector: string, name?: string, n?: number): Promise<void>;
}

export function cardProbe(page: Page): CardProbe {
  let cdp: Awaited<ReturnType<BrowserContext['newCDPSession']>> | null = null;
  type DomNode = { nodeId: number; localName?: string; children?: DomNode[]; shadowRoots?: DomNode[] };
  const roots = async (): Promise<number[]> => {
    cdp ??= await page.context().newCDPSession(page);
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const found: number[] = [];
    const walk = (n: DomNode) => {
      if (n.localName === 'bounce-doctor-card' && n.shadowRoots?.[0]) found.push(n.shadowRoots[0].nodeId);
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c);
    };
    walk(root);
    return found;
  };
  const evaluate = async <T, A>(fn: (root: ShadowRoot, arg: A) => T, arg?: A, n = 0): Promise<T> => {
    const nodeId = (await roots())[n];
    if (nodeId === undefined) throw new Error('No Bounce Doctor card on the page');
    const { object } = (await cdp!.send('DOM.resolveNode', { nodeId })) as { object: { objectId: string } };
    const result = (await cdp!.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg ?? null }],
      returnByValue: true,
      awaitPromise: true,
    })) as { result: { value: T }; exceptionDetails?: { text: string } };
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.text);
    return result.result.value;
  };
  return {
    evaluate,
    text: (selector, n) => evaluate((root, s: string) => root.querySelector(s)?.textContent ?? null, selector, n),
    count: (selector, n) => evaluate((root, s: string) => root.querySelectorAll(s).length, selector, n),
    async click(selector, name, n) {
      // The card can still be moving (steps fetched from the background arrive after "What to do" and push the
      // buttons below them down): click only where the element stood still over two frames and is what a click there
      // would hit, or a real user's click would have landed on something else.
      const measure = () =>
        evaluate(
          (root, [s, label]: [string, string | null]) => {
            const el = [...root.querySelectorAll(s)].find((e) => label === null || e.textContent === label || e.getAttribute('aria-label') === label);
            if (!el) return null;
            el.scrollIntoView({ block: 'center' });
            const at = () => {
              const r = el.getBoundingClientRect();
              return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
            };
            const before = at();
            return new Promise<{ x: number; y: number; still: boolean }>((done) =>
              requestAnimationFrame(() =>
                requestAnimationFrame(() => {
                  const after = at();
                  const hit = root.elementFromPoint(after.x, after.y);
                  done({ ...after, still: after.x === before.x && after.y === before.y && hit !== null && (hit === el || el.contains(hit)) });
                }),
              ),
            );
          },
          [selector, name ?? null] as [string, string | null],
          n,
        );
      let box = await measure();
      for (const deadline = Date.now() + 5000; box && !box.still && Date.now() < deadline; ) {
        await new Promise((r) => setTimeout(r, 50));
        box = await measure();
      }
      if (!box) throw new Error(`No ${selector}${name ? ` named ${name}` : ''} in the card`);
      if (!box.still) throw new Error(`The card's ${selector}${name ? ` named ${name}` : ''} did not stand still, or something covers it`);
      await page.mouse.click(box.x, box.y);
    },
  };
}
