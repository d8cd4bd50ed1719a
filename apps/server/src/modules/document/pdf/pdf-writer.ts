import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import type { PlanDocument } from '@pdz/core';
import { documentFonts } from './fonts';
import { typstSource } from './typst-source';

/**
 * The plan document as a tagged PDF/A-2a (archival, accessible), typeset by Typst.
 *
 * The compiler is made once per process: loading the fonts and Typst's standard library costs
 * more than a whole document. Typst memoizes its work between compiles, keyed on the inputs, so a
 * document compiled after another is not affected by it (tested), and a draft rendered again
 * after an edit lays out only what changed (the template keeps every set rule the same from one
 * draft to the next for that). Only the last document's entries are kept: a long-running render
 * thread holds about one document's worth of cache, instead of growing by one per document.
 */
let compiler: NodeCompiler | undefined;

function typst(): NodeCompiler {
  compiler ??= NodeCompiler.create({ fontArgs: [{ fontBlobs: documentFonts().blobs }] });
  return compiler;
}

interface Diagnostic {
  message?: string;
  severity?: number | string;
  range?: string | null;
}

function describe(diagnostics: readonly Diagnostic[] | undefined): string {
  return (
    (diagnostics ?? []).map((d) => d.message ?? JSON.stringify(d)).join('; ') || 'unknown error'
  );
}

/** cache entries unused by the last document are dropped: 1 keeps an edited draft fast (about
 * 1 s instead of 4 for 220 pages); 0 would free a little more and make every render a cold one */
const CACHE_AGE = 1;

export function writePdf(doc: PlanDocument): Uint8Array {
  try {
    return render(doc);
  } finally {
    typst().evictCache(CACHE_AGE);
  }
}

function render(doc: PlanDocument): Uint8Array {
  // the file's creation date comes from the document, never from the clock: a frozen version
  // must give the same bytes every time it is rendered. It reaches Typst as an export option,
  // not as `set document(date:)`, whose change with every draft would restyle the whole body.
  const seconds = Math.floor(new Date(doc.createdAt).getTime() / 1000);
  if (!Number.isFinite(seconds)) throw new Error(`invalid createdAt: ${doc.createdAt}`);
  const source = typstSource(doc);
  const compiled = typst().compile({ mainFileContent: source });
  const result = compiled.result;
  if (!result || compiled.hasError()) {
    const failure = compiled.takeError() ?? compiled.takeDiagnostics();
    throw new Error(`PDF typesetting failed: ${describe(failure?.shortDiagnostics)}`);
  }
  try {
    const pdf = typst().pdf(result, { pdfStandard: 'a-2a', creationTimestamp: seconds });
    // a copy the caller owns: the render thread transfers it, which memory held by the native
    // module would not allow
    return new Uint8Array(pdf);
  } catch (error) {
    // PDF/A violations (a missing alt text, a glyph no font has) surface here
    throw new Error(`PDF export failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
