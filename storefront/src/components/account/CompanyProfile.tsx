import { getFormatter, getTranslations } from "next-intl/server"
import type { CurrentDealer } from "@/lib/auth/dealer"

// Municipalities repeat the province as the city (上海市 / 上海市): show it once.
function region(d: { province: string; city: string; district: string }): string {
  const parts = [d.province, d.city === d.province ? "" : d.city, d.district]
  return parts.filter(Boolean).join(" ")
}

/** The application as submitted, read-only. */
export default async function CompanyProfile({ current }: { current: CurrentDealer }) {
  const t = await getTranslations("Account")
  const tf = await getTranslations("Apply.fields")
  const format = await getFormatter()
  const { dealer, member } = current

  const rows: { label: string; value: string; mono?: boolean; flag?: string }[] = [
    { label: tf("company_name"), value: dealer.company_name },
    {
      label: tf("uscc"),
      value: dealer.uscc,
      mono: true,
      flag: dealer.uscc_checksum_ok ? undefined : t("usccFlag"),
    },
    { label: tf("contact_name"), value: dealer.contact_name },
    { label: tf("mobile"), value: dealer.mobile, mono: true },
    { label: tf("email"), value: dealer.email },
    { label: t("region"), value: region(dealer) },
    { label: tf("address"), value: dealer.address },
    { label: t("licenseFile"), value: dealer.license_file_name ?? "—" },
    { label: t("role"), value: t(`roles.${member.role}`) },
    { label: t("appliedAt"), value: format.dateTime(new Date(dealer.created_at), { dateStyle: "medium", timeStyle: "short" }) },
  ]

  return (
    <section
      aria-labelledby="profile-heading"
      data-testid="company-profile"
      className="rounded-xl border border-gray-200 bg-white p-5 md:p-6"
    >
      <h2 id="profile-heading" className="text-lg font-semibold text-gray-900">
        {t("profileTitle")}
      </h2>
      <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-4 sm:grid-cols-2">
        {rows.map((row) => (
          <div key={row.label} className="min-w-0">
            <dt className="text-xs text-gray-500">{row.label}</dt>
            <dd className={`mt-0.5 break-words text-sm text-gray-900 ${row.mono ? "font-mono tabular-nums" : ""}`}>
              {row.value || "—"}
              {row.flag && (
                <span className="ml-2 inline-block rounded bg-amber-100 px-1.5 py-0.5 font-sans text-xs text-amber-900">
                  {row.flag}
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
