import type { FastifyInstance } from 'fastify';
import type { Config } from '../config';
import type { Db } from '../db/client';
import type { Router } from './http/route';

/** What every module receives to register its routes and build its services. */
export interface ModuleContext {
  app: FastifyInstance;
  router: Router;
  db: Db;
  config: Config;
}

export interface AppModule {
  name: string;
  register(ctx: ModuleContext): void | Promise<void>;
}
