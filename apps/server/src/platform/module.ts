import type { FastifyInstance } from 'fastify';
import type { Config } from '../config';
import type { Db } from '../db/client';
import type { Router } from './http/route';
import type { ChangeFeed } from './reuse/change-feed';
import type { AnswerStore } from './reuse/answers';

/** What every module receives to register its routes and build its services. */
export interface ModuleContext {
  app: FastifyInstance;
  router: Router;
  db: Db;
  config: Config;
  /** what changed, heard by every process (platform/reuse/change-feed.ts) */
  feed: ChangeFeed;
  /** the bounded memory of answers and pages kept for reuse, and the build that made them */
  kept: { answers: AnswerStore; build: string };
}

export interface AppModule {
  name: string;
  register(ctx: ModuleContext): void | Promise<void>;
}
