// A readable report of a case: summary, sources with their rating histories, excerpts with grades
// (grouped by entity or by date), a timeline in which partial dates appear as the spans they are,
// and an appendix of the originals' hashes and the audit chain head. The HTML is self-contained
// (inline CSS, no scripts, no remote resources) so it opens offline and prints the same anywhere;
// the PDF is Chromium printing that HTML. Dates and times are written in the analyst's locale and
// time zone. Latin text is set in TrueType fonts first, because Chromium embeds CFF (OpenType/PostScript)
// fonts as Type 3 glyph procedures, which some readers cannot select or search; CJK text is set in the
// TrueType Noto Sans KR/SC that the report carries inline for the same reason (reportFonts.ts), and
// never breaks inside a word.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ContractError } from '../../../shared/contract/errors';
import type { JobProgress } from '../../../shared/contract/methods';
import { CHROMIUM_ARGS, findChromium } from '../browser/findChromium';
import type { Excerpt } from '../../../shared/contract/schemas';
import { RELIABILITY, CREDIBILITY, type Credibility } from '../../../shared/domain/admiralty';
import { formatPartialDate, partialDateSpan } from '../../../shared/domain/partialDate';
import { qualifiedDateSpan } from '../../../shared/domain/qualifiedDateSpan';
import { countOf, shortenAtWord } from '../../../shared/domain/reportText';
import type { Source } from '../../../shared/contract/schemas';
import type { SOURCE_KINDS } from '../../../shared/contract/vocabulary';
import { getArticle } from '../services/articles';
import { auditHead } from '../services/audit';
import { getCase } from '../services/cases';
import type { Ctx } from '../services/context';
import { getEntity, listMentions } from '../services/entities';
import { getExcerpt } from '../services/excerpts';
import { getSource } from '../services/sources';
import { writeFileAtomically } from './caseFileJobs';
import { cjkFontFaces, REPORT_CJK_FAMILIES } from './reportFonts';
import { escapeHtml as e, richTextToHtml } from './richTextHtml';
import { articleLabel } from '../../../shared/domain/untitled';

const STYLE = `
body{font:14px/1.5 "DejaVu Sans","Liberation Sans",Arial,"Helvetica Neue",Helvetica,${REPORT_CJK_FAMILIES.map((f) => `"${f}"`).join(',')},NanumGothic,"Malgun Gothic","Apple SD Gothic Neo","WenQuanYi Zen Hei","Microsoft YaHei","Noto Sans CJK KR","Noto Sans CJK SC",sans-serif;color:#1b1b1f;max-width:60rem;margin:2rem auto;padding:0 1.5rem;word-break:keep-all;overflow-wrap:break-word;line-break:strict}
h1{font-size:1.8rem;margin-bottom:.2rem}h2{border-bottom:2px solid #d0d4dc;padding-bottom:.2rem;margin-top:2.2rem}
.meta{color:#5c6370;font-size:.85rem}.grade{display:inline-block;min-width:2.6em;padding:0 .35em;border-radius:4px;background:#e7edf7;font-weight:600;text-align:center}
blockquote{margin:.4rem 0;padding:.2rem .8rem;border-left:3px solid #8aa4d6;background:#f6f8fc}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border-bottom:1px solid #e3e6eb;padding:.3rem .4rem;text-align:left;vertical-align:top}
code{font:.78rem "DejaVu Sans Mono","Liberation Mono",Consolas,Menlo,monospace;word-break:break-all}.note{margin:.2rem 0 .8rem .8rem}.note-label{color:#5c6370;font-size:.8rem;font-weight:600;text-transform:uppercase;letter-spacing:.03em}
.child td:first-child{padding-left:1.6rem}.nowrap{white-space:nowrap}.mention{font-weight:600}.url{color:#5c6370;font-size:.85em}
.span{display:inline-block;height:.6rem;background:#8aa4d6;border-radius:3px;vertical-align:middle}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr,blockquote{break-inside:avoid}}`;

