// Staff approve orders in review, 5 at once: one decision per request, on orders placed through the real submit flow.
import { approveOrder, topUp } from "../flows.mjs"

export default {
  name: "approve-order",
  title: "Approve order (staff decision)",
  target: null,
  ours: {
    who: "staff",
    endpoint: "POST /admin/order-reviews/:order_id/decisions { action: approve }",
    connections: "staff",
    prepare: async (ctx) => {
      await topUp(ctx, "review", ctx.config.pool, ctx.log)
      return {}
    },
    flow: (ctx) => {
      const item = ctx.pools.review.shift()
      return item ? approveOrder(ctx, item) : null
    },
  },
  stock: null,
  stockNote: "stock Medusa has no order review",
}
