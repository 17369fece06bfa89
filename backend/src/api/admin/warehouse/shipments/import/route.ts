import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "zod"
import { parseInput } from "../../../../utils/parse-input"
import { requestLocale } from "../../../../utils/locale"
import { importShipments } from "../../../../../workflows/logistics/lib/shipment-import"
import { trackingProvider } from "../../../../../modules/logistics/providers"

const Body = z.object({ dry_run: z.union([z.boolean(), z.enum(["true", "false"])]).optional(), csv: z.string().max(1_000_000).optional() })

/** POST /admin/warehouse/shipments/import: bulk shipping from a CSV (multipart `file`, or `csv` text), with a per-row report. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = parseInput(Body, req.body)
  const file = (req as any).file as { buffer: Buffer } | undefined
  const csv = file ? file.buffer.toString("utf8") : body.csv
  if (!csv?.trim()) throw new MedusaError(MedusaError.Types.INVALID_DATA, requestLocale(req) === "en" ? "Upload a CSV file" : "请上传 CSV 文件")
  const result = await importShipments(req.scope, csv, {
    dryRun: body.dry_run === true || body.dry_run === "true",
    actorId: req.auth_context?.actor_id ?? null,
    provider: trackingProvider()?.id ?? "manual",
    locale: requestLocale(req) === "en" ? "en" : "zh",
  })
  res.json(result)
}
