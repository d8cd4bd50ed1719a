/**
 * Asks until the answer is the one expected, for at most 5 s, and returns the last answer: for
 * what another process hears of by itself (a change announced through the database).
 */
export async function until<T>(ask: () => Promise<T>, expected: T): Promise<T> {
  const deadline = Date.now() + 5_000;
  let got = await ask();
  while (got !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    got = await ask();
  }
  return got;
}
