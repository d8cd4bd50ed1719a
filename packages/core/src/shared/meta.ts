import { z } from 'zod';
import { defineContract } from './contract';

/** What any visitor may know about this installation (the login page shows demo accounts). */
export const getMeta = defineContract({
  method: 'GET',
  path: '/api/meta',
  summary: 'Installation facts: product version and whether demo data is loaded',
  tags: ['platform'],
  auth: false,
  response: z.object({ product: z.string(), version: z.string(), demoData: z.boolean() }),
});
