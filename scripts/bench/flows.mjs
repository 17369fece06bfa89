// Multi-request flows the write scenarios measure (and use to make their own supplies): a dealer places an
// order through our submit route or through core's checkout; staff approve; the dealer pays on account.
// Each answers `{ status, body }` with the first failing step's status, or the last step's on success.

const pick = (list) => list[Math.floor(Math.random() * list.length)]

/** One HTTP call without retries (a retry would hide what the bench measures). */
export async function call(ctx, method, path, { token, body } = {}) {
  const headers = { accept: "application/json", "accept-language": "en" }
  if (path.startsWith("/store")) headers["x-publishable-api-key"] = ctx.target.publishableKey
  const bearer = token === "admin" ? ctx.api.adminToken : token
  if (bearer) headers.authorization = `Bearer ${bearer}`
  if (body !== undefined) headers["content-type"] = "application/json"
  const res = await fetch(ctx.target.url + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const text = await res.text()
  let json = null
  try {
    json = text ? JSON.parse(text) : null
  } catch {}
  return { status: res.status, ok: res.ok, json, body: text }
}

/** Runs the steps in order and stops at the first refusal. */
async function steps(list) {
  let last
  for (const step of list) {
    last = await step(last)
    if (!last.ok) return last
  }
  return last
}

/** A small order: one to three random bench lines of one to three units. */
function lines(ctx) {
  const n = 1 + Math.floor(Math.random() * 3)
  const chosen = new Set()
  while (chosen.size < n) chosen.add(pick(ctx.dataset.variants).id)
  return [...chosen].map((variant_id) => ({ variant_id, quantity: 1 + Math.floor(Math.random() * 3) }))
}

async function cartWithLines(ctx, buyer, extra = {}) {
  const made = await call(ctx, "POST", "/store/carts", { token: buyer.token, body: { region_id: ctx.dataset.regionId, ...extra } })
  if (!made.ok) return { result: made }
  const cartId = made.json.cart.id
  let result = made
  for (const line of lines(ctx)) {
    result = await call(ctx, "POST", `/store/carts/${cartId}/line-items`, { token: buyer.token, body: line })
    if (!result.ok) return { result }
  }
  return { cartId, result }
}

/** Ours: cart → lines → POST /store/dealer-orders/submit (address from the company's book, pay on account after review). */
export async function submitOrder(ctx, buyer) {
  const { cartId, result } = await cartWithLines(ctx, buyer)
  if (!cartId) return result
  const submitted = await call(ctx, "POST", "/store/dealer-orders/submit", {
    token: buyer.token,
    body: { cart_id: cartId, shipping_option_id: ctx.dataset.shippingOptionId, payment_method: "on_account" },
  })
  if (submitted.ok) {
    const order = submitted.json.order
    const pool = order.status === "awaiting_payment" ? ctx.pools.pay : ctx.pools.review
    pool.push({ orderId: order.id, buyer })
  }
  return submitted
}

/**
 * Stock: core's storefront checkout as Medusa's starter does it: cart with address → lines → shipping method →
 * payment collection → session with the system provider (pp_system_default) → complete.
 */
export async function coreCheckout(ctx, buyer) {
  const address = {
    first_name: "压测", last_name: "买家", phone: "13900000000", company: buyer.company,
    province: "上海市", city: "上海市", address_1: "浦东新区压测路 1 号", country_code: "cn",
  }
  const { cartId, result } = await cartWithLines(ctx, buyer, { email: buyer.email, shipping_address: address })
  if (!cartId) return result
  let collectionId
  return steps([
    () => call(ctx, "POST", `/store/carts/${cartId}/shipping-methods`, { token: buyer.token, body: { option_id: ctx.dataset.shippingOptionId } }),
    () => call(ctx, "POST", "/store/payment-collections", { token: buyer.token, body: { cart_id: cartId } }),
    (r) => {
      collectionId = r.json.payment_collection.id
      return call(ctx, "POST", `/store/payment-collections/${collectionId}/payment-sessions`, { token: buyer.token, body: { provider_id: "pp_system_default" } })
    },
    async () => {
      const r = await call(ctx, "POST", `/store/carts/${cartId}/complete`, { token: buyer.token, body: {} })
      // Core answers 200 with { type: "cart", error } when it could not place the order.
      return r.ok && r.json?.type !== "order" ? { ...r, ok: false, status: 500 } : r
    },
  ])
}

/** Staff approve a review (one decision); the order moves on to payment once its last stage is passed. */
export async function approveOrder(ctx, item) {
  const r = await call(ctx, "POST", `/admin/order-reviews/${item.orderId}/decisions`, { token: "admin", body: { action: "approve" } })
  if (r.ok) (r.json.review.review_status === "approved" ? ctx.pools.pay : ctx.pools.review).push(item)
  return r
}

/** The dealer pays an approved order on account (账期). */
export function payOnAccount(ctx, item) {
  return call(ctx, "POST", `/store/dealer-orders/${item.orderId}/pay`, { token: item.buyer.token, body: { method: "on_account" } })
}

/** Unmeasured: makes sure `pool` holds at least `n` orders, placing (and approving) them as needed. */
export async function topUp(ctx, poolName, n, log) {
  const pool = ctx.pools[poolName]
  if (pool.length >= n) return
  log(`  placing ${n - pool.length} orders through the submit flow for the ${poolName === "pay" ? "pay" : "approve"} scenario…`)
  const workers = ctx.dealers.buyers.length
  let failures = 0
  await Promise.all(
    ctx.dealers.buyers.slice(0, workers).map(async (buyer) => {
      while (pool.length < n && failures < 20) {
        if (poolName === "pay" && ctx.pools.review.length) {
          const r = await approveOrder(ctx, ctx.pools.review.shift())
          if (!r.ok) failures++
          continue
        }
        const r = await submitOrder(ctx, buyer)
        if (!r.ok) failures++
      }
    })
  )
  if (pool.length < n) throw new Error(`could not make enough orders for the ${poolName} pool (${failures} failures)`)
}
