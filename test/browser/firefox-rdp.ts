/**
 * A minimal client for Firefox's remote debugging protocol (the one about:debugging and web-ext use): length-prefixed
 * JSON packets over TCP. The Firefox test needs it for what WebDriver BiDi does not expose: evaluating in the browser's
 * parent process (to deliver a context-menu click to the extension as Firefox's own menu does) and in an extension tab.
 */
import { Socket } from 'node:net';

interface Packet {
  from?: string;
  type?: string;
  [key: string]: unknown;
}

/** Unsolicited packets that are never the reply to a request. */
const EVENTS = new Set(['evaluationResult', 'pageError', 'consoleAPICall', 'tabNavigated', 'frameUpdate', 'resource-available-form', 'tabListChanged']);

export class FirefoxDebugger {
  private buffer = Buffer.alloc(0);
  private waiting: { test: (p: Packet) => boolean; done: (p: Packet) => void }[] = [];
  private unclaimed: Packet[] = [];

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const colon = this.buffer.indexOf(58);
        if (colon < 0) return;
        const length = Number(this.buffer.subarray(0, colon).toString('ascii'));
        if (this.buffer.length < colon + 1 + length) return;
        const packet = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8')) as Packet;
        this.buffer = this.buffer.subarray(colon + 1 + length);
        const i = this.waiting.findIndex((w) => w.test(packet));
        if (i >= 0) this.waiting.splice(i, 1)[0]?.done(packet);
        else this.unclaimed.push(packet);
      }
    });
  }

  static async connect(port: number, timeoutMs = 15_000): Promise<FirefoxDebugger> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const socket = new Socket();
      try {
        await new Promise<void>((ok, fail) => {
          socket.once('error', fail);
          socket.connect(port, '127.0.0.1', () => ok());
        });
        const client = new FirefoxDebugger(socket);
        await client.next((p) => p.from === 'root');
        return client;
      } catch (error) {
        socket.destroy();
        if (Date.now() > until) throw error;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }

  private next(test: (p: Packet) => boolean): Promise<Packet> {
    const i = this.unclaimed.findIndex(test);
    if (i >= 0) return Promise.resolve(this.unclaimed.splice(i, 1)[0] as Packet);
    return new Promise((done) => this.waiting.push({ test, done }));
  }

  request(to: string, type: string, extra: Record<string, unknown> = {}): Promise<Packet> {
    const json = Buffer.from(JSON.stringify({ to, type, ...extra }), 'utf8');
    this.socket.write(`${json.length}:`);
    this.socket.write(json);
    return this.next((p) => p.from === to && !(p.type !== undefined && EVENTS.has(p.type)));
  }

  /** Evaluates `text` with a console actor; throws with Firefox's message when it throws. */
  async evaluate(consoleActor: string, text: string): Promise<unknown> {
    const started = await this.request(consoleActor, 'evaluateJSAsync', { text });
    const result = await this.next((p) => p.type === 'evaluationResult' && p.resultID === started.resultID);
    if (result.hasException) throw new Error(`Firefox: ${JSON.stringify(result.exceptionMessage ?? result.exception)}`);
    return result.result;
  }

  /** The console actor of the browser's parent process (privileged: gBrowser, ChromeUtils, Services). */
  async parentConsole(): Promise<string> {
    const process = (await this.request('root', 'getProcess', { id: 0 })) as { processDescriptor: { actor: string } };
    const target = (await this.request(process.processDescriptor.actor, 'getTarget')) as { process: { consoleActor: string } };
    return target.process.consoleActor;
  }

  /** The console actor of the tab whose URL starts with `prefix`, or null. */
  async tabConsole(prefix: string): Promise<string | null> {
    const list = (await this.request('root', 'listTabs')) as { tabs: { actor: string; url: string }[] };
    const tab = list.tabs.find((t) => String(t.url).startsWith(prefix));
    if (!tab) return null;
    const target = (await this.request(tab.actor, 'getTarget')) as { frame: { consoleActor: string } };
    return target.frame.consoleActor;
  }

  /** Opens one of the add-on's pages (`path` may carry a query) in a new, selected tab; returns its URL. */
  async openAddonPage(parentConsole: string, addonId: string, path: string): Promise<string> {
    return String(
      await this.evaluate(
        parentConsole,
        `(() => {
          const url = WebExtensionPolicy.getByID(${JSON.stringify(addonId)}).getURL(${JSON.stringify(path)});
          const win = Services.wm.getMostRecentWindow("navigator:browser");
          win.gBrowser.selectedTab = win.gBrowser.addTab(url, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });
          return url;
        })()`,
      ),
    );
  }

  close(): void {
    this.socket.destroy();
  }
}
