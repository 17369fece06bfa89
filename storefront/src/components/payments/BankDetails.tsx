import { useTranslations } from "next-intl"
import type { BankDetails as Bank } from "@/lib/credit/types"
import CopyButton from "./CopyButton"

type Row = { label: string; value: string; copy?: boolean; mono?: boolean; testId: string; strong?: boolean }

/**
 * Where to transfer: the receiving account (from the store's payment
 * settings), plus what this transfer needs (amount, reference code), each
 * copyable because dealers paste them into a banking app.
 */
export default function BankDetails({ bank, extra = [] }: { bank: Bank | null; extra?: Row[] }) {
  const t = useTranslations("Bank")
  if (!bank?.account_number) {
    return (
      <p className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="bank-missing">
        {t("missing")}
      </p>
    )
  }
  const rows: Row[] = [
    { label: t("accountName"), value: bank.account_name ?? "", copy: true, testId: "bank-account-name" },
    { label: t("bankName"), value: bank.bank_name ?? "", testId: "bank-name" },
    { label: t("accountNumber"), value: bank.account_number, copy: true, mono: true, testId: "bank-account-number" },
    ...extra,
  ]
  return (
    <dl className="divide-y divide-gray-100 rounded-lg border border-gray-200 bg-gray-50 text-sm" data-testid="bank-details">
      {rows.map((r) => (
        <div key={r.testId} className="flex items-center gap-3 px-3 py-2">
          <dt className="w-24 shrink-0 text-gray-500 sm:w-32">{r.label}</dt>
          <dd
            className={`min-w-0 flex-1 break-all text-gray-900 ${r.mono ? "font-mono tabular-nums" : ""} ${r.strong ? "text-base font-bold" : "font-medium"}`}
            data-testid={r.testId}
          >
            {r.value}
          </dd>
          {r.copy && r.value && <CopyButton value={r.value.replace(/\s+/g, r.mono ? "" : " ")} label={r.label} testId={`${r.testId}-copy`} />}
        </div>
      ))}
    </dl>
  )
}
