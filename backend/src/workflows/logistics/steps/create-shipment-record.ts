import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOGISTICS_MODULE } from "../../../modules/logistics"
import type LogisticsModuleService from "../../../modules/logistics/service"
import type { ShipmentPlan } from "./plan-shipment"

/** The package's tracking record next to Medusa's fulfilment; removed again if a later step fails. */
export const createShipmentRecordStep = createStep(
  "create-shipment-record",
  async (input: { plan: ShipmentPlan; fulfillment_id: string; provider: string }, { container }) => {
    const logistics = container.resolve<LogisticsModuleService>(LOGISTICS_MODULE)
    const { plan } = input
    const shipment = await logistics.createShipments({
      order_id: plan.order_id,
      fulfillment_id: input.fulfillment_id,
      dealer_id: plan.dealer_id,
      carrier_code: plan.carrier_code,
      carrier_name: plan.carrier_name,
      tracking_number: plan.tracking_number,
      tracking_url: plan.tracking_url,
      estimated_arrival: plan.estimated_arrival,
      shipped_at: new Date(),
      provider: input.provider,
      items: plan.items as any,
    })
    return new StepResponse(shipment, shipment.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<LogisticsModuleService>(LOGISTICS_MODULE).deleteShipments(id)
  }
)
