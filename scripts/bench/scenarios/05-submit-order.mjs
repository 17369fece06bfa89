// Dealers place orders, 5 buyers at once, each order a new cart with 1–3 random lines. Measured per order
// (the whole flow, every request of it); SQL statements per order include what the order's events set off.
import { coreCheckout, submitOrder } from "../flows.mjs"

const buyer = (ctx, worker) => ctx.dealers.buyers[worker % ctx.dealers.buyers.length]

export default {
  name: "submit-order",
  title: "Submit order (orders/s at 5 buyers, per order)",
  unit: "order",
  target: "orders",
  ours: {
    who: "5 approved dealers (buyers)",
    endpoint: "POST /store/carts → POST …/line-items ×1–3 → POST /store/dealer-orders/submit (pay on account after review)",
    connections: "buyers",
    flow: (ctx, _state, worker) => submitOrder(ctx, buyer(ctx, worker)),
  },
  // Core's cart completion refuses customers without a dealer here, so the stock checkout is made by the same buyers.
  stock: {
    who: "the same dealers",
    endpoint: "POST /store/carts → …/line-items ×1–3 → …/shipping-methods → POST /store/payment-collections → …/payment-sessions (pp_system_default) → POST /store/carts/:id/complete",
    connections: "buyers",
    flow: (ctx, _state, worker) => coreCheckout(ctx, buyer(ctx, worker)),
  },
  stockNote: "core checkout by the same dealers (a plain customer's cart is refused); our validate hooks and order.placed subscribers run on both",
}
