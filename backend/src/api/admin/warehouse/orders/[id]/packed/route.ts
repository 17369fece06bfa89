import { markProgress } from "../mark-progress"

/** POST /admin/warehouse/orders/:id/packed */
export const POST = markProgress("packed")
