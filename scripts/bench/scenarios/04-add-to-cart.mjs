// A dealer fills carts: every request adds one random bench variant (quantity 1) to one of the dealer's carts.
// Each connection has carts of its own, so requests never queue for the same cart's lock.
import { mapLimit } from "../api.mjs"
import { pick } from "../kit.mjs"

/** Fresh carts for every run, so both sides start from empty carts. */
async function prepare({ api, dataset, config }, dealer) {
  const carts = await mapLimit(Array.from({ length: config.carts }), 4, async () => {
    const { cart } = await api.post("/store/carts", { region_id: dataset.regionId }, { auth: dealer.token })
    return cart.id
  })
  return { carts }
}

function requests({ dataset, config, headers }, dealer, { carts }, slot) {
  const own = carts.filter((_, i) => i % config.connections === slot)
  const mine = own.length ? own : [carts[slot % carts.length]]
  return [
    {
      method: "POST",
      headers: { ...headers(dealer), "content-type": "application/json" },
      setupRequest: (req) => {
        req.path = `/store/carts/${pick(mine)}/line-items`
        req.body = JSON.stringify({ variant_id: pick(dataset.variants).id, quantity: 1 })
        return req
      },
    },
  ]
}

/** How full the carts got: later requests cost more as carts grow. */
async function inspect({ api }, dealer, { carts }) {
  const sizes = await mapLimit(carts, 4, async (id) => {
    const { cart } = await api.get(`/store/carts/${id}`, { auth: dealer.token, query: { fields: "id,items.id" } })
    return cart.items.length
  })
  return { carts: carts.length, lines_per_cart_avg: +(sizes.reduce((a, b) => a + b, 0) / sizes.length).toFixed(1) }
}

const side = (role, who) => ({
  who,
  endpoint: "POST /store/carts/:id/line-items { variant_id: <random>, quantity: 1 }",
  connections: "dealer",
  prepare: (ctx) => prepare(ctx, ctx.dealers[role]),
  requests: (ctx, state, slot) => requests(ctx, ctx.dealers[role], state, slot),
  inspect: (ctx, state) => inspect(ctx, ctx.dealers[role], state),
})

export default {
  name: "add-to-cart",
  title: "Add to cart",
  target: null,
  ours: side("tier", "tier dealer (price list with breaks)"),
  // Core's route for a customer without a dealer answers 403 here (ordering is for approved dealers), so the
  // stock side is the same core route for a dealer priced like stock Medusa prices anyone: base prices, no list.
  stock: side("base", "base-priced dealer (no price list)"),
  stockNote: "same core route; a plain customer is refused (403), so stock = a dealer at base prices (no price list)",
}
