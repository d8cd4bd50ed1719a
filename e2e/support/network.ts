import type { Page, Request, Route } from 'playwright-core';

/**
 * How long the page waits for the answer to one of its writes: some milliseconds (a slow link),
 * or 'gate' to hold every answer until the test lets them go.
 */
export type Hold = number | 'gate';

export interface SlowWrites {
  /** the bodies of the writes the page sent, in order */
  readonly sent: unknown[];
  /** the statuses of the answers handed to the page, in order */
  readonly answered: number[];
  /** lets the held answers reach the page (and every later one at once) */
  release(): void;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Slows the answers to the page's `method` requests whose path ends with `pathEnd`: each request
 * reaches the server at once (so the server's state changes), but its answer is handed to the
 * page only after `hold`. This is what a slow link does to a save.
 */
export async function slowWrites(
  page: Page,
  pathEnd: string,
  hold: Hold,
  method = 'PUT',
): Promise<SlowWrites> {
  let open: () => void = () => undefined;
  const gate = hold === 'gate' ? new Promise<void>((resolve) => (open = resolve)) : null;
  const sent: unknown[] = [];
  const answered: number[] = [];
  const matches = (url: URL) => url.pathname.endsWith(pathEnd);

  const handler = async (route: Route, request: Request) => {
    if (request.method() !== method) return route.fallback();
    sent.push(request.postDataJSON());
    const response = await route.fetch();
    if (gate) await gate;
    else if (typeof hold === 'number' && hold > 0) await sleep(hold);
    answered.push(response.status());
    await route.fulfill({ response });
  };
  await page.route(matches, handler);

  return {
    sent,
    answered,
    release: () => open(),
    stop: async () => {
      open();
      await page.unroute(matches, handler);
    },
  };
}
