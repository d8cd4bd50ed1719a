import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The typefaces of the plan document, read from npm packages so that every machine renders the
 * same glyphs: nothing comes from the network or from the fonts installed on the host (Typst
 * would see those too, which is why the styles name these families with `fallback: false`).
 */
export const BODY_FAMILY = 'Source Sans 3';
export const HEADING_FAMILY = 'Titillium Web';

const require = createRequire(import.meta.url);

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

/** The faces the document uses; file names follow the expo-google-fonts layout. */
const FACES: { pkg: string; files: string[] }[] = [
  {
    pkg: '@expo-google-fonts/source-sans-3',
    files: [
      '400Regular/SourceSans3_400Regular.ttf',
      '400Regular_Italic/SourceSans3_400Regular_Italic.ttf',
      '600SemiBold/SourceSans3_600SemiBold.ttf',
      '700Bold/SourceSans3_700Bold.ttf',
      '700Bold_Italic/SourceSans3_700Bold_Italic.ttf',
    ],
  },
  {
    pkg: '@expo-google-fonts/titillium-web',
    files: ['600SemiBold/TitilliumWeb_600SemiBold.ttf', '700Bold/TitilliumWeb_700Bold.ttf'],
  },
];

export interface FontSet {
  /** every face, for the compiler */
  blobs: Buffer[];
  /** the body faces: the glyph coverage every text of the document is checked against */
  body: Buffer[];
}

let loaded: FontSet | undefined;

/** Reads the font files once per process. */
export function documentFonts(): FontSet {
  if (!loaded) {
    const read = FACES.map(({ pkg, files }) => {
      const dir = packageDir(pkg);
      return files.map((file) => readFileSync(join(dir, file)));
    });
    loaded = { blobs: read.flat(), body: read[0] ?? [] };
  }
  return loaded;
}
