import { MedusaError } from "@medusajs/framework/utils"
import { codedError } from "../../utils/coded-error"

/** Every fulfilment, tracking and receipt refusal, by machine code. */
export const LOGISTICS_MESSAGES = {
  order_not_ready: { zh: "订单 #{display_id} 尚未审核通过或未付款（账期订单除外），不能发货", en: "Order #{display_id} is not approved and paid (or on account) and cannot be fulfilled" },
  nothing_to_ship: { zh: "订单 #{display_id} 已全部发货", en: "Everything in order #{display_id} has shipped" },
  quantity_exceeds_remaining: { zh: "「{title}」最多还能发 {remaining} 件", en: "{title}: at most {remaining} left to ship" },
  line_not_found: { zh: "订单中没有这一行商品", en: "That line is not in the order" },
  carrier_unknown: { zh: "不支持的快递公司「{carrier}」", en: "Unknown carrier \"{carrier}\"" },
  carrier_name_required: { zh: "请填写快递公司名称", en: "Enter the carrier's name" },
  tracking_number_invalid: { zh: "{carrier}的运单号格式不对，应类似 {example}", en: "Not a valid {carrier_en} number; it looks like {example}" },
  tracking_number_in_use: { zh: "运单号 {tracking_number} 已用于订单 #{display_id}", en: "Tracking number {tracking_number} is already used by order #{display_id}" },
  not_picked: { zh: "请先完成拣货", en: "Pick the order before packing it" },
  shipment_not_found: { zh: "包裹不存在", en: "Shipment not found" },
  receipt_exists: { zh: "这个包裹已经验收过了", en: "This package has already been received" },
  shipment_not_shipped: { zh: "包裹已退回，不能验收", en: "The package was returned and cannot be received" },
  received_exceeds_shipped: { zh: "「{title}」发货 {shipped} 件，收货数量不能超过", en: "{title}: {shipped} shipped; you cannot receive more" },
  issue_required: { zh: "「{title}」收货少于发货或有问题，请选择问题类型", en: "{title}: choose what is wrong" },
  photo_type: { zh: "第 {index} 张照片不是 JPG、PNG 或 PDF 文件", en: "Photo {index} is not a JPG, PNG or PDF file" },
  photo_index_invalid: { zh: "照片序号 {index} 不存在", en: "There is no photo number {index}" },
} satisfies Record<string, { zh: string; en: string }>

export type LogisticsCode = keyof typeof LOGISTICS_MESSAGES

export function logisticsError(code: LogisticsCode, details: Record<string, string | number | null> = {}, type: string = MedusaError.Types.CONFLICT) {
  return codedError(code, LOGISTICS_MESSAGES[code].zh, details, type)
}
