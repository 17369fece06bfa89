// The bench catalog: products with variants and base prices, stock, and one tier price list with quantity
// breaks. Everything is made through the admin API and found again by name on the next run.
import { chunk, mapLimit } from "./api.mjs"

export const COLLECTION_HANDLE = "bench-catalog"
// With the wholesale module the tier is a real tier (customer group + its override price list) …
export const TIER_NAME = "Bench 压测等级价"
// … without it, a customer group and a price list of the bench's own, made the same way.
export const TIER_GROUP = "Bench 等级价 (bench-tier)"
export const PRICE_LIST_TITLE = "Bench tier prices (bench-tier)"
// The base dealer's group has no price list at all: base prices only.
export const BASE_GROUP = "Bench 基础价 (bench-base)"
const CURRENCY = "cny"
const STOCK = 1_000_000
// Products per POST /admin/products/batch: about 100 variants, well under the 100 kB JSON body limit.
const batchSize = (variants) => Math.max(1, Math.min(50, Math.floor(100 / variants)))

const pad = (n) => String(n).padStart(5, "0")
const round2 = (x) => Math.round(x * 100) / 100

/** Deterministic prices, so a reused catalog can be checked without storing anything. */
export function pricesFor(productIndex, variantIndex) {
  const base = 20 + ((productIndex * 37 + variantIndex * 11) % 480) + 0.5
  return {
    base,
    tier: round2(base * 0.88),
    breaks: [
      { min_quantity: 10, amount: round2(base * 0.84) },
      { min_quantity: 50, amount: round2(base * 0.8) },
    ],
  }
}

// Titles carry Chinese words, so search is measured on the kind of text dealers type: "绿茶 礼盒 No.00123".
const WORDS = ["绿茶", "乌龙茶", "红茶", "普洱", "矿泉水", "橙汁", "酱油", "米醋", "香米", "挂面", "坚果", "饼干", "蜂蜜", "食用油", "洗衣液", "纸巾"]
const PACKS = ["礼盒", "整箱", "家庭装", "量贩装", "便携装"]
export const titleFor = (i) => `${WORDS[i % WORDS.length]} ${PACKS[Math.floor(i / WORDS.length) % PACKS.length]} No.${pad(i)}`
/** Search terms (fixed, so runs compare): Chinese words and packs of the titles, a number fragment and a miss. */
export const SEARCH_TERMS = ["绿茶", "乌龙", "酱油", "洗衣液", "坚果", "礼盒", "家庭装", "蜂蜜 整箱", "No.0012", "咖啡"]

const handleFor = (i) => `bench-${pad(i)}`
const skuFor = (i, v) => `BENCH-${pad(i)}-${v + 1}`
const indexOfHandle = (handle) => Number(handle.replace(/^bench-/, ""))

export async function ensureDataset(api, config, log) {
  const store = await storeContext(api)
  const collectionId = await ensureCollection(api)
  await ensureProducts(api, config, store, collectionId, log)
  const products = await listBenchProducts(api, collectionId, config)
  await ensureTitles(api, products, log)
  await ensureStock(api, products, store.stockLocationId, log)
  await clearOrderingRules(api, products, log)
  const tier = (await ensureWholesaleTier(api)) ?? (await ensureOwnTier(api))
  await ensureTierPrices(api, tier.priceListId, products, log)
  const baseGroupId = await ensureGroup(api, BASE_GROUP)
  const variants = products.flatMap((p) => p.variants)
  log(
    `catalog ready: ${products.length} products, ${variants.length} variants; ` +
      (tier.tierId ? `tier ${tier.tierId} (price list ${tier.priceListId})` : `price list ${tier.priceListId} (no tiers API)`)
  )
  return { ...store, collectionId, products, variants, tierId: tier.tierId, tierGroupId: tier.groupId, priceListId: tier.priceListId, baseGroupId }
}

/** Region, the sales channel behind the publishable key, its stock location and a shipping profile. */
async function storeContext(api) {
  const { regions } = await api.get("/store/regions", { query: { limit: 50 } })
  const region = regions.find((r) => r.currency_code === CURRENCY) ?? regions[0]
  if (!region) throw new Error("the store has no region: is the demo seed missing?")

  const keys = await api.all("/admin/api-keys", "api_keys", {
    query: { type: "publishable", fields: "id,token,sales_channels.id" },
  })
  const key = keys.find((k) => k.token === api.publishableKey)
  const salesChannelId = key?.sales_channels?.[0]?.id
  if (!salesChannelId) throw new Error("the publishable key is unknown or has no sales channel")

  const locations = await api.all("/admin/stock-locations", "stock_locations", { query: { fields: "id,name,sales_channels.id" } })
  const location = locations.find((l) => (l.sales_channels ?? []).some((c) => c.id === salesChannelId))
  if (!location) throw new Error(`no stock location serves sales channel ${salesChannelId}`)

  const { shipping_profiles } = await api.get("/admin/shipping-profiles", { auth: "admin", query: { limit: 50 } })
  const profile = shipping_profiles.find((p) => p.type === "default") ?? shipping_profiles[0]
  if (!profile) throw new Error("the store has no shipping profile")

  // Delivery (物流配送), the shipping option dealers choose at checkout.
  const options = await api.all("/admin/shipping-options", "shipping_options", { query: { fields: "id,name,amount,price_type,rules.*,service_zone.fulfillment_set.location.id" } })
  const delivery = options.find((o) => o.name === "物流配送") ?? options.find((o) => !(o.rules ?? []).some((r) => r.attribute === "is_return" && r.value === "true"))
  if (!delivery) throw new Error("the store has no shipping option for orders")
  return { regionId: region.id, salesChannelId, stockLocationId: location.id, shippingProfileId: profile.id, shippingOptionId: delivery.id }
}

