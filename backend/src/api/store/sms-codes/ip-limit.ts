import type { MedusaRequest } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"

const WINDOW_SECONDS = 60 * 60
export const MAX_CODES_PER_IP_PER_HOUR = Number(process.env.SMS_CODES_PER_IP_PER_HOUR || 20)

/**
 * Counts code requests per client address in the cache module (Redis when
 * REDIS_URL is set, so the limit holds across server processes).
 */
export async function allowFromIp(req: MedusaRequest): Promise<boolean> {
  const cache = req.scope.resolve(Modules.CACHE)
  const key = `dealermall:sms-ip:${req.ip}`
  const used = Number((await cache.get<number>(key)) ?? 0)
  if (used >= MAX_CODES_PER_IP_PER_HOUR) return false
  // Each request restarts the hour, which only makes a sustained flood wait longer.
  await cache.set(key, used + 1, WINDOW_SECONDS)
  return true
}
