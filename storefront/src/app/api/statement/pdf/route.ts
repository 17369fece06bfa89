import { forwardStatement } from "@/lib/credit/statement-download"

/** GET /api/statement/pdf?month=YYYY-MM: the dealer's statement as the backend's A4 PDF, through the session's token. */
export function GET(request: Request) {
  return forwardStatement(request, "pdf")
}
