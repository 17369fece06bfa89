import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"

/** "#1042" linking to the core order page; the raw id while the number loads or if the order is gone. */
export const OrderRef = ({ orderId, numbers }: { orderId: string | null; numbers?: Map<string, number> }) => {
  if (!orderId) {
    return (
      <Text size="small" leading="compact" className="text-ui-fg-muted">
        —
      </Text>
    )
  }
  const n = numbers?.get(orderId)
  return (
    <Link
      to={`/orders/${orderId}`}
      className={`txt-compact-small-plus text-ui-fg-interactive tabular-nums whitespace-nowrap hover:underline ${n == null ? "font-mono text-xs" : ""}`}
      title={orderId}
      onClick={(e) => e.stopPropagation()}
    >
      {n != null ? `#${n}` : `${orderId.slice(0, 12)}…`}
    </Link>
  )
}