function gradeOf(x: Excerpt): string {
  const credibility = x.credibility ? ` — ${CREDIBILITY[x.credibility as Credibility].label.toLowerCase()}` : '';
  return `<span class="grade" title="${e(x.grade + credibility)}">${e(x.grade.split(',')[0]!)}</span>`;
}

const SOURCE_KIND_WORDS: Record<(typeof SOURCE_KINDS)[number], string> = {
  publication: 'Publication',
  author: 'Author',
  'human-source': 'Human source',
  organization: 'Organisation',
  document: 'Document',
  other: 'Other source',
};

export interface ReportFormat {
  locale?: string | undefined;
  timeZone?: string | undefined;
}

/** A timestamp as the analyst reads one: their locale's date and time, in their time zone, named. */
function timestampFormatter(format: ReportFormat): (iso: string) => string {
  const f = new Intl.DateTimeFormat(format.locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: format.timeZone,
  });
  const zone = format.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (iso) => `${f.format(new Date(iso))} (${zone})`;
}

/** Publications (and other top-level sources) by name, each followed by the sources under it. */
function groupedUnderParents(sources: Source[]): { source: Source; depth: number }[] {
  const byName = (a: Source, b: Source) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
  const ids = new Set(sources.map((s) => s.id));
  const children = new Map<string, Source[]>();
  for (const s of sources)
    if (s.parentId && ids.has(s.parentId)) children.set(s.parentId, [...(children.get(s.parentId) ?? []), s]);
  const out: { source: Source; depth: number }[] = [];
  const visit = (s: Source, depth: number) => {
    out.push({ source: s, depth });
    for (const child of (children.get(s.id) ?? []).sort(byName)) visit(child, depth + 1);
  };
  for (const s of sources.filter((x) => !x.parentId || !ids.has(x.parentId)).sort(byName)) visit(s, 0);
  return out;
}

function excerptBlock(x: Excerpt): string {
  const date = x.eventDate.value ? ` · ${e(formatPartialDate(x.eventDate))}` : '';
  const note = x.note.text.trim()
    ? `<div class="note"><div class="note-label">Analyst’s note</div>${richTextToHtml(x.note)}</div>`
    : '';
  return `<div class="excerpt">${gradeOf(x)} <span class="meta">${e(x.sourceName || 'unattributed')}${date} · ${e(articleLabel(x.articleTitle))}</span>
<blockquote>${e(x.exact)}</blockquote>${note}</div>`;
}

