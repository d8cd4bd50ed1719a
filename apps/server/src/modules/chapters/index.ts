// The narrative chapters of a plan in Markdown (their live tables are built in core from the
// plan's figures). Owns the chapters table; writes go through the plan's content-write path.
import type { AppModule } from '../../platform/module';
import { registerChapterRoutes } from './chapter.routes';

export const chaptersModule: AppModule = { name: 'chapters', register: registerChapterRoutes };
export { chaptersPart } from './chapter.part';
export { createChapterService } from './chapter.service';
