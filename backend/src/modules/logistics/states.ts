export const SHIPMENT_STATES = ["pending", "in_transit", "out_for_delivery", "delivered", "exception", "returned"] as const
export type ShipmentState = (typeof SHIPMENT_STATES)[number]

export const STATE_LABELS: Record<ShipmentState, { zh: string; en: string }> = {
  pending: { zh: "待揽收", en: "Awaiting pickup" },
  in_transit: { zh: "运输中", en: "In transit" },
  out_for_delivery: { zh: "派送中", en: "Out for delivery" },
  delivered: { zh: "已签收", en: "Delivered" },
  exception: { zh: "异常", en: "Exception" },
  returned: { zh: "已退回", en: "Returned" },
}

/** States the dealer is told about by e-mail and SMS. */
export const NOTIFIED_STATES: ShipmentState[] = ["out_for_delivery", "delivered", "exception"]
