// The fuzz test's transport against a running server (scripts/fuzz.mjs, see document.ts): plain
// node:http, which sends the path exactly as the generator encoded it (fetch would normalize
// it) and shows a connection closed while the body is still being sent as what it is.
import http from 'node:http';
import https from 'node:https';
import type { Answer } from './property';
import type { Transport, WireRequest } from './run';

/** A request the client refused to send (a generator bug, not an answer of the server). */
export class NotSentError extends Error {
  override name = 'NotSentError';
}

export function httpTransport(base: string, options: { sockets: number; timeoutMs: number }) {
  const root = new URL(base);
  const client = root.protocol === 'https:' ? https : http;
  const agent = new client.Agent({ keepAlive: true, maxSockets: options.sockets });
  const prefix = root.pathname.replace(/\/$/, '');
  const send = (request: WireRequest, reuse: boolean) =>
    new Promise<Answer>((resolve, reject) => {
      const body = request.body === undefined ? undefined : Buffer.from(request.body);
      let req: http.ClientRequest;
      try {
        req = client.request({
          protocol: root.protocol,
          hostname: root.hostname,
          port: root.port,
          method: request.method,
          path: prefix + request.url,
          headers: { ...request.headers, ...(body ? { 'content-length': body.length } : {}) },
          agent: reuse ? agent : false,
        });
      } catch (err) {
        reject(new NotSentError(err instanceof Error ? err.message : String(err)));
        return;
      }
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(res.headers)) {
            if (value !== undefined)
              headers[name] = Array.isArray(value) ? value.join(', ') : value;
          }
          resolve({
            status: res.statusCode ?? 0,
            headers,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
      });
      // an error after the answer came (the server closed while the body was still going) is
      // ignored: the promise is settled by then
      req.on('error', (err) => reject(Object.assign(err, { reused: req.reusedSocket })));
      req.setTimeout(options.timeoutMs, () =>
        req.destroy(new Error(`no answer in ${options.timeoutMs} ms`)),
      );
      req.end(body);
    });
  // A kept-alive connection the server closed meanwhile fails the next request sent on it: that
  // request goes again on a new connection, and only a failure there counts.
  const transport: Transport = (request) =>
    send(request, true).catch((err: Error & { reused?: boolean }) => {
      if (err.reused) return send(request, false);
      throw err;
    });
  return { transport, close: () => agent.destroy() };
}
