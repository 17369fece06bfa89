import { decideSlipRoute } from "../../decide"

/** POST /admin/payment-slips/:id/reject `{ reason }` */
export const POST = decideSlipRoute("rejected")
