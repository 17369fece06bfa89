import { decide } from "../decide"

/** POST /admin/after-sales/:id/accept */
export const POST = decide("accept")
