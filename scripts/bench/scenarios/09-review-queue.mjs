// Staff open the order review queue (waiting reviews, oldest first, 20 a page).
import { randomGet, staffHeaders } from "../kit.mjs"

export default {
  name: "review-queue",
  title: "Staff review queue",
  target: "staff",
  ours: {
    who: "staff",
    endpoint: "GET /admin/order-reviews?limit=20 (status pending)",
    connections: "staff",
    requests: (ctx) => randomGet(staffHeaders(ctx), () => "/admin/order-reviews?limit=20"),
  },
  stock: null,
  stockNote: "stock Medusa has no order review",
}
