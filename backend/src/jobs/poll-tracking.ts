import type { MedusaContainer } from "@medusajs/framework/types"
import { trackingProvider } from "../modules/logistics/providers"
import { pollTracking } from "../workflows/logistics/lib/poll-tracking"

/** Every two hours: catch up on packages whose pushes went missing. */
export default async function pollTrackingJob(container: MedusaContainer) {
  const provider = trackingProvider()
  if (!provider) return
  const run = await pollTracking(container, provider)
  container.resolve("logger").info(`tracking poll: ${run.checked} checked, ${run.updated} updated`)
}

export const config = { name: "poll-tracking", schedule: "15 */2 * * *" }
