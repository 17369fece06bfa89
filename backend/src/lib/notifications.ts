import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

type Base = { template: string; data: Record<string, unknown>; trigger_type: string; resource_id?: string; resource_type?: string }

/**
 * One e-mail to each distinct address (the member who ordered, the company)
 * and one SMS to the company's mobile. Idempotency keys derive from `key`, so
 * a subscriber retried after a crash sends nothing twice.
 */
export function dealerNotifications(base: Base, key: string, emails: (string | null | undefined)[], mobile: string | null | undefined) {
  const to = [...new Set(emails.filter((e): e is string => !!e))]
  return [
    ...to.map((email) => ({ ...base, to: email, channel: "email", idempotency_key: `${key}:${email}` })),
    ...(mobile ? [{ ...base, to: mobile, channel: "sms", idempotency_key: `${key}:sms` }] : []),
  ]
}

/** One e-mail to every staff user. */
export async function staffNotifications(container: MedusaContainer, base: Base, key: string) {
  const users = await container.resolve(Modules.USER).listUsers({}, { take: 50 })
  return users.map((u: any) => ({ ...base, to: u.email, channel: "email", idempotency_key: `${key}:${u.id}` }))
}

export async function send(container: MedusaContainer, notifications: Record<string, unknown>[]) {
  if (notifications.length) await container.resolve(Modules.NOTIFICATION).createNotifications(notifications as any)
}