export function caseReportHtml(
  ctx: Ctx,
  caseId: string,
  groupBy: 'entity' | 'date',
  format: ReportFormat = {},
): string {
  const when = timestampFormatter(format);
  const theCase = getCase(ctx, caseId);
  const of = (kind: string) => theCase.items.filter((i) => i.kind === kind).map((i) => i.itemId);
  const excerpts = of('excerpt').map((id) => getExcerpt(ctx, id));
  const articles = [...new Set([...of('article'), ...excerpts.map((x) => x.articleId)])].map((id) =>
    getArticle(ctx, id),
  );
  const sourceIds = new Set([
    ...of('source'),
    ...excerpts.map((x) => x.sourceId).filter((x): x is string => !!x),
    ...articles.map((a) => a.publisherSourceId).filter((x): x is string => !!x),
    ...articles.flatMap((a) => a.authors.map((author) => author.id)),
  ]);
  // A source's publication is shown above it even when only the source was added to the case.
  for (const id of [...sourceIds]) {
    for (
      let parent = getSource(ctx, id).parentId;
      parent && !sourceIds.has(parent);
      parent = getSource(ctx, parent).parentId
    )
      sourceIds.add(parent);
  }
  const sources = [...sourceIds].map((id) => getSource(ctx, id));
  const entities = of('entity').map((id) => getEntity(ctx, id));

  const sourceRows = groupedUnderParents(sources)
    .map(({ source: s, depth }) => {
      const history = s.ratings
        .map(
          (r) =>
            `<div><strong>${r.reliability}</strong> ${e(RELIABILITY[r.reliability].label)} — ${e(r.rationale)} <span class="meta">(${e(r.analyst)}, ${e(when(r.ratedAt))})</span></div>`,
        )
        .join('');
      return `<tr class="${depth ? 'child' : 'parent'}"><td>${depth ? '↳ ' : ''}${e(s.name)}<div class="meta">${e(SOURCE_KIND_WORDS[s.kind])}</div></td><td>${s.reliability ? `<span class="grade">${s.reliability}</span> ${e(RELIABILITY[s.reliability].label)}` : 'not rated'}</td><td>${history || '—'}</td></tr>`;
    })
    .join('');

  let grouped = '';
  if (groupBy === 'entity') {
    for (const entity of entities) {
      const mentioned = new Set(
        listMentions(ctx, { entityId: entity.id })
          .filter((m) => m.status === 'accepted')
          .map((m) => `${m.articleId}:${m.start}`),
      );
      const about = excerpts.filter((x) =>
        [...mentioned].some((key) => {
          const [articleId, start] = key.split(':');
          return articleId === x.articleId && Number(start) >= x.start && Number(start) < x.end;
        }),
      );
      grouped += `<h3>${e(entity.name)} <span class="meta">${e(entity.type)}${entity.aliases.length ? ` · ${e(entity.aliases.map((a) => a.text).join(', '))}` : ''}</span></h3>${about.map(excerptBlock).join('') || '<p class="meta">No excerpt in this case mentions it.</p>'}`;
    }
  } else {
    const sorted = [...excerpts].sort((a, b) =>
      (a.eventDate.value || '9999').localeCompare(b.eventDate.value || '9999'),
    );
    grouped = sorted.map(excerptBlock).join('');
  }

  const range = (r: { start: string; end: string }) =>
    `<span class="nowrap">${r.start === r.end ? e(r.start) : `${e(r.start)} – ${e(r.end)}`}</span>`;
  const dated = excerpts
    .filter((x) => x.eventDate.value)
    .map((x) => ({ x, whole: partialDateSpan(x.eventDate.value), span: qualifiedDateSpan(x.eventDate) }))
    .sort((a, b) => a.span.start.localeCompare(b.span.start));
  const timeline = dated.length
    ? (() => {
        const min = Date.parse(dated[0]!.span.start);
        const max = Math.max(...dated.map((d) => Date.parse(d.span.end))) + 86_400_000;
        const width = (from: string, to: string) =>
          Math.max(0.8, ((Date.parse(to) + 86_400_000 - Date.parse(from)) / (max - min)) * 100);
        return `<table><tr><th style="width:24%">When</th><th style="width:30%">Span</th><th>Grade</th><th>Excerpt</th></tr>${dated
          .map(
            ({
              x,
              span,
              whole,
            }) => `<tr><td>${e(formatPartialDate(x.eventDate))}<div class="meta">${range(span)}${whole.start !== span.start || whole.end !== span.end ? ` (the ${e(x.eventDate.qualifier.toLowerCase())} part of ${range(whole)})` : ''}</div></td>
<td><span class="span" style="margin-left:${(((Date.parse(span.start) - min) / (max - min)) * 100).toFixed(2)}%;width:${width(span.start, span.end).toFixed(2)}%"></span></td><td>${gradeOf(x)}</td><td>${e(shortenAtWord(x.exact, 160))}</td></tr>`,
          )
          .join('')}</table>`;
      })()
    : '<p class="meta">No excerpt in this case has an event date.</p>';

  const appendix = articles
    .map(
      (a) =>
        `<tr><td>${e(articleLabel(a.title))}<div class="meta">${e(a.publisherName)} · captured ${e(when(a.capturedAt))} by ${e(a.capturedBy)} (${e(a.captureMethod)})</div></td><td><code>${a.originalSha256}</code></td><td><code>${a.textSha256}</code></td></tr>`,
    )
    .join('');

  const body = `<h1>${e(theCase.title)}</h1>
<p class="meta">Casefile report · ${e(when(ctx.now()))} · Casefile ${e(ctx.appVersion)} · ${countOf(articles.length, 'article')}, ${countOf(excerpts.length, 'excerpt')}, ${countOf(sources.length, 'source')}, ${countOf(entities.length, 'entity', 'entities')}</p>
<h2>Summary</h2>${theCase.summary.text.trim() ? richTextToHtml(theCase.summary) : '<p class="meta">No summary written.</p>'}
<h2>Sources and their reliability</h2><table><tr><th>Source</th><th>Current rating</th><th>History (newest first)</th></tr>${sourceRows || '<tr><td colspan="3">None</td></tr>'}</table>
<h2>Excerpts by ${groupBy === 'entity' ? 'entity' : 'event date'}</h2>${grouped || '<p class="meta">No excerpts in this case.</p>'}
<h2>Timeline of events</h2><p class="meta">Partial dates are drawn as the span they can mean: “early”, “mid” and “late” as the first, middle and last third of it.</p>${timeline}
<h2>Appendix: originals and audit</h2><table><tr><th>Article</th><th>Original SHA-256</th><th>Text SHA-256</th></tr>${appendix || '<tr><td colspan="3">None</td></tr>'}</table>
<p>Audit chain head of the library when this report was made: <code>${e(auditHead(ctx.db) ?? 'empty')}</code></p>`;
  // Fonts only from the report itself (data: URLs), never from the network or the disk.
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:">
<title>${e(theCase.title)}</title><style>${STYLE}
${cjkFontFaces(theCase.title + body)}</style></head><body>
${body}
</body></html>`;
}

export async function reportPdfJob(
  ctx: Ctx,
  input: { id: string; groupBy: 'entity' | 'date'; path?: string | undefined } & ReportFormat,
  report: (p: JobProgress) => void,
  signal: AbortSignal,
) {
  const chromium = findChromium();
  if (!chromium || !fs.existsSync(chromium)) {
    const where = chromium
      ? `CASEFILE_CHROMIUM is ${chromium}, which does not exist`
      : 'none was found (set CASEFILE_CHROMIUM to its path)';
    throw new ContractError(
      'io_error',
      `Printing a PDF needs Chromium or Chrome, and ${where}. The HTML report has the same content and prints from any browser.`,
    );
  }
  report({ done: 0, total: 2, current: 'Writing the report', failures: 0 });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-report-'));
  try {
    const html = path.join(dir, 'report.html');
    const pdf = path.join(dir, 'report.pdf');
    fs.writeFileSync(
      html,
      caseReportHtml(ctx, input.id, input.groupBy, { locale: input.locale, timeZone: input.timeZone }),
    );
    report({ done: 1, total: 2, current: 'Printing with Chromium', failures: 0 });
    await new Promise<void>((resolve, reject) => {
      const child = spawn(
        chromium,
        [
          '--headless',
          ...CHROMIUM_ARGS,
          `--user-data-dir=${path.join(dir, 'profile')}`,
          '--no-pdf-header-footer',
          `--print-to-pdf=${pdf}`,
          `file://${html}`,
        ],
        { stdio: 'ignore' },
      );
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      signal.addEventListener('abort', () => child.kill('SIGKILL'));
      child.on('error', reject);
      child.on('exit', (code) => {
        clearTimeout(timer);
        if (fs.existsSync(pdf) && fs.statSync(pdf).size > 0) resolve();
        else
          reject(
            new ContractError(
              signal.aborted ? 'cancelled' : 'io_error',
              signal.aborted ? 'Cancelled.' : `Chromium could not print the report (exit ${code}).`,
            ),
          );
      });
    });
    const bytes = fs.readFileSync(pdf);
    if (input.path) writeFileAtomically(input.path, bytes);
    report({ done: 2, total: 2, current: '', failures: 0 });
    return {
      path: input.path ? path.resolve(input.path) : null,
      bytesBase64: input.path ? null : bytes.toString('base64'),
      size: bytes.byteLength,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
