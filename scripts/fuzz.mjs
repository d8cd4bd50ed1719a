// `node scripts/fuzz.mjs --url http://127.0.0.1:3000 --requests 100000 --seed 1`: the fuzz test
// of the server suite (apps/server/src/testing/fuzz) against a running server, with a larger
// budget. The generator is TypeScript, loaded with tsx. docs/testing.md tells how to run it.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../apps/server/src/testing/fuzz/cli.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