async function ensureCollection(api) {
  const { collections } = await api.get("/admin/collections", { auth: "admin", query: { handle: COLLECTION_HANDLE } })
  if (collections.length) return collections[0].id
  const { collection } = await api.post("/admin/collections", { title: "Bench catalog 压测商品", handle: COLLECTION_HANDLE }, { auth: "admin" })
  return collection.id
}

async function existingHandles(api, collectionId) {
  const rows = await api.all("/admin/products", "products", {
    query: { collection_id: [collectionId], fields: "id,handle" },
    pageSize: 500,
  })
  return new Set(rows.map((p) => p.handle))
}

function productInput(i, config, store, collectionId) {
  const values = Array.from({ length: config.variants }, (_, v) => `规格 ${v + 1}`)
  return {
    title: titleFor(i),
    subtitle: "bench data, generated by npm run bench",
    handle: handleFor(i),
    status: "published",
    collection_id: collectionId,
    shipping_profile_id: store.shippingProfileId,
    sales_channels: [{ id: store.salesChannelId }],
    options: [{ title: "规格", values }],
    variants: values.map((value, v) => ({
      title: value,
      sku: skuFor(i, v),
      manage_inventory: true,
      allow_backorder: false,
      options: { 规格: value },
      prices: [{ currency_code: CURRENCY, amount: pricesFor(i, v).base }],
    })),
  }
}

async function ensureProducts(api, config, store, collectionId, log) {
  const present = await existingHandles(api, collectionId)
  const missing = []
  for (let i = 1; i <= config.products; i++) if (!present.has(handleFor(i))) missing.push(i)
  if (!missing.length) {
    log(`reusing ${config.products} bench products`)
    return
  }
  const size = batchSize(config.variants)
  log(`creating ${missing.length} bench products (${config.variants} variants each) in batches of ${size}…`)
  let done = 0
  const started = Date.now()
  await mapLimit(chunk(missing, size), 3, async (batch) => {
    await api.post("/admin/products/batch", { create: batch.map((i) => productInput(i, config, store, collectionId)) }, {
      auth: "admin",
      query: { fields: "id" },
    })
    done += batch.length
    if (done % 500 < size || done === missing.length) log(`  ${done}/${missing.length} products (${((Date.now() - started) / 1000).toFixed(0)} s)`)
  })
}

async function listBenchProducts(api, collectionId, config) {
  const rows = await api.all("/admin/products", "products", {
    query: { collection_id: [collectionId], fields: "id,handle,title,variants.id,variants.sku" },
    pageSize: 200,
  })
  const products = rows
    .map((p) => ({ ...p, index: indexOfHandle(p.handle) }))
    .filter((p) => p.index >= 1 && p.index <= config.products)
    .sort((a, b) => a.index - b.index)
    .map((p) => ({
      id: p.id,
      handle: p.handle,
      title: p.title,
      index: p.index,
      variants: p.variants
        .map((v) => {
          const variantIndex = Number(v.sku.split("-").pop()) - 1
          return { id: v.id, sku: v.sku, productId: p.id, ...pricesFor(p.index, variantIndex) }
        })
        .sort((a, b) => a.sku.localeCompare(b.sku)),
    }))
  if (products.length < config.products) {
    throw new Error(`expected ${config.products} bench products, found ${products.length}`)
  }
  return products
}

/** Bench catalogs made before the titles had Chinese words get them. */
async function ensureTitles(api, products, log) {
  const stale = products.filter((p) => p.title !== titleFor(p.index))
  if (!stale.length) return
  log(`retitling ${stale.length} bench products…`)
  await mapLimit(chunk(stale, 100), 2, async (part) => {
    await api.post("/admin/products/batch", { update: part.map((p) => ({ id: p.id, title: titleFor(p.index) })) }, { auth: "admin", query: { fields: "id" } })
  })
  for (const p of stale) p.title = titleFor(p.index)
}

