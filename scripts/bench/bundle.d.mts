// Types of bundle.mjs, for the TypeScript test that keeps the first load under its budget.
export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}
export interface BundleSize {
  firstLoad: { files: FileSize[]; bytes: number; gzip: number };
  largestLater: FileSize | null;
  total: { files: number; bytes: number; gzip: number };
  budget: number;
}
export const WEB_DIST: string;
export const FIRST_LOAD_BUDGET: number;
export function measureBundle(dist?: string, options?: { base?: string }): BundleSize;
export function bundleSection(size: BundleSize | { failed: string } | undefined): string;
export function bundleSummary(size: BundleSize): string;
