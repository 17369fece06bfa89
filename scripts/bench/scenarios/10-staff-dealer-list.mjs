// Staff open the dealer list (newest first, 20 a page).
import { randomGet, staffHeaders } from "../kit.mjs"

export default {
  name: "staff-dealer-list",
  title: "Staff dealer list",
  target: "staff",
  ours: {
    who: "staff",
    endpoint: "GET /admin/dealers?limit=20",
    connections: "staff",
    requests: (ctx) => randomGet(staffHeaders(ctx), () => "/admin/dealers?limit=20"),
  },
  stock: {
    who: "staff",
    endpoint: "GET /admin/customers?limit=20 (core customer list)",
    connections: "staff",
    requests: (ctx) => randomGet(staffHeaders(ctx), () => "/admin/customers?limit=20"),
  },
  stockNote: "stock's nearest list is the customer list",
}
