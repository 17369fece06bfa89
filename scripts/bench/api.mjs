// A small HTTP client for setting the bench up: JSON in and out, errors that quote the response.

export class ApiError extends Error {
  constructor(method, path, status, body) {
    const text = typeof body === "string" ? body : JSON.stringify(body)
    super(`${method} ${path} answered ${status}: ${text.slice(0, 800)}`)
    this.status = status
    this.body = body
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

// The shared dev backend restarts when someone edits backend files: wait for it rather than fail.
const RETRY_FOR_MS = 120_000
const UNAVAILABLE = new Set([502, 503, 504])

export class Api {
  constructor(baseUrl, { publishableKey } = {}) {
    this.baseUrl = baseUrl
    this.publishableKey = publishableKey
    this.adminToken = null
  }

  /**
   * `auth`: "admin" for the staff token, a bearer token string, or nothing.
   * `form`: a FormData body (multipart) instead of JSON.
   */
  async request(method, path, { auth, body, form, query } = {}) {
    const url = new URL(this.baseUrl + path)
    for (const [k, v] of Object.entries(query ?? {})) {
      if (v === undefined || v === null) continue
      if (Array.isArray(v)) v.forEach((x) => url.searchParams.append(`${k}[]`, x))
      else url.searchParams.set(k, String(v))
    }
    const headers = { accept: "application/json", "accept-language": "en" }
    if (this.publishableKey && (path.startsWith("/store") || path.startsWith("/auth/customer"))) {
      headers["x-publishable-api-key"] = this.publishableKey
    }
    const token = auth === "admin" ? this.adminToken : auth
    if (token) headers.authorization = `Bearer ${token}`
    let payload
    if (form) payload = form
    else if (body !== undefined) {
      headers["content-type"] = "application/json"
      payload = JSON.stringify(body)
    }

    const deadline = Date.now() + RETRY_FOR_MS
    for (let attempt = 1; ; attempt++) {
      let res
      try {
        res = await fetch(url, { method, headers, body: payload })
      } catch (e) {
        // A refused connection never reached the server, so any method may be retried; a reset one may have.
        const code = e.cause?.code
        const retry = code === "ECONNREFUSED" || (code === "ECONNRESET" && method === "GET")
        if (retry && Date.now() < deadline) {
          if (attempt === 1) process.stdout.write(`[bench] ${url.host} is not answering (${e.cause.code}), waiting…\n`)
          await sleep(2000)
          continue
        }
        throw new Error(`${method} ${path}: ${e.cause?.message || e.message}`)
      }
      const text = await res.text()
      if (UNAVAILABLE.has(res.status) && Date.now() < deadline) {
        await sleep(2000)
        continue
      }
      let data = text
      try {
        data = text ? JSON.parse(text) : {}
      } catch {}
      if (!res.ok) throw new ApiError(method, path, res.status, data)
      return data
    }
  }

  get(path, opts) {
    return this.request("GET", path, opts)
  }
  post(path, body, opts = {}) {
    return this.request("POST", path, { ...opts, body })
  }
  delete(path, opts) {
    return this.request("DELETE", path, opts)
  }

  async signInAdmin(email, password) {
    const { token } = await this.post("/auth/user/emailpass", { email, password })
    this.adminToken = token
  }

  async signInCustomer(email, password) {
    const { token } = await this.post("/auth/customer/emailpass", { email, password })
    return token
  }

  /** Every page of an admin or store list. */
  async all(path, key, { query = {}, auth = "admin", pageSize = 100 } = {}) {
    const out = []
    for (let offset = 0; ; offset += pageSize) {
      const page = await this.get(path, { auth, query: { ...query, limit: pageSize, offset } })
      out.push(...page[key])
      if (page[key].length < pageSize || out.length >= page.count) return out
    }
  }
}

/** Runs `fn` over `items` with at most `limit` at a time; results keep the input order. */
export async function mapLimit(items, limit, fn) {
  const results = new Array(items.length)
  let next = 0
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await fn(items[i], i)
    }
  })
  await Promise.all(workers)
  return results
}

export const chunk = (items, size) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size))
