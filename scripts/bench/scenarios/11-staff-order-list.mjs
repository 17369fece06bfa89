// Staff page through all orders in Medusa's order list, with the fields the admin dashboard asks for.
import { randomGet, staffHeaders } from "../kit.mjs"

// @medusajs/dashboard's order list (routes/orders/order-list/const.ts).
const FIELDS = encodeURIComponent(
  "id,status,created_at,email,display_id,custom_display_id,payment_status,fulfillment_status,total,currency_code,*customer,*sales_channel,*payment_collections,*shipping_address"
)

export default {
  name: "staff-order-list",
  title: "Staff order list (core, dashboard fields)",
  target: "staff",
  ours: {
    who: "staff",
    endpoint: "GET /admin/orders?limit=20&offset=<one of the first 10 pages>&order=-created_at&fields=<dashboard's>",
    connections: "staff",
    requests: (ctx) =>
      randomGet(staffHeaders(ctx), () => `/admin/orders?limit=20&offset=${Math.floor(Math.random() * 10) * 20}&order=-created_at&fields=${FIELDS}`),
  },
  stock: null,
  stockNote: "core's own route: ours and stock are the same request",
}
