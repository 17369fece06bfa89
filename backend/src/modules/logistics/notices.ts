type Facts = { company_name: string; display_id: number | string; carrier_name: string; tracking_number: string; eta: string | null; last: string | null }

/** What the dealer is told as a package moves, in Chinese. */
export const SHIPMENT_NOTICES: Record<string, { subject: (f: Facts) => string; body: (f: Facts) => string }> = {
  shipped: {
    subject: (f) => `订单 #${f.display_id} 已发货`,
    body: (f) => `${f.company_name}：您的订单 #${f.display_id} 已由${f.carrier_name}发出，运单号 ${f.tracking_number}${f.eta ? `，预计 ${f.eta} 送达` : ""}。`,
  },
  out_for_delivery: {
    subject: (f) => `订单 #${f.display_id} 正在派送`,
    body: (f) => `${f.company_name}：订单 #${f.display_id} 的包裹（${f.carrier_name} ${f.tracking_number}）正在派送，请注意收货并及时验收。`,
  },
  delivered: {
    subject: (f) => `订单 #${f.display_id} 已签收`,
    body: (f) => `${f.company_name}：订单 #${f.display_id} 的包裹（${f.carrier_name} ${f.tracking_number}）已签收，请登录订货商城确认收货（验收）。`,
  },
  exception: {
    subject: (f) => `订单 #${f.display_id} 物流异常`,
    body: (f) => `${f.company_name}：订单 #${f.display_id} 的包裹（${f.carrier_name} ${f.tracking_number}）出现异常：${f.last ?? "请登录查看"}。我们正在跟进。`,
  },
}
