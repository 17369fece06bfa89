import { useTranslations } from "next-intl"
import { addressLine, type Address } from "@/lib/addresses/types"

/** Who receives, how to reach them, and where: what a driver needs, in that order. */
export default function AddressCard({ address }: { address: Address }) {
  const t = useTranslations("Addresses")
  return (
    <div className="flex min-w-0 flex-col gap-0.5 text-sm">
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span className="font-medium text-gray-900" data-testid="address-contact">{address.contact_name}</span>
        <span className="tabular-nums text-gray-700" data-testid="address-phone">{address.phone}</span>
        {address.is_default && (
          <span className="rounded bg-brand-50 px-1.5 py-0.5 text-xs font-medium text-brand-700 ring-1 ring-inset ring-brand-200">
            {t("default")}
          </span>
        )}
      </p>
      <p className="break-words text-gray-600">
        {addressLine(address)}
        {address.postal_code && <span className="ml-2 tabular-nums text-gray-500">{address.postal_code}</span>}
      </p>
    </div>
  )
}
