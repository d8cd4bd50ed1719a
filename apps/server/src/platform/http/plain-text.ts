import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  CONTROL_CHARACTERS,
  DomainError,
  hasControlCharacters,
  PLAIN_TEXT_FORMAT,
  type FieldIssue,
} from '@pdz/core';
import { isApiPath } from './framework-errors';

/**
 * The backstop behind every contract: no text with control characters (tab, line feed and
 * carriage return excepted) goes past validation, in a path parameter, a query value or any
 * string or key of a JSON body. The database refuses NUL, and no form produces the others.
 * API routes answer 400 VALIDATION_FAILED naming each field (`params.slug`, `query.q`,
 * `body.items.0.title`); the portal's pages answer `elsewhere` (its page for an address that
 * leads nowhere).
 */
const message = 'must be plain text: no control characters other than tab and line breaks';
/** enough to fix a form; a body full of them does not make the answer as large */
const maxIssues = 20;
const maxDepthNamed = 16;

interface Step {
  value: unknown;
  key: string;
  parent: Step | undefined;
  /** the key itself holds a control character */
  badKey?: boolean;
}

/** The dotted path of a field; past any contract's depth, the first levels and `…`. */
function fieldOf(step: Step): string {
  const keys: string[] = [];
  for (let s: Step | undefined = step; s; s = s.parent) keys.push(s.key);
  keys.reverse();
  return keys.length > maxDepthNamed
    ? `${keys.slice(0, maxDepthNamed).join('.')}.…`
    : keys.join('.');
}

const everyControlCharacter = new RegExp(CONTROL_CHARACTERS.source, 'g');

/** A key as the answer can name it: its control characters written as `\u0000`. */
function printable(key: string): string {
  return key.replace(
    everyControlCharacter,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Objects as JSON, the router and the query string make them (a plain object, or one whose
 * prototype has none), not a stream, a buffer or a date.
 */
function isRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
}

function issueAt(step: Step): FieldIssue {
  return { field: fieldOf(step), code: 'invalid_format', format: PLAIN_TEXT_FORMAT, message };
}

/** Every field of `input` holding a control character, walked without recursion (any depth). */
export function controlCharacterIssues(where: string, input: unknown): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const stack: Step[] = [{ value: input, key: where, parent: undefined }];
  while (stack.length > 0 && issues.length < maxIssues) {
    const step = stack.pop()!;
    const { value } = step;
    if (step.badKey) {
      issues.push(issueAt(step));
    } else if (typeof value === 'string') {
      if (hasControlCharacters(value)) issues.push(issueAt(step));
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        stack.push({ value: value[i], key: String(i), parent: step });
      }
    } else if (isRecord(value)) {
      for (const [key, child] of Object.entries(value).reverse()) {
        const badKey = hasControlCharacters(key);
        stack.push({ value: child, key: badKey ? printable(key) : key, parent: step, badKey });
      }
    }
  }
  return issues.slice(0, maxIssues);
}

function requestIssues(request: FastifyRequest): FieldIssue[] {
  return [
    ...controlCharacterIssues('params', request.params),
    ...controlCharacterIssues('query', request.query),
    ...controlCharacterIssues('body', request.body),
  ].slice(0, maxIssues);
}

export function registerPlainTextGuard(
  app: FastifyInstance,
  elsewhere: (request: FastifyRequest, reply: FastifyReply) => unknown,
): void {
  app.addHook('preValidation', async (request, reply) => {
    const issues = requestIssues(request);
    if (issues.length === 0) return;
    if (isApiPath(request.url)) {
      throw new DomainError('VALIDATION_FAILED', 'Text may not contain control characters', {
        issues,
      });
    }
    await elsewhere(request, reply);
    return reply;
  });
}
