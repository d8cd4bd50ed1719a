// The baseline of `npm run bench`: a bare Fastify (the very copy apps/server uses) with one
// route that answers with constant bytes. It runs in its own process, like the real server,
// so that neither of them shares an event loop with the load generator.
//
//   node scripts/bench/bare-server.mjs <port> <body-file> <content-type>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const [portArg, bodyFile, contentType] = process.argv.slice(2);
if (!portArg || !bodyFile || !contentType) {
  console.error('usage: bare-server.mjs <port> <body-file> <content-type>');
  process.exit(2);
}

const serverPackage = fileURLToPath(new URL('../../apps/server/package.json', import.meta.url));
const fastify = createRequire(serverPackage)('fastify');

const body = readFileSync(bodyFile);
const app = fastify({ logger: false });
app.get('/bare', (_request, reply) => {
  reply.header('content-type', contentType).send(body);
});

const stop = () => {
  app.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

await app.listen({ port: Number(portArg), host: '127.0.0.1' });
console.log(`bare server ready on 127.0.0.1:${portArg}`);
