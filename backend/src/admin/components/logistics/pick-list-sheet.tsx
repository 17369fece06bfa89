import { Checkbox, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useFormatters } from "../../lib/locale"
import { formatAddress, recipient } from "../../lib/logistics-format"
import { PickList } from "../../lib/logistics-types"

type Props = {
  data: PickList
  checked: Set<string>
  onToggle?: (key: string) => void
  /** Paper: empty boxes to tick with a pen instead of screen checkboxes. */
  paper?: boolean
}

export const lineKey = (locationId: string | undefined, lineId: string) => `${locationId ?? "-"}:${lineId}`

const Meta = ({ label, value }: { label: string; value: string }) => (
  <div className="flex gap-x-2">
    <Text size="small" className="text-ui-fg-subtle shrink-0">{label}</Text>
    <Text size="small" weight="plus" className="break-words">{value || "—"}</Text>
  </div>
)

/** The pick list as one document, shown in the page and printed from its paper copy. */
export const PickListSheet = ({ data, checked, onToggle, paper }: Props) => {
  const { t } = useTranslation()
  const { formatDateTime } = useFormatters()
  const { order } = data
  const cell = "px-3 py-2 text-left align-top border-b border-ui-border-base"
  return (
    <div className="flex flex-col gap-y-5">
      <div className="flex items-baseline justify-between gap-x-4">
        <h2 className="text-xl font-semibold">{t("dealermall.logistics.pickList.heading", { order: order.display_id })}</h2>
        <Text size="small" className="text-ui-fg-subtle">
          {t("dealermall.logistics.pickList.printedAt", { time: formatDateTime(new Date().toISOString()) })}
        </Text>
      </div>
      <div className="grid grid-cols-1 gap-2 md:grid-cols-2 print:grid-cols-2">
        <Meta label={t("dealermall.logistics.columns.dealer")} value={order.dealer?.company_name ?? ""} />
        <Meta label={t("dealermall.logistics.pickList.recipient")} value={recipient(order.shipping_address)} />
        <Meta label={t("dealermall.logistics.pickList.address")} value={formatAddress(order.shipping_address)} />
        {order.po_number && <Meta label={t("dealermall.logistics.pickList.poNumber")} value={order.po_number} />}
        {order.note && <Meta label={t("dealermall.logistics.pickList.note")} value={order.note} />}
      </div>
      {data.locations.map((group) => (
        <section key={group.location?.id ?? "none"} className="flex flex-col gap-y-2" data-testid="pick-location">
          <Text size="base" weight="plus">
            {t("dealermall.logistics.pickList.location", { name: group.location?.name ?? t("dealermall.logistics.pickList.noLocation") })}
          </Text>
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr className="text-ui-fg-subtle">
                <th className={`${cell} w-10`}>✓</th>
                <th className={cell}>SKU</th>
                <th className={cell}>{t("dealermall.logistics.columns.product")}</th>
                <th className={`${cell} text-right`}>{t("dealermall.logistics.pickList.ordered")}</th>
                <th className={`${cell} text-right`}>{t("dealermall.logistics.pickList.toPick")}</th>
              </tr>
            </thead>
            <tbody>
              {group.lines.map((l) => {
                const key = lineKey(group.location?.id, l.line_item_id)
                return (
                  <tr key={key} data-testid="pick-line">
                    <td className={cell}>
                      {paper ? (
                        <span className="inline-block size-4 border border-black text-center leading-4">{checked.has(key) ? "✓" : ""}</span>
                      ) : (
                        <Checkbox checked={checked.has(key)} onCheckedChange={() => onToggle?.(key)} aria-label={l.title} />
                      )}
                    </td>
                    <td className={`${cell} font-mono whitespace-nowrap`}>{l.sku ?? "—"}</td>
                    <td className={cell}>
                      {l.title}
                      {l.variant_title && <span className="text-ui-fg-subtle"> · {l.variant_title}</span>}
                    </td>
                    <td className={`${cell} text-right tabular-nums`}>{l.quantity}</td>
                    <td className={`${cell} text-right font-semibold tabular-nums`}>{l.remaining}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </section>
      ))}
      <div className="grid grid-cols-3 gap-x-6 pt-6">
        {(["picker", "checker", "date"] as const).map((k) => (
          <Text key={k} size="small" className="border-ui-border-strong border-b pb-6">
            {t(`dealermall.logistics.pickList.sign.${k}`)}
          </Text>
        ))}
      </div>
    </div>
  )
}
