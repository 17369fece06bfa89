// Approved orders made through the APIs, for tests that start where checkout
// and review end: a dealer's cart that passes the wholesale rules, submitted
// with the company address and the first shipping option, then approved by
// staff stage by stage (POST /admin/order-reviews/:order_id/decisions).
import assert from "node:assert/strict"

export const BACKEND = (process.env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "")
const KEY = process.env.MEDUSA_PUBLISHABLE_KEY

export async function api(pathAndQuery, { token, json, form } = {}) {
  const headers = { accept: "application/json" }
  if (KEY) headers["x-publishable-api-key"] = KEY
  if (token) headers.authorization = `Bearer ${token}`
  if (json) headers["content-type"] = "application/json"
  const res = await fetch(`${BACKEND}${pathAndQuery}`, {
    method: json || form ? "POST" : "GET",
    headers,
    body: json ? JSON.stringify(json) : form,
  })
  const body = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(`${pathAndQuery} → ${res.status} ${JSON.stringify(body)}`)
  return body
}

export const dealerToken = async ({ email, password }) => (await api("/auth/customer/emailpass", { json: { email, password } })).token
export const staffToken = async ({ email, password }) => (await api("/auth/user/emailpass", { json: { email, password } })).token

const fen = (yuan) => Math.round(yuan * 100)
const firstQuantity = ({ min_quantity, multiple }) => {
  const step = multiple ?? 1
  return Math.max(step, Math.ceil((min_quantity ?? 1) / step) * step)
}

/**
 * A new cart holding in-stock goods at whole case packs, past the tier's
 * minimum order amount; `skip` lines are left out so two orders differ.
 */
async function fillCart(token, skip = 0) {
  const { regions } = await api("/store/regions", { token })
  const { cart } = await api("/store/carts", { token, json: { region_id: regions[0].id } })
  const { products } = await api("/store/products?limit=60&fields=id,*variants", { token })
  const ids = products.flatMap((p) => p.variants.map((v) => v.id))
  const { tier, variants } = await api(`/store/wholesale/variants?variant_id=${ids.slice(0, 60).join(",")}`, { token })
  const target = fen(Math.max(tier?.min_order_amount ?? 0, 1000) + 500)
  let total = 0
  for (const v of variants.filter((v) => v.pricing && v.stock.level === "plenty").slice(skip)) {
    if (total >= target) break
    const step = v.rules.multiple ?? 1
    let quantity = firstQuantity(v.rules)
    const wanted = Math.ceil(target / 3 / fen(v.pricing.unit_amount))
    if (wanted > quantity) quantity = Math.ceil(wanted / step) * step
    if (v.rules.max_quantity && quantity > v.rules.max_quantity) quantity = Math.floor(v.rules.max_quantity / step) * step
    if (quantity < firstQuantity(v.rules)) continue
    try {
      await api(`/store/carts/${cart.id}/line-items`, { token, json: { variant_id: v.variant_id, quantity } })
    } catch (e) {
      // "Plenty" is a level, not a count: earlier tests may have bought this variant down.
      if (String(e.message).includes("insufficient_inventory")) continue
      throw e
    }
    total = fen((await api(`/store/carts/${cart.id}/wholesale-check`, { token })).subtotal)
  }
  const check = await api(`/store/carts/${cart.id}/wholesale-check`, { token })
  assert.ok(check.ok, `the cart must pass the ordering rules: ${JSON.stringify(check.problems)}`)
  return cart.id
}

/** The company's default delivery address, adding one if it has none. */
async function addressId(token) {
  const { addresses } = await api("/store/dealers/me/addresses", { token })
  if (addresses.length) return addresses[0].id
  const { address } = await api("/store/dealers/me/addresses", {
    token,
    json: { contact_name: "王采购", phone: "13800138000", province: "上海市", city: "上海市", district: "浦东新区", address: "张江路 88 号 1 号仓", is_default: true },
  })
  return address.id
}

/**
 * An order of the dealer's in 待付款: submitted through the store API and
 * approved by staff at every review stage (or by an auto-approval rule).
 */
export async function approvedOrder(dealer, staff, { skip = 0 } = {}) {
  const token = await dealerToken(dealer)
  const cartId = await fillCart(token, skip)
  const { shipping_options } = await api(`/store/shipping-options?cart_id=${cartId}`, { token })
  const { order } = await api("/store/dealer-orders/submit", {
    token,
    json: { cart_id: cartId, address_id: await addressId(token), shipping_option_id: shipping_options[0]?.id },
  })
  const admin = await staffToken(staff)
  const status = async () => (await api(`/store/dealer-orders/${order.id}`, { token })).order.status
  for (let stage = 0; stage < 5 && (await status()) === "in_review"; stage++) {
    await api(`/admin/order-reviews/${order.id}/decisions`, { token: admin, json: { action: "approve" } })
  }
  assert.equal(await status(), "awaiting_payment", `order ${order.display_id} should await payment`)
  return { id: order.id, display_id: order.display_id, token }
}
