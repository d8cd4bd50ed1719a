import {
  DomainError,
  assertCan,
  assertEditable,
  type PlanPhase,
  type WordImportProblem,
  type WordImportResult,
} from '@pdz/core';
import type { Db } from '../../db/client';
import type { SessionActor } from '../../platform/sessions';
import { findPlan, type Scope } from '../plan/index';
import * as repo from './chapter.repository';
import { createWorkerClient, type WorkerClient } from '../../platform/worker-thread';
import type { WordReply, WordRequest } from './word.worker';

/** A Word file that takes longer than this to read is given up (the thread is replaced). */
const WORD_TIMEOUT_MS = 60_000;

/** The thread that reads Word files (word.worker.ts), started at the first file. */
export function createWordReader(): WorkerClient<WordRequest, WordReply> {
  return createWorkerClient<WordRequest, WordReply>(
    { bundled: './word-worker.js', source: new URL('./word.worker.ts', import.meta.url) },
    { timeoutMs: WORD_TIMEOUT_MS, what: 'reading the Word file' },
  );
}

const reasons: Record<WordImportProblem['code'], string> = {
  notAWordFile: 'The file is not a Word document (DOCX)',
  expandsTooMuch: 'The file expands beyond what the server reads',
  contentTooLarge: 'The file holds more content than a chapter may take',
  tooLong: 'The text of the file is longer than a chapter may be',
};

/**
 * A Word file turned into the Markdown of a chapter, saving nothing: the user sees the text and
 * what it leaves out, and replaces the chapter's body through the ordinary edit, at the version
 * read. Asked of the same people, in the same phases, as the edit itself (plan.edit, editable
 * plan, a chapter of this plan); the file is read only after that check.
 */
export function createChapterWordImport(db: Db, reader: WorkerClient<WordRequest, WordReply>) {
  return async function previewWordImport(
    actor: SessionActor,
    scope: Scope,
    chapterId: string,
    readFile: () => Promise<Buffer>,
  ): Promise<WordImportResult> {
    assertCan(actor, 'plan.edit', { districtId: scope.districtId });
    const plan = await findPlan(db, scope.districtId, scope.planId);
    if (!plan) throw new DomainError('NOT_FOUND');
    assertEditable(plan.phase as PlanPhase);
    if (!(await repo.findChapter(db, scope, chapterId))) throw new DomainError('NOT_FOUND');
    const file = await readFile();
    const reply = await reader.call({ bytes: new Uint8Array(file) });
    if (reply.ok) return reply.result;
    throw new DomainError('VALIDATION_FAILED', reasons[reply.problem.code], {
      details: { problems: [reply.problem] },
    });
  };
}
