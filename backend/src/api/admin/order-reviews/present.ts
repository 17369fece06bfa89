import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { failedChecks } from "../../../modules/order-review/checks"
import { statusOf, pendingChange } from "../../store/dealer-orders/present"
import { STATUS_FIELDS, withStatusFacts } from "../../../workflows/order-review/lib/order-status-facts"

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v))

export const QUEUE_ORDER_FIELDS = ["id", "display_id", "status", "total", "created_at", ...STATUS_FIELDS]

/** A review as the queue shows it: order, dealer, status, stage, checks and age. */
export function queueRow(review: any, order: any, dealer: any) {
  const submitted = new Date(review.created_at)
  return {
    id: review.id,
    order_id: review.order_id,
    display_id: order?.display_id ?? null,
    dealer: dealer ? { id: dealer.id, company_name: dealer.company_name } : null,
    total: num(order?.total),
    currency_code: order?.currency_code ?? "cny",
    status: order ? statusOf(order, review) : null,
    review_status: review.status,
    stage: review.stage_id ? { id: review.stage_id, name: review.stage_name } : null,
    checks: review.checks ?? null,
    failed_checks: failedChecks(review.checks),
    submitted_at: review.created_at,
    age_hours: Math.floor((Date.now() - submitted.getTime()) / 3_600_000),
    auto_approved: review.auto_approved,
  }
}

/** Who the staff and dealer actors in a history were, by name. */
export async function actorNames(container: MedusaContainer, decisions: any[]) {
  const users = decisions.filter((d) => d.actor_type === "staff" && d.actor_id).map((d) => d.actor_id)
  const customers = decisions.filter((d) => d.actor_type === "dealer" && d.actor_id).map((d) => d.actor_id)
  const [u, c] = await Promise.all([
    users.length ? container.resolve(Modules.USER).listUsers({ id: users }) : [],
    customers.length ? container.resolve(Modules.CUSTOMER).listCustomers({ id: customers }) : [],
  ])
  const names = new Map<string, string>()
  for (const x of [...u, ...c] as any[]) names.set(x.id, [x.last_name, x.first_name].filter(Boolean).join("") || x.email)
  return names
}

export { pendingChange }

export async function loadQueueOrders(container: MedusaContainer, orderIds: string[]) {
  if (!orderIds.length) return new Map<string, any>()
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "order", fields: QUEUE_ORDER_FIELDS, filters: { id: orderIds } })
  return new Map(data.map((o: any) => [o.id, withStatusFacts(o)]))
}
