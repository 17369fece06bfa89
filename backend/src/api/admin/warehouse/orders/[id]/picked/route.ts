import { markProgress } from "../mark-progress"

/** POST /admin/warehouse/orders/:id/picked */
export const POST = markProgress("picked")
