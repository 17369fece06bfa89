import { dealerActionRoute } from "../../dealer-action-route"

/** POST /store/dealer-orders/:id/cancel: withdraw an order still in review; its stock is released. */
export const POST = dealerActionRoute("cancel")
