/** Subscribers run after the response: read until their effect shows, or give up after `ms`. */
export async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 15000): Promise<T> {
  const until = Date.now() + ms
  let value = await read()
  while (!ok(value) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 200))
    value = await read()
  }
  return value
}

/** Polls every 25 ms until `ok`, for at most `ms`; says how long the change took to show. */
export async function timeUntil<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 3000): Promise<{ value: T; elapsed: number }> {
  const started = Date.now()
  let value = await read()
  while (!ok(value) && Date.now() - started < ms) {
    await new Promise((r) => setTimeout(r, 25))
    value = await read()
  }
  return { value, elapsed: Date.now() - started }
}
