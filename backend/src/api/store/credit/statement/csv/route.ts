import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { formatCsv } from "../../../../../modules/wholesale/csv"
import { ENTRY_LABELS } from "../../../../../modules/credit/statement"
import { statementFor } from "../statement"

const shanghai = (at: unknown) => (at ? new Date(+new Date(at as string) + 8 * 3600_000).toISOString().replace("T", " ").slice(0, 16) : "")

/** GET /store/credit/statement/csv?month=YYYY-MM: the same statement as a CSV file (Excel opens it as UTF-8). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const s = await statementFor(req)
  const rows: unknown[][] = [
    [`${s.company_name} 对账单 ${s.month}`],
    ["期初欠款", s.opening.outstanding, "期初预存款", s.opening.prepaid],
    ["时间", "类型", "金额", "订单", "参考号", "到期日", "欠款余额", "预存款余额", "备注"],
    ...s.lines.map((l) => [shanghai(l.created_at), ENTRY_LABELS[l.type] ?? l.type, l.amount, l.order_id ?? "", l.reference ?? "", shanghai(l.due_at).slice(0, 10), l.outstanding_after, l.prepaid_after, l.note ?? ""]),
    ["期末欠款", s.closing.outstanding, "期末预存款", s.closing.prepaid],
  ]
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="statement-${s.month}.csv"`)
  res.send(formatCsv(rows))
}
