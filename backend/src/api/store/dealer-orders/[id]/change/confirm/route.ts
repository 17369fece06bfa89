import { dealerActionRoute } from "../../../dealer-action-route"

/** POST /store/dealer-orders/:id/change/confirm: accept staff's order edit; the order goes back to review. */
export const POST = dealerActionRoute("confirm_changes")