/** Every bench variant is stocked at the sales channel's location, so carts accept it. */
async function ensureStock(api, products, locationId, log) {
  const items = await api.all("/admin/inventory-items", "inventory_items", {
    query: { q: "BENCH-", fields: "id,sku,location_levels.location_id" },
    pageSize: 500,
  })
  const skus = new Set(products.flatMap((p) => p.variants.map((v) => v.sku)))
  const missing = items.filter((it) => skus.has(it.sku) && !(it.location_levels ?? []).some((l) => l.location_id === locationId))
  if (!missing.length) return
  log(`stocking ${missing.length} bench inventory items…`)
  for (const part of chunk(missing, 500)) {
    await api.post(
      "/admin/inventory-items/location-levels/batch",
      { create: part.map((it) => ({ inventory_item_id: it.id, location_id: locationId, stocked_quantity: STOCK })) },
      { auth: "admin" }
    )
  }
}

async function ensureGroup(api, name) {
  const { customer_groups } = await api.get("/admin/customer-groups", { auth: "admin", query: { name, limit: 5 } })
  const found = customer_groups.find((g) => g.name === name)
  if (found) return found.id
  const { customer_group } = await api.post("/admin/customer-groups", { name }, { auth: "admin" })
  return customer_group.id
}

const notFound = (e) => e.status === 404

/** The wholesale module's tier: POST /admin/tiers makes the customer group and its override price list. */
async function ensureWholesaleTier(api) {
  let tiers
  try {
    ;({ tiers } = await api.get("/admin/tiers", { auth: "admin" }))
  } catch (e) {
    if (notFound(e)) return null
    throw e
  }
  let tier = tiers.find((t) => t.name === TIER_NAME)
  if (!tier) ({ tier } = await api.post("/admin/tiers", { name: TIER_NAME }, { auth: "admin" }))
  return { tierId: tier.id, groupId: tier.customer_group_id, priceListId: tier.price_list_id }
}

/** Without the wholesale module: the same thing by hand, an override price list matched on a customer group. */
async function ensureOwnTier(api) {
  const groupId = await ensureGroup(api, TIER_GROUP)
  const { price_lists } = await api.get("/admin/price-lists", { auth: "admin", query: { q: PRICE_LIST_TITLE, limit: 10 } })
  let list = price_lists.find((l) => l.title === PRICE_LIST_TITLE)
  if (!list) {
    ;({ price_list: list } = await api.post(
      "/admin/price-lists",
      {
        title: PRICE_LIST_TITLE,
        description: "Tier prices with quantity breaks for the bench (npm run bench)",
        type: "override",
        status: "active",
        rules: { "customer.groups.id": [groupId] },
      },
      { auth: "admin" }
    ))
  }
  return { tierId: null, groupId, priceListId: list.id }
}

/**
 * The wholesale demo seed gives ordering rules (MOQ, case pack) to every variant that exists when it first
 * runs, bench variants included on an older database; the bench adds quantity 1, so its variants have none.
 */
async function clearOrderingRules(api, products, log) {
  let rows
  try {
    rows = await api.all("/admin/price-matrix", "rows", { query: { q: "BENCH-" }, pageSize: 200 })
  } catch (e) {
    if (notFound(e)) return
    throw e
  }
  const ours = new Set(products.flatMap((p) => p.variants.map((v) => v.id)))
  const ruled = rows.filter((r) => ours.has(r.variant_id) && Object.values(r.rules ?? {}).some((x) => x !== null))
  if (!ruled.length) return
  log(`clearing the ordering rules of ${ruled.length} bench variants…`)
  const none = { min_quantity: null, multiple: null, max_quantity: null }
  for (const part of chunk(ruled, 500)) {
    await api.post("/admin/price-matrix", { rows: part.map((r) => ({ variant_id: r.variant_id, rules: none })) }, { auth: "admin" })
  }
}

/** One tier price and two quantity breaks per variant, through the core price list API. */
async function ensureTierPrices(api, priceListId, products, log) {
  const prices = await api.all(`/admin/price-lists/${priceListId}/prices`, "prices", {
    query: { fields: "id,min_quantity,price_set.variant.id" },
    pageSize: 1000,
  })
  const have = new Set(prices.map((p) => `${p.price_set?.variant?.id}:${p.min_quantity ?? 0}`))
  const wanted = products.flatMap((p) =>
    p.variants.flatMap((v) => [
      { variant_id: v.id, currency_code: CURRENCY, amount: v.tier },
      ...v.breaks.map((b) => ({ variant_id: v.id, currency_code: CURRENCY, amount: b.amount, min_quantity: b.min_quantity })),
    ])
  )
  const missing = wanted.filter((p) => !have.has(`${p.variant_id}:${p.min_quantity ?? 0}`))
  if (missing.length) {
    log(`adding ${missing.length} tier prices to the price list…`)
    for (const part of chunk(missing, 500)) {
      await api.post(`/admin/price-lists/${priceListId}/prices/batch`, { create: part }, { auth: "admin" })
    }
  }
}
