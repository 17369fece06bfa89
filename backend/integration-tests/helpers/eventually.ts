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
