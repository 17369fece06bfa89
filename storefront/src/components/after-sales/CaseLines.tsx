import { getTranslations } from "next-intl/server"
import type { CaseLine } from "@/lib/after-sales-types"
import { formatCNY } from "@/lib/money"
import CasePhotos from "./CasePhotos"

const ISSUES = ["short", "damaged", "wrong_item"] as const
const isIssue = (s: unknown): s is (typeof ISSUES)[number] => (ISSUES as readonly unknown[]).includes(s)
// Lines of a case opened by a receipt check carry no price: nothing is shown rather than ¥NaN.
const price = (l: CaseLine) => (l.unit_price === null || l.unit_price === undefined || !Number.isFinite(Number(l.unit_price)) ? null : Number(l.unit_price))

/** The goods the case is about: title, SKU, quantity, price, the problem found at receipt, the note and photos. */
export default async function CaseLines({ caseId, lines }: { caseId: string; lines: CaseLine[] }) {
  const t = await getTranslations("AfterSales.detail")
  return (
    <section aria-labelledby="case-lines-heading" className="rounded-lg border border-gray-200 bg-white p-4">
      <h2 id="case-lines-heading" className="text-base font-semibold text-gray-900">{t("lines")}</h2>
      <ul className="mt-3 flex flex-col divide-y divide-gray-100">
        {lines.map((l) => (
          <li key={l.line_item_id} className="flex flex-col gap-2 py-3 first:pt-0 last:pb-0" data-testid="case-line" data-line-item-id={l.line_item_id}>
            <div className="flex items-start justify-between gap-3">
              <div className="flex min-w-0 flex-col text-sm">
                <span className="break-words font-medium text-gray-900">{l.title}</span>
                {l.sku && <span className="break-all text-xs text-gray-500">{l.sku}</span>}
              </div>
              <div className="flex shrink-0 flex-col items-end text-sm">
                <span className="font-semibold tabular-nums text-gray-900" data-testid="case-line-quantity">{t("quantity", { count: l.quantity })}</span>
                {price(l) !== null && <span className="text-xs tabular-nums text-gray-500">{t("unitPrice", { price: formatCNY(price(l)!) })}</span>}
              </div>
            </div>
            {isIssue(l.issue) && (
              <span className="self-start rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">{t(`issues.${l.issue}`)}</span>
            )}
            {l.note && <p className="whitespace-pre-line break-words rounded bg-gray-50 px-2 py-1 text-sm text-gray-700" data-testid="case-line-note">{l.note}</p>}
            {l.photos.length > 0 && <CasePhotos caseId={caseId} photos={l.photos} />}
          </li>
        ))}
      </ul>
    </section>
  )
}
