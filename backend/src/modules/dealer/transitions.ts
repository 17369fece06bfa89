import type { DealerStatus } from "./models/dealer"

export const DEALER_ACTIONS = ["approve", "reject", "request_info", "suspend", "reinstate", "resubmit"] as const
export type DealerAction = (typeof DEALER_ACTIONS)[number]

/** Which statuses each review action may start from, and where it leads. */
export const TRANSITIONS: Record<DealerAction, { from: DealerStatus[]; to: DealerStatus; event: string }> = {
  approve: { from: ["pending", "info_requested"], to: "approved", event: "approved" },
  reject: { from: ["pending", "info_requested"], to: "rejected", event: "rejected" },
  request_info: { from: ["pending"], to: "info_requested", event: "info_requested" },
  suspend: { from: ["approved"], to: "suspended", event: "suspended" },
  reinstate: { from: ["suspended"], to: "approved", event: "reinstated" },
  resubmit: { from: ["info_requested"], to: "pending", event: "resubmitted" },
}

export function canTransition(status: DealerStatus, action: DealerAction): boolean {
  return TRANSITIONS[action].from.includes(status)
}
