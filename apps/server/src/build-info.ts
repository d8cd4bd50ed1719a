/** Written into the bundle by scripts/build.mjs (esbuild `define`); absent in the sources. */
declare const __PDZ_BUILD__: { id: string; pgliteTemplate: string } | undefined;

/**
 * The build this process runs: its id (a hash of the sources it was made from) and the folder of
 * the empty embedded database it copies into a new data folder. Undefined when the server runs
 * from its TypeScript sources (tsx, tests).
 */
export const serverBuild: { id: string; pgliteTemplate: string } | undefined =
  typeof __PDZ_BUILD__ === 'object' ? __PDZ_BUILD__ : undefined;
