import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LOGISTICS_MODULE } from "../../../../modules/logistics"
import type LogisticsModuleService from "../../../../modules/logistics/service"
import { CARRIERS } from "../../../../modules/logistics/carriers"
import { KUAIDI100_BAD_SIGN, KUAIDI100_OK, parseKuaidi100Result, verifyKuaidi100Push } from "../../../../modules/logistics/providers/kuaidi100-format"
import { recordTrackingWorkflow } from "../../../../workflows/logistics/record-tracking"

/**
 * POST /hooks/logistics/kuaidi100: Kuaidi100's push (form `param` + `sign`).
 * Unsigned or wrongly signed pushes change nothing: anyone could otherwise
 * mark a package delivered. Numbers we do not know are acknowledged, so the
 * provider stops pushing them.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const body = (req.body ?? {}) as Record<string, string>
  const param = typeof body.param === "string" ? body.param : ""
  if (!verifyKuaidi100Push(param, body.sign, process.env.KUAIDI100_SALT ?? "")) {
    res.status(400).json(KUAIDI100_BAD_SIGN)
    return
  }
  let update
  try {
    update = parseKuaidi100Result(JSON.parse(param)?.lastResult)
  } catch {
    update = null
  }
  if (!update) {
    res.json(KUAIDI100_OK)
    return
  }
  const carrier = CARRIERS.find((c) => c.kuaidi100 === update.carrier)
  const logistics = req.scope.resolve<LogisticsModuleService>(LOGISTICS_MODULE)
  const [shipment] = await logistics.listShipments({ tracking_number: update.number, ...(carrier ? { carrier_code: carrier.code } : {}) })
  if (shipment) {
    await recordTrackingWorkflow(req.scope).run({
      input: { shipment_id: shipment.id, events: update.events, estimated_arrival: update.estimated_arrival ?? null, source: "provider" },
    })
  }
  res.json(KUAIDI100_OK)
}
