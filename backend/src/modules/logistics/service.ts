import { MedusaService } from "@medusajs/framework/utils"
import { Receipt } from "./models/receipt"
import { Shipment } from "./models/shipment"
import { TrackingEvent } from "./models/tracking-event"
import { WarehouseProgress } from "./models/warehouse-progress"

export default class LogisticsModuleService extends MedusaService({ Shipment, TrackingEvent, Receipt, WarehouseProgress }) {}
