import { Kuaidi100Provider } from "./kuaidi100"
import type { TrackingProvider } from "./types"

/** The tracking service configured by environment; none (staff enter events) when unset. */
export function trackingProvider(env: NodeJS.ProcessEnv = process.env): TrackingProvider | null {
  if (!env.KUAIDI100_KEY) return null
  const backend = env.MEDUSA_BACKEND_URL || "http://localhost:9000"
  return new Kuaidi100Provider({
    key: env.KUAIDI100_KEY,
    customer: env.KUAIDI100_CUSTOMER,
    salt: env.KUAIDI100_SALT,
    callbackUrl: env.KUAIDI100_CALLBACK_URL || `${backend}/hooks/logistics/kuaidi100`,
    apiUrl: env.KUAIDI100_API_URL,
  })
}
