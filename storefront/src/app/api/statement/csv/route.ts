import { forwardStatement } from "@/lib/credit/statement-download"

/** GET /api/statement/csv?month=YYYY-MM: the dealer's statement as CSV, through the session's token. */
export function GET(request: Request) {
  return forwardStatement(request, "csv")
}
