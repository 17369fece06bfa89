import { decide } from "../decide"

/** POST /admin/after-sales/:id/complete */
export const POST = decide("complete")
