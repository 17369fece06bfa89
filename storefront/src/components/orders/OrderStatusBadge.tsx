import { useTranslations } from "next-intl"
import { isOrderStatus, type OrderStatus } from "@/lib/orders/types"

// Waiting on someone: amber/orange; money or goods on the way: blue; done: green; stopped: red/grey.
const TONE: Record<OrderStatus, string> = {
  submitted: "bg-amber-100 text-amber-900 ring-amber-300",
  in_review: "bg-amber-100 text-amber-900 ring-amber-300",
  changes_requested: "bg-orange-100 text-orange-900 ring-orange-300",
  rejected: "bg-red-100 text-red-900 ring-red-300",
  awaiting_payment: "bg-blue-100 text-blue-900 ring-blue-300",
  paid: "bg-sky-100 text-sky-900 ring-sky-300",
  processing: "bg-sky-100 text-sky-900 ring-sky-300",
  partially_shipped: "bg-indigo-100 text-indigo-900 ring-indigo-300",
  shipped: "bg-indigo-100 text-indigo-900 ring-indigo-300",
  delivered: "bg-teal-100 text-teal-900 ring-teal-300",
  received: "bg-teal-100 text-teal-900 ring-teal-300",
  completed: "bg-green-100 text-green-900 ring-green-300",
  cancelled: "bg-gray-200 text-gray-800 ring-gray-400",
}

/** The dealer-facing status (one code from the backend), worded in the page's language. Server or client. */
export default function OrderStatusBadge({ status, size = "md" }: { status: string; size?: "sm" | "md" }) {
  const t = useTranslations("OrderStatus")
  const known = isOrderStatus(status) ? status : null
  return (
    <span
      data-testid="order-status"
      data-status={status}
      className={`inline-flex items-center whitespace-nowrap rounded-full font-semibold ring-1 ring-inset ${
        size === "sm" ? "px-2 py-0.5 text-xs" : "px-3 py-1 text-sm"
      } ${known ? TONE[known] : TONE.cancelled}`}
    >
      {known ? t(known) : status}
    </span>
  )
}
