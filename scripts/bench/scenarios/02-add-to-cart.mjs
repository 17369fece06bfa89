// A dealer fills carts: every request adds one random bench variant (quantity 1) to one of the dealer's
// carts. Each connection has carts of its own, so requests never queue for the same cart's lock.
import { mapLimit } from "../api.mjs"

export default {
  name: "add-to-cart",
  title: "Add to cart",
  endpoint: "POST /store/carts/:id/line-items { variant_id: <random bench variant>, quantity: 1 }",

  /** Fresh carts for every run, so both dealers start from empty carts. */
  async prepare({ api, dataset, config }, dealer) {
    const carts = await mapLimit(Array.from({ length: config.carts }), 4, async () => {
      const { cart } = await api.post("/store/carts", { region_id: dataset.regionId }, { auth: dealer.token })
      return cart.id
    })
    return { carts }
  },

  requests({ dataset, config, headers }, dealer, { carts }, slot) {
    const own = carts.filter((_, i) => i % config.connections === slot)
    const mine = own.length ? own : [carts[slot % carts.length]]
    const variants = dataset.variants
    const pick = (list) => list[Math.floor(Math.random() * list.length)]
    return [
      {
        method: "POST",
        headers: { ...headers(dealer), "content-type": "application/json" },
        setupRequest: (req) => {
          req.path = `/store/carts/${pick(mine)}/line-items`
          req.body = JSON.stringify({ variant_id: pick(variants).id, quantity: 1 })
          return req
        },
      },
    ]
  },

  /** How full the carts got: later requests cost more as carts grow, so say how far they grew. */
  async inspect({ api }, dealer, { carts }) {
    const sizes = await mapLimit(carts, 4, async (id) => {
      const { cart } = await api.get(`/store/carts/${id}`, { auth: dealer.token, query: { fields: "id,items.id" } })
      return cart.items.length
    })
    return { carts: carts.length, lines_per_cart_avg: +(sizes.reduce((a, b) => a + b, 0) / sizes.length).toFixed(1), lines_per_cart_max: Math.max(...sizes) }
  },
}
