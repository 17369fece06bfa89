import { decideSlipRoute } from "../../decide"

/** POST /admin/payment-slips/:id/confirm */
export const POST = decideSlipRoute("confirmed")
