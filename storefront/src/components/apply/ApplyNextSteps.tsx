import { getTranslations } from "next-intl/server"

/** What happens after submitting: the review takes 1–2 working days. */
export default async function ApplyNextSteps() {
  const t = await getTranslations("Apply")
  const steps = [t("nextReview"), t("nextNotify"), t("nextApproved")]
  return (
    <section
      aria-labelledby="apply-next-heading"
      data-testid="apply-next-steps"
      className="rounded-xl border border-brand-200 bg-brand-50 p-5"
    >
      <h2 id="apply-next-heading" className="text-base font-semibold text-brand-800">
        {t("nextTitle")}
      </h2>
      <ol className="mt-3 flex flex-col gap-3 text-sm text-gray-700">
        {steps.map((step, i) => (
          <li key={i} className="flex gap-3">
            <span
              aria-hidden="true"
              className="flex h-6 w-6 shrink-0 items-center justify-center rounded-full bg-brand-600 text-xs font-semibold text-white"
            >
              {i + 1}
            </span>
            <span className="pt-0.5">{step}</span>
          </li>
        ))}
      </ol>
    </section>
  )
}
