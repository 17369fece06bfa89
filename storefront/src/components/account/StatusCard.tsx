import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { CurrentDealer, DealerStatus } from "@/lib/auth/dealer"
import StatusBadge from "./StatusBadge"
import DealerTerms from "./DealerTerms"
import ReviewNote from "./ReviewNote"
import ResubmitForm from "./ResubmitForm"

const FRAME: Record<DealerStatus, string> = {
  pending: "border-amber-200 bg-amber-50 text-amber-900",
  info_requested: "border-orange-200 bg-orange-50 text-orange-900",
  approved: "border-green-200 bg-green-50 text-green-900",
  rejected: "border-red-200 bg-red-50 text-red-900",
  suspended: "border-gray-300 bg-gray-100 text-gray-800",
}

/** Where the application stands and what the dealer can do next. */
export default async function StatusCard({ current }: { current: CurrentDealer }) {
  const t = await getTranslations("Account")
  const { dealer, member } = current
  const { status } = dealer
  const note = dealer.review_note?.trim()

  return (
    <section
      aria-labelledby="status-heading"
      data-testid="status-card"
      data-status={status}
      className={`flex flex-col gap-4 rounded-xl border p-5 md:p-6 ${FRAME[status]}`}
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="status-heading" className="text-lg font-semibold text-gray-900">
          {t("statusTitle")}
        </h2>
        <StatusBadge status={status} />
      </div>
      <p className="text-base text-gray-800" data-testid="status-next">
        {t(`next.${status}`)}
      </p>

      {status === "info_requested" && note && <ReviewNote label={t("staffMessage")} note={note} />}
      {(status === "rejected" || status === "suspended") && note && <ReviewNote label={t("reason")} note={note} />}
      {status === "approved" && note && <ReviewNote label={t("staffMessage")} note={note} />}

      {status === "approved" && (
        <>
          <DealerTerms dealer={dealer} />
          <div>
            <Link
              href="/categories"
              className="inline-flex h-11 items-center rounded-lg bg-brand-600 px-6 font-semibold text-white hover:bg-brand-700"
            >
              {t("browse")}
            </Link>
          </div>
        </>
      )}

      {status === "info_requested" &&
        (member.role === "owner" ? (
          <ResubmitForm dealer={dealer} />
        ) : (
          <p className="text-sm text-gray-700">{t("resubmit.ownerOnly")}</p>
        ))}
    </section>
  )
}
