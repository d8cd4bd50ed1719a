import { z } from 'zod';

/**
 * One contract per endpoint: the server validates with it and registers it in OpenAPI; the web
 * types its calls with it. Paths use Fastify's `:param` syntax.
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Contract<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  method: HttpMethod;
  path: string;
  /**
   * Stable name of the operation for generated clients: verb + noun in camelCase
   * (`getBudget`, `setBudgetAllocation`). Never renamed once published.
   */
  operationId?: string;
  /** one line, shown in lists of operations */
  summary: string;
  /** what the operation does, who may call it and the errors it answers with */
  description?: string;
  tags: string[];
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  /**
   * For imports whose body is the raw file, not JSON: the media types taken and the largest
   * file accepted, as the contract documents them.
   */
  upload?: { mediaTypes: string[]; maxBytes: number };
  /** For answers that are a file, not JSON: the media types it comes in. */
  download?: { mediaTypes: string[] };
  /** media type of a successful answer (`application/json` unless stated) */
  mediaType?: string;
  /** status of a successful answer (200 unless stated) */
  status?: 200 | 201 | 204;
  /** false for the few endpoints that need no session */
  auth?: boolean;
}

export function defineContract<
  P extends z.ZodType = z.ZodUndefined,
  Q extends z.ZodType = z.ZodUndefined,
  B extends z.ZodType = z.ZodUndefined,
  R extends z.ZodType = z.ZodType,
>(c: Contract<P, Q, B, R>): Contract<P, Q, B, R> {
  return c;
}

export type ContractParams<C> =
  C extends Contract<infer P, z.ZodType, z.ZodType, z.ZodType> ? z.input<P> : never;
export type ContractQuery<C> =
  C extends Contract<z.ZodType, infer Q, z.ZodType, z.ZodType> ? z.input<Q> : never;
export type ContractBody<C> =
  C extends Contract<z.ZodType, z.ZodType, infer B, z.ZodType> ? z.input<B> : never;
export type ContractResponse<C> =
  C extends Contract<z.ZodType, z.ZodType, z.ZodType, infer R> ? z.output<R> : never;

/** Fills `:name` segments of a contract path. */
export function buildPath(path: string, params: Record<string, string | number> = {}): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
}

/** One offending field of a VALIDATION_FAILED answer, with the limit it broke (see FieldIssue). */
export const fieldIssueSchema = z.object({
  field: z.string(),
  message: z.string(),
  code: z.string().optional(),
  origin: z.string().optional(),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  inclusive: z.boolean().optional(),
  format: z.string().optional(),
  expected: z.string().optional(),
  values: z.array(z.string()).optional(),
  actual: z.number().optional(),
});

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  issues: z.array(fieldIssueSchema).optional(),
  current: z.unknown().optional(),
  /** PLAN_INCOHERENT: the blocking problems that refuse the approval */
  problems: z.array(z.unknown()).optional(),
});
export type Problem = z.infer<typeof problemSchema>;
