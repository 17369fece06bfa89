// A dealer opens its order list (20 a page), with a year of orders behind it.
import { randomGet } from "../kit.mjs"

export default {
  name: "dealer-orders",
  title: "Dealer order list (first page of 20)",
  target: null,
  ours: {
    who: "tier dealer",
    endpoint: "GET /store/dealer-orders?limit=20",
    connections: "dealer",
    requests: (ctx) => randomGet(ctx.headers(ctx.dealers.tier), () => "/store/dealer-orders?limit=20"),
  },
  stock: {
    who: "the same dealer",
    endpoint: "GET /store/orders?limit=20 (core: the customer's own orders)",
    connections: "dealer",
    requests: (ctx) => randomGet(ctx.headers(ctx.dealers.tier), () => "/store/orders?limit=20"),
  },
  stockNote: "core's list holds the signed-in member's orders only and no review status",
}
