import type { FastifySerializerCompiler } from 'fastify/types/schema';
import { createSerializerCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';

/**
 * How answers become JSON. In production the handler's result is written as it is: the
 * contract's zod schema is not run on every answer (it cost up to a quarter of a read's CPU).
 * In tests (and wherever VALIDATE_RESPONSES is on) every answer is checked against its
 * contract, and more strictly than zod alone: the JSON written must be exactly what the schema
 * lets through, so a field the contract does not declare (a password hash, an internal note)
 * fails the test that reaches it instead of being stripped silently and leaking in production.
 */
export function answerSerializer(validate: boolean): FastifySerializerCompiler<z.ZodType> {
  if (!validate) return () => (data) => JSON.stringify(data);
  const checked = createSerializerCompiler({});
  return (route) => {
    const encode = checked(route);
    return (data) => {
      const json = encode(data); // throws when the answer breaks its contract
      const plain = JSON.stringify(data);
      const difference = firstDifference(JSON.parse(json), JSON.parse(plain), '');
      if (difference !== null) {
        throw new Error(
          `${route.method} ${route.url}: the answer is not what its contract declares at ` +
            `"${difference || '(root)'}" (an undeclared or transformed field)`,
        );
      }
      return plain;
    };
  };
}

/** the first path where two JSON values differ (key order aside); null when they are equal */
function firstDifference(a: unknown, b: unknown, path: string): string | null {
  if (a === b) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return path;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d !== null) return d;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const x = a as Record<string, unknown>;
    const y = b as Record<string, unknown>;
    for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) {
      const d = firstDifference(x[key], y[key], path ? `${path}.${key}` : key);
      if (d !== null) return d;
    }
    return null;
  }
  return path;
}
