import { dealerActionRoute } from "../../../dealer-action-route"

/** POST /store/dealer-orders/:id/change/decline: refuse staff's order edit; the order goes back to review unchanged. */
export const POST = dealerActionRoute("decline_changes")
