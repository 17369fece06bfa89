type Facts = { company_name: string; display_id: number | string; total: string; reason: string | null }

/** What dealers and staff are told as an order moves through review, in Chinese. */
export const REVIEW_NOTICES: Record<string, { to: "dealer" | "staff"; subject: (f: Facts) => string; body: (f: Facts) => string }> = {
  submitted: {
    to: "staff",
    subject: (f) => `新订单待审核 #${f.display_id}`,
    body: (f) => `${f.company_name} 提交了订单 #${f.display_id}（${f.total}），请在管理后台「订单审核」中处理。`,
  },
  approved: {
    to: "dealer",
    subject: (f) => `订单 #${f.display_id} 已审核通过`,
    body: (f) => `${f.company_name}：您的订单 #${f.display_id}（${f.total}）已审核通过，请尽快付款。`,
  },
  rejected: {
    to: "dealer",
    subject: (f) => `订单 #${f.display_id} 未通过审核`,
    body: (f) => `${f.company_name}：很抱歉，您的订单 #${f.display_id} 未通过审核，订单已取消。原因：${f.reason || "未注明"}。`,
  },
  changes_requested: {
    to: "dealer",
    subject: (f) => `订单 #${f.display_id} 需要您确认修改`,
    body: (f) => `${f.company_name}：您的订单 #${f.display_id} 需要修改：${f.reason || "请登录查看"}。请登录订货商城确认或取消订单。`,
  },
}
