// Dealers pay approved orders on account (账期), 10 at once; the orders belong to the 10 buyers, so payments
// of one dealer queue behind that dealer's account lock as they would in the shop.
import { payOnAccount, topUp } from "../flows.mjs"

export default {
  name: "pay-on-account",
  title: "Pay on account (dealer)",
  target: null,
  ours: {
    who: "10 approved dealers (buyers)",
    endpoint: 'POST /store/dealer-orders/:id/pay { method: "on_account" }',
    connections: "dealer",
    prepare: async (ctx) => {
      await topUp(ctx, "pay", ctx.config.pool, ctx.log)
      return {}
    },
    flow: (ctx) => {
      const item = ctx.pools.pay.shift()
      return item ? payOnAccount(ctx, item) : null
    },
  },
  stock: null,
  stockNote: "stock Medusa has no credit account; its nearest step (staff capturing a payment) is a different act",
}
