import http from "http"
import type { AddressInfo } from "net"
import { createRequire } from "module"
import { discoveryPath } from "@medusajs/medusa/payment-stripe"

export type StripeCall = { method: string; path: string; body: Record<string, string>; idempotencyKey: string | null }
type Failure = { status: number; error: Record<string, unknown>; times: number }

// The Stripe SDK copy Medusa's provider uses, for signing webhook payloads the way Stripe does.
const Stripe = createRequire(discoveryPath)("stripe")

/**
 * An in-process stand-in for the Stripe REST endpoints Medusa's provider
 * calls (form-encoded requests, JSON answers), recording every call. The
 * provider reaches it through STRIPE_API_HOST; tests play the card holder
 * with `succeed` and Stripe's webhook with `event` + `sign`.
 */
export async function startFakeStripe(webhookSecret: string) {
  const calls: StripeCall[] = []
  const intents = new Map<string, any>()
  const failures = new Map<string, Failure>()
  let seq = 0

  const route = (method: string, path: string, body: Record<string, string>): [number, unknown] => {
    const fail = failures.get(`${method} ${path}`)
    if (fail) {
      if (--fail.times <= 0) failures.delete(`${method} ${path}`)
      return [fail.status, { error: fail.error }]
    }
    if (method === "POST" && path === "/v1/payment_intents") {
      const id = `pi_fake_${++seq}`
      const metadata = Object.fromEntries(
        Object.entries(body)
          .filter(([k]) => k.startsWith("metadata["))
          .map(([k, v]) => [k.slice(9, -1), v])
      )
      const intent = {
        id,
        object: "payment_intent",
        amount: Number(body.amount),
        amount_received: 0,
        amount_capturable: 0,
        currency: body.currency,
        capture_method: body.capture_method,
        client_secret: `${id}_secret_fake`,
        description: body.description ?? null,
        metadata,
        payment_method: null,
        payment_method_types: Object.entries(body).filter(([k]) => k.startsWith("payment_method_types[")).map(([, v]) => v),
        last_payment_error: null,
        status: "requires_payment_method",
      }
      intents.set(id, intent)
      return [200, intent]
    }
    const m = /^\/v1\/payment_intents\/([^/]+)(?:\/(capture|cancel))?$/.exec(path)
    if (m) {
      const intent = intents.get(m[1])
      if (!intent) return [404, { error: { type: "invalid_request_error", code: "resource_missing", message: `No such payment_intent: '${m[1]}'` } }]
      if (method === "GET") return [200, intent]
      if (m[2] === "capture") {
        if (intent.status !== "requires_capture") return [400, { error: { type: "invalid_request_error", code: "payment_intent_unexpected_state", message: "not capturable", payment_intent: intent } }]
        Object.assign(intent, { status: "succeeded", amount_received: intent.amount, amount_capturable: 0 })
        return [200, intent]
      }
      if (m[2] === "cancel") {
        if (intent.status === "succeeded") return [400, { error: { type: "invalid_request_error", code: "payment_intent_unexpected_state", message: "succeeded", payment_intent: intent } }]
        intent.status = "canceled"
        return [200, intent]
      }
      if (body.amount) intent.amount = Number(body.amount)
      return [200, intent]
    }
    if (method === "POST" && path === "/v1/refunds") {
      return [200, { id: `re_fake_${++seq}`, object: "refund", amount: Number(body.amount), payment_intent: body.payment_intent, status: "succeeded" }]
    }
    if (method === "POST" && path === "/v1/customers") return [200, { id: `cus_fake_${++seq}`, object: "customer", email: body.email ?? null }]
    return [404, { error: { type: "invalid_request_error", message: `Unrecognized request URL (${method}: ${path})` } }]
  }

  const server = http.createServer((req, res) => {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake")
      const body = Object.fromEntries(new URLSearchParams(req.method === "GET" ? url.search : raw))
      calls.push({ method: req.method ?? "", path: url.pathname, body, idempotencyKey: (req.headers["idempotency-key"] as string) ?? null })
      const [status, json] = route(req.method ?? "", url.pathname, body)
      res.writeHead(status, { "content-type": "application/json", "request-id": `req_fake_${calls.length}` })
      res.end(JSON.stringify(json))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  const signer = new Stripe("sk_test_signer")

  return {
    host: `http://127.0.0.1:${port}`,
    calls,
    intent: (id: string) => intents.get(id),
    /** The next `times` requests to `METHOD /path` fail with this Stripe error. */
    failNext: (key: string, status: number, error: Record<string, unknown>, times = 1) => failures.set(key, { status, error, times }),
    /** The card holder confirmed and the bank accepted: automatic capture took the money. */
    succeed(id: string) {
      const intent = intents.get(id)
      Object.assign(intent, { status: "succeeded", amount_received: intent.amount, payment_method: "pm_card_visa" })
      return intent
    },
    /** A Stripe event around a copy of the object, as its webhook sends it. */
    event: (type: string, object: unknown) =>
      JSON.stringify({ id: `evt_fake_${++seq}`, object: "event", type, created: Math.floor(Date.now() / 1000), data: { object: JSON.parse(JSON.stringify(object)) } }),
    sign: (payload: string, secret = webhookSecret) => signer.webhooks.generateTestHeaderString({ payload, secret }) as string,
    reset() {
      calls.length = 0
      failures.clear()
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export type FakeStripe = Awaited<ReturnType<typeof startFakeStripe>>
