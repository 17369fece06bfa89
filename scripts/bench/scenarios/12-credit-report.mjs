// Finance's report: every approved dealer's credit account with balances and overdue amounts. The admin has no
// report routes (backend/src/api/admin has none), so this overview is the heaviest report-like read there is.
import { randomGet, staffHeaders } from "../kit.mjs"

export default {
  name: "credit-report",
  title: "Staff credit report (all dealers' balances)",
  target: "staff",
  ours: {
    who: "staff",
    endpoint: "GET /admin/credit-accounts",
    connections: "staff",
    requests: (ctx) => randomGet(staffHeaders(ctx), () => "/admin/credit-accounts"),
  },
  stock: null,
  stockNote: "stock Medusa has no credit accounts (and no report routes)",
}
