// One handler per contract method. `satisfies Handlers` makes a missing or misspelt method a
// compile error, and each handler receives its input already parsed by the contract's schema.
import type { MethodName, MethodOutput, ParsedInput } from '../../shared/contract/methods';
import { exportAnnotations } from './export/annotations';
import { exportCaseFileJob, importCaseFileJob } from './export/caseFileJobs';
import { caseCsv } from './export/csv';
import { caseReportHtml, reportPdfJob } from './export/report';
import { caseToStix } from './export/stix';
import { listConflicts, resolveConflict } from './import/caseFileMerge';
import { importFiles } from './import/files';
import type { JobRunner } from './jobs';
import { detectPlainTextMetadata } from '../../shared/domain/detectMetadata';
import { rebuildSearchIndex } from './search/rebuild';
import { searchLibrary } from './search/searchIndex';
import { deleteSavedSearch, listSavedSearches, renameSavedSearch, saveSearch } from './search/savedSearches';
import { captureArticle, getArticle, listArticles, readOriginal, updateArticleMetadata } from './services/articles';
import {
  addCaseItems,
  createCase,
  getCase,
  listCases,
  removeCaseItems,
  requireCase,
  updateCase,
} from './services/cases';
import type { Ctx } from './services/context';
import {
  addAlias,
  createEntity,
  createMention,
  createRelationship,
  deleteRelationship,
  getEntity,
  listEntities,
  listMentions,
  listRelationships,
  removeAlias,
  splitAlias,
  updateEntity,
} from './services/entities';
import { entityPage } from './services/entityPage';
import {
  acceptAllSuggestions,
  deleteMention,
  dismissSuggestion,
  scanLibraryForEntity,
  suggestForArticle,
} from './services/suggestions';
import {
  createExcerpt,
  deleteExcerpt,
  getExcerpt,
  listExcerpts,
  reliabilityMatrix,
  updateExcerpt,
} from './services/excerpts';
import { mergeEntities, mergeSources, undoMerge } from './services/merges';
import { sha256Hex } from './services/hash';
import { libraryInfo, setAnalyst, verifyLibrary } from './services/library';
import { showObject } from './services/objects';
import { createSource, deleteSource, getSource, listSources, rateSource, updateSource } from './services/sources';
import { listTags } from './services/tags';
import {
  addWatchTerm,
  getWatchTerm,
  listWatchHits,
  listWatchTerms,
  markWatchHitsSeen,
  removeWatchTerm,
  scanArticlesForTerm,
} from './services/watch';
import { emptyTrash, listTrash, restoreArticles, trashArticles } from './services/trash';
import { webCaptureHandlers } from './capture/handlers';
import type { CaptureEnvironment } from './capture/captureUrls';
import { verifyWebCaptures } from './capture/verifyCaptures';
import { acceptSpellings, dismissSpellings, listProposals } from './services/spellings';
import { romaniseForScript } from './services/romanise';
import { exportGraph } from './export/graphExport';
import { chooseSaveTarget, refuseUnresolvedSaveTarget, revealFile, saveFile } from './export/saveFile';
import { buildGraph } from './services/graph';
import { buildTimeline } from './services/timeline';
import { auditHeadRow } from './services/audit';
import { backupIfDue, createBackup, listBackups } from './services/backups';

