import { decide } from "../decide"

/** POST /admin/after-sales/:id/reject */
export const POST = decide("reject")
