/**
 * Small lookups (a region, a customer's groups) kept in this process for as long as
 * the catalog version stays the same: the tables they come from notify on change,
 * so a new version drops them all.
 */
const memo = { version: "", values: new Map<string, Promise<unknown>>() }
const MAX_ENTRIES = 10_000

export function memoForVersion<T>(version: string | null, key: string, load: () => Promise<T>): Promise<T> {
  if (version === null) return load()
  if (memo.version !== version || memo.values.size >= MAX_ENTRIES) {
    memo.version = version
    memo.values = new Map()
  }
  let value = memo.values.get(key) as Promise<T> | undefined
  if (!value) {
    value = load()
    memo.values.set(key, value)
    // A failed lookup must not be remembered.
    value.catch(() => memo.values.delete(key))
  }
  return value
}
