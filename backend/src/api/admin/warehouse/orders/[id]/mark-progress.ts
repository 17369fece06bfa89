import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LOGISTICS_MODULE } from "../../../../../modules/logistics"
import type LogisticsModuleService from "../../../../../modules/logistics/service"
import { logisticsError } from "../../../../../modules/logistics/messages"
import { warehouseQueue } from "../../../../../workflows/logistics/lib/warehouse-queue"
import { readyOrder } from "./warehouse-ready"

/** Marks an order picked or packed (packing needs picking) and answers with its queue row. */
export function markProgress(step: "picked" | "packed") {
  return async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
    const w = await readyOrder(req.scope, req.params.id)
    const logistics = req.scope.resolve<LogisticsModuleService>(LOGISTICS_MODULE)
    const [current] = await logistics.listWarehouseProgresses({ order_id: w.order.id })
    if (step === "packed" && !current?.picked_at) throw logisticsError("not_picked")
    const actor = req.auth_context?.actor_id ?? null
    const change = step === "picked" ? { picked_at: current?.picked_at ?? new Date(), picked_by: current?.picked_by ?? actor } : { packed_at: current?.packed_at ?? new Date(), packed_by: current?.packed_by ?? actor }
    if (current) await logistics.updateWarehouseProgresses({ id: current.id, ...change })
    else await logistics.createWarehouseProgresses({ order_id: w.order.id, ...change })
    const [row] = await warehouseQueue(req.scope, [w.order.id])
    const { lines, ...order } = row
    res.json({ order })
  }
}
