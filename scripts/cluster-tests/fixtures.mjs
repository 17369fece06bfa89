// Test data made through the real HTTP APIs, as staff and dealers would: a tier, dealers who
// register, apply and are approved, a plain variant with set stock, carts ready to submit.
// Each test file makes its own, so the files stay independent of each other's order.
import { mapLimit } from "../bench/api.mjs"
import { sql } from "./helpers.mjs"

const PASSWORD = "ClusterDealer2026"
// A 1×1 PNG: the application checks the licence's type by its first bytes.
const LICENSE_PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64")
const ADDRESS = { contact_name: "王采购", phone: "13800138000", province: "上海市", city: "上海市", district: "浦东新区", address: "张江路 88 号 1 号仓" }

// GB 32100 check character (the rule of backend/src/modules/dealer/uscc.ts).
const USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
let serial = 0
// Unique per test process: pid and a counter in the organisation-code positions.
function uniqueUscc() {
  const body = `91310115C${String(process.pid % 1e5).padStart(5, "0")}${String(++serial).padStart(3, "0")}`
  const sum = [...body].reduce((acc, ch, i) => acc + USCC_ALPHABET.indexOf(ch) * USCC_WEIGHTS[i], 0)
  return body + USCC_ALPHABET[(31 - (sum % 31)) % 31]
}

/** A tier (customer group + price list) with no minimum order amount, so one unit is an order. */
export async function createTier(api, name) {
  const { tier } = await api.post("/admin/tiers", { name: `${name} ${process.pid}`, min_order_amount: null }, { auth: "admin" })
  return tier
}

/**
 * A dealer through the onboarding flow (register, apply with a licence, staff approve into
 * `tier` with `terms`), signed in, with a delivery address: `{ dealer, token, email }`.
 */
export async function approvedDealer(api, tier, terms = { credit_limit: 0, payment_terms_days: 0 }) {
  const uscc = uniqueUscc()
  const email = `cluster-${uscc.toLowerCase()}@cluster.dealermall.test`
  const { token: registration } = await api.post("/auth/customer/emailpass/register", { email, password: PASSWORD })
  const form = new FormData()
  const mobile = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`
  const { province, city, district, address } = ADDRESS
  const fields = { company_name: `集群测试商行 ${uscc.slice(9, 17)}`, uscc, contact_name: "集群", mobile, email, province, city, district, address }
  for (const [k, v] of Object.entries(fields)) form.append(k, v)
  form.append("license", new Blob([LICENSE_PNG], { type: "image/png" }), "license.png")
  const { dealer } = await api.request("POST", "/store/dealer-applications", { auth: registration, form })
  await api.post(`/admin/dealers/${dealer.id}/approve`, { customer_group_id: tier.customer_group_id, ...terms }, { auth: "admin" })
  const token = await api.signInCustomer(email, PASSWORD)
  await api.post("/store/dealers/me/addresses", { ...ADDRESS, is_default: true }, { auth: token })
  return { dealer, token, email }
}

/** Several dealers at once (a few at a time, spread over the clients). */
export const approvedDealers = (c, tier, count, terms) => mapLimit([...Array(count).keys()], 4, (i) => approvedDealer(c.on(i), tier, terms))

/**
 * A published variant with no ordering rule (起订量, 倍数, 限购), so one unit is an order, that
 * no cart or order has used yet, with its stock set to `stock` at its only location. The test
 * files run one after another, so each gets a variant of its own.
 */
export async function freshVariant(api, stock) {
  const { products } = await api.get("/store/products", { query: { limit: 100, fields: "id,title,*variants" } })
  const published = new Set(products.flatMap((p) => p.variants.map((v) => v.id)))
  const used = new Set(
    (await sql("SELECT variant_id FROM cart_line_item WHERE variant_id IS NOT NULL UNION SELECT variant_id FROM order_line_item WHERE variant_id IS NOT NULL")).map((r) => r.variant_id)
  )
  const { rows } = await api.get("/admin/price-matrix", { auth: "admin", query: { limit: 200 } })
  const row = rows.find((r) => published.has(r.variant_id) && !used.has(r.variant_id) && r.base_amount > 0 && Object.values(r.rules ?? {}).every((v) => v == null))
  if (!row) throw new Error("no unused published variant without ordering rules is left")
  const { inventory_items } = await api.get("/admin/inventory-items", { auth: "admin", query: { sku: row.sku, fields: "id,*location_levels" } })
  const item = inventory_items[0]
  if (!item || item.location_levels.length !== 1) throw new Error(`${row.sku} should have one inventory item at one location`)
  const level = item.location_levels[0]
  await api.post(`/admin/inventory-items/${item.id}/location-levels/${level.location_id}`, { stocked_quantity: stock }, { auth: "admin" })
  return { id: row.variant_id, sku: row.sku, price: row.base_amount, inventoryItemId: item.id, locationId: level.location_id }
}

/**
 * A cart of `quantity` units of the variant with the first shipping option: `{ cartId, optionId }`.
 * The region and the option are the same for every cart of a dealer, so they are looked up once.
 */
export async function cartReady(api, dealer, variantId, quantity = 1) {
  dealer.regionId ??= (await api.get("/store/regions", { auth: dealer.token })).regions[0].id
  const { cart } = await api.post("/store/carts", { region_id: dealer.regionId, items: [{ variant_id: variantId, quantity }] }, { auth: dealer.token })
  if (!dealer.optionId) {
    const { shipping_options } = await api.get("/store/shipping-options", { auth: dealer.token, query: { cart_id: cart.id } })
    if (!shipping_options.length) throw new Error("the seed's store offers no shipping option for a dealer cart")
    dealer.optionId = shipping_options[0].id
  }
  return { cartId: cart.id, optionId: dealer.optionId }
}

/** POST /store/dealer-orders/submit for a ready cart; resolves with the order summary. */
export async function submit(api, dealer, ready, extra = {}) {
  const { order } = await api.post("/store/dealer-orders/submit", { cart_id: ready.cartId, shipping_option_id: ready.optionId, ...extra }, { auth: dealer.token })
  return order
}
