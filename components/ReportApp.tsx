import { useEffect, useState } from 'preact/hooks';
import type { Browser } from 'webextension-polyfill';
import { authResults } from '../lib/diagnosis/classify';
import type { FailedRecipient } from '../lib/engine/types';
import { sendMessage } from '../lib/messaging/messaging';
import { recall, remember } from '../lib/pages/remember';
import { analyzeInput, storedAnalysis, checkInputSize, loadEngine, type Analysis } from '../lib/popup/analyze';
import { safeLink } from '../lib/popup/present';
import { ResultView } from './ResultView';
import { fill, formatDate, more, ui } from '../lib/i18n/locale';
import { EN_MORE } from '../lib/i18n/ui/more-en';

interface Props {
  browser: Pick<Browser, 'runtime' | 'tabs' | 'storage'>;
  location: Pick<Location, 'search'>;
  /** Where the page's address is updated once a selection is kept (so that a reload shows the same report). */
  history?: Pick<History, 'replaceState'>;
}

interface Loaded {
  title: string;
  analysis: Analysis;
  omitted: number;
  searched?: string;
}

/** The report page's words in English; every language's are in lib/i18n/ui (`report`). */
export const REPORT_WORDS = EN_MORE.report;

const fail = (title: string, error: string): Loaded => ({ title, omitted: 0, analysis: { label: title, report: null, diagnoses: [], error } });

/**
 * Where the report comes from: an analysis kept by id (the popup, the card, history: `?analysis=`, or `?history=` from
 * before), a right-click selection (kept, then the address names it), or a bounce open in a webmail tab.
 */
async function load(browser: Props['browser'], search: string, history?: Props['history']): Promise<Loaded> {
  const REPORT_WORDS = more().report;
  const params = new URLSearchParams(search);
  const token = params.get('selection');
  if (token) {
    const sel = await sendMessage(browser, 'page:take-selection', { token });
    if (!sel) return fail(REPORT_WORDS.selected, REPORT_WORDS.selectionGone);
    const tooBig = checkInputSize(sel.text.length, 'selection');
    if (tooBig) return fail(REPORT_WORDS.selected, tooBig);
    const title = sel.sourceUrl ? REPORT_WORDS.selectedOn.replace('{host}', new URL(sel.sourceUrl).host) : REPORT_WORDS.selected;
    const analysis = await analyzeInput(sel.text, title);
    const id = await remember(browser, analysis, sel.text);
    if (id) history?.replaceState(null, '', `?analysis=${encodeURIComponent(id)}`);
    return { title, analysis, omitted: 0, searched: sel.text };
  }
  const id = params.get('analysis') ?? params.get('history');
  if (id) {
    const kept = await recall(browser, id);
    if (!kept) return fail(REPORT_WORDS.page, REPORT_WORDS.gone);
    if (kept.report) {
      const { diagnoseReport } = await loadEngine();
      return { title: kept.label, omitted: kept.omitted, analysis: { label: kept.label, report: kept.report, diagnoses: diagnoseReport(kept.report), error: null } };
    }
    // Kept by a version that stored only the reply: read it again.
    return { title: kept.label, omitted: 0, analysis: await analyzeInput(kept.excerpt, kept.label) };
  }
  const tab = Number(params.get('tab'));
  if (Number.isInteger(tab) && tab > 0) {
    const state = await sendMessage(browser, 'page:get-tab-state', { tabId: tab });
    const wanted = params.get('message');
    const b = state?.bounces.find((x) => !wanted || x.messageId === wanted);
    if (b) return { title: b.subject ?? REPORT_WORDS.bounce, omitted: b.omitted ?? 0, analysis: storedAnalysis(b, b.subject ?? REPORT_WORDS.bounce) };
  }
  return fail(REPORT_WORDS.page, REPORT_WORDS.gone);
}

type Column = { head: string; cell: (r: FailedRecipient, i: number) => string | null };

