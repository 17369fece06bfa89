import { randomBytes } from "crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"

export type AdminCredentials = { email: string; password: string | null; created: boolean; userId: string }

/**
 * Creates the first staff user if there is none. The password comes from
 * ADMIN_PASSWORD or is generated; it is returned only when this call created
 * the user, because an existing user's password is not recoverable.
 */
export async function ensureAdminUser(container: MedusaContainer): Promise<AdminCredentials> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const userService = container.resolve(Modules.USER)
  const authService = container.resolve(Modules.AUTH)
  const email = process.env.ADMIN_EMAIL || "admin@dealermall.local"

  const [existing] = await userService.listUsers({ email })
  if (existing) return { email, password: null, created: false, userId: existing.id }

  const password = process.env.ADMIN_PASSWORD || randomBytes(9).toString("base64url")
  const { result: users } = await createUsersWorkflow(container).run({
    input: { users: [{ email, first_name: "管理员", last_name: "系统" }] },
  })
  const { authIdentity, error } = await authService.register("emailpass", {
    body: { email, password },
  } as any)
  if (error || !authIdentity) throw new Error(`Could not create the admin login: ${error}`)
  await authService.updateAuthIdentities({
    id: authIdentity.id,
    app_metadata: { user_id: users[0].id },
  })
  logger.info(`Created staff user ${email}`)
  return { email, password, created: true, userId: users[0].id }
}
