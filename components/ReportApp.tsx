import { useEffect, useState } from 'preact/hooks';
import type { Browser } from 'webextension-polyfill';
import { authResults } from '../lib/diagnosis/classify';
import { sendMessage } from '../lib/messaging/messaging';
import { remember } from '../lib/pages/remember';
import { loadHistory } from '../lib/pages/store';
import { analyzeInput, storedAnalysis, checkInputSize, type Analysis } from '../lib/popup/analyze';
import { safeLink } from '../lib/popup/present';
import { ResultView } from './ResultView';

interface Props {
  browser: Pick<Browser, 'runtime' | 'tabs' | 'storage'>;
  location: Pick<Location, 'search'>;
}

interface Loaded {
  title: string;
  analysis: Analysis;
  searched?: string;
}

/** Where the report comes from: a right-click selection, a bounce open in a webmail tab, or the recent list. */
async function load(browser: Props['browser'], search: string): Promise<Loaded> {
  const params = new URLSearchParams(search);
  const token = params.get('selection');
  if (token) {
    const sel = await sendMessage(browser, 'page:take-selection', { token });
    if (!sel) return { title: 'Selected text', analysis: { label: 'Selected text', report: null, diagnoses: [], error: 'That selection is no longer available. Select the text and try again.' } };
    const tooBig = checkInputSize(sel.text.length, 'text');
    if (tooBig) return { title: 'Selected text', analysis: { label: 'Selected text', report: null, diagnoses: [], error: tooBig.replace('That text', 'That selection') } };
    const analysis = await analyzeInput(sel.text, 'Selected text');
    await remember(browser, analysis, sel.text);
    return { title: `Selected text${sel.sourceUrl ? ` on ${new URL(sel.sourceUrl).host}` : ''}`, analysis, searched: sel.text };
  }
  const tab = Number(params.get('tab'));
  if (Number.isInteger(tab) && tab > 0) {
    const state = await sendMessage(browser, 'page:get-tab-state', { tabId: tab });
    const wanted = params.get('message');
    const b = state?.bounces.find((x) => !wanted || x.messageId === wanted);
    if (b) return { title: b.subject ?? 'Bounce', analysis: storedAnalysis(b, b.subject ?? 'Bounce') };
  }
  const id = params.get('history');
  if (id) {
    const item = (await loadHistory(browser)).find((h) => h.id === id);
    if (item) return { title: item.label, analysis: await analyzeInput(item.excerpt, item.label) };
  }
  return { title: 'Nothing to show', analysis: { label: '', report: null, diagnoses: [], error: 'This report is no longer available: the bounce was closed, or the history was cleared.' } };
}

/** The full report: every recipient, the raw facts, the original message's authentication, references. */
export function ReportApp({ browser, location }: Props) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    void load(browser, location.search).then(setLoaded, (e: unknown) =>
      setLoaded({ title: 'Error', analysis: { label: '', report: null, diagnoses: [], error: `The report could not be built (${e instanceof Error ? e.message : 'unknown error'}).` } }),
    );
  }, []);
  if (!loaded) return <main class="bd-report"><p role="status">Reading…</p></main>;
  const { analysis } = loaded;
  const report = analysis.report;
  const ar = report?.original ? authResults(report.original) : {};
  const dkim = report?.original?.dkimSignatures ?? [];
  const refs = new Map<string, string>();
  for (const d of analysis.diagnoses) for (const l of d.links) if (safeLink(l.url)) refs.set(l.url, l.label);
  return (
    <main class="bd-report">
      <header class="bd-header">
        <img src="/icon/32.png" alt="" width={24} height={24} />
        <h1>Bounce report: {loaded.title}</h1>
        <button type="button" class="bd-secondary bd-noprint" onClick={() => window.print()}>
          Print
        </button>
      </header>
      <ResultView analysis={analysis} storage={browser} grouped={false} />
      {report && report.recipients.length === 0 && loaded.searched !== undefined && (
        <section>
          <h2>What was searched</h2>
          <pre class="bd-reply">{loaded.searched.length > 4000 ? `${loaded.searched.slice(0, 4000)}…` : loaded.searched}</pre>
        </section>
      )}
      {report && report.recipients.length > 0 && (
        <section>
          <h2>Technical details</h2>
          <table class="bd-table">
            <thead>
              <tr>
                <th scope="col">Recipient</th>
                <th scope="col">Codes</th>
                <th scope="col">Meaning</th>
                <th scope="col">Remote server</th>
                <th scope="col">Command</th>
                <th scope="col">Action</th>
                <th scope="col">Last attempt</th>
              </tr>
            </thead>
            <tbody>
              {report.recipients.map((r, i) => (
                <tr key={i}>
                  <td>{r.recipient ?? '—'}{r.originalRecipient ? ` (originally ${r.originalRecipient})` : ''}</td>
                  <td>{[r.code, r.enhanced].filter(Boolean).join(' ') || '—'}{r.dsnStatus && r.dsnStatus !== r.enhanced ? ` (Status: ${r.dsnStatus})` : ''}</td>
                  <td>{analysis.diagnoses[i]?.statusMeaning ?? '—'}</td>
                  <td>{[r.remoteHost, r.remoteIp && `[${r.remoteIp}]`].filter(Boolean).join(' ') || '—'}</td>
                  <td>{r.command ?? '—'}</td>
                  <td>{r.action ?? '—'}</td>
                  <td>{r.lastAttemptDate ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="bd-hint">
            Layout: {report.format ?? 'unknown'} · Reported by: {report.reportingMta ?? 'not given'}
            {report.arrivalDate ? ` · Arrived: ${report.arrivalDate}` : ''}
          </p>
        </section>
      )}
      {report?.original && (
        <section>
          <h2>The original message's authentication</h2>
          <table class="bd-table" data-testid="auth-results">
            <thead>
              <tr>
                <th scope="col">Check</th>
                <th scope="col">Result</th>
                <th scope="col">Domain / selector</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>SPF</td>
                <td>{ar.spf ?? 'not recorded'}</td>
                <td>{/smtp\.mailfrom=([^\s;]+)/.exec(ar.header ?? '')?.[1] ?? '—'}</td>
              </tr>
              <tr>
                <td>DKIM</td>
                <td>{ar.dkim ?? 'not recorded'}</td>
                <td>{dkim.map((s) => `${s.domain ?? '?'} / ${s.selector ?? '?'}`).join(', ') || '—'}</td>
              </tr>
              <tr>
                <td>DMARC</td>
                <td>{ar.dmarc ?? 'not recorded'}</td>
                <td>{/header\.from=([^\s;]+)/.exec(ar.header ?? '')?.[1] ?? '—'}</td>
              </tr>
            </tbody>
          </table>
          <p class="bd-hint">
            Original: {report.original.subject ?? '(no subject)'} · From {report.original.from ?? '?'} · {report.original.messageId ?? ''}
          </p>
        </section>
      )}
      {refs.size > 0 && (
        <section>
          <h2>References</h2>
          <ul>
            {[...refs].map(([url, label]) => (
              <li key={url}>
                <a href={safeLink(url) as string} target="_blank" rel="noopener noreferrer">
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