/** The full report: every recipient grouped by cause, the raw facts, the original message's authentication, references. */
export function ReportApp({ browser, location, history }: Props) {
  const REPORT_WORDS = more().report;
  const C = REPORT_WORDS.columns;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    void load(browser, location.search, history).then(setLoaded, (e: unknown) => setLoaded(fail(REPORT_WORDS.error, fill(REPORT_WORDS.failed, { why: e instanceof Error ? e.message : ui().paste.unknownError }))));
  }, []);
  if (!loaded) {
    return (
      <main class="bd-page bd-report">
        <p role="status">{REPORT_WORDS.reading}</p>
      </main>
    );
  }
  const { analysis } = loaded;
  const report = analysis.report;
  const ar = report?.original ? authResults(report.original) : {};
  const dkim = report?.original?.dkimSignatures ?? [];
  const refs = new Map<string, string>();
  for (const d of analysis.diagnoses) for (const l of d.links) if (safeLink(l.url)) refs.set(l.url, l.label);
  // The technical table: only the columns that have a value for some recipient.
  const columns: Column[] = [
    { head: C.recipient, cell: (r) => (r.recipient ? (r.originalRecipient ? fill(REPORT_WORDS.originally, { recipient: r.recipient, original: r.originalRecipient }) : r.recipient) : null) },
    { head: C.codes, cell: (r) => [r.code, r.enhanced].filter(Boolean).join(' ') + (r.dsnStatus && r.dsnStatus !== r.enhanced ? ` ${fill(REPORT_WORDS.dsnStatus, { status: r.dsnStatus })}` : '') || null },
    { head: C.meaning, cell: (_r, i) => analysis.diagnoses[i]?.statusMeaning ?? null },
    { head: C.remote, cell: (r) => [r.remoteHost, r.remoteIp && `[${r.remoteIp}]`].filter(Boolean).join(' ') || null },
    { head: C.step, cell: (r) => r.command },
    { head: C.action, cell: (r) => r.action },
    { head: C.lastAttempt, cell: (r) => formatDate(r.lastAttemptDate) },
    { head: C.reply, cell: (r) => r.reply ?? r.statedReason },
  ];
  const shown = report ? columns.filter((c) => report.recipients.some((r, i) => c.cell(r, i))) : [];
  return (
    <main class="bd-page bd-report">
      <header class="bd-header">
        <img src="/icon/32.png" alt="" width={28} height={28} />
        <h1>
          {REPORT_WORDS.product} <span class="bd-page-name">· {REPORT_WORDS.page}</span>
        </h1>
        <button type="button" class="bd-secondary bd-noprint" onClick={() => window.print()}>
          {REPORT_WORDS.print}
        </button>
      </header>
      <p class="bd-subject">{loaded.title}</p>
      <ResultView analysis={analysis} storage={browser} omitted={loaded.omitted} downloads />
      {report && report.recipients.length === 0 && loaded.searched !== undefined && (
        <section class="bd-section">
          <h2>{REPORT_WORDS.searchedTitle}</h2>
          <pre class="bd-reply">{loaded.searched.length > 4000 ? `${loaded.searched.slice(0, 4000)}…` : loaded.searched}</pre>
        </section>
      )}
      {report && report.recipients.length > 0 && (
        <section class="bd-section">
          <h2>{REPORT_WORDS.technical}</h2>
          <div class="bd-table-wrap">
            <table class="bd-table" data-testid="technical">
              <thead>
                <tr>
                  {shown.map((c) => (
                    <th scope="col" key={c.head}>
                      {c.head}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {report.recipients.map((r, i) => (
                  <tr key={i}>
                    {shown.map((c) => (
                      <td key={c.head} class={c.head === C.reply ? 'bd-cell-reply' : undefined}>
                        {c.cell(r, i) ?? '—'}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p class="bd-hint">
            {[
              report.format && fill(REPORT_WORDS.layout, { format: report.format }),
              report.reportingMta && fill(REPORT_WORDS.reportedBy, { mta: report.reportingMta }),
              report.arrivalDate && fill(REPORT_WORDS.arrived, { date: formatDate(report.arrivalDate) ?? report.arrivalDate }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </section>
      )}
      {report?.original && (
        <section class="bd-section">
          <h2>{REPORT_WORDS.auth}</h2>
          <table class="bd-table" data-testid="auth-results">
            <thead>
              <tr>
                <th scope="col">{REPORT_WORDS.check}</th>
                <th scope="col">{REPORT_WORDS.result}</th>
                <th scope="col">{REPORT_WORDS.domainSelector}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>SPF</td>
                <td>{ar.spf ?? REPORT_WORDS.notRecorded}</td>
                <td>{/smtp\.mailfrom=([^\s;]+)/.exec(ar.header ?? '')?.[1] ?? '—'}</td>
              </tr>
              <tr>
                <td>DKIM</td>
                <td>{ar.dkim ?? REPORT_WORDS.notRecorded}</td>
                <td>{dkim.map((s) => `${s.domain ?? '?'} / ${s.selector ?? '?'}`).join(', ') || '—'}</td>
              </tr>
              <tr>
                <td>DMARC</td>
                <td>{ar.dmarc ?? REPORT_WORDS.notRecorded}</td>
                <td>{/header\.from=([^\s;]+)/.exec(ar.header ?? '')?.[1] ?? '—'}</td>
              </tr>
            </tbody>
          </table>
          <p class="bd-hint">
            {fill(REPORT_WORDS.original, { subject: report.original.subject ?? REPORT_WORDS.noSubject, from: report.original.from ?? '?', id: report.original.messageId ?? '' })}
          </p>
        </section>
      )}
      {refs.size > 0 && (
        <section class="bd-section">
          <h2>{REPORT_WORDS.references}</h2>
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
