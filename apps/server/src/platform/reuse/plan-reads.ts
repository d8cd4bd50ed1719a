import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, assertCan } from '@pdz/core';
import type { SessionActor } from '../sessions';
import { AnswerStore, matchesTag, tagOf } from './answers';
import type { ChangeFeed } from './change-feed';

/**
 * Where a plan stands: a string that changes whenever anything a plan read shows changes (the
 * plan's version, bumped by every write to its content, and the district's revision, bumped by
 * every write to its territory and population). null: no such plan in that district.
 */
export interface PlanStamps {
  of(districtId: string, planId: string): Promise<string | null>;
}

/** A read of a plan's data, reused until the plan's stamp changes. */
export interface PlanRead {
  /** the read's name in the keys (one per contract) */
  name: string;
  /** what else in the path the answer depends on (a chapter's id); the query always counts */
  vary?(params: Record<string, string>): string;
}

export interface PlanReads {
  store: AnswerStore;
  stamps: PlanStamps;
  /** the build's identity: a new build may answer differently, so it is in every tag */
  build: string;
}

export function createPlanReads(options: {
  stamps: PlanStamps;
  feed: Pick<ChangeFeed, 'subscribe'>;
  limitBytes: number;
  build: string;
}): PlanReads {
  const store = new AnswerStore(options.limitBytes);
  // answers are keyed by the stamp, so a change needs no eviction; a reset (data changed
  // behind the product's back) does
  options.feed.subscribe((change) => {
    if (change === 'reset') store.clear();
  });
  return { store, stamps: options.stamps, build: options.build };
}

/**
 * Answers a plan read: the reader's right first, then the plan's stamp (one cheap lookup); a
 * matching If-None-Match gets 304 without any other work, a kept answer is sent as it was
 * written, and otherwise `compute` makes the answer, which is kept when the plan did not change
 * meanwhile (a write landing while it was computed could make it newer than its stamp).
 * Back-office answers are private and revalidated on every use (`no-cache` + the tag).
 */
export async function servePlanRead(
  reads: PlanReads,
  read: PlanRead,
  request: FastifyRequest,
  reply: FastifyReply,
  actor: SessionActor,
  compute: () => Promise<string>,
): Promise<FastifyReply> {
  const params = request.params as { districtId: string; planId: string } & Record<string, string>;
  assertCan(actor, 'plan.read', { districtId: params.districtId });
  const stamp = await reads.stamps.of(params.districtId, params.planId);
  if (stamp === null) throw new DomainError('NOT_FOUND');
  const extra = `${read.vary?.(params) ?? ''}|${JSON.stringify(request.query ?? {})}`;
  const key = `${params.districtId}|${params.planId}|${read.name}|${extra}|${stamp}`;
  const tag = tagOf(`${reads.build}|${key}`);
  reply.header('cache-control', 'private, no-cache');
  if (matchesTag(request.headers['if-none-match'], tag)) {
    return reply.code(304).header('etag', tag).send();
  }
  let answer = reads.store.get(key);
  if (!answer) {
    const body = Buffer.from(await compute(), 'utf8');
    answer = { body, contentType: 'application/json; charset=utf-8' };
    if ((await reads.stamps.of(params.districtId, params.planId)) !== stamp) {
      // made while the plan changed: sent once, not kept nor tagged
      reply.header('cache-control', 'private, no-store');
      return reads.store.send(request, reply, null, answer, null);
    }
    reads.store.set(key, answer);
  }
  return reads.store.send(request, reply, key, answer, tag);
}