export type Handlers = {
  [M in MethodName]: (ctx: Ctx, input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

const done = { ok: true } as const;

/** What only the Backend object can do: swap the library under every later call. */
export interface LibraryHost {
  openLibrary(path: string, create: boolean): Promise<Ctx>;
  recentLibraries(): { path: string; openedAt: string }[];
}

export function createHandlers(jobs: JobRunner, host: LibraryHost, capture: CaptureEnvironment = {}) {
  return {
    'library.info': (ctx) => libraryInfo(ctx),
    'library.verify': async (ctx, { anchors }) => {
      const report = verifyLibrary(ctx, anchors ?? []);
      const web = await verifyWebCaptures(ctx);
      return { ...report, ok: report.ok && web.ok, checks: [...report.checks, web] };
    },
    'library.open': async (_ctx, { path, create }) => libraryInfo(await host.openLibrary(path, create)),
    'library.recent': () => ({ items: host.recentLibraries() }),
    'settings.setAnalyst': (ctx, { name }) => (setAnalyst(ctx, name), done),
    'objects.show': (ctx, { id }) => showObject(ctx, id),

    'articles.createFromText': (ctx, { text, captureMethod, filename, ...metadata }) => {
      const bytes = Buffer.from(text, 'utf8');
      return captureArticle(ctx, {
        bytes,
        text,
        mediaType: 'text/plain',
        filename: filename ?? '',
        captureMethod,
        extractor: 'casefile-text 1',
        charset: 'utf-8',
        detected: detectPlainTextMetadata(text),
        pageStarts: [],
        metadata,
        applyDetected: false,
      });
    },
    'articles.get': (ctx, { id }) => getArticle(ctx, id),
    'articles.list': (ctx, input) => listArticles(ctx, input),
    'articles.updateMetadata': (ctx, input) => updateArticleMetadata(ctx, input),
    'articles.original': (ctx, { id }) => {
      const original = readOriginal(ctx, id);
      if (sha256Hex(original.bytes) !== original.sha256) {
        throw new Error(`The original of article ${id} no longer matches its SHA-256; run "casefile verify".`);
      }
      return {
        sha256: original.sha256,
        mediaType: original.mediaType,
        filename: original.filename,
        bytesBase64: original.bytes.toString('base64'),
      };
    },
    'articles.originalView': async (ctx, { id }) => {
      const original = readOriginal(ctx, id);
      if (original.mediaType !== 'text/html') return { mediaType: original.mediaType, html: null, removedElements: 0 };
      const article = getArticle(ctx, id);
      const { decodeText, declaredCharset } = await import('./import/decode');
      const { sanitizeForViewing } = await import('./dom/sanitize');
      const { text } = decodeText(original.bytes, original.filename || 'page', {
        declared: declaredCharset(original.bytes),
      });
      const view = sanitizeForViewing(text, { lang: article.language, dir: article.textDirection });
      return { mediaType: original.mediaType, html: view.html, removedElements: view.removed };
    },
    'articles.delete': (ctx, { ids }) => ({ items: trashArticles(ctx, ids) }),
    'articles.restore': (ctx, { ids }) => restoreArticles(ctx, ids),
    'trash.list': (ctx) => ({ items: listTrash(ctx) }),
    'trash.empty': (ctx, { ids }) => emptyTrash(ctx, ids),
    'watch.list': (ctx) => ({ items: listWatchTerms(ctx) }),
    'watch.add': (ctx, { term }) => addWatchTerm(ctx, term),
    'watch.scan': (ctx, { id }) => {
      getWatchTerm(ctx, id);
      return jobs.start('watch.scan', (report, signal) => scanArticlesForTerm(ctx, id, report, signal));
    },
    'watch.remove': (ctx, { id }) => (removeWatchTerm(ctx, id), done),
    'watch.hits': (ctx, input) => listWatchHits(ctx, input),
    'watch.markSeen': (ctx, { ids }) => markWatchHitsSeen(ctx, ids),
    'articles.importFiles': (ctx, input) =>
      jobs.start('articles.importFiles', (report, signal) => importFiles(ctx, input, report, signal)),

    'sources.create': (ctx, input) => createSource(ctx, input),
    'sources.update': (ctx, input) => updateSource(ctx, input),
    'sources.delete': (ctx, { id }) => (deleteSource(ctx, id), done),
    'sources.get': (ctx, { id }) => getSource(ctx, id),
    'sources.list': (ctx, input) => ({ items: listSources(ctx, input) }),
    'sources.rate': (ctx, input) => rateSource(ctx, input),

    'sources.merge': (ctx, { keepId, mergeId }) => (
      backupIfDue(ctx, 'before-merge'),
      mergeSources(ctx, keepId, mergeId)
    ),
    'merges.undo': (ctx, { id }) => (undoMerge(ctx, id), done),
    'reliability.matrix': (ctx, { caseId }) => {
      if (caseId) getCase(ctx, caseId);
      return reliabilityMatrix(ctx, caseId);
    },

    'excerpts.create': (ctx, input) => createExcerpt(ctx, input),
    'excerpts.get': (ctx, { id }) => getExcerpt(ctx, id),
    'excerpts.update': (ctx, input) => updateExcerpt(ctx, input),
    'excerpts.delete': (ctx, { id }) => (deleteExcerpt(ctx, id), done),
    'excerpts.list': (ctx, input) => listExcerpts(ctx, input),
    'excerpts.exportAnnotations': (ctx, { id }) => ({ annotations: exportAnnotations(ctx, id) }),

    'entities.create': (ctx, input) => createEntity(ctx, input),
    'entities.update': (ctx, input) => updateEntity(ctx, input),
    'entities.addAlias': (ctx, input) => addAlias(ctx, input),
    'entities.removeAlias': (ctx, input) => removeAlias(ctx, input),
    'entities.get': (ctx, { id }) => getEntity(ctx, id),
    'entities.list': (ctx, input) => listEntities(ctx, input),
    'entities.suggest': (ctx, { articleId }) => suggestForArticle(ctx, articleId),
    'entities.scan': (ctx, { id }) => {
      getEntity(ctx, id);
      return jobs.start('entities.scan', (report, signal) => scanLibraryForEntity(ctx, id, report, signal));
    },
    'entities.merge': (ctx, { keepId, mergeId }) => (
      backupIfDue(ctx, 'before-merge'),
      mergeEntities(ctx, keepId, mergeId)
    ),
    'entities.splitAlias': (ctx, { id, aliasId }) => splitAlias(ctx, id, aliasId),
    'entities.page': (ctx, { id }) => entityPage(ctx, id),
    'entities.spellings': (ctx, { id }) => ({ proposals: listProposals(ctx, id) }),
    'entities.acceptSpellings': (ctx, input) => acceptSpellings(ctx, input),
    'entities.dismissSpellings': (ctx, input) => dismissSpellings(ctx, input),
    'romanise.text': (_ctx, input) => romaniseForScript(input),
    'mentions.create': (ctx, input) => createMention(ctx, input),
    'mentions.dismiss': (ctx, input) => dismissSuggestion(ctx, input),
    'mentions.acceptAll': (ctx, { entityId, articleId }) => ({
      accepted: acceptAllSuggestions(ctx, entityId, articleId),
    }),
    'mentions.delete': (ctx, { id }) => deleteMention(ctx, id),
    'relationships.delete': (ctx, { id }) => (deleteRelationship(ctx, id), done),
    'mentions.list': (ctx, input) => ({ items: listMentions(ctx, input) }),
    'relationships.create': (ctx, input) => createRelationship(ctx, input),
    'relationships.list': (ctx, { entityId }) => ({ items: listRelationships(ctx, entityId) }),

    'cases.create': (ctx, input) => createCase(ctx, input),
    'cases.update': (ctx, input) => updateCase(ctx, input),
    'cases.get': (ctx, { id }) => getCase(ctx, id),
    'cases.list': (ctx, input) => ({ items: listCases(ctx, input) }),
    'cases.addItems': (ctx, input) => addCaseItems(ctx, input),
    'cases.removeItems': (ctx, input) => removeCaseItems(ctx, input),

    'cases.exportFile': (ctx, input) => {
      refuseUnresolvedSaveTarget(input);
      requireCase(ctx, input.id);
      return jobs.start('cases.exportFile', (report, signal) => exportCaseFileJob(ctx, input, report, signal));
    },
    'cases.importFile': (ctx, input) =>
      jobs.start('cases.importFile', (report, signal) => importCaseFileJob(ctx, input, report, signal)),
    'cases.exportStix': (ctx, { id }) => ({ bundle: caseToStix(ctx, id) }),
    'cases.report': (ctx, { id, groupBy, locale, timeZone }) => ({
      html: caseReportHtml(ctx, id, groupBy, { locale, timeZone }),
    }),
    'cases.reportPdf': (ctx, input) => {
      refuseUnresolvedSaveTarget(input);
      getCase(ctx, input.id);
      return jobs.start('cases.reportPdf', (report, signal) => reportPdfJob(ctx, input, report, signal));
    },
    'cases.exportCsv': (ctx, { id, what }) => ({ csv: caseCsv(ctx, id, what) }),
    'conflicts.list': (ctx) => ({ items: listConflicts(ctx) }),
    'conflicts.resolve': (ctx, { id, keep }) => (resolveConflict(ctx, id, keep), done),

    'tags.list': (ctx) => ({ items: listTags(ctx) }),
    'search.query': (ctx, input) => searchLibrary(ctx.db, input),
    'search.reindex': (ctx) =>
      jobs.start('search.reindex', (report, signal) => rebuildSearchIndex(ctx, report, signal)),
    'savedSearches.list': (ctx) => ({ items: listSavedSearches(ctx) }),
    'savedSearches.save': (ctx, input) => saveSearch(ctx, input),
    'savedSearches.rename': (ctx, { id, name }) => renameSavedSearch(ctx, id, name),
    'savedSearches.delete': (ctx, { id }) => (deleteSavedSearch(ctx, id), done),

    'jobs.get': (_ctx, { jobId }) => jobs.get(jobId),
    'jobs.cancel': (_ctx, { jobId }) => (jobs.cancel(jobId), done),

    ...webCaptureHandlers(jobs, capture),
    'graph.build': (ctx, input) => buildGraph(ctx, input),
    'graph.export': (ctx, input) => exportGraph(ctx, input),
    'timeline.build': (ctx, input) => buildTimeline(ctx, input),
    'library.head': (ctx) => auditHeadRow(ctx.db),
    'backups.create': (ctx) => createBackup(ctx, 'manual'),
    'backups.list': (ctx) => ({ items: listBackups(ctx.libraryPath) }),
    'files.save': (_ctx, input) => saveFile(input),
    'files.chooseSaveTarget': () => chooseSaveTarget(),
    'files.reveal': () => revealFile(),
  } satisfies Handlers;
}
