import { getFormatter, getTranslations } from "next-intl/server"
import { isHistoryAction, type CaseHistoryEntry } from "@/lib/after-sales-types"

/** The case's history, oldest first as the backend sends it, in Beijing time (the i18n config's zone); the latest step is marked. */
export default async function CaseHistory({ entries }: { entries: CaseHistoryEntry[] }) {
  const t = await getTranslations("AfterSales.detail")
  const format = await getFormatter()
  return (
    <section aria-labelledby="case-history-heading" className="rounded-lg border border-gray-200 bg-white p-4" data-testid="case-history">
      <h2 id="case-history-heading" className="text-base font-semibold text-gray-900">{t("history")}</h2>
      {entries.length === 0 ? (
        <p className="mt-3 text-sm text-gray-500">{t("historyEmpty")}</p>
      ) : (
        <ol className="mt-4 flex flex-col">
          {entries.map((e, i) => {
            const last = i === entries.length - 1
            return (
              <li key={`${e.created_at}-${i}`} className="relative flex gap-3 pb-5 last:pb-0" data-testid="case-history-entry" data-action={e.action}>
                {!last && <span aria-hidden="true" className="absolute left-[5px] top-4 h-full w-px bg-gray-200" />}
                <span aria-hidden="true" className={`relative mt-1.5 h-[11px] w-[11px] shrink-0 rounded-full ${last ? "bg-brand-600" : "bg-gray-300"}`} />
                <div className="min-w-0 flex-1">
                  <p className="text-sm font-medium text-gray-900">{t(`actions.${isHistoryAction(e.action) ? e.action : "other"}`)}</p>
                  <p className="mt-0.5 text-xs text-gray-500">
                    {t(`actors.${e.actor_type}`)}
                    {" · "}
                    <time dateTime={e.created_at}>{format.dateTime(new Date(e.created_at), { dateStyle: "medium", timeStyle: "short" })}</time>
                  </p>
                  {e.note && <p className="mt-1 whitespace-pre-line break-words rounded bg-gray-50 px-2 py-1 text-sm text-gray-700">{e.note}</p>}
                </div>
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
