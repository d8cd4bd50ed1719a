import { z } from 'zod';
import { defineContract } from './contract';

/** What any visitor may know about this installation (the login page shows demo accounts). */
export const getMeta = defineContract({
  method: 'GET',
  path: '/api/meta',
  operationId: 'getMeta',
  summary: 'Installation facts: product version and whether demo data is loaded',
  description:
    'The product name and version of this installation and whether it holds demonstration data (the sign-in page then lists the demo accounts). Anyone may call it, without a session.',
  tags: ['platform'],
  auth: false,
  response: z.object({ product: z.string(), version: z.string(), demoData: z.boolean() }),
});
