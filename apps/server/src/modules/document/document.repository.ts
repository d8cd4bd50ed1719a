import { and, asc, eq, sql } from 'drizzle-orm';
import type { KeptDocument } from '@pdz/core';
import type { Db } from '../../db/client';
import { planDocuments } from '../../db/schema/document';

export interface DocumentKey {
  planId: string;
  versionNumber: number;
  format: 'pdf' | 'docx';
  language: 'it' | 'en';
}

const where = (k: DocumentKey) =>
  and(
    eq(planDocuments.planId, k.planId),
    eq(planDocuments.versionNumber, k.versionNumber),
    eq(planDocuments.format, k.format),
    eq(planDocuments.language, k.language),
  );

export async function findKept(
  db: Db,
  key: DocumentKey,
): Promise<{ sha256: string; content: Uint8Array; input: string } | undefined> {
  const [row] = await db
    .select({
      sha256: planDocuments.sha256,
      content: planDocuments.content,
      input: planDocuments.input,
    })
    .from(planDocuments)
    .where(where(key));
  return row ? { ...row, content: new Uint8Array(row.content) } : undefined;
}

/** The fingerprint only: answers a conditional request without reading the file. */
export async function findKeptSha(db: Db, key: DocumentKey): Promise<string | undefined> {
  const [row] = await db
    .select({ sha256: planDocuments.sha256 })
    .from(planDocuments)
    .where(where(key));
  return row?.sha256;
}

/** Keeps a file; a file already kept for the same key stays as it was (the first one wins). */
export async function keep(
  db: Db,
  row: DocumentKey & { districtId: string; sha256: string; content: Uint8Array; input: string },
): Promise<void> {
  await db
    .insert(planDocuments)
    .values({ ...row, byteSize: row.content.byteLength })
    .onConflictDoNothing();
}

export async function listKept(
  db: Db,
  planId: string,
  versionNumber: number,
): Promise<KeptDocument[]> {
  const rows = await db
    .select({
      format: planDocuments.format,
      language: planDocuments.language,
      sha256: planDocuments.sha256,
      byteSize: planDocuments.byteSize,
      createdAt: planDocuments.createdAt,
    })
    .from(planDocuments)
    .where(and(eq(planDocuments.planId, planId), eq(planDocuments.versionNumber, versionNumber)))
    .orderBy(asc(planDocuments.format), asc(planDocuments.language));
  return rows.map((r) => ({
    format: r.format as KeptDocument['format'],
    language: r.language as KeptDocument['language'],
    sha256: r.sha256,
    byteSize: r.byteSize,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** Serialises the making of one document across server processes (PostgreSQL only). */
export async function lockDocument(tx: Db, key: DocumentKey): Promise<void> {
  const name = `plan-document|${key.planId}|${key.versionNumber}|${key.format}|${key.language}`;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${name}, 0))`);
}
